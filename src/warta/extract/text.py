"""Bytes to text (encoding detection), input sanity checks, and text to lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.errors import InputError

BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# WHATWG: labels that browsers read as windows-1252
LATIN = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp1252",
         "windows-1252", "x-cp1252"}
MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
XML_ENC_RE = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)


def check_bytes(data: bytes, source: str) -> None:
    """Reject input that cannot be a page: empty, blank, or binary."""
    if not data.strip():
        raise InputError(source, "empty input (no text)")
    head = data[:1024]
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise InputError(source, f"binary input ({what}), not a text or HTML page")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary input (NUL bytes), not a text or HTML page")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset>`, `http-equiv` or the XML declaration."""
    head = data[:4096]
    m = XML_ENC_RE.search(head) or CHARSET_RE.search(head)
    return m.group(1).decode("ascii", "replace").lower() if m else None


def decode(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding).

    Order: a byte-order mark; then the declared charset (HTML), except that bytes which
    are valid UTF-8 with non-ASCII characters are read as UTF-8 even when a page declares
    a single-byte Latin charset (a re-saved page; valid UTF-8 by chance is vanishingly rare
    in real windows-1252 text); then UTF-8; then windows-1252, which decodes any byte.
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc
    declared = declared_charset(data) if html else None
    if declared and declared not in LATIN and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", "replace"), "windows-1252"


_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_line(line: str) -> str:
    """One line with its spaces collapsed and control characters dropped."""
    if _CTRL_RE.search(line):
        line = _CTRL_RE.sub("", line)
    return _SPACE_RE.sub(" ", line).strip()


@dataclass(slots=True)
class Line:
    """A text line of a page, with a light structural hint when it came from HTML.

    `tag`: "" (text dump), "h1", "h" (other headings), "li", "p", "td" or "div";
    `link`: the line's text is (almost) all link text.
    """

    text: str
    tag: str = ""
    link: bool = False


def text_lines(text: str) -> list[Line]:
    """The non-blank lines of a text dump."""
    if _CTRL_RE.search(text):
        text = _CTRL_RE.sub("", text)
    text = _SPACE_RE.sub(" ", text)
    return [Line(s) for s in (raw.strip() for raw in text.splitlines()) if s]
