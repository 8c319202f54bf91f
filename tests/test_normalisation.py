"""Normalisation of real mentions (tests/data/normalisation.tsv) to canonical entities.

Each row is a mention from the NER data, the test pages or the seed, with the canonical
name, type, country and role written by hand. The resolver runs on the mention alone,
gazetteer and rules only (no statistical model), so the figure measures normalisation,
not NER. The floor is the accuracy measured when the table was written, rounded down.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.nlp.gazetteer import load
from warta.nlp.resolve import normalise

TABLE = Path(__file__).resolve().parent / "data" / "normalisation.tsv"
FLOOR = 0.98  # measured 0.986 (278/282) in round 2 (round 1: 0.892, 232/260); bench/nlp.py


def _rows() -> list[list[str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _opt(v: str) -> str | None:
    return None if v == "-" else v


def score() -> tuple[float, list[tuple[str, tuple, tuple]]]:
    """Accuracy over the table (all four fields right) and the rows it got wrong."""
    gz = load()
    wrong = []
    rows = _rows()
    for mention, label, _source, name, etype, country, role in rows:
        ent = normalise(mention, _opt(label), gz)
        got = (ent.name, ent.type, ent.country, ent.role) if ent else (None, None, None, None)
        want = (name, etype, _opt(country), _opt(role))
        if got != want:
            wrong.append((mention, want, got))
    return 1 - len(wrong) / len(rows), wrong


def test_table_is_large_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 150
    assert len({r[0] for r in rows}) == len(rows)
    for r in rows:
        assert len(r) == 7, r
        assert r[4] in {"PER", "ORG", "LOC", "GPE", "NORP", "EVT", "MISC"}, r
        assert r[1] in {"PER", "ORG", "LOC", "-"}, r


def test_accuracy_floor() -> None:
    acc, wrong = score()
    detail = "\n".join(f"{m!r}: want {w}, got {g}" for m, w, g in wrong)
    assert acc >= FLOOR, f"accuracy {acc:.3f} < {FLOOR}\n{detail}"


@pytest.mark.parametrize(
    ("mention", "label", "want"),
    [
        ("Jokowi", "PER", ("Joko Widodo", "PER", "IDN", "GOV")),
        ("Korut", "LOC", ("Korea Utara", "GPE", "PRK", None)),
        ("PDI-P", "ORG", ("Partai Demokrasi Indonesia Perjuangan", "ORG", "IDN", None)),
        ("Presiden China, Xi Jinping", None, ("Xi Jinping", "PER", "CHN", "GOV")),
    ],
)
def test_known_rows(mention: str, label: str | None, want: tuple) -> None:
    ent = normalise(mention, label, load())
    assert ent is not None
    assert (ent.name, ent.type, ent.country, ent.role) == want
