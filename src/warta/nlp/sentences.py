"""Tokens and sentences of Indonesian news text, by regular expressions.

Tokens keep what news writes as one unit: numbers (`1.500.000`, `2,5`, `15.23`,
`2/11/2017`), hyphenated names and words (`Jong-un`, `PDI-P`, `kupu-kupu`), abbreviations
with their full stops (`dr.`, `No.`, `dll.`, `a.n.`, `S.H.`, `H.`), web addresses, and
currency signs apart from their amounts (`Rp` `1.500.000`).

Sentences end at `.`, `!`, `?`, `…` when the next token can start a sentence, never inside
an open quotation (a quote may span sentences), never after a title abbreviation, and always
at a line break. Offsets are character offsets into the text given.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from warta.types import Sentence, Token

_DATA = "warta.data.gazetteer"

_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"
_TERMINAL = {".", "!", "?", "…", "...", "!!", "??", "?!", "!?", "....", ".....", "。", "！", "？"}
# the last characters a terminal token can have (`_is_terminal`'s necessary condition)
_TERMINAL_ENDS = frozenset({t[-1] for t in _TERMINAL} | {"!", "?", "."})


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation (with its final full stop) → kind: `title` or `final`."""
    out: dict[str, str] = {}
    text = resources.files(_DATA).joinpath("abbreviations.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbr, kind = line.split("\t")[:2]
        out[abbr] = kind.strip()
        if abbr[0].islower():
            out[abbr[0].upper() + abbr[1:]] = kind.strip()
    return out


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    abbrs = sorted(abbreviations(), key=len, reverse=True)
    abbr_alt = "|".join(re.escape(a) for a in abbrs)
    if all(a.endswith(".") for a in abbrs):
        # a quick necessary condition before the ~130 alternatives: the characters of
        # abbreviations up to a full stop (most words have none: ~30% of the tokenizer's time)
        chars = "".join(re.escape(c) for c in sorted(set("".join(abbrs)) | {"."}))
        abbr_alt = rf"(?=[{chars}]*\.)(?:{abbr_alt})"
    word = r"[^\W\d_](?:[\w]|['’](?=\w)|[-‐](?=\w))*"  # starts with a letter
    return re.compile(
        "|".join(
            [
                r"(?P<url>(?:https?://|www\.)\S+[^\s.,;:!?\"'”’)\]])",
                r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)",
                # abbreviation, not glued to a following letter (dr. but not dr.X)
                rf"(?P<abbr>(?<![\w.])(?:{abbr_alt})(?![^\W\d_]))",
                # an initial: one capital and a full stop before a name (H. Abdul, J. Kristiadi)
                r"(?P<initial>(?<![\w.])[A-Z]\.(?=[ \t]?[A-Z]))",
                r"(?P<domain>[^\W\d_][\w-]*(?:\.(?:com|co\.id|id|net|org|go\.id|or\.id|ac\.id|co))\b)",
                r"(?P<cur>(?:Rp|US\$|S\$|RM|\$|€|£|¥)(?=[ \t]?\d))",
                # numbers: 1.500.000 · 2,5 · 15.23 · 2/11/2017 · 1990-an · 3G
                r"(?P<num>\d+(?:[.,:/]\d+)*(?:-?[^\W\d_]+)?(?:-\d+)?)",
                rf"(?P<word>{word})",
                r"(?P<ellipsis>\.{2,}|…)",
                r"(?P<dash>-{2,}|[–—])",
                r"(?P<punct>[!?]{1,3}|\S)",
            ]
        )
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, offsets into `text`."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _token_re().finditer(text, start, end)]


def _can_start(tok: str) -> bool:
    """Whether a token can begin a new sentence."""
    c = tok[0]
    if c.isalpha():
        return not c.islower()  # capitals, and scripts without case (Arabic, Chinese)
    return c.isdigit() or c in "\"'“‘([«" or c not in ",;:)]"


def _is_terminal(tok: Token, kinds: dict[str, str]) -> bool:
    t = tok.text
    if t in _TERMINAL or (t[-1] in "!?" and set(t) <= {"!", "?"}):
        return True
    if t.endswith(".") and len(t) > 1:
        kind = kinds.get(t)
        if kind == "final":
            return True
    return False


def split(text: str) -> list[Sentence]:
    """Sentences with their tokens; offsets are character offsets into `text`."""
    sentences: list[Sentence] = []
    kinds = abbreviations()
    for pstart, pend in _lines(text):
        toks = _country_pairs(tokenize(text, pstart, pend))
        if not toks:
            continue
        cur: list[Token] = []
        open_quote = False  # inside "…" or “…”
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            cur.append(tok)
            t = tok.text
            if t == '"':
                open_quote = not open_quote
            elif t in _OPEN_QUOTES:
                open_quote = True
            elif t in _CLOSE_QUOTES:
                open_quote = False
            if t[-1] in _TERMINAL_ENDS and _is_terminal(tok, kinds) and not open_quote:
                # closing quotes and brackets right after the stop belong to this sentence
                j = i + 1
                while j < n and toks[j].text in ("'", ")", "]", *_CLOSE_QUOTES) and (
                    toks[j].start == toks[j - 1].end
                ):
                    cur.append(toks[j])
                    j += 1
                if j >= n or _can_start(toks[j].text):
                    sentences.append(_sentence(text, cur))
                    cur = []
                i = j
                continue
            closing = (t == '"' and not open_quote) or t in _CLOSE_QUOTES
            # `"Kalimat satu." Kalimat dua` — a quote closed right after a stop ends it
            if (
                closing
                and i > 0
                and _is_terminal(toks[i - 1], kinds)
                and (i + 1 >= n or _can_start(toks[i + 1].text))
            ):
                sentences.append(_sentence(text, cur))
                cur = []
            i += 1
        if cur:
            sentences.append(_sentence(text, cur))
    return sentences


# Kinds of gazetteer entries that a hyphen joins as two actors ("Rusia-Ukraina",
# "TNI-Polri"); people's pairs ("Jokowi-JK") stay one token, as the NER was trained on them.
PAIR_KINDS = ("country", "body", "igo")
_PAIR = re.compile(r"[A-Z][\w']*(?:-[A-Z][\w']*)+")


def _country_pairs(toks: list[Token]) -> list[Token]:
    """Split a hyphenated pair of countries or bodies (`perang Rusia-Ukraina`, `hubungan
    AS-China`, `TNI-Polri`) into the two names and the hyphen: each is an actor. Names
    that merely hold a hyphen (`Guinea-Bissau`, `Jong-un`, `PDI-P`) stay whole: only a
    token not itself in the gazetteer, all of whose parts are countries or bodies, is split."""
    out: list[Token] = []
    for t in toks:
        parts = _pair_parts(t.text)
        if parts is None:
            out.append(t)
            continue
        pos = t.start
        for k, p in enumerate(parts):
            if k:
                out.append(Token("-", pos, pos + 1))
                pos += 1
            out.append(Token(p, pos, pos + len(p)))
            pos += len(p)
    return out


def _pair_parts(word: str) -> list[str] | None:
    """The names a hyphen joins in `word`, when it is a pair of actors (see `PAIR_KINDS`)."""
    if "-" not in word or not _PAIR.fullmatch(word):
        return None
    from warta.nlp.gazetteer import lookup  # (the gazetteer tokenizes with this module)

    if lookup(word) is not None:
        return None
    parts = word.split("-")
    if all((e := lookup(p)) is not None and e.kind in PAIR_KINDS for p in parts):
        return parts
    return None


def _sentence(text: str, toks: list[Token]) -> Sentence:
    s, e = toks[0].start, toks[-1].end
    return Sentence(text[s:e], s, e, list(toks))


_LINE = re.compile(r"[^\n\r]+")


def _lines(text: str) -> list[tuple[int, int]]:
    """Line spans: a line break (paragraph or not) always ends a sentence."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text)]
