"""The values that flow through the pipeline: Document → Article → Record.

Every stage is a plain function from one of these to the next, so that the CLI, the
batch runner, the Dask runner and the HTTP API all call the same code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import Any

SCHEMA = "warta.article/1"


@dataclass(slots=True)
class Document:
    """One raw input item as a reader found it."""

    content: bytes | str
    source: str  # locator: path, path:line, WARC record id, URL…
    content_type: str = "text/plain"  # "text/plain" or "text/html"
    url: str | None = None
    crawled: datetime | None = None  # crawl/fetch time, for relative dates
    meta: dict[str, Any] = field(default_factory=dict)  # reader's own metadata (title, date…)


@dataclass(slots=True)
class Removed:
    """A line the cleaner dropped, and the name of the rule that dropped it."""

    line: str
    reason: str


@dataclass(slots=True)
class Article:
    """The article part of the record contract (see docs/record.md)."""

    id: str
    source: str
    url: str | None = None
    lang: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 with offset
    dateline: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    editor_codes: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    error: str | None = None  # set when no article could be found (e.g. a home page)

    @property
    def text(self) -> str:
        """The body as one string; all offsets in the record count characters in it."""
        return "\n\n".join(self.body)


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PER, ORG, LOC, GPE, NORP, EVT, MISC
    country: str | None = None  # ISO 3166-1 alpha-3 or CAMEO IGO code
    role: str | None = None  # CAMEO sector code
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    direct: bool
    speaker: str | None  # entity id
    via: list[str]  # entity ids, nearest relay first, original source last
    start: int
    end: int


@dataclass(slots=True)
class Event:
    category: str  # PLOVER category
    quad: str  # verbal_cooperation, material_cooperation, verbal_conflict, material_conflict
    source: str | None  # entity id
    target: str | None  # entity id
    source_country: str | None
    target_country: str | None
    source_role: str | None
    target_role: str | None
    context: list[str]
    date: str | None
    location: str | None
    sentence: str
    start: int
    end: int
    confidence: float
    trigger: str = ""
    mentions: int = 1


@dataclass(slots=True)
class Record:
    """The full record: the article plus its analysis."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return record_dict(self.article, self)


def record_dict(article: Article, analysis: Record | None = None) -> dict[str, Any]:
    """The JSON object of the record contract, field order as documented."""
    out: dict[str, Any] = {"schema": SCHEMA}
    out.update(plain(article))
    if out.get("error") is None:
        out.pop("error", None)
    if analysis is not None:
        out["entities"] = [plain(e) for e in analysis.entities]
        out["quotes"] = [plain(q) for q in analysis.quotes]
        out["events"] = [plain(e) for e in analysis.events]
    return out


_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


def plain(obj: Any) -> dict[str, Any]:
    """`dataclasses.asdict(obj)` for the record's types, without its deep copies (~5x faster):
    fields in declaration order, dataclasses as dicts, lists/tuples/dicts rebuilt, atoms shared."""
    cls = type(obj)
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return {name: _value(getattr(obj, name)) for name in names}


def _value(value: Any) -> Any:
    if isinstance(value, _ATOMS):
        return value
    if isinstance(value, list):
        return [_value(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return plain(value)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return type(value)(_value(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_value(k), _value(v)) for k, v in value.items())
    from copy import deepcopy

    return deepcopy(value)  # anything else (named tuples, sets, objects), as asdict does


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class TextAnalysis:
    """The shared document object of the analysis stages (like a spaCy Doc).

    `warta.nlp` fills sentences, tokens and entities; `warta.quotes` and
    `warta.events` read it and add their own parts.
    """

    text: str
    lang: str | None = None
    published: str | None = None  # the article's date, for resolving event dates
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
