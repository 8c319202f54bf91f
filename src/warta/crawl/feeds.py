"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the article links they announce."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree

from warta.crawl.xmlparse import child_text, local, parse_date, parse_xml
from warta.errors import InputError

FEED_ROOTS = frozenset({"rss", "rdf", "feed"})


@dataclass(slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(slots=True)
class Feed:
    url: str
    title: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    recovered: str | None = None  # the XML error recover mode worked around, if any


def parse_feed(data: bytes, url: str) -> Feed:
    """The entries of an RSS or Atom feed, links made absolute against `url`.

    Broken XML is read in recover mode (the error is kept in `recovered`); a document
    that is not a feed, or a broken one with nothing left to read, is an InputError.
    """
    root, problem = parse_xml(data, url)
    kind = local(root.tag)
    if kind not in FEED_ROOTS:
        raise InputError(url, f"not an RSS/Atom feed (root element <{kind or '?'}>)")
    feed = _atom(root, url) if kind == "feed" else _rss(root, url)
    feed.recovered = problem
    if problem and not feed.entries:
        raise InputError(url, f"malformed feed XML, no entries recovered: {problem}")
    return feed


def _rss(root: etree._Element, url: str) -> Feed:
    channel = next((el for el in root.iter() if local(el.tag) == "channel"), root)
    feed = Feed(url=url, title=child_text(channel, "title"))
    for item in root.iter():
        if local(item.tag) != "item":
            continue
        link = child_text(item, "link")
        if not link:
            guid = next((c for c in item if local(c.tag) == "guid"), None)
            if guid is not None and guid.get("isPermaLink", "true").lower() != "false":
                link = (guid.text or "").strip() or None
        if not link:
            continue
        published = parse_date(child_text(item, "pubdate") or child_text(item, "date"))
        feed.entries.append(
            FeedEntry(url=urljoin(url, link), title=child_text(item, "title"), published=published)
        )
    return feed


def _atom(root: etree._Element, url: str) -> Feed:
    base = root.get("{http://www.w3.org/XML/1998/namespace}base") or url
    feed = Feed(url=url, title=child_text(root, "title"))
    for entry in root:
        if local(entry.tag) != "entry":
            continue
        href = None
        for link in entry:
            if local(link.tag) == "link" and link.get("rel", "alternate") == "alternate":
                href = link.get("href")
                if href:
                    break
        if not href:
            continue
        published = parse_date(child_text(entry, "published") or child_text(entry, "updated"))
        feed.entries.append(
            FeedEntry(url=urljoin(urljoin(url, base), href.strip()),
                      title=child_text(entry, "title"), published=published)
        )
    return feed
