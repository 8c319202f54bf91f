"""Validation of query and path parameters, shared by the JSON API and the web pages.

Every check raises `ParamError(name, problem)`; the app turns it into a 4xx answer that
names the parameter (JSON for `/api/…`, an HTML page for the web pages).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from warta.store.base import Filters

PLOVER = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT", "CRIME",
)  # fmt: skip
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
PERIODS = ("month", "week")

RECORD_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")  # ids are hashes: never a path
COUNTRY = re.compile(r"[A-Z]{3}")  # ISO 3166-1 alpha-3 or CAMEO IGO code
MAX_TEXT = 300  # longest accepted q / publisher / entity value


class ParamError(ValueError):
    """A request parameter that is missing, malformed or out of range."""

    def __init__(self, name: str, problem: str, status: int = 422) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
        self.status = status


def record_id(value: str) -> str:
    """A record id as stored (letters, digits, `-`, `_`); anything else cannot exist."""
    if not RECORD_ID.fullmatch(value):
        raise ParamError("id", "not a record id (letters, digits, '-' and '_' only)", 404)
    return value


def text(name: str, value: str | None, *, max_len: int = MAX_TEXT) -> str | None:
    """Free text: stripped, empty → None, control characters and overlong values refused."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > max_len:
        raise ParamError(name, f"too long ({len(value)} characters; at most {max_len})")
    if any(ord(c) < 32 for c in value):
        raise ParamError(name, "contains control characters")
    return value


def when(name: str, value: str | None) -> str | None:
    """An ISO 8601 date (`2017-11-02`) or datetime, normalised; the store treats both
    bounds as inclusive (a bare `until` date covers its whole day)."""
    value = text(name, value, max_len=40)
    if value is None:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        raise ParamError(
            name, f"not an ISO date or datetime: {value!r} (e.g. 2017-11-02)"
        ) from None


def country(name: str, value: str | None) -> str | None:
    value = text(name, value, max_len=3)
    if value is None:
        return None
    value = value.upper()
    if not COUNTRY.fullmatch(value):
        raise ParamError(name, f"not a three-letter country code: {value!r} (e.g. IDN, PRK)")
    return value


def category(value: str | None) -> str | None:
    value = text("category", value, max_len=20)
    if value is None:
        return None
    if value.upper() not in PLOVER:
        raise ParamError(
            "category", f"not a PLOVER category: {value!r} (one of {', '.join(PLOVER)})"
        )
    return value.upper()


def quad(value: str | None) -> str | None:
    value = text("quad", value, max_len=30)
    if value is None:
        return None
    if value.lower() not in QUADS:
        raise ParamError("quad", f"not a quad class: {value!r} (one of {', '.join(QUADS)})")
    return value.lower()


def period(value: str | None) -> str:
    value = text("by", value, max_len=10) or "month"
    if value not in PERIODS:
        raise ParamError("by", f"must be 'month' or 'week', not {value!r}")
    return value


def number(name: str, value: Any, *, default: int, low: int, high: int) -> int:
    """An integer within [low, high]; None or '' gives the default."""
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ParamError(name, f"not an integer: {value!r}") from None
    if not low <= n <= high:
        raise ParamError(name, f"must be between {low} and {high}, not {n}")
    return n


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    s, u = when("since", since), when("until", until)
    if s and u and s[:10] > u[:10]:
        raise ParamError("until", "is before since")
    return s, u


def filters(
    *,
    since: str | None = None,
    until: str | None = None,
    publisher: str | None = None,
    entity: str | None = None,
    source: str | None = None,
    target: str | None = None,
    country_: str | None = None,
    category_: str | None = None,
    quad_: str | None = None,
) -> Filters:
    """Validated `Filters` from raw request strings."""
    s, u = date_range(since, until)
    return Filters(
        since=s,
        until=u,
        publisher=text("publisher", publisher),
        entity=text("entity", entity),
        source_country=country("source", source),
        target_country=country("target", target),
        country=country("country", country_),
        category=category(category_),
        quad=quad(quad_),
    )
