"""Gazetteers: the reviewable name lists of `warta/data/gazetteer/`, compiled for matching.

Every list row becomes an `Entry` (canonical name, type, country, role); every alias is
tokenised with the same tokenizer as the text and indexed by its first token, so that
matching a sentence is one dictionary look-up per token plus a few comparisons, longest
alias first. Case rules per alias token: an all-capitals token (`AS`, `PBB`) matches only
itself; a capitalised token (`Korut`) matches any casing that starts with a capital
(`Korut`, `KORUT`, not `korut`); a lower-case token (`warga`) matches any casing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from warta.nlp.sentences import tokenize
from warta.types import Token

_DATA = "warta.data.gazetteer"

# Entity files, in priority order: when two entries share an alias the earlier file wins.
ENTITY_FILES = (
    ("leaders.tsv", "leader"),
    ("media.tsv", "media"),
    ("igos.tsv", "igo"),
    ("bodies.tsv", "body"),
    ("parties.tsv", "party"),
    ("capitals.tsv", "capital"),
    ("countries", "country"),  # countries.tsv (generated) + country_aliases.tsv (hand)
    ("norp.tsv", "norp"),
    ("places.tsv", "place"),
    ("provinces.tsv", "place"),
)

EXACT, CAP, ANY, MIXED = 0, 1, 2, 3
UNIVERSITY = {"Universitas", "Institut", "Politeknik"}
_Prefix = tuple[str, str | None, str]  # (type, role, name) of "warga"/"militer" + country


@dataclass(frozen=True, slots=True)
class Entry:
    """One referent of the gazetteer."""

    key: str  # unique: "<kind>:<name>"
    name: str
    type: str  # PER, ORG, LOC, GPE, NORP
    country: str | None
    role: str | None
    kind: str  # leader, media, igo, body, party, capital, country, norp, place
    terms: tuple[tuple[str, int, int | None], ...] = ()  # (role, from, to) for people

    def role_in(self, year: int | None) -> str | None:
        """The role held in `year` (None out of office); without a year, the latest one."""
        if not self.terms:
            return self.role
        if year is not None:
            for role, start, end in self.terms:
                if start <= year <= (end if end is not None else 9999):
                    return role
            return None
        latest = max(self.terms, key=lambda t: (t[2] is None, t[2] or 0, t[1]))
        return latest[0]


@dataclass(frozen=True, slots=True)
class Role:
    """A title or role word (`Presiden`, `Kapolri`, `anggota DPR`)."""

    title: str
    role: str | None  # None: taken from the organisation or country that follows
    country: str | None


@dataclass(frozen=True, slots=True)
class OrgHead:
    """A word that begins an organisation's name (`Partai`, `Polres`)."""

    head: str
    role: str | None
    country: str | None


@dataclass(slots=True)
class Match:
    """A gazetteer hit: tokens [start, end) of the token list given."""

    start: int
    end: int
    entry: Entry


@dataclass(slots=True)
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, list[tuple[tuple[tuple[str, str, int], ...], Entry]]] = field(
        default_factory=dict
    )
    roles: dict[str, list[tuple[tuple[tuple[str, str, int], ...], Role]]] = field(
        default_factory=dict
    )
    org_heads: dict[str, list[tuple[tuple[tuple[str, str, int], ...], OrgHead]]] = field(
        default_factory=dict
    )
    prefixes: dict[str, list[tuple[tuple[tuple[str, str, int], ...], _Prefix]]] = field(
        default_factory=dict
    )
    countries: dict[str, Entry] = field(default_factory=dict)  # alpha-3 → country entry
    # lower-cased words of institutions' names (Pendayagunaan, Aparatur, Luar, Negeri…)
    institution_words: set[str] = field(default_factory=set)

    def match(self, tokens: Sequence[Token]) -> list[Match]:
        """Longest, left-to-right, non-overlapping gazetteer matches in `tokens`."""
        out: list[Match] = []
        get = self.index.get
        i, n = 0, len(tokens)
        while i < n:
            cands = get(tokens[i].text.lower())  # most tokens begin no alias: one look-up
            hit = _fit(cands, tokens, i) if cands else None
            if hit is None:
                i += 1
                continue
            length, entry = hit
            out.append(Match(i, i + length, entry))
            i += length
        return out

    def role_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Role] | None:
        """The longest title starting at token i: (length, role)."""
        return _longest(self.roles, tokens, i)

    def role_ending_at(self, tokens: Sequence[Token], end: int) -> tuple[int, Role] | None:
        """The longest title whose last token is tokens[end - 1]: (start, role)."""
        for start in range(max(0, end - 4), end):
            hit = _longest(self.roles, tokens, start, exact_len=end - start)
            if hit is not None:
                return start, hit[1]
        return None

    def org_head_at(self, tokens: Sequence[Token], i: int) -> tuple[int, OrgHead] | None:
        return _longest(self.org_heads, tokens, i)

    def prefix_ending_at(
        self, tokens: Sequence[Token], end: int
    ) -> tuple[int, tuple[str, str | None, str]] | None:
        for start in range(max(0, end - 3), end):
            hit = _longest(self.prefixes, tokens, start, exact_len=end - start)
            if hit is not None:
                return start, hit[1]
        return None


def _token_ok(pat: tuple[str, str, int], tok: str) -> bool:
    text, low, mode = pat
    if mode == EXACT:
        return tok == text
    if tok.lower() != low:
        return False
    if mode == CAP:
        return tok[0].isupper()
    if mode == MIXED:
        return tok[0].isupper() == text[0].isupper()
    return True


def _longest(index, tokens, i, exact_len=None):  # type: ignore[no-untyped-def]
    if i >= len(tokens):
        return None
    cands = index.get(tokens[i].text.lower())
    if not cands:
        return None
    return _fit(cands, tokens, i, exact_len)


def _fit(cands, tokens, i, exact_len=None):  # type: ignore[no-untyped-def]
    """(length, value) of the first (longest) candidate whose tokens match at i: `_token_ok`
    inlined, as this runs for every token of every sentence."""
    n = len(tokens)
    for pats, value in cands:  # longest first
        length = len(pats)
        if exact_len is not None and length != exact_len:
            continue
        if i + length > n:
            continue
        k = i
        for text, low, mode in pats:
            tok = tokens[k].text
            if mode == EXACT:
                if tok != text:
                    break
            elif tok.lower() != low:
                break
            elif mode == CAP:
                if not tok[0].isupper():
                    break
            elif mode == MIXED and tok[0].isupper() != text[0].isupper():
                break
            k += 1
        else:
            return length, value
    return None


def _mode(tok: str) -> int:
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return EXACT
    if not letters:
        return EXACT
    if tok[0].isupper():
        return MIXED if any(c.isupper() for c in tok[1:]) else CAP
    if any(c.isupper() for c in tok):
        return MIXED
    return ANY


def _pattern(alias: str) -> tuple[tuple[str, str, int], ...]:
    return tuple((t.text, t.text.lower(), _mode(t.text)) for t in tokenize(alias))


def _rows(name: str) -> list[list[str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


def _aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split("|") if a.strip() and a.strip() != "-"]


_TERM = re.compile(r"^([A-Z]{3})\s+(\d{4})-(\d{4})?$")


def _terms(value: str) -> tuple[tuple[str, int, int | None], ...]:
    terms = []
    for part in value.split(";"):
        m = _TERM.match(part.strip())
        if m:
            terms.append((m.group(1), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    return tuple(terms)


def _entity_rows() -> list[tuple[Entry, list[str]]]:
    """(entry, aliases) for every row of every entity file, in priority order."""
    out: list[tuple[Entry, list[str]]] = []
    for fname, kind in ENTITY_FILES:
        if kind == "country":
            extra = {r[0]: r for r in _rows("country_aliases.tsv")}
            for code, name, aliases in _rows("countries.tsv"):
                hand = extra.get(code)
                names = _aliases(aliases)
                if hand is not None:
                    name = _opt(hand[1]) or name
                    names = _aliases(hand[2]) + names
                entry = Entry(f"country:{code}", name, "GPE", code, None, kind)
                out.append((entry, [name, *names]))
            continue
        for row in _rows(fname):
            if kind == "leader":
                name, country, roles, aliases = row[:4]
                terms = _terms(roles)
                entry = Entry(
                    f"{kind}:{name}", name, "PER", _opt(country), None, kind, terms
                )
            elif kind in ("capital", "norp"):
                name, country, aliases = row[:3]
                etype = "GPE" if kind == "capital" else "NORP"
                role = "GOV" if kind == "capital" else None
                entry = Entry(f"{kind}:{name}", name, etype, _opt(country), role, kind)
            else:
                name, etype, country, role, aliases = row[:5]
                entry = Entry(f"{kind}:{name}", name, etype, _opt(country), _opt(role), kind)
            out.append((entry, [name, *_aliases(aliases)] if kind != "norp" else _aliases(aliases)))
    return out


def _add(index: dict, pats: tuple, value: object) -> None:  # type: ignore[type-arg]
    if not pats:
        return
    bucket = index.setdefault(pats[0][1], [])
    if any(p == pats for p, _ in bucket):
        return  # an earlier (higher-priority) entry already owns this alias
    bucket.append((pats, value))
    bucket.sort(key=lambda pv: -len(pv[0]))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The compiled gazetteer (built once per process, ~tens of milliseconds)."""
    gz = Gazetteer()
    for entry, aliases in _entity_rows():
        if entry.key in gz.entries:
            continue
        gz.entries[entry.key] = entry
        if entry.kind == "country" and entry.country:
            gz.countries[entry.country] = entry
        for alias in aliases:
            _add(gz.index, _pattern(alias), entry)
        words = entry.name.split()
        # (not a university's or a firm's name: "Universitas Jenderal Soedirman", "Sarana
        # Multigriya Finansial" hold titles, persons' names and common words that are no
        # portfolio: "Menteri Tenaga Kerja", not "Menteri Satu Pintu")
        if entry.kind in ("body", "igo") and len(words) >= 3 and words[0] not in UNIVERSITY \
                and not (entry.kind == "body" and entry.role == "BUS"):
            gz.institution_words.update(
                w.lower().strip(",") for w in words if w[:1].isupper() and not w.isupper()
            )
    # a country's or a place's own name is no portfolio word ("Garda Revolusi Iran")
    for word in list(gz.institution_words):
        hit = _longest(gz.index, tokenize(word.capitalize()), 0, exact_len=1)
        if hit is not None and hit[1].kind in ("country", "capital", "place"):
            gz.institution_words.discard(word)
    for row in _rows("roles.tsv"):
        title, role, country = row[:3]
        value = Role(title, _opt(role), _opt(country))
        pats = _pattern(title)
        # a title written lower-case here matches with or without a capital
        pats = tuple((t, low, ANY if mode == CAP or t.islower() else mode) for t, low, mode in pats)
        _add(gz.roles, pats, value)
    for row in _rows("org_heads.tsv"):
        head, role, country = (row + ["-", "-"])[:3]
        _add(gz.org_heads, _pattern(head), OrgHead(head, _opt(role), _opt(country)))
    for row in _rows("country_prefixes.tsv"):
        prefix, etype, role, name = row[:4]
        pats = tuple((t, low, ANY) for t, low, _ in _pattern(prefix))
        _add(gz.prefixes, pats, (etype, _opt(role), name))
    return gz


@lru_cache(maxsize=1 << 16)  # a pure function of `name` (the gazetteer loads once per process)
def lookup(name: str) -> Entry | None:
    """The entry whose alias is exactly `name` (whole string), if any."""
    toks = tokenize(name)
    if not toks:
        return None
    hit = _longest(load().index, toks, 0, exact_len=len(toks))
    return hit[1] if hit else None


# Name order: the family name comes first in these countries ("Wen Jiabao" is "Wen").
_FAMILY_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "HKG"})


@lru_cache(maxsize=1)
def _surnames() -> dict[str, tuple[Entry, ...]]:
    """Foreign leaders by family name (lower-cased): the name the news uses for them alone
    ("Howard", "Wen", "Mubarak"). Indonesian names are left out: they have no family names,
    and a single Indonesian name is shared by too many people."""
    out: dict[str, list[Entry]] = {}
    for entry in load().entries.values():
        if entry.kind != "leader" or entry.country in (None, "IDN"):
            continue
        words = [w for w in entry.name.split() if w[:1].isupper() and "." not in w]
        if len(words) < 2:
            continue
        word = words[0] if entry.country in _FAMILY_FIRST else words[-1]
        out.setdefault(word.lower(), []).append(entry)
    return {k: tuple(v) for k, v in out.items() if len(k) >= 3 and k not in _GIVEN_NAMES}


# Names that end some foreign leaders' names but are everyday given names in Indonesia (and
# across the Muslim world): alone they name no one in particular ("Ali", "Farhan").
_GIVEN_NAMES = frozenset({
    "ali", "ahmad", "ahmed", "muhammad", "mohammed", "mohammad", "hasan", "hassan", "husein",
    "hussein", "hussain", "husain", "ibrahim", "yusuf", "umar", "omar", "usman", "osman",
    "abdullah", "ismail", "farhan", "salman", "karim", "rahman", "hamid", "said", "saleh",
    "salim", "aziz", "khalid", "faisal", "amin", "anwar", "hamzah", "iqbal", "yunus", "musa",
    "sultan", "mahmud", "mahmoud", "rasyid", "rashid", "harun", "idris", "zakaria",
})


def leaders_by_surname(name: str) -> tuple[Entry, ...]:
    """The foreign leaders whose family name is `name` (one word), e.g. ("John Howard",)."""
    if " " in name.strip() or not name[:1].isupper():
        return ()
    return _surnames().get(name.strip().lower(), ())


def surname_holder(name: str, year: int | None) -> tuple[str | None, str | None]:
    """(country, role) of a person named only by a foreign leader's family name ("Howard",
    "kata Wen"): the country when every leader of that name shares it; the office in
    `year` too when they all held the same one (one leader's name, or "Singh" among Indian
    ministers alone)."""
    found = leaders_by_surname(name)
    countries = {e.country for e in found}
    if len(countries) != 1:
        return None, None
    roles = {e.role_in(year) for e in found}
    return countries.pop(), roles.pop() if len(roles) == 1 else None
