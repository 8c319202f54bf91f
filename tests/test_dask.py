"""The Dask engine on a real 2-worker LocalCluster gives the same records as the local one."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import CORPORA, SEED
from warta.distributed import ingest_dask, load_shards
from warta.ingest import Options, ingest
from warta.store import open_store

pytestmark = pytest.mark.dask


def records(db: str) -> dict[str, dict]:
    s = open_store(db)
    try:
        return {r["id"]: r for r in s.iter_records()}
    finally:
        s.close()


def test_dask_run_matches_the_local_engine_and_loads_its_shards(tmp_path: Path):
    paths = [str(CORPORA / "pages.wet.gz"), str(CORPORA / "corrupt.warc.gz"), str(SEED)]
    local_db, dask_db, again_db = (str(tmp_path / n) for n in ("local.db", "dask.db", "again.db"))
    local = ingest(paths, Options(db=local_db, workers=2, progress=False))
    shards = tmp_path / "shards"
    remote = ingest_dask(
        paths, Options(db=dask_db, workers=2, progress=False), shards=str(shards), shard_size=5
    )
    want, got = records(local_db), records(dask_db)
    assert len(want) >= 15
    assert got == want  # the same records, the same clusters
    assert (remote.ingested, remote.already, remote.failed) == (
        local.ingested, local.already, local.failed,
    )  # fmt: skip
    files = sorted(shards.glob("*.parquet"))
    assert len(files) >= 4  # shards of 5 documents
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    # every item is in a shard but the reader's own error (the corrupt gzip member)
    assert rows == local.ingested + local.already + local.failed - 1
    # `warta load` of the shards into a new store gives the same records again
    summary = load_shards([str(shards)], db=again_db)
    assert records(again_db) == want and summary.ingested == len(want)
    # and loading them twice doubles nothing
    summary = load_shards([str(shards)], db=again_db)
    assert summary.ingested == 0 and records(again_db) == want


def test_dask_rerun_skips_what_is_stored(tmp_path: Path):
    db = str(tmp_path / "w.db")
    opts = Options(db=db, workers=2, progress=False)
    first = ingest_dask([str(CORPORA / "pages.warc")], opts)
    second = ingest_dask([str(CORPORA / "pages.warc")], opts)
    assert first.ingested == 4 and second.ingested == 0 and second.already == 4


def test_ingest_cluster_workers_keep_glibcs_malloc_trim_default():
    """Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536 (freed memory goes back to the
    OS at once, ~3 ms of CPU per article in page faults): ingest's LocalCluster does not."""
    import os

    from dask.distributed import Client

    from warta.distributed import local_cluster

    if "MALLOC_TRIM_THRESHOLD_" in os.environ:
        pytest.skip("MALLOC_TRIM_THRESHOLD_ is set in this environment (workers inherit it)")
    with local_cluster(1) as cluster, Client(cluster) as client:
        env = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
        threads = client.run(lambda: os.environ.get("OMP_NUM_THREADS"))
    assert list(env.values()) == [None]
    assert list(threads.values()) == ["1"]  # Dask's other worker settings stay
