"""Small safe-HTML helpers for the templates (every piece of content is escaped)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup, escape

TERM = re.compile(r"\w{2,}", re.UNICODE)


@lru_cache(maxsize=256)
def _term_pattern(q: str) -> re.Pattern[str] | None:
    """The query's words (the ten longest) as one pattern, built once per query string."""
    terms = sorted({t.lower() for t in TERM.findall(q)}, key=len, reverse=True)[:10]
    if not terms:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\w*", re.I | re.U)


def mark_terms(snippet: str | None, q: str | None) -> Markup:
    """The snippet, escaped, with the query's words wrapped in <mark>."""
    snippet = snippet or ""
    pattern = _term_pattern(q or "")
    if pattern is None:
        return Markup(escape(snippet))
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(snippet):
        out.append(str(escape(snippet[pos : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        pos = m.end()
    out.append(str(escape(snippet[pos:])))
    return Markup("".join(out))


def safe_url(url: Any) -> str | None:
    """The URL if it is http(s) (fit for an href), else None: never `javascript:` and co."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def query(base: dict[str, Any], **changes: Any) -> str:
    """`?a=…&b=…` from the current parameters with some changed (None drops one)."""
    merged = {**base, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})
