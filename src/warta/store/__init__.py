"""Stores of analysed records: SQLite by default, PostgreSQL for shared deployments.

`open_store(url)` picks the backend from the URL: `None`, a path or `sqlite:///path`
→ SQLite; `postgresql://…` → PostgreSQL. Both implement `warta.store.base.Store`.
"""

from __future__ import annotations

import os

from warta.store.base import Filters, Page, Store
from warta.store.sql import SQLStore

__all__ = ["Filters", "Page", "Store", "SQLStore", "open_store", "default_url"]


def default_url() -> str:
    """`$WARTA_DB` when set, else ./warta.db."""
    return os.environ.get("WARTA_DB") or "warta.db"


def open_store(url: str | None = None, *, readonly: bool = False) -> SQLStore:
    """Open (creating and migrating when needed) the store at `url`."""
    url = url or default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from warta.store.postgres import PostgresStore

        return PostgresStore(url)
    from warta.store.sqlite import SQLiteStore

    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    path = path.removeprefix("sqlite://") if path.startswith("sqlite://") else path
    return SQLiteStore(path, readonly=readonly)
