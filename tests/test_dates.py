"""Indonesian date forms, each on a real line, to timezone-aware ISO 8601."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from warta.extract.article import choose_published
from warta.extract.dates import find_date, parse_date

WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Kamis, 02 November 2017 - 15:23 WIB", "2017-11-02T15:23:00+07:00"),  # sindonews
        ("Kamis, 5 November 2015 14:56 WIB | 1.229 Views", "2015-11-05T14:56:00+07:00"),  # antara
        ("Kamis, 05/11/2015 10:08 WIB", "2015-11-05T10:08:00+07:00"),  # detik, day first
        ("Rabu, 4 November 2015 | 21:04 WIB", "2015-11-04T21:04:00+07:00"),  # kompas
        ("on 16 Feb 2016 at 09:10 WIB", "2016-02-16T09:10:00+07:00"),  # liputan6
        ("Kamis, 5 November 2015 - 15:56 wib", "2015-11-05T15:56:00+07:00"),  # okezone
        ("Senin, 15 Februari 2016, 16:15 WIB", "2016-02-15T16:15:00+07:00"),  # republika
        ("Kamis, 05 November 2015 | 11:13 WIB", "2015-11-05T11:13:00+07:00"),  # tempo
        ("Minggu, 14 Februari 2016 09:15 |", "2016-02-14T09:15:00+07:00"),  # no zone: WIB
        ("Senin, 7 Pebruari 2011 pukul 15.23 WITA", "2011-02-07T15:23:00+08:00"),  # old spelling
        ("Jumat, 12 Agu 2016 08:00 WIT", "2016-08-12T08:00:00+09:00"),  # short month, WIT
        ("Selasa, 3 Nop 2015 19:30 WIB", "2015-11-03T19:30:00+07:00"),
        ("Sabtu, 24 Des 2016 | 07:05 WIB", "2016-12-24T07:05:00+07:00"),
        ("Rabu, 1 Okt. 2014 - 10.45 WIB", "2014-10-01T10:45:00+07:00"),
        ("2015-11-05T14:56:43+07:00", "2015-11-05T14:56:43+07:00"),  # ISO from <time>
        ("2016-02-16 09:10:56", "2016-02-16T09:10:56+07:00"),  # naive ISO: WIB
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.has_time
    assert hit.iso() == iso


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("seperti disitir CNN dari KCNA, Kamis (2/11/2017).", "2017-11-02"),
        ("di Jakarta, Rabu, 4 November 2015.", "2015-11-04"),
        ("Dikutip dari BBC, Kamis (5/11/15), Google menyatakan", "2015-11-05"),
        ("November 5, 2015", "2015-11-05"),
    ],
)
def test_dates_without_time(text: str, day: str) -> None:
    hit = find_date(text)
    assert hit is not None and not hit.has_time
    assert hit.value.date().isoformat() == day


def test_relative_forms_need_the_crawl_time() -> None:
    crawled = datetime(2015, 11, 5, 12, 0, tzinfo=WIB)
    assert find_date("35 detik lalu") is None  # no crawl time: unknown
    assert find_date("2 jam lalu", now=crawled).iso() == "2015-11-05T10:00:00+07:00"
    assert find_date("9 menit yang lalu", now=crawled).iso() == "2015-11-05T11:51:00+07:00"
    hit = find_date("3 hari lalu", now=crawled)
    assert hit is not None and not hit.has_time and hit.value.date().isoformat() == "2015-11-02"
    assert find_date("kemarin", now=crawled).value.date().isoformat() == "2015-11-04"


def test_no_date_in_ordinary_lines() -> None:
    assert find_date("Total ada 3.016 orang penumpang domestik") is None
    assert find_date("Home") is None
    assert find_date("Kamis, 31 Februari 2015 10:00 WIB") is None  # impossible date


def test_dateparser_is_only_a_fallback() -> None:
    hit = parse_date("5 hari yang lalu pada pukul sepuluh", now=datetime(2016, 2, 20, tzinfo=WIB))
    assert hit is not None  # the fast path reads the relative form
    slow = parse_date("tanggal lima belas Maret 2016")  # only dateparser reads this one, if any
    assert slow is None or slow.value.year == 2016


def test_published_joins_date_line_and_metadata() -> None:
    line = find_date("Kamis, 05/11/2015 10:08 WIB")
    # detik labels local time "Z": the visible WIB line wins; metadata adds the seconds
    assert choose_published(line, "2015-11-05 T10:08:58Z", None) == "2015-11-05T10:08:58+07:00"
    # real UTC metadata alone is shown in WIB
    assert choose_published(None, "2015-11-05T03:08:58Z", None) == "2015-11-05T10:08:58+07:00"
    day_only = find_date("Kamis (5/11/2015)")
    assert choose_published(day_only, "2015-11-05T10:08:58+07:00", None) == (
        "2015-11-05T10:08:58+07:00"
    )
    assert choose_published(day_only, None, None) == "2015-11-05"
    assert choose_published(None, None, None) is None


def test_numeric_dates_are_day_first_unless_only_month_first_reads() -> None:
    # corpus exports (e.g. a CSV `date` column) often write month first: 10/21/2025 20:43
    hit = find_date("10/21/2025 20:43")
    assert hit is not None and hit.iso() == "2025-10-21T20:43:00+07:00"
    hit = find_date("Selasa (10/11/2025)")
    assert hit is not None and hit.value.date().isoformat() == "2025-11-10"
