"""Entities of whole texts: warta.nlp.analyze and within-article resolution.

The seed tests run on the real seed page. They hold with and without the statistical NER
model installed (the gazetteer and the rules carry the seed's entities).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.nlp import analyze
from warta.types import Entity, TextAnalysis

SEED = Path(__file__).resolve().parent / "data" / "sindonews-2017-11-02-korut-china.txt"


def seed_text() -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[6:25]
    return "\n\n".join(line for line in lines if line.strip() and line.strip() != "(ian)")


@pytest.fixture(scope="module")
def seed() -> TextAnalysis:
    return analyze(seed_text())


def entity(a: TextAnalysis, mention: str) -> Entity:
    found = [e for e in a.entities if any(m.text == mention for m in e.mentions)]
    assert len(found) == 1, (mention, found)
    return found[0]


def facts(e: Entity) -> tuple:
    return (e.type, e.country, e.role)


def test_seed_language_and_offsets(seed: TextAnalysis) -> None:
    assert seed.lang == "id"
    for e in seed.entities:
        for m in e.mentions:
            assert seed.text[m.start : m.end] == m.text
    assert [e.id for e in seed.entities] == [f"E{i}" for i in range(1, len(seed.entities) + 1)]


def test_seed_korut_is_korea_utara(seed: TextAnalysis) -> None:
    e = entity(seed, "Korut")
    assert entity(seed, "Korea Utara") is e
    assert (e.name, *facts(e)) == ("Korea Utara", "GPE", "PRK", None)
    assert sum(m.text == "Korut" for m in e.mentions) == 5


def test_seed_countries(seed: TextAnalysis) -> None:
    assert facts(entity(seed, "China"))[:2] == ("GPE", "CHN")
    assert facts(entity(seed, "Korsel"))[:2] == ("GPE", "KOR")
    assert entity(seed, "Korsel") is entity(seed, "Korea Selatan")
    assert facts(entity(seed, "AS"))[:2] == ("GPE", "USA")
    assert entity(seed, "AS") is entity(seed, "Amerika Serikat")


def test_seed_people(seed: TextAnalysis) -> None:
    xi = entity(seed, "Xi Jinping")
    assert entity(seed, "Jinping") is xi
    assert (xi.name, *facts(xi)) == ("Xi Jinping", "PER", "CHN", "GOV")
    assert sum(m.text == "Jinping" for m in xi.mentions) == 5
    kim = entity(seed, "Kim Jong-un")
    assert entity(seed, "Jong-un") is kim
    assert facts(kim)[:2] == ("PER", "PRK")
    trump = entity(seed, "Donald Trump")
    assert facts(trump) == ("PER", "USA", "GOV")


def test_seed_organisations(seed: TextAnalysis) -> None:
    assert facts(entity(seed, "KCNA")) == ("ORG", "PRK", "MED")
    assert len(entity(seed, "KCNA").mentions) == 4
    assert facts(entity(seed, "CNN")) == ("ORG", "USA", "MED")
    pkc = entity(seed, "Partai Komunis China")
    assert facts(pkc)[:2] == ("ORG", "CHN")
    assert entity(seed, "China") is not pkc


def test_seed_capitals_act_for_governments(seed: TextAnalysis) -> None:
    # "Ketegangan Beijing dan Seoul", "Beijing dan Seoul sepakat": governments acting
    assert facts(entity(seed, "Seoul")) == ("GPE", "KOR", "GOV")
    assert facts(entity(seed, "Beijing")) == ("GPE", "CHN", "GOV")


def test_capital_as_place_is_a_location() -> None:
    a = analyze("Delegasi itu tiba di Canberra pada Senin.", "id")
    assert facts(entity(a, "Canberra")) == ("LOC", "AUS", None)


def test_aliases_and_titles() -> None:
    text = (
        "Presiden Joko Widodo menerima Menteri Luar Negeri AS Mike Pompeo di Istana.\n\n"
        "Jokowi lalu bertemu Kapolri Jenderal Tito Karnavian."
    )
    a = analyze(text, "id", published="2018-05-01T10:00:00+07:00")
    jokowi = entity(a, "Jokowi")
    assert entity(a, "Joko Widodo") is jokowi
    assert (jokowi.name, *facts(jokowi)) == ("Joko Widodo", "PER", "IDN", "GOV")
    assert facts(entity(a, "Mike Pompeo")) == ("PER", "USA", "GOV")
    assert facts(entity(a, "Tito Karnavian")) == ("PER", "IDN", "COP")


def test_unknown_person_gets_role_and_country_from_apposition() -> None:
    text = "Juru bicara Kemlu China, Geng Shuang, mengatakan hal itu. Menurut Shuang, ..."
    a = analyze(text, "id", use_ner=False)
    geng = entity(a, "Geng Shuang")
    assert entity(a, "Shuang") is geng
    assert facts(geng) == ("PER", "CHN", "GOV")
    assert facts(entity(a, "Kemlu China")) == ("ORG", "CHN", "GOV")


def test_titled_name_without_model() -> None:
    a = analyze("Menteri Yuddy meminta PNS disiplin. Kapolda Metro Jaya menolak.", "id",
                use_ner=False)
    yuddy = entity(a, "Yuddy")
    assert facts(yuddy) == ("PER", None, "GOV")  # country unknown: not guessed


def test_former_office_gives_no_role() -> None:
    a = analyze("Mantan Presiden AS Barack Obama berpidato.", "id", published="2019-01-01")
    assert facts(entity(a, "Barack Obama")) == ("PER", "USA", None)


def test_bracketed_abbreviation_defines_alias() -> None:
    text = (
        "Badan Penyelenggara Jaminan Sosial (BPJS) menaikkan iuran. "
        "Menurut BPJS, kenaikan itu perlu."
    )
    a = analyze(text, "id", use_ner=False)
    bpjs = entity(a, "Badan Penyelenggara Jaminan Sosial")
    assert [m.text for m in bpjs.mentions] == ["Badan Penyelenggara Jaminan Sosial", "BPJS", "BPJS"]
    assert bpjs.type == "ORG"


def test_parts_of_name_shared_by_two_people_stay_unlinked() -> None:
    text = "Presiden Donald Trump dan Melania Trump tiba. Trump lalu berpidato."
    a = analyze(text, "id", use_ner=False)
    assert entity(a, "Donald Trump").name == "Donald Trump"


def test_demonyms_and_forces() -> None:
    a = analyze("Warga Korea Utara dan militer China berjaga di perbatasan.", "id",
                use_ner=False)
    assert facts(entity(a, "Warga Korea Utara")) == ("NORP", "PRK", None)
    assert facts(entity(a, "militer China")) == ("ORG", "CHN", "MIL")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "kata " * 20_000,  # one 100,000-character line
        "Korea " * 20_000,
        "قال الرئيس إن المفاوضات ستستمر. وأضاف أن الوفد سيصل غدا.",
        "习近平会见了金正恩。双方讨论了合作。",
        "((((((((((" * 1000,
        '"' * 5000,
    ],
)
def test_bad_input_gives_an_answer(text: str) -> None:
    a = analyze(text)
    assert a.text == text
    for e in a.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_not_a_string_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="needs str"):
        analyze(b"bytes")  # type: ignore[arg-type]


def test_fuzzed_texts_never_crash() -> None:
    import random

    vocab = [
        "Presiden", "China", ",", "Xi", "Jinping", "(", ")", "Korut", "Korea", "Utara", "AS",
        "Partai", "Komunis", "Ketua", "KPK", "Kapolda", "Metro", "Jaya", "Menteri", "Luar",
        "Negeri", "dan", "di", "Beijing", ".", '"', "“", "”", "Kim", "Jong-un", "mantan",
        "warga", "militer", "Kemlu", "Juru", "bicara", "Rp", "1.500", "dr.", "\n\n", "PT", "Tbk",
        "Jokowi", "Badan", "(BPJS)", "Bupati", "Bogor", "Ade", "-", "PYONGYANG",
    ]
    rng = random.Random(7)
    for _ in range(400):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 30)))
        a = analyze(text, "id", use_ner=False)
        for e in a.entities:
            assert e.id and e.type in {"PER", "ORG", "LOC", "GPE", "NORP"}
            for m in e.mentions:
                assert text[m.start : m.end] == m.text


def test_statistical_spans_merge_with_gazetteer() -> None:
    """NER spans (given here as the model would give them) join gazetteer entities."""
    from warta.nlp import gazetteer, resolve
    from warta.nlp.sentences import split

    text = (
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Yuddy Chrisnandi "
        "datang ke Gedung DPR bersama Partai Persatuan Pembangunan (PPP). "
        "Ketua Partai Komunis China menyapa Xi Jinping. Jinping tersenyum."
    )

    def at(s: str, label: str, nth: int = 0) -> tuple[int, int, str]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(s, start + 1)
        return (start, start + len(s), label)

    spans = [
        at("Yuddy Chrisnandi", "PER"),
        at("Gedung DPR", "LOC"),
        at("Partai Persatuan Pembangunan (PPP)", "ORG"),
        at("Partai Komunis China", "ORG"),
        at("Jinping", "PER", 1),
    ]
    ents = resolve.resolve(text, split(text), gazetteer.load(), spans)
    by_mention = {m.text: e for e in ents for m in e.mentions}
    assert facts(by_mention["Yuddy Chrisnandi"]) == ("PER", "IDN", "GOV")
    assert facts(by_mention["Gedung DPR"]) == ("LOC", "IDN", None)
    ppp = by_mention["Partai Persatuan Pembangunan"]
    assert by_mention["PPP"] is ppp and ppp.name == "Partai Persatuan Pembangunan"
    assert facts(by_mention["Partai Komunis China"])[:2] == ("ORG", "CHN")
    assert by_mention["Jinping"] is by_mention["Xi Jinping"]
