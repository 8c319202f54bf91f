"""The gazetteer data files and their matcher (warta.nlp.gazetteer)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from warta.nlp.gazetteer import load, lookup
from warta.nlp.sentences import tokenize

ROLES = {"GOV", "MIL", "LEG", "JUD", "COP", "MED", "BUS", "CVL", "OPP", "REB", "EDU", "IGO"}
TYPES = {"PER", "ORG", "LOC", "GPE", "NORP", "EVT", "MISC"}


def names(text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [
        (" ".join(t.text for t in toks[m.start : m.end]), m.entry.name) for m in load().match(toks)
    ]


@pytest.mark.parametrize(
    ("alias", "name", "country"),
    [
        ("Korut", "Korea Utara", "PRK"),
        ("Korea Utara", "Korea Utara", "PRK"),
        ("Korsel", "Korea Selatan", "KOR"),
        ("AS", "Amerika Serikat", "USA"),
        ("Negeri Paman Sam", "Amerika Serikat", "USA"),
        ("RRT", "China", "CHN"),
        ("Tiongkok", "China", "CHN"),
        ("Inggris", "Inggris", "GBR"),
        ("Belanda", "Belanda", "NLD"),
        ("Jepang", "Jepang", "JPN"),
        ("Rusia", "Rusia", "RUS"),
        ("Arab Saudi", "Arab Saudi", "SAU"),
        ("Kolombia", "Kolombia", "COL"),  # straight from the pycountry catalogue
        ("PBB", "Perserikatan Bangsa-Bangsa", "UNO"),
        ("ASEAN", "ASEAN", "ASN"),
        ("UE", "Uni Eropa", "EUR"),
        ("NATO", "NATO", "NAT"),
        ("OKI", "Organisasi Kerja Sama Islam", "OIC"),
        ("Bank Dunia", "Bank Dunia", "WBK"),
        ("Jokowi", "Joko Widodo", "IDN"),
        ("SBY", "Susilo Bambang Yudhoyono", "IDN"),
        ("Kemlu", "Kementerian Luar Negeri", "IDN"),
        ("Kejagung", "Kejaksaan Agung", "IDN"),
        ("Basarnas", "Badan SAR Nasional", "IDN"),
        ("KCNA", "KCNA", "PRK"),
        ("Yonhap", "Yonhap", "KOR"),
        ("Al Jazeera", "Al Jazeera", "QAT"),
    ],
)
def test_aliases(alias: str, name: str, country: str) -> None:
    entry = lookup(alias)
    assert entry is not None, alias
    assert (entry.name, entry.country) == (name, country)


@pytest.mark.parametrize(
    ("alias", "etype", "role"),
    [
        ("Beijing", "GPE", "GOV"),
        ("TNI", "ORG", "MIL"),
        ("Polri", "ORG", "COP"),
        ("DPR", "ORG", "LEG"),
        ("MK", "ORG", "JUD"),
        ("Reuters", "ORG", "MED"),
        ("IMF", "ORG", "IGO"),
        ("Xi Jinping", "PER", None),  # a person's role comes from their terms
    ],
)
def test_types_and_roles(alias: str, etype: str, role: str | None) -> None:
    entry = lookup(alias)
    assert entry is not None and (entry.type, entry.role) == (etype, role)


def test_case_rules() -> None:
    assert lookup("as") is None  # an all-capitals alias matches only in capitals
    assert lookup("korut") is None  # a capitalised alias needs a capital
    assert lookup("KORUT") is not None  # headlines in capitals still match
    assert names("mereka datang as usual ke AS") == [("AS", "Amerika Serikat")]


def test_longest_match_wins() -> None:
    assert names("dilaporkan CNN Indonesia dan Washington Post") == [
        ("CNN Indonesia", "CNN Indonesia"),
        ("Washington Post", "The Washington Post"),
    ]
    assert names("Dewan Keamanan PBB bersidang") == [("Dewan Keamanan PBB", "Dewan Keamanan PBB")]


def test_leader_terms() -> None:
    trump = lookup("Donald Trump")
    assert trump is not None
    assert trump.role_in(2017) == "GOV"
    assert trump.role_in(2023) is None  # out of office, date known
    tito = lookup("Tito Karnavian")
    assert tito is not None and tito.role_in(2017) == "COP" and tito.role_in(2020) == "GOV"


def test_every_country_has_an_entry() -> None:
    import pycountry

    gz = load()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in gz.countries]
    assert missing == []


def _rows(name: str) -> list[list[str]]:
    text = resources.files("warta.data.gazetteer").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize(
    "name",
    ["igos.tsv", "bodies.tsv", "parties.tsv", "media.tsv", "places.tsv", "provinces.tsv"],
)
def test_entity_files_are_well_formed(name: str) -> None:
    for row in _rows(name):
        assert len(row) == 5, row
        _, etype, country, role, _ = row
        assert etype in TYPES, row
        assert country == "-" or re.fullmatch(r"[A-Z]{3}", country), row
        assert role == "-" or role in ROLES, row


def test_leaders_file_is_well_formed() -> None:
    for name, country, roles, _aliases in _rows("leaders.tsv"):
        assert re.fullmatch(r"[A-Z]{3}", country), name
        for term in filter(None, (t.strip() for t in roles.split(";"))):
            if term == "-":
                continue
            assert re.fullmatch(r"[A-Z]{3} \d{4}-(\d{4})?", term), (name, term)
            assert term[:3] in ROLES, (name, term)


def test_roles_file_is_well_formed() -> None:
    for title, role, country in _rows("roles.tsv"):
        assert title.strip(), title
        assert role == "-" or role in ROLES, title
        assert country == "-" or re.fullmatch(r"[A-Z]{3}", country), title


@pytest.mark.parametrize(
    ("alias", "country"),
    [
        ("Jordania", "JOR"),
        ("Yordania", "JOR"),
        ("Yunani", "GRC"),
        ("Selandia Baru", "NZL"),
        ("Pantai Gading", "CIV"),
        ("Meksiko", "MEX"),
        ("Irak", "IRQ"),
        ("Swiss", "CHE"),
        ("Hongaria", "HUN"),
        ("Libia", "LBY"),
        ("Kamboja", "KHM"),
    ],
)
def test_spelling_variants_of_countries(alias: str, country: str) -> None:
    entry = lookup(alias)
    assert entry is not None and (entry.kind, entry.country) == ("country", country)


@pytest.mark.parametrize(
    ("alias", "name", "country", "role"),
    [
        ("Hamas", "Hamas", "PSE", "REB"),
        ("Hizbullah", "Hizbullah", "LBN", "REB"),
        ("Taliban", "Taliban", "AFG", "REB"),
        ("Negara Islam", "ISIS", None, "REB"),
        ("Al-Qaida", "Al Qaeda", None, "REB"),
        ("Janjaweed", "Janjaweed", "SDN", "REB"),
        ("Liga Nasional untuk Demokrasi", "Liga Nasional untuk Demokrasi", "MMR", "OPP"),
        ("OECD", "Organisasi untuk Kerja Sama dan Pembangunan Ekonomi", None, "IGO"),
        ("Palang Merah Internasional", "Komite Internasional Palang Merah", "CRC", "IGO"),
        ("UNHCR", "UNHCR", "HCR", "IGO"),
        ("Interpol", "Interpol", "ITP", "IGO"),
    ],
)
def test_groups_and_international_bodies(
    alias: str, name: str, country: str | None, role: str
) -> None:
    entry = lookup(alias)
    assert entry is not None and (entry.name, entry.country, entry.role) == (name, country, role)


def test_capitals_cover_the_world_and_point_at_real_countries() -> None:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    rows = _rows("capitals.tsv")
    assert {r[1] for r in rows} <= codes
    un_members_sample = {"JOR", "GRC", "CIV", "NZL", "KEN", "PER", "NOR", "UZB", "BOL", "SEN"}
    assert un_members_sample - {r[1] for r in rows} == {"PER"}  # Lima is left out: "lima" = 5
    assert lookup("Amman").country == "JOR" and lookup("Athena").country == "GRC"


def test_state_names_beat_the_country_inside_them() -> None:
    assert names("Gubernur New Mexico AS") == [
        ("New Mexico", "New Mexico"), ("AS", "Amerika Serikat")
    ]


def test_leaders_of_international_news() -> None:
    for alias, country, year, role in [
        ("Mahmud Abbas", "PSE", 2010, "GOV"),
        ("Raja Abdullah II", "JOR", 2010, "GOV"),
        ("Khadafi", "LBY", 2010, "GOV"),
        ("Khadafi", "LBY", 2015, None),
        ("Ahmadinejad", "IRN", 2008, "GOV"),
        ("Ursula von der Leyen", "EUR", 2020, "IGO"),
        ("Hassan Nasrallah", "LBN", 2010, "REB"),
        ("Prabowo", "IDN", 2015, "OPP"),
    ]:
        entry = lookup(alias)
        assert entry is not None, alias
        assert (entry.country, entry.role_in(year)) == (country, role), alias


@pytest.mark.parametrize(
    ("alias", "country", "role"),
    [
        # bodies of the 2024-2029 cabinet and agencies
        ("Kemendikdasmen", "IDN", "GOV"),
        ("Kemenimipas", "IDN", "GOV"),
        ("Danantara", "IDN", "GOV"),
        ("Badan Gizi Nasional", "IDN", "GOV"),
        ("Propam Polri", "IDN", "COP"),
        ("Korlantas", "IDN", "COP"),
        ("Kortas Tipikor", "IDN", "COP"),
        ("Jampidsus", "IDN", "JUD"),
        ("Paspampres", "IDN", "MIL"),
        ("Komisi III", "IDN", "LEG"),
        ("HIPMI", "IDN", "BUS"),
        # state-owned companies are companies
        ("Pindad", "IDN", "BUS"),
        ("PT KAI", "IDN", "BUS"),
        # teachers' and students' bodies EDU, unions and civic groups CVL
        ("PGRI", "IDN", "EDU"),
        ("BEM", "IDN", "EDU"),
        ("KSPSI", "IDN", "CVL"),
        ("Koalisi Masyarakat Sipil", "IDN", "CVL"),
        # movements of international news
        ("Kefaya", "EGY", "OPP"),
        ("Mujahidin Khalq", "IRN", "REB"),
        ("Persatuan Pengadilan Islam", "SOM", "REB"),
        ("ICE", "USA", "GOV"),
        ("UGM", None, "EDU"),
        ("LSM", None, "CVL"),
        ("GP Ansor", "IDN", "CVL"),
        ("Baznas", "IDN", "GOV"),
        ("KPI", "IDN", "GOV"),
        ("UI", "IDN", "EDU"),
    ],
)
def test_indonesian_bodies_and_groups(alias: str, country: str | None, role: str) -> None:
    entry = lookup(alias)
    assert entry is not None and (entry.country, entry.role) == (country, role)


def test_company_names_inside_longer_names_stay_out() -> None:
    # "PT Pos Indonesia" is a company; "Kantor Pos Indonesia Cabang X" is no match for it
    assert [n for _, n in names("Ia bekerja di Kantor Pos Indonesia Cabang Cikini .")
            if n == "PT Pos Indonesia"] == []


def test_cabinet_of_2024_and_former_officials() -> None:
    assert lookup("Dadan Hindayana").role_in(2025) == "GOV"
    assert lookup("Agus Andrianto").role_in(2020) == "COP"
    assert lookup("Agus Andrianto").role_in(2025) == "GOV"
    # out of office in the year of the story: no role (a defendant, not a minister)
    assert lookup("Tom Lembong").role_in(2016) == "GOV"
    assert lookup("Tom Lembong").role_in(2025) is None


def test_world_cities_have_their_country() -> None:
    for alias, country in [
        ("Hamburg", "DEU"), ("Muenchen", "DEU"), ("Vancouver", "CAN"), ("Aden", "YEM"),
        ("Cape Town", "ZAF"), ("Pulau Pinang", "MYS"), ("Misurata", "LBY"),
    ]:
        entry = lookup(alias)
        assert entry is not None and entry.kind == "place" and entry.country == country, alias
    # names that are common words or given names are left out
    assert lookup("Batu") is None and lookup("Bima") is None and lookup("Barcelona") is None


def test_nuclear_watchdog_with_the_un_written_in_full() -> None:
    assert lookup("pengawas nuklir Perserikatan Bangsa-Bangsa").country == "IAE"


def test_regencies_and_wire_news_provinces() -> None:
    for alias, country in [
        ("Sleman", "IDN"), ("Kulon Progo", "IDN"), ("Banyuwangi", "IDN"), ("Tasikmalaya", "IDN"),
        ("Negara Bagian Rivers", "NGA"), ("Bayelsa", "NGA"), ("Amran", "YEM"),
        ("Siem Reap", "KHM"), ("Matara", "LKA"), ("Dera Ismail Khan", "PAK"),
    ]:
        entry = lookup(alias)
        assert entry is not None and entry.kind == "place" and entry.country == country, alias
    # a state named by a common English word only with "negara bagian"
    assert lookup("Rivers") is None and lookup("Kudus") is None


def test_journalists_bodies_and_office_holders_of_two_decades() -> None:
    assert (lookup("PWI").country, lookup("PWI").role) == ("IDN", "MED")
    assert lookup("AJI").role == "MED" and lookup("Aji") is None  # a given name
    assert lookup("Organisasi Kepolisian Kriminal Internasional").name == "Interpol"
    assert lookup("Hoshiyar Zebari").name == "Hoshyar Zebari"
    assert lookup("Nikai").country == "JPN" and lookup("Nikai").role_in(2007) is None
    assert lookup("Nikai").role_in(2006) == "GOV"
    assert lookup("Melki Laka Lena").role_in(2025) == "GOV"
    assert lookup("Melki Laka Lena").role_in(2020) == "LEG"
    assert lookup("Walid Muallem").country == "SYR"


def test_police_directorates_and_haj_bodies() -> None:
    assert (lookup("Dittipidsiber Bareskrim Polri").role, lookup("Dittipidum").role) == (
        "COP", "COP")
    assert lookup("Kementerian Haji dan Umrah").role == "GOV"
    assert lookup("BP Haji").name == "Badan Penyelenggara Haji"
    assert lookup("Mochamad Irfan Yusuf").role_in(2025) == "GOV"


def test_universities_by_their_abbreviations() -> None:
    for abbr, name in (
        ("Unud", "Universitas Udayana"),
        ("Unsoed", "Universitas Jenderal Soedirman"),
        ("USK", "Universitas Syiah Kuala"),
        ("UNY", "Universitas Negeri Yogyakarta"),
        ("UMY", "Universitas Muhammadiyah Yogyakarta"),
        ("IPDN", "Institut Pemerintahan Dalam Negeri"),
    ):
        assert (lookup(abbr).name, lookup(abbr).role) == (name, "EDU"), abbr
    # a university's name holds a title and a person's name: they stay no portfolio words
    gz = load()
    assert "soedirman" not in gz.institution_words and "ratulangi" not in gz.institution_words
    assert lookup("UNAS") is None  # the national exam (Ujian Nasional)


def test_cctv_alone_is_a_camera_not_the_chinese_broadcaster() -> None:
    assert lookup("CCTV") is None
    assert names("Menurut televisi CCTV , polisi menangkap dia") == [
        ("televisi CCTV", "China Central Television")
    ]
    assert lookup("China Central Television").country == "CHN"


def assert_title_roles(titles: tuple[tuple[str, str], ...]) -> None:
    """Each title, before a name, is read as a title of that role."""
    gz = load()
    for title, role in titles:
        hit = gz.role_at(tokenize(title + " Budi"), 0)
        assert hit is not None and hit[1].role == role, title


def test_regional_offices_state_firms_and_police_titles() -> None:
    for alias in ("Dinkes", "Dishub", "Disdukcapil", "Bappeda", "BPKAD", "Inspektorat"):
        assert (lookup(alias).country, lookup(alias).role) == ("IDN", "GOV"), alias
    for alias in ("BUMD", "Perhutani", "Inhutani", "PTPN", "Pegadaian", "KCIC", "PDAM"):
        assert (lookup(alias).country, lookup(alias).role) == ("IDN", "BUS"), alias
    assert_title_roles((
        ("Dirreskrimum", "COP"),
        ("Wakapolres", "COP"),
        ("Kasat Narkoba", "COP"),
        ("Wakajati", "JUD"),
        ("Kasi Penkum", "JUD"),
        ("Pj Bupati", "GOV"),
        ("Plt Wali Kota", "GOV"),
    ))
    head = load().org_head_at(tokenize("Direktorat Reserse Narkoba Polda Bali"), 0)
    assert head is not None and (head[1].role, head[1].country) == ("COP", "IDN")


def test_cabinet_short_titles_office_heads_and_dpr_bodies() -> None:
    assert_title_roles((
        ("Mendikdasmen", "GOV"),
        ("Menko Polkam", "GOV"),
        ("Kadinkes", "GOV"),
        ("Kalak", "GOV"),
        ("Bharada", "COP"),
        ("Marsma", "MIL"),
        ("Kepala Sekolah", "EDU"),
        ("Kalapas", "GOV"),
        ("Danlanud", "MIL"),
        ("Juru Sita", "JUD"),
    ))
    for alias in ("Baleg", "Banggar DPR", "Pansus"):
        assert lookup(alias).role == "LEG", alias
    assert (lookup("Otorita IKN").role, lookup("KBRI").country) == ("GOV", "IDN")
    assert lookup("PWNU").name == "Nahdlatul Ulama"


def test_everyday_given_names_are_no_leader_s_surname() -> None:
    from warta.nlp.gazetteer import surname_holder

    assert surname_holder("Ali", 2025) == (None, None)  # not Ben Ali of Tunisia
    assert surname_holder("Farhan", 2025) == (None, None)
    assert surname_holder("Mubarak", 2007) == ("EGY", "GOV")


def test_civil_society_business_associations_and_religious_councils() -> None:
    for alias, role in (
        ("Perludem", "CVL"),
        ("YLKI", "CVL"),
        ("IPW", "CVL"),
        ("Greenpeace", "CVL"),
        ("GAPKI", "BUS"),
        ("PHRI", "BUS"),
        ("KWI", "CVL"),
        ("PGI", "CVL"),
        ("IDI", "CVL"),
        ("Marinir", "MIL"),
    ):
        assert lookup(alias).role == role, alias
    head = load().org_head_at(tokenize("Lanal Bintan"), 0)
    assert head is not None and head[1].role == "MIL"


def test_foreign_central_banks_and_us_trade_bodies() -> None:
    for alias, country, role in (
        ("Bank of Japan", "JPN", "GOV"),
        ("PBoC", "CHN", "GOV"),
        ("Bank Sentral Australia", "AUS", "GOV"),
        ("USTR", "USA", "GOV"),
        ("USAID", "USA", "GOV"),
        ("The Fed", "USA", "GOV"),
    ):
        assert (lookup(alias).country, lookup(alias).role) == (country, role), alias
