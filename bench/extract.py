"""Extraction benchmark: Warta against trafilatura, readability-lxml, newspaper4k (HTML) and
datatrove's C4 line filter (text dumps), on the same 17 pages in one run.

Columns: body token F1 (bag of lower-cased word tokens, against gold.json), title accuracy
(exact), datetime accuracy (to the minute, with the +07:00 offset), pages per second
(CPU seconds of this process, one core; wall-clock shown too). Also times the two HTML
libraries Warta could reduce pages with (selectolax/lexbor and lxml).

    .venv/bin/python bench/extract.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import machine, write_section  # noqa: E402
from warta.extract.evaluate import token_f1  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))

Result = tuple[str, str | None, str | None]  # body, title, published


def to_minute(value: Any) -> str | None:
    """A datetime (or ISO string) as `YYYY-MM-DDTHH:MM+hh:mm`; None without time and offset."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        return None
    off = value.strftime("%z")
    return value.strftime("%Y-%m-%dT%H:%M") + off[:3] + ":" + off[3:]


def norm_title(t: str | None) -> str:
    return re.sub(r"\s+", " ", t or "").strip()


# ---- the tools ---------------------------------------------------------------------------

def warta_tool(kind: str) -> Callable[[bytes, str, str], Result]:
    from warta.extract import extract_article
    from warta.types import Document

    ctype = "text/html" if kind == "html" else "text/plain"

    def run(data: bytes, name: str, url: str) -> Result:
        art = extract_article(Document(content=data, source=name, content_type=ctype))
        return "\n".join(art.body), art.title, art.published

    return run


def trafilatura_tool(data: bytes, name: str, url: str) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        data.decode("utf-8", "replace"),
        url=url,
        with_metadata=True,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if doc is None:
        return "", None, None
    return doc.text or "", doc.title, doc.date


def readability_tool(data: bytes, name: str, url: str) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(data.decode("utf-8", "replace"))
    summary = doc.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return text, doc.short_title(), None  # readability reads no dates


def newspaper_tool(data: bytes, name: str, url: str) -> Result:
    import newspaper

    # no image fetching: the page is given, and nothing may go to the network
    art = newspaper.Article(url, language="id", fetch_images=False)
    art.download(input_html=data.decode("utf-8", "replace"))
    art.parse()
    return art.text or "", art.title, art.publish_date


def c4_tool() -> Callable[[bytes, str, str], Result]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    filt = C4QualityFilter(language="id")

    def run(data: bytes, name: str, url: str) -> Result:
        doc = Document(text=data.decode("utf-8", "replace"), id=name)
        # keeps the lines it accepts in doc.text (scored even if the page is dropped)
        filt.filter(doc)
        return doc.text, None, None  # a line filter: no title or date

    return run


# ---- measuring ---------------------------------------------------------------------------

def load(kind: str) -> list[tuple[dict[str, Any], bytes]]:
    ext = ".html" if kind == "html" else ".txt"
    return [(g, (PAGES / kind / (g["id"] + ext)).read_bytes()) for g in GOLD]


def measure(tool: Callable[[bytes, str, str], Result], pages, seconds: float) -> dict[str, Any]:
    f1s, titles, dates = [], 0, 0
    for gold, data in pages:  # accuracy (also warms caches and lazy imports)
        body, title, published = tool(data, gold["id"], gold["url"])
        f1s.append(token_f1(body, gold["body"]))
        titles += norm_title(title) == gold["title"]
        dates += to_minute(published) is not None and to_minute(published) == to_minute(
            gold["published"]
        )
    n, cpu0, wall0 = 0, time.process_time(), time.perf_counter()
    while time.process_time() - cpu0 < seconds:
        for gold, data in pages:
            tool(data, gold["id"], gold["url"])
            n += 1
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {
        "f1": sum(f1s) / len(f1s),
        "f1_min": min(f1s),
        "title": titles,
        "date": dates,
        "pps": n / cpu,
        "pps_wall": n / wall,
        "n": len(pages),
    }


def html_libraries(pages, seconds: float) -> dict[str, float]:
    """Parse and walk every text node: selectolax (lexbor) against lxml."""
    import lxml.html
    from selectolax.lexbor import LexborHTMLParser

    texts = [data.decode("utf-8", "replace") for _, data in pages]

    def lexbor(html: str) -> int:
        tree = LexborHTMLParser(html)
        return sum(len(n.text_content or "") for n in tree.root.traverse(include_text=True)
                   if n.tag == "-text")

    def lxml_walk(html: str) -> int:
        root = lxml.html.fromstring(html)
        return sum(len(t) for t in root.itertext())

    out = {}
    for name, fn in (("selectolax (lexbor)", lexbor), ("lxml", lxml_walk)):
        n, cpu0 = 0, time.process_time()
        while time.process_time() - cpu0 < seconds:
            for t in texts:
                fn(t)
                n += 1
        out[name] = n / (time.process_time() - cpu0)
    return out


def rate(x: float) -> str:
    return f"{x:,.0f}" if x >= 10 else f"{x:.2g}"


def row(name: str, r: dict[str, Any]) -> str:
    return (f"| {name} | {r['f1']:.3f} (min {r['f1_min']:.2f}) | {r['title']}/{r['n']} | "
            f"{r['date']}/{r['n']} | {rate(r['pps'])} ({rate(r['pps_wall'])} wall) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="CPU seconds of timing per tool")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.WARNING)

    html, dumps = load("html"), load("dumps")
    load_before = os.getloadavg()[0]
    results: dict[str, dict[str, Any]] = {}
    results["Warta (HTML)"] = measure(warta_tool("html"), html, args.seconds)
    results["trafilatura (HTML)"] = measure(trafilatura_tool, html, args.seconds)
    results["readability-lxml (HTML)"] = measure(readability_tool, html, args.seconds)
    results["newspaper4k (HTML)"] = measure(newspaper_tool, html, args.seconds)
    results["Warta (dumps)"] = measure(warta_tool("dumps"), dumps, args.seconds)
    try:
        results["datatrove C4 filter (dumps)"] = measure(c4_tool(), dumps, args.seconds)
    except ImportError as e:
        print(f"datatrove not installed ({e}); C4 row skipped", file=sys.stderr)
    libs = html_libraries(html, max(1.0, args.seconds / 2))
    load_after = os.getloadavg()[0]

    lines = [
        "## Extraction (`bench/extract.py`)",
        "",
        f"Machine: {machine()}. Command: `.venv/bin/python bench/extract.py "
        f"--seconds {args.seconds:g}`. Load average (1 min) {load_before:.1f} at the start "
        f"and {load_after:.1f} at the end of the run: other jobs shared the machine.",
        "",
        "The 17 pages of `tests/data/pages` (Antara, Detik, KapanLagi, Kompas, Liputan6, "
        "Okezone, Republika, Tempo), as HTML and as whole-page text dumps, scored against "
        "`gold.json`. Body: token F1 (mean, and the worst page). Datetime: right to the minute "
        "with the +07:00 offset. Pages/s: per CPU second of one process (one core); "
        "wall-clock in brackets (the machine is shared, so wall-clock is noisier).",
        "",
        "| tool | body F1 | title | datetime | pages/s (CPU) |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [row(name, r) for name, r in results.items()]
    w, t = results["Warta (HTML)"], results["trafilatura (HTML)"]
    lines += [
        "",
        f"Warta on HTML runs at {w['pps'] / t['pps']:.1f}× trafilatura's pages per second; "
        f"on text dumps at {results['Warta (dumps)']['pps']:,.0f} pages per CPU second.",
        "readability-lxml reads no dates; the C4 filter keeps or drops lines and reads no "
        "title or date (its kept lines are scored even when it would drop the page).",
        "",
        "HTML library for reducing pages to lines (parse + walk every text node, same pages):",
        "",
        "| library | pages/s (CPU) |",
        "| --- | --- |",
    ]
    lines += [f"| {name} | {pps:,.0f} |" for name, pps in libs.items()]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("extract", text)


if __name__ == "__main__":
    main()
