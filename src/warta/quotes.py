"""Quotes with their speakers and relay chains: `attribute(analysis)` fills `analysis.quotes`.

Direct quotes are spans between quotation marks (straight or curly), including a quote
that opens one paragraph and closes in the next (a paragraph that reopens a still-open
quote continues it). A direct quote needs an attribution (`"…," kata/ujar/ungkap/jelas/
tegas/tutur/pesan/tulis/pungkas X`, `X mengatakan: "…"`, or after it in the passive:
`"…," demikian disampaikan X`, `Hal itu disampaikan X`) or, unattributed, at least six
words, or it resumes the previous quote (`"…," kata Budi, "sebelum …"`, a whole quoted
sentence right after a quote); it then continues the previous quote's speaker when that
quote is at most two paragraphs back. Short unattributed spans are scare quotes.

Indirect speech: `X mengatakan/menyatakan/menyebut… (bahwa) …` (not when negated: `X tidak
menyebutkan …`), `Menurut X, …`, a parenthetical `…, menurut X …`, `…, namun katanya …`,
a sentence followed by `Hal itu disampaikan X` and the unmarked `…, kata X.` (which, closing
the sentence, outranks a speech verb inside it); `direct` is false. `Menurut KCNA, Jinping
mengatakan bahwa …` is Jinping's statement relayed by KCNA.

Speakers are entity ids, and one entity per person (a short name's mentions join the
person first named in full). A speaker referred to again is resolved as Indonesian news
does it: by surname (`ujar Purbaya`), by the title they were introduced with (`kata
Kapolres`, `Menurut Menteri Keuangan,`, `tegas Menlu`), by a description (`kata politisi
Partai Hanura itu`), or by `dia`/`ia`/`beliau` and the -nya forms (`katanya`, `ujarnya`,
`imbuhnya`), which refer to the current topic: the person quoted last, unless a new person
has since become a clause's subject ("Ketua RT setempat, Slamet Riyadi, mengaku …");
salience (mentions, sentence-initial ones counting double) breaks the rest. `pihaknya`
resolves to the party quoted in the last two paragraphs, else the nearest organisation; an
unnamed source (`tambah sumber itu`) to no one.

Speaker finding does not trust the NER blindly (a faster NER misses or mistypes names):
names that speech patterns reveal become PER entities, a speaker tagged as a place is a
person, a truncated name is widened (also to initials, `P. N. Roychoudhary`, and a Balinese
`I Made …`), the name that closes a title chain is the speaker (`kata Menteri Keadilan
Sierra Leone Frank Kargbo`), a name in apposition beats an office the NER took for a person
(`kata Dirut Davomas Abadi Tbk, Anthonius …`), person cues (`aktor X`, `X, putra …`) make a
place-tagged name a person, a person run into an organisation's name is split off (`PTBA
Eko …`, `Dinas Tenaga Kerja Jawa Timur Himawan …`), two person mentions side by side are
one name, and a company tagged PER is never a pronoun's antecedent. An unmarked `…, kata
X.` that closes a paragraph without quotation marks quotes the whole paragraph.

Relay chain `via`: the outlets through which the reader learns the statement, nearest
relay first and the original source last (DESIGN.md: "the outlets in order from the
nearest to the original source"). In "pesan Jinping, seperti disitir CNN dari KCNA", CNN
quotes KCNA, which carried Jinping's message, so `via` = [CNN, KCNA]; told from the
speaker outward the same chain is "KCNA, then CNN" (the issue's wording). A relay that
closes an indirect statement (`…, seperti dikutip dari Yonhap`) is its `via`, not its words.

Online news (2025 detik.com style): a paragraph is a line (a corpus body has one line
per paragraph, a record's body is "\\n\\n"-joined); a quote left open at the end of a
paragraph that it opened closes there; a title in quotation marks (`video "…"`,
`berjudul "…"`, `Tonton juga "…" di sini`) is no quote; an attribution that interrupts a
statement (`Situasi ini, kata dia, sudah …`, `…, lanjutnya, …`) keeps the statement; an
unattributed quote with no quote just before is the words of the person reported just
before (`Dia menegaskan bahwa …`); a relay run into the outlet's name (`dilansir
daridetikFinance`, `dilansirAntara`) names it, and successive relays (`dikutip Kyodo, dikutip
dari detikNews`) are ordered nearest first. Speakers: the agent of a passive
introduction (`… disampaikan oleh Kepala Dinas Joko …. Dia mengatakan`), the subject
of the sentence just before a sentence-opening pronoun, a subject before its apposition
(`Rudi, asisten pelatih Budi, menegaskan`), a name in apposition after a description
(`kata pengacara Rina, Bonar …`), a nickname (`yang akrab disapa Dani`, `Basuki Tjahaja
Purnama (Ahok)`) as the person it names, ranks and titles (`Kombes Pol.`, `Prof.`) not in names,
and an office's short form the NER took for a person (`Menurut Menkes,`) as a title
reference; upper-case chrome lines (a "scroll to continue" banner) give no entities.

Offsets (`start`, `end`) are those of the quoted words (without the marks) in the text,
i.e. in "\\n\\n".join(body).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from functools import lru_cache

from warta.events.actors import Mentions
from warta.events.context import WEEKDAYS
from warta.events.lexicon import load
from warta.types import Entity, Mention, Quote, TextAnalysis

OPENERS = "“„«"
CLOSERS = "”«»"
MIN_UNATTRIBUTED_WORDS = 6
SPEAKER_TYPES = ("PER", "ORG", "GPE", "NORP")
PRONOUNS = {"dia": "PER", "ia": "PER", "beliau": "PER", "pihaknya": "ORG", "mereka": "ANY"}
# Adverbs and particles between a subject and its speech verb ("Dia juga mengatakan", "Ia
# pun menyebut", "Beliau kemudian menjelaskan", "Ia lebih lanjut mengatakan").
ADVERBS = frozenset({
    "juga", "pun", "kemudian", "lalu", "lantas", "sempat", "sudah", "telah", "kembali",
    "pernah", "sebelumnya", "selanjutnya", "lanjut", "lebih", "bahkan", "justru", "hanya",
    "sendiri", "pula", "turut", "tetap", "masih", "secara", "terpisah", "tegas", "sekali",
    "lagi", "kini", "akhirnya", "langsung",
})
# Words that join an office's words to the holder's name in a title chain ("Ketua RT
# setempat, Slamet Riyadi", "Kepala Dinas Pendidikan dan Kebudayaan Kota Bogor X").
CHAIN_GLUE = frozenset({"setempat", "dari", "di", "untuk", "bidang", "urusan", "dan", "bagian",
                        "wilayah", "daerah", "kota", "kabupaten", "provinsi", "pusat"})
# Short forms of offices, so that "tegas Menlu" refers back to "Menteri Luar Negeri
# Sugiono" and "kata Menteri Keuangan" to "Menkeu Purbaya".
OFFICE_SHORT = {
    "menlu": "menteri luar negeri", "menkeu": "menteri keuangan",
    "mendagri": "menteri dalam negeri", "menhan": "menteri pertahanan",
    "mendag": "menteri perdagangan", "menkes": "menteri kesehatan",
    "menag": "menteri agama", "mentan": "menteri pertanian", "menhub": "menteri perhubungan",
    "menaker": "menteri ketenagakerjaan", "mensos": "menteri sosial",
    "menperin": "menteri perindustrian", "menpora": "menteri pemuda dan olahraga",
    "wapres": "wakil presiden", "pm": "perdana menteri", "jubir": "juru bicara",
    "sekjen": "sekretaris jenderal", "dirut": "direktur utama", "dubes": "duta besar",
    "wagub": "wakil gubernur", "wabup": "wakil bupati", "ketum": "ketua umum",
    "presdir": "presiden direktur", "kadis": "kepala dinas", "kabid": "kepala bidang",
    "kasat": "kepala satuan", "kajari": "kepala kejaksaan negeri",
    "kajati": "kepala kejaksaan tinggi", "kapolri": "kepala kepolisian",
}
# Title words that name a kind of person, not one office: "kata polisi" is the police,
# not the police officer named before.
GENERIC_TITLES = frozenset({
    "polisi", "anggota", "wartawan", "reporter", "jurnalis", "pengusaha", "tokoh", "aktivis",
    "guru", "putra", "dosen", "pegiat", "prajurit", "pelapor", "pembuat", "pejabat", "pak",
    "bu", "ibu", "bapak", "dr", "drs", "ir", "prof", "profesor", "staf", "harian", "kota",
    "wali", "pelaksana",
})


# Attribution verbs of direct speech beyond the lexicon's `speech_verbs` (closing a quote:
# `"…," pungkasnya`, `tulis X di akun Instagram-nya`, `beber X`).
MORE_SPEECH = ("pungkas", "pungkasnya", "sambung", "sambungnya", "beber", "bebernya",
               "kilah", "kilahnya", "tulis", "tulisnya", "cuit", "cuitnya", "timpal",
               "timpalnya", "tukas", "tukasnya", "urai", "urainya", "akunya",
               # `"…," jawab X`, `"…," harapnya`, `"…," kelakar X`, `"…," tutupnya`
               "jawab", "jawabnya", "tanya", "tanyanya", "kelakar", "kelakarnya", "canda",
               "candanya", "seloroh", "selorohnya", "harap", "harapnya", "pinta", "pintanya",
               "ajak", "ajaknya", "imbau", "imbaunya", "sindir", "sindirnya", "klaim",
               "klaimnya", "keluh", "keluhnya", "kenang", "kenangnya", "cetus", "cetusnya",
               "sahut", "sahutnya", "bantah", "bantahnya", "tutup", "tutupnya")
# Verbs of indirect speech beyond the lexicon's `indirect_verbs`: `X memastikan (bahwa) …`,
# `X mengaku …`, `X membenarkan …`.
MORE_INDIRECT = ("memastikan", "mengaku", "menekankan", "membantah", "membenarkan",
                 "menjawab", "mengimbau", "mengeklaim", "menandaskan", "menguraikan",
                 "meyakini", "memperkirakan", "berkata")


def _word_list(markers: dict, key: str) -> list[str]:
    more = {"speech_verbs": MORE_SPEECH, "indirect_verbs": MORE_INDIRECT}.get(key, ())
    return list(markers[key]) + list(more)


def _words(markers: dict, key: str) -> str:
    return "|".join(sorted((re.escape(w) for w in _word_list(markers, key)), key=len,
                           reverse=True))


def _initials(markers: dict, key: str, extra: str = "") -> str:
    """A look-ahead for the first characters of `key`'s words (and `extra`): one test at each
    position before trying the ~50 alternatives (a third of those patterns' time)."""
    firsts = {w[:1] for w in _word_list(markers, key)} | set(extra)
    if "" in firsts:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


class _Patterns:
    def __init__(self) -> None:
        m = load().markers
        speech = _words(m, "speech_verbs")
        indirect = _words(m, "indirect_verbs")
        relay = _words(m, "relay_verbs")
        # (a word before the verb is lower-case, "demikian kata": a capitalised one starts
        # the next sentence, `"…." Semua pihak menegaskan …`)
        self.after = re.compile(
            rf"\s*[,.]?\s*(?:(?-i:[a-z])\w*\s+)?({speech})(?:\b|(?=(?-i:[A-Z])))", re.I)
        # a name then the verb after a quote's closing comma: `"…," Fabio Cannavaro menuturkan`
        self.after_named = re.compile(
            rf"\s*((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,3}})\s+"
            rf"(?:juga\s+|pun\s+)?(?:{speech}|{indirect})\b", re.I)
        # a title in quotation marks, not a quote: `video "…"`, `berjudul "…"`, a sentence
        # `Tonton juga "…" di sini:`
        self.title_before = re.compile(
            r"(?:\b(?:video|berjudul|bertajuk|bertema|tajuk|tema|slogan|semboyan|tagar|"
            r"hashtag|film|lagu|buku|judul|istilah|julukan)|^\s*(?:tonton|simak|saksikan|"
            r"baca)(?:\s+juga)?)\s*[:,]?\s*$", re.I)
        self.before = re.compile(
            rf"\b(?:{indirect}|{speech}|bertanya|berbunyi|menulis|menuliskan|mencuit)"
            r"\s*[,:]?\s*$", re.I)
        # (the first-character look-aheads are case-insensitive too, under re.I)
        self.indirect = re.compile(
            rf"{_initials(m, 'indirect_verbs')}\b({indirect})\b\s*(?:,|:)?\s*(?:bahwa\s+)?",
            re.I)
        self.menurut = re.compile(r"\b[Mm]enurut(nya)?\b\s*")
        self.unmarked = re.compile(rf",\s*({speech})\b", re.I)
        # (also run into the outlet's name, as text scraped from links often is:
        # "dilansir daridetikFinance", "dilansirAntara")
        self.relay = re.compile(
            rf"{_initials(m, 'relay_verbs', 's')}\b(?:seperti\s+|sebagaimana\s+)?(?:{relay})"
            rf"(?:\b|(?={GLUED}))"
            rf"(?:\s*dari(?:\b|(?={GLUED})))?", re.I)
        self.link = re.compile(
            r"^[\s,]*(?:dari|yang mengutip|mengutip|melalui|via|yang dikutip|lewat)"
            r"(?:\s+(?:laman|situs|kantor berita|media|stasiun televisi|surat kabar|harian))?\s*$",
            re.I)
        # an attribution after the statement, in the passive or with "demikian": `"…,"
        # demikian pernyataan X`, `… . Hal itu disampaikan X di Jakarta`
        passive = (r"(?:disampaikan|dikatakan|diungkapkan|ditegaskan|dijelaskan|dituturkan|"
                   r"dipaparkan|diutarakan|dikemukakan|diucapkan)")
        self.passive = re.compile(
            rf"\s*,?\s*(?:demikian\s+(?:(?:bunyi\s+)?pernyataan|keterangan|penjelasan|tulis|"
            rf"laporan|rilis|"
            rf"{passive})|(?:hal|pernyataan|penjelasan|keterangan)\s+(?:itu|tersebut|ini)\s+"
            rf"(?:juga\s+|pun\s+)?{passive})(?:\s+oleh)?\b", re.I)
        # an addressee before the statement: "mengatakan kepada wartawan (di Jakarta),
        # bahwa …"
        addressee = r"\s*,?\s*kepada\s+(?:[^,.;\n]|\.(?=\S)){2,60}?"
        day = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)[^,.;\n]{0,20}"
        self.told = re.compile(
            rf"{addressee}(?:\s*,?\s*bahwa\s+|\s*,\s*(?:{day},\s*)?(?:bahwa\s+)?)")
        self.katanya = re.compile(
            r"(?=[,ntd])(?:,|\b(?:namun|tetapi|tapi|dan))\s+katanya,?\s+(?=\w+\s+\w+\s+\w)", re.I)
        self.outlet_gap = re.compile(
            r"^\s*(?:laman|situs|kantor berita|media|stasiun televisi|surat kabar|harian|"
            r"portal berita|jaringan berita)?\s*$", re.I)


_P: _Patterns | None = None

# Before an indirect-speech verb, words that make it no statement: a negation ("X tidak
# menyebutkan …") or a manner, purpose or accompanying clause ("dengan menekankan …",
# "untuk menjelaskan …", "sekaligus memastikan …").
NOT_STATING = re.compile(r"\b(?:tidak|tak|belum|enggan|bukan|dengan|sambil|untuk|agar|"
                         r"supaya|sekaligus|guna)\s+$", re.I)

# The start of an outlet's name run into the word before it (text scraped from links
# loses the space): a capital ("dilansirAntara") or a detik channel ("daridetikNews").
GLUED = r"(?-i:[A-Z])|(?-i:detik)"
# An outlet's name after a relay phrase: a detik channel ("detikNews", "detikINET",
# "detikcom") or up to four capitalised words ("South China Morning Post", "CNBC").
OUTLET = re.compile(r"\s*(?:(?:laman|situs|kantor berita|media)\s+)?(detik(?:[A-Z][a-z]+|[A-Z]{2,}"
                    r"(?![a-z])|[a-z]+)|[A-Z][\w&.-]*[\w&](?:\s+[A-Z][\w&.-]*[\w&]){0,3})")
DAYS = frozenset(WEEKDAYS)


def _patterns() -> _Patterns:
    global _P
    if _P is None:
        _P = _Patterns()
    return _P


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the body's "\\n\\n"-joined paragraphs, and also the
    lines of a text with one line per paragraph (a corpus body, a text dump); blank lines
    are no paragraphs."""
    out = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return out or [(0, len(text))]


_QUOTE_MARK = re.compile("[" + re.escape(OPENERS + CLOSERS + '"') + "]")


def direct_spans(text: str) -> list[tuple[int, int]]:
    """(first, last+1) character offsets of the words between quotation marks.

    A quote left open is given up two paragraphs on; one that opened (or was reopened) at
    the start of a paragraph ending a sentence is taken to close at that paragraph's end
    (the closing mark was dropped: `"Kalau latihannya rutin, saya yakin ….`)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_para = 0
    paras = paragraphs(text)

    def unclosed() -> None:
        ps, pe = paras[open_para]
        if open_at is not None and (text[ps] in OPENERS or text[ps] == '"') \
                and text[ps:pe].rstrip()[-1:] in ".!?":
            spans.append((open_at + 1, ps + len(text[ps:pe].rstrip())))

    for n, (ps, pe) in enumerate(paras):
        if open_at is not None and n - open_para > 1:
            unclosed()
            open_at = None  # unbalanced: give up on it
        for mark in _QUOTE_MARK.finditer(text, ps, pe):  # (the other characters do nothing)
            k = mark.start()
            ch = text[k]
            if open_at is None:
                if ch in OPENERS or ch == '"' or ch == "”":
                    open_at, open_para = k, n
                continue
            if k == ps and n > open_para and (ch in OPENERS or ch == '"'):
                open_para = n  # the next paragraph reopens a quote that continues
                continue
            if ch in OPENERS and ch != "«" and k != ps:
                open_at, open_para = k, n  # a stray opener: restart here
                continue
            spans.append((open_at + 1, k))
            open_at = None
    unclosed()
    return spans


# An addressee after a speech verb ("kata X kepada kantor berita Yonhap").
_ADDRESSEE = re.compile(r"\bkepada\s+[^,.;]{2,60}")
# No sentence ends at an initial or a title's abbreviation ("Prof. Rahman", "Kombes Pol.").
NOT_AFTER_ABBREVIATION = r"(?<!\b[A-Z])(?<!\bProf)(?<!\bDr)(?<!\bDrs)(?<!\bIr)(?<!\bHj)(?<!\bPol)"
_SENTENCE_END = re.compile(rf"{NOT_AFTER_ABBREVIATION}[.!?](?=\s|$)|\n")


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.end() if m else len(text)


_BOUNDARY = re.compile(r"\n|[.!?](?=\s)")


def _sentence_start(text: str, pos: int) -> int:
    """Just after the last line break or sentence-final mark (before a space) before
    `pos`."""
    lo = pos
    while lo > 0:  # (looked for 600 characters back at a time)
        lo = max(0, lo - 600)
        found = [m.end() for m in _BOUNDARY.finditer(text, lo, min(len(text), pos + 1))
                 if m.end() <= pos]
        if found:
            return found[-1]
    return 0


class Attributor:
    def __init__(self, analysis: TextAnalysis) -> None:
        self.text = analysis.text
        self.mentions = Mentions(analysis)
        self.by_id = {e.id: e for e in analysis.entities}
        self.p = _patterns()
        self.paras = paragraphs(self.text)
        self.para_starts = [p[0] for p in self.paras]
        self.quoted: list[tuple[int, str | None]] = []  # (end, speaker) of quotes so far
        self.full = full_names(analysis)
        self._chains: list[tuple[int, str, frozenset[str]]] | None = None
        self._subjects: dict[int, bool] = {}
        self._sources: dict[int, bool] = {}

    def title_chains(self) -> list[tuple[int, str, frozenset[str]]]:
        """(mention start, person id, words of the titles around the name) for each named
        person: the title chain before the name ("Kapolres Metro Jakarta Selatan Kombes
        Ade …", "Menteri Keuangan Purbaya …") and an apposition after it ("Slamet Riyadi,
        Ketua RT setempat,")."""
        if self._chains is not None:
            return self._chains
        text = self.text
        words = title_words()
        out = []
        for s, e, ent in self.mentions.rows:
            if ent.type != "PER" or not person_like(ent.name):
                continue
            got: list[str] = []
            toks = list(re.finditer(r"[\w-]+|,", text[max(0, s - 120):s]))
            for tok in reversed(toks[-12:]):
                w = tok.group()
                if w == "," and not got:
                    continue
                if w == "," or not (w[0].isupper() or w.lower() in words
                                    or w.lower() in CHAIN_GLUE):
                    break
                got.append(w.lower())
            after = re.match(r"\s*,\s*([^,.;\n]{3,80}?)\s*[,.]", text[e:e + 90])
            if after and after.group(1).split()[0].lower() in words:
                got += after.group(1).lower().split()
            if any(w in words for w in got):
                got += [x for w in got for x in OFFICE_SHORT.get(w, "").split()]
                out.append((s, self.full.get(ent.id, ent.id), frozenset(got)))
        self._chains = out
        return out

    def by_title(self, phrase: str, before: int) -> str | None:
        """The person last named with the title `phrase` before `before`: "kata Kapolres",
        "Menurut Menteri Keuangan," refer back to "Kapolres … Ade Rahmat", "Menteri Keuangan
        Purbaya Yudhi Sadewa" (a title reference, as Indonesian news uses one for a person
        introduced with their office)."""
        ref = [w.lower() for w in re.findall(r"[\w-]+", phrase)
               if w.lower() not in DEMONSTRATIVE_WORDS]
        if not ref or ref[0] not in title_words() or ref[0] in GENERIC_TITLES:
            return None
        ref = [x for w in ref for x in (OFFICE_SHORT.get(w) or w).split()]  # Menlu
        found = None
        for s, eid, chain in self.title_chains():
            if s >= before:
                break
            if all(w in chain for w in ref):
                found = eid
        return found

    def resolve(self, word: str, before: int) -> str | None:
        """A pronoun ("dia", "-nya" of "katanya") or a description ("politisi … itu"): the
        most salient person of the last three paragraphs (salience: mentions so far, +1
        for each as a sentence's first word, +3 for the topic: see `salient`), the
        nearest on a tie; for `pihaknya`, the party quoted last (in the last two
        paragraphs), else the nearest organisation."""
        want = PRONOUNS.get(word.lower(), "PER")
        k = bisect_right([q[0] for q in self.quoted], before) - 1
        last = self.quoted[k][1] if k >= 0 else None
        if want == "PER" and word.lower() == "dia" and last is not None \
                and self.by_id[last].type in ("ORG", "GPE") and not any(
                    ent.type == "PER" and self.is_subject(a) for a, _b, ent
                    in self.mentions.within(self.quoted[k][0], before)):
            # "…," kata Kemlu dalam keterangannya. "…," tambahnya: an organisation quoted
            # last, with no person taking over since, goes on speaking
            return last
        if want == "PER":
            ent = self.salient(before)
            if ent is not None:
                return ent
        if want == "ORG":
            # "PT Pertamina … menyatakan …. Pihaknya juga menyebut …": the party whose
            # statement the text is telling, not the organisation named last
            starts = self.para_starts
            para = bisect_right(starts, before) - 1
            if k >= 0 and self.quoted[k][1] is not None and \
                    self.quoted[k][0] >= starts[max(0, para - 1)]:
                return self.quoted[k][1]
        found = self.mentions.antecedent(before, want)
        if found is not None and found.type == "PER" and not person_like(found.name):
            return None  # a common word the NER took for a person ("Tersangka")
        return found.id if found else None

    def salient(self, before: int, exclude: tuple[int, int] = (0, 0)) -> str | None:
        """The person a pronoun at `before` most likely means. Each mention counts, a
        clause subject's (`is_subject`) or a `Menurut X` source's twice. The topic (+3) is
        the speaker of the last quote before `before`, or a person who became a clause's
        subject after that quote (new, speaking, or in the paragraph before), or with no
        quote yet the last subject nearby; a pronoun opening a sentence leans (+5) to the
        subject of the sentence before it. Persons in `exclude` are left out."""
        starts = self.para_starts
        para = max(0, bisect_right(starts, before) - 1)
        lo = starts[max(0, para - 2)]
        near = starts[max(0, para - 1)]
        recent: str | None = None
        # a pronoun opening a sentence ("Menurutnya, …", "Ia menambahkan …") leans to the
        # subject of the sentence just before it in the paragraph
        here = _sentence_start(self.text, before)
        opening = not self.text[here:before].strip(" ,")
        prev_sent = max(starts[para], _sentence_start(self.text, max(0, here - 2))) \
            if opening and here > starts[para] else before
        just: str | None = None
        count: dict[str, int] = {}
        last: dict[str, int] = {}
        k = bisect_right([q[0] for q in self.quoted], before) - 1
        prev, prev_end = self.quoted[k][1] if k >= 0 else None, self.quoted[k][0] if k >= 0 else 0
        prev = self.full.get(prev, prev) if prev is not None else None  # ("Andi" → "Andi Wibowo")
        topic = prev  # the person quoted last, unless a new subject was introduced since
        for s, _e, ent in self.mentions.rows:
            if s >= before:
                break
            if ent.type != "PER" or exclude[0] <= s < exclude[1] or not person_like(ent.name) \
                    or self.text[s:_e].lower() in PRONOUNS:
                continue
            eid = self.full.get(ent.id, ent.id)
            new = eid not in count
            head = self.text[max(0, s - 2):s]
            # a clause's subject, sentence-initial or after its title chain ("Direktur
            # Jenderal Bea Cukai Andi Saputra memaparkan …")
            subject = s == 0 or "\n" in head or head.endswith(". ") or self.subject_at(s) \
                or self.source_at(s)
            count[eid] = count.get(eid, 0) + 1 + subject
            if s >= lo:
                last[eid] = s
            if subject and s >= near:
                recent = eid
            if subject and s >= prev_sent and (" " in ent.name or len(ent.mentions) > 1):
                just = eid  # (not a lone word the NER took for a name: "Keanekaragaman")
            if prev is not None and s >= prev_end and eid != prev and (
                    subject and (new or s >= near or self.speaks_at(_e)) or self.source_at(s)):
                # a new subject after the quote: "Ketua RT setempat, Slamet Riyadi, mengaku
                # …", a subject who speaks ("Sementara itu, Wali Kota Hendra menilai …")
                # or who opens the paragraph before ("Purbaya menanggapi kritik itu …"), or
                # a named source ("Menurut penuturan Pak Darto, …"); not the subject of
                # another act paragraphs back ("Lebih rinci, Rudi telah meminta …")
                topic = eid
        if topic is None:
            topic = recent  # nobody quoted yet: the last clause subject nearby
        if prev is not None and prev in count and prev not in last:
            last[prev] = lo  # the person quoted last is still a candidate
        if topic is not None and topic in count and topic not in last:
            last[topic] = lo
        if not last:
            return None

        def score(eid: str) -> tuple[int, int]:
            return count[eid] + (3 if eid == topic else 0) + (5 if eid == just else 0), last[eid]

        return max(last, key=score)

    def subject_at(self, pos: int) -> bool:
        """`is_subject`, remembered per position (salience asks it for every mention)."""
        if pos not in self._subjects:
            self._subjects[pos] = self.is_subject(pos)
        return self._subjects[pos]

    def speaks_at(self, end: int) -> bool:
        """Whether a speech verb follows a name ending at `end` in its clause ("Hendra
        menilai …", "Budi, Ketua RT setempat, mengatakan …")."""
        stop = _sentence_end(self.text, end)
        m = self.p.indirect.search(self.text, end, min(stop, end + 80))
        return m is not None and "." not in self.text[end:m.start()]

    def source_at(self, pos: int) -> bool:
        """Whether the name at `pos` is a `Menurut X,` source ("Menurut penuturan Pak
        Darto, …"): the statement that follows is X's. Remembered per position."""
        if pos not in self._sources:
            head = self.text[_sentence_start(self.text, pos):pos]
            m = _SOURCE_HEAD.match(head)
            self._sources[pos] = m is not None and "," not in head[m.end():] \
                and self._chain(head[m.end():])
        return self._sources[pos]

    def personal(self, start: int, end: int, ent: Entity) -> bool:
        """Whether a mention names a person: a PER entity with a person's name (not a
        company's), and a mention that is no acronym ("IDB") and no pronoun ("Beliau")."""
        text = self.text[start:end]
        return ent.type == "PER" and person_like(ent.name) and not text.isupper() \
            and text.lower() not in PRONOUNS \
            and text.lower() not in TITLE_REFERENCES  # "Menkes" tagged PER is a title

    def is_subject(self, pos: int) -> bool:
        """Whether the name at `pos` opens its clause as the subject: after the sentence
        start or a comma only a title chain stands before it ("Ketua RT setempat, Slamet
        Riyadi, …", "Saat dihubungi wartawan, Raline mengaku …", "Namun, pejabat Hamas
        Basem Naim …"), and no person is named before it in the sentence ("Menurut Trump,
        Putin …" is Trump's clause)."""
        start = _sentence_start(self.text, pos)
        head = self.text[start:pos]
        new = _SAME_VIEW_GIVEN.match(head)
        if new:
            # "Hal senada diungkapkan Ketua X …", "Informasi ini disampaikan oleh Duta
            # Besar …, Hermono Saleh": X is the next to speak (a title word the NER took
            # for a person inside the chain does not count)
            return self._chain(head[new.end():])
        agent = _PASSIVE_AGENT.search(head)
        if agent and "," not in head[agent.end():] and not any(
                ent.type == "PER" and self.personal(a, b, ent)
                for a, b, ent in self.mentions.within(start + agent.end(), pos)):
            # the agent of a passive speech verb is the clause's logical subject: "Jadwal
            # panen itu disampaikan oleh Kepala Dinas Pertanian Joko …", "Hal itu
            # disampaikan pengamat kebijakan publik Arif …"
            return True
        if any(ent.type == "PER" for _s, _e, ent in self.mentions.within(start, pos)):
            return False
        if re.match(r"\s*(?:menurut|kata)\b", head, re.I):
            return False
        parts = head.split(",")
        last = parts[-1] if parts[-1].strip() or len(parts) == 1 else parts[-2]
        if not parts[-1].strip() and len(parts) > 1 and not self._chain(parts[-2]):
            return True  # a fronted clause then the name: "Saat dihubungi wartawan, Raline"
        return self._chain(last)

    @staticmethod
    def _chain(words_text: str) -> bool:
        """Whether text is a title chain (titles, capitalised words and their glue)."""
        words = title_words()
        return all(w[0].isupper() or w.lower() in words or w.lower() in CHAIN_GLUE
                   for w in re.findall(r"[\w-]+", words_text))

    def speaker_after(self, pos: int, limit: int, before: int) -> str | None:
        """The speaker named after a speech verb at `pos` (first PER before a comma/period,
        else the first ORG/GPE), or a pronoun resolved before `before`."""
        stop = _speaker_stop()
        m = stop.search(self.text, pos, limit)
        end = m.start() if m else limit
        window = self.text[pos:end]
        word = re.match(r"\s*(\w+)", window)
        if word and word.group(1).lower() in PRONOUNS:
            return self.resolve(word.group(1), before)
        nick = _NICKNAMED.match(self.text, end, limit)
        if nick:
            # "ujar pria yang akrab disapa Ucok": the person of that nickname
            named = [ent for a, _b, ent in self.mentions.within(nick.end(), nick.end() + 40)
                     if ent.type == "PER" and a == nick.end()]
            if named:
                return named[0].id
            if re.fullmatch(r"\s*(?:pria|wanita|perempuan|lelaki|sosok|pemuda|bocah|ibu|bapak)?"
                            r"\s*", window):
                return self.salient(before)  # a nickname the NER missed: the person talked about
        found = [ent for s, _e, ent in self.mentions.within(pos, end) if ent.type in SPEAKER_TYPES]
        if re.match(r"\s*sang\s+\w+\s*$", window):
            # "ungkap sang aktris", "kata sang menteri": the one just talked about
            return self.by_title(window, before) or self.salient(before, (pos, end))
        first = re.match(r"\s*([\w-]+)", window)
        rel = re.match(r"\s+yang\s+[^,.;\n]{0,80}?\b(?:itu|ini|tersebut)\s*(?:[,.]|$)",
                       self.text[end:limit]) if m is not None and window.strip()[:1].islower() \
            else None
        if rel:
            # "kata politikus yang pernah menjadi menteri itu": the relative
            # clause belongs to the description
            window = self.text[pos:end] + rel.group().rstrip(" ,.")
        if re.search(r"\b(?:itu|ini|tersebut)\s*$", window) and (not re.match(
                r"\s*[A-Z]", window) or (first and first.group(1).lower() in TITLES)):
            # (also a capitalised title: "tutup Anggota Komisi II DPR tersebut")
            # "kata politisi Partai Hanura itu", "ujar putra Fery Salim ini": a
            # description of someone named before (a name inside it is a modifier); "tambah
            # sumber itu" is an unnamed source, no one named before
            head = re.match(r"\s*(?:(?:mantan|sang|eks)\s+)?([\w-]+)", window)
            if head and head.group(1).lower() in ANONYMOUS:
                return None
            if _institutional(window):
                # "demikian pernyataan resmi lembaga tersebut": an organisation named
                # before, not a person
                ent = self.mentions.antecedent(before, "ORG")
                if ent is not None:
                    return ent.id
            desc = self.salient(before, (pos, end))
            if desc is not None:
                return desc
            if found and found[0].type == "ORG":
                return found[0].id
            ent = self.mentions.antecedent(before, "ORG")
            return ent.id if ent else None
        rows = [(a, b, ent) for a, b, ent in self.mentions.within(pos, end)
                if ent.type in SPEAKER_TYPES]
        pers = [(a, b, ent) for a, b, ent in rows if self.personal(a, b, ent)]
        if pers:
            # the name closes the noun phrase: "kata Menteri Keadilan Sierra Leone Frank
            # Kargbo", "kata istri Ahok Veronica Tan": the last person is the speaker; of
            # two coordinated ones ("kata analis Pefindo Yans Simbolon dan Hendro Utomo"),
            # the first
            if len(pers) >= 2 and re.fullmatch(r"\s+(?:dan|serta)\s+",
                                               self.text[pers[-2][1]:pers[-1][0]]):
                return pers[-2][2].id
            lone = len(pers[-1][2].name.split()) == 1  # "kata Ketua BEM UGM, Rizky …"
            if m is not None and self.text[m.start()] == "," and (
                    window.strip()[:1].islower() or lone and first is not None
                    and first.group(1).lower() in title_words()):
                # "kata kuasa hukum Rina, Bonar Situmorang, …": a description naming
                # someone else, then the speaker's name in apposition
                m2 = stop.search(self.text, m.end(), limit)
                if self._only_person(m.end(), m2.start() if m2 else limit):
                    return next(ent.id for a, b, ent in self.mentions.within(
                        m.end(), m2.start() if m2 else limit) if ent.type == "PER")
            return pers[-1][2].id
        if m is not None and self.text[m.start()] == ",":
            # "kata Perdana Menteri Ethiopia, Meles Zenawi": the name in apposition (also
            # after an office the NER took for a person: "kata Dirut Davomas Abadi Tbk,
            # Anthonius …", "kata Analis Valas PT Bank …, Rully Nova")
            m2 = stop.search(self.text, m.end(), limit)
            end2 = m2.start() if m2 else limit
            named = [ent for a, b, ent in self.mentions.within(m.end(), end2)
                     if self.personal(a, b, ent)]
            if named:
                return named[-1].id
        named = [ent for ent in found if ent.type == "PER"]
        titled = self.by_title(window, before)
        if named and (titled is None or named[-1].name.lower() not in OFFICE_SHORT):
            return named[-1].id
        if titled is not None:
            return titled  # (also "Menurut Menkes," with "Menkes" tagged as a person)
        return found[0].id if found else None

    def speaker_before(self, start: int, verb: int) -> str | None:
        """The subject of a speech verb at `verb`: last PER in [start, verb), else ORG/GPE,
        else a pronoun right before the verb."""
        prefix = self.text[start:verb]
        cut = len(prefix)
        for tok in reversed(list(re.finditer(r"\w+", prefix))):
            if prefix[tok.end():cut].strip(" ,") or tok.group().lower() not in ADVERBS:
                break
            cut = tok.start()  # "Dia juga mengatakan": the subject is before the adverbs
        word = re.search(r"(\w+)\s*$", prefix[:cut])
        if word and word.group(1).lower() in PRONOUNS:
            return self.resolve(word.group(1), start + word.start(1))
        relayed = set(self.relay_chain(start, verb, None)) if self.p.relay.match(
            self.text, start) else set()  # "Dilansir detikNews, tim itu menyebut"
        rows = [(s, e, ent) for s, e, ent in self.mentions.within(start, verb)
                if ent.type in SPEAKER_TYPES and ent.id not in relayed]
        found = [ent for _s, _e, ent in rows]
        pers = [(s, e, ent) for s, e, ent in rows if ent.type == "PER"]
        # (a person's name rather than an acronym or company tagged PER: "Joko (35) yang
        # juga anggota koperasi KUD … mengatakan")
        pers = [r for r in pers if self.personal(*r)] or pers
        described = prefix[:cut].split(",")[-1]
        kin = re.match(r"\s*(?:(?:mantan|sang|eks)\s+)?([a-z][\w-]*)\b.*\b(?:itu|ini|tersebut)\s*$",
                       described)
        if pers and kin and (kin.group(1) in PERSON_CUES or kin.group(1) in TITLES):
            # "mantan istri Budi Hartono itu menilai": a description of the person talked
            # about; the name inside it is a modifier
            at = start + cut - len(described)
            desc = self.salient(at, (at, verb))
            if desc is not None:
                return desc
        if pers and self.text[pers[-1][0]:pers[-1][1]].lower() in TITLE_REFERENCES:
            # "Menkes" tagged as a person: the person introduced with that office
            titled = self.by_title(self.text[pers[-1][0]:pers[-1][1]], pers[-1][0])
            if titled is not None:
                return titled
        if pers:
            appos = re.search(r",\s*(?-i:[a-z])[^,]{0,80},\s*$", prefix[:cut])
            if appos and len(pers) >= 2:
                # "Rudi Hartono, asisten pelatih Budi, menegaskan …": the subject is the name
                # before the apposition, not a name inside it
                at = start + appos.start()
                named = [ent for _s, e, ent in pers if e <= at and not self.text[e:at].strip()]
                if named:
                    return named[-1].id
            return pers[-1][2].id
        subject = described.strip()
        subject_start = start + cut - len(subject)
        titled = self.by_title(subject, subject_start)
        if titled is not None:
            return titled  # "Kapolres menambahkan, …"
        head = re.match(r"(?:mantan\s+|sang\s+)?(\w+)\b.*\b(?:itu|ini|tersebut)$", subject,
                        re.I)
        if head and (head.group(1).lower() in TITLES or head.group(1).lower()
                     in PERSON_CUES):
            # "Politikus Partai Golkar itu mengatakan", "Ketua Fraksi PKB ini mengatakan": a
            # description of someone named before (its organisation is no speaker)
            desc = self.salient(subject_start)
            if desc is not None:
                return desc
        if found:
            return found[-1].id
        if head and head.group(1).lower() in title_words():
            return self.salient(subject_start)
        return None

    def lead_in_speaker(self, lo: int, hi: int) -> str | None:
        """The subject of the last indirect-speech verb in text[lo:hi], if any."""
        for m in reversed(list(self.p.indirect.finditer(self.text, lo, hi))):
            if self.not_stating(m.start(), lo):
                continue
            speaker = self.speaker_before(max(lo, _sentence_start(self.text, m.start())),
                                          m.start())
            if speaker is not None:
                return speaker
        return None

    def not_stating(self, verb: int, lo: int = 0) -> bool:
        """Whether the words just before an indirect-speech verb at `verb` (not before
        `lo`) make it no statement (`NOT_STATING`)."""
        return NOT_STATING.search(self.text[max(lo, verb - 10):verb]) is not None

    def relay_chain(self, start: int, end: int, exclude: str | None) -> list[str]:
        """Outlets after a relay phrase in [start, end): nearest relay first."""
        m = self.p.relay.search(self.text, start, end)
        if not m:
            return []
        chain: list[str] = []
        pos = m.end()
        for s, e, ent in self.mentions.within(pos, end):
            if ent.type not in ("ORG", "PER", "GPE") or ent.id == exclude:
                continue
            gap = self.text[pos:s]
            ok = self.p.outlet_gap.match(gap) if not chain else self.p.link.match(gap)
            if chain and not ok and self.p.relay.fullmatch(gap.strip(" ,")):
                # "…, dikutip Kyodo, dikutip dari detikNews": the later outlet
                # cites the earlier one, so it is the nearer relay
                if ent.id not in chain:
                    chain.insert(0, ent.id)
                pos = e
                continue
            if not ok:
                if chain:
                    break
                if s - pos > 40:
                    break
            if ent.id not in chain:
                chain.append(ent.id)
            pos = e
        return chain

    def direct(self) -> list[Quote]:
        text = self.text
        out: list[Quote] = []
        last: tuple[int, str | None] | None = None  # (paragraph index, speaker)
        prev_close = 0  # just after the previous quote's closing mark
        paras, starts = self.paras, self.para_starts
        for qs, qe in direct_spans(text):
            inner = text[qs:qe]
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner.rstrip(" ,.\n")) if inner.strip() else 0
            s, e = qs + lead, qs + trail
            if e <= s:
                continue
            para = max(i for i, p in enumerate(starts) if p <= qs)
            sent_end = _sentence_end(text, qe + 1)
            speaker = None
            attributed = False
            via: list[str] = []
            m = self.p.after.match(text, qe + 1, sent_end)
            named = self.p.after_named.match(text, qe + 1, sent_end) \
                if m is None and text[qe - 1:qe] == "," else None
            if named is not None:
                # `"…," Fabio Cannavaro menuturkan`: the name before the verb is the speaker
                who = [ent for a, b, ent in self.mentions.within(named.start(1), named.end(1))
                       if self.personal(a, b, ent) or ent.type == "ORG"]
                if who:
                    attributed, speaker = True, who[-1].id
                    via = self.relay_chain(named.end(), sent_end, speaker)
            if m:
                attributed = True
                verb = m.group(1)
                if verb.lower().endswith("nya") and len(verb) > 5:
                    speaker = self.resolve("dia", qs - 1)
                else:
                    speaker = self.speaker_after(m.end(), sent_end, qs - 1)
                via = self.relay_chain(m.end(), sent_end, speaker)
                if not via:
                    to = _ADDRESSEE.search(text, m.end(), sent_end)
                    via = self.told_outlet(to.start(), to.end()) if to else []
            elif not attributed:
                ss = _sentence_start(text, qs - 1)
                if ss == qs - 1 and text[max(0, ss - 3):ss].rstrip("\n").endswith(":"):
                    # "Dalam pidatonya, Prabowo menegaskan:" closes the paragraph before
                    ss = _sentence_start(text, ss - 3)
                prefix = text[ss:qs - 1].rstrip()
                mb = self.p.before.search(prefix)
                mp = self.p.passive.match(text, qe + 1)
                if mb and last is not None and prev_close > ss:
                    # `"…," ujarnya, "…"`: the attribution between the two parts of one
                    # quoted sentence is the first part's
                    attributed, speaker = True, last[1]
                elif mb:
                    attributed = True
                    speaker = self.speaker_before(ss, ss + mb.start())
                    via = self.relay_chain(ss, qs - 1, speaker)
                elif mp:
                    attributed = True
                    end = _sentence_end(text, mp.end())
                    speaker = self.speaker_after(mp.end(), end, qs - 1)
                    via = self.relay_chain(mp.end(), end, speaker)
            if not attributed and self.p.title_before.search(
                    text[_sentence_start(text, qs - 1):qs - 1]):
                continue
            if not attributed:
                gap = text[prev_close:qs - 1] if last is not None else "."
                # `"…," kata Budi, "sebelum tuntutan dipenuhi."`: the quote resumes after
                # the attribution; `"…," kata Dasco. "Kami akan …."`: a whole sentence in
                # quotation marks right after a quote goes on with the same speaker
                resumed = last is not None and gap.rstrip().endswith(",") and not re.search(
                    r"[.!?]\s", gap)
                sentence = last is not None and para - last[0] <= 1 and inner.strip()[:1] \
                    .isupper() and inner.rstrip()[-1:] in ".!?" and _sentence_initial(
                        text, qs - 1)
                if len(inner.split()) < MIN_UNATTRIBUTED_WORDS and not resumed \
                        and not sentence:
                    continue
                if last is not None and para - last[0] <= 2:
                    speaker = last[1]
                else:
                    # no quote just before: the person whose words the text reported just
                    # before ("Dia menegaskan bahwa …" and then the quote's paragraph)
                    speaker = self.lead_in_speaker(paras[max(0, para - 1)][0], qs - 1)
            out.append(Quote(text=text[s:e], direct=True, speaker=speaker, via=via, start=s,
                             end=e))
            last = (para, speaker)
            prev_close = qe + 1
            self.quoted.append((e, speaker))
        return out

    def indirect(self, analysis: TextAnalysis, taken: list[tuple[int, int]]) -> list[Quote]:
        out: list[Quote] = []
        para_starts = self.para_starts
        para = -1
        run: int | None = None  # start of the paragraph's sentences with no quote yet
        prev: Quote | tuple[int, int] | None = None  # the sentence before: its quote, or span
        for sent in analysis.sentences:
            ss, se = sent.start, sent.end
            here = bisect_right(para_starts, ss) - 1
            if here != para:
                para, run = here, ss
            if any(a < se and b > ss and (b - a) > 0.3 * (se - ss) for a, b in taken):
                run, prev = None, None
                continue
            mp = self.p.passive.match(self.text, ss, se)
            if mp is not None and prev is not None:
                # "… . Hal itu disampaikan Menteri X di Jakarta": the sentence before is X's
                # statement (or, already attributed to X, told through the relay named here)
                speaker = self.speaker_after(mp.end(), se, ss)
                via = self.relay_chain(mp.end(), se, speaker)
                if isinstance(prev, Quote):
                    if prev.speaker in (speaker, None) and not prev.via:
                        prev.speaker = prev.speaker or speaker
                        prev.via = via
                elif speaker is not None:
                    q = self._quote(prev[0], prev[1], speaker, via)
                    if q is not None:
                        out.append(q)
                prev = None
                continue
            q = self.indirect_one(ss, se, run)
            prev = q if q is not None else (ss, se)
            if q is not None:
                out.append(q)
                insort(self.quoted, (q.end, q.speaker), key=lambda r: r[0])
                run = None
        return out

    def _unquoted_paragraph(self, run: int | None, ss: int, se: int, verb: int) -> int:
        """Where an unmarked `…, kata X.` quote starts: at `run` (the paragraph's first
        sentence without a quote) when the attribution closes a paragraph that has no
        quotation marks, i.e. the whole paragraph is the speaker's words with the marks
        dropped (as in IDNer text); else at the attribution's own sentence `ss`. A
        parenthetical attribution, after which the sentence goes on (`Terlebih, kata Eddy,
        kasus udang … di luar negeri`: over six lower-case words after the verb, where a
        closing one has only place, time or a description), does not close a quote."""
        if run is None or run >= ss:
            return ss
        if sum(w[0].islower() for w in self.text[verb:se].split()[1:]) > 6:
            return ss
        para = self.paras[bisect_right(self.para_starts, ss) - 1]
        if self.text[se:para[1]].strip():
            return ss
        if any(ch in self.text[para[0]:para[1]] for ch in OPENERS + CLOSERS + '"'):
            return ss
        return run

    def indirect_one(self, ss: int, se: int, run: int | None = None) -> Quote | None:
        text = self.text
        body_end = se
        while body_end > ss and text[body_end - 1] in " .\n":
            body_end -= 1
        via: list[str] = []
        start = ss
        mm = self.p.menurut.search(text, ss, min(se, ss + 40))
        if mm and re.search(r"\w\s*,\s*$", text[ss:mm.start()]) and not mm.group(1) \
                and not self.p.relay.match(text, ss):
            # a parenthetical "BSM sendiri, menurut Yuslam Fauzi akan lebih agresif …": the
            # whole sentence is the statement
            comma = text.find(",", mm.end(), se)
            src = self.speaker_after(mm.end(), min(se, mm.end() + 60) if comma == -1 else comma,
                                     ss)
            if src is not None:
                return self._quote(ss, body_end, src, self.relay_chain(mm.end(), se, src))
        if mm:
            comma = text.find(",", mm.end(), se)
            nxt = text.find(",", comma + 1, se) if comma != -1 else -1
            if nxt != -1 and self._only_person(comma + 1, nxt):
                # "Menurut Presiden Direktur BCA, Djohan Emis Setijoso, BCA tertarik …": the
                # name in apposition to the title is the speaker; the statement follows it
                src = next(ent.id for _s, _e, ent in self.mentions.within(comma + 1, nxt)
                           if ent.type == "PER")
                return self._quote(nxt + 1, body_end, src, self.relay_chain(nxt + 1, se, src))
            if comma != -1:
                if mm.group(1):
                    src = self.resolve("dia", mm.start())
                else:
                    src = self.speaker_after(mm.end(), comma + 1, mm.start())
                # "Dikutip dari detikNews, menurut X, …": the relay before it
                pre = self.relay_chain(ss, mm.start(), src) if self.p.relay.match(text, ss) \
                    else []
                inner = self.indirect_verb(comma + 1, body_end)
                if inner is not None:
                    speaker, s, relay = inner
                    chain = [src] if src and src != speaker else []
                    return self._quote(s, body_end, speaker, pre + chain + relay)
                if src is not None:
                    return self._quote(comma + 1, body_end, src,
                                       pre + self.relay_chain(comma + 1, se, src))
                return None
        found = list(self.p.unmarked.finditer(text, ss, se))
        mu = found[-1] if found else None
        inner = self.indirect_verb(start, body_end)
        if inner is not None and (mu is None or mu.start() < inner[1]):
            speaker, s, relay = inner
            return self._quote(s, body_end, speaker, via + relay)
        mk = self.p.katanya.search(text, ss, body_end)
        if mu is None and mk is not None:
            # "Dileep tidak menyebutkan …, namun katanya transaksi itu …": `katanya` with a
            # clause after it reports the subject's words
            speaker = self.resolve("dia", mk.start())
            if speaker is not None:
                return self._quote(mk.end(), body_end, speaker, [])
        # a closing `…, kata X` is the outer attribution: "Pefindo menegaskan …, kata
        # analis Pefindo Yans Simbolon" is the analyst's statement
        if mu is not None:
            verb = mu.group(1)
            if verb.lower().endswith("nya") and len(verb) > 5:
                speaker = self.resolve("dia", ss)
            else:
                speaker = self.speaker_after(mu.end(), se, ss)
            if speaker is not None:
                rest = self._parenthetical(mu.end(), body_end)
                if rest is not None:
                    # "Situasi ini, kata dia, sudah berlangsung …": the attribution
                    # interrupts the statement, which goes on after it; a leading discourse
                    # connective ("Di sisi lain, kata Hendra, …") is not part of it
                    head = text[ss:mu.start()].strip(" ,").lower()
                    start = rest if not head or head in CONNECTIVES else ss
                    return self._quote(start, body_end, speaker,
                                       self.relay_chain(mu.end(), rest, speaker))
                start = self._unquoted_paragraph(run, ss, se, mu.start())
                return self._quote(start, mu.start(), speaker,
                                   self.relay_chain(mu.end(), se, speaker))
        return None

    def _parenthetical(self, pos: int, end: int) -> int | None:
        """Where the statement resumes after a parenthetical attribution whose speaker
        phrase starts at `pos` (`…, kata dia, <clause>`, `…, lanjutnya, <clause>`): after
        the phrase's closing comma, when at least four words follow and the first is a
        lower-case word that is no circumstance of the attribution (`…, kata Budi, saat
        ditemui …`, `…, yang juga …`, a day name)."""
        m = re.match(r"[^,.;:\n\"“”]{0,60}?,\s*", self.text[pos:end])
        if m is None:
            return None
        rest = self.text[pos + m.end():end].split()
        if len(rest) < 4 or not rest[0][:1].islower() or rest[0].lower().strip(",") in \
                ATTRIBUTION_CIRCUMSTANCE:
            return None
        return pos + m.end()

    def _only_person(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] is just one person's name (an apposition between commas)."""
        seg = self.text[lo:hi].strip()
        return bool(seg) and any(
            ent.type == "PER" and self.text[s:e].strip() == seg
            for s, e, ent in self.mentions.within(lo, hi))

    def indirect_verb(self, start: int, end: int) -> tuple[str | None, int, list[str]] | None:
        m = self.p.indirect.search(self.text, start, end)
        while m and self.not_stating(m.start()):
            # "X tidak menyebutkan nilai kontrak itu": what was not said is no statement
            m = self.p.indirect.search(self.text, m.end(), end)
        if not m:
            return None
        if len(self.text[m.end():end].split()) < 3:
            return None
        speaker = self.speaker_before(start, m.start())
        if speaker is None:
            return None
        relay = self.relay_chain(start, m.start(), speaker)
        told = self.p.told.match(self.text, m.end(), end)
        if told:
            # "mengatakan kepada kantor berita TASS bahwa …": the statement starts after
            # `bahwa`; a news outlet told it is the statement's source
            relay += [v for v in self.told_outlet(told.start(), told.end()) if v not in relay]
            return speaker, told.end(), relay
        return speaker, m.end(), relay

    def told_outlet(self, start: int, end: int) -> list[str]:
        """The news outlet in an addressee phrase `kepada X` in [start, end), if any."""
        for _s, _e, ent in self.mentions.within(start, end):
            return [ent.id] if ent.role == "MED" else []
        return []

    def _quote(self, s: int, e: int, speaker: str | None, via: list[str]) -> Quote | None:
        text = self.text
        while s < e and text[s] in " ,:\n":
            s += 1
        while e > s and text[e - 1] in " ,.\n":
            e -= 1
        tail = [m for m in self.p.relay.finditer(text, s, e)
                if re.search(r",\s*$", text[max(s, m.start() - 3):m.start()])]
        if tail:
            # "… dengan Korea Utara, seperti dikutip dari kantor berita Yonhap, Rabu": the
            # relay closes the statement; it is the quote's `via`, not its words
            chain = self.relay_chain(tail[-1].start(), e, speaker)
            if chain:
                via = via + [v for v in chain if v not in via]
                e = text.rindex(",", s, tail[-1].start())
        if e - s < 10:
            return None
        return Quote(text=text[s:e], direct=False, speaker=speaker, via=via, start=s, end=e)


TITLES = frozenset({
    "kepala", "direktur", "ketua", "menteri", "presiden", "gubernur", "bupati", "walikota",
    "wali", "kota", "wakil", "sekretaris", "juru", "bicara", "jubir", "kapolri", "kapolda",
    "kapolres", "kasubdit", "kabid", "kasat", "akbp", "akp", "kombes", "iptu", "brigjen",
    "irjen", "jenderal", "kolonel", "letnan", "mayor", "dr", "drs", "ir", "prof", "pak", "bu",
    "ibu", "bapak", "politikus", "politisi", "pengamat", "peneliti", "anggota", "koordinator",
    "manajer", "komisaris", "dirut", "pelaksana", "harian", "kabag", "kasi", "humas",
    "deputi", "asisten", "staf", "kapten",
    # police and military ranks and posts ("Kapolresta … Kombes Pol. Eko …", "Kapuspen TNI
    # Mayjen TNI …"), regional offices
    "pol", "kompol", "komjen", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu",
    "bripda", "bharada", "mayjen", "letjen", "laksamana", "laksma", "laksda", "laksdya",
    "marsekal", "marsma", "marsda", "marsdya", "letkol", "serka", "sertu", "pelda", "praka",
    "lettu", "letda", "kapolresta", "kapolsek", "kapolrestabes", "wakapolres", "wakapolda",
    "kasatreskrim", "kabidhumas", "kanit", "danrem", "dandim", "pangdam", "panglima",
    "kapuspen", "kapuspenkum", "kajari", "kajati", "sekda", "wamen", "wagub", "wabup",
    "wawali", "camat", "lurah", "kades", "plt", "plh", "pengacara", "advokat", "kuasa",
    "ekonom", "pakar", "analis",
})
# A title or an office's short form, which the NER sometimes tags as a person ("Menkes").
TITLE_REFERENCES = TITLES | frozenset(OFFICE_SHORT)
NOT_NAMES = frozenset({
    "namun", "sementara", "selain", "dia", "ia", "mereka", "kami", "kita", "saya", "ini",
    "itu", "hal", "jika", "kalau", "tapi", "tetapi", "dan", "atau", "yang", "karena",
    "sehingga", "menurut", "dengan", "untuk", "dari", "di", "ke", "pada", "senin", "selasa",
    "rabu", "kamis", "jumat", "sabtu", "minggu",
    # words the NER sometimes tags as a person at a sentence's start
    "yakni", "yaitu", "adapun", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam",
    "ketujuh", "kedelapan", "kesembilan", "kesepuluh", "keduanya", "ketiganya", "semuanya",
    "setelah", "sebelum", "sesudah", "selama", "sejak", "saat", "ketika", "meski", "meskipun",
    "walaupun", "bahkan", "kemudian", "lalu", "sedangkan", "apalagi", "terkait", "soal",
})
NAME = r"((?:[A-Z][\w'’.-]*\.?)(?:\s+[A-Z][\w'’.-]*){0,3})"


def _names(analysis: TextAnalysis) -> list[tuple[str, int, bool]]:
    """Person names that speech patterns reveal: `kata X`, `X mengatakan`, `Menurut X`, and
    the name closing a title chain after a speech verb (`_trailing_name`). The flag says
    whether the name's first word is certain (right after the verb, a title or a comma),
    not only its last (`X mengatakan`, a title chain's tail)."""
    text = analysis.text
    named_by_verb, named_before_verb, aged, after_verb = _name_patterns()
    places = _place_texts(analysis)
    out = []
    pats = [(True, named_by_verb), (False, named_before_verb)]
    if _AGE.search(text):
        pats.append((False, aged))  # (the age pattern is slow: only where an age is written)
    for bounded, pat in pats:
        for mt in pat.finditer(text):
            words = []
            for w in mt.group(1).split("\n")[0].split():
                words.append(w if len(w) <= 2 else w.rstrip("."))
                if len(w) > 2 and w.endswith(".") and w.rstrip(".").lower() not in TITLES:
                    break  # "jelas Himawan. Kadisnaker …": the sentence ends the name
            while words and (words[0].lower().strip(".") in TITLES):
                words = words[1:]
            while words and words[-1].lower() in NOT_NAMES:
                words = words[:-1]
            while not bounded and len(words) > 2 and (
                    words[0] in places or _place(words[0]) or _acronym(words[0])):
                # "Kepala Kejari Sleman Andi Wibowo mengatakan": the office's
                # organisation and place run into the name
                words = words[1:]
            if not words or words[0].lower() in NOT_NAMES:
                continue
            name = " ".join(words)
            out.append((name, mt.start(1) + mt.group(1).index(words[0]), bounded))
    for mt in after_verb.finditer(text):
        end = _ATTRIBUTION_END.search(text, mt.end(), mt.end() + 200)
        stop = end.start() if end else min(len(text), mt.end() + 200)
        found = _trailing_name(text, mt.end(), stop)
        head = text[mt.end():stop].split()
        if found is None and end is not None and text[end.start()] == "," and head and (
                head[0].lower() in TITLES or all(w.islower() for w in head)):
            # "kata Ketua Asosiasi …, Evelina Fadil Pietruschka di Jakarta": apposition
            end2 = _ATTRIBUTION_END.search(text, end.end(), end.end() + 80)
            found = _trailing_name(text, end.end(), end2.start() if end2 else end.end())
            if found is not None:
                found = (found[0], found[1], True)
        if found is not None:
            out.append(found)
    return out


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], ...]:
    """`_names`' patterns: `kata X`/`Menurut X`, `X mengatakan`, a name with an age in
    brackets ("Salah satu warga, Joko (35), mengatakan …": only people have ages), and a
    speech verb before a title chain (a capitalised title or name, or a lower-case title:
    "kata pengacara Rina, Bonar Situmorang")."""
    m = load().markers
    speech = _words(m, "speech_verbs")
    indirect = _words(m, "indirect_verbs")
    first = _initials(m, "speech_verbs")
    return (re.compile(rf"{_initials(m, 'speech_verbs', 'Mm')}\b(?:{speech}|[Mm]enurut(?:\s+"
                       rf"(?:penuturan|keterangan|pengakuan|penjelasan))?)\s+{NAME}"),
            re.compile(rf"{NAME},?\s+(?:juga\s+|pun\s+|kemudian\s+)?(?:{indirect}|menulis|"
                       r"menuliskan|mencuit|bertanya)\b"),
            re.compile(rf"{NAME}\s*{_AGE.pattern}"),
            re.compile(rf"{first}\b(?:{speech})\s+(?=[A-Z]|(?:pengacara|advokat|kuasa|juru)\b|"
                       r"[a-z]+(?:\s+[a-z]+)?,\s+[A-Z])"))


# Before a name, a `Menurut X,` source's opening ("Namun, menurut penuturan Pak Darto").
_SOURCE_HEAD = re.compile(r"\s*(?:[\w ]{0,25},\s*)?menurut\s+(?:(?:penuturan|keterangan|"
                          r"pengakuan|penjelasan|pendapat)\s+)?", re.I)
# "Hal senada diungkapkan (oleh) …", "Informasi ini disampaikan oleh …": the next to speak.
_SAME_VIEW_GIVEN = re.compile(
    r"\s*(?:hal|pendapat|pandangan|sikap|pernyataan|informasi|keterangan|penjelasan|kabar)"
    r"\s+(?:senada|serupa|berbeda|yang sama|ini|itu|tersebut)\s+(?:juga\s+|pun\s+)?"
    r"di\w+kan(?:\s+oleh)?\s+", re.I)
_PASSIVE_AGENT = re.compile(r"\bdi(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|umumkan|"
                            r"paparkan|utarakan|kemukakan)\s+(?:oleh\s+)?", re.I)
_AGE = re.compile(r"\(\d{1,3}(?:\s*tahun)?\)")
_NICKNAMED = re.compile(r"\s+yang\s+(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil)\s+", re.I)
_ATTRIBUTION_END = re.compile(
    r"[,.;:!?\n]|\s(?:di|kepada|saat|ketika|usai|seusai|dalam|pada|seperti|sebagaimana|"
    r"yang|melalui|lewat|via|dari|kemarin|hari|usai|sambil|sebelum|sesudah|setelah)\s")
_NAME_TOKEN = re.compile(r"[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?")


def _trailing_name(text: str, start: int, end: int) -> tuple[str, int, bool] | None:
    """The person's name that closes an attribution's noun phrase: in Indonesian the titles
    and the office come first and the name last ("kata Menteri Keadilan Sierra Leone Frank
    Kargbo", "ujar Operation Director PT Angkasa Pura I (Persero) Yushan Sayuti"). Words are
    taken from the right while each is a name word (`_name_word`); two to four words."""
    toks = list(re.finditer(r"\S+", text[start:end]))
    k = len(toks)
    while k > 0 and len(toks) - k < 4 and _name_word(
            toks[k - 1].group(), toks[k - 2].group() if k >= 2 else ""):
        k -= 1
    if len(toks) - k < 2:
        return None
    first = start + toks[k].start()
    name = text[first:start + toks[-1].end()]
    if not plausible_name(name) or _has_place_word(name):
        return None
    # the name's first word is certain after an acronym, a title or a lower-case word
    # ("kata Wakil Ketua KPU Darmanto Sulistyo"), not after four name-like words
    prev = toks[k - 1].group().strip("(),") if k >= 1 else ""
    certain = bool(prev) and (_acronym(prev) or prev.lower() in title_words()
                              or prev[:1].islower())
    return name, first, certain


@lru_cache(maxsize=8192)
def _name_word(tok: str, prev: str) -> bool:
    """A word of a person's name, and not the end of a place or office name ("Leone" of
    "Sierra Leone", "Jokowi-JK", "(Persero)")."""
    from warta.nlp import gazetteer

    if not _NAME_TOKEN.fullmatch(tok) or len(tok) < 3:
        return False
    if prev and gazetteer.lookup(f"{prev} {tok}") is not None:
        return False
    return plausible_name(tok)


# Words that open a circumstance of an attribution, not the statement it interrupts
# (`…, kata Budi, saat ditemui di kantornya`).
ATTRIBUTION_CIRCUMSTANCE = frozenset({
    "saat", "ketika", "usai", "seusai", "di", "dalam", "pada", "yang", "kepada", "sambil",
    "seperti", "sebagaimana", "sebelum", "setelah", "sesudah", "dikutip", "dilansir",
    "melalui", "lewat", "via", "dari", "kemarin", "selaku", "sebagai", "menambahkan",
    "menjelaskan", "mengatakan", "ditemui", "dihubungi", "dikonfirmasi", "tadi", "sekitar",
})
# Discourse connectives that open a sentence before an interrupting attribution ("Di sisi
# lain, kata Hendra, …"): not part of the statement.
CONNECTIVES = frozenset({
    "di sisi lain", "selain itu", "sementara itu", "sedangkan", "namun", "tetapi", "akan tetapi",
    "bahkan", "lebih lanjut", "oleh karena itu", "karena itu", "dengan demikian", "untuk itu",
    "meski begitu", "meski demikian", "meskipun demikian", "kendati demikian", "adapun", "lalu",
    "kemudian", "selanjutnya", "sebab", "pasalnya", "apalagi", "terlebih", "maka", "jadi",
    "di samping itu", "sebaliknya", "padahal", "dan", "tapi", "hanya saja", "intinya",
})


# The head nouns of an unnamed source's description: no one named before.
ANONYMOUS = frozenset({"sumber", "narasumber", "seseorang", "informan"})


DEMONSTRATIVE_WORDS = frozenset({"itu", "ini", "tersebut", "sang", "mantan"})


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """First words of titles and offices (TITLES and the gazetteer's role words)."""
    from warta.nlp import gazetteer

    return frozenset(TITLES | set(gazetteer.load().roles))


ROMAN = re.compile(r"^[IVXLC]+$")
# Month names: "Juli" alone (the NER tags "Pada Juli 2025") is no person.
MONTHS = frozenset({"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                    "september", "oktober", "november", "desember"})
# A derived noun (pe-…-an, ke-…-an: "pendaftaran", "keanekaragaman"), no one's name.
NOMINAL = re.compile(r"^(?:pe|ke)\w{4,}an$")
COMPANY_WORDS = frozenset({"pt", "cv", "tbk", "persero", "ltd", "inc", "corp", "co"})


@lru_cache(maxsize=4096)
def person_like(name: str) -> bool:
    """False for a PER entity whose name is an institution's (a company form such as
    "PT … Tbk", a digit, an institution word: "PT Hutchison 3 Indonesia"): the NER's
    mistake, never the antecedent of "dia" or "-nya"."""
    from warta.nlp import gazetteer

    gz = gazetteer.load()
    words = [w.lower().strip(".,") for w in name.split()]
    if re.search(r"[a-z]detik", name):
        return False  # "Disiarkandetikcom": words run together by scraping, no name
    if len(words) == 1 and (words[0] in NOT_NAMES or NOMINAL.match(words[0]) or words[0]
                            in MONTHS or words[0] in TITLES or words[0] in PERSON_CUES):
        # "Yakni", "Kelima", "Pendaftaran", "Tersangka": a common word tagged as a person
        return False
    return not any(w in COMPANY_WORDS or w in gz.institution_words or w in gz.org_heads
                   or any(c.isdigit() for c in w) for w in words)


@lru_cache(maxsize=8192)
def plausible_name(name: str) -> bool:
    """Whether `name` looks like a person's name: one to four words, each a capital and
    lower-case letters (Andi, Al-Habsy, O'Neil), none a title, roman numeral, initial,
    function word or a word of an institution's name ("IV Renakta Ditreskrimum", "R",
    "Kepala Bidang" are not names)."""
    from warta.nlp import gazetteer

    gz = gazetteer.load()
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    for w in words:
        low = w.lower()
        if len(w) < 3 or ROMAN.match(w) or not w[0].isupper():
            return False
        if not any(c.islower() for c in w[1:]) or any(c.isdigit() for c in w):
            return False
        if low in TITLES or low in NOT_NAMES or low in gz.roles or low in gz.org_heads \
                or low in PLACE_HEADS:
            return False
        if low in gz.institution_words:
            return False
    return gazetteer.lookup(name) is None


def add_speakers(analysis: TextAnalysis) -> None:
    """Add PER entities for speaker names the NER missed, with every mention of the name.

    Only plausible person names (see `plausible_name`) in speech patterns (`kata Andi`,
    `Andi menjelaskan`, `Menurut Andi`) that overlap no existing mention are added, so the
    record gets no junk entities; ids continue the entity numbering (`E<n>`).
    """
    taken = [(mm.start, mm.end) for e in analysis.entities for mm in e.mentions]
    text = analysis.text
    top = _top_id(analysis)
    by_name: dict[str, Entity] = {}
    for name, start, bounded in _names(analysis):
        if any(a < start + len(name) and b > start for a, b in taken):
            split = _repair_speaker(analysis, name, start, bounded)
            if split is not None and name not in by_name:
                split.id = f"E{top + len(by_name) + 1}"
                by_name[name] = split
            continue
        if name in by_name or not plausible_name(name):
            continue
        ent = Entity(id=f"E{top + len(by_name) + 1}", name=name, type="PER")
        for mt in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(a < mt.end() and b > mt.start() for a, b in taken):
                ent.mentions.append(Mention(name, mt.start(), mt.end()))
        if ent.mentions:
            by_name[name] = ent
            taken.extend((mm.start, mm.end) for mm in ent.mentions)
    analysis.entities.extend(by_name.values())


def _top_id(analysis: TextAnalysis) -> int:
    """The highest entity number ("E12" → 12): new entities are numbered after it (entities
    may have been dropped before, so not after their count)."""
    return max((int(e.id[1:]) for e in analysis.entities if e.id[1:].isdigit()), default=0)


def _place_texts(analysis: TextAnalysis) -> frozenset[str]:
    """The texts of the place (LOC, GPE) mentions."""
    return frozenset(m.text for e in analysis.entities if e.type in ("LOC", "GPE")
                     for m in e.mentions)


@lru_cache(maxsize=4096)
def _institutional(words_text: str) -> bool:
    """Whether a description names an institution ("kementerian tersebut", "pihak
    perusahaan itu"): its head word is an organisation's head or institution word (not
    "politisi Partai Hanura itu")."""
    from warta.nlp import gazetteer

    gz = gazetteer.load()
    words = [w for w in re.findall(r"\w+", words_text.lower())
             if w not in ("resmi", "tertulis", "mantan", "sang", "eks")]
    return bool(words) and (words[0] in gz.org_heads or words[0] in INSTITUTION_HEADS)


# Head nouns of a description of an institution ("lembaga tersebut", "pihak perusahaan").
INSTITUTION_HEADS = frozenset({
    "kementerian", "lembaga", "badan", "dinas", "pihak", "perusahaan", "komisi", "partai",
    "organisasi", "kantor", "instansi", "institusi", "pemerintah", "pemkab", "pemkot",
    "pemprov", "kepolisian", "kejaksaan", "pengadilan", "bank", "universitas", "kampus",
    "yayasan", "otoritas", "asosiasi", "koalisi", "serikat", "perhimpunan", "emiten",
})


@lru_cache(maxsize=8192)
def _has_place_word(name: str) -> bool:
    """Whether a word of `name` is a known place ("Pekanbaru" of "Pekanbaru Agung
    Nugroho", the tail of "Wali Kota Pekanbaru …"): such a span is no clean person name."""
    from warta.nlp import gazetteer

    return any(gazetteer.lookup(w) is not None for w in name.split())


def _sentence_initial(text: str, pos: int) -> bool:
    head = text[max(0, pos - 2):pos]
    return pos == 0 or "\n" in head or head.rstrip().endswith((".", "!", "?", '"', "”"))


def _repair_speaker(analysis: TextAnalysis, name: str, start: int,
                    bounded: bool) -> Entity | None:
    """Correct the NER where a speech pattern names a person (`kata Samsul`, `kata
    Alejandro Sanchez, mahasiswa …`): a plausible person name tagged as a place is a
    person (places do not speak), and a person mention holding only the name's last
    words is widened to the whole name when the name's start is certain (`bounded`: not
    "Kabinet" of "Sekretaris Kabinet Andi Widjajanto mengatakan"). Other overlaps are left
    as the NER gave them, except an organisation mention that ends in the name after its
    head word ("kata Kepala Dinas Pertanian Joko Susilo"): the name is split off as a new
    person, returned (without id) for the caller to add."""
    from warta.nlp import gazetteer

    if not plausible_name(name) or _has_place_word(name):
        return None
    end = start + len(name)
    hits = [(e, m) for e in analysis.entities for m in e.mentions
            if m.start < end and m.end > start]
    if len(hits) != 1:
        return None
    ent, m = hits[0]
    head = analysis.text[m.start:start].strip()
    if ent.type == "ORG" and m.end == end and head and len(ent.mentions) == 1 \
            and len(name.split()) >= 2 and head.split()[-1].lower() not in COMPANY_WORDS \
            and any(w.lower() in gazetteer.load().org_heads for w in head.split()):
        ent.mentions[0] = Mention(head, m.start, m.start + len(head))
        ent.name = head
        return Entity(id="", name=name, type="PER", country=ent.country, role=ent.role,
                      mentions=[Mention(name, start, end)])
    if (m.start, m.end) == (start, end) and (ent.type == "LOC" or (
            bounded and ent.type == "ORG" and len(ent.mentions) == 1)):
        ent.type = "PER"  # "kata pengacara Rina, Bonar Situmorang" (tagged ORG)
    elif ent.type == "PER" and m.end == end and m.start < start and all(
            w.lower().strip(".") in TITLES for w in analysis.text[m.start:start].split()):
        # a rank the NER took into the name: "Kombes Pol. Hadi Wibowo" → "Hadi Wibowo"
        if ent.name == m.text:
            ent.name = name
        m.text, m.start = name, start
    elif ent.type == "LOC" and m.end == end and m.start < start and len(ent.mentions) == 1 \
            and len(name.split()) >= 2:
        # a place run into the speaker's name ("Kota Kombes Pol. Hadi Wibowo
        # mengatakan"): places do not speak; the mention is the name
        ent.type, ent.name = "PER", name
        ent.mentions[0] = Mention(name, start, end)
    elif bounded and ent.type == "PER" and m.end == end and m.start > start \
            and analysis.text[start:m.start].strip() and not _sentence_initial(analysis.text,
                                                                              start):
        # a sentence's first word is capitalised anyway ("Pengacara Petersen mengatakan")
        if ent.name == m.text:
            ent.name = name
        m.text, m.start = name, start
    return None


# Words that say the name next to them is a person's: kinship and occupations, before the
# name ("aktor Fery Salim") or in apposition after it ("Brandon Nicholas Salim, putra …").
PERSON_CUES = frozenset({
    "putra", "putri", "anak", "istri", "suami", "ayah", "ibu", "kakak", "adik", "cucu",
    "keponakan", "aktor", "aktris", "artis", "penyanyi", "pemain", "pelatih", "presenter",
    "mahasiswa", "mahasiswi", "warga", "politisi", "politikus", "pengamat", "pria", "wanita",
    "sosok", "pebulu", "pesepak", "atlet", "terdakwa", "tersangka", "saksi", "korban",
    "bayi", "balita", "bocah", "pelaku", "petugas", "pedagang", "pengemudi", "sopir",
})
_CUE_BEFORE = re.compile(r"\b(\w+)\s+$")
_CUE_AFTER = re.compile(r"^\s*,\s*(\w+)\b")


# Head words of administrative and geographic place names ("Kabupaten Sleman"): a name
# that starts with one is a place, whatever the NER says.
PLACE_HEADS = frozenset({
    "kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "dusun", "kampung",
    "pulau", "gunung", "sungai", "danau", "selat", "teluk", "jalan", "jl", "kabupaten/kota",
})


def repair_persons(analysis: TextAnalysis) -> None:
    """Correct NER mistakes that hide speakers, on local evidence only.

    A person whose name starts with a place's head word (`PLACE_HEADS`: "Kabupaten
    Sleman") is a place. A place whose name is a plausible person's name with a person
    cue next to it (`PERSON_CUES`: "aktor Fery Salim", "Brandon Nicholas Salim, putra …")
    is a person, and so is a one-word place name that is the first name of such a person
    ("Brandon").
    """
    text = analysis.text
    for ent in analysis.entities:
        if ent.type == "PER" and ent.name.split()[0].lower() in PLACE_HEADS \
                and len(ent.name.split()) > 1:
            ent.type = "LOC"  # "Kabupaten Sleman", "Desa Sukamaju": a place, no person
    for ent in analysis.entities:
        if ent.type != "LOC" or len(ent.name.split()) < 2 or not plausible_name(ent.name) \
                or _has_place_word(ent.name):
            continue
        for m in ent.mentions:
            before = _CUE_BEFORE.search(text, max(0, m.start - 30), m.start)
            after = _CUE_AFTER.match(text[m.end:m.end + 30])
            if (before and before.group(1).lower() in PERSON_CUES) or (
                    after and after.group(1).lower() in PERSON_CUES):
                ent.type = "PER"
                break
    given = {e.name.split()[0] for e in analysis.entities if e.type == "PER"}
    for ent in analysis.entities:
        if ent.type == "LOC" and " " not in ent.name and ent.name in given \
                and plausible_name(ent.name) and not _has_place_word(ent.name):
            ent.type = "PER"
    _full_names_of_speakers(analysis)


def _full_names_of_speakers(analysis: TextAnalysis) -> None:
    """A place-tagged full name whose first word is a one-word person ("Dian Sastrowardoyo"
    when "Dian" writes or speaks) is that person."""
    given = {e.name for e in analysis.entities if e.type == "PER" and " " not in e.name}
    for ent in analysis.entities:
        if ent.type == "LOC" and ent.name.split()[0] in given and len(ent.name.split()) > 1 \
                and plausible_name(ent.name) and not _has_place_word(ent.name):
            ent.type = "PER"


def split_org_tails(analysis: TextAnalysis) -> None:
    """An organisation mention that ends in a person's name known from elsewhere in the
    article ("PT Evoluzione Alessandro Monzani" with a later "Alessandro") is split: the
    tail becomes that person's mention and full name (the NER ran the two together)."""
    text = analysis.text
    short = {e.name: e for e in analysis.entities
             if e.type == "PER" and " " not in e.name and plausible_name(e.name)}
    for ent in analysis.entities:
        if ent.type != "ORG" or len(ent.mentions) != 1:
            continue
        m = ent.mentions[0]
        words = m.text.split()
        k = next((i for i, w in enumerate(words) if i >= 1 and w in short), None)
        if k is None or not plausible_name(" ".join(words[k:])):
            continue
        if len(words) - k < 2 and not all(_acronym(w) for w in words[:k]):
            continue  # one name word after an acronym only: "DPR Misbakhun" with "Misbakhun"
        person = short[words[k]]
        tail = " ".join(words[k:])
        cut = m.start + m.text.index(tail, len(" ".join(words[:k])))
        head = text[m.start:cut].rstrip()
        person.mentions.append(Mention(tail, cut, m.end))
        person.mentions.sort(key=lambda x: x.start)
        person.name = tail if len(words) - k >= 2 else person.name
        ent.mentions[0] = Mention(head, m.start, m.start + len(head))
        ent.name = head


# Balinese birth-order names, which follow the particle "I" (men) or "Ni" (women): "I Made
# Mudharta", "Ni Luh Putu …". The NER drops the one-letter particle.
BALINESE = frozenset({"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede",
                      "gusti", "luh", "nengah"})


def _acronym(word: str) -> bool:
    """An acronym such as "PTBA", "PPnBM", "IDB": two or more capitals, not Title-case."""
    return sum(c.isupper() for c in word) >= 2 and not word.istitle() and word.isalpha()


def trim_person_heads(analysis: TextAnalysis) -> None:
    """Correct person mentions whose edges the NER got wrong, on the name's own evidence.

    A person mention that starts with an organisation (an acronym, "PTBA Eko
    Budhiwijayanton", or a known body, "Bank Mandiri Agus Martowardoyo") before a
    plausible two-word name is cut to the name (the office's organisation ran into it);
    one that starts with a Balinese birth-order name after the particle "I"/"Ni" is
    widened to it ("I Made Mudharta")."""
    text = analysis.text
    speech = _speaker_slot()
    verb_before = _verb_before()
    people: list[Entity] = []
    known = frozenset(w for e in analysis.entities if e.type == "ORG" for m in e.mentions
                      for w in (m.text, m.text.split()[-1]))
    places = _place_texts(analysis)
    for ent in analysis.entities:
        if ent.type not in ("PER", "ORG"):
            continue
        for k, m in enumerate(ent.mentions):
            words = m.text.split()
            new = None
            cut = _person_tail(words, known - {m.text})
            while cut is not None and cut < len(words) - 2 and words[cut] in places:
                cut += 1  # "Kejari Sleman Andi Wibowo": the office's place is no name
            if cut is not None:
                tail = " ".join(words[cut:])
                start = m.start + m.text.index(tail, len(" ".join(words[:cut])))
                new = Mention(tail, start, start + len(tail))
            if ent.type == "ORG":
                # an organisation run into the name of its officer who speaks: "Menurut
                # Sekretaris Perusahaan PTBA Eko Budhiwijayanton, …"
                if new is not None and len(ent.mentions) == 1 and (speech.match(
                        text, m.end, m.end + 40) or verb_before.search(
                        text, max(0, m.start - 50), m.start)):
                    head = text[m.start:new.start].rstrip()
                    ent.mentions[0] = Mention(head, m.start, m.start + len(head))
                    ent.name = head
                    # the officer takes the organisation's country and sector
                    people.append(Entity(id="", name=new.text, type="PER", country=ent.country,
                                         role=ent.role, mentions=[new]))
                continue
            if new is None and len(words) >= 3 and (words[0] in places or _place(words[0])) \
                    and plausible_name(
                    " ".join(words[1:])) and re.search(r"\b[A-Z][\w-]*\s+$",
                                                       text[max(0, m.start - 30):m.start]):
                # "Kepala Kejari Sleman Andi Wibowo": the office's place ran into the name
                tail = " ".join(words[1:])
                start = m.start + m.text.index(tail, len(words[0]))
                new = Mention(tail, start, start + len(tail))
            initials = re.search(r"(?<!\w)(?:[A-Z]\.\s?)+$", text[max(0, m.start - 12):m.start])
            if new is None and initials and cut is None:
                # "P. N. Roychoudhary", "B. J. Habibie": initials the NER left out
                start = m.start - len(initials.group())
                new = Mention(text[start:m.end], start, m.end)
            if new is None and words and words[0].lower() in BALINESE:
                pre = re.search(r"(?<!\w)(I|Ni)\s+$", text[max(0, m.start - 4):m.start])
                if pre:
                    start = m.start - (len(pre.group()))
                    new = Mention(text[start:m.end], start, m.end)
            if new is not None:
                if ent.name == m.text:
                    ent.name = new.text
                ent.mentions[k] = new
    top = max((int(e.id[1:]) for e in analysis.entities if e.id[1:].isdigit()), default=0)
    for n, person in enumerate(people, top + 1):
        person.id = f"E{n}"
        analysis.entities.append(person)


def _person_tail(words: list[str], known: frozenset[str] = frozenset()) -> int | None:
    """Where a person's name (two words or more) starts after an organisation's acronym or
    known name at the head of `words` (from the gazetteer, or `known`: the article's other
    organisation mentions and their last words), if it does."""
    from warta.nlp import gazetteer

    for cut in range(1, len(words) - 1):
        head, tail = words[:cut], " ".join(words[cut:])
        if head[-1].lower().strip(".") in COMPANY_WORDS:
            return None  # "PT Branta Mulia" is a company's name, not PT's officer
        found = gazetteer.lookup(" ".join(head))
        org = all(_acronym(w) for w in head) or " ".join(head) in known or (
            found is not None and found.type in ("ORG", "GPE")) or (
            len(head) >= 3 and any(_place(" ".join(head[-n:])) for n in (1, 2)))
        # (an office's organisation ends in its place: "Dinas Tenaga Kerja Jawa Timur
        # Himawan …", "Universitas Indonesia Ari Kuncoro")
        if org:
            # the office's place between the organisation and the name is no name:
            # "Kejari | Sleman | Andi Wibowo", "Polres | Kulon Progo | Budi Santoso"
            for n in (2, 1):
                rest = " ".join(words[cut + n:])
                if len(words) - cut - n >= 2 and _place(" ".join(words[cut:cut + n])) \
                        and plausible_name(rest) and not _has_place_word(rest):
                    return cut + n
        known_person = gazetteer.lookup(tail)
        if org and (plausible_name(tail) and not _has_place_word(tail) or (
                known_person is not None and known_person.type == "PER")):
            return cut
    return None


@lru_cache(maxsize=4096)
def _place(name: str) -> bool:
    from warta.nlp import gazetteer

    found = gazetteer.lookup(name)
    return found is not None and found.type in ("GPE", "LOC")


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern[str]:
    """A speech verb (or `Menurut`) earlier in the clause before a name."""
    return re.compile(rf"\b(?:{_words(load().markers, 'speech_verbs')}|[Mm]enurut)"
                      r"\s+[^,.;]*$")


@lru_cache(maxsize=1)
def _speaker_stop() -> re.Pattern[str]:
    """Where the speaker's noun phrase after a speech verb ends: punctuation (not the dot
    of a title: "kata Prof. Rahman"), a preposition of the circumstances, or a relay
    phrase ("kata Budi dikutip dari kanal YouTube …")."""
    return re.compile(
        rf"[,;]|{NOT_AFTER_ABBREVIATION}\.|"
        r"\s(?:kepada|di|saat|ketika|usai|seusai|dalam|pada|yang|"
        r"didampingi)\s|\s(?=(?:seperti|sebagaimana|dikutip|dilansir|disitir|mengutip|"
        rf"melansir)(?:\b|{GLUED}))")


@lru_cache(maxsize=1)
def _speaker_slot() -> re.Pattern[str]:
    """What follows a speaker's name: a comma, or (an adverb and) a speech verb."""
    m = load().markers
    verbs = _words(m, "indirect_verbs")
    return re.compile(rf"(?:\s*,|\s+(?:juga\s+|pun\s+)?(?:{verbs})\b)", re.I)


def join_adjacent_persons(analysis: TextAnalysis) -> None:
    """Two person mentions with only a space between them are one name the NER (or a
    repair) cut in two: "Arief Prasetyo" + "Adi" is "Arief Prasetyo Adi". The second
    entity goes when that was its only mention."""
    text = analysis.text
    rows = sorted(((m, e) for e in analysis.entities if e.type == "PER" for m in e.mentions),
                  key=lambda r: r[0].start)
    gone: set[str] = set()
    for (m1, e1), (m2, e2) in zip(rows, rows[1:], strict=False):
        if e1 is e2 or len(e2.mentions) != 1 or text[m1.end:m2.start] != " " \
                or e1.id in gone or not plausible_name(f"{m1.text} {m2.text}"):
            continue
        name = text[m1.start:m2.end]
        if e1.name == m1.text:
            e1.name = name
        m1.text, m1.end = name, m2.end
        gone.add(e2.id)
    analysis.entities = [e for e in analysis.entities if e.id not in gone]


def add_outlets(analysis: TextAnalysis) -> None:
    """Add ORG (media) entities for outlets named after a relay phrase that the NER missed
    ("dilansir daridetikFinance", "dikutip detikJabar", "dilansirAntara"), so that the
    relay chain can name them; every mention of the name is the outlet's."""
    text = analysis.text
    taken = [(m.start, m.end) for e in analysis.entities for m in e.mentions]
    added: dict[str, Entity] = {}
    for rm in _patterns().relay.finditer(text):
        om = OUTLET.match(text, rm.end())
        if om is None:
            continue
        words = om.group(1).split()
        while words and words[-1].lower() in DAYS:
            words.pop()  # "dikutip Selasa (21/10/2025)": a date, no outlet
        if not words or words[0].lower() in DAYS or words[0].lower() in NOT_NAMES:
            continue
        name = " ".join(words)
        start = om.start(1)
        if name in added or any(a < start + len(name) and b > start for a, b in taken):
            continue
        ent = Entity(id="", name=name, type="ORG", role="MED")
        # the relayed mention may run on from the relay word; the others are whole words
        spans = [(start, start + len(name))] + [
            mt.span() for mt in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
            if mt.start() != start]
        for a0, b0 in sorted(spans):
            if not any(a < b0 and b > a0 for a, b in taken):
                ent.mentions.append(Mention(name, a0, b0))
                taken.append((a0, b0))
        if ent.mentions:
            added[name] = ent
    for n, ent in enumerate(added.values(), _top_id(analysis) + 1):
        ent.id = f"E{n}"
        analysis.entities.append(ent)


def drop_chrome_entities(analysis: TextAnalysis) -> None:
    """Drop entities found only in upper-case chrome lines left in a body (a "scroll to
    continue" banner whose last word the NER takes for an organisation), which would be the
    nearest organisation for `pihaknya` or "kementerian tersebut"; names the gazetteer
    knows stay."""
    from warta.nlp import gazetteer

    text = analysis.text
    chrome = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^a-z\n]*$", text)
              if len(m.group().split()) >= 3 and any(c.isupper() for c in m.group())]
    if not chrome:
        return
    analysis.entities = [
        e for e in analysis.entities
        if not e.mentions or gazetteer.lookup(e.name) is not None
        or not all(any(a <= m.start and m.end <= b for a, b in chrome) for m in e.mentions)]


def attribute(analysis: TextAnalysis) -> None:
    """Find the quotes of an analysed text, with speakers and relay chains.

    Speaker names that the entity stage missed but a speech pattern reveals are added to
    `analysis.entities` first (see `add_speakers`), so that every speaker is an entity id.
    """
    drop_chrome_entities(analysis)
    repair_persons(analysis)
    trim_person_heads(analysis)
    add_speakers(analysis)
    _full_names_of_speakers(analysis)
    split_org_tails(analysis)
    join_adjacent_persons(analysis)
    add_outlets(analysis)
    att = Attributor(analysis)
    direct = att.direct()
    indirect = att.indirect(analysis, [(q.start, q.end) for q in direct])
    full = full_names(analysis)
    for q in direct + indirect:
        q.speaker = full.get(q.speaker, q.speaker) if q.speaker else None
    analysis.quotes = sorted(direct + indirect, key=lambda q: q.start)
    _merge(analysis, full)


def _merge(analysis: TextAnalysis, full: dict[str, str]) -> None:
    """One entity per person: the short name's mentions ("Samsul") join the person first
    named in full ("Samsul Arif"), and the short entity goes."""
    by_id = {e.id: e for e in analysis.entities}
    for short, long in full.items():
        by_id[long].mentions = sorted(by_id[long].mentions + by_id[short].mentions,
                                      key=lambda m: m.start)
    analysis.entities = [e for e in analysis.entities if e.id not in full]


def full_names(analysis: TextAnalysis) -> dict[str, str]:
    """Short person names mapped to the person first named in full: after "Brandon
    Nicholas Salim", a later "Brandon" or "Dian" (of "Dian Sastrowardoyo") is the same
    speaker; so is a later "Sri Mulyani" after "Sri Mulyani Indrawati". Only unambiguous:
    one full name holding the short name as a word (or as its first or last words)."""
    pers = [e for e in analysis.entities if e.type == "PER" and e.mentions]
    out: dict[str, str] = {}
    for e in pers:
        words = e.name.split()
        first = min(m.start for m in e.mentions)
        longer = [f for f in pers if f is not e and len(f.name.split()) > len(words)
                  and _part_of(words, f.name.split()) and min(m.start for m in f.mentions) < first]
        if len(longer) == 1 and person_like(longer[0].name):
            out[e.id] = longer[0].id
    out.update(_aliases(analysis, pers, out))
    for short in out:  # "Sri" → "Sri Mulyani" → "Sri Mulyani Indrawati": the fullest
        seen = {short}
        while out[short] in out and out[out[short]] not in seen:
            seen.add(out[short])
            out[short] = out[out[short]]
    return out


_ALIAS = re.compile(r"\byang\s+(?:akrab\s+|biasa\s+|juga\s+)?(?:disapa|dipanggil|disebut|"
                    r"dikenal\s+dengan\s+(?:nama|sapaan))\s+$|^\s*\($", re.I)


def _aliases(analysis: TextAnalysis, pers: list[Entity],
             known: dict[str, str]) -> dict[str, str]:
    """Nicknames mapped to the person they name: "Muhammad Buldansyah, … . Pria yang akrab
    disapa Dani ini …" and "Basuki Tjahaja Purnama (Ahok)": the nickname's entity (when it
    is its own person) is the person named last before it."""
    text = analysis.text
    rows = sorted(((m.start, m.end, e) for e in pers for m in e.mentions), key=lambda r: r[0])
    out: dict[str, str] = {}
    for k, (s, _e, ent) in enumerate(rows):
        if k == 0 or ent.id in known or ent.id in out:
            continue
        ps, pe, prev = next((r for r in reversed(rows[:k]) if person_like(r[2].name)),
                            rows[k - 1])
        head = text[max(pe, s - 60):s]
        if prev is ent or not _ALIAS.search(head) or "\n" in text[pe:s]:
            continue
        if head.lstrip().startswith("(") and text[pe:s].strip() != "(":
            continue
        if min(m.start for m in ent.mentions) < ps:
            continue  # named before the person it would be a nickname of
        out[ent.id] = known.get(prev.id, prev.id)
    return out


def _part_of(short: list[str], full: list[str]) -> bool:
    """Whether a name is one word of a longer one, or its first or last words."""
    if len(short) == 1:
        return short[0] in full
    return full[:len(short)] == short or full[-len(short):] == short


def speaker_entity(analysis: TextAnalysis, quote: Quote) -> Entity | None:
    """The speaker's Entity, for callers that want names."""
    return next((e for e in analysis.entities if e.id == quote.speaker), None)
