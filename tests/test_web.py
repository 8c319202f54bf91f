"""The web pages end to end in a real headless Chromium (Debian's, driven by Playwright)
against a real uvicorn on loopback over a real SQLite store.

Set WARTA_CHROMIUM to the browser (`.ci/run` sets /usr/bin/chromium). With
WARTA_SCREENSHOTS=1 the tests also write docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import re
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared corpus helpers
from test_api import SEED, XSS_DUMP, XSS_URL, build_records, fill  # noqa: E402
from warta.api import create_app

CHROMIUM = os.environ.get("WARTA_CHROMIUM")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM,
        reason="WARTA_CHROMIUM is not set: the browser tests need Debian's chromium "
        "(.ci/run installs it and sets WARTA_CHROMIUM=/usr/bin/chromium)",
    ),
]
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn serving the app on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        for _ in range(300):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("uvicorn did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return list({r["id"]: r for r in build_records()}.values())


@pytest.fixture(scope="module")
def server(records, tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "warta.db"
    fill(str(db), records)
    with Server(create_app(str(db))) as srv:
        yield srv


def _launch(playwright: Any, profile: Path, **options: Any) -> Any:
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
        viewport={"width": 1280, "height": 900}, **options,
    )  # fmt: skip


@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


class Watch:
    """Dialogs that fired and requests that tried to leave the server."""

    def __init__(self, context: Any, base: str) -> None:
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.base = base

        def route(r: Any) -> None:
            if r.request.url.startswith(base + "/") or r.request.url.startswith("data:"):
                r.continue_()
            else:
                self.outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        context.on("page", self.attach)
        for page in context.pages:
            self.attach(page)

    def attach(self, page: Any) -> None:
        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)


@pytest.fixture(scope="module")
def browser(playwright, server, tmp_path_factory):
    context = _launch(playwright, tmp_path_factory.mktemp("chromium-profile"))
    watch = Watch(context, server.base)
    yield context, watch
    context.close()


@pytest.fixture()
def page(browser):
    context, watch = browser
    page = context.new_page()
    yield page
    page.close()
    assert watch.dialogs == [], "a dialog fired"
    assert watch.outside == [], "a page tried to load something from outside the server"


def shot(page: Any, name: str) -> None:
    if os.environ.get("WARTA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def seed_of(records: list[dict[str, Any]]) -> dict[str, Any]:
    return next(r for r in records if r["source"] == str(SEED))


def visible_text(page: Any, selector: str) -> str:
    """Text of an element without the event numbers, whitespace collapsed."""
    text = page.eval_on_selector(
        selector,
        "el => { const c = el.cloneNode(true);"
        " c.querySelectorAll('sup.evrefs').forEach(s => s.remove()); return c.textContent; }",
    )
    return " ".join(text.split())


# -- search → article → highlights ---------------------------------------------------------


def test_search_then_read_the_article_with_highlights(page, server, records):
    seed = seed_of(records)
    page.goto(server.base + "/")
    page.fill("input[name=q]", "Jinping")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    hits = page.locator(".hit h2 a")
    assert seed["title"] in hits.all_inner_texts()
    assert page.locator(".hit .snippet mark").count() >= 1
    shot(page, "search")

    page.click(f".hit h2 a[href='/articles/{seed['id']}']")
    page.wait_for_url(f"**/articles/{seed['id']}")
    assert page.inner_text("article.record h1") == seed["title"]

    # the highlighted body holds exactly the article's text
    assert visible_text(page, ".body") == " ".join("\n\n".join(seed["body"]).split())
    # every entity is marked, titled with its name, type and country
    for ent in seed["entities"]:
        if ent["mentions"]:
            marks = page.locator(".body a.ent").filter(has_text=ent["mentions"][0]["text"])
            titles = [marks.nth(i).get_attribute("title") for i in range(marks.count())]
            assert any(t.startswith(ent["name"] + " · " + ent["type"]) for t in titles), ent["name"]
    # every event: its sentence marked with its quad, listed with category and actors
    names = {e["id"]: e["name"] for e in seed["entities"]}
    assert seed["events"], "the seed yields events"
    for n, ev in enumerate(seed["events"], 1):
        mark = page.locator(f"[id='at-{ev['start']}-{ev['end']}']")
        assert mark.count() == 1 and f"q-{ev['quad']}" in mark.get_attribute("class")
        item = page.locator(f"#event-{n}")
        assert item.locator(".cat").inner_text() == ev["category"]
        actors = item.locator(".actors").inner_text()
        for side in ("source", "target"):
            if ev[side]:
                assert names[ev[side]] in actors
        for flag in ev["context"]:
            assert flag in item.locator(".ev-head").inner_text()
    text = "\n\n".join(seed["body"])
    for n, qt in enumerate(seed["quotes"], 1):  # a quote spanning paragraphs shows its start
        quote = " ".join(visible_text(page, f"[id='quote-{n}']").split())
        assert " ".join(text[qt["start"] : qt["end"]].split()).startswith(quote)
    shot(page, "article")

    # removed lines are behind a toggle
    details = page.locator("details.removed")
    assert details.get_attribute("open") is None
    assert not page.locator("details.removed tbody tr").first.is_visible()
    page.click("details.removed summary")
    rows = page.locator("details.removed tbody tr")
    assert rows.count() == len(seed["removed"]) and rows.first.is_visible()
    assert rows.first.locator("td").first.inner_text() == seed["removed"][0]["line"]

    # an entity links to the articles naming it
    page.locator(".entities a.ent").first.click()
    page.wait_for_selector(".count")
    assert "naming" in page.inner_text(".count")
    assert seed["title"] in page.locator(".hit h2 a").all_inner_texts()


def test_search_filters_keep_their_values(page, server, records):
    seed = seed_of(records)
    day = seed["published"][:10]
    page.goto(server.base + "/?" + urlencode({"publisher": seed["publisher"], "since": day}))
    assert page.input_value("input[name=publisher]") == seed["publisher"]
    assert page.input_value("input[name=since]") == day
    titles = page.locator(".hit h2 a").all_inner_texts()
    assert seed["title"] in titles
    expected = [r for r in records if r.get("publisher") == seed["publisher"]
                and (r.get("published") or "")[:10] >= day]  # fmt: skip
    assert len(titles) == len(expected)


# -- relations → timeline → sentences ------------------------------------------------------


def _month(record: dict[str, Any], event: dict[str, Any]) -> str | None:
    """The month an event counts in: its own date, else its article's."""
    for value in (event.get("date"), record.get("published")):
        if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return value[:7]
    return None


def _pair_events(records: list[dict[str, Any]], a: str, b: str, *, happened: bool) -> list:
    """(record, event) of the pair a–b either way; `happened` leaves out negated and
    hypothetical events, as the relation counts do."""
    return [
        (r, e)
        for r in records
        for e in r["events"]
        if {e["source_country"], e["target_country"]} == {a, b}
        and not (happened and {"negated", "hypothetical"} & set(e["context"]))
    ]  # fmt: skip


def test_relations_network_timeline_and_drill_down(page, server, records):
    page.goto(server.base + "/relations")
    assert page.locator("svg.network a.edge line").count() >= 1
    shot(page, "relations")

    first = page.locator("table.pairs tbody tr").first.locator("a")
    a, b = first.inner_text().split(" – ")
    first.click()
    page.wait_for_selector("svg.timeline")
    happened = _pair_events(records, a, b, happened=True)
    months = sorted({m for r, e in happened if (m := _month(r, e))})
    points = page.locator("svg.timeline a.point")
    assert [points.nth(i).get_attribute("data-period") for i in range(points.count())] == months
    shot(page, "relations-pair")

    # the table under the chart adds up to the pair's events
    total = 0
    for row in page.locator("table.periods tbody tr").all():
        cells = [c.inner_text() for c in row.locator("td").all()]
        total += sum(int(c) for c in cells[1:5])
    assert total == sum(1 for r, e in happened if _month(r, e))

    # drill down: the sentences behind the first point, each linked to its article
    points.first.locator("rect.hit").click()
    page.wait_for_url("**/events?*")
    behind = [
        (r, e) for r, e in _pair_events(records, a, b, happened=False) if _month(r, e) == months[0]
    ]
    items = page.locator(".event-list li.event")
    assert items.count() == min(len(behind), 20)
    sentences = {e["sentence"] for _, e in behind}
    for i in range(items.count()):
        assert items.nth(i).locator("blockquote").inner_text() in sentences
    shot(page, "events")

    link = items.first.locator(".ev-meta a")
    title = link.inner_text()
    link.click()
    page.wait_for_url("**/articles/**")
    assert page.inner_text("article.record h1") == title
    target = page.evaluate("location.hash").lstrip("#")
    assert page.locator(f"[id='{target}']").count() == 1  # the sentence is marked in the text


def test_relations_country_view_lists_partners(page, server, records):
    page.goto(server.base + "/relations")
    node = page.locator("svg.network a.node").first
    code = node.locator("text").text_content()
    node.click()
    page.wait_for_selector(".partners")
    partners = Counter()
    for r in records:
        for e in r["events"]:
            s, t = e["source_country"], e["target_country"]
            if (
                s
                and t
                and s != t
                and code in (s, t)
                and not {"negated", "hypothetical"} & set(e["context"])
            ):
                partners[t if s == code else s] += 1
    assert page.locator(".partners li").count() == len(partners)


# -- analyse -------------------------------------------------------------------------------


def test_analyse_a_pasted_page(page, server, records):
    seed = seed_of(records)
    page.goto(server.base + "/analyze")
    page.fill("textarea[name=content]", SEED.read_text(encoding="utf-8"))
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("section.result article.record h1")
    assert page.inner_text("section.result h1") == seed["title"]
    assert page.locator("section.result .event-list li.event").count() == len(seed["events"])
    assert page.locator("section.result .body a.ent").count() >= len(seed["entities"])
    # the pasted text stays in the box, and nothing was stored
    assert page.input_value("textarea[name=content]").startswith(seed["title"])
    shot(page, "analyze")


def test_analyse_an_uploaded_file(page, server):
    html = sorted((SEED.parent / "pages" / "html").glob("*.html"))[0]
    page.goto(server.base + "/analyze")
    page.set_input_files("input[type=file]", str(html))
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("section.result article.record h1")
    assert page.locator("section.result dl.meta").inner_text().count("upload:") == 1


def test_api_docs_render_offline(page, server):
    page.goto(server.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 7
    shot(page, "docs")


# -- security ------------------------------------------------------------------------------


def test_hostile_article_renders_inert(playwright, server, records, tmp_path):
    """Escaping alone must make it inert: this browser ignores the CSP header."""
    xss = next(r for r in records if r["url"] == XSS_URL)
    assert "<script>alert(1)</script>" in "\n".join(xss["body"])
    context = _launch(playwright, tmp_path / "profile", bypass_csp=True)
    watch = Watch(context, server.base)
    try:
        page = context.new_page()
        page.goto(server.base + "/")
        page.evaluate("alert('control')")  # the dialog watch works
        assert watch.dialogs == ["control"]
        watch.dialogs.clear()

        urls = [
            f"/articles/{xss['id']}",
            "/?" + urlencode({"q": "script alert"}),
            "/?" + urlencode({"q": "<script>alert(1)</script>"}),
            "/?" + urlencode({"entity": '"><img src=x onerror=alert(1)>'}),
            "/events?" + urlencode({"since": "<script>alert(1)</script>"}),
            "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/relations?" + urlencode({"a": '"><svg onload=alert(1)>'}),
        ]
        for url in urls:
            page.goto(server.base + url)
            page.wait_for_load_state("networkidle")
            if page.locator("details.removed").count():
                page.click("details.removed summary")
            assert page.locator("script").count() == 0, url
            assert (
                page.locator("img, svg[onload], [onerror], [onmouseover], [onload]").count() == 0
            ), url
            assert page.locator("a[href^='javascript:' i]").count() == 0, url
        # the payloads are shown as text
        page.goto(server.base + f"/articles/{xss['id']}")
        body = page.inner_text(".body")
        assert "<script>alert(1)</script>" in body and '"><img src=x onerror=alert(1)>' in body
        assert "javascript:alert(document.cookie)" in body
        assert page.inner_text("article.record h1") == xss["title"]
        assert page.inner_text(".unsafe-url") == XSS_URL
        shot(page, "xss-inert")

        page.goto(server.base + "/analyze")
        page.fill("textarea[name=content]", XSS_DUMP)
        page.click("form.analyze button[type=submit]")
        page.wait_for_selector("section.result h1")
        page.wait_for_load_state("networkidle")
        assert page.locator("section.result script, section.result img").count() == 0
        assert "<script>alert(1)</script>" in page.inner_text("section.result .body")
        page.close()
    finally:
        context.close()
    assert watch.dialogs == []
    assert watch.outside == []
    assert not any(re.search(r"/x$", u) for u in watch.outside)


def test_csp_blocks_inline_script_in_the_normal_browser(page, server):
    """The header is enforced: an inline script injected into a page does not run."""
    messages: list[str] = []
    page.on("console", lambda m: messages.append(m.text))
    page.goto(server.base + "/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        " document.body.appendChild(s); }"
    )
    assert page.evaluate("window.__ran === undefined")
    assert any("Content Security Policy" in m for m in messages)
