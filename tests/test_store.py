"""The store on SQLite and PostgreSQL alike: writes, idempotence, migrations, transactions."""

from __future__ import annotations

import copy

import pytest

from warta.store import Filters, open_store
from warta.store.migrations import LATEST, STEPS


def test_add_get_and_idempotence(store, seed_record):
    assert store.add(seed_record) is True
    assert store.add(seed_record) is False
    assert store.has(seed_record["id"]) and not store.has("0" * 16)
    assert store.get(seed_record["id"]) == seed_record  # the full record, field order kept
    assert list(store.get(seed_record["id"])) == list(seed_record)
    assert store.get("nope") is None
    stats = store.stats()
    assert stats["articles"] == 1
    assert stats["events"] == len(seed_record["events"])
    assert stats["mentions"] == sum(len(e["mentions"]) for e in seed_record["entities"])


def test_failures_are_recorded_once_per_source(store):
    store.add_failure("a.warc.gz@120", "corrupt gzip member")
    store.add_failure("a.warc.gz@120", "corrupt gzip member")
    store.add_failure("b.txt", "empty input")
    assert store.stats()["failures"] == 2
    assert {f["source"]: f["reason"] for f in store.failures()} == {
        "a.warc.gz@120": "corrupt gzip member",
        "b.txt": "empty input",
    }


def test_a_failed_batch_leaves_nothing_behind(store, seed_record):
    other = copy.deepcopy(seed_record)
    other["id"] = "f" * 16
    with pytest.raises(RuntimeError), store.batch():
        store.add(seed_record)
        store.add_failure("x", "y")
        raise RuntimeError("killed mid-batch")
    assert store.stats()["articles"] == 0 and store.stats()["failures"] == 0
    with store.batch():
        store.add(seed_record)
        store.add(other)
    assert store.stats()["articles"] == 2


def test_schema_is_versioned_and_migrates_in_order(store_url):
    s = open_store(store_url)
    try:
        assert s.schema_version() == LATEST
        assert s.migrate() == []  # nothing left to apply
    finally:
        s.close()
    assert [v for v, _, _ in STEPS] == sorted(v for v, _, _ in STEPS)
    assert all(set(steps) == {"sqlite", "postgresql"} for _, _, steps in STEPS)


def test_an_older_store_is_upgraded(tmp_path, store_url, seed_record):
    """A store left at version 1 gets the later steps when opened, and keeps its data."""
    # build a version-1 store by hand with the same backend class, stopping at step 1
    from warta.store import sqlite as sq

    if store_url.startswith("postgresql"):
        from warta.store.postgres import PostgresStore

        cls = PostgresStore
    else:
        cls = sq.SQLiteStore
    orig = cls.migrate
    cls.migrate = lambda self, upto=None: orig(self, upto=1)  # type: ignore[method-assign]
    try:
        old = cls(store_url)
        assert old.schema_version() == 1
        old.execute(
            "INSERT INTO failures (source, reason, at) VALUES (?, ?, ?)", ("old.txt", "empty", "x")
        )
        old.close()
    finally:
        cls.migrate = orig  # type: ignore[method-assign]
    s = open_store(store_url)
    try:
        assert s.schema_version() == LATEST
        assert s.stats()["failures"] == 1
        assert s.add(seed_record) and s.cluster_of(seed_record["id"]) == seed_record["id"]
    finally:
        s.close()


def test_reopening_keeps_everything(store_url, seed_record):
    s = open_store(store_url)
    s.add(seed_record)
    s.close()
    s = open_store(store_url)
    try:
        assert s.get(seed_record["id"]) == seed_record
        assert s.add(seed_record) is False
    finally:
        s.close()


def test_sqlite_uses_wal_and_fts5(tmp_path):
    s = open_store(str(tmp_path / "w.db"))
    try:
        assert s.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        sql = s._one("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        assert "fts5" in sql.lower()
    finally:
        s.close()


def test_postgres_full_text_uses_simple_config(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    s = open_store(store_url)
    try:
        expr = s._one(
            "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a "
            "ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
            "WHERE a.attname = 'tsv' AND d.adrelid = 'articles'::regclass"
        )
        assert "'simple'" in expr
    finally:
        s.close()


def test_filters_reject_bad_dates(store):
    from warta.errors import InputError

    with pytest.raises(InputError, match="--since"):
        store.search("korea", Filters(since="kemarin"))
