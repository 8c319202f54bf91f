"""HTML → metadata (JSON-LD, OpenGraph, `<meta>`, `<time>`) and block lines with hints.

Uses selectolax's lexbor parser (measured against lxml in bench/extract.py). The page is
reduced to one line per block element or `<br>`; scripts, styles, forms' widgets,
`<nav>`, `<footer>` and `<aside>` are dropped; every line keeps a light hint: its block
tag (`h1`, other headings, `li`, …) and whether it is (almost) all link text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from warta.extract.text import Line, clean_line

DROP = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "nav", "footer", "aside", "select", "option", "button", "input", "textarea", "head",
    "video", "audio", "map", "picture", "source", "link", "meta", "-comment",
})
BLOCK = frozenset({
    "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "tr", "td", "th", "tbody", "thead", "tfoot", "blockquote", "pre", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "form", "fieldset", "address",
    "hr", "center", "caption", "details", "summary", "body", "html",
})
HEADINGS = {"h1": "h1", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h"}
LINK_SHARE = 0.8  # a line with at least this share of link text is a link line


@dataclass(slots=True)
class Meta:
    """What a page says about itself."""

    title: str | None = None
    published: str | None = None  # raw string as found
    site_name: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    description: str | None = None


class _Walker:
    """Collects block lines from a DOM subtree."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.tags: list[str] = []

    def flush(self) -> None:
        if not self.buf:
            return
        text = clean_line("".join(self.buf))
        if text:
            compact = len(text.replace(" ", ""))
            link = compact > 0 and self.link_chars >= LINK_SHARE * compact
            tag = self.tags[-1] if self.tags else ""
            self.lines.append(Line(text, tag, link))
        self.buf.clear()
        self.link_chars = 0

    def walk(self, node: LexborNode, in_link: bool = False) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                t = child.text_content or ""
                if t:
                    self.buf.append(t)
                    if in_link:
                        self.link_chars += len(t.replace(" ", "").strip())
            elif tag in DROP:
                pass
            elif tag == "br":
                self.flush()
            elif tag in BLOCK:
                self.flush()
                self.tags.append(HEADINGS.get(tag, tag if tag in ("li", "p", "td") else ""))
                self.walk(child, in_link)
                self.flush()
                self.tags.pop()
            elif tag == "a":
                self.walk(child, True)
            else:
                self.walk(child, in_link)
            child = child.next


def parse(html: str) -> tuple[Meta, list[Line]]:
    """The page's metadata and its block lines."""
    tree = LexborHTMLParser(html)
    meta = read_meta(tree)
    walker = _Walker()
    root = tree.body or tree.root
    if root is not None:
        walker.walk(root)
        walker.flush()
    return meta, walker.lines


_LD_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "WebPage")


def read_meta(tree: LexborHTMLParser) -> Meta:
    """Metadata in order of trust: JSON-LD, OpenGraph/`<meta>`, `<time>`, `<title>`."""
    meta = Meta()
    props: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if name and content:
            props.setdefault(name.strip().lower(), content.strip())
    ld = _json_ld(tree)
    meta.title = _first(ld.get("headline"), props.get("og:title"), props.get("twitter:title"),
                        props.get("title"))
    if not meta.title:
        t = tree.css_first("title")
        meta.title = clean_line(t.text()) if t is not None else None
    meta.published = _first(
        ld.get("datePublished"),
        props.get("article:published_time"),
        props.get("datepublished"),
        props.get("pubdate"),
        props.get("publishdate"),
        props.get("publish-date"),
        props.get("og:published_time"),
        props.get("dc.date.issued"),
        props.get("dc.date"),
        props.get("date"),
        _time_published(tree),
    )
    publisher = ld.get("publisher")
    meta.site_name = _first(
        publisher.get("name") if isinstance(publisher, dict) else None,
        props.get("og:site_name"),
    )
    meta.url = _first(props.get("og:url"), _canonical(tree))
    meta.description = _first(props.get("og:description"), props.get("description"))
    meta.authors = _ld_authors(ld.get("author"))
    if not meta.authors:
        a = props.get("author") or props.get("dc.creator")
        if a and not a.startswith("http"):
            meta.authors = [a]
    return meta


def _first(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, str) and v.strip():
            return clean_line(v)
    return None


def _canonical(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    return node.attributes.get("href") if node is not None else None


def _time_published(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("time"):
        attrs = node.attributes
        value = attrs.get("datetime")
        if value and ("published" in (attrs.get("itemprop") or "").lower() or "pubdate" in attrs):
            return value
    first = tree.css_first("time[datetime]")
    return first.attributes.get("datetime") if first is not None else None


def _json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first article-like object of the page's JSON-LD (an empty dict if none)."""
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text() or ""
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in _LD_TYPES for k in kinds if isinstance(k, str)):
                return obj
    return {}


def _ld_objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _ld_objects(item)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data] + (_ld_objects(graph) if graph else [])
    return []


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            out.append(clean_line(name))
    return out
