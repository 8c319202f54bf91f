"""The FastAPI application: JSON API under /api, web pages at /, docs at /docs."""

from __future__ import annotations

import inspect
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta import __version__
from warta.api.docs import mount_docs
from warta.api.limits import BodyLimit, SecurityHeaders
from warta.api.params import ParamError
from warta.api.responses import JSONBody
from warta.api.routes import router as api_router
from warta.api.stores import StorePool

DESCRIPTION = """Search, read and analyse Indonesian news records and their PLOVER events.

Read-only by default. `POST /api/analyze` returns a record without storing it; with
`store=true` it also stores it, which needs the token the server was started with
(`Authorization: Bearer <token>`). Request bodies over the size limit get 413."""


# Request handlers run in a thread pool (each thread has its own store connection). A few
# threads keep the cores busy (SQLite releases the GIL while it works); many more only
# contend for the GIL and stretch every request (anyio's default is 40). WARTA_THREADS
# overrides it.
THREADS = 4
# FastAPI ≥ 0.160 looks for OpenTelemetry providers on every request; Warta configures none.
_NO_TELEMETRY: dict[str, Any] = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters
    else {}
)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONBody({"detail": message}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "title": "Error"},
        status_code=status,
    )  # fmt: skip


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def create_app(
    store_url: str | None, *, token: str | None = None, max_body: int = 5_000_000
) -> FastAPI:
    """The Warta server over the store at `store_url` (None: the default SQLite file).

    `token`: the Bearer token that writing requests must carry (None: read-only).
    `max_body`: the largest request body accepted, in bytes (413 above it).
    """
    from warta.web.routes import make_templates, static_dir
    from warta.web.routes import router as web_router

    stores = StorePool(store_url, readonly=not token)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        threads = int(os.environ.get("WARTA_THREADS") or THREADS)
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        try:
            yield
        finally:
            stores.close()

    app = FastAPI(
        title="Warta",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        **_NO_TELEMETRY,
    )
    app.state.stores = stores
    app.state.token = token or None
    app.state.max_body = max_body
    app.state.templates = make_templates()

    @app.exception_handler(ParamError)
    async def param_error(request: Request, exc: ParamError) -> Response:
        return _error(request, exc.status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message)

    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    mount_docs(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    stores.prepare()  # create and migrate the store now: a bad URL fails at start-up
    return app


def app_from_env() -> Any:
    """`uvicorn --factory warta.api.app:app_from_env`, configured by WARTA_DB, WARTA_TOKEN
    and WARTA_MAX_BODY (what `warta serve --workers N` uses)."""
    max_body = int(os.environ.get("WARTA_MAX_BODY") or 5_000_000)
    return create_app(
        os.environ.get("WARTA_DB"), token=os.environ.get("WARTA_TOKEN") or None, max_body=max_body
    )
