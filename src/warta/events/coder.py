"""Rule-based PLOVER coding of Indonesian sentences (see warta.events for the contract)."""

from __future__ import annotations

from dataclasses import dataclass

from warta.events import context
from warta.events.actors import Actor, Mentions, Tok, actors, stem, tokens
from warta.events.lexicon import GAP, GAP_MAX, Form, load
from warta.types import Event, Quote, TextAnalysis

LEFT_LIMIT = 12
RIGHT_LIMIT = 10
NOT_TARGET_PREPS = frozenset({"di", "dari", "sejak", "hingga", "sampai", "antara", "menurut"})
SYMMETRIC = frozenset({"CONSULT", "FIGHT"})
KEY_FLAGS = ("negated", "historical", "future", "hypothetical")
COORD = frozenset({"dan", "serta", "bersama", "&"})


@dataclass(slots=True)
class Match:
    form: Form
    i: int  # first token
    j: int  # one past the last token
    head_end: int  # one past the first token (targets of gapped forms sit in the gap)


def find_triggers(toks: list[Tok]) -> list[Match]:
    """Longest, leftmost, non-overlapping trigger matches (clitics -nya/-lah/-pun allowed)."""
    lex = load()
    out: list[Match] = []
    i = 0
    n = len(toks)
    while i < n:
        best: Match | None = None
        cands = lex.by_first.get(toks[i].low) or lex.by_first.get(stem(toks[i].low)) or ()
        for form in cands:
            j = _match_form(toks, i, form.tokens)
            if j is not None and (best is None or j - i > best.j - best.i):
                best = Match(form, i, j, i + 1)
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.j
    return out


def _match_form(toks: list[Tok], i: int, words: tuple[str, ...]) -> int | None:
    k = i
    w = 0
    while w < len(words):
        word = words[w]
        if word == GAP:
            nxt = words[w + 1]
            for g in range(k, min(k + GAP_MAX + 1, len(toks))):
                if toks[g].low == nxt or stem(toks[g].low) == nxt:
                    k = g
                    break
            else:
                return None
            w += 1
            continue
        if k >= len(toks):
            return None
        low = toks[k].low
        last = w == len(words) - 1
        if low != word and not (last and stem(low) == word):
            return None
        k += 1
        w += 1
    return k


def _vetoed(toks: list[Tok], m: Match) -> bool:
    entry = m.form.entry
    if entry.veto_next and m.j < len(toks):
        nxt = toks[m.j].low
        if any(p.search(nxt) for p in entry.veto_next):
            return True
    if entry.veto_prev and m.i > 0:
        prev = toks[m.i - 1].low
        if any(p.search(prev) for p in entry.veto_prev):
            return True
    return False


class Sides:
    """Source/target search around a trigger in one sentence."""

    def __init__(self, toks: list[Tok], acts: list[Actor], markers: dict) -> None:
        self.toks = toks
        self.acts = acts
        self.bounds = markers["boundaries_set"]
        self.preps = markers["target_preps_set"]
        self.stops = markers["reporting_verbs_set"]
        self.end_at = {a.j: a for a in acts}
        self.start_at = {a.i: a for a in acts}

    def prep_before(self, a: Actor) -> str | None:
        k = a.i - 1
        while k >= 0 and self.toks[k].low in ("pihak", "kubu", "para", "sang"):
            k -= 1
        return self.toks[k].low if k >= 0 else None

    def left(self, i: int) -> tuple[Actor | None, Actor | None, int]:
        """(subject, oblique, distance): the nearest actor left of token i in its clause.

        Relative `yang` and an appositive comma right after an actor are crossed; actors
        after a preposition (dengan, kepada…) are obliques, kept as target candidates.
        """
        k = i - 1
        oblique = None
        while k >= 0 and i - k <= LEFT_LIMIT:
            a = self.end_at.get(k + 1)
            if a is not None:
                prep = self.prep_before(a)
                if prep in self.preps or prep in NOT_TARGET_PREPS:
                    if oblique is None and prep in self.preps:
                        oblique = a
                    k = a.i - 1
                    continue
                return a, oblique, i - a.j
            low = self.toks[k].low
            if low in self.stops:
                break
            if low in self.bounds:
                if low == "," and (self.end_at.get(k) is not None
                                   or (k + 1 < i and self.toks[k + 1].low == "yang")):
                    k -= 1
                    continue
                break
            k -= 1
        return None, oblique, 0

    def coordinated(self, a: Actor) -> Actor | None:
        """The actor joined to `a` by dan/serta on its left ("China dan Korsel")."""
        k = a.i - 1
        if k >= 1 and self.toks[k].low in COORD:
            b = self.end_at.get(k)
            if b is not None:
                return b
        return None

    def right(self, j: int, *, agent_only: bool = False, limit: int = RIGHT_LIMIT
              ) -> tuple[Actor | None, int, bool]:
        """(actor, distance, via_oleh): the first actor right of token j in the clause."""
        k = j
        saw_oleh = False
        while k < len(self.toks) and k - j < limit:
            a = self.start_at.get(k)
            if a is not None:
                prev = self.prep_before(a)
                if prev in NOT_TARGET_PREPS:
                    k = a.j
                    continue
                if agent_only and not saw_oleh and k - j > 1:
                    return None, 0, False
                return a, k - j, saw_oleh
            low = self.toks[k].low
            if low == "oleh":
                saw_oleh = True
            elif low in self.bounds or low in self.stops:
                break
            k += 1
        return None, 0, False

    def oleh(self, j: int) -> tuple[Actor | None, int]:
        k = j
        while k < len(self.toks) and k - j < RIGHT_LIMIT:
            if self.toks[k].low == "oleh":
                a = self.start_at.get(k + 1)
                return a, k + 1 - j
            if self.toks[k].low in self.bounds and self.toks[k].low != ",":
                break
            k += 1
        return None, 0


def code_sentence(
    analysis: TextAnalysis,
    mentions: Mentions,
    sent_index: int,
    reported: bool,
) -> list[Event]:
    """Events of one sentence."""
    lex = load()
    markers = lex.markers
    sent = analysis.sentences[sent_index]
    toks = tokens(analysis, sent)
    if not toks:
        return []
    matches = [m for m in find_triggers(toks) if not _vetoed(toks, m)]
    if not matches:
        return []
    acts = actors(toks, mentions)
    sides = Sides(toks, acts, markers)
    out: list[Event] = []
    prev_end = -10
    prev_src: Actor | None = None
    strong = markers["strong_boundaries_set"]
    inside = [False] * len(toks)
    for a in acts:
        if a.kind == "entity" and a.type == "ORG":
            for k in range(a.i, a.j):
                inside[k] = True
    for m in matches:
        if any(inside[m.i:m.j]):
            continue  # part of a name ("Pengadilan Tindak Pidana Korupsi")
        entry = m.form.entry
        voice = m.form.voice
        after_trigger = m.i - prev_end <= 5 and not any(
            t.low in markers["boundaries_set"] for t in toks[max(prev_end, 0):m.i])
        chained = m.i > 0 and toks[m.i - 1].low in COORD and prev_src is not None
        last_end = prev_end
        prev_end = m.j
        if voice == "noun" and m.j < len(toks) and toks[m.j].low in ("itu", "tersebut", "ini"):
            continue  # "Desakan itu …": refers back to an event already told
        if voice == "noun" and m.i > 0 and toks[m.i - 1].low in markers["descriptors_set"]:
            continue  # "tersangka kasus korupsi": a case name, not a new event
        if m.i > 0 and toks[m.i - 1].low == "yang" and voice == "noun":
            continue
        src: Actor | None = None
        tgt: Actor | None = None
        dist = 0
        mutual = entry.mutual
        if voice == "active":
            src, oblique, dist = sides.left(m.i)
            if chained and (src is None or src.i >= last_end):
                src = prev_src  # "X membunuh Y dan menculik Z": X is the subject of both
            tgt, d2, _ = sides.right(m.head_end if GAP in m.form.tokens else m.j)
            if tgt is None:
                tgt = oblique
            dist = max(dist, d2)
            if src is not None and tgt is None:
                partner = sides.coordinated(src)
                if partner is not None:
                    src, tgt, mutual = partner, src, True
        elif voice == "passive":
            tgt, _, dist = sides.left(m.i)
            src, d2 = sides.oleh(m.j)
            if src is None:
                src, d2, _ = sides.right(m.j, agent_only=True, limit=3)
            dist = max(dist, d2)
        else:  # noun
            src, dist = sides.oleh(m.j)
            if src is not None:
                # "penangkapan 15 personel … oleh Iran": the actor before `oleh` is the patient
                t, _d, _o = sides.right(m.j, limit=dist)
                if t is not None and t is not src and t.i < src.i:
                    tgt = t
            if src is None and m.j + 1 < len(toks) and toks[m.j].low == "antara":
                first = sides.start_at.get(m.j + 1)
                if first is not None:  # "bentrokan antara polisi dan pendukung MDC"
                    k = first.j
                    second = sides.start_at.get(k + 1) if k < len(toks) and toks[k].low in (
                        "dan", "dengan") else None
                    src, tgt, mutual = first, second, second is not None
            if src is None and m.j < len(toks):
                gen = sides.start_at.get(m.j)
                if gen is not None:
                    src, dist = gen, 0
            if src is None and after_trigger:
                continue  # complement of the previous trigger ("sepakat … kerjasama")
            if src is None:
                src, oblique, dist = sides.left(m.i)
                if src is not None and dist > 6:
                    src = None
            if src is not None and tgt is None:
                t, d2, _ = sides.right(max(m.j, src.j) if src.i >= m.j else m.j)
                if t is not None and t is not src and sides.prep_before(t) in sides.preps:
                    tgt = t
                    dist = max(dist, d2)
            if src is None and toks[m.i].low.endswith("nya"):
                continue
        if entry.inverse:
            src, tgt = tgt, src
        prev_src = src
        if src is None and tgt is None:
            continue
        if src is not None and tgt is not None and src.entity is not None \
                and src.entity == tgt.entity:
            tgt = None
        flags = context.flags(toks, m.i, m.j, markers)
        category, quad = entry.category, entry.quad
        if "intent" in flags and category in ("SUPPORT", "COOPERATE", "AID"):
            # PLOVER: cooperative actions promised or reported in future tense are AGREE
            category, quad = "AGREE", lex.quads["AGREE"]
        if mutual and src is not None and tgt is not None:
            flags.append("mutual")
        if reported:
            flags.append("reported")
        start, end = sent.start, sent.end
        text = analysis.text[start:end]
        ci, cj = _clause(toks, m, strong)
        clause = analysis.text[toks[ci].start:toks[cj - 1].end]
        out.append(Event(
            category=category,
            quad=quad,
            source=src.entity if src else None,
            target=tgt.entity if tgt else None,
            source_country=src.country if src else None,
            target_country=tgt.country if tgt else None,
            source_role=src.role if src else None,
            target_role=tgt.role if tgt else None,
            context=flags,
            date=context.event_date(text, clause, analysis.published, "historical" in flags),
            location=_location(analysis, mentions, toks, m, ci, cj),
            sentence=text,
            start=start,
            end=end,
            confidence=_confidence(entry.strength, src, tgt, dist),
            trigger=" ".join(t.text for t in toks[m.i:m.j]),
        ))
    return out


def _clause(toks: list[Tok], m: Match, strong: frozenset[str]) -> tuple[int, int]:
    """The trigger's clause [i, j) between strong boundaries (tapi, namun, ;…)."""
    i = m.i
    while i > 0 and toks[i - 1].low not in strong:
        i -= 1
    j = m.j
    while j < len(toks) and toks[j].low not in strong:
        j += 1
    return i, j


def _location(analysis: TextAnalysis, mentions: Mentions, toks: list[Tok], m: Match,
              ci: int, cj: int) -> str | None:
    """The LOC/GPE named after `di` in the trigger's clause (nearest to the trigger)."""
    best = None
    best_d = 10**9
    for s, _e, ent in mentions.within(toks[ci].start, toks[cj - 1].end):
        if ent.type not in ("LOC", "GPE"):
            continue
        before = analysis.text[max(0, s - 3):s].lower()
        if before.endswith("di "):
            d = abs(s - toks[m.i].start)
            if d < best_d:
                best, best_d = ent.name, d
    return best


def _confidence(strength: float, src: Actor | None, tgt: Actor | None, dist: int) -> float:
    """strength × actor evidence × distance decay × actor-kind factor, in [0, 1].

    Actor evidence: 0.6 with one side, 1.0 with both (0.8 when the entry needs no target
    is not modelled: one side is one side). Distance decay: 1 − 0.04 per token beyond the
    first between trigger and actor, floored at 0.6. Generic nouns and resolved pronouns
    count 0.9 of a named entity.
    """
    evidence = 0.6 + 0.4 * (src is not None and tgt is not None)
    decay = max(0.6, 1.0 - 0.04 * max(0, dist - 1))
    kind = 1.0
    for a in (src, tgt):
        if a is not None and a.kind in ("generic", "pronoun", "anaphor"):
            kind *= 0.9
    return round(min(1.0, strength * evidence * decay * kind), 3)


def reported_sentences(analysis: TextAnalysis, mentions: Mentions) -> set[int]:
    """Sentences attributed through a relay: a relay phrase, an outlet reporting or cited
    with `Menurut`, or inside a quote that has a relay chain."""
    markers = load().markers
    relay = markers["relay_verbs_index"]
    reporting = markers["reporting_verbs_set"]
    out: set[int] = set()
    relayed: list[Quote] = [q for q in analysis.quotes if q.via]
    for n, sent in enumerate(analysis.sentences):
        toks = tokens(analysis, sent)
        lows = [t.low for t in toks]
        if any(q.start < sent.end and q.end > sent.start for q in relayed):
            out.add(n)
            continue
        if any(context._at(toks, k, len(toks), p) for k, t in enumerate(toks)
               for p in relay.get(t.low, ())):
            out.add(n)
            continue
        media = [ent for _s, _e, ent in mentions.within(sent.start, sent.end) if ent.role == "MED"]
        if media and (reporting & set(lows) or "menurut" in lows):
            out.add(n)
    return out


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (category, sides, time/polarity flags): a retelling adds a mention.

    Sides compare by country and role (a leader and their country are one side), and for
    material conflict also by the target entity (two arrests are two events). CONSULT,
    FIGHT and `mutual` events compare their sides unordered.
    """
    seen: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        a: tuple = (ev.source_country, ev.source_role)
        b: tuple = (ev.target_country, ev.target_role,
                    ev.target if ev.quad == "material_conflict" else "")
        if "mutual" in ev.context or ev.category in SYMMETRIC:
            b = b[:2]
            sides: tuple | frozenset = frozenset((a, b))
        else:
            sides = (a, b)
        key = (ev.category, sides, tuple(f for f in ev.context if f in KEY_FLAGS))
        if key in seen:
            first = seen[key]
            first.mentions += 1
            first.confidence = max(first.confidence, ev.confidence)
            continue
        seen[key] = ev
        out.append(ev)
    return out
