"""A page sent to the server (raw body, JSON or form upload) as a pipeline `Document`."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request

from warta.api.params import ParamError
from warta.sources.files import sniff_content_type
from warta.types import Document

RAW_TYPES = {
    "text/plain": "text/plain",
    "text/html": "text/html",
    "application/xhtml+xml": "text/html",
}
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
CONTENT_TYPES = ("text/plain", "text/html")


def _label(name: str) -> str:
    """A safe display label for an uploaded file name (never used as a path)."""
    base = re.split(r"[\\/]", name)[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:100] or "upload"


def _document(
    data: bytes, source: str, content_type: str | None, url: str | None = None
) -> Document:
    if not data.strip():
        raise ParamError("content", "empty: send the page's text or HTML")
    if content_type is None:
        content_type = sniff_content_type(data, source)
    return Document(content=data, source=source, content_type=content_type, url=url)


def _from_json(raw: bytes) -> Document:
    try:
        obj: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as e:
        raise ParamError("body", f"not valid JSON ({e})", 400) from None
    if not isinstance(obj, dict) or not isinstance(obj.get("content"), str):
        raise ParamError("content", 'JSON body must be an object with a string "content"')
    ctype = obj.get("content_type")
    if ctype is not None and ctype not in CONTENT_TYPES:
        raise ParamError("content_type", f"must be one of {', '.join(CONTENT_TYPES)}")
    url = obj.get("url")
    if url is not None and (not isinstance(url, str) or len(url) > 2000):
        raise ParamError("url", "must be a string of at most 2,000 characters")
    return _document(obj["content"].encode("utf-8"), "<request>", ctype, url)


async def _from_form(request: Request, max_body: int) -> Document:
    form = await request.form(max_files=1, max_fields=10, max_part_size=max_body)
    try:
        upload = form.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            if data.strip():
                return _document(data, f"upload:{_label(upload.filename)}", None)
        content = form.get("content")
        if isinstance(content, str) and content.strip():
            ctype = form.get("content_type")
            ctype = ctype if isinstance(ctype, str) and ctype in CONTENT_TYPES else None
            return _document(content.encode("utf-8"), "<pasted>", ctype)
    finally:
        await form.close()
    raise ParamError("content", "empty: paste a page or choose a file")


async def read_document(request: Request, max_body: int) -> Document:
    """The page in the request: text/plain or text/html body, JSON {"content": …}, or a
    form with a `file` upload or a `content` field."""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media in FORM_TYPES:
        return await _from_form(request, max_body)
    raw = await request.body()
    if media == "application/json":
        return _from_json(raw)
    if media in RAW_TYPES:
        return _document(raw, "<request>", RAW_TYPES[media])
    raise ParamError(
        "content-type",
        f"unsupported media type {media or '(none)'!r}: send text/plain, text/html, "
        "application/json or multipart/form-data",
        415,
    )
