"""Language of a body: lingua, restricted to the languages Warta meets, built once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SAMPLE_CHARS = 200  # lingua reads a bounded sample of the body
MARKER_CHARS = 4000  # the Indonesian/Malay word count reads a longer one (cheap)
LANGUAGES = ("INDONESIAN", "MALAY", "ENGLISH", "TAGALOG", "DUTCH", "JAVANESE")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def preload() -> None:
    """Load every model lingua may use now, so that processes forked afterwards share them.

    lingua reads its larger n-gram models (~100 MB) lazily, on the first text shorter than
    120 characters; a batch's workers would each load their own copy at some point of the run.
    """
    _detector().detect_language_of("Presiden bertemu menteri di Jakarta hari ini.")


def sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """The first `limit` characters, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit]


def detect(text: str) -> str | None:
    """ISO 639-1 code of `text` (`id`, `ms`, `en`, …), or None when it cannot tell."""
    full = text
    text = sample(text.strip())
    if len(text) < 20:
        return None
    lang = _detector().detect_language_of(text)
    if lang is None:
        return None
    code = str(lang.iso_code_639_1.name).lower()
    if code in ("id", "ms"):
        code = _id_or_ms(full, code)
    return code


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str]]:
    from warta.extract.rules import load_yaml

    data = load_yaml("lang.yaml")
    ids, mss = set(data["id"]), set(data["ms"])
    return frozenset(ids - mss), frozenset(mss - ids)


_WORD_RE = re.compile(r"[a-z]+")


def _id_or_ms(text: str, guess: str) -> str:
    """Indonesian or Malay by their distinctive everyday words; lingua's guess on a tie."""
    ids, mss = _markers()
    words = _WORD_RE.findall(text[:MARKER_CHARS].lower())
    n_id = sum(1 for w in words if w in ids)
    n_ms = sum(1 for w in words if w in mss)
    if n_id == n_ms:
        return guess
    return "id" if n_id > n_ms else "ms"
