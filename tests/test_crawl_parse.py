"""Feeds, sitemaps and URLs as the crawler reads them (fixtures in tests/data/crawl)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from warta.crawl.feeds import parse_feed
from warta.crawl.outlets import find_outlet, load_outlets, outlet_sources
from warta.crawl.sitemaps import parse_sitemap
from warta.crawl.urls import dedupe, normalize
from warta.crawl.xmlparse import root_name
from warta.errors import InputError

CRAWL = Path(__file__).parent / "data" / "crawl"
BASE = "http://news.example"


def fixture(name: str) -> bytes:
    return (CRAWL / name).read_bytes().replace(b"{base}", BASE.encode())


def test_rss_entries_links_and_dates() -> None:
    feed = parse_feed(fixture("feed.xml"), f"{BASE}/rss")
    assert feed.title == "Berita Terkini (fixture)" and feed.recovered is None
    assert [e.url for e in feed.entries] == [
        f"{BASE}/berita/antara-1.html?utm_source=rss&utm_medium=feed",
        f"{BASE}/berita/kompas-1.html",
        f"{BASE}/berita/tempo-1.html",  # from <guid isPermaLink="true">
    ]
    first, second, _ = feed.entries
    assert first.published is not None and first.published.isoformat() == (
        "2015-11-05T14:56:43+07:00"
    )
    assert second.published is not None and second.published.hour == 10  # "Kam," day name


def test_atom_entries_resolve_relative_links() -> None:
    feed = parse_feed(fixture("atom.xml"), f"{BASE}/atom.xml")
    assert [e.url for e in feed.entries] == [
        f"{BASE}/berita/detik-1.html",  # the enclosure link is not the article
        f"{BASE}/berita/republika-1.html?fbclid=IwAR0xyz",
    ]
    assert feed.entries[1].published is not None
    assert feed.entries[1].published.isoformat() == "2016-01-01T08:00:00+07:00"


def test_malformed_feed_is_read_in_recover_mode() -> None:
    feed = parse_feed(fixture("malformed.xml"), f"{BASE}/broken.xml")
    assert feed.recovered  # the XML error is kept, not hidden
    assert f"{BASE}/berita/antara-2.html" in [e.url for e in feed.entries]


def test_unreadable_feed_is_a_clear_error() -> None:
    with pytest.raises(InputError) as err:
        parse_feed(fixture("garbage.xml"), f"{BASE}/garbage.xml")
    assert str(err.value).startswith(f"{BASE}/garbage.xml: ")
    assert "malformed" in str(err.value)
    with pytest.raises(InputError, match="not an RSS/Atom feed"):
        parse_feed(b"<html><body>hi</body></html>", f"{BASE}/page")


def test_xml_entities_are_not_expanded() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b"<rss><channel><item><title>&b;</title><link>http://x.example/1</link>"
            b"</item></channel></rss>")
    feed = parse_feed(bomb, "http://x.example/rss")
    assert [e.url for e in feed.entries] == ["http://x.example/1"]
    assert "aaaaaaaaaa" not in (feed.entries[0].title or "")


def test_sitemap_index_news_sitemap_and_gzip() -> None:
    index = parse_sitemap(fixture("sitemap-index.xml"), f"{BASE}/sitemap.xml")
    assert index.is_index
    assert [e.url for e in index.entries] == [
        f"{BASE}/sitemap-news.xml", f"{BASE}/sitemap-2009.xml"]
    news = parse_sitemap(gzip.compress(fixture("sitemap-news.xml")), f"{BASE}/news.xml.gz")
    assert not news.is_index
    okezone = news.entries[0]
    assert okezone.url == f"{BASE}/berita/okezone-1.html" and okezone.title == "Berita Okezone"
    assert okezone.date is not None and okezone.date.isoformat() == "2016-01-01T12:00:00+07:00"
    with pytest.raises(InputError, match="not an XML sitemap"):
        parse_sitemap(fixture("feed.xml"), f"{BASE}/rss")


def test_root_names() -> None:
    assert root_name(fixture("feed.xml")) == "rss"
    assert root_name(fixture("atom.xml")) == "feed"
    assert root_name(gzip.compress(fixture("sitemap-index.xml"))) == "sitemapindex"
    assert root_name(b"<!DOCTYPE html>\n<html lang=id>") == "html"


def test_normalize_strips_tracking_and_keeps_meaning() -> None:
    assert normalize(
        "HTTPS://News.Example:443/berita/1?utm_source=tw&utm_medium=x&fbclid=a&page=all#top"
    ) == "https://news.example/berita/1?page=all"
    assert normalize("http://a.example/x?b=2&a=1&gclid=q&mc_cid=3") == "http://a.example/x?a=1&b=2"
    assert normalize("http://a.example") == "http://a.example/"
    with pytest.raises(ValueError):
        normalize("mailto:redaksi@example.com")
    assert list(dedupe([
        "http://a.example/1?utm_source=x", "http://a.example/1", "http://a.example/1#c",
        "javascript:void(0)", "http://a.example/2",
    ])) == ["http://a.example/1", "http://a.example/2"]


def test_bundled_outlets() -> None:
    outlets = load_outlets()
    for key in ("antara", "kompas", "detik", "tempo", "cnnindonesia", "liputan6", "republika",
                "okezone", "sindonews", "tribun", "mediaindonesia", "jakartapost"):
        assert key in outlets, key
        assert outlets[key].sources, key
        for url in outlets[key].sources + list(outlets[key].sitemaps):
            assert normalize(url).startswith("https://"), url
    assert find_outlet("CNN").key == "cnnindonesia"
    assert outlet_sources(["antara"]) == list(outlets["antara"].sources)
    with pytest.raises(InputError, match="unknown outlet"):
        find_outlet("nonexistent")
