"""Learned alternatives to the rule coder, measured by leave-one-round-out cross-validation.

    .venv/bin/python bench/events_learned.py             # writes docs/benchmarks.md
    .venv/bin/python bench/events_learned.py --no-write

The question: would a model trained on the gold set do better than the lexicon and rules on
text nobody fitted? There is no unread held-out pool left to answer it on, so each round of
the dev gold (`origin`) is held out in turn: a model is trained on the other rounds and
scored on it, and the scores of all folds are pooled. Two models, each a logistic
regression (L2, L-BFGS) over one-hot features:

- **category classifier, text only**: does the sentence hold a (scored) event of category
  C? Words, crude stems and word pairs. Its learning curve (25 %, 50 %, 100 % of each
  fold's training rounds) says how much labelled data it would need. Once more with the
  static word vectors of the NER model (learnt from unlabelled text) pooled over the
  sentence, to see whether they stand in for the missing labels.
- **learned confidence**: is this tuple of the rule coder (threshold 0) right? Category,
  trigger, context flags, the sides' roles and countries, the hand-set confidence. It is
  compared with the hand-set confidence at the same operating points.

The rules themselves were written while reading every dev round, so the rule columns are
development figures; the learned models' are cross-validated. Scored as in
`bench/events.py`: sentence categories for the classifier, (category, source, target)
tuples for the confidence.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _report import machine, write_section  # noqa: E402
from events import (  # noqa: E402
    NOT_EVENTS,
    _unique,
    event_tuple,
    gold_tuples,
    load_gold,
    match,
    prf,
    same,
    ungated,
)
from warta.events import coder  # noqa: E402
from warta.events.actors import stem  # noqa: E402
from warta.pipeline import analyze_text  # noqa: E402

GATE = coder.THRESHOLD
FRACTIONS = (0.25, 0.5, 1.0)
CLASSIFIER_CUTS = (0.3, 0.5)
CONFIDENCE_CUTS = (0.45, 0.55, 0.65, 0.75)
LEARNED_CUTS = (0.3, 0.4, 0.5, 0.6)
PREFIX = re.compile(r"^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|di|ke|se)")
SUFFIX = re.compile(r"(kan|an|i)$")


@dataclass(slots=True)
class Candidate:
    """One tuple the rule coder proposes (threshold 0), with what a model may see of it."""

    tuple: tuple
    confidence: float
    features: set[str]


@dataclass(slots=True)
class Row:
    id: str
    round: str
    gold: list[tuple]
    words: list[str]
    candidates: list[Candidate] = field(default_factory=list)


def crude_stem(word: str) -> str:
    """A rough root: the clitic, one prefix and one suffix off (long words only)."""
    word = stem(word)
    if len(word) > 5:
        word = PREFIX.sub("", word)
    if len(word) > 5:
        word = SUFFIX.sub("", word)
    return word


def rows_of(gold: list[dict]) -> list[Row]:
    """The dev rows, analysed once with the confidence gate off."""
    out = []
    with ungated():
        for r in gold:
            a = analyze_text(r["text"], published=r.get("published"))
            words = [t.text.lower() for s in a.sentences for t in s.tokens if t.text[0].isalnum()]
            row = Row(r["id"], r["origin"], gold_tuples(r), words)
            scored = [e for e in a.events if not any(f in e.context for f in NOT_EVENTS)]
            for e in scored:
                tup = event_tuple(e)
                feats = candidate_features(e, tup, len(scored))
                row.candidates.append(Candidate(tup, e.confidence, feats))
            out.append(row)
    return out


def candidate_features(e, tup: tuple, n_events: int) -> set[str]:  # noqa: ANN001
    """What the learned confidence sees of one event of a sentence with `n_events`."""
    cat = e.category
    f = {f"cat={cat}", f"trigger={e.trigger.lower()}", f"conf={int(e.confidence * 20)}",
         f"{cat}&conf={int(e.confidence * 10)}", f"events={min(n_events, 4)}",
         f"mutual={int(tup[3])}"}
    f |= {f"ctx={c}" for c in e.context} | {f"{cat}&ctx={c}" for c in e.context}
    for tag, entity, s in (("S", e.source, tup[1]), ("T", e.target, tup[2])):
        if s is None:
            f |= {f"{tag}:none", f"{cat}&{tag}:none"}
            continue
        kind = "entity" if entity else "generic"
        home = "IDN" if s[0] == "IDN" else "foreign" if s[0] else "stateless"
        f |= {f"{tag}:kind={kind}", f"{tag}:role={s[1]}", f"{tag}:country={home}",
              f"{cat}&{tag}:role={s[1]}", f"{cat}&{tag}:kind={kind}"}
    return f


def text_features(row: Row) -> set[str]:
    w = row.words
    return ({"w:" + x for x in w} | {"s:" + crude_stem(x) for x in w}
            | {"b:" + a + "_" + b for a, b in zip(w, w[1:], strict=False)})


def matrix(samples: list[set[str]], vocab: dict[str, int] | None = None
           ) -> tuple[sp.csr_matrix, dict[str, int]]:
    """One-hot rows (features seen twice in training) plus a bias column."""
    if vocab is None:
        seen = Counter(x for f in samples for x in f)
        vocab = {x: i for i, x in enumerate(x for x, n in seen.items() if n >= 2)}
    rows, cols = [], []
    for r, f in enumerate(samples):
        for x in f:
            if x in vocab:
                rows.append(r)
                cols.append(vocab[x])
    x = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(samples), len(vocab)))
    return sp.hstack([x, np.ones((len(samples), 1))]).tocsr(), vocab


def fit(x: sp.csr_matrix, y: np.ndarray, lam: float = 1.0) -> np.ndarray:
    """Weights of independent logistic regressions, one per column of `y` (bias unpenalised)."""
    k = y.shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        w = w.reshape(x.shape[1], k)
        z = x @ w
        reg = w[:-1]
        value = np.sum(np.logaddexp(0, z) - y * z) + lam / 2 * np.sum(reg**2)
        grad = x.T @ (1 / (1 + np.exp(-z)) - y)
        grad[:-1] += lam * reg
        return value, grad.ravel()

    res = minimize(loss, np.zeros(x.shape[1] * k), jac=True, method="L-BFGS-B",
                   options={"maxiter": 300})
    return res.x.reshape(x.shape[1], k)


def predict(x: sp.csr_matrix, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w)))


def folds(rows: list[Row]) -> Iterable[tuple[list[Row], list[Row]]]:
    for rnd in sorted({r.round for r in rows}):
        yield [r for r in rows if r.round != rnd], [r for r in rows if r.round == rnd]


def pr(tp: float, n_sys: float, n_gold: float) -> str:
    """Precision and recall as two table cells."""
    p, r = prf(tp, n_sys - tp, n_gold - tp)
    return f"{p:.2f} | {r:.2f}"


def category_classifier(rows: list[Row], cats: list[str], detik: Callable[[Row], bool]
                        ) -> list[str]:
    """Sentence categories: the gated rules, and the text-only classifier's learning curve."""
    y = np.array([[c in {g[0] for g in r.gold} for c in cats] for r in rows], float)
    at = {r.id: i for i, r in enumerate(rows)}
    feats = {r.id: text_features(r) for r in rows}

    def scores(pred: np.ndarray, keep: np.ndarray) -> str:
        tp = (pred[keep] * y[keep]).sum()
        return pr(tp, pred[keep].sum(), y[keep].sum())

    every = np.ones(len(rows), bool)
    news = np.array([detik(r) for r in rows])
    rules = np.array([[any(c.tuple[0] == cat and c.confidence >= GATE for c in r.candidates)
                       for cat in cats] for r in rows], float)
    lines = ["| model | training data | cut | P (all) | R (all) | P (detik) | R (detik) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| rule coder (development figure) | all rounds, read | {GATE} | "
             f"{scores(rules, every)} | {scores(rules, news)} |"]

    def cross_validate(frac: float, pooled: dict[str, np.ndarray] | None = None) -> np.ndarray:
        """Out-of-fold probabilities, trained on `frac` of each fold's training rows, with
        the pooled word vectors appended to the words when given."""

        def design(part: list[Row], vocab: dict[str, int] | None = None
                   ) -> tuple[sp.csr_matrix, dict[str, int]]:
            x, vocab = matrix([feats[r.id] for r in part], vocab)
            if pooled is not None:
                x = sp.hstack([x, np.array([pooled[r.id] for r in part])]).tocsr()
            return x, vocab

        prob = np.zeros_like(y)
        pick = random.Random(1)
        for train, test in folds(rows):
            train = pick.sample(train, int(len(train) * frac))
            x, vocab = design(train)
            w = fit(x, y[[at[r.id] for r in train]])
            prob[[at[r.id] for r in test]] = predict(design(test, vocab)[0], w)
        return prob

    def add(name: str, data: str, prob: np.ndarray) -> None:
        for cut in CLASSIFIER_CUTS:
            pred = (prob >= cut).astype(float)
            lines.append(f"| {name} (cross-validated) | {data} | {cut} | "
                         f"{scores(pred, every)} | {scores(pred, news)} |")

    recall = {}
    for frac in FRACTIONS:
        prob = cross_validate(frac)
        recall[frac] = ((prob >= CLASSIFIER_CUTS[0]) * y).sum() / y.sum()
        add("text classifier", f"{frac:.0%} of other rounds", prob)
    add("text classifier + word vectors", "100% of other rounds",
        cross_validate(1.0, pooled_vectors(rows)))
    low, high = FRACTIONS[0], FRACTIONS[-1]
    per_doubling = (recall[high] - recall[low]) / np.log2(high / low)
    lines += ["", f"The classifier's recall at cut {CLASSIFIER_CUTS[0]} grows by "
              f"{per_doubling:.2f} per doubling of its training data ({recall[low]:.2f} with "
              f"{low:.0%}, {recall[high]:.2f} with all of it)."]
    return lines


def pooled_vectors(rows: list[Row]) -> dict[str, np.ndarray]:
    """Each sentence's mean and maximum of its words' unit static vectors: those the NER model
    ships (learnt from unlabelled text only, see training/README.md)."""
    from warta.nlp import ner

    vocab = ner.model().vocab
    table, strings = vocab.vectors, vocab.strings
    out = {}
    for r in rows:
        known = [table[strings[w]] for w in r.words if w in strings and strings[w] in table]
        if not known:
            out[r.id] = np.zeros(2 * table.shape[1])
            continue
        m = np.array(known)
        m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
        out[r.id] = np.concatenate([m.mean(0), m.max(0)])
    return out


def learned_confidence(rows: list[Row], detik: Callable[[Row], bool]) -> list[str]:
    """Tuples kept by the hand-set confidence against a cross-validated learned one."""
    learned: dict[str, list[float]] = {}
    for train, test in folds(rows):
        cands = [(r, c) for r in train for c in r.candidates]
        x, vocab = matrix([c.features for _, c in cands])
        y = np.array([[any(same(g, c.tuple) for g in r.gold)] for r, c in cands], float)
        w = fit(x, y)
        for r in test:
            if r.candidates:
                p = predict(matrix([c.features for c in r.candidates], vocab)[0], w)[:, 0]
                learned[r.id] = list(p)

    def scores(keep: Callable[[Row], bool], score: Callable[[Row, int], float], cut: float) -> str:
        tp = n_sys = n_gold = 0
        for r in rows:
            if not keep(r):
                continue
            out = _unique([c.tuple for k, c in enumerate(r.candidates) if score(r, k) >= cut])
            tp += match(r.gold, out)[0]
            n_sys += len(out)
            n_gold += len(r.gold)
        return f"{n_sys} | {pr(tp, n_sys, n_gold)}"

    def hand(r: Row, k: int) -> float:
        return r.candidates[k].confidence

    def model(r: Row, k: int) -> float:
        return learned[r.id][k]

    lines = ["| confidence | cut | tuples (all) | P (all) | R (all) | tuples (detik) | "
             "P (detik) | R (detik) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, score, cuts in (("hand-set (development figure)", hand, CONFIDENCE_CUTS),
                              ("learned (cross-validated)", model, LEARNED_CUTS)):
        for cut in cuts:
            lines.append(f"| {name} | {cut} | {scores(lambda r: True, score, cut)} | "
                         f"{scores(detik, score, cut)} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    gold = [r for r in load_gold() if r["split"] == "dev"]
    rows = rows_of(gold)
    cats = sorted({g[0] for r in rows for g in r.gold})

    def detik(r: Row) -> bool:
        return r.id.startswith("detik")

    n_rounds = len({r.round for r in rows})
    md = [
        "## Events: learned alternatives (`bench/events_learned.py`)", "",
        f"Leave-one-round-out cross-validation over the {len(rows):,} dev sentences "
        f"({n_rounds} rounds; `detik`: the {sum(map(detik, rows))} detik-2025 dev sentences). "
        f"{machine()}. The rules were written while reading every one of these rounds, "
        "so the rule rows are development figures; the learned rows are cross-validated "
        "(trained without the round they are scored on).", "",
        "Sentence categories (does the sentence hold a scored event of category C):", "",
        *category_classifier(rows, cats, detik), "",
        "Tuples (category, source, target) kept by a confidence cut:", "",
        *learned_confidence(rows, detik),
    ]
    print("\n".join(md))
    if not args.no_write:
        write_section("events-learned", "\n".join(md))


if __name__ == "__main__":
    main()
