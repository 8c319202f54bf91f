"""Near-duplicate articles (syndicated agency copy) by MinHash LSH over word shingles.

An article's signature is the MinHash of its word 5-shingles (datasketch 2's values,
computed here in one vectorised pass). LSH splits the signature into `b` bands of `r`
rows (datasketch's optimal split for the threshold); each band hashes to one 64-bit key.
Stores keep the keys in an indexed table, so the index persists across runs and
processes and memory stays flat: two articles whose
signatures share a band key are candidates (at most MAX_CANDIDATES, most shared bands
first), and a candidate whose estimated Jaccard similarity reaches `THRESHOLD` is a
near-duplicate. An article joins the cluster of its most similar near-duplicate already
stored; otherwise it starts its own cluster (named by its id). The threshold was chosen
by measured precision/recall (bench/ingest.py, docs/benchmarks.md, section "dedup").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE = 5  # words per shingle
THRESHOLD = 0.3  # estimated Jaccard of shingle sets; see docs/benchmarks.md "dedup"
SEED = 1
MAX_CANDIDATES = 16  # candidates checked per article, most shared bands first
COPY = 0.9  # similarity above which an article is a near-exact copy: its keys add nothing

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingle_texts(text: str, k: int = SHINGLE) -> set[str]:
    toks = words(text)
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    # the k-word windows, zipped from k shifted views (no slice per window)
    views = [toks[i : len(toks) - k + 1 + i] for i in range(k)]
    return set(map(" ".join, zip(*views, strict=True)))


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of lower-cased text (a text shorter than k words is one shingle)."""
    return {s.encode() for s in _shingle_texts(text, k)}


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h → a·h + b mod 2³² (a odd) of datasketch 2's `MinHash`
    (scheme "affine32") for `SEED` and `NUM_PERM`, drawn the same way."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch pre-mixes every hash with it)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32 × NUM_PERM) of a text, or None for a text with no words.

    The same values as datasketch 2's `MinHash(num_perm=NUM_PERM, seed=SEED)` updated
    with the shingles (SHA-1 → 32 bits, fmix32, affine permutations, minimum), computed
    here in one vectorised pass, without datasketch's per-shingle Python calls.
    """
    sh = _shingle_texts(text)
    if not sh:
        return None
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s.encode()).digest()[:4] for s in sh])
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
    a, b = _permutations()
    out = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for i in range(0, len(hv), 4096):  # bounded temporary (4096 × NUM_PERM values)
        np.minimum(out, (hv[i : i + 4096, None] * a + b).min(axis=0), out=out)
    return out


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True, slots=True)
class Bands:
    b: int
    r: int


@lru_cache(maxsize=16)
def bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> Bands:
    """datasketch's band split minimising false positives + false negatives at `threshold`.

    The same choice as datasketch 2's `MinHashLSH` (`_optimal_param`, equal weights; a test
    compares them), without importing datasketch, whose `lsh` module loads scipy (~0.4 s
    of every process's start-up). The false-positive and false-negative areas are
    integrals of polynomials of degree b·r ≤ num_perm, which Gauss–Legendre quadrature
    with num_perm // 2 + 1 nodes computes exactly (up to rounding); scipy's adaptive
    `quad` agrees with it to ~1e-15. Ties go to the first pair in datasketch's loop order.
    """
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    b = np.array([p[0] for p in pairs], dtype=float)[:, None]
    r = np.array([p[1] for p in pairs], dtype=float)[:, None]
    x, w = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def area(lo: float, hi: float, below: bool) -> np.ndarray:
        s = ((hi - lo) / 2 * x + (hi + lo) / 2)[None, :]
        p = 1 - (1 - s**r) ** b  # probability that a pair of similarity s is a candidate
        return (hi - lo) / 2 * ((p if below else 1 - p) @ w)  # type: ignore[no-any-return]

    error = area(0.0, threshold, True) * 0.5 + area(threshold, 1.0, False) * 0.5
    best = pairs[int(np.argmin(error))]
    return Bands(*best)


def band_keys(sig: np.ndarray, threshold: float = THRESHOLD) -> list[int]:
    """One signed 64-bit key per band (the band number is part of the hash)."""
    p = bands(threshold, len(sig))
    raw = sig.astype("<u4").tobytes()
    keys = []
    for i in range(p.b):
        h = hashlib.blake2b(
            raw[i * p.r * 4 : (i + 1) * p.r * 4], digest_size=8, person=b"band%04d" % i
        )
        keys.append(int.from_bytes(h.digest(), "little", signed=True))
    return keys


class MemoryIndex:
    """The same LSH clustering in memory (for batch jobs and benchmarks)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.buckets: dict[int, list[str]] = {}
        self.sigs: dict[str, np.ndarray] = {}
        self.cluster: dict[str, str] = {}

    def add(self, item_id: str, sig: np.ndarray | None) -> str:
        """Insert one item; its cluster id (that of its most similar near-duplicate)."""
        if sig is None:
            self.cluster[item_id] = item_id
            return item_id
        keys = band_keys(sig, self.threshold)
        shared: dict[str, int] = {}
        for key in keys:
            for other in self.buckets.get(key, ()):
                shared[other] = shared.get(other, 0) + 1
        cluster, best = item_id, 0.0
        for other in sorted(shared, key=lambda o: (-shared[o], o))[:MAX_CANDIDATES]:
            sim = similarity(sig, self.sigs[other])
            if sim >= self.threshold and sim > best:
                cluster, best = self.cluster[other], sim
        if best < COPY:  # a near-exact copy adds nothing to the index
            for key in keys:
                self.buckets.setdefault(key, []).append(item_id)
        self.sigs[item_id] = sig
        self.cluster[item_id] = cluster
        return cluster
