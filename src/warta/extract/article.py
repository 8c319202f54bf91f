"""Document → Article: decode, reduce to lines, classify, then fill the record's fields."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from urllib.parse import urlsplit

from warta.errors import InputError
from warta.extract import html as html_mod
from warta.extract.classify import Page, classify
from warta.extract.dates import DateHit, find_date, parse_date, to_local
from warta.extract.lang import detect
from warta.extract.text import Line, check_bytes, clean_line, decode, text_lines
from warta.types import Article, Document

ACCEPTED_LANGS = ("id", "ms")  # Malay pages are read too (same classifier); `lang` says which
NO_ARTICLE = "no article found (a home, index or empty page?)"
_WS_RE = re.compile(r"\s+")


def _text_of(doc: Document, *, html: bool) -> str:
    if isinstance(doc.content, str):
        if not doc.content.strip():
            raise InputError(doc.source, "empty input (no text)")
        return doc.content
    check_bytes(doc.content, doc.source)
    text, _ = decode(doc.content, html=html)
    if not text.strip():
        raise InputError(doc.source, "empty input (no text)")
    return text


def article_id(body: list[str]) -> str:
    """A stable id: a hash of the body, casefolded with its whitespace collapsed."""
    norm = _WS_RE.sub(" ", " ".join(body)).strip().casefold()
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def extract_article(doc: Document) -> Article:
    """Clean one raw page (HTML or text dump) into an article.

    Raises InputError for input that is not a page (empty, binary) or not Indonesian;
    a page without an article gives an Article with `error` set.
    """
    is_html = doc.content_type == "text/html"
    text = _text_of(doc, html=is_html)
    meta = html_mod.Meta()
    lines: list[Line]
    if is_html:
        meta, lines = html_mod.parse(text)
    else:
        lines = text_lines(text)
    title_hint = _str(doc.meta.get("title")) or meta.title
    page = classify(lines, title_hint=title_hint, crawled=doc.crawled)
    url = doc.url or _str(doc.meta.get("url")) or meta.url
    art = Article(id="", source=doc.source, url=url)
    art.removed = page.removed
    if not page.found:
        art.id = article_id([doc.source])
        art.error = NO_ARTICLE
        art.title = page.title or title_hint
        return art
    art.body = page.body
    art.id = article_id(page.body)
    art.lang = _indonesian_lang(art.text, doc.source, "page", "extracts")
    art.title = page.title or _clean_meta_title(title_hint, meta.site_name)
    meta_date = _str(doc.meta.get("published")) or _str(doc.meta.get("date")) or meta.published
    art.published = choose_published(page.date, meta_date, doc.crawled)
    art.dateline = page.dateline.place if page.dateline else None
    art.publisher = _publisher(page, meta.site_name, url)
    art.authors = page.authors or [a for a in meta.authors if _person_like(a)]
    art.editor_codes = page.editor_codes
    return art


def _indonesian_lang(text: str, source: str, kind: str, verb: str) -> str:
    """The language of `text`; an InputError naming `source` unless it is one Warta reads."""
    lang = detect(text)
    if lang not in ACCEPTED_LANGS:
        raise InputError(
            source,
            f"not an Indonesian {kind} (language: {lang or 'unknown'}); "
            f"Warta {verb} Indonesian news",
        )
    return lang


def article_from_text(doc: Document) -> Article:
    """Treat a document as clean article text: paragraphs as given, no chrome cleaning."""
    text = _text_of(doc, html=False)
    paragraphed = re.search(r"\n\s*\n", text)
    blocks = re.split(r"\n\s*\n", text.strip()) if paragraphed else text.splitlines()
    body = [p for p in (clean_line(b.replace("\n", " ")) for b in blocks) if p]
    if not body:
        raise InputError(doc.source, "empty input (no text)")
    art = Article(id=article_id(body), source=doc.source, url=doc.url or _str(doc.meta.get("url")))
    art.body = body
    art.lang = _indonesian_lang(art.text, doc.source, "text", "analyses")
    art.title = _str(doc.meta.get("title"))
    meta_date = _str(doc.meta.get("published")) or _str(doc.meta.get("date"))
    art.published = choose_published(None, meta_date, doc.crawled)
    return art


ORG_WORDS = frozenset({"media", "redaksi", "tim", "team", "news", "pt", "group", "network",
                       "online", "admin", "com", "digital", "newsroom", "desk"})


def _person_like(name: str) -> bool:
    """Metadata authors are often the organisation; keep only what reads as a person."""
    words = re.findall(r"\w+", name.casefold())
    return 1 <= len(words) <= 5 and not ORG_WORDS.intersection(words) and not name.islower()


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso(hit: DateHit) -> str:
    return hit.iso() if hit.has_time else hit.value.date().isoformat()


def choose_published(
    line: DateHit | None, meta: str | None, crawled: datetime | None
) -> str | None:
    """The page's visible date line, completed by the metadata's time when it agrees.

    A visible line with a time wins (its zone word is explicit, and some sites label
    local times `Z` in their metadata); metadata adds seconds when both name the same
    minute. Otherwise metadata (UTC shown as WIB), else the date line's day alone.
    """
    meta_hit = parse_date(meta, now=crawled) if meta else None
    if line is not None and line.has_time:
        if meta_hit is not None and meta_hit.has_time:
            a = line.value.replace(tzinfo=None)
            b = meta_hit.value.replace(tzinfo=None)
            if (a.date(), a.hour, a.minute) == (b.date(), b.hour, b.minute):
                return b.replace(tzinfo=line.value.tzinfo).isoformat(timespec="seconds")
        return line.iso()
    if meta_hit is not None and meta_hit.has_time:
        value = to_local(meta_hit.value)
        if line is not None and value.date() != line.value.date():
            return _iso(line)
        return value.isoformat(timespec="seconds")
    if line is not None:
        return _iso(line)
    return _iso(meta_hit) if meta_hit is not None else None


def _publisher(page: Page, site_name: str | None, url: str | None) -> str | None:
    """Copyright line, the dateline's outlet tag, og:site_name, then the URL's host."""
    if page.copyright_holder:
        return page.copyright_holder
    if page.dateline and page.dateline.outlet:
        return page.dateline.outlet
    if site_name:
        return site_name
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return None


_SUFFIX_RE = re.compile(r"\s+(?:[|–—]|-|::)\s+")


def _clean_meta_title(title: str | None, site: str | None) -> str | None:
    """`Judul - Kompas.com` → `Judul`: drop the part naming the site."""
    if not title:
        return None
    parts = _SUFFIX_RE.split(title)
    if len(parts) > 1:
        title = max(parts, key=len)
    if site and title.lower().startswith(site.lower() + ":"):
        title = title[len(site) + 1 :]
    return title.strip() or None


__all__ = ["article_from_text", "article_id", "choose_published", "extract_article", "find_date"]
