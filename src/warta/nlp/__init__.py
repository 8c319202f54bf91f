"""Indonesian NLP: language, sentences with tokens, and resolved named entities.

`analyze(text)` is the entry point used by the pipeline; `warta.quotes` and `warta.events`
build on the `sentences` and `entities` it fills.
"""

from __future__ import annotations

from warta.nlp import gazetteer, resolve, sentences
from warta.types import Entity, Sentence, TextAnalysis

__all__ = ["analyze", "detect_lang", "entities", "split_sentences"]

split_sentences = sentences.split

def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of `text` (shared with extraction: `warta.extract.lang.detect`)."""
    from warta.extract.lang import detect

    return detect(text)


def _ner_spans(text: str, sents: list[Sentence]) -> list[tuple[int, int, str]]:
    """Statistical NER spans over Warta's own tokens, or none when the model is not installed.

    The model tags the tokens of `sentences` (the same units the gazetteer and the rules
    see). Sentences without a capital letter cannot hold a name of the cased model and are
    not tagged, which also keeps junk (long runs of punctuation) away from it.
    """
    try:
        from warta.nlp import ner
    except ImportError:
        return []
    if not ner.MODEL_DIR.exists():
        return []
    todo = [s for s in sents if s.tokens and any(map(str.isupper, s.text))]
    if not todo:
        return []
    tags = ner.tag_tokens([[t.text for t in s.tokens] for s in todo])
    spans: list[tuple[int, int, str]] = []
    for sent, sent_tags in zip(todo, tags, strict=True):
        open_: list = []  # [start, end, label] of the span being read
        for tok, tag in zip(sent.tokens, sent_tags, strict=True):
            bio, _, label = tag.partition("-")
            if bio == "I" and open_ and open_[2] == label:
                open_[1] = tok.end
                continue
            if open_:
                spans.append((open_[0], open_[1], open_[2]))
                open_ = []
            if bio in ("B", "I"):
                open_ = [tok.start, tok.end, label]
        if open_:
            spans.append((open_[0], open_[1], open_[2]))
    return spans


def entities(
    text: str, sents: list[Sentence], *, year: int | None = None, use_ner: bool = True
) -> list[Entity]:
    """Resolved entities of `text` given its sentences."""
    spans = _ner_spans(text, sents) if use_ner else []
    return resolve.resolve(text, sents, gazetteer.load(), spans, year=year)


def analyze(
    text: str,
    lang: str | None = None,
    *,
    published: str | None = None,
    use_ner: bool = True,
) -> TextAnalysis:
    """Language, sentences (with tokens) and entities of clean article text.

    Offsets count characters in `text` (the body joined with blank lines). `published`
    (ISO 8601) picks the office a person held that year. Empty text gives an empty analysis.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs str, not {type(text).__name__}")
    if lang is None:
        lang = detect_lang(text)
    sents = sentences.split(text)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    ents = entities(text, sents, year=year, use_ner=use_ner) if sents else []
    return TextAnalysis(text=text, lang=lang, published=published, sentences=sents, entities=ents)
