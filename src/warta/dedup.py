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


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-shingles of lower-cased text (a text shorter than k words is one shingle)."""
    toks = words(text)
    if not toks:
        return set()
    if len(toks) < k:
        return {" ".join(toks).encode()}
    return {" ".join(toks[i : i + k]).encode() for i in range(len(toks) - k + 1)}


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
    sh = shingles(text)
    if not sh:
        return None
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest()[:4] for s in sh])
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
    """datasketch's band split minimising false positives + false negatives at `threshold`."""
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return Bands(b, r)


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
