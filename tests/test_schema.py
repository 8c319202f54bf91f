"""Records validate against the JSON Schema shipped in src/warta/data/schema/article-1.json."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

import warta
from warta.extract import extract_article
from warta.sources import read_path
from warta.types import Entity, Event, Mention, Quote, Record, record_dict

SCHEMA_PATH = Path(warta.__file__).parent / "data" / "schema" / "article-1.json"
DATA = Path(__file__).parent / "data"
INPUTS = [
    DATA / "sindonews-2017-11-02-korut-china.txt",
    *sorted((DATA / "pages" / "html").glob("*.html")),
    *sorted((DATA / "pages" / "dumps").glob("*.txt")),
]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_extract_records_validate(validator, path: Path) -> None:
    record = record_dict(extract_article(read_path(path)))
    validator.validate(record)
    assert record["schema"] == "warta.article/1"


def test_no_article_record_validates(validator, tmp_path: Path) -> None:
    p = tmp_path / "home.txt"
    p.write_text("Home\nNews\nNasional\nRegional\nBola\n", encoding="utf-8")
    record = record_dict(extract_article(read_path(p)))
    assert record["error"]
    validator.validate(record)


def test_full_record_with_analysis_validates(validator) -> None:
    art = extract_article(read_path(INPUTS[0]))
    text = art.text
    start = text.index("Korea Utara")
    prk = Entity(
        "e1",
        "Korea Utara",
        "GPE",
        "PRK",
        "GOV",
        [Mention("Korea Utara", start, start + len("Korea Utara"))],
    )
    quote = Quote("Saya berharap", True, "e2", ["e3", "e4"], 10, 23)
    event = Event(
        "CONSULT",
        "verbal_cooperation",
        "e2",
        "e1",
        "CHN",
        "PRK",
        "GOV",
        "GOV",
        ["reported"],
        "2017-11-02",
        "Beijing",
        "Jinping dan Jong-un bertemu.",
        0,
        28,
        0.8,
    )
    record = Record(article=art, entities=[prk], quotes=[quote], events=[event]).to_dict()
    validator.validate(record)
    assert list(record)[-3:] == ["entities", "quotes", "events"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("published", "2 November 2017"),  # not ISO 8601
        ("schema", "warta.article/2"),
        ("lang", "ind"),  # not ISO 639-1
        ("body", "one string"),
        ("removed", [{"line": "A A A"}]),  # no reason
        ("surprise", 1),  # unknown field
    ],
)
def test_schema_rejects_broken_records(validator, field: str, value: object) -> None:
    record = record_dict(extract_article(read_path(INPUTS[0])))
    broken = copy.deepcopy(record)
    broken[field] = value
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_schema_rejects_unknown_event_category(validator) -> None:
    record = record_dict(extract_article(read_path(INPUTS[0])))
    record["events"] = [{"category": "MEET"}]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(record)
