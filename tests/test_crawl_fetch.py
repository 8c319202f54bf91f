"""The polite HTTP client against a real HTTP server on loopback."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator

import pytest

from test_crawl_support import Answer, Request, Site, fast_options, serve
from warta.crawl.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchError,
    RobotsDisallowed,
    retry_after_seconds,
)


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


def test_identifying_user_agent_is_sent(site: Site) -> None:
    site.add("/a", "<html><body>ok</body></html>")
    opts = fast_options()
    with Fetcher(opts) as f:
        resp = f.get(site.url("/a"))
    assert resp.status == 200 and resp.content.endswith(b"ok</body></html>")
    assert {h.headers["User-Agent"] for h in site.hits} == {opts.user_agent}
    assert DEFAULT_USER_AGENT.startswith("Warta/") and "(+http" in DEFAULT_USER_AGENT


def test_robots_txt_disallow_is_obeyed(site: Site) -> None:
    site.add_fixture("/robots.txt", "robots.txt", "text/plain")
    site.add("/private/secret.html", "<html>secret</html>")
    site.add("/public.html", "<html>public</html>")
    with Fetcher(fast_options()) as f:
        with pytest.raises(RobotsDisallowed, match="robots.txt"):
            f.get(site.url("/private/secret.html"))
        assert f.get(site.url("/public.html")).status == 200
    assert site.hits_to("/private/secret.html") == []  # never asked
    assert len(site.hits_to("/robots.txt")) == 1  # asked once for the origin


def test_robots_rules_for_our_agent_only(site: Site) -> None:
    site.add("/robots.txt", "User-agent: warta\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
             content_type="text/plain")
    site.add("/x", "<html>x</html>")
    ua = "Warta/9 (+https://example.invalid)"
    with Fetcher(fast_options(user_agent=ua)) as f, pytest.raises(RobotsDisallowed):
        f.get(site.url("/x"))
    with Fetcher(fast_options(user_agent="OtherBot/1.0")) as f:
        assert f.get(site.url("/x")).status == 200


def test_robots_txt_5xx_means_disallow_all(site: Site) -> None:
    site.add("/robots.txt", "down", status=503, content_type="text/plain")
    site.add("/x", "<html>x</html>")
    with Fetcher(fast_options(retries=1)) as f, pytest.raises(RobotsDisallowed):
        f.get(site.url("/x"))
    assert site.hits_to("/x") == []


def test_404_is_a_permanent_failure_without_retries(site: Site) -> None:
    with Fetcher(fast_options()) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/missing.html"))
    assert err.value.status == 404 and not err.value.transient
    assert "HTTP 404" in str(err.value) and site.url("/missing.html") in str(err.value)
    assert len(site.hits_to("/missing.html")) == 1


def _sequence(*answers: Answer):
    """A handler that gives these answers in turn, then repeats the last one."""
    it = itertools.chain(answers, itertools.repeat(answers[-1]))
    lock = threading.Lock()

    def handle(req: Request) -> None:
        with lock:
            a = next(it)
        req.answer(a)

    return handle


def test_500_then_200_is_retried(site: Site) -> None:
    site.routes["/flaky.html"] = _sequence(
        Answer(500, b"oops"), Answer(200, b"<html>fine</html>", (("Content-Type", "text/html"),))
    )
    with Fetcher(fast_options()) as f:
        resp = f.get(site.url("/flaky.html"))
    assert resp.status == 200 and resp.content == b"<html>fine</html>"
    assert len(site.hits_to("/flaky.html")) == 2


def test_5xx_gives_up_after_the_retries(site: Site) -> None:
    site.add("/down.html", "down", status=503)
    with Fetcher(fast_options(retries=2)) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/down.html"))
    assert err.value.transient and err.value.status == 503
    assert len(site.hits_to("/down.html")) == 3  # first try + 2 retries


def test_429_retry_after_is_honoured(site: Site) -> None:
    site.routes["/busy.html"] = _sequence(
        Answer(429, b"slow down", (("Retry-After", "1"),)),
        Answer(200, b"<html>ok</html>", (("Content-Type", "text/html"),)),
    )
    with Fetcher(fast_options()) as f:
        assert f.get(site.url("/busy.html")).status == 200
    first, second = site.hits_to("/busy.html")
    # Behaviour, measured at the server: the retry came no sooner than it was asked to.
    assert second.at - first.at >= 1.0 - 0.05


def test_429_with_a_retry_after_beyond_our_limit_gives_up(site: Site) -> None:
    site.add("/later.html", "later", status=429, headers=(("Retry-After", "3600"),))
    with Fetcher(fast_options(max_retry_wait=5.0)) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/later.html"))
    assert "Retry-After 3600s" in str(err.value) and err.value.transient
    assert len(site.hits_to("/later.html")) == 1


def test_retry_after_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds("soon") is None


def test_a_stalled_server_times_out(site: Site) -> None:
    def stall(req: Request) -> None:
        site.release.wait(10)  # never answers while the test runs

    site.routes["/stall.html"] = stall
    with Fetcher(fast_options(timeout=0.3, retries=1)) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/stall.html"))
    assert "timed out" in str(err.value) and err.value.transient
    assert len(site.hits_to("/stall.html")) == 2


def test_redirects_are_followed_and_loops_stopped(site: Site) -> None:
    site.add("/old.html", "", status=301, headers=(("Location", "/new.html"),))
    site.add("/new.html", "<html>new</html>")
    site.add("/a", "", status=302, headers=(("Location", "/b"),))
    site.add("/b", "", status=302, headers=(("Location", site.url("/a")),))
    for i in range(10):
        site.add(f"/hop{i}", "", status=307, headers=(("Location", f"/hop{i + 1}"),))
    with Fetcher(fast_options(max_redirects=5)) as f:
        resp = f.get(site.url("/old.html"))
        assert resp.url == site.url("/new.html") and resp.requested == site.url("/old.html")
        assert resp.redirects == [site.url("/old.html")]
        with pytest.raises(FetchError, match="redirect loop"):
            f.get(site.url("/a"))
        with pytest.raises(FetchError, match="more than 5 redirects"):
            f.get(site.url("/hop0"))
    assert len(site.hits_to("/a")) == 1 and len(site.hits_to("/b")) == 1
    assert len([h for h in site.hits if h.path.startswith("/hop")]) == 6


HUNDRED_MB = 100 * 1024 * 1024


def _endless(sent: list[int], done: threading.Event, declare: bool):
    """Stream 100 MB of generated bytes (nothing stored), counting what got out."""

    def handle(req: Request) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        if declare:
            req.send_header("Content-Length", str(HUNDRED_MB))
        else:
            req.send_header("Connection", "close")
            req.close_connection = True
        req.end_headers()
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        try:
            while sent[0] < HUNDRED_MB:
                req.wfile.write(chunk)
                sent[0] += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            done.set()

    return handle


@pytest.mark.parametrize("declare", [False, True], ids=["streamed", "content-length"])
def test_a_100_mb_response_is_cut_at_the_limit(site: Site, declare: bool) -> None:
    sent, done = [0], threading.Event()
    site.routes["/huge.html"] = _endless(sent, done, declare)
    limit = 1024 * 1024
    with Fetcher(fast_options(max_bytes=limit)) as f, pytest.raises(FetchError) as err:
        f.get(site.url("/huge.html"))
    assert "too large" in str(err.value) and not err.value.transient
    assert done.wait(10), "the server kept sending after the client hung up"
    # The client stopped reading at the limit: most of the 100 MB never left the server.
    print(f"server sent {sent[0] / 1e6:.1f} MB of 100 MB before the cut")
    assert sent[0] < HUNDRED_MB // 4


def test_conditional_get_gets_304(site: Site) -> None:
    etag, modified = '"v1"', "Thu, 05 Nov 2015 08:00:00 GMT"

    def feed(req: Request) -> None:
        if req.headers.get("If-None-Match") == etag or req.headers.get(
            "If-Modified-Since"
        ) == modified:
            req.answer(Answer(304, b"", (("ETag", etag),)))
        else:
            req.answer(Answer(200, b"<rss/>", (("ETag", etag), ("Last-Modified", modified),
                                               ("Content-Type", "application/rss+xml"))))

    site.routes["/rss"] = feed
    with Fetcher(fast_options()) as f:
        first = f.get(site.url("/rss"))
        assert first.status == 200 and first.etag == etag and first.last_modified == modified
        again = f.get(site.url("/rss"), etag=first.etag)
        assert again.not_modified and again.content == b""
        by_date = f.get(site.url("/rss"), last_modified=first.last_modified)
        assert by_date.not_modified
    assert [h.headers.get("If-None-Match") for h in site.hits_to("/rss")] == [None, etag, None]


def test_rate_limit_spacing_per_host_measured_at_the_server(site: Site) -> None:
    for i in range(9):
        site.add(f"/p{i}.html", f"<html>{i}</html>")
    rate = 4.0
    with Fetcher(fast_options(rate=rate)) as f:
        for i in range(9):
            f.get(site.url(f"/p{i}.html"))
    times = sorted(h.at for h in site.hits if h.path.startswith("/p"))
    assert len(times) == 9
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # Requests per second as the server counted them: never more than the rate allows.
    assert min(gaps) >= 1 / rate - 0.02, gaps
    per_second = max(sum(1 for t in times if start <= t < start + 0.95) for start in times)
    assert per_second <= rate


def test_robots_crawl_delay_slows_us_down_further(site: Site) -> None:
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n",
             content_type="text/plain")
    site.add("/one.html", "<html>1</html>")
    site.add("/two.html", "<html>2</html>")
    with Fetcher(fast_options(rate=20.0)) as f:
        f.get(site.url("/one.html"))
        f.get(site.url("/two.html"))
    (one,), (two,) = site.hits_to("/one.html"), site.hits_to("/two.html")
    assert two.at - one.at >= 1.0 - 0.05  # the site's 1 s, not our 0.05 s
