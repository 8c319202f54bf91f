"""`warta watch`: cycles against a real HTTP server on loopback, state in a real store."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_crawl_support import RSS, Answer, Request, Site, fast_options, serve
from warta.crawl.crawler import Crawler, CrawlOptions
from warta.crawl.fetch import Fetcher
from warta.crawl.state import CrawlState
from warta.crawl.watch import parse_every, watch
from warta.store import open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


class LiveFeed:
    """An RSS feed whose items the test changes; ETag follows the content (304 if same)."""

    def __init__(self, site: Site, names: list[str]) -> None:
        self.site = site
        self.names = list(names)
        for name in names:
            site.add_page(name)
        site.routes["/rss"] = self.handle

    def add(self, name: str) -> None:
        self.site.add_page(name)
        self.names.insert(0, name)

    def handle(self, req: Request) -> None:
        etag = f'"v{len(self.names)}"'
        if req.headers.get("If-None-Match") == etag:
            req.answer(Answer(304, b"", (("ETag", etag),)))
            return
        items = "".join(f"<item><title>{n}</title><link>{self.site.base}/berita/{n}"
                        f"?utm_source=rss</link></item>" for n in self.names)
        body = f'<rss version="2.0"><channel><title>live</title>{items}</channel></rss>'
        req.answer(Answer(200, body.encode(), (("ETag", etag), ("Content-Type", RSS))))


def make_crawler(db: str, stop: threading.Event | None = None, **opts: object) -> Crawler:
    return Crawler(Fetcher(fast_options(), stop=stop), open_store(db), CrawlState(db),
                   options=CrawlOptions(**opts), report=lambda line: None)  # type: ignore[arg-type]


def close(c: Crawler) -> None:
    c.fetcher.close()
    c.state.close()
    c.store.close()


def test_two_cycles_find_exactly_the_one_new_article(site: Site, tmp_path: Path) -> None:
    feed = LiveFeed(site, ["antara-1.html", "kompas-1.html"])
    db = str(tmp_path / "watch.db")
    crawler = make_crawler(db)
    log = io.StringIO()
    counts: list[int] = []

    def between(cycle: int) -> None:
        counts.append(crawler.store.stats()["articles"])
        feed.add("tempo-1.html")  # published between the two polls

    try:
        totals = watch(crawler, [site.url("/rss")], every=0.05, cycles=2, between=between, out=log)
        counts.append(crawler.store.stats()["articles"])
    finally:
        close(crawler)
    assert totals.cycles == 2
    assert counts == [2, 3]  # exactly one new record in the second cycle
    lines = log.getvalue().splitlines()
    assert len(lines) == 2
    assert "cycle 1: feeds 1 polled" in lines[0] and "new 2, failed 0" in lines[0]
    assert "cycle 2: feeds 1 polled" in lines[1] and "new 1, failed 0" in lines[1]
    for name in ("antara-1.html", "kompas-1.html", "tempo-1.html"):
        assert len(site.hits_to(f"/berita/{name}")) == 1  # old articles not fetched again

    # A restart carries on from the state in the store: unchanged feed → 304, nothing new.
    again = make_crawler(db)
    log = io.StringIO()
    try:
        totals = watch(again, [site.url("/rss")], every=0.05, cycles=1, out=log)
    finally:
        close(again)
    assert totals.stored == 0 and "(1 not modified)" in log.getvalue()
    assert [h.headers.get("If-None-Match") for h in site.hits_to("/rss")] == [
        None, '"v2"', '"v3"']


def test_network_errors_do_not_stop_the_monitor(site: Site, tmp_path: Path) -> None:
    LiveFeed(site, ["detik-1.html"])
    dead = Site()
    dead_url = dead.url("/rss")
    dead.close()  # nothing listens there any more: connection refused
    site.routes["/flaky.xml"] = lambda req: req.answer(Answer(503, b"down"))
    crawler = make_crawler(str(tmp_path / "w.db"))
    log = io.StringIO()
    try:
        totals = watch(crawler, [dead_url, site.url("/flaky.xml"), site.url("/rss")],
                       every=0.01, cycles=2, out=log)
        failures = {f["source"]: f["reason"] for f in crawler.store.failures()}
    finally:
        close(crawler)
    assert totals.cycles == 2 and totals.stored == 1
    assert "robots.txt unavailable (network error" in failures[dead_url]
    assert "HTTP 503" in failures[site.url("/flaky.xml")]
    assert all("failed 2" in line for line in log.getvalue().splitlines())


def test_stop_finishes_the_current_page_then_ends(site: Site, tmp_path: Path) -> None:
    LiveFeed(site, ["antara-1.html", "kompas-1.html", "tempo-1.html"])
    stop = threading.Event()
    crawler = make_crawler(str(tmp_path / "w.db"), stop=stop)
    real = crawler.process

    def process_then_stop(doc):  # type: ignore[no-untyped-def]
        stop.set()  # as if SIGTERM arrived while this page was being analysed
        return real(doc)

    crawler.process = process_then_stop
    try:
        totals = watch(crawler, [site.url("/rss")], every=3600, out=io.StringIO())
        stored = crawler.store.stats()["articles"]
    finally:
        close(crawler)
    assert totals.cycles == 1 and stored == 1  # the page in hand was stored
    assert len([h for h in site.hits if h.path.startswith("/berita/")]) == 1


def test_parse_every() -> None:
    assert parse_every("15m") == 900 and parse_every("90s") == 90 and parse_every("1h") == 3600
    assert parse_every("300") == 300 and parse_every("0.5s") == 0.5
    with pytest.raises(ValueError):
        parse_every("soon")


def test_cli_watch_cycles(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    LiveFeed(site, ["okezone-1.html"])
    db = str(tmp_path / "cli.db")
    argv = ["watch", "--feeds", site.url("/rss"), "--every", "0.05s", "--cycles", "2",
            "--db", db, "--rate", "20"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert err.count(" cycle ") == 2 and "stopped after 2 cycles, 1 new articles" in err
    assert main(["watch", "--db", db]) == 2  # nothing to watch


def test_sigterm_stops_the_service_cleanly(site: Site, tmp_path: Path) -> None:
    LiveFeed(site, ["republika-1.html"])
    db = str(tmp_path / "svc.db")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "warta.cli", "watch", "--feeds", site.url("/rss"), "--every",
         "1h", "--db", db, "--rate", "20"],
        stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )
    try:
        lines = []
        assert proc.stderr is not None
        for line in proc.stderr:  # wait until the first cycle is logged
            lines.append(line)
            if " cycle 1:" in line:
                break
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, "".join(lines) + rest
    assert "SIGTERM" in rest and "stopped after 1 cycles, 1 new articles" in rest
    store = open_store(db)
    try:
        assert store.stats()["articles"] == 1
    finally:
        store.close()


@pytest.mark.postgres
def test_state_and_watch_on_postgresql(site: Site) -> None:
    url = os.environ.get("WARTA_TEST_PG")
    if not url:
        pytest.skip("WARTA_TEST_PG is not set (no PostgreSQL server)")
    import psycopg

    base, _, _ = url.rpartition("/")
    name = "warta_test_crawl"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    db = f"{base}/{name}"
    feed = LiveFeed(site, ["liputan6-2.html"])
    crawler = make_crawler(db)
    try:
        totals = watch(crawler, [site.url("/rss")], every=0.01, cycles=2,
                       between=lambda n: feed.add("kompas-3.html"), out=io.StringIO())
        assert totals.stored == 2 and crawler.store.stats()["articles"] == 2
        assert crawler.state.seen(f"{site.base}/berita/kompas-3.html")
        assert crawler.state.validators(site.url("/rss"))[0] == '"v2"'
        assert crawler.state.counts() == {"seen": 2, "feeds": 1}
    finally:
        close(crawler)
