"""A polite HTTP client: robots.txt, a per-host rate limit, retries, limits, conditional GET.

Every request Warta makes goes through `Fetcher.get`:

- robots.txt is fetched once per origin (and again after a day) and obeyed, including its
  Crawl-delay when that is slower than our own rate (RFC 9309: a 4xx robots.txt allows
  everything, a 5xx or unreachable one disallows everything);
- requests to one host are spaced at least 1/rate seconds apart (default 1 request/s);
- 429 and 5xx answers and network errors are retried with exponential backoff, and a
  Retry-After header (seconds or HTTP date) holds back the whole host;
- redirects are followed by hand, each hop checked against robots.txt, with a hop limit
  and loop detection;
- bodies are streamed and cut at a size limit, with a wall-clock deadline per response;
- `etag` / `last_modified` make the request conditional (a 304 comes back as a Response).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from warta import __version__
from warta.errors import InputError, WartaError

# Where site operators can read what this crawler is and who runs it. Deployments should
# name themselves with --user-agent or WARTA_USER_AGENT.
PROJECT_URL = "https://github.com/warta-news/warta"
DEFAULT_USER_AGENT = f"Warta/{__version__} (+{PROJECT_URL})"

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0  # an unreachable robots.txt is asked for again after this
MAX_CRAWL_DELAY = 60.0


def default_user_agent() -> str:
    return os.environ.get("WARTA_USER_AGENT") or DEFAULT_USER_AGENT


@dataclass(slots=True)
class FetchOptions:
    """How politely and patiently to fetch."""

    user_agent: str = field(default_factory=default_user_agent)
    rate: float = 1.0  # requests per second to any one host
    timeout: float = 20.0  # connect / read timeout, seconds
    deadline: float = 120.0  # whole response, seconds
    max_bytes: int = 10 * 1024 * 1024  # body size limit (after decompression)
    max_redirects: int = 5
    retries: int = 3  # extra attempts after a 429, 5xx or network error
    backoff: float = 1.0  # first retry wait in seconds; doubles each attempt
    max_retry_wait: float = 300.0  # a longer Retry-After gives up on the URL instead
    robots: bool = True


class FetchError(InputError):
    """A URL that could not be fetched. `transient` errors are worth trying again later."""

    def __init__(
        self, url: str, problem: str, *, transient: bool = False, status: int | None = None
    ) -> None:
        super().__init__(url, problem)
        self.transient = transient
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt does not let us fetch this URL."""


class Interrupted(WartaError):
    """The fetcher was asked to stop while it waited."""


@dataclass(slots=True)
class Response:
    """One final (non-redirect) HTTP response with its whole, possibly decompressed, body."""

    url: str  # final URL, after redirects
    requested: str  # the URL asked for
    status: int
    reason: str
    headers: list[tuple[str, str]]
    content: bytes
    fetched: datetime
    http_version: str = "HTTP/1.1"
    redirects: list[str] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-case ('' when absent)."""
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.header("etag")

    @property
    def last_modified(self) -> str | None:
        return self.header("last-modified")


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed
    disallow_all: bool
    expires: float  # time.monotonic() after which it is fetched again
    problem: str | None = None  # why everything is disallowed, when robots.txt failed

    def allows(self, url: str, user_agent: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(user_agent, url)


class Fetcher:
    """A polite HTTP client (one per crawl; not shared between threads)."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        stop: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self.stop = stop or threading.Event()
        self.requests = 0  # HTTP requests made, robots.txt included
        self._next_at: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(self.options.timeout),
            headers={"User-Agent": self.options.user_agent},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """Fetch `url` politely; a 2xx or 304 Response, else FetchError."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, check_robots=self.options.robots)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's origin lets our user agent fetch it."""
        return self._robots_for(url).allows(url, self.options.user_agent)

    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        robots = self._robots.get(origin)
        if robots is None or time.monotonic() > robots.expires:
            robots = self._fetch_robots(origin)
            self._robots[origin] = robots
        return robots

    def ready_at(self, url: str) -> float:
        """`time.monotonic()` from which the URL's host may be asked again."""
        return self._next_at.get(urlsplit(url).netloc.lower(), 0.0)

    # -- internals ----------------------------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Response:
        current = url
        visited = {url}
        hops: list[str] = []
        for _ in range(self.options.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(url, f"not an http(s) URL: {current}")
            if check_robots:
                robots = self._robots_for(current)
                if robots.problem:  # unreachable robots.txt: try again later
                    raise RobotsDisallowed(url, robots.problem, transient=True)
                if not robots.allows(current, self.options.user_agent):
                    raise RobotsDisallowed(url, f"disallowed by robots.txt ({current})")
            resp = self._attempts(current, headers)
            if resp.status not in REDIRECT_STATUSES:
                resp.requested = url
                resp.redirects = hops
                return resp
            location = resp.header("location")
            if not location:
                raise FetchError(url, f"HTTP {resp.status} without a Location header")
            target = urljoin(current, location.strip())
            if target in visited:
                raise FetchError(url, f"redirect loop ({current} → {target})")
            visited.add(target)
            hops.append(current)
            current = target
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    def _attempts(self, url: str, headers: dict[str, str]) -> Response:
        opts = self.options
        host = urlsplit(url).netloc.lower()
        for attempt in range(opts.retries + 1):
            self._wait_turn(host)
            wait = opts.backoff * (2**attempt)
            try:
                resp = self._request(url, headers)
            except httpx.TimeoutException:
                error = FetchError(url, f"timed out after {opts.timeout:g}s", transient=True)
            except httpx.TransportError as e:
                error = FetchError(url, f"network error: {e or type(e).__name__}", transient=True)
            else:
                if resp.status in RETRY_STATUSES:
                    error = FetchError(
                        url, f"HTTP {resp.status} {resp.reason}".strip(),
                        transient=True, status=resp.status,
                    )
                    asked = retry_after_seconds(resp.header("retry-after"))
                    if asked is not None:
                        if asked > opts.max_retry_wait:
                            raise FetchError(
                                url, f"HTTP {resp.status}: Retry-After {asked:.0f}s is over "
                                f"the {opts.max_retry_wait:g}s limit",
                                transient=True, status=resp.status,
                            )
                        wait = max(wait, asked)
                elif resp.status >= 400:
                    raise FetchError(
                        url, f"HTTP {resp.status} {resp.reason}".strip(), status=resp.status
                    )
                else:
                    return resp
            if attempt == opts.retries:
                raise error
            # Hold back the whole host, not just this URL.
            self._next_at[host] = max(self._next_at.get(host, 0.0), time.monotonic() + wait)
        raise AssertionError("unreachable")

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        opts = self.options
        self.requests += 1
        fetched = datetime.now(UTC)
        started = time.monotonic()
        with self._client.stream("GET", url, headers=headers) as r:
            body = b""
            if 200 <= r.status_code < 300:
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > opts.max_bytes:
                    raise FetchError(
                        url, f"too large: {int(declared)} bytes declared, "
                        f"limit {opts.max_bytes}"
                    )
                buf = bytearray()
                for chunk in r.iter_bytes():
                    buf += chunk
                    if len(buf) > opts.max_bytes:
                        raise FetchError(url, f"too large: cut at the {opts.max_bytes} byte limit")
                    if time.monotonic() - started > opts.deadline:
                        raise FetchError(
                            url, f"response took over {opts.deadline:g}s", transient=True
                        )
                body = bytes(buf)
            return Response(
                url=url,
                requested=url,
                status=r.status_code,
                reason=r.reason_phrase,
                headers=list(r.headers.multi_items()),
                content=body,
                fetched=fetched,
                http_version=r.http_version,
            )

    def _wait_turn(self, host: str) -> None:
        """Sleep until this host may be asked again, then book the next slot."""
        interval = 1.0 / self.options.rate if self.options.rate > 0 else 0.0
        interval = max(interval, self._crawl_delay(host))
        at = self._next_at.get(host, 0.0)
        now = time.monotonic()
        if at > now:
            self._sleep(at - now)
        self._next_at[host] = max(time.monotonic(), at) + interval

    def _crawl_delay(self, host: str) -> float:
        for origin, robots in self._robots.items():
            if robots.parser is not None and urlsplit(origin).netloc == host:
                delay = robots.parser.crawl_delay(self.options.user_agent)
                if delay:
                    return min(float(delay), MAX_CRAWL_DELAY)
        return 0.0

    def _sleep(self, seconds: float) -> None:
        if self.stop.wait(seconds):
            raise Interrupted("stop requested")

    def _fetch_robots(self, origin: str) -> _Robots:
        try:
            resp = self._follow(f"{origin}/robots.txt", {}, check_robots=False)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and not e.transient:
                # No robots.txt: everything allowed.
                return _Robots(None, False, time.monotonic() + ROBOTS_TTL)
            # Unreachable or 5xx: assume complete disallow, and ask again soon.
            return _Robots(None, True, time.monotonic() + ROBOTS_RETRY,
                           f"robots.txt unavailable ({e.problem}), so not fetched")
        parser = RobotFileParser()
        parser.parse(resp.content.decode("utf-8", errors="replace").splitlines())
        parser.modified()
        return _Robots(parser, False, time.monotonic() + ROBOTS_TTL)
