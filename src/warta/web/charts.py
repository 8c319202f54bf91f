"""Inline SVG computed on the server: the country network and a pair's timeline.

No JavaScript: nodes, edges and bars are links, tooltips are SVG <title> elements, and
every label is escaped.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from warta.api.params import QUADS

COOPERATION = ("verbal_cooperation", "material_cooperation")
CONFLICT = ("verbal_conflict", "material_conflict")
QUAD_COLOURS = {
    "verbal_cooperation": "#7fb77e",
    "material_cooperation": "#2e7d32",
    "verbal_conflict": "#f0a04b",
    "material_conflict": "#c62828",
}
IGO = {
    "UNO": "United Nations", "ASN": "ASEAN", "EUR": "European Union", "NAT": "NATO",
    "AFR": "Africa", "ASA": "Asia", "EEC": "European Community", "IMF": "IMF", "WTO": "WTO",
    "WHO": "WHO", "OPC": "OPEC", "OIC": "OIC", "APC": "APEC",
}  # fmt: skip


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    if code in IGO:
        return IGO[code]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
    except (ImportError, KeyError, LookupError):
        c = None
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


def counts(item: dict[str, Any]) -> dict[str, int]:
    return {q: int(item.get(q) or 0) for q in QUADS}


def net_colour(score: float) -> str:
    """Red (all conflict, -1) through grey (0) to green (all cooperation, +1)."""
    score = max(-1.0, min(1.0, score))
    grey, green, red = (158, 158, 158), (46, 125, 50), (198, 40, 40)
    to = green if score >= 0 else red
    t = abs(score)
    rgb = (round(g + (c - g) * t) for g, c in zip(grey, to, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


@dataclass(slots=True)
class Edge:
    a: str
    b: str
    quads: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.quads.values())

    @property
    def net(self) -> int:
        return sum(self.quads[q] for q in COOPERATION) - sum(self.quads[q] for q in CONFLICT)

    @property
    def score(self) -> float:
        return self.net / self.total if self.total else 0.0


def pair_edges(items: list[dict[str, Any]]) -> list[Edge]:
    """Undirected country pairs summed over periods and both directions, largest first."""
    edges: dict[tuple[str, str], Edge] = {}
    for it in items:
        a, b = it.get("source_country"), it.get("target_country")
        if not a or not b or a == b:
            continue
        key = (min(a, b), max(a, b))
        edge = edges.setdefault(key, Edge(key[0], key[1], dict.fromkeys(QUADS, 0)))
        for q, n in counts(it).items():
            edge.quads[q] += n
    return sorted(edges.values(), key=lambda e: (-e.total, e.a, e.b))


def network_svg(edges: list[Edge], *, link: dict[str, str], max_nodes: int = 24) -> Markup:
    """Countries on a circle, one line per pair: width by events, colour by net score."""
    weight: dict[str, int] = {}
    for e in edges:
        weight[e.a] = weight.get(e.a, 0) + e.total
        weight[e.b] = weight.get(e.b, 0) + e.total
    nodes = sorted(weight, key=lambda c: (-weight[c], c))[:max_nodes]
    if not nodes:
        return Markup("")
    w, h, r = 760, 600, 230
    cx, cy = w / 2, h / 2
    pos = {}
    for i, c in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos[c] = (cx + r * math.cos(angle), cy + r * math.sin(angle), angle)
    top = max(e.total for e in edges)
    parts = [
        f'<svg class="network" viewBox="0 0 {w} {h}" role="img" '
        f'aria-label="network of countries by events between them">'
    ]
    for e in reversed(edges):  # biggest drawn last, on top
        if e.a not in pos or e.b not in pos:
            continue
        (x1, y1, _), (x2, y2, _) = pos[e.a], pos[e.b]
        width = 1.5 + 7 * math.log1p(e.total) / math.log1p(top)
        href = "/relations?" + urlencode({**link, "a": e.a, "b": e.b})
        tip = (
            f"{country_name(e.a)} – {country_name(e.b)}: {e.total} events, "
            f"net {e.net:+d} (cooperation {sum(e.quads[q] for q in COOPERATION)}, "
            f"conflict {sum(e.quads[q] for q in CONFLICT)})"
        )
        parts.append(
            f'<a href="{escape(href)}" class="edge" data-pair="{escape(e.a)}-{escape(e.b)}">'
            f"<title>{escape(tip)}</title>"
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{net_colour(e.score)}" stroke-width="{width:.1f}" '
            'stroke-linecap="round"/></a>'
        )
    for c in nodes:
        x, y, angle = pos[c]
        size = 5 + 9 * math.sqrt(weight[c] / weight[nodes[0]])
        lx, ly = x + (size + 8) * math.cos(angle), y + (size + 8) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        href = "/relations?" + urlencode({**link, "a": c})
        parts.append(
            f'<a href="{escape(href)}" class="node"><title>{escape(country_name(c))}: '
            f"{weight[c]} events</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size:.1f}"/>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}">{escape(c)}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def period_range(period: str, by: str) -> tuple[str, str]:
    """First and last day of a period label: `2017-11`, `2017-W44`, `2017` or a start date."""
    period = str(period)
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})", period):
        first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
        y, mo = int(m[1]), int(m[2])
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if re.fullmatch(r"\d{4}", period):
        return f"{period}-01-01", f"{period}-12-31"
    first = date.fromisoformat(period[:10])  # ValueError for anything else
    if by == "week":
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    return first.isoformat(), first.replace(
        day=calendar.monthrange(first.year, first.month)[1]
    ).isoformat()


@dataclass(slots=True)
class Point:
    period: str
    since: str
    until: str
    quads: dict[str, int]

    @property
    def cooperation(self) -> int:
        return sum(self.quads[q] for q in COOPERATION)

    @property
    def conflict(self) -> int:
        return sum(self.quads[q] for q in CONFLICT)


def pair_timeline(items: list[dict[str, Any]], a: str, b: str, by: str) -> list[Point]:
    """Both directions of the pair a–b, per period, oldest first."""
    points: dict[str, Point] = {}
    for it in items:
        if {it.get("source_country"), it.get("target_country")} != {a, b}:
            continue
        if not it.get("period"):  # events with no date at all
            continue
        period = str(it["period"])
        if period not in points:
            try:
                since, until = period_range(period, by)
            except ValueError:  # not a period label: leave it out of the timeline
                continue
            points[period] = Point(period, since, until, dict.fromkeys(QUADS, 0))
        for q, n in counts(it).items():
            points[period].quads[q] += n
    return [points[k] for k in sorted(points)]


def _rect(x: float, y: float, w: float, h: float, *, fill: str = "", cls: str = "") -> str:
    paint = f' fill="{fill}"' if fill else ""
    klass = f' class="{cls}"' if cls else ""
    return f'<rect{klass} x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"{paint}/>'


def _tick(x: float, y: float, label: str, anchor: str) -> str:
    return (
        f'<text class="tick" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(label)}</text>'
    )


def timeline_svg(points: list[Point], *, link: dict[str, str]) -> Markup:
    """Cooperation stacked above the axis, conflict below; each period links to its events."""
    if not points:
        return Markup("")
    h, top_pad, bottom_pad, left = 320, 16, 40, 40
    bar = max(6, min(48, 680 // len(points)))
    w = left + len(points) * (bar + 6) + 10
    peak = max(max(p.cooperation, p.conflict) for p in points) or 1
    half = (h - top_pad - bottom_pad) / 2
    axis = top_pad + half
    scale = half / peak
    parts = [
        f'<svg class="timeline" viewBox="0 0 {w} {h}" role="img" '
        f'aria-label="events per period: cooperation above the line, conflict below">',
        f'<line class="axis" x1="{left}" y1="{axis:.1f}" x2="{w - 5}" y2="{axis:.1f}" '
        'stroke="#555"/>',
        _tick(left - 6, top_pad + 4, str(peak), "end"),
        _tick(left - 6, h - bottom_pad + 4, str(peak), "end"),
    ]
    step = max(1, len(points) // 12)
    for i, p in enumerate(points):
        x = left + 3 + i * (bar + 6)
        href = "/events?" + urlencode({**link, "since": p.since, "until": p.until})
        tip = (
            f"{p.period}: cooperation {p.cooperation} (verbal {p.quads['verbal_cooperation']}, "
            f"material {p.quads['material_cooperation']}), conflict {p.conflict} "
            f"(verbal {p.quads['verbal_conflict']}, material {p.quads['material_conflict']})"
        )
        rects = []
        y = axis
        for q in COOPERATION:  # stacked upwards from the axis
            hh = p.quads[q] * scale
            y -= hh
            if hh:
                rects.append(_rect(x, y, bar, hh, fill=QUAD_COLOURS[q]))
        y = axis
        for q in CONFLICT:  # stacked downwards
            hh = p.quads[q] * scale
            if hh:
                rects.append(_rect(x, y, bar, hh, fill=QUAD_COLOURS[q]))
            y += hh
        # a transparent full-height hit area so that small bars are easy to click
        rects.append(_rect(x, top_pad, bar, 2 * half, cls="hit"))
        label = ""
        if i % step == 0:
            label = _tick(x + bar / 2, h - bottom_pad + 16, p.period, "middle")
        parts.append(
            f'<a href="{escape(href)}" class="point" data-period="{escape(p.period)}">'
            f"<title>{escape(tip)}</title>{''.join(rects)}</a>{label}"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
