"""The SQLite store: one file (default ./warta.db), WAL mode, FTS5 over title and body."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.store.migrations import migrate
from warta.store.query import fts5_query, snippet
from warta.store.sql import SQLStore

DEFAULT_PATH = "warta.db"
READ_MMAP = 1 << 30  # bytes of the file a read-only connection maps
TITLE_WEIGHT = 4.0  # bm25 weight of a title match (the body's is 1)


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> None:
        super().__init__()
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        self.readonly = readonly
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as e:
            raise InputError(self.path, f"cannot open SQLite database ({e})") from None
        self.conn.execute("PRAGMA busy_timeout = 60000")
        if readonly:
            self.conn.execute("PRAGMA query_only = ON")
            # Pages are read in place from the OS page cache, shared by every connection and
            # process (a server opens one per thread), instead of copied into each one's cache.
            self.conn.execute(f"PRAGMA mmap_size = {READ_MMAP}")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes
            self.conn.execute("PRAGMA foreign_keys = ON")
            # 16 MiB: a writer's memory stays flat however big the file grows (measured: a
            # 64 MiB cache wrote 10,000 articles no faster, the OS page cache serves the rest)
            self.conn.execute("PRAGMA cache_size = -16384")
            self.migrate()

    def _revision(self) -> int | None:
        """On a read-only connection, SQLite's data_version: it changes whenever another
        connection commits (a writable one sees its own writes, so it caches nothing)."""
        if not self.readonly:
            return None
        return int(self._one("PRAGMA data_version"))

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def schema_version(self) -> int:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT)"
        )
        return int(self._one("SELECT COALESCE(MAX(version), 0) FROM schema_version") or 0)

    def migrate(self, upto: int | None = None) -> list[int]:
        """Apply pending migration steps, each in one transaction."""
        from warta.store.migrations import LATEST

        def run(version: int, statements: list[str]) -> None:
            self._begin()
            try:
                if self.schema_version() >= version:  # another process got there first
                    self._rollback()
                    return
                for s in statements:
                    self.conn.execute(s)
                self.conn.execute(
                    "INSERT INTO schema_version (version, applied) VALUES (?, datetime('now'))",
                    (version,),
                )
            except BaseException:
                self._rollback()
                raise
            self._commit()

        return migrate("sqlite", self.schema_version, run, LATEST if upto is None else upto)

    def _index_texts(self, rows: Sequence[tuple[int, str | None, str]]) -> None:
        self.conn.executemany(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            [(seq, title or "", body) for seq, title, body in rows],
        )

    def _search_fts(
        self, q: str, where: str, params: list[Any], collapse: bool, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """Rank, count, then fetch and snippet only the page's rows.

        The full-text index always drives (CROSS JOIN fixes the join order): left to itself
        SQLite may scan an `articles` index (e.g. every article of a publisher) and probe the
        index once per row. Without filters the articles table is not read at all. With
        filters or collapsing, the count comes from the ranking pass itself (a window count);
        otherwise the index counts its matches alone, which is cheaper still.
        """
        match = fts5_query(q) or '""'
        score = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0)"
        joined = (
            "FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND {where}"
        )
        if collapse:
            hits = f"SELECT a.seq, a.cluster, {score} AS score {joined}"
            page = (
                "SELECT seq, COUNT(*) OVER () AS total FROM (SELECT h.*, ROW_NUMBER() OVER "
                f"(PARTITION BY cluster ORDER BY score, seq) AS rn FROM ({hits}) h) t WHERE rn = 1 "
                "ORDER BY score, seq LIMIT ? OFFSET ?"
            )
            count = f"SELECT COUNT(DISTINCT a.cluster) {joined}"
        elif where != "1 = 1":
            page = (
                f"SELECT seq, COUNT(*) OVER () AS total FROM (SELECT a.seq, {score} AS score "
                f"{joined}) h ORDER BY score, seq LIMIT ? OFFSET ?"
            )
            count = f"SELECT COUNT(*) {joined}"
        else:
            page = (
                f"SELECT rowid AS seq, NULL AS total FROM articles_fts WHERE articles_fts MATCH ? "
                f"ORDER BY {score}, rowid LIMIT ? OFFSET ?"
            )
            count = "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?"
        ranked = self.execute(page, [match, *params, limit, offset]).fetchall()
        seqs = [seq for seq, _ in ranked]
        total = self._page_total(ranked, offset, count, [match, *params])
        if not seqs:
            return [], int(total)
        items = self._page_rows(seqs, "body")
        for item in items:
            item.pop("seq")
            item["snippet"] = snippet(item["snippet"] or "", q)  # only the page's rows
        return items, int(total)
