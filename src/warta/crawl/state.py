"""Crawl state kept next to the records, in the store's own database.

Two small tables, created on first use, in SQLite or PostgreSQL alike:

- `crawl_seen`: every article URL (normalised) already handled, with its outcome, so a
  restarted `watch` fetches only what is new;
- `crawl_feeds`: per feed or sitemap, the ETag and Last-Modified of the last 200 answer,
  for conditional GET.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_TABLES = (
    """CREATE TABLE IF NOT EXISTS crawl_seen (
        url TEXT PRIMARY KEY,
        outcome TEXT NOT NULL,
        record_id TEXT,
        seen_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS crawl_feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        polled_at TEXT NOT NULL)""",
)


def sqlite_path(db: str) -> str:
    """The SQLite file a store URL names (a path or sqlite:///path)."""
    if db.startswith("sqlite:///"):
        return db[len("sqlite:///"):]
    if db.startswith("sqlite://"):
        return db[len("sqlite://"):]
    return db


def is_postgres(db: str | None) -> bool:
    return bool(db) and str(db).startswith(("postgresql://", "postgres://"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CrawlState:
    """Seen URLs and feed validators in the database at `db` (a store URL; None: the
    store's default)."""

    def __init__(self, db: str | None) -> None:
        self._conn: Any
        if not db:
            from warta.store import default_url

            db = default_url()
        self.db = db
        if is_postgres(db):
            import psycopg

            self._conn = psycopg.connect(str(db), autocommit=True)
            self._ph = "%s"
        else:
            path = sqlite_path(db)
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._ph = "?"
        for sql in _TABLES:
            self._conn.execute(sql)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self._ph)

    def _one(self, sql: str, params: tuple[Any, ...]) -> tuple[Any, ...] | None:
        cur = self._conn.execute(self._sql(sql), params)
        row = cur.fetchone()
        return tuple(row) if row is not None else None

    def seen(self, url: str) -> bool:
        return self._one("SELECT 1 FROM crawl_seen WHERE url = ?", (url,)) is not None

    def mark(self, url: str, outcome: str, record_id: str | None = None) -> None:
        """Remember that `url` was handled (stored, duplicate, no article, failed…)."""
        self._conn.execute(
            self._sql(
                "INSERT INTO crawl_seen (url, outcome, record_id, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, "
                "record_id = excluded.record_id, seen_at = excluded.seen_at"
            ),
            (url, outcome, record_id, _now()),
        )

    def validators(self, feed_url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) of the last full answer from this feed."""
        row = self._one("SELECT etag, last_modified FROM crawl_feeds WHERE url = ?", (feed_url,))
        return (row[0], row[1]) if row else (None, None)

    def set_validators(self, feed_url: str, etag: str | None, last_modified: str | None) -> None:
        self._conn.execute(
            self._sql(
                "INSERT INTO crawl_feeds (url, etag, last_modified, polled_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, polled_at = excluded.polled_at"
            ),
            (feed_url, etag, last_modified, _now()),
        )

    def counts(self) -> dict[str, int]:
        seen = self._one("SELECT COUNT(*) FROM crawl_seen", ())
        feeds = self._one("SELECT COUNT(*) FROM crawl_feeds", ())
        return {"seen": int(seen[0]) if seen else 0, "feeds": int(feeds[0]) if feeds else 0}

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> CrawlState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
