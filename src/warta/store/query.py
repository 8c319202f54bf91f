"""User search strings (web-search style) parsed once, for either backend.

Syntax: words (all must match), "quoted phrases", `OR` between terms, `-word` to
exclude. PostgreSQL takes the string as is (`websearch_to_tsquery`); for SQLite FTS5 the
parsed terms are re-quoted so no user character is ever read as FTS5 syntax.
`snippet` cuts the result snippet for SQLite in Python (FTS5's own re-tokenises each whole
document and cost as much as the ranking).
"""

from __future__ import annotations

import re
from functools import lru_cache

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


def query_words(q: str) -> list[str]:
    """The words a query looks for (its excluded `-terms` left out)."""
    out: list[str] = []
    for m in _TOKEN.finditer(q):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR" or (bare is not None and bare.startswith("-") and len(bare) > 1) or neg:
            continue
        out += _WORD.findall(phrase if phrase is not None else bare or "")
    return out


_GAP = re.compile(r"[\W_]+")
CHARS_PER_TOKEN = 7  # an Indonesian news word and its separator, on average


def snippet(text: str, q: str, tokens: int = 24, ellipsis: str = " … ") -> str:
    """About `tokens` words of `text` around the query's words: the window holding the most
    distinct query words (the first such), with `ellipsis` where the text is cut. Words match
    whole and case-insensitively, as the full-text index matches them. Plain text."""
    hits = _hits(text, q)
    width = tokens * CHARS_PER_TOKEN
    start = 0
    if hits:
        best, first, last = 0, 0, 0
        j = 0
        for i, (pos, _, _) in enumerate(hits):
            j = max(j, i)
            while j + 1 < len(hits) and hits[j + 1][1] - pos <= width:
                j += 1
            distinct = len({h[2] for h in hits[i : j + 1]})
            if distinct > best:
                best, first, last = distinct, i, j
        lo, hi = hits[first][0], hits[last][1]
        start = max(0, lo - max(0, width - (hi - lo)) // 2)
        if start > 0:  # begin at a word
            m = _GAP.search(text, start, lo)
            start = m.end() if m else lo
    m = _words(tokens).match(text, start)
    end = m.end() if m else len(text)
    cut = text[start:end].rstrip()
    if not cut:
        return ""
    head = ellipsis.lstrip() if start > 0 else ""
    return head + cut + (ellipsis.rstrip() if end < len(text) else "")


def _hits(text: str, q: str, most: int = 64) -> list[tuple[int, int, str]]:
    """(start, end, word) of the query's words in the text, whole words only (with one
    word, only its first place: every window then holds one distinct word)."""
    words = _lower_words(q)
    if not words:
        return []
    if len(words) == 1:
        most = 1
    low, flags = text.lower(), 0
    if len(low) != len(text):  # a character whose lower case is longer: match case-blind
        low, flags = text, re.IGNORECASE
    # a plain (case-sensitive, no look-around) pattern lets the regex engine skip ahead fast;
    # word boundaries are checked on the few matches
    pattern = _alternatives(words, flags)
    hits = []
    n = len(low)
    for m in pattern.finditer(low):
        a, b = m.span()
        if (a and _is_word(low[a - 1])) or (b < n and _is_word(low[b])):
            continue
        hits.append((a, b, m.group().lower()))
        if len(hits) == most:
            break
    return hits


@lru_cache(maxsize=64)
def _lower_words(q: str) -> tuple[str, ...]:
    """The query's distinct words, lower-cased, longest first (parsed once per query)."""
    return tuple(sorted({w.lower() for w in query_words(q)}, key=len, reverse=True))


def _is_word(c: str) -> bool:
    return c.isalnum()


@lru_cache(maxsize=64)
def _alternatives(words: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words), flags)


@lru_cache(maxsize=8)
def _words(n: int) -> re.Pattern[str]:
    """Up to n words, each with the separators after it."""
    return re.compile(r"(?:[^\W_]+[\W_]*){1," + str(n) + "}")
