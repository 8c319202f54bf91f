"""The learned baselines of `bench/events_learned.py`: its folds and its regression."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import events_learned as el  # noqa: E402


def test_each_fold_holds_out_one_whole_round() -> None:
    rows = [el.Row(f"r{i}", f"round{i % 3}", [], []) for i in range(9)]
    seen = []
    for train, test in el.folds(rows):
        held = {r.round for r in test}
        assert len(held) == 1
        assert held.isdisjoint(r.round for r in train)
        assert len(train) + len(test) == len(rows)
        seen += [r.id for r in test]
    assert sorted(seen) == sorted(r.id for r in rows)


def test_regression_learns_a_word_and_ignores_a_rare_one() -> None:
    samples = [{"w:kecam", "w:pemerintah"}] * 20 + [{"w:hujan", "w:pemerintah"}] * 20
    samples.append({"w:sekali"})  # seen once: not in the vocabulary
    x, vocab = el.matrix(samples)
    assert "w:sekali" not in vocab
    y = np.array([[1.0]] * 20 + [[0.0]] * 21)
    w = el.fit(x, y)
    p = el.predict(el.matrix([{"w:kecam"}, {"w:hujan"}], vocab)[0], w)[:, 0]
    assert p[0] > 0.8 > 0.2 > p[1]


def test_crude_stem_takes_one_affix_off_each_side() -> None:
    assert el.crude_stem("pembakarannya") == "bakar"
    assert el.crude_stem("dikirimkan") == "kirim"
    assert el.crude_stem("demo") == "demo"  # short words stay
