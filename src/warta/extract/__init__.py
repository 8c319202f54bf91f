"""Extraction: one Indonesian-aware cleaner for HTML pages and text dumps.

`extract_article(doc)` turns a raw page into the article part of the record contract
(docs/record.md); `article_from_text(doc)` takes a document as clean article text.
"""

from warta.extract.article import article_from_text, extract_article

__all__ = ["article_from_text", "extract_article"]
