"""Bad input: one-line errors naming the input, exit codes, and batches that go on."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.extract import article_from_text, extract_article
from warta.sources import read_path
from warta.types import Document

DATA = Path(__file__).parent / "data"
SEED = DATA / "sindonews-2017-11-02-korut-china.txt"
KOMPAS = DATA / "pages" / "dumps" / "kompas-1.txt"
KOMPAS_HTML = DATA / "pages" / "html" / "kompas-1.html"

ENGLISH_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Stocks rally as inflation cools - Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<h1>Stocks rally as inflation cools</h1>
<p>Thursday, 2 November 2017 15:23</p>
<p>NEW YORK - Stocks rose sharply on Thursday after new figures showed that inflation in the
United States cooled more than economists had expected last month.</p>
<p>The S&amp;P 500 index gained 1.2 percent by the close of trading, while the Nasdaq composite
added 1.6 percent, led by technology companies and banks.</p>
<p>Analysts said the figures made it more likely that the Federal Reserve would keep interest
rates unchanged at its next meeting in December.</p>
<footer>Copyright 2017 Example News</footer></body></html>
"""


def make_pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def make_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def home_page() -> str:
    """A home page: the navigation of a real page, with no article."""
    lines = KOMPAS.read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:120])


@pytest.fixture()
def bad(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.html",
        "pdf": tmp_path / "paper.pdf",
        "png": tmp_path / "image.png",
        "big": tmp_path / "big.txt",
        "home": tmp_path / "home.txt",
        "english": tmp_path / "english.html",
        "cp1252": tmp_path / "cp1252.txt",
    }
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b" \n\t\n")
    files["pdf"].write_bytes(make_pdf())
    files["png"].write_bytes(make_png())
    with files["big"].open("wb") as f:  # 50 MB of text
        line = ("Korut Klaim China Ingin Meningkatkan Hubungan. " * 20 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    files["home"].write_text(home_page(), encoding="utf-8")
    files["english"].write_text(ENGLISH_PAGE, encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    files["cp1252"].write_bytes(
        seed.replace('"Saya', "“Saya").replace('pihak,"', "pihak,”").encode("cp1252")
    )
    return files


def run(*paths: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warta.cli", "extract", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("empty", "empty input"),
        ("blank", "empty input"),
        ("pdf", "PDF"),
        ("png", "PNG"),
        ("big", "too large"),
        ("english", "not an Indonesian page (language: en)"),
    ],
)
def test_cli_one_line_error_naming_the_input(bad: dict[str, Path], name: str, says: str) -> None:
    proc = run(bad[name])
    assert proc.returncode == 2
    assert proc.stdout == ""
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1
    assert str(bad[name]) in err[0] and says in err[0]
    assert "Traceback" not in proc.stderr


def test_cli_home_page_gives_a_record_that_says_so(bad: dict[str, Path]) -> None:
    proc = run(bad["home"])
    assert proc.returncode == 2
    record = json.loads(proc.stdout)
    assert record["error"].startswith("no article found")
    assert record["body"] == [] and record["removed"]
    assert str(bad["home"]) in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_cli_cp1252_page_decodes_with_fallback(bad: dict[str, Path]) -> None:
    proc = run(bad["cp1252"])
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["title"] == "Korut Klaim China Ingin Meningkatkan Hubungan"
    assert any(p.startswith("“Saya berharap") for p in record["body"])


def test_cli_batch_goes_on_past_bad_files(bad: dict[str, Path]) -> None:
    proc = run(bad["empty"], SEED, bad["pdf"], bad["home"], KOMPAS_HTML, bad["english"])
    assert proc.returncode == 1  # some failed, some came out
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(SEED), str(bad["home"]), str(KOMPAS_HTML)]
    assert records[0]["title"] == "Korut Klaim China Ingin Meningkatkan Hubungan"
    assert records[2]["title"] == "Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 4
    for path, line in zip(
        [bad["empty"], bad["pdf"], bad["home"], bad["english"]], errors, strict=True
    ):
        assert str(path) in line


def test_cli_nothing_extracted_exits_2(bad: dict[str, Path]) -> None:
    proc = run(bad["empty"], bad["png"], tmp := bad["home"].parent / "missing.txt")
    assert proc.returncode == 2
    assert str(tmp) in proc.stderr


def test_cli_all_ok_exits_0_and_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "warta.cli", "extract", "-"],
        input=SEED.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["source"] == "<stdin>"


@pytest.mark.parametrize("name", ["empty", "pdf", "png", "english"])
def test_functions_raise_input_error(bad: dict[str, Path], name: str) -> None:
    doc = read_path(bad[name])
    with pytest.raises(InputError) as e:
        extract_article(doc)
    assert e.value.source == str(bad[name])
    assert "\n" not in str(e.value)


def test_read_path_refuses_50_mb(bad: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="too large"):
        read_path(bad["big"])


def test_function_home_page_record(bad: dict[str, Path]) -> None:
    art = extract_article(read_path(bad["home"]))
    assert art.error and art.body == []
    assert {r.reason for r in art.removed} >= {"navigation"}


def test_article_from_text_bad_and_good() -> None:
    with pytest.raises(InputError, match="empty"):
        article_from_text(Document(content=b"", source="x.txt"))
    with pytest.raises(InputError, match="PNG"):
        article_from_text(Document(content=make_png(), source="x.png"))
    art = article_from_text(
        Document(
            content="Satu paragraf berita yang cukup panjang untuk "
            "dikenali sebagai bahasa Indonesia oleh pendeteksi.\n\n"
            "Paragraf kedua juga ada di sini, kata dia.",
            source="clean.txt",
            meta={"title": "Judul"},
        )
    )
    assert art.body[1] == "Paragraf kedua juga ada di sini, kata dia."
    assert art.title == "Judul" and art.lang == "id" and art.removed == []
