"""Opening possibly compressed inputs, and reading multi-member gzip files resiliently.

A WARC/WET `.gz` file is a series of gzip members, one per record. `GzipMembers`
decompresses member by member; a corrupt member is reported (by offset) and skipped,
and reading resumes at the next member, so one bad record does not lose the file.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

GZIP_MAGIC = b"\x1f\x8b\x08"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
MAX_MEMBER = 256 * 1024 * 1024  # one WARC record is never this large once decompressed
_CHUNK = 1 << 16


def compression(path: str | Path) -> str | None:
    """`gzip`, `zstd` or None, from the first bytes of the file."""
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(GZIP_MAGIC[:2]):
        return "gzip"
    if head == ZSTD_MAGIC:
        return "zstd"
    return None


class _GzipFile(gzip.GzipFile):
    """A GzipFile that closes the file it reads from."""

    def close(self) -> None:
        raw = self.fileobj
        super().close()
        if raw is not None:
            raw.close()  # type: ignore[union-attr]


class Cursor:
    """How far the readers got through their input files, in compressed bytes (for ETA)."""

    def __init__(self) -> None:
        self.done = 0  # bytes of the files finished
        self.raw: IO[bytes] | None = None  # the file being read

    def position(self) -> int:
        try:
            current = self.raw.tell() if self.raw is not None and not self.raw.closed else 0
        except (OSError, ValueError):
            current = 0
        return self.done + current

    def finish(self, size: int) -> None:
        self.done += size
        self.raw = None


def open_binary(path: str | Path, cursor: Cursor | None = None) -> IO[bytes]:
    """The decompressed bytes of a plain, gzip or zstd file, streamed."""
    kind = compression(path)
    raw = open(path, "rb")  # noqa: SIM115 - closed with the reader
    if cursor is not None:
        cursor.raw = raw
    if kind == "gzip":
        return _GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "zstd":
        import zstandard

        return zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)  # type: ignore[return-value]
    return raw


def open_text(path: str | Path, cursor: Cursor | None = None) -> IO[str]:
    """The decompressed text of a file, UTF-8 (undecodable bytes replaced)."""
    return io.TextIOWrapper(
        open_binary(path, cursor), encoding="utf-8", errors="replace", newline=""
    )


class GzipMembers(io.RawIOBase):
    """A readable stream of the decompressed members of a gzip file, skipping bad ones.

    Each member's output is released only once the member decompressed cleanly, so the
    reader downstream never sees half a record. `on_error(offset, problem)` is called
    for every member that was corrupt or cut short.
    """

    def __init__(
        self, path: str | Path, on_error: Callable[[int, str], None], cursor: Cursor | None = None
    ) -> None:
        super().__init__()
        self._f = open(path, "rb")  # noqa: SIM115 - closed in close()
        if cursor is not None:
            cursor.raw = self._f
        self._on_error = on_error
        self._out = b""
        self._off = 0  # read position in self._out
        self._base = 0  # decompressed offset of self._out[0]
        self._pos = 0  # offset in the compressed file of the next member
        self._eof = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        """Position in the decompressed stream."""
        return self._base + self._off

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Seek in the decompressed stream: backwards within the current member, or forwards."""
        target = {io.SEEK_SET: offset, io.SEEK_CUR: self.tell() + offset}.get(whence)
        if target is None:
            raise io.UnsupportedOperation("seek from the end of a gzip stream")
        if target < self._base:
            raise io.UnsupportedOperation("seek back past the current gzip member")
        while target > self._base + len(self._out) and not self._eof:
            self._off = len(self._out)
            self._next_member()
        self._off = min(target - self._base, len(self._out))
        return self.tell()

    def tell_compressed(self) -> int:
        return self._pos

    def _next_member(self) -> None:
        """Decompress the member at self._pos into self._out, or skip it if it is bad."""
        start = self._pos
        self._f.seek(start)
        d = zlib.decompressobj(wbits=31)
        parts: list[bytes] = []
        size = fed = 0
        problem = None
        while True:
            chunk = self._f.read(_CHUNK)
            if not chunk:
                if fed == 0:
                    self._eof = True
                    return
                problem = "gzip member cut short"
                break
            fed += len(chunk)
            try:
                out = d.decompress(chunk)
            except zlib.error as e:
                problem = f"corrupt gzip member ({e})"
                break
            size += len(out)
            if size > MAX_MEMBER:
                problem = f"gzip member larger than {MAX_MEMBER // 2**20} MB decompressed"
                break
            parts.append(out)
            if d.eof:
                self._pos = start + fed - len(d.unused_data)
                self._base += len(self._out)
                self._out = b"".join(parts)
                self._off = 0
                return
        self._on_error(start, problem)
        self._pos = self._resync(start + 1)

    def _resync(self, offset: int) -> int:
        """The offset of the next gzip header at or after `offset` (file end if none)."""
        self._f.seek(offset)
        carry = b""
        base = offset
        while True:
            chunk = self._f.read(_CHUNK)
            if not chunk:
                return base + len(carry)
            buf = carry + chunk
            i = buf.find(GZIP_MAGIC)
            if i >= 0:
                return base + i
            keep = len(GZIP_MAGIC) - 1
            base += len(buf) - keep
            carry = buf[-keep:]

    def read(self, size: int = -1) -> bytes:
        while self._off >= len(self._out) and not self._eof:
            self._next_member()
        if size is None or size < 0:
            size = len(self._out) - self._off
        out = self._out[self._off : self._off + size]
        self._off += len(out)
        return out

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._f.close()
        super().close()
