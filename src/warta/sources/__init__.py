"""Readers: turn files, folders, archives, corpora and stdin into `Document`s."""

from warta.sources.files import read_path, read_stdin

__all__ = ["read_path", "read_stdin"]
