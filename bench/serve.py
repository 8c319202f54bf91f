"""Serving under load: `warta serve` over a 10,000-article SQLite store.

The store is built at bench time from ../shared/data/corpus/detik-2025.csv (1,000 real
Detik articles, run once through the real pipeline); each record is then repeated with a
small edit (one added closing paragraph, so a new id, and the dates moved back by whole
weeks) until the store holds --articles records. The edited copies are near-duplicates
of the originals, as syndicated news is.

Then `warta serve` starts on 127.0.0.1 and httpx.AsyncClient fires a bounded load at
each endpoint in turn (--requests requests, --concurrency at a time, after a warm-up):
the JSON API and the web pages for search, article and relations, with one and with two
uvicorn workers (--workers), then the search and article requests one at a time (their
service time, without the queue). Two anchors are measured in the same run: a static
file through the same server (the HTTP floor, no store) and the same store calls made
in-process (the store's own cost, no HTTP).
Only loopback traffic. Writes the "serve" section of docs/benchmarks.md.

    .venv/bin/python bench/serve.py [--articles 10000] [--requests 2000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import SHARED, machine, write_section  # noqa: E402

CORPUS = SHARED / "data" / "corpus" / "detik-2025.csv"
ROOT = Path(__file__).resolve().parent.parent
EDITS = [
    "Artikel ini telah diperbarui dengan keterangan tambahan dari narasumber.",
    "Berita ini disunting ulang untuk memperbaiki ejaan.",
    "Redaksi menambahkan konteks pada paragraf terakhir.",
    "Pembaruan: informasi ini dikutip kembali oleh sejumlah media daerah.",
]


# -- building the store --------------------------------------------------------------------


def _analyse(doc: Any) -> dict[str, Any] | None:
    from warta.pipeline import process

    try:
        rec = process(doc).to_dict()
    except Exception:  # noqa: BLE001 - a bad row is skipped, as ingest does
        return None
    return None if rec.get("error") else rec


def _shift(value: str | None, days: int) -> str | None:
    if not value:
        return value
    try:
        return (datetime.fromisoformat(value) - timedelta(days=days)).isoformat()
    except ValueError:
        return value


def variant(rec: dict[str, Any], k: int) -> dict[str, Any]:
    """The k-th edited copy: one closing paragraph added (offsets stay valid), a new id,
    dates k weeks earlier."""
    from warta.extract.article import article_id

    if k == 0:
        return rec
    out = dict(rec)
    out["body"] = [*rec["body"], f"{EDITS[k % len(EDITS)]} (rev. {k})"]
    out["id"] = article_id(out["body"])
    out["source"] = f"{rec['source']}#rev{k}"
    out["published"] = _shift(rec.get("published"), 7 * k)
    out["events"] = [{**e, "date": _shift(e.get("date"), 7 * k)} for e in rec.get("events") or []]
    return out


def build_store(db: Path, n_articles: int) -> dict[str, Any]:
    from warta.sources.corpus import fields_for, read_csv
    from warta.store import open_store

    fields = fields_for(text="isi_berita", url="tautan", title="judul", date="tanggal")
    docs = [d for d in read_csv(CORPUS, fields) if not isinstance(d, Exception)]
    t0 = time.perf_counter()
    with Pool(os.cpu_count() or 1) as pool:
        base = [r for r in pool.imap(_analyse, docs, chunksize=8) if r]
    t_pipeline = time.perf_counter() - t0
    store = open_store(str(db))
    t0 = time.perf_counter()
    added = k = 0
    while added < n_articles:
        with store.batch():
            for rec in base:
                if added >= n_articles:
                    break
                added += store.add(variant(rec, k))
        k += 1
    t_store = time.perf_counter() - t0
    stats = store.stats()
    store.close()
    return {"rows": len(docs), "records": len(base), "pipeline_s": t_pipeline,
            "store_s": t_store, "stats": stats}  # fmt: skip


# -- load ----------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    n: int
    errors: int
    wall: float
    lat: list[float]

    def pct(self, p: float) -> float:
        s = sorted(self.lat)
        return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000

    def row(self) -> str:
        return (
            f"| {self.name} | {self.n:,} | {self.errors} | {self.n / self.wall:,.0f} | "
            f"{self.pct(50):.1f} | {self.pct(95):.1f} | {self.pct(99):.1f} |"
        )


async def fire(base: str, paths: list[str], concurrency: int, warmup: int = 100) -> Result:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for p in paths[:warmup]:
            await client.get(p)
        queue = list(reversed(paths))
        lat: list[float] = []
        errors = 0
        kinds: dict[str, int] = {}

        async def worker() -> None:
            nonlocal errors
            while queue:
                path = queue.pop()
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    kind = str(r.status_code)
                except httpx.HTTPError as e:
                    kind = type(e).__name__
                lat.append(time.perf_counter() - t)
                if kind != "200":
                    errors += 1
                    kinds[kind] = kinds.get(kind, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    if kinds:
        print(f"  non-200 answers: {kinds}", file=sys.stderr)
    return Result("", len(paths), errors, wall, lat)


def in_process(name: str, calls: list[Callable[[], Any]]) -> Result:
    lat = []
    t0 = time.perf_counter()
    for call in calls:
        t = time.perf_counter()
        call()
        lat.append(time.perf_counter() - t)
    return Result(name, len(calls), 0, time.perf_counter() - t0, lat)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "warta.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(cmd, env={**os.environ, "WARTA_TOKEN": ""})
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit("warta serve exited") from None
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("warta serve did not start")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=2_000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--db", type=Path, help="reuse (or build) the store here")
    ap.add_argument(
        "--workers",
        type=lambda v: [int(x) for x in v.split(",")],
        default=[1, 2],
        help="uvicorn worker counts to measure, comma-separated (default 1,2)",
    )
    ap.add_argument(
        "--no-write", action="store_true", help="print, do not touch docs/benchmarks.md"
    )
    args = ap.parse_args()

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="warta-bench-serve-")
        args.db = Path(tmp.name) / "serve.db"
    built = None
    if not args.db.exists():
        print(f"building a {args.articles:,}-article store from {CORPUS.name} …", file=sys.stderr)
        built = build_store(args.db, args.articles)
        print(built, file=sys.stderr)

    from warta.store import Filters, open_store

    store = open_store(str(args.db), readonly=True)
    stats = store.stats()
    rng = random.Random(20251021)
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
    pairs = store.relations(Filters(), by="month")
    n = args.requests
    titles = [r[0] or "" for r in store.execute("SELECT title FROM articles").fetchall()]
    words = [w for t in titles for w in re.findall(r"[^\W\d_]{4,}", t.lower())]
    terms = [rng.choice(words) for _ in range(n)]
    picks = [rng.choice(ids) for _ in range(n)]
    top_pairs = sorted({(p["source_country"], p["target_country"]) for p in pairs})[:20] or [
        ("IDN", "USA")
    ]
    pair_picks = [rng.choice(top_pairs) for _ in range(n)]
    scenarios: list[tuple[str, list[str]]] = [
        ("API search `/api/articles?q=…`", [f"/api/articles?q={t}" for t in terms]),
        ("API article `/api/articles/{id}`", [f"/api/articles/{i}" for i in picks]),
        ("page search `/?q=…`", [f"/?q={t}" for t in terms]),
        ("page article `/articles/{id}`", [f"/articles/{i}" for i in picks]),
        ("API relations `/api/relations?by=month`", ["/api/relations?by=month"] * n),
        ("page relations, pair timeline `/relations?a=…&b=…`",
         [f"/relations?a={a}&b={b}" for a, b in pair_picks]),
        ("anchor: static file `/static/warta.css` (HTTP floor)", ["/static/warta.css"] * n),
    ]  # fmt: skip

    direct = [
        in_process("in-process `store.search(q)`",
                   [lambda t=t: store.search(t, Filters()) for t in terms[:500]]),
        in_process("in-process `store.get(id)`", [lambda i=i: store.get(i) for i in picks[:500]]),
        in_process("in-process `store.relations(by=month)`",
                   [lambda: store.relations(Filters(), by="month") for _ in range(50)]),
    ]  # fmt: skip
    store.close()

    load_before = os.getloadavg()
    results: dict[int, list[Result]] = {}
    sequential: list[Result] = []
    for workers in args.workers:
        proc, base = serve(args.db, workers)
        results[workers] = []
        try:
            for name, paths in scenarios:
                res = asyncio.run(fire(base, paths, args.concurrency))
                res.name = name
                print(f"workers={workers}", res.row(), file=sys.stderr)
                results[workers].append(res)
            if workers == args.workers[0]:  # service time: one request at a time, no queue
                for name, paths in scenarios[:4]:
                    res = asyncio.run(fire(base, paths[: args.requests // 5], 1, warmup=20))
                    res.name = f"{name}, one at a time"
                    sequential.append(res)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    load_after = os.getloadavg()
    if tmp is not None:
        tmp.cleanup()

    head = (
        "| workers | scenario | requests | non-200 | req/s | p50 ms | p95 ms | p99 ms |\n"
        "|---:|---|---:|---:|---:|---:|---:|---:|"
    )
    table = "\n".join([head, *(f"| {w} " + r.row() for w, rs in results.items() for r in rs)])
    dtable = "\n".join(
        ["| in-process call | calls | p50 ms | p95 ms | p99 ms |", "|---|---:|---:|---:|---:|"]
        + [
            f"| {r.name} | {r.n} | {r.pct(50):.1f} | {r.pct(95):.1f} | {r.pct(99):.1f} |"
            for r in direct
        ]
    )
    stable = "\n".join(
        [
            f"| scenario ({args.workers[0]} worker) | requests | p50 ms | p95 ms | p99 ms |",
            "|---|---:|---:|---:|---:|",
        ]
        + [
            f"| {r.name} | {r.n} | {r.pct(50):.1f} | {r.pct(95):.1f} | {r.pct(99):.1f} |"
            for r in sequential
        ]
    )
    verdicts = []
    for w, rs in results.items():
        target = [r for r in rs if re.search(r"search|article", r.name)]
        worst = max(r.pct(95) for r in target)
        each = ", ".join(f"{r.name.split(' `')[0]} {r.pct(95):.0f} ms" for r in target)
        floor = next((r.pct(95) for r in rs if r.name.startswith("anchor")), float("nan"))
        verdicts.append(
            f"- {w} worker(s): {'met' if worst <= 100 else 'NOT met'} ({each}; the static "
            f"file's p95 under the same load: {floor:.0f} ms)"
        )
    build = ""
    if built:
        build = (
            f"Store built in this run: {built['rows']:,} CSV rows → {built['records']:,} records "
            f"through the pipeline in {built['pipeline_s']:.0f} s ({os.cpu_count()} processes), "
            f"then {stats['articles']:,} records (originals and edited copies) stored in "
            f"{built['store_s']:.0f} s.\n\n"
        )
    md = f"""## Serving (`bench/serve.py`)

`warta serve` (uvicorn, SQLite store, read-only) on 127.0.0.1, loaded by httpx.AsyncClient
on the same machine: {args.requests:,} requests per scenario, {args.concurrency} concurrent,
after 100 warm-up requests. Store: {stats["articles"]:,} articles, {stats["events"]:,} events,
{stats["mentions"]:,} entity mentions. Search terms are single words of random stored
titles, article ids random stored ids (fixed seed); nothing is cached by the server. The
load generator shares the {os.cpu_count()} cores with the server; load average
{load_before[0]:.1f} before and {load_after[0]:.1f} after the load (other work on the
machine, if any, shows there).

{build}{table}

The same requests one at a time (the service time, without the queue of 32):

{stable}

Anchors in the same run: the static file is the floor of this server and client (no
store, no template); the in-process calls are the store's own cost without HTTP.

{dtable}

Target p95 ≤ 100 ms for search and article:

{chr(10).join(verdicts)}

Machine: {machine()}. Command: `.venv/bin/python bench/serve.py`.
"""
    print(md)
    if not args.no_write:
        write_section("serve", md)


if __name__ == "__main__":
    main()
