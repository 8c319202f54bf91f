"""`warta ingest` end to end: every reader into both stores, idempotence, failures, SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPORA, PAGES, SEED
from warta.ingest import Options, ingest, process_document
from warta.sources import fields_for, iter_documents
from warta.store import Filters, open_store
from warta.types import Document

WARTA = [sys.executable, "-m", "warta.cli"]


def expected(paths, fields=None):
    """What the pipeline makes of each input, computed item by item in this process."""
    ok, failed = {}, []
    for item in iter_documents([str(p) for p in paths], fields or fields_for()):
        if not isinstance(item, Document):
            failed.append(item.source)
            continue
        o = process_document(item)
        if o.kind == "ok":
            ok.setdefault(o.record["id"], o.record)
        else:
            failed.append(o.source)
    return ok, failed


def stored(url):
    s = open_store(url)
    try:
        return {r["id"]: r for r in s.iter_records()}, s.stats(), s.failures(1000)
    finally:
        s.close()


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("pages.warc.gz", None),
        ("pages.warc", None),
        ("pages.wet.gz", None),
        ("articles.jsonl", fields_for(date="date")),
        ("culturax.jsonl.gz", fields_for("culturax")),
        ("fineweb.jsonl.zst", fields_for("fineweb")),
        ("news-please.jsonl", fields_for("news-please")),
        ("articles.csv", fields_for(text="isi", title="judul", url="tautan", date="tanggal")),
    ],
)
def test_each_corpus_is_ingested_as_the_pipeline_makes_it(tmp_path, name, fields):
    db = str(tmp_path / "w.db")
    want, want_failed = expected([CORPORA / name], fields)
    summary = ingest([str(CORPORA / name)], Options(db=db, workers=2, fields=fields or fields_for(),
                                                    progress=False))  # fmt: skip
    got, stats, failures = stored(db)
    assert len(want) >= 4
    assert {k: {**v, "cluster": None} for k, v in got.items()} == {
        k: {**v, "cluster": None} for k, v in want.items()
    }
    assert summary.ingested == len(want) and summary.failed == len(want_failed)
    assert sorted(f["source"] for f in failures) == sorted(want_failed)
    assert stats["articles"] == len(want)


def test_pre_extracted_text_skips_the_chrome_cleaner(tmp_path, gold):
    db = str(tmp_path / "w.db")
    opts = Options(db=db, workers=1, fields=fields_for("news-please"), progress=False)
    ingest([str(CORPORA / "news-please.jsonl")], opts)
    got, _, _ = stored(db)
    by_url = {r["url"]: r for r in got.values()}
    for g in gold:
        r = by_url[g["url"]]
        assert r["title"] == g["title"]
        assert r["published"].startswith(g["published"][:16])
        assert r["removed"] == []  # nothing cleaned away: the body is the text as given


def test_rerun_is_idempotent_on_both_stores(store_url, capsys):
    args = ["ingest", str(CORPORA / "pages.wet.gz"), str(SEED), "--db", store_url, "--workers", "2"]
    from warta.cli import main

    assert main(args) == 0
    first = capsys.readouterr().err.strip().splitlines()[-1]
    got1, stats1, _ = stored(store_url)
    n = len(got1)
    assert n >= 10 and first == f"ingested {n}, already stored {18 - n}, failed 0"
    assert main(args) == 0
    second = capsys.readouterr().err.strip().splitlines()[-1]
    assert second == "ingested 0, already stored 18, failed 0"
    got2, stats2, _ = stored(store_url)
    assert got2 == got1 and stats2 == stats1
    # the same pages as HTML in a WARC: the same articles, found already stored by id
    assert main(["ingest", str(CORPORA / "pages.warc.gz"), "--db", store_url, "-q"]) in (0, 1)
    got3, _, _ = stored(store_url)
    assert set(got1) <= set(got3)


def test_corrupt_member_and_truncated_record_are_recorded_and_the_rest_ingested(store_url):
    paths = [str(CORPORA / n) for n in ("corrupt.warc.gz", "truncated.warc", "truncated.warc.gz")]
    summary = ingest(paths, Options(db=store_url, workers=2, progress=False))
    got, stats, failures = stored(store_url)
    reasons = {f["source"]: f["reason"] for f in failures}
    corrupt = [s for s in reasons if s.startswith(paths[0] + "@")]
    assert len(corrupt) == 1 and "corrupt gzip member" in reasons[corrupt[0]]
    assert any(s.startswith(paths[1] + "#") and "truncated" in r for s, r in reasons.items())
    assert any(s.startswith(paths[2] + "@") and "cut short" in r for s, r in reasons.items())
    want, _ = expected(paths)
    assert set(got) == set(want) and len(got) >= 6
    assert summary.failed == len(failures) >= 3


def test_failures_do_not_stop_a_batch(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "english.txt").write_text("This page is in English only. " * 30)
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    db = str(tmp_path / "w.db")
    s = ingest([str(tmp_path)], Options(db=db, workers=2, progress=False))
    got, stats, failures = stored(db)
    assert s.ingested == 1 and s.failed == 3 and stats["articles"] == 1
    assert {Path(f["source"]).name for f in failures} == {"empty.txt", "binary.html", "english.txt"}
    assert all(f["reason"] for f in failures)


def test_stdin_and_progress_and_summary_via_the_command(tmp_path):
    db = str(tmp_path / "w.db")
    p = subprocess.run(
        [*WARTA, "ingest", "-", "--db", db], input=SEED.read_bytes(), capture_output=True,
        timeout=300,
    )  # fmt: skip
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert "ingest" in err and "art/s" in err  # the progress bar
    assert err.strip().splitlines()[-1] == "ingested 1, already stored 0, failed 0"
    got, _, _ = stored(db)
    (rec,) = got.values()
    assert (
        rec["source"] == "<stdin>"
        and rec["title"] == "Korut Klaim China Ingin Meningkatkan Hubungan"
    )


def big_corpus(path: Path, gold, n: int) -> None:
    """n distinct articles (JSON Lines) made from the licensed pages with small edits."""
    rng = random.Random(5)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            g = gold[i % len(gold)]
            paras = g["body"].split("\n")
            paras[rng.randrange(len(paras))] += f" (Laporan {i}, wartawan {rng.randrange(10**6)})"
            f.write(json.dumps({"text": "\n".join(paras), "url": f"{g['url']}?v={i}",
                                "title": g["title"], "date": g["published"]}) + "\n")  # fmt: skip


def count(db: str) -> tuple[int, int]:
    import sqlite3

    try:
        c = sqlite3.connect(db, timeout=30)
        try:
            return c.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone()
        finally:
            c.close()
    except sqlite3.Error:
        return (0, 0)


def test_sigkill_mid_run_then_rerun_loses_nothing_and_doubles_nothing(tmp_path, gold):
    corpus = tmp_path / "big.jsonl"
    n = 400
    big_corpus(corpus, gold, n)
    db = str(tmp_path / "w.db")
    cmd = [*WARTA, "ingest", str(corpus), "--db", db, "--workers", "2", "--batch-size", "10",
           "--date-field", "date", "-q"]  # fmt: skip
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 300
    while count(db)[0] < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the command and its worker processes, mid-write
    proc.wait()
    proc.stderr.close()
    before, distinct = count(db)
    assert 30 <= before < n and before == distinct
    p = subprocess.run(cmd, capture_output=True, timeout=600)
    assert p.returncode == 0, p.stderr.decode()[-2000:]
    last = p.stderr.decode().strip().splitlines()[-1]
    ingested = int(last.split()[1].rstrip(","))
    after, distinct = count(db)
    assert after == distinct == n  # nothing lost, nothing doubled
    assert ingested == n - before  # only what had not been committed was redone
    assert last.endswith(f"already stored {before}, failed 0")
    s = open_store(db)
    try:
        stats = s.stats()
        assert stats["articles"] == n and stats["failures"] == 0
        # the full-text index holds every article exactly once
        assert s._one("SELECT COUNT(*) FROM articles_fts") == n
        # every article (each has its own report marker) is found by search exactly once
        assert s.search("Laporan wartawan", Filters(), limit=1).total == n
    finally:
        s.close()


def test_bundled_pages_folder(tmp_path):
    db = str(tmp_path / "w.db")
    s = ingest([str(PAGES)], Options(db=db, workers=2, progress=False))
    want, failed = expected(
        sorted((PAGES / "html").glob("*.html")) + sorted((PAGES / "dumps").glob("*.txt"))
    )
    got, _, _ = stored(db)
    assert set(got) == set(want) and s.ingested == len(want)


def test_recycled_workers_give_the_same_store(tmp_path):
    """Workers replaced every few documents (to keep memory flat) lose and double nothing."""
    paths = [str(CORPORA / "pages.wet.gz"), str(SEED)]
    want, want_failed = expected(paths)
    db = str(tmp_path / "w.db")
    s = ingest(paths, Options(db=db, workers=2, progress=False, recycle=2))
    got, stats, _ = stored(db)
    assert len(want) >= 10 and stats["articles"] == len(want)
    assert {k: {**v, "cluster": None} for k, v in got.items()} == {
        k: {**v, "cluster": None} for k, v in want.items()
    }
    assert s.ingested == len(want) and s.failed == len(want_failed)


def test_warm_up_reaches_every_stage_and_settle_freezes_what_it_loaded():
    """The warm-up article (run before workers fork, so they share the models) goes through
    extraction, entities, quotes, events and dedup; settle() then freezes the loaded objects
    out of the collector's sight (forked workers do not copy their pages)."""
    import gc

    from warta import ingest as ingest_mod

    out = ingest_mod.warm_up()
    assert out.kind == "ok" and out.signature is not None and out.keys
    record = out.record
    assert record is not None and record["lang"] == "id"
    assert {e["type"] for e in record["entities"]} >= {"PER", "GPE"}
    assert record["quotes"] and record["events"]
    try:
        ingest_mod.settle()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # leave the test process as it was
