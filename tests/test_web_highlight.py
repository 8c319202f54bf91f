"""The server-side highlighter and SVG charts: well-formed, escaped, text-preserving.

Runs on the records of the test pages (real pipeline output); the crossing-span cases
move the real records' spans so that marks of different kinds overlap.
"""

from __future__ import annotations

import copy
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared corpus helpers
from test_api import XSS_URL, build_records  # noqa: E402
from warta.web import charts
from warta.web.highlight import highlight
from warta.web.text import mark_terms, safe_url

VOID = {"br", "img", "input", "line", "rect", "circle"}


class Checker(HTMLParser):
    """Collects text, checks that every tag closes in order, and lists attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(fragment: str) -> Checker:
    c = Checker()
    c.feed(fragment)
    c.close()
    assert not c.errors, c.errors
    assert not c.stack, f"unclosed {c.stack}"
    return c


def text_without_refs(fragment: str) -> str:
    """The text of a highlighted paragraph, without the event numbers."""
    c = check(fragment)
    # event numbers are <sup class="evrefs"><a>N</a></sup>: drop them by re-parsing
    out, skip = [], 0
    parser = HTMLParser(convert_charrefs=True)

    def start(tag: str, attrs: list[tuple[str, str | None]]) -> None:
        nonlocal skip
        if skip or (tag == "sup" and ("class", "evrefs") in attrs):
            skip += 1

    def end(tag: str) -> None:
        nonlocal skip
        if skip:
            skip -= 1

    parser.handle_starttag = start  # type: ignore[method-assign]
    parser.handle_endtag = end  # type: ignore[method-assign]
    parser.handle_data = lambda d: None if skip else out.append(d)  # type: ignore[method-assign]
    parser.feed(fragment)
    assert c.text  # parsed
    return "".join(out)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return build_records()


def test_highlighted_paragraphs_keep_the_text_and_nest(records):
    for rec in records:
        paragraphs = highlight(rec)
        assert len(paragraphs) == len(rec["body"])
        for para, original in zip(paragraphs, rec["body"], strict=True):
            assert text_without_refs(str(para)) == original


def test_every_span_is_marked_once_with_its_anchor(records):
    rec = next(r for r in records if r["events"] and r["quotes"])
    joined = "".join(str(p) for p in highlight(rec))
    tags = check(joined).tags
    ids = [a.get("id") for _, a in tags if a.get("id")]
    assert len(ids) == len(set(ids))
    for ev in rec["events"]:
        assert f"at-{ev['start']}-{ev['end']}" in ids
    for n in range(1, len(rec["quotes"]) + 1):
        assert f"quote-{n}" in ids
    marked = {
        a["title"].split(" · ")[0] for t, a in tags if t == "a" and "ent" in a.get("class", "")
    }
    assert marked == {e["name"] for e in rec["entities"] if e["mentions"]}


def test_crossing_and_bad_spans_stay_well_formed(records):
    rec = copy.deepcopy(next(r for r in records if r["events"] and r["entities"]))
    text = "\n\n".join(rec["body"])
    ev = rec["events"][0]
    mention = rec["entities"][0]["mentions"][0]
    # a quote that starts inside the first event and ends inside the first mention after it
    rec["quotes"].append(
        {"text": "x", "direct": True, "speaker": None, "via": [],
         "start": ev["start"] + 3, "end": min(len(text), ev["end"] + 40)}
    )  # fmt: skip
    # spans across paragraphs, out of range, reversed, and not numbers
    rec["quotes"].append(
        {"text": "y", "direct": False, "speaker": None, "via": [], "start": 0, "end": len(text)}
    )
    rec["entities"][0]["mentions"] += [
        {"text": "z", "start": len(text) - 2, "end": len(text) + 50},
        {"text": "z", "start": 10, "end": 5},
        {"text": "z", "start": "1", "end": 4},
        {"text": "z", "start": mention["start"], "end": mention["end"]},  # duplicate
    ]
    for para, original in zip(highlight(rec), rec["body"], strict=True):
        assert text_without_refs(str(para)) == original


def test_hostile_text_is_escaped(records):
    xss = next(r for r in records if r["url"] == XSS_URL)
    joined = "".join(str(p) for p in highlight(xss))
    tags = {t for t, _ in check(joined).tags}
    assert tags <= {"a", "span", "sup"}
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    assert "<script" not in joined and "<img" not in joined and "<b " not in joined
    assert str(mark_terms("<img src=x onerror=alert(1)> script", "script img")) == (
        "&lt;<mark>img</mark> src=x onerror=alert(1)&gt; <mark>script</mark>"
    )
    assert safe_url(XSS_URL) is None and safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"


def test_network_and_timeline_svg_from_real_relations(records):
    items: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in records:
        for e in r["events"]:
            day = next(
                (
                    v[:10]
                    for v in (e["date"], r["published"])
                    if v and re.match(r"\d{4}-\d\d-\d\d", v)
                ),
                None,
            )
            if e["source_country"] and e["target_country"] and day:
                key = (e["source_country"], e["target_country"], day[:7])
                names = ("source_country", "target_country", "period")
                item = items.setdefault(key, dict(zip(names, key, strict=True)))
                item[e["quad"]] = item.get(e["quad"], 0) + 1
    edges = charts.pair_edges(list(items.values()))
    assert edges and all(e.a < e.b for e in edges)
    svg = str(charts.network_svg(edges, link={"by": "month"}))
    c = check(svg)
    assert sum(1 for t, _ in c.tags if t == "line") == len(edges)
    for t, a in c.tags:
        if t == "a":
            assert a["href"].startswith("/relations?")
    e = edges[0]
    points = charts.pair_timeline(list(items.values()), e.a, e.b, "month")
    assert sum(p.cooperation + p.conflict for p in points) == e.total
    tl = check(str(charts.timeline_svg(points, link={"a": e.a, "b": e.b})))
    hrefs = [html.unescape(a["href"]) for t, a in tl.tags if t == "a"]
    assert len(hrefs) == len(points)
    assert all(h.startswith(f"/events?a={e.a}&b={e.b}&since=") for h in hrefs)


def test_net_colour_runs_from_red_through_grey_to_green():
    assert charts.net_colour(-1) == "#c62828"
    assert charts.net_colour(0) == "#9e9e9e"
    assert charts.net_colour(1) == "#2e7d32"
    assert charts.period_range("2017-11", "month") == ("2017-11-01", "2017-11-30")
    assert charts.period_range("2016-02", "month") == ("2016-02-01", "2016-02-29")
    assert charts.period_range("2017-W44", "week") == ("2017-10-30", "2017-11-05")
    assert charts.period_range("2017", "month") == ("2017-01-01", "2017-12-31")
    with pytest.raises(ValueError):
        charts.period_range("soon", "month")
