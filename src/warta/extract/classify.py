"""The Indonesian line classifier: one page of lines → title, date, byline, dateline, body.

The same steps run on text dumps and on HTML reduced to lines (`warta.extract.html`):

1. `features`     — per line: words, prose-likeness, the chrome rule it matches (data files).
2. `find_body`    — the main article block: the densest run of long, sentence-like lines
                    (a maximum-sum segment), anchored on the dateline when there is one.
3. `clean_body`   — inside the block, drop related-article lists, prompts, credits.
4. `read_head`    — above the block: the date line, the headline (next to the date line,
                    repeated elsewhere, or matching the page metadata), bylines.
5. `read_tail`    — below the block: editor's initials `(ian)`, writer and editor credits.
6. `name_rest`    — every other line gets a reason name (navigation, menu, related-articles…).

Every dropped line is kept in `removed` with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from warta.extract.dateline import Dateline, find_dateline, is_dateline_only
from warta.extract.dates import DateHit, find_date
from warta.extract.rules import chrome_rules, norm_key
from warta.extract.text import Line
from warta.types import Removed

HEAD_WINDOW = 16  # lines above the body searched for title, date and byline
TAIL_WINDOW = 14  # lines below the body searched for editor codes and credits
MIN_BODY_WORDS = 25  # fewer words of prose than this: no article on the page

_HAS_DIGIT = re.compile(r"\d").search
TERMINAL = frozenset('.!?"”’\')')
EDITOR_CODE_RE = re.compile(r"^\(\s*([A-Za-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6}){0,4})\s*\)$")
TRAILING_CODE_RE = re.compile(r"\s*\(\s*([a-z]{2,6}(?:\s*/\s*[A-Za-z]{2,6}){0,4})\s*\)$")
WRITER_LABELS = ("pewarta", "penulis", "reporter", "oleh", "by", "author", "jurnalis",
                 "wartawan", "kontributor", "laporan wartawan", "laporan")
LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,24}?)\s*[:\t]\s*(?P<names>.+)$")
BY_RE = re.compile(r"^(?:by|oleh)\s+(?P<names>.+)$", re.I)
NAME_OUTLET_RE = re.compile(r"^(?P<names>[A-Z][\w.'’ ]{2,60}?)\s+[-–|]\s+(?P<outlet>[\w.]+)$")
NAME_WORD_RE = re.compile(r"^(?:[A-Z][\w.'’-]*|dr\.?|de|van|bin|binti|al|el|di)$")
NAME_SPLIT_RE = re.compile(r"\s*(?:,|&|\bdan\b|\band\b|/)\s*")
KONTRIBUTOR_RE = re.compile(r"^(?:kontributor|koresponden)\s+[\w ]+?,\s*", re.I)
WRITER_ROLE_WORDS = frozenset({"jurnalis", "reporter", "wartawan", "penulis", "kontributor",
                               "author"})


@dataclass(slots=True)
class LineInfo:
    text: str
    key: str
    words: int
    prose: bool
    reason: str | None
    link: bool
    tag: str


@dataclass(slots=True)
class Page:
    """What the classifier read from a page."""

    body: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    date: DateHit | None = None
    authors: list[str] = field(default_factory=list)
    editor_codes: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    copyright_holder: str | None = None
    found: bool = False  # an article block was found


def _lower_ratio(words: list[str]) -> float:
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if w[0].islower()) / len(alpha)


def is_prose(text: str, words: list[str]) -> bool:
    """A sentence-like line: enough words, mostly lower-case, ending like a sentence."""
    n = len(words)
    if n < 5:
        return False
    if text.endswith(("...", "…")):
        return n >= 20 and _lower_ratio(words) >= 0.5
    if text[-1] not in TERMINAL and n < 20:
        return False
    # leads full of names ("LHOKSEUMAWE, KOMPAS.com – Penyidik Polres …") are still prose
    return _lower_ratio(words) >= (0.4 if n < 15 else 0.2)


def features(lines: list[Line]) -> list[LineInfo]:
    reason_of = chrome_rules().reason
    code_match = EDITOR_CODE_RE.match
    out: list[LineInfo] = []
    append = out.append
    for line in lines:
        text = line.text
        words = text.split()
        key = norm_key(text)
        reason = reason_of(text, key)
        if reason is None and text[0] == "(" and code_match(text):
            reason = "editor-code"
        prose = reason is None and not line.link and len(words) >= 5 and is_prose(text, words)
        append(LineInfo(text, key, len(words), prose, reason, line.link, line.tag))
    return out


# Lines that close an article weigh heavily against joining what follows to the body.
CLOSING = {"copyright": -40, "editor-code": -15, "byline": -6, "comment-prompt": -6}


def _weight(info: LineInfo) -> int:
    if info.prose:
        return min(info.words, 60)
    if info.reason is not None:
        return CLOSING.get(info.reason, -3)
    if info.link:
        return -4
    return -2 if info.words <= 3 else -3


def find_body(infos: list[LineInfo]) -> tuple[int, int] | None:
    """The maximum-sum run of lines (prose positive, chrome and short lines negative)."""
    best, best_span = 0, None
    total, start = 0, 0
    for i, info in enumerate(infos):
        w = _weight(info)
        if total <= 0:
            total, start = 0, i
        total += w
        if total > best and info.prose:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    s, e = best_span
    while s < e and not infos[s].prose:
        s += 1
    words = sum(x.words for x in infos[s : e + 1] if x.prose)
    if words < MIN_BODY_WORDS:
        return None
    return s, e


def classify(
    lines: list[Line],
    *,
    title_hint: str | None = None,
    crawled: datetime | None = None,
) -> Page:
    """Split a page's lines into article parts and removed chrome."""
    infos = features(lines)
    page = Page()
    reasons: list[str | None] = [None] * len(infos)  # None: kept in body
    span = find_body(infos)
    if span is None:
        for i, info in enumerate(infos):
            reasons[i] = info.reason or _generic(infos, i)
        page.removed = [
            Removed(x.text, r or "boilerplate") for x, r in zip(infos, reasons, strict=True)
        ]
        page.copyright_holder = _copyright(infos, 0)
        return page
    page.found = True
    s, e = span
    s = _anchor_dateline(infos, s, e, reasons, page)
    body_idx = _clean_body(infos, s, e, reasons)
    _read_head(infos, s, reasons, page, title_hint, crawled)
    _read_tail(infos, e, reasons, page)
    # everything else outside the body
    for i in range(len(infos)):
        if reasons[i] is None and i not in body_idx:
            reasons[i] = infos[i].reason or _generic(infos, i)
    _mark_title_copies(infos, reasons, page.title, body_idx)
    page.body = _paragraphs(infos, body_idx, page)
    page.removed = [
        Removed(infos[i].text, r) for i, r in enumerate(reasons) if r is not None
    ]
    page.copyright_holder = _copyright(infos, e)
    return page


def _anchor_dateline(
    infos: list[LineInfo], s: int, e: int, reasons: list[str | None], page: Page
) -> int:
    """Start the body at its dateline; lines of the block above it are captions or teasers."""
    # a dateline alone on the line above the block (detik: "Jakarta -")
    if s > 0 and is_dateline_only(infos[s - 1].text):
        page.dateline = find_dateline(infos[s - 1].text + " " + infos[s].text)
        return s - 1
    checked = 0
    for j in range(s, e + 1):
        if not infos[j].prose:
            continue
        d = find_dateline(infos[j].text)
        if d:
            page.dateline = d
            for k in range(s, j):
                reasons[k] = infos[k].reason or "caption"
            return j
        checked += 1
        if checked >= 3:
            break
    return s


def _clean_body(infos: list[LineInfo], s: int, e: int, reasons: list[str | None]) -> list[int]:
    """Indices of the body's lines; lists and prompts inside the block get their reasons."""
    body: list[int] = []
    in_list = False
    for i in range(s, e + 1):
        info = infos[i]
        if info.prose and info.reason is None:
            in_list = False
            body.append(i)
            continue
        if i == s and is_dateline_only(info.text):
            body.append(i)
            continue
        if info.reason == "related-articles":
            in_list = True
            reasons[i] = "related-articles"
        elif in_list:
            reasons[i] = info.reason or "related-articles"
        elif info.reason is not None:
            reasons[i] = info.reason
        elif info.link:
            reasons[i] = "related-link"
        elif info.text.startswith(("...", "…")) and info.text.endswith(("...", "…")):
            reasons[i] = "pull-quote"
        else:
            body.append(i)  # a subheading, a short line of the text
    return body


def _is_date_line(info: LineInfo, crawled: datetime | None) -> DateHit | None:
    if info.words > 16 or info.prose:
        return None
    hit = find_date(info.text, now=crawled)
    if hit is None:
        return None
    rest = info.text[: hit.start] + info.text[hit.end :]
    if len(rest.split()) > 6:
        return None
    return hit


def _read_head(
    infos: list[LineInfo],
    s: int,
    reasons: list[str | None],
    page: Page,
    title_hint: str | None,
    crawled: datetime | None,
) -> None:
    """Date line, headline and byline above the body."""
    lo = max(0, s - HEAD_WINDOW)
    date_i = None
    for i in range(s - 1, lo - 1, -1):
        if reasons[i] is not None:
            continue
        hit = _is_date_line(infos[i], crawled)
        if hit is not None:
            page.date, date_i = hit, i
            reasons[i] = "date-line"
            break
    _mark_lists(infos, lo, s, reasons)
    _read_bylines(infos, lo, s, reasons, page)
    best, best_score = None, float("-inf")
    hint = _tokens(title_hint) if title_hint else None
    seen = _page_text(infos)
    for i in range(lo, s):
        info = infos[i]
        if reasons[i] is not None or info.prose or not 2 <= info.words <= 30:
            continue
        if not (info.text[0].isupper() or info.text[0].isdigit() or info.text[0] in "\"“'‘"):
            continue  # headlines open with a capital or a digit; keyword lists do not
        if info.reason is not None and info.reason != "related-articles" or info.link:
            continue
        if info.reason == "related-articles":
            continue
        score = _title_score(infos, i, s, date_i, hint, seen)
        if score > best_score:
            best, best_score = i, score
    if hint is not None and (best is None or _f1(_tokens(infos[best].text), hint) < 0.5):
        best = _hint_line(infos, hint, s)
    if best is not None:
        page.title = infos[best].text
        reasons[best] = "title"
    elif title_hint:
        page.title = title_hint


def _mark_lists(infos: list[LineInfo], lo: int, hi: int, reasons: list[str | None]) -> None:
    """A related-articles header and the headlines under it, above the body."""
    in_list = False
    for i in range(lo, hi):
        info = infos[i]
        if info.reason == "related-articles":
            in_list = True
            reasons[i] = "related-articles"
        elif in_list:
            # a list ends at prose, at a line already named (the date line) or at a
            # breadcrumb-like short line
            if info.prose or reasons[i] is not None or info.words <= 2:
                in_list = False
            else:
                reasons[i] = info.reason or "related-articles"


def _hint_line(infos: list[LineInfo], hint: set[str], s: int) -> int | None:
    """The line anywhere on the page that matches the metadata title best."""
    best, best_f = None, 0.5
    for i, info in enumerate(infos):
        if 2 <= info.words <= 30 and not info.prose:
            f = _f1(_tokens(info.text), hint) + (0.05 if info.tag == "h1" else 0)
            if f > best_f or (f == best_f and best is not None and abs(i - s) < abs(best - s)):
                best, best_f = i, f
    return best


def _title_score(
    infos: list[LineInfo],
    i: int,
    s: int,
    date_i: int | None,
    hint: set[str] | None,
    seen: _PageText,
) -> float:
    info = infos[i]
    score = -0.25 * (s - i)
    if date_i is not None and abs(date_i - i) <= 2:
        # next to the date line; headlines usually sit above it (and above the byline)
        score += (3.0 if abs(date_i - i) == 1 else 2.5) + (0.5 if i < date_i else 0.0)
    if info.words >= 4:
        score += 1.0
    score += 0.3 * min(info.words, 10)  # headlines run to several words
    if info.tag == "h1":
        score += 3.0
    elif info.tag == "h":
        score += 1.0
    if hint is not None:
        score += 6.0 * _f1(_tokens(info.text), hint)
    if info.words >= 4 and _is_repeated(infos, i, seen):
        score += 1.5
    return score


@dataclass(slots=True)
class _PageText:
    """All line keys of a page at once, for fast repeat and truncation checks."""

    joined: str
    stems: list[str]


def _page_text(infos: list[LineInfo]) -> _PageText:
    stems = [
        x.key.rstrip(".…").strip() for x in infos if x.key.endswith(("...", "…")) and x.words < 20
    ]
    return _PageText("\n".join(x.key for x in infos), [s for s in stems if len(s) >= 10])


def _is_repeated(infos: list[LineInfo], i: int, page: _PageText) -> bool:
    """The line occurs again on the page, whole, inside another line, or cut off (`…`)."""
    key = infos[i].key
    if len(key) < 12:
        return False
    if page.joined.count(key) > 1:
        return True
    return any(key.startswith(stem) and stem != key for stem in page.stems)


_TOKEN_RE = re.compile(r"\w+")


def _tokens(text: str | None) -> set[str]:
    return set(_TOKEN_RE.findall(text.casefold())) if text else set()


def _f1(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _read_bylines(
    infos: list[LineInfo], lo: int, hi: int, reasons: list[str | None], page: Page
) -> None:
    for i in range(lo, hi):
        if reasons[i] is not None:
            continue
        info = infos[i]
        names = _byline_names(infos, i)
        if names is not None:
            reasons[i] = "byline"
            _add_authors(page, names)
        elif info.reason == "byline":
            reasons[i] = "byline"


def _byline_names(infos: list[LineInfo], i: int) -> list[str] | None:
    """Writers named by line i: `Pewarta: X`, `By X`, `X - detikinet`, `X` + `Jurnalis`."""
    text = infos[i].text
    m = BY_RE.match(text)
    if m:
        return _names(m["names"])
    m = LABEL_RE.match(text)
    if m:
        label = m["label"].strip().casefold()
        if label in WRITER_LABELS:
            return _names(m["names"])
        if infos[i].reason == "byline":
            return []  # an editor's credit: not a writer
        return None
    if infos[i].reason is None and not infos[i].prose:
        m = NAME_OUTLET_RE.match(text)
        if m and _looks_like_name(m["names"]) and not any(c.isspace() for c in m["outlet"]):
            return _names(m["names"])
        nxt = infos[i + 1].key if i + 1 < len(infos) else ""
        if nxt in WRITER_ROLE_WORDS and _looks_like_name(text):
            return _names(text)
    if infos[i].reason == "byline" and infos[i].key in WRITER_ROLE_WORDS and i + 1 < len(infos):
        nxt_text = infos[i + 1].text
        if _looks_like_name(nxt_text):
            return []
    return None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(NAME_WORD_RE.match(w) for w in words) and not any(
        c.isdigit() for c in text
    )


def _names(text: str) -> list[str]:
    text = KONTRIBUTOR_RE.sub("", text.strip())
    out = []
    for part in NAME_SPLIT_RE.split(text):
        part = part.strip(" .-")
        if part and _looks_like_name(part):
            out.append(part.title() if part.isupper() and len(part) > 3 else part)
    return out


def _add_authors(page: Page, names: list[str]) -> None:
    for n in names:
        if n not in page.authors:
            page.authors.append(n)


def _read_tail(infos: list[LineInfo], e: int, reasons: list[str | None], page: Page) -> None:
    """Editor's initials and credits below the body."""
    hi = min(len(infos), e + 1 + TAIL_WINDOW)
    for i in range(e + 1, hi):
        if reasons[i] is not None:
            continue
        info = infos[i]
        m = EDITOR_CODE_RE.match(info.text)
        if m:
            _add_codes(page, m.group(1))
            reasons[i] = "editor-code"
            continue
        names = _byline_names(infos, i)
        if names is not None:
            reasons[i] = "byline"
            _add_authors(page, names)
            continue
        if info.reason == "byline":
            reasons[i] = "byline"
            # a label in its own cell: "Penulis" | ": Kontributor Lhokseumawe, Masriadi"
            if info.key in WRITER_ROLE_WORDS and i + 1 < hi:
                names = _names(infos[i + 1].text.lstrip(":\t "))
                if names:
                    _add_authors(page, names)
                    reasons[i + 1] = "byline"
            elif i + 1 < hi and infos[i + 1].text.startswith(":"):
                reasons[i + 1] = "byline"
            continue
        # an all-caps writer's name right under the text (Tempo: "DINI TEJA")
        if i <= e + 2 and info.text.isupper() and 2 <= info.words <= 4 and _looks_like_name(
            info.text
        ):
            _add_authors(page, _names(info.text))
            reasons[i] = "byline"


def _add_codes(page: Page, codes: str) -> None:
    for c in re.split(r"\s*/\s*", codes):
        if c and c not in page.editor_codes:
            page.editor_codes.append(c)


def _generic(infos: list[LineInfo], i: int) -> str:
    """A reason for a line outside the article that no rule named."""
    info = infos[i]
    if info.prose:
        return "boilerplate"
    if info.words <= 16 and _HAS_DIGIT(info.text) and _is_date_line(info, None) is not None:
        return "date-line"
    if info.words <= 3:
        run = 1
        for j in (i - 1, i + 1):
            if 0 <= j < len(infos) and infos[j].words <= 3:
                run += 1
        return "navigation" if run >= 2 or info.link else "menu"
    return "related-articles"


def _mark_title_copies(
    infos: list[LineInfo], reasons: list[str | None], title: str | None, body: list[int]
) -> None:
    if not title:
        return
    tkey = norm_key(title)
    inbody = set(body)
    for i, info in enumerate(infos):
        if reasons[i] in ("title", None) or i in inbody:
            continue
        if info.key == tkey or (tkey in info.key and info.words <= len(title.split()) + 8):
            reasons[i] = "title-repeat"
        elif info.key.endswith(("...", "…")):
            stem = info.key.rstrip(".…").strip()
            if len(stem) >= 8 and tkey.startswith(stem):
                reasons[i] = "title-truncated"


def _paragraphs(infos: list[LineInfo], body: list[int], page: Page) -> list[str]:
    paras: list[str] = []
    pending = ""
    for i in body:
        text = infos[i].text
        if not paras and not pending and is_dateline_only(text):
            pending = text + " "
            continue
        paras.append(pending + text)
        pending = ""
    if paras:
        m = TRAILING_CODE_RE.search(paras[-1])
        if m and m.start() > 0:
            _add_codes(page, m.group(1))
            paras[-1] = paras[-1][: m.start()].rstrip()
    return paras


COPYRIGHT_STRIP_RE = re.compile(
    r"(?i)\b(?:copyright|hak cipta)\b|©|\(c\)|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d\b)?"
)
COPYRIGHT_CUT_RE = re.compile(
    r"(?i)[,·|(]|\s[-–]\s|\ball rights? reserved\b|\bhak cipta\b|\.\s+all\b"
)


def _copyright(infos: list[LineInfo], after: int) -> str | None:
    """The holder named by the copyright line nearest below the body (else any)."""
    order = list(range(after, len(infos))) + list(range(0, after))
    for i in order:
        if infos[i].reason != "copyright":
            continue
        holder = copyright_holder(infos[i].text)
        if holder:
            return holder
    return None


def copyright_holder(line: str) -> str | None:
    """`Copyright © 2024 SINDOnews.com` → `SINDOnews.com`; `COPYRIGHT © 2016` → None."""
    text = COPYRIGHT_STRIP_RE.sub(" ", line).lstrip(" -–:.")
    text = COPYRIGHT_CUT_RE.split(text, maxsplit=1)[0]
    text = re.sub(r"^[\s\-–:.]+|[\s\-–:.]+$", "", text)
    text = re.sub(r"\s+", " ", text)
    if not text or not any(c.isalpha() for c in text) or len(text.split()) > 6:
        return None
    return text
