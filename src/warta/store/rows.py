"""A full record (the JSON contract) flattened into the rows the SQL stores keep."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from warta.errors import InputError

WIB = timezone(timedelta(hours=7))
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
PERIODS = ("day", "week", "month", "year")


def utc_text(value: str | None) -> str | None:
    """An ISO datetime as UTC text `YYYY-MM-DDTHH:MM:SS` (naive means WIB); None if unparsable."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=WIB)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def day_of(value: str | None) -> str | None:
    """The local calendar day `YYYY-MM-DD` an ISO date(time) names, if it names one."""
    if value and _DAY.match(value):
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            return None
        return value[:10]
    return None


def week_of(day: str | None) -> str | None:
    if not day:
        return None
    y, w, _ = date.fromisoformat(day).isocalendar()
    return f"{y}-W{w:02d}"


def bound(value: str | None, name: str) -> tuple[str, str] | None:
    """A --since/--until value as ("day", YYYY-MM-DD) or ("utc", UTC text)."""
    if not value:
        return None
    if len(value) == 10 and day_of(value):
        return ("day", value)
    utc = utc_text(value)
    if utc is None:
        raise InputError(name, f"not an ISO date or datetime: {value!r}")
    return ("utc", utc)


@dataclass(slots=True)
class Rows:
    article: dict[str, Any]
    entities: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]


ARTICLE_COLUMNS = (
    "id", "source", "url", "lang", "title", "published", "published_utc", "pub_date",
    "publisher", "dateline", "body", "record", "added",
)  # fmt: skip
ENTITY_COLUMNS = ("article_id", "eid", "name", "type", "country", "role", "mentions")
MENTION_COLUMNS = ("article_id", "eid", "n", "text", "start_char", "end_char")
EVENT_COLUMNS = (
    "article_id", "n", "category", "quad", "source", "target", "source_name", "target_name",
    "source_country", "target_country", "source_role", "target_role", "context", "negated",
    "hypothetical", "date", "day", "week", "month", "location", "sentence", "start_char",
    "end_char", "confidence", "trigger", "mentions",
)  # fmt: skip


def flatten(record: dict[str, Any], raw: str | None = None) -> Rows:
    """The rows of one record (`raw`: its JSON text, when already made); raises InputError
    when it has no id."""
    rid = record.get("id")
    if not rid:
        raise InputError(str(record.get("source") or "<record>"), "record has no id")
    published = record.get("published")
    pub_day = day_of(published)
    body = "\n\n".join(record.get("body") or [])
    article = {
        "id": rid,
        "source": record.get("source"),
        "url": record.get("url"),
        "lang": record.get("lang"),
        "title": record.get("title"),
        "published": published,
        "published_utc": utc_text(published),
        "pub_date": pub_day,
        "publisher": record.get("publisher"),
        "dateline": record.get("dateline"),
        "body": body,
        "record": raw if raw is not None else json.dumps(record, ensure_ascii=False),
        "added": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
    }
    names: dict[str, str] = {}
    entities, mentions = [], []
    for ent in record.get("entities") or []:
        eid = ent.get("id")
        names[eid] = ent.get("name")
        ms = ent.get("mentions") or []
        entities.append(
            (
                rid,
                eid,
                ent.get("name"),
                ent.get("type"),
                ent.get("country"),
                ent.get("role"),
                len(ms),
            )
        )
        for n, m in enumerate(ms):
            mentions.append((rid, eid, n, m.get("text"), m.get("start"), m.get("end")))
    events = []
    for n, ev in enumerate(record.get("events") or []):
        day = day_of(ev.get("date")) or pub_day
        context = list(ev.get("context") or [])
        events.append(
            (
                rid, n, ev.get("category"), ev.get("quad"), ev.get("source"), ev.get("target"),
                names.get(ev.get("source")), names.get(ev.get("target")),
                ev.get("source_country"), ev.get("target_country"),
                ev.get("source_role"), ev.get("target_role"),
                json.dumps(context, ensure_ascii=False),
                int("negated" in context), int("hypothetical" in context),
                ev.get("date"), day, week_of(day), day[:7] if day else None,
                ev.get("location"), ev.get("sentence"), ev.get("start"), ev.get("end"),
                ev.get("confidence"), ev.get("trigger", ""), ev.get("mentions", 1),
            )
        )  # fmt: skip
    # one row per entity id even if a record repeats one
    seen: set[Any] = set()
    unique = []
    for e in entities:
        if e[1] not in seen:
            seen.add(e[1])
            unique.append(e)
    entities = unique
    return Rows(article, entities, mentions, events)
