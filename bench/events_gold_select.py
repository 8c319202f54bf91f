"""How the held-out test split of tests/data/events_gold.jsonl was chosen (a fixed procedure).

    .venv/bin/python bench/events_gold_select.py            # round 2 test split (now dev)
    .venv/bin/python bench/events_gold_select.py --round 3  # round 3 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 4  # round 4 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 4-dev  # round 4 extra dev sentences
    .venv/bin/python bench/events_gold_select.py --round 5  # round 5 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 6  # round 6 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 7  # round 7 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 8  # round 8 held-out test split
    .venv/bin/python bench/events_gold_select.py --round 9  # round 9 (detik-2025, by reference)
    .venv/bin/python bench/events_gold_select.py --round 10  # round 10 (detik-2025, odd articles)
    .venv/bin/python bench/events_gold_select.py --round 11  # round 11 (BaPOS valid, the rest)
    .venv/bin/python bench/events_gold_select.py --round 12  # round 12 (detik-2025, odd articles)
    .venv/bin/python bench/events_gold_select.py --round 13  # round 13 (detik-2025, the last odd)

Source: IDNer news 2k `dev.txt` (MIT; the NER model is not trained on it), every sentence
not already in the gold set (the earlier gold set used 69 of them; those are now dev). A
sentence is selected when it contains an event cue: a word whose lower-cased form contains
one of the stems in `CUES` (written before any system output on these sentences was seen,
broader than the trigger lexicon so that recall is measured on events the lexicon may not
know). Then 20 sentences without a cue are added at random (seed 4) as negatives. The
selection was annotated by hand without running Warta on it; it was scored once, at the end.
Its errors were then read, so in round three it was moved into dev.

Round three (`--round 3`): a fresh held-out split from text not yet in the gold set.
Pools: (a) IDNer news 2k `train.txt` sentences not in the gold set (news; note that the NER
model is trained on this file, so actor recognition is optimistic there); (b) NERGrit
`valid.txt` (MIT) and UD Indonesian-GSD `dev`/`test` `# text` lines (CC BY-SA 4.0), which no
Warta model is trained on. Cue sentences are those matching `CUES + CUES3` (CUES3 adds stems
for thin PLOVER categories, written before any system output was seen). With
`random.Random(3)`: 55 cue sentences from (a), 35 from (b), and 15 cue-less sentences from
(a)+(b) as negatives; sentences of fewer than 6 or more than 60 words are skipped.

Round four (`--round 4`): a larger held-out split, written before any annotation and before
any system output on it was seen. Pools: IDNer `train.txt` (news), NERGrit `train.txt` and
`valid.txt` and UD-GSD `dev`/`test` `# text` lines (the only NERGrit and UD files we have),
minus every round 1-3 sentence of `events_gold.jsonl` (compared by id and by normalised text)
and minus duplicate texts; 6-60 words. Cues are grouped by the PLOVER category they suggest
(`CUE_GROUPS4`: every stem of `CUES + CUES3` plus new stems `CUES4` for thin categories and
nasalised `meN-` forms, written from our own knowledge of Indonesian without opening the
trigger lexicon). A cue matches at a word start, optionally after an affix (`di-`, `meN-`,
`peN-`, `ber-`, `ter-`, `per-`, `ke-`, `se-`), so that `aksi` no longer fires inside
`transaksi`. Selection is stratified so that thin categories are represented: with
`random.Random(4)` each group's candidates are shuffled, then groups are visited round-robin
in a fixed order, each taking its next sentence not yet chosen, until 115 news sentences
(IDNer) and 55 sentences of the other pools are chosen; then 15 + 15 cue-less sentences of
the same two pools are drawn at random as negatives. The group only orders sampling; the
annotation is made from the text alone. Stage two: reading these 200 showed that only about
50 held an event (most NERGrit and UD cue hits are encyclopaedic text), short of the 70
aimed at, so the news round-robin was continued by `EXTEND4` = 80 more IDNer sentences
(appended; the shuffles and the first 200 are unchanged). Stage three: the 280 then held 74
sentences with a scored event but 11 categories with 3 or more, several with none, so
`thin_stage` adds 5 sentences for each cue group in `THIN4_TEST` (with `random.Random(43)`:
each group's hits not yet chosen, shuffled, news first, then the other pools). No sentence
was picked by hand.

Round-four dev (`--round 4-dev`): targeted extra development sentences for thin categories.
It prints candidates in a fixed reading order (see `select_round4_dev`): for each of PROTEST,
SANCTION, THREATEN, CRIME, INVESTIGATE, COOPERATE, MOBILIZE, RETREAT, CONCEDE, AID, the hits
of its narrower stems in `DEV4_CUES` (news first, then the other pools, shuffled with
`random.Random(44)`), none in the gold set or the held-out split; the `+` groups (extra
stems, appended after the first lists were read) add candidates for the categories still
thin. The annotator read every candidate and kept each one holding an event of one of these
categories, leaving out fiction plots and sports or show-business news (a footballer's ban,
a musician leaving a band). THREATEN had no candidate left after the held-out split.

Round five (`--round 5`): a fresh held-out split, written before any annotation and before
any system output on it was seen. Same pools, 6-60 word limit, cue groups (`CUE_GROUPS4`)
and matching as round four, minus every sentence of `events_gold.jsonl` (rounds 1-4,
including round-four test and dev rows, by id and normalised text). With `random.Random(5)`:
the round-robin of `stratified` takes 110 IDNer news cue sentences, then 15 NERGrit/UD cue
sentences; then 20 news and 5 NERGrit/UD cue-less sentences are drawn at random as
negatives (150 in all). Stage two: those 150 held only 33 sentences with a scored event,
short of the 50 aimed at, so the news round-robin was continued by 60 more IDNer sentences,
and, as the 210 then held 47, by 20 more, and, as the 230 held 49, by a last 20
(`EXTEND5` = 100; appended, earlier rows unchanged; only 15 news cue hits were left, so the
split has 245 rows).
No sentence was picked by hand.

Round six (`--round 6`): a fresh held-out split from a pool no earlier round touched:
BaPOS `valid.txt` (IndoNLU, MIT; news, mostly international politics; no Warta model or
rule was developed on it), tokens joined as news text (BaPOS splits hyphenated words and
clitics, `timpalan - nya`, which are joined back: `rejoin`; the stored text then writes the
clitic as news does, `timpalannya`: `as_news`). Written before any annotation and before
any system output on it was seen. Same 6-60 word limit, cue groups (`CUE_GROUPS4`) and
matching as round four. With `random.Random(6)`: the round-robin of `stratified` takes 200
cue sentences, then 25 cue-less sentences are drawn at random as negatives (225 rows).
No sentence was picked by hand.

Round seven (`--round 7`): round six was scored once and its errors read, so it became dev;
a fresh split from the rest of the same pool (BaPOS `valid.txt` minus every gold sentence),
drawn the same way with `random.Random(7)`: 200 cue sentences round-robin over the cue
groups, then 25 cue-less negatives. Written before any annotation or system output on it.
Round eight (`--round 8`): round seven scored and read, moved to dev; the same draw from
what is left of the pool, `random.Random(8)`.

Round nine (`--round 9`): detik-2025, see `select_detik`. Session five moved rounds eight
and nine to dev and drew two more held-out rounds before any of their text was read:
round ten (`--round 10`) from the odd-numbered detik articles that round nine and the
detik quote gold did not draw from (developers read only even-numbered articles), with
`random.Random(10)`; round eleven (`--round 11`) from what is left of BaPOS `valid.txt`,
`random.Random(11)`: every remaining cue sentence (121; fewer than the 200 aimed at) and
25 cue-less negatives. Both leave out sentences quoted in development notes, as round nine
did; the folders holding held-out selections (`HELD_NOTES`) do not count as notes, nor do
notes written after a round was drawn (`DRAWN`), so the draws can be repeated. Round twelve
(`--round 12`): rounds ten and eleven scored and read, moved to dev; from the odd-numbered
detik articles no earlier round drew from, less every sentence found in an article open to
development reading, `random.Random(12)`.
"""

from __future__ import annotations

import csv
import functools
import json
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from _report import SHARED  # noqa: E402

CUES = (
    "temu", "kunjung", "lawat", "runding", "sepakat", "setuju", "tanda", "janji", "dukung",
    "puji", "apresiasi", "selamat", "kerja sama", "kerjasama", "bantu", "bantuan", "sumbang",
    "kecam", "kutuk", "kritik", "tuduh", "tuding", "sesal", "kecewa", "gugat", "tuntut",
    "desak", "minta", "tolak", "bantah", "ancam", "peringat", "unjuk rasa", "demo", "protes",
    "mogok", "boikot", "rusuh", "rudal", "militer", "pasukan", "tentara", "sanksi", "embargo",
    "usir", "pecat", "copot", "tangkap", "tahan", "tersangka", "periksa", "selidik", "sidik",
    "geledah", "serang", "tembak", "bom", "bunuh", "tewas", "culik", "sandera", "bentrok",
    "perang", "tempur", "korupsi", "suap", "tipu", "curi", "rampok", "mundur", "bebas",
    "vonis", "hukum", "penjara", "sita", "maaf", "grasi", "lapor", "invasi", "eksekusi",
    "aniaya", "bakar", "ledak", "konflik", "damai",
)


CUES3 = (
    "patroli", "intervensi", "latihan", "kerah", "tarik", "evakuasi", "larang", "blokade",
    "gencatan", "rebut", "kudeta", "teror", "dakwa", "banding", "adili", "kirim", "pulang",
    "deport", "ekstradisi", "bekukan", "putus", "akui", "izin", "hibah", "donasi", "investasi",
    "dialog", "kunjungi", "undang", "sambut", "tawar", "usul", "negosiasi", "kampanye",
    "pawai", "aksi", "rusak", "jarah", "menyerah", "ditarik",
)


# Round four: cue stems grouped by the PLOVER category they suggest (sampling strata only).
CUES4 = (
    "telepon", "konsultasi", "nyerang", "nangkap", "nembak", "ngecam", "nuduh", "nuding",
    "nuntut", "nolak", "nahan", "ngancam", "ngusir", "nyita", "nyandera", "nyidik", "nyelidik",
    "ngutuk", "ngritik", "nyumbang", "nyerah", "nyuap", "nipu", "ncuri", "mecat", "mukul",
    "restu", "koalisi", "gabung", "pinjam", "suaka", "keberatan", "veto", "ultimatum",
    "gertak", "siaga", "uji coba", "berhentikan", "cabut", "nonaktif", "skors", "razia",
    "bubarkan", "gusur", "audit", "usut", "investigasi", "pukul", "bacok", "tikam", "bantai",
    "gempur", "selundup", "narkoba", "pungli", "curang", "palsu", "lengser", "ampun",
    "amnesti", "mengalah", "rusuh", "ricuh", "demonstran", "pemogokan", "unjuk",
)
CUE_GROUPS4 = {
    "CONSULT": ("temu", "kunjung", "lawat", "runding", "dialog", "negosiasi", "undang",
                "sambut", "telepon", "konsultasi"),
    "AGREE": ("sepakat", "setuju", "tanda", "janji", "tawar", "usul", "damai"),
    "SUPPORT": ("dukung", "puji", "apresiasi", "selamat", "akui", "restu"),
    "COOPERATE": ("kerja sama", "kerjasama", "investasi", "koalisi", "gabung"),
    "AID": ("bantu", "bantuan", "sumbang", "nyumbang", "hibah", "donasi", "kirim",
            "evakuasi", "pinjam", "suaka"),
    "DISAPPROVE": ("kecam", "ngecam", "kutuk", "ngutuk", "kritik", "ngritik", "tuduh", "nuduh",
                   "tuding", "nuding", "sesal", "kecewa", "gugat", "keberatan", "lapor"),
    "DEMAND": ("tuntut", "nuntut", "desak", "minta"),
    "REJECT": ("tolak", "nolak", "bantah", "boikot", "veto"),
    "THREATEN": ("ancam", "ngancam", "peringat", "ultimatum", "gertak"),
    "PROTEST": ("unjuk rasa", "unjuk", "demo", "protes", "mogok", "pemogokan", "pawai",
                "aksi", "kampanye", "rusuh", "ricuh"),
    "MOBILIZE": ("rudal", "militer", "pasukan", "tentara", "patroli", "latihan", "kerah",
                 "siaga", "uji coba"),
    "SANCTION": ("sanksi", "embargo", "usir", "ngusir", "pecat", "mecat", "copot", "larang",
                 "blokade", "bekukan", "putus", "deport", "ekstradisi", "berhentikan", "cabut",
                 "nonaktif", "skors"),
    "COERCE": ("tangkap", "nangkap", "tahan", "nahan", "vonis", "hukum", "penjara", "sita",
               "nyita", "dakwa", "adili", "eksekusi", "razia", "bubarkan", "gusur"),
    "INVESTIGATE": ("tersangka", "periksa", "selidik", "nyelidik", "sidik", "nyidik",
                    "geledah", "audit", "usut", "investigasi"),
    "ASSAULT": ("serang", "nyerang", "tembak", "nembak", "bom", "bunuh", "tewas", "culik",
                "sandera", "nyandera", "aniaya", "bakar", "ledak", "teror", "pukul", "mukul",
                "bacok", "tikam", "bantai"),
    "FIGHT": ("bentrok", "perang", "tempur", "invasi", "konflik", "rebut", "kudeta",
              "intervensi", "gencatan", "gempur"),
    "CRIME": ("korupsi", "suap", "nyuap", "tipu", "nipu", "curi", "ncuri", "rampok", "jarah",
              "rusak", "selundup", "narkoba", "pungli", "curang", "palsu"),
    "RETREAT": ("mundur", "tarik", "ditarik", "pulang", "lengser"),
    "CONCEDE": ("maaf", "grasi", "bebas", "menyerah", "nyerah", "izin", "ampun", "amnesti",
                "mengalah"),
}
_AFFIX4 = r"(?:di|ter|ber|be|me|mem|men|meng|meny|pe|pem|pen|peng|peny|per|ke|se|memper|diper)?"


def cue4(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A cue that starts a word, optionally after an Indonesian affix."""
    alt = "|".join(re.escape(c) for c in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![a-z]){_AFFIX4}(?:{alt})")


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def round4_pools(gold_rows: list[dict]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(news pool, other pool): licensed sentences of 6-60 words not in the gold set."""
    ner = SHARED / "data" / "ner"
    ud = SHARED / "data" / "ud"
    used_ids = {r["id"] for r in gold_rows}
    seen = {norm(r["text"]) for r in gold_rows}
    news = [(f"idner-train:{n}", s) for n, s in
            enumerate(sentences(ner / "idner-news-2k" / "train.txt"))]
    other = []
    for part in ("train", "valid"):
        other += [(f"nergrit-{part}:{n}", s) for n, s in
                  enumerate(sentences(ner / "nergrit" / f"{part}.txt"))]
    for part in ("dev", "test"):
        other += [(f"ud-{part}:{n}", s) for n, s in
                  enumerate(ud_sentences(ud / f"id_gsd-ud-{part}.conllu"))]
    out = []
    for pool in (news, other):
        keep = []
        for i, s in pool:
            if i in used_ids or norm(s) in seen or not 6 <= len(s.split()) <= 60:
                continue
            seen.add(norm(s))
            keep.append((i, s))
        out.append(keep)
    return out[0], out[1]


def stratified(pool: list[tuple[str, str]], n: int, rng: random.Random,
               taken: set[str], groups: dict[str, tuple[str, ...]]) -> list[tuple[str, str, str]]:
    """Round-robin over cue groups, each taking its next shuffled, not yet taken sentence."""
    queues = {}
    for g, stems in groups.items():
        pat = cue4(stems)
        hits = [x for x in pool if pat.search(x[1].lower())]
        rng.shuffle(hits)
        queues[g] = hits
    chosen: list[tuple[str, str, str]] = []
    while len(chosen) < n and any(queues.values()):
        for g in groups:
            q = queues[g]
            while q and q[0][0] in taken:
                q.pop(0)
            if q and len(chosen) < n:
                i, s = q.pop(0)
                taken.add(i)
                chosen.append((i, s, g))
    return chosen


def select_round4(gold_rows: list[dict]) -> list[tuple[str, str, str | None]]:
    """The round-four held-out split: (id, text, cue group or None), in a fixed order."""
    news, other = round4_pools(gold_rows)
    rng = random.Random(4)
    taken: set[str] = set()
    news_hits = stratified(news, 115 + EXTEND4, rng, taken, CUE_GROUPS4)
    chosen = news_hits[:115]
    chosen += stratified(other, 55, rng, taken, CUE_GROUPS4)
    allcue = cue4(tuple(c for stems in CUE_GROUPS4.values() for c in stems))
    for pool in (news, other):
        rest = [x for x in pool if not allcue.search(x[1].lower())]
        chosen += [(i, s, None) for i, s in rng.sample(rest, 15)]
    chosen += news_hits[115:]
    return chosen + thin_stage(news, other, {i for i, _, _ in chosen}, THIN4_TEST, 5, 43)


def thin_stage(news: list[tuple[str, str]], other: list[tuple[str, str]], taken: set[str],
               groups: tuple[str, ...], per: int, seed: int) -> list[tuple[str, str, str]]:
    """For each group, `per` sentences not taken yet: shuffled news hits first, then others."""
    rng = random.Random(seed)
    chosen = []
    for g in groups:
        pat = cue4(CUE_GROUPS4[g])
        cands = []
        for pool in (news, other):
            hits = [x for x in pool if x[0] not in taken and pat.search(x[1].lower())]
            rng.shuffle(hits)
            cands += hits
        for i, s in cands[:per]:
            taken.add(i)
            chosen.append((i, s, g))
    return chosen


# Stage two of round four: the round-robin over the news pool continued by this many
# sentences (appended after the first 200, which stay as they were).
EXTEND4 = 80


# Stage three of round four: the categories still thin after stages one and two.
THIN4_TEST = ("PROTEST", "SANCTION", "MOBILIZE", "COOPERATE", "CONCEDE", "CRIME", "THREATEN",
              "DEMAND")
# Round-four dev candidates: narrower stems, one list per thin category.
DEV4_CUES = {
    "PROTEST": ("unjuk rasa", "unjukrasa", "demonstra", "protes", "mogok", "pemogokan",
                "pawai", "ricuh", "rusuh", "long march"),
    "SANCTION": ("sanksi", "embargo", "usir", "ngusir", "pecat", "mecat", "copot", "berhentikan",
                 "larang", "blokade", "bekukan", "deport", "ekstradisi", "nonaktif", "skors",
                 "putus hubungan"),
    "THREATEN": ("ancam", "ngancam", "peringat", "ultimatum", "gertak"),
    "CRIME": ("korupsi", "suap", "nyuap", "tipu", "nipu", "curi", "ncuri", "rampok", "jarah",
              "selundup", "narkoba", "pungli", "palsu", "bajak", "gelapkan"),
    "INVESTIGATE": ("selidik", "nyelidik", "sidik", "nyidik", "periksa", "geledah", "audit",
                    "usut", "investigasi", "otopsi"),
    "COOPERATE": ("kerja sama", "kerjasama", "koordinasi", "patungan", "aliansi"),
    "MOBILIZE": ("rudal", "patroli", "latihan militer", "latihan perang", "kerah", "siaga",
                 "uji coba", "armada", "pasukan"),
    "RETREAT": ("mundur", "tarik", "lengser", "evakuasi", "keluar dari"),
    "CONCEDE": ("maaf", "grasi", "bebaskan", "dibebaskan", "menyerah", "nyerah", "amnesti",
                "mengalah", "izinkan", "ampun"),
    "AID": ("bantuan", "membantu", "sumbang", "nyumbang", "hibah", "donasi", "mengirim",
            "dikirim", "pasok"),
    # Added after reading the lists above, which held too few MOBILIZE, PROTEST, RETREAT,
    # INVESTIGATE and CRIME events (appended so that the orders above stay the same).
    "MOBILIZE+": ("tempatkan", "parade", "manuver", "ngerahkan", "dikerahkan", "senjata",
                  "pangkalan"),
    "PROTEST+": ("turun ke jalan", "menduduki", "orasi", "mogok makan", "massa", "tuntut"),
    "RETREAT+": ("hengkang", "undurkan", "menarik diri", "penarikan", "meninggalkan"),
    "INVESTIGATE+": ("interogasi", "menyelidiki", "dakwa", "diadili"),
    "CRIME+": ("pembunuhan", "dibunuh", "penggelapan", "peras", "kriminal", "pelaku", "curang"),
}


def select_round4_dev(gold_rows: list[dict]) -> list[tuple[str, str, str]]:
    """Round-four dev candidates in reading order: per thin category, its cue hits (news
    first, then the other pools, each shuffled with `random.Random(44)`), none in the gold
    set or the held-out split. The annotator read them in this order and kept, per category,
    the first sentences that hold an event of that category (targeted selection)."""
    taken = {i for i, _, _ in select_round4(gold_rows)}
    news, other = round4_pools(gold_rows)
    rng = random.Random(44)
    out = []
    for g, stems in DEV4_CUES.items():
        pat = cue4(stems)
        for pool in (news, other):
            hits = [x for x in pool if x[0] not in taken and pat.search(x[1].lower())]
            rng.shuffle(hits)
            out += [(i, s, g) for i, s in hits]
    return out


def select_round5(gold_rows: list[dict]) -> list[tuple[str, str, str | None]]:
    """The round-five held-out split: (id, text, cue group or None), in a fixed order."""
    news, other = round4_pools(gold_rows)
    rng = random.Random(5)
    taken: set[str] = set()
    chosen: list[tuple[str, str, str | None]] = []
    news_hits = stratified(news, 110 + EXTEND5, rng, taken, CUE_GROUPS4)
    chosen += news_hits[:110]
    chosen += stratified(other, 15, rng, taken, CUE_GROUPS4)
    allcue = cue4(tuple(c for stems in CUE_GROUPS4.values() for c in stems))
    for pool, k in ((news, 20), (other, 5)):
        rest = [x for x in pool if not allcue.search(x[1].lower())]
        chosen += [(i, s, None) for i, s in rng.sample(rest, k)]
    return chosen + news_hits[110:]


# Stage two of round five: the news round-robin continued by this many sentences (appended;
# the shuffles happen before any pick, so the first 150 stay as they were).
EXTEND5 = 60 + 20 + 20


def select_bapos(used: set[str], seed: int) -> list[tuple[str, str, str | None]]:
    """Rounds six to eight: from the BaPOS `valid.txt` sentences whose id is not in `used`
    (the gold set's when the round was drawn), with `random.Random(seed)`, 200 cue
    sentences round-robin over the cue groups, then 25 cue-less negatives; (id, text, cue
    group or None) in a fixed order."""
    sents = sentences(SHARED / "data" / "pos" / "bapos" / "valid.txt")
    pool = [(f"bapos-valid:{n}", rejoin(s)) for n, s in enumerate(sents)]
    pool = [x for x in pool if 6 <= len(x[1].split()) <= 60 and x[0] not in used]
    rng = random.Random(seed)
    chosen: list[tuple[str, str, str | None]] = []
    chosen += stratified(pool, 200, rng, set(), CUE_GROUPS4)
    allcue = cue4(tuple(c for stems in CUE_GROUPS4.values() for c in stems))
    rest = [x for x in pool if not allcue.search(x[1].lower())]
    chosen += [(i, s, None) for i, s in rng.sample(rest, 25)]
    return chosen


DETIK = SHARED / "data" / "corpus" / "detik-2025.csv"
NOTES = Path("/work/notes")  # development notes of sessions 1-3 (outside the repository)
# when each detik round was drawn: only notes written before then were development reading
DRAWN = {9: "2026-11-27T13:17:00+00:00", 10: "2026-11-27T15:14:43+00:00",
         12: "2026-11-27T16:46:00+00:00", 13: "2026-11-27T17:33:00+00:00"}
# note folders holding held-out selections themselves, not development reading
HELD_NOTES = ("r8", "r9", "r10", "r11", "r12", "r13", "q3")


def detik_records() -> dict[str, dict[str, str]]:
    """Article id → row (`isi_berita` the body, `tanggal` the date) of the shared corpus."""
    with DETIK.open(newline="", encoding="utf-8") as f:
        return {a["id"]: a for a in csv.DictReader(f)}


def detik_articles() -> dict[str, str]:
    """Article id → body of the shared detik-2025 corpus."""
    return {aid: a["isi_berita"] for aid, a in detik_records().items()}


def detik_sentences() -> list[tuple[str, str]]:
    """(`detik-2025:<article id>:<sentence n>`, sentence) for every sentence of the
    detik-2025 bodies, split by Warta's sentence splitter (no event coding involved)."""
    return [(ref, text) for ref, text, _span in detik_spans()]


def detik_spans() -> list[tuple[str, str, tuple[str, int, int]]]:
    """Each detik-2025 sentence with its (article id, start, end) in the body: the gold
    stores these and a hash, never the text."""
    from warta.nlp.sentences import split

    return [(f"detik-2025:{aid}:{n}", s.text, (aid, s.start, s.end))
            for aid, body in detik_articles().items() for n, s in enumerate(split(body))]


def select_detik(seed: int, held_articles: Callable[[str], bool] = lambda aid: True,
                 skip_dirs: tuple[str, ...] = HELD_NOTES,
                 readable: Callable[[str], bool] | None = None,
                 ) -> list[tuple[str, str, str | None]]:
    """Rounds nine, ten and twelve: detik-2025 (2025 Indonesian domestic news; its text is never
    stored, the gold holds references), from the articles `held_articles` admits. Session 3
    ran the coder over this corpus to check vetoes, so any sentence whose first 60
    characters occur in a development note (outside `skip_dirs`) is left out. With
    `random.Random(seed)`, 200 cue sentences round-robin over the cue groups, then 25
    cue-less negatives."""
    cutoff = datetime.fromisoformat(DRAWN[seed]).timestamp()
    seen = " ".join(norm(p.read_text(encoding="utf-8", errors="replace"))
                    for p in NOTES.glob("**/*") if p.is_file()
                    and not set(skip_dirs) & set(p.parts) and p.stat().st_mtime < cutoff
                    and p.suffix in (".md", ".txt", ".jsonl", ".py"))
    every = detik_sentences()
    # a story the corpus carries twice: its sentences in an article open to development
    # reading (`readable`) are not held out wherever else they occur; each sentence once
    known = {norm(t) for ref, t in every if readable and readable(ref.split(":")[1])}
    pool = []
    for x in every:
        if held_articles(x[0].split(":")[1]) and 6 <= len(x[1].split()) <= 60 \
                and norm(x[1])[:60] not in seen and norm(x[1]) not in known:
            pool.append(x)
            if readable:
                known.add(norm(x[1]))
    rng = random.Random(seed)
    chosen: list[tuple[str, str, str | None]] = stratified(pool, 200, rng, set(), CUE_GROUPS4)
    allcue = cue4(tuple(c for stems in CUE_GROUPS4.values() for c in stems))
    rest = [x for x in pool if not allcue.search(x[1].lower())]
    chosen += [(i, s, None) for i, s in rng.sample(rest, 25)]
    return chosen


@functools.cache
def drawn_detik_articles(rounds: tuple[str, ...]) -> frozenset[str]:
    """The detik articles the given event rounds and the detik quote gold drew from."""
    data = ROOT / "tests" / "data"
    rows = [json.loads(x) for x in (data / "events_gold_detik.jsonl").read_text().splitlines()]
    quotes = [json.loads(x) for x in (data / "quotes_gold_detik.jsonl").read_text().splitlines()]
    return frozenset([r["id"].split(":")[1] for r in rows if r["origin"].startswith(rounds)]
                     + [q["doc"].split(":")[1] for q in quotes])


def open_to_development(aid: str, dev_rounds: tuple[str, ...]) -> bool:
    """Whether a detik article is out of a later round's pool once `dev_rounds` were dev:
    the even-numbered articles and those of the dev rounds (open to development reading),
    and those the detik quote gold drew from (held out for quotes)."""
    return int(aid) % 2 == 0 or aid in drawn_detik_articles(dev_rounds)


def select_round_detik(seed: int) -> list[tuple[str, str, str | None]]:
    """Round nine draws from the whole corpus; rounds ten and twelve from the articles not
    open to development when they were drawn, and round twelve also leaves out every
    sentence found in an open article (the corpus carries some stories twice)."""
    if seed == 9:
        return select_detik(9)
    dev_rounds = {10: ("round9",), 12: ("round9", "round10"),
                  13: ("round9", "round10", "round12")}[seed]

    def readable(aid: str) -> bool:
        return open_to_development(aid, dev_rounds)

    return select_detik(seed, lambda aid: not readable(aid),
                        readable=readable if seed >= 12 else None)


def rejoin(text: str) -> str:
    """BaPOS tokenises `anti-Suriah`, `D'Alema` and the clitic of `timpalannya` apart; join
    them back with a hyphen (the form the selection's cues were matched on)."""
    return text.replace(" - ", "-").replace(" ' ", "'")


def as_news(text: str) -> str:
    """The stored sentence: BaPOS marks the clitic `-nya` with a hyphen (`timpalan-nya`),
    which news text writes without one (`timpalannya`)."""
    return CLITIC.sub("nya", text)


CLITIC = re.compile(r"(?<=[A-Za-z])-nya\b")


def ud_sentences(path: Path) -> list[str]:
    """The `# text` lines of a CoNLL-U file."""
    return [line[len("# text = "):].strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def select_round3(used: set[str]) -> list[tuple[str, str, bool]]:
    """The round-three held-out split: (id, text, has_cue), in a fixed order."""
    ner = SHARED / "data" / "ner"
    ud = SHARED / "data" / "ud"
    pool_a = [(f"idner-train:{n}", s) for n, s in
              enumerate(sentences(ner / "idner-news-2k" / "train.txt"))]
    pool_b = [(f"nergrit-valid:{n}", s) for n, s in
              enumerate(sentences(ner / "nergrit" / "valid.txt"))]
    for part in ("dev", "test"):
        pool_b += [(f"ud-{part}:{n}", s) for n, s in
                   enumerate(ud_sentences(ud / f"id_gsd-ud-{part}.conllu"))]
    cue = re.compile("|".join(re.escape(c) for c in CUES + CUES3))

    def ok(item: tuple[str, str]) -> bool:
        return item[0] not in used and 6 <= len(item[1].split()) <= 60

    a_hit = [x for x in pool_a if ok(x) and cue.search(x[1].lower())]
    b_hit = [x for x in pool_b if ok(x) and cue.search(x[1].lower())]
    rest = [x for x in pool_a + pool_b if ok(x) and not cue.search(x[1].lower())]
    rng = random.Random(3)
    chosen = [(i, s, True) for i, s in rng.sample(a_hit, 55) + rng.sample(b_hit, 35)]
    chosen += [(i, s, False) for i, s in rng.sample(rest, 15)]
    return chosen


def sentences(path: Path) -> list[str]:
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if cur:
                out.append(detok(cur))
                cur = []
            continue
        cur.append(line.split()[0])
    if cur:
        out.append(detok(cur))
    return out


def detok(toks: list[str]) -> str:
    """Join IDNer tokens as news text: no space before , . ; : ! ? ) and after (."""
    text, quote_open = "", False
    for t in toks:
        if t == '"':
            text += (" " if text and not quote_open else "") + '"'
            quote_open = not quote_open
            continue
        glue = not text or t in ",.;:!?%)]" or text[-1] in "([" or (
            quote_open and text.endswith('"'))
        text += t if glue else " " + t
    return text


def select(used: set[int]) -> list[tuple[int, str, bool]]:
    sents = sentences(SHARED / "data" / "ner" / "idner-news-2k" / "dev.txt")
    cue = re.compile("|".join(re.escape(c) for c in CUES))
    hits, rest = [], []
    for n, s in enumerate(sents):
        if n in used:
            continue
        (hits if cue.search(s.lower()) else rest).append((n, s, True))
    rng = random.Random(4)
    negatives = [(n, s, False) for n, s, _ in rng.sample(rest, min(20, len(rest)))]
    return sorted(hits + negatives)


def main() -> None:
    gold = ROOT / "tests" / "data" / "events_gold.jsonl"
    if sys.argv[1:] in (["--round", "4"], ["--round", "4-dev"]):
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
        # Only rounds 1-3 count as "already in the gold set", so that the selection stays
        # the same once round-four rows are merged into the file.
        rows = [r for r in rows if not r["origin"].startswith("round4")]
        pick = select_round4 if sys.argv[2] == "4" else select_round4_dev
        for i, s, group in pick(rows):
            print(json.dumps({"id": i, "cue": group, "text": s}, ensure_ascii=False))
        return
    if sys.argv[1:] == ["--round", "5"]:
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
        # Rounds 1-4 only, so that the selection stays the same once round five is merged.
        rows = [r for r in rows if not r["origin"].startswith("round5")]
        for i, s, group in select_round5(rows):
            print(json.dumps({"id": i, "cue": group, "text": s}, ensure_ascii=False))
        return
    if sys.argv[1:2] == ["--round"] and sys.argv[2:3] in (["9"], ["10"], ["12"], ["13"]):
        for i, s, group in select_round_detik(int(sys.argv[2])):
            print(json.dumps({"id": i, "cue": group, "text": s}, ensure_ascii=False))
        return
    rounds = {"6": set(), "7": {"round7", "round8"}, "8": {"round8"}, "11": {"round11"}}
    if sys.argv[1:2] == ["--round"] and sys.argv[2:3] and sys.argv[2] in rounds:
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
        # the gold set as it was when the round was drawn (its own and later rows left out);
        # round six was drawn before any BaPOS row was in it
        later = rounds[sys.argv[2]]
        used = set() if sys.argv[2] == "6" else {
            r["id"] for r in rows if not r["origin"].startswith(tuple(later))}
        for i, s, group in select_bapos(used, int(sys.argv[2])):
            print(json.dumps({"id": i, "cue": group, "text": as_news(s)}, ensure_ascii=False))
        return
    if sys.argv[1:] == ["--round", "3"]:
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
        ids = {r["id"] for r in rows if r["origin"].startswith(("round1", "round2"))}
        for i, s, cued in select_round3(ids):
            print(json.dumps({"id": i, "cue": cued, "text": s}, ensure_ascii=False))
        return
    used = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"].startswith("idner-dev:") and row["origin"].startswith("round1"):
            used.add(int(row["id"].split(":")[1]))
    for n, s, cued in select(used):
        print(json.dumps({"id": f"idner-dev:{n}", "cue": cued, "text": s}, ensure_ascii=False))


if __name__ == "__main__":
    main()
