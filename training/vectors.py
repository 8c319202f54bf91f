"""Static word vectors for the NER model, learnt from unlabelled Indonesian text we have.

PPMI-weighted co-occurrence counts (window 2, context smoothing 0.75) reduced by truncated
SVD: a count-based cousin of word2vec that needs only numpy and scipy, and is deterministic.
Words are lower-cased (spaCy looks them up by LOWER), so NER-P's lower-cased text counts too.

Text used (tokens only, labels ignored): IDNer train, NERGrit train, NER-P train, BaPOS train,
UD Indonesian-GSD, and the bodies of ../shared/data/corpus/detik-2025.csv. The detik text is
read at training time only; what ships is the vector table (a vocabulary and its numbers),
never the text. IDNer dev and NERGrit valid are not read.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from train_ner import NER_DATA, SHARED, cased_texts, read_conll  # noqa: E402


def unlabelled_sentences(use_detik: bool = True, lower: bool = True) -> Iterator[list[str]]:
    """Token lists from every source above (lower-cased unless `lower` is false)."""

    def case(words: list[str]) -> list[str]:
        return [w.lower() for w in words] if lower else words

    for rel, scheme in (
        ("idner-news-2k/train.txt", "idner"),
        ("nergrit/train.txt", "nergrit"),
        ("nerp/train.txt", "nerp"),
    ):
        for words, _ in read_conll(NER_DATA / rel, scheme):
            yield case(words)
    for words in cased_texts():
        yield case(words)
    detik = SHARED / "data" / "corpus" / "detik-2025.csv"
    if use_detik and detik.exists():
        import spacy

        sys.path.insert(0, str(HERE.parent / "src"))
        from warta.nlp.ner import _keep_hyphenated_words

        nlp = spacy.blank("id")
        _keep_hyphenated_words(nlp)
        csv.field_size_limit(10**8)
        with detik.open(encoding="utf-8", newline="") as f:
            bodies = [row.get("isi_berita") or "" for row in csv.DictReader(f)]
        for doc in nlp.tokenizer.pipe(p for b in bodies for p in b.split("\n") if p.strip()):
            yield case([t.text for t in doc if not t.is_space])


def build(out_txt: Path, dims: int = 100, max_words: int = 30000, min_count: int = 2,
          window: int = 2, use_detik: bool = True) -> int:
    """Write word2vec-format text vectors to `out_txt`; return the number of words."""
    from scipy import sparse
    from scipy.sparse.linalg import svds

    sents = list(unlabelled_sentences(use_detik))
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(max_words) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for s in sents:
        ids = np.array([index.get(w, -1) for w in s], dtype=np.int64)
        for d in range(1, window + 1):
            if len(ids) <= d:
                break
            a, b = ids[:-d], ids[d:]
            keep = (a >= 0) & (b >= 0)
            w = np.full(int(keep.sum()), 1.0 / d)
            rows += [a[keep], b[keep]]
            cols += [b[keep], a[keep]]
            vals += [w, w]
    n = len(vocab)
    m = sparse.coo_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    ctx /= ctx.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * ctx[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(n, n))
    u, s, _ = svds(ppmi, k=dims, random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-8
    out_txt.parent.mkdir(parents=True, exist_ok=True)
    with out_txt.open("w", encoding="utf-8") as f:
        f.write(f"{n} {dims}\n")
        for w, v in zip(vocab, vec.astype(np.float32), strict=True):
            f.write(w + " " + " ".join(f"{x:.5f}" for x in v) + "\n")
    return n


def make_spacy_vectors(out_dir: Path, **kwargs: object) -> Path:
    """Build the vectors and convert them for spaCy (keyed by LOWER); return the model dir."""
    import subprocess

    txt = out_dir / "vectors.txt"
    n = build(txt, **kwargs)  # type: ignore[arg-type]
    target = out_dir / "vectors"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "id", str(txt), str(target),
         "--attr", "LOWER"],
        check=True,
    )
    print(f"vectors: {n} words -> {target}", flush=True)
    return target


if __name__ == "__main__":
    make_spacy_vectors(HERE / "out" / "vectors")
