"""Rule-based PLOVER coding of Indonesian sentences (see warta.events for the contract)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from warta.events import context
from warta.events.actors import (
    ADDRESS_WORDS,
    DEMONSTRATIVES,
    DIRECTIONS,
    DISTANCE_UNITS,
    PLACE_TYPES,
    Actor,
    Mentions,
    Tok,
    actors,
    base_word,
    stem,
    trigger_forms,
)
from warta.events.actors import place_country as country_of_place
from warta.events.lexicon import GAP, GAP_MAX, Entry, Form, load
from warta.types import Event, Quote, TextAnalysis

LEFT_LIMIT = 12
RIGHT_LIMIT = 10
# (melalui/lewat/via name a channel: "KPK melalui Direktorat X akan berkoordinasi dengan Y",
# "menyalurkan bantuan melalui PMI": who acts is before it, whom it concerns elsewhere)
NOT_TARGET_PREPS = frozenset({"di", "dari", "sejak", "hingga", "sampai", "antara", "menurut",
                              "melalui", "lewat", "via"})
SYMMETRIC = frozenset({"CONSULT", "FIGHT"})
KEY_FLAGS = ("negated", "historical", "future", "hypothetical")
COORD = frozenset({"dan", "serta", "bersama", "&"})
VICTIM_LINKS = frozenset({"ketika", "saat", "setelah", "sesudah"})
HURT = frozenset({"tewas", "terluka", "cedera", "terbunuh", "meninggal", "luka-luka", "terkena"})
AGENT_VERBS = frozenset({"dilancarkan", "dilakukan", "digelar", "diluncurkan", "dilaksanakan",
                         "diadakan", "dijalankan",
                         # "bantuan yang diberikan (oleh) AS kepada militer Lebanon", "sanksi
                         # yang dijatuhkan PBB", "kecaman yang dilontarkan X": the giver,
                         # imposer or speaker of the nominal act
                         "diberikan", "dikirim", "dikirimkan", "disalurkan", "dijatuhkan",
                         "diberlakukan", "dilontarkan", "diajukan", "diserukan",
                         "diselenggarakan", "dipimpin"})
VIOLENT = frozenset({"ASSAULT", "FIGHT"})
# Their patient must be an actor; verbal events may be about a thing ("nama yang disepakati").
PHYSICAL = frozenset({"ASSAULT", "FIGHT", "COERCE", "RETREAT", "MOBILIZE", "CRIME"})
# Their nominal object is a fact ("mengecam penangkapan …"); after other verbs it is the
# content of an agreement, demand or refusal ("menuntut pembebasan …"), not an event.
FACTIVE = frozenset({"DISAPPROVE", "SUPPORT"})
# ter- words that modify a person noun, not verbs ("seorang terduga teroris")
CONTINUING = frozenset({"tetap", "terus", "masih"})
TER_NOUNS = frozenset({"terduga", "tersangka", "terdakwa", "terpidana", "terhukum"})
PASSIVE_VERB = re.compile(r"^di[a-z]{4,}$")
# Words shaped like ter-/ber-/di- verbs that are prepositions, determiners or superlatives
# ("sanksi baru terhadap Iran": the object phrase goes on past `terhadap`).
NOT_VERBS = frozenset({
    "terhadap", "termasuk", "terkait", "tertentu", "terutama", "terakhir", "terlalu",
    "tersebut", "terlebih", "terbesar", "terbaru", "terbaik", "tertinggi", "terbanyak",
    "terpenting", "terdekat", "terkuat", "terburuk", "terbesarnya", "berbagai", "beberapa",
    "berdasarkan", "bersama", "beserta", "berikut", "berupa", "bernama", "berusia",
    "berumur", "bertajuk", "berkaitan", "diantara", "dimana", "disana", "disini", "ditengah",
    "dirinya", "diri", "disamping", "diatas", "dibawah", "didalam", "diluar",
})
VERB = re.compile(rf"^(?!(?:{'|'.join(sorted(NOT_VERBS))})$)"
                  r"(me[mn]?g?|meny|ber|di|ter)[a-z]{4,}$")
PASSIVE_LIGHT = frozenset({"disampaikan", "dilakukan", "dilancarkan", "dikeluarkan"})
COPULA = frozenset({"adalah", "merupakan", "ialah", "yaitu", "yakni", "ibarat"})
QUANTIFIERS = frozenset({"para", "pihak", "sang", "kedua", "seluruh", "semua", "segenap"})
OBLIQUE_PREPS = frozenset({"terhadap", "kepada", "atas", "ke"})
SUBORDINATORS = frozenset({"setelah", "sebelum", "sesudah", "saat", "ketika", "sambil",
                           "usai", "seusai", "sembari", "selama", "sejak"})
# Openers of an adverbial insert between a subject and its verb ("Abbas, di Kairo setelah
# bertemu al-Sisi, juga mendesak …").
INSERT_OPENERS = frozenset({"di", "dalam", "pada", "setelah", "sebelum", "sesudah", "saat",
                            "ketika", "usai", "seusai", "sembari", "sambil", "selaku"})
NOMINALISATION = re.compile(r"^pe[mnr]?[a-z]{4,}an$")
CASE_OBJECTS = frozenset({"kasus", "perkara", "dugaan"})
INCIDENTS = frozenset({"kejadian", "insiden", "peristiwa", "tindakan", "perbuatan", "ulah",
                       "keputusan", "kebijakan"})
DAYS = frozenset(context.WEEKDAYS) | {"jum'at", "ahad", "kemarin", "semalam"}
# words of a time adjunct after "pada" ("pada pagi hari", "pada Senin malam", "pada 5 Mei")
TIME_WORDS = DAYS | frozenset(context.MONTHS) | {
    "pagi", "siang", "sore", "petang", "malam", "dini", "subuh", "hari", "tanggal", "pekan",
    "bulan", "tahun", "lalu", "ini", "itu", "awal", "akhir", "pertengahan"}
ADVERBS = frozenset({"telah", "sudah", "baru", "sempat", "juga", "pernah", "akan", "lalu",
                     "kemudian", "melakukan", "menggelar", "mengadakan"})
# Verbs whose nominal object is presupposed to exist: a purpose "untuk mengakhiri
# pertikaian" is hypothetical only as to the ending, not the fighting.
PRESUPPOSING = frozenset({"mengakhiri", "menghentikan", "mengawasi", "memantau", "menyelidiki",
                          "mengusut", "mengatasi", "menanggapi", "membalas", "meredam",
                          "memadamkan", "menyelesaikan", "menuntaskan", "memperingati",
                          # protesting or condemning an act presupposes it: "untuk memprotes
                          # peracunan terhadap pemimpin pemberontak"
                          "memprotes", "mengecam", "mengutuk", "menentang", "mengenang"})
# Buildings a raid searches ("menyerbu rumah itu"): a raid on them is COERCE, not ASSAULT.
RAIDED = frozenset({"rumah", "kediaman", "kantor", "apartemen", "gedung", "bangunan",
                    "hotel", "tempat", "lokasi", "gudang", "toko", "asrama", "rumah-rumah",
                    "kantor-kantor"})
# Prepositions of an adjunct: a nominal after them is no complement of the trigger before
# ("menyetujui dalam pertemuan enam pihak", "dipaksa mundur melalui aksi unjuk rasa").
ADJUNCT_OPENING = frozenset({"dalam", "melalui", "lewat", "menyusul", "sejak", "selama",
                             "usai", "seusai", "akibat"})
# Help told as "dengan bantuan X": the helped is the clause's subject.
HELPING = frozenset({"AID", "SUPPORT", "COOPERATE"})
# What is opposed as a policy or stance ("menentang rencana …"): disapproval, not rejection.
POLICIES = frozenset({"rencana", "kebijakan", "kebijaksanaan", "sikap", "keputusan",
                      "amandemen", "perubahan", "strategi", "langkah", "program", "pendirian",
                      "gagasan", "wacana",
                      # laws and bills opposed ("menentang revisi UU TNI"): a policy too
                      "undang-undang", "uu", "ruu", "perppu", "revisi", "rancangan",
                      "peraturan", "aturan", "regulasi"})
# Readiness to meet ("siap untuk melakukan perundingan"): an offer, AGREE.
WILLING = frozenset({"siap", "bersedia", "ingin", "mau", "berkeinginan"})
# Words of protest whose doer, when a crowd of people, demonstrates (PROTEST); a crowd
# condemning or opposing may only speak ("warga mengecam"), which stays DISAPPROVE.
PROTESTING = frozenset({"memprotes", "protes", "diprotes"})
# Nouns of people demonstrating ("ratusan pengunjuk rasa", "massa aksi"): what they do
# against others or property in the street is part of the demonstration (PLOVER PROTEST:
# riots and obstruction by demonstrators), not an assault or a coercion.
PROTESTERS = frozenset({"demonstran", "pengunjukrasa", "pemrotes", "pendemo", "pengunjuk rasa",
                        "massa aksi", "peserta aksi", "peserta demo", "peserta unjuk"})
# Acts of police and courts on people, done within their own jurisdiction.
JURISDICTION = frozenset({"COERCE", "INVESTIGATE"})
# Buildings demonstrators storm or block ("menyerbu kantor PBB"): the scene, not a side.
SCENES = frozenset({"kantor", "gedung", "halaman", "kompleks", "markas", "pos"})
# Prepositions opening an adjunct noun phrase ("ditangkap atas tuduhan …").
ADJUNCT_PREPS = frozenset({"atas", "dengan", "karena", "terkait", "akibat"})
# A purpose clause after these tells what was done, not a wish: "berkumpul untuk memprotes"
# (the gathering is the protest), "menggunakan pesawat ringan untuk mengebom" (the means).
MEANS_VERBS = frozenset({"berkumpul", "berkerumun", "berhimpun", "menggunakan", "memakai",
                         "memanfaatkan", "mempergunakan"})


@dataclass(slots=True)
class Match:
    form: Form
    i: int  # first token
    j: int  # one past the last token
    head_end: int  # one past the first token (targets of gapped forms sit in the gap)


def find_triggers(toks: list[Tok]) -> list[Match]:
    """Longest, leftmost, non-overlapping trigger matches (clitics -nya/-lah/-pun allowed)."""
    out: list[Match] = []
    i = 0
    n = len(toks)
    while i < n:
        best: Match | None = None
        low = toks[i].low
        a, dash, b = low.partition("-")
        if dash and a == b:
            low = a  # "serangan-serangan"
        for form in trigger_forms(low):
            words = form.tokens
            if len(words) > 1 and words[0] != GAP and words[1] != GAP and (
                    i + 1 >= n or not _fits(toks[i + 1].low, words[1], len(words) == 2)):
                continue  # (the second word, tested first: most forms fail there)
            j = _match_form(toks, i, words)
            if j is not None and (best is None or j - i > best.j - best.i):
                best = Match(form, i, j, i + 1)
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.j
    return out


def _match_form(toks: list[Tok], i: int, words: tuple[str, ...]) -> int | None:
    k = i
    w = 0
    while w < len(words):
        word = words[w]
        if word == GAP:
            nxt = words[w + 1]
            for g in range(k, min(k + GAP_MAX + 1, len(toks))):
                if toks[g].low == nxt or stem(toks[g].low) == nxt:
                    k = g
                    break
            else:
                return None
            w += 1
            continue
        if k >= len(toks) or not _fits(toks[k].low, word, w == len(words) - 1):
            return None
        k += 1
        w += 1
    return k


def _fits(low: str, word: str, last: bool) -> bool:
    """Whether a token (reduplicated or not: "serangan-serangan") is a form's word; the
    form's last word may carry a clitic ("menyerangnya")."""
    half, dash, other = low.partition("-")
    if dash and half == other:
        low = half
    return low == word or last and stem(low) == word


SUBJECT_SKIP = frozenset({"itu", "tersebut", "ini", "yang", "telah", "sudah", "akan", "baru",
                          "pun", "juga", "kemudian", "lalu", "resmi", "segera"})


PASSIVE_ADJUNCT_PREPS = frozenset({"di", "ke", "dari", "oleh", "pada", "sejak", "selama"})
# Adverbs between "yang" and the verb of a relative clause ("yang kini menyamar")
RELATIVE_ADVERBS = ADVERBS | {"pun", "kini", "masih"}
ADVERBS_BEFORE_PASSIVE = ADVERBS | {"tetap", "segera", "bisa", "dapat"}


def _vetoed(toks: list[Tok], m: Match) -> bool:
    entry = m.form.entry
    words = m.form.tokens
    if GAP in words and words[words.index(GAP) + 1] == "bertanggung" \
            and m.j - m.i == len(words) - 1:
        return True  # "menyatakan bertanggung jawab atas serangan": claiming one's own act
    if entry.veto_next and m.j < len(toks):
        nxt = toks[m.j].low
        # after a passive a preposition opens an adjunct or the agent, never the patient
        # (that stands before the verb): "ditahan di Lapas" is detention, though "menahan di
        # level …" is not; resultatives stay vetoed ("ditahan imbang")
        if not (m.form.voice == "passive" and nxt in PASSIVE_ADJUNCT_PREPS) \
                and any(p.search(nxt) for p in entry.veto_next):
            return True
    if entry.veto_next and m.form.voice == "passive":
        # the passive's subject is the active's object: "Perpres itu diteken Presiden" is
        # vetoed like "meneken Perpres"
        k = m.i - 1
        while k >= 0 and toks[k].low in SUBJECT_SKIP:
            k -= 1
        if any(p.search(toks[q].low) for q in (k, k - 1) if q >= 0 for p in entry.veto_next):
            return True
        # a long subject ("keputusan KPU Nomor 731 … ditandatangani Ketua KPU"): its head
        # opens the clause
        q = m.i - 1
        while q >= 0 and m.i - q <= 30 and toks[q].low not in (",", ";", ":", '"', "("):
            q -= 1
        if q + 1 < k - 1 and any(p.search(toks[q + 1].low) for p in entry.veto_next):
            return True
    if entry.veto_prev and m.i > 0:
        prev = toks[m.i - 1].low
        if any(p.search(prev) for p in entry.veto_prev):
            return True
    return False


SECONDARY_NOT = frozenset({"sebagai", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam",
                           "atas", "terhadap", "kepada", "bagi", "soal", "tentang", "agar",
                           "supaya", "dan", "atau", "yang"})


def _secondary_vetoed(toks: list[Tok], acts: list[Actor], matches: list[Match]) -> list[Match]:
    """Drop an active trigger whose object actor is followed by a word its veto_next forbids
    right after the verb: a secondary predicate on the object ("memvonis X bebas" is an
    acquittal, as "memvonis bebas X")."""
    start_at = {a.i: a for a in acts}
    out = []
    for m in matches:
        obj = start_at.get(m.j) if m.form.voice == "active" else None
        nxt = toks[obj.j].low if obj is not None and obj.j < len(toks) else ""
        # (a verb or preposition there opens a new phrase: "membantu X melawan …",
        # "mencalonkan X sebagai …"; only a bare predicate word is secondary)
        if nxt and not VERB.match(nxt) and nxt not in SECONDARY_NOT and any(
                p.search(nxt) for p in m.form.entry.veto_next):
            continue
        out.append(m)
    return out


def _raid(toks: list[Tok], m: Match, src: Actor | None, tgt: Actor | None, category: str,
          quad: str, quads: dict[str, str]) -> tuple[str, str]:
    """A raid (menyerbu, penyerbuan) by the police or the state, or on a house or office,
    is a coercive search-and-arrest (COERCE); troops storming a country are an invasion
    (FIGHT, events_gold.md); otherwise an attack (ASSAULT)."""
    k = m.j
    while k < len(toks) and toks[k].low in ("ke", "dalam", "sebuah", "satu"):
        k += 1
    if k < len(toks) and toks[k].low in RAIDED or (
            src is not None and src.role in ("COP", "GOV", "JUD")):
        return "COERCE", quads["COERCE"]
    if tgt is not None and tgt.type == "GPE" and tgt.role is None and tgt.kind == "entity" \
            and src is not None and src.role in ("MIL", None):
        return "FIGHT", quads["FIGHT"]
    return category, quad


# Words opening an elaboration of the clause before the comma ("…, di antaranya menggandeng").
ELABORATIONS = (("di", "antaranya"), ("antara", "lain"), ("salah", "satunya"), ("yakni",),
                ("yaitu",), ("misalnya",), ("termasuk",))


def _elaboration(toks: list[Tok], i: int) -> int | None:
    """The comma before an elaboration word right before the trigger at i, else None."""
    for words in ELABORATIONS:
        c = i - len(words) - 1
        if c >= 1 and toks[c].low == "," and tuple(
                t.low for t in toks[c + 1:i]) == words:
            return c
    return None


def _main_subject_before(toks: list[Tok], sides: Sides, k: int, strong: frozenset[str],
                         markers: dict) -> tuple[Actor | None, int | None]:
    """(subject, position) of the main verb of the clause ending before token k, past verbs
    of purpose clauses ("X menyiapkan strategi untuk mempersingkat …")."""
    purpose = markers["purpose_set"]
    for q in range(k - 1, max(-1, k - 20), -1):
        low = toks[q].low
        if low in strong or low in sides.stops or low in sides.speech or low == ",":
            break
        if VERB.match(low) and not low.startswith(("ter", "di")) and not (
                q > 0 and toks[q - 1].low in purpose):
            src, _o, dist = sides.left(q)
            return (src, q) if src is not None and dist <= 8 else (None, None)
    return None, None


def _subject_before(toks: list[Tok], sides: Sides, k: int,
                    strong: frozenset[str]) -> Actor | None:
    """The subject of the clause ending before token k: the subject of its nearest verb, or
    for a passive verb its agent after `oleh` ("Dibangun oleh Pemerintah dengan …")."""
    for q in range(k - 1, max(-1, k - 16), -1):
        low = toks[q].low
        if low in strong or low in sides.stops or low in sides.speech:
            break
        if VERB.match(low) and not low.startswith("ter"):
            if PASSIVE_VERB.match(low):
                agent, _d = sides.oleh(q + 1)
                return agent  # "Dibangun oleh Pemerintah dengan bantuan …"
            src, _o, dist = sides.left(q)
            return src if src is not None and dist <= 8 else None
    return None


def _coordinated_subject(toks: list[Tok], sides: Sides, coord: int,
                         strong: frozenset[str]) -> Actor | None:
    """The subject of the nearest verb before the coordinator at `coord` (not across a
    strong boundary, a reporting or speech verb, or a relative `yang`)."""
    for k in range(coord - 1, max(-1, coord - 20), -1):
        low = toks[k].low
        if low in strong or low in sides.stops or low in sides.speech:
            return None
        if k > 0 and toks[k - 1].low in ("yang", "untuk", "guna"):
            continue  # a relative or purpose clause's verb
        if VERB.match(low) and not low.startswith("ter") and not PASSIVE_VERB.match(low):
            src, _o, dist = sides.left(k)
            return src if src is not None and dist <= 6 else None
    return None


RECEIVING = frozenset({"mendapat", "mendapatkan", "memperoleh", "menerima", "meraih",
                       "mengantongi", "dapat"})


def _receiver(toks: list[Tok], sides: Sides, i: int) -> Actor | None:
    """The subject of a verb of receiving right before the nominal at i ("X (yang) sudah
    mendapat persetujuan DPR"): the relative clause's head, or the verb's subject."""
    v = i - 1
    if v < 1 or toks[v].low not in RECEIVING:
        return None
    q = v - 1
    while q > 0 and toks[q].low in ADVERBS:
        q -= 1
    if toks[q].low == "yang":
        return sides.end_at.get(q)
    src, _o, dist = sides.left(v)
    return src if dist <= 6 else None


# Openers of an adjunct whose verb, with no subject of its own, is done by the main clause's
# subject: "… dalam tembak-menembak", "membunuh X sesudah menuduhnya …".
CONTROLLED = frozenset({"dalam", "selama", "sesudah", "setelah", "sebelum", "seusai", "usai",
                        "sambil"})


def _claimed_by(toks: list[Tok], sides: Sides, j: int) -> tuple[Actor | None, int]:
    """The claimant of responsibility for the act ending at j: "Tanggung jawab atas
    serangan-serangan bom itu diklaim oleh cabang Al-Qaeda di Irak"."""
    for k in range(j, min(j + 8, len(toks) - 2)):
        if toks[k].low in ("diklaim", "diakui") and toks[k + 1].low == "oleh":
            a = sides._ahead(k + 2)  # (past "cabang", "sayap bersenjata" …)
            return (a, a.i - j) if a is not None else (None, 0)
        if toks[k].low in sides.bounds and toks[k].low != ",":
            break
    return None, 0


def _manner(toks: list[Tok], i: int) -> int | None:
    """The `dengan` (cara)/`sambil` opening a manner adjunct whose verb is at i, if any."""
    k = i - 1
    if k > 0 and toks[k].low == "cara" and toks[k - 1].low == "dengan":
        k -= 1
    return k if k > 0 and toks[k].low in ("dengan", "sambil") else None


def _controller(toks: list[Tok], i: int, markers: dict) -> int | None:
    """The main verb whose subject controls a purpose clause the trigger at i opens
    ("X berkumpul di depan gedung DPR untuk memprotes …": berkumpul)."""
    k = next((q for q in (i - 1, i - 2) if q >= 0 and toks[q].low in markers["purpose_set"]),
             None)
    if k is None:
        return None
    for q in range(k - 1, max(-1, k - 10), -1):
        low = toks[q].low
        if low in markers["boundaries_set"] and low != ",":
            return None
        if low in MEANS_VERBS:
            return q
    return None


def _means_purpose(toks: list[Tok], i: int, markers: dict,
                   realizing: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at i is the purpose of a gathering or a means verb, or of an
    event that carries it out (`realizing`: "bertemu … untuk membahas", "Protes dilakukan
    … untuk menentang"), and nothing else in its clause makes it hypothetical ("300 orang
    berkumpul untuk memprotes …")."""
    k = next((q for q in (i - 1, i - 2) if q >= 0 and toks[q].low in markers["purpose_set"]),
             None)
    if k is None or any(toks[q].low in markers["boundaries_set"] for q in range(k + 1, i)):
        return False
    # (a place in apposition may stand between: "berkumpul di Fayoum, selatan Kairo, untuk")
    start = context.clause_start(toks, k, markers["boundaries_set"] - {","})
    verb = next((q for q in range(k - 1, max(start, k - 10) - 1, -1)
                 if toks[q].low in MEANS_VERBS or q in realizing), None)
    return verb is not None and not context._has(toks, start, i,
                                                 markers["hypothetical_phrases"]) and not any(
        t.low in markers["purpose_set"] for t in toks[verb + 1:k])


# Verbs of preventing or foiling: the act named as their object is someone else's.
PREVENTING = frozenset({"mencegah", "menggagalkan", "menangkal", "mewaspadai", "mengantisipasi",
                        "menghalangi", "menghadang", "menumpas", "memberantas", "memerangi"})

# Bearings of a place from another ("sebelah selatan Baghdad", "barat daya"): the last
# word of a direction
BEARINGS = frozenset(d.split()[-1] for d in DIRECTIONS)

# Prepositions of a topic, some shaped like verbs ("mengenai", "menyangkut"): a nominal
# after them is what is talked about, not an act of the clause's subject.
TOPIC_PREPS = frozenset({"mengenai", "menyangkut", "tentang", "soal", "perihal", "seputar"})

# Passives naming the users or owners of a thing: "kapal yang digunakan para pelaut X".
USED_BY = frozenset({"digunakan", "dipakai", "dimiliki", "ditumpangi", "dikendarai",
                     "dinaiki", "dihuni", "ditempati", "dikelola", "dioperasikan"})

# Acts after whose object a second verb is the same subject's ("menggeruduk kantor X
# menuntut …", "menggerebek rumah X menyita …"); not persuading or demanding verbs.
SERIAL_FIRST = frozenset({"PROTEST", "COERCE", "INVESTIGATE", "CONSULT", "ASSAULT", "MOBILIZE"})

# Nouns of an act's consequences: "efek/dampak/imbas serangan X" tells the act as done.
CONSEQUENCES = frozenset({"efek", "dampak", "imbas", "akibat", "buntut", "pascaserangan",
                          "konsekuensi"})

# After "perang X", words that make X a side that wages the war ("perang Israel di Gaza",
# "perang AS melawan terorisme").
WAR_SIDE_LINKS = frozenset({"di", "melawan", "dengan", "terhadap", "atas", "ke", "kontra"})

# Aspect adverbs between `yang` and a passive verb ("yang telah diraih oleh …").
ASPECT = frozenset({"telah", "sudah", "pernah", "baru", "sempat", "tengah", "sedang"})

# Passives of making or stating something (a proposal, a charge, a ruling): in "yang
# diajukan DPR" the actor right after is the author.
AUTHORED = frozenset({"disampaikan", "diajukan", "dibuat", "dikeluarkan", "diusulkan",
                      "dilontarkan", "diterbitkan", "dikirim", "dikirimkan", "dilayangkan",
                      "ditawarkan", "dibacakan", "diumumkan", "diputuskan", "dijatuhkan",
                      "digagas", "dituduhkan", "didakwakan", "dituntutkan"})

# Words for a building or a spot by it: an actor named after them and di/dari is a place.
PLACE_NOUNS = frozenset({"gedung", "kantor", "kompleks", "dekat", "depan", "luar", "sekitar",
                         "belakang", "halaman", "samping", "seberang", "markas", "kediaman",
                         "rumah", "dinas"})


class Sides:
    """Source/target search around a trigger in one sentence."""

    def __init__(self, toks: list[Tok], acts: list[Actor], markers: dict,
                 trigger_at: frozenset[int] = frozenset()) -> None:
        self.toks = toks
        self.trigger_at = trigger_at
        self.acts = acts
        self.bounds = markers["boundaries_set"]
        self.preps = markers["target_preps_set"]
        self.stops = markers["reporting_verbs_set"]
        self.speech = markers["speech_verbs_set"] | {"dikatakan", "menurut"}
        self.conditional = markers["conditional_set"]
        self.end_at = {a.j: a for a in acts}
        self.start_at = {a.i: a for a in acts}

    def prep_before(self, a: Actor) -> str | None:
        k = a.i - 1
        while k >= 0 and self.toks[k].low in ("pihak", "kubu", "para", "sang"):
            k -= 1
        return self.toks[k].low if k >= 0 else None

    def in_place(self, a: Actor) -> bool:
        """Whether `a` names the owner of a place after di/dari: "dari gedung parlemen", "di
        dekat parlemen nasional" (where a bomb went off, not whom it hit; a protest "di depan
        kantor KPU" is against it)."""
        return self.place_start(a) is not None

    def place_start(self, a: Actor) -> int | None:
        """The di/dari opening the place `a` owns (see in_place), if it owns one."""
        k = a.i - 1
        while k >= 0 and a.i - k <= 2 and self.toks[k].low in PLACE_NOUNS:
            k -= 1
        return k if k < a.i - 1 and k >= 0 and self.toks[k].low in ("di", "dari") else None

    def locative(self, a: Actor) -> bool:
        """Whether `a` names a place here: "di perairan Irak", "ke wilayah Gaza"."""
        return self.locative_start(a) is not None

    def locative_start(self, a: Actor) -> int | None:
        """The preposition opening the place phrase `a` ends, if `a` names a place there."""
        if a.type not in PLACE_TYPES:
            return None
        if a.i >= 2 and self.toks[a.i - 2].low in ("di", "dari", "ke") and self.toks[
                a.i - 1].text.islower():
            return a.i - 2
        for w in (2, 3, 4):
            if a.i > w and self.toks[a.i - w - 1].low in ("di", "dari", "ke") and all(
                    t.text.isalpha() and t.text.islower() and not VERB.match(t.low)
                    and t.low not in FUNCTION_WORDS and q not in self.trigger_at
                    and t.low not in self.bounds and t.low not in SUBORDINATORS
                    and t.low not in ("dimana", "mana", "tempat")
                    for q, t in enumerate(self.toks[a.i - w:a.i], a.i - w)):
                # "dari berbagai penjuru Swiss", "di seluruh wilayah Irak", "di sebuah
                # tambang batu bara Kolombia"
                return a.i - w - 1
        if a.i >= 2 and self.toks[a.i - 1].low in BEARINGS and (
                self.toks[a.i - 2].low in ("sebelah", ",", "di", "ke", "dari")
                or self.toks[a.i - 2].low in DISTANCE_UNITS):
            # "di Iskandriya, sebelah selatan Baghdad", "110 kilometer sebelah barat
            # Baghdad": a city a place is located from is a place, not its government
            k = a.i - 2
            while k > 0 and self.toks[k].low not in (",", "di", "ke", "dari"):
                k -= 1
            return k
        if a.i >= 2 and self.toks[a.i - 1].low == ",":
            # "di Negara Bagian Uttarakhand, India utara": a place in apposition to a place
            for k in range(a.i - 2, max(-1, a.i - 8), -1):
                # (also "di ibu kota negeri itu, Conakry")
                low = self.toks[k].low
                if low in ("di", "dari", "ke"):
                    return k
                if low in self.bounds or VERB.match(low) or (
                        (b := self.end_at.get(k + 1)) is not None and b.type not in PLACE_TYPES):
                    break
        return None

    def left(self, i: int) -> tuple[Actor | None, Actor | None, int]:
        """(subject, oblique, distance): the nearest actor left of token i in its clause.

        Relative `yang` and an appositive comma right after an actor are crossed; actors
        after a preposition (dengan, kepada…) are obliques, kept as target candidates.
        """
        k = i - 1
        oblique = None
        limit = LEFT_LIMIT
        while k >= 0 and i - k <= limit:
            a = self.end_at.get(k + 1)
            if a is not None and any(t.low == "menurut" for t in self.toks[max(0, a.i - 2):a.i]):
                k = a.i - 1  # "menurut perkiraan PBB": an attribution, not the subject
                continue
            if a is not None and (at := self.place_start(a)) is not None:
                # "Massa … di depan Gedung DPR menolak RUU": the owner of a building or spot
                # where something happens is not the subject
                k = at - 1
                continue
            if a is not None and self.locative(a):
                start = self.locative_start(a)
                k = (a.i if start is None or self.toks[a.i - 1].low != "," else start) - 1
                continue
            if a is not None:
                prep = self.prep_before(a)
                if (prep in self.preps or prep in NOT_TARGET_PREPS) and not self._clause_subject(
                        a, i, prep):
                    if oblique is None and prep in self.preps and prep != "dari":
                        oblique = a  # not "roket dari Libanon menghantam …": an origin
                    k = a.i - 1
                    continue
                if prep in COORD and (b := self.coordinated(a)) is not None \
                        and self.prep_before(b) == "antara" \
                        and not self._clause_subject(a, i, prep):
                    k = b.i - 1  # "(bentrokan) antara polisi Irak dan gerilyawan, …": both
                    continue  # are the sides named after `antara`, not a subject
                head = self._relative_head_of_agent(a) or self._relative_head_of_object(a, i)
                if head is not None:
                    a = head  # "Pesawat NATO yang dipanggil oleh militer Afghanistan …"
                return a, oblique, i - a.j - (limit - LEFT_LIMIT)
            low = self.toks[k].low
            if low in self.stops:
                break
            if low == "yang" and k > 1 and self.toks[k - 1].low == "," \
                    and self.end_at.get(k - 1) is not None:
                # "… oleh Kim Jong-un, yang minggu lalu mengucapkan selamat": the antecedent
                a = self.end_at[k - 1]
                return a, oblique, i - a.j - (limit - LEFT_LIMIT)
            if low == ")":
                q = next((q for q in range(k - 1, max(-1, k - 9), -1)
                          if self.toks[q].low == "("), None)
                if q is not None:  # "PDIP (Partai …) mengapresiasi": skip the parenthesis
                    k = q - 1
                    continue
            if low in ("-", "–", "—") and k + 1 < i and k > 0:
                q = next((q for q in range(k - 2, max(-1, k - 16), -1)
                          if self.toks[q].low == low), None)
                if q is not None and self.end_at.get(q) is not None:
                    # "Pemerintah Jerman - termasuk … BND - setelah itu memasuki": a dashed
                    # parenthesis after the subject
                    limit += k - q
                    k = q - 1
                    continue
            if low == "saat" and k > 0 and self.toks[k - 1].low == "pada":
                k -= 2  # "X pada saat itu melakukan …": a time adverbial, not a clause
                continue
            if low in SUBORDINATORS and k + 1 < i and self.toks[k + 1].low in DEMONSTRATIVES:
                k -= 1  # "X setelah itu memasuki …", "X saat itu …": an adverb of time
                continue
            if low == "," and k >= 2 and self.toks[k - 1].low in DAYS \
                    and self.toks[k - 2].low == ",":
                k -= 3  # "Rice secara terpisah, Minggu, melakukan …": a day between commas
                continue
            if low in DAYS and k == i - 1 and k >= 1 and self.toks[k - 1].low == ",":
                k -= 2  # "Polisi di Negara Bagian Uttarakhand, India utara, Minggu menangkap"
                continue
            if low == "," and k >= 3 and self.toks[k - 1].low == ")" \
                    and self.toks[k - 3].low == "(" and self.toks[k - 2].low.isdigit():
                k -= 4  # "O'Neal, (65), ditangkap": an age in brackets after the subject
                continue
            if low == ",":
                q = next((q for q in range(k - 2, max(0, k - 14), -1)
                          if self.toks[q].low == ","), None)
                if q is not None and self.toks[q + 1].low in ("termasuk", "yakni", "yaitu") \
                        and self.end_at.get(q) is not None and not any(
                            b.kind == "entity" for b in self.acts if q < b.i < k):
                    # "Enam warga Rusia, termasuk tiga orang bersaudara, dipenjara": some of
                    # the subject in apposition (named members are the sides themselves:
                    # "Pemerintah Barat, termasuk AS dan Inggris, mencoba …")
                    limit += k - q
                    k = q - 1
                    continue
            if low in self.bounds:
                if low == "," and self.end_at.get(k) is not None:
                    a = self.end_at[k]
                    if a.i >= 2 and self.toks[a.i - 1].low in self.speech \
                            and self.toks[a.i - 2].low == ",":
                        # "Demokrat Bali, lanjut Made, sudah berdiskusi": a speech insert
                        limit += k - (a.i - 2)
                        k = a.i - 3
                        continue
                    rel = self._relative_start(k)
                    if rel is not None:
                        # "Pemerintah di Teheran, yang dituduh … Tentara Mahdi, membantah":
                        # the actor ending the relative clause is not the subject
                        limit += k - rel
                        k = rel - 1
                        continue
                    obj = self._object_of(a)
                    if obj is not None:
                        # "X mendukung Y, bahkan mendesak": X, not Y; "X, di Kairo setelah
                        # bertemu dengan Y, mendesak": X
                        rel = self._relative_start(k)
                        if rel is not None:
                            limit += k - rel
                            k = rel - 1
                            continue
                        if self.toks[obj].low not in self.preps:
                            src, _o, _d = self.left(obj)
                            if src is not None:
                                return src, oblique, i - src.j
                        break
                if low == "," and (self.end_at.get(k) is not None
                                   or (k + 1 < i and self.toks[k + 1].low == "yang")):
                    k -= 1
                    continue
                if low == ",":
                    rel = self._relative_start(k)
                    if rel is not None:  # "Beshir, yang … itu, menyetujui": cross the clause
                        limit += k - rel
                        k = rel - 1
                        continue
                    head = self._relative_head(k)
                    if head is not None:
                        # "Seorang pria Jerman … yang diculik … setahun lalu, telah dibebaskan"
                        return head, oblique, 1
                break
            k -= 1
        return None, oblique, 0

    def _clause_subject(self, a: Actor, i: int, prep: str | None) -> bool:
        """Whether `a`, after a preposition, is still the subject of the verb at i: the head
        of its relative clause ("… pada pasukan pemerintah Somalia yang didukung Ethiopia")
        or the subject of a clause opened by a conjunction that is also a preposition ("sejak
        Budi ditetapkan sebagai tersangka")."""
        between = [t.low for t in self.toks[a.j:i]]
        if between[:1] == ["yang"]:
            return all(w in ADVERBS or w in ("pun", "kini", "masih") for w in between[1:])
        return prep in ("sejak", "hingga", "sampai") and all(w in ADVERBS for w in between)

    def _relative_head_of_agent(self, a: Actor) -> Actor | None:
        """The actor a relative clause modifies when `a` is the agent inside it: "N yang
        dipanggil (oleh) A" → N (when N is an actor; "serangan yang dilancarkan Israel
        menewaskan" keeps Israel, the doer of the nominal act)."""
        q = self._before_head_words(a)  # "yang didukung helikopter Inggris"
        if q >= 0 and self.toks[q].low == "oleh":
            q -= 1
        if q < 0 or not PASSIVE_VERB.match(self.toks[q].low):
            return None
        return self._head_of_relative(q, ("telah", "sudah", "juga", "pernah", "baru"))

    def _relative_head_of_object(self, a: Actor, i: int) -> Actor | None:
        """The actor a relative clause modifies when `a` is the oblique inside it: "Beberapa
        personel pasukan komando Israel yang menyamar sebagai orang Palestina membunuh …"
        → the commandos (`a` is what they posed as). A direct object right before the verb
        at i may be that verb's subject ("terbunuhnya Hariri yang memaksa Suriah
        mengakhiri …": object control), so it is kept unless words stand between."""
        q = self._before_head_words(a)
        oblique = q >= 0 and self.toks[q].low in ("sebagai", "dengan", "kepada", "terhadap",
                                                  "atas")
        if oblique:
            q -= 1
        elif all(t.low in ADVERBS for t in self.toks[a.j:i]):
            return None
        if q < 0 or not VERB.match(self.toks[q].low) or PASSIVE_VERB.match(self.toks[q].low):
            return None
        return self._head_of_relative(q, RELATIVE_ADVERBS)

    def _before_head_words(self, a: Actor) -> int:
        """The token before up to two lower-case head words of the phrase actor `a` ends
        ("helikopter Inggris", "orang Palestina")."""
        q = a.i - 1
        while q >= 0 and a.i - q <= 2 and self.toks[q].text.isalpha() \
                and self.toks[q].text.islower() and not VERB.match(self.toks[q].low) \
                and self.toks[q].low not in FUNCTION_WORDS:
            q -= 1
        return q

    def _head_of_relative(self, verb: int, adverbs: Collection[str]) -> Actor | None:
        """The actor ending right before "yang" when the verb at `verb` (over adverbs before
        it) opens a relative clause."""
        q = verb - 1
        while q >= 0 and self.toks[q].low in adverbs:
            q -= 1
        if q < 1 or self.toks[q].low != "yang":
            return None
        return self.end_at.get(q)

    def shared_subject(self, i: int) -> tuple[Actor | None, int]:
        """The subject of a subjectless adverbial clause ("X, di Kairo, setelah melakukan
        pertemuan dengan Y, …"; "Setelah bertemu Y, X mengatakan …"): the clause opened by
        a subordinator right before token i shares the main clause's subject."""
        k = i - 1
        while k >= 0 and self.toks[k].low in ADVERBS:
            k -= 1
        if k < 0 or self.toks[k].low not in SUBORDINATORS and self.toks[k].low != "karena":
            return None, 0
        src, _obl, dist = self.left(k)
        if src is not None and self.toks[k].low == "karena" and src.i > 0 and (
                self.toks[src.i - 1].low == "oleh"
                or PASSIVE_VERB.match(self.toks[src.i - 1].low)):
            # "X ditangkap polisi karena mencuri": the reason clause shares the patient X,
            # not the agent of the passive
            src = self.left(src.i - 1)[0]
        if src is not None:
            return src, i - src.j
        if k == 0 or self.toks[k - 1].low in (",", ";"):
            # sentence-initial clause: the subject follows its closing comma
            for q in range(i, min(len(self.toks) - 1, i + 15)):
                if self.toks[q].low == ",":
                    a = self._ahead(q + 1)  # "Saat mengunjungi Kairo, Wakil Presiden Suriah …"
                    return (a, q + 1 - i) if a is not None else (None, 0)
        return None, 0

    def _relative_start(self, comma: int) -> int | None:
        """Index of the comma opening ", yang …" (or an adverbial insert ", di Kairo setelah
        bertemu Y,") that the comma at `comma` closes, right after the subject."""
        k = comma - 1
        adverbial = False
        while k > 0 and comma - k <= 25:  # wire news: long relative clauses
            low = self.toks[k].low
            if low == ",":
                opener = self.toks[k + 1].low
                if not self.end_at.get(k) and not any(
                        self.toks[q].low in ("di", "dari") and self.end_at.get(q)
                        for q in range(k - 1, max(0, k - 5), -1)) and not (
                        self.toks[k - 1].low == ")" and self.end_at.get(k - 1)):
                    # (the subject may end in a place: "Pemerintah di Teheran,", or in its
                    # abbreviation: "Komisi Pemberantasan Korupsi (KPK), yang …,")
                    return None
                if opener == "yang" or opener in self.speech or (
                        opener in INSERT_OPENERS and adverbial):
                    return k
                return None
            if low == ")":
                q = next((q for q in range(k - 1, max(0, k - 9), -1)
                          if self.toks[q].low == "("), None)
                if q is not None:  # "… oleh pasukan dari Direktorat Keamanan Publik (PSD),"
                    k = q - 1
                    continue
            if low in self.bounds and low not in SUBORDINATORS:
                return None
            if low in self.bounds or comma - k > LEFT_LIMIT:
                adverbial = True  # only an adverbial insert may hold a subordinate clause
            k -= 1
        return None

    def _relative_head(self, comma: int) -> Actor | None:
        """The sentence's subject when the first comma closes its relative clause: "Seorang
        pria Jerman berusia 27 tahun yang diculik di Suriah …, telah dibebaskan"."""
        if any(t.low in (",", ";", ":") or t.low in self.stops for t in self.toks[:comma]):
            return None
        y = next((q for q in range(comma) if self.toks[q].low == "yang"), None)
        if y is None:
            return None
        for q in range(y, max(0, y - 5), -1):
            a = self.end_at.get(q)
            if a is not None:
                return a if a.i <= 3 else None
        return None

    def _object_of(self, a: Actor) -> int | None:
        """The verb whose object `a` is ("… mendukung pencalonan Budi Gunawan") or the
        preposition whose oblique it is ("… dengan Presiden al-Sisi"), when one stands between
        the start of `a`'s clause and `a`."""
        k = a.i - 1
        while k >= 0 and a.i - k <= 6:
            low = self.toks[k].low
            if low in self.bounds or low in self.stops or self.end_at.get(k + 1) is not None \
                    and k + 1 != a.i:
                return None
            if low in self.preps or (k in self.trigger_at or VERB.match(low)) \
                    and not low.startswith("ter"):
                return k
            k -= 1
        return None

    def victim(self, i: int) -> Actor | None:
        """The actor killed or hurt by a violent act at token i: "Dua warga Palestina tewas
        dalam serangan …" (the victim is the subject of tewas/terluka left of it)."""
        k = i - 1
        while k > 0 and i - k <= 14:
            if self.toks[k].low in HURT:
                j = k
                while j > 0 and k - j < 6:
                    a = self.end_at.get(j)
                    if a is not None:
                        return a
                    j -= 1
                return None
            # "13 prajurit tewas pada awal Februari ketika gerilyawan meledakkan bom": the
            # killing is told first, the act in a when/after clause
            if self.toks[k].low in self.bounds and self.toks[k].low not in VICTIM_LINKS:
                return None
            k -= 1
        return None

    def coordinated(self, a: Actor) -> Actor | None:
        """The actor joined to `a` by dan/serta on its left ("China dan Korsel"), also past
        a title in apposition ("PM Jepang, Shinzo Abe dan PM Australia, John Howard")."""
        k = a.i - 1
        title = self.end_at.get(k) if k >= 1 and self.toks[k].low == "," else None
        if title is not None:
            k = title.i - 1
        if k >= 1 and self.toks[k].low not in COORD and self.toks[k].low in TITLE_HEADS:
            k -= 1  # "dan Perdana Menteri …": the first word of a title
        if k >= 1 and self.toks[k].low in ADDRESS_WORDS:
            k -= 1  # "saya dan Pak Bupati": a form of address before the title
        if k >= 1 and self.toks[k].low in COORD:
            b = self.end_at.get(k)
            if b is not None:
                return b
        if a.i >= 2 and self.toks[a.i - 1].low == ",":
            # "Mahmoud Abbas dan Perdana Menteri yang ditunjuk Hamas, Ismail Haniya": a title
            # with a relative clause in apposition before the name
            for q in range(a.i - 2, max(0, a.i - 10), -1):
                low = self.toks[q].low
                if low in COORD and q + 1 < a.i and self.toks[q + 1].low in TITLE_HEADS:
                    return self.end_at.get(q)
                if low in self.bounds and low != "yang" or low in self.stops:
                    break
        return None

    def right(self, j: int, *, agent_only: bool = False, limit: int = RIGHT_LIMIT,
              places: bool = False) -> tuple[Actor | None, int, bool]:
        """(actor, distance, via_oleh): the first actor right of token j in the clause; with
        `places` (a physical act), not the owner of a building or spot after di/dari."""
        k = j
        saw_oleh = False
        while k < len(self.toks) and k - j < limit:
            a = self.start_at.get(k)
            if a is not None:
                prev = self.prep_before(a)
                if prev in NOT_TARGET_PREPS or places and self.in_place(a):
                    k = a.j
                    continue
                if agent_only and not saw_oleh and (k - j > 1 or prev in self.preps):
                    return None, 0, False  # "ditembakkan ke Israel": a goal, not the agent
                return a, k - j, saw_oleh
            low = self.toks[k].low
            if low == "(" and k > j:
                q = next((q for q in range(k + 1, min(k + 8, len(self.toks)))
                          if self.toks[q].low == ")"), None)
                if q is not None:  # "kerangka kerja sama atau letter of intent (LoI) dengan HMI"
                    k = q + 1
                    continue
            if low == "oleh":
                saw_oleh = True
            elif agent_only and not saw_oleh and low in COORD:
                break  # "tewas tertembak dan dua orang lagi cedera": a new conjunct, no agent
            elif low in self.bounds or low in self.stops or low in COPULA or (
                    low in self.conditional and k > j):
                break  # "… kesepakatan itu adalah Golkar", "setuju jika Golkar …": no object
            elif low == "yang" and k > j:
                # "membalas pesan yang dikirim oleh Kim": the author of the object (also
                # past an adverb: "prestasi yang telah diraih oleh Polda X")
                while k + 1 < len(self.toks) and self.toks[k + 1].low in ASPECT:
                    k += 1
                if k + 3 < len(self.toks) and self.toks[k + 1].low.startswith("di") and \
                        self.toks[k + 2].low == "oleh":
                    a = self.start_at.get(k + 3)
                    if a is not None:
                        return a, k + 3 - j, False
                if k + 2 < len(self.toks) and self.toks[k + 1].low in AUTHORED:
                    # "membantah poin-poin yang disampaikan jaksa", "menolak usulan yang
                    # diajukan DPR": the agent right after the passive (no `oleh`) is the
                    # author of what is answered
                    a = self.start_at.get(k + 2)
                    if a is not None:
                        return a, k + 2 - j, False
                if k + 2 < len(self.toks) and self.toks[k + 1].low in USED_BY:
                    # "menahan dua kapal yang digunakan para pelaut Inggris": the users or
                    # owners of a thing seized or struck
                    q = k + 2 + (self.toks[k + 2].low in QUANTIFIERS)
                    a = self.start_at.get(q)
                    if a is not None and self.prep_before(a) not in NOT_TARGET_PREPS:
                        return a, q - j, False
                break  # the object phrase ends in a relative clause
            elif k > j and (k in self.trigger_at or VERB.match(low) and low not in TER_NOUNS):
                if k == j + 1 and self.toks[j].low in ("dan", "atau", "serta", "dalam") \
                        and k in self.trigger_at:
                    # "kerangka kerja sama atau letter of intent dengan HMI", "mengecam dan
                    # menolak X": a trigger coordinated with this one shares its object;
                    # "pembicaraan dalam perundingan dengan X": so does one in its adjunct
                    k += 1
                    continue
                break  # the object phrase ends: another event, a verb
            k += 1
        return None, 0, False

    def also(self, a: Actor) -> Actor | None:
        """An actor coordinated right after `a` ("menyalahkan AS dan … Pakistan")."""
        k = a.j
        if k + 1 < len(self.toks) and self.toks[k].low == "," \
                and self.toks[k + 1].low == "termasuk":
            k += 1
        if k < len(self.toks) and (self.toks[k].low in COORD or self.toks[k].low == "termasuk"):
            # (also "menewaskan lima orang termasuk seorang personel polisi": the people
            # listed as among the targets are targets too)
            span = 4 if self.toks[k].low == "termasuk" else 3
            for q in range(k + 1, min(k + span, len(self.toks))):
                b = self.start_at.get(q)
                if b is not None:
                    return b
                if self.toks[q].low in self.bounds or VERB.match(self.toks[q].low):
                    break
        return None

    def partner_after(self, j: int, span: int = 14) -> Actor | None:
        """The actor after `dengan` later in the clause from token j (over the topic of a
        talk: "membahas krisis nuklir dengan Menteri Luar Negeri Iran")."""
        for k in range(j, min(j + span, len(self.toks) - 1)):
            low = self.toks[k].low
            if low == "dengan":
                if VERB.match(self.toks[k + 1].low) and self.toks[k + 1].text.islower():
                    return None  # "dengan didampingi Menlu …": a manner, no partner
                a = self._ahead(k + 1)
                return a if a is not None and not self.locative(a) else None
            if low in self.bounds and low != "," or low in self.stops \
                    or low == "yang" or k > j and k in self.trigger_at:
                break
        return None

    def goal(self, j: int) -> Actor | None:
        """The actor after `ke` within a few tokens of j ("ditembakkan dari Libanon ke Israel"):
        where a missile or an attack went."""
        for k in range(j, min(j + 6, len(self.toks) - 1)):
            low = self.toks[k].low
            if low == "ke":
                return self._ahead(k + 1)
            if low in self.bounds or low in self.stops:
                break
        return None

    def between(self, j: int) -> tuple[Actor | None, Actor | None]:
        """The two sides of "antara X dan/dengan Y" after a two-sided trigger ending at j
        ("perang antara Israel dengan gerakan Islam Hamas", "pertemuan … di Jerusalem antara
        PM Israel dan Presiden Palestina"); modifiers before Y ("pendukung MDC") are crossed."""
        at = None
        for k in range(j, min(j + 10, len(self.toks) - 1)):
            low = self.toks[k].low
            if low == "antara":
                at = k
                break
            if low in self.bounds or low in self.stops:
                return None, None
        if at is None:
            return None, None
        first = self._ahead(at + 1)
        if first is None or self.locative(first):
            return None, None
        k = first.j
        if k >= len(self.toks) or self.toks[k].low not in ("dan", "dengan", "serta"):
            return first, None
        return first, self._ahead(k + 1)

    def prep_ahead(self, j: int, preps: tuple[str, ...], span: int = 6) -> int | None:
        """Index of the first of `preps` within `span` tokens from j, before a boundary."""
        for q in range(j, min(j + span, len(self.toks))):
            if self.toks[q].low in preps:
                return q
            if self.toks[q].low in self.bounds:
                return None
        return None

    def agent_at(self, k: int) -> Actor | None:
        """The agent of a passive verb ending before token k: the actor there (past a
        numeral or modifier) or after `oleh` ("dilakukan (oleh) tiga kelompok …")."""
        a = self._ahead(k)
        if a is None and k + 1 < len(self.toks) and self.toks[k].low == "oleh":
            a = self.start_at.get(k + 1)
        return a

    def _ahead(self, k: int) -> Actor | None:
        """The actor starting at k or after up to three modifier/title words."""
        for q in range(k, min(k + 4, len(self.toks))):
            a = self.start_at.get(q)
            if a is not None:
                return a
            low = self.toks[q].low
            if low in self.bounds or low in COORD or low == "dengan" or not low.isalpha():
                break
        return None

    def oleh(self, j: int) -> tuple[Actor | None, int]:
        k = j
        while k < len(self.toks) and k - j < RIGHT_LIMIT:
            if self.toks[k].low == "oleh":
                a = self.start_at.get(k + 1)
                return a, k + 1 - j
            if self.toks[k].low in self.bounds and self.toks[k].low != ",":
                break
            if k > j and self.toks[k].low.startswith("di") and VERB.match(self.toks[k].low) \
                    and self.start_at.get(k) is None:
                break  # "kesepakatan para Hakim … dan diwujudkan oleh X": another verb's agent
            k += 1
        return None, 0


def code_sentence(
    analysis: TextAnalysis,
    mentions: Mentions,
    sent_index: int,
    reported: bool,
) -> list[Event]:
    """Events of one sentence."""
    lex = load()
    markers = lex.markers
    sent = analysis.sentences[sent_index]
    toks = mentions.tokens(analysis, sent)
    if not toks:
        return []
    found = find_triggers(toks)
    matches = [m for m in found if not _vetoed(toks, m)]
    if not matches and not any(t.low in PROTESTER_WORDS for t in toks):
        return []
    acts = actors(toks, mentions)
    if any(m.form.voice == "active" and m.form.entry.veto_next for m in matches):
        matches = _secondary_vetoed(toks, acts, matches)
    # (a vetoed trigger's verb is no protest either: "massa membubarkan diri")
    matches = sorted(matches + _protesters_acting(toks, acts, found, markers),
                     key=lambda m: m.i)
    if not matches:
        return []
    named = {k for a in acts if a.kind == "entity" for k in range(a.i, a.j)}
    if _sports([t for k, t in enumerate(toks) if k not in named], markers):
        return []  # not for a sports word inside a name ("Liga Arab")
    sides = Sides(toks, acts, markers, frozenset(m.i for m in matches))
    strong = markers["strong_boundaries_set"]

    def here(m: Match) -> str | None:
        """The country of the place the trigger's clause names after `di` (an entity, else
        a place the gazetteer or a bearing from a known city locates: "di Fayoum, sebelah
        selatan Kairo")."""
        ci, cj = _clause(toks, m, strong)
        country = _location(analysis, mentions, toks, m, ci, cj)[1]
        if country is None:
            near = sorted((k for k in range(ci, cj) if toks[k].low == "di"),
                          key=lambda k: abs(k - m.i))
            country = next((c for k in near if (c := country_of_place(toks, k)) is not None),
                           None)
        if country is None:
            # "menewaskan 18 orang … di sebuah daerah lain Bajaur": a known place after
            # lower-case place words (no verb, no "yang") after `di` in the clause
            country = _place_after_di(analysis, mentions, toks, ci, cj)
        if country is None and cj < len(toks) and toks[cj].low in ADJUNCT_OPENING:
            # "… menangkap 16 lain selama operasi Kamis pagi yang sasarannya Al-Qaeda di
            # Irak": the place of the adjunct that follows the clause is the event's
            k = cj
            while country is None and k < len(toks) and toks[k].low not in (",", ";"):
                country = country_of_place(toks, k) if toks[k].low == "di" else None
                k += 1
        return country

    out: list[Event] = []
    nominal: set[int] = set()  # indices in `out` of events coded from a nominalisation
    prev_end = -10
    prev_verb_src: Actor | None = None  # subject of the last active verb (coordination)
    unnamed_end = -1  # end of the last active violent verb whose doer is a weapon/unknown
    prev_verb_tgt: Actor | None = None  # and its object
    prev_cat = ""
    last_src: Actor | None = None  # source of the last trigger (a participle after a comma)
    prev_noun_after = None  # after_trigger of the previous nominal trigger
    promised = -1  # the act a threat promises
    prev_voice = ""
    alleged_until = -1
    rel_patient: Actor | None = None  # "X yang ditangkap …": X, the relative clause's head
    charge = (-1, -1)  # (start of a charge, the main verb that ends it)
    inside = [False] * len(toks)
    for org in acts:
        if org.kind == "entity" and org.type == "ORG":
            inside[org.i:org.j] = [True] * (org.j - org.i)
    for m in matches:
        if inside[m.i]:
            continue  # part of a name ("Pengadilan Tindak Pidana Korupsi")
        entry = m.form.entry
        voice = m.form.voice
        after_trigger = m.i - prev_end <= 5 and not any(
            t.low in markers["boundaries_set"] or t.low in ADJUNCT_OPENING
            for t in toks[max(prev_end, 0):m.i]
        ) and prev_cat not in FACTIVE
        if voice == "noun" and prev_noun_after is not None and m.i - prev_end == 1 \
                and toks[prev_end].low in COORD:
            after_trigger = prev_noun_after  # "penangkapan dan pemukulan": one object list
        prev_noun_after = after_trigger if voice == "noun" else None
        if m.i < alleged_until:
            continue  # "menuduh Iran … membantu pemberontak": alleged, not told as fact
        threat = entry.mode == "promise" and _promises_conflict(matches, m, toks, markers)
        if threat:
            # "berjanji meningkatkan serangan", "berikrar akan memveto …": promising a
            # conflictual act is a threat (PLOVER THREATEN), and the act is not yet done
            promised = next(o.i for o in matches if o.i >= m.j)
        elif entry.category == "THREATEN" and voice == "active":
            # "pelaku mengancam akan menggelar aksi …", "mengancam menyerang": the act
            # threatened right after the verb is not done
            nxt = next((o for o in matches if o.i >= m.j), None)
            if nxt is not None and nxt.i - m.j <= 2 and all(
                    t.low in ("akan", "untuk", "bakal") for t in toks[m.j:nxt.i]):
                promised = nxt.i
        if m.form.entry.alleges and not (
                voice == "noun" and m.j < len(toks) and toks[m.j].low == "yang"):
            # (not "tuduhan yang dibantah Beijing": the relative clause tells of the charge)
            alleged_until = next((k for k in range(m.j, len(toks))
                                  if toks[k].low in markers["boundaries_set"]
                                  and toks[k].low != "bahwa"), len(toks))  # its content
            if m.i > 0 and (voice == "noun" and toks[m.i - 1].low in ADJUNCT_PREPS
                            or voice == "passive" and toks[m.i - 1].low == "yang"):
                # "ditangkap … atas tuduhan berencana … telah dibebaskan", "orang yang
                # dituduh memiliki hubungan … ditangkap": a charge in an adjunct or a
                # relative clause ends where the main clause's passive verb tells what
                # happened to the accused
                alleged_until = next((o.i for o in matches if m.j < o.i < alleged_until
                                      and o.form.voice == "passive"), alleged_until)
                charge = (m.i, alleged_until)
        back = m.i - 1
        while back > 0 and toks[back].low in ADVERBS:
            back -= 1  # "…, dan telah mengeksekusi 13 orang"
        chained = back >= 0 and toks[back].low in COORD and prev_verb_src is not None
        last_end = prev_end
        last_cat = prev_cat
        compound = voice == "noun" and last_end == m.i and prev_voice == "noun"
        last_voice = prev_voice
        prev_end = m.j
        prev_cat = entry.category
        prev_voice = voice
        if compound and last_cat not in FACTIVE:
            continue  # "perjanjian gencatan senjata": the second noun is the first's content
        told: tuple[Actor | None, Actor | None] | None = None
        controlled = False
        if voice == "noun" and m.j < len(toks) and toks[m.j].low in DEMONSTRATIVES:
            # "Desakan itu …" refers back to an event already told, unless the sentence
            # gives its actors: "Protes itu disampaikan Adnan kepada hakim …"
            told = _told_by(toks, sides, m.j + 1)
            if told is None and m.i >= 2 and toks[m.i - 1].low == "atas" \
                    and toks[m.i - 2].low == "jawab":
                # "Tanggung jawab atas serangan-serangan bom itu diklaim oleh X": a claim
                # names the doer of an act told before
                claimant, _d = _claimed_by(toks, sides, m.j + 1)
                told = (claimant, None) if claimant is not None else None
            if told is None:
                continue
        if voice == "noun" and m.i > 0 and toks[m.i - 1].low in markers["descriptors_set"]:
            continue  # "tersangka kasus korupsi": a case name, not a new event
        if m.i > 0 and toks[m.i - 1].low == "yang" and voice == "noun":
            continue
        if m.i > 0 and toks[m.i - 1].low in COPULA and voice == "noun":
            continue  # "Penghargaan tersebut merupakan kerja sama …": a characterisation
        src: Actor | None = None
        tgt: Actor | None = None
        main_verb: int | None = None
        dist = 0
        mutual = entry.mutual
        thing = False  # the patient is a thing, not an actor: no target to find
        frame = voice
        if told is not None:
            src, tgt = told
            frame = "told"
        elif voice == "active":
            src, oblique, dist = sides.left(m.i)
            if src is not None and src.counted and src.j < len(toks) \
                    and toks[src.j].low in HURT:
                src = None  # "Sebelas orang tewas akibat bentrok …": the dead, not the doers
            if src is None and (comma := _elaboration(toks, m.i)) is not None:
                # "X menyiapkan strategi baru …, di antaranya menggandeng OJK": an
                # elaboration of the main clause shares its subject
                src, main_verb = _main_subject_before(toks, sides, comma, strong, markers)
                if src is not None:
                    frame, dist = "chained", min(m.i - src.j, 4)
            controlled = m.i > 0 and toks[m.i - 1].low in CONTROLLED and prev_verb_src is not None
            if controlled and prev_verb_src is not None:  # (the second test narrows the type)
                # "X membunuh Y sesudah menuduhnya …", "X membunuh Y … dalam
                # tembak-menembak": an adjunct or adverbial clause with no subject of its own
                # is done by the main clause's subject; a reciprocal act there is between
                # the main clause's subject and object
                src, oblique, dist = prev_verb_src, None, min(m.i - prev_verb_src.j, 4)
                if entry.category in SYMMETRIC or mutual:
                    oblique = prev_verb_tgt
            k = _manner(toks, m.i)
            if k is not None:
                # "X mencoba menumbangkan Mugabe dengan membiayai MDC": a verb of manner
                # after dengan/sambil is done by the main verb's subject, not its object
                main = _subject_before(toks, sides, k, strong)
                if main is not None and (src is None or src.i >= main.j):
                    src, oblique, dist = main, None, min(m.i - main.j, LEFT_LIMIT)
            v1 = _controller(toks, m.i, markers)
            if v1 is not None and (src is None or src.i > v1):
                # "Ratusan mahasiswa berkumpul di depan gedung DPR untuk memprotes …": the
                # purpose clause's subject is the main verb's, not an actor in its adjunct
                ctl, _o, d1 = sides.left(v1)
                if src is not None and oblique is None and sides.prep_before(src) in sides.preps:
                    oblique = src
                src, dist = ctl, d1
            if (src is not None and src is prev_verb_tgt and prev_verb_src is not None
                    and last_voice == "active" and last_cat in SERIAL_FIRST
                    and src.i >= last_end and back >= 0 and back < src.j <= m.i):
                # "Ratusan warga menggeruduk kantor kepala desa menuntut …": a second verb
                # right after the first one's object is done by the same subject (serial
                # verbs); the object is no subject of it (not a persuading verb: "mendesak X
                # mundur", whose object acts)
                src, frame = prev_verb_src, "chained"
            if chained and (src is None or src.j >= last_end):
                src = prev_verb_src  # "X membunuh Y dan menculik Z": X is the subject of both
                frame = "chained"
            elif back >= 0 and toks[back].low in COORD and unnamed_end == last_end \
                    and entry.category in VIOLENT and (src is None or src.i >= last_end):
                # "Sebuah bom … menewaskan dua kepala suku dan mencederai seorang lagi": the
                # second verb shares the first one's doer (the bomb), not its object
                src, frame = None, "unnamed"
            if src is None and back >= 0 and toks[back].low in (",", "sehingga", "hingga") \
                    and last_src is not None and last_cat in VIOLENT and entry.category in VIOLENT \
                    and not (last_cat == "FIGHT" and entry.category == "ASSAULT"):
                # (also a result clause: "meledakkan bom … sehingga menewaskan lima orang"; not
                # the dead of a clash, "bentrokan antara polisi dan gerilyawan …, menewaskan
                # lima orang": one side of a fight is not the killer)
                src, frame = last_src, "chained"  # "Israel menggempur Gaza, menewaskan 12 …"
            if src is None:
                src, dist = sides.shared_subject(m.i)
                frame = "clause" if src is not None else frame
            if src is None and back > 0 and toks[back].low in COORD:
                # "Korut membalas dengan walk-out …, dan mengurungkan rencana reuni": a verb
                # coordinated with an earlier (non-trigger) verb shares its subject
                src = _coordinated_subject(toks, sides, back, strong)
                if src is not None:
                    frame, dist = "chained", m.i - src.j
            if src is None and _unresolved_subject(toks, m.i):
                frame = "unresolved"  # "Ia menuduh Rini …" with no antecedent in the text
            if src is None and entry.category in VIOLENT and _unnamed_agent(toks, m.i,
                                                                          markers):
                frame = "unnamed"  # "dua roket menghantam Sderot": told by its target
            k0 = m.head_end if GAP in m.form.tokens else m.j
            if k0 < m.j and toks[k0].low == ",":
                k0 += 1  # "menilai, Menteri Hukum dan HAM keliru": the comma of a judgement
            tgt, d2, _ = sides.right(k0, places=entry.category in PHYSICAL)
            if entry.category == "CONSULT" and (tgt is None or tgt.i > k0 and sides.prep_before(
                    tgt) != "dengan"):
                # "membicarakan situasi di Irak dan hubungan Israel-Palestina dengan Raja
                # Abdullah": what is discussed is the topic; the partner follows `dengan`
                # (a person right after the verb is met: "bertemu Presiden Putin")
                partner = sides.partner_after(tgt.j if tgt is not None else k0)
                if partner is not None and partner is not src:
                    tgt, d2 = partner, partner.i - k0
            last = toks[m.j - 1].low
            if tgt is not None and last.endswith("nya") and stem(last) != last \
                    and VERB.match(last) and not (
                        sides.prep_before(tgt) in ("kepada", "terhadap", "atas")
                        or sides.prep_before(tgt) == "ke" and tgt.type != "GPE"):
                tgt = None  # "menuduhnya bekerja untuk AS": the clitic is the object; an
                # actor after it is in the complement (not "memberikannya kepada X"; a
                # country after ke is a place: "membebaskannya … kembali ke Polandia")
            if tgt is None:
                # "mengusir duta besar AS": an actor that begins inside a multiword trigger
                tgt = next((a for q in range(m.i + 1, m.j) if (a := sides.start_at.get(q))
                            is not None and a.j > m.j), None)
            if tgt is None and entry.inverse:
                # "mendapat dukungan dari Liga Arab": the giver follows `dari`
                k = sides.prep_ahead(k0, ("dari",))
                if k is not None:
                    tgt = sides._ahead(k + 1)
            if tgt is None and entry.category == "DEMAND" and m.j < len(toks) \
                    and toks[m.j].low in ("agar", "supaya"):
                tgt = sides._ahead(m.j + 1)  # "mendesak agar Jokowi segera melantik …"
                if tgt is not None and _passive_after(toks, tgt.j):
                    tgt = None  # "mendesak agar Budi Gunawan tetap dilantik": the patient
            if tgt is not None and entry.category == "MOBILIZE" and tgt.i < m.j \
                    and tgt.role in ("MIL", "COP"):
                tgt = None  # "menempatkan (500) tentara di Irak", "mengirim 50 aparat
                # kepolisian ke Darfur": the force deployed is the deployer's own
            if tgt is not None and entry.category == "DISAPPROVE" and tgt.role == "JUD" \
                    and sides.prep_before(tgt) == "ke":
                tgt = None  # "menggugat ke Mahkamah Konstitusi": the court is the venue
            if tgt is None:
                tgt = oblique
            dist = max(dist, d2)
            if src is None and (mutual or entry.category in SYMMETRIC):
                first, second = sides.between(m.j)
                if first is not None:  # "menjalin kontak antara pejabat AS dengan pemberontak"
                    src, tgt, mutual = first, second, second is not None
            clausal = m.j < len(toks) and VERB.match(toks[m.j].low) is not None
            if src is not None and (tgt is None or clausal or sides.in_place(tgt)) and (
                    mutual or entry.category in SYMMETRIC):
                # "Hamas dan Fatah sepakat membentuk pemerintahan": the two subjects are the
                # sides; the object of the agreed clause is its content
                partner = sides.coordinated(src)
                if partner is not None:
                    src, tgt, mutual = partner, src, True
        elif voice == "passive":
            tgt, _, dist = sides.left(m.i)
            relative = m.i > 0 and toks[m.i - 1].low == "yang"
            if relative and tgt is not None and any(
                    VERB.match(t.low) for t in toks[tgt.j:m.i - 1]) \
                    and _non_actor_patient(toks, sides, m.i) and m.i - 2 not in sides.trigger_at:
                tgt = None  # "polisi menerobos rintangan yang dibakar demonstran": the head
                # of the relative clause, a thing, is what was burnt, not the subject of the
                # verb before it (an act is another matter: "… melakukan intervensi dalam
                # satu serangan yang didukung AS": the attackers are supported)
            if m.i == charge[1] and rel_patient is not None:
                tgt = None  # an actor named inside the charge is not the patient
            if tgt is None and not relative and rel_patient is not None and not any(
                    toks[q].low in strong or toks[q].low == ","
                    for q in range(rel_patient.j, m.i)):
                # "Seorang warga Jerman yang ditangkap di Pakistan atas tuduhan … telah
                # dibebaskan": the head of the relative clause is the main verb's patient too
                tgt = rel_patient
            if relative and tgt is not None:
                rel_patient = tgt
            src, d2 = sides.oleh(m.j)
            if src is None:
                src, d2, _ = sides.right(m.j, agent_only=True, limit=3)
            if src is None and entry.category == "SANCTION" and m.j + 1 < len(toks) \
                    and toks[m.j].low == "dari":
                body = sides.start_at.get(m.j + 1)  # "didepak dari PKB": expelled by it
                if body is not None and body.type == "ORG":
                    src, d2 = body, 1
            dist = max(dist, d2)
            if entry.category == "MOBILIZE" and src is None and tgt is not None \
                    and tgt.role in ("MIL", "COP", "REB"):
                # "ribuan polisi dikerahkan", "pasukan keamanan … disiagakan": the force
                # deployed is the side that mobilises (its owner), no target
                src, tgt = tgt, None
            if src is None and entry.category in ("COERCE", "ASSAULT", "SANCTION") \
                    and tgt is not None and tgt.kind in ("entity", "generic") \
                    and not tgt.assumed and tgt.country is not None \
                    and any(t.low == "yang" for t in toks[tgt.j:m.i]):
                # "warga Jerman berusia 30 tahun yang telah memeluk agama Islam itu ditangkap
                # di …": a relative clause between is the patient's own, not distance
                dist = min(dist, 2)
            if tgt is None and _non_actor_patient(toks, sides, m.i):
                goal = sides.goal(m.j) if entry.category in VIOLENT else None
                if goal is None and entry.category in VIOLENT:
                    # "18 pemberontak tewas ketika dua kapal dihancurkan": the people killed
                    goal = sides.victim(m.i)
                if goal is not None:  # "dua roket ditembakkan dari Libanon ke Israel utara"
                    tgt = goal
                elif src is None or entry.category in PHYSICAL:
                    continue  # "Hewan … yang ditangkap warga": the patient is not an actor
                else:  # "nama yang disepakati seluruh fraksi": a thing agreed on by an actor
                    thing = True
        else:  # noun
            src, dist = sides.oleh(m.j)
            frame = "oleh"
            if src is None and m.i >= 2 and toks[m.i - 1].low == "atas" \
                    and toks[m.i - 2].low == "jawab":
                src, dist = _claimed_by(toks, sides, m.j)  # "… diklaim oleh X"
            if src is not None:
                # "penangkapan 15 personel … oleh Iran": the actor before `oleh` is the patient
                t, _d, _far = sides.right(m.j, limit=dist)
                if t is not None and t is not src and t.i < src.i and (
                        t.type in ("PER", "GPE", "NORP", "GENERIC") or t.role is not None):
                    tgt = t  # not a thing named like a body ("pengerahan THAAD oleh Korsel")
            if src is None:
                first, second = sides.between(m.j)
                if first is not None:  # "bentrokan antara polisi dan pendukung MDC"
                    src, tgt, mutual = first, second, second is not None
            if src is None and m.j < len(toks):
                q0 = m.j + (toks[m.j].low in QUANTIFIERS)  # "kesepakatan para Hakim"
                gen = sides.start_at.get(q0) or next(
                    (a for q in range(m.i + 1, m.j) if (a := sides.start_at.get(q)) is not None
                     and a.j > m.j), None)  # "serangan militer Israel": actor "militer Israel"
                if gen is None and _modifier(toks, sides, q0):
                    # "pertemuan konsolidasi Zulkifli Hasan", "serangan bom Hamas": a noun
                    # modifier between the nominal and its possessor
                    gen = sides.start_at.get(q0 + 1)
                    if gen is not None and gen.type in PLACE_TYPES:
                        gen = None  # "perundingan perdamaian Israel": the topic's place
                if gen is not None and gen.role == "CVL" and entry.category in (
                        "COERCE", "ASSAULT") and toks[m.i].low.startswith("pe"):
                    # "penahanan warga Australia", "penculikan warga": the civilians named
                    # after a nominalised act against people are its patient, not its agent
                    tgt, frame, gen = gen, "passive", None
                if gen is not None:
                    src, dist, frame = gen, 0, "genitive"
                    if (mutual or entry.category in SYMMETRIC) and gen.j < len(toks) \
                            and toks[gen.j].low in ("dan", "dengan", "-", "–", "vs", "versus",
                                                    "melawan"):
                        # "pertemuan Presiden Jokowi dan Ketua Umum Gerindra"
                        tgt = sides._ahead(gen.j + 1)
                        mutual = mutual or tgt is not None
            if src is None:
                src, dist = _agent_of_relative(toks, sides, m.j)
                if src is not None and src.i > m.j:
                    # "OTT terhadap X dilakukan KPK", "penangkapan kedua tersangka dilakukan
                    # oleh Polres …": the actor between the nominal and its agentive passive
                    # is the nominal's patient, as before `oleh`
                    t, _d, _far = sides.right(m.j, limit=dist)
                    if t is not None and t is not src and t.i < src.i \
                            and not sides.locative(t) and (
                                t.type in ("PER", "GPE", "NORP", "GENERIC")
                                or t.role is not None):
                        tgt = t
            if src is None and m.j + 1 < len(toks) and toks[m.j].low == "dari":
                agent = sides.start_at.get(m.j + 1)  # "penumpasan dari pasukan pemerintah"
                if agent is not None and agent.type != "GPE":  # not "roket dari Suriah"
                    src, frame = agent, "dari"
            if src is None and after_trigger:
                continue  # complement of the previous trigger ("sepakat … kerjasama")
            if src is None and any(t.low in markers["light_verbs_set"]
                                   for t in toks[max(0, m.i - 3):m.i]) \
                    and toks[m.i - 1].low not in TOPIC_PREPS:
                # (not "melakukan tawar-menawar mengenai bantuan pangan": a topic)
                # "Korut melakukan uji coba rudal": the subject of the light verb
                src, oblique, dist = sides.left(m.i)
                frame = "light"
                if src is not None and dist > 6:
                    src = None
                if src is None:
                    src, dist = sides.shared_subject(m.i)
                    frame = "clause"
            if src is None:
                # "Pemerintah Jerman … memasuki tahap perundingan dengan para penculik": the
                # nominal is the object of a plain verb (not itself a trigger, not a
                # reporting verb); the verb's subject takes part
                own = toks[m.j - 1].low.endswith("nya")  # "menegaskan penolakannya": the
                # clitic possessor of a nominal right after a reporting verb is its subject
                v = next((k for k in range(m.i - 1, max(-1, m.i - 4), -1)
                          if VERB.match(toks[k].low) and k not in sides.trigger_at
                          and toks[k].low not in sides.stops
                          and toks[k].low not in ADJUNCT_OPENING  # "menyusul serangan …"
                          and (toks[k].low not in markers["indirect_verbs_set"]
                               or own and k == m.i - 1)), None)
                if v is not None and toks[v].low in PREVENTING:
                    v = None  # "tentara berupaya mencegah pengeboman …": not the soldiers'
                if v is not None and any(t.low in TOPIC_PREPS for t in toks[v:m.i]):
                    v = None  # "sikap Gedung Putih mengenai penyiksaan": a topic, not an act
                if v is not None and not any(t.low in markers["boundaries_set"]
                                             for t in toks[v:m.i]):
                    src, _obl, dist = sides.left(v)
                    if src is None:
                        # "Nazarbayev tiba di Kairo setelah menyelesaikan kunjungan ke Qatar"
                        src, dist = sides.shared_subject(v)
                    frame = "object"
                    if PASSIVE_VERB.match(toks[v].low) and src is not None:
                        # "Yordania dilanda sejumlah aksi terorisme": the passive's subject
                        # suffers the act
                        src, tgt, frame = None, src, "passive"
                    if src is not None and dist > 6:
                        src = None
            if src is None and m.i > 1 and toks[m.i - 1].low in ("dalam", "selama") \
                    and entry.category in VIOLENT and last_cat in VIOLENT \
                    and prev_verb_src is not None and prev_verb_src.j <= last_end \
                    and 0 < m.i - last_end <= 8 and not any(
                        t.low in markers["boundaries_set"] or t.low == "dan"
                        for t in toks[last_end:m.i - 1]):
                # "Taliban menewaskan lima penjaga keamanan dalam serangan terhadap sebuah
                # perusahaan": the attack in the manner adjunct is the killer's
                src, frame, dist = prev_verb_src, "chained", min(m.i - prev_verb_src.j, 4)
            if src is None and m.i > 1 and toks[m.i - 1].low in TIME_LINKS:
                # "…, kata Zebari kepada wartawan setelah pertemuan dengan timpalannya": a
                # subjectless adjunct after a speech tag is the speaker's (also after a
                # passive tag: "Hal itu disampaikan X usai bertemu …")
                src = _speech_tag_speaker(toks, sides, m.i - 1)
                if src is not None:
                    frame, dist = "clause", m.i - src.j
            if src is not None and tgt is None:
                k0 = max(m.j, src.j) if src.i >= m.j else m.j
                if k0 < len(toks) and toks[k0].low == "(":
                    # "oleh pihak Amerika Serikat (AS) kepada militer Lebanon": past the
                    # abbreviation in brackets after the agent
                    k0 = next((q + 1 for q in range(k0 + 1, min(k0 + 6, len(toks)))
                               if toks[q].low == ")"), k0)
                t, d2, _ = sides.right(k0)
                # "dukungan Fraksi Gerindra … terhadap pencalonan Budi Gunawan": the actor
                # of an oblique (terhadap/kepada/atas… + noun phrase) is the target
                if t is not None and t is not src and (
                        sides.prep_before(t) in sides.preps
                        or any(toks[q].low in OBLIQUE_PREPS for q in range(k0, t.i))):
                    tgt = t
                    dist = max(dist, d2)
            if src is not None and tgt is None and frame == "genitive":
                # "Budi Gunawan yang sudah mendapat persetujuan DPR", "X memperoleh dukungan
                # PBB": the receiver of the giver's act is its target
                tgt = _receiver(toks, sides, m.i)
                if tgt is src:
                    tgt = None
            if src is not None and tgt is None and entry.category in HELPING and m.i > 0 \
                    and toks[m.i - 1].low in ("dengan", "berkat"):
                # "Dibangun oleh Pemerintah dengan bantuan dana dari ADB", "X berhasil
                # menghalau … dengan bantuan pasukan Ethiopia": the helped is the clause's
                # subject
                helped = _subject_before(toks, sides, m.i - 1, strong)
                if helped is not None and _distinct(helped, src):
                    tgt = helped
            if src is None and tgt is None and entry.category in PHYSICAL:
                tgt = _patient_after(toks, sides, m.j)
                if tgt is not None:
                    frame = "passive"  # "penangkapan dan pemukulan terhadap Tsvangirai"
            if src is None and entry.category == "FIGHT" and m.i > 0 \
                    and toks[m.i - 1].low in ("dalam", "selama") and prev_verb_src is not None \
                    and prev_verb_tgt is not None:
                # "Polisi Denmark menangkap 100 orang … dalam bentrokan keras": the clash
                # named in an adjunct is between the main clause's subject and object
                src, tgt, frame = prev_verb_src, prev_verb_tgt, "object"
                dist = min(m.i - prev_verb_src.j, 4)
            if src is None and (entry.category == "CONSULT" or entry.mode == "raid") \
                    and _adjunct(toks, m.i):
                # "Richardson mengatakan … pada akhir kunjungan empat hari": a meeting or
                # visit named in a time adjunct of a clause is its subject's; so is a raid
                # ("Pihak berwenang menguasai bangunan itu dalam penyerbuan pagi hari")
                # (also a trigger verb of another kind: "Korut telah menyetujui dalam
                # pertemuan enam pihak …" agreed at the talks it took part in)
                v = next((k for k in range(m.i - 1, max(-1, m.i - 9), -1)
                          if (VERB.match(toks[k].low) or toks[k].low in ARRIVALS)
                          and (k not in sides.trigger_at or any(
                              o.i == k and o.form.entry.category != "CONSULT"
                              for o in matches))), None)
                if v is not None and not any(t.low in strong for t in toks[v:m.i]):
                    src, _obl, dist = sides.left(v)
                    frame = "object"
                    if src is not None and dist > 6:
                        src = None
            if src is None and toks[m.i].low.endswith("nya"):
                continue
        if tgt is None and voice == "active" and not entry.intransitive \
                and toks[m.j - 1].low.endswith("nya") and stem(toks[m.j - 1].low) != toks[
                    m.j - 1].low and controlled and prev_verb_tgt is not None \
                and prev_verb_tgt is not src:
            tgt = prev_verb_tgt  # "membunuh seorang guru sesudah menuduhnya …": the teacher
        if tgt is None and voice == "active" and not entry.intransitive \
                and toks[m.j - 1].low.endswith("nya") and stem(toks[m.j - 1].low) != toks[
                    m.j - 1].low:
            # "masyarakat mendukungnya": the clitic object is the last person named
            ante = mentions.antecedent(toks[m.i].start, "ANY")
            if ante is not None and (src is None or ante.id != src.entity):
                tgt = Actor(m.j - 1, m.j, ante.id, ante.type, ante.country or mentions.home,
                            ante.role, "pronoun", ante.name, ante.country is None)
        if tgt is None and entry.mode == "visit" and voice == "active":
            tgt = _visited(mentions, toks, m.j)  # "mengunjungi Kairo": the host country
            site = here(m) or (src.country if src is not None and not src.assumed else None)
            if tgt is None and site:
                # "Bupati meninjau Pasar Cibinong (di Bogor)": a named site of no known
                # country is in the place the clause names, else in the country of a
                # visitor whose country is stated (a site visit at home)
                tgt = _visited_site(mentions, toks, m.j, site)
        if tgt is None and entry.mode == "visit" and voice == "noun" and not entry.inverse:
            # "kunjungan resmi tiga hari di China", "lawatannya ke Jepang": the host
            k = sides.prep_ahead(m.j, ("ke", "di"))
            if k is not None:
                tgt = _visited(mentions, toks, k + 1)
                if tgt is not None and src is not None and tgt.country == src.country:
                    tgt = None
        if tgt is not None and entry.category == "MOBILIZE" and voice == "noun" \
                and tgt.i >= m.j and sides.prep_before(tgt) == "ke":
            tgt = None  # "pengerahan pasukan ke Afghanistan": the destination is a place,
            # no target (events_gold.md, round seven), as for the verb
        if entry.inverse:
            src, tgt = tgt, src
        if entry.intransitive:
            tgt = _yielded_to(toks, sides, m, voice)
        if tgt is not None and entry.clausal and tgt.j < len(toks) and VERB.match(
                toks[tgt.j].low):
            tgt = None  # "membantah pihaknya mengalah": the subject of the denied clause
        if tgt is not None and tgt.counted:
            place = here(m)
            if place is None and entry.category in JURISDICTION and src is not None \
                    and src.role in ("COP", "JUD") and src.country and not src.assumed:
                # "KPK menetapkan dua orang sebagai tersangka": police and courts arrest,
                # charge and question people within their own country
                place = src.country
            tgt = _at_place(tgt, place)
        if tgt is None and entry.category in VIOLENT:
            tgt = sides.victim(m.i)
            if tgt is not None and tgt is src:
                tgt = None
            if tgt is not None and src is None:
                frame = "victim"  # "Tujuh warga Palestina tewas dalam serangan-serangan …"
            tgt = _at_place(tgt, here(m)) if tgt is not None and tgt.counted else tgt
            if tgt is not None and src is None and voice == "noun" and entry.category in \
                    SYMMETRIC and m.j + 1 < len(toks) and toks[m.j].low == "dengan":
                # "tiga pemberontak tewas dalam bentrokan dengan pasukan komando polisi": a
                # clash is between the fallen's side and the side named after `dengan`
                partner = sides._ahead(m.j + 1)
                if partner is not None and _distinct(partner, tgt) \
                        and not sides.locative(partner):
                    src = partner
        if tgt is None and entry.category == "ASSAULT" and voice in ("active", "noun"):
            # "membombardir seluruh wilayah Gaza", "gempuran udara Israel ke Gaza": a place
            # attacked stands for its people (the place's country, no role)
            k0 = src.j if src is not None and m.j <= src.i <= m.j + 1 else m.j
            tgt = _facility_owner(toks, sides, k0)
            if tgt is None:
                tgt = _attacked_place(mentions, toks, k0)
                if tgt is not None and src is not None and tgt.country == src.country:
                    tgt = None  # (a place of one's own country; not a rebel base in it)
            if tgt is not None and src is None and voice == "noun":
                frame = "passive"  # "serangan roket ke gedung Gaza": told by its target
        if threat and tgt is None and src is not None:
            # "berjanji akan melancarkan perang gerilya terhadap pemerintah Somalia": the
            # threatened is the target of the promised act
            promised_act = next(o for o in matches if o.i == promised)
            t, _d, _far = sides.right(promised_act.j, places=True)
            if t is not None and _distinct(t, src):
                tgt = t
        if entry.category == "PROTEST" and tgt is None and src is not None:
            # "berunjuk rasa untuk menyampaikan kritik terhadap kebijakan gubernur": the
            # protest is against whom its purpose clause criticises or makes demands of
            aim = _protest_aim(toks, matches, m, markers)
            if aim is not None:
                t, _d, _far = sides.right(aim.j)
                if t is not None and _distinct(t, src) and not sides.locative(t):
                    tgt = t
        if src is not None and src.kind == "generic" and entry.category in VIOLENT \
                and base_word(toks[src.j - 1].low) in markers["unknown_agents_set"]:
            # "Pelaku itu menyerang markas ISAF": an attacker known only as the perpetrator
            # is unnamed (no source, told by its target); arrested or charged, "pelaku" is
            # someone (actors.CASE_PEOPLE)
            src = None
            frame = "unnamed" if tgt is not None else frame
        elif src is not None and src.kind == "generic" and entry.category in VIOLENT \
                and _said_unknown(toks, src, markers):
            # "kelompok bersenjata tidak dikenal melepaskan tembakan", "beberapa pria tak
            # dikenal melancarkan serangan": attackers the sentence calls unknown are no one's
            # (no source, told by the target); an unknown force is still a force ("pesawat
            # tempur tak dikenal": no country, its role kept)
            if src.role in ("MIL", "COP"):
                src = replace(src, country=None, assumed=False)
            else:
                src = None
                frame = "unnamed" if tgt is not None else frame
        if voice == "active" and frame == "unnamed" and src is None:
            unnamed_end = m.j
        if any(a is not None and a.counted for a in (src, tgt)):
            # "menewaskan enam orang di dekat parlemen di Kabul": counted people with no
            # place of their own are the people of the event's place (events_gold.md);
            # with none, the count says not whose people they are (no side)
            event_country = here(m)
            src, tgt = _at_place(src, event_country), _at_place(tgt, event_country)
        embedded = any(t.low in markers["purpose_set"] or t.low == "yang"
                       for t in toks[max(0, m.i - 2):m.i])
        if voice == "active" and src is not None and not embedded:
            # not a verb inside a purpose or relative clause: "menolak rencana PBB untuk
            # mengirimkan pasukan … dan menolak …" shares the main verb's subject
            if tgt is not None or src is not prev_verb_src:
                prev_verb_tgt = tgt  # ("membunuh X dan menangkap seorang lagi": still X)
            prev_verb_src = src
        last_src = src
        if src is None and tgt is None or entry.needs_target and tgt is None:
            continue
        if entry.category == "FIGHT" and voice == "noun" and tgt is None and src is not None \
                and src.i == m.j and src.type == "GPE" and toks[m.i].low == "perang" \
                and not (src.j < len(toks) and toks[src.j].low in WAR_SIDE_LINKS):
            continue  # "perang Irak", "imbas Perang Iran": a war named by its country (or
            # its theatre), no side; "perang Israel di Gaza" names the side that wages it
        if src is not None and tgt is not None and src.entity is not None \
                and src.entity == tgt.entity:
            tgt = None
        flags = context.flags(toks, m.i, m.j, markers)
        if main_verb is not None and frame == "chained":
            # the elaboration is as planned or as hypothetical as its main clause ("akan
            # berupaya …, salah satunya bekerja sama …")
            flags += [f for f in context.flags(toks, main_verb, main_verb + 1, markers)
                      if f in ("intent", "future", "hypothetical") and f not in flags]
        if voice == "noun" and m.i > 0 and toks[m.i - 1].low == "untuk" \
                and "hypothetical" in flags and entry.category == "CONSULT" \
                and any(t.low in ARRIVALS for t in toks[max(0, m.i - 10):m.i]):
            flags.remove("hypothetical")  # "tiba di Beijing untuk kunjungan resmi"
        realizing = frozenset(
            o.i for o in matches if o.j <= m.i and (
                o.form.entry.category == entry.category == "CONSULT"
                or entry.category in ("DISAPPROVE", "REJECT")
                and (o.form.entry.category == "PROTEST" or o.form.entry.id == "protes")))
        if "hypothetical" in flags and _means_purpose(toks, m.i, markers, realizing):
            flags.remove("hypothetical")  # "berkumpul untuk melakukan protes"
        if voice == "noun" and "hypothetical" in flags and m.i > 1 \
                and toks[m.i - 1].low in PRESUPPOSING \
                and toks[m.i - 2].low in markers["purpose_set"] and not context._has(
                    toks, context.clause_start(toks, m.i, markers["boundaries_set"]), m.i - 2,
                    markers["hypothetical_phrases"]):
            # "untuk mengakhiri pertikaian antara milisi Sunni dan Syiah": the purpose is
            # the ending; the fighting it ends is told as fact
            flags.remove("hypothetical")
        if voice == "noun" and "hypothetical" in flags and m.i > 0 \
                and toks[m.i - 1].low in CONSEQUENCES:
            # "mewaspadai risiko … efek serangan AS ke Iran": the effects of an act presuppose
            # it; the modal word scopes over the effects
            flags.remove("hypothetical")
        if voice == "noun" and "negated" in flags and m.i > 0 \
                and toks[m.i - 1].low in REFUSING:
            flags.remove("negated")  # "menolak kritikan …": the criticism was made
        if voice == "noun" and m.i > 0 and toks[m.i - 1].low in ("pada", "dalam") \
                and "hypothetical" in flags:
            # "perlu disampaikan … pada pertemuan WHO pekan depan": the modal scopes over
            # the verb; the meeting named in the adjunct is presupposed, not hypothetical
            flags.remove("hypothetical")
        if m.i == charge[1]:
            # modality inside the charge ("atas tuduhan berencana menghadiri …") is not the
            # main verb's
            cs = context.clause_start(toks, m.i, markers["boundaries_set"])
            flags = [f for f in flags if f not in ("intent", "future", "hypothetical")
                     or context._has(toks, cs, charge[0], markers[f + "_phrases"])]
        category, quad = entry.category, entry.quad
        if threat:
            category, quad = "THREATEN", lex.quads["THREATEN"]
        elif m.i == promised and "hypothetical" not in flags:
            flags.append("hypothetical")
        if "intent" in flags and category in ("SUPPORT", "COOPERATE", "AID") and not (
                m.i > 0 and toks[m.i - 1].low in CONTINUING) and entry.mode not in GOODWILL:
            # PLOVER: cooperative actions promised or reported in future tense are AGREE;
            # not support that goes on ("akan tetap mendukung"), told as current
            category, quad = "AGREE", lex.quads["AGREE"]
        if category == "CONSULT" and any(t.low in WILLING for t in toks[max(0, m.i - 3):m.i]) \
                and not any(t.low in markers["boundaries_set"] for t in toks[max(0, m.i - 3):m.i]):
            # "UE siap untuk melakukan perundingan dengan Teheran": a stated readiness to
            # meet or negotiate is an offer (CAMEO 036, PLOVER AGREE), not a meeting
            category, quad = "AGREE", lex.quads["AGREE"]
        if entry.mode == "oppose" and voice == "active" and m.j < len(toks) \
                and base_word(toks[m.j].low) in POLICIES:
            # "tetap menentang rencana tersebut", "menentang sikap partainya": opposing a
            # plan, policy or stance is disapproval (events_gold.md); a sanction, proposal
            # or demand opposed stays a rejection
            category, quad = "DISAPPROVE", lex.quads["DISAPPROVE"]
        if entry.mode == "raid":
            category, quad = _raid(toks, m, src, tgt, category, quad, lex.quads)
        if category == "DISAPPROVE" and src is not None and src.kind == "generic" \
                and src.role in ("CVL", "EDU") and base_word(toks[m.i].low) in PROTESTING:
            # "ratusan mahasiswa memprotes kenaikan harga BBM": a crowd protesting is a
            # demonstration (PLOVER PROTEST); a body's formal "protes" stays DISAPPROVE
            category, quad = "PROTEST", lex.quads["PROTEST"]
        if category in ("ASSAULT", "COERCE") and voice == "active" \
                and _protesters(toks, src):
            # "puluhan demonstran melemparkan batu ke arah polisi", "sejumlah demonstran
            # menyerbu kantor PBB": demonstrators rioting or storming are protesting
            category, quad = "PROTEST", lex.quads["PROTEST"]
            if tgt is not None and tgt.i > 0 and toks[tgt.i - 1].low in SCENES:
                tgt, thing = None, True  # the building stormed is the scene, not what
                # is protested
        if reported:
            flags.append("reported")
        start, end = sent.start, sent.end
        text = analysis.text[start:end]
        ci, cj = _clause(toks, m, strong)
        clause = analysis.text[toks[ci].start:toks[cj - 1].end]
        date = context.event_date(text, clause, analysis.published, "historical" in flags)
        location, place_country = _location(analysis, mentions, toks, m, ci, cj)
        pairs = _pairs(sides, src, tgt, voice, mutual)
        if category == "CONSULT" and mutual and len(pairs) == 2 and src is not None \
                and _joint(toks[m.i:m.j + 3]):
            # "Rice melakukan pertemuan segitiga dengan Olmert dan Abbas": a meeting said to
            # be three-sided joins the two partners, too (a plain "bertemu dengan A dan B"
            # may be two meetings); not two partners of one country, nor a partner of the
            # convener's own country (its own delegation, not a third side)
            a, b = pairs[0][1], pairs[1][1]
            if a is not None and b is not None and a.country and b.country \
                    and len({a.country, b.country, src.country}) == 3:
                pairs.append((a, b))
        for act in {id(a): a for pair in pairs for a in pair if a is not None}.values():
            if act.kind == "generic" and act.assumed and place_country:
                # "ditangkap polisi di Bekasi": generic actors belong to the event's place
                act.country, act.assumed = place_country, False
        kinds = [(category, quad)]
        if category == "DEMAND" and voice == "active" and _protesters(toks, src):
            # "massa aksi lainnya menuntut AS menghapuskan ICE": demonstrators demanding are
            # demonstrating, too (like a crowd's "memprotes")
            kinds.append(("PROTEST", lex.quads["PROTEST"]))
        for (cat, qd), (s_act, t_act) in itertools.product(kinds, pairs):
            if voice == "noun":
                nominal.add(len(out))
            s_country, t_country = _domestic(s_act, t_act)
            both = mutual and s_act is not None and t_act is not None
            out.append(Event(
                category=cat,
                quad=qd,
                source=s_act.entity if s_act else None,
                target=t_act.entity if t_act else None,
                source_country=s_country,
                target_country=t_country,
                source_role=s_act.role if s_act else None,
                target_role=t_act.role if t_act else None,
                context=flags + ["mutual"] if both else list(flags),
                date=date,
                location=location,
                sentence=text,
                start=start,
                end=end,
                confidence=_confidence(Evidence(
                    # a weapon subject settles a verb's violent sense ("menghantam")
                    max(entry.strength, 0.9) if frame == "unnamed" else entry.strength,
                    frame, s_act, t_act, dist,
                    entry.intransitive or entry.clausal or thing or (mutual and t_act is None)
                    or (t_act is None and not entry.mutual and _clausal_ok(entry)
                        and _clausal_object(toks, m, voice)),
                    context.hedged(toks, m.i, markers))),
                trigger=" ".join(t.text for t in toks[m.i:m.j]),
            ))
    return _subsumed(out, nominal)


SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")


# Expressions of goodwill stay SUPPORT when wished ("ingin mengucapkan selamat"); the
# promised-cooperation reading (AGREE) is for support, help or cooperation to come.
GOODWILL = frozenset({"praise", "sympathy"})
CONFLICT_QUADS = frozenset({"verbal_conflict", "material_conflict"})


def _promises_conflict(matches: list[Match], m: Match, toks: list[Tok], markers: dict) -> bool:
    """Whether the act a promise trigger promises (the next trigger in its clause) is a
    conflictual one ("berjanji bakal menindak", "berikrar akan memveto")."""
    nxt = next((o for o in matches if o.i >= m.j), None)
    if nxt is None or any(t.low in markers["boundaries_set"] for t in toks[m.j:nxt.i]):
        return False
    return nxt.form.entry.quad in CONFLICT_QUADS


# What a protest is held for, when its purpose clause names it: criticism, demands, refusal.
PROTEST_AIMS = frozenset({"DISAPPROVE", "DEMAND", "REJECT"})


def _protest_aim(toks: list[Tok], matches: list[Match], m: Match, markers: dict) -> Match | None:
    """The trigger of a protest's purpose clause ("unjuk rasa di depan Istana untuk menolak
    …", "demonstrasi untuk menyampaikan kritik terhadap …"): a purpose word in the trigger's
    clause, then within two words a criticism, demand or refusal."""
    purpose = markers["purpose_set"]
    bounds = markers["boundaries_set"]
    k = m.j
    while k < len(toks) and k - m.j <= 8 and toks[k].low not in purpose:
        if toks[k].low in bounds or k in {o.i for o in matches}:
            return None
        k += 1
    if k >= len(toks) or toks[k].low not in purpose:
        return None
    nxt = next((o for o in matches if o.i > k), None)
    if nxt is None or nxt.i - k > 3 or nxt.form.entry.category not in PROTEST_AIMS:
        return None
    if any(t.low in bounds for t in toks[k + 1:nxt.i]):
        return None
    return nxt


def _protesters(toks: list[Tok], a: Actor | None) -> bool:
    """Whether a generic actor is people demonstrating ("puluhan demonstran", "massa aksi")."""
    if a is None or a.role != "CVL":  # "demonstran Kurdi" is a NORP entity
        return False
    words = [base_word(t.low) for t in toks[a.i:a.j + 1]]  # "massa" + "aksi" after it
    return any(w in PROTESTERS and k < a.j - a.i or " ".join(words[k:k + 2]) in PROTESTERS
               for k, w in enumerate(words))


PROTESTER_HEADS = frozenset(w.split()[0] for w in PROTESTERS)
# (with their reduplicated plurals: "demonstran-demonstran")
PROTESTER_WORDS = PROTESTER_HEADS | {f"{w}-{w}" for w in PROTESTER_HEADS}
# Between demonstrators and what they do: adverbs and verbs of trying ("beberapa demonstran
# berupaya menerobos pagar"); verbs that tell no act of theirs.
PROTESTER_ADVERBS = frozenset({"lainnya", "itu", "tersebut", "kemudian", "lalu", "juga", "pun",
                               "bahkan", "sempat", "terus", "telah", "sudah", "masih", "mulai",
                               "berupaya", "mencoba", "berusaha", "sebagian", "lantas"})
NOT_PROTEST_ACTS = frozenset({"mengalami", "menjadi", "merupakan", "memiliki", "mempunyai",
                              "mengaku", "meninggal", "menderita", "mendapat", "mendapatkan",
                              "menerima", "berhasil", "berasal", "berjumlah", "berada",
                              "berharap", "menunggu", "mengenakan", "membawa", "memakai"})
PROTEST_ACT = Entry(id="demonstran_beraksi", category="PROTEST", quad="material_conflict",
                    mode=None, mutual=False, inverse=False, intransitive=True, clausal=False,
                    alleges=False, strength=0.9, veto_next=(), veto_prev=(), forms={})


def _protesters_acting(toks: list[Tok], acts: list[Actor], matches: list[Match],
                       markers: dict) -> list[Match]:
    """Demonstrators as the subject of an active verb that is no trigger ("ratusan pengunjuk
    rasa menutup sejumlah jalan", "20 demonstran menerobos penjaga keamanan"): what they do
    is the demonstration (PLOVER PROTEST); a synthetic one-word match on the verb."""
    taken = {k for m in matches for k in range(m.i, m.j)}
    out = []
    for a in acts:
        if not _protesters(toks, a) or any(t.low in PREVENTING for t in toks[max(0, a.i - 2):a.i]):
            continue  # "polisi berusaha mencegah puluhan demonstran berkumpul": not done
        k = a.j + (a.j < len(toks) and f"{toks[a.j - 1].low} {toks[a.j].low}" in PROTESTERS)
        while k < len(toks) and toks[k].low in PROTESTER_ADVERBS:
            k += 1
        if k >= len(toks) or k in taken or not toks[k].low.startswith(("me", "ber")) \
                or not VERB.match(toks[k].low) or toks[k].low in NOT_PROTEST_ACTS \
                or toks[k].low in markers["indirect_verbs_set"] \
                or toks[k].low in markers["reporting_verbs_set"]:
            continue
        out.append(Match(Form((toks[k].low,), "active", PROTEST_ACT), k, k + 1, k + 1))
        taken.add(k)
    return out


def _sports(toks: list[Tok], markers: dict) -> bool:
    """Whether the sentence reports a match (a sports word or a score like "1-2")."""
    words = markers["sports_set"]
    return any(t.low in words or SCORE.match(t.low) for t in toks) or any(
        f"{a.low} {b.low}" in words for a, b in zip(toks, toks[1:], strict=False))


TITLE_HEADS = frozenset({"perdana", "wakil", "presiden", "menteri", "kepala", "ketua"})
FUNCTION_WORDS = frozenset({"di", "ke", "dari", "dengan", "untuk", "yang", "oleh", "terhadap",
                            "kepada", "atas", "pada", "dalam", "antara", "itu", "ini",
                            "tersebut", "bagi", "guna", "demi", "sejak", "hingga", "sampai",
                            "tentang", "mengenai", "soal", "seperti", "sebagai", "akan",
                            "telah", "sudah", "juga", "tidak", "belum", "adalah", "merupakan",
                            "para", "pihak", "kedua"})


def _modifier(toks: list[Tok], sides: Sides, k: int) -> bool:
    """Whether token k is a lower-case noun modifying the nominal before it (not a function
    word, a verb, a boundary, a number or another trigger)."""
    if k + 1 >= len(toks) or k in sides.trigger_at:
        return False
    low = toks[k].low
    return (toks[k].text.isalpha() and toks[k].text.islower() and low not in FUNCTION_WORDS
            and low not in sides.bounds and low not in sides.stops and not VERB.match(low))


def _timeish(low: str) -> bool:
    return low in TIME_WORDS or low.isdigit()


def _patient_after(toks: list[Tok], sides: Sides, j: int) -> Actor | None:
    """The patient of an agentless nominal given by "terhadap X" right after it, or after
    a coordinated nominal ("penangkapan dan pemukulan terhadap Tsvangirai") or a time
    adjunct ("serangan pada pagi hari terhadap patroli Inggris")."""
    k = j
    while k < min(len(toks), j + 6):
        low = toks[k].low
        if low in ("terhadap", "atas"):
            return sides.start_at.get(k + 1) or sides.start_at.get(k + 2)
        if low == "pada" and k + 1 < len(toks) and _timeish(toks[k + 1].low):
            k += 2
            while k < len(toks) and _timeish(toks[k].low):
                k += 1
            continue
        if low not in COORD and not (low.startswith("pe") and low.endswith("an")) \
                and not (low.isdigit() or low in context.MONTHS):
            return None  # (a date may stand between: "serangan-serangan 11 September 2001")
        k += 1
    return None


def _clausal_ok(entry: Entry) -> bool:
    """Whether the trigger's object may be a clause, a case or an act rather than an
    actor: verbal events ("menolak memberikan …", "mendukung penerapan …") and
    investigations; not cooperation or force, whose object is a partner or a victim."""
    return entry.quad.startswith("verbal") or entry.category == "INVESTIGATE"


def _clausal_object(toks: list[Tok], m: Match, voice: str) -> bool:
    """An active trigger whose complement is a clause ("menolak memberikan alasan",
    "setuju untuk membayar", "berjanji akan membantu") or a case ("mengusut kasus …"):
    no target is expected."""
    if voice in ("active", "noun") and m.j + 1 < len(toks) \
            and toks[m.j].low in ("atas", "terhadap"):
        # "menyampaikan permohonan maaf atas penutupan jalan", "kekecewaannya atas penundaan
        # ini": what the apology or the disappointment is about is an act or an incident
        q = m.j + 1 + (m.j + 2 < len(toks) and toks[m.j + 1].low in ("adanya", "terjadinya"))
        nx2 = toks[q].low  # (past "adanya": "atas adanya penutupan jalan")
        if nx2 in CASE_OBJECTS or nx2 in INCIDENTS or NOMINALISATION.match(nx2):
            return True
    if voice == "active" and toks[m.j - 1].low.endswith("nya") and len(toks[m.j - 1].low) > 6:
        return True  # "selalu menolaknya": the object is the clitic's referent
    if voice != "active" or m.j >= len(toks):
        return False
    nxt = toks[m.j].low
    if nxt in CASE_OBJECTS or NOMINALISATION.match(nxt):
        # "menyelidiki kasus pembunuhan …", "menolak pembangunan pabrik": the object is a
        # case or an act, not an actor
        return True
    return nxt in ("untuk", "akan") or (bool(VERB.match(nxt)) and not nxt.startswith("ter"))


def _subsumed(events: list[Event], nominal: set[int]) -> list[Event]:
    """Drop a nominal (or two-sided) event missing a side when the same sentence codes the
    same category with that side filled and the other side equal: one event told twice
    ("serangan udara Israel … menewaskan tiga anggota Hamas")."""
    def sides(ev: Event) -> tuple[tuple, tuple]:
        return (ev.source_country, ev.source_role), (ev.target_country, ev.target_role)

    def flags(ev: Event) -> tuple[str, ...]:
        return tuple(f for f in ev.context if f in KEY_FLAGS)

    none = (None, None)
    out = []
    retold: set[int] = set()
    for n, ev in enumerate(events):
        s, t = sides(ev)
        fuller = False
        if none in (s, t) and (s, t) != (none, none):
            # a meeting or a battle told twice: "akan berkunjung dan melakukan pembicaraan
            # dengan timpalannya dari Korea Selatan" is one meeting; a verb missing a side
            # beside one of the same category with it filled on the same other side is the
            # same act told with fewer words ("menggempur Gaza, menewaskan 12 warga dan
            # melukai 30 lainnya": the wounding is the assault on Gaza)
            loose = n in nominal or ev.category in SYMMETRIC
            for other in events:
                if other is ev or other.category != ev.category or \
                        any(f in other.context for f in ("negated", "hypothetical")):
                    continue
                os_, ot = sides(other)
                if none in (os_, ot):
                    continue
                if loose:
                    fuller = (t == none and s in (os_, ot)) or (s == none and t in (os_, ot))
                else:
                    # only into a telling sure enough to be kept (not a doubtful other act)
                    fuller = flags(ev) == flags(other) and \
                        other.confidence >= min(ev.confidence, THRESHOLD) and (
                            (t == none and s == os_) or (s == none and t == ot))
                if fuller:
                    if not loose and id(other) not in retold and \
                            next(k for k, e in enumerate(events) if e is other) > n:
                        # the act keeps the words it was first told with ("menggunakan gas
                        # air mata untuk membubarkan pengunjuk rasa": the tear gas)
                        other.trigger = ev.trigger
                        retold.add(id(other))
                    break
        if not fuller:
            out.append(ev)
    return out


Pair = tuple[Actor | None, Actor | None]
NON_STATE = frozenset({"REB", "OPP", "CVL"})  # sides that take a state's country
STATE = frozenset({"GOV", "MIL", "COP", "JUD", None})


# a meeting of three or more sides at once ("pertemuan segitiga", "perundingan trilateral")
JOINT = frozenset({"segitiga", "trilateral", "tripartit", "tripartite", "multilateral",
                   "tiga pihak", "tiga arah", "empat pihak"})


def _joint(span: list[Tok]) -> bool:
    """Whether a meeting's words call it three- or more-sided ("pertemuan segitiga")."""
    return any(_phrase_at(span, k, JOINT) for k in range(len(span)))


# subordinators of time opening a nominal adjunct ("setelah pertemuan dengan …")
TIME_LINKS = frozenset({"setelah", "sesudah", "usai", "seusai", "selepas", "sebelum"})
# Passive speech tags with the speaker right after ("Hal itu disampaikan X …").
SAID_PASSIVES = frozenset({"disampaikan", "diungkapkan", "ditegaskan", "dijelaskan",
                           "diutarakan", "dipaparkan", "dikatakan"})


def _speech_tag_speaker(toks: list[Tok], sides: Sides, sub: int) -> Actor | None:
    """The speaker of a speech tag ("kata X kepada wartawan") right before position sub."""
    for k in range(sub - 1, max(-1, sub - 8), -1):
        if (toks[k].low in sides.speech or toks[k].low in SAID_PASSIVES) \
                and toks[k].low != "menurut":
            a = sides._ahead(k + 1)
            return a if a is not None and a.j <= sub else None
        if toks[k].low in (",", ".", ";", "dan") or k in sides.trigger_at:
            return None
    return None


def _pairs(sides: Sides, src: Actor | None, tgt: Actor | None, voice: str, mutual: bool
           ) -> list[Pair]:
    """(source, target) of each event a trigger codes: compound sources ("Hidayat dan
    Airlangga mundur") and coordinated targets ("menyalahkan AS dan … Pakistan") each give
    an event (CAMEO practice; PLOVER would list them in one event)."""
    sources = [src]
    if src is not None and not mutual and voice == "active":
        partner = sides.coordinated(src)
        if partner is not None:
            sources.insert(0, partner)
    targets = [tgt]
    if tgt is not None and (not mutual or src is None or tgt.i > src.i):
        extra = sides.also(tgt)
        if extra is not None and extra is not src:
            if extra.type == "GPE" and extra.role is None and tgt.type == "GPE" \
                    and tgt.role is not None:
                # "para pemimpin Israel dan Palestina": the title is shared
                extra = Actor(extra.i, extra.j, extra.entity, extra.type, extra.country,
                              tgt.role, extra.kind, extra.name, extra.assumed)
            targets.append(extra)
    return [(s_, t_) for s_ in sources for t_ in targets]


def _domestic(src: Actor | None, tgt: Actor | None) -> tuple[str | None, str | None]:
    """Countries of the two sides; rebels, opposition or civilians of unknown country
    fighting a state's forces belong to that state ("pasukan Iran dan pemberontak Kurdi");
    a named group whose country is deliberately none (al-Qaeda, transnational) only as the
    target of a state's own forces in a sentence placed in that state ("Pasukan Irak
    menyerang Al-Qaeda di Baquba"; not "Pasukan AS menyerang Al Qaeda di Afghanistan"),
    never as a source ("diculik … oleh militan Negara Islam")."""
    s_c = src.country if src else None
    t_c = tgt.country if tgt else None
    if src is not None and tgt is not None:
        if t_c is None and tgt.role in NON_STATE and src.role in STATE and (
                tgt.type != "ORG" or src.role is not None and tgt.place == s_c):
            # (a stateless named group, al-Qaeda, fought by a state's own forces in their
            # own country: local fighters, as the sentence places them)
            t_c = s_c
        elif s_c is None and src.role in NON_STATE and tgt.role in STATE \
                and src.type != "ORG":
            s_c = t_c  # not a foreign hostage's country: "diculik … oleh militan Negara Islam"
    return s_c, t_c


# singular personal pronouns: one definite (if unnamed) doer; plural "mereka" without an
# antecedent stays a missing source (test_confidence_gate_drops_events_without_a_source)
PERSONAL = frozenset({"dia", "ia", "beliau", "pihaknya"})
INTENSIFIERS = frozenset({"bahkan", "pun", "sangat", "tetap", "terus", "justru", "mengaku",
                          "menyatakan"})


def _unnamed_agent(toks: list[Tok], i: int, markers: dict) -> bool:
    """Whether the subject of the verb at i is a weapon or fire ("tembakan roket dari Libanon
    menghantam Israel") or an attacker said to be unknown ("orang tak dikenal menembak")."""
    words = markers["weapons_set"] | markers["unknown_agents_set"]
    for k in range(i - 1, max(-1, i - 7), -1):
        low = toks[k].low
        if low == "," and k == i - 1:
            continue  # "Sebuah bom mobil meledak …, menewaskan tiga warga": the blast kills
        if low in markers["boundaries_set"]:
            return False
        if low in words or (k + 1 < i and f"{low} {toks[k + 1].low}" in words):
            return True
    return False


def _said_unknown(toks: list[Tok], src: Actor, markers: dict) -> bool:
    """Whether the last words of an actor's span or the words right after it (over "yang")
    call it unknown ("pria bersenjata tak dikenal", "orang-orang yang tidak dikenal")."""
    words = markers["unknown_agents_set"]
    j, last = src.j, toks[src.j - 1].low
    if src.j - src.i > 2 and f"{toks[j - 2].low} {last}" in words:
        return True
    if src.j - src.i > 1 and last in words and last not in ("pelaku", "penyerang", "penembak"):
        return True
    k = j + 1 if j < len(toks) and toks[j].low == "yang" else j
    return k < len(toks) and _phrase_at(toks, k, words)


def _phrase_at(toks: list[Tok], k: int, words: frozenset[str]) -> bool:
    """Whether the word at k, or it and the next, is one of `words` ("tak dikenal")."""
    return toks[k].low in words or k + 1 < len(toks) and f"{toks[k].low} {toks[k + 1].low}" in words


def _unresolved_subject(toks: list[Tok], i: int) -> bool:
    """A personal pronoun right before the verb (over adverbs) that resolved to no actor:
    the sentence gives a doer, only not who it is ("ia bahkan menuduh …")."""
    k = i - 1
    while k >= 0 and (toks[k].low in ADVERBS or toks[k].low in INTENSIFIERS):
        k -= 1
    return k >= 0 and toks[k].low in PERSONAL


ADJUNCT_OPENERS = (("pada",), ("dalam",), ("pada", "akhir"), ("pada", "awal"), ("di", "sela"),
                   ("di", "sela-sela"), ("di", "tengah"), ("untuk",))
# "tiba di Beijing untuk kunjungan resmi": a meeting or visit one has arrived for is told
# as happening, not as a mere purpose
ARRIVALS = frozenset({"tiba", "datang", "berada", "mendarat", "sampai"})
# refusing, denying or dismissing a nominal act presupposes it ("menolak tuntutan itu")
REFUSING = frozenset({"menolak", "menampik", "membantah", "menepis", "mengabaikan"})


def _adjunct(toks: list[Tok], i: int) -> bool:
    """Token i opens the noun of a time adjunct ("pada akhir kunjungan", "dalam pertemuan")."""
    lows = [t.low for t in toks[max(0, i - 2):i]]
    return any(tuple(lows[-len(o):]) == o for o in ADJUNCT_OPENERS if len(lows) >= len(o))


def _visited(mentions: Mentions, toks: list[Tok], j: int) -> Actor | None:
    """The place right after a visit verb ("mengunjungi Kairo", "berkunjung ke Jepang") as
    its country, with no role (events_gold.md: visiting Cairo is EGY)."""
    k = j + 1 if j < len(toks) and toks[j].low == "ke" else j
    if k >= len(toks):
        return None
    for s, e, ent in mentions.within(toks[k].start, toks[-1].end):
        if s != toks[k].start:
            break
        if ent.type in ("LOC", "GPE") and ent.country:
            q = k
            while q < len(toks) and toks[q].end <= e:
                q += 1
            return Actor(k, q, ent.id, "GPE", ent.country, None, "entity", ent.name)
    return None


def _visited_site(mentions: Mentions, toks: list[Tok], j: int, country: str) -> Actor | None:
    """A named place or facility of no known country right after a visit verb (an NER span:
    "Rumah Sakit Umum Daerah Cibinong", "Pusat Layanan …"), as a side of `country` with
    no role."""
    if j >= len(toks) or not toks[j].text[:1].isupper():
        return None
    for s, e, ent in mentions.within(toks[j].start, toks[-1].end):
        if s != toks[j].start:
            break
        if ent.type in ("LOC", "FAC", "ORG") and not ent.country:
            q = j
            while q < len(toks) and toks[q].end <= e:
                q += 1
            return Actor(j, q, ent.id, "LOC", country, None, "entity", ent.name)
    return None


PLACE_HEADS = frozenset({"ke", "terhadap", "seluruh", "sejumlah", "beberapa", "wilayah", "kota",
                         "kawasan", "daerah", "desa", "provinsi", "ibu", "ibukota", "jalur",
                         "perbatasan", "permukiman", "kamp", "bagian", "utara", "selatan",
                         "timur", "barat", "tengah", "negara"})


def _attacked_place(mentions: Mentions, toks: list[Tok], j: int) -> Actor | None:
    """The place an attack went to, right after the trigger (crossing `ke`/`terhadap` and
    place nouns: "ke wilayah Gaza", "kota Aleppo"), as its country with no role."""
    k = j
    while k < len(toks) and k - j < 4 and toks[k].low in PLACE_HEADS and (
            toks[k].text.islower()):  # not the first word of a name ("Jalur Gaza")
        k += 1
    place = _visited(mentions, toks, k) if k < len(toks) else None
    if place is None and j < len(toks) and toks[j].low in ("ke", "terhadap", "atas"):
        # "serangan roket ke gedung Gaza", "ke markas polisi di Kandahar": a building or
        # post named by its place
        for q in range(j + 2, min(j + 5, len(toks))):
            if not toks[q - 1].text.isalpha() or not toks[q - 1].text.islower() \
                    or VERB.match(toks[q - 1].low):
                break
            place = _visited(mentions, toks, q)
            if place is not None:
                break
    return place


# A base, post or camp attacked stands for the force it belongs to ("mengebom markas
# pemberontak Macan Tamil", "menyerang pos polisi").
FACILITIES = frozenset({"markas", "pangkalan", "pos", "kamp", "barak", "benteng", "kubu"})


SUSPECTED_LINKS = frozenset({"diduga", "dicurigai", "disebut", "diyakini", "merupakan",
                             "adalah", "dikenal"})


def _facility_owner(toks: list[Tok], sides: Sides, j: int) -> Actor | None:
    """The owner named right after a facility noun attacked at token j."""
    k = j
    while k < len(toks) and toks[k].low in ("sebuah", "suatu", "satu", "ke", "terhadap"):
        k += 1
    if k + 2 < len(toks) and toks[k].low in ("tempat", "lokasi", "sasaran", "bangunan") \
            and toks[k + 1].low == "yang" and toks[k + 2].low in SUSPECTED_LINKS:
        # "mengebom suatu tempat yang diduga markas pemberontak": the suspected owner
        k += 3 + (k + 3 < len(toks) and toks[k + 3].low == "sebagai")
    if k >= len(toks) or toks[k].low not in FACILITIES:
        return None
    owner = sides._ahead(k + 1)
    if owner is not None and owner.i <= k + 2:
        return owner
    return None


def _passive_after(toks: list[Tok], k: int) -> bool:
    """Whether a di- passive verb follows token k (after adverbs: "tetap dilantik")."""
    while k < len(toks) and toks[k].low in ADVERBS_BEFORE_PASSIVE:
        k += 1
    return k < len(toks) and toks[k].low.startswith("di") and VERB.match(toks[k].low) is not None


def _told_by(toks: list[Tok], sides: Sides, k: int) -> Pair | None:
    """Actors of "Protes itu disampaikan Adnan kepada hakim": a light passive verb after
    the demonstrative, its agent and the actor after kepada/terhadap."""
    if k >= len(toks) or toks[k].low not in PASSIVE_LIGHT:
        return None
    agent = sides.start_at.get(k + 1)
    if agent is None and k + 2 < len(toks) and toks[k + 1].low == "oleh":
        agent = sides.start_at.get(k + 2)
    if agent is None:
        return None
    tgt = None
    if agent.j < len(toks) and toks[agent.j].low in ("kepada", "terhadap", "ke"):
        tgt = sides._ahead(agent.j + 1)  # "kepada Ketua Majelis Hakim …": past a title
    return agent, tgt


PERSONAL_PRONOUNS = frozenset({"mereka", "ia", "dia", "beliau", "kami", "kita", "saya", "aku",
                               "kamu", "anda"})


def _non_actor_patient(toks: list[Tok], sides: Sides, i: int) -> bool:
    """Whether the subject of a passive trigger at i is a thing, not an actor
    ("Hewan … yang ditangkap warga", "Gugatan ini disampaikan")."""
    k = i - 1
    while k >= 0 and toks[k].low in ("yang", "telah", "sudah", "pun", "itu", "tersebut",
                                     "ini", "akan", "sempat", "baru"):
        k -= 1
    if k < 0 or sides.end_at.get(k + 1) is not None or toks[k].low in COORD \
            or toks[k].low in PERSONAL_PRONOUNS:
        return False  # (an unresolved "mereka diserang oleh X" is still someone attacked)
    return toks[k].text.isalpha() and toks[k].low not in sides.bounds and not toks[k].text[
        :1].isupper()


def _agent_of_relative(toks: list[Tok], sides: Sides, j: int) -> tuple[Actor | None, int]:
    """The agent of "serangan udara yang dilancarkan Israel": `yang` + an agentive passive
    verb + actor, within a few tokens after the nominal trigger."""
    k = j
    end = min(j + 7, len(toks) - 1)
    while k < end:
        if toks[k].low in sides.bounds:
            break
        if toks[k].low == "yang":
            q = k + 1
            if q < len(toks) and toks[q].low in ("kembali", "telah", "sudah", "juga"):
                q += 1
            if q < len(toks) - 1 and toks[q].low in AGENT_VERBS:
                a = _agent_past_manner(toks, sides, q + 1)
                if a is not None:
                    return a, a.i - j
            break
        if toks[k].low in AGENT_VERBS and k > j:
            # "serangan-serangan di wilayah itu dilakukan kelompok separatis": the nominal is
            # the subject of an agentive passive, past a place or time adjunct
            a = _agent_past_manner(toks, sides, k + 1)
            return (a, a.i - j) if a is not None else (None, 0)
        place = sides.start_at.get(k)
        if place is not None and (sides.locative(place) or _nominal_complement(
                toks, sides, place)):
            # "penangkapan kedua tersangka dilakukan oleh …", "penyerahan bantuan kepada
            # korban dilakukan oleh …": the nominal's own object or recipient, then its verb
            k = max(place.j, k + 1)
            end = min(end + place.j - place.i, len(toks) - 1)
            continue
        if k in sides.trigger_at or VERB.match(toks[k].low) or place is not None:
            break
        k += 1
    return None, 0


def _nominal_complement(toks: list[Tok], sides: Sides, a: Actor) -> bool:
    """Whether actor `a` (after a nominal trigger) is followed, past up to two modifier
    words or itu/tersebut, by an agentive passive (the subject noun phrase "N <object>
    dilakukan oleh X" goes on)."""
    q = a.j
    while q < len(toks) and q - a.j < 3 and toks[q].text.isalpha() and toks[q].text.islower() \
            and toks[q].low not in sides.bounds and toks[q].low not in AGENT_VERBS \
            and toks[q].low != "yang" and not VERB.match(toks[q].low) \
            and q not in sides.trigger_at and sides.start_at.get(q) is None:
        q += 1  # a modifier ("korban banjir"), itu/tersebut
    return q < len(toks) and toks[q].low in AGENT_VERBS


AGENT_PREPS_NOT = frozenset({"atas", "di", "ke", "dari", "pada", "dalam", "untuk", "sejak",
                             "selama", "sesuai", "berdasarkan", "menurut", "demi", "guna"})


def _agent_past_manner(toks: list[Tok], sides: Sides, k: int) -> Actor | None:
    """The agent after an agentive passive ending before k, past a manner adverbial
    ("dilakukan secara simbolis oleh Gubernur", "digelar langsung oleh …"); none after a
    preposition other than `oleh` ("dilakukan atas permintaan militer X": X asked, it did
    not act)."""
    if k < len(toks) and toks[k].low in AGENT_PREPS_NOT:
        return None
    a = sides.agent_at(k)
    if a is None and k + 2 < len(toks) and toks[k].low == "secara":
        a = sides.agent_at(k + 2)
    elif a is None and k + 1 < len(toks) and toks[k].low in ("langsung", "bersama"):
        a = sides.agent_at(k + 1)
    return a


def _clause(toks: list[Tok], m: Match, strong: frozenset[str]) -> tuple[int, int]:
    """The trigger's clause [i, j) between strong boundaries (tapi, namun, ;…)."""
    i = m.i
    while i > 0 and toks[i - 1].low not in strong:
        i -= 1
    j = m.j
    while j < len(toks) and toks[j].low not in strong:
        j += 1
    return i, j


def _location(analysis: TextAnalysis, mentions: Mentions, toks: list[Tok], m: Match,
              ci: int, cj: int) -> tuple[str | None, str | None]:
    """(name, country) of the LOC/GPE named after `di` in the trigger's clause (nearest to
    the trigger)."""
    best = None
    country = None
    best_d = 10**9
    for s, _e, ent in mentions.within(toks[ci].start, toks[cj - 1].end):
        if ent.type not in ("LOC", "GPE"):
            continue
        before = analysis.text[max(0, s - 3):s].lower()
        if before.endswith("di "):
            d = abs(s - toks[m.i].start)
            if d < best_d:
                best, best_d, country = ent.name, d, ent.country
    return best, country


PLACE_WORDS_AFTER_DI = re.compile(r"\bdi ((?:[a-z]+ ){1,4})$")


def _place_after_di(analysis: TextAnalysis, mentions: Mentions, toks: list[Tok], ci: int,
                    cj: int) -> str | None:
    """The country of a LOC/GPE in the clause after `di` and up to four lower-case place
    words ("di sebuah daerah lain Bajaur"); none if a verb or "yang" stands between."""
    for s, _e, ent in mentions.within(toks[ci].start, toks[cj - 1].end):
        if ent.type not in ("LOC", "GPE") or ent.country is None:
            continue
        run = PLACE_WORDS_AFTER_DI.search(analysis.text[max(0, s - 60):s].lower())
        if run and not any(w in ("yang", "dengan", "dan") or VERB.match(w)
                           for w in run.group(1).split()):
            return ent.country
    return None


def _yielded_to(toks: list[Tok], sides: Sides, m: Match, voice: str) -> Actor | None:
    """The actor an intransitive verb yields to: "menyerah kepada pasukan Inggris",
    "menyerahkan diri kepada pihak berwenang Kenya", "menyerah pada tuntutan massa"
    (kepada/pada right after the verb, the actor within three words of it); else none."""
    if voice != "active":
        return None
    q = m.j - 1 if toks[m.j - 1].low in ("kepada", "pada") else m.j
    if q >= len(toks) or toks[q].low not in ("kepada", "pada"):
        return None
    for k in range(q + 1, min(q + 4, len(toks))):
        if (a := sides.start_at.get(k)) is not None:
            return a
        if toks[k].low in sides.bounds:
            break
    return None


def _distinct(a: Actor, b: Actor) -> bool:
    """Whether two actor spans are two actors: not one span, nor two mentions of one entity
    (two generic spans, of no entity, are two: "buruh … pemerintah")."""
    return a is not b and (a.entity is None or a.entity != b.entity)


def _at_place(a: Actor | None, country: str | None) -> Actor | None:
    """A counted actor of no place ("enam orang") placed in the event's country, or none."""
    if a is None or not a.counted:
        return a
    return replace(a, country=country, counted=False) if country else None


@dataclass(slots=True)
class Evidence:
    """What a coded event rests on (see `_confidence`)."""

    strength: float  # the trigger entry's reliability (triggers.yaml)
    frame: str  # how the source was found: active, passive, oleh, genitive, light, chained…
    src: Actor | None
    tgt: Actor | None
    dist: int  # tokens between the trigger and its farthest actor
    one_sided: bool  # the entry takes no target (mundur) or the event is mutual
    hedged: bool  # diduga, dikabarkan, disebut-sebut… before the trigger


# How well each way of finding the source identifies it (a verbal frame with an explicit
# subject or an agent after `oleh` is the clearest; a genitive after a noun is often a
# modifier; a source carried over from a coordinated verb or after `dari` is weaker).
FRAME_WEIGHT = {"active": 1.0, "passive": 1.0, "oleh": 1.0, "told": 1.0, "noun": 1.0,
                "victim": 1.0, "unresolved": 1.0, "unnamed": 1.0,
                "light": 0.95, "genitive": 0.9, "chained": 0.9, "dari": 0.85, "object": 0.8,
                "clause": 0.9}
# How reliably an actor span names who acts: a recognised entity, a generic actor noun
# ("polisi"), a nominal anaphor, a pronoun resolved to its antecedent, an unrecognised
# capitalised name.
KIND_WEIGHT = {"entity": 1.0, "generic": 0.9, "anaphor": 0.9, "pronoun": 0.85, "name": 0.8}
NO_SOURCE = 0.35  # an event whose doer the sentence does not give
# A passive without an agent ("KPU digugat", "Prajurit Inggris itu ditahan") leaves the doer
# unsaid by construction; the sentence is about what happened to the target.
NO_AGENT = 0.65
NO_TARGET = 0.85  # a transitive event without a recognised target
# The actor's country is only assumed to be the article's home country. (Weighting this
# by whether the sentence names another country was tried on dev and did worse; not
# applying it when the other side is known to be of that country did better: round 4.)
ASSUMED_COUNTRY = 0.7

HEDGE = 0.8
THRESHOLD = 0.55  # events below are dropped (chosen on dev: docs/benchmarks.md "events")


def _actor_weight(a: Actor, other: Actor | None = None) -> float:
    w = KIND_WEIGHT.get(a.kind, 0.8)
    # an assumed home country is corroborated when the other side is known to be of it
    # ("masyarakat mendukung Jokowi")
    corroborated = (a.assumed and other is not None and not other.assumed
                    and other.country == a.country)
    # two generic actor nouns of one assumed home country ("polisi membubarkan massa"):
    # a domestic scene told in the article's own country's terms
    corroborated = corroborated or (a.assumed and a.kind == "generic" and other is not None
                                    and other.assumed and other.kind == "generic"
                                    and other.country == a.country)
    # a named group the gazetteer gives no country on purpose (al-Qaeda, OECD) is known
    stateless = a.kind == "entity" and a.type == "ORG" and a.role is not None
    # a people of no one state named as such ("orang-orang Kurdi") is known, too
    stateless = stateless or a.kind == "entity" and a.type == "NORP" and not a.assumed
    if (a.assumed or (a.country is None and not stateless)) and not corroborated:
        w *= ASSUMED_COUNTRY
    return w


def _confidence(ev: Evidence) -> float:
    """strength × frame × source × target × distance decay × hedge, in [0, 1].

    Source: the actor's kind weight (× 0.7 when its country is only assumed to be the
    article's home country and the other side does not corroborate it: a known actor of
    that country, or a generic noun of the same assumed country, "polisi membubarkan
    massa"), or 0.35 when there is none (such events fall below the threshold: who acted
    is unknown), except 0.65 for a passive without an agent or a violent act told through
    its victims ("KPU digugat", "tujuh warga tewas dalam serangan"), where the text leaves
    the doer unsaid by construction (also an agentless nominal with its patient after
    `terhadap` or its place after `ke`, a weapon or an unknown attacker as the subject of a
    violent verb, "roket … menghantam Israel", and a singular personal pronoun subject with
    no antecedent). Target:
    likewise, or 0.85 when a transitive trigger has none (1.0 for one-sided or mutual events,
    and when the object of a verbal trigger is a clause, a case or a nominalised act).
    Distance decay: 1 − 0.03 per token beyond the second between trigger and actor,
    floored at 0.7. Hedged ("diduga menyerang"): × 0.8.
    """
    src = _actor_weight(ev.src, ev.tgt) if ev.src is not None else (
        NO_AGENT if ev.frame in ("passive", "victim", "unresolved", "unnamed")
        and ev.tgt is not None
        else NO_SOURCE)
    tgt = _actor_weight(ev.tgt, ev.src) if ev.tgt is not None else (
        1.0 if ev.one_sided else NO_TARGET)
    decay = max(0.7, 1.0 - 0.03 * max(0, ev.dist - 2))
    conf = ev.strength * FRAME_WEIGHT.get(ev.frame, 0.9) * src * tgt * decay
    if ev.hedged:
        conf *= HEDGE
    return round(min(1.0, conf), 3)


def reported_sentences(analysis: TextAnalysis, mentions: Mentions) -> set[int]:
    """Sentences attributed through a relay: a relay phrase, an outlet reporting or cited
    with `Menurut`, or inside a quote that has a relay chain."""
    markers = load().markers
    relay = markers["relay_verbs_index"]
    reporting = markers["reporting_verbs_set"]
    out: set[int] = set()
    relayed: list[Quote] = [q for q in analysis.quotes if q.via]
    for n, sent in enumerate(analysis.sentences):
        toks = mentions.tokens(analysis, sent)
        lows = [t.low for t in toks]
        if any(q.start < sent.end and q.end > sent.start for q in relayed):
            out.add(n)
            continue
        if any(context._at(toks, k, len(toks), p) for k, t in enumerate(toks)
               for p in relay.get(t.low, ())):
            out.add(n)
            continue
        media = [ent for _s, _e, ent in mentions.within(sent.start, sent.end) if ent.role == "MED"]
        if media and (reporting & set(lows) or "menurut" in lows):
            out.add(n)
    return out


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (category, sides, time/polarity flags): a retelling adds a mention.

    Sides compare by country and role (a leader and their country are one side), and for
    material conflict also by the target entity (two arrests are two events). CONSULT,
    FIGHT and `mutual` events compare their sides unordered.
    """
    seen: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        a: tuple = (ev.source_country, ev.source_role)
        b: tuple = (ev.target_country, ev.target_role,
                    ev.target if ev.quad == "material_conflict" else "")
        if "mutual" in ev.context or ev.category in SYMMETRIC:
            b = b[:2]
            sides: tuple | frozenset = frozenset((a, b))
        else:
            sides = (a, b)
        key = (ev.category, sides, tuple(f for f in ev.context if f in KEY_FLAGS))
        if key in seen:
            first = seen[key]
            first.mentions += 1
            first.confidence = max(first.confidence, ev.confidence)
            continue
        seen[key] = ev
        out.append(ev)
    return out
