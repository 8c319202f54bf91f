"""Indonesian dates and times to timezone-aware datetimes.

A fast regex path covers the forms news pages use: day and month names with their old
and short spellings (`Kamis, 02 November 2017 - 15:23 WIB`, `5 Nop 2015`, `Pebruari`),
day-first numerics (`05/11/2015 10:08 WIB`, `(2/11/2017)`), ISO 8601 from metadata, and
relative forms (`2 jam lalu`) resolved against the crawl time. `WIB`/`WITA`/`WIT` become
+07:00/+08:00/+09:00; a time without a zone is read as WIB. dateparser
(`languages=['id']`) is only a fallback for text the fast path cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from warta.extract.rules import load_yaml

WIB = timezone(timedelta(hours=7))
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in text: the datetime, whether it had a time, and where it was."""

    value: datetime
    has_time: bool
    start: int
    end: int

    def iso(self) -> str:
        return self.value.isoformat(timespec="seconds")


class _Calendar:
    """The calendar words of data/extract/dates.yaml and the regexes built from them."""

    def __init__(self) -> None:
        data: dict[str, Any] = load_yaml("dates.yaml")
        self.months: dict[str, int] = {
            name: int(num) for num, names in data["months"].items() for name in names
        }
        self.zones: dict[str, int] = {k: int(v) for k, v in data["zones"].items()}
        self.units: dict[str, str] = dict(data["relative_units"])
        months = _alt(self.months)
        days = _alt(data["days"])
        zones = _alt(self.zones)
        time_words = _alt(data["time_words"])
        units = _alt(self.units)
        # `(Kamis,)? 02 November 2017` and `November 5, 2015`
        del days  # day names precede the date; the value does not need them
        self.named = re.compile(
            rf"(?:\b(?P<d>\d{{1,2}})(?:\s+|\s*[-/]\s*)(?P<mon>{months})\b\.?(?:\s+|\s*[-/,]\s*)"
            rf"(?P<y>\d{{4}})\b"
            rf"|\b(?P<mon2>{months})\b\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})\b)",
            re.I,
        )
        # `05/11/2015`, `(2/11/2017)`, `2-11-17`; day first, as Indonesian writes it
        self.numeric = re.compile(
            r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])"
        )
        self.iso = re.compile(
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:\s*T?\s*(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d+)?"
            r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
        )
        # the time right after a date: `- 15:23 WIB`, `| 11:13 WIB`, `at 09:10 WIB`, `pukul 15.23`
        self.time_after = re.compile(
            rf"\s*(?:[-–—,|]\s*|(?:{time_words})\.?\s+)*"
            rf"(?P<H>[01]?\d|2[0-3])[.:](?P<M>[0-5]\d)(?:[.:](?P<S>[0-5]\d))?(?!\d)"
            rf"(?:\s*(?P<zone>{zones})\b)?",
            re.I,
        )
        self.relative = re.compile(
            rf"\b(?P<n>\d+|se)\s*(?P<unit>{units})\s+(?:yang\s+)?(?:lalu|ago)\b", re.I
        )
        self.yesterday = re.compile(r"\b(?:kemarin|yesterday)\b", re.I)


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first (so `Agustus` wins over `Agu`)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def calendar() -> _Calendar:
    return _Calendar()


def _offset(zone: str | None, default: timezone = WIB) -> timezone:
    if not zone:
        return default
    return timezone(timedelta(hours=calendar().zones[zone.lower()]))


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def _with_time(
    text: str, end: int, y: int, m: int, d: int, tz: timezone, start: int
) -> DateHit | None:
    """The date at text[start:end], plus the time that follows it, if any."""
    t = calendar().time_after.match(text, end)
    try:
        if t:
            sec = int(t["S"] or 0)
            dt = datetime(y, m, d, int(t["H"]), int(t["M"]), sec, tzinfo=_offset(t["zone"], tz))
            return DateHit(dt, True, start, t.end())
        return DateHit(datetime(y, m, d, tzinfo=tz), False, start, end)
    except ValueError:
        return None


def find_date(text: str, *, now: datetime | None = None, tz: timezone = WIB) -> DateHit | None:
    """The first date (with its time, when one follows) in `text`, by the fast path.

    `now` (the crawl time) resolves relative forms such as `2 jam lalu`.
    """
    cal = calendar()
    if not _DIGIT_RE.search(text):
        return _relative(text, now) if now is not None else None
    hits: list[DateHit] = []
    m = cal.iso.search(text)
    if m:
        hit = _iso_hit(m, tz)
        if hit:
            hits.append(hit)
    m = cal.named.search(text)
    if m:
        if m["mon"]:
            y, mon, d = _year(m["y"]), cal.months[m["mon"].lower()], int(m["d"])
        else:
            y, mon, d = _year(m["y2"]), cal.months[m["mon2"].lower()], int(m["d2"])
        hit = _with_time(text, m.end(), y, mon, d, tz, m.start())
        if hit:
            hits.append(hit)
    if not hits:
        for m in cal.numeric.finditer(text):
            d, mon = int(m["d"]), int(m["m"])
            if mon > 12 >= d:  # `10/21/2025`: only month-first reads (US-style corpus exports)
                d, mon = mon, d
            hit = _with_time(text, m.end(), _year(m["y"]), mon, d, tz, m.start())
            if hit:
                hits.append(hit)
                break
    if not hits and now is not None:
        hit = _relative(text, now)
        if hit:
            hits.append(hit)
    if not hits:
        return None
    return min(hits, key=lambda h: h.start)


def _iso_hit(m: re.Match[str], tz: timezone) -> DateHit | None:
    try:
        y, mon, d = int(m["y"]), int(m["m"]), int(m["d"])
        if m["H"] is None:
            return DateHit(datetime(y, mon, d, tzinfo=tz), False, m.start(), m.end())
        zone = tz
        if m["tz"]:
            zone = UTC if m["tz"] == "Z" else _parse_offset(m["tz"])
        dt = datetime(y, mon, d, int(m["H"]), int(m["M"]), int(m["S"] or 0), tzinfo=zone)
        return DateHit(dt, True, m.start(), m.end())
    except ValueError:
        return None


def _parse_offset(s: str) -> timezone:
    sign = -1 if s[0] == "-" else 1
    digits = s[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _relative(text: str, now: datetime) -> DateHit | None:
    cal = calendar()
    if now.tzinfo is None:
        now = now.replace(tzinfo=WIB)
    m = cal.relative.search(text)
    if m:
        n = 1 if m["n"].lower() == "se" else int(m["n"])
        unit = cal.units[m["unit"].lower()]
        if unit == "months":
            delta = timedelta(days=30 * n)
        elif unit == "years":
            delta = timedelta(days=365 * n)
        else:
            delta = timedelta(**{unit: n})
        has_time = unit in ("seconds", "minutes", "hours")
        value = now - delta
        if not has_time:
            value = value.replace(hour=0, minute=0, second=0, microsecond=0)
        return DateHit(value, has_time, m.start(), m.end())
    m = cal.yesterday.search(text)
    if m:
        value = (now - timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        return DateHit(value, False, m.start(), m.end())
    return None


def parse_date(
    text: str, *, now: datetime | None = None, tz: timezone = WIB, fallback: bool = True
) -> DateHit | None:
    """`find_date`, then dateparser (Indonesian) when the fast path finds nothing."""
    hit = find_date(text, now=now, tz=tz)
    if hit or not fallback or not any(c.isdigit() for c in text) or len(text) > 200:
        return hit
    return _dateparser(text, now=now, tz=tz)


def _dateparser(text: str, *, now: datetime | None, tz: timezone) -> DateHit | None:
    import dateparser

    settings: dict[str, Any] = {
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "+0700",
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
    }
    if now is not None:
        settings["RELATIVE_BASE"] = now.replace(tzinfo=None)
    value = dateparser.parse(text, languages=["id", "en"], settings=settings)
    if value is None:
        return None
    has_time = (value.hour, value.minute, value.second) != (0, 0, 0)
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return DateHit(value, has_time, 0, len(text))


def to_local(value: datetime, tz: timezone = WIB) -> datetime:
    """UTC times (`Z`, `+00:00`) shown in the publisher's zone; other offsets kept."""
    if value.utcoffset() == timedelta(0):
        return value.astimezone(tz)
    return value
