"""The shipped NER model: spans on real news, `warta ner` on CoNLL files, bad input."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.nlp import ner

DATA = Path(__file__).parent / "data"
SEED = DATA / "sindonews-2017-11-02-korut-china.txt"
SAMPLE = DATA / "ner" / "idner-dev-sample.conll"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from conlleval import chunks, score  # noqa: E402


def seed_body() -> str:
    """The seed's ten body paragraphs, joined as the record contract joins them."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("PYONGYANG - "))
    end = next(i for i, line in enumerate(lines) if line == "(ian)")
    return "\n\n".join(line for line in lines[start:end] if line.strip())


def naive_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by a plain regex (the real splitter is another module's job)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+(?:[.!?]+\"?|$)", text)]


@pytest.fixture(scope="module")
def seed_spans() -> tuple[str, list[tuple[int, int, str]]]:
    text = seed_body()
    return text, ner.find_spans(text, naive_sentences(text))


def found(text: str, spans: list[tuple[int, int, str]]) -> set[tuple[str, str]]:
    return {(text[s:e], label) for s, e, label in spans}


def test_seed_people(seed_spans: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, spans = seed_spans
    got = found(text, spans)
    assert ("Donald Trump", "PER") in got, sorted(got)
    # Kim Jong-un is found as a person (the model may stop before the hyphenated part).
    assert any(name.startswith("Kim") and label == "PER" for name, label in got), sorted(got)
    # Places and media are not people: each name's most frequent label over its mentions.
    for name in ("China", "Korsel", "Beijing", "Seoul", "KCNA", "CNN"):
        labels = Counter(label for s, e, label in spans if text[s:e] == name)
        assert labels and labels.most_common(1)[0][0] != "PER", (name, labels)


def test_seed_places_and_organisations(
    seed_spans: tuple[str, list[tuple[int, int, str]]],
) -> None:
    text, spans = seed_spans
    got = found(text, spans)
    for place in ("China", "Beijing", "Seoul", "Korsel", "Amerika Serikat", "Korea Selatan"):
        assert (place, "LOC") in got, (place, sorted(got))
    for org in ("KCNA", "CNN", "Partai Komunis China"):
        assert (org, "ORG") in got, (org, sorted(got))


def test_spans_are_offsets_into_text(seed_spans: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, spans = seed_spans
    assert spans == sorted(spans)
    for start, end, label in spans:
        assert label in {"PER", "ORG", "LOC"}
        assert text[start:end] == text[start:end].strip() and end > start
    # Hyphenated words are single tokens: no span starts or ends inside "Jong-un".
    inside = {m.start() + 4 for m in re.finditer("Jong-un", text)}
    assert inside and not any(s in inside or e in inside for s, e, _ in spans)
    assert not any(text[s:e].endswith("Jong") for s, e, _ in spans)


def test_find_spans_only_looks_inside_given_sentences() -> None:
    text = "Presiden Joko Widodo bertemu Xi Jinping di Jakarta. Donald Trump tidak hadir."
    first = (0, text.index(".") + 1)
    spans = ner.find_spans(text, [first])
    names = found(text, spans)
    assert ("Joko Widodo", "PER") in names
    assert all(e <= first[1] for _, e, _ in spans)
    assert ner.find_spans(text, []) == []


def test_tag_tokens_is_bio_and_aligned() -> None:
    sents = [
        ["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", ",", "Jawa", "Timur", "."],
        [],
        ["KPK", "memeriksa", "Gubernur", "Bank", "Indonesia", "."],
    ]
    tags = ner.tag_tokens(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    assert tags[0][1:3] == ["B-PER", "I-PER"]
    assert tags[0][5] == "B-LOC"
    assert tags[2][0] == "B-ORG"
    for row in tags:
        for prev, tag in zip(["O", *row], row, strict=False):
            assert re.fullmatch(r"O|[BI]-(PER|ORG|LOC)", tag)
            if tag.startswith("I-"):
                assert prev[2:] == tag[2:]


def test_tokenizer_keeps_hyphenated_names() -> None:
    doc = ner.model()("Kim Jong-un bertemu PDI-P, (Korut), Rp1.500.000 pukul 15.23 WIB.")
    words = [t.text for t in doc]
    assert "Jong-un" in words and "PDI-P" in words
    assert words[words.index("Korut") - 1] == "("
    assert "15.23" in words


def run_ner(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "warta.cli", "ner", *args], input=stdin, capture_output=True
    )


def test_cli_round_trips_crlf_conll_and_scores() -> None:
    raw = SAMPLE.read_bytes()
    assert b"\r\n" in raw
    proc = run_ner(str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode().split("\n")
    src = raw.decode().replace("\r\n", "\n").split("\n")
    assert len(out) == len(src)
    gold, pred, g_sent, p_sent = [], [], [], []
    for s_line, o_line in zip(src, out, strict=True):
        if not s_line.strip():
            assert o_line == ""
            if g_sent:
                gold.append(g_sent)
                pred.append(p_sent)
                g_sent, p_sent = [], []
            continue
        token, tag = o_line.split("\t")
        assert token == s_line.split()[0]
        g_sent.append(s_line.split()[-1])
        p_sent.append(tag)
    # The sample is news like the training data: most of its 20 entities are found exactly.
    assert score(gold, pred).prf[2] >= 0.6


def test_cli_stray_columns_docstart_and_stdin(tmp_path: Path) -> None:
    text = (
        "-DOCSTART- -X- O O\r\n\r\n"
        "Presiden\tNOUN\tO\textra\r\n"
        "Joko\tPROPN\n"
        "Widodo PROPN B-PER I-PER\r\n"
        "  \r\n"
        "ke\r\n"
        "Jakarta\t\t\r\n"
    )
    path = tmp_path / "stray.conll"
    path.write_bytes(text.encode())
    proc = run_ner(str(path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().split("\n")
    assert lines[:6] == ["-DOCSTART-\tO", "", "Presiden\tO", "Joko\tB-PER", "Widodo\tI-PER", ""]
    assert lines[6] == "ke\tO" and lines[7].startswith("Jakarta\t")
    assert run_ner("-", stdin=text.encode()).stdout == proc.stdout


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "no tokens"), (b"\n\r\n  \n", "no tokens"), (b"\x00\x01PK", "binary"),
     (b"Jakarta \xff\xfe O\n", "not UTF-8")],
)
def test_cli_bad_input_is_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_bytes(content)
    proc = run_ner(str(bad))
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and str(bad) in err and problem in err


def test_cli_batch_goes_on_after_a_missing_file() -> None:
    proc = run_ner("/nonexistent/x.conll", str(SAMPLE))
    assert proc.returncode == 1
    assert "/nonexistent/x.conll" in proc.stderr.decode()
    assert proc.stdout.decode().count("\n") == SAMPLE.read_bytes().count(b"\n")


def test_other_script_and_long_line() -> None:
    text = "北京是中国的首都。" + " Москва — столица России."
    spans = ner.find_spans(text, [(0, len(text))])
    assert all(label in {"PER", "ORG", "LOC"} and 0 <= s < e <= len(text) for s, e, label in spans)
    long_line = ("Presiden Joko Widodo berkunjung ke Surabaya dan " * 2100)[:100_000]
    spans = ner.find_spans(long_line, [(0, len(long_line))])
    assert ("Joko Widodo", "PER") in found(long_line, spans)
    assert ner.find_spans("", [(0, 0)]) == []
    tags = ner.tag_tokens([["北京", "是", "中国"], ["x" * 5000], ["a b", ""]])
    assert [len(t) for t in tags] == [3, 1, 2]
    assert all(re.fullmatch(r"O|[BI]-(PER|ORG|LOC)", t) for row in tags for t in row)


def test_tag_conll_errors_name_the_source() -> None:
    with pytest.raises(InputError, match="^mine.conll: no tokens"):
        ner.tag_conll("\n\n", "mine.conll")


def test_conlleval_chunks() -> None:
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")
    ]
    s = score([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]])
    assert (s.gold, s.predicted, s.correct) == (2, 2, 1)


def test_a_bodys_acronym_run_into_a_persons_name_is_split() -> None:
    from warta.nlp.ner import _split_acronym

    text = "kata Ketua Panja PPnBM Vera Febyanthy di Jakarta"
    s = text.index("PPnBM")
    e = text.index(" di")
    assert _split_acronym(text, s, e, "PER") == [
        (s, s + 5, "ORG"), (s + 6, e, "PER")]
    kh = "KH Ma'ruf Amin"  # an honorific, not a body
    assert _split_acronym(kh, 0, len(kh), "PER") == [(0, len(kh), "PER")]
    org = "BNI Syariah Indonesia"  # an organisation's own name is left whole
    assert _split_acronym(org, 0, len(org), "ORG") == [(0, len(org), "ORG")]
