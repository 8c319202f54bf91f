"""The article body as HTML with entities, quotes and events marked, built from offsets.

Offsets count characters in "\\n\\n".join(body). The text is cut at every span boundary
and every piece is escaped; marks nest in a fixed order (event ⊃ quote ⊃ entity), and a
mark that crosses another is closed and reopened around it, so the HTML is always well
formed whatever the offsets. Spans with offsets outside the text are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

EVENT, QUOTE, ENTITY = 0, 1, 2  # nesting order: outermost first


@dataclass(slots=True, eq=False)
class Span:
    start: int
    end: int
    layer: int
    open_tag: str  # without the closing ">": fragments after the first drop the id
    close_tag: str
    anchor: str = ""  # id="…" attribute on the first fragment only
    after: str = ""  # markup emitted once where the span ends (e.g. an event's number)
    opened: bool = field(default=False)


def _attr(value: Any) -> str:
    return str(escape(str(value)))


def entity_names(record: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e.get("name") or e["id"] for e in record.get("entities") or [] if "id" in e}


def entity_label(entity: dict[str, Any]) -> str:
    parts = [entity.get("name") or "", entity.get("type") or ""]
    parts += [p for p in (entity.get("country"), entity.get("role")) if p]
    return " · ".join(p for p in parts if p)


def _spans(record: dict[str, Any], length: int) -> list[Span]:
    names = entity_names(record)
    spans: list[Span] = []

    def ok(item: dict[str, Any]) -> bool:
        s, e = item.get("start"), item.get("end")
        return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= length

    # Events: several events of one sentence share a span, shown as one mark.
    by_span: dict[tuple[int, int], list[int]] = {}
    for i, ev in enumerate(record.get("events") or []):
        if ok(ev):
            by_span.setdefault((ev["start"], ev["end"]), []).append(i)
    for (s, e), idx in by_span.items():
        evs = [record["events"][i] for i in idx]
        quads = " ".join(sorted({f"q-{_attr(ev.get('quad', ''))}" for ev in evs}))
        title = "; ".join(
            f"{ev.get('category')}: {names.get(ev.get('source') or '', '?')} → "
            f"{names.get(ev.get('target') or '', '?')}"
            for ev in evs
        )
        refs = "".join(f'<a class="evref" href="#event-{i + 1}">{i + 1}</a>' for i in idx)
        spans.append(
            Span(s, e, EVENT, f'<span class="ev {quads}" title="{_attr(title)}"', "</span>",
                 anchor=f' id="at-{s}-{e}"', after=f'<sup class="evrefs">{refs}</sup>')
        )  # fmt: skip

    for i, qt in enumerate(record.get("quotes") or []):
        if ok(qt):
            who = names.get(qt.get("speaker") or "", "unknown speaker")
            via = [names.get(v, v) for v in qt.get("via") or []]
            title = f"quote by {who}" + (f", via {' ← '.join(via)}" if via else "")
            kind = "direct" if qt.get("direct") else "indirect"
            spans.append(
                Span(qt["start"], qt["end"], QUOTE,
                     f'<span class="quote {kind}" title="{_attr(title)}"', "</span>",
                     anchor=f' id="quote-{i + 1}"')
            )  # fmt: skip

    for ent in record.get("entities") or []:
        etype = str(ent.get("type") or "MISC")
        href = "/?" + urlencode({"entity": ent.get("name") or ""})
        open_tag = (
            f'<a class="ent ent-{_attr(etype)}" href="{_attr(href)}" '
            f'title="{_attr(entity_label(ent))}"'
        )
        for m in ent.get("mentions") or []:
            if ok(m):
                spans.append(Span(m["start"], m["end"], ENTITY, open_tag, "</a>"))
    return spans


def _layer_free(spans: list[Span]) -> list[Span]:
    """Within one layer keep spans that do not overlap (earlier, then longer, wins)."""
    kept: list[Span] = []
    last_end = [-1, -1, -1]
    for sp in sorted(spans, key=lambda s: (s.layer, s.start, -(s.end - s.start))):
        if sp.start >= last_end[sp.layer]:
            kept.append(sp)
            last_end[sp.layer] = sp.end
    return kept


def highlight(record: dict[str, Any]) -> list[Markup]:
    """One safe HTML string per body paragraph, with the marks of the record."""
    body = [str(p) for p in record.get("body") or []]
    text = "\n\n".join(body)
    spans = _layer_free(_spans(record, len(text)))
    out: list[Markup] = []
    pos = 0
    for para in body:
        start, end = pos, pos + len(para)
        out.append(
            Markup(_render(text, start, end, [s for s in spans if s.start < end and s.end > start]))
        )
        pos = end + 2
    return out


def _render(text: str, start: int, end: int, spans: list[Span]) -> str:
    cuts = {start, end}
    for sp in spans:
        cuts.update(c for c in (sp.start, sp.end) if start < c < end)
    points = sorted(cuts)
    html: list[str] = []
    stack: list[Span] = []
    for a, b in zip(points, points[1:], strict=False):
        active = sorted((s for s in spans if s.start <= a and s.end >= b), key=lambda s: s.layer)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for sp in reversed(stack[keep:]):
            html.append(sp.close_tag)
            if sp.end <= a:
                html.append(sp.after)
        for sp in active[keep:]:
            html.append(sp.open_tag + ("" if sp.opened else sp.anchor) + ">")
            sp.opened = True
        stack = active
        html.append(str(escape(text[a:b])))
    for sp in reversed(stack):
        html.append(sp.close_tag)
        if sp.end <= end:
            html.append(sp.after)
    return "".join(html)
