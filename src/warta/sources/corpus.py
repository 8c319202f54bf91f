"""JSONL (plain, .gz, .zst) and CSV corpora of pre-extracted article text.

Field names are configurable (`Fields`), with presets for the common shapes. Each row
becomes a body-only `Document` (`meta["body_only"]`): its text is the article body as
clean text, with the row's title and date in `meta`, so extraction skips the chrome
cleaner. The locator is `path:line`. A bad row is yielded as an `InputError`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from warta.errors import InputError
from warta.sources.compress import Cursor, open_text
from warta.types import Document


@dataclass(frozen=True, slots=True)
class Fields:
    """Which field of a row holds what; `crawled` is a crawl time, `date` a publish date."""

    text: str = "text"
    url: str | None = "url"
    title: str | None = "title"
    date: str | None = None
    crawled: str | None = None


DEFAULT_FIELDS = Fields()

PRESETS: dict[str, Fields] = {
    # CulturaX: text, timestamp (crawl time), url, source
    "culturax": Fields(text="text", url="url", title=None, crawled="timestamp"),
    # FineWeb / FineWeb-2: text, id, dump, url, date (crawl time), file_path, language
    "fineweb": Fields(text="text", url="url", title=None, crawled="date"),
    # news-please: maintext, title, date_publish, url (plus authors, language…)
    "news-please": Fields(text="maintext", url="url", title="title", date="date_publish"),
}

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")  # .json: JSON Lines, or one JSON array
CSV_SUFFIXES = (".csv", ".tsv")
_COMPRESSED = ("", ".gz", ".zst", ".zstd")


def _base_suffix(path: str | Path) -> str:
    name = Path(path).name.lower()
    for comp in _COMPRESSED[1:]:
        if name.endswith(comp):
            name = name[: -len(comp)]
            break
    return Path(name).suffix


def is_jsonl(path: str | Path) -> bool:
    return _base_suffix(path) in JSONL_SUFFIXES


def is_csv(path: str | Path) -> bool:
    return _base_suffix(path) in CSV_SUFFIXES


def fields_for(
    preset: str | None = None,
    *,
    text: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Fields:
    """A preset (or the defaults) with any field name overridden."""
    if preset is not None and preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r} (one of {', '.join(PRESETS)})")
    f = PRESETS[preset] if preset else Fields()
    overrides = {k: v for k, v in dict(text=text, url=url, title=title, date=date).items() if v}
    return replace(f, **overrides)


def _document(row: dict[str, Any], fields: Fields, source: str) -> Document | InputError:
    text = row.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return InputError(source, f"no text in field {fields.text!r}")
    meta: dict[str, Any] = {"body_only": True}
    for key in ("title", "date"):
        name = getattr(fields, key)
        value = row.get(name) if name else None
        if value not in (None, ""):
            meta[key] = str(value)
    url = row.get(fields.url) if fields.url else None
    crawled = _datetime(row.get(fields.crawled)) if fields.crawled else None
    return Document(
        content=text,
        source=source,
        content_type="text/plain",
        url=str(url) if url else None,
        crawled=crawled,
        meta=meta,
    )


def _datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def read_jsonl(
    path: str | Path, fields: Fields = DEFAULT_FIELDS, cursor: Cursor | None = None
) -> Iterator[Document | InputError]:
    """One body-only Document per JSON line; `-` reads stdin."""
    name = str(path)
    try:
        stream: IO[str] = sys.stdin if name == "-" else open_text(path, cursor)
    except OSError as e:
        yield InputError(name, f"cannot read ({e.strerror or e})")
        return
    try:
        yield from _jsonl_rows(stream, name, fields)
    finally:
        if stream is not sys.stdin:
            stream.close()


def _jsonl_rows(stream: IO[str], name: str, fields: Fields) -> Iterator[Document | InputError]:
    lineno = 0
    first = stream.read(1) if stream is not sys.stdin else ""
    while first.isspace():
        first = stream.read(1)
    if first == "[":  # a JSON array of objects rather than JSON Lines
        try:
            rows = json.loads(first + stream.read())
        except json.JSONDecodeError as e:
            yield InputError(name, f"invalid JSON ({e.msg} at line {e.lineno})")
            return
        for i, row in enumerate(rows):
            src = f"{name}[{i}]"
            yield _document(row, fields, src) if isinstance(row, dict) else InputError(
                src, "array item is not an object"
            )
        return
    pending = first
    while True:
        try:
            line = pending + stream.readline()
            pending = ""
        except (OSError, EOFError, ValueError) as e:  # corrupt compressed stream
            yield InputError(f"{name}:{lineno + 1}", f"unreadable ({e}); rest of file skipped")
            return
        if not line:
            return
        lineno += 1
        if not line.endswith("\n") and line.strip() and _truncated(line):
            yield InputError(f"{name}:{lineno}", "last line cut short")
            return
        if not line.strip():
            continue
        source = f"{name}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(source, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(row, dict):
            yield InputError(source, "JSON line is not an object")
            continue
        yield _document(row, fields, source)


def read_csv(
    path: str | Path, fields: Fields = DEFAULT_FIELDS, cursor: Cursor | None = None
) -> Iterator[Document | InputError]:
    """One body-only Document per CSV row (header row gives the field names)."""
    name = str(path)
    csv.field_size_limit(2**31 - 1)
    delimiter = "\t" if _base_suffix(path) == ".tsv" else ","
    try:
        stream: IO[str] = sys.stdin if name == "-" else open_text(path, cursor)
    except OSError as e:
        yield InputError(name, f"cannot read ({e.strerror or e})")
        return
    try:
        reader = csv.DictReader(stream, delimiter=delimiter)
        start = 2
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, OSError, EOFError, ValueError) as e:
                yield InputError(f"{name}:{start}", f"unreadable CSV ({e}); rest of file skipped")
                return
            source = f"{name}:{start}"
            start = reader.line_num + 1
            if fields.text not in row:
                yield InputError(name, f"no column {fields.text!r} (columns: {', '.join(row)})")
                return
            yield _document(row, fields, source)
    finally:
        if stream is not sys.stdin:
            stream.close()


def _truncated(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return True
    return False
