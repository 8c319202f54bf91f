"""JSON answers: orjson when installed (several times faster on big records), else json."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json still works
    orjson = None  # type: ignore[assignment]


def dumps(content: Any) -> bytes:
    """Compact UTF-8 JSON, as Starlette's JSONResponse writes it."""
    if orjson is not None:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


class JSONBody(Response):
    """A JSON response; `raw=True` sends already-serialised JSON text as it is."""

    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200, *, raw: bool = False,
                 headers: dict[str, str] | None = None) -> None:  # fmt: skip
        self.raw = raw
        super().__init__(content, status_code=status_code, headers=headers)

    def render(self, content: Any) -> bytes:
        if self.raw:
            return content.encode() if isinstance(content, str) else bytes(content)
        return dumps(content)
