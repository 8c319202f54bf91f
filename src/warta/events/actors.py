"""Tokens and actors of one sentence, shared by event coding and quote attribution.

An actor is a token span that names a participant: an entity mention (PER, ORG, GPE, NORP),
a generic actor noun from markers.yaml ("polisi", "militer AS"), a nominal anaphor
("negara komunis itu" → the last country named) or a pronoun (dia, ia, pihaknya, -nya)
resolved to the nearest preceding PER/ORG mention that is not a news outlet.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from warta.events.lexicon import Form, load
from warta.nlp import gazetteer
from warta.nlp.resolve import NOT_NAME
from warta.types import Entity, Sentence, TextAnalysis

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
PLACE_TYPES = frozenset({"LOC", "GPE"})
SUFFIXES = ("nya", "lah", "pun", "kah")
TRANSPARENT = frozenset({"pihak", "kubu", "negara", "pemerintahan"})
# A word that cannot modify an actor noun: a function word, or a verb form (meN-, di-, ber-,
# ter-). Nouns in ke-…-an ("pejabat tinggi keuangan Hamas", "pasukan keamanan") may.
VERBISH = re.compile(r"^(?:yang|dan|atau|dengan|untuk|dari|ke|di|pada|oleh)$|^(?:me|di|ber|ter)")
# "pasukan asing", "pemerintah asing": an actor noun said to be foreign is of no known
# country, and never of the article's home country.
# Likewise an unidentified one ("pesawat tempur tak dikenal", "pria bersenjata tidak dikenal").
FOREIGN = frozenset({"asing", "luar negeri", "mancanegara", "tak dikenal", "tidak dikenal"})
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
# Blocs that are no one country: "Pemerintah Barat", "negara-negara Arab", "pasukan
# internasional", "diplomat Eropa". An actor named with one has no country (never the
# article's home country). Capitalised forms only for the compass word: "Jawa barat" is
# a place, "Barat" the West.
BLOCS = frozenset({"Barat", "Arab", "Eropa", "internasional", "Internasional", "multinasional",
                   "Multinasional"})
COALITION = frozenset({"koalisi", "multinasional", "sekutu", "gabungan"})
# Words for ordinary people: "warga Palestina", "pria Australia" are civilians (CVL).
PEOPLE = frozenset({"warga", "rakyat", "masyarakat", "penduduk", "orang", "pria", "wanita",
                    "perempuan", "sipil", "bocah", "remaja", "seorang"})
# A whole word shaped like a meN-/di-/ber-/ter- verb (a clause, not a noun phrase).
VERB_SHAPE = re.compile(r"^(?:me[mn]?g?|meny|ber|di|ter)[a-z]{3,}$")
# A verb form after a sentence-initial capitalised word shows the word is a subject name.
VERB_FORM = re.compile(r"^(me[mnr]?|meng|meny|ber|di|ter|se)[a-z]{3,}")


@dataclass(slots=True)
class Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """A participant span [i, j) in a sentence's tokens."""

    i: int
    j: int
    entity: str | None  # entity id; None for a bare generic actor
    type: str
    country: str | None
    role: str | None
    kind: str  # entity | generic | anaphor | pronoun | name
    name: str
    assumed: bool = False  # the country is the article's home country, not stated
    place: str | None = None  # a stateless group's: the country the sentence places it in
    counted: bool = False  # people counted with no place of their own ("enam orang")


def tokens(analysis: TextAnalysis, sent: Sentence) -> list[Tok]:
    """The sentence's tokens (from warta.nlp when given, else a regex split)."""
    if sent.tokens:
        return [Tok(t.text, t.text.lower(), t.start, t.end) for t in sent.tokens]
    text = analysis.text
    out = []
    for m in TOKEN_RE.finditer(text, sent.start, sent.end):
        out.append(Tok(m.group(), m.group().lower(), m.start(), m.end()))
    return out


@lru_cache(maxsize=200_000)  # ~1,000 calls an article, over few distinct words
def stem(low: str) -> str:
    """The token without a clitic suffix (-nya, -lah, -pun, -kah)."""
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) > len(suf) + 3:
            return low[: -len(suf)]
    return low


def trigger_forms(low: str) -> tuple[Form, ...]:
    """The trigger forms (`Form`s of the lexicon) that begin with a word, or its stem."""
    by_first = load().by_first
    return by_first.get(low) or by_first.get(stem(low)) or ()


class Mentions:
    """All entity mentions of an analysis, sorted by offset, for span and antecedent lookup."""

    def __init__(self, analysis: TextAnalysis) -> None:
        rows = []
        for ent in analysis.entities:
            for m in ent.mentions:
                rows.append((m.start, m.end, ent))
        rows.sort(key=lambda r: (r[0], -r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.home = home_country(analysis.entities)
        self.text = analysis.text
        by_id = {e.id: e for e in analysis.entities}
        self.quotes = [(q.start, q.end, by_id[q.speaker]) for q in analysis.quotes
                       if q.speaker in by_id]
        self._toks: dict[int, tuple[Sentence, list[Tok]]] = {}

    def tokens(self, analysis: TextAnalysis, sent: Sentence) -> list[Tok]:
        """`tokens(analysis, sent)`, built once per sentence for this coding run (read-only)."""
        hit = self._toks.get(id(sent))
        if hit is not None and hit[0] is sent:
            return hit[1]
        toks = tokens(analysis, sent)
        self._toks[id(sent)] = (sent, toks)  # the sentence is kept, so its id stays unique
        return toks

    def speaker_at(self, pos: int) -> Entity | None:
        """The speaker of the quote containing `pos` ("saya" inside it is the speaker)."""
        for s, e, ent in self.quotes:
            if s <= pos < e:
                return ent
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        lo = bisect_right(self.starts, start - 1)
        out = []
        for k in range(lo, len(self.rows)):
            s, e, ent = self.rows[k]
            if s >= end:
                break
            if e <= end:
                out.append((s, e, ent))
        return out

    def antecedent(self, before: int, want: str) -> Entity | None:
        """Nearest PER/ORG (or GPE for want="GPE") mention ending before `before`."""
        k = bisect_right(self.starts, before) - 1
        seen = 0
        while k >= 0 and seen < 60:
            s, e, ent = self.rows[k]
            k -= 1
            seen += 1
            if e > before or ent.role == "MED":
                continue
            if want == "GPE":
                if ent.type == "GPE":
                    return ent
            elif want == "ANY" and ent.type in ("PER", "ORG") or ent.type == want:
                return ent
        if want == "ORG":
            return self.antecedent(before, "PER")
        return None

    def subject_antecedent(self, before: int) -> Entity | None:
        """The person "ia/dia" refers to: the nearest person named before who is not the
        oblique of a preposition ("… berunding dengan Menteri Luar Negeri Lam Akol dan
        mengunjungi Darfur, dimana ia bertemu …" is Richardson, the subject, not Lam Akol);
        the nearest person when every candidate is an oblique."""
        k = bisect_right(self.starts, before) - 1
        for s, e, ent in reversed(self.rows[max(0, k - 60):k + 1]):
            if e > before or ent.role == "MED" or ent.type != "PER":
                continue
            if OBLIQUE_BEFORE.search(self.text, max(0, s - 60), s) is None:
                return ent
        return self.antecedent(before, "PER")


# A preposition before a name, past up to four capitalised title words ("dengan Menteri Luar
# Negeri Lam Akol", "kepada Presiden").
OBLIQUE_BEFORE = re.compile(r"\b(?:dengan|kepada|terhadap|oleh|dari|untuk|bagi|ke|pada|antara)"
                            r"\s+(?:[A-Z][\w.'-]*\s+){0,4}$")


def home_country(entities: list[Entity]) -> str:
    """The article's most-mentioned country, places included (IDN when none); the code of
    an international body (UNO, EUR) is no one's home. A news outlet's country counts only
    when nothing else names one ("kata X kepada AFP" says nothing of the story; "kata
    Kantor Berita IRNA" alone does). (Counting a place's mention half, as a venue says less
    than an actor, did worse on dev.)"""
    countries = gazetteer.load().countries
    counts: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    for ent in entities:
        if ent.country in countries and ent.type in ("GPE", "ORG", "PER", "NORP", "LOC"):
            (outlets if ent.role == "MED" else counts)[ent.country] += len(ent.mentions)
    counts = counts or outlets
    return counts.most_common(1)[0][0] if counts else "IDN"


SUBJECT_PRONOUNS = frozenset({"ia", "dia", "beliau"})
# Followers of a party: "pendukung partai" (no name after) is the party named before.
FOLLOWERS = frozenset({"pendukung", "simpatisan", "kader", "anggota", "aktivis", "massa"})
# Nouns that with itu/tersebut refer back to the last actor of their kind.
ANAPHOR_NOUNS = frozenset({"negara", "partai", "kelompok", "organisasi", "gerakan"})


def _org_antecedent(mentions: Mentions, before: int, noun: str) -> Entity | None:
    """The last organisation named before `before` that `noun` can refer to: a party for
    "partai itu" (a party of the gazetteer, or an opposition movement: MDC), a group for
    "kelompok/gerakan itu" (armed or opposition groups), any organisation for
    "organisasi itu"; not a news outlet."""
    k = bisect_right(mentions.starts, before) - 1
    for _s, e, ent in reversed(mentions.rows[max(0, k - 60):k + 1]):
        if e > before or ent.type != "ORG" or ent.role == "MED":
            continue
        kind = getattr(gazetteer.lookup(ent.name), "kind", None)
        if noun == "partai" and (kind == "party" or ent.role == "OPP"
                                 or ent.name.lower().startswith("partai")):
            return ent
        if noun in ("kelompok", "gerakan") and ent.role in ("REB", "OPP"):
            return ent
        if noun == "organisasi":
            return ent
    return None


def base_word(low: str) -> str:
    """Reduplicated plurals count as the word: "prajurit-prajurit" → "prajurit"."""
    a, sep, b = low.partition("-")
    return a if sep and a == b else low


def _match(toks: list[Tok], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    last = len(phrase) - 1
    return all(base_word(toks[i + k].low) == w
               or (k == last and base_word(stem(toks[i + k].low)) == w)
               for k, w in enumerate(phrase))  # "partainya", "pemerintahnya": -nya is "its"


def actors(toks: list[Tok], mentions: Mentions) -> list[Actor]:
    """Actors of a sentence, left to right, non-overlapping."""
    if not toks:
        return []
    markers = load().markers
    start, end = toks[0].start, toks[-1].end
    tok_starts = [t.start for t in toks]
    out: list[Actor] = []
    taken = [False] * len(toks)
    for s, e, ent in mentions.within(start, end):
        if ent.type not in ACTOR_TYPES:
            continue
        i = bisect_right(tok_starts, s) - 1
        j = i
        while j < len(toks) and toks[j].start < e:
            j += 1
        if i < 0 or j <= i or any(taken[i:j]):
            continue
        if ent.name.lower() in NOT_NAME or ent.name.lower() in _EXTRA_NOT_NAMES:
            continue  # "Ahad", "Selasa": a day the NER took for a name
        if ent.type == "PER" and j - i == 1 and (base_word(stem(toks[i].low)),) in \
                markers["generic_index"].get(base_word(stem(toks[i].low)), ()):
            continue  # "Pasukannya menyatakan …": an actor noun the NER took for a name
        if ent.type == "PER" and ent.country is None and _verb_led(toks, i, j):
            # a Title-Case headline ("Polisi Bubarkan Massa di …", "Warga Tolak Rencana
            # …"): the capitalised verb the NER ran into a name is no part of it; the rest
            # is the name unless it is one actor noun ("Massa", left to the generic nouns)
            k = i + 1
            rest = toks[k].low if j - k == 1 else ""
            if k >= j or (base_word(stem(rest)),) in \
                    markers["generic_index"].get(base_word(stem(rest)), ()) \
                    or not all(toks[q].text[:1].isupper() for q in range(k, j)):
                continue
            i = k
        elif ent.type in ("PER", "ORG"):
            verb_at = _headline_verb(toks, i, j)
            if verb_at is not None:
                # "Tentara Tangkap Dua Penyelundup di …": a headline the NER read as one
                # name; the name ends before its verb, and is none when it is an actor noun
                noun = base_word(stem(toks[i].low))
                if verb_at - i == 1 and (noun,) in markers["generic_index"].get(noun, ()):
                    continue
                j = verb_at
        for k in range(i, j):
            taken[k] = True
        if i > 0 and toks[i - 1].low in markers["currencies_set"]:
            continue  # "200 juta dolar AS": a currency, not the United States
        out.append(_entity_actor(toks, i, j, ent, mentions))
    # nominal anaphors: "negara (komunis) itu/tersebut" → the last GPE named before;
    # "partai itu", "kelompok tersebut" → the last party or group named before
    for i, t in enumerate(toks):
        if t.low == "partai" and not taken[i] and i > 0 and toks[i - 1].low in FOLLOWERS \
                and not (i + 1 < len(toks) and (toks[i + 1].text[:1].isupper()
                                                or toks[i + 1].low in DEMONSTRATIVES)):
            # "memukuli pendukung partai yang …" after "Jurubicara MDC": the party named
            ante = _org_antecedent(mentions, t.start, "partai")
            if ante is not None:
                taken[i] = True
                out.append(Actor(i, i + 1, ante.id, ante.type, ante.country, ante.role,
                                 "anaphor", ante.name))
                continue
        if t.low in ANAPHOR_NOUNS and not taken[i]:
            for k in range(i + 1, min(i + 4, len(toks))):
                if toks[k].low in DEMONSTRATIVES and not any(taken[i : k + 1]):
                    gpe = mentions.antecedent(t.start, "GPE") if t.low == "negara" else \
                        _org_antecedent(mentions, t.start, t.low)
                    if gpe is not None:
                        for q in range(i, k + 1):
                            taken[q] = True
                        out.append(Actor(i, k + 1, gpe.id, gpe.type, gpe.country, gpe.role,
                                         "anaphor", gpe.name))
                    break
    # pronouns
    pronouns = markers["pronouns"]
    for i, t in enumerate(toks):
        if taken[i]:
            continue
        want = pronouns.get(t.low)
        if want is None and t.low.endswith("nya") and t.low in ("pihaknya",):
            want = "ORG"
        if want == "SPEAKER":
            ante = mentions.speaker_at(t.start)
            if ante is not None:
                taken[i] = True
                out.append(Actor(i, i + 1, ante.id, ante.type, ante.country or mentions.home,
                                 ante.role, "pronoun", ante.name, ante.country is None))
            continue
        if want is None:
            continue
        ante = mentions.subject_antecedent(t.start) if t.low in SUBJECT_PRONOUNS else \
            mentions.antecedent(t.start, want)
        if ante is not None:
            taken[i] = True
            home = ante.type in ("PER", "ORG") and ante.country is None
            out.append(Actor(i, i + 1, ante.id, ante.type,
                             mentions.home if home else ante.country, ante.role, "pronoun",
                             ante.name, home))
    out.sort(key=lambda a: a.i)
    # generic actor nouns; merged with a country actor right after ("militer AS")
    generic = markers["generic_actors"]
    by_start = {a.i: a for a in out}
    i = 0
    extra: list[Actor] = []
    while i < len(toks):
        if taken[i]:
            i += 1
            continue
        hit = None
        for phrase in markers["generic_index"].get(base_word(toks[i].low), ()) or \
                markers["generic_index"].get(base_word(stem(toks[i].low)), ()):
            if _match(toks, i, phrase):
                hit = phrase
                break
        if hit is None:
            i += 1
            continue
        j = i + len(hit)
        role = generic[" ".join(hit)]
        title = _longer_title(toks, i, len(hit))
        if title is not None and not any(taken[j:i + title[0]]):
            j, role = i + title[0], title[1].role  # "Jaksa Agung": the whole title
        nxt = by_start.get(j)
        if nxt is None and toks[i].text[:1].isupper() and _is_title(toks, i):
            # "Menteri Penerangan Zimbabwe …": capitalised portfolio words after a title
            k = _portfolio_end(toks, j, taken)
            if k > j and by_start.get(k) is not None and by_start[k].type in ("PER", "GPE"):
                nxt = by_start[k]
                j = k
        # "delegasi tingkat tinggi Korut", "pasukan pemerintah Sudan": up to two modifiers
        head = " ".join(hit) in HEAD_NOUNS
        for skip in (1, 2):
            if nxt is not None or j + skip >= len(toks):
                break
            words = toks[j:j + skip]
            if all(w.low.isalpha() and w.text.islower() and not VERBISH.match(w.low)
                   and not (head and markers["generic_index"].get(base_word(w.low)))
                   for w in words):  # (not "pemimpin [kelompok pemberontak] Sudan")
                nxt = by_start.get(j + skip)
        if nxt is not None and nxt.kind == "entity" and nxt.i == j and role in ("CVL", "EDU") \
                and nxt.type in ("PER", "ORG"):
            # "massa Prabowo", "mahasiswa UI": people of a person or body, not its leader
            nxt.i, nxt.entity, nxt.type, nxt.kind, nxt.role = i, None, "GENERIC", "generic", role
            nxt.name = " ".join(t.text for t in toks[i:nxt.j])
            if nxt.assumed and _domestic_unit(toks, j):
                nxt.country, nxt.assumed = "IDN", False  # "warga Desa Sukamaju"
            i = nxt.j
            continue
        if nxt is not None and nxt.type == "PER" and nxt.kind == "entity" and nxt.i == j:
            nxt.i = i  # "Presiden Abdel Fattah al-Sisi": a title before a name
            nxt.role = nxt.role or role
            i = nxt.j
            continue
        if nxt is not None and nxt.type in ("GPE", "NORP", "ORG") and nxt.kind != "pronoun":
            nxt.i = i
            nxt.assumed = nxt.assumed or nxt.country is None
            if nxt.type != "ORG" or nxt.role is None or (nxt.role == "IGO" and role == "MIL"):
                nxt.role = role  # "prajurit ISAF", "pasukan PBB": the body's soldiers (MIL)
            i = nxt.j
            continue
        if any(taken[i:j]) or (i > 0 and toks[i - 1].low in markers["predicate_markers_set"]):
            i = j
            continue
        name = " ".join(t.text for t in toks[i:j])
        k = _foreign(toks, j)
        if not k and role in ARMED and j < len(toks) and toks[j].low in COALITION:
            k = j + 1  # "pasukan koalisi": a multinational force, no one country
        if k:
            extra.append(Actor(i, k, None, "GENERIC", None, role, "generic", name))
            i = k
            continue
        owner = _possessor(toks, j, out, mentions) if role in ARMED else None
        if owner is not None:  # "pesawat-pesawat tempurnya", "pasukannya": its forces
            extra.append(Actor(i, j, None, "GENERIC", owner, role, "generic", name))
        elif role in ARMED and stem(toks[j - 1].low) != toks[j - 1].low \
                and toks[j - 1].low.endswith("nya"):
            # "Pasukannya …" with no owner named: someone's forces, of no known country
            extra.append(Actor(i, j, None, "GENERIC", None, role, "generic", name))
        else:
            extra.append(Actor(i, j, None, "GENERIC", mentions.home, role, "generic", name,
                               True))
        i = j
    extra.extend(_counted_people(toks, taken, mentions, extra))
    extra.extend(_militant_groups(toks, taken, extra, mentions))
    extra.extend(_parties_to_a_case(toks, taken, out + extra, mentions, markers))
    for a in extra:
        _placed(toks, a)
    out.extend(extra)
    for k in range(len(toks)):
        taken[k] = False
    for a in out:
        for k in range(a.i, a.j):
            taken[k] = True
    for s, e, ent in mentions.within(start, end):
        if ent.type == "LOC":  # a word of a recognised place is not a person's name
            if ent.country is None and _appositive_name(toks, bisect_right(tok_starts, s) - 1,
                                                        taken, out):
                continue  # ("Politisi PDIP, Masinton Pasaribu, …": a name the NER took for
                # a place, set off by commas after a title)
            for k in range(bisect_right(tok_starts, s) - 1, len(toks)):
                if k >= 0 and toks[k].start < e:
                    taken[k] = True
                elif k >= 0:
                    break
    out.extend(_titles(toks, taken, mentions))
    out.extend(_names(toks, taken, out, mentions))
    out.sort(key=lambda a: a.i)
    out = _leaders_of(toks, _titled_countries(toks, _named_units(out)))
    attributing = markers["reporting_verbs_set"] | markers["indirect_verbs_set"]
    out = [a for a in out if not (a.role == "MED" and a.j < len(toks)
                                  and toks[a.j].low in attributing)]
    out = _affiliated(toks, _party_office(toks, _shared_title(toks, _titled(toks, out))))
    out = _from_country(toks, _counterparts(toks, _us_parties(_members(toks, out))))
    out = _led_by(toks, _units(toks, _named_after(toks, out)))
    out = _appositions(toks, _suspected(toks, _titled_relative(toks, out)))
    out = _initials(toks, out)
    out = _others_of_kind(toks, out, markers["strong_boundaries_set"])
    out = _they(toks, _elided_heads(toks, [a for a in out if not _law_topic(toks, a)]))
    _including(toks, out)
    _militant(toks, out)
    _office_as(toks, out)
    for a in out:
        if a.kind == "generic" and a.assumed:
            _placed(toks, a)  # (again, for spans grown since: "pejuang Talib di …")
    out = [a for a in _outermost(out) if not _in_title(toks, a)]
    stateless = [a for a in out if a.type == "ORG" and a.country is None and a.role == "REB"]
    if stateless:  # "anggota Al-Qaeda … di kota Irbid": local militants (events_gold.md)
        place = next((c for k, t in enumerate(toks) if t.low == "di"
                      and (c := place_country(toks, k)) is not None), None)
        for a in stateless:
            a.place = place
    return out


# Words that introduce the title of an event, a film or a book ("demo bertajuk 'Cukup 1
# Tahun'"): a name in the title names no participant.
TITLING = frozenset({"bertajuk", "berjudul", "bertema", "bertemakan", "berslogan"})
QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def _verb_led(toks: list[Tok], i: int, j: int) -> bool:
    """The span's first word is a capitalised one-word verbal trigger form (a headline verb,
    "Bubarkan", "Temui", "Kecam"), not the start of a name."""
    if j - i < 2 or not toks[i].text[:1].isupper():
        return False
    return any(f.voice != "noun" and len(f.tokens) == 1 for f in trigger_forms(toks[i].low))


HEADLINE_LOWER = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada",
                            "oleh", "atas", "soal", "usai", "jadi", "hingga", "terkait"})


def _headline_verb(toks: list[Tok], i: int, j: int) -> int | None:
    """The first capitalised active verbal trigger inside a name span [i+1, j) when the span
    sits in a Title-Case headline (the next content word is capitalised, or none follows):
    "Tentara Tangkap Dua Penyelundup di Perbatasan"."""
    for k in range(i + 1, j):
        t = toks[k]
        if not t.text[:1].isupper():
            continue
        if any(f.voice == "active" and len(f.tokens) == 1 for f in trigger_forms(t.low)):
            break
    else:
        return None
    for q in range(j, len(toks)):
        w = toks[q]
        if w.low in HEADLINE_LOWER or not w.text[:1].isalpha():
            continue
        return k if w.text[:1].isupper() else None
    return k


def _in_title(toks: list[Tok], a: Actor) -> bool:
    """Whether the actor is in a title after bertajuk/berjudul: right after the word, or
    inside the quotes that open after it ("bertajuk 'Indonesia Gelap'")."""
    if a.i > 0 and toks[a.i - 1].low in TITLING:
        return True
    for k in range(a.i - 1, max(-1, a.i - 7), -1):
        if toks[k].text in QUOTES:
            return k > 0 and toks[k - 1].low in TITLING
    return False


# Nouns for the heads or members of a group: "(para) pemimpin kelompok pemberontak" are
# the group's (its role and country), not a government's.
HEAD_NOUNS = frozenset({"pemimpin", "pejabat", "tokoh", "anggota", "komandan", "petinggi",
                        "juru bicara", "jurubicara", "pimpinan", "ketua", "kepala"})


def _leaders_of(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """A generic head or member noun right before another actor with a role ("para pemimpin
    kelompok pemberontak Sudan") is one actor with the second's role and country."""
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        if (prev is not None and prev.j == a.i and prev.kind == "generic" and a.role is not None
                and a.type in ("GENERIC", "ORG", "GPE", "NORP") and a.kind != "pronoun"
                and " ".join(t.low for t in toks[prev.i:prev.j]) in HEAD_NOUNS):
            out[-1] = Actor(prev.i, a.j, a.entity, a.type, a.country, a.role, a.kind,
                            " ".join(t.text for t in toks[prev.i:a.j]), a.assumed)
            continue
        out.append(a)
    return out


def _outermost(acts: list[Actor]) -> list[Actor]:
    """Actors not inside another one's span ("Perdana Menteri" holds "Menteri")."""
    return [a for a in acts if not any(b is not a and b.i <= a.i and a.j <= b.j
                                       and b.j - b.i > a.j - a.i for b in acts)]


# Modifiers that make an armed force non-state: "pasukan muslim garis keras", "milisi
# radikal", "pasukan separatis".
MILITANT = frozenset({"garis keras", "militan", "radikal", "ekstremis", "separatis",
                      "pemberontak", "islamis", "jihadis", "pembelot", "bersenjata"})


def _militant(toks: list[Tok], acts: list[Actor]) -> None:
    """A generic military force described by a militant modifier within three lower-case
    words after it is an armed non-state group (REB): "pasukan muslim garis keras"; so is a
    military person with one right before ("Jenderal pembelot Khalifa Haftar")."""
    starts = {a.i for a in acts}
    for a in acts:
        if a.type == "PER" and a.role == "MIL" and any(
                t.low in MILITANT for t in toks[max(0, a.i - 2):a.i]):
            a.role = "REB"  # "Jenderal pembelot Khalifa Haftar": a renegade general
            continue
        if a.kind != "generic" or a.role != "MIL":
            continue
        for k in range(a.j, min(a.j + 3, len(toks))):
            w = toks[k]
            if k in starts or not (w.low.isalpha() and w.text.islower()) or VERBISH.match(w.low) \
                    and w.low not in MILITANT:
                break
            two = f"{w.low} {toks[k + 1].low}" if k + 1 < len(toks) else ""
            if w.low in MILITANT or two in MILITANT:
                a.role, a.j = "REB", k + 1 + (two in MILITANT)
                a.name = " ".join(t.text for t in toks[a.i:a.j])
                break


STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _office_as(toks: list[Tok], acts: list[Actor]) -> None:
    """"pencalonan Budi Gunawan sebagai Calon Kapolri", "melantik X sebagai Kapolri": the
    office the sentence gives a state office holder (after `sebagai`, a candidate's too)
    is his role in the whole sentence, over the gazetteer's for another time."""
    gz = gazetteer.load()
    for a in acts:
        k = a.j
        if a.type != "PER" or a.entity is None or a.role not in STATE_ROLES \
                or k + 1 >= len(toks) or toks[k].low != "sebagai":
            continue
        k += 1 + (toks[k + 1].low in CANDIDATE)
        title = gz.role_at(toks, k)  # type: ignore[arg-type]
        role = title[1].role if title is not None else None
        if role in STATE_ROLES and role != a.role:
            for b in acts:
                if b.entity == a.entity:
                    b.role = role


def _including(toks: list[Tok], acts: list[Actor]) -> None:
    """"Pemerintah Barat, termasuk Amerika Serikat dan Inggris, …": countries listed after
    `termasuk`/`seperti` as members of an actor with a role take that role (their
    governments)."""
    for n, a in enumerate(acts):
        k = a.j + (a.j < len(toks) and toks[a.j].low == ",")
        if a.role is None or a.kind == "pronoun" or k >= len(toks) \
                or toks[k].low not in ("termasuk", "seperti"):
            continue
        for b in acts[n + 1:]:
            if b.i > k + 1 and toks[b.i - 1].low not in ("dan", "serta", ","):
                break
            if b.type == "GPE" and b.role is None:
                b.role = a.role
            k = b.j


INITIALS = frozenset({"berinisial", "inisial"})


def _initials(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"guru berinisial SR", "seorang pria berinisial AS": the initials a report gives for a
    person's name are that person, the actor noun before them (its role kept), not a body
    or a person of their own."""
    def absorb(a: Actor, nxt: Actor) -> bool:
        if a.kind not in ("generic", "entity") or a.j + 1 != nxt.i or a.j >= len(toks) \
                or toks[a.j].low not in INITIALS or nxt.kind not in ("entity", "name") \
                or not all(t.text.isupper() or t.text in (".", "-") for t in toks[nxt.i:nxt.j]):
            return False
        a.j = nxt.j
        return True
    return _absorb_next(toks, acts, absorb)


def _elided_heads(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"milisi-milisi Sunni dan Syiah", "warga Muslim dan Kristen": an actor noun with a
    capitalised modifier coordinated with a second modifier alone; the second names a group
    of the same kind (the head noun is elided), an actor with the first's role and country."""
    out: list[Actor] = []
    by_start = {a.i: a for a in acts}
    skip: Actor | None = None
    for a in acts:
        if a is skip:
            continue
        out.append(a)
        k = a.j
        nxt = by_start.get(k + 1)
        if ((a.kind == "generic" or a.kind == "entity" and a.type == "NORP")
                and a.role is not None and a.j - a.i >= 2
                and toks[a.j - 1].text[:1].isupper() and k + 1 < len(toks)
                and toks[k].low in ("dan", "serta") and toks[k + 1].text[:1].isupper()
                and toks[k + 1].text.isalpha() and _is_name(toks[k + 1])
                and (nxt is None or nxt.kind == "name" and nxt.j == k + 2)
                and not (k + 2 < len(toks) and toks[k + 2].text[:1].isupper())):
            out.append(Actor(k + 1, k + 2, None, "GENERIC", a.country, a.role, "generic",
                             toks[k + 1].text, a.assumed))
            skip = nxt
    return out


def _they(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"mereka" refers to the nearest group named before it in the sentence, when there is
    one ("Polisi menangkap tiga orang Palestina … setelah mereka berusaha menculik …",
    "polisi menyatakan mereka masih mencari"), not to an earlier named body: a group noun
    (GENERIC), a people, a body or a country, never one person."""
    for n, a in enumerate(acts):
        if a.kind != "pronoun" or toks[a.i].low != "mereka":
            continue
        near = next((b for b in reversed(acts[:n]) if b.j <= a.i and b.kind != "pronoun"
                     and b.type in ("GENERIC", "NORP", "ORG", "GPE") and b.role != "MED"
                     and not (b.type == "GPE" and b.role is None and b.i > 0
                              and toks[b.i - 1].low in ("di", "ke", "dari"))), None)
        if near is not None:
            a.entity, a.type, a.country, a.role = near.entity, near.type, near.country, near.role
            a.name, a.assumed = near.name, near.assumed
    return acts


# Words for a law or regulation: the body named right after one is its topic ("revisi UU
# TNI", "RUU Polri", "UU KPK"), not a participant.
LAW_WORDS = frozenset({"uu", "ruu", "undang-undang", "perppu", "perpu", "perpres", "permen",
                       "perda", "pkpu", "inpres", "keppres", "perkap", "perma"})


def _law_topic(toks: list[Tok], a: Actor) -> bool:
    """Whether actor `a` names the topic of a law right before it ("menolak revisi UU TNI"),
    not lawmakers ("pembuat undang-undang Ekuador")."""
    if a.kind != "entity" or a.i == 0 or toks[a.i - 1].low not in LAW_WORDS:
        return False
    return not (a.i >= 2 and toks[a.i - 2].low in ("pembuat", "pembentuk", "perancang"))


# Party names shared by Indonesia's Partai Demokrat and the United States' two parties.
US_PARTY_NAMES = frozenset({"partai demokrat", "demokrat", "partai republik", "republik"})


def _possessor(toks: list[Tok], j: int, acts: list[Actor], mentions: Mentions) -> str | None:
    """The country of the owner of an armed actor noun ending in the clitic -nya at token
    j - 1 ("pesawat-pesawat tempurnya", "pasukannya"): the nearest actor of stated country
    before it in the sentence, else the last country or organisation named before. (Other
    nouns' owner is often not the nearest actor: "Beshir menyetujui usulan delegasinya" is
    the visitor's delegation.)"""
    last = toks[j - 1].low
    if not last.endswith("nya") or stem(last) == last:
        return None
    before = [a for a in acts if a.j <= j - 1 and a.country and not a.assumed
              and a.kind != "pronoun"]
    if before:
        return max(before, key=lambda a: a.j).country
    ante = mentions.antecedent(toks[j - 1].start, "ANY")
    if ante is None or not ante.country:
        ante = mentions.antecedent(toks[j - 1].start, "GPE")
    return ante.country if ante is not None and ante.country else None


# Counting words before "orang" ("tiga orang", "puluhan orang", "sejumlah orang").
NUMERALS = frozenset({
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "seratus", "seribu", "belasan", "puluhan", "ratusan", "ribuan", "jutaan",
    "beberapa", "sejumlah", "segelintir", "kedua", "ketiga", "keempat", "kelima",
})
NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
# "(seorang|dua orang|16) lagi/lain/lainnya": more people of a kind counted just before.
OTHERS = frozenset({"lagi", "lain", "lainnya"})


def _is_count(low: str) -> bool:
    """Whether a word counts: a numeral ("tiga", "puluhan") or a number ("16")."""
    return low in NUMERALS or NUMBER.match(low) is not None


# Person nouns counted by "seorang": "seorang laki-laki", "seorang anak", "seorang remaja".
PERSON_NOUNS = frozenset({"laki-laki", "lelaki", "anak", "bocah", "gadis", "remaja", "balita",
                          "bayi", "perempuan", "pria", "wanita"})
# Said of counted people in a relative clause: "tiga orang yang diduga teroris".
SUSPECTED = frozenset({"diduga", "dicurigai", "disebut", "dituduh", "tersangka", "merupakan",
                       "adalah"})


GROUP_NOUNS = frozenset({"kelompok", "gerakan", "faksi", "golongan", "kaum"})


def _militant_groups(toks: list[Tok], taken: list[bool], generic: list[Actor],
                     mentions: Mentions) -> list[Actor]:
    """A group noun described by a militant modifier within three lower-case words
    ("kelompok muslim garis keras", "gerakan Islam radikal" lower-cased, "kelompok Sunni
    bersenjata" is a name's) is an armed non-state group (REB), of the article's country
    until the sentence places it, like "kelompok pemberontak" from the actor nouns."""
    out: list[Actor] = []
    spans = {k for a in generic for k in range(a.i, a.j)}
    for i, t in enumerate(toks):
        if t.low not in GROUP_NOUNS or taken[i] or i in spans:
            continue
        for k in range(i + 1, min(i + 4, len(toks))):
            w = toks[k]
            if taken[k] or k in spans or not (w.low.isalpha() and w.text.islower()) \
                    or VERBISH.match(w.low) and w.low not in MILITANT:
                break
            two = f"{w.low} {toks[k + 1].low}" if k + 1 < len(toks) else ""
            if w.low in MILITANT or two in MILITANT:
                j = k + 1 + (two in MILITANT)
                out.append(Actor(i, j, None, "GENERIC", mentions.home, "REB", "generic",
                                 " ".join(x.text for x in toks[i:j]), True))
                break
    return out


def _counted_people(toks: list[Tok], taken: list[bool], mentions: Mentions,
                    generic: list[Actor]) -> list[Actor]:
    """People counted with the classifier `orang` ("menangkap sedikitnya 100 orang",
    "menewaskan enam orang", "tiga orang lagi") or by `seorang` with a person noun
    ("seorang laki-laki", "seorang anak laki-laki"): ordinary people (CVL) when a place
    right after them gives their country ("100 orang di Kopenhagen"). A bare "orang" counts
    no one ("orang PKB", "orang yang ditanya"). An unplaced count is an actor of no country
    marked `counted`: the coder gives it the country of the event's place ("menewaskan enam
    orang … di Kabul") or drops it as a side (the gold set codes such victims as no side:
    "telah mengeksekusi 13 orang"); a count whose noun is an actor already ("seorang pria",
    "tiga orang warga sipil") is that actor's."""
    out: list[Actor] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if taken[i]:
            continue
        if t.low == "orang" and i > 0 and _is_count(toks[i - 1].low):
            lo, j = i - 1, i + 1
        elif t.low == "seorang" and i + 1 < n and not taken[i + 1] \
                and (toks[i + 1].low in PERSON_NOUNS or base_word(toks[i + 1].low) in PERSON_NOUNS):
            # ("laki-laki" is a word of its own, not a plural of "laki")
            lo, j = i, i + 2
            if j < n and toks[i + 1].low == "anak" and toks[j].low in ("laki-laki", "perempuan",
                                                                        "lelaki"):
                j += 1
        else:
            continue
        if any(taken[lo:j]):
            continue
        if j < n and toks[j].low in OTHERS:
            j += 1
        country = place_country(toks, j)
        if country is None and (any(g.i < j and lo < g.j or g.i == j for g in generic)
                                or j < n and taken[j]):
            continue  # "seorang pria", "tiga orang warga sipil": the count's noun is an
            # actor already
        for k in range(lo, j):
            taken[k] = True
        # "menetapkan dua orang sebagai tersangka": people given a legal status have no
        # sector (as an unnamed suspect, `_parties_to_a_case`)
        status = j + 1 < n and toks[j].low == "sebagai" and toks[j + 1].low in SUSPECTS
        out.append(Actor(lo, j, None, "GENERIC", country, None if status else "CVL", "generic",
                         " ".join(x.text for x in toks[lo:j]), counted=country is None))
    return out


# People named by their part in a criminal case: unnamed, they are ordinary people (CVL,
# events_gold.md: "ordinary people named by a people word"); before a name or an actor
# noun they only describe it ("terdakwa Bazarsah", "seorang tersangka anggota Al-Qaeda").
CASE_PEOPLE = frozenset({"pelaku", "tersangka", "terdakwa", "terpidana", "terlapor",
                         "pelapor", "buronan"})
SUSPECTS = CASE_PEOPLE - {"pelaku", "pelapor"}  # named by a legal status


NOMINAL_ACT = re.compile(r"^pe[a-z]{3,}an$")  # "pelaku pembunuhan", "pelaku penganiayaan"
CASE_WORDS = frozenset({"kejahatan", "tindak", "kasus", "dugaan", "teror", "utama", "lain",
                        "lainnya"})
FUNCTION_AFTER = frozenset({"yang", "dan", "atau", "di", "ke", "dari", "dengan", "kepada",
                            "terhadap", "pada", "untuk", "juga", "telah", "sudah", "masih",
                            "kini", "akan", "pun", "tak", "tidak", "belum"})


def _parties_to_a_case(toks: list[Tok], taken: list[bool], acts: list[Actor],
                       mentions: Mentions, markers: dict) -> list[Actor]:
    """"Polisi menangkap tersangka", "Hakim menjatuhkan vonis kepada terdakwa", "kelima
    pelaku": suspects, defendants, perpetrators and complainants as actors (people of the
    article's country until the sentence places them); not after a predicate marker
    ("ditetapkan sebagai tersangka": what someone is made, no participant)."""
    out: list[Actor] = []
    starts = {a.i for a in acts}
    n = len(toks)
    for i, t in enumerate(toks):
        if taken[i]:
            continue
        word = base_word(stem(t.low))
        if word not in CASE_PEOPLE:
            continue
        if i > 0 and toks[i - 1].low in markers["predicate_markers_set"]:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if word == "pelaku" and nxt is not None and nxt.text.isalpha() \
                and nxt.text.islower() and not NOMINAL_ACT.match(nxt.low) \
                and nxt.low not in CASE_WORDS and not VERB_SHAPE.match(nxt.low) \
                and nxt.low not in DEMONSTRATIVES and nxt.low not in FUNCTION_AFTER \
                and nxt.low not in markers["predicate_markers_set"] \
                and nxt.low not in markers["boundaries_set"]:
            continue  # "pelaku usaha", "pelaku pasar": people of a trade, not of a case
        if nxt is not None and (i + 1 in starts or i + 2 in starts and nxt.text.islower()
                                and not VERB_SHAPE.match(nxt.low)
                                and not NOMINAL_ACT.match(nxt.low)  # "pelaku pembunuhan X"
                                or nxt.text[:1].isupper()):
            continue  # "terdakwa Bazarsah", "tersangka anggota Al-Qaeda"
        lo = i
        if i > 0 and not taken[i - 1] and _is_count(toks[i - 1].low):
            lo = i - 1  # "kelima pelaku", "dua tersangka"
        for k in range(lo, i + 1):
            taken[k] = True
        # a suspect or defendant is named by a legal status that says nothing of their
        # sector (an official, a trader, a villager): no role; a perpetrator or complainant
        # of no other description is a private person
        role = None if word in SUSPECTS else "CVL"
        out.append(Actor(lo, i + 1, None, "GENERIC", mentions.home, role, "generic",
                         " ".join(x.text for x in toks[lo:i + 1]), True))
    return out


def _absorb_next(toks: list[Tok], acts: list[Actor],
                 absorb: Callable[[Actor, Actor], bool]) -> list[Actor]:
    """Actors left to right, where `absorb(a, nxt)` has extended `a` over the actor right
    after it (and said so): the two are one actor, `a`, named by its tokens."""
    out: list[Actor] = []
    skip: Actor | None = None
    for n, a in enumerate(acts):
        if a is skip:
            continue
        nxt = acts[n + 1] if n + 1 < len(acts) else None
        if nxt is not None and absorb(a, nxt):
            a.name = " ".join(t.text for t in toks[a.i:a.j])
            skip = nxt
        out.append(a)
    return out


def _suspected(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"tiga orang yang diduga teroris", "seorang pria yang dicurigai militan": counted
    people said in a relative clause to be an actor noun take its role and country."""

    def absorb(a: Actor, nxt: Actor) -> bool:
        if not (a.kind == "generic" and a.role == "CVL" and a.j + 2 == nxt.i
                and toks[a.j].low == "yang" and toks[a.j + 1].low in SUSPECTED
                and nxt.role is not None):
            return False
        a.j, a.role = nxt.j, nxt.role
        if not nxt.assumed or a.assumed:
            a.country, a.assumed = nxt.country, nxt.assumed
        return True

    return _absorb_next(toks, acts, absorb)


def _counted_at(toks: list[Tok], a: Actor) -> bool:
    """Whether actor `a` was introduced with a count ("seorang tersangka anggota Al-Qaeda",
    "tiga orang yang diduga teroris", "dua warga")."""
    return a.counted or any(t.low == "seorang" or _is_count(t.low)
                            for t in toks[max(0, a.i - 3):a.i + 1])


def _others_of_kind(toks: list[Tok], acts: list[Actor], strong: frozenset[str]) -> list[Actor]:
    """An elliptical count ("membunuh seorang tersangka anggota Al-Qaeda dan menangkap
    seorang lagi", "membunuh tiga orang yang diduga teroris dan menangkap 16 lain", "Seorang
    anggota pasukan Hamas tewas dan dua orang lagi cedera"): "lagi/lain/lainnya" after a
    count with no noun of its own (or only `orang`) names more of the kind counted last, so
    it is that actor's side; with no counted actor before it, it stays as it was."""
    out = list(acts)
    for k, t in enumerate(toks):
        if t.low not in OTHERS or k == 0:
            continue
        lo = k - 1
        if toks[lo].low == "orang" and lo > 0:
            lo -= 1
        if not (toks[lo].low == "seorang" and lo == k - 1 or _is_count(toks[lo].low)):
            continue
        own = [a for a in out if a.i < k + 1 and lo < a.j]
        if any(not (a.counted and a.i == lo) for a in own):
            continue  # "tiga warga lainnya": the count has a noun of its own
        ante = max((a for a in out if a.j <= lo), key=lambda a: a.j, default=None)
        if ante is None or lo - ante.j > 15 or any(x.low in strong for x in toks[ante.j:lo]) \
                or not _counted_at(toks, ante):
            continue  # the actor right before is not a count
        out = [a for a in out if a not in own]
        out.append(Actor(lo, k + 1, ante.entity, ante.type, ante.country, ante.role, ante.kind,
                         " ".join(x.text for x in toks[lo:k + 1]), ante.assumed, ante.place,
                         ante.counted))
    out.sort(key=lambda a: a.i)
    return out


# Nouns for a group described before its name ("gerakan Syiah Lebanon, Hezbollah").
GROUP_NOUNS = frozenset({"gerakan", "kelompok", "organisasi", "milisi", "faksi", "partai",
                         "perusahaan", "kantor berita", "harian", "badan", "lembaga"})


def _named_after(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"gerakan Syiah Lebanon, Hezbollah", "kelompok militan Palestina, Jihad Islam": a group
    noun with a description, then the group's name after a comma, is one actor: the named
    group (the description's country or people is no participant of its own)."""
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        if (prev is not None and a.kind == "entity" and a.type == "ORG" and a.role is not None
                and prev.kind == "entity" and prev.type in ("GPE", "NORP", "ORG")
                and prev.role is None and a.i == prev.j + 1 and toks[prev.j].low == ","
                and (a.j >= len(toks) or toks[a.j].low in (",", ".", ")") or
                     not toks[a.j].text[:1].isupper())):
            start = next((q for q in range(prev.i, max(-1, prev.i - 4), -1)
                          if toks[q].low in GROUP_NOUNS and toks[q].text.islower()), None)
            if start is not None:
                a.i = start
                a.name = " ".join(t.text for t in toks[a.i:a.j])
                out[-1] = a
                continue
        out.append(a)
    return out


def _units(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Komisi III | DPR RI", "Fraksi Golkar | DPR": a unit named right before the body it
    belongs to is one actor with the body's country and role."""
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "ORG" and prev.kind == "entity"
                and toks[prev.i].low in SUBUNITS and a.i == prev.j and a.type == "ORG"
                and a.kind == "entity" and a.role is not None and not a.assumed
                and (prev.role is None or prev.assumed)):
            prev.j, prev.role, prev.country, prev.assumed = a.j, a.role, a.country, False
            prev.name = " ".join(t.text for t in toks[prev.i:prev.j])
            continue
        out.append(a)
    return out


def _led_by(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Pasukan NATO pimpinan AS", "PKB pimpinan Muhaimin Iskandar", "BNP pimpinan Zia": the
    leader named after `pimpinan` describes the body; the two are one actor, the body (of
    the leader's country when its own is unknown or only assumed)."""

    def absorb(a: Actor, nxt: Actor) -> bool:
        if not (a.j < len(toks) and toks[a.j].low in ("pimpinan", "dipimpin")
                and nxt.i == a.j + 1 and a.type in ("ORG", "GENERIC", "GPE")
                and nxt.kind in ("entity", "name")):
            return False
        a.j = nxt.j
        if (a.country is None or a.assumed) and nxt.country is not None:
            a.country, a.assumed = nxt.country, nxt.assumed
        return True

    return _absorb_next(toks, acts, absorb)


def _appositive_name(toks: list[Tok], i: int, taken: list[bool], acts: list[Actor]) -> bool:
    """Whether token i opens a name between commas right after an actor with a role or a
    party ("Politisi PDIP, | Masinton Pasaribu, mengkritik …"), or right after a title
    ("Juru bicara | Budi Santoso, …"): a person's slot, not a place's."""
    if i < 2 or gazetteer.load().match(toks[i:i + 1]):  # type: ignore[arg-type]
        return False
    j = i
    while j < len(toks) and toks[j].text[:1].isupper():
        j += 1
    if j >= len(toks) or j == i or toks[j].low != "," and not VERB_FORM.match(toks[j].low):
        return False
    if toks[i - 1].low == ",":
        before = next((a for a in acts if a.j == i - 1), None)
        return before is not None and before.type in ("ORG", "GENERIC") and (
            before.role is not None or getattr(gazetteer.lookup(before.name), "kind", "")
            == "party")
    return gazetteer.load().role_ending_at(toks, i) is not None  # type: ignore[arg-type]


def _us_parties(acts: list[Actor]) -> list[Actor]:
    """"Partai Demokrat menuntut penarikan tentara AS", "Bush mendesak Demokrat": in a
    sentence whose other actors are American and none Indonesian, Demokrat and Republik
    are the American parties, not Indonesia's Partai Demokrat."""
    for a in acts:
        if a.name.lower() not in US_PARTY_NAMES or a.country not in ("IDN", "USA", None):
            continue
        others = [b for b in acts if b is not a and not b.assumed]
        if any(b.country == "USA" for b in others) and not any(b.country == "IDN"
                                                              for b in others):
            a.country, a.assumed = "USA", False
    return acts


# "timpalannya dari Korea Selatan", "mitra kerjanya dari Jepang", "rekan sejawatnya Rusia":
# an office holder's counterpart of the country named after it (an official, GOV)
COUNTERPARTS = frozenset({"timpalan", "mitra", "rekan", "sejawat", "koleganya", "kolega"})


def _counterparts(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    by_start = {a.i: a for a in acts}
    drop: set[int] = set()
    starts = {k for a in acts for k in range(a.i, a.j)}
    for i, t in enumerate(toks):
        if stem(t.low) not in COUNTERPARTS or i in starts:
            continue
        k = i + 1
        while k < len(toks) and k - i <= 2 and stem(toks[k].low) in ("kerja", "sejawat"):
            k += 1
        if k < len(toks) and toks[k].low == "dari":
            k += 1
        place = by_start.get(k)
        if place is not None and place.type == "GPE" and place.kind == "entity" \
                and place.country is not None:
            place.i, place.role = i, place.role or "GOV"
            place.name = " ".join(x.text for x in toks[i:place.j])
            person = by_start.get(place.j)
            if person is not None and person.type == "PER" and person.kind == "entity":
                # "timpalannya dari China Wu Dawei": the counterpart is the person named
                person.i, person.role = i, person.role or "GOV"
                if person.assumed or person.country is None:
                    person.country, person.assumed = place.country, False
                person.name = " ".join(x.text for x in toks[i:person.j])
                drop.add(id(place))
    return [a for a in acts if id(a) not in drop]


def _from_country(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"delegasi dari Korea Utara", "pejabat dari Jepang", "Raja Abdullah dari Arab Saudi":
    a generic actor noun or a person whose country is only assumed, followed right away by
    `dari` and a country, is of that country; the two are one actor (the country is no
    participant of its own, and no place of origin: "roket dari Suriah" has no actor noun)."""

    def absorb(a: Actor, nxt: Actor) -> bool:
        if not (nxt.i == a.j + 1 and toks[a.j].low == "dari" and nxt.kind == "entity"):
            return False
        if (a.assumed and a.kind in ("generic", "entity", "name")
                and a.type in ("GENERIC", "PER") and nxt.type == "GPE"
                and nxt.role is None and nxt.country is not None):
            a.j, a.country, a.assumed = nxt.j, nxt.country, False
            return True
        if (a.kind == "generic" and nxt.type == "ORG" and nxt.country is not None
                and not nxt.assumed and nxt.role != "MED"):
            # "pasukan dari Direktorat Keamanan Publik", "mahasiswa dari Universitas
            # Indonesia": people of a body are of its country, with their own role (an
            # official's is the body's: "pejabat dari Hamas")
            a.j, a.country, a.assumed = nxt.j, nxt.country, False
            a.role = nxt.role if a.role in (None, "GOV") and nxt.role else a.role
            return True
        return False

    return _absorb_next(toks, acts, absorb)


# Nouns that open an apposition describing the actor before it ("Australia, sekutu dekat
# AS, …", "Han, seorang pegawai Daewoo, …"); titles (gazetteer roles) open one too.
APPOSITIVE_HEADS = frozenset({
    "sekutu", "mitra", "tetangga", "musuh", "rival", "seteru", "pesaing", "negara", "kelompok",
    "gerakan", "organisasi", "partai", "faksi", "sayap", "badan", "lembaga", "perusahaan",
    "seorang", "sebuah", "salah", "satu-satunya", "mantan", "bekas", "pendiri", "pemilik",
    "anggota", "pemimpin", "tokoh", "pejabat", "penasihat", "pendukung", "pengkritik",
    "pengecam", "penentang", "lawan", "putra", "putri", "anak", "istri", "suami", "adik",
    "kakak", "ayah", "ibu", "pakar", "pengamat", "analis", "ulama", "pemegang", "produsen",
    "eksportir", "importir", "penghasil", "pemasok", "sponsor", "induk", "anak-anak",
})
_APPOSITION_STOPS = frozenset({"yang", ";", ":", '"', "“", "”", "(", ")", "kata", "ujar",
                               "menurut", "tetapi", "namun", "sedangkan", "sementara"})


def _titled_relative(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Perdana Menteri yang ditunjuk Hamas, Ismail Haniya": a government title, a relative
    clause, then the holder's name after a comma are one actor, the person in the office
    the sentence gives (GOV); actors inside the clause ("Hamas") are not participants."""
    gz = gazetteer.load()
    drop: set[int] = set()
    for n, a in enumerate(acts):
        if a.kind != "generic" or a.role != "GOV" or a.j >= len(toks) \
                or toks[a.j].low != "yang" or gz.role_at(toks, a.i) is None:  # type: ignore[arg-type]
            continue
        close = next((k for k in range(a.j + 1, min(len(toks), a.j + 8))
                      if toks[k].low in (",", ".", ";")), None)
        if close is None or toks[close].low != ",":
            continue
        p = next((b for b in acts[n + 1:] if b.i == close + 1), None)
        if p is None or p.type != "PER" or p.kind != "entity":
            continue
        drop.update(id(b) for b in acts[n:] if b.i < close)
        p.i, p.role, p.country = a.i, "GOV", p.country or a.country
    return [a for a in acts if id(a) not in drop]


def _appositions(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Australia, sekutu dekat AS, kini menempatkan …": an apposition between commas right
    after an actor, before a lower-case predicate, describes that actor; its span takes
    the apposition in, and the actors named inside it ("AS") are not participants."""
    gz = gazetteer.load()
    out: list[Actor] = []
    skip_to = -1
    for a in acts:
        if a.i < skip_to:
            continue
        out.append(a)
        c = a.j
        if c + 2 >= len(toks) or toks[c].low != "," or a.type not in (
                "PER", "ORG", "GPE", "NORP", "GENERIC"):
            continue
        head = toks[c + 1]
        if head.low not in APPOSITIVE_HEADS and gz.role_at(toks, c + 1) is None:  # type: ignore[arg-type]
            continue
        close = None
        for k in range(c + 2, min(len(toks), c + 12)):
            low = toks[k].low
            if low == ",":
                close = k
                break
            if low in _APPOSITION_STOPS or (
                    toks[k].text.islower() and VERB_SHAPE.match(low)
                    and low not in APPOSITIVE_HEADS):
                break
        if close is None or close + 1 >= len(toks):
            continue
        nxt = toks[close + 1]
        if not nxt.text[:1].islower() or nxt.low in ("dan", "atau", "serta", "yang"):
            continue  # a list ("X, sekutu AS, dan Y") or a relative clause follows
        a.j = close
        skip_to = close
    return out


ARMED = frozenset({"MIL", "REB", "COP"})
CANDIDATE = frozenset({"calon", "bakal"})


def _foreign(toks: list[Tok], j: int) -> int:
    """The end of "asing"/"tak dikenal" when the actor noun ending before token j is said
    to be foreign or unidentified ("pasukan asing", "pesawat tempur tak dikenal"), else 0."""
    if j < len(toks) and (toks[j].low in FOREIGN or toks[j].text in BLOCS):
        return j + 1
    if j + 1 < len(toks) and f"{toks[j].low} {toks[j + 1].low}" in FOREIGN:
        return j + 2
    return 0


def _named_units(acts: list[Actor]) -> list[Actor]:
    """"tentara Siliwangi", "pasukan Kurdi": an unrecognised name right after an armed
    or police actor noun names the unit; the two are one actor with the noun's role.
    (Office nouns are titles before a name: "menteri Pertahanan …".)"""
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "generic" and prev.role in ARMED
                and a.kind == "name" and a.i == prev.j):
            prev.j, prev.name = a.j, f"{prev.name} {a.name}"
            continue
        out.append(a)
    return out


# Superlatives in ter- modify a title ("perunding tertinggi", "diplomat terkemuka").
SUPERLATIVES = frozenset({"tertinggi", "terkemuka", "teratas", "terdahulu", "terpilih"})


def _titled_countries(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"perunding nuklir tertinggi Korea Utara", "diplomat senior Jepang": a title of
    roles.tsv with up to two lower-case modifiers right before a country that names no
    office holder is that country's official; the country takes the title's role."""
    gz = gazetteer.load()
    prev_end = 0
    for a in acts:
        lo, prev_end = prev_end, a.j
        if a.kind != "entity" or a.type != "GPE" or a.role is not None:
            continue
        if a.i - 2 >= lo and [t.low for t in toks[a.i - 2:a.i]] == ["negara", "bagian"] and not (
                a.i > 2 and toks[a.i - 3].low in ("di", "ke", "dari")):
            a.i, a.role = a.i - 2, "GOV"  # "sebuah negara bagian India menolak": its government
            a.name = " ".join(t.text for t in toks[a.i:a.j])
            continue
        for k in range(a.i, max(lo, a.i - 2) - 1, -1):
            if k < a.i and not (toks[k].text.isalpha() and toks[k].text.islower()
                                and (not VERBISH.match(toks[k].low) or toks[k].low in SUPERLATIVES)
                                and toks[k].low not in DEMONSTRATIVES):
                break
            hit = gz.role_ending_at(toks, k) if k > lo else None  # type: ignore[arg-type]
            if hit is not None and hit[0] >= lo and hit[1].role is not None:
                a.i, a.role = hit[0], hit[1].role
                a.name = " ".join(t.text for t in toks[a.i:a.j])
                break
    return acts


def _affiliated(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """A person named right after a body of known country ("politisi PDI-P Effendi
    Simbolon", "Jurubicara MDC, X") is of that body's country, not an assumed one."""
    for a, b in zip(acts, acts[1:], strict=False):
        if b.type != "PER" or not b.assumed or a.type != "ORG" or a.assumed or not a.country:
            continue
        gap = b.i - a.j
        if gap == 0 or (gap == 1 and toks[a.j].low == ","):
            b.country, b.assumed = a.country, False
    for n, b in enumerate(acts):
        if b.type != "PER" or not b.assumed:
            continue
        # "Ketua Umum PPP hasil Muktamar VIII Surabaya, M Romahurmuziy, …": the title phrase
        # may run on past the body (over unrecognised capitalised words) to the comma
        m = n - 1
        while m >= 0 and acts[m].kind == "name":
            m -= 1
        body = acts[m] if m >= 0 else None
        if body is not None and body.type == "ORG" and not body.assumed and body.country \
                and _title_tail(toks, body.j, b.i):
            b.country, b.assumed = body.country, False
    return acts


def _members(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono", "calon ketua umum PAN,
    Zulkifli Hasan", "Jurubicara MDC, Nelson Chamisa": a title, the body it is held in and
    the holder's name are one actor, the person (the body is no participant of its own:
    "mendukung sikap Ketua Umum Partai Demokrat SBY" supports SBY, not the party)."""
    gz = gazetteer.load()
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "ORG" and prev.kind == "entity" \
                and a.type == "PER" and a.kind in ("entity", "name") and (
                    a.i == prev.j or a.i == prev.j + 1 and toks[prev.j].low == ",") and (
                    gz.role_at(toks, prev.i) is not None  # type: ignore[arg-type]
                    or prev.i > 0 and gz.role_ending_at(toks, prev.i) is not None):  # type: ignore[arg-type]
            title = gz.role_ending_at(toks, prev.i) if prev.i > 0 else None  # type: ignore[arg-type]
            a.i = title[0] if title is not None else prev.i
            if a.country is None or a.assumed and prev.country and not prev.assumed:
                a.country, a.assumed = prev.country, prev.assumed
            if a.role is None and prev.role is not None and prev.role != "MED" and getattr(
                    gazetteer.lookup(prev.name), "kind", None) != "party":
                a.role = prev.role  # "Direktur PT Timah, Budi": the company's (BUS)
            out[-1] = a
            continue
        out.append(a)
    return out


def _title_tail(toks: list[Tok], k: int, b: int) -> bool:
    """The words between a body and an appositive name close one title phrase: a few
    words with no verb and a comma right before the name ("Ketua Umum PPP hasil Muktamar
    VIII Surabaya, M Romahurmuziy, …")."""
    words = toks[k:b]
    return 2 <= len(words) <= 9 and words[-1].low == "," and not any(
        t.low in (",", ";", ":", "yang", "dan") or VERB_SHAPE.match(t.low)
        for t in words[:-1]) and (b + 1 >= len(toks) or any(
            t.low == "," for t in toks[b + 1:b + 6]))


# Party offices: a person introduced by one holds no state office in this sentence
# ("Ketua Umum PDI Perjuangan Megawati Soekarnoputri", "Ketua Umum Gerindra Prabowo").
PARTY_TITLES = (("ketua", "umum"), ("wakil", "ketua", "umum"), ("sekretaris", "jenderal"),
                ("ketum",), ("sekjen",), ("waketum",), ("bendahara", "umum"), ("ketua",),
                ("politisi",), ("politikus",), ("kader",), ("petinggi",), ("elite",),
                ("ketua", "dewan", "pembina"), ("pendiri",))


def _party_office(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """A person right after "<party title> <party>" takes the party office's role (none),
    not an office the gazetteer remembers from another time (events_gold.md: party
    officials who hold no state office have no role)."""
    for n, (a, b) in enumerate(zip(acts, acts[1:], strict=False)):
        if b.type != "PER" or a.type != "ORG" or a.role is not None:
            continue
        gap = b.i - a.j
        if gap > 1 or (gap == 1 and toks[a.j].low not in (",", ")")):
            continue
        entry = gazetteer.lookup(a.name)
        if (entry is None or entry.kind != "party") and a.name.lower() not in US_PARTY_NAMES:
            continue  # ("Demokrat" alone, Indonesian or American, is a party either way)
        start = a.i
        if gap == 1 and toks[a.j].low == ")":
            # "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar": the party's
            # abbreviation in brackets; the title stands before the full name
            if n == 0 or a.i == 0 or toks[a.i - 1].low != "(" or acts[n - 1].j != a.i - 1:
                continue
            start = acts[n - 1].i
        words = tuple(base_word(t.low) for t in toks[max(0, start - 3):start])
        if any(words[len(words) - len(t):] == t for t in PARTY_TITLES):
            b.role = None
    return acts


def _shared_title(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Para menteri luar negeri Jordania dan Israel", "militer AS dan Korsel": a country
    coordinated with an office phrase that ends in a country shares the office's role."""
    gz = gazetteer.load()
    for a, b in zip(acts, acts[1:], strict=False):
        if (b.type == "GPE" and b.role is None and a.role is not None and a.j == b.i - 1
                and toks[a.j].low == "dan" and a.j - a.i > 1):
            last = gz.match(toks[a.j - 1:a.j])  # type: ignore[arg-type]
            if last and last[0].entry.kind == "country" and last[0].entry.country == a.country:
                b.role = a.role
    return acts


def _titles(toks: list[Tok], taken: list[bool], mentions: Mentions) -> list[Actor]:
    """A capitalised title used alone as the actor ("Mensos menerima kunjungan …", "Kapolri
    menegaskan …", "Menlu AS bertemu …"): the office holder, with the title's role and
    country, or the country named right after it, else the article's home country."""
    gz = gazetteer.load()
    out: list[Actor] = []
    i = 0
    while i < len(toks):
        if taken[i] or not toks[i].text[:1].isupper():
            i += 1
            continue
        hit = gz.role_at(toks, i)  # type: ignore[arg-type]
        if hit is None or hit[1].role is None:
            i += 1
            continue
        j = i + hit[0]
        if i > 0 and toks[i - 1].low in CANDIDATE:
            i = j  # "sebagai Calon Kapolri": a candidate for the office, not its holder
            continue
        k = j
        while k < len(toks) and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower() \
                and not VERBISH.match(toks[k].low):
            k += 1  # "Kepala perunding nuklir Iran Ali Larijani": modifiers of the title
        if any(k2 < len(toks) and (taken[k2] or toks[k2].text[:1].isupper()) for k2 in {j, k}):
            i = j  # a title before a name or body: the name's own actor carries it
            continue
        country = hit[1].country
        out.append(Actor(i, j, None, "GENERIC", country or mentions.home, hit[1].role,
                         "generic", " ".join(t.text for t in toks[i:j]), country is None))
        for q in range(i, j):
            taken[q] = True
        i = j
    return out


def _placed(toks: list[Tok], a: Actor) -> None:
    """A generic actor located by a place right after it ("pengadilan di Xinjiang",
    "kepolisian Manchester") belongs to that place's country."""
    if not a.assumed:
        return  # "warga asing di Bali": said to be foreign
    country = place_country(toks, a.j)
    if country is not None:
        a.country, a.assumed = country, False


# Words for an administrative unit or a part of one before its name ("polisi di negara
# bagian Uttarakhand", "pasukan di provinsi Helmand", "warga di bagian selatan Irak").
ADMIN_WORDS = frozenset({
    "provinsi", "propinsi", "kota", "negara", "bagian", "distrik", "wilayah", "kawasan",
    "daerah", "desa", "kabupaten", "kecamatan", "region", "prefektur", "kamp", "ibu", "ibukota",
    "utara", "selatan", "barat", "timur", "tenggara", "laut", "daya", "tengah",
    "sebelah", "dekat", "perbatasan", "zona", "pulau", "jalur", "tepi", "kota-kota",
})
PLACE_KINDS = ("place", "capital", "country")


def place_country(toks: list[Tok], j: int) -> str | None:
    """The country of a place named right after token j, optionally after `di` and words
    for an administrative unit: "kepolisian Manchester", "pengadilan di Xinjiang", "polisi di
    negara bagian Uttarakhand, India utara" (an unknown place name followed by its
    country after a comma), "pasukan di provinsi Helmand"."""
    n = len(toks)
    k = j + (1 if j < n and toks[j].low == "di" else 0)
    if _domestic_unit(toks, k):
        return "IDN"  # "warga di Kecamatan Cibinong", "polisi di Kabupaten Bogor"
    if k > j:  # words for a unit only after "di": "pasukan bagian …" is no place
        while k < n and k - j <= 4 and toks[k].low in ADMIN_WORDS:
            k += 1
    if k > j and k < n and toks[k].text.isalpha() and toks[k].text.islower() \
            and not VERBISH.match(toks[k].low):
        # "di negara tetangganya, Afganistan": a described place, then its name after a comma
        q = k + 1 + (k + 1 < n and toks[k + 1].text.isalpha() and toks[k + 1].text.islower())
        if q + 1 < n and toks[q].low == "," and toks[q + 1].text[:1].isupper():
            return _place_at(toks, q + 1)
        return None
    if k >= n or not toks[k].text[:1].isupper():
        return None
    country = _place_at(toks, k)
    if country is not None or k == j:
        return country  # (an unknown name right after the noun may be the unit's own name)
    # an unknown place name (up to three capitalised words), then ", <country or place>"
    q = k
    while q < n and q - k < 3 and toks[q].text[:1].isupper() \
            and toks[q].text.replace("-", "").isalpha():  # "El-Arish"
        q += 1
    if q + 1 < n and toks[q].low == "," and toks[q + 1].text[:1].isupper():
        return _place_at(toks, q + 1)
    if q + 1 < n and toks[q].low == ",":
        return _distance_from(toks, q + 1)
    return None


DISTANCE_UNITS = frozenset({"kilometer", "km", "mil", "meter"})
DIRECTIONS = frozenset({"utara", "selatan", "barat", "timur", "tenggara", "barat daya",
                        "timur laut", "barat laut"})


def _distance_from(toks: list[Tok], k: int) -> str | None:
    """The country of the place an unknown place is located from ("di Irbid, 80 kilometer
    sebelah utara Amman", "di Fayoum, sebelah selatan Kairo", "250 km dari Kolombo"): wire
    news places a small town by its distance or bearing from a known city."""
    n = len(toks)
    if k < n and toks[k].low in ("sekitar", "sejauh", "kira-kira"):
        k += 1
    distance = k + 1 < n and NUMBER.match(toks[k].low) and toks[k + 1].low in DISTANCE_UNITS
    if distance:
        k += 2
    if distance and k < n and toks[k].low == "dari":
        k += 1  # "250 km dari Kolombo"
    else:
        if k < n and toks[k].low == "sebelah":
            k += 1
        for w in (2, 1):
            if k + w <= n and " ".join(t.low for t in toks[k:k + w]) in DIRECTIONS:
                k += w
                break
        else:
            return None
        if k < n and toks[k].low == "dari":
            k += 1
    return _place_at(toks, k) if k < n and toks[k].text[:1].isupper() else None


# Indonesian administrative units: a place named with one is in Indonesia.
DOMESTIC_UNITS = frozenset({"desa", "kelurahan", "kecamatan", "kabupaten", "dusun", "nagari",
                            "pemkab", "kodya"})


def _domestic_unit(toks: list[Tok], k: int) -> bool:
    """Whether tokens k, k+1 are an Indonesian unit word and a capitalised name ("Desa
    Sukamaju", "Kabupaten Bogor")."""
    return (k + 1 < len(toks) and toks[k].low in DOMESTIC_UNITS
            and toks[k + 1].text[:1].isupper())


def _place_at(toks: list[Tok], k: int) -> str | None:
    """The country of a gazetteer place, capital or country starting at token k."""
    for m in gazetteer.load().match(toks[k:k + 4]):  # type: ignore[arg-type]
        if m.start == 0 and m.entry.kind in PLACE_KINDS and m.entry.country:
            return m.entry.country
    return None


def _titled(toks: list[Tok], acts: list[Actor]) -> list[Actor]:
    """"Raja Yordania Abdullah II", "Presiden China, Xi Jinping": a country inside a title
    phrase describes the person after it; the person is the actor, from the title on."""
    gz = gazetteer.load()
    out: list[Actor] = []
    for a in acts:
        prev = out[-1] if out else None
        gap = a.i - prev.j if prev is not None else -1
        if (prev is not None and prev.type == "GPE" and a.type == "PER"
                and (gap == 0 or (gap == 1 and toks[prev.j].low == ","))
                and (prev.i > 0 and gz.role_ending_at(toks, prev.i) is not None  # type: ignore[arg-type]
                     or gz.role_ending_at(toks, prev.i + 1) is not None)):  # type: ignore[arg-type]
            a.i = prev.i
            a.country = a.country or prev.country
            a.role = a.role or prev.role  # the title's role ("Menteri Penerangan Zimbabwe")
            out[-1] = a
            continue
        out.append(a)
    return out


def _country_near(toks: list[Tok], lo: int, hi: int) -> str | None:
    """The country a title phrase names in tokens [lo, hi) ("Raja Jordania", "Menlu AS")."""
    gz = gazetteer.load()
    for m in gz.match(toks[max(lo, 0):hi]):  # type: ignore[arg-type]
        if m.entry.kind in ("country", "capital") and m.entry.country:
            return m.entry.country
    return None


def _entity_actor(toks: list[Tok], i: int, j: int, ent: Entity, mentions: Mentions) -> Actor:
    """An entity mention as an actor, with the country and role its phrase states.

    A "person" whose name is a country is that country's office holder ("Menteri Luar
    Negeri Jordania"); a person or organisation without a country takes the country named
    in its title phrase ("Raja Jordania Abdullah II"), else the article's home country;
    a nationality with a people word ("warga Palestina") is civilians.
    """
    etype, country, role = ent.type, ent.country, ent.role
    if etype == "PER" and (role is None or country is None):
        t_role, t_country = title_before(toks, i)
        role, country = role or t_role, country or t_country
    if etype == "ORG" and role is None and i > 0 and ent.role is None \
            and getattr(gazetteer.lookup(ent.name), "kind", None) != "party":
        # "Kapolda Metro Jaya …", "Pangdam Jaya": the office of a title with a role, named
        # by its jurisdiction; not a party's ("Ketua Umum Partai Golkar" holds no state office)
        title = gazetteer.load().role_ending_at(toks, i)  # type: ignore[arg-type]
        if title is not None and title[1].role in ("COP", "MIL", "JUD"):
            # (not "Presiden FIFA": a civil title before a body says nothing of its sector)
            role, country = title[1].role, country or title[1].country
    if etype == "ORG" and toks[i].low in SUBUNITS | UNIT_HEADS and j - i > 1:
        # "Badan Anggaran DPR", "Komisi III DPR RI": a unit of a body has the body's role
        # (not that of its own head word: "Badan" is a state agency's); so has a directorate
        # or bureau named by its parent ("Direktorat Reserse Siber Polda Metro Jaya": police)
        tail = [m for m in gazetteer.load().match(toks[i + 1:j])  # type: ignore[arg-type]
                if m.end == j - i - 1 and m.entry.kind == "body" and m.entry.role]
        if tail:
            role, country = tail[-1].entry.role, country or tail[-1].entry.country
        elif toks[i].low in UNIT_HEADS:
            # the parent told by its own head word inside the name ("… Polda Jawa Barat")
            gz = gazetteer.load()
            for k in range(j - 1, i, -1):
                head = gz.org_head_at(toks, k)  # type: ignore[arg-type]
                if head is not None and head[1].role and toks[k].text[:1].isupper():
                    role, country = head[1].role, country or head[1].country
                    break
    # capital initials the resolver kept as a person ("tersangka berinisial AS") are not a
    # country's office holder, nor do they name the person's country
    initials = etype == "PER" and ent.name.isupper() and len(ent.name) <= 3
    if etype == "PER" and not initials:
        entry = gazetteer.lookup(ent.name)
        if entry is not None and entry.kind == "country":
            etype, country = "GPE", entry.country
            role = role or "GOV"
    if etype == "ORG" and country is None and _indonesian_company(ent.name, toks, i):
        country = "IDN"  # "PT Maju Jaya", "… Tbk": an Indonesian legal form
    assumed = False
    stateless = etype == "ORG" and country is None and (
        role == "IGO" or getattr(gazetteer.lookup(ent.name), "kind", None) == "igo")
    # "Pemerintah Barat", "diplomat Barat": the West, no one country
    stateless = stateless or (etype in ("PER", "ORG") and country is None
                              and ent.name.split()[-1] in BLOCS)
    if country is None and etype in ("PER", "ORG") and not stateless:
        # (an international body or a group the gazetteer gives no country keeps none:
        # OECD, Al-Qaeda, ISIS)
        country = _country_near(toks, i - 3, i if initials else j)
        if country is None and etype == "ORG":
            # "(Wali) Kota Surabaya", "Pemkot Bandung": a body named by a known place is of
            # the place's country
            country = next((c for k in range(i + 1, j) if (c := _place_at(toks, k))), None)
        if country is None:
            country, assumed = mentions.home, True
    if etype in ("NORP", "GPE") and role is None:
        before = toks[i - 1].low if i > 0 else ""
        if base_word(toks[i].low) in PEOPLE or base_word(before) in PEOPLE:
            role = "CVL"  # "warga Palestina", "seorang pria Australia"
    if (toks[i].text == "DPD" and j - i == 1 and j < len(toks) and toks[j].text[:1].isupper()
            and toks[j].text not in ("RI", "Republik")):
        role = None  # "DPD Bali", "DPD Golkar": a party's regional board, not the senate
    return Actor(i, j, ent.id, etype, country, role, "entity", ent.name, assumed)


# Legal forms of Indonesian companies: Perseroan Terbatas, Commanditaire Vennootschap,
# state firms (Perum, Persero) and the listed-company suffix Tbk.
COMPANY_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "Perum", "Perumda"})
COMPANY_SUFFIXES = frozenset({"Tbk", "Tbk.", "(Persero)", "Persero"})


def _indonesian_company(name: str, toks: list[Tok], i: int) -> bool:
    """Whether an organisation is named with an Indonesian company form ("PT X", "X Tbk")."""
    words = name.split()
    return bool(words) and (words[0] in COMPANY_FORMS or words[-1] in COMPANY_SUFFIXES
                            or i > 0 and toks[i - 1].text in COMPANY_FORMS)


def title_before(toks: list[Tok], i: int) -> tuple[str | None, str | None]:
    """(role, country) stated by a title phrase ending right before token i:
    "Presiden Palestina Mahmud Abbas", "Raja Jordania Abdullah II", "Menlu AS, Rice"."""
    gz = gazetteer.load()
    k = i
    if k > 0 and toks[k - 1].low == ",":
        k -= 1
    k = _past_faction(toks, k)
    country = None
    body_role = None
    lo = max(0, k - 4)
    window = toks[lo:k]
    for m in gz.match(window):  # type: ignore[arg-type]
        if m.end == len(window) and m.entry.kind in ("country", "capital", "norp"):
            country, k = m.entry.country, lo + m.start
        elif m.end == len(window) and m.entry.kind in ("body", "igo") and m.entry.role:
            # "Anggota Kongres AS Tom Lantos", "Jurubicara Departemen Luar Negeri AS, X"
            country, body_role, k = m.entry.country, m.entry.role, lo + m.start
    if country is not None and k > 1 and toks[k - 1].low == "untuk":
        # "Duta Besar AS untuk Irak, Zalmay Khalilzad": the envoy is the first country's
        lo = max(0, k - 5)
        window = toks[lo:k - 1]
        for m in gz.match(window):  # type: ignore[arg-type]
            if m.end == len(window) and m.entry.kind in ("country", "capital", "norp"):
                country, k = m.entry.country, lo + m.start
    if body_role is not None:
        k = _past_subunit(toks, k)
    title = gz.role_ending_at(toks, k) if k > 0 else None  # type: ignore[arg-type]
    if title is None and body_role is None:
        title = _title_before_portfolio(toks, k)
    if title is None:
        return (body_role, country) if body_role and k > 0 and toks[k - 1].low in MEMBERS \
            else (None, None)
    role = title[1].role or body_role or ("GOV" if country else None)
    return role, country or title[1].country


# Units of a body named between a title and the body ("Anggota Komisi III DPR", "Wakil
# Ketua Badan Anggaran DPR").
SUBUNITS = frozenset({"komisi", "fraksi", "badan", "pansus", "panja", "komite", "subkomite",
                      "bidang", "divisi"})
# head words of an office inside a larger body, named by that body at its end
UNIT_HEADS = frozenset({"panitia", "pimpinan", "direktorat", "subdirektorat", "biro", "satuan",
                        "unit", "bagian", "kedeputian", "inspektorat", "sekretariat"})
ROMAN = re.compile(r"^[IVXL]+$")


def _past_subunit(toks: list[Tok], k: int) -> int:
    """The start of a body's unit ending right before token k ("Komisi III" before "DPR"),
    or of the title that names it ("anggota Komisi" | "III DPR"); else k."""
    gz = gazetteer.load()
    for s in (k - 2, k - 3):
        if s < 1 or toks[s].low not in SUBUNITS or not toks[s].text[:1].isupper():
            continue
        if all(ROMAN.match(t.text) or t.text.isdigit() or t.text[:1].isupper()
               for t in toks[s + 1:k]):
            return s + 1 if gz.role_ending_at(toks, s + 1) is not None else s  # type: ignore[arg-type]
    return k


def _past_faction(toks: list[Tok], k: int) -> int:
    """The position of `dari` opening a party or faction named right before token k ("Anggota
    DPR dari Fraksi PDIP, Masinton …": the title stands before it), else k. Not a country:
    "Duta Besar dari Indonesia" keeps it."""
    q = k
    while q > 0 and k - q < 5 and toks[q - 1].text[:1].isupper():
        q -= 1
    if q == k or q < 2 or toks[q - 1].low != "dari":
        return k
    if any(m.entry.kind in ("country", "capital", "norp", "place")
           for m in gazetteer.load().match(toks[q:k])):  # type: ignore[arg-type]
        return k
    return q - 1


# Words for a member of a body named right after them ("anggota Kongres AS", "pejabat KPK").
MEMBERS = frozenset({"anggota", "pejabat", "staf", "petugas", "personel", "perwira"})


def _is_title(toks: list[Tok], i: int) -> bool:
    return gazetteer.load().role_at(toks, i) is not None  # type: ignore[arg-type]


def _longer_title(toks: list[Tok], i: int, n: int):  # noqa: ANN202
    """A title of roles.tsv at token i longer than the n-word generic noun found there, with
    a role of its own ("Jaksa Agung" over "jaksa", "pemimpin oposisi" over "pemimpin")."""
    hit = gazetteer.load().role_at(toks, i)  # type: ignore[arg-type]
    return hit if hit is not None and hit[0] > n and hit[1].role is not None else None


def _portfolio_end(toks: list[Tok], j: int, taken: list[bool]) -> int:
    """End of up to three capitalised portfolio words from token j ("Penerangan",
    "Informasi dan Komunikasi") that stand between a title and its holder or country."""
    k = j
    while k < len(toks) and k - j < 4 and not taken[k] and (
            toks[k].text[:1].isupper() and toks[k].text.isalpha() and not toks[k].text.isupper()
            or toks[k].low == "dan" and k > j):
        k += 1
    return k if k - j <= 3 else j


def _title_before_portfolio(toks: list[Tok], k: int):  # noqa: ANN202
    """A title with a role followed by one to three portfolio words or modifiers ending
    right before token k ("Menteri Penerangan | Sikhanyiso Ndlovu", "Kepala perunding
    nuklir | Iran …")."""
    gz = gazetteer.load()
    for s in range(k - 1, max(0, k - 3) - 1, -1):
        words = toks[s:k]
        if not all(t.text.isalpha() and (t.text[:1].isupper() and not t.text.isupper()
                                         or t.text.islower() and not VERBISH.match(t.low))
                   for t in words):
            return None
        title = gz.role_ending_at(toks, s) if s > 0 else None  # type: ignore[arg-type]
        if title is not None and title[1].role is not None:
            return title
    return None


def _is_name(tok: Tok) -> bool:
    t = tok.text
    if not t[:1].isupper() or not any(c.isalpha() for c in t) or any(c.isdigit() for c in t):
        return False
    return tok.low not in NOT_NAME and stem(tok.low) not in _not_names() \
        and base_word(tok.low) not in _not_names()  # "Orang-orang", "Warga-warga"


def _not_names() -> frozenset[str]:
    """Capitalised words that are not names: titles, organisation heads, generic actors,
    trigger words and context markers (a sentence may start with any of them)."""
    lex = load()
    gz = gazetteer.load()
    words = set(gz.roles) | set(gz.org_heads) | set(lex.by_first)
    for key in ("generic_phrases", "negation_phrases", "intent_phrases", "future_phrases",
                "hypothetical_phrases", "historical_phrases"):
        words |= {p[0] for p in lex.markers[key]}
    words |= set(lex.markers["boundaries_set"]) | set(lex.markers["speech_verbs_set"])
    words |= set(lex.markers["indirect_verbs_set"]) | set(lex.markers["light_verbs_set"])
    words |= set(lex.markers["pronouns"]) | set(lex.markers["descriptors_set"])
    return frozenset(words) | _EXTRA_NOT_NAMES


_EXTRA_NOT_NAMES = frozenset({
    "selain", "sebelumnya", "kemudian", "adapun", "sedangkan", "menurut", "dalam", "dengan",
    "pada", "untuk", "hal", "kita", "kami", "saya", "anda", "tuhan", "allah", "ahad",
    "sekitar", "sejumlah", "beberapa", "para", "seorang", "sebuah", "satu", "dua", "tiga",
    "orang", "kaum", "pihak",
    "empat", "lima", "ratusan", "ribuan", "jutaan", "puluhan", "bulan", "tahun", "pekan",
    "hari", "pukul", "kata", "ujar", "jalan", "gedung", "kantor", "kota", "kabupaten",
    "provinsi", "desa", "pulau", "selat", "teluk", "gunung", "sungai", "bandara", "istana",
    "rp", "us", "wib", "wita", "wit", "kemarin", "besok", "semalam", "tadi", "lusa",
    # function words and sentence adverbs that open a sentence capitalised
    "terutama", "bahkan", "apalagi", "sejak", "hingga", "sampai", "yakni", "yaitu", "misalnya",
    "lalu", "akhirnya", "selanjutnya", "sementara", "maka", "sebab", "namun", "tetapi",
    "meski", "meskipun", "walaupun", "padahal", "ketika", "saat", "setelah", "sebelum",
    "usai", "seusai", "terkait", "soal", "bagi", "atas", "terhadap", "antara", "kini",
    "sekarang", "memang", "tentu", "juga", "hanya", "diketahui", "sedang", "masih",
    # predicate and descriptor words before a name or title ("sebagai Calon Kapolri")
    "calon", "mantan", "bekas", "almarhum", "mendiang",
    "di", "jadi", "seperti", "nomor", "no", "seharusnya", "rencananya", "konon", "apa",
    "apapun", "siapa", "lagipula", "akibat", "akhir", "awalnya", "umumnya",
    "artinya", "alasannya", "uniknya", "dikatakannya", "termasuk", "pertama", "oh", "nah",
    # common nouns that open a sentence or a heading capitalised
    "keputusan", "keberadaan", "kehadiran", "kedatangan", "kedudukan", "keluarga",
    "keluarganya", "ayahnya", "pasangan", "perubahan", "peraturan", "putusan", "anggaran",
    "kampanye", "penghargaan", "pengunjung", "ketegangan", "kekuasaan", "ketetapan", "kabinet",
    "pers", "media", "sejarah", "sekolah", "biro", "divisi", "stadion", "festival", "kode",
    "surat", "pilpres", "pileg", "pilkada", "munas", "munaslub", "muktamar", "mukernas", "raker",
    "rapat", "sidang", "konvensi", "tawaran", "opsi", "urusan", "bahasa", "propinsi", "lantai",
})
_not_names = lru_cache(maxsize=1)(_not_names)


# Forms of address before a title or a name ("Pak Bupati", "Bu Risma").
ADDRESS_WORDS = frozenset({"pak", "bapak", "bu", "ibu", "mas", "mbak", "bang"})


def _names(toks: list[Tok], taken: list[bool], acts: list[Actor], mentions: Mentions
           ) -> list[Actor]:
    """Capitalised names that no entity covers (people the NER missed: "Ruhut Sitompul",
    "Beshir"; acronyms of bodies: "MDC"), as actors of the home country.

    A name's role comes from the title right before it ("politisi PDI-P Effendi Simbolon"
    takes the party's role), its country from a country in that title phrase.
    """
    gz = gazetteer.load()
    by_end = {a.j: a for a in acts}
    out: list[Actor] = []
    n = len(toks)
    i = 0
    while i < n:
        if taken[i] or not _is_name(toks[i]) or toks[i].low in ADDRESS_WORDS:
            i += 1  # ("Pak Gubernur", "Bu Menteri": a form of address, no name; not the
            continue  # Korean family name Pak)
        j = i + 1
        while j < n and j - i < 4 and not taken[j] and _is_name(toks[j]):
            j += 1
        if i == 0 and j == 1 and n > 1:
            nxt = toks[1]
            if not (nxt.low in (",", "dan", "yang", "juga", "pun", "telah", "sudah", "akan")
                    or VERB_FORM.match(nxt.low) or _is_name(nxt)):
                i = j
                continue
        if i > 0 and toks[i - 1].low in ("di", "ke", "dari", "kota", "wilayah", "provinsi"):
            i = j
            continue  # a place
        text = " ".join(t.text for t in toks[i:j])
        title = gz.role_ending_at(toks, j)  # type: ignore[arg-type]
        if title is not None and title[0] < i:
            i = j
            continue  # the last words of a title ("Direktur Utama", "Wakil Presiden")
        if gz.match(toks[i:j]) or any(t.low in gz.institution_words for t in toks[i:j]):  # type: ignore[arg-type]
            i = j
            continue  # a place or body the NER typed otherwise; a ministry's portfolio
        if text.isupper():
            i = j
            continue  # acronyms (CPU, PSO, BBM) are more often things than bodies
        role = None
        country = None
        k = i
        if k > 0 and toks[k - 1].low == ",":
            k -= 1
        org = by_end.get(k)
        if org is not None and org.type == "ORG":
            role, country = org.role, org.country
            k = org.i
        title = gz.role_ending_at(toks, k) if k > 0 else None  # type: ignore[arg-type]
        if title is not None:
            role = title[1].role or role
            country = country or title[1].country
        elif org is None:
            role, country = title_before(toks, i)
        if country is None and j == i + 1:
            # "Song dan Aso melakukan pembicaraan": a foreign leader's family name alone
            country, office = gazetteer.surname_holder(text, None)
            role = role or office
        if country is None and text in BLOCS:
            # "diplomat Barat", "negara-negara Arab": a bloc, no one country
            out.append(Actor(i, j, None, "GENERIC", None, role, "name", text))
        else:
            out.append(Actor(i, j, None, "PER", country or mentions.home,
                             role, "name", text, country is None))
        for q in range(i, j):
            taken[q] = True
        i = j
    return out
