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
    from warta.pipeline import analyze_article, extract, process
    from warta.extract import article_from_text

    if args.body_only:
        return _run_each(
            args.paths, lambda doc: analyze_article(article_from_text(doc)).to_dict()
        )
    return _run_each(args.paths, lambda doc: process(doc).to_dict())


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
