"""Raw responses into a gzip'd WARC file, so a crawl can be replayed with `warta ingest`."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta import __version__
from warta.crawl.fetch import Response

# The body we keep is already de-chunked and decompressed, so these would lie about it.
_DROP = frozenset({"content-encoding", "transfer-encoding", "content-length"})


class WarcOut:
    """Append `response` records (WARC/1.1, one gzip member each) to a file."""

    def __init__(self, path: str | Path, *, user_agent: str = "") -> None:
        self.path = Path(path)
        self._file: BinaryIO = self.path.open("ab")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        self.records = 0
        info = {"software": f"Warta/{__version__}", "format": "WARC File Format 1.1",
                "http-header-user-agent": user_agent}
        self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))

    def write(self, resp: Response) -> None:
        headers = [(k, v) for k, v in resp.headers if k.lower() not in _DROP]
        headers.append(("Content-Length", str(len(resp.content))))
        http = StatusAndHeaders(
            f"{resp.status} {resp.reason}".strip(), headers, protocol=resp.http_version
        )
        date = resp.fetched.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        record = self._writer.create_warc_record(
            resp.url, "response", payload=BytesIO(resp.content), length=len(resp.content),
            http_headers=http, warc_headers_dict={"WARC-Date": date},
        )
        self._writer.write_record(record)
        self._file.flush()
        self.records += 1

    def close(self) -> None:
        self._file.close()
