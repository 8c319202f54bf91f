"""XML sitemaps, sitemap indexes and Google News sitemaps → URLs with their dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from warta.crawl.xmlparse import child_text, local, parse_date, parse_xml
from warta.errors import InputError

SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


@dataclass(slots=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    title: str | None = None  # news:title
    published: datetime | None = None  # news:publication_date

    @property
    def date(self) -> datetime | None:
        """The best date known for the entry: the news date, else lastmod."""
        return self.published or self.lastmod


@dataclass(slots=True)
class Sitemap:
    url: str
    is_index: bool  # entries are sitemaps, not pages
    entries: list[SitemapEntry] = field(default_factory=list)
    recovered: str | None = None


def parse_sitemap(data: bytes, url: str) -> Sitemap:
    """Entries of a `<urlset>` (pages) or `<sitemapindex>` (child sitemaps); gzip is fine."""
    root, problem = parse_xml(data, url)
    kind = local(root.tag)
    if kind not in SITEMAP_ROOTS:
        raise InputError(url, f"not an XML sitemap (root element <{kind or '?'}>)")
    is_index = kind == "sitemapindex"
    sitemap = Sitemap(url=url, is_index=is_index, recovered=problem)
    wanted = "sitemap" if is_index else "url"
    for el in root:
        if local(el.tag) != wanted:
            continue
        loc = child_text(el, "loc")
        if not loc:
            continue
        entry = SitemapEntry(url=urljoin(url, loc), lastmod=parse_date(child_text(el, "lastmod")))
        news = next((c for c in el if local(c.tag) == "news"), None)
        if news is not None:
            entry.title = child_text(news, "title")
            entry.published = parse_date(child_text(news, "publication_date"))
        sitemap.entries.append(entry)
    if problem and not sitemap.entries:
        raise InputError(url, f"malformed sitemap XML, no entries recovered: {problem}")
    return sitemap
