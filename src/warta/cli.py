"""The `warta` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

from warta import __version__
from warta.errors import WartaError
from warta.types import Document, record_dict

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2


def _documents(paths: list[str]) -> Iterator[Document | WartaError]:
    """Each input as a Document, or the error that names it (so a batch goes on)."""
    from warta.sources import read_path, read_stdin

    for path in paths:
        try:
            yield read_stdin() if path == "-" else read_path(path)
        except WartaError as e:
            yield e


def _emit(obj: dict[str, Any], *, many: bool) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=None if many else 2) + "\n")
    sys.stdout.flush()


def _run_each(paths: list[str], make: Callable[[Document], dict[str, Any]]) -> int:
    """Run `make` over every input; report failures on stderr, one line each."""
    many = len(paths) > 1
    done = failed = 0
    for item in _documents(paths):
        if isinstance(item, WartaError):
            print(f"warta: {item}", file=sys.stderr)
            failed += 1
            continue
        try:
            obj = make(item)
        except WartaError as e:
            print(f"warta: {e}", file=sys.stderr)
            failed += 1
            continue
        _emit(obj, many=many)
        if obj.get("error"):
            print(f"warta: {item.source}: {obj['error']}", file=sys.stderr)
            failed += 1
        else:
            done += 1
    if done == 0:
        return EXIT_NOTHING
    return EXIT_PARTIAL if failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from warta.pipeline import extract

    return _run_each(args.paths, lambda doc: record_dict(extract(doc)))


def cmd_analyze(args: argparse.Namespace) -> int:
    from warta.extract import article_from_text
    from warta.pipeline import analyze_article, process

    if args.body_only:
        return _run_each(
            args.paths, lambda doc: analyze_article(article_from_text(doc)).to_dict()
        )
    return _run_each(args.paths, lambda doc: process(doc).to_dict())


def cmd_ner(args: argparse.Namespace) -> int:
    """Tag pre-tokenised CoNLL text: `token<TAB>BIO-tag` per token line, same blank lines."""
    from pathlib import Path

    from warta.errors import InputError
    from warta.nlp.ner import tag_conll

    done = failed = 0
    for path in args.paths:
        name = "<stdin>" if path == "-" else path
        try:
            try:
                raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            except OSError as e:
                raise InputError(name, e.strerror or "cannot read") from None
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(name, "not UTF-8 text") from None
            out = tag_conll(text, name)
        except WartaError as e:
            print(f"warta: {e}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(out)
        sys.stdout.flush()
        done += 1
    if done == 0:
        return EXIT_NOTHING
    return EXIT_PARTIAL if failed else EXIT_OK


def cmd_crawl(args: argparse.Namespace) -> int:
    """Fetch feeds, sitemaps and article URLs politely; store the articles."""
    from warta.crawl.commands import run_crawl

    return run_crawl(args)


def cmd_watch(args: argparse.Namespace) -> int:
    """Poll feeds on a schedule, storing only new articles, until SIGINT/SIGTERM."""
    from warta.crawl.commands import run_watch

    return run_watch(args)


def cmd_serve(args: argparse.Namespace) -> int:
    """The HTTP API and web app over a store (uvicorn)."""
    import os

    import uvicorn

    from warta.api import create_app

    if args.workers < 1 or not 0 < args.port < 65536:
        print("warta: serve: --workers must be ≥ 1 and --port within 1–65535", file=sys.stderr)
        return EXIT_NOTHING
    token = args.token or os.environ.get("WARTA_TOKEN") or None
    try:
        app = create_app(args.db, token=token, max_body=args.max_body)
    except WartaError as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    mode = "writes need the token" if token else "read-only"
    workers = f", {args.workers} workers" if args.workers > 1 else ""
    print(f"warta: serving on http://{args.host}:{args.port}/ ({mode}{workers})", file=sys.stderr)
    run = {"host": args.host, "port": args.port, "log_level": args.log_level, "access_log": False}
    if args.workers > 1:  # worker processes build their own app from the environment
        os.environ.update(WARTA_TOKEN=token or "", WARTA_MAX_BODY=str(args.max_body))
        if args.db:
            os.environ["WARTA_DB"] = args.db
        from warta.api.serve import run_workers  # one SO_REUSEPORT socket per worker

        failed = run_workers(args.host, args.port, args.workers, log_level=args.log_level,
                             access_log=False)  # fmt: skip
        return EXIT_NOTHING if failed else EXIT_OK
    else:
        uvicorn.run(app, **run)
    return EXIT_OK


def _store_or_error(db: str | None):  # type: ignore[no-untyped-def]
    """Open the store, or print a one-line error and return None."""
    from warta.store import open_store

    try:
        return open_store(db)
    except WartaError as e:
        print(f"warta: {e}", file=sys.stderr)
        return None


def _filters(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from warta.store import Filters

    return Filters(
        since=args.since,
        until=args.until,
        publisher=getattr(args, "publisher", None),
        entity=getattr(args, "entity", None),
        source_country=getattr(args, "source", None),
        target_country=getattr(args, "target", None),
        country=getattr(args, "country", None),
        category=getattr(args, "category", None),
        quad=getattr(args, "quad", None),
        collapse_duplicates=getattr(args, "collapse", False),
    )


Rows = tuple[list[dict[str, Any]], list[str]]


def _query(args: argparse.Namespace, run: Callable[[Any], Rows]) -> int:
    """Open the store, run one query, print its rows in --format."""
    from warta.store.output import write

    store = _store_or_error(args.db)
    if store is None:
        return EXIT_NOTHING
    try:
        rows, columns = run(store)
    except (WartaError, ValueError) as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        store.close()
    write(rows, columns, args.format)
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read, extract, analyse and store every input (local processes or a Dask cluster)."""
    from warta.ingest import Options
    from warta.sources import fields_for

    try:
        fields = fields_for(
            args.preset, text=args.text_field, url=args.url_field, title=args.title_field,
            date=args.date_field,
        )  # fmt: skip
    except ValueError as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    opts = Options(
        db=args.db, workers=args.workers, fields=fields, fmt=args.input_format,
        batch_size=args.batch_size, progress=not args.quiet,
    )  # fmt: skip
    try:
        if args.engine == "dask":
            from warta.distributed import ingest_dask

            summary = ingest_dask(args.paths, opts, scheduler=args.scheduler, shards=args.shards)
        else:
            from warta.ingest import ingest

            summary = ingest(args.paths, opts)
    except WartaError as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    for line in summary.failures[:5]:
        print(f"warta: {line}", file=sys.stderr)
    if summary.failed > 5:
        print(f"warta: … {summary.failed - 5} more failures (see `warta stats`)", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return summary.exit_code


def cmd_load(args: argparse.Namespace) -> int:
    """Load Parquet shards written by a Dask run into the store."""
    from warta.distributed import load_shards

    try:
        summary = load_shards(args.shards, db=args.db, batch_size=args.batch_size)
    except WartaError as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    print(summary.line(), file=sys.stderr)
    return summary.exit_code


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search over titles and bodies."""

    def run(store: Any) -> Rows:
        page = store.search(args.query, _filters(args), limit=args.limit, offset=args.offset)
        return page.items, ["published", "publisher", "title", "snippet", "id"]

    return _query(args, run)


def cmd_events(args: argparse.Namespace) -> int:
    """Stored PLOVER events, filtered."""

    def run(store: Any) -> Rows:
        page = store.events(_filters(args), limit=args.limit, offset=args.offset)
        cols = ["day", "category", "quad", "source_name", "source_country", "target_name",
                "target_country", "context", "title"]  # fmt: skip
        return page.items, cols

    return _query(args, run)


def cmd_relations(args: argparse.Namespace) -> int:
    """Per country pair and period: events per quad class and net cooperation–conflict."""

    def run(store: Any) -> Rows:
        rows = store.relations(_filters(args), by=args.by)
        cols = ["period", "source_country", "target_country", "verbal_cooperation",
                "material_cooperation", "verbal_conflict", "material_conflict", "total",
                "net", "score"]  # fmt: skip
        return rows, cols

    return _query(args, run)


def cmd_stats(args: argparse.Namespace) -> int:
    """Counts of what the store holds."""

    def run(store: Any) -> Rows:
        stats = store.stats()
        if args.format == "table":
            return [{"what": k, "count": v} for k, v in stats.items()], ["what", "count"]
        return [stats], list(stats)

    return _query(args, run)


def cmd_export(args: argparse.Namespace) -> int:
    """Every stored record (filtered) as JSON Lines or Parquet."""
    from warta.distributed import export

    store = _store_or_error(args.db)
    if store is None:
        return EXIT_NOTHING
    try:
        n = export(store, _filters(args), args.out, args.format)
    except (WartaError, ValueError, OSError) as e:
        print(f"warta: {e}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        store.close()
    print(f"exported {n} records to {args.out}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta",
        description="Raw Indonesian news → clean article records and PLOVER political events.",
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("extract", help="clean raw pages (text dumps or HTML) into article records")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files to read; - reads stdin")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("analyze", help="extract, then add entities, quotes and events")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files to read; - reads stdin")
    p.add_argument(
        "--body-only",
        action="store_true",
        help="treat each input as clean article text (no chrome cleaning, title or date detection)",
    )
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser(
        "ner", help="tag pre-tokenised CoNLL text (one token per line) with BIO entity tags"
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="CoNLL files to read; - reads stdin")
    p.set_defaults(func=cmd_ner)

    from warta.crawl.cli_args import add_crawl_parser, add_watch_parser

    add_crawl_parser(sub, cmd_crawl)
    add_watch_parser(sub, cmd_watch)

    p = sub.add_parser("serve", help="serve the HTTP API and web app over a store")
    p.add_argument(
        "--db",
        metavar="URL",
        help="store: SQLite path or postgresql:// URL (default $WARTA_DB or ./warta.db)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        metavar="T",
        help="Bearer token that writes must carry (default $WARTA_TOKEN; none: read-only)",
    )
    p.add_argument(
        "--max-body",
        type=int,
        default=5_000_000,
        metavar="BYTES",
        help="largest request body accepted (default 5,000,000; larger gets 413)",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    p.set_defaults(func=cmd_serve)

    def add_store(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db", metavar="URL",
            help="store: SQLite path or postgresql:// URL (default $WARTA_DB or ./warta.db)",
        )  # fmt: skip

    def add_query(p: argparse.ArgumentParser, fmt: bool = True) -> None:
        add_store(p)
        if fmt:
            p.add_argument("--format", choices=["table", "json", "csv"], default="table")
        p.add_argument("--since", metavar="DATE", help="from this ISO date/datetime (inclusive)")
        p.add_argument("--until", metavar="DATE", help="up to this ISO date/datetime (inclusive)")
        p.add_argument(
            "--collapse", action="store_true",
            help="one article per near-duplicate cluster (syndicated copies count once)",
        )  # fmt: skip

    p = sub.add_parser("ingest", help="extract, analyse and store corpora (files, folders, WARC…)")
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files, folders, globs; .warc/.wet(.gz), .jsonl(.gz/.zst), .csv; - reads stdin",
    )  # fmt: skip
    add_store(p)
    p.add_argument(
        "--workers", type=int, default=0, metavar="N", help="processes (default: all cores)"
    )
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler (default: a LocalCluster)")
    p.add_argument("--shards", metavar="DIR", help="keep the Dask run's Parquet shards here")
    p.add_argument("--preset", choices=["culturax", "fineweb", "news-please"])
    p.add_argument("--text-field", metavar="NAME", help="JSONL/CSV field of the article text")
    p.add_argument("--url-field", metavar="NAME")
    p.add_argument("--title-field", metavar="NAME")
    p.add_argument("--date-field", metavar="NAME", help="field of the publish date")
    p.add_argument(
        "--input-format", choices=["auto", "page", "warc", "jsonl", "csv"], default="auto",
        help="how to read the inputs (default: by file name)",
    )  # fmt: skip
    p.add_argument("--batch-size", type=int, default=200, metavar="N", help="items per commit")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("load", help="load Parquet shards of a Dask run into the store")
    p.add_argument("shards", nargs="+", metavar="SHARD", help="Parquet files or folders of them")
    add_store(p)
    p.add_argument("--batch-size", type=int, default=200, metavar="N", help="items per commit")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("search", help="full-text search of stored articles")
    p.add_argument("query", metavar="QUERY", help='words, "phrases", OR, -excluded')
    add_query(p)
    p.add_argument("--publisher")
    p.add_argument("--entity", metavar="NAME", help="articles naming this entity")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("events", help="stored PLOVER events")
    add_query(p)
    p.add_argument("--source", metavar="CTRY", help="source actor's country (ISO alpha-3)")
    p.add_argument("--target", metavar="CTRY", help="target actor's country")
    p.add_argument("--country", metavar="CTRY", help="either side")
    p.add_argument("--category", metavar="CAT", help="PLOVER category, e.g. CONSULT")
    p.add_argument("--quad", choices=["verbal_cooperation", "material_cooperation",
                                      "verbal_conflict", "material_conflict"])  # fmt: skip
    p.add_argument("--entity", metavar="NAME", help="events with this actor")
    p.add_argument("--publisher")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("relations", help="country pairs over time: quad counts and net score")
    add_query(p)
    p.add_argument("--country", metavar="CTRY", help="pairs with this country on either side")
    p.add_argument("--source", metavar="CTRY")
    p.add_argument("--target", metavar="CTRY")
    p.add_argument("--by", choices=["day", "week", "month", "year"], default="month")
    p.set_defaults(func=cmd_relations)

    p = sub.add_parser("export", help="stored records as JSON Lines or Parquet")
    add_query(p, fmt=False)
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    p.add_argument("--out", required=True, metavar="PATH", help="output file (- for stdout, jsonl)")
    p.add_argument("--publisher")
    p.add_argument("--country", metavar="CTRY", help="articles with events involving it")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="counts of stored articles, events, entities, failures")
    add_store(p)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(func=cmd_stats)

    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
