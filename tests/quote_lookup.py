"""Lookups the quote tests share: an entity's name, the quote holding some words, its speaker."""

from __future__ import annotations

from warta.types import Quote, TextAnalysis


def entity_name(a: TextAnalysis, eid: str | None) -> str | None:
    return next((e.name for e in a.entities if e.id == eid), None)


def quote_with(a: TextAnalysis, words: str) -> Quote:
    """The first quote whose text holds `words`."""
    return next(q for q in a.quotes if words in q.text)


def speaker_of(a: TextAnalysis, words: str) -> str | None:
    q = quote_with(a, words)
    return entity_name(a, q.speaker) if q.speaker else None
