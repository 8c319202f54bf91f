"""Corpora beyond one machine: Dask runs, Parquet shards, `warta load`, `warta export`.

`ingest_dask` streams documents from the readers on the client, skips inputs already
stored, and sends them in shards of `SHARD_SIZE` documents to Dask workers, with a
bounded number of shards in flight, keeping their results in input order. Each worker
runs the same `process_document` as the local engine and returns its outcomes as an
Arrow table; the client writes every table as one Parquet shard, then `load_shards`
writes the shards into the store (the same writer as the local engine: batched
transactions, dedup clusters, idempotent).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.ingest import Options, Outcome, Progress, Summary, Writer, _skip_stored, process_document
from warta.sources.compress import Cursor
from warta.sources.walk import iter_documents, resolve
from warta.store.base import Filters
from warta.store.rows import flatten
from warta.types import Document

SHARD_SIZE = 64  # documents per Dask task / Parquet shard
SHARD_COLUMNS = ("kind", "source", "key", "id", "record", "signature", "reason")
_SETTLED = False  # this worker process has loaded its models (ingest.settle)
NO_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"  # None: left unset


def _schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.schema(
        [
            ("kind", pa.string()),
            ("source", pa.string()),
            ("key", pa.string()),
            ("id", pa.string()),
            ("record", pa.large_string()),
            ("signature", pa.binary()),
            ("reason", pa.string()),
        ]
    )


def outcomes_table(outcomes: list[Outcome]):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    cols: dict[str, list[Any]] = {c: [] for c in SHARD_COLUMNS}
    for o in outcomes:
        cols["kind"].append(o.kind)
        cols["source"].append(o.source)
        cols["key"].append(o.key)
        cols["id"].append(o.id or None)
        full = o.rows is not None and o.kind == "ok"
        cols["record"].append(o.rows.article["record"] if full else None)  # type: ignore[union-attr]
        cols["signature"].append(o.signature)
        cols["reason"].append(o.reason or None)
    return pa.table(cols, schema=_schema())


def process_shard(docs: list[tuple[Document, str]], db: str | None = None) -> Any:
    """A Dask task: extract and analyse documents; their outcomes as an Arrow table."""
    from warta import ingest

    global _SETTLED
    if not _SETTLED:  # once per worker process: load everything, then freeze it (see settle)
        ingest.settle()
        _SETTLED = True
    if db and ingest._STORE is None:
        ingest.init_worker(db)
    return outcomes_table([process_document(doc, key) for doc, key in docs])


def _shards(
    docs: Iterator[tuple[Document, str]], size: int
) -> Iterator[list[tuple[Document, str]]]:
    shard: list[tuple[Document, str]] = []
    for pair in docs:
        shard.append(pair)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard


def local_cluster(workers: int) -> Any:
    """A LocalCluster of `workers` single-threaded worker processes for ingest.

    Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536: glibc then hands freed memory
    back to the OS at once and faults it in again on the next allocation, ~3 ms of CPU per
    article here (measured in one process: 24.5 vs 21.6 ms). These workers keep glibc's
    default (adaptive) threshold, like the local engine's.
    """
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({NO_TRIM: None}):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def ingest_dask(
    paths: list[str],
    options: Options | None = None,
    scheduler: str | None = None,
    shards: str | None = None,
    shard_size: int = SHARD_SIZE,
) -> Summary:
    """Ingest on a Dask cluster (a LocalCluster of `workers` processes when no scheduler)."""
    import pyarrow.parquet as pq
    from dask.distributed import Client

    from warta.store import open_store

    opts = options or Options()
    out = Path(shards) if shards else Path(tempfile.mkdtemp(prefix="warta-shards-"))
    out.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        import os

        cluster = local_cluster(opts.workers or os.cpu_count() or 1)
        client = Client(cluster)
    inputs = resolve(paths)
    cursor = Cursor()
    store = open_store(opts.db)
    db = store.url if scheduler is None else None  # remote workers may not reach the store
    writer = Writer(store, opts.batch_size)  # only for reader failures and skips
    progress = Progress(inputs, cursor, opts.progress)
    written: list[Path] = []
    try:
        nworkers = max(1, len(client.scheduler_info().get("workers", {})) or (opts.workers or 1))
        limit = 2 * nworkers
        docs = _skip_stored(
            iter_documents(paths, opts.fields, opts.fmt, cursor, inputs), store, writer, progress
        )
        pending: deque[Any] = deque()  # in submission order: shards are stored in input order

        def save(fut: Any) -> None:
            # shards are loaded after the run, not meanwhile: with a LocalCluster the
            # scheduler shares this process, and store writes here slowed it (measured)
            table = fut.result()
            path = out / f"part-{len(written):06d}.parquet"
            pq.write_table(table, path)
            written.append(path)
            progress.done(table.num_rows)

        for shard in _shards(docs, shard_size):
            while len(pending) >= limit or (pending and pending[0].done()):
                save(pending.popleft())
            pending.append(client.submit(process_shard, shard, db, pure=False))
        while pending:
            save(pending.popleft())
        writer.flush()
    finally:
        progress.close(writer.summary)
        store.close()
        client.close()
        if cluster is not None:
            cluster.close()
    summary = load_shards([str(p) for p in written], db=opts.db, batch_size=opts.batch_size)
    summary.already += writer.summary.already
    summary.failed += writer.summary.failed
    summary.failures = writer.summary.failures + summary.failures
    if shards is None:
        shutil.rmtree(out, ignore_errors=True)
    else:
        print(f"warta: {len(written)} shards in {out}", file=sys.stderr)
    return summary


def _shard_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.parquet")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(p, "no such shard file or folder")
    return files


def read_shards(paths: Iterable[str]) -> Iterator[Outcome]:
    """The outcomes stored in Parquet shards, streamed a row group at a time."""
    import pyarrow.parquet as pq

    for path in _shard_files(paths):
        try:
            pf = pq.ParquetFile(path)
        except Exception as e:  # noqa: BLE001 - pyarrow raises several kinds
            raise InputError(str(path), f"not a Parquet shard ({e})") from None
        missing = set(SHARD_COLUMNS) - set(pf.schema_arrow.names)
        if missing:
            raise InputError(str(path), f"not a Warta shard (missing {', '.join(sorted(missing))})")
        for batch in pf.iter_batches(batch_size=256):
            yield from table_outcomes(batch)


def table_outcomes(table: Any) -> Iterator[Outcome]:
    """The outcomes in an Arrow table or record batch of a shard."""
    for row in table.to_pylist():
        raw = row["record"]
        rows = flatten(json.loads(raw), raw) if raw else None
        rid = row["id"] or (rows.article["id"] if rows else "")
        yield Outcome(
            row["kind"], row["source"], row["key"] or "", rid, rows, row["signature"],
            reason=row["reason"] or "",
        )  # fmt: skip


def load_shards(paths: list[str], db: str | None = None, batch_size: int = 200) -> Summary:
    """Write the outcomes of Parquet shards into the store."""
    from warta.store import open_store

    files = _shard_files(paths)  # check them all before opening the store
    store = open_store(db)
    writer = Writer(store, batch_size)
    try:
        for outcome in read_shards([str(f) for f in files]):
            writer.put(outcome)
        writer.flush()
    finally:
        store.close()
    return writer.summary


def export(store: Any, filters: Filters, out: str, fmt: str = "jsonl") -> int:
    """Write the stored records (with their `cluster`) as JSON Lines or Parquet; the count."""
    records = store.iter_records(filters)
    n = 0
    if fmt == "jsonl":
        f = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")  # noqa: SIM115
        try:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        finally:
            if f is not sys.stdout:
                f.close()
        return n
    if fmt != "parquet":
        raise ValueError(f"export format must be jsonl or parquet, not {fmt!r}")
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()), ("url", pa.string()), ("source", pa.string()),
            ("lang", pa.string()), ("title", pa.string()), ("published", pa.string()),
            ("publisher", pa.string()), ("cluster", pa.string()), ("events", pa.int32()),
            ("record", pa.large_string()),
        ]
    )  # fmt: skip
    with pq.ParquetWriter(out, schema) as w:
        rows: list[dict[str, Any]] = []
        for rec in records:
            cluster = rec.pop("cluster", None)
            rows.append(
                {k: rec.get(k) for k in ("id", "url", "source", "lang", "title", "published",
                                         "publisher")}
                | {"cluster": cluster, "events": len(rec.get("events") or []),
                   "record": json.dumps(rec, ensure_ascii=False)}
            )  # fmt: skip
            n += 1
            if len(rows) >= 1000:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or n == 0:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
