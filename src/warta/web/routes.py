"""The web pages: search, article, relations, events and analyse (server-rendered)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.concurrency import run_in_threadpool

from warta.api import params
from warta.api.params import ParamError
from warta.api.upload import read_document
from warta.errors import WartaError
from warta.store.base import Filters
from warta.web import charts
from warta.web.highlight import entity_label, entity_names, highlight
from warta.web.text import mark_terms, query, safe_url

HERE = Path(__file__).resolve().parent
PER_PAGE = 20
router = APIRouter(include_in_schema=False)


def static_dir() -> Path:
    return HERE / "static"


_DICT_ATTRS = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's environment, looking `x.name` up as a key first when x is a plain dict.

    Records are dicts; Jinja tries the attribute first and pays an AttributeError for every
    `record.title` or `e.name` (hundreds per article page). The result is the same, except
    that dict methods (`stats.items()`) still win as Jinja has them win."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_templates() -> Jinja2Templates:
    # auto_reload off: templates ship with the package, so no stat() of every template
    # file on every render
    env = _Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=False
    )
    env.globals.update(
        country_name=charts.country_name, query=query, quad_colours=charts.QUAD_COLOURS
    )
    env.filters.update(safe_url=safe_url, mark_terms=mark_terms)
    return Jinja2Templates(env=env)


def _render(
    request: Request, name: str, context: dict[str, Any], status: int = 200
) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _page_number(value: str | None) -> int:
    return params.number("page", value, default=1, low=1, high=500)


def _args(request: Request, *names: str) -> dict[str, str]:
    """The raw query parameters a page understands (for links that keep the filters)."""
    qp = request.query_params
    return {n: qp[n] for n in names if qp.get(n)}


def record_view(record: dict[str, Any]) -> dict[str, Any]:
    """What the record partial needs: highlighted paragraphs and resolved actor names."""
    names = entity_names(record)
    by_id = {e.get("id"): e for e in record.get("entities") or []}

    def actor(eid: str | None, country: str | None, role: str | None) -> str:
        name = names.get(eid or "", "")
        extra = " ".join(p for p in (country, role) if p)
        return f"{name} ({extra})" if name and extra else name or extra or "—"

    events = [
        {
            **ev,
            "n": i + 1,
            "source_label": actor(
                ev.get("source"), ev.get("source_country"), ev.get("source_role")
            ),
            "target_label": actor(
                ev.get("target"), ev.get("target_country"), ev.get("target_role")
            ),
        }
        for i, ev in enumerate(record.get("events") or [])
    ]
    quotes = [
        {
            **qt,
            "n": i + 1,
            "speaker_name": names.get(qt.get("speaker") or "", "—"),
            "via_names": [names.get(v, v) for v in qt.get("via") or []],
        }
        for i, qt in enumerate(record.get("quotes") or [])
    ]
    entities = [
        {**e, "mention_texts": _unique_texts(e.get("mentions") or [])}
        for e in sorted(
            record.get("entities") or [],
            key=lambda e: (-len(e.get("mentions") or []), str(e.get("name"))),
        )
    ]
    return {
        "record": record,
        "paragraphs": highlight(record),
        "events": events,
        "quotes": quotes,
        "entities": entities,
        "entity_label": entity_label,
        "by_id": by_id,
    }


def _unique_texts(mentions: list[dict[str, Any]]) -> str:
    """The distinct mention texts (case-blind, first spelling kept), comma-separated."""
    seen: dict[str, str] = {}
    for m in mentions:
        text = str(m.get("text") or "")
        seen.setdefault(text.lower(), text)
    return ", ".join(seen.values())


OVERVIEW_TTL = 60.0  # seconds the landing page's whole-store counts may be stale


def _overview(state: Any, store: Any) -> dict[str, Any]:
    """Store counts and top entities for the landing page: whole-store aggregates, so kept
    for OVERVIEW_TTL seconds rather than recomputed on every visit."""
    cached = getattr(state, "overview", None)
    now = time.monotonic()
    if cached is None or now - cached[0] > OVERVIEW_TTL:
        cached = (now, {"stats": store.stats(), "entities": store.entities(Filters(), limit=15)})
        state.overview = cached
    return cached[1]


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    qp = request.query_params
    q = params.text("q", qp.get("q"))
    f = params.filters(
        since=qp.get("since"), until=qp.get("until"),
        publisher=qp.get("publisher"), entity=qp.get("entity"),
    )  # fmt: skip
    f.collapse_duplicates = qp.get("collapse") == "1"
    page = _page_number(qp.get("page"))
    store = request.app.state.stores.get()
    results = store.search(q, f, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    landing = not (q or f.since or f.until or f.publisher or f.entity)
    overview = _overview(request.app.state, store) if landing else {}
    ctx = {
        "title": "Search",
        "q": q or "",
        "f": f,
        "args": _args(request, "q", "since", "until", "publisher", "entity", "collapse"),
        "results": results,
        "page": page,
        "pages": max(1, -(-results.total // PER_PAGE)),
        "top_entities": overview.get("entities", []),
        "stats": overview.get("stats"),
    }
    return _render(request, "search.html", ctx)


@router.get("/articles/{record_id}", response_class=HTMLResponse)
def article_page(request: Request, record_id: str) -> HTMLResponse:
    rid = params.record_id(record_id)
    record = request.app.state.stores.get().get(rid)
    if record is None:
        raise ParamError("id", f"no article with id {rid!r}", 404)
    return _render(
        request, "article.html", {"title": record.get("title") or rid, **record_view(record)}
    )


@router.get("/relations", response_class=HTMLResponse)
def relations_page(request: Request) -> HTMLResponse:
    qp = request.query_params
    by = params.period(qp.get("by"))
    f = params.filters(since=qp.get("since"), until=qp.get("until"))
    a, b = params.country("a", qp.get("a")), params.country("b", qp.get("b"))
    if b and not a:
        a, b = b, None
    items = request.app.state.stores.get().relations(f, by=by)
    edges = charts.pair_edges(items)
    keep = {
        k: v for k, v in {"by": by, "since": qp.get("since"), "until": qp.get("until")}.items() if v
    }
    ctx: dict[str, Any] = {
        "title": "Relations",
        "by": by,
        "args": keep,
        "a": a,
        "b": b,
        "edges": edges[:30],
        "n_edges": len(edges),
        "network": charts.network_svg(edges, link=keep),
        "partners": [e for e in edges if a in (e.a, e.b)] if a else [],
        "points": [],
        "timeline": "",
    }
    if a and b:
        points = charts.pair_timeline(items, a, b, by)
        ctx["points"] = points
        ctx["timeline"] = charts.timeline_svg(points, link={"a": a, "b": b})
    return _render(request, "relations.html", ctx)


def _pair_events(
    store: Any, f: Filters, a: str, b: str, limit: int, offset: int
) -> tuple[list, int]:
    """Events between a and b in either direction, newest first."""
    both: list[dict[str, Any]] = []
    total = 0
    for src, tgt in ((a, b), (b, a)) if a != b else ((a, b),):
        f.source_country, f.target_country = src, tgt
        page = store.events(f, limit=offset + limit, offset=0)
        both.extend(page.items)
        total += page.total
    both.sort(key=lambda e: (str(e.get("day") or ""), str(e.get("published") or "")), reverse=True)
    return both[offset : offset + limit], total


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    qp = request.query_params
    f = params.filters(
        since=qp.get("since"), until=qp.get("until"), source=qp.get("source"),
        target=qp.get("target"), category_=qp.get("category"), quad_=qp.get("quad"),
    )  # fmt: skip
    a, b = params.country("a", qp.get("a")), params.country("b", qp.get("b"))
    page = _page_number(qp.get("page"))
    store = request.app.state.stores.get()
    offset = (page - 1) * PER_PAGE
    if a and b:
        items, total = _pair_events(store, f, a, b, PER_PAGE, offset)
    else:
        if a:
            f.country = a
        result = store.events(f, limit=PER_PAGE, offset=offset)
        items, total = result.items, result.total
    ctx = {
        "title": "Events",
        "items": items,
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PER_PAGE)),
        "a": a,
        "b": b,
        "f": f,
        "args": _args(request, "a", "b", "source", "target", "category", "quad", "since", "until"),
        "categories": params.PLOVER,
        "quads": params.QUADS,
    }
    return _render(request, "events.html", ctx)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _render(request, "analyze.html", {"title": "Analyse", "content": ""})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_page(request: Request) -> HTMLResponse:
    from warta.api.routes import process_document

    ctx: dict[str, Any] = {"title": "Analyse", "content": ""}
    try:
        doc = await read_document(request, request.app.state.max_body)
        if doc.source == "<pasted>":
            ctx["content"] = (
                doc.content.decode("utf-8", "replace")
                if isinstance(doc.content, bytes)
                else doc.content
            )
        record = await run_in_threadpool(process_document, doc)
    except ParamError as e:
        return _render(request, "analyze.html", {**ctx, "error": str(e)}, status=e.status)
    except WartaError as e:
        return _render(request, "analyze.html", {**ctx, "error": str(e)}, status=422)
    return _render(request, "analyze.html", {**ctx, **record_view(record)})
