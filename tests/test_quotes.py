"""Quotes, speakers and relay chains through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from warta.pipeline import analyze_text
from warta.quotes import direct_spans, plausible_name

DATA = Path(__file__).parent / "data"


def _seed():
    lines = (DATA / "sindonews-2017-11-02-korut-china.txt").read_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("PYONGYANG"))
    body = [line for line in lines[start:] if line.strip()]
    text = "\n\n".join(body[: body.index("(ian)")])
    return analyze_text(text, published="2017-11-02T15:23:00+07:00")


def _name(analysis, eid):
    return next(e.name for e in analysis.entities if e.id == eid)


def test_seed_quote_speaker_and_relay_chain() -> None:
    a = _seed()
    q = next(q for q in a.quotes if q.text.startswith("Saya berharap"))
    assert q.direct
    assert _name(a, q.speaker) == "Xi Jinping"
    # nearest relay first (CNN quotes KCNA), original source last
    assert [_name(a, v) for v in q.via] == ["CNN", "KCNA"]
    assert a.text[q.start:q.end] == q.text
    assert q.text.endswith("hubungan kedua pihak")


def test_seed_indirect_quote_relayed_by_kcna() -> None:
    a = _seed()
    q = next(q for q in a.quotes if "mempromosikan kebahagiaan" in q.text)
    assert not q.direct
    assert _name(a, q.speaker) == "Xi Jinping"
    assert [_name(a, v) for v in q.via] == ["KCNA"]


def test_scare_quotes_are_not_quotes() -> None:
    a = _seed()
    assert not any(q.text.startswith("pertukaran dan kerjasama") for q in a.quotes)


def test_quote_across_paragraphs_and_pronoun_speaker() -> None:
    text = ("Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta.\n\n"
            "“Kami membahas banyak hal tentang kerja sama kedua negara.\n\n"
            "“Kami juga sepakat untuk memperkuat perdagangan,” katanya.")
    a = analyze_text(text)
    q = a.quotes[0]
    assert q.direct and q.text.startswith("Kami membahas") and q.text.endswith("perdagangan")
    assert "Retno Marsudi" in _name(a, q.speaker)


def test_straight_and_curly_quote_spans() -> None:
    text = 'Ia berkata "satu dua" lalu “tiga empat” selesai.'
    assert [text[s:e] for s, e in direct_spans(text)] == ["satu dua", "tiga empat"]


def test_unmarked_speech_and_menurut() -> None:
    a = analyze_text("Gugatan ke pengadilan berada pada ranah pidana, kata Firman.")
    assert a.quotes and _name(a, a.quotes[0].speaker) == "Firman"
    assert a.quotes[0].text == "Gugatan ke pengadilan berada pada ranah pidana"
    b = analyze_text("Menurut Presiden Joko Widodo, pembangunan harus merata di seluruh negeri.")
    assert b.quotes and "Joko Widodo" in _name(b, b.quotes[0].speaker)


def test_quotes_gold_has_enough_real_quotes() -> None:
    rows = [json.loads(x) for x in (DATA / "quotes_gold.jsonl").read_text().splitlines()]
    assert len(rows) >= 60
    assert all(r["speaker"] for r in rows)


def test_only_plausible_names_become_speaker_entities() -> None:
    assert plausible_name("Ferdiyan Fahmi") and plausible_name("Al-Habsy")
    for junk in ("R", "IV Renakta Ditreskrimum", "Kepala Bidang", "PT", "Senin"):
        assert not plausible_name(junk), junk
    a = analyze_text("Polisi masih menyelidiki kasus itu, kata Kasubdit IV Renakta "
                     "Ditreskrimum Polda NTB AKBP Ferdiyan Fahmi.")
    names = {e.name for e in a.entities}
    assert not any(n in ("R", "IV Renakta Ditreskrimum") for n in names)
    ids = [e.id for e in a.entities]
    assert len(ids) == len(set(ids))


def test_pronoun_speaker_is_the_salient_person_not_the_nearest() -> None:
    text = ("Budi Santoso, putra sulung aktor Rudi Hartono, kini bermain film.\n\n"
            "Film itu dibintanginya bersama Ani Lestari.\n\n"
            "“Saya suka sekali genre drama musikal,” tuturnya.")
    a = analyze_text(text)
    q = next(q for q in a.quotes if q.text.startswith("Saya suka"))
    assert _name(a, q.speaker) == "Budi Santoso"


def test_description_after_the_speech_verb_refers_back() -> None:
    text = ("Menteri Yuddy Chrisnandi ingin memantau pegawai negeri sipil.\n\n"
            "“Mereka yang tidak produktif akan dirasionalisasi,” kata politisi Partai "
            "Hanura itu.")
    a = analyze_text(text)
    q = next(q for q in a.quotes if q.text.startswith("Mereka"))
    assert "Yuddy" in _name(a, q.speaker)


def test_short_name_speaker_is_the_person_named_in_full() -> None:
    from warta.quotes import full_names
    from warta.types import Entity, Mention, TextAnalysis

    text = "Dian Sastrowardoyo mengunggah foto. Dian menulis. Dian Sastro tertawa. Dian lagi."
    full = Entity(id="E1", name="Dian Sastrowardoyo", type="PER",
                  mentions=[Mention("Dian Sastrowardoyo", 0, 18)])
    short = Entity(id="E2", name="Dian", type="PER", mentions=[Mention("Dian", 36, 40)])
    assert full_names(TextAnalysis(text=text, entities=[full, short])) == {"E2": "E1"}
    # two full names holding the short one: ambiguous, left alone
    other = Entity(id="E3", name="Dian Sastro", type="PER",
                   mentions=[Mention("Dian Sastro", 49, 60)])
    late = Entity(id="E4", name="Dian", type="PER", mentions=[Mention("Dian", 70, 74)])
    assert "E4" not in full_names(TextAnalysis(text=text, entities=[full, other, late]))


def test_menurut_a_title_then_the_name_in_apposition() -> None:
    a = analyze_text("Menurut Kepala Badan Pusat Statistik, Rusman Heriawan, inflasi bulan ini "
                     "akan tetap rendah karena harga pangan stabil.")
    q = next(q for q in a.quotes)
    assert q.text.startswith("inflasi bulan ini")
    assert _name(a, q.speaker) == "Rusman Heriawan"
