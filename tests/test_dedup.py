"""Near-duplicate clusters: MinHash over word shingles, LSH bands, on the licensed pages."""

from __future__ import annotations

import random

from conftest import PAGES
from warta import dedup
from warta.sources import read_path


def body(gold_page) -> str:
    return gold_page["body"]


def edited(text: str, rate: float, seed: int = 0) -> str:
    rng = random.Random(seed)
    words = text.split()
    for i in rng.sample(range(len(words)), int(len(words) * rate)):
        words[i] = rng.choice(["baru", "itu", "kata", "pihak", "juga"])
    return " ".join(words)


def test_shingles_are_word_5_grams_lowercased():
    sh = dedup.shingles("Presiden Joko Widodo tiba di Jakarta, Senin.")
    assert b"presiden joko widodo tiba di" in sh and len(sh) == 3  # 7 words
    assert dedup.shingles("Dua kata") == {b"dua kata"}
    assert dedup.shingles("  ,, ") == set() and dedup.signature("..") is None


def test_similarity_estimates_jaccard(gold):
    text = body(gold[0])
    sig = dedup.signature(text)
    assert dedup.similarity(sig, dedup.signature(text)) == 1.0
    a, b = dedup.shingles(text), dedup.shingles(edited(text, 0.05))
    true = len(a & b) / len(a | b)
    est = dedup.similarity(sig, dedup.signature(edited(text, 0.05)))
    assert abs(est - true) < 0.15  # 128 permutations: standard error ~0.04


def test_copies_cluster_and_different_articles_do_not(gold):
    idx = dedup.MemoryIndex()
    originals = [idx.add(g["id"], dedup.signature(body(g))) for g in gold]
    assert originals == [g["id"] for g in gold]  # 17 different articles: 17 clusters
    for g in gold[:6]:
        paras = body(g).split("\n")
        assert idx.add(g["id"] + "-credit", dedup.signature(body(g) + "\n(Antara)")) == g["id"]
        assert idx.add(g["id"] + "-edit", dedup.signature(edited(body(g), 0.03, 1))) == g["id"]
        if len(paras) >= 4:
            cut = "\n".join(paras[: max(2, int(len(paras) * 0.8))])
            assert idx.add(g["id"] + "-cut", dedup.signature(cut)) == g["id"]


def test_the_same_page_with_different_chrome_clusters(gold):
    """The HTML page and its whole-page text dump, each through extraction."""
    from warta.pipeline import extract

    idx = dedup.MemoryIndex()
    for g in gold:
        html = extract(read_path(PAGES / "html" / f"{g['id']}.html"))
        idx.add(g["id"], dedup.signature(html.text))
    same = 0
    for g in gold:
        dump = extract(read_path(PAGES / "dumps" / f"{g['id']}.txt"))
        same += idx.add(g["id"] + "-dump", dedup.signature(dump.text)) == g["id"]
    assert same >= 15  # extraction may keep a stray line in one or two dumps


def test_bands_follow_the_threshold():
    b = dedup.bands()
    assert b.b * b.r <= dedup.NUM_PERM
    assert dedup.bands(0.9).r > dedup.bands(0.3).r  # stricter threshold, longer bands
    sig = dedup.signature("satu dua tiga empat lima enam tujuh delapan")
    keys = dedup.band_keys(sig)
    assert len(keys) == b.b and len(set(keys)) == b.b
    assert all(-(2**63) <= k < 2**63 for k in keys)


def test_bands_are_datasketchs_optimal_split():
    """The band split computed without datasketch is the one datasketch's MinHashLSH picks
    (its `_optimal_param`, scipy quadrature), over a grid of thresholds and sizes."""
    import subprocess
    import sys

    from datasketch.lsh import _optimal_param

    for num_perm in (32, 128):
        for threshold in (0.1, 0.2, 0.3, 0.45, 0.5, 0.7, 0.9):
            b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
            assert dedup.bands(threshold, num_perm) == dedup.Bands(b, r), (threshold, num_perm)
    # and computing it does not load datasketch (nor scipy): process start-up stays short
    code = "import sys; from warta import dedup; dedup.bands(); print(sorted(" \
        "m for m in ('datasketch', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_store_and_memory_index_agree(store, gold):
    idx = dedup.MemoryIndex()
    texts = [(g["id"], body(g)) for g in gold[:8]]
    texts += [(g["id"] + "-copy", body(g) + "\n(Antara)") for g in gold[:4]]
    for rid, text in texts:
        rec = {"id": rid, "source": rid, "body": text.split("\n"), "title": rid}
        store.add(rec)
        idx.add(rid, dedup.signature("\n\n".join(text.split("\n"))))
    for rid, _ in texts:
        assert store.cluster_of(rid) == idx.cluster[rid]
    assert store.stats()["clusters"] == 4 and store.stats()["duplicates"] == 4


def test_signature_is_datasketchs_minhash(gold):
    """The vectorised signature gives datasketch 2's MinHash values exactly (stored
    signatures stay comparable), on short, normal and long texts."""
    import numpy as np
    from datasketch import MinHash

    texts = [g["body"] for g in gold] + ["Dua kata", "\n\n".join(g["body"] for g in gold)]
    for text in texts:
        m = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED)
        m.update_batch(list(dedup.shingles(text)))
        sig = dedup.signature(text)
        assert sig.dtype == np.uint32 and np.array_equal(sig, m.hashvalues.astype(np.uint32))


def test_a_batch_clusters_as_one_by_one(store, gold):
    """`add_many` (how ingest writes) finds near-duplicates stored earlier and earlier in
    the same batch, exactly as `MemoryIndex` does, and stores a repeated id once."""
    from warta.store.rows import flatten

    def rec(rid, text):
        return {"id": rid, "source": rid, "body": text.split("\n"), "title": rid}

    idx = dedup.MemoryIndex()
    first = [rec(g["id"], body(g)) for g in gold[:5]]
    batch = [rec(g["id"] + "-copy", body(g) + "\n(Antara)") for g in gold[:5]]
    batch += [rec(g["id"] + "-edit", edited(body(g), 0.03, 2)) for g in gold[:3]]
    batch += [rec(g["id"], body(g)) for g in gold[5:8]]  # new, and copied later in the batch:
    batch += [rec(g["id"] + "-late", body(g) + "\n(Antara)") for g in gold[5:7]]
    batch += [rec(gold[5]["id"], body(gold[5]))]
    assert store.add_many([(flatten(r), None, None) for r in first]) == [True] * 5
    fresh = store.add_many([(flatten(r), None, None) for r in batch])
    assert fresh == [True] * 13 + [False]  # the repeated id, within the batch
    for r in first + batch[:-1]:
        idx.add(r["id"], dedup.signature("\n\n".join(r["body"])))
    for r in first + batch[:-1]:
        assert store.cluster_of(r["id"]) == idx.cluster[r["id"]]
    assert store.stats()["duplicates"] == 10 and store.stats()["articles"] == 18
    assert store.cluster_of(gold[6]["id"] + "-late") == gold[6]["id"]
    assert store.add_many([(flatten(r), None, None) for r in first]) == [False] * 5
