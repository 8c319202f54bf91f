"""What the SQLite and PostgreSQL stores share: writes, dedup clusters, queries.

SQL here uses `?` placeholders (PostgreSQL's store rewrites them to `%s`); every value
from a user goes in as a parameter. Column and period names that vary come from
fixed whitelists, never from user strings. The backends supply the connection, the
migrations and full-text search.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from warta import dedup
from warta.store.base import Filters, Page
from warta.store.rows import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    PERIODS,
    QUADS,
    Rows,
    bound,
    flatten,
)

RELATIONS_CACHE = 64  # relation aggregates kept per connection (distinct filter sets)
EVENT_FIELDS = (
    "category", "quad", "source", "target", "source_country", "target_country", "source_role",
    "target_role", "context", "date", "location", "sentence", "start", "end", "confidence",
    "trigger", "mentions",
)  # fmt: skip


class SQLStore:
    """A store over a DB-API connection; subclasses set `dialect` and the hooks below."""

    dialect = "sql"
    url = ""

    def __init__(self) -> None:
        self._depth = 0
        # (store revision, {(period, filters): rows}): see `relations`
        self._relations_cache: tuple[Any, dict[tuple[str, str], list[dict[str, Any]]]] | None = None

    # -- hooks --------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _index_texts(self, rows: Sequence[tuple[int, str | None, str]]) -> None:
        """Add articles (seq, title, body) to the full-text index (PostgreSQL's is a
        generated column)."""

    def _search_sql(
        self, q: str, where: str, params: list[Any], collapse: bool, limit: int, offset: int
    ) -> tuple[str, list[Any], str, list[Any]]:
        """(page query, its params, count query, its params) for full-text `q`."""
        raise NotImplementedError

    def _search_fts(
        self, q: str, where: str, params: list[Any], collapse: bool, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """(the page's items, the total) for full-text `q`, by the backend's `_search_sql`."""
        sql, sparams, count_sql, cparams = self._search_sql(
            q, where, params, collapse, limit, offset
        )
        return self._all(sql, sparams), int(self._one(count_sql, cparams) or 0)

    # -- plumbing -----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))  # type: ignore[attr-defined]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)  # type: ignore[attr-defined]

    def insert_rows(self, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Plain INSERTs of many rows (no conflict clause): one batched statement here."""
        self.executemany(_insert(table, cols), rows)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around many writes (nested batches join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        self._commit()

    # -- writes -------------------------------------------------------------------------
    def add(self, record: dict[str, Any], *, signature: np.ndarray | bytes | None = None) -> bool:
        """Store one full record; False when its id was already stored.

        `signature` is the body's MinHash (computed here when not given); it places the
        article in its near-duplicate cluster.
        """
        return self.add_many([(flatten(record), signature, None)])[0]

    def add_many(
        self, items: Sequence[tuple[Rows, np.ndarray | bytes | None, Sequence[int] | None]]
    ) -> list[bool]:
        """Store flattened records (rows, MinHash signature, LSH band keys) in one transaction.

        For each item, False when its id was already stored (before, or earlier in
        `items`). Signatures and keys are computed here when None. Clusters come out as
        if the items were added one by one, in order; the statements are batched (a few
        per table for the whole batch, not per article).
        """
        ids = [rows.article["id"] for rows, _, _ in items]
        with self.batch():
            seen = {r[0] for r in self._select_in("SELECT id FROM articles WHERE id IN ({})", ids)}
            fresh: list[bool] = []
            new: list[tuple[Rows, np.ndarray | None, list[int] | None]] = []
            for rid, (rows, sig, keys) in zip(ids, items, strict=True):
                fresh.append(rid not in seen)
                if rid in seen:
                    continue
                seen.add(rid)
                if isinstance(sig, bytes | bytearray | memoryview):
                    sig = dedup.from_bytes(bytes(sig))
                if sig is None:
                    sig = dedup.signature(rows.article["body"])
                if sig is not None and keys is None:
                    keys = dedup.band_keys(sig)
                new.append((rows, sig, None if keys is None else list(keys)))
            if not new:
                return fresh
            new_ids = [rows.article["id"] for rows, _, _ in new]
            clusters = self._assign_clusters(
                [(i, s, k) for i, (_, s, k) in zip(new_ids, new, strict=True)]
            )
            cols = ARTICLE_COLUMNS + ("cluster",)
            self.executemany(
                f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                "ON CONFLICT (id) DO NOTHING",
                [
                    [rows.article[c] for c in ARTICLE_COLUMNS] + [cluster]
                    for (rows, _, _), (cluster, _) in zip(new, clusters, strict=True)
                ],
            )
            seqs = dict(self._select_in("SELECT id, seq FROM articles WHERE id IN ({})", new_ids))
            self._index_texts(
                [(seqs[r.article["id"]], r.article["title"], r.article["body"]) for r, _, _ in new]
            )
            tables: tuple[tuple[str, Sequence[str]], ...] = (
                ("entities", ENTITY_COLUMNS), ("mentions", MENTION_COLUMNS),
                ("events", EVENT_COLUMNS),
            )
            for table, columns in tables:
                self.insert_rows(table, columns, [x for r, _, _ in new for x in getattr(r, table)])
            self._write_dedup(new_ids, [s for _, s, _ in new], [k for _, _, k in new], clusters)
        return fresh

    def _select_in(self, sql: str, values: Sequence[Any], size: int = 500) -> list[Any]:
        """Rows of `sql` whose `IN ({})` takes each chunk of `values` as parameters."""
        out: list[Any] = []
        for i in range(0, len(values), size):
            chunk = list(values[i : i + size])
            out.extend(self.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall())
        return out

    def _assign_clusters(
        self, items: Sequence[tuple[str, np.ndarray | None, list[int] | None]]
    ) -> list[tuple[str, bool]]:
        """(cluster, adds its band keys) for new articles (id, signature, band keys), in order.

        An article joins the cluster of its nearest near-duplicate, stored or earlier in
        `items`, or starts its own. Candidates are the articles sharing a band key, most
        shared bands first (a proxy for similarity), at most `dedup.MAX_CANDIDATES`, each
        checked by estimated Jaccard. A near-exact copy (similarity ≥ `dedup.COPY`) adds
        no band keys: it would find nothing its original does not, and big syndication
        clusters would otherwise make every later lookup slower. The stored band keys of
        the whole batch are read in one query; `dedup.MemoryIndex` is the same rule.
        """
        wanted = list({k for _, _, keys in items for k in keys or ()})
        stored: dict[int, list[str]] = {}
        for key, other in self._select_in(
            "SELECT key, article_id FROM lsh WHERE key IN ({})", wanted
        ):
            stored.setdefault(key, []).append(other)
        # the stored candidates each article may need: its best MAX_CANDIDATES among them
        tops: list[dict[str, int]] = []
        need: set[str] = set()
        for _, _, keys in items:
            shared: dict[str, int] = {}
            for key in keys or ():
                for other in stored.get(key, ()):
                    shared[other] = shared.get(other, 0) + 1
            top = sorted(shared, key=lambda o: (-shared[o], o))[: dedup.MAX_CANDIDATES]
            tops.append({o: shared[o] for o in top})
            need.update(top)
        known: dict[str, tuple[str, np.ndarray]] = {
            other: (cluster, dedup.from_bytes(bytes(sig)))
            for other, cluster, sig in self._select_in(
                "SELECT a.id, a.cluster, s.sig FROM articles a "
                "JOIN signatures s ON s.article_id = a.id WHERE a.id IN ({})",
                sorted(need),
            )
        }
        batch: dict[int, list[str]] = {}  # band keys of this batch's articles
        out: list[tuple[str, bool]] = []
        for (rid, sig, keys), shared in zip(items, tops, strict=True):
            if sig is None or keys is None:
                out.append((rid, False))
                continue
            shared = dict(shared)
            for key in keys:
                for other in batch.get(key, ()):
                    shared[other] = shared.get(other, 0) + 1
            cluster, best = rid, 0.0
            for other in sorted(shared, key=lambda o: (-shared[o], o))[: dedup.MAX_CANDIDATES]:
                if other not in known:
                    continue
                other_cluster, other_sig = known[other]
                sim = dedup.similarity(sig, other_sig)
                if sim >= dedup.THRESHOLD and sim > best:
                    cluster, best = other_cluster, sim
            adds = best < dedup.COPY
            if adds:
                for key in keys:
                    batch.setdefault(key, []).append(rid)
            known[rid] = (cluster, sig)
            out.append((cluster, adds))
        return out

    def _write_dedup(
        self,
        ids: Sequence[str],
        sigs: Sequence[np.ndarray | None],
        keys: Sequence[list[int] | None],
        clusters: Sequence[tuple[str, bool]],
    ) -> None:
        """Signatures, LSH band keys and cluster sizes of new articles (see `_assign_clusters`)."""
        self.insert_rows(
            "signatures",
            ("article_id", "sig"),
            [(rid, dedup.to_bytes(s)) for rid, s in zip(ids, sigs, strict=True) if s is not None],
        )
        self.insert_rows(
            "lsh",
            ("key", "article_id"),
            [
                (k, rid)
                for rid, ks, (_, adds) in zip(ids, keys, clusters, strict=True)
                if adds and ks
                for k in ks
            ],
        )
        sizes: dict[str, int] = {}
        for cluster, _ in clusters:
            sizes[cluster] = sizes.get(cluster, 0) + 1
        self.executemany(
            "INSERT INTO clusters (id, size) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET size = clusters.size + excluded.size",
            list(sizes.items()),
        )

    def add_failure(self, source: str, reason: str) -> None:
        """Record an input that could not be processed (one row per source, latest reason)."""
        with self.batch():
            self.execute(
                "INSERT INTO failures (source, reason, at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at",
                (source, reason, _now()),
            )

    def clear_failure(self, source: str) -> None:
        """Forget an earlier failure of a source that has now been stored."""
        self.clear_failures([source])

    def clear_failures(self, sources: Sequence[str]) -> None:
        """Forget the earlier failures of sources that have now been stored."""
        self.executemany("DELETE FROM failures WHERE source = ?", [(s,) for s in sources])

    def mark_inputs(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Remember raw inputs (content key → record id) so re-runs skip them unread."""
        self.executemany(
            "INSERT INTO inputs (key, record_id) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", pairs
        )

    def seen_inputs(self, keys: Sequence[str]) -> set[str]:
        """The input keys already stored."""
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ", ".join("?" * len(chunk))
            out.update(
                r[0] for r in self.execute(f"SELECT key FROM inputs WHERE key IN ({marks})", chunk)
            )
        return out

    # -- reads --------------------------------------------------------------------------
    def has(self, record_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = ?", (record_id,)) is not None

    def get(self, record_id: str) -> dict[str, Any] | None:
        raw = self.get_json(record_id)
        return None if raw is None else json.loads(raw)

    def get_json(self, record_id: str) -> str | None:
        """The stored record as its JSON text (what `get` parses), or None."""
        return self._one("SELECT record FROM articles WHERE id = ?", (record_id,))

    def cluster_of(self, record_id: str) -> str | None:
        return self._one("SELECT cluster FROM articles WHERE id = ?", (record_id,))

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._all(
            "SELECT source, reason, at FROM failures ORDER BY at, source LIMIT ?", (limit,)
        )

    def iter_records(
        self, filters: Filters | None = None, size: int = 500
    ) -> Iterator[dict[str, Any]]:
        """Every stored record matching the filters, in insertion order, streamed."""
        filters = filters or Filters()
        where, params = _article_where(filters)
        if filters.collapse_duplicates:
            where += " AND a.cluster = a.id"
        last = 0
        while True:
            rows = self.execute(
                f"SELECT a.seq, a.record, a.cluster FROM articles a WHERE a.seq > ? AND {where} "
                "ORDER BY a.seq LIMIT ?",
                [last, *params, size],
            ).fetchall()
            if not rows:
                return
            for seq, raw, cluster in rows:
                last = seq
                rec = json.loads(raw)
                rec["cluster"] = cluster
                yield rec

    def search(self, q: str | None, filters: Filters, limit: int = 20, offset: int = 0) -> Page:
        where, params = _article_where(filters)
        collapse = filters.collapse_duplicates
        if q and q.strip():
            items, total = self._search_fts(q, where, params, collapse, limit, offset)
        else:
            items, total = self._latest(where, params, collapse, limit, offset)
        for item in items:
            item.pop("score", None)
            item.pop("rn", None)
            item.pop("seq", None)
            item["snippet"] = " ".join((item.get("snippet") or "").split())
        return Page(items=items, total=int(total), limit=limit, offset=offset)

    def _latest(
        self, where: str, params: list[Any], collapse: bool, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], int]:
        """Newest first, without a query. Filtered, one pass orders, cuts and counts (a
        window count) on the small columns; then only the page's rows are read whole."""
        keep = "AND a.cluster = a.id" if collapse else ""
        count = f"SELECT COUNT(*) FROM articles a WHERE {where} {keep}"
        order = "ORDER BY a.published_utc DESC NULLS LAST, a.seq"
        if where == "1 = 1" and not collapse:  # the whole store: the count is cheap alone
            total = self._one(count) or 0
            window = "NULL"
        else:
            total, window = None, "COUNT(*) OVER ()"
        ranked = self.execute(
            f"SELECT a.seq, {window} FROM articles a WHERE {where} {keep} {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        if total is None:
            total = self._page_total(ranked, offset, count, params)
        if not ranked:
            return [], int(total)
        return self._page_rows([seq for seq, _ in ranked], "substr(body, 1, 240)"), int(total)

    def _page_total(
        self, ranked: list[Any], offset: int, count_sql: str, params: Sequence[Any]
    ) -> int:
        """The total behind a ranked page of (seq, window count) rows: the window count when
        the page has rows and one, 0 for an empty first page, else `count_sql` on its own
        (a page past the end, or a ranking without a window count)."""
        if ranked and ranked[0][1] is not None:
            return int(ranked[0][1])
        if not ranked and offset == 0:
            return 0
        return int(self._one(count_sql, params) or 0)

    def _page_rows(self, seqs: list[int], snippet_sql: str) -> list[dict[str, Any]]:
        """The result rows of one page, in the ranked order of `seqs` (`snippet` from SQL)."""
        marks = ", ".join("?" * len(seqs))
        rows = {
            r["seq"]: r
            for r in self._all(
                "SELECT seq, id, title, published, publisher, url, cluster, "
                f"{snippet_sql} AS snippet FROM articles WHERE seq IN ({marks})",
                seqs,
            )
        }
        return [rows[seq] for seq in seqs]

    def events(self, filters: Filters, limit: int = 100, offset: int = 0) -> Page:
        where, params = _event_where(filters)
        base = f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE {where}"
        total = self._one(f"SELECT COUNT(*) {base}", params) or 0
        rows = self._all(
            "SELECT ev.*, a.title, a.published, a.publisher, a.url, a.cluster "
            f"{base} ORDER BY ev.day DESC NULLS LAST, a.seq, ev.n LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        items = []
        for r in rows:
            item: dict[str, Any] = {"article_id": r["article_id"]}
            for f in EVENT_FIELDS:
                key = {"start": "start_char", "end": "end_char"}.get(f, f)
                item[f] = r[key]
            item["context"] = json.loads(r["context"] or "[]")
            item.update(
                source_name=r["source_name"], target_name=r["target_name"], day=r["day"],
                title=r["title"], published=r["published"], publisher=r["publisher"],
                url=r["url"], cluster=r["cluster"],
            )  # fmt: skip
            items.append(item)
        return Page(items=items, total=int(total), limit=limit, offset=offset)

    def _revision(self) -> Any:
        """A value that changes whenever the stored data may have changed, or None when the
        backend cannot tell cheaply (then nothing is cached)."""
        return None

    def relations(self, filters: Filters, by: str = "month") -> list[dict[str, Any]]:
        """Per directed country pair and period: events per quad class and the net score.

        `net` = cooperation − conflict events; `score` = net / total, in [−1, 1].
        Negated and hypothetical events are left out (they did not happen).
        The aggregate is kept per store revision (see `_revision`): a read-only server
        answers repeated views from memory until the data changes.
        """
        if by not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)}")
        revision = self._revision()
        if revision is None:
            return self._relations(filters, by)
        cache = self._relations_cache
        if cache is None or cache[0] != revision:
            cache = (revision, {})
            self._relations_cache = cache
        key = (by, repr(filters))
        rows = cache[1].get(key)
        if rows is None:
            rows = self._relations(filters, by)
            if len(cache[1]) >= RELATIONS_CACHE:
                cache[1].pop(next(iter(cache[1])))
            cache[1][key] = rows
        return [dict(r) for r in rows]

    def _relations(self, filters: Filters, by: str) -> list[dict[str, Any]]:
        period = {"day": "ev.day", "week": "ev.week", "month": "ev.month"}.get(
            by, "substr(ev.day, 1, 4)"
        )
        where, params = _event_where(filters)
        counts = ", ".join(
            f"SUM(CASE WHEN ev.quad = '{q}' THEN 1 ELSE 0 END) AS {q}" for q in QUADS
        )
        rows = self._all(
            f"SELECT ev.source_country, ev.target_country, {period} AS period, {counts}, "
            "COUNT(*) AS total FROM events ev JOIN articles a ON a.id = ev.article_id "
            f"WHERE {where} AND ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL "
            "AND ev.negated = 0 AND ev.hypothetical = 0 "
            f"GROUP BY ev.source_country, ev.target_country, {period} "
            "ORDER BY period, total DESC, ev.source_country, ev.target_country",
            params,
        )
        out = []
        for r in rows:
            item = {k: r[k] for k in ("source_country", "target_country", "period")}
            for q in QUADS:
                item[q] = int(r[q] or 0)
            item["total"] = int(r["total"])
            coop = item["verbal_cooperation"] + item["material_cooperation"]
            conflict = item["verbal_conflict"] + item["material_conflict"]
            item["net"] = coop - conflict
            item["score"] = round(item["net"] / item["total"], 3) if item["total"] else 0.0
            out.append(item)
        return out

    def entities(self, filters: Filters, limit: int = 50) -> list[dict[str, Any]]:
        where, params = _article_where(filters)
        if filters.country:
            where += " AND e.country = ?"
            params.append(filters.country)
        if filters.extra.get("type"):
            where += " AND e.type = ?"
            params.append(filters.extra["type"])
        return self._all(
            "SELECT e.name, e.type, e.country, e.role, COUNT(DISTINCT e.article_id) AS articles, "
            "SUM(e.mentions) AS mentions FROM entities e JOIN articles a ON a.id = e.article_id "
            f"WHERE {where} GROUP BY e.name, e.type, e.country, e.role "
            "ORDER BY articles DESC, mentions DESC, e.name LIMIT ?",
            [*params, limit],
        )

    def stats(self) -> dict[str, int]:
        one = self._one
        return {
            "articles": int(one("SELECT COUNT(*) FROM articles") or 0),
            "events": int(one("SELECT COUNT(*) FROM events") or 0),
            "entities": int(
                one("SELECT COUNT(*) FROM (SELECT DISTINCT name, type FROM entities) t") or 0
            ),
            "mentions": int(one("SELECT COUNT(*) FROM mentions") or 0),
            "failures": int(one("SELECT COUNT(*) FROM failures") or 0),
            "clusters": int(one("SELECT COUNT(*) FROM clusters WHERE size > 1") or 0),
            "duplicates": int(one("SELECT COUNT(*) FROM articles WHERE cluster <> id") or 0),
        }

    def close(self) -> None:
        self.conn.close()  # type: ignore[attr-defined]

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _insert(table: str, cols: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _dates(filters: Filters, day_col: str, utc_col: str | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for value, op, name in ((filters.since, ">=", "--since"), (filters.until, "<=", "--until")):
        b = bound(value, name)
        if b is None:
            continue
        kind, v = b
        if kind == "day" or utc_col is None:
            clauses.append(f"{day_col} {op} ?")
            params.append(v[:10])
        else:
            clauses.append(f"{utc_col} {op} ?")
            params.append(v)
    return clauses, params


def _article_where(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = _dates(filters, "a.pub_date", "a.published_utc")
    if filters.publisher:
        clauses.append("a.publisher = ?")
        params.append(filters.publisher)
    if filters.entity:
        # a set built once from the name index (not a subquery per article, which SQLite
        # ran through that index: every mention of a common name, for every article)
        clauses.append("a.id IN (SELECT e2.article_id FROM entities e2 WHERE e2.name = ?)")
        params.append(filters.entity)
    ev = []
    for col, value in (
        ("source_country", filters.source_country),
        ("target_country", filters.target_country),
        ("category", filters.category),
        ("quad", filters.quad),
    ):
        if value:
            ev.append(f"ev2.{col} = ?")
            params.append(value)
    if ev:
        clauses.append(
            "a.id IN (SELECT ev2.article_id FROM events ev2 WHERE " + " AND ".join(ev) + ")"
        )
    return (" AND ".join(clauses) or "1 = 1"), params


def _event_where(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = _dates(filters, "ev.day", None)
    for col, value in (
        ("ev.source_country", filters.source_country),
        ("ev.target_country", filters.target_country),
        ("ev.category", filters.category),
        ("ev.quad", filters.quad),
        ("a.publisher", filters.publisher),
    ):
        if value:
            clauses.append(f"{col} = ?")
            params.append(value)
    if filters.country:
        clauses.append("(ev.source_country = ? OR ev.target_country = ?)")
        params += [filters.country, filters.country]
    if filters.entity:
        clauses.append("(ev.source_name = ? OR ev.target_name = ?)")
        params += [filters.entity, filters.entity]
    if filters.collapse_duplicates:
        clauses.append("a.cluster = a.id")
    return (" AND ".join(clauses) or "1 = 1"), params
