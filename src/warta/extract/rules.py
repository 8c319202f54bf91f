"""Phrase rules from src/warta/data/extract/*.yaml, compiled once into fast matchers."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from warta import yamldata

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"

# Reasons in priority order: when two rules match a line, the earlier one names it.
PRIORITY = (
    "copyright",
    "render-time",
    "advertisement",
    "font-size-widget",
    "related-link",
    "related-articles",
    "comment-prompt",
    "share-prompt",
    "byline",
    "source-credit",
    "contact",
    "tags",
    "photo-credit",
    "login",
    "counter",
)


def load_yaml(name: str) -> Any:
    """A data file of src/warta/data/extract/."""
    return yamldata.parse((DATA / name).read_text(encoding="utf-8"))


def norm_key(line: str) -> str:
    """The form `exact` phrases are compared in: casefolded, trimmed, no trailing `:` or `»`."""
    return line.casefold().strip().rstrip(":»›>|").strip()


def _scoped(pattern: str) -> str:
    """`(?i)x` → `(?i:x)`, so patterns can be joined into one alternation."""
    if pattern.startswith("(?i)"):
        return f"(?i:{pattern[4:]})"
    return pattern


def _prefix(phrase: str) -> str:
    p = re.escape(phrase)
    if phrase[-1:].isalnum():
        p += r"(?!\w)"
    return f"(?i:^{p})"


def _anchored(pattern: str) -> bool:
    body = pattern[4:] if pattern.startswith("(?i)") else pattern
    return body.startswith("^")


BOUND = 300  # unanchored patterns read at most the first and last BOUND/2 characters
_META = set(".^$*+?{}[]|()\\")


def _trigger(pattern: str) -> tuple[str, bool]:
    """A cheap pre-check for an unanchored pattern: its leading literal (casefolded),
    and whether it is anchored at the end on a closing parenthesis."""
    body = pattern[4:] if pattern.startswith("(?i)") else pattern
    lit = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and not body[i + 1].isalnum():
            lit.append(body[i + 1])
            i += 2
            continue
        if c in _META:
            break
        lit.append(c)
        i += 1
    if i < len(body) and body[i] in "*?{":
        lit = lit[:-1]  # the last literal is optional or repeated
    return "".join(lit).casefold(), body.endswith("\\)\\s*$")


_DIGITS = frozenset("0123456789")


def _first_chars(items: Any) -> set[str] | None:
    """The casefolded characters a parsed pattern can start with; None if any."""
    from re import _constants as k  # type: ignore[attr-defined]

    for op, av in items:
        if op is k.AT:
            continue
        if op is k.LITERAL:
            return {chr(av).casefold(), chr(av)}
        if op is k.IN:
            out: set[str] = set()
            for o, a in av:
                if o is k.LITERAL:
                    out |= {chr(a).casefold(), chr(a)}
                elif o is k.CATEGORY and a is k.CATEGORY_DIGIT:
                    out |= _DIGITS
                elif o is k.RANGE:
                    out |= {chr(c).casefold() for c in range(a[0], a[1] + 1)}
                else:
                    return None
            return out
        if op is k.SUBPATTERN:
            return _first_chars(av[3])
        if op is k.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                f = _first_chars(branch)
                if f is None:
                    return None
                union |= f
            return union
        if op in (k.MAX_REPEAT, k.MIN_REPEAT) and av[0] > 0:
            return _first_chars(av[2])
        return None
    return None


def _starts(alt: str) -> set[str] | None:
    from re import _parser  # type: ignore[attr-defined]

    try:
        return _first_chars(_parser.parse(alt))
    except Exception:  # noqa: BLE001 - an unparsable hint just means "try always"
        return None


class ChromeRules:
    """Matches a line against the chrome phrase lists; `reason(line)` names the first hit.

    Exact phrases are a dict lookup; patterns anchored at the line start are one combined
    regex tried at position 0; `contains` phrases are substring tests; other patterns run
    only when their leading literal occurs in the line, over a bounded window of it
    (chrome lines are short, prose is long).
    """

    def __init__(self, data: dict[str, dict[str, list[str]]]) -> None:
        unknown = set(data) - set(PRIORITY)
        if unknown:
            raise ValueError(f"chrome.yaml: unknown reasons {sorted(unknown)}")
        self.exact: dict[str, str] = {}
        start: list[tuple[str, set[str] | None]] = []
        self.group_reason: dict[str, str] = {}
        self.contains: list[tuple[str, str]] = []
        self.searches: list[tuple[str, bool, re.Pattern[str], str]] = []
        for reason in PRIORITY:
            spec = data.get(reason) or {}
            for phrase in spec.get("exact", []):
                self.exact.setdefault(norm_key(phrase), reason)
            regexes = spec.get("regex", [])
            s_alts = [_prefix(p) for p in spec.get("prefix", [])]
            s_alts += [_scoped(p) for p in regexes if _anchored(p)]
            for alt in s_alts:
                group = f"r{len(self.group_reason)}"
                self.group_reason[group] = reason
                start.append((f"(?P<{group}>{alt})", _starts(alt)))
            self.contains += [(p.casefold(), reason) for p in spec.get("contains", [])]
            for p in regexes:
                if not _anchored(p):
                    lit, paren = _trigger(p)
                    self.searches.append((lit, paren, re.compile(p), reason))
        # one combined regex per possible first character (patterns keep their order)
        chars = set().union(*(f for _, f in start if f is not None))
        self.start_by_char: dict[str, re.Pattern[str]] = {}
        for c in chars:
            alts = [a for a, f in start if f is None or c in f]
            self.start_by_char[c] = re.compile("|".join(alts))
        self.start_any = re.compile("|".join(a for a, f in start if f is None) or "(?!)")
        # one quick test for all unanchored patterns: their literals, or a closing ")"
        lits = sorted({lit for lit, paren, _, _ in self.searches if not paren})
        if any(not lit for lit, paren, _, _ in self.searches if not paren):
            self.quick = None  # a pattern without a literal: always search
        else:
            self.quick = re.compile("|".join(re.escape(x) for x in lits) or "(?!)").search
        self.rank = {r: i for i, r in enumerate(PRIORITY)}
        self.headers = frozenset(k for k, v in self.exact.items() if v == "related-articles")

    def reason(self, line: str, key: str | None = None) -> str | None:
        """The reason a line is chrome, or None."""
        if key is None:
            key = norm_key(line)
        hit = self.exact.get(key)
        if hit:
            return hit
        m = self.start_by_char.get(line[:1].casefold(), self.start_any).match(line)
        best = self.group_reason[m.lastgroup or ""] if m else None
        for phrase, reason in self.contains:
            if phrase in key:
                best = _better(self.rank, best, reason)
                break
        ends_paren = line.endswith(")")
        if not ends_paren and self.quick is not None:
            short = key if len(key) <= BOUND else key[: BOUND // 2] + "\n" + key[-BOUND // 2 :]
            if not self.quick(short):
                return best
        window = line if len(line) <= BOUND else line[: BOUND // 2] + "\n" + line[-BOUND // 2 :]
        for lit, paren, pattern, reason in self.searches:
            if (paren and not ends_paren) or (lit and lit not in key):
                continue
            if pattern.search(window):
                best = _better(self.rank, best, reason)
                break
        return best


def _better(rank: dict[str, int], a: str | None, b: str) -> str:
    return b if a is None or rank[b] < rank[a] else a


@lru_cache(maxsize=1)
def chrome_rules() -> ChromeRules:
    return ChromeRules(load_yaml("chrome.yaml"))
