"""Serving under load: `warta serve` over a 10,000-article SQLite store.

The store is built at bench time from ../shared/data/corpus/detik-2025.csv (1,000 real
Detik articles, run once through the real pipeline); each record is then repeated with a
small edit (one added closing paragraph, so a new id, and the dates moved back by whole
weeks) until the store holds --articles records. The edited copies are near-duplicates
of the originals, as syndicated news is.

Then `warta serve` starts on 127.0.0.1 and a bounded load is fired at each endpoint in turn
(--requests requests, --concurrency at a time, after 200 warm-up requests): the JSON API
and the web pages for search, article and relations, with one and with two uvicorn workers
(--workers), then the search and article requests one at a time (their service time,
without the queue). The requests are varied (see `workload`). The load generator is `wrk`
(Debian's `wrk` package, C) driven by bench/serve_wrk.lua, which stops after exactly that
many answers; without wrk, a Python generator (httpx.AsyncClient) is used and the report
says so: it needs a core of its own, which the server then lacks. Two anchors are measured
in the same run: a static file through the same server (the HTTP floor, no store) and the
same store calls made in-process (the store's own cost, no HTTP).
Only loopback traffic. Writes the "serve" section of docs/benchmarks.md.

    .venv/bin/python bench/serve.py [--articles 10000] [--requests 2000] [--concurrency 32]
        [--workers 1,2] [--generator auto|wrk|python] [--db PATH] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
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
from urllib.parse import urlencode

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

COMMON = (
    "presiden", "jakarta", "korupsi", "pemerintah", "indonesia", "menteri", "ekonomi",
    "prabowo", "harga", "polisi", "anggaran", "sekolah", "rupiah", "banjir", "kpk", "dpr",
)  # fmt: skip
WRK_SCRIPT = Path(__file__).resolve().parent / "serve_wrk.lua"


@dataclass
class Result:
    name: str
    n: int
    errors: int
    wall: float
    p50: float  # ms
    p95: float
    p99: float

    def row(self) -> str:
        return (
            f"| {self.name} | {self.n:,} | {self.errors} | {self.n / self.wall:,.0f} | "
            f"{self.p50:.1f} | {self.p95:.1f} | {self.p99:.1f} |"
        )


def _pct(lat: list[float], p: float) -> float:
    s = sorted(lat)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000


def from_latencies(name: str, n: int, errors: int, wall: float, lat: list[float]) -> Result:
    return Result(name, n, errors, wall, _pct(lat, 50), _pct(lat, 95), _pct(lat, 99))


async def fire(base: str, paths: list[str], concurrency: int) -> Result:
    """The Python load generator (httpx.AsyncClient): every path once, `concurrency` at a
    time. It shares the event loop's one core with its own parsing, so under load it
    measures itself as much as the server; used only when wrk is not installed."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
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
    return from_latencies("", len(paths), errors, wall, lat)


def wrk(base: str, paths: list[str], concurrency: int, workdir: Path) -> Result:
    """wrk (C, one thread, `concurrency` keep-alive connections) walks the paths and
    stops after len(paths) answers (bench/serve_wrk.lua); -d is only a time bound."""
    listing = workdir / "paths.txt"
    listing.write_text("\n".join(paths) + "\n")
    cmd = ["wrk", "-t1", f"-c{concurrency}", "-d120s", "--timeout", "30s", "-s", str(WRK_SCRIPT),
           base, "--", str(listing), str(len(paths))]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True).stdout
    line = next((x for x in out.splitlines() if x.startswith("WRK ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no result:\n{out}")
    d = json.loads(line[4:])
    errors = d["errors_status"] + d["errors_socket"] + d["timeouts"]
    if errors:
        print(f"  wrk errors: {d}", file=sys.stderr)
    return Result("", d["answered"], errors, d["wall_s"], d["p50_us"] / 1000,
                  d["p95_us"] / 1000, d["p99_us"] / 1000)  # fmt: skip


def load(generator: str, base: str, paths: list[str], concurrency: int, workdir: Path) -> Result:
    if generator == "wrk":
        return wrk(base, paths, concurrency, workdir)
    return asyncio.run(fire(base, paths, concurrency))


def in_process(name: str, calls: list[Callable[[], Any]]) -> Result:
    lat = []
    t0 = time.perf_counter()
    for call in calls:
        t = time.perf_counter()
        call()
        lat.append(time.perf_counter() - t)
    return from_latencies(name, len(calls), 0, time.perf_counter() - t0, lat)


def _installed(*modules: str) -> bool:
    from importlib.util import find_spec

    return all(find_spec(m) is not None for m in modules)


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


@dataclass
class Workload:
    """Search queries (with their filters and page), article ids and relation views."""

    searches: list[dict[str, Any]]
    ids: list[str]
    relations: list[dict[str, str]]
    pairs: list[tuple[str, str]]


def workload(store: Any, n: int, rng: random.Random) -> Workload:
    """Realistic, varied requests (fixed seed): queries are stored words, common news words
    ("presiden", "jakarta", "korupsi" …) and words of stored titles, weighted by how often
    titles use them, alone or in pairs; a quarter filter by publisher, a fifth by a
    three-month window, one in ten collapses near-duplicates, one in twenty names one of
    the 30 most named entities; pages 1–3."""
    from warta.store import Filters

    present = [w for w in COMMON if store.search(w, Filters(), limit=1).total]
    titles = [r[0] or "" for r in store.execute("SELECT title FROM articles").fetchall()]
    words = [w for t in titles for w in re.findall(r"[^\W\d_]{4,}", t.lower())]
    publishers = [r[0] for r in store.execute(
        "SELECT publisher FROM articles WHERE publisher IS NOT NULL GROUP BY publisher "
        "ORDER BY COUNT(*) DESC LIMIT 6").fetchall()]  # fmt: skip
    days = store.execute("SELECT MIN(pub_date), MAX(pub_date) FROM articles").fetchone()
    first, last = (datetime.fromisoformat(d) for d in days) if days[0] else (None, None)
    names = [e["name"] for e in store.entities(Filters(), limit=30)]
    searches = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.35 and present:
            q = rng.choice(present)
        elif roll < 0.7:
            q = rng.choice(words)
        else:
            q = f"{rng.choice(present or words)} {rng.choice(words)}"
        s: dict[str, Any] = {"q": q, "page": rng.choices((1, 2, 3), (6, 3, 1))[0]}
        if publishers and rng.random() < 0.25:
            s["publisher"] = rng.choice(publishers)
        if first and last and rng.random() < 0.2:
            start = first + timedelta(days=rng.randrange(max(1, (last - first).days - 90)))
            s["since"] = start.date().isoformat()
            s["until"] = (start + timedelta(90)).date().isoformat()
        if rng.random() < 0.1:
            s["collapse"] = 1
        if names and rng.random() < 0.05:  # as from an article page's entity link
            s["entity"] = rng.choice(names)
        searches.append(s)
    ids = [r[0] for r in store.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
    seen = {(p["source_country"], p["target_country"]) for p in store.relations(Filters())}
    pairs = sorted(seen)[:20] or [("IDN", "USA")]
    relations = []
    for _ in range(n):
        r = {"by": rng.choice(("month", "week"))}
        if rng.random() < 0.3:
            r["country"] = rng.choice(pairs)[0]
        relations.append(r)
    return Workload(searches, [rng.choice(ids) for _ in range(n)], relations,
                    [rng.choice(pairs) for _ in range(n)])  # fmt: skip


def api_search_path(s: dict[str, Any]) -> str:
    args = {k: v for k, v in s.items() if k != "page"}
    if s["page"] > 1:
        args["offset"] = 20 * (s["page"] - 1)
    if "collapse" in args:
        args["collapse"] = "true"
    return "/api/articles?" + urlencode(args)


def page_search_path(s: dict[str, Any]) -> str:
    args = {k: v for k, v in s.items() if k != "page" or v > 1}
    return "/?" + urlencode(args)


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
        "--generator",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator: wrk when installed (auto), or the Python one (httpx)",
    )
    ap.add_argument(
        "--no-write", action="store_true", help="print, do not touch docs/benchmarks.md"
    )
    args = ap.parse_args()
    generator = args.generator
    if generator == "auto":
        generator = "wrk" if shutil.which("wrk") else "python"
    elif generator == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")

    tmp = tempfile.TemporaryDirectory(prefix="warta-bench-serve-")
    workdir = Path(tmp.name)
    if args.db is None:
        args.db = workdir / "serve.db"
    built = None
    if not args.db.exists():
        print(f"building a {args.articles:,}-article store from {CORPUS.name} …", file=sys.stderr)
        built = build_store(args.db, args.articles)
        print(built, file=sys.stderr)

    from warta.store import Filters, open_store

    store = open_store(str(args.db), readonly=True)
    stats = store.stats()
    n = args.requests
    w = workload(store, n, random.Random(20251021))
    scenarios: list[tuple[str, list[str]]] = [
        ("API search `/api/articles?q=…`", [api_search_path(s) for s in w.searches]),
        ("API article `/api/articles/{id}`", [f"/api/articles/{i}" for i in w.ids]),
        ("page search `/?q=…`", [page_search_path(s) for s in w.searches]),
        ("page article `/articles/{id}`", [f"/articles/{i}" for i in w.ids]),
        ("API relations `/api/relations?by=…`",
         ["/api/relations?" + urlencode(r) for r in w.relations]),
        ("page relations, pair timeline `/relations?a=…&b=…`",
         [f"/relations?a={a}&b={b}" for a, b in w.pairs]),
        ("anchor: static file `/static/warta.css` (HTTP floor)", ["/static/warta.css"] * n),
    ]  # fmt: skip

    def search_call(s: dict[str, Any]) -> Callable[[], Any]:
        f = Filters(since=s.get("since"), until=s.get("until"), publisher=s.get("publisher"),
                    entity=s.get("entity"))  # fmt: skip
        f.collapse_duplicates = bool(s.get("collapse"))
        return lambda: store.search(s["q"], f, limit=20, offset=20 * (s["page"] - 1))

    direct = [
        in_process("in-process `store.search(q, filters, page)`",
                   [search_call(s) for s in w.searches[:500]]),
        in_process("in-process `store.get(id)`", [lambda i=i: store.get(i) for i in w.ids[:500]]),
        in_process("in-process relations aggregate (by month, the query itself, uncached)",
                   [lambda: store._relations(Filters(), "month") for _ in range(50)]),
        in_process("in-process `store.relations(by=month)` (kept per store revision)",
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
                load(generator, base, paths[-200:], args.concurrency, workdir)  # warm-up
                res = load(generator, base, paths, args.concurrency, workdir)
                res.name = name
                print(f"workers={workers}", res.row(), file=sys.stderr)
                results[workers].append(res)
            if workers == args.workers[0]:  # service time: one request at a time, no queue
                for name, paths in scenarios[:4]:
                    res = load(generator, base, paths[: n // 5], 1, workdir)
                    res.name = f"{name}, one at a time"
                    sequential.append(res)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    load_after = os.getloadavg()
    tmp.cleanup()

    head = (
        "| workers | scenario | requests | non-200 | req/s | p50 ms | p95 ms | p99 ms |\n"
        "|---:|---|---:|---:|---:|---:|---:|---:|"
    )
    table = "\n".join([head, *(f"| {k} " + r.row() for k, rs in results.items() for r in rs)])
    dtable = "\n".join(
        ["| in-process call | calls | p50 ms | p95 ms | p99 ms |", "|---|---:|---:|---:|---:|"]
        + [f"| {r.name} | {r.n} | {r.p50:.1f} | {r.p95:.1f} | {r.p99:.1f} |" for r in direct]
    )
    stable = "\n".join(
        [
            f"| scenario ({args.workers[0]} worker) | requests | p50 ms | p95 ms | p99 ms |",
            "|---|---:|---:|---:|---:|",
        ]
        + [f"| {r.name} | {r.n} | {r.p50:.1f} | {r.p95:.1f} | {r.p99:.1f} |" for r in sequential]
    )
    verdicts = []
    for k, rs in results.items():
        target = [r for r in rs if re.search(r"search|article", r.name)]
        worst = max(r.p95 for r in target)
        each = ", ".join(f"{r.name.split(' `')[0]} {r.p95:.0f} ms" for r in target)
        floor = next((r.p95 for r in rs if r.name.startswith("anchor")), float("nan"))
        verdicts.append(
            f"- {k} worker(s): {'met' if worst <= 100 else 'NOT met'} ({each}; the static "
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
    if generator == "wrk":
        gen = (
            f"`wrk` (C, 1 thread, {args.concurrency} keep-alive connections, "
            "`bench/serve_wrk.lua`), which walks each scenario's list of paths and stops after "
            f"{n:,} answers (the requests column counts the answers actually received)"
        )
    else:
        why = "chosen with `--generator python`" if shutil.which("wrk") else "no wrk installed"
        gen = (
            f"the Python generator (httpx.AsyncClient, {args.concurrency} concurrent; {why}), "
            "which needs a core of its own under this load, so its figures are mostly its own "
            "cost"
        )
    from warta.api.app import THREADS

    threads = os.environ.get("WARTA_THREADS") or THREADS
    loop = "uvloop and httptools" if _installed("uvloop", "httptools") else "asyncio and h11"
    nice = os.nice(0)
    niceness = f"; the bench and the server it started ran at nice {nice}" if nice else ""
    md = f"""## Serving (`bench/serve.py`)

`warta serve` (uvicorn with {loop}, SQLite store, read-only, access log off; each worker
process has {threads} handler threads and, with several workers, its own SO_REUSEPORT
socket) on 127.0.0.1, loaded on the same machine by {gen}: {n:,} requests per scenario
after 200 warm-up requests.
Store: {stats["articles"]:,} articles, {stats["events"]:,} events, {stats["mentions"]:,} entity
mentions. Requests are varied (fixed seed): search queries are common news words of the
store ("presiden", "jakarta", "korupsi" …) and words of stored titles, alone or in pairs,
a quarter with a publisher filter, a fifth with a three-month window, one in ten collapsing
near-duplicates, one in twenty naming an entity (as the article page's entity links do),
pages 1–3; article ids are random stored ids; relations vary period and
country. No response is cached; the relation aggregate is kept per store revision (SQLite's
`data_version`: recomputed once the data changes). The generator shares the
{os.cpu_count()} cores with the server; load average {load_before[0]:.1f} before and
{load_after[0]:.1f} after the load (other work on the machine, if any, shows there){niceness}.

{build}{table}

The same requests one at a time (the service time, without the queue of {args.concurrency}):

{stable}

Anchors in the same run: the static file is the floor of this server and client (no
store, no template); the in-process calls are the store's own cost without HTTP.

{dtable}

Target p95 ≤ 100 ms for search and article:

{chr(10).join(verdicts)}

Machine: {machine()}. Command: `.venv/bin/python bench/serve.py` (load generator:
{generator}; wrk is Debian's `wrk` package).
"""
    print(md)
    if not args.no_write:
        write_section("serve", md)


if __name__ == "__main__":
    main()
