"""Crawls against a real HTTP server on loopback into a real SQLite store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from test_crawl_support import PAGES, RSS, Site, fast_options, serve
from warta.crawl.crawler import Crawler, CrawlOptions, CrawlStats
from warta.crawl.fetch import Fetcher
from warta.crawl.state import CrawlState
from warta.crawl.warc import WarcOut
from warta.store import open_store

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


@contextmanager
def crawler_for(db: Path, **options: object) -> Iterator[Crawler]:
    store = open_store(str(db))
    state = CrawlState(str(db))
    warc = options.pop("warc", None)
    fetch = {k: options.pop(k) for k in list(options) if k in ("rate", "timeout", "retries")}
    fetcher = Fetcher(fast_options(**fetch))
    lines: list[str] = []
    try:
        yield Crawler(fetcher, store, state, options=CrawlOptions(**options),  # type: ignore[arg-type]
                      warc=warc, report=lines.append)
    finally:
        fetcher.close()
        state.close()
        store.close()


def crawl(db: Path, seeds: list[str], **options: object) -> CrawlStats:
    with crawler_for(db, **options) as c:
        return c.run(seeds)


def serve_feed_site(site: Site) -> list[str]:
    site.add_fixture("/rss", "feed.xml", RSS)
    return [site.add_page(n) for n in ("antara-1.html", "kompas-1.html", "tempo-1.html")]


def test_normal_crawl_feed_to_pages_to_records(site: Site, tmp_path: Path) -> None:
    pages = serve_feed_site(site)
    db = tmp_path / "warta.db"
    warc_path = tmp_path / "crawl.warc.gz"
    warc = WarcOut(warc_path)
    stats = crawl(db, [site.url("/rss")], warc=warc)
    warc.close()
    assert (stats.polled, stats.pages, stats.stored, stats.failed) == (1, 3, 3, 0), stats
    for path in ("/berita/antara-1.html", "/berita/kompas-1.html", "/berita/tempo-1.html"):
        assert len(site.hits_to(path)) == 1
    # The feed link carried utm_* parameters: the server saw the clean URL.
    assert [h.path for h in site.hits_to("/berita/antara-1.html")] == ["/berita/antara-1.html"]

    store = open_store(str(db))
    try:
        assert store.stats()["articles"] == 3
        records = list(store.iter_records())
        by_url = {r["url"]: r for r in records}
        antara = by_url.get(pages[0]) or next(r for r in records if r["source"] == pages[0])
        assert antara["title"].startswith("29 penerbangan Bandara Internasional Lombok")
        assert antara["published"] == "2015-11-05T14:56:43+07:00"
        assert antara["body"] and antara["schema"] == "warta.article/1"
    finally:
        store.close()

    # The raw responses replay: standard WARC response records, read back with FastWARC.
    from warta.sources.warc import read_warc

    docs = [d for d in read_warc(warc_path)]
    assert sorted(d.url for d in docs) == sorted(pages)  # type: ignore[union-attr]
    for doc in docs:
        name = doc.url.rsplit("/", 1)[-1]  # type: ignore[union-attr]
        assert doc.content == (PAGES / name).read_bytes()  # type: ignore[union-attr]
        assert doc.crawled is not None  # type: ignore[union-attr]
    # … and `warta ingest` replays them into the same records.
    from warta.cli import main

    replay = tmp_path / "replay.db"
    assert main(["ingest", str(warc_path), "--db", str(replay), "--workers", "1", "-q"]) == 0
    first, again = open_store(str(db)), open_store(str(replay))
    try:
        assert {r["id"] for r in again.iter_records()} == {r["id"] for r in first.iter_records()}
    finally:
        first.close()
        again.close()


def test_second_crawl_uses_conditional_get_and_skips_seen_pages(site: Site, tmp_path: Path
                                                                 ) -> None:
    body = (Path(__file__).parent / "data" / "crawl" / "feed.xml").read_bytes()
    body = body.replace(b"{base}", site.base.encode())

    def feed(req) -> None:  # type: ignore[no-untyped-def]
        from test_crawl_support import Answer

        if req.headers.get("If-None-Match") == '"feed-v1"':
            req.answer(Answer(304, b"", (("ETag", '"feed-v1"'),)))
        else:
            req.answer(Answer(200, body, (("ETag", '"feed-v1"'), ("Content-Type", RSS))))

    site.routes["/rss"] = feed
    serve_feed_site_pages = [site.add_page(n) for n in ("antara-1.html", "kompas-1.html",
                                                        "tempo-1.html")]
    db = tmp_path / "warta.db"
    first = crawl(db, [site.url("/rss")])
    second = crawl(db, [site.url("/rss")])
    assert first.stored == 3 and len(serve_feed_site_pages) == 3
    assert (second.polled, second.not_modified, second.pages, second.stored) == (1, 1, 0, 0)
    assert [h.headers.get("If-None-Match") for h in site.hits_to("/rss")] == [None, '"feed-v1"']
    with sqlite3.connect(db) as conn:
        (etag,) = conn.execute("SELECT etag FROM crawl_feeds").fetchone()
        outcomes = dict(conn.execute("SELECT url, outcome FROM crawl_seen").fetchall())
    assert etag == '"feed-v1"'
    assert sorted(outcomes.values()) == ["stored"] * 3


def test_duplicate_urls_with_tracking_parameters_are_fetched_once(site: Site, tmp_path: Path
                                                                  ) -> None:
    site.add_fixture("/rss", "feed.xml", RSS)
    site.add_fixture("/atom.xml", "atom.xml", "application/atom+xml")
    dup = (f'<rss version="2.0"><channel><title>dups</title>'
           f'<item><link>{site.base}/berita/antara-1.html?fbclid=xyz#komentar</link></item>'
           f'<item><link>{site.base.replace("http://", "HTTP://")}/berita/'
           f'republika-1.html?utm_campaign=a&amp;gclid=b</link></item>'
           f'</channel></rss>')
    site.add("/dups.xml", dup, content_type=RSS)
    for name in ("antara-1.html", "kompas-1.html", "tempo-1.html", "detik-1.html",
                 "republika-1.html"):
        site.add_page(name)
    stats = crawl(tmp_path / "w.db", [site.url("/rss"), site.url("/atom.xml"),
                                      site.url("/dups.xml"), site.url("/rss?utm_source=x")])
    assert stats.pages == 5 and stats.stored == 5 and stats.polled == 3, stats
    page_hits = [h.path for h in site.hits if h.path.startswith("/berita/")]
    assert sorted(page_hits) == sorted(set(page_hits))  # each page asked once
    assert all("?" not in p for p in page_hits)
    assert len(site.hits_to("/rss")) == 1  # the seed with utm_source is the same feed


def test_sitemap_index_news_sitemap_and_since(site: Site, tmp_path: Path) -> None:
    site.add_fixture("/sitemap.xml", "sitemap-index.xml")
    site.add_fixture("/sitemap-news.xml", "sitemap-news.xml")
    site.add_fixture("/sitemap-2009.xml", "sitemap-2009.xml")
    site.add_page("okezone-1.html")
    site.add_page("liputan6-1.html")
    since = datetime(2015, 10, 1, tzinfo=WIB)
    stats = crawl(tmp_path / "w.db", [site.url("/sitemap.xml")], since=since)
    assert stats.stored == 2 and stats.failed == 0, stats
    assert site.hits_to("/sitemap-2009.xml") == []  # lastmod 2009: nothing new in there
    assert stats.old == 1
    pages = [h.path for h in site.hits if h.path.startswith("/berita/")]
    assert pages == ["/berita/liputan6-1.html", "/berita/okezone-1.html"]  # newest first


def test_since_also_applies_to_the_extracted_date(site: Site, tmp_path: Path) -> None:
    serve_feed_site(site)
    # The feed's dates are 2015-11-05; an article URL given directly has no feed date.
    url = site.add_page("kompas-2.html")  # published 2016-02-16
    stats = crawl(tmp_path / "w.db", [site.url("/rss"), url],
                  since=datetime(2016, 1, 1, tzinfo=WIB))
    assert stats.old == 3 and stats.stored == 1, stats
    assert site.hits_to("/berita/antara-1.html") == []  # skipped on the feed's date


def test_max_pages(site: Site, tmp_path: Path) -> None:
    serve_feed_site(site)
    stats = crawl(tmp_path / "w.db", [site.url("/rss")], max_pages=2)
    assert stats.pages == 2 and stats.stored == 2
    assert len([h for h in site.hits if h.path.startswith("/berita/")]) == 2


def test_failures_are_recorded_and_the_crawl_goes_on(site: Site, tmp_path: Path) -> None:
    site.add_fixture("/robots.txt", "robots.txt", "text/plain")
    feed = (f'<rss version="2.0"><channel><title>mixed</title>'
            f"<item><link>{site.base}/private/secret.html</link></item>"
            f"<item><link>{site.base}/berita/gone.html</link></item>"
            f"<item><link>{site.base}/berita/loop.html</link></item>"
            f"<item><link>{site.base}/berita/antara-4.html</link></item>"
            f"</channel></rss>")
    site.add("/rss", feed, content_type=RSS)
    site.add("/private/secret.html", "<html>secret</html>")
    site.add("/berita/loop.html", "", status=302, headers=(("Location", "/berita/loop.html"),))
    site.add_page("antara-4.html")
    site.add_fixture("/broken.xml", "malformed.xml", RSS)
    site.add_page("antara-2.html")
    site.add_page("antara-3.html")
    site.add_fixture("/garbage.xml", "garbage.xml", RSS)
    db = tmp_path / "w.db"
    stats = crawl(db, [site.url("/rss"), site.url("/broken.xml"), site.url("/garbage.xml"),
                       "not a url"])
    assert stats.stored >= 2 and stats.recovered == 1, stats
    assert site.hits_to("/private/secret.html") == []
    store = open_store(str(db))
    try:
        failures = {f["source"]: f["reason"] for f in store.failures()}
    finally:
        store.close()
    assert "robots.txt" in failures[f"{site.base}/private/secret.html"]
    assert "HTTP 404" in failures[f"{site.base}/berita/gone.html"]
    assert "redirect loop" in failures[f"{site.base}/berita/loop.html"]
    assert "malformed" in failures[f"{site.base}/garbage.xml"]
    assert "not an absolute http(s) URL" in failures["not a url"]
    # The broken feed still gave its readable entries.
    assert len(site.hits_to("/berita/antara-2.html")) == 1


def test_cli_crawl_with_warc_and_exit_status(site: Site, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    serve_feed_site(site)
    db, warc = tmp_path / "cli.db", tmp_path / "out.warc.gz"
    argv = ["crawl", site.url("/rss"), "--db", str(db), "--warc", str(warc), "--rate", "20",
            "--user-agent", "Warta-test/1.0 (+https://example.invalid)", "--max-pages", "2"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "warta crawl: polled 1 (0 not modified), pages 2, new 2" in err
    assert {h.headers["User-Agent"] for h in site.hits} == {
        "Warta-test/1.0 (+https://example.invalid)"}
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with warc.open("rb") as f:
        recs = [(r.headers["WARC-Target-URI"], r.headers["WARC-Date"])
                for r in ArchiveIterator(f, record_types=WarcRecordType.response)]
    assert len(recs) == 2 and all(uri.startswith(site.base) and date for uri, date in recs)
    # Unknown outlet: one line naming it, nothing done.
    assert main(["crawl", "--outlet", "nosuch", "--db", str(db)]) == 2
    assert "nosuch: unknown outlet" in capsys.readouterr().err
    # A dead link only: exit 2.
    assert main(["crawl", site.url("/nothing.xml"), "--db", str(db), "--rate", "20"]) == 2
