"""Warta: raw Indonesian news → clean article records and PLOVER political events."""

from warta.types import SCHEMA, Article, Document, Entity, Event, Quote, Record

__all__ = ["SCHEMA", "Article", "Document", "Entity", "Event", "Quote", "Record", "__version__"]
__version__ = "0.1.0"
