"""Within-article resolution: mention spans → one `Entity` per referent.

Sources of spans, in order of trust: gazetteer matches (canonical name, country, role),
statistical NER spans (`warta.nlp.ner`, when its model is installed), and two rules that
work without a model: an organisation head followed by capitalised words (`Partai Komunis
China`) and a title followed by a capitalised name (`Menteri Yuddy`).

Mentions are then linked: gazetteer aliases share their entry (`Jokowi` = `Joko Widodo`);
a part of a person's full name stands for that person (`Jinping`, `Jong-un`) when it fits
only one person of the article; a bracketed abbreviation defines an alias for the article
(`Bandara Internasional Lombok (BIL) … BIL`). Titles and appositions give a person a role
and a country (`Presiden China, Xi Jinping,` → GOV, CHN). Unknown stays None.

Repairs and decisions (round 2):
- The model's slips: day names (`Ahad`) and lower-case words at a span's edges are cut; an
  organisation and a person run together are split after `Tbk`/`Persero`; a person span that
  starts inside a known name (`[Garda] Revolusi Jendral Yahya Rahim`) starts after it, and a
  leading title becomes the person's role and country.
- A country's name that ends a longer capitalised name (`Danone Indonesia`, `Michael
  Jordan`) is no entity alone, but still gives an enclosing organisation its country.
  Sub-national names that hold a country's name (`New Mexico`) are places in the gazetteer.
- A title with a country and no name after it (`Menteri luar negeri Jordania mengatakan`)
  is an office actor: an ORG named "<Title> <country>" with that country and the title's
  role (GOV by default), since the events need an actor with country and role and the
  person is not named. A former office (`mantan Presiden AS`) is not one.
- Unknown names of two to four title-case words become people only where a person is the
  only reading: before a speech or action verb, or after `kata`/`ujar` closing a quote.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.nlp import gazetteer
from warta.nlp.gazetteer import Entry, Gazetteer, Role
from warta.types import Entity, Mention, Sentence, Token

# Before a capital, these make it a place rather than its government acting.
LOCATIVE = {
    "di", "ke", "dari", "menuju", "dekat", "sekitar", "kota", "wilayah", "pinggiran",
    "kawasan", "ibu", "ibukota", "in", "at", "to", "from", "mengunjungi", "berkunjung",
    "tiba", "tinggal", "asal", "hingga", "sampai",
}
MISSION_BODIES = {"Kedutaan Besar Republik Indonesia", "Konsulat Jenderal Republik Indonesia"}
# A country's missions abroad: the capital after them is where they sit ("KBRI Islamabad")
MISSIONS = {"kbri", "kjri", "kedubes", "konjen", "kdei"}
# Buildings and sites named after the city they stand in: "hotel Amman", "bandara Kabul"
SITES = {"hotel", "bandara", "pelabuhan", "stasiun", "penjara", "masjid", "gereja", "pasar",
         "kampus", "museum", "stadion", "rumah", "kantor"}
# Words after which capital initials are a person, not a country ("tersangka AS")
INITIAL_CUES = {
    "tersangka", "terdakwa", "terpidana", "terlapor", "pelapor", "pelaku", "berinisial",
    "inisial", "saudara", "saudari", "sdr", "sdri", "oknum", "tahanan", "napi", "narapidana",
}
# Passives said only of a suspect or defendant: "AS disangkakan melanggar Pasal …"
SUSPECT_PASSIVES = {"disangkakan", "disangka", "didakwa", "dituntut", "divonis", "dijerat"}
# Abbreviations of Indonesian programmes, taxes, budgets, documents and market terms that
# the model tags as organisations: things done or paid, never actors
TERMS = {
    "BLT", "BLTS", "MBG", "PKH", "KUR", "KIP", "KIS", "JKN", "PBI", "PPG", "PPN", "PPh",
    "PBB-P2", "BPHTB", "APBN", "APBD", "APBDes", "RAPBN", "RPJMN", "RPJMD", "PSN", "TKD",
    "DAU", "DAK", "IHSG", "QRIS", "STNK", "BPKB", "SIM", "KTP", "NIK", "SOP", "FGD", "CPO",
    "BBM", "LPG", "FDI", "PMA", "PMDN", "THR", "UMR", "UMP", "UMK", "SPT", "LHKPN", "KTA",
}
FORMER = {"mantan", "eks", "bekas", "almarhum", "mendiang"}
# Capitalised words that are not names (days, months, sentence glue).
NOT_NAME = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "januari",
    "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "wib", "wita", "wit", "dia", "ia", "mereka", "kami", "saya",
    "ini", "itu", "yang", "dan", "atau", "tetapi", "namun", "dalam", "pada", "untuk",
    "dengan", "sebagai", "bahwa", "karena", "juga", "tak", "tidak", "sudah", "telah",
    "akan", "para", "sang", "pihak", "kata", "ujar", "ucap", "menurut", "selain", "sementara",
    "kemudian", "lalu", "sebelumnya", "saat", "ketika", "setelah", "sejak", "ahad",
    "tapi", "jika", "kalau", "meski", "walau", "bahkan", "kini", "adapun", "sedangkan", "maka",
    "agar", "apalagi", "tentu", "hal", "begitu", "usai", "sebab",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Speech and action verbs: capitalised words right before them are a subject, so a run of
# two or more unknown name-like words there is a person ("Yusak Kristian mengatakan").
SUBJECT_VERBS = {
    "mengatakan", "menyatakan", "berkata", "mengungkapkan", "menegaskan", "menjelaskan",
    "menambahkan", "menyebutkan", "menyebut", "menilai", "mengaku", "membantah", "meminta",
    "mendesak", "menolak", "mengecam", "mengancam", "memperingatkan", "mengumumkan",
    "menuturkan", "menyampaikan", "mengklaim", "menuduh", "bertemu", "berjanji", "berharap",
    "menyerukan", "menandatangani", "memerintahkan", "mengunjungi", "menjawab", "berpendapat",
    "mengimbau", "mengakui", "menyebutnya", "menekankan", "mengutuk", "menyesalkan", "tiba",
    "datang", "berbicara", "berpidato", "meninggal",
}
# Verbs of attribution after a quote: ", kata Budi Santoso." names the speaker.
SPEECH_AFTER = {"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "sebut"}
_TRIGGERS = SUBJECT_VERBS | SPEECH_AFTER
# Capitalised words that begin a group, not a person, before a subject verb.
NOT_PERSON_START = {
    "tim", "timnas", "satgas", "pemerintah", "polisi", "aparat", "pasukan", "warga", "pihak",
    "kubu", "koalisi", "panitia", "pansus", "fraksi", "kantor", "istana", "gedung", "kota",
    "provinsi", "kabupaten", "desa", "pulau", "gunung", "sungai", "jalan", "the", "a",
}
QUOTE_OPEN = {'"', "“", "'", "‘", "(", "[", "-", "–", "—", ":"}
# Capitalised words that often stand before a country's name without being part of a longer
# name ("Timnas Indonesia", "KTT ASEAN"); any other capitalised word there makes the country
# part of a longer proper name ("New Mexico", "Michael Jordan", "Garuda Indonesia").
COUNTRY_NEIGHBOURS = {
    "tim", "timnas", "piala", "ktt", "konferensi", "delegasi", "utusan", "negara", "republik",
    "kerajaan", "pemerintah", "rakyat", "warga", "bangsa", "seluruh", "kawasan", "wilayah",
    "perbatasan", "selatan", "utara", "barat", "timur", "tengah", "daratan", "pulau", "ibu",
    "kota", "dan", "atau", "serta", "hubungan", "kerja", "sama", "antara", "dengan", "asal",
    "versi", "zona", "laut", "selat", "teluk", "bendera", "lagu", "hari", "tahun", "uni",
}
# Parts of full names that never stand for the person alone.
NOT_PART = {
    "muhammad", "mohammad", "mohamad", "muhamad", "abdul", "haji", "hajah", "al", "bin",
    "binti", "van", "von", "de", "da", "der", "del", "jr", "jr.", "sr.", "dan", "ibn", "el",
    "abu", "ir.", "dr.", "h.", "hj.", "prof.", "kh",
}
# Titles of a territory's office: the words after them name the territory first
# ("Bupati Bogor Ade Yasin"), so a name is only taken after a known place or body.
TERRITORIAL = {
    "gubernur", "wakil gubernur", "wagub", "bupati", "wakil bupati", "wabup", "wali kota",
    "walikota", "wakil wali kota", "camat", "lurah", "kepala desa", "kades", "sekda",
    "sekretaris daerah", "kapolda", "wakapolda", "kapolres", "kapolresta", "kapolrestabes",
    "kapolsek", "pangdam", "danrem", "dandim", "danramil", "kajati", "kajari", "ketua DPRD",
    "anggota DPRD", "pj gubernur", "penjabat gubernur", "pj bupati", "penjabat bupati",
    "pj wali kota", "penjabat wali kota", "pj walikota", "plt gubernur", "plt bupati",
    "plt wali kota", "plt walikota", "wakapolres", "wakapolresta", "wakapolrestabes",
    "wakapolsek", "wakajati", "wakajari", "kalapas", "karutan", "danlanud", "danlantamal",
    "kasdam", "kapendam",
}
TERRITORIAL_LOW = {t.lower() for t in TERRITORIAL}
TERRITORIAL_LAST = {t.split()[-1] for t in TERRITORIAL_LOW} - {"dprd"}
# "DPD Bali" is a party's regional board (Dewan Pimpinan Daerah), not the senate's seat
PARTY_BOARD_HOMONYMS = {"Dewan Perwakilan Daerah"}
ORG_ENDS = {"Tbk", "Tbk.", "Persero"}
# A unit's name ending in its service states its sector ("Satuan Tugas Khusus Kepolisian",
# "Divisi Profesi dan Pengamanan Kepolisian"): a word that ends no person's name.
SECTOR_TAILS = {"kepolisian": "COP", "university": "EDU", "school": "EDU"}
# Lower-case nouns that class the capitalised name after them as a firm
COMPANY_NOUNS = {"perusahaan", "maskapai", "otobus", "emiten", "perseroan", "korporasi"}
# A unit of a larger body ("Departemen Kajian BEM UI", "Biro Hukum Polda Metro Jaya") has the
# sector of the body it belongs to, not of its own head word.
UNIT_HEADS = {
    "departemen", "divisi", "biro", "bidang", "bagian", "seksi", "unit", "direktorat",
    "subdirektorat", "subdit", "subbagian", "subbidang", "subbag", "subbid", "satgas", "satuan",
    "pusat",
}
# Titles that also head (or work for) any organisation ("Presiden KSPI", "Presiden FIFA",
# "peneliti Perludem"): with an organisation after them they take its sector
HEADS_OF_ANY_BODY = {"presiden", "wakil presiden", "peneliti"}
# Prepositions before a common-noun title that make it an object, not an apposition to a
# name after a comma ("kepada majelis hakim, Susno mengatakan")
ADDRESSEE = {"kepada", "dengan", "oleh", "terhadap", "bagi", "untuk", "dari", "pada"}
MAX_PORTFOLIO = 12  # words of a minister's portfolio, at most
ORG_CONNECTORS = {"dan", "untuk", "bagi", "&", "of", "the", "for", "and", "se", "atas"}
PLACE_KINDS = {"country", "capital", "place"}


@dataclass(slots=True)
class Span:
    """A mention candidate: characters [start, end), tokens [ti, tj) of sentence si."""

    start: int
    end: int
    si: int
    ti: int
    tj: int
    type: str
    source: str  # gaz, ner, rule
    entry: Entry | None = None
    key: str | None = None  # referent key for derived spans (militer China)
    name: str | None = None
    country: str | None = None  # from the span itself (ORG named after a country…)
    role: str | None = None
    title_role: str | None = None  # from a title or apposition
    title_country: str | None = None
    former: bool = False
    inner: list[Entry] = field(default_factory=list)
    # a country name that ends a longer capitalised name ("Danone Indonesia", "Michael
    # Jordan"): it gives an enclosing organisation its country but is no entity alone
    embedded: bool = False


def resolve(
    text: str,
    sentences: Sequence[Sentence],
    gz: Gazetteer,
    ner_spans: Sequence[tuple[int, int, str]] = (),
    year: int | None = None,
) -> list[Entity]:
    """Entities of `text`, one per referent, each with all its mentions."""
    per_sent: list[list[Span]] = []
    for si, sent in enumerate(sentences):
        per_sent.append(_gazetteer_spans(si, sent.tokens, gz))
    _merge_ner(per_sent, sentences, ner_spans, gz)
    for si, sent in enumerate(sentences):
        _rule_spans(si, sent.tokens, gz, per_sent[si])
        per_sent[si] = [s for s in per_sent[si] if not s.embedded]
        per_sent[si].sort(key=lambda s: s.ti)
        _branches(sent.tokens, per_sent[si])
        _titles(sent.tokens, gz, per_sent[si])
    spans = [s for ss in per_sent for s in ss]
    return _cluster(text, sentences, per_sent, spans, year)


# --- spans ---------------------------------------------------------------------------


def _span(si: int, toks: Sequence[Token], ti: int, tj: int, **kw: object) -> Span:
    return Span(toks[ti].start, toks[tj - 1].end, si, ti, tj, **kw)  # type: ignore[arg-type]


def _gazetteer_spans(si: int, toks: Sequence[Token], gz: Gazetteer) -> list[Span]:
    matches = gz.match(toks)
    out: list[Span] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        e = m.entry
        prev_end = out[-1].tj if out else 0
        # the next match when it follows right after this one
        adj = matches[k + 1] if k + 1 < len(matches) and matches[k + 1].start == m.end else None
        if e.kind == "body" and adj is not None:
            joined, span = adj.entry, None
            if joined.kind == "country" and joined.country == e.country:
                # "Departemen Sosial RI": the body of its own country is the body itself
                span = _span(si, toks, m.start, adj.end, type=e.type, source="gaz", entry=e,
                             country=e.country, role=e.role)
            elif joined.kind == "country" and e.country == "IDN" and e.name in MISSION_BODIES:
                # "KBRI Australia": Indonesia's mission in that country, still Indonesian
                span = _span(si, toks, m.start, adj.end, type=e.type, source="gaz", entry=e,
                             country=e.country, role=e.role)
            elif joined.kind == "country":
                # "Kemlu China": a state body followed by a country is that country's body
                span = _span(si, toks, m.start, adj.end, type="ORG", source="gaz",
                             key=f"ORG:{e.name}:{joined.country}", name=f"{e.name} {joined.name}",
                             country=joined.country, role=e.role)
            elif (
                e.country == "IDN"
                and e.name not in PARTY_BOARD_HOMONYMS
                and joined.kind in ("place", "capital")
                and joined.country == "IDN"
            ):  # "DPRD Jawa Barat", "Pengadilan Tipikor Jakarta": a national body's regional
                # seat is that body, not the body and a place acting
                span = _span(si, toks, m.start, adj.end, type="ORG", source="gaz",
                             key=f"ORG:{e.name}:{joined.name}", name=f"{e.name} {joined.name}",
                             country="IDN", role=e.role)
            if span is not None:
                out.append(span)
                k += 2
                continue
        # "DPD Partai Gerindra": a party's regional board (Dewan Pimpinan Daerah), not
        # the senate
        if e.name in PARTY_BOARD_HOMONYMS and adj is not None and (
            adj.entry.kind == "party" or toks[m.end].text.lower() == "partai"
        ):
            k += 1
            continue
        # "Fraksi PDIP": a party's faction in a parliament is a legislator (LEG)
        if e.kind == "party" and m.start > prev_end and toks[m.start - 1].text.lower() == "fraksi":
            out.append(
                _span(si, toks, m.start - 1, m.end, type="ORG", source="gaz",
                      key=f"ORG:fraksi:{e.name}", name=f"Fraksi {e.name}",
                      country=e.country, role="LEG")
            )
            k += 1
            continue
        if e.kind == "igo" and _regional_seat(toks, gz, m.start, m.end):
            k += 1  # "Pemkab OKI", "Bupati OKI": a regency's abbreviation, not the OIC
            continue
        if e.kind == "country" and _initials(toks, m.start, m.end):
            out.append(_span(si, toks, m.start, m.end, type="PER", source="rule"))
            k += 1  # "tersangka berinisial AS", "AS (45)": a person's initials, no country
            continue
        if e.kind == "country" and _embedded(toks, gz, m.start, prev_end):
            out.append(  # "Danone Indonesia", "Michael Jordan": part of a longer name
                _span(si, toks, m.start, m.end, type=e.type, source="gaz", entry=e,
                      country=e.country, embedded=True)
            )
            k += 1
            continue
        if e.kind == "country":
            pre = gz.prefix_ending_at(toks, m.start)
            if pre is not None and pre[0] >= prev_end:
                start, (etype, role, pname) = pre
                out.append(
                    _span(si, toks, start, m.end, type=etype, source="gaz",
                          key=f"{etype}:{pname}:{e.country}", name=f"{pname} {e.name}",
                          country=e.country, role=role)
                )
                k += 1
                continue
        out.append(
            _span(si, toks, m.start, m.end, type=e.type, source="gaz", entry=e,
                  country=e.country, role=e.role)
        )
        k += 1
    return out


def _regional_seat(toks: Sequence[Token], gz: Gazetteer, start: int, end: int) -> bool:
    """Whether an international body's abbreviation at [start, end) names a region instead:
    right after an Indonesian regional office's head or title ("Pemkab OKI", "Kejari OKI",
    "Bupati OKI"), the words name the territory."""
    if start == 0 or end - start != 1 or not toks[start].text.isupper():
        return False
    prev = toks[start - 1].text.lower().rstrip(".")
    if prev in TERRITORIAL_LAST or prev in INDONESIAN_UNITS or prev in ("kota", "kab"):
        return True
    head = gz.org_head_at(toks, start - 1)
    return head is not None and head[0] == 1 and head[1].country == "IDN"


def _initials(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether a country abbreviation at [start, end) is a person's initials, as crime news
    writes suspects, victims and witnesses: after "tersangka/berinisial/Saudara/Sdr" ("Saudara
    AS selaku …"), before an age in brackets ("AS (45)") or a suspect's passive
    ("AS disangkakan melanggar …")."""
    word = toks[start].text
    if end - start != 1 or not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()):
        return False
    before = toks[start - 1].text.lower().rstrip(".") if start > 0 else ""
    if before in INITIAL_CUES:
        return True
    after = [t.text for t in toks[end:end + 3]]
    if len(after) == 3 and after[0] == "(" and after[1].isdigit() and after[2] == ")":
        return True
    return bool(after) and after[0].lower() in SUSPECT_PASSIVES


def _embedded(toks: Sequence[Token], gz: Gazetteer, start: int, prev_end: int) -> bool:
    """Whether the country name at token `start` ends a longer capitalised name:
    "Danone Indonesia", "Michael Jordan".

    The word before it must be capitalised inside the sentence (not its first word, not a
    headline in title case), known to no list (title, organisation head, gazetteer entry,
    institution word) and not one of the words that usually stand before a country.
    """
    i = start - 1
    if i < 1 or i < prev_end:
        return False
    word = toks[i].text
    low = word.lower()
    if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
        return False
    if toks[i - 1].text in QUOTE_OPEN:
        return False  # the first word of a quote is capitalised anyway
    if low in COUNTRY_NEIGHBOURS or low in NOT_NAME or low in gz.institution_words:
        return False
    if gz.role_ending_at(toks, start) is not None or gz.org_head_at(toks, i) is not None:
        return False
    if gz.prefix_ending_at(toks, start) is not None:
        return False
    return not _title_case(toks)  # a title-case headline says nothing


def _title_case(toks: Sequence[Token]) -> bool:
    """Whether a sentence is written in title case (a headline): few lower-case words."""
    words = [t.text for t in toks if any(c.isalpha() for c in t.text)]
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 4 < len(words)


def _org_head_facts(span: Span, toks: Sequence[Token], gz: Gazetteer) -> None:
    """Role and country that an organisation's first word states (Polres → COP, IDN)."""
    head = gz.org_head_at(toks, span.ti)
    # a bare head names a body too when it says its sector ("Pengadilan Negeri (PN) Palu")
    if head is not None and (span.ti + head[0] < span.tj or head[1].role is not None):
        span.role = span.role or head[1].role
        span.country = span.country or head[1].country
    tail = toks[span.tj - 1].text.lower()
    if span.tj - span.ti > 1 and tail in SECTOR_TAILS and (
        head is None or head[1].role in (None, "GOV")
    ):  # the service named last is more telling than a generic head ("Satuan Tugas")
        span.role = SECTOR_TAILS[tail]
    if span.entry is None and span.tj - span.ti > 2:
        first = toks[span.ti].text.lower()
        second = toks[span.ti + 1].text.lower()
        if first in UNIT_HEADS:
            parent = _parent_body(toks, gz, span.ti + 1, span.tj)
            if parent is not None:  # the body the unit belongs to: the last one named
                span.role = parent[0]
                span.country = span.country or parent[1]
        elif second in SECTOR_TAILS and (head is None or head[1].role in (None, "GOV")):
            span.role = SECTOR_TAILS[second]  # "Badan Kepolisian Nasional Jepang"


def _parent_body(
    toks: Sequence[Token], gz: Gazetteer, ti: int, tj: int
) -> tuple[str, str | None] | None:
    """Role and country of the last body named in tokens [ti, tj) of a unit's name: a
    gazetteer body ("Biro Hukum Kemenkeu") or an organisation head that states its sector
    ("Direktorat Reserse Siber Polda Metro Jaya", "Unit Reskrim Polsek Cilandak")."""
    found: list[tuple[int, str, str | None]] = [
        (ti + m.start, m.entry.role, m.entry.country) for m in gz.match(toks[ti:tj])
        if m.entry.type == "ORG" and m.entry.role is not None
    ]
    for k in range(ti, tj):
        head = gz.org_head_at(toks, k)
        if head is not None and head[1].role is not None and k + head[0] <= tj \
                and toks[k].text[:1].isupper():
            found.append((k, head[1].role, head[1].country))
    if not found:
        return None
    _, role, country = max(found, key=lambda f: f[0])
    return role, country


def _trim_title(
    toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], ti: int, tj: int
) -> tuple[int, tuple[Role, Span | None] | None]:
    """A person span that starts with a title (`Kajari Lhoksukon Teuku Rahmatsyah`):
    the name's first token, and the title with its affiliation."""
    hit = gz.role_at(toks, ti)
    if hit is None or ti + hit[0] >= tj:
        return ti, None
    k = ti + hit[0]
    nxt = gz.role_at(toks, k)  # "Lettu Czi Mochtar", "Kapolri Jenderal Tito": a title chain
    if nxt is not None and k + nxt[0] < tj:
        hit = (hit[0] + nxt[0], _chain(hit[1], nxt[1]))
        k += nxt[0]
    outer = gz.role_ending_at(toks, ti) if ti > 0 else None
    if outer is not None:  # "KSAD [Jenderal Maruli]": the office before the model's span
        hit = (hit[0], _chain(outer[1], hit[1]))
    affil = owner[k]
    if affil is not None and affil.type in ("GPE", "ORG", "LOC") and affil.tj < tj:
        k = affil.tj
    else:
        affil = None
        if hit[1].title.lower() in TERRITORIAL_LOW and tj - k >= 3:
            k += 1  # the territory's name: "Bupati Bogor Ade Yasin"
    return k, (hit[1], affil)


def _merge_ner(
    per_sent: list[list[Span]],
    sentences: Sequence[Sentence],
    ner_spans: Sequence[tuple[int, int, str]],
    gz: Gazetteer,
) -> None:
    """Add NER spans that the gazetteer did not already explain better."""
    if not ner_spans:
        return
    starts = [s.start for s in sentences]
    tstarts: dict[int, list[int]] = {}
    owners: dict[int, list[Span | None]] = {}
    for start, end, label in ner_spans:
        si = bisect.bisect_right(starts, start) - 1
        if si < 0 or end > sentences[si].end + 1:
            continue
        toks = sentences[si].tokens
        if si not in tstarts:
            tstarts[si] = [t.start for t in toks]
            owners[si] = _owner(per_sent[si], len(toks))
        ts, owner = tstarts[si], owners[si]
        ti = max(0, bisect.bisect_right(ts, start) - 1)
        if toks[ti].end <= start:
            ti += 1
        tj = bisect.bisect_left(ts, end)
        for a, b, lab in _repair(toks, gz, owner, ti, tj, label):
            _add_ner(si, toks, gz, owner, per_sent[si], a, b, lab)


def _repair(
    toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], ti: int, tj: int, label: str
) -> list[tuple[int, int, str]]:
    """Fix the model's usual slips on tokens [ti, tj): lower-case and day-name edges
    (`Ahad`), an organisation and a person run together (`PT Astra Otoparts Tbk Yusak
    Kristian` → ORG + PER), and a person span that starts inside a known name (`[Garda]
    Revolusi Jendral Yahya Rahim`)."""
    while ti < tj and (toks[ti].text[:1].islower() or toks[ti].text.lower() in NOT_NAME):
        ti += 1  # names do not start lower-case or with a day's name
    while tj > ti and (toks[tj - 1].text.lower() in NOT_NAME or toks[tj - 1].text == "("):
        tj -= 1  # "[Dinas Pendidikan (] Disdik )": the bracket opens the abbreviation
    for k in range(ti + 1, tj):  # (not the first word: brands "eFishery", "iPhone")
        w = toks[k].text
        if w[:1].islower() and any(c.isupper() for c in w[1:]):
            tj = k  # "[Edy Setyanto kepadadetikJogja]": scraped words glued to an
            break  # outlet's name end the name
    if ti >= tj or not any(c.isalpha() for t in toks[ti:tj] for c in t.text):
        return []  # nothing left, or no letter at all: a date "(3/6/2019)", a number
    for k in range(ti + 1, tj - 1):
        if toks[k].text in ORG_ENDS:
            rest = [t.text for t in toks[k + 1:tj]]
            out = [(ti, k + 1, "ORG")]
            if all(_is_cap(w) and any(c.islower() for c in w) for w in rest):
                out.append((k + 1, tj, "PER"))  # a capitalised name after "Tbk"
            return out  # anything else after it (a ticker, "MEDC") is not a name
    title = gz.role_at(toks, ti)  # a title that starts the span
    if title is not None and ti + title[0] == tj and title[1].role is not None \
            and tj < len(toks) and _is_cap(toks[tj].text):
        return []  # "[Wakapolri] Komjen Dedi": a title before its holder, not a name
    if title is not None and ti + title[0] > tj and title[1].role is not None:
        return []  # "[Duta] besar Ibrahim Gambari": the span ends inside a longer title
    o = owner[ti]
    if label == "ORG" and o is not None and o.ti == ti and o.entry is not None \
            and o.entry.kind in ("body", "igo", "party", "media") and o.tj < tj <= o.tj + 4 \
            and ti > 0 and gz.role_ending_at(toks, ti) is not None \
            and all(owner[k] is None and _is_person_word(toks[k].text, gz)
                    for k in range(o.tj, tj)) \
            and not (tj < len(toks) and _is_cap(toks[tj].text)) \
            and not (tj + 1 < len(toks) and toks[tj].text == "," and _is_cap(toks[tj + 1].text)):
        # "Ketua [Mahkamah Agung Sunarto]": body, then its head (not when more of the name
        # or the holder follows: "GM [Pertamina Patra Niaga] Regional X, Erwin")
        return [(o.tj, tj, "PER")]
    if label == "ORG" and ti > 0 and gz.role_ending_at(toks, ti) is not None \
            and gz.org_head_at(toks, ti) is not None:
        # "Kepala [Dinas Kesehatan Sleman Cahya Purnama]": an office named by its place
        # (or a known body), then its head's name, run together by the model
        for k in range(tj - 2, ti, -1):
            p = owner[k]
            if p is not None and p.type != "PER" and p.source == "gaz":
                if p.tj < tj and all(owner[q] is None and _is_person_word(toks[q].text, gz)
                                     for q in range(p.tj, tj)):
                    return [(ti, p.tj, "ORG"), (p.tj, tj, "PER")]
                break
    if label in ("LOC", "ORG"):
        rank = _rank_at(toks, gz, ti, tj)
        if rank is None and title is not None and title[1].role is not None \
                and toks[ti].text[:1].isupper() and ti + title[0] < tj \
                and all(owner[k] is None and _is_cap(toks[k].text) for k in range(ti, tj)):
            rank = ti  # "[Wamenaker Immanuel Ebenezer]": an official, not a body
        if rank == ti:
            label = "PER"  # "[Kompol Muhammad Kukuh]": a ranked person, not a place
        elif rank is not None:
            # "[Polda Riau Kombes Ade Kuncoro]": the body or place, then its ranked officer;
            # "[Metro Jaya Irjen] Asep": the rank is no part of the place; a title before
            # the body ("[Kabid Humas Polda Sumut Kombes X]") is left to the title rules
            head = [] if title is not None else [(ti, rank, label)]
            return [*head, (rank, tj, "PER")] if rank + 1 < tj else head
    if label == "PER" and title is None:
        rank = _rank_at(toks, gz, ti, tj)
        if rank is not None and ti < rank and rank + 1 < tj:
            # "Kapolsek Tanah [Sareal Kompol Doddy]": a name never comes before its rank;
            # the words before it end the office's place
            return [(rank, tj, "PER")]
    if label in ("PER", "LOC") or (
        label == "ORG" and gz.org_head_at(toks, ti) is None
        and (o is None or (o.entry is not None and o.entry.kind in PLACE_KINDS))
    ):  # "Bupati [Banyuwangi Ipuk Fiestiandani]" tagged ORG: no body's name in it
        split = _territory_split(toks, gz, owner, ti, tj)
        if split is not None:
            return split
    if label == "PER" and ti > 0 and toks[ti - 1].text in ("I", "Ni") and owner[ti - 1] is None \
            and toks[ti].text.lower() in BALINESE_NAMES:
        ti -= 1  # "Bupati Bangli [I] [Wayan Diar]": the particle opens a Balinese name
    if label == "PER" and o is not None and _named_after_place(toks, gz, o, ti, tj):
        return [(ti, tj, label)]  # "Vienna Rahmawati": a given name, kept whole
    if label == "PER":
        while ti < tj and (o := owner[ti]) is not None and o.type != "PER":
            ti += 1
        if ti >= tj:
            return []
        # "Irjen [Sandi] Nugroho mengatakan": the model's person ends a word early
        end = tj
        while end < len(toks) and end - tj < 2 and owner[end] is None \
                and _is_person_word(toks[end].text, gz):
            end += 1
        if end > tj and end < len(toks) and toks[end].text.lower() in SUBJECT_VERBS:
            tj = end
    return [(ti, tj, label)]


def _rank_at(toks: Sequence[Token], gz: Gazetteer, ti: int, tj: int) -> int | None:
    """The last token in [ti, tj) that starts an officer's rank (a capitalised COP or MIL
    title: Kombes, Kolonel) followed by capitalised name words up to tj, else None:
    "Kabid Humas Polda X [Kombes] Y"."""
    for k in range(tj - 1, ti - 1, -1):
        if not toks[k].text[:1].isupper():
            continue
        hit = gz.role_at(toks, k)
        if hit is not None and hit[1].role in ("COP", "MIL") and k + hit[0] <= tj and all(
            _is_cap(t.text) for t in toks[k + hit[0]:tj]
        ):
            return k
    return None


# Balinese birth-order and caste names that follow the particle "I"/"Ni" ("I Wayan Koster")
BALINESE_NAMES = {"wayan", "made", "nyoman", "ketut", "putu", "komang", "kadek", "gede", "gde",
                  "gusti", "luh", "nengah", "kade"}
# Administrative units that only Indonesia has (provinces and cities exist everywhere).
INDONESIAN_UNITS = {"kabupaten", "kecamatan", "kelurahan", "nagari", "kab."}
COMPASS = {"utara", "selatan", "barat", "timur", "tengah", "raya", "baru"}


def _territory_split(
    toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], ti: int, tj: int
) -> list[tuple[int, int, str]] | None:
    """A model's span that runs a territory into its office holder's name after a
    territory's title: "Wali Kota [Medan Rico Waas]", "Bupati [Sleman Joko Susilo]" →
    the place, then the person. The territory is a known place, or one word (and a compass
    word: "Kolaka Timur") when at least two name words follow."""
    k = None
    for p in (ti - 2, ti - 1, ti):
        hit = gz.role_at(toks, p) if p >= 0 else None
        if hit is not None and p + hit[0] >= ti and p + hit[0] < tj \
                and hit[1].title.lower() in TERRITORIAL_LOW:
            k = p + hit[0]
            break
    if k is None:
        return None
    if k == ti and tj - ti <= 2 and tj < len(toks) and _is_cap(toks[tj].text):
        # the model's span is the territory alone ("Bupati [Sleman] Joko Susilo")
        end = tj + 1 if toks[tj].text.lower() in COMPASS else tj
        return [(ti, end, "LOC")]
    place = owner[k]
    if place is not None and place.entry is not None and place.ti == k \
            and place.entry.kind in PLACE_KINDS and place.tj < tj:
        out: list[tuple[int, int, str]] = []
        m = place.tj
    else:
        m = k + 1
        if m < tj and toks[m].text.lower() in COMPASS:
            m += 1
        if tj - m < 2:
            return None
        out = [(k, m, "LOC")]
    if not all(_is_cap(t.text) for t in toks[m:tj]):
        return None
    return [*out, (m, tj, "PER")]


def _add_ner(
    si: int,
    toks: Sequence[Token],
    gz: Gazetteer,
    owner: list[Span | None],
    spans: list[Span],
    ti: int,
    tj: int,
    label: str,
) -> None:
    """Add one NER span unless gazetteer spans already explain it better."""
    if tj - ti == 1 and toks[ti].text in TERMS:
        return  # "biaya PPG", "penyaluran BLT": a programme, tax or document, no actor
    title: tuple[Role, Span | None] | None = None
    if label == "PER":
        ti, title = _trim_title(toks, gz, owner, ti, tj)
        affil = title[1] if title is not None else None
        if affil is not None and affil.type == "ORG" and affil.tj == ti and tj < len(toks) and (
            toks[tj].text.lower() in BRANCH_WORDS
            or (toks[tj].text == "," and tj + 1 < len(toks)
                and _is_person_word(toks[tj + 1].text, gz))
        ):  # "[GM Pertamina Patra Niaga] Regional X, Erwin": the rest is the firm's name
            ti, label, title = affil.ti, "ORG", None
    if ti >= tj:
        return
    if label == "PER" and title is None and (edu := _school_before(toks, gz, owner, ti)):
        ti, label = edu, "ORG"  # "Pondok Pesantren [Al Hikmah]": the school's name
    head = gz.org_head_at(toks, ti) if label in ("LOC", "PER") else None
    if head is not None and head[1].role is not None and (
        ti + head[0] < tj or head[1].country is not None
    ):
        label = "ORG"  # "Polsek Cilandak", "Pemda Sleman": a body named after its place;
        # "Polresta" alone: a body of one country only
    if label in ("LOC", "PER") and tj - ti > 1 and toks[tj - 1].text.lower() in SECTOR_TAILS:
        label = "ORG"  # "[Satuan Tugas Khusus Kepolisian]" is no person
    company = ti > 0 and toks[ti - 1].text in COMPANY_NOUNS and head is None \
        and all(owner[k] is None for k in range(ti, tj))
    if company:
        label = "ORG"  # "perusahaan otobus [Harapan Jaya]": a firm, not a place
    if label in ("PER", "LOC") and tj - ti == 1 and ti > 0 and tj < len(toks) \
            and toks[ti - 1].text == "(" and toks[tj].text == ")" \
            and any(sp.tj == ti - 1 and sp.type == "ORG" for sp in spans):
        label = "ORG"  # "Dinas Pendidikan ([Disdik])": the body's abbreviation, no person
    alone = gz.role_at(toks, ti)
    if alone is not None and ti + alone[0] == tj and alone[1].role is not None \
            and alone[1].country is not None and not (tj < len(toks) and _is_cap(toks[tj].text)):
        # "Menkeu mengatakan …": a one-country office named by its title alone
        label = "PER"
        title = (alone[1], None)
    span = _span(si, toks, ti, tj, type=label, source="ner")
    if label == "LOC" and tj - ti > 1 and toks[ti].text.lower() in INDONESIAN_UNITS:
        span.country = "IDN"  # "Kabupaten Badung", "Kecamatan Kuta": units of Indonesia only
    if title is not None:
        _apply_title(span, *title)
    if label == "ORG":
        _org_head_facts(span, toks, gz)
        if company:
            span.role = span.role or "BUS"
    over = list({id(o): o for o in owner[ti:tj] if o is not None}.values())
    over += [o for o in (owner[ti - 1] if ti else None,) if o is not None and o.tj > ti
             and o not in over]
    if label == "PER" and len(over) == 1 and (
        _other_person(toks, over[0], ti, tj) or _named_after_place(toks, gz, over[0], ti, tj)
    ):
        over[0].embedded = True  # "Ani Yudhoyono", "Melania Trump": not SBY, not Trump;
        # "Vienna Rahmawati": a given name that is a city, not Austria
    if label in ("PER", "ORG") and _local_firm(toks, gz, over, ti, tj):
        label = span.type = "ORG"  # "Danone Indonesia": a firm's Indonesian arm
        span.role = span.role or "BUS"
    if over and all(o.embedded and ti <= o.ti and o.tj <= tj for o in over):
        for o in over:  # "Michael Jordan" (PER), "Danone Indonesia" (ORG, in IDN)
            spans.remove(o)
            if label != "PER" and o.entry is not None:
                span.inner.append(o.entry)
        over = []
    if not over:
        spans.append(span)
        owner[ti:tj] = [span] * (tj - ti)
        return
    contains = all(ti <= s.ti and s.tj <= tj for s in over) and any(
        (s.ti, s.tj) != (ti, tj) for s in over
    )
    # "Partai Komunis China", "Gedung DPR", "Komisi III DPR": named after what it contains
    no_person = all(s.type != "PER" for s in over)
    inside = {k for s in over for k in range(s.ti, s.tj)}
    extra_words = any(
        k not in inside and any(c.isalnum() for c in toks[k].text) for k in range(ti, tj)
    )
    if contains and no_person and extra_words and label != "PER":
        for s in over:
            spans.remove(s)
            if s.entry is not None:
                span.inner.append(s.entry)
            elif s.country:
                span.country = span.country or s.country
        spans.append(span)
        owner[ti:tj] = [span] * (tj - ti)


def _school_before(
    toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], ti: int
) -> int | None:
    """The start of a school's head word right before a model person span ("Pondok
    Pesantren [Al Hikmah]", "Universitas [Diponegoro]"): schools are named after people
    and places, so the name is the school's, not a person acting."""
    for start in (ti - 2, ti - 1):
        if start < 0 or any(owner[k] is not None for k in range(start, ti)):
            continue
        head = gz.org_head_at(toks, start)
        if head is not None and start + head[0] == ti and head[1].role == "EDU" \
                and toks[start].text[:1].isupper():
            return start
    return None


def _titled_firms(
    si: int, toks: Sequence[Token], gz: Gazetteer, spans: list[Span], owner: list[Span | None]
) -> None:
    """"Direktur Danone Indonesia, X", "perusahaan Unilever Indonesia": a firm's Indonesian
    arm that the model missed, after a title or a company noun (see `_local_firm`)."""
    for o in [sp for sp in spans if sp.embedded]:
        for start in (o.ti - 2, o.ti - 1):
            if start < 1 or any(owner[k] is not None for k in range(start, o.ti)):
                continue
            before = gz.role_ending_at(toks, start)
            if not ((before is not None and before[1].role == "BUS")
                    or toks[start - 1].text.lower() in COMPANY_NOUNS):
                # (only a firm's title: "Direktur Eksekutif Poltracking Indonesia" heads a
                # pollster, "Direktur Utama Danone Indonesia" a firm)
                continue
            if _local_firm(toks, gz, [o], start, o.tj):
                spans.remove(o)
                span = _span(si, toks, start, o.tj, type="ORG", source="rule", role="BUS",
                             country=o.country)
                span.inner.append(o.entry)  # type: ignore[arg-type]
                spans.append(span)
                owner[start:o.tj] = [span] * (o.tj - start)
                break


def _local_firm(
    toks: Sequence[Token], gz: Gazetteer, over: list[Span], ti: int, tj: int
) -> bool:
    """Whether a model span of one or two unknown capitalised words and "Indonesia" names a
    firm's Indonesian arm ("Danone Indonesia", "Unilever Indonesia"): no organisation head,
    no institution word, no known name in it (bodies and groups are "X Indonesia" too, but
    they have a head word or an entry: "Majelis Ulama Indonesia", "Garuda Indonesia")."""
    if not 2 <= tj - ti <= 3 or len(over) != 1:
        return False
    o = over[0]
    if not (o.embedded and o.ti == tj - 1 and o.tj == tj and o.entry is not None
            and o.entry.country == "IDN" and o.entry.kind == "country"):
        return False
    before = toks[ti - 1].text.lower().rstrip(".") if ti > 0 else ""
    if gz.org_head_at(toks, ti) is not None or before in HONORIFICS or before in PERSON_NOUNS:
        return False
    words = [t.text for t in toks[ti:tj - 1]]
    return all(_is_cap(w) and w.lower() not in gz.institution_words
               and w.lower() not in NOT_PERSON_START and w.lower() not in COUNTRY_NEIGHBOURS
               and w.lower() not in PERSON_NOUNS and not _COMMON_NOUN.match(w.lower())
               for w in words)


def _other_person(toks: Sequence[Token], known: Span, ti: int, tj: int) -> bool:
    """Whether a model's person span [ti, tj) around a leader's alias names someone else.
    Ending in the alias (`Trump`, `Yudhoyono`, `Djoko Santoso`), it has given names of its
    own before it — not honorifics ("Pak Jokowi") and not words of the leader's own name
    ("Bambang Yudhoyono"): "Ny Ani Yudhoyono", "Fadjar Djoko Santoso". Starting with the
    alias (a given name: `Luhut`, `Prabowo`), it goes on with a surname not the leader's:
    "Luhut Pangaribuan", "Prabowo Soenirman"."""
    e = known.entry
    if e is None or e.kind != "leader":
        return False
    own = {w.lower() for w in e.name.split()}
    if known.ti == ti and known.tj < tj:
        extra = [t.text for t in toks[known.tj:tj]]
    elif known.tj == tj and known.ti > ti:
        extra = [t.text for t in toks[ti:known.ti] if t.text.lower().rstrip(".")
                 not in HONORIFICS and t.text.lower() not in PERSON_NOUNS]
    else:
        return False
    return bool(extra) and all(
        w[:1].isupper() and w.lower() not in NOT_NAME and w.lower() not in own for w in extra
    )


def _named_after_place(
    toks: Sequence[Token], gz: Gazetteer, known: Span, ti: int, tj: int
) -> bool:
    """Whether a model's person span [ti, tj) opens with a place's name that is the
    person's given name ("Vienna Rahmawati", "Georgia Putri"): the place is the first
    word and name-like words of no list follow (not a compass word: "Jakarta Selatan"), and
    no title or capitalised word comes before it."""
    e = known.entry
    if e is None or e.kind not in PLACE_KINDS or known.ti != ti or known.tj >= tj:
        return False
    if ti > 0 and (toks[ti - 1].text.lower() in LOCATIVE or _is_cap(toks[ti - 1].text)
                   or gz.role_ending_at(toks, ti) is not None):
        # "di Vienna Internasional": a place, whatever the model says; "Kejari [Sleman Andi
        # Wibowo]", "Gubernur [California Gavin Newsom]": an office's place, then its holder
        return False
    rest = [t.text for t in toks[known.tj:tj]]
    return all(_is_person_word(w, gz) and w.lower() not in COMPASS
               and w.lower() not in COUNTRY_NEIGHBOURS for w in rest)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in NOT_NAME


def _rule_spans(si: int, toks: Sequence[Token], gz: Gazetteer, spans: list[Span]) -> None:
    """Organisation heads and titled names that no gazetteer entry or NER span covers."""
    n = len(toks)
    owner = _owner(spans, n)
    _titled_firms(si, toks, gz, spans, owner)
    i = 0
    while i < n:  # organisations first: their names bound the titles' names
        if owner[i] is None and toks[i].text[:1].isupper():
            found = _org_at(si, toks, gz, owner, i)
            if found is not None:
                for o in {id(x): x for x in owner[found.ti:found.tj] if x is not None}.values():
                    spans.remove(o)
                spans.append(found)
                owner[found.ti:found.tj] = [found] * (found.tj - found.ti)
                i = found.tj
                continue
        i += 1
    i = 0
    while i < n:
        title = gz.role_at(toks, i) if owner[i] is None else None
        if title is None:
            i += 1
            continue
        j = i + title[0]
        nxt = gz.role_at(toks, j) if j < n else None  # "Kapolri Jenderal Tito"
        if nxt is not None:
            j += nxt[0]
        affil = owner[j] if j < n else None
        if affil is not None and (affil.type not in ("GPE", "ORG", "LOC") or affil.embedded):
            affil = None
        if affil is not None:
            j = _skip_parens(toks, affil.tj)  # "Presiden China Xi Jinping", "AS (USA)"
            up = owner[j] if j < n else None  # "Gubernur New Mexico AS": the place's country
            if (
                up is not None and up.entry is not None and up.entry.kind == "country"
                and affil.type == "LOC" and up.ti == j
            ):
                j = _skip_parens(toks, up.tj)
        if title[1].role is None and (nxt is None or nxt[1].role is None) and affil is None:
            i += 1  # "Ketua …", "Juru bicara …" say nothing without their organisation
            continue
        if title[1].title.lower() in TERRITORIAL_LOW and affil is None:
            # an unknown territory of one word, then a name of two words or more:
            # "Kajari Lhoksukon Teuku Rahmatsyah"
            run = j
            while run < n and run - j < 5 and owner[run] is None and _is_name_token(
                toks[run].text, gz
            ):
                run += 1
            held = owner[run] if run < n else None
            if run - j == 1 and held is not None and held.type == "PER" and held.ti == run \
                    and held.title_role is None and held.title_country is None:
                # "Kalapas Cipinang [Budi Santoso]": the model found the holder alone
                _apply_title(held, _chain(title[1], nxt[1] if nxt else None), None)
                i = held.tj
                continue
            if run - j < 3 or held is not None:
                i += 1
                continue
            j += 1
        # "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Yuddy …":
        # words of institutions' names are the portfolio, not the person
        # (after a body, the next capitalised word is the name: "Kejari Bogor Agung N.")
        port_start = j
        if affil is None:
            j = _skip_portfolio(toks, gz, owner, j)
        port = (port_start, j)
        comma = j < n and toks[j].text == ","
        if comma:
            j += 1
        k = j
        while k < n and k - j < 4 and owner[k] is None and _is_name_token(toks[k].text, gz) \
                and not (k == j and _COMMON_NOUN.match(toks[k].text.lower())):
            k += 1  # (a name starts with no derived noun: "Menteri Bidang [Perubahan] dan …")
        after = owner[j] if j < n else None
        end = k if k > j else (after.tj if after is not None else j)
        if comma and _addressed(toks, i) and not (end < n and toks[end].text == ","):
            i += 1  # "kepada majelis hakim, Susno mengatakan": no apposition
            continue
        # "pejabat MDC" names a body, not a person; in a title-case headline every word is
        # capitalised: no telling a long name from the rest ("Mentan Lapor Kasus Beras")
        acronym = k - j == 1 and toks[j].text.isupper() and len(toks[j].text) > 1
        headline = k - j >= 3 and _title_case(toks)
        if k > j and k < n and k - j <= 2 and (late := owner[k]) is not None \
                and late.type == "PER" and late.source == "ner" and late.ti == k and not acronym:
            # "Pimpinan KPK Fitroh [Rohcahyanto]": the model's person starts too late
            late.ti, late.start = j, toks[j].start
            owner[j:k] = [late] * (k - j)
            i = late.tj
            continue
        if k > j and (k >= n or owner[k] is None) and not acronym and not headline:
            span = _span(si, toks, j, k, type="PER", source="rule")
            _apply_title(span, _chain(title[1], nxt[1] if nxt else None), affil)
            spans.append(span)
            owner[j:k] = [span] * (k - j)
            i = k
            continue
        role = _chain(title[1], nxt[1] if nxt else None)
        office = _office(si, toks, i, j, role, affil)
        if office is None and affil is None and k == j and not acronym and (
            j >= n or (owner[j] is None and not _is_cap(toks[j].text))
        ):
            office = _portfolio_office(si, toks, i, port, role)
            if office is not None:  # "Menteri Tenaga Kerja dan Transmigrasi itu …"
                spans.append(office)
                owner[office.ti:office.tj] = [office] * (office.tj - office.ti)
                i = office.tj
                continue
        if office is not None and affil is not None:  # "Menteri luar negeri Jordania …"
            spans.remove(affil)
            spans.append(office)
            owner[office.ti:office.tj] = [office] * (office.tj - office.ti)
            i = office.tj
            continue
        i += 1
    _subject_names(si, toks, gz, spans, owner)


def _office(
    si: int, toks: Sequence[Token], i: int, j: int, role: Role, affil: Span | None
) -> Span | None:
    """A title and a country with no name after them: the office as an actor.

    `Menteri luar negeri Jordania mengatakan …` names the person only by office; the
    entity is an ORG named by the title and the country ("Menteri Luar Negeri Yordania"),
    with that country and the title's role (GOV for a country's office without one). A
    former office (`mantan Presiden AS`), a name right after (`Presiden AS Joe Biden`) or
    a title in apposition (`Barack Obama, Presiden Amerika Serikat`) is not an office actor.
    A territory's title and its place are one too (`_territory_office`).
    """
    n = len(toks)
    if affil is None:
        return None
    if j < n and (_is_cap(toks[j].text) or toks[j].text in ("(", "-")):
        return None
    if i > 0 and (toks[i - 1].text.lower() in FORMER or toks[i - 1].text == ","):
        return None  # a former office; a title in apposition ("Obama, Presiden AS")
    title = " ".join(w[:1].upper() + w[1:] for w in (t.text for t in toks[i:affil.ti]))
    if affil.type == "LOC" and role.role is not None \
            and role.title.lower().split()[-1] in TERRITORIAL_LAST:
        return _territory_office(si, toks, title, role, affil)
    if affil.entry is None or affil.entry.kind != "country":
        return None
    if role.role is None and role.title.lower() not in ("juru bicara", "jubir"):
        return None  # "kepala Uzbekistan", "ketua …": too vague to be an office
    c = affil.entry
    span = _span(si, toks, i, affil.tj, type="ORG", source="gaz",
                 key=f"ORG:office:{title.casefold()}:{c.country}",
                 name=f"{title} {c.name}",
                 country=c.country, role=role.role or "GOV")
    span.inner.append(c)
    return span


def _portfolio_office(
    si: int, toks: Sequence[Token], i: int, port: tuple[int, int], role: Role
) -> Span | None:
    """A title and its portfolio with no name after them (`Menteri Tenaga Kerja dan
    Transmigrasi itu mengatakan …`): its unnamed holder as an actor (a person, whom
    "ia"/"dirinya" can refer to), with the title's role and country. The portfolio is
    written capitalised, as a name; not a former office, not a title in apposition."""
    a, b = port
    if b <= a or role.role is None or not _is_cap(toks[a].text) or not _is_cap(toks[b - 1].text):
        return None
    if b < len(toks) and toks[b].text == "(":
        return None  # "Jaksa Agung Muda Tindak Pidana Umum (Jampidum)": a body's name
    if i > 0 and (toks[i - 1].text.lower() in FORMER or toks[i - 1].text == ","):
        return None
    title = " ".join(w[:1].upper() + w[1:] for w in (t.text for t in toks[i:b]))
    return _span(si, toks, i, b, type="PER", source="gaz",  # its holder, unnamed
                 key=f"PER:office:{title.casefold()}", name=title,
                 country=role.country, role=role.role)


def _territory_office(
    si: int, toks: Sequence[Token], title: str, role: Role, affil: Span
) -> Span:
    """A territory's title and its place with no name after them (`Kapolda Jawa Barat
    menangkap …`, `Bupati Sleman menutup …`): the office as an actor, with the title's role
    and the place's country (the title's own, for an Indonesian office). The entity's
    mention is the place's words: the title before it stays a title."""
    country = (affil.entry.country if affil.entry else None) or affil.country or role.country
    place = affil.entry.name if affil.entry else " ".join(t.text for t in toks[affil.ti:affil.tj])
    span = _span(si, toks, affil.ti, affil.tj, type="ORG", source="gaz",
                 key=f"ORG:office:{title.casefold()}:{place.casefold()}",
                 name=f"{title} {place}".replace("Kota Kota", "Kota"),
                 country=country, role=role.role)
    if affil.entry is not None:
        span.inner.append(affil.entry)
    return span


def _subject_names(
    si: int, toks: Sequence[Token], gz: Gazetteer, spans: list[Span], owner: list[Span | None]
) -> None:
    """Unknown names of two to four capitalised words that the model missed, where only a
    person fits: right before a speech or action verb ("Yusak Kristian mengatakan") or after
    a verb of attribution at the end of a quote (", kata Budi Santoso.")."""
    if not any(t.text in _TRIGGERS for t in toks):
        return  # no verb that makes a subject or a speaker: nothing to look at
    n = len(toks)
    i = 0

    def free(k: int) -> bool:
        o = owner[k]
        return o is None or (o.embedded and o.tj - o.ti == 1)

    while i < n:
        if owner[i] is not None or not toks[i].text[:1].isupper() or not _is_person_word(
            toks[i].text, gz
        ):
            i += 1
            continue
        k = i
        while k < n and k - i < 4 and free(k) and _is_person_word(toks[k].text, gz):
            k += 1
        prev = toks[i - 1].text if i else ""
        if prev[:1].isupper() and any(c.islower() for c in prev) and owner[i - 1] is None:
            i = k  # inside a longer capitalised phrase ("Satgas … Aktivitas Ilegal")
            continue
        before = prev.lower()
        if i == 0 and k - i >= 3 and _agent_noun(toks[i].text):
            i += 1  # "Pebasket Michael Jordan tiba": the sentence's capital is a noun's
        lead = toks[i].text.lower() in PERSON_NOUNS and k - i >= 2
        if lead:
            i += 1  # "Terdakwa Nasiro meminta": the name is after the noun
        after = toks[k].text.lower() if k < n else ""
        subject = after in SUBJECT_VERBS and toks[i].text.lower() not in NOT_PERSON_START
        speaker = before in SPEECH_AFTER and (k == n or not toks[k].text[:1].isalnum())
        if (k - i >= 2 or lead) and (subject or speaker):
            span = _span(si, toks, i, k, type="PER", source="rule")
            for o in {id(x): x for x in owner[i:k] if x is not None}.values():
                spans.remove(o)
            spans.append(span)
            owner[i:k] = [span] * (k - i)
        i = k


def _agent_noun(tok: str) -> bool:
    """An Indonesian agent noun (pe(N)- prefix: pebasket, pelatih, pengusaha, petinju)."""
    low = tok.lower()
    return len(low) >= 6 and low.startswith("pe")


# Derived common nouns that are never names: pe(N)-/per-/ke- … -an ("Penanggulangan",
# "Kebijakan", "Pertahanan") and agent nouns in peN- ("Pengamat", "Penyanyi", "Pemain").
_COMMON_NOUN = re.compile(r"^(?:(?:pe|ke).{3,}an|(?:peng|peny|pem|pen).{3,})$")
# Words of organisations' names written in English ("ISEAS-Yusof Ishak Institute").
ORG_WORDS = {
    "institute", "university", "center", "centre", "foundation", "group", "prize", "estate",
    "corp", "inc", "ltd", "company", "bank", "council", "association", "agency", "club",
    "school", "systems", "ratings", "global", "medical", "college", "museum", "intel",
}
HONORIFICS = {
    "kiai", "kyai", "ustaz", "ustadz", "habib", "syekh", "haji", "gus", "mbah", "raden",
    "tuan", "nyonya", "ny", "sri", "ki", "bunda", "abah", "cak", "kang", "daeng", "ayatollah",
    "prof", "dr", "ir", "h", "hj", "drs", "presiden", "wapres", "menteri", "jenderal",
}
# Words before a name that say what the person is, not who: "Terdakwa Nasiro", "Pak Indah".
PERSON_NOUNS = {
    "terdakwa", "tersangka", "saksi", "korban", "pelaku", "pak", "bu", "ibu", "bapak", "mas",
    "mbak", "kak", "bung", "sdr", "saudara", "almarhum", "almarhumah",
}


def _is_person_word(tok: str, gz: Gazetteer) -> bool:
    """A title-case word that may be part of a person's name (`Kristian`, `Jong-un`)."""
    low = tok.lower()
    return (
        _is_name_token(tok, gz)
        and any(c.islower() for c in tok[1:])
        and low not in gz.institution_words
        and not (low.endswith("nya") and len(low) > 5)  # "Awalnya", "Menurutnya"
        and not _COMMON_NOUN.match(low)
        and low not in ORG_WORDS
    )


def _chain(outer: Role, inner: Role | None) -> Role:
    if inner is None:
        return outer
    return Role(
        f"{outer.title} {inner.title}", outer.role or inner.role, outer.country or inner.country
    )


def _skip_portfolio(
    toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], j: int
) -> int:
    n, start = len(toks), j
    while j < n and owner[j] is None and (
        toks[j].text.lower() in gz.institution_words
        or (
            toks[j].text.lower() in ORG_CONNECTORS
            and j + 1 < n
            and toks[j + 1].text.lower() in gz.institution_words
        )
    ):
        j += 1
        if j - start > MAX_PORTFOLIO:
            return start  # not a portfolio: a run of such words is something else
    return j


def _org_at(
    si: int, toks: Sequence[Token], gz: Gazetteer, owner: list[Span | None], i: int
) -> Span | None:
    """`Partai Komunis China`: an organisation head and the capitalised words after it."""
    head = gz.org_head_at(toks, i)
    if head is None:
        return None
    length, facts = head
    n = len(toks)
    j, inner, last_cap = i + length, [], 0
    # after a title an Indonesian body's name ends at its place: "Kasi Intel Kejari Bogor
    # Agung N."
    ends_at_place = facts.country == "IDN" and i > 0 and gz.role_ending_at(toks, i) is not None
    unit = toks[i].text.lower() in UNIT_HEADS
    while j < n:
        o = owner[j]
        if o is not None and unit and j > i + length and o.type == "ORG" and (
            o.entry is not None or o.role is not None
        ):  # "Pusat Studi Kebijakan Publik UGM": a unit's name ends with its body
            inner.append(o)
            j = last_cap = o.tj
            break
        if o is not None:
            # a place, known or found by the model ("Polsek Cilandak", "Kejari Bandung")
            if (o.entry is not None and o.entry.kind in PLACE_KINDS | {"norp"}) or (
                o.entry is None and o.source == "ner" and o.type == "LOC" and facts.role
            ):
                inner.append(o)
                j = o.tj
                last_cap = j
                if ends_at_place:
                    break
                continue
            break
        t = toks[j].text
        if toks[j - 1].text in ORG_ENDS or gz.role_at(toks, j) is not None:
            break
        if _is_cap(t) or (t[:1].isdigit() and (last_cap or j == i + length)):
            # (a number right after the head: "SMAN 1 Sleman", "Yonif 408")
            j += 1
            last_cap = j
        elif t.lower() in ORG_CONNECTORS and j + 1 < n and _is_cap(toks[j + 1].text):
            j += 1
        else:
            break
    if last_cap <= i + length:
        return None
    span = _span(si, toks, i, last_cap, type="ORG", source="rule", role=facts.role,
                 country=facts.country)
    parent = _parent_body(toks, gz, i + length, last_cap) if unit else None
    if parent is not None:
        span.role, span.country = parent[0], span.country or parent[1]
    for o in inner:
        if o.entry is not None:
            span.inner.append(o.entry)
    return span


def _is_name_token(tok: str, gz: Gazetteer) -> bool:
    if not _is_cap(tok) or not any(c.isalpha() for c in tok):
        return False
    return tok.lower() not in gz.roles and tok.lower() not in gz.org_heads


def _skip_parens(toks: Sequence[Token], j: int) -> int:
    """Index after a short bracketed aside starting at j: `(AS)`, `(Korut)`."""
    if j < len(toks) and toks[j].text == "(":
        for k in range(j + 1, min(len(toks), j + 6)):
            if toks[k].text == ")":
                return k + 1
    return j


def _owner(spans: Sequence[Span], n: int) -> list[Span | None]:
    owner: list[Span | None] = [None] * n
    for s in spans:
        for k in range(s.ti, min(s.tj, n)):
            owner[k] = s
    return owner


# Words that begin the name of a firm's or body's regional branch ("Pertamina Patra Niaga
# Regional Sumbagsel", "PLN Unit Induk Distribusi Jawa Barat", "BRI Cabang Sleman")
BRANCH_WORDS = {"regional", "wilayah", "area", "cabang", "region", "unit", "kantor", "uid",
                "uip", "up3", "ulp", "divre", "daop", "kanwil", "kancab"}


def _branches(toks: Sequence[Token], spans: list[Span]) -> None:
    """An unknown ORG span that starts with a branch word right after a body or firm with
    a sector is that body's branch, with its sector and country ("Pertamina Patra Niaga
    [Regional Sumbagsel]")."""
    for p, s in zip(spans, spans[1:], strict=False):
        p_role = p.role or (p.entry.role if p.entry else None) or next(
            (e.role for e in p.inner if e.type == "ORG" and e.role), None)
        if p.tj == s.ti and s.type == "ORG" and p.type == "ORG" and s.entry is None \
                and s.role is None and p_role is not None \
                and all(e.kind in PLACE_KINDS for e in s.inner) \
                and toks[s.ti].text.lower() in BRANCH_WORDS:
            s.role = p_role
            s.country = s.country or p.country or (p.entry.country if p.entry else None) \
                or next((e.country for e in p.inner if e.country), None)


# --- titles and appositions ---------------------------------------------------------


def _titles(toks: Sequence[Token], gz: Gazetteer, spans: list[Span]) -> None:
    """Give each person the role and country that a title or apposition states."""
    by_end = {s.tj: s for s in spans}
    by_start = {s.ti: s for s in spans}
    for s in spans:
        if s.type != "PER":
            continue
        if s.title_role and s.title_country in (None, "IDN"):
            _country_before_title(toks, gz, s, by_end)
        if s.title_role or s.title_country:
            continue
        # "Gubernur Jawa Tengah Ahmad Luthfi", "Kajati Sumut Idianto": a territory's title
        place = by_end.get(s.ti - 1 if s.ti and toks[s.ti - 1].text == "," else s.ti)
        if place is not None and place.type == "LOC" and place.tj - place.ti <= 3:
            found = _title_before(toks, gz, place.ti)
            if found is None and place.tj - place.ti > 1:  # "Wali [Kota Surabaya]"
                found = _title_before(toks, gz, place.ti + 1)
            if found is not None and found[1].title.lower() in TERRITORIAL_LOW:
                _apply_title(s, found[1], place)
                continue
        # "Ketua Mahkamah Agung Sunarto": a known body right before the name, a title
        # before it (the body's words would otherwise be walked over as a portfolio)
        body = by_end.get(s.ti)
        if body is not None and body.type == "ORG" and (body.entry is not None or (
                body.source == "gaz" and body.role is not None)):
            found = _title_over_unit(toks, gz, body.ti)
            if found is not None and not (found[0] > 0
                                          and toks[found[0] - 1].text.lower() in FORMER):
                _apply_title(s, found[1], body)
                continue
        # before: [mantan] TITLE [AFFILIATION [(ABBR)]] [portfolio] [,] NAME
        k = s.ti
        # (a title right before the name ends the walk: "Perdana Menteri X" is not a
        # portfolio, though "menteri" is an institution word)
        while k > 0 and s.ti - k < MAX_PORTFOLIO and gz.role_ending_at(toks, k) is None and (
            toks[k - 1].text.lower() in gz.institution_words
            or (toks[k - 1].text.lower() in ORG_CONNECTORS and k > 1
                and toks[k - 2].text.lower() in gz.institution_words)
        ):
            k -= 1
        if k > 0 and toks[k - 1].text == ",":
            if s.entry is not None and s.entry.terms and k == s.ti:
                continue  # "pertanyaan koresponden IINA, Nazarbayev": a known leader's own
                # office is not the title of the phrase before the comma
            k -= 1
        if k > 0 and toks[k - 1].text == ")":
            k = _paren_start(toks, k)
        affil = by_end.get(k)
        office_place = None
        if affil is not None and affil.type == "LOC" and affil.ti > 0 \
                and toks[affil.ti - 1].text == ")":
            # "Kepala Dinas Kesehatan (Dinkes) Sleman, X": the body's place ends the office
            q = _paren_start(toks, affil.ti)
            body = by_end.get(q)
            if body is not None and body.type == "ORG":
                k, office_place = q, affil
                affil = body
        if affil is not None and affil.type in ("GPE", "ORG", "NORP"):
            k = affil.ti
            place = by_end.get(k)  # "Gubernur New Mexico AS Bill Richardson"
            if place is not None and place.type == "LOC" and affil.type == "GPE":
                k = place.ti
        else:
            affil = None
        found = _title_before(toks, gz, k)
        if found is None and affil is not None and affil.type == "ORG" \
                and (body := by_end.get(affil.ti)) is not None and body.type == "ORG":
            # "GM Bank Mandiri Regional Jawa Timur, Rudi": a body and its branch
            found = _title_before(toks, gz, body.ti)
        if found is None and affil is not None and affil.type == "ORG" and (
            affil.entry is not None or affil.role is not None
        ):  # "Staf Ahli Menteri Bidang Pemerataan Pembangunan Kemendagri, Rudi"
            found = _title_over_unit(toks, gz, affil.ti)
        if found is not None and _addressed(toks, found[0]) \
                and any(t.text == "," for t in toks[found[0]:s.ti]) \
                and not (s.tj < len(toks) and toks[s.tj].text == ","):
            # "kepada majelis hakim, Susno mengatakan": the addressee ends before the comma,
            # the name starts a new clause (no apposition)
            found = None
            continue
        if found is not None:
            start, role = found
            if start > 0 and toks[start - 1].text.lower() in FORMER:
                s.former = True
            _apply_title(s, role, affil)
            if office_place is not None and s.title_country is None:
                s.title_country = office_place.country  # the office's place: "Disdik Mataram"
            if s.title_role and s.title_country in (None, "IDN") and affil is None:
                _country_before_title(toks, gz, s, by_end)
            continue
        # after: NAME, TITLE [AFFILIATION],
        j = s.tj
        if j < len(toks) and toks[j].text == ",":
            hit = gz.role_at(toks, j + 1)
            if hit is not None:
                after = by_start.get(j + 1 + hit[0])
                if after is not None and after.type not in ("GPE", "ORG", "NORP"):
                    after = None
                _apply_title(s, hit[1], after)


def _title_over_unit(toks: Sequence[Token], gz: Gazetteer, end: int) -> tuple[int, Role] | None:
    """The title before a known body at token `end`, over the name of the unit of that body
    between them (at most 8 capitalised words): "Kepala Biro Komunikasi dan Layanan Informasi
    Kemenkeu X"."""
    found = _title_before(toks, gz, end)
    p = end
    while found is None and p > 1 and end - p < 8 and (
        _is_cap(toks[p - 1].text) or toks[p - 1].text.lower() in ORG_CONNECTORS
    ) and not toks[p - 1].text.isupper():
        p -= 1
        found = _title_before(toks, gz, p)
    return found


def _addressed(toks: Sequence[Token], start: int) -> bool:
    """Whether a lower-case title at token `start` is the object of a preposition ("kepada
    majelis hakim", "dengan penyidik"), looking back over at most two lower-case words."""
    if not toks[start].text[:1].islower():
        return False
    for k in range(start - 1, max(-1, start - 4), -1):
        word = toks[k].text
        if word.lower() in ADDRESSEE:
            return True
        if not word[:1].islower():
            return False
    return False


def _paren_start(toks: Sequence[Token], end: int) -> int:
    """Index of the "(" that opens a short bracketed aside ending at token `end` (after its
    ")"): `(Dinkes)`, `(AS)`; `end` when there is none."""
    for p in range(end - 2, max(-1, end - 7), -1):
        if toks[p].text == "(":
            return p
    return end


def _country_before_title(
    toks: Sequence[Token], gz: Gazetteer, s: Span, by_end: dict[int, Span]
) -> None:
    """A title with no country of its own (or an Indonesian rank) takes the one of the body
    just before it: "Garda Revolusi Jendral Yahya Rahim Safavi" → IRN."""
    found = _title_before(toks, gz, s.ti)
    if found is None:
        return
    body = by_end.get(found[0])
    if body is None or body.type not in ("ORG", "GPE") or body.embedded:
        return
    country = body.country or (body.entry.country if body.entry else None)
    if s.title_country is not None and (country is None or country == s.title_country):
        return  # an Indonesian rank of an Indonesian body keeps its country
    # "juru bicara militer AS Letkol X", "kepolisian Irak Brigjen X": wire news writes
    # foreign officers' ranks the Indonesian way; the body before the rank is theirs
    s.title_country = country
    s.title_role = _armed_sector(s.title_role, body)


def _title_before(toks: Sequence[Token], gz: Gazetteer, end: int) -> tuple[int, Role] | None:
    """The nearest title chain ending at token `end` (Kapolri Jenderal → COP, IDN)."""
    found = gz.role_ending_at(toks, end) if end > 0 else None
    if found is None:
        return None
    start, role = found
    outer = gz.role_ending_at(toks, start) if start > 0 else None
    if outer is not None:
        start, role = outer[0], _chain(outer[1], role)
    return start, role


def _apply_title(s: Span, role: Role, affil: Span | None) -> None:
    country = role.country
    title_role = role.role
    if affil is not None:
        a_country = affil.country or (affil.entry.country if affil.entry else None)
        a_country = a_country or next((e.country for e in affil.inner if e.country), None)
        country = a_country or country
        if title_role is None:
            if affil.type == "GPE":
                title_role = "GOV"
            else:
                title_role = affil.role or (affil.entry.role if affil.entry else None)
        elif affil.type == "ORG" and role.title.lower() in HEADS_OF_ANY_BODY \
                and not (affil.entry is not None and affil.entry.kind == "country"):
            # "Presiden KSPI Said Iqbal": the head of a union, not of a state
            title_role = affil.role or (affil.entry.role if affil.entry else None) \
                or next((e.role for e in affil.inner if e.type == "ORG" and e.role), None)
        elif affil.type == "ORG":
            title_role = _armed_sector(title_role, affil)
    s.title_role = title_role
    s.title_country = country


def _armed_sector(title_role: str | None, body: Span) -> str | None:
    """An armed rank (MIL) of a rebel group or a police force has that body's sector:
    "Komandan Brigade Al-Aqsa X", "komandan polisi", "kepolisian Irak Brigjen X"."""
    if title_role != "MIL":
        return title_role
    body_role = body.role or (body.entry.role if body.entry else None)
    return body_role if body_role in ("COP", "REB") else title_role


# --- clustering ----------------------------------------------------------------------


@dataclass(slots=True)
class _Cluster:
    key: str
    spans: list[Span] = field(default_factory=list)


def _span_key(s: Span, text: str) -> str:
    if s.entry is not None:
        return s.entry.key
    if s.key is not None:
        return s.key
    return f"text:{' '.join(text[s.start:s.end].split()).casefold()}"


def _cluster(
    text: str,
    sentences: Sequence[Sentence],
    per_sent: list[list[Span]],
    spans: list[Span],
    year: int | None,
) -> list[Entity]:
    clusters: dict[str, _Cluster] = {}
    alias_of: dict[str, str] = {}  # span key → cluster key (merged referents)

    def find(key: str) -> str:
        while key in alias_of:
            key = alias_of[key]
        return key

    for s in spans:
        key = _span_key(s, text)
        clusters.setdefault(key, _Cluster(key)).spans.append(s)

    # bracketed abbreviations: "Korea Utara (Korut)", "Bandara Internasional Lombok (BIL)"
    defined: dict[str, str] = {}  # token text → cluster key
    for si, sent in enumerate(sentences):
        toks = sent.tokens
        by_start = {s.ti: s for s in per_sent[si]}
        for s in per_sent[si]:
            j = s.tj
            if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
                continue
            inner_tok = toks[j + 1]
            inner = by_start.get(j + 1)
            outer_key = find(_span_key(s, text))
            if inner is not None and inner.tj == j + 2:
                inner_key = find(_span_key(inner, text))
                # never two gazetteer referents ("NTB (ANTARA News)"); a known abbreviation
                # joins an unknown name of its type ("Komisi … Umum (KPU)")
                if inner_key != outer_key and (
                    inner.source != "gaz" or (s.source != "gaz" and s.type == inner.type)
                ):
                    _merge(clusters, alias_of, inner_key, outer_key)
            elif (
                inner is None
                and _looks_like_abbreviation(inner_tok.text)
                and inner_tok.text[0].lower() == text[s.start].lower()
            ):
                new = _span(si, toks, j + 1, j + 2, type=s.type, source="alias")
                clusters[outer_key].spans.append(new)
                per_sent[si].append(new)
                defined[inner_tok.text] = outer_key

    # parts of full names: "Jinping" → Xi Jinping, "Jong-un" → Kim Jong-un
    parts: dict[str, set[str]] = {}
    for key, c in clusters.items():
        if find(key) != key or _cluster_type(c) != "PER":
            continue
        names = {text[s.start:s.end] for s in c.spans}
        names |= {s.entry.name for s in c.spans if s.entry is not None}
        for name in names:
            words = name.split()
            if len(words) < 2:
                continue
            for w in words:
                if len(w) >= 3 and w.lower() not in NOT_PART and w[:1].isupper():
                    parts.setdefault(w, set()).add(key)
    unique_parts = {w: next(iter(ks)) for w, ks in parts.items() if len(ks) == 1}
    for key, c in list(clusters.items()):
        # a lone part of a person's name is that person, whatever type the model gave it
        if find(key) != key or any(s.source == "gaz" for s in c.spans):
            continue
        texts = {text[s.start:s.end] for s in c.spans}
        if len(texts) == 1:
            (t,) = texts
            target = unique_parts.get(t)
            if target is not None and find(target) != key:
                _merge(clusters, alias_of, key, find(target))

    # uncovered tokens equal to a defined abbreviation or a unique name part
    if unique_parts or defined:
        for si, sent in enumerate(sentences):
            toks = sent.tokens
            owner = _owner(per_sent[si], len(toks))
            for ti, tok in enumerate(toks):
                if owner[ti] is not None:
                    continue
                target = defined.get(tok.text) or unique_parts.get(tok.text)
                if target is None:
                    continue
                target = find(target)
                kind = "alias" if tok.text in defined else "part"
                new = _span(si, toks, ti, ti + 1, type=_cluster_type(clusters[target]),
                            source=kind)
                clusters[target].spans.append(new)

    entities: list[tuple[int, Entity]] = []
    for key, c in clusters.items():
        if find(key) != key or not c.spans:
            continue
        ent = _entity(text, sentences, c, year)
        if ent is not None:
            entities.append((min(s.start for s in c.spans), ent))
    entities.sort(key=lambda p: p[0])
    out = []
    for n, (_, ent) in enumerate(entities, 1):
        ent.id = f"E{n}"
        out.append(ent)
    return out


def _merge(clusters: dict[str, _Cluster], alias_of: dict[str, str], src: str, dst: str) -> None:
    if src == dst:
        return
    clusters[dst].spans.extend(clusters[src].spans)
    clusters[src].spans = []
    alias_of[src] = dst


def _looks_like_abbreviation(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and tok[0].isupper() and not tok.isdigit()


def _cluster_type(c: _Cluster) -> str:
    for s in c.spans:
        if s.source == "gaz":
            return s.type
    types = Counter(s.type for s in c.spans if s.source in ("ner", "rule"))
    return types.most_common(1)[0][0] if types else c.spans[0].type


def _entity(
    text: str, sentences: Sequence[Sentence], c: _Cluster, year: int | None
) -> Entity | None:
    spans = sorted(c.spans, key=lambda s: s.start)
    gaz = next((s for s in spans if s.source == "gaz"), None)
    etype = _cluster_type(c)
    entry = gaz.entry if gaz is not None else None
    if gaz is not None:
        name = entry.name if entry is not None else (gaz.name or text[gaz.start:gaz.end])
    else:
        main = max(
            (s for s in spans if s.source in ("ner", "rule")),
            key=lambda s: (len(text[s.start:s.end].split()), -s.start),
            default=spans[0],
        )
        name = " ".join(text[main.start:main.end].split())
    country = gaz.country if gaz is not None else None
    role = gaz.role if gaz is not None else None
    if entry is not None and entry.kind == "capital":
        acting = any(_acting(sentences[s.si].tokens, s.ti, s.tj) for s in spans)
        etype, role = ("GPE", "GOV") if acting else ("LOC", None)
    if entry is not None and entry.kind == "leader":
        role = entry.role_in(year)
    # what the text itself says: titles and appositions, places inside an ORG's name
    titled = [s for s in spans if s.title_role or s.title_country]
    if etype == "PER" and titled:
        current = [s for s in titled if not s.former]
        if current and not (role == "IGO" and all(s.title_role in (None, "GOV")
                                                   for s in current)):
            # (an international official keeps IGO under a diplomat's title: "Dubes Gambari")
            role = next((s.title_role for s in current if s.title_role), role)
        elif not current and (entry is None or year is None):
            role = None
        country = country or next((s.title_country for s in titled if s.title_country), None)
    if country is None:
        for s in spans:
            places = [e for e in s.inner if e.country]
            if places:
                country = places[0].country
                break
            if s.country:
                country = s.country
                break
    if etype == "PER" and entry is None and country is None:
        country, role = _known_surname(text, spans, year, role)
    if role is None and etype == "ORG":
        role = next((s.role for s in spans if s.role), None)
        role = role or next(
            (e.role for s in spans for e in s.inner if e.type == "ORG" and e.role), None
        )
    mentions = [Mention(text[s.start:s.end], s.start, s.end) for s in spans]
    return Entity(id="", name=name, type=etype, country=country, role=role, mentions=mentions)


def _known_surname(
    text: str, spans: Sequence[Span], year: int | None, role: str | None
) -> tuple[str | None, str | None]:
    """A person named only by a foreign leader's family name ("Howard menolak …", "kata
    Wen"): the country when every leader of that name shares it; the office at the story's
    time too when every leader of that name held the same one then (one leader's name, or
    "kata Singh" among Indian ministers alone; events_gold.md: well-known leaders)."""
    names = {text[s.start:s.end] for s in spans}
    if len(names) != 1:
        return None, role
    (name,) = names
    if name.lower() in NOT_PART:
        return None, role
    country, office = gazetteer.surname_holder(name, year)
    return country, (role or office) if country is not None else role


def _acting(toks: Sequence[Token], ti: int, tj: int) -> bool:
    """Whether a capital at tokens [ti, tj) is used as an actor, not as a place."""
    if _in_dateline(toks, ti):  # "PYONGYANG - …", "TEMPO.CO, Jakarta - …"
        return False
    if ti == 0 and tj == len(toks):  # a name alone (a heading, a list item) is a place
        return False
    if ti == 0:
        return True
    prev = toks[ti - 1].text.lower()
    if prev in LOCATIVE or prev in MISSIONS or (prev in SITES and toks[ti - 1].text.islower()):
        return False  # "di Beijing"; "KBRI Islamabad": the mission's seat; "hotel Amman"
    return not (ti >= 2 and toks[ti - 2].text.lower() in LOCATIVE and prev in ("kota", "ibu"))


def _in_dateline(toks: Sequence[Token], ti: int) -> bool:
    """Whether token ti is in a dateline: capitalised words before a dash opening the text."""
    for d in range(1, min(len(toks), 9)):
        if toks[d].text in ("-", "–", "—", "--"):
            return ti < d and not any(t.text[:1].islower() for t in toks[:d])
    return False


def normalise(mention: str, label: str | None, gz: Gazetteer) -> Entity | None:
    """The entity a mention string stands for, out of context.

    `label` is the NER type the mention came with (PER/ORG/LOC), or None for a phrase the
    rules must read on their own (`Kasat Reskrim Polres Lhokseumawe AKP Yasir`).
    """
    from warta.nlp.sentences import split

    sents = split(mention)
    ner = [(0, len(mention), label)] if label else []
    ents = resolve(mention, sents, gz, ner)
    if not ents:
        return None
    if label is None:  # a titled phrase stands for the person it names
        people = [e for e in ents if e.type == "PER"]
        ents = people or ents
    return max(ents, key=lambda e: sum(m.end - m.start for m in e.mentions))
