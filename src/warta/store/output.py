"""Query results on the console: an aligned table, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "json", "csv")


def _cell(value: Any, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ",".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def write(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str = "table",
    out: TextIO | None = None,
    width: int = 48,
) -> None:
    """Write rows: `table` shows `columns` only (cells cut to `width`); json/csv keep all."""
    out = out or sys.stdout
    if fmt == "json":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        keys = list(columns) + [k for k in (rows[0] if rows else {}) if k not in columns]
        w = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                        for k, v in r.items()})  # fmt: skip
    else:
        cells = [[_cell(r.get(c), width) for c in columns] for r in rows]
        widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
        for row in [list(columns), ["-" * w for w in widths], *cells]:
            line = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
            out.write(line.rstrip() + "\n")
