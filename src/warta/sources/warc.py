"""WARC and WET files (gzip'd or not) as `Document`s, read with FastWARC.

- `response` records: the HTTP payload of HTML/text pages (status 200 only), decoded
  from chunked transfer and gzip/deflate content encoding; the charset goes to meta.
- `resource` records: the block as is, typed by the record's Content-Type.
- `conversion` records (WET): the extracted plain text of a page.

URL and crawl time come from `WARC-Target-URI` and `WARC-Date`; the locator is
`path#<record id>`. A corrupt gzip member or a truncated record is yielded as an
`InputError` and reading goes on with the next record.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from warta.errors import InputError
from warta.sources.compress import Cursor, GzipMembers, compression
from warta.types import Document

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(path: str | Path) -> bool:
    name = Path(path).name.lower()
    return any(s in name for s in (".warc", ".wet", ".arc."))


def read_warc(path: str | Path, cursor: Cursor | None = None) -> Iterator[Document | InputError]:
    """Every page-like record of a WARC/WET file, in file order."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    path = str(path)
    errors: list[InputError] = []

    def on_error(offset: int, problem: str) -> None:
        errors.append(InputError(f"{path}@{offset}", problem))

    try:
        kind = compression(path)
        stream = GzipMembers(path, on_error, cursor) if kind == "gzip" else _open(path, cursor)
    except OSError as e:
        yield InputError(path, f"cannot read ({e.strerror or e})")
        return
    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    try:
        for rec in ArchiveIterator(stream, record_types=wanted, parse_http=False):
            yield from errors
            errors.clear()
            item = _document(path, rec)
            if item is not None:
                yield item
        yield from errors
    finally:
        stream.close()


def _document(path: str, rec) -> Document | InputError | None:  # type: ignore[no-untyped-def]
    from fastwarc.warc import WarcRecordType

    headers = rec.headers
    rid = (headers.get("WARC-Record-ID") or "").strip("<>")
    source = f"{path}#{rid}" if rid else path
    block = rec.reader.read()
    try:
        declared = int(headers.get("Content-Length") or -1)
    except ValueError:
        declared = -1
    if declared >= 0 and len(block) < declared:
        return InputError(source, f"truncated WARC record ({len(block)} of {declared} bytes)")
    url = headers.get("WARC-Target-URI") or headers.get("WARC-Refers-To-Target-URI")
    crawled = _warc_date(headers.get("WARC-Date"))
    meta: dict[str, object] = {"warc_record_id": rid}
    if rec.record_type == WarcRecordType.response:
        try:
            status, http, body = _http(block)
        except ValueError as e:
            return InputError(source, f"bad HTTP response in WARC record ({e})")
        ctype = http.get("content-type", "")
        if status != 200 or not _is_page(ctype):
            return None  # images, redirects, robots.txt…: not articles, not failures
        try:
            body = _decode_body(body, http)
        except (zlib.error, ValueError) as e:
            return InputError(source, f"undecodable HTTP body ({e})")
        content = body
    else:
        ctype = headers.get("Content-Type") or "text/plain"
        if not _is_page(ctype):
            return None
        content = block
    charset = _charset(ctype)
    if charset:
        meta["charset"] = charset
    content_type = (
        "text/plain" if ctype.split(";")[0].strip().lower() == "text/plain" else "text/html"
    )
    return Document(
        content=content,
        source=source,
        content_type=content_type,
        url=url,
        crawled=crawled,
        meta=meta,
    )


def _is_page(ctype: str) -> bool:
    return ctype.split(";")[0].strip().lower() in PAGE_TYPES


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status, lower-cased headers and body of a raw HTTP response."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
        if not sep:
            raise ValueError("no end of headers")
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split(None, 2) if lines else []
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        raise ValueError(f"bad status line {lines[0][:60]!r}" if lines else "empty")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return int(parts[1]), headers, body


def _decode_body(body: bytes, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip"):
        body = zlib.decompress(body, wbits=47)  # gzip or zlib header
    elif encoding == "deflate":
        try:
            body = zlib.decompress(body)
        except zlib.error:
            body = zlib.decompress(body, wbits=-15)
    elif encoding not in ("", "identity"):
        raise ValueError(f"content encoding {encoding!r} not supported")
    return body


def _dechunk(data: bytes) -> bytes:
    out: list[bytes] = []
    pos = 0
    while True:
        end = data.find(b"\r\n", pos)
        if end < 0:
            raise ValueError("bad chunked encoding")
        size = int(data[pos:end].split(b";")[0].strip() or b"0", 16)
        if size == 0:
            return b"".join(out)
        out.append(data[end + 2 : end + 2 + size])
        pos = end + 2 + size + 2


def _open(path: str, cursor: Cursor | None):  # type: ignore[no-untyped-def]
    f = open(path, "rb")  # noqa: SIM115 - closed by read_warc
    if cursor is not None:
        cursor.raw = f
    return f
