"""`warta watch`: poll feeds again and again, keep only what is new, never fall over.

Each cycle is one `Crawler.run` over the same sources: feeds answer 304 when unchanged
(conditional GET), article URLs handled before are skipped (crawl state in the store's
database, so a restart carries on where it stopped), and every failure is recorded and
logged without ending the loop. A stop request (SIGINT/SIGTERM) lets the page in hand
finish and be stored, then the loop ends.
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import FrameType
from typing import TextIO

from warta.crawl.crawler import Crawler, CrawlStats

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.IGNORECASE)
_UNIT = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds in an interval such as `15m`, `90s`, `1h`, `0.5s` or `300` (seconds)."""
    m = _EVERY.match(text)
    if not m:
        raise ValueError(f"not an interval: {text!r} (use e.g. 15m, 90s, 1h)")
    return float(m.group(1)) * _UNIT[(m.group(2) or "s").lower()]


@dataclass(slots=True)
class WatchTotals:
    cycles: int = 0
    stored: int = 0
    failed: int = 0


def watch(
    crawler: Crawler,
    sources: list[str],
    *,
    every: float,
    cycles: int | None = None,
    between: Callable[[int], None] | None = None,
    out: TextIO | None = None,
) -> WatchTotals:
    """Poll `sources` every `every` seconds until stopped (or for `cycles` cycles).

    One line per cycle goes to `out` (stderr): time, feeds polled, new, failed.
    `between(n)` runs after cycle n when another one follows (a hook for tests).
    """
    out = out or sys.stderr
    stop = crawler.fetcher.stop
    totals = WatchTotals()
    while not stop.is_set():
        started = datetime.now(UTC)
        try:
            stats = crawler.run(sources)
        except Exception as e:  # e.g. the database went away: log, wait, try again
            stats = CrawlStats(failed=1)
            print(f"warta watch: cycle failed: {type(e).__name__}: {e}", file=out, flush=True)
        totals.cycles += 1
        totals.stored += stats.stored
        totals.failed += stats.failed
        print(
            f"{started.isoformat(timespec='seconds')} cycle {totals.cycles}: "
            f"feeds {len(sources)} polled ({stats.not_modified} not modified), "
            f"pages {stats.pages}, new {stats.stored}, failed {stats.failed}",
            file=out, flush=True,
        )
        if cycles is not None and totals.cycles >= cycles:
            break
        if between is not None:
            between(totals.cycles)
        elapsed = (datetime.now(UTC) - started).total_seconds()
        stop.wait(max(0.0, every - elapsed))
    return totals


def stop_on_signals(stop: threading.Event) -> Callable[[], None]:
    """SIGINT/SIGTERM set `stop` (a second one kills as usual); returns an undo function."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():  # asked twice: stop now
            signal.signal(signum, previous[signal.Signals(signum)])
            signal.raise_signal(signum)
            return
        name = signal.Signals(signum).name
        print(f"warta: {name}: finishing the current page, then stopping", file=sys.stderr,
              flush=True)
        stop.set()

    for sig in previous:
        signal.signal(sig, handler)

    def undo() -> None:
        for sig, h in previous.items():
            signal.signal(sig, h)

    return undo
