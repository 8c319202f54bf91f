"""The JSON API: `/api/…`. Read-only, except `POST /api/analyze?store=true` with the token."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from warta import __version__
from warta.api import models, params
from warta.api.params import ParamError
from warta.api.responses import JSONBody
from warta.api.upload import read_document
from warta.errors import WartaError
from warta.store.base import Page

router = APIRouter(prefix="/api")

Category = Literal[params.PLOVER]  # type: ignore[valid-type]
Quad = Literal[params.QUADS]  # type: ignore[valid-type]

COLLAPSE = Query(False, description="count each near-duplicate cluster once")
SINCE = Query(None, description="ISO date or datetime, inclusive", examples=["2017-11-01"])
UNTIL = Query(None, description="ISO date or datetime, inclusive (a date covers its day)")


def _page(page: Page) -> dict[str, Any]:
    return {"total": page.total, "limit": page.limit, "offset": page.offset, "items": page.items}


def process_document(doc: Any) -> dict[str, Any]:
    """Run the whole pipeline on one document (the same code as `warta analyze`)."""
    from warta.pipeline import process

    return process(doc).to_dict()


@router.get("/health", response_model=models.Health, summary="Liveness and store counts")
def health(request: Request) -> Any:
    stats = request.app.state.stores.get().stats()
    return {
        "status": "ok",
        "version": __version__,
        "writable": request.app.state.token is not None,
        "stats": stats,
    }


@router.get(
    "/articles",
    response_model=models.ArticlePage,
    summary="Search articles (full text, dates, publisher, entity)",
)
def articles(
    request: Request,
    q: str | None = Query(None, description="full-text query", max_length=params.MAX_TEXT),
    since: str | None = SINCE,
    until: str | None = UNTIL,
    publisher: str | None = Query(None, max_length=params.MAX_TEXT),
    entity: str | None = Query(
        None, description="canonical entity name", max_length=params.MAX_TEXT
    ),
    collapse: bool = COLLAPSE,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=10_000),
) -> Any:
    f = params.filters(since=since, until=until, publisher=publisher, entity=entity)
    f.collapse_duplicates = collapse
    page = request.app.state.stores.get().search(params.text("q", q), f, limit=limit, offset=offset)
    return JSONBody(_page(page))


@router.get(
    "/articles/{record_id}",
    responses={200: {"model": models.Record}, 404: {"model": models.Error}},
    summary="One full record",
)
def article(request: Request, record_id: str) -> Any:
    rid = params.record_id(record_id)
    record = request.app.state.stores.get().get_json(rid)  # sent as stored: no re-encoding
    if record is None:
        raise ParamError("id", f"no article with id {rid!r}", 404)
    return JSONBody(record, raw=True)


@router.get("/events", response_model=models.EventPage, summary="Events, filtered")
def events(
    request: Request,
    source: str | None = Query(None, description="source country (alpha-3)", examples=["PRK"]),
    target: str | None = Query(None, description="target country (alpha-3)", examples=["CHN"]),
    country: str | None = Query(None, description="either side's country"),
    category: Category | None = None,
    quad: Quad | None = None,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    collapse: bool = COLLAPSE,
    limit: int = Query(100, ge=1, le=500),
    offset: int = Query(0, ge=0, le=100_000),
) -> Any:
    f = params.filters(
        since=since, until=until, source=source, target=target, country_=country,
        category_=category, quad_=quad,
    )  # fmt: skip
    f.collapse_duplicates = collapse
    return JSONBody(_page(request.app.state.stores.get().events(f, limit=limit, offset=offset)))


@router.get(
    "/relations",
    response_model=models.Relations,
    summary="Country-pair aggregates per week or month",
)
def relations(
    request: Request,
    by: Literal["month", "week"] = "month",
    source: str | None = Query(None, description="source country (alpha-3)"),
    target: str | None = Query(None, description="target country (alpha-3)"),
    country: str | None = Query(None, description="either side's country"),
    since: str | None = SINCE,
    until: str | None = UNTIL,
    collapse: bool = COLLAPSE,
) -> Any:
    f = params.filters(since=since, until=until, source=source, target=target, country_=country)
    f.collapse_duplicates = collapse
    items = request.app.state.stores.get().relations(f, by=params.period(by))
    return JSONBody({"by": by, "items": items})


@router.get("/entities", response_model=models.Entities, summary="Top entities with counts")
def entities(
    request: Request,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    publisher: str | None = Query(None, max_length=params.MAX_TEXT),
    country: str | None = Query(None, description="entity's country (alpha-3)"),
    type: Literal["PER", "ORG", "LOC", "GPE", "NORP", "EVT", "MISC"] | None = None,
    limit: int = Query(50, ge=1, le=500),
) -> Any:
    f = params.filters(since=since, until=until, publisher=publisher, country_=country)
    if type:
        f.extra["type"] = type
    return JSONBody({"items": request.app.state.stores.get().entities(f, limit=limit)})


def _authorised(request: Request) -> None:
    token = request.app.state.token
    if token is None:
        raise ParamError(
            "store", "writing is disabled: the server was started without --token", 403
        )
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        value.strip().encode(), token.encode()
    ):
        raise ParamError("authorization", "store=true needs 'Authorization: Bearer <token>'", 401)


ANALYZE_BODY = {
    "required": True,
    "content": {
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
        "application/json": {"schema": models.AnalyzeRequest.model_json_schema()},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
            }
        },
    },
}


@router.post(
    "/analyze",
    openapi_extra={"requestBody": ANALYZE_BODY},
    responses={
        200: {"model": models.Record, "description": "the record (not stored)"},
        201: {"model": models.Record, "description": "the record, newly stored"},
        401: {"model": models.Error},
        403: {"model": models.Error},
        413: {"model": models.Error},
        415: {"model": models.Error},
        422: {"model": models.Error},
    },
    summary="Analyse one page; store it only with store=true and the token",
)
async def analyze(
    request: Request,
    store: bool = Query(False, description="also store the record (needs the Bearer token)"),
) -> Any:
    if store:
        _authorised(request)
    doc = await read_document(request, request.app.state.max_body)
    try:
        record = await run_in_threadpool(process_document, doc)
    except WartaError as e:
        raise ParamError("content", str(e)) from None
    if not store:
        return JSONBody(record)
    if record.get("error"):
        raise ParamError("content", f"nothing stored: {record['error']}")
    added = await run_in_threadpool(lambda: request.app.state.stores.get().add(record))
    headers = {"Location": f"/api/articles/{record['id']}"}
    return JSONBody(record, status_code=201 if added else 200, headers=headers)
