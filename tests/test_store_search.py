"""Full-text search paths: filtered, collapsed and paged results agree with the plain
ranking, on both backends; the read-only store's relation cache follows new data; and
the SQLite result snippet."""

from __future__ import annotations

from typing import Any

import pytest

from warta.store import Filters, open_store
from warta.store.query import query_words, snippet

PUBLISHERS = ["kompas.com", "detik.com", "tempo.co"]
EXTRA = [
    "Artikel ini diperbarui dengan keterangan tambahan dari narasumber.",
    "Berita ini disunting ulang untuk memperbaiki ejaan.",
    "Redaksi menambahkan konteks pada paragraf terakhir tentang pemerintah.",
]


def copies(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each record three times: the original and edited copies (one added paragraph: a new
    id, a near-duplicate) under other publishers and months."""
    from warta.extract.article import article_id

    out = []
    for rec in records:
        for k, extra in enumerate(EXTRA):
            r = dict(rec)
            if k:
                r["body"] = [*rec["body"], extra]
                r["id"] = article_id(r["body"])
                r["source"] = f"{rec['source']}#copy{k}"
            r["publisher"] = PUBLISHERS[k]
            r["published"] = f"2024-0{k + 1}-15T10:00:00+07:00"
            out.append(r)
    return out


@pytest.fixture()
def filled(store, page_records):
    for r in copies(page_records):
        store.add(r)
    return store


def words_of(store) -> list[str]:
    """Query words that match a few to most stored articles."""
    titles = [i["title"] or "" for i in store.search(None, Filters(), limit=100).items]
    words = sorted({w.lower() for t in titles for w in t.split() if len(w) > 4 and w.isalpha()})
    return [*words[:: max(1, len(words) // 8)], "yang", "pemerintah"]


def test_filters_paging_and_collapse_agree_with_the_plain_ranking(filled):
    store = filled
    publisher_of = {i["id"]: i["publisher"] for i in store.search(None, Filters(), 1000).items}
    entities_of = {i: store.get(i)["entities"] for i in publisher_of}
    names = [e["name"] for e in store.entities(Filters(), limit=3)]
    assert names
    for name in names:  # without a query too
        named = {i for i, ents in entities_of.items() if name in {e.get("name") for e in ents}}
        page = store.search(None, Filters(entity=name), limit=1000)
        assert {i["id"] for i in page.items} == named and page.total == len(named)
    checked = 0
    for q in words_of(store):
        full = store.search(q, Filters(), limit=1000)
        ids = [i["id"] for i in full.items]
        assert full.total == len(ids)
        if not ids:
            continue
        checked += 1
        # pages are slices of the one ranking; a page past the end is empty but counted
        assert [i["id"] for i in store.search(q, Filters(), limit=2, offset=1).items] == ids[1:3]
        past = store.search(q, Filters(), limit=5, offset=len(ids) + 3)
        assert past.items == [] and past.total == len(ids)
        # a filter keeps the ranking's order and counts exactly
        for pub in PUBLISHERS:
            want = [i for i in ids if publisher_of[i] == pub]
            got = store.search(q, Filters(publisher=pub), limit=1000)
            assert [i["id"] for i in got.items] == want and got.total == len(want)
            second = store.search(q, Filters(publisher=pub), limit=1, offset=1)
            assert [i["id"] for i in second.items] == want[1:2] and second.total == len(want)
        for name in names:
            want = [i for i in ids if name in {e.get("name") for e in entities_of[i]}]
            got = store.search(q, Filters(entity=name), limit=1000)
            assert [i["id"] for i in got.items] == want and got.total == len(want)
        dated = store.search(q, Filters(since="2024-02-01", until="2024-02-28"), limit=1000)
        assert [i["id"] for i in dated.items] == [i for i in ids if publisher_of[i] == "detik.com"]
        # collapsing keeps each near-duplicate cluster's best-ranked article
        clusters = {i["id"]: i["cluster"] for i in full.items}
        best: dict[str, str] = {}
        for i in ids:
            best.setdefault(clusters[i], i)
        collapsed = store.search(q, Filters(collapse_duplicates=True), limit=1000)
        assert [i["id"] for i in collapsed.items] == list(best.values())
        assert collapsed.total == len(best) < len(ids)
        for item in full.items[:5]:
            assert "<" not in item["snippet"]
            assert item["snippet"] and item["snippet"] == " ".join(item["snippet"].split())
    assert checked >= 3


def test_read_only_relations_follow_new_data(tmp_path, seed_record):
    path = tmp_path / "warta.db"
    writer = open_store(str(path))
    reader = open_store(str(path), readonly=True)
    assert reader.relations(Filters()) == []
    first = reader.relations(Filters())
    first.append({"changed": "by the caller"})  # the cache hands out copies
    assert reader.relations(Filters()) == []
    writer.add(seed_record)
    rows = reader.relations(Filters(), by="month")
    assert rows and rows == writer.relations(Filters(), by="month")
    assert reader.relations(Filters(), by="week") == writer.relations(Filters(), by="week")
    reader.close()
    writer.close()


BODY = (
    "Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Malaysia di Istana Bogor. "
    "Keduanya membahas kerja sama perbatasan dan perdagangan sawit. Menurut juru bicara, "
    "pertemuan berlangsung hangat. Sementara itu, aparat menangkap tersangka korupsi "
    "anggaran daerah. Kasus korupsi itu melibatkan pejabat dinas pekerjaan umum yang "
    "sudah lama diselidiki oleh kejaksaan."
)


def test_snippet_centres_on_the_query_words():
    s = snippet(BODY, "korupsi", tokens=12)
    assert "korupsi" in s and s.startswith("…") and s.endswith("…")
    assert len(s.strip("… ").split()) <= 12
    # both words in one window beat an earlier window with one of them
    both = snippet(BODY, "korupsi anggaran", tokens=8)
    assert "korupsi anggaran" in both
    # whole words only, case-blind: "kerja" is not found inside "pekerjaan"
    assert "Keduanya membahas kerja sama" in snippet(BODY, "KERJA", tokens=8)


def test_snippet_without_a_hit_starts_at_the_beginning():
    assert snippet(BODY, "gempa", tokens=5) == "Jakarta - Presiden Joko Widodo bertemu …"
    assert snippet("Pendek saja.", "pendek") == "Pendek saja."
    assert snippet("", "apa") == ""
    assert query_words('presiden "kerja sama" -korupsi OR sawit') == [
        "presiden", "kerja", "sama", "sawit",
    ]  # fmt: skip
