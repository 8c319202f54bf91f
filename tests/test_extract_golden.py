"""Golden tests: the seed page and the 17 real pages (tests/data/pages, see LICENSE.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from warta.extract import extract_article
from warta.extract.evaluate import token_f1
from warta.sources import read_path

DATA = Path(__file__).parent / "data"
PAGES = DATA / "pages"
SEED = DATA / "sindonews-2017-11-02-korut-china.txt"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
KINDS = {"html": ".html", "dumps": ".txt"}


def minute(value: str | None) -> str | None:
    """`2015-11-05T14:56:43+07:00` → `2015-11-05T14:56+07:00`."""
    if not value or "T" not in value:
        return value
    return value[:16] + value[-6:]


@pytest.fixture(scope="module")
def seed():
    return extract_article(read_path(SEED))


def test_seed_fields(seed) -> None:
    assert seed.title == "Korut Klaim China Ingin Meningkatkan Hubungan"
    assert seed.published == "2017-11-02T15:23:00+07:00"
    assert seed.dateline == "PYONGYANG"
    assert seed.publisher == "SINDOnews.com"
    assert seed.editor_codes == ["ian"]
    assert seed.lang == "id"
    assert seed.error is None


def test_seed_body(seed) -> None:
    assert len(seed.body) == 10
    assert seed.body[0].startswith("PYONGYANG - Media pemerintah Korea Utara (Korut), KCNA")
    assert seed.body[-1].endswith("pada bulan Mei.")
    raw = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert seed.body == raw[5:15]  # the ten paragraphs exactly as published


def test_seed_chrome_removed_with_reasons(seed) -> None:
    reasons = {r.line: r.reason for r in seed.removed}
    assert reasons["Kamis, 02 November 2017 - 15:23 WIB"] == "date-line"
    assert reasons["Korut Klaim China Ingin..."] == "title-truncated"
    assert reasons["A A A"] == "font-size-widget"
    assert reasons["(ian)"] == "editor-code"
    assert reasons["Copyright © 2024 SINDOnews.com"] == "copyright"
    assert reasons["All Rights Reserved"] == "copyright"
    assert reasons["berita/ rendering in 0.0800 seconds (0.1#10.140)"] == "render-time"
    assert sorted(r.reason for r in seed.removed if r.line == seed.title) == [
        "title",
        "title-repeat",
    ]
    body = "\n".join(seed.body)
    for chrome in reasons:
        assert chrome not in seed.body
    assert "Copyright" not in body and "(ian)" not in body and "A A A" not in body


def test_seed_id_is_stable(seed) -> None:
    again = extract_article(read_path(SEED))
    assert again.id == seed.id and re.fullmatch(r"[0-9a-f]{16}", seed.id)


def _extract_all(kind: str):
    out = {}
    for page in GOLD:
        out[page["id"]] = extract_article(read_path(PAGES / kind / (page["id"] + KINDS[kind])))
    return out


@pytest.fixture(scope="module", params=sorted(KINDS))
def extracted(request):
    return request.param, _extract_all(request.param)


def test_body_token_f1_at_least_095(extracted) -> None:
    kind, arts = extracted
    scores = {g["id"]: token_f1("\n".join(arts[g["id"]].body), g["body"]) for g in GOLD}
    mean = sum(scores.values()) / len(scores)
    assert mean >= 0.95, (kind, mean, scores)
    assert min(scores.values()) >= 0.9, (kind, scores)


def test_titles_right_on_16_of_17(extracted) -> None:
    kind, arts = extracted
    wrong = {g["id"]: arts[g["id"]].title for g in GOLD if arts[g["id"]].title != g["title"]}
    assert len(wrong) <= 1, (kind, wrong)


def test_published_to_the_minute_on_16_of_17(extracted) -> None:
    kind, arts = extracted
    wrong = {
        g["id"]: arts[g["id"]].published
        for g in GOLD
        if minute(arts[g["id"]].published) != minute(g["published"])
    }
    assert len(wrong) <= 1, (kind, wrong)
    assert all((a.published or "").endswith("+07:00") for a in arts.values())


def test_every_page_is_indonesian_and_has_a_publisher(extracted) -> None:
    kind, arts = extracted
    for name, art in arts.items():
        assert art.lang == "id", (kind, name)
        assert art.publisher, (kind, name)
        assert art.error is None


def test_datelines_found_where_outlets_write_them(extracted) -> None:
    kind, arts = extracted
    want = {
        "antara-1": "Mataram",
        "antara-4": "Jakarta",
        "detik-1": "Jakarta",
        "kompas-2": "JAKARTA",
        "kompas-3": "LOS ANGELES",
        "republika-1": "JAKARTA",
        "tempo-1": "Jakarta",
        "liputan6-1": "Jakarta",
    }
    for name, place in want.items():
        assert arts[name].dateline == place, (kind, name, arts[name].dateline)


def test_html_and_dump_of_a_page_agree() -> None:
    html, dumps = _extract_all("html"), _extract_all("dumps")
    for name in html:
        assert html[name].title == dumps[name].title
        assert token_f1(" ".join(html[name].body), " ".join(dumps[name].body)) > 0.95


def test_writers_and_editor_codes(extracted) -> None:
    kind, arts = extracted
    assert arts["antara-1"].authors == ["Nur Imansyah"]
    assert arts["antara-4"].authors == ["Monalisa"]  # a single-word name
    assert arts["antara-2"].authors == ["Budisantoso Budiman", "Agus S"]
    assert arts["detik-1"].authors == ["Fino Yurio Kristo"]
    assert arts["kompas-1"].authors == ["Masriadi"]
    assert arts["liputan6-1"].authors == ["Corry Anestia"]
    assert arts["detik-1"].editor_codes == ["fyk", "ash"]
    assert arts["kapanlagi-1"].editor_codes == ["kpl", "pur", "tch"]
    assert arts["okezone-1"].editor_codes == ["ren"]
