"""The `warta crawl` and `warta watch` commands (argument handling and wiring only)."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from warta.crawl.crawler import Crawler, CrawlOptions, CrawlStats
from warta.crawl.fetch import Fetcher, FetchOptions
from warta.crawl.outlets import outlet_sources
from warta.crawl.state import CrawlState
from warta.crawl.watch import parse_every, stop_on_signals, watch
from warta.crawl.xmlparse import WIB
from warta.errors import WartaError

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    opts = FetchOptions(rate=args.rate, timeout=args.timeout, retries=args.retries,
                        max_bytes=int(args.max_size * 1024 * 1024))
    if args.user_agent:
        opts.user_agent = args.user_agent
    return opts


def parse_since(text: str | None) -> datetime | None:
    """An ISO date or datetime; without an offset it is read as WIB (+07:00)."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise WartaError(f"--since {text}: not an ISO date (use e.g. 2026-01-31)") from None
    return when if when.tzinfo else when.replace(tzinfo=WIB)


@contextmanager
def _session(args: argparse.Namespace, stop: threading.Event) -> Iterator[tuple[Any, CrawlState]]:
    """The store and crawl state of `--db`, with SIGINT/SIGTERM setting `stop`; all undone after."""
    from warta.store import open_store

    undo = stop_on_signals(stop)
    store = open_store(args.db)
    state = CrawlState(args.db)
    try:
        yield store, state
    finally:
        state.close()
        store.close()
        undo()


def _exit_status(stats: CrawlStats) -> int:
    if not stats.failed:
        return EXIT_OK
    return EXIT_PARTIAL if stats.stored + stats.duplicates + stats.not_modified else EXIT_NOTHING


def run_crawl(args: argparse.Namespace) -> int:
    try:
        seeds = list(args.urls) + outlet_sources(args.outlet or [], every=args.all_outlets)
        since = parse_since(args.since)
    except WartaError as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    if not seeds:
        print("warta: nothing to crawl: give URLs, --outlet NAME or --all-outlets",
              file=sys.stderr)
        return EXIT_NOTHING
    opts = fetch_options(args)
    stop = threading.Event()
    warc = None
    with _session(args, stop) as (store, state):
        try:
            from warta.crawl.warc import WarcOut

            warc = WarcOut(args.warc, user_agent=opts.user_agent) if args.warc else None
            with Fetcher(opts, stop=stop) as fetcher:
                crawler = Crawler(fetcher, store, state, warc=warc,
                                  options=CrawlOptions(max_pages=args.max_pages, since=since),
                                  report=lambda line: print(line, file=sys.stderr, flush=True))
                stats = crawler.run(seeds)
        finally:
            if warc is not None:
                warc.close()
    print(f"warta crawl: {stats.line()}", file=sys.stderr)
    return _exit_status(stats)


def run_watch(args: argparse.Namespace) -> int:
    try:
        sources = list(args.feeds or []) + outlet_sources(args.outlets or [],
                                                          every=args.all_outlets)
        every = parse_every(args.every)
    except (WartaError, ValueError) as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    if not sources:
        print("warta: nothing to watch: give --feeds URL…, --outlets NAME… or --all-outlets",
              file=sys.stderr)
        return EXIT_NOTHING
    opts = fetch_options(args)
    stop = threading.Event()
    with _session(args, stop) as (store, state), Fetcher(opts, stop=stop) as fetcher:
        print(f"warta watch: {len(sources)} feeds every {args.every}, user agent "
              f"{opts.user_agent!r}", file=sys.stderr, flush=True)
        crawler = Crawler(fetcher, store, state,
                          options=CrawlOptions(max_pages=args.max_pages),
                          report=lambda line: print(line, file=sys.stderr, flush=True))
        totals = watch(crawler, sources, every=every, cycles=args.cycles)
    print(f"warta watch: stopped after {totals.cycles} cycles, {totals.stored} new articles",
          file=sys.stderr)
    return EXIT_OK
