"""PLOVER event coding through the real pipeline (warta.pipeline.analyze_text)."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from warta.events import code
from warta.events.context import event_date
from warta.pipeline import analyze_text
from warta.types import TextAnalysis

DATA = Path(__file__).parent / "data"
PUBLISHED = "2017-11-02T15:23:00+07:00"


def _seed_body() -> str:
    lines = (DATA / "sindonews-2017-11-02-korut-china.txt").read_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("PYONGYANG"))
    body = [line for line in lines[start:] if line.strip()]
    return "\n\n".join(body[: body.index("(ian)")])


@pytest.fixture(scope="module")
def seed() -> TextAnalysis:
    return analyze_text(_seed_body(), published=PUBLISHED)


def _find(analysis, category, countries, negated=False):
    out = []
    for ev in analysis.events:
        if ev.category != category or ("negated" in ev.context) != negated:
            continue
        sides = {ev.source_country, ev.target_country} - {None}
        if sides == set(countries) or (len(countries) == 1 and ev.source_country == countries[0]):
            out.append(ev)
    return out


def test_seed_exchange_of_messages_is_one_consult_told_twice(seed) -> None:
    evs = [e for e in _find(seed, "CONSULT", ["PRK", "CHN"]) if "historical" not in e.context]
    assert len(evs) == 1
    assert evs[0].mentions == 2  # "bertukar pesan" and "membalas sebuah pesan"
    assert evs[0].quad == "verbal_cooperation"
    assert "reported" in evs[0].context  # KCNA melaporkan
    assert evs[0].date == "2017-11-02"


def test_seed_china_intends_to_promote_relations_with_north_korea(seed) -> None:
    evs = [e for e in seed.events if e.category == "AGREE" and e.source_country == "CHN"
           and e.target_country == "PRK"]
    assert evs and "intent" in evs[0].context and "future" in evs[0].context
    assert "reported" in evs[0].context  # inside the quote relayed by CNN from KCNA


def test_seed_china_and_south_korea_repair_relations(seed) -> None:
    evs = _find(seed, "SUPPORT", ["CHN", "KOR"])
    assert evs and "mutual" in evs[0].context
    assert evs[0].quad == "verbal_cooperation"
    assert "historical" not in evs[0].context  # "yang sempat tegang" belongs to the relation


def test_seed_mobilizations(seed) -> None:
    prk = _find(seed, "MOBILIZE", ["PRK"])
    kor = _find(seed, "MOBILIZE", ["KOR"])
    assert prk and prk[0].trigger.startswith("uji coba rudal")
    assert kor and kor[0].trigger == "pengerahan"  # "pengerahan … THAAD oleh Korsel"
    assert prk[0].quad == kor[0].quad == "material_conflict"


def test_seed_meeting_that_never_happened_is_negated(seed) -> None:
    never = [e for e in seed.events if e.category == "CONSULT" and "negated" in e.context]
    assert len(never) == 1 and {never[0].source_country, never[0].target_country} == {
        "CHN", "PRK"}
    met = [e for e in seed.events if e.category == "CONSULT" and "historical" in e.context]
    assert met and met[0].date == "2016"  # "tahun lalu" in a 2017 article
    assert met[0].location == "Beijing"


def test_seed_events_carry_offsets_and_entities(seed) -> None:
    ids = {e.id: e for e in seed.entities}
    for ev in seed.events:
        assert seed.text[ev.start:ev.end] == ev.sentence
        assert 0.0 <= ev.confidence <= 1.0
        for eid, country, _role in ((ev.source, ev.source_country, ev.source_role),
                                   (ev.target, ev.target_country, ev.target_role)):
            if eid is not None:
                assert ids[eid].country in (country, None)
        assert ev.category not in ("", None)


def test_reporting_verb_is_not_an_event() -> None:
    a = analyze_text("KCNA melaporkan bahwa cuaca di Pyongyang cerah.")
    assert a.events == []


def test_no_trigger_no_event() -> None:
    a = analyze_text("Di atas kertas, China adalah sekutu Korut yang paling dekat dan paling kuat.")
    assert a.events == []


def test_domestic_kpk_charges_a_governor() -> None:
    a = analyze_text("KPK menetapkan Gubernur Riau Annas Maamun sebagai tersangka kasus korupsi.")
    coerce = [e for e in a.events if e.category == "COERCE"]
    assert len(coerce) == 1
    assert (coerce[0].source_country, coerce[0].source_role) == ("IDN", "JUD")
    assert coerce[0].target_country == "IDN"
    assert not [e for e in a.events if e.category == "CRIME"]  # "kasus korupsi" names a case


def test_passive_agent_is_the_source() -> None:
    a = analyze_text("Dua terduga teroris ditangkap polisi di Bekasi, Senin (3/6/2019).")
    ev = next(e for e in a.events if e.category == "COERCE")
    assert ev.source_role == "COP"
    assert ev.date == "2019-06-03"
    assert ev.location == "Bekasi"


def test_negation_and_modality_flags() -> None:
    neg = analyze_text("Korea Utara tidak akan menyerang Korea Selatan.")
    assert "negated" in neg.events[0].context and "future" in neg.events[0].context
    hyp = analyze_text("Jika gagal, Amerika Serikat bisa menjatuhkan sanksi kepada Iran.")
    assert "hypothetical" in hyp.events[0].context


def test_event_date_resolution() -> None:
    assert event_date("x", "bertemu pekan depan", PUBLISHED, False) == "2017-11-09"
    assert event_date("Kamis (2/11/2017)", "x", None, False) == "2017-11-02"
    assert event_date("x", "pada bulan Mei", PUBLISHED, False) == "2017-05"
    assert event_date("x", "tanpa tanggal", None, False) is None


def test_code_on_empty_analysis() -> None:
    a = TextAnalysis(text="")
    code(a)
    assert a.events == []


def test_gold_set_is_well_formed() -> None:
    rows = [json.loads(x) for x in (DATA / "events_gold.jsonl").read_text().splitlines()]
    assert len(rows) >= 300
    # Every round here was scored once (or twice), read, and moved to dev; the held-out
    # round is the detik file's.
    assert all(r["split"] == "dev" for r in rows)
    cats = {e["category"] for r in rows for e in r["events"]}
    assert len(cats) >= 12
    assert sum(not r["events"] for r in rows) >= 50  # negatives
    assert len({r["text"] for r in rows}) == len(rows)  # no sentence in both splits
    for r in rows:
        for e in r["events"]:
            for side in (e["source"], e["target"]):
                assert side is None or (len(side) == 2 and any(side))


def test_detik_gold_holds_references_not_text() -> None:
    """Rounds nine (now dev) and ten (held out) are on detik-2025, whose text may not be
    committed: each row is a span of an article body with a hash of its text
    (bench/events.py reads and checks it)."""
    rows = [json.loads(x) for x in (DATA / "events_gold_detik.jsonl").read_text().splitlines()]
    assert len(rows) >= 200 and sum(1 for r in rows if r["events"]) >= 50
    assert len({r["sha1"] for r in rows}) == len(rows)  # no sentence twice
    held = [r for r in rows if r["split"] == "test"]
    assert len(held) >= 200 and sum(1 for r in held if r["events"]) >= 50
    roles = {None, "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "EDU", "BUS", "MED", "IGO",
             "CVL"}
    for r in rows:
        assert "text" not in r
        assert (r["origin"], r["split"]) in {("round9-test", "dev"), ("round10-test", "dev"),
                                             ("round12-test", "dev"), ("round13-test", "test")}
        assert re.fullmatch(r"detik-2025\.csv#\d+:\d+-\d+", r["ref"])
        assert re.fullmatch(r"[0-9a-f]{16}", r["sha1"])
        for e in r["events"]:
            for side in (e["source"], e["target"]):
                assert side is None or (len(side) == 2 and any(side) and side[1] in roles)


def test_detik_quote_gold_holds_offsets_not_text() -> None:
    """Quotes round three: whole detik-2025 articles, each quote an offset into the article
    body with a hash of its first 25 characters, and the speaker's name as written."""
    rows = [json.loads(x) for x in (DATA / "quotes_gold_detik.jsonl").read_text().splitlines()]
    assert len(rows) >= 60 and len({r["doc"] for r in rows}) >= 30
    for r in rows:
        assert set(r) <= {"doc", "start", "sha1", "speaker", "direct", "via", "split"}
        assert re.fullmatch(r"detik-2025:\d+", r["doc"]) and r["start"] >= 0
        assert re.fullmatch(r"[0-9a-f]{16}", r["sha1"]) and r["speaker"].strip()
        assert r["split"] == "detik" and isinstance(r["direct"], bool)


def _sides(analysis, category):
    return {((e.source_country, e.source_role), (e.target_country, e.target_role))
            for e in analysis.events if e.category == category}


def test_title_phrase_gives_country_and_role() -> None:
    a = analyze_text("Menteri Pertahanan Amerika Serikat Robert Gates bertemu dengan "
                     "Raja Yordania Abdullah II di Amman.")
    ev = next(e for e in a.events if e.category == "CONSULT")
    assert {(ev.source_country, ev.source_role), (ev.target_country, ev.target_role)} == {
        ("USA", "GOV"), ("JOR", "GOV")}
    assert "mutual" in ev.context


def test_subject_across_a_relative_clause() -> None:
    a = analyze_text("Presiden Sudan Omar al-Beshir, yang dua kali bertemu dengan gubernur AS "
                     "itu, menyetujui gencatan senjata tersebut.")
    agree = [e for e in a.events if e.category == "AGREE"]
    assert agree and (agree[0].source_country, agree[0].source_role) == ("SDN", "GOV")


def test_victim_of_a_nominal_attack_and_its_agent() -> None:
    a = analyze_text("Dua warga Palestina tewas dalam serangan udara yang dilancarkan Israel.")
    assert (("ISR", None), ("PSE", "CVL")) in _sides(a, "ASSAULT")


def test_coordinated_targets_give_one_event_each() -> None:
    a = analyze_text("Pihak berwenang Iran menyalahkan Amerika Serikat dan Pakistan.")
    assert _sides(a, "DISAPPROVE") == {(("IRN", "GOV"), ("USA", None)),
                                       (("IRN", "GOV"), ("PAK", None))}


@contextmanager
def _ungated():
    """Flags are assigned before the confidence gate; look at them without it."""
    from warta.events import coder

    old = coder.THRESHOLD
    coder.THRESHOLD = 0.0
    try:
        yield
    finally:
        coder.THRESHOLD = old


def test_desired_and_purpose_clauses_are_hypothetical() -> None:
    with _ungated():
        a = analyze_text("Ketua partai itu mengingatkan agar seluruh kader mendukung keputusan "
                         "Presiden Joko Widodo.")
    sup = [e for e in a.events if e.category == "SUPPORT"]
    assert sup and all("hypothetical" in e.context for e in sup)
    b = analyze_text("Korsel mengerahkan sistem THAAD untuk melindungi diri dari serangan Korut.")
    assert any(e.category == "MOBILIZE" and "hypothetical" not in e.context for e in b.events)
    assert all("hypothetical" in e.context for e in b.events if e.category == "ASSAULT")


def test_object_that_is_a_thing_is_not_an_event() -> None:
    a = analyze_text("Hewan mirip babi yang ditangkap warga Sangatta itu diduga tikus raksasa.")
    assert not [e for e in a.events if e.category == "COERCE"]


def test_meN_nasal_assimilation_and_nominalisation() -> None:
    from warta.events.morph import derive

    cases = {"tangkap": ("menangkap", "penangkapan"), "serang": ("menyerang", "penyerangan"),
             "kecam": ("mengecam", "pengecaman"), "kritik": ("mengkritik", "pengkritikan"),
             "pukul": ("memukul", "pemukulan"), "protes": ("memprotes", "pemprotesan"),
             "bantu": ("membantu", "pembantuan"), "dukung": ("mendukung", "pendukungan"),
             "usir": ("mengusir", "pengusiran"), "lawan": ("melawan", "pelawanan"),
             "bom": ("mengebom", "pengeboman"), "ganggu": ("mengganggu", "penggangguan")}
    for root, (verb, noun) in cases.items():
        assert derive(root, "meN-") == verb and derive(root, "peN-an") == noun
    assert derive("henti+kan", "meN-") == "menghentikan"
    assert derive("henti+kan", "di-") == "dihentikan"
    assert derive("runding", "per-an") == "perundingan"
    assert derive("mitra", "ber-") == "bermitra"


def test_derived_forms_fire() -> None:
    a = analyze_text("Militer Israel membantai puluhan warga Palestina di Rafah.")
    assert (("ISR", "MIL"), ("PSE", "CVL")) in _sides(a, "ASSAULT")
    b = analyze_text("Pemerintah Korea Utara menentang sanksi baru Amerika Serikat.")
    assert any(e.category == "REJECT" and e.source_country == "PRK" for e in b.events)


def test_confidence_gate_drops_events_without_a_source() -> None:
    from warta.events import coder

    # an active verb whose subject the sentence does not give ("Mereka" has no antecedent)
    sentence = "Mereka kemudian menyerang warga Palestina di Hebron."
    kept = analyze_text("Polisi Malaysia menangkap dua warga Indonesia di Johor.")
    assert any(e.category == "COERCE" and e.confidence >= coder.THRESHOLD for e in kept.events)
    assert analyze_text(sentence).events == []
    with _ungated():
        low = analyze_text(sentence).events
    assert low and all(e.confidence < coder.THRESHOLD for e in low)


def test_agentless_passive_keeps_its_target() -> None:
    # events_gold.md: one identifiable side is enough ("KPU digugat"); a passive leaves the
    # doer unsaid by construction
    ev = analyze_text("Seorang warga Australia ditangkap di Bali.").events
    assert [(e.category, e.source_country, e.target_country, e.target_role) for e in ev] == [
        ("COERCE", None, "AUS", "CVL")]


def test_first_person_inside_a_quote_is_the_speaker() -> None:
    a = analyze_text('"Saya minta maaf kepada warga Jakarta," kata Presiden Joko Widodo.')
    ev = [e for e in a.events if e.category == "CONCEDE"]
    assert ev and (ev[0].source_country, ev[0].source_role) == ("IDN", "GOV")


def _flags(text: str, category: str) -> list[list[str]]:
    return [e.context for e in analyze_text(text).events if e.category == category]


def test_another_actors_act_wished_for_is_hypothetical() -> None:
    # idner-train:1082 (dev): what Washington wants its allies to do is not asserted
    text = ("Washington ingin sekutu-sekutu Arabnya, yakni Jordania dan Mesir menunjukkan "
            "lebih banyak dukungan umum kepada pemerintah Irak pimpinan Perdana Menteri Nuri "
            "al-Maliki.")
    assert _flags(text, "SUPPORT") and all("hypothetical" in f for f in _flags(text, "SUPPORT"))
    # a wish followed by the wisher's own verb is an intent (PLOVER's AGREE), not hypothetical
    own = "Presiden China Xi Jinping ingin membantu mempromosikan hubungan dengan Korea Utara."
    assert any("intent" in f and "hypothetical" not in f for f in _flags(own, "AGREE"))


def test_a_planned_nominal_is_hypothetical() -> None:
    # BaPOS train (a licensed news sentence): the war plan is condemned, not a war told
    text = ("Resolusi tak mengikat yang mengecam rencana perang Bush memiliki nasib lebih baik "
            "di Dewan Perwakilan Rakyat.")
    assert all("hypothetical" in f for f in _flags(text, "FIGHT"))
    assert not any("hypothetical" in f for f in _flags(
        "Perang antara Israel dan Hizbullah berlangsung selama 34 hari.", "FIGHT"))


def test_a_country_after_a_currency_word_is_no_actor() -> None:
    # BaPOS train (licensed news): the grant is in US dollars, not given to the United States
    text = ("Badan PBB untuk Pembiayaan Kondisi Anak UNICEF menghibahkan 131,5 juta dolar AS "
            "untuk meningkatkan kesejahteraan anak-anak Indonesia.")
    aid = [e for e in analyze_text(text).events if e.category == "AID"]
    assert aid and all(e.target_country != "USA" for e in aid)
    loan = analyze_text("Jepang memberikan pinjaman sebesar 200 juta dolar AS kepada Indonesia.")
    assert {(e.source_country, e.target_country) for e in loan.events
            if e.category == "AID"} == {("JPN", "IDN")}


def test_a_verb_coordinated_inside_a_purpose_is_hypothetical() -> None:
    text = ("Para menteri luar negeri Liga Arab bertemu di Kairo untuk membahas krisis Lebanon "
            "dan mendukung pemerintah Siniora.")
    assert _flags(text, "CONSULT") and not any("hypothetical" in f
                                                for f in _flags(text, "CONSULT"))
    assert _flags(text, "SUPPORT") and all("hypothetical" in f for f in _flags(text, "SUPPORT"))


def test_a_sentence_opened_by_a_wish_is_hypothetical() -> None:
    text = "Mudah-mudahan, Israel dan Palestina segera berunding kembali di Kairo."
    assert _flags(text, "CONSULT") and all("hypothetical" in f for f in _flags(text, "CONSULT"))
