"""The trigger lexicon and context markers, loaded once from src/warta/data/events/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta import yamldata
from warta.events import morph

DATA = Path(__file__).resolve().parent.parent / "data" / "events"
GAP = "*"
GAP_MAX = 6
VOICES = ("active", "passive", "noun")


@dataclass(frozen=True, slots=True)
class Form:
    """One surface form of a trigger entry: its tokens and voice."""

    tokens: tuple[str, ...]
    voice: str  # active | passive | noun
    entry: Entry


@dataclass(frozen=True, slots=True)
class Entry:
    """One event concept: PLOVER category, mode and its Indonesian forms."""

    id: str
    category: str
    quad: str
    mode: str | None
    mutual: bool
    inverse: bool
    intransitive: bool  # never has a target ("mengundurkan diri")
    clausal: bool  # its object may be a clause ("membantah X melakukan …"): X is no target
    alleges: bool  # the rest of its clause is an allegation ("menuduh X membantu …")
    strength: float
    veto_next: tuple[re.Pattern[str], ...]
    veto_prev: tuple[re.Pattern[str], ...]
    forms: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    needs_target: bool = False  # no event without an actor as target ("berjuang melawan X")


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[Entry, ...]
    by_first: dict[str, tuple[Form, ...]]  # first token → forms, longest first
    quads: dict[str, str]
    markers: dict[str, Any]


def _data(name: str) -> dict[str, Any]:
    return yamldata.parse((DATA / name).read_text(encoding="utf-8"))


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    """Marker phrases as token tuples, longest first."""
    out = {tuple(v.lower().split()) for v in values}
    return tuple(sorted(out, key=len, reverse=True))


def index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by first word, longest first: one dict look-up per token when matching."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load() -> Lexicon:
    trig = _data("triggers.yaml")
    markers = _data("markers.yaml")
    quads: dict[str, str] = trig["quads"]
    entries: list[Entry] = []
    by_first: dict[str, list[Form]] = {}
    explicit = {f.lower() for raw in trig["triggers"]
                for fs in raw.get("forms", {}).values() for f in fs}
    derived_seen: set[str] = set()
    for raw in trig["triggers"]:
        cat = raw["category"]
        if cat not in quads:
            raise ValueError(f"triggers.yaml: {raw['id']}: unknown category {cat}")
        forms = {v: tuple(raw.get("forms", {}).get(v, ())) for v in VOICES}
        if raw.get("roots"):
            # derived forms (warta.events.morph); a form written out elsewhere wins
            made = morph.forms(raw["roots"], raw.get("derive", ["meN-", "di-", "peN-an"]))
            skip = set(raw.get("not_forms", ()))
            for v in VOICES:
                extra = [f for f in made[v] if f not in explicit and f not in derived_seen
                         and f not in skip and f not in forms[v]]
                derived_seen.update(extra)
                forms[v] = forms[v] + tuple(extra)
        entry = Entry(
            id=raw["id"],
            category=cat,
            quad=quads[cat],
            mode=raw.get("mode"),
            mutual=bool(raw.get("mutual", False)),
            inverse=bool(raw.get("inverse", False)),
            intransitive=bool(raw.get("intransitive", False)),
            clausal=bool(raw.get("clausal", False)),
            alleges=bool(raw.get("alleges", False)),
            strength=float(raw.get("strength", 0.9)),
            veto_next=tuple(re.compile(p) for p in raw.get("veto_next", ())),
            veto_prev=tuple(re.compile(p) for p in raw.get("veto_prev", ())),
            forms=forms,
            needs_target=bool(raw.get("needs_target", False)),
        )
        entries.append(entry)
        for voice, surfaces in forms.items():
            for surface in surfaces:
                toks = tuple(surface.lower().split())
                by_first.setdefault(toks[0], []).append(Form(toks, voice, entry))
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError("triggers.yaml: duplicate entry ids")
    for key in ("negation", "intent", "future", "hypothetical", "historical", "relay_verbs",
                "hedge", "negation_exceptions"):
        markers[key + "_phrases"] = _phrases(markers[key])
        markers[key + "_index"] = index(markers[key + "_phrases"])
    markers["generic_phrases"] = _phrases(list(markers["generic_actors"]))
    markers["generic_index"] = index(markers["generic_phrases"])
    for key in ("boundaries", "strong_boundaries", "predicate_markers", "target_preps",
                "reporting_verbs", "speech_verbs",
                "indirect_verbs", "descriptors", "light_verbs", "conditional", "purpose",
                "sports", "weapons", "unknown_agents", "wishes", "plans", "currencies",
                "wish_openers"):
        markers[key + "_set"] = frozenset(w.lower() for w in markers[key])
    return Lexicon(
        entries=tuple(entries),
        by_first={k: tuple(sorted(v, key=lambda f: len(f.tokens), reverse=True))
                  for k, v in by_first.items()},
        quads=quads,
        markers=markers,
    )
