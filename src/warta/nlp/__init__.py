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
    """Statistical NER spans, or none when the model is not installed."""
    try:
        from warta.nlp import ner
    except ImportError:
        return []
    if not ner.MODEL_DIR.exists():
        return []
    return ner.find_spans(text, [(s.start, s.end) for s in sents])


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
