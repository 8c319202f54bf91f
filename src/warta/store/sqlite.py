"""The SQLite store: one file (default ./warta.db), WAL mode, FTS5 over title and body."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.store.migrations import migrate
from warta.store.query import fts5_query
from warta.store.sql import SQLStore

DEFAULT_PATH = "warta.db"


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> None:
        super().__init__()
        self.path = str(path)
        self.url = f"sqlite:///{self.path}"
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        except sqlite3.Error as e:
            raise InputError(self.path, f"cannot open SQLite database ({e})") from None
        self.conn.execute("PRAGMA busy_timeout = 60000")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the LSH key index is random
            self.migrate()

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

    def _index_text(self, seq: int, title: str | None, body: str) -> None:
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (seq, title or "", body),
        )

    def _search_sql(
        self, q: str, where: str, params: list[Any], collapse: bool, limit: int, offset: int
    ) -> tuple[str, list[Any], str, list[Any]]:
        match = fts5_query(q) or '""'
        hits = (
            "SELECT a.seq, a.cluster, bm25(articles_fts, 4.0, 1.0) AS score "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND {where}"
        )
        hp = [match, *params]
        if collapse:
            page = (
                f"SELECT seq, score FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY cluster "
                f"ORDER BY score, seq) AS rn FROM ({hits}) h) t WHERE rn = 1 "
                "ORDER BY score, seq LIMIT ? OFFSET ?"
            )
            count = (
                "SELECT COUNT(DISTINCT a.cluster) FROM articles_fts JOIN articles a "
                f"ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND {where}"
            )
        else:
            page = f"SELECT seq, score FROM ({hits}) h ORDER BY score, seq LIMIT ? OFFSET ?"
            if where == "1 = 1":  # no filter on the articles: count in the index alone
                count = "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?"
                count_params = [match]
            else:
                count = (
                    "SELECT COUNT(*) FROM articles_fts JOIN articles a "
                    f"ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND {where}"
                )
        # snippets are costly: make them only for the page's rows, after ranking and cutting
        sql = (
            "SELECT a.seq, a.id, a.title, a.published, a.publisher, a.url, a.cluster, "
            "snippet(articles_fts, 1, '', '', ' … ', 24) AS snippet, p.score "
            f"FROM ({page}) p JOIN articles_fts ON articles_fts.rowid = p.seq "
            "JOIN articles a ON a.seq = p.seq WHERE articles_fts MATCH ? ORDER BY p.score, p.seq"
        )
        if collapse or where != "1 = 1":
            count_params = hp
        return sql, [*hp, limit, offset, match], count, count_params
