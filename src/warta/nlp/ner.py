"""Statistical named entities (PER, ORG, LOC) from Warta's own spaCy model.

The model (`warta/data/ner/model`, built by `training/train_ner.py`) is loaded once, lazily,
and shared by every call. Countries (`GPE`) are assigned later by the gazetteer resolver.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "ner" / "model"
LABELS = ("PER", "ORG", "LOC")
BATCH_SIZE = 256
TOKENIZER = "warta.id_tokenizer.v1"

_nlp: Language | None = None
_lock = threading.Lock()


def _infixes(defaults: Any) -> list[str]:
    """spaCy's `id` infixes, minus the rules that split letter-hyphen-letter (`Kim Jong-un`).

    Indonesian news writes hyphenated names and compounds as one word (Jong-un, PDI-P,
    non-kader, Jokowi-JK), as the IDNer training data does; `/` between letters still splits.
    """
    from spacy.lang.char_classes import HYPHENS

    dashes = "(?:" + "|".join(h for h in HYPHENS.split("|") if h != "-") + ")"
    infixes = []
    for pattern in defaults.infixes:
        if f"(?:{HYPHENS})" in pattern:  # letter-dash-letter: split on dashes, not on "-"
            pattern = pattern.replace(f"(?:{HYPHENS})", dashes)
        elif "[\\/-]" in pattern:  # letter-hyphen-currency/letter: only "/" splits
            pattern = pattern.replace("[\\/-]", "\\/")
        elif re.fullmatch(r"\(\?<=\[.*\]\)-\(\?=\[.*\]\)", pattern, re.S):
            continue  # letter-hyphen-digit and digit-hyphen-letter (COVID-19): keep whole
        infixes.append(pattern)
    return infixes


def _keep_hyphenated_words(nlp: Language) -> None:
    """Switch an `id` pipeline's tokenizer to Warta's infix rules (see `_infixes`)."""
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(_infixes(nlp.Defaults)).finditer


def _register_tokenizer() -> None:
    """Register `warta.id_tokenizer.v1`: spaCy's `id` tokenizer with Warta's infixes and
    without its ~15,600 hyphenated special cases (which the infixes make redundant, and whose
    loading took seconds)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import (
        compile_infix_regex,
        compile_prefix_regex,
        compile_suffix_regex,
        registry,
    )

    def factory() -> Callable[[Language], Tokenizer]:
        def create(nlp: Language) -> Tokenizer:
            d = nlp.Defaults
            return Tokenizer(
                nlp.vocab,
                rules={k: v for k, v in d.tokenizer_exceptions.items() if "-" not in k},
                prefix_search=compile_prefix_regex(d.prefixes or ()).search,
                suffix_search=compile_suffix_regex(d.suffixes or ()).search,
                infix_finditer=compile_infix_regex(_infixes(d)).finditer,
                token_match=d.token_match,
                url_match=d.url_match,
            )

        return create

    registry.tokenizers.register(TOKENIZER, func=factory)


def load_model(path: Path | str = MODEL_DIR) -> Language:
    """Load a Warta NER model from `path` (tok2vec + ner) with Warta's tokenizer."""
    import spacy

    _register_tokenizer()
    return spacy.load(
        path,
        exclude=["tokenizer"],
        config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}},
    )


def model() -> Language:
    """The shipped model, loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = load_model()
    return _nlp


def tag_with(nlp: Language, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
    """BIO tags (`B-PER`, `I-ORG`, `O`) for pre-tokenised sentences, using `nlp`."""
    from spacy.attrs import ENT_IOB, ENT_TYPE
    from spacy.tokens import Doc

    sents = [list(s) for s in sentences]
    out: list[list[str]] = [[] for _ in sents]
    # A token must be a non-empty string without whitespace for spaCy; keep a stand-in.
    todo = [i for i, s in enumerate(sents) if s]
    docs = (
        Doc(nlp.vocab, words=[("".join(t.split()) or "_") for t in sents[i]]) for i in todo
    )
    tag_of: dict[tuple[int, int], str] = {}  # (ENT_IOB, ENT_TYPE) -> BIO tag
    strings = nlp.vocab.strings

    def tag(key: tuple[int, int]) -> str:
        iob, label = key  # ENT_IOB: 1 = I, 2 = O, 3 = B, 0 = unset
        tag_of[key] = f"{'I' if iob == 1 else 'B'}-{strings[label]}" if iob in (1, 3) else "O"
        return tag_of[key]

    for i, doc in zip(todo, nlp.pipe(docs, batch_size=BATCH_SIZE), strict=True):
        # One array read per sentence instead of a Token object per word (~7% of the time).
        rows = map(tuple, doc.to_array([ENT_IOB, ENT_TYPE]).tolist())
        out[i] = [tag_of.get(key) or tag(key) for key in rows]
    return out


def tag_tokens(sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags per pre-tokenised sentence, one tag per token."""
    return tag_with(model(), sentences)


def find_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Entity spans `(start, end, label)` in `text`, label PER/ORG/LOC, over its sentence spans.

    Each `(start, end)` is a sentence's character range in `text`; the spans returned are
    character offsets into `text`, in order.
    """
    nlp = model()
    spans = [(s, e) for s, e in sentences if 0 <= s < e <= len(text) and text[s:e].strip()]
    found: list[tuple[int, int, str]] = []
    for (start, _), doc in zip(
        spans, nlp.pipe((text[s:e] for s, e in spans), batch_size=BATCH_SIZE), strict=True
    ):
        for ent in doc.ents:
            if ent.label_ in LABELS:
                found.extend(_split_acronym(text, start + ent.start_char, start + ent.end_char,
                                            ent.label_))
    return sorted(found)


ACRONYM = re.compile(r"^(?=(?:\w*[A-Z]){2})[A-Z][A-Za-z]{1,6}$")
HONORIFICS = frozenset({"KH", "HM", "HJ", "DR", "IR", "RA", "RM", "KRT", "GKR", "ST", "SH", "MH"})


def _split_acronym(text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """"PTBA Eko Budhiwijayanton", "PPnBM Vera Febyanthy": a body's acronym run into the
    person named after it (no comma in the source) is two entities, ORG then PER."""
    words = text[s:e].split(" ")
    if label != "PER" or len(words) < 3 or not ACRONYM.match(words[0]) \
            or words[0].upper() in HONORIFICS or not all(w[:1].isupper() for w in words[1:]):
        return [(s, e, label)]
    cut = s + len(words[0])
    return [(s, cut, "ORG"), (cut + 1, e, "PER")]


def tag_conll(text: str, source: str = "<input>") -> str:
    """Tag CoNLL-style text: `token<TAB>tag` for each token line, the same blank lines.

    The token is a line's first column (tab-separated if the line has a tab, else
    whitespace-separated); other columns are ignored. `-DOCSTART-` lines stay as they are
    (tag `O`) and end a sentence, like blank lines. CRLF line ends are accepted.
    """
    from warta.errors import InputError

    if "\x00" in text:
        raise InputError(source, "binary data, not CoNLL text")
    lines = text.lstrip("\ufeff").splitlines()
    tokens: list[str | None] = []  # None for a blank line
    for line in lines:
        if not line.strip():
            tokens.append(None)
            continue
        first = line.split("\t", 1)[0].strip() if "\t" in line else line.split(None, 1)[0]
        tokens.append(first or line.split(None, 1)[0])
    if all(t is None for t in tokens):
        raise InputError(source, "no tokens (empty CoNLL input)")
    sentences: list[list[str]] = [[]]
    for tok in tokens:
        if tok is None or tok == "-DOCSTART-":
            if sentences[-1]:
                sentences.append([])
        else:
            sentences[-1].append(tok)
    tags = iter(tag for sent in tag_tokens(sentences) for tag in sent)
    out = []
    for tok in tokens:
        if tok is None:
            out.append("")
        else:
            out.append(f"{tok}\tO" if tok == "-DOCSTART-" else f"{tok}\t{next(tags)}")
    return "\n".join(out) + "\n"
