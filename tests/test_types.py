"""The record's JSON object: `record_dict` must equal `dataclasses.asdict`'s conversion."""

from __future__ import annotations

import json
from dataclasses import asdict

from warta.types import (
    SCHEMA,
    Article,
    Entity,
    Event,
    Mention,
    Quote,
    Record,
    Removed,
    record_dict,
)


def _record() -> Record:
    article = Article(
        id="a1", source="tests:1", url="https://example.org/x", lang="id", title="Judul",
        published="2017-11-02T15:23:00+07:00", dateline="Jakarta", publisher="Contoh",
        authors=["Ani"], editor_codes=["ani"], body=["Presiden tiba di Jakarta.", "Lalu pergi."],
        removed=[Removed("Baca juga: x", "related"), Removed("Iklan", "chrome")],
    )
    ent = Entity("E1", "Joko Widodo", "PER", "IDN", "GOV", [Mention("Joko Widodo", 0, 11)])
    quote = Quote("kami siap", True, "E1", ["E2", "E3"], 10, 19)
    event = Event("CONSULT", "verbal_cooperation", "E1", None, "IDN", None, "GOV", None,
                  ["diplomacy"], "2017-11-02", "Jakarta", "Presiden tiba.", 0, 14, 0.75,
                  "tiba", 2)
    return Record(article=article, entities=[ent], quotes=[quote], events=[event])


def _by_asdict(rec: Record) -> dict:
    out = {"schema": SCHEMA, **asdict(rec.article)}
    if out.get("error") is None:
        out.pop("error")
    out["entities"] = [asdict(e) for e in rec.entities]
    out["quotes"] = [asdict(q) for q in rec.quotes]
    out["events"] = [asdict(e) for e in rec.events]
    return out


def test_record_dict_is_asdicts_object_field_for_field() -> None:
    rec = _record()
    got, want = rec.to_dict(), _by_asdict(rec)
    assert got == want
    assert json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)
    assert list(got) == list(want) and list(got["events"][0]) == list(want["events"][0])


def test_record_dict_copies_lists_and_keeps_an_error() -> None:
    rec = _record()
    rec.article.error = "no article"
    out = rec.to_dict()
    assert out["error"] == "no article"
    out["body"].append("x")
    out["entities"][0]["mentions"].clear()
    assert len(rec.article.body) == 2 and len(rec.entities[0].mentions) == 1
    assert record_dict(rec.article)["removed"][1] == {"line": "Iklan", "reason": "chrome"}
