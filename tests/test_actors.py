"""Actors of a sentence (warta.events.actors) and the gazetteer rows behind them.

Sentences are written for these tests (international news of the 2000s and Indonesian
politics); each checks one rule of actors.py or one kind of gazetteer row.
"""

from __future__ import annotations

import pytest

from warta import nlp
from warta.events.actors import Mentions, actors, tokens
from warta.nlp.gazetteer import lookup
from warta.pipeline import analyze_text


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Actor text → (country, role) for the first sentence of `text`."""
    analysis = nlp.analyze(text)
    mentions = Mentions(analysis)
    sent = analysis.sentences[0]
    toks = tokens(analysis, sent)
    return {" ".join(t.text for t in toks[a.i:a.j]): (a.country, a.role)
            for a in actors(toks, mentions)}


def _holder(acts: dict[str, tuple[str | None, str | None]], name: str) -> tuple:
    hits = [v for k, v in acts.items() if k.endswith(name)]
    assert len(hits) == 1, acts
    return hits[0]


def test_title_with_a_portfolio_gives_the_holder_its_role() -> None:
    # "Menteri Penerangan": the portfolio words stand between the title and the name
    acts = _actors("Menteri Penerangan Zimbabwe Sikhanyiso Ndlovu mengecam Inggris.")
    assert _holder(acts, "Ndlovu") == ("ZWE", "GOV")
    assert "Penerangan" not in acts and "Menteri" not in acts


def test_title_with_a_lower_case_modifier_before_the_country() -> None:
    acts = _actors("Kepala perunding nuklir Iran Hassan Rowhani bertemu Javier Solana di Ankara.")
    assert _holder(acts, "Rowhani") == ("IRN", "GOV")
    assert "Kepala perunding" not in acts  # not an actor of its own


def test_longer_title_wins_over_a_generic_noun() -> None:
    # "Jaksa Agung" is one title, not the noun "jaksa" and a name "Agung"
    acts = _actors("Jaksa Agung Hendarman Supandji memeriksa mantan Menteri Agama itu.")
    assert _holder(acts, "Supandji") == ("IDN", "JUD")
    assert "Agung" not in acts and "Jaksa" not in acts


def test_member_of_a_body_takes_the_body_role() -> None:
    acts = _actors("Anggota Kongres AS Tom Lantos mengkritik pemerintah Bush.")
    assert _holder(acts, "Lantos") == ("USA", "LEG")
    assert _holder(acts, "pemerintah Bush") == ("USA", "GOV")


def test_foreign_actor_noun_has_no_home_country() -> None:
    acts = _actors("Warga Irak memprotes kehadiran pasukan asing.")
    assert acts["pasukan asing"] == (None, "MIL")
    acts = _actors("Polisi menangkap tiga warga asing di Bali.")
    assert acts["warga asing"] == (None, "CVL")


def test_ke_an_noun_modifies_an_actor_noun() -> None:
    # "keuangan" is a noun (ke-…-an), not the preposition "ke": the official is Hamas's
    acts = _actors("Israel mengklaim serangan udaranya menewaskan seorang pejabat tinggi "
                   "keuangan Hamas.")
    assert _holder(acts, "Hamas") == ("PSE", "REB")


def test_surnames_of_leaders_name_them_alone() -> None:
    acts = _actors("Bush bertemu Olmert dan Abbas di Annapolis.")
    assert acts["Bush"] == ("USA", "GOV")
    assert acts["Olmert"] == ("ISR", "GOV")
    assert acts["Abbas"] == ("PSE", "GOV")


@pytest.mark.parametrize(
    ("alias", "country", "year", "role"),
    [
        ("Manouchehr Mottaki", "IRN", 2007, "GOV"),
        ("Petraeus", "USA", 2007, "MIL"),
        ("ElBaradei", "IAE", 2007, "IGO"),
        ("Kim Kye-gwan", "PRK", 2007, "GOV"),
        ("Siniora", "LBN", 2007, "GOV"),
        ("Larijani", "IRN", 2006, "GOV"),
        ("Barack Obama", "USA", 2007, "LEG"),
        ("Benjamin Netanyahu", "ISR", 2007, "OPP"),
        ("Taufiequrachman Ruki", "IDN", 2006, "JUD"),
        ("Widodo AS", "IDN", 2007, "GOV"),
        ("Abu Bakar Baasyir", "IDN", 2007, "REB"),
    ],
)
def test_people_of_the_news_of_the_2000s(alias: str, country: str, year: int, role: str) -> None:
    entry = lookup(alias)
    assert entry is not None, alias
    assert (entry.country, entry.role_in(year)) == (country, role)


@pytest.mark.parametrize(
    ("alias", "country", "role"),
    [
        ("Tentara Mahdi", "IRQ", "REB"),
        ("Fatah al-Islam", "LBN", "REB"),
        ("JEM", "SDN", "REB"),
        ("Uni Pengadilan Islam", "SOM", "REB"),
        ("Uni Afrika", "AFU", "IGO"),  # CAMEO's code for the African Union
        ("UNIFIL", "UNO", "IGO"),
        ("Dewan Keamanan", "UNO", "IGO"),
        ("Otoritas Palestina", "PSE", "GOV"),
        ("Knesset", "ISR", "LEG"),
        ("Departemen Dalam Negeri", "IDN", "GOV"),
        ("Kejagung", "IDN", "JUD"),
    ],
)
def test_groups_and_bodies(alias: str, country: str, role: str) -> None:
    entry = lookup(alias)
    assert entry is not None and (entry.country, entry.role) == (country, role), alias


def test_national_security_council_is_not_the_un_security_council() -> None:
    entry = lookup("Dewan Keamanan Nasional")
    assert entry is not None and entry.country is None and entry.role == "GOV"


@pytest.mark.parametrize(
    ("place", "country"),
    [("Sderot", "ISR"), ("Baquba", "IRQ"), ("Helmand", "AFG"), ("Waziristan", "PAK"),
     ("Nahr al-Bared", "LBN"), ("Yongbyon", "PRK"), ("Abkhazia", "GEO"), ("Jenewa", "CHE")],
)
def test_places_of_international_news(place: str, country: str) -> None:
    entry = lookup(place)
    assert entry is not None and entry.kind == "place" and entry.country == country


def test_rukun_tetangga_is_not_a_news_channel() -> None:
    # "RT" in Indonesian news is a neighbourhood (Rukun Tetangga), not Russia Today
    assert lookup("RT") is None
    assert lookup("Russia Today").role == "MED"


@pytest.mark.parametrize(
    "text",
    [
        "Pemimpin Hamas Khaled Meshaal mengecam Israel.",
        "Jaksa Agung Hendarman Supandji memeriksa mantan Menteri Agama itu.",
        "Menteri Penerangan Zimbabwe Sikhanyiso Ndlovu mengecam Inggris.",
    ],
)
def test_actors_do_not_overlap(text: str) -> None:
    analysis = nlp.analyze(text)
    toks = tokens(analysis, analysis.sentences[0])
    spans = sorted((a.i, a.j) for a in actors(toks, Mentions(analysis)))
    assert all(j <= i2 for (_, j), (i2, _) in zip(spans, spans[1:], strict=False)), spans


def test_unidentified_actor_noun_has_no_country() -> None:
    acts = _actors("Pesawat tempur tak dikenal menyerang beberapa target di ibu kota Libya.")
    assert acts["Pesawat tempur tak dikenal"] == (None, "MIL")


def test_place_names_count_for_the_home_country() -> None:
    # only places of Iraq are named: the unknown man is taken for an Iraqi, not an Indonesian
    acts = _actors("Abdul Sattar Abu Risha mengecam serangan bom di Ramadi dan Fallujah.")
    assert _holder(acts, "Risha")[0] == "IRQ"


def test_an_international_body_is_no_home_country() -> None:
    acts = _actors("Sekjen PBB Ban Ki-moon bertemu Zainal Abidin.")
    assert _holder(acts, "Ban Ki-moon") == ("UNO", "IGO")
    assert _holder(acts, "Zainal Abidin")[0] == "IDN"


def test_party_office_before_a_bracketed_abbreviation() -> None:
    # "Ketua Umum <party> (<abbreviation>) <name>": a party office, no state role
    acts = _actors("Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar mendukung "
                   "Jokowi.")
    assert _holder(acts, "Muhaimin Iskandar") == ("IDN", None)
    acts = _actors("Menteri Tenaga Kerja (Menaker) Muhaimin Iskandar mendukung Jokowi.")
    assert _holder(acts, "Muhaimin Iskandar") == ("IDN", "GOV")


def test_sentence_adverb_and_a_candidacy_are_not_actors() -> None:
    acts = _actors("Terutama terkait dengan dukungan Fraksi Gerindra di parlemen terhadap "
                   "pencalonan Budi Gunawan sebagai Calon Kapolri.")
    assert not {"Terutama", "Calon", "Kapolri"} & set(acts), acts
    assert acts["Fraksi Gerindra"] == ("IDN", "LEG")


def test_commander_of_an_armed_group_is_a_rebel() -> None:
    acts = _actors("Komandan Brigade Al-Aqsa Zakaria Zubeidi menolak tawaran itu.")
    assert _holder(acts, "Zubeidi") == ("PSE", "REB")
    acts = _actors("Panglima TNI Jenderal Moeldoko mengunjungi Papua.")
    assert _holder(acts, "Moeldoko") == ("IDN", "MIL")


def test_apposition_after_an_actor_is_part_of_it() -> None:
    # "X, sekutu dekat Y, <predicate>": the country inside the apposition is no participant
    acts = _actors("Jepang, sekutu dekat Amerika Serikat, mengirim kapal ke Samudra Hindia.")
    assert acts == {"Jepang , sekutu dekat Amerika Serikat": ("JPN", None)}, acts
    # a list after the apposition is left alone
    acts = _actors("Jepang, sekutu dekat Amerika Serikat, dan Korea Selatan mengecam Pyongyang.")
    assert "Amerika Serikat" in acts and "Jepang" in acts, acts


def test_a_bloc_is_no_country() -> None:
    # "Pemerintah Barat" is the West, not the article's home country (Iran here)
    acts = _actors("Pemerintah Barat mengecam Iran karena program nuklir Iran.")
    assert _holder(acts, "Barat") == (None, "GOV")
    acts = _actors("Pasukan internasional menyerang desa itu di Afghanistan.")
    assert acts["Pasukan internasional"] == (None, "MIL"), acts


def test_a_foreign_leader_named_by_family_name_alone() -> None:
    # no full name in the text: the family name of one known leader gives country and office
    acts = _actors("Howard mengecam Indonesia atas hukuman itu.")
    assert acts["Howard"] == ("AUS", "GOV")
    acts = _actors("Wen bertemu Abe di Beijing.")
    assert acts["Wen"] == ("CHN", "GOV")


def test_a_region_of_a_large_country_gives_its_country() -> None:
    acts = _actors("Kelompok separatis menyerang sebuah pasar di Assam.")
    assert acts["Kelompok separatis"] == ("IND", "REB"), acts
    assert lookup("Kaukasus Utara").country == "RUS"
    assert lookup("pemberontak Tamil").role == "REB"


def test_family_names_the_ner_missed_and_a_person_of_a_nation() -> None:
    acts = _actors("Song dan Aso melakukan pembicaraan di Tokyo.")
    assert acts["Song"][0] == "KOR" and acts["Aso"][0] == "JPN", acts
    acts = _actors("Seorang Lebanon disandera di Nigeria selatan.")
    assert _holder(acts, "Lebanon") == ("LBN", "CVL")


def test_coalition_forces_and_western_diplomats_have_no_country() -> None:
    acts = _actors("Pasukan koalisi menyerang sebuah desa di Irak.")
    assert acts["Pasukan koalisi"] == (None, "MIL"), acts
    acts = _actors("Para diplomat Barat mengecam Iran.")
    assert _holder(acts, "Barat")[0] is None, acts
    # a party coalition at home keeps the home country
    acts = _actors("Partai koalisi mendukung Jokowi.")
    assert acts["Partai"] == ("IDN", None), acts


def test_a_generic_actor_placed_in_an_administrative_unit_takes_its_country() -> None:
    # "di negara bagian X, India utara": an unknown state name, then its country
    # (the sentence names another country more often: the home country is not India)
    acts = _actors("Polisi di negara bagian Uttarakhand, India utara, menangkap dua warga "
                   "Nepal yang menyeberang dari Nepal.")
    assert acts["Polisi"] == ("IND", "COP")
    acts = _actors("Pasukan keamanan di provinsi Helmand menangkap dua warga Pakistan yang "
                   "menyeberang dari Pakistan.")
    assert acts["Pasukan keamanan"] == ("AFG", "MIL")


def test_a_title_before_a_country_makes_it_an_official() -> None:
    acts = _actors("Kepala IAEA bertemu dengan perunding nuklir tertinggi Korea Utara di Wina.")
    assert acts["perunding nuklir tertinggi Korea Utara"] == ("PRK", "GOV")
    acts = _actors("Seorang pembangkang Kuba mengecam pemerintah Bolivia.")
    assert _holder(acts, "pembangkang Kuba") == ("CUB", "OPP")
    # a country without a title before it keeps no role
    assert _actors("Kuba mengecam Bolivia.")["Kuba"] == ("CUB", None)


def test_union_and_strike_leaders_are_civilians_and_lawmakers_legislators() -> None:
    acts = _actors("Presiden Guinea berunding dengan para pemimpin serikat pekerja di Konakri.")
    assert _holder(acts, "pemimpin serikat pekerja")[1] == "CVL"
    acts = _actors("Para pembuat undang-undang Ekuador menolak keputusan itu.")
    assert _holder(acts, "Ekuador") == ("ECU", "LEG")


def test_the_un_nuclear_watchdog_is_the_iaea() -> None:
    acts = _actors("Kepala badan pengawas nuklir PBB mengunjungi Teheran.")
    assert ("IAE", "IGO") in acts.values() and ("UNO", "IGO") not in acts.values()


def test_an_honorific_gives_no_office() -> None:
    acts = _actors("Sheikh Abdul Hadi Al-Muhamadawi mendesak rakyat Irak berdemonstrasi.")
    assert _holder(acts, "Al-Muhamadawi")[1] is None


def test_demokrat_among_american_actors_is_the_american_party() -> None:
    acts = _actors("Partai Demokrat menuntut penarikan tentara AS dari Irak.")
    assert acts["Partai Demokrat"][0] == "USA"
    acts = _actors("Partai Demokrat mendukung Presiden Joko Widodo.")
    assert acts["Partai Demokrat"][0] == "IDN"


def test_soldiers_of_an_international_body_are_its_military() -> None:
    acts = _actors("Enam prajurit ISAF tewas di Afghanistan selatan.")
    assert _holder(acts, "ISAF") == ("NAT", "MIL")
    # the body itself stays an international organisation
    assert _actors("ISAF mengecam serangan itu.")["ISAF"] == ("NAT", "IGO")


def test_provinces_states_and_news_agencies_of_international_news() -> None:
    # an actor placed in a province or state takes its country, also when the sentence
    # names another country more often
    acts = _actors("Polisi Uttarakhand menangkap dua warga Nepal yang datang dari Nepal.")
    assert acts["Polisi"] == ("IND", "COP")
    assert lookup("Nimroz").country == "AFG" and lookup("Niniwe").country == "IRQ"
    # "Kantor Berita PTI" is India's news agency, not Pakistan's PTI party
    press = lookup("Kantor Berita PTI")
    assert (press.country, press.role) == ("IND", "MED")


def test_a_state_of_a_country_acting_is_its_government() -> None:
    acts = _actors("Sebuah negara bagian India menolak usulan itu.")
    assert _holder(acts, "India") == ("IND", "GOV")
    # a place after "di" is no actor's title
    acts = _actors("Polisi menangkap dua orang di negara bagian India utara.")
    assert acts["India"] == ("IND", None)


def test_a_news_outlet_does_not_make_the_home_country() -> None:
    analysis = nlp.analyze("Polisi menangkap dua aktivis di Ankara, kata seorang saksi kepada "
                           "Reuters dan BBC.")
    assert Mentions(analysis).home == "TUR"
    # an outlet alone still tells where the story is
    analysis = nlp.analyze("Polisi menangkap dua aktivis, lapor kantor berita IRNA.")
    assert Mentions(analysis).home == "IRN"


def test_a_bare_title_before_a_name_is_not_a_portfolio() -> None:
    # "perdana"/"menteri" are institution words too; the title itself ends the walk, and
    # the office the text states wins over the person's latest gazetteer role
    acts = _actors("Perdana Menteri Ismail Haniya bertemu utusan Mesir di Gaza.")
    assert _holder(acts, "Haniya") == ("PSE", "GOV")


@pytest.mark.parametrize("text,name,country", [
    ("Raja Gyanendra menyerahkan kekuasaan kepada parlemen.", "Gyanendra", "NPL"),
    ("Presiden Bouteflika mengecam serangan bom di Aljir.", "Bouteflika", "DZA"),
    ("Nazarbayev mengadakan pembicaraan dengan para pemimpin Mesir.", "Nazarbayev", "KAZ"),
    ("Ellen Johnson-Sirleaf meminta bantuan Bank Dunia.", "Johnson-Sirleaf", "LBR"),
])
def test_heads_of_state_named_without_their_country(text: str, name: str, country: str) -> None:
    assert _holder(_actors(text), name) == (country, "GOV")


def test_afgan_is_the_indonesian_short_name_of_afghanistan() -> None:
    acts = _actors("Tentara Afgan menangkap dua tersangka di perbatasan.")
    assert _holder(acts, "Afgan")[0] == "AFG"


def test_a_family_name_shared_by_ministers_of_one_country_keeps_their_office() -> None:
    # several Indian ministers are named Singh, all of them in government
    acts = _actors("Kami akan bekerja sama dengan Pakistan, kata Singh.")
    assert _holder(acts, "Singh") == ("IND", "GOV")


def test_an_actor_noun_from_a_country_is_of_that_country() -> None:
    # "delegasi dari Korea Utara": `dari` + country after an actor noun names its country;
    # the country is no participant of its own
    acts = _actors("Delegasi dari Korea Utara bertemu dengan pejabat dari Jepang di Beijing.")
    assert acts["Delegasi dari Korea Utara"] == ("PRK", "GOV")
    assert acts["pejabat dari Jepang"] == ("JPN", "GOV")
    assert "Korea Utara" not in acts and "Jepang" not in acts


def test_a_place_of_origin_after_a_thing_is_not_merged() -> None:
    # "roket dari Suriah": no actor noun before `dari`; Suriah stays a place of origin
    acts = _actors("Tembakan roket dari Suriah menghantam Dataran Tinggi Golan.")
    assert not any(k.endswith("dari Suriah") for k in acts)


def test_counted_people_in_a_place_are_civilians_of_its_country() -> None:
    # "menangkap sedikitnya 100 orang di Kopenhagen": counted with `orang`, placed
    acts = _actors("Polisi Denmark menangkap sedikitnya 100 orang di Kopenhagen, Kamis.")
    assert acts["100 orang"] == ("DNK", "CVL")


def test_an_unplaced_count_is_of_no_country_and_a_bare_orang_is_no_actor() -> None:
    # the count's country is the event's place, given by the coder, or none
    acts = _actors("Tiongkok telah mengeksekusi 13 orang pada Juni.")
    assert acts.get("13 orang") == (None, "CVL")
    acts = _actors("Saya kan orang PKB, malu kalau pindah ke partai lain.")
    assert not any("orang" in k for k in acts)


def test_people_said_to_be_an_actor_noun_take_its_role() -> None:
    # "seorang pria yang diduga militan": the relative clause says who they are
    acts = _actors("Polisi menembak seorang pria yang diduga militan di Kandahar, Afghanistan.")
    assert any(k.startswith("pria yang diduga militan") and v[1] == "REB"
               for k, v in acts.items()), acts


def test_a_title_in_a_body_and_its_holder_are_one_actor() -> None:
    # "Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono": the person, not the party
    acts = _actors("Kader Golkar mendukung sikap Ketua Umum Partai Demokrat Susilo Bambang "
                   "Yudhoyono yang memilih bersikap netral.")
    assert _holder(acts, "Yudhoyono") == ("IDN", None)
    assert not any(k == "Partai Demokrat" for k in acts), acts
    acts = _actors("PAN Sulawesi Selatan mendukung calon ketua umum PAN, Zulkifli Hasan.")
    assert any(k.startswith("ketua umum PAN") and k.endswith("Zulkifli Hasan") for k in acts)


def test_a_party_named_demokrat_alone_is_a_party_office() -> None:
    # "Ketua Umum Demokrat SBY": "Demokrat" alone (Indonesian or American) is a party, so
    # its chairman holds no state office in this sentence (events_gold.md)
    acts = _actors("Ketua Umum Demokrat Susilo Bambang Yudhoyono mengkritik Partai Golkar.")
    assert _holder(acts, "Yudhoyono") == ("IDN", None)


@pytest.mark.parametrize("text", [
    "Anggota Komisi III DPR Desmond Mahesa mengkritik Jokowi.",
    "Wakil Ketua Komisi I DPR, Hanafi Rais, mengkritik Jokowi.",
    "Anggota Komisi X DPR dari Partai Demokrat, Vena Melinda, mendukung tata tertib itu.",
])
def test_a_member_of_a_commission_of_parliament_is_legislative(text: str) -> None:
    # the commission ("Komisi III") and the faction ("dari Partai Demokrat") stand between
    # the title and the name; the body (DPR) gives the role
    acts = _actors(text)
    person = [v for k, v in acts.items() if k.split()[-1] in ("Mahesa", "Rais", "Melinda")]
    assert person == [("IDN", "LEG")], acts


def test_a_name_in_apposition_after_a_party_title_is_a_person() -> None:
    # "Politisi PDIP, Masinton Pasaribu,": a name the NER may take for a place
    acts = _actors("Anggota DPR dari Fraksi PDIP, Masinton Pasaribu, mengkritik Jokowi.")
    assert acts.get("Masinton Pasaribu") == ("IDN", "LEG"), acts


def test_an_envoy_from_a_country_keeps_the_country() -> None:
    # `dari` + a country is no faction: "Duta Besar dari Indonesia, X"
    acts = _actors("Duta Besar dari Indonesia, Arif Havas Oegroseno, bertemu Menlu Jerman.")
    assert _holder(acts, "Oegroseno")[0] == "IDN"


def test_a_body_named_by_its_jurisdiction_after_a_title_takes_its_role() -> None:
    # "Kapolda Metro Jaya": the regional police chief; the title gives the role
    acts = _actors("Kapolda Metro Jaya menangkap tiga orang tersangka.")
    assert acts.get("Metro Jaya") == ("IDN", "COP"), acts


def test_the_last_word_of_a_title_is_no_name() -> None:
    # "Direktur Utama": "Utama" completes the title; it names no one
    acts = _actors("Kejaksaan Agung menahan Direktur Utama PT Pertamina Patra Niaga.")
    assert "Utama" not in acts, acts


@pytest.mark.parametrize("text", [
    "Warga Desa Sukamaju memprotes pembangunan pabrik semen.",
    "Puluhan warga di Kecamatan Cibinong memblokade jalan menuju pabrik semen.",
])
def test_people_of_an_indonesian_administrative_unit_are_indonesian(text: str) -> None:
    # desa, kecamatan, kabupaten… exist only in Indonesia: the country is stated, not assumed
    analysis = nlp.analyze(text)
    mentions = Mentions(analysis)
    toks = tokens(analysis, analysis.sentences[0])
    warga = [a for a in actors(toks, mentions) if a.role == "CVL"]
    assert warga and all(a.country == "IDN" and not a.assumed for a in warga)


def test_a_body_led_by_someone_is_one_actor_the_body() -> None:
    # "Pasukan NATO pimpinan AS": the leader after `pimpinan` describes the force
    acts = _actors("Pasukan NATO pimpinan AS menewaskan 20 gerilyawan Taliban di Helmand.")
    assert acts.get("Pasukan NATO pimpinan AS") == ("NAT", "MIL"), acts
    assert "AS" not in acts
    acts = _actors("Belasan pejabat BNP pimpinan Khaleda Zia ditahan polisi.")
    assert "Khaleda Zia" not in acts and any(k.endswith("BNP pimpinan Khaleda Zia")
                                             for k in acts), acts


def test_an_armed_noun_with_the_clitic_nya_belongs_to_the_actor_before_it() -> None:
    # "pesawat-pesawat tempurnya": its (the Israeli military's) fighter jets, not assumed
    analysis = nlp.analyze("Juru bicara militer Israel menyatakan, pesawat-pesawat tempurnya "
                           "telah melancarkan 16 serangan sejak Minggu.")
    toks = tokens(analysis, analysis.sentences[0])
    jets = [a for a in actors(toks, Mentions(analysis)) if a.name.startswith("pesawat")]
    assert [(a.country, a.role, a.assumed) for a in jets] == [("ISR", "MIL", False)]


def test_a_unit_of_parliament_has_the_bodys_role() -> None:
    # "Badan Anggaran DPR", "Komisi III DPR": units of the DPR are legislative (LEG), not
    # state agencies because their name begins with "Badan"
    acts = _actors("PPATK mengungkap transaksi yang melibatkan anggota Badan Anggaran DPR.")
    assert acts.get("Badan Anggaran DPR") == ("IDN", "LEG"), acts
    acts = _actors("Jokowi mengkritik Komisi III DPR.")
    assert acts.get("Komisi III DPR") == ("IDN", "LEG"), acts


def test_people_from_a_body_are_of_its_country() -> None:
    # "Delegasi dari Hamas", "pejabat dari Kementerian Luar Negeri Mesir": an official's
    # role is the body's; the body is no participant of its own
    acts = _actors("Delegasi dari Hamas bertemu dengan pejabat dari Kementerian Luar Negeri "
                   "Mesir di Kairo.")
    assert acts.get("Delegasi dari Hamas") == ("PSE", "REB"), acts
    assert acts.get("pejabat dari Kementerian Luar Negeri Mesir") == ("EGY", "GOV"), acts


def test_a_party_or_group_with_a_demonstrative_is_the_last_one_named() -> None:
    # "partai itu", "kelompok tersebut": nominal anaphors, like "negara itu"
    analysis = nlp.analyze("Hamas menolak usulan itu. Israel kemudian menyerang kelompok "
                           "tersebut.")
    toks = tokens(analysis, analysis.sentences[1])
    acts = {" ".join(t.text for t in toks[a.i:a.j]): (a.country, a.role, a.kind)
            for a in actors(toks, Mentions(analysis))}
    assert acts.get("kelompok tersebut") == ("PSE", "REB", "anaphor"), acts


def test_a_title_holder_in_a_company_takes_its_role() -> None:
    # "Direktur PT Timah, Budi Santoso": one actor, the person, of the company's sector
    acts = _actors("Kejaksaan Agung menahan Direktur PT Timah, Budi Santoso.")
    assert _holder(acts, "Budi Santoso") == ("IDN", "BUS")


def test_a_sentence_initial_plural_people_word_is_no_name() -> None:
    # "Orang-orang Kurdi": people (CVL) of no country, not a person called "Orang-orang"
    acts = _actors("Orang-orang Kurdi dari berbagai penjuru Swiss berkumpul untuk protes.")
    assert "Orang-orang" not in acts and acts.get("Kurdi") == (None, "CVL"), acts


def test_a_group_described_before_its_name_is_the_named_group() -> None:
    # "gerakan Syiah Lebanon, Hezbollah": one actor, Hezbollah
    acts = _actors("Youssef menjawab tuduhan yang diberikan oleh gerakan Syiah Lebanon, "
                   "Hezbollah.")
    assert any(k.startswith("gerakan") and k.endswith("Hezbollah") and v == ("LBN", "REB")
               for k, v in acts.items()), acts


def test_a_body_named_after_a_law_word_is_the_laws_topic() -> None:
    # "revisi UU TNI": the law on the armed forces, not the armed forces
    acts = _actors("Sejumlah mahasiswa berdemonstrasi menolak revisi UU TNI.")
    assert "TNI" not in acts, acts
    acts = _actors("Kelompok bersenjata menembaki pendukung pembuat undang-undang Ekuador.")
    assert any(k.endswith("Ekuador") for k in acts), acts


def test_mereka_refers_to_the_nearest_group_before_it() -> None:
    # "… tiga orang Palestina … setelah mereka berusaha menculik …": the Palestinians
    analysis = nlp.analyze("Pasukan Israel menangkap tiga orang Palestina di Tepi Barat "
                           "setelah mereka berusaha menculik seorang warga Israel.")
    toks = tokens(analysis, analysis.sentences[0])
    they = [a for a in actors(toks, Mentions(analysis)) if a.kind == "pronoun"]
    assert [(a.country, a.role) for a in they] == [("PSE", "CVL")]


def test_a_modifier_coordinated_after_an_actor_noun_shares_its_head() -> None:
    # "milisi-milisi Sunni dan Syiah": Sunni militias and Shia (militias)
    acts = _actors("Operasi itu bertujuan mengakhiri pertikaian antara milisi-milisi Sunni "
                   "dan Syiah di Baghdad.")
    assert acts.get("Syiah") is not None and acts["Syiah"][1] == "REB", acts


def test_sailors_are_servicemen_and_a_teacher_is_an_educator() -> None:
    # events_gold conventions: navy sailors (pelaut) MIL; a schoolteacher EDU (CAMEO), also
    # as a title before a name (roles.tsv agrees with markers.yaml)
    acts = _actors("Iran menahan 15 pelaut Inggris di perairan Teluk.")
    assert any(k.startswith("pelaut") and v == ("GBR", "MIL") for k, v in acts.items()), acts
    acts = _actors("Polisi memeriksa guru Sugiarto di Bekasi.")
    assert _holder(acts, "Sugiarto")[1] == "EDU", acts


def test_leaders_of_a_group_are_the_groups() -> None:
    # "para pemimpin kelompok pemberontak": the rebels' leaders (REB), not officials (GOV)
    acts = _actors("Utusan itu bertemu dengan para pemimpin kelompok pemberontak Sudan.")
    assert acts.get("pemimpin kelompok pemberontak Sudan") == ("SDN", "REB")


def test_ia_is_the_subject_not_a_name_after_a_preposition() -> None:
    text = ("Bill Richardson berunding dengan Menteri Luar Negeri Sudan Lam Akol dan "
            "mengunjungi Darfur dimana ia bertemu para pemimpin pemberontak.")
    analysis = nlp.analyze(text)
    mentions = Mentions(analysis)
    toks = tokens(analysis, analysis.sentences[0])
    ia = [a for a in actors(toks, mentions) if toks[a.i].low == "ia"]
    assert [a.name for a in ia] == ["Bill Richardson"]


def test_countries_listed_after_termasuk_take_the_groups_role() -> None:
    # "Pemerintah Barat, termasuk Amerika Serikat dan Inggris": the governments
    acts = _actors("Pemerintah Barat, termasuk Amerika Serikat dan Inggris, mengecam kudeta itu.")
    assert acts["Amerika Serikat"] == ("USA", "GOV") and acts["Inggris"] == ("GBR", "GOV")


def test_a_government_title_with_a_relative_clause_gives_the_name_its_office() -> None:
    acts = _actors("Perdana Menteri yang baru dilantik, Ismail Haniya, mengecam serangan itu.")
    assert acts.get("Perdana Menteri yang baru dilantik , Ismail Haniya") == ("PSE", "GOV"), acts


def test_words_of_a_title_and_its_relative_clause_are_no_actors() -> None:
    acts = _actors("Presiden Abbas dan Perdana Menteri yang ditunjuk Hamas, Ismail Haniya, "
                   "bertemu.")
    assert "Menteri" not in acts and "Hamas" not in acts, acts


def test_seorang_laki_laki_is_a_counted_person() -> None:
    # "laki-laki" is a word of its own (not the plural of "laki"); placed by "di Lebanon"
    acts = _actors("Tentara Israel menahan seorang laki-laki di Lebanon selatan.")
    assert acts.get("seorang laki-laki") == ("LBN", "CVL"), acts


def test_carriers_are_military_and_prostitutes_civilians() -> None:
    acts = _actors("Kapal induk Amerika Serikat tiba di Teluk Persia, sementara para pelacur "
                   "di Mumbai berunjuk rasa.")
    assert any(v == ("USA", "MIL") for k, v in acts.items() if k.startswith("Kapal induk"))
    assert any(v[1] == "CVL" for k, v in acts.items() if "pelacur" in k), acts


def test_an_actor_noun_the_ner_took_for_a_name_is_generic() -> None:
    # "Pasukannya" with no owner named: [null, MIL] (events_gold.md, round four)
    acts = _actors("Pasukannya menyatakan bertanggung jawab atas serangan udara di Tripoli.")
    assert acts.get("Pasukannya") == (None, "MIL"), acts


def test_a_renegade_general_is_an_armed_rebel() -> None:
    # "Jenderal pembelot X": a renegade general (REB, events_gold.md), not the army
    acts = _actors("Jenderal pembelot Khalifa Haftar menyatakan perang terhadap kelompok Islam.")
    assert _holder(acts, "Khalifa Haftar") == ("LBY", "REB")


def test_the_office_given_after_sebagai_is_the_role_in_the_sentence() -> None:
    # the gazetteer's latest role (a minister since 2019) gives way to the one the sentence
    # gives: "pencalonan X sebagai Kapolri" (police, COP), for every mention of X in it
    text = ("DPR mendukung pencalonan Tito Karnavian, bahkan mendesak Presiden melantik "
            "Tito Karnavian sebagai Kapolri.")
    analysis = nlp.analyze(text)
    toks = tokens(analysis, analysis.sentences[0])
    roles = [a.role for a in actors(toks, Mentions(analysis)) if a.name.endswith("Karnavian")]
    assert roles == ["COP", "COP"], roles


def test_followers_of_a_bare_partai_are_of_the_party_named_before() -> None:
    # "pendukung partai" with no name after: the party the text has named (MDC, OPP)
    acts = _actors("Juru bicara MDC mengatakan polisi memukuli pendukung partai di Harare.")
    assert acts.get("partai") == ("ZWE", "OPP"), acts


def test_a_described_place_named_after_a_comma_places_an_actor() -> None:
    # "pejuang Talib di negara tetangganya, Afganistan": fighters in Afghanistan
    acts = _actors("Tentara Amerika Serikat memerangi pejuang Talib di negara tetangganya, "
                   "Afganistan.")
    assert acts.get("pejuang Talib") == ("AFG", "REB"), acts


def test_a_name_inside_a_title_is_no_actor() -> None:
    # "aksi bertajuk 'Indonesia Gelap'": the title of the rally, not a person
    acts = _actors("Ratusan mahasiswa menggelar aksi bertajuk 'Indonesia Gelap' di depan Istana.")
    assert not any("Gelap" in name for name in acts), acts
    assert _holder(acts, "mahasiswa") == ("IDN", "EDU")


def test_a_directorate_named_by_its_police_parent_is_police() -> None:
    # "Direktorat … Polda Jawa Barat": a unit of a regional police command is police (COP),
    # not a ministry's directorate (GOV)
    acts = _actors("Kedua pemuda itu diperiksa penyidik Direktorat Reserse Narkoba Polda "
                   "Jawa Barat pada Senin.")
    units = [v for k, v in acts.items() if "Direktorat" in k]
    assert units == [("IDN", "COP")], acts


def test_initials_after_berinisial_are_the_person_before_them() -> None:
    # "seorang pria berinisial RS": the initials stand for the man, not a body of their own
    acts = _actors("Polisi menangkap seorang pria berinisial RS di Depok.")
    assert acts.get("pria berinisial RS") == ("IDN", "CVL"), acts
    assert "RS" not in acts


def _actors_named(text: str, part: str) -> list:
    """The actors of the first sentence of `text` whose name contains `part`."""
    analysis = nlp.analyze(text)
    toks = tokens(analysis, analysis.sentences[0])
    return [a for a in actors(toks, Mentions(analysis)) if part in a.name]


def test_a_company_named_with_an_indonesian_legal_form_is_indonesian() -> None:
    # "PT …" (Perseroan Terbatas), "… Tbk": Indonesian companies, not of an assumed country
    firms = _actors_named("PT Sinar Fajar Abadi menyerahkan bantuan kepada warga Bandung.",
                          "Fajar")
    assert firms and all(a.country == "IDN" and not a.assumed for a in firms), firms


def test_a_body_named_by_a_known_place_is_of_its_country() -> None:
    # "Wali Kota Surabaya": the city government of a known Indonesian city, not of an
    # assumed home country
    city = _actors_named("Wali Kota Surabaya memecat dua pejabat dinas.", "Surabaya")
    assert city and all(a.country == "IDN" and not a.assumed for a in city), city


def test_a_headline_verb_is_no_part_of_a_name() -> None:
    # Title-Case headlines: the capitalised bare verb ("Bubarkan", "Tangkap") the NER runs
    # into a name span ends the name; an actor noun left alone is the generic actor
    acts = _actors("Aparat Bubarkan Massa di Alun-alun Kota")
    assert not any("Bubarkan" in k for k in acts), acts
    acts = _actors("Tentara Tangkap Dua Penyelundup di Perbatasan")
    assert not any("Tangkap" in k for k in acts), acts
    assert acts.get("Tentara", (None, None))[1] == "MIL", acts
    # a name that holds a verb in running (not Title-Case) text stays whole
    acts = _actors("Koalisi Tolak Tambang mengecam rencana itu.")
    assert any("Tolak" in k for k in acts), acts


def test_a_headline_verb_ends_a_name_of_a_known_country_too() -> None:
    # the resolver gives the span a country ("Partai Demokrat …"); the verb still ends it
    acts = _actors("Simak Video: Partai Demokrat Nonaktifkan Dua Kader dari DPRD")
    assert not any("Nonaktifkan" in k for k in acts), acts
    assert any(k.endswith("Demokrat") for k in acts), acts


def test_a_suspect_named_by_initials_is_not_the_country_they_spell() -> None:
    a = analyze_text("Kejari Sleman menahan tersangka AS di rumah tahanan.")
    assert [(e.category, e.source_country, e.source_role, e.target_country, e.target_role)
            for e in a.events] == [("COERCE", "IDN", "JUD", "IDN", None)]
