"""The one interface every store implements (SQLite and PostgreSQL alike)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(slots=True)
class Page:
    """One page of query results."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class Filters:
    """Filters shared by the query methods; `None` means no filter."""

    since: str | None = None  # ISO date or datetime, inclusive
    until: str | None = None  # ISO date or datetime, inclusive
    publisher: str | None = None
    entity: str | None = None  # canonical entity name
    source_country: str | None = None
    target_country: str | None = None
    country: str | None = None  # either side
    category: str | None = None  # PLOVER category
    quad: str | None = None
    collapse_duplicates: bool = False  # one row per near-duplicate cluster
    extra: dict[str, Any] = field(default_factory=dict)


class Store(Protocol):
    def add(self, record: dict[str, Any]) -> bool:
        """Store one full record (the JSON contract); False when its id was already stored."""

    def add_failure(self, source: str, reason: str) -> None:
        """Record an input that could not be processed, with its reason."""

    def has(self, record_id: str) -> bool: ...

    def get(self, record_id: str) -> dict[str, Any] | None:
        """The full record as stored, or None."""

    def search(self, q: str | None, filters: Filters, limit: int = 20, offset: int = 0) -> Page:
        """Articles matching full-text `q`: items have id, title, published, publisher,
        url, snippet (plain text, no markup) and cluster."""

    def events(self, filters: Filters, limit: int = 100, offset: int = 0) -> Page:
        """Events with their article id, title and published time."""

    def relations(self, filters: Filters, by: str = "month") -> list[dict[str, Any]]:
        """Per country pair and period: counts per quad class and net cooperation–conflict."""

    def entities(self, filters: Filters, limit: int = 50) -> list[dict[str, Any]]:
        """Top entities: name, type, country, role, articles, mentions."""

    def stats(self) -> dict[str, int]:
        """Counts: articles, events, entities, failures."""

    def close(self) -> None: ...
