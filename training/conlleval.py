"""Exact-span precision, recall and F1, computed the way CoNLL's `conlleval` does.

A chunk starts and ends where conlleval's `startOfChunk`/`endOfChunk` say (so an `I-X`
after `O` or after another type opens a new chunk, as in IOB1); a predicted chunk counts
only when its start, end and type all match a gold chunk.

As a script it reads conlleval's input format: one token per line, the gold tag in the
second-to-last column and the predicted tag in the last one, blank lines between sentences.

    paste -d' ' gold.txt <(warta ner gold.txt | cut -f2) | python training/conlleval.py
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Chunk = tuple[int, int, str]  # start token, end token (exclusive), type


def _split(tag: str) -> tuple[str, str]:
    if tag in ("O", "", "-X-"):
        return "O", ""
    prefix, _, kind = tag.partition("-")
    if not kind:  # a bare type such as "PER" (IO scheme)
        return "I", prefix
    return prefix, kind


def _end_of_chunk(prev_tag: str, tag: str, prev_type: str, kind: str) -> bool:
    if prev_tag in ("B", "I") and tag in ("B", "S", "O"):
        return True
    if prev_tag in ("E", "S"):
        return True
    return prev_tag != "O" and prev_type != kind


def _start_of_chunk(prev_tag: str, tag: str, prev_type: str, kind: str) -> bool:
    if tag in ("B", "S"):
        return True
    if prev_tag in ("E", "S", "O") and tag in ("E", "I"):
        return True
    return tag != "O" and prev_type != kind


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """The chunks of one sentence's tags, conlleval-style."""
    found: list[Chunk] = []
    start: int | None = None
    prev_tag, prev_type = "O", ""
    for i, raw in enumerate([*tags, "O"]):
        tag, kind = _split(raw)
        if start is not None and _end_of_chunk(prev_tag, tag, prev_type, kind):
            found.append((start, i, prev_type))
            start = None
        if _start_of_chunk(prev_tag, tag, prev_type, kind) and tag != "O":
            start = i
        prev_tag, prev_type = tag, kind
    return found


@dataclass
class Score:
    """Counts of gold, predicted and correct chunks, overall and per type."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [gold, pred, correct]

    def add(self, gold_tags: Sequence[str], pred_tags: Sequence[str]) -> None:
        if len(gold_tags) != len(pred_tags):
            raise ValueError(f"{len(gold_tags)} gold tags but {len(pred_tags)} predicted")
        g, p = set(chunks(gold_tags)), set(chunks(pred_tags))
        self.gold, self.predicted, self.correct = (
            self.gold + len(g), self.predicted + len(p), self.correct + len(g & p)
        )
        for idx, group in ((0, g), (1, p), (2, g & p)):
            for _, _, kind in group:
                self.by_type.setdefault(kind, [0, 0, 0])[idx] += 1

    @staticmethod
    def _prf(gold: int, pred: int, correct: int) -> tuple[float, float, float]:
        p = correct / pred if pred else 0.0
        r = correct / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def prf(self) -> tuple[float, float, float]:
        return self._prf(self.gold, self.predicted, self.correct)

    def type_prf(self, kind: str) -> tuple[float, float, float]:
        return self._prf(*self.by_type.get(kind, [0, 0, 0]))

    def report(self) -> str:
        p, r, f = self.prf
        lines = [
            f"chunks: gold {self.gold}, predicted {self.predicted}, correct {self.correct}",
            f"overall  precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}",
        ]
        for kind in sorted(self.by_type):
            tp, tr, tf = self.type_prf(kind)
            lines.append(f"{kind:<8} precision {tp:.4f}  recall {tr:.4f}  F1 {tf:.4f}")
        return "\n".join(lines)


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> Score:
    """Score sentence by sentence (tag lists of equal length)."""
    result = Score()
    for g, p in zip(gold, predicted, strict=True):
        result.add(g, p)
    return result


def main(lines: Iterable[str]) -> int:
    result = Score()
    gold: list[str] = []
    pred: list[str] = []
    for n, line in enumerate(lines, 1):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            result.add(gold, pred)
            gold, pred = [], []
            continue
        if len(cols) < 3:
            print(f"conlleval: line {n}: need token, gold and predicted tag", file=sys.stderr)
            return 2
        gold.append(cols[-2])
        pred.append(cols[-1])
    result.add(gold, pred)
    print(result.report())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.stdin))
