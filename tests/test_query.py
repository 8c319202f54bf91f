"""Search, events, relations and entities on both stores, and the query commands."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections import Counter
from typing import Any

import pytest

from warta.cli import main
from warta.store import Filters, open_store

QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


def event(cat, quad, src, tgt, day, context=()):
    return {
        "category": cat, "quad": quad, "source": "e1", "target": "e2",
        "source_country": src, "target_country": tgt, "source_role": "GOV",
        "target_role": "GOV", "context": list(context), "date": day, "location": None,
        "sentence": "…", "start": 0, "end": 1, "confidence": 0.9,
    }  # fmt: skip


def record(rid: str, title: str, body: list[str], published: str, events=()) -> dict[str, Any]:
    ents = [
        {"id": "e1", "name": "Indonesia", "type": "GPE", "country": "IDN", "role": "GOV",
         "mentions": [{"text": "Indonesia", "start": 0, "end": 9}]},
        {"id": "e2", "name": "Tiongkok", "type": "GPE", "country": "CHN", "role": "GOV",
         "mentions": [{"text": "Tiongkok", "start": 10, "end": 18}]},
    ]  # fmt: skip
    return {
        "schema": "warta.article/1", "id": rid, "source": f"{rid}.txt", "url": None,
        "lang": "id", "title": title, "published": published, "dateline": None,
        "publisher": "Contoh", "authors": [], "editor_codes": [], "body": body,
        "removed": [], "entities": ents, "quotes": [], "events": list(events),
    }  # fmt: skip


@pytest.fixture()
def dyads(store):
    """Hand-made records whose relation counts are known exactly."""
    recs = [
        record("a1", "Indonesia dan Tiongkok sepakat kerja sama", ["Indonesia dan Tiongkok "
               "menandatangani perjanjian kerja sama perdagangan di Jakarta."],
               "2024-01-10T09:00:00+07:00", [
                   event("AGREE", "verbal_cooperation", "IDN", "CHN", "2024-01-10"),
                   event("AID", "material_cooperation", "IDN", "CHN", "2024-01-11"),
                   event("DISAPPROVE", "verbal_conflict", "CHN", "IDN", "2024-01-12"),
               ]),
        record("a2", "Protes nelayan di Natuna", ["Pemerintah Indonesia memprotes kapal "
               "penjaga pantai Tiongkok yang masuk ke perairan Natuna."],
               "2024-02-20T23:30:00+07:00", [
                   event("PROTEST", "verbal_conflict", "IDN", "CHN", "2024-02-20"),
                   event("COERCE", "material_conflict", "IDN", "CHN", "2024-02-21"),
                   event("ASSAULT", "material_conflict", "IDN", "CHN", "2024-02-21", ["negated"]),
                   event("FIGHT", "material_conflict", "IDN", "CHN", "2024-02-22",
                         ["hypothetical"]),
               ]),
    ]  # fmt: skip
    for r in recs:
        assert store.add(r)
    return recs


def test_relations_count_quads_per_pair_and_period(store, dyads):
    rows = store.relations(Filters(), by="month")
    got = {(r["period"], r["source_country"], r["target_country"]): r for r in rows}
    assert set(got) == {
        ("2024-01", "IDN", "CHN"),
        ("2024-01", "CHN", "IDN"),
        ("2024-02", "IDN", "CHN"),
    }
    jan = got[("2024-01", "IDN", "CHN")]
    assert [jan[q] for q in QUADS] == [1, 1, 0, 0] and jan["net"] == 2 and jan["score"] == 1.0
    feb = got[("2024-02", "IDN", "CHN")]
    # negated and hypothetical events did not happen: left out
    assert [feb[q] for q in QUADS] == [0, 0, 1, 1] and feb["net"] == -2 and feb["score"] == -1.0
    weeks = store.relations(Filters(country="CHN"), by="week")
    assert {r["period"] for r in weeks} == {"2024-W02", "2024-W08"}
    only = store.relations(Filters(source_country="CHN"))
    assert [(r["source_country"], r["verbal_conflict"]) for r in only] == [("CHN", 1)]
    assert (
        store.relations(Filters(since="2024-02-01", until="2024-02-28"))[0]["period"] == "2024-02"
    )
    with pytest.raises(ValueError):
        store.relations(Filters(), by="fortnight")


def test_events_filters(store, dyads):
    assert store.events(Filters()).total == 7
    page = store.events(
        Filters(source_country="IDN", target_country="CHN", quad="material_conflict")
    )
    assert page.total == 3 and {e["category"] for e in page.items} == {"COERCE", "ASSAULT", "FIGHT"}
    negated = [e for e in page.items if "negated" in e["context"]]
    assert [e["category"] for e in negated] == ["ASSAULT"]
    assert store.events(Filters(category="AGREE")).items[0]["title"].startswith("Indonesia dan")
    assert store.events(Filters(country="CHN", since="2024-02-21", until="2024-02-21")).total == 2
    assert store.events(Filters(entity="Tiongkok")).total == 7
    assert store.events(Filters(), limit=2, offset=6).items[0]["day"] == "2024-01-10"
    ev = store.events(Filters(category="AGREE")).items[0]
    assert ev["source_name"] == "Indonesia" and ev["target_name"] == "Tiongkok"


def test_search_ranks_filters_and_never_reads_user_syntax(store, page_records, dyads):
    for r in page_records:
        store.add(r)
    titled = next(r for r in page_records if r["title"] and "Lombok" in r["title"])
    page = store.search("Lombok", Filters())
    assert page.total >= 1 and page.items[0]["id"] == titled["id"]
    for item in page.items:
        assert set(item) >= {"id", "title", "published", "publisher", "url", "snippet", "cluster"}
        assert "<" not in item["snippet"] and "Lombok" in item["snippet"] + (item["title"] or "")
    assert store.search('"perjanjian kerja sama"', Filters()).items[0]["id"] == "a1"
    assert store.search('"kerja perjanjian sama"', Filters()).total == 0  # a phrase, in order
    both = {i["id"] for i in store.search("Natuna OR perdagangan", Filters()).items}
    assert both == {"a1", "a2"}
    assert {i["id"] for i in store.search("Tiongkok -Natuna", Filters()).items} == {"a1"}
    assert store.search("Tiongkok", Filters(since="2024-02-01")).total == 1
    assert store.search("Tiongkok", Filters(until="2024-01-10")).total == 1
    # 23:30 WIB on 20 Feb is 16:30 UTC: a datetime bound compares instants
    assert store.search("Natuna", Filters(since="2024-02-20T16:00:00+00:00")).total == 1
    assert store.search("Natuna", Filters(since="2024-02-20T17:00:00+00:00")).total == 0
    for hostile in [
        "'; DROP TABLE articles; --",
        'a"b',
        "*",
        "NEAR(",
        "title:x",
        "AND OR NOT",
        "-",
    ]:
        store.search(hostile, Filters())  # no syntax error reaches the user
    assert store.stats()["articles"] == len(page_records) + 2


def test_collapse_counts_a_syndicated_copy_once(store, page_records):
    base = max(page_records, key=lambda r: len(r["body"]))
    copy_ = copy.deepcopy(base)
    copy_["id"] = "c" * 16
    copy_["source"] = "republished.html"
    copy_["body"] = copy_["body"][:-1] + [copy_["body"][-1] + " (ant)"]
    store.add(base)
    store.add(copy_)
    assert store.cluster_of(copy_["id"]) == base["id"]
    word = max(base["title"].split(), key=len)
    assert store.search(word, Filters()).total == 2
    assert store.search(word, Filters(collapse_duplicates=True)).total == 1
    assert store.search(None, Filters(collapse_duplicates=True)).total == 1
    n = len(base["events"])
    assert store.events(Filters()).total == 2 * n
    assert store.events(Filters(collapse_duplicates=True)).total == n


def test_relations_agree_with_the_records(store, page_records):
    """On real pipeline output: the store's sums equal the records' own events."""
    for r in page_records:
        store.add(r)
    expect: Counter[tuple[str, str, str]] = Counter()
    for r in page_records:
        for e in r["events"]:
            if (
                e["source_country"]
                and e["target_country"]
                and not ({"negated", "hypothetical"} & set(e["context"]))
            ):
                expect[(e["source_country"], e["target_country"], e["quad"])] += 1
    got: Counter[tuple[str, str, str]] = Counter()
    for row in store.relations(Filters(), by="year"):
        for q in QUADS:
            if row[q]:
                got[(row["source_country"], row["target_country"], q)] += row[q]
    assert got == expect and sum(expect.values()) > 0
    total = sum(len(r["events"]) for r in page_records)
    assert store.events(Filters(), limit=10_000).total == total
    ents = store.entities(Filters(), limit=5)
    assert ents and ents[0]["articles"] >= ents[-1]["articles"]


def run(capsys, *argv) -> str:
    code = main(list(argv))
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def test_query_commands_print_table_json_and_csv(capsys, store_url, dyads, tmp_path):
    out = run(capsys, "relations", "--db", store_url, "--format", "json", "--by", "month")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {(r["period"], r["net"]) for r in rows} == {
        ("2024-01", 2),
        ("2024-01", -1),
        ("2024-02", -2),
    }
    out = run(capsys, "events", "--db", store_url, "--source", "IDN", "--category", "PROTEST",
              "--format", "csv")  # fmt: skip
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["category"] == "PROTEST" and row["target_country"] == "CHN"
    out = run(capsys, "search", "Natuna", "--db", store_url)
    lines = out.splitlines()
    assert lines[0].split() == ["published", "publisher", "title", "snippet", "id"]
    assert "Protes nelayan di Natuna" in lines[2] and len(lines) == 3
    out = run(capsys, "events", "--db", store_url, "--since", "2024-02-01", "--format", "json")
    assert len(out.splitlines()) == 4
    out = run(capsys, "stats", "--db", store_url, "--format", "json")
    assert json.loads(out)["events"] == 7
    jl = tmp_path / "out.jsonl"
    assert main(["export", "--db", store_url, "--format", "jsonl", "--out", str(jl)]) == 0
    exported = [json.loads(line) for line in jl.read_text().splitlines()]
    assert [r["id"] for r in exported] == ["a1", "a2"]
    assert exported[0]["events"] == dyads[0]["events"]
    pq = tmp_path / "out.parquet"
    assert main(["export", "--db", store_url, "--format", "parquet", "--out", str(pq),
                 "--since", "2024-02-01"]) == 0  # fmt: skip
    import pyarrow.parquet as papq

    table = papq.read_table(pq)
    assert table.column("id").to_pylist() == ["a2"]
    assert json.loads(table.column("record")[0].as_py())["title"] == "Protes nelayan di Natuna"
    assert main(["events", "--db", store_url, "--since", "yesterday"]) == 2
    assert "--since" in capsys.readouterr().err


def test_queries_open_one_store_on_both_backends(store_url, dyads):
    s = open_store(store_url)
    try:
        assert s.stats()["articles"] == 2
    finally:
        s.close()
