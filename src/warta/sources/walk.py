"""Many inputs as one stream: files, folders (recursive), globs, archives, corpora, stdin.

`resolve` expands the command-line paths into files; `iter_documents` reads them all,
picking the reader by file name (WARC/WET, JSONL, CSV, else one page per file), and
yields each `Document` or the `InputError` that names the bad input.
"""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.errors import InputError
from warta.sources.compress import Cursor
from warta.sources.corpus import DEFAULT_FIELDS, Fields, is_csv, is_jsonl, read_csv, read_jsonl
from warta.sources.files import HTML_SUFFIXES, read_path, read_stdin
from warta.sources.warc import is_warc, read_warc
from warta.types import Document

PAGE_SUFFIXES = HTML_SUFFIXES | {".txt", ".text"}
FORMATS = ("auto", "page", "warc", "jsonl", "csv")


@dataclass(slots=True)
class Inputs:
    """The resolved inputs of a run: files in order, and the bad paths."""

    files: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        total = 0
        for f in self.files:
            if f != "-":
                with contextlib.suppress(OSError):
                    total += os.path.getsize(f)
        return total


def _readable_in_folder(path: Path) -> bool:
    name = path.name
    if name.startswith("."):
        return False
    if name.lower().endswith(".json"):  # metadata files (gold.json…), not corpora
        return False
    return path.suffix.lower() in PAGE_SUFFIXES or is_warc(name) or is_jsonl(name) or is_csv(name)


def resolve(paths: Iterable[str]) -> Inputs:
    """Expand folders (recursively, known file types only, sorted) and globs."""
    out = Inputs()
    for p in paths:
        if p == "-":
            out.files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f) for f in path.rglob("*") if f.is_file() and _readable_in_folder(f)
            )
            if not found:
                out.errors.append(InputError(p, "folder holds no readable files"))
            out.files.extend(found)
        elif path.exists():
            out.files.append(p)
        elif glob.has_magic(p):
            found = sorted(f for f in glob.glob(p, recursive=True) if os.path.isfile(f))
            if not found:
                out.errors.append(InputError(p, "no file matches this pattern"))
            out.files.extend(found)
        else:
            out.errors.append(InputError(p, "no such file or folder"))
    return out


def format_of(path: str, forced: str = "auto") -> str:
    if forced != "auto":
        return forced
    if path == "-":
        return "page"
    if is_warc(path):
        return "warc"
    if is_jsonl(path):
        return "jsonl"
    if is_csv(path):
        return "csv"
    return "page"


def read_file(
    path: str, fields: Fields = DEFAULT_FIELDS, fmt: str = "auto", cursor: Cursor | None = None
) -> Iterator[Document | InputError]:
    """The documents of one file (or stdin, `-`)."""
    kind = format_of(path, fmt)
    if kind == "warc":
        yield from read_warc(path, cursor)
    elif kind == "jsonl":
        yield from read_jsonl(path, fields, cursor)
    elif kind == "csv":
        yield from read_csv(path, fields, cursor)
    else:
        try:
            yield read_stdin() if path == "-" else read_path(path)
        except InputError as e:
            yield e


def iter_documents(
    paths: Iterable[str],
    fields: Fields = DEFAULT_FIELDS,
    fmt: str = "auto",
    cursor: Cursor | None = None,
    inputs: Inputs | None = None,
) -> Iterator[Document | InputError]:
    """Every document of every input, in order; bad inputs as InputErrors."""
    inputs = inputs or resolve(paths)
    yield from inputs.errors
    for f in inputs.files:
        yield from read_file(f, fields, fmt, cursor)
        if cursor is not None:
            try:
                size = os.path.getsize(f) if f != "-" else 0
            except OSError:
                size = 0
            cursor.finish(size)
