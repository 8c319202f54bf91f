"""Readers on real files: folders, globs, WARC/WET (gzip'd or not), JSONL, CSV, stdin."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, PAGES
from warta.errors import InputError
from warta.sources import fields_for, iter_documents, read_csv, read_jsonl, read_warc, resolve
from warta.types import Document


def split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def test_folder_is_read_recursively_and_skips_other_files(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("antara-1.html", "kompas-1.html"):
        (tmp_path / "a" / "b" / name).write_bytes((PAGES / "html" / name).read_bytes())
    (tmp_path / "a" / "tempo-1.txt").write_bytes((PAGES / "dumps" / "tempo-1.txt").read_bytes())
    (tmp_path / "a" / "gold.json").write_text("[]")  # metadata, not a corpus
    (tmp_path / "a" / "logo.png").write_bytes(b"\x89PNG")
    docs, errors = split(list(iter_documents([str(tmp_path)])))
    assert errors == []
    names = sorted(Path(d.source).name for d in docs)
    assert names == ["antara-1.html", "kompas-1.html", "tempo-1.txt"]
    types = {Path(d.source).name: d.content_type for d in docs}
    assert types["antara-1.html"] == "text/html" and types["tempo-1.txt"] == "text/plain"


def test_globs_expand_and_bad_paths_are_named():
    inputs = resolve([str(PAGES / "dumps" / "kompas-*.txt"), "no/such/file.txt", "nothing-*.html"])
    assert [Path(f).name for f in inputs.files] == [f"kompas-{i}.txt" for i in (1, 2, 3, 4)]
    assert [e.source for e in inputs.errors] == ["no/such/file.txt", "nothing-*.html"]
    docs, errors = split(
        list(iter_documents([str(PAGES / "html" / "antara-*.html"), "missing.txt"]))
    )
    assert len(docs) == 4 and [e.source for e in errors] == ["missing.txt"]


def test_warc_gz_gives_pages_with_url_crawl_date_and_record_id(gold):
    docs, errors = split(list(read_warc(CORPORA / "pages.warc.gz")))
    assert errors == []
    # 17 article responses; the request, warcinfo, image and redirect records are not pages
    assert len(docs) == 17
    assert [d.url for d in docs] == [g["url"] for g in gold]
    for d, g in zip(docs, gold, strict=True):
        assert d.content_type == "text/html"
        assert d.source.startswith(f"{CORPORA / 'pages.warc.gz'}#urn:uuid:")
        assert d.crawled is not None and d.crawled.tzinfo is not None
        assert d.crawled.date().isoformat() > g["published"][:10]
        # the payload is the page as served, including the chunked + gzip-encoded one
        assert d.content == (PAGES / "html" / f"{g['id']}.html").read_bytes()
        assert d.meta["charset"] == "utf-8"


def test_plain_warc_and_wet(gold):
    docs, errors = split(list(iter_documents([str(CORPORA / "pages.warc")])))
    assert errors == [] and [d.url for d in docs] == [g["url"] for g in gold[:4]]
    wet, errors = split(list(iter_documents([str(CORPORA / "pages.wet.gz")])))
    assert errors == [] and len(wet) == 17
    for d, g in zip(wet, gold, strict=True):
        assert d.content_type == "text/plain"
        assert d.url == g["url"]
        assert d.content == (PAGES / "dumps" / f"{g['id']}.txt").read_bytes()


def test_corrupt_gzip_member_is_reported_and_the_rest_is_read(gold):
    docs, errors = split(list(read_warc(CORPORA / "corrupt.warc.gz")))
    assert [d.url for d in docs] == [gold[i]["url"] for i in (0, 1, 3, 4)]
    assert len(errors) == 1
    assert "corrupt gzip member" in errors[0].problem
    offset = int(errors[0].source.rsplit("@", 1)[1])
    raw = (CORPORA / "corrupt.warc.gz").read_bytes()
    assert raw[offset : offset + 3] == b"\x1f\x8b\x08"  # the locator points at the bad member


@pytest.mark.parametrize("name", ["truncated.warc", "truncated.warc.gz"])
def test_truncated_record_is_reported_and_the_rest_is_read(name, gold):
    docs, errors = split(list(read_warc(CORPORA / name)))
    assert [d.url for d in docs] == [g["url"] for g in gold[5:8]]
    assert len(errors) == 1
    assert "truncated WARC record" in errors[0].problem or "cut short" in errors[0].problem


def test_jsonl_plain_gzip_and_zstd_with_presets(gold):
    plain, e1 = split(list(read_jsonl(CORPORA / "articles.jsonl", fields_for(date="date"))))
    cx, e2 = split(list(read_jsonl(CORPORA / "culturax.jsonl.gz", fields_for("culturax"))))
    fw, e3 = split(list(read_jsonl(CORPORA / "fineweb.jsonl.zst", fields_for("fineweb"))))
    np_, e4 = split(list(read_jsonl(CORPORA / "news-please.jsonl", fields_for("news-please"))))
    assert e1 == e2 == e3 == e4 == []
    for docs in (plain, cx, fw, np_):
        assert [d.content for d in docs] == [g["body"] for g in gold]
        assert [d.url for d in docs] == [g["url"] for g in gold]
        assert all(d.meta["body_only"] for d in docs)
    assert plain[0].source == f"{CORPORA / 'articles.jsonl'}:1"
    assert plain[3].meta == {
        "body_only": True,
        "title": gold[3]["title"],
        "date": gold[3]["published"],
    }
    assert np_[0].meta["title"] == gold[0]["title"]
    assert np_[0].meta["date"] == gold[0]["published"][:19].replace("T", " ")
    assert cx[0].crawled is not None and fw[0].crawled is not None  # crawl time, not publish date
    assert "date" not in cx[0].meta and "date" not in fw[0].meta


def test_bad_jsonl_rows_are_named_by_line_and_the_rest_read():
    docs, errors = split(list(read_jsonl(CORPORA / "bad.jsonl")))
    assert [d.source.rsplit(":", 1)[1] for d in docs] == ["1", "5"]
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]
    assert "invalid JSON" in errors[0].problem
    assert "no text in field 'text'" in errors[1].problem


def test_corrupt_gzip_jsonl_keeps_the_rows_before_the_damage(tmp_path: Path, gold):
    rows = "".join(json.dumps({"text": g["body"]}) + "\n" for g in gold).encode()
    data = bytearray(gzip.compress(rows, mtime=0))
    data[len(data) // 2 : len(data) // 2 + 16] = b"\0" * 16
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(data))
    items = list(read_jsonl(path))
    first_error = next(i for i, x in enumerate(items) if isinstance(x, InputError))
    assert first_error > 0
    # the rows before the damage are intact; the damage is reported by line, not raised
    assert [d.content for d in items[:first_error]] == [g["body"] for g in gold[:first_error]]
    assert all(isinstance(x, InputError) for x in items[first_error:])
    assert "unreadable" in items[-1].problem  # the gzip stream's check fails at its end


def test_csv_with_custom_fields_keeps_line_locators(gold):
    fields = fields_for(text="isi", title="judul", url="tautan", date="tanggal")
    docs, errors = split(list(read_csv(CORPORA / "articles.csv", fields)))
    assert errors == [] and [d.content for d in docs] == [g["body"] for g in gold]
    assert docs[0].meta["title"] == gold[0]["title"]
    # bodies span several lines: each locator is the line its row starts on
    lines = (CORPORA / "articles.csv").read_text(encoding="utf-8").split("\n")
    for d, g in zip(docs, gold, strict=True):
        n = int(d.source.rsplit(":", 1)[1])
        assert g["url"] in lines[n - 1]
    missing, errors = split(list(read_csv(CORPORA / "articles.csv")))
    assert missing == [] and "no column 'text'" in errors[0].problem


def test_json_array_file(tmp_path: Path, gold):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"text": g["body"], "url": g["url"]} for g in gold[:3]]))
    docs, errors = split(list(iter_documents([str(path)])))
    assert errors == [] and [d.url for d in docs] == [g["url"] for g in gold[:3]]
    assert docs[2].source == f"{path}[2]"


def test_stdin_page_and_stdin_jsonl(monkeypatch, gold):
    raw = (PAGES / "dumps" / "antara-1.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    (doc,) = list(iter_documents(["-"]))
    assert doc.source == "<stdin>" and doc.content == raw
    lines = "".join(json.dumps({"text": g["body"]}) + "\n" for g in gold[:2])
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    docs = list(iter_documents(["-"], fmt="jsonl"))
    assert [d.content for d in docs] == [g["body"] for g in gold[:2]]
    assert docs[1].source == "-:2"
