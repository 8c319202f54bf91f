"""User search strings (web-search style) parsed once, for either backend.

Syntax: words (all must match), "quoted phrases", `OR` between terms, `-word` to
exclude. PostgreSQL takes the string as is (`websearch_to_tsquery`); for SQLite FTS5 the
parsed terms are re-quoted so no user character is ever read as FTS5 syntax.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(q: str) -> str | None:
    """An FTS5 MATCH expression for a web-search style query; None when it has no words."""
    groups: list[list[str]] = [[]]  # OR-groups of AND-ed terms
    negative: list[str] = []
    for m in _TOKEN.finditer(q):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            groups.append([])
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        words = _WORD.findall(phrase if phrase is not None else bare or "")
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        (negative if neg else groups[-1]).append(term)
    ors = [" AND ".join(g) for g in groups if g]
    if not ors:
        return None
    expr = " OR ".join(f"({o})" for o in ors) if len(ors) > 1 else ors[0]
    for term in negative:
        expr = f"({expr}) NOT {term}"
    return expr
