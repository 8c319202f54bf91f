"""A real HTTP server on loopback for the crawl and watch tests (no tests in this module).

`Site` serves the fixture feeds and sitemaps (tests/data/crawl, `{base}` filled in) and
the licensed pages (tests/data/pages/html under /berita/), plus whatever a test adds:
fixed answers or handler functions (stall, stream, redirect…). Every request is logged
with its arrival time at the server, so tests assert what the server saw.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

DATA = Path(__file__).parent / "data"
CRAWL = DATA / "crawl"
PAGES = DATA / "pages" / "html"

XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"


@dataclass
class Hit:
    path: str  # path and query as requested
    at: float  # time.monotonic() when the server read the request
    headers: dict[str, str]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


Handler = Callable[["Request"], None]


class Request(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: Site

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.site.hits.append(Hit(self.path, time.monotonic(), dict(self.headers.items())))
        route = self.site.routes.get(urlsplit(self.path).path)
        if route is None:
            self.answer(Answer(404, b"not found", (("Content-Type", "text/plain"),)))
        elif callable(route):
            route(self)
        else:
            self.answer(route)

    def answer(self, a: Answer) -> None:
        self.send_response(a.status)
        names = {k.lower() for k, _ in a.headers}
        for k, v in a.headers:
            self.send_header(k, v)
        if "content-length" not in names:
            self.send_header("Content-Length", str(len(a.body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(a.body)


class Site:
    """A small web site on 127.0.0.1 whose routes the test sets."""

    def __init__(self) -> None:
        self.routes: dict[str, Answer | Handler] = {}
        self.hits: list[Hit] = []
        self.release = threading.Event()  # set at teardown: stalled handlers return
        handler = type("BoundRequest", (Request,), {"site": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str, *, status: int = 200,
            content_type: str = "text/html; charset=utf-8",
            headers: tuple[tuple[str, str], ...] = ()) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Answer(status, data, (("Content-Type", content_type), *headers))

    def add_fixture(self, path: str, name: str, content_type: str = XML) -> None:
        """A file of tests/data/crawl with `{base}` replaced by this server's address."""
        text = (CRAWL / name).read_bytes().replace(b"{base}", self.base.encode())
        self.add(path, text, content_type=content_type)

    def add_page(self, name: str) -> str:
        """A licensed page at /berita/<name>; returns its URL."""
        self.add(f"/berita/{name}", (PAGES / name).read_bytes())
        return self.url(f"/berita/{name}")

    def hits_to(self, path: str) -> list[Hit]:
        return [h for h in self.hits if urlsplit(h.path).path == path]

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def serve() -> Iterator[Site]:
    """Body of each test module's `site` fixture: a fresh server, closed afterwards."""
    s = Site()
    try:
        yield s
    finally:
        s.close()


def fast_options(**kw: object):
    """Fetch options for tests: quick, but still polite and still going through the
    same code (only the numbers differ)."""
    from warta.crawl.fetch import FetchOptions

    opts = FetchOptions(user_agent="Warta-test/1.0 (+https://example.invalid/warta)",
                        rate=20.0, timeout=2.0, retries=2, backoff=0.05, max_retry_wait=5.0)
    for k, v in kw.items():
        setattr(opts, k, v)
    return opts
