"""Readers: turn files, folders, archives, corpora and stdin into `Document`s."""

from warta.sources.corpus import PRESETS, Fields, fields_for, read_csv, read_jsonl
from warta.sources.files import read_path, read_stdin
from warta.sources.walk import iter_documents, resolve
from warta.sources.warc import read_warc

__all__ = [
    "PRESETS",
    "Fields",
    "fields_for",
    "iter_documents",
    "read_csv",
    "read_jsonl",
    "read_path",
    "read_stdin",
    "read_warc",
    "resolve",
]
