"""Context flags, dates and places of an event mention.

Flags (PLOVER `context` values, plus Warta's own `negated`, `intent`, `reported`, `mutual`):

- `negated`: a negation (tidak, tak, belum, bukan, belum pernah…) within three tokens
  before the trigger, in the same clause, or "tidak/belum ada … yang" + trigger ("Belum
  ada satu roket pun yang ditembakkan"). PLOVER's "negation"; such events did not happen.
- `intent`: the source states a will, wish or plan to act (ingin, berharap, akan, berencana…).
- `future`: the event lies ahead in time (akan, bakal, berencana, pekan depan, besok…).
- `hypothetical`: possible, conditional, desired or prescribed, not asserted (bisa, dapat,
  mungkin, harus, seharusnya; a clause opened by jika/kalau/agar/supaya; another actor's act
  wished for, "Washington ingin sekutu-sekutunya menunjukkan dukungan"; a nominal after
  `rencana`/`usulan`: "rencana perang Bush"; a sentence opened by `semoga`; a purpose
  "untuk" right before the trigger, or before a verb it is coordinated with: "bertujuan
  untuk melindungi diri", "untuk membahas krisis dan mencapai kompromi"; but not when
  the clause states the actor's intent, "akan melakukan upaya … untuk mempromosikan
  hubungan", which is an intention to act, PLOVER's AGREE).
- `historical`: told as past background (tahun lalu, bulan lalu, sempat, pernah, silam…).
- `reported`: the sentence is attributed through a relay (an outlet that reports,
  cites or quotes: "KCNA melaporkan", "seperti dilansir", "Menurut KCNA").
- `mutual`: both sides act (meet, fight, repair relations); source/target order is not
  meaningful.

Dates are ISO 8601 at the precision the text gives: `2017-11-02` from "Kamis (2/11/2017)",
`2016` from "tahun lalu" in a 2017 article, `2017-05` from "pada bulan Mei"; otherwise the
article's own date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from warta.events.actors import VERB_SHAPE, Tok

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
REFUSALS = frozenset({"menolak"})
SKIPPABLE = frozenset({"pernah", "akan", "bisa", "mau", "ingin", "dapat", "sempat", "juga",
                       "lagi", "sama", "sekali", "pula", "perlu", "harus", "boleh", "mampu"})
PAREN_DATE = re.compile(
    r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\s*,?\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)",
    re.I)
LONG_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)
MONTH_ONLY = re.compile(r"\b(?:bulan\s+)(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.I)
WEEKDAY = re.compile(r"\b(?:pada\s+|hari\s+)?(senin|selasa|rabu|kamis|jum'?at|sabtu)\b", re.I)


def _has(toks: list[Tok], lo: int, hi: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does one of `phrases` occur within tokens [lo, hi)?"""
    firsts = {p[0] for p in phrases}
    for i in range(max(lo, 0), hi):
        if toks[i].low not in firsts:
            continue
        for p in phrases:
            if p[0] == toks[i].low and _at(toks, i, hi, p):
                return True
    return False


def _at(toks: list[Tok], k: int, hi: int, phrase: tuple[str, ...]) -> bool:
    return k + len(phrase) <= hi and all(toks[k + n].low == w for n, w in enumerate(phrase))


def clause_start(toks: list[Tok], i: int, boundaries: frozenset[str], limit: int = 12) -> int:
    k = i - 1
    while k >= 0 and i - k <= limit:
        if toks[k].low in boundaries:
            return k + 1
        k -= 1
    return max(k + 1, 0)


def clause_end(toks: list[Tok], j: int, boundaries: frozenset[str], limit: int = 10) -> int:
    k = j
    while k < len(toks) and k - j < limit:
        if toks[k].low in boundaries or toks[k].low in ("yang", "."):
            return k
        k += 1
    return k


# Contractions of a negation with the future auxiliary ("takkan" = "tak akan"): negated
# and future at once.
NEG_CONTRACTIONS = frozenset({"takkan", "tidakkan"})


def flags(toks: list[Tok], i: int, j: int, markers: dict) -> list[str]:
    """Context flags of a trigger at tokens [i, j)."""
    bounds = markers["boundaries_set"]
    out: list[str] = []
    # negation: up to three tokens back, skipping modal/aspect words, not across a boundary
    k, seen = i - 1, 0
    while k >= 0 and seen < markers["negation_window"] and toks[k].low not in bounds:
        hit = next((p for p in markers["negation_index"].get(toks[k].low, ())
                    if _at(toks, k, i, p)), None)
        if hit is None and toks[k].low in NEG_CONTRACTIONS:
            hit = (toks[k].low,)  # "takkan mundur" = "tak akan mundur"
        if hit is not None and any(_at(toks, k, i, p) for p in markers[
                "negation_exceptions_index"].get(toks[k].low, ())):
            hit = None  # "pesawat tak berawak": the negation describes the noun
        if hit is not None:
            # a refusal negates only the act right after it ("menolak bertemu"), not one
            # further on ("menolak memberikan alasan memberhentikan Vanstone")
            refusal = hit[0] in REFUSALS and k + len(hit) != i
            if not refusal and not _other_predicate(toks, k + 1, i):
                out.append("negated")
            break
        if toks[k].low not in SKIPPABLE:
            seen += 1
        k -= 1
    cs = clause_start(toks, i, bounds)
    if "negated" not in out and i > 0 and toks[i - 1].low == "yang" and any(
            toks[k].low in ("tidak", "tak", "belum") and toks[k + 1].low == "ada"
            for k in range(cs, i - 2)):
        out.append("negated")  # "Belum ada satu roket pun yang ditembakkan": no such event
    if _has(toks, cs, i, markers["intent_phrases"]):
        out.append("intent")
    ce = clause_end(toks, j, bounds)
    if _has(toks, cs, i, markers["future_phrases"]) or any(
            toks[k].low in NEG_CONTRACTIONS for k in range(max(cs, i - 3), i)) or _has(
        toks, j, ce, tuple(p for p in markers["future_phrases"] if len(p) > 1)
    ):
        out.append("future")
    opener = toks[cs - 1].low if cs > 0 else ""
    # "untuk (segera) bertemu": a purpose; not "Dubes AS untuk Irak bertemu", where
    # "untuk" heads a name's complement (the word between is capitalised)
    q = next((p for p in (i - 1, i - 2) if p >= cs and toks[p].low in markers["purpose_set"]),
             None)
    if q == i - 2 and toks[i - 1].text[:1].isupper():
        q = None
    # (not "dijadwalkan untuk bertemu": the scheduled act itself, a plan like "berencana
    # untuk", not the purpose of another)
    purpose = q is not None and not (q - 1 >= cs
                                     and (toks[q - 1].low,) in markers["future_phrases"])
    # "Jika …, maka X": the main clause of a condition
    consequent = cs < len(toks) and toks[cs].low == "maka" and any(
        t.low in markers["conditional_set"] for t in toks[:cs])
    planned = i > 0 and toks[i - 1].low in markers["plans_set"]
    k = i - 1
    while not planned and k >= cs and i - k <= 5:
        # "rencana-rencana Al-Qaeda melancarkan serangan": the planner's name and a light
        # verb between the plan word and the planned act
        low = toks[k].low
        if low in markers["plans_set"]:
            planned = True  # (not right before i: that was the first test)
            break
        if not (toks[k].text[:1].isupper() or low in markers["light_verbs_set"]):
            break
        k -= 1
    wished = toks[0].low in markers["wish_openers_set"] or _wished_of_another(toks, i, markers)
    if _has(toks, cs, i, markers["hypothetical_phrases"]) or opener in markers[
            "conditional_set"] or (purpose and "intent" not in out) or consequent \
            or planned or wished or _purpose_continued(toks, cs, i, markers):
        out.append("hypothetical")
    post = tuple(p for p in markers["historical_phrases"] if len(p) > 1 or p[0] == "silam")
    pre = markers["historical_phrases"]
    if "negated" in out:  # "belum pernah" is a negation, not a past event
        pre = tuple(p for p in pre if p != ("pernah",))
    if _has(toks, cs, i, pre) or _has(toks, j, ce, post):
        out.append("historical")
    return out


WISH_SCAN = 12  # tokens back from a trigger to its governing wish


def _wished_of_another(toks: list[Tok], i: int, markers: dict) -> bool:
    """Whether the trigger at i lies in the complement of a wish that has its own subject
    ("Washington ingin sekutu-sekutu Arabnya, yakni Jordania dan Mesir, menunjukkan
    dukungan"). Commas are crossed (appositions); other boundaries, a relative `yang` and
    a speech verb end the scan."""
    stop = markers["boundaries_set"] - {","}
    for k in range(i - 1, max(i - WISH_SCAN, 0) - 1, -1):
        low = toks[k].low
        if low in stop or low == "yang" or low in markers["speech_verbs_set"]:
            return False
        if low in markers["wishes_set"]:
            nxt = toks[k + 1].low
            own = k + 1 == i or nxt in SKIPPABLE or nxt in markers["purpose_set"] or (
                VERB_SHAPE.match(nxt) is not None)
            return not own
    return False


COORDINATORS = frozenset({"dan", "serta", "atau"})


def _purpose_continued(toks: list[Tok], cs: int, i: int, markers: dict) -> bool:
    """Whether the trigger at i is a verb coordinated inside a purpose ("untuk membahas
    krisis itu dan mencapai kompromi"): `dan` right before it, and a purpose word before
    that in the clause with a verb right after it."""
    if i < 2 or toks[i - 1].low not in COORDINATORS or not VERB_SHAPE.match(toks[i].low):
        return False
    return any(toks[k].low in markers["purpose_set"] and VERB_SHAPE.match(toks[k + 1].low)
               for k in range(cs, i - 2))


def _other_predicate(toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether the negation before tokens [lo, hi) negates another predicate: "orang tak
    dikenal menembak", "perundingan tidak langsung yang ditengahi Mesir"."""
    for t in toks[lo:hi]:
        if t.low == "yang" or (t.low.startswith(("di", "ter")) and len(t.low) > 5
                               and t.low not in SKIPPABLE and t.low != "dirinya"):
            return True
    return False


def hedged(toks: list[Tok], i: int, markers: dict) -> bool:
    """Whether the trigger at i is hedged in its clause: "diduga menyerang", "dikabarkan …"."""
    cs = clause_start(toks, i, markers["boundaries_set"])
    return _has(toks, cs, i, markers["hedge_phrases"])


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


def event_date(sentence: str, clause: str, published: str | None, historical: bool
               ) -> str | None:
    """The event's date: an explicit date in the sentence, a relative one (tahun lalu,
    pekan depan, bulan Mei…) in the trigger's clause, else the article's date."""
    pub = parse_published(published)
    m = PAREN_DATE.search(sentence)
    if m:
        day, month = int(m.group(2)), int(m.group(3))
        year = m.group(4)
        if year:
            y: int | None = int(year) + 2000 if len(year) == 2 else int(year)
        else:
            y = pub.year if pub else None
        if y is not None:
            try:
                return date(y, month, day).isoformat()
            except ValueError:
                pass
    m = LONG_DATE.search(sentence)
    if m:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
        except ValueError:
            pass
    low = clause.lower()
    sentence = clause
    if pub is not None:
        if "tahun lalu" in low:
            return str(pub.year - 1)
        if "bulan lalu" in low:
            y, mth = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            return f"{y:04d}-{mth:02d}"
        if "pekan lalu" in low or "minggu lalu" in low:
            return (pub - timedelta(days=7)).isoformat()
        if "pekan depan" in low or "minggu depan" in low:
            return (pub + timedelta(days=7)).isoformat()
        if re.search(r"\bkemarin\b", low):
            return (pub - timedelta(days=1)).isoformat()
        if re.search(r"\bbesok\b", low):
            return (pub + timedelta(days=1)).isoformat()
        m = MONTH_ONLY.search(sentence)
        if m:
            mth = MONTHS[m.group(1).lower()]
            y = int(m.group(2)) if m.group(2) else (pub.year if mth <= pub.month else pub.year - 1)
            return f"{y:04d}-{mth:02d}"
        m = WEEKDAY.search(sentence)
        if m and not historical:
            wd = WEEKDAYS[m.group(1).lower().replace("'", "")]
            return (pub - timedelta(days=(pub.weekday() - wd) % 7)).isoformat()
        return pub.isoformat()
    return None
