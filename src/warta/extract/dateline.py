"""Datelines of Indonesian outlets' house styles, and the publisher they name.

`PYONGYANG -`, `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA News) -`, `Mataram, NTB (ANTARA
News) -`, `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta -`, `REPUBLIKA.CO.ID, JAKARTA --`,
`VIVA.co.id -`, `Jakarta -` (detik). The dateline stays in the body text, as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DASH = r"\s*(?:-{1,2}|–|—)\s*"
_PLACE = r"(?:[A-Z][A-Za-z'’.]+|[A-Z]{2,})(?:[ -](?:[A-Z][A-Za-z'’.]+|[A-Z]{2,}|al|di|el))*"
_OUTLET = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4}){1,2}"  # KOMPAS.com, TEMPO.CO, VIVA.co.id

PATTERNS = (
    # Jakarta (ANTARA News) -  /  Mataram, NTB (ANTARA News) -
    # ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --
    re.compile(rf"^(?P<place>{_PLACE})(?:,\s*[^()\n]{{1,40}}?)?\s*\((?P<outlet>[^()]{{2,40}})\){_DASH}"),
    # JAKARTA, KOMPAS.com -  /  LHOKSEUMAWE, KOMPAS.com –
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_OUTLET}){_DASH}"),
    # TEMPO.CO, Jakarta -  /  Liputan6.com, Jakarta -  /  REPUBLIKA.CO.ID, JAKARTA --
    re.compile(rf"^(?P<outlet>{_OUTLET}),\s*(?P<place>{_PLACE}){_DASH}"),
    # Jakarta, CNN Indonesia --  /  Jakarta, IDN Times -  (an outlet name without a domain)
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>[A-Z]\w*(?: [A-Z]\w*){{1,2}}){_DASH}"),
    # VIVA.co.id -  /  Kapanlagi.com -
    re.compile(rf"^(?P<outlet>{_OUTLET}){_DASH}"),
    # PYONGYANG -  /  NEW YORK -  /  Jakarta -  (detik)
    re.compile(rf"^(?P<place>{_PLACE}){_DASH}(?=\S)"),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    end: int  # where the dateline prefix ends in the paragraph


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a body paragraph, if it has one."""
    head = paragraph[:120]
    for pattern in PATTERNS:
        m = pattern.match(head)
        if not m:
            continue
        groups = m.groupdict()
        place = groups.get("place")
        outlet = groups.get("outlet")
        if place and len(place.split()) > 4:
            continue
        if pattern is PATTERNS[-1] and place and not _is_place_like(place, head, m.end()):
            continue
        return Dateline(place.strip() if place else None, _clean_outlet(outlet), m.end())
    return None


def _is_place_like(place: str, head: str, end: int) -> bool:
    """`PYONGYANG - …`, `Jakarta - …`: a short capitalised place, a dash, then a sentence."""
    words = place.split()
    if len(words) > 3:
        return False
    # the dash must be a spaced dash (not a hyphenated word) and a sentence must follow
    rest = head[end:]
    return not rest or rest[:1].isupper() or rest[:1] in "\"“'‘("


def _clean_outlet(outlet: str | None) -> str | None:
    if not outlet:
        return None
    return outlet.split("/")[0].strip() or None


def is_dateline_only(line: str) -> bool:
    """A line that is nothing but a dateline (`Jakarta -`), as detik puts it above the text."""
    d = find_dateline(line + " X")
    return d is not None and d.end >= len(line)
