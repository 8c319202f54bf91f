"""Response shapes for the OpenAPI docs (the record contract of docs/record.md).

Handlers return plain dicts as JSON; these models document them at /docs and /openapi.json.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# The record's parts are the pipeline's own dataclasses, so the docs cannot drift from them.
from warta.types import Entity, Event, Quote, Removed


class Error(BaseModel):
    detail: str = Field(description="what is wrong, naming the parameter")


class Health(BaseModel):
    status: str
    version: str
    writable: bool = Field(description="true when the server was started with a token")
    stats: dict[str, int]


class Record(BaseModel):
    """One record; offsets count characters in "\\n\\n".join(body)."""

    schema_: str = Field(alias="schema", examples=["warta.article/1"])
    id: str
    source: str
    url: str | None = None
    lang: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    publisher: str | None = None
    authors: list[str] = []
    editor_codes: list[str] = []
    body: list[str] = []
    removed: list[Removed] = []
    error: str | None = None
    entities: list[Entity] = []
    quotes: list[Quote] = []
    events: list[Event] = []


class ArticleHit(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    snippet: str | None = Field(None, description="plain text, no markup")
    cluster: Any = None


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleHit]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]] = Field(
        description="events with their article id, title, published"
    )


class Relations(BaseModel):
    by: str
    items: list[dict[str, Any]] = Field(
        description="per directed country pair and period: events per quad class, "
        "net cooperation–conflict and score"
    )


class Entities(BaseModel):
    items: list[dict[str, Any]] = Field(description="name, type, country, role, articles, mentions")


class AnalyzeRequest(BaseModel):
    content: str = Field(description="the raw page: a text dump or HTML")
    content_type: str | None = Field(None, description="text/plain or text/html; sniffed if absent")
    url: str | None = None
