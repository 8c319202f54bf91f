"""XML as feeds and sitemaps arrive: maybe gzipped, maybe broken, never trusted."""

from __future__ import annotations

import gzip
import re
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from lxml import etree

from warta.errors import InputError

MAX_XML_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit (uncompressed)

_ROOT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_SKIP = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\xef\xbb\xbf)", re.S | re.I)

WIB = timezone(timedelta(hours=7))

# Indonesian month abbreviations some feeds put in RFC 822 dates.
_ID_MONTHS = {"Mei": "May", "Agu": "Aug", "Agt": "Aug", "Okt": "Oct", "Des": "Dec", "Peb": "Feb"}
_ID_MONTH_RE = re.compile(r"\b(" + "|".join(_ID_MONTHS) + r")\b")


def gunzip_if_needed(data: bytes, source: str) -> bytes:
    """The body itself, or its gzip-decompressed form (sitemap.xml.gz), size-limited."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, MAX_XML_BYTES + 1)
    except (zlib.error, gzip.BadGzipFile) as e:
        raise InputError(source, f"bad gzip data: {e}") from None
    if len(out) > MAX_XML_BYTES:
        raise InputError(source, f"decompresses to over {MAX_XML_BYTES} bytes")
    return out


def root_name(data: bytes) -> str | None:
    """Local name of the document's root element, lower-case (`rss`, `feed`, `urlset`…)."""
    head = gunzip_if_needed(data[:65536], "") if data[:2] == b"\x1f\x8b" else data[:8192]
    pos = 0
    while True:
        m = _SKIP.match(head, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = _ROOT.match(head, pos)
    return m.group(2).decode("ascii").lower() if m else None


def parse_xml(data: bytes, source: str) -> tuple[etree._Element, str | None]:
    """Parse XML safely (no entities, no network). Broken XML is parsed again in recover
    mode; returns the root and the parse error that recover mode worked around (or None).
    Raises InputError when nothing usable is left."""
    data = gunzip_if_needed(data, source)
    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, strict), None
    except etree.XMLSyntaxError as e:
        problem = str(e).split("\n")[0] or "not well-formed"
    loose = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(data, loose)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise InputError(source, f"malformed XML: {problem}")
    return root, problem


def local(tag: object) -> str:
    """Local name of an lxml tag (`{ns}item` → `item`); '' for comments and PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def child_text(el: etree._Element, name: str) -> str | None:
    """Stripped text of the first child with this local name, or None."""
    for child in el:
        if local(child.tag) == name:
            text = "".join(child.itertext()).strip()
            return text or None
    return None


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime from RFC 822 (RSS) or ISO 8601 (Atom, sitemaps); naive → WIB."""
    if not value:
        return None
    value = value.strip()
    when: datetime | None = None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        text = _ID_MONTH_RE.sub(lambda m: _ID_MONTHS[m.group(1)], value)
        text = re.sub(r"^[^\d,]+,\s*", "", text)  # day name in any language
        text = re.sub(r"\bWIB\b", "+0700", text)
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=WIB)
