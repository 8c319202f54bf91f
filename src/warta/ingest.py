"""`warta ingest` on one machine: read → extract + analyse in parallel → store.

The reader streams documents in the main process; a process pool extracts and
analyses them, with at most `workers × INFLIGHT` small tasks in flight (memory stays flat
whatever the corpus size), each replaced by a fresh one after `recycle` documents
(what a worker accumulates is let go). The main process loads the models once before the
pool forks (`settle`), so the workers share them instead of each loading its own.
Workers send back compact outcomes: the rows the store writes (record JSON included),
the MinHash signature and its LSH band keys, so the main process only writes: in input
order, in transactions of `batch_size` items with a few batched statements per table,
so a run killed at any moment loses at most the uncommitted batch, and re-running
redoes exactly that batch: record ids are content-based and every raw input's content
hash is remembered (`inputs` table), so nothing is doubled and stored inputs are
skipped without being read twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from warta.errors import InputError, WartaError
from warta.sources.compress import Cursor
from warta.sources.corpus import Fields
from warta.sources.walk import Inputs, iter_documents, resolve
from warta.store.rows import Rows, flatten
from warta.types import Document

TASK_SIZE = 4  # documents per pool task
INFLIGHT = 16  # tasks per worker in flight: work queued for the time a store write takes
BATCH_SIZE = 200  # items per store transaction
BATCH_SECONDS = 5.0  # ... or at least this often
RECYCLE = 10_000  # documents a worker analyses before a fresh one replaces it (flat memory)


@dataclass(slots=True)
class Outcome:
    """What became of one input item, in the compact form workers send back.

    An analysed record travels as the rows the store writes (its JSON text included),
    with its MinHash signature and LSH band keys: the main process only writes them.
    """

    kind: str  # "ok", "stored" (id already in the store) or "failed"
    source: str
    key: str = ""  # content hash of the raw input
    id: str = ""  # the record id ("ok", "stored")
    rows: Rows | None = None  # the record flattened for the store ("ok")
    signature: bytes | None = None  # MinHash of the body (dedup)
    keys: list[int] | None = None  # its LSH band keys
    reason: str = ""

    @property
    def record(self) -> dict[str, Any] | None:
        """The full record (the JSON contract), or `{"id": …}` for a stored one."""
        if self.rows is not None:
            return json.loads(self.rows.article["record"])  # type: ignore[no-any-return]
        return {"id": self.id} if self.id else None


@dataclass(slots=True)
class Summary:
    ingested: int = 0
    already: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)  # the first few, for the console

    def line(self) -> str:
        return f"ingested {self.ingested}, already stored {self.already}, failed {self.failed}"

    @property
    def exit_code(self) -> int:
        if self.failed and not (self.ingested or self.already):
            return 2
        return 1 if self.failed else 0


@dataclass(slots=True)
class Options:
    db: str | None = None
    workers: int = 0  # 0: all cores
    fields: Fields = field(default_factory=Fields)
    fmt: str = "auto"
    batch_size: int = BATCH_SIZE
    progress: bool = True
    recycle: int = RECYCLE  # documents per worker process before it is replaced


def input_key(doc: Document) -> str:
    """A hash of the raw input (content, type and reader metadata): equal inputs, equal keys."""
    h = hashlib.blake2b(digest_size=16)
    data = doc.content.encode("utf-8") if isinstance(doc.content, str) else doc.content
    h.update(data)
    h.update(doc.content_type.encode())
    for k in ("title", "date", "body_only"):
        if k in doc.meta:
            h.update(f"\0{k}={doc.meta[k]}".encode())
    return h.hexdigest()


# -- the work of one item (runs in worker processes, local or Dask) -----------------------

_STORE: Any = None  # a read-only store per worker, to skip analysing stored articles


def init_worker(db: str | None) -> None:
    """Pool initializer: open the store read-only, so workers can skip stored ids early."""
    global _STORE
    if db:
        try:
            from warta.store import open_store

            _STORE = open_store(db, readonly=True)
        except Exception:  # noqa: BLE001 - the check is an optimisation only
            _STORE = None


def _extract(doc: Document):  # type: ignore[no-untyped-def]
    if doc.meta.get("body_only"):
        from warta.extract import article_from_text

        return article_from_text(doc)
    from warta.pipeline import extract

    return extract(doc)


# A self-written article touching every stage (names, offices, places, a date, a quote, events)
WARM_UP_TEXT = (
    "Presiden Joko Widodo menerima Perdana Menteri Jepang di Istana Merdeka, Jakarta, Senin "
    "(6/1/2025). Kedua negara sepakat memperkuat kerja sama ekonomi.\n\n"
    '"Kami mendukung perdamaian," kata Menteri Luar Negeri Retno Marsudi kepada wartawan. '
    "Ia mengecam serangan militer Israel ke Gaza dan mendesak Dewan Keamanan PBB bertindak."
)


def warm_up() -> Outcome:
    """Load every model, lexicon and table the work of an item needs, in this process.

    Called before the pool forks: the workers then share what was loaded (copy-on-write)
    instead of each loading its own copy (~1.3 s of CPU per worker, ~1 ms per article of
    a 1,000-article run). Analysis does not depend on what was analysed before, so the
    records are the same.
    """
    from warta.extract.lang import preload

    preload()  # lingua's short-text models (a text under 120 characters)
    doc = Document(content=WARM_UP_TEXT, source="<warm-up>", meta={"body_only": True})
    return process_document(doc)


def settle() -> None:
    """Warm up, then put everything loaded so far out of the garbage collector's sight.

    The models and tables live as long as the process: `gc.freeze()` spares every later
    full collection a walk over them (~0.1–0.2 ms of CPU per article), and in workers
    forked afterwards the collector no longer writes to their pages, which would copy
    them into each worker. Called before forking (local engine), at the start of a
    one-process run, and once in each Dask worker.
    """
    import gc

    warm_up()
    gc.collect()  # only what is alive gets frozen (garbage would be kept for good)
    gc.freeze()


def process_document(doc: Document, key: str = "") -> Outcome:
    """Extract and analyse one document; any failure becomes a failed Outcome."""
    key = key or input_key(doc)
    try:
        article = _extract(doc)
        if article.error:
            return Outcome("failed", doc.source, key, reason=article.error)
        if _STORE is not None:
            try:
                if _STORE.has(article.id):
                    return Outcome("stored", doc.source, key, article.id)
            except Exception:  # noqa: BLE001
                pass
        from warta import dedup
        from warta.pipeline import analyze_article

        rows = flatten(analyze_article(article).to_dict())
        sig = dedup.signature(article.text)
        if sig is None:
            return Outcome("ok", doc.source, key, article.id, rows)
        return Outcome(
            "ok", doc.source, key, article.id, rows, dedup.to_bytes(sig), dedup.band_keys(sig)
        )
    except InputError as e:
        return Outcome("failed", doc.source, key, reason=e.problem)
    except WartaError as e:
        return Outcome("failed", doc.source, key, reason=str(e))
    except Exception as e:  # noqa: BLE001 - one bad item must not stop the run
        return Outcome("failed", doc.source, key, reason=f"{type(e).__name__}: {e}")


def process_many(docs: list[tuple[Document, str]]) -> list[Outcome]:
    return [process_document(doc, key) for doc, key in docs]


# -- writing ---------------------------------------------------------------------------


class Writer:
    """Writes outcomes to the store in transactions of `batch_size` (or every few seconds)."""

    def __init__(self, store: Any, batch_size: int = BATCH_SIZE) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.pending: list[Outcome] = []
        self.summary = Summary()
        self._last = time.monotonic()

    def put(self, outcome: Outcome) -> None:
        self.pending.append(outcome)
        if len(self.pending) >= self.batch_size or time.monotonic() - self._last > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        s = self.summary
        with self.store.batch():
            ok = [o for o in self.pending if o.kind == "ok" and o.rows is not None]
            fresh = self.store.add_many([(o.rows, o.signature, o.keys) for o in ok])
            stored = [o.source for o, new in zip(ok, fresh, strict=True) if new]
            s.ingested += len(stored)
            self.store.clear_failures(stored)
            for o in self.pending:
                if o.kind == "failed":
                    self.store.add_failure(o.source, o.reason)
                    s.failed += 1
                    if len(s.failures) < 20:
                        s.failures.append(f"{o.source}: {o.reason}")
            s.already += sum(o.kind != "failed" for o in self.pending) - len(stored)
            self.store.mark_inputs(
                [(o.key, o.id) for o in self.pending if o.kind != "failed" and o.key]
            )
        self.pending.clear()
        self._last = time.monotonic()


class Progress:
    """A tqdm bar on stderr: items done, rate and ETA (total estimated from bytes read)."""

    def __init__(self, inputs: Inputs, cursor: Cursor, enabled: bool) -> None:
        self.cursor = cursor
        self.total_bytes = inputs.total_bytes
        self.bar = None
        self.read = 0
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread (workers are forked)
            self.bar = tqdm(
                total=None, unit=" art", file=sys.stderr, smoothing=0.1, dynamic_ncols=True,
                desc="ingest", mininterval=0.5,
            )  # fmt: skip

    def saw(self) -> None:
        self.read += 1

    def done(self, n: int = 1) -> None:
        if self.bar is None:
            return
        pos = self.cursor.position()
        if self.total_bytes and pos:
            estimate = int(self.read * self.total_bytes / min(pos, self.total_bytes))
            self.bar.total = max(estimate, self.bar.n + n, self.read)
        self.bar.update(n)

    def close(self, summary: Summary) -> None:
        if self.bar is not None:
            self.bar.total = self.bar.n
            self.bar.set_postfix_str(summary.line(), refresh=False)
            self.bar.close()


# -- the local engine ------------------------------------------------------------------


def _skip_stored(
    items: Iterable[Document | InputError], store: Any, writer: Writer, progress: Progress
) -> Iterator[tuple[Document, str]]:
    """Documents not yet stored, with their keys; reader errors go straight to the writer."""
    chunk: list[tuple[Document, str]] = []

    def drain() -> Iterator[tuple[Document, str]]:
        seen = store.seen_inputs([k for _, k in chunk])
        for doc, key in chunk:
            if key in seen:
                writer.summary.already += 1
                progress.done()
            else:
                yield doc, key
        chunk.clear()

    for item in items:
        progress.saw()
        if isinstance(item, InputError):
            writer.put(Outcome("failed", item.source, reason=item.problem))
            progress.done()
            continue
        chunk.append((item, input_key(item)))
        if len(chunk) >= 64:
            yield from drain()
    if chunk:
        yield from drain()


def _tasks(docs: Iterator[tuple[Document, str]], size: int) -> Iterator[list[tuple[Document, str]]]:
    task: list[tuple[Document, str]] = []
    for pair in docs:
        task.append(pair)
        if len(task) >= size:
            yield task
            task = []
    if task:
        yield task


def ingest(paths: list[str], options: Options | None = None) -> Summary:
    """Ingest every input into the store; the counts of what happened."""
    import multiprocessing

    from warta.store import open_store

    opts = options or Options()
    workers = opts.workers or os.cpu_count() or 1
    inputs = resolve(paths)
    cursor = Cursor()
    store = open_store(opts.db)
    db = getattr(store, "url", None)
    writer = Writer(store, opts.batch_size)
    progress = Progress(inputs, cursor, opts.progress)
    docs = _skip_stored(
        iter_documents(paths, opts.fields, opts.fmt, cursor, inputs), store, writer, progress
    )
    try:
        if workers <= 1:
            init_worker(None)
            settled = False
            for doc, key in docs:
                if not settled:  # with the first document to analyse (as the pool starts)
                    settle()
                    settled = True
                writer.put(process_document(doc, key))
                progress.done()
        else:
            ctx = multiprocessing.get_context("fork")
            limit = workers * INFLIGHT

            def new_pool() -> ProcessPoolExecutor:
                settle()  # here: the forked workers share the models (cheap the next time)
                return ProcessPoolExecutor(workers, ctx, initializer=init_worker, initargs=(db,))

            # results are written in input order (first come, first stored: the same store
            # whatever the timing); at most `limit` tasks are in flight
            inflight: deque[tuple[Future[list[Outcome]], list[tuple[Document, str]]]] = deque()

            def collect() -> None:
                fut, task = inflight.popleft()
                try:
                    outcomes = fut.result()
                except Exception as e:  # noqa: BLE001 - a worker died
                    outcomes = [
                        Outcome("failed", d.source, k, reason=f"worker crashed ({e!r})")
                        for d, k in task
                    ]
                for o in outcomes:
                    writer.put(o)
                progress.done(len(outcomes))

            pool: ProcessPoolExecutor | None = None  # started with the first task to do
            try:
                sent = 0
                for task in _tasks(docs, TASK_SIZE):
                    if pool is None:
                        pool = new_pool()
                    elif sent >= opts.recycle * workers:
                        # fresh workers: what a worker accumulates (spaCy's vocabulary grows
                        # with every new word) is let go; forked from this process, they
                        # start with its models already loaded
                        while inflight:
                            collect()
                        pool.shutdown()
                        pool, sent = new_pool(), 0
                    while len(inflight) >= limit or (inflight and inflight[0][0].done()):
                        collect()
                    inflight.append((pool.submit(process_many, task), task))
                    sent += len(task)
                while inflight:
                    collect()
            finally:
                if pool is not None:
                    pool.shutdown()
        writer.flush()
    finally:
        progress.close(writer.summary)
        store.close()
    return writer.summary
