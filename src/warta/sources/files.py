"""Single files and stdin as `Document`s (raw bytes; decoding is extraction's job)."""

from __future__ import annotations

import sys
from pathlib import Path

from warta.errors import InputError
from warta.types import Document

MAX_BYTES = 20 * 1024 * 1024  # a news page is never this large; a 50 MB "page" is an error

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


def sniff_content_type(data: bytes, name: str = "") -> str:
    """`text/html` when the name or the first bytes say so, else `text/plain`."""
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return "text/html"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        head.startswith((b"<!doctype html", b"<html", b"<?xml"))
        or b"<body" in head
        or b"<head" in head
    ):
        return "text/html"
    return "text/plain"


def _mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def read_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a Document; a missing, unreadable or oversized file is an InputError."""
    p = Path(path)
    source = str(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise InputError(source, f"cannot read ({e.strerror or e})") from None
    if p.is_dir():
        raise InputError(source, "is a directory (use `warta ingest` for folders)")
    if size > max_bytes:
        raise InputError(source, f"too large ({_mib(size)} > {_mib(max_bytes)} limit)")
    data = p.read_bytes()
    return Document(content=data, source=source, content_type=sniff_content_type(data, p.name))


def read_stdin(*, max_bytes: int = MAX_BYTES) -> Document:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("<stdin>", f"too large (> {_mib(max_bytes)} limit)")
    return Document(content=data, source="<stdin>", content_type=sniff_content_type(data))
