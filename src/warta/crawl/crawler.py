"""The crawl loop: seeds (feeds, sitemaps, article URLs) → article pages → store.

A seed is fetched (conditionally, with the validators kept in the crawl state) and
recognised by its root element and content type: an RSS/Atom feed or a sitemap yields
article URLs (sitemap indexes yield sitemaps), an HTML page is an article. Article pages
go through `warta.pipeline.process` like files do and into the store; every URL is
normalised first, so one page is fetched once however many tracking parameters point
at it, and URLs handled in an earlier run are not fetched again.

Hosts are served round-robin, the one that may be asked soonest first, so that one
slow host's rate limit does not hold up the others.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from warta.crawl.feeds import FEED_ROOTS, parse_feed
from warta.crawl.fetch import Fetcher, FetchError, Interrupted, Response
from warta.crawl.sitemaps import SITEMAP_ROOTS, parse_sitemap
from warta.crawl.state import CrawlState
from warta.crawl.urls import host_of, normalize
from warta.crawl.warc import WarcOut
from warta.crawl.xmlparse import parse_date, root_name
from warta.errors import WartaError
from warta.types import Document, Record

log = logging.getLogger("warta.crawl")

PAGE_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html",
              "text/plain": "text/plain"}
XML_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml",
                       "text/xml", "application/rdf+xml", "application/x-gzip",
                       "application/gzip"})


@dataclass(slots=True)
class CrawlOptions:
    max_pages: int | None = None  # article pages fetched, at most
    since: datetime | None = None  # skip articles published before this (when known)


@dataclass(slots=True)
class CrawlStats:
    polled: int = 0  # feeds and sitemaps asked
    not_modified: int = 0  # … that answered 304
    pages: int = 0  # article pages fetched
    stored: int = 0  # new records
    duplicates: int = 0  # records whose id was already stored
    seen: int = 0  # article URLs skipped: handled in an earlier run
    old: int = 0  # skipped: published before --since
    failed: int = 0  # fetch, parse or extraction failures (each recorded in the store)
    recovered: int = 0  # malformed feeds/sitemaps read in recover mode

    def line(self) -> str:
        return (
            f"polled {self.polled} ({self.not_modified} not modified), pages {self.pages}, "
            f"new {self.stored}, duplicates {self.duplicates}, seen before {self.seen}, "
            f"too old {self.old}, failed {self.failed}"
        )


@dataclass(slots=True)
class _Item:
    url: str  # normalised
    listing: bool  # a seed or child sitemap: fetch conditionally, may be feed/sitemap/page
    meta: dict[str, Any] = field(default_factory=dict)  # what the feed said about it


def classify(resp: Response) -> str:
    """`feed`, `sitemap`, `page` or `other`, from the root element, then the content type."""
    root = root_name(resp.content)
    if root in FEED_ROOTS:
        return "feed"
    if root in SITEMAP_ROOTS:
        return "sitemap"
    ctype = resp.content_type
    if ctype in PAGE_TYPES or root == "html":
        return "page"
    if ctype in XML_TYPES:
        return "feed"  # let the feed parser say what is wrong with it
    return "other"


def _default_process(doc: Document) -> Record:
    from warta.pipeline import process

    return process(doc)


class Crawler:
    """One crawl over seeds, politely, into a store; reusable across `watch` cycles."""

    def __init__(
        self,
        fetcher: Fetcher,
        store: Any,
        state: CrawlState,
        *,
        options: CrawlOptions | None = None,
        warc: WarcOut | None = None,
        process: Callable[[Document], Record] | None = None,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.store = store
        self.state = state
        self.options = options or CrawlOptions()
        self.warc = warc
        self.process = process or _default_process
        self.report = report or (lambda line: log.warning("%s", line))

    def run(self, seeds: Iterable[str]) -> CrawlStats:
        """Crawl from `seeds` until the queue is empty, --max-pages is reached or a stop is
        requested (the page in hand is finished and stored first)."""
        stats = CrawlStats()
        queues: dict[str, deque[_Item]] = {}
        queued: set[str] = set()

        def push(item: _Item) -> None:
            if item.url in queued:
                return
            if not item.listing and self.state.seen(item.url):
                stats.seen += 1
                return
            queued.add(item.url)
            queues.setdefault(host_of(item.url), deque()).append(item)

        for seed in seeds:
            try:
                push(_Item(normalize(seed), listing=True))
            except ValueError as e:
                self._fail(stats, seed, str(e))

        limit = self.options.max_pages
        while queues and not self.fetcher.stop.is_set():
            if limit is not None and stats.pages >= limit:
                break
            host = min(queues, key=lambda h: self.fetcher.ready_at(queues[h][0].url))
            item = queues[host].popleft()
            if not queues[host]:
                del queues[host]
            try:
                self._visit(item, stats, push)
            except Interrupted:
                break
        return stats

    # -- one URL ------------------------------------------------------------------------

    def _visit(self, item: _Item, stats: CrawlStats, push: Callable[[_Item], None]) -> None:
        etag = last_modified = None
        if item.listing:
            etag, last_modified = self.state.validators(item.url)
        else:
            stats.pages += 1
        try:
            resp = self.fetcher.get(item.url, etag=etag, last_modified=last_modified)
        except FetchError as e:
            self._fail(stats, item.url, e.problem)
            if not e.transient and not item.listing:
                self.state.mark(item.url, "failed")
            return
        if resp.not_modified:
            stats.polled += 1
            stats.not_modified += 1
            return
        kind = classify(resp)
        if kind in ("feed", "sitemap"):
            stats.polled += 1
            try:
                self._listing(kind, resp, item, stats, push)
            except WartaError as e:
                self._fail(stats, item.url, str(e).removeprefix(f"{resp.url}: "))
            return
        if kind == "page":
            if item.listing:
                stats.pages += 1  # an article URL given as a seed
            self._page(resp, item, stats)
            return
        self._fail(stats, item.url, f"not a feed, sitemap or web page "
                   f"(content type {resp.content_type or 'unknown'})")

    def _listing(
        self, kind: str, resp: Response, item: _Item, stats: CrawlStats,
        push: Callable[[_Item], None],
    ) -> None:
        since = self.options.since
        if kind == "feed":
            feed = parse_feed(resp.content, resp.url)
            recovered = feed.recovered
            for entry in feed.entries:
                if since and entry.published and entry.published < since:
                    stats.old += 1
                    continue
                meta = {"feed": item.url, "feed_title": entry.title,
                        "feed_published": entry.published.isoformat() if entry.published else None}
                self._push_url(entry.url, False, meta, push)
        else:
            sitemap = parse_sitemap(resp.content, resp.url)
            recovered = sitemap.recovered
            # Newest first, so --max-pages takes the latest news.
            entries = sorted(
                sitemap.entries,
                key=lambda e: -e.date.timestamp() if e.date else float("inf"),
            )
            for sm in entries:
                if since and sm.date and sm.date < since:
                    stats.old += 1
                    continue
                meta = {"sitemap": item.url, "feed_title": sm.title,
                        "feed_published": sm.published.isoformat() if sm.published else None}
                self._push_url(sm.url, sitemap.is_index, meta, push)
        if recovered:
            stats.recovered += 1
            self.report(f"warta: {item.url}: malformed XML read in recover mode ({recovered})")
        # Keep validators only for a listing we could read, so a broken one is asked again.
        if item.listing:
            self.state.set_validators(item.url, resp.etag, resp.last_modified)

    def _push_url(
        self, url: str, listing: bool, meta: dict[str, Any], push: Callable[[_Item], None]
    ) -> None:
        try:
            push(_Item(normalize(url), listing=listing, meta=meta))
        except ValueError:
            log.debug("skipping unusable URL %r", url)

    def _page(self, resp: Response, item: _Item, stats: CrawlStats) -> None:
        ctype = PAGE_TYPES.get(resp.content_type, "text/html")
        doc = Document(
            content=resp.content, source=resp.url, content_type=ctype, url=resp.url,
            crawled=resp.fetched,
            meta={k: v for k, v in item.meta.items() if v is not None}
            | {"http_content_type": resp.header("content-type") or ""},
        )
        if self.warc is not None:
            self.warc.write(resp)
        final = self._norm(resp.url)
        try:
            record = self.process(doc)
        except WartaError as e:
            self._fail(stats, resp.url, str(e).removeprefix(f"{resp.url}: "))
            self._mark(item.url, final, "failed")
            return
        except Exception as e:  # a bug in a later stage must not stop the crawl
            log.exception("processing %s", resp.url)
            self._fail(stats, resp.url, f"internal error: {type(e).__name__}: {e}")
            self._mark(item.url, final, "failed")
            return
        article = record.article
        if article.error:
            self._fail(stats, resp.url, article.error)
            self._mark(item.url, final, "no-article")
            return
        since = self.options.since
        published = parse_date(article.published)
        if since and published and published < since:
            stats.old += 1
            self._mark(item.url, final, "old", article.id)
            return
        if self.store.add(record.to_dict()):
            stats.stored += 1
            self._mark(item.url, final, "stored", article.id)
        else:
            stats.duplicates += 1
            self._mark(item.url, final, "duplicate", article.id)
        clear = getattr(self.store, "clear_failure", None)  # an earlier failure is now moot
        if clear is not None:
            clear(resp.url)

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _norm(url: str) -> str | None:
        try:
            return normalize(url)
        except ValueError:
            return None

    def _mark(self, url: str, final: str | None, outcome: str, record_id: str | None = None
              ) -> None:
        self.state.mark(url, outcome, record_id)
        if final and final != url:
            self.state.mark(final, outcome, record_id)

    def _fail(self, stats: CrawlStats, source: str, reason: str) -> None:
        stats.failed += 1
        self.store.add_failure(source, reason)
        self.report(f"warta: {source}: {reason}")
