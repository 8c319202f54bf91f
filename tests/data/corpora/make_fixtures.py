"""Build the corpus fixtures in this folder from the licensed pages in ../pages (MIT).

Run from anywhere: `python tests/data/corpora/make_fixtures.py`. The output is
deterministic (fixed record ids, dates and gzip mtimes), so re-running gives the same
bytes. What each file holds is listed in README.md next to it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import uuid
from pathlib import Path

import zstandard

HERE = Path(__file__).resolve().parent
PAGES = HERE.parent / "pages"
NS = uuid.UUID("6b1f3c1e-8f0a-4c57-9d8e-2a7c1d4e5f60")


def gold() -> list[dict]:
    return json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))


def warc_record(kind: str, name: str, date: str, block: bytes, headers: dict[str, str]) -> bytes:
    rid = f"<urn:uuid:{uuid.uuid5(NS, kind + ':' + name)}>"
    head = {"WARC-Type": kind, "WARC-Record-ID": rid, "WARC-Date": date, **headers}
    head["Content-Length"] = str(len(block))
    lines = "".join(f"{k}: {v}\r\n" for k, v in head.items())
    return b"WARC/1.0\r\n" + lines.encode() + b"\r\n" + block + b"\r\n\r\n"


def warcinfo(name: str) -> bytes:
    body = b"software: warta make_fixtures.py\r\nformat: WARC File Format 1.0\r\n"
    return warc_record(
        "warcinfo",
        name,
        "2016-01-01T00:00:00Z",
        body,
        {"Content-Type": "application/warc-fields", "WARC-Filename": name},
    )


def http_response(body: bytes, ctype: str, status: str = "200 OK", extra: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def chunked(data: bytes, size: int = 4000) -> bytes:
    out = b"".join(
        f"{len(data[i : i + size]):x}\r\n".encode() + data[i : i + size] + b"\r\n"
        for i in range(0, len(data), size)
    )
    return out + b"0\r\n\r\n"


def crawl_date(page: dict) -> str:
    """A crawl time one day after publication (UTC)."""
    day = int(page["published"][8:10])
    return page["published"][:8] + f"{min(day + 1, 28):02d}T03:00:00Z"


def response(page: dict, encoded: bool = False) -> bytes:
    html = (PAGES / "html" / f"{page['id']}.html").read_bytes()
    if encoded:  # chunked transfer of a gzip'd body, as a live crawl records it
        block = http_response(b"", "text/html; charset=utf-8").split(b"Content-Length")[0]
        block += b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        block += chunked(gzip.compress(html, mtime=0))
    else:
        block = http_response(html, "text/html; charset=utf-8")
    return warc_record(
        "response",
        page["id"],
        crawl_date(page),
        block,
        {"WARC-Target-URI": page["url"], "Content-Type": "application/http; msgtype=response"},
    )


def request(page: dict) -> bytes:
    block = f"GET / HTTP/1.1\r\nHost: {page['url'].split('/')[2]}\r\n\r\n".encode()
    return warc_record(
        "request",
        page["id"],
        crawl_date(page),
        block,
        {"WARC-Target-URI": page["url"], "Content-Type": "application/http; msgtype=request"},
    )


def not_pages() -> list[bytes]:
    """Records a crawl holds that are not articles: an image and a redirect."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    img = warc_record(
        "response",
        "logo.png",
        "2016-01-01T00:00:00Z",
        http_response(png, "image/png"),
        {
            "WARC-Target-URI": "http://www.antaranews.com/logo.png",
            "Content-Type": "application/http; msgtype=response",
        },
    )
    moved = http_response(b"", "text/html", "301 Moved Permanently", "Location: /\r\n")
    redirect = warc_record(
        "response",
        "redirect",
        "2016-01-01T00:00:00Z",
        moved,
        {
            "WARC-Target-URI": "http://antaranews.com/",
            "Content-Type": "application/http; msgtype=response",
        },
    )
    return [img, redirect]


def conversion(page: dict) -> bytes:
    text = (PAGES / "dumps" / f"{page['id']}.txt").read_bytes()
    return warc_record(
        "conversion",
        page["id"],
        crawl_date(page),
        text,
        {
            "WARC-Target-URI": page["url"],
            "WARC-Refers-To": f"<urn:uuid:{uuid.uuid5(NS, 'response:' + page['id'])}>",
            "Content-Type": "text/plain",
            "WARC-Identified-Content-Language": "ind",
        },
    )


def gz_members(records: list[bytes]) -> bytes:
    return b"".join(gzip.compress(r, mtime=0) for r in records)


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)
    print(f"{name}: {len(data):,} bytes")


def main() -> None:
    pages = gold()
    # WARC, gzip'd, one member per record: warcinfo, then request+response per page,
    # one response chunked + gzip-encoded, and two non-article responses.
    recs = [warcinfo("pages.warc.gz")]
    for i, p in enumerate(pages):
        recs += [request(p), response(p, encoded=(i == 1))]
    recs += not_pages()
    write("pages.warc.gz", gz_members(recs))
    # WARC, not compressed: four pages
    write("pages.warc", b"".join([warcinfo("pages.warc")] + [response(p) for p in pages[:4]]))
    # WET: the whole-page text dumps as conversion records
    write("pages.wet.gz", gz_members([warcinfo("pages.wet.gz")] + [conversion(p) for p in pages]))
    # A corrupt gzip member (the third record's deflate data damaged) amid good ones
    members = [gzip.compress(response(p), mtime=0) for p in pages[:5]]
    bad = bytearray(members[2])
    mid = len(bad) // 2
    bad[mid : mid + 32] = bytes(b ^ 0xFF for b in bad[mid : mid + 32])
    members[2] = bytes(bad)
    write("corrupt.warc.gz", b"".join(members))
    # A truncated record: the last of four records cut off half-way
    full = [response(p) for p in pages[5:9]]
    write("truncated.warc", b"".join(full[:3]) + full[3][: len(full[3]) // 2])
    write("truncated.warc.gz", gz_members(full[:3]) + gzip.compress(full[3], mtime=0)[:-300])

    def rows(shape: str) -> list[dict]:
        out = []
        for p in pages:
            body = p["body"]
            if shape == "plain":
                out.append(
                    {"text": body, "url": p["url"], "title": p["title"], "date": p["published"]}
                )
            elif shape == "culturax":
                out.append(
                    {
                        "text": body,
                        "timestamp": crawl_date(p).replace("T", " ")[:19],
                        "url": p["url"],
                        "source": "mC4",
                    }
                )
            elif shape == "fineweb":
                out.append(
                    {
                        "text": body,
                        "id": f"<urn:uuid:{uuid.uuid5(NS, p['id'])}>",
                        "dump": "CC-MAIN-2016-07",
                        "url": p["url"],
                        "date": crawl_date(p),
                        "language": "ind",
                        "language_score": 0.99,
                    }
                )
            elif shape == "news-please":
                out.append(
                    {
                        "authors": [],
                        "date_download": crawl_date(p),
                        "date_publish": p["published"][:19].replace("T", " "),
                        "language": "id",
                        "maintext": body,
                        "title": p["title"],
                        "source_domain": p["url"].split("/")[2],
                        "url": p["url"],
                    }
                )
        return out

    def jsonl(items: list[dict]) -> bytes:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items).encode()

    write("articles.jsonl", jsonl(rows("plain")))
    write("culturax.jsonl.gz", gzip.compress(jsonl(rows("culturax")), mtime=0))
    write("fineweb.jsonl.zst", zstandard.ZstdCompressor(level=10).compress(jsonl(rows("fineweb"))))
    write("news-please.jsonl", jsonl(rows("news-please")))
    # Bad rows among good ones: invalid JSON, no text, a non-object
    plain = rows("plain")
    bad_lines = [
        json.dumps(plain[0], ensure_ascii=False),
        '{"text": "Presiden tiba',
        json.dumps({"url": "http://x/"}),
        "[1, 2]",
        json.dumps(plain[1], ensure_ascii=False),
    ]
    write("bad.jsonl", ("\n".join(bad_lines) + "\n").encode())
    # CSV with its own column names (like a scraped news dump): judul, isi, tautan, tanggal
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["no", "judul", "tautan", "tanggal", "isi"])
    for i, p in enumerate(pages, 1):
        w.writerow([i, p["title"], p["url"], p["published"], p["body"]])
    write("articles.csv", buf.getvalue().encode())


if __name__ == "__main__":
    main()
