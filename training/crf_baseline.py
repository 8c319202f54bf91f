"""The alternative we measured against spaCy: a linear-chain CRF (python-crfsuite).

Same train data as the shipped model without NER-P (IDNer + NERGrit train, every 10th
sentence held back), hand-made features (word, casing, shape, affixes, a ±2 window).
Prints F1 on IDNer dev and NERGrit valid and the tagging speed on one core.

    pip install python-crfsuite && python training/crf_baseline.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conlleval import score  # noqa: E402
from train_ner import NER_DATA, read_conll  # noqa: E402


def shape(w: str) -> str:
    s = re.sub("[A-Z]", "X", w)
    s = re.sub("[a-z]", "x", s)
    s = re.sub("[0-9]", "d", s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


def token_features(w: str) -> dict[str, str | float]:
    low = w.lower()
    return {
        "w": low, "sh": shape(w), "p2": low[:2], "p3": low[:3], "s2": low[-2:], "s3": low[-3:],
        "title": float(w[:1].isupper()), "upper": float(w.isupper()),
        "digit": float(any(c.isdigit() for c in w)), "paren": float(w[:1] == "("),
    }


def sentence_features(words: list[str]) -> list[dict[str, str | float]]:
    base = [token_features(w) for w in words]
    feats = []
    for i in range(len(words)):
        f: dict[str, str | float] = {"bias": 1.0, **base[i]}
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(words):
                f[f"{d}w"] = base[j]["w"]
                f[f"{d}sh"] = base[j]["sh"]
                f[f"{d}title"] = base[j]["title"]
            else:
                f[f"{d}edge"] = 1.0
        feats.append(f)
    return feats


def main() -> int:
    import pycrfsuite

    train = []
    for rel, scheme in (("idner-news-2k/train.txt", "idner"), ("nergrit/train.txt", "nergrit")):
        train += [s for i, s in enumerate(read_conll(NER_DATA / rel, scheme)) if i % 10 != 9]
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train:
        trainer.append(sentence_features(words), tags)
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 150,
                        "feature.possible_transitions": True})
    model = Path(tempfile.mkdtemp()) / "crf.model"
    t0 = time.time()
    trainer.train(str(model))
    print(f"trained in {time.time() - t0:.0f} s")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for name, rel, scheme in (("IDNer dev", "idner-news-2k/dev.txt", "idner"),
                              ("NERGrit valid", "nergrit/valid.txt", "nergrit")):
        sents = read_conll(NER_DATA / rel, scheme)
        t0 = time.perf_counter()
        pred = [tagger.tag(sentence_features(w)) for w, _ in sents]
        dt = time.perf_counter() - t0
        p, r, f = score([t for _, t in sents], pred).prf
        n = sum(len(w) for w, _ in sents)
        print(f"{name}: P {p:.4f} R {r:.4f} F1 {f:.4f}; {n / dt:,.0f} tokens/s (features+tagging)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
