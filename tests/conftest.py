"""Shared fixtures: stores on both backends, the corpus fixtures, analysed records.

`store_url` / `store` are parametrised over SQLite (a real file in tmp) and PostgreSQL
(a real server from $WARTA_TEST_PG; each test gets its own schema, dropped after).
Without WARTA_TEST_PG the PostgreSQL cases are skipped and say why.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

DATA = Path(__file__).resolve().parent / "data"
CORPORA = DATA / "corpora"
PAGES = DATA / "pages"
SEED = DATA / "sindonews-2017-11-02-korut-china.txt"
PG_ENV = "WARTA_TEST_PG"
NO_PG = f"{PG_ENV} is not set: no PostgreSQL server for this run (.ci/run starts one)"

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def pg_schema_url(base: str, schema: str) -> str:
    """`base` with the session's search_path set to `schema` (libpq `options`)."""
    parts = urlsplit(base)
    query = dict(parse_qsl(parts.query))
    query["options"] = f"-csearch_path={schema}"
    return urlunsplit(parts._replace(query=urlencode(query)))


def new_store_url(kind: str, tmp: Path) -> Iterator[str]:
    """A fresh, empty store location of the given backend (generator: drop after use)."""
    if kind == "sqlite":
        yield str(tmp / "warta.db")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(NO_PG)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield pg_schema_url(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from new_store_url(request.param, tmp_path)


@pytest.fixture()
def store(store_url: str) -> Iterator[Any]:
    from warta.store import open_store

    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    """The canonical page, extracted and analysed by the real pipeline."""
    from warta.pipeline import process
    from warta.sources import read_path

    return process(read_path(SEED)).to_dict()


@pytest.fixture(scope="session")
def page_records() -> list[dict[str, Any]]:
    """The licensed HTML pages and the seed, through the real pipeline (the ones that work)."""
    from warta.ingest import process_document
    from warta.sources import read_path

    out = []
    for path in [*sorted((PAGES / "html").glob("*.html")), SEED]:
        o = process_document(read_path(path))
        if o.kind == "ok":
            out.append(o.record)
    return out
