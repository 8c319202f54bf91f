"""Scoring extraction against a gold body: the bag-of-tokens F1 used by tests and bench."""

from __future__ import annotations

import re
from collections import Counter

_WORD_RE = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """Case-folded word tokens of `text`, with their counts."""
    return Counter(_WORD_RE.findall(text.casefold()))


def token_f1(got: str, want: str) -> float:
    """Token F1 of an extracted body against the gold body (0.0 when nothing is shared)."""
    a, b = tokens(got), tokens(want)
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)
