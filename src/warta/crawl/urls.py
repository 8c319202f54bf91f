"""URL normalisation for crawling: one spelling per page, tracking parameters gone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Parameters that only say how a reader arrived; courlan's own list catches most (utm_*,
# fbclid, gclid, ref, source…), these are the ones it leaves.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gclsrc|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|"
    r"_hsenc|_hsmi|mkt_tok|spm|cmpid|ncid|wt\.\w+|s_cid|rcm|trk|tracking)$",
    re.IGNORECASE,
)


def normalize(url: str) -> str:
    """The canonical spelling of `url`: lower-case scheme and host, no default port, no
    fragment, no tracking parameters, the remaining query sorted.

    Raises ValueError for anything that is not an absolute http(s) URL.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    norm = normalize_url(url, strict=False)
    parts = urlsplit(norm)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/",
                       urlencode(sorted(query)), ""))


def host_of(url: str) -> str:
    """`host[:port]` of a URL, lower-cased: the unit of politeness (rate limit, robots)."""
    return urlsplit(url).netloc.lower()


def dedupe(urls: Iterable[str]) -> Iterator[str]:
    """Normalised URLs in first-seen order, each once; unusable URLs are skipped."""
    seen: set[str] = set()
    for url in urls:
        try:
            norm = normalize(url)
        except ValueError:
            continue
        if norm not in seen:
            seen.add(norm)
            yield norm
