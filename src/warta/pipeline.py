"""The pipeline as plain functions: Document → Article → Record.

The CLI, the batch and Dask runners and the HTTP API all call these.
"""

from __future__ import annotations

from warta.types import Article, Document, Record, TextAnalysis


def extract(doc: Document) -> Article:
    """Clean one raw page (HTML or text dump) into an article."""
    from warta.extract import extract_article

    return extract_article(doc)


def analyze_article(article: Article) -> Record:
    """Run NLP, quotes and events over an extracted article."""
    analysis = analyze_text(article.text, published=article.published, lang=article.lang)
    return Record(
        article=article,
        entities=analysis.entities,
        quotes=analysis.quotes,
        events=analysis.events,
    )


def analyze_text(
    text: str, *, published: str | None = None, lang: str | None = None
) -> TextAnalysis:
    """Sentences, entities, quotes and events of clean article text."""
    from warta import events, nlp, quotes

    analysis = nlp.analyze(text, lang=lang, published=published)
    quotes.attribute(analysis)
    events.code(analysis)
    return analysis


def process(doc: Document) -> Record:
    """Extract and analyse one document."""
    article = extract(doc)
    if article.error:
        return Record(article=article)
    return analyze_article(article)
