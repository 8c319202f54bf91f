"""The JSON API on the real app over a real store (SQLite; PostgreSQL when WARTA_TEST_PG is set).

The store holds the licensed test pages, the seed and one hostile page, each run through
the real pipeline (`warta.pipeline.process`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import BACKENDS, new_store_url
from warta.api import create_app
from warta.pipeline import process
from warta.sources import read_path
from warta.store import open_store
from warta.types import Document

DATA = Path(__file__).parent / "data"
SEED = DATA / "sindonews-2017-11-02-korut-china.txt"
TOKEN = "test-token-" + uuid.uuid4().hex

# A hostile page: markup and a javascript: URL in the title, the body and the page URL.
XSS_DUMP = """Menlu RI Bahas Kerja Sama <script>alert(1)</script> dengan Malaysia

Kamis, 02 November 2017 - 15:23 WIB
Menlu RI Bahas Kerja Sama...
A A A
JAKARTA - Menteri Luar Negeri Indonesia Retno Marsudi mengatakan pemerintah Indonesia akan \
meningkatkan kerja sama dengan Malaysia di bidang perbatasan. Sebuah komentar pembaca berisi \
<script>alert(1)</script> dan teks "><img src=x onerror=alert(1)> yang harus tampil sebagai \
teks biasa.

Pesan yang beredar juga memuat tautan javascript:alert(document.cookie) yang tidak boleh menjadi \
tautan aktif, kata juru bicara Kementerian Luar Negeri di Jakarta, Kamis (2/11/2017).

"Kami berharap hubungan Indonesia dan Malaysia <b onmouseover=alert(1)>semakin erat</b>," kata \
Retno kepada wartawan.

Indonesia dan Malaysia sepakat membentuk tim bersama untuk menyelesaikan sengketa perbatasan \
di Kalimantan.

(ian)
Copyright © 2017 SINDOnews.com
"""
XSS_URL = "javascript:alert(document.domain)"


def corpus_documents() -> list[Document]:
    """The seed, the licensed pages (dumps and HTML) and the hostile page."""
    paths = [SEED, *sorted((DATA / "pages" / "dumps").glob("*.txt"))]
    paths += sorted((DATA / "pages" / "html").glob("*.html"))
    docs = [read_path(p) for p in paths]
    docs.append(Document(content=XSS_DUMP.encode(), source="xss-page.txt", url=XSS_URL))
    return docs


@functools.cache
def build_records() -> list[dict[str, Any]]:
    """Every corpus document through the real pipeline; pages with no article are left out.

    Built once per test run (test_web.py uses it too); tests only read the records."""
    records = [process(doc).to_dict() for doc in corpus_documents()]
    return [r for r in records if not r.get("error")]


def fill(url: str, records: list[dict[str, Any]]) -> None:
    store = open_store(url)
    try:
        for r in records:
            store.add(r)
    finally:
        store.close()


def filled_store(kind: str, tmp: Path, records: list[dict[str, Any]]) -> Iterator[str]:
    """A new store of the backend holding the records (generator: dropped after use)."""
    for url in new_store_url(kind, tmp):
        fill(url, records)
        yield url


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return build_records()


@pytest.fixture(scope="module", params=BACKENDS)
def store_url(request, records, tmp_path_factory):
    yield from filled_store(request.param, tmp_path_factory.mktemp("store"), records)


@pytest.fixture(scope="module")
def client(store_url):
    with TestClient(create_app(store_url)) as c:
        yield c


@pytest.fixture()
def fresh_url(request, tmp_path):
    """An empty store of the same backend as the module's, for tests that write."""
    kind = "postgres" if request.node.callspec.params.get("store_url") == "postgres" else "sqlite"
    yield from new_store_url(kind, tmp_path)


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


def seed_record(records: list[dict[str, Any]]) -> dict[str, Any]:
    return next(r for r in records if r["source"] == str(SEED))


# -- health, docs, headers -----------------------------------------------------------------


def test_health_counts_the_stored_articles(client, records):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["writable"] is False
    assert body["stats"]["articles"] == len(by_id(records))
    assert body["stats"]["events"] == sum(len(r["events"]) for r in by_id(records).values())


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{record_id}", "/api/events", "/api/relations",
                 "/api/entities", "/api/analyze", "/api/health"):  # fmt: skip
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    # Swagger UI comes from this server, never from a CDN, and starts from an external script
    assert "cdn" not in docs.text.lower()
    assert '<script src="/docs/assets/swagger-ui-bundle.js"></script>' in docs.text
    assert "<script>" not in docs.text
    js = client.get("/docs/assets/swagger-ui-bundle.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/docs-init.js").status_code == 200


def test_security_headers_on_pages_and_api(client):
    for path in ("/", "/api/health", "/relations"):
        csp = client.get(path).headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp
            and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        )
        assert "object-src 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


# -- articles ------------------------------------------------------------------------------


def test_search_finds_the_seed_with_a_plain_snippet(client, records):
    seed = seed_record(records)
    r = client.get("/api/articles", params={"q": "Jinping"})
    assert r.status_code == 200
    page = r.json()
    ids = [it["id"] for it in page["items"]]
    assert seed["id"] in ids
    hit = page["items"][ids.index(seed["id"])]
    assert hit["title"] == seed["title"]
    assert "Jinping" in hit["snippet"]
    assert page["total"] == len(ids) and page["limit"] == 20 and page["offset"] == 0
    # every hit really contains the word
    texts = by_id(records)
    assert all("jinping" in (texts[i]["title"] + " ".join(texts[i]["body"])).lower() for i in ids)


def test_search_filters_by_publisher_and_dates(client, records):
    seed = seed_record(records)
    pub = client.get("/api/articles", params={"publisher": seed["publisher"], "limit": 100}).json()
    expected = {r["id"] for r in by_id(records).values() if r.get("publisher") == seed["publisher"]}
    assert {it["id"] for it in pub["items"]} == expected
    day = seed["published"][:10]
    same_day = client.get("/api/articles", params={"since": day, "until": day, "limit": 100}).json()
    assert seed["id"] in {it["id"] for it in same_day["items"]}
    assert all(it["published"][:10] == day for it in same_day["items"])
    before = client.get("/api/articles", params={"until": "2017-11-01", "limit": 100}).json()
    assert seed["id"] not in {it["id"] for it in before["items"]}


def test_search_filters_by_entity(client, records):
    seed = seed_record(records)
    assert seed["entities"], "the seed names entities"
    name = max(seed["entities"], key=lambda e: len(e["mentions"]))["name"]
    page = client.get("/api/articles", params={"entity": name, "limit": 100}).json()
    expected = {
        r["id"] for r in by_id(records).values() if name in {e["name"] for e in r["entities"]}
    }
    assert {it["id"] for it in page["items"]} == expected
    assert seed["id"] in expected


def test_pagination_pages_do_not_overlap(client, records):
    total = len(by_id(records))
    first = client.get("/api/articles", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] == total
    assert len(first["items"]) == 3
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    everything = client.get("/api/articles", params={"limit": 100}).json()
    assert len(everything["items"]) == total


def test_article_is_the_full_record(client, records):
    seed = seed_record(records)
    r = client.get(f"/api/articles/{seed['id']}")
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(seed))


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles/0000000000000000",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/articles/..%5C..%5Cwindows%5Cwin.ini",
        "/api/articles/%2Fetc%2Fpasswd",
        "/api/articles/x'%20OR%20'1'%3D'1",
        "/api/articles/..",
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/docs/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_path_parameters_cannot_reach_files(client, path):
    r = client.get(path)
    assert r.status_code in (404, 422), (path, r.status_code)
    assert "root:" not in r.text


# -- events, relations, entities -----------------------------------------------------------


def test_events_filtered_by_category_and_countries(client, records):
    events = [e for r in by_id(records).values() for e in r["events"]]
    assert events, "the corpus yields events"
    category = Counter(e["category"] for e in events).most_common(1)[0][0]
    page = client.get("/api/events", params={"category": category, "limit": 500}).json()
    assert page["total"] == sum(e["category"] == category for e in events)
    assert all(it["category"] == category for it in page["items"])
    with_countries = [e for e in events if e["source_country"] and e["target_country"]]
    assert with_countries
    ev = with_countries[0]
    page = client.get(
        "/api/events", params={"source": ev["source_country"], "target": ev["target_country"]}
    ).json()
    assert page["total"] == sum(
        e["source_country"] == ev["source_country"] and e["target_country"] == ev["target_country"]
        for e in events
    )
    item = page["items"][0]
    assert item["article_id"] in by_id(records) and item["sentence"]
    quad = client.get("/api/events", params={"quad": ev["quad"], "limit": 500}).json()
    assert quad["total"] == sum(e["quad"] == ev["quad"] for e in events)


def test_relations_add_up_to_the_events(client, records):
    events = [
        e
        for r in by_id(records).values()
        for e in r["events"]
        if e["source_country"] and e["target_country"]
        and "negated" not in e["context"] and "hypothetical" not in e["context"]
    ]  # fmt: skip
    for by, pattern in (("month", r"^\d{4}-\d{2}$"), ("week", r"^\d{4}-W\d{2}$")):
        body = client.get("/api/relations", params={"by": by}).json()
        assert body["by"] == by
        items = body["items"]
        assert sum(it["total"] for it in items) == len(events)
        pairs = Counter((e["source_country"], e["target_country"]) for e in events)
        got = Counter()
        for it in items:
            got[(it["source_country"], it["target_country"])] += it["total"]
            quads = (
                "verbal_cooperation",
                "material_cooperation",
                "verbal_conflict",
                "material_conflict",
            )
            assert sum(it[q] for q in quads) == it["total"]
            assert it["net"] == it["verbal_cooperation"] + it["material_cooperation"] - (
                it["verbal_conflict"] + it["material_conflict"]
            )
            assert it["period"] is None or re.match(pattern, it["period"]), it["period"]
        assert got == pairs


def test_entities_are_ranked_with_counts(client, records):
    items = client.get("/api/entities", params={"limit": 10}).json()["items"]
    assert items
    articles = [it["articles"] for it in items]
    assert articles == sorted(articles, reverse=True)
    top = items[0]
    expected = sum(
        any(e["name"] == top["name"] and e["type"] == top["type"] for e in r["entities"])
        for r in by_id(records).values()
    )
    assert top["articles"] == expected
    only = client.get("/api/entities", params={"type": top["type"]}).json()["items"]
    assert {it["type"] for it in only} == {top["type"]}


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "status", "names"),
    [
        ("/api/articles", {"limit": 0}, 422, "limit"),
        ("/api/articles", {"limit": 101}, 422, "limit"),
        ("/api/articles", {"offset": -1}, 422, "offset"),
        ("/api/articles", {"limit": "ten"}, 422, "limit"),
        ("/api/articles", {"since": "2017-13-01"}, 422, "since"),
        ("/api/articles", {"until": "yesterday"}, 422, "until"),
        ("/api/articles", {"since": "2018-01-01", "until": "2017-01-01"}, 422, "until"),
        ("/api/articles", {"q": "x" * 301}, 422, "q"),
        ("/api/articles", {"q": "korea\x00"}, 422, "q"),
        ("/api/events", {"category": "BOMB"}, 422, "category"),
        ("/api/events", {"quad": "friendly"}, 422, "quad"),
        ("/api/events", {"source": "Korea"}, 422, "source"),
        ("/api/events", {"target": "1;DROP"}, 422, "target"),
        ("/api/relations", {"by": "year"}, 422, "by"),
        ("/api/entities", {"type": "ANIMAL"}, 422, "type"),
    ],
)
def test_bad_query_parameters_get_a_clear_4xx(client, path, params, status, names):
    r = client.get(path, params=params)
    assert r.status_code == status
    assert r.json()["detail"].startswith(names)


@pytest.mark.parametrize(
    "q",
    [
        "'; DROP TABLE articles; --",
        '"unbalanced',
        "korea OR 1=1",
        "NEAR(korea china",
        "* AND ^ -",
        "title:korut",
        "' UNION SELECT record FROM articles --",
    ],
)
def test_hostile_queries_are_data_not_sql(client, records, q):
    r = client.get("/api/articles", params={"q": q})
    assert r.status_code == 200
    assert r.json()["total"] <= len(by_id(records))
    # the store is intact afterwards
    assert client.get("/api/health").json()["stats"]["articles"] == len(by_id(records))


# -- analyze -------------------------------------------------------------------------------


def test_analyze_plain_text_returns_the_record_without_storing(client, records):
    seed = seed_record(records)
    r = client.post(
        "/api/analyze", content=SEED.read_bytes(), headers={"content-type": "text/plain"}
    )
    assert r.status_code == 200
    rec = r.json()
    assert rec["id"] == seed["id"] and rec["title"] == seed["title"]
    assert rec["events"] == seed["events"]


def test_analyze_json_html_and_upload(client, records):
    html_path = sorted((DATA / "pages" / "html").glob("*.html"))[0]
    expected = process(read_path(html_path)).to_dict()
    raw = client.post(
        "/api/analyze", content=html_path.read_bytes(), headers={"content-type": "text/html"}
    )
    assert raw.status_code == 200 and raw.json()["id"] == expected["id"]
    as_json = client.post(
        "/api/analyze",
        json={"content": html_path.read_text(encoding="utf-8"), "content_type": "text/html"},
    )
    assert as_json.status_code == 200 and as_json.json()["title"] == expected["title"]
    up = client.post(
        "/api/analyze", files={"file": (html_path.name, html_path.read_bytes(), "text/html")}
    )
    assert up.status_code == 200 and up.json()["id"] == expected["id"]
    assert up.json()["source"].startswith("upload:")


def test_analyze_does_not_store_new_pages(client, records):
    text = SEED.read_text(encoding="utf-8").replace("hubungan", "relasi")
    rec = client.post(
        "/api/analyze", content=text.encode(), headers={"content-type": "text/plain"}
    ).json()
    assert rec["id"] not in by_id(records)
    assert client.get(f"/api/articles/{rec['id']}").status_code == 404
    assert client.get("/api/health").json()["stats"]["articles"] == len(by_id(records))


@pytest.mark.parametrize(
    ("kwargs", "status", "detail"),
    [
        ({"content": b"", "headers": {"content-type": "text/plain"}}, 422, "content"),
        ({"content": b"   \n", "headers": {"content-type": "text/plain"}}, 422, "content"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "body"),
        ({"json": {"text": "no content key"}}, 422, "content"),
        ({"json": {"content": "x", "content_type": "image/png"}}, 422, "content_type"),
        ({"content": b"GIF89a", "headers": {"content-type": "image/gif"}}, 415, "content-type"),
        ({"data": {"content": ""}}, 422, "content"),
    ],
)
def test_analyze_rejects_bad_bodies(client, kwargs, status, detail):
    r = client.post("/api/analyze", **kwargs)
    assert r.status_code == status
    assert r.json()["detail"].startswith(detail)


def test_body_over_the_limit_is_413_declared_or_streamed(store_url):
    with TestClient(create_app(store_url, max_body=20_000)) as small:
        big = b"a" * 20_001
        r = small.post("/api/analyze", content=big, headers={"content-type": "text/plain"})
        assert r.status_code == 413 and "limit" in r.json()["detail"]

        def chunks():  # no Content-Length: the bytes are counted as they come
            for _ in range(30):
                yield b"b" * 1000

        r = small.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"})
        assert r.status_code == 413
        r = small.post("/analyze", files={"file": ("big.txt", big, "text/plain")})
        assert r.status_code == 413
        # under the limit still works
        ok = small.post(
            "/api/analyze", content=SEED.read_bytes(), headers={"content-type": "text/plain"}
        )
        assert ok.status_code == 200


# -- writing needs the token ---------------------------------------------------------------


def test_store_needs_a_token(client, fresh_url):
    seed = SEED.read_bytes()
    plain = {"content-type": "text/plain"}
    # the module's app was started without a token: read-only
    r = client.post("/api/analyze?store=true", content=seed, headers=plain)
    assert r.status_code == 403 and "token" in r.json()["detail"]
    with TestClient(create_app(fresh_url, token=TOKEN)) as app:
        assert app.get("/api/health").json()["writable"] is True
        for auth in (None, "Bearer wrong", f"Basic {TOKEN}", TOKEN):
            headers = dict(plain, **({"authorization": auth} if auth else {}))
            r = app.post("/api/analyze?store=true", content=seed, headers=headers)
            assert r.status_code == 401, auth
        assert app.get("/api/health").json()["stats"]["articles"] == 0
        good = dict(plain, authorization=f"Bearer {TOKEN}")
        r = app.post("/api/analyze?store=true", content=seed, headers=good)
        assert r.status_code == 201
        rid = r.json()["id"]
        assert r.headers["location"] == f"/api/articles/{rid}"
        assert app.get(f"/api/articles/{rid}").json()["title"] == r.json()["title"]
        again = app.post("/api/analyze?store=true", content=seed, headers=good)
        assert again.status_code == 200  # already stored
        assert app.get("/api/health").json()["stats"]["articles"] == 1


# -- the CLI on a real uvicorn -------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _tcp(pid: int, port: int, state: str) -> int:
    """How many TCP sockets on local `port` in `state` (01 established, 0A listening)
    process `pid` holds (Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    n = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            f = line.split()
            if int(f[1].rsplit(":", 1)[1], 16) == port and f[3] == state and f[9] in inodes:
                n += 1
    return n


@pytest.mark.parametrize("workers", [1, 2])
def test_warta_serve_runs_uvicorn_on_loopback(tmp_path, records, workers):
    db = tmp_path / "served.db"
    fill(str(db), records)
    port = _free_port()
    env = {**os.environ, "WARTA_TOKEN": ""}
    cmd = [sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--port", str(port),
           "--log-level", "warning", "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                r = httpx.get(f"{base}/api/health", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None:
                    pytest.fail(f"warta serve exited: {proc.stderr.read()}")
                time.sleep(0.1)
        else:
            pytest.fail("warta serve did not answer")
        assert r.json()["stats"]["articles"] == len(by_id(records))
        assert httpx.get(f"{base}/", params={"q": "Jinping"}).status_code == 200
        if workers > 1 and sys.platform.startswith("linux"):
            # each worker listens on its own SO_REUSEPORT socket: the kernel spreads
            # connections over them (all 16 on one worker: odds 2 in 65,536)
            clients = [httpx.Client(base_url=base) for _ in range(16)]
            try:
                for c in clients:
                    assert c.get("/api/health").status_code == 200
                served = [pid for pid in _children(proc.pid) if _tcp(pid, port, "0A")]
                held = {pid: _tcp(pid, port, "01") for pid in served}
                assert len(held) == workers and sum(held.values()) == 16, held
                assert min(held.values()) >= 1, held
            finally:
                for c in clients:
                    c.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert proc.returncode == 0 or workers == 1
    assert "serving on http://127.0.0.1" in proc.stderr.read()


def test_warta_serve_reports_a_bad_store(tmp_path):
    bad = tmp_path / "not-a-dir" / "x.db"
    r = subprocess.run(
        [sys.executable, "-m", "warta.cli", "serve", "--db", str(bad)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode != 0
    assert str(bad) in r.stderr and "Traceback" not in r.stderr


def test_read_only_server_cannot_write_sqlite(tmp_path, records):
    """Defence in depth: without a token the server's SQLite connections are read-only."""
    import sqlite3

    db = tmp_path / "ro.db"
    fill(str(db), records[:2])
    app = create_app(str(db))
    with TestClient(app) as c:
        assert c.get("/api/health").json()["stats"]["articles"] == len(by_id(records[:2]))
        store = app.state.stores.get()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.add(records[-1])
    assert open_store(str(db)).stats()["articles"] == len(by_id(records[:2]))


def test_collapse_counts_each_near_duplicate_cluster_once(client, records):
    # the dumps and the HTML of the same pages are near-duplicates of each other
    full = client.get("/api/articles", params={"limit": 100}).json()
    collapsed = client.get("/api/articles", params={"limit": 100, "collapse": True}).json()
    clusters = {it["cluster"] for it in full["items"]}
    assert collapsed["total"] == len(clusters) < full["total"]
    assert {it["cluster"] for it in collapsed["items"]} == clusters


# -- the web pages without a browser (the browser tests are in test_web.py) ----------------


def test_pages_answer_html_errors_that_name_the_parameter(client):
    for path, status, text in [
        ("/?page=abc", 422, "page: not an integer"),
        ("/?page=0", 422, "page: must be between"),
        ("/?since=2017-02-30", 422, "since: not an ISO date"),
        ("/events?quad=nope", 422, "quad: not a quad class"),
        ("/relations?by=day", 422, "by: must be"),
        ("/articles/..%2Fetc", 404, "nothing at"),
        ("/articles/ffffffffffffffff", 404, "no article with id"),
    ]:
        r = client.get(path)
        assert r.status_code == status, path
        assert r.headers["content-type"].startswith("text/html")
        assert text in r.text, (path, r.text[:300])


def test_weekly_timeline_and_pair_events_page(client, records):
    pairs = Counter(
        tuple(sorted((e["source_country"], e["target_country"])))
        for r in by_id(records).values()
        for e in r["events"]
        if e["source_country"]
        and e["target_country"]
        and e["source_country"] != e["target_country"]
    )
    (a, b), n = pairs.most_common(1)[0]
    page = client.get("/relations", params={"a": a, "b": b, "by": "week"}).text
    weeks = re.findall(r'data-period="(\d{4}-W\d{2})"', page)
    assert weeks and weeks == sorted(weeks)
    events = client.get("/events", params={"a": a, "b": b}).text
    assert events.count('<li class="event') == min(n, 20)
