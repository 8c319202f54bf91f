"""Arguments of `warta crawl` and `warta watch` (argparse only: keeps CLI start-up fast)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def _politeness(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="store: SQLite path or sqlite:///path, or postgresql://… "
                        "(default: the store's default)")
    p.add_argument("--rate", type=float, default=1.0, metavar="R",
                   help="requests per second to any one host (default 1)")
    p.add_argument("--user-agent", metavar="UA", default=None,
                   help="identify the crawler this way (default: Warta/<version> (+project "
                        "URL), or $WARTA_USER_AGENT)")
    p.add_argument("--timeout", type=float, default=20.0, metavar="S",
                   help="connect/read timeout in seconds (default 20)")
    p.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries after a 429, 5xx or network error (default 3)")
    p.add_argument("--max-size", type=float, default=10.0, metavar="MB",
                   help="largest response accepted, in MB (default 10)")
    p.add_argument("--max-pages", type=int, default=None, metavar="N",
                   help="fetch at most N article pages (per cycle for watch)")


def add_crawl_parser(sub: Any, handler: Handler) -> None:
    p = sub.add_parser(
        "crawl",
        help="fetch RSS/Atom feeds, sitemaps and article URLs politely into the store",
        description="Fetch feeds, sitemaps (indexes and news sitemaps) and article pages, "
        "honouring robots.txt and a per-host rate limit; articles go through extraction "
        "and analysis into the store.",
    )
    p.add_argument("urls", nargs="*", metavar="URL",
                   help="feeds, sitemaps or article pages (recognised by their content)")
    p.add_argument("--outlet", action="append", metavar="NAME",
                   help="crawl a bundled outlet's feeds (repeatable; e.g. antara, kompas)")
    p.add_argument("--all-outlets", action="store_true", help="crawl every bundled outlet")
    p.add_argument("--since", metavar="DATE",
                   help="skip articles published before this ISO date (WIB unless an offset "
                        "is given)")
    p.add_argument("--warc", metavar="OUT.warc.gz",
                   help="also write the raw article responses to this WARC file")
    _politeness(p)
    p.set_defaults(func=handler)


def add_watch_parser(sub: Any, handler: Handler) -> None:
    p = sub.add_parser(
        "watch",
        help="keep polling feeds and store only new articles (a long-running monitor)",
        description="Poll feeds every interval with conditional GET, fetch only article "
        "URLs not seen before (state kept in the store's database), log one line per cycle "
        "on stderr; SIGINT/SIGTERM finish the current page and exit 0.",
    )
    p.add_argument("--outlets", "--outlet", nargs="+", action="extend", metavar="NAME",
                   help="bundled outlets to watch")
    p.add_argument("--all-outlets", action="store_true", help="watch every bundled outlet")
    p.add_argument("--feeds", nargs="+", action="extend", metavar="URL",
                   help="feed or news-sitemap URLs to watch")
    p.add_argument("--every", default="15m", metavar="INTERVAL",
                   help="time between the starts of two cycles: 15m, 90s, 1h (default 15m)")
    p.add_argument("--cycles", type=int, default=None, metavar="N",
                   help="stop after N cycles (default: run until stopped)")
    _politeness(p)
    p.set_defaults(func=handler)
