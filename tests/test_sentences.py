"""Tokens and sentences of Indonesian news (warta.nlp.sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.nlp.sentences import split, tokenize

SEED = Path(__file__).resolve().parent / "data" / "sindonews-2017-11-02-korut-china.txt"


def seed_text() -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[6:25]
    return "\n\n".join(line for line in lines if line.strip() and line.strip() != "(ian)")


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def sents(text: str) -> list[str]:
    return [s.text for s in split(text)]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Harganya Rp1.500.000 per unit.", "1.500.000"),
        ("inflasi 2,5 persen", "2,5"),
        ("pukul 15.23 WIB", "15.23"),
        ("Kamis (2/11/2017).", "2/11/2017"),
        ("oleh Kim Jong-un, yang", "Jong-un"),
        ("kader PDI-P dan non-kader", "PDI-P"),
        ("wabah COVID-19 di", "COVID-19"),
        ("pada 1990-an", "1990-an"),
        ("dirawat dr. Andi", "dr."),
        ("transfer a.n. Budi", "a.n."),
        ("Budi, S.H. hadir", "S.H."),
        ("buah, sayur, dll. Kemudian", "dll."),
        ("H. Abdul Somad", "H."),
        ("dikutip SINDOnews.com, Kamis", "SINDOnews.com"),
        ("KH Ma'ruf Amin", "Ma'ruf"),
    ],
)
def test_token_kept_whole(text: str, token: str) -> None:
    assert token in words(text)


def test_currency_apart_from_amount() -> None:
    assert words("Rp1.500.000")[:2] == ["Rp", "1.500.000"]
    assert words("US$ 2,5 miliar")[:2] == ["US$", "2,5"]


def test_offsets_are_into_the_text() -> None:
    text = "PYONGYANG - Kim Jong-un bertemu.\n\nLalu, Rp 5.000 dibayar."
    for s in split(text):
        assert text[s.start : s.end] == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Ia dirawat oleh dr. Andi di RS No. 5 Jl. Sudirman. Prof. Budi, S.H. datang."
    assert sents(text) == [
        "Ia dirawat oleh dr. Andi di RS No. 5 Jl. Sudirman.",
        "Prof. Budi, S.H. datang.",
    ]


def test_final_abbreviation_ends_before_capital() -> None:
    assert sents("Mereka membawa buah, sayur, dll. Kemudian pulang.") == [
        "Mereka membawa buah, sayur, dll.",
        "Kemudian pulang.",
    ]


def test_numbers_and_times_do_not_end_sentences() -> None:
    text = "Sebanyak 3.016 orang tertunda pukul 08.45 WITA hingga Rp2,5 juta. Lalu pulang."
    assert len(sents(text)) == 2


def test_quote_spanning_sentences_is_one_sentence() -> None:
    text = '"Kami menolak. Ini tidak adil," kata Ketua KPK. Dia pergi.'
    assert sents(text) == ['"Kami menolak. Ini tidak adil," kata Ketua KPK.', "Dia pergi."]


def test_quote_closed_after_stop_ends_sentence() -> None:
    assert sents("“Saya datang. Saya melihat.” Lalu ia pulang.") == [
        "“Saya datang. Saya melihat.”",
        "Lalu ia pulang.",
    ]


def test_open_quote_ends_at_paragraph() -> None:
    text = 'Dia berkata "ini baru awal. Besok kita lanjut\n\nParagraf baru. Kalimat dua.'
    assert sents(text) == [
        'Dia berkata "ini baru awal. Besok kita lanjut',
        "Paragraf baru.",
        "Kalimat dua.",
    ]


def test_paragraph_break_always_ends_sentence() -> None:
    assert sents("tanpa titik\n\nparagraf kedua") == ["tanpa titik", "paragraf kedua"]


def test_question_ellipsis_and_lowercase_continuation() -> None:
    assert sents("Apa? Tidak mungkin! Benar...tapi nanti.") == [
        "Apa?",
        "Tidak mungkin!",
        "Benar...tapi nanti.",
    ]


def test_seed_sentences() -> None:
    text = seed_text()
    got = split(text)
    assert got[0].text.startswith("PYONGYANG - Media pemerintah Korea Utara (Korut), KCNA,")
    assert got[0].text.endswith("dengan pemimpin China.")
    quoted = [s.text for s in got if s.text.startswith('"Saya berharap')]
    assert quoted == [
        '"Saya berharap bahwa di bawah situasi baru, pihak China akan melakukan upaya dengan '
        'pihak Korea Utara untuk mempromosikan hubungan kedua pihak," pesan Jinping, seperti '
        "disitir CNN dari KCNA, Kamis (2/11/2017)."
    ]
    assert got[-1].text.endswith("pada bulan Mei.")
    assert len(got) == 13


def test_empty_and_blank() -> None:
    assert split("") == []
    assert split("  \n\n \n") == []
    assert tokenize("") == []


def test_long_line_and_other_scripts() -> None:
    line = "kata " * 20_000  # one 100,000-character line
    got = split(line)
    assert len(got) == 1 and len(got[0].tokens) == 20_000
    arabic = "قال الرئيس إن المفاوضات ستستمر. وأضاف أن الوفد سيصل غدا."
    assert [len(s.tokens) > 0 for s in split(arabic)] == [True, True]
    chinese = "习近平会见了金正恩。双方讨论了合作。"
    assert "".join(t.text for s in split(chinese) for t in s.tokens) == chinese
