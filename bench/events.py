"""Event coding and quote attribution: accuracy on the gold sets, and speed.

    .venv/bin/python bench/events.py            # accuracy + speed, writes docs/benchmarks.md
    .venv/bin/python bench/events.py --detail   # also prints every gold/system difference
    .venv/bin/python bench/events.py --split dev --no-write   # while developing: dev only
    .venv/bin/python bench/events.py --quotes-only --no-write --detail  # quotes figure only

Accuracy: tests/data/events_gold.jsonl (dev part used to develop the rules, test part
held out) scored at (category, source country+role, target country+role); negated events
are not events. tests/data/quotes_gold.jsonl: speaker (and relay chain) of each quote.
Speed: articles per second for quotes+events on top of NLP, and for the whole analyze,
on ~400-word articles built from the licensed test pages (and, when present at run time,
detik-2025.csv from the shared folder; its text is never stored).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from _report import SHARED, machine, write_section  # noqa: E402
from warta import events, nlp, quotes  # noqa: E402
from warta.events import coder  # noqa: E402
from warta.pipeline import analyze_text  # noqa: E402

GOLD = ROOT / "tests" / "data" / "events_gold.jsonl"
# Round nine, held out, on detik-2025: references and hashes only (its text may not be
# committed); scored when the shared corpus is present.
DETIK_GOLD = ROOT / "tests" / "data" / "events_gold_detik.jsonl"
QGOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
# Quotes round three, held out, on whole detik-2025 articles: offsets and hashes only.
QGOLD_DETIK = ROOT / "tests" / "data" / "quotes_gold_detik.jsonl"
SYMMETRIC = {"CONSULT", "FIGHT"}


def detik_rows() -> list[dict]:
    """The detik-2025 rows with their text read from the shared corpus (held-out rows get
    the split `detik`); none when the corpus or the file is absent."""
    from events_gold_select import DETIK, detik_records

    if not (DETIK_GOLD.exists() and DETIK.exists()):
        return []
    arts = detik_records()
    out = []
    for line in DETIK_GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        aid, span = row["ref"].split("#", 1)[1].split(":")
        start, end = (int(x) for x in span.split("-"))
        text = arts[aid]["isi_berita"][start:end] if aid in arts else ""
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:16] != row["sha1"]:
            raise SystemExit(f"{DETIK_GOLD.name}: {row['id']}: the corpus text has changed")
        # round nine was scored once and then read (dev); later rounds are held out
        out.append({**row, "split": "dev" if row["split"] == "dev" else "detik", "text": text,
                    "published": detik_published(arts[aid])})
    return out


def detik_quote_rows() -> tuple[list[dict], dict[str, tuple[str, str | None]]]:
    """The detik-2025 quote rows (split `detik`), with `quote` read from the corpus, and the
    article (text, publication time) of each `doc`; none without the corpus."""
    from events_gold_select import DETIK, detik_records

    if not (QGOLD_DETIK.exists() and DETIK.exists()):
        return [], {}
    arts = detik_records()
    rows, docs = [], {}
    for line in QGOLD_DETIK.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        art = arts[row["doc"].split(":", 1)[1]]
        body = art["isi_berita"]
        quote = body[row["start"]:row["start"] + 25]
        if hashlib.sha1(quote.encode("utf-8")).hexdigest()[:16] != row["sha1"]:
            raise SystemExit(f"{QGOLD_DETIK.name}: {row['doc']}@{row['start']}: text changed")
        rows.append({**row, "quote": quote, "split": "detik"})
        docs[row["doc"]] = (body, detik_published(art))
    return rows, docs


def detik_published(art: dict[str, str]) -> str:
    """An article's publication time (`tanggal`, M/D/YYYY H:MM, WIB) as ISO 8601."""
    month, day, rest = art["tanggal"].split("/", 2)
    year, hhmm = rest.split()
    return f"{year}-{month:0>2}-{day:0>2}T{hhmm:0>5}:00+07:00"


def load_gold() -> list[dict]:
    rows = [json.loads(x) for x in GOLD.read_text().splitlines() if x.strip()]
    return rows + detik_rows()


def side(country, role):
    """An actor as (country, role); no actor at all is None."""
    return None if country is None and role is None else (country, role)


NOT_EVENTS = ("negated", "hypothetical")  # flagged in the record, not events when scored


def _unique(tuples):
    out = []
    for t in tuples:
        if not any(same(t, u) and same(u, t) for u in out):
            out.append(t)
    return out


def gold_tuples(row):
    """Gold events that happened (negated/hypothetical ones are documented, not scored)."""
    out = []
    for e in row["events"]:
        if any(e.get(flag) for flag in NOT_EVENTS):
            continue
        s = side(*e["source"]) if e["source"] else None
        t = side(*e["target"]) if e["target"] else None
        out.append((e["category"], s, t, e["mutual"] or e["category"] in SYMMETRIC))
    return _unique(out)


def event_tuple(e):
    """An event as scored: (category, source side, target side, either order matches)."""
    return (e.category, side(e.source_country, e.source_role),
            side(e.target_country, e.target_role),
            "mutual" in e.context or e.category in SYMMETRIC)


def system_tuples(analysis, threshold=None):
    """Scored system tuples; with `threshold`, of the ungated events at or above it."""
    out = []
    for e in analysis.events:
        if any(flag in e.context for flag in NOT_EVENTS):
            continue
        if threshold is not None and e.confidence < threshold:
            continue
        out.append(event_tuple(e))
    return _unique(out)


@contextmanager
def ungated():
    """The coder with its confidence gate off (every event, whatever its confidence)."""
    old = coder.THRESHOLD
    coder.THRESHOLD = 0.0
    try:
        yield
    finally:
        coder.THRESHOLD = old


CURVE = (0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)


def match(gold, sys_t):
    """(matched, unmatched gold, unmatched system) tuples of one sentence."""
    left = list(sys_t)
    missed = []
    hits = 0
    for g in gold:
        hit = next((s for s in left if same(g, s)), None)
        if hit is not None:
            hits += 1
            left.remove(hit)
        else:
            missed.append(g)
    return hits, missed, left


def _kind(t, others):
    """How an unmatched tuple relates to the other side's unmatched tuples."""
    best = None
    for o in others:
        if o[0] != t[0]:
            continue
        swap = t[3] or o[3]
        src_ok = t[1] == o[1] or swap and t[1] == o[2]
        tgt_ok = t[2] == o[2] or swap and t[2] == o[1]
        k = "wrong target" if src_ok else "wrong source" if tgt_ok else "wrong source and target"
        if best is None or k != "wrong source and target":
            best = k
    return best


def curve_and_errors(rows):
    """Precision/recall of the ungated coder over confidence thresholds, and the error
    buckets at the chosen threshold (dev only)."""
    old = coder.THRESHOLD
    with ungated():
        analyses = [(row, analyze_text(row["text"], published=row.get("published")))
                    for row in rows]
    n_gold = sum(len(gold_tuples(row)) for row in rows)
    lines = ["| threshold | system | correct | precision | recall |",
             "| ---: | ---: | ---: | ---: | ---: |"]
    for th in CURVE:
        tp = n_sys = 0
        for row, a in analyses:
            st = system_tuples(a, th)
            n_sys += len(st)
            tp += match(gold_tuples(row), st)[0]
        p, r = prf(tp, n_sys - tp, n_gold - tp)
        mark = " **(chosen)**" if abs(th - old) < 1e-9 else ""
        lines.append(f"| {th:.2f}{mark} | {n_sys} | {tp} | {p:.2f} | {r:.2f} |")
    buckets = Counter()
    for row, a in analyses:
        _hits, missed, extra = match(gold_tuples(row), system_tuples(a, old))
        for g in missed:
            buckets["FN: " + (_kind(g, extra) or "missed (no event of that category)")] += 1
        for s in extra:
            k = _kind(s, missed)
            if k is None:
                k = "spurious" if not missed else "wrong category"
            buckets["FP: " + k] += 1
    errs = ["| error | count |", "| --- | ---: |"]
    errs += [f"| {k} | {v} |" for k, v in sorted(buckets.items())]
    return "\n".join(lines), "\n".join(errs)


def same(g, s):
    if g[0] != s[0]:
        return False
    if (g[1], g[2]) == (s[1], s[2]):
        return True
    return (g[3] or s[3]) and (g[1], g[2]) == (s[2], s[1])


def score(rows, detail=False):
    tp, fp, fn = Counter(), Counter(), Counter()
    for row in rows:
        a = analyze_text(row["text"], published=row.get("published"))
        sys_t = system_tuples(a)
        gold = gold_tuples(row)
        _hits, missed, left = match(gold, sys_t)
        for g in gold:
            if g in missed:
                fn[g[0]] += 1
                if detail:
                    print(f"FN {row['id']}: {g}\n   sys={sys_t}\n   {row['text'][:160]}")
            else:
                tp[g[0]] += 1
        for s in left:
            fp[s[0]] += 1
            if detail:
                print(f"FP {row['id']}: {s}\n   gold={gold}\n   {row['text'][:160]}")
    return tp, fp, fn


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r


def table(tp, fp, fn):
    cats = sorted(set(tp) | set(fp) | set(fn))
    lines = ["| category | gold | system | correct | precision | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for c in cats:
        p, r = prf(tp[c], fp[c], fn[c])
        lines.append(f"| {c} | {tp[c] + fn[c]} | {tp[c] + fp[c]} | {tp[c]} | {p:.2f} | {r:.2f} |")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = prf(T, F, N)
    lines.append(f"| **all** | {T + N} | {T + F} | {T} | **{p:.2f}** | **{r:.2f}** |")
    return "\n".join(lines), p, r, (T, T + F, T + N)


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion `hits`/`n`."""
    if not n:
        return float("nan"), float("nan")
    q = hits / n
    mid = (q + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((q * (1 - q) + z * z / (4 * n)) / n) ** 0.5 / (1 + z * z / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def quote_accuracy(rows, detail=False, articles=None):
    """Share of gold quotes found with the right speaker (and relay chain when given);
    `articles`: doc → (text, published) of whole articles held by reference."""
    articles = articles or {}
    pages = {p["id"]: p for p in json.loads((ROOT / "tests" / "data" / "pages" / "gold.json")
                                           .read_text())}
    seed = [json.loads(x) for x in GOLD.read_text().splitlines()]
    seed_text = "\n\n".join(x["text"] for x in seed if x["id"].startswith("seed-"))
    docs = {}
    found = speaker_ok = via_ok = via_n = 0
    for row in rows:
        key = row["doc"]
        if key not in docs:
            if key in articles:
                text, pub = articles[key]
            elif key.startswith("page:"):
                page = pages[key[5:]]
                text, pub = page["body"].replace("\n", "\n\n"), page["published"]
            elif key == "seed":
                text, pub = seed_text, "2017-11-02T15:23:00+07:00"
            else:
                text, pub = row["text"], None
            docs[key] = analyze_text(text, published=pub)
        a = docs[key]
        names = {e.id: {e.name.lower()} | {m.text.lower() for m in e.mentions} for e in a.entities}
        q = next((q for q in a.quotes if row["quote"] in a.text[q.start:q.end]
                  or a.text[q.start:q.end] in row["quote"] and q.end - q.start > 15), None)
        if q is None:
            if detail:
                print(f"MISS {row['doc']}: {row['quote'][:70]}")
            continue
        found += 1
        want = row["speaker"].lower()
        ok = q.speaker is not None and want in names.get(q.speaker, set())
        speaker_ok += ok
        if detail and not ok:
            got = next((e.name for e in a.entities if e.id == q.speaker), None)
            print(f"SPK {row['doc']}: want {row['speaker']!r} got {got!r}: {row['quote'][:60]}")
        if row.get("via") is not None:
            via_n += 1
            got = [next(iter(names.get(v, {"?"}))) for v in q.via]
            via_ok += [v.lower() for v in row["via"]] == [
                next((n for n in names.get(v, set()) if n in [w.lower() for w in row["via"]]),
                     "?") for v in q.via]
            if detail:
                print(f"VIA {row['doc']}: want {row['via']} got {got}")
    return len(rows), found, speaker_ok, via_n, via_ok


def quote_report(detail=False, split="both") -> list[str]:
    """Print the quotes figures and return the quotes section's markdown lines."""
    rows = [json.loads(x) for x in QGOLD.read_text().splitlines() if x.strip()]
    detik, articles = detik_quote_rows()
    rows += detik
    md = [f"Machine: {machine()}. Command: `.venv/bin/python bench/events.py`.", "",
          "`tests/data/quotes_gold.jsonl`: real quotes, speakers (as written) and relay "
          "chains checked by hand. **dev**: the licensed test pages, the seed and IDNer "
          "sentences, and the first held-out draw (39 BaPOS `train` sentences, scored "
          "once: 25/39, then read), used while developing the quote rules. **test**: "
          "single BaPOS `valid` news sentences held out (`bench/quotes_gold_select.py "
          "--round 2`: a seeded draw of sentences with a speech cue from a pool no quote "
          "rule was developed on, annotated without running Warta, first scored with the "
          "code frozen at commit \"Events round nine\" (24/29); its errors were not read "
          "and no quote rule was changed for it; statements attributed only to an "
          "unnamed title or a bare pronoun are not in it). **detik**: held out, whole "
          "2025 detik.com articles (`bench/quotes_gold_select.py --round 3`: 36 articles "
          "drawn with a seed, up to two cue paragraphs each; every attributed statement "
          "starting there coded by hand from the whole article without running Warta, "
          "the speaker also when the article refers to them by pronoun, surname or title; "
          "stored as offsets and hashes in `tests/data/quotes_gold_detik.jsonl`, the text "
          "read from `../shared` at run time; 73 statements in 34 articles, 51 direct; "
          "each half coded and re-read by one annotator, not cross-audited), scored "
          "with session four's frozen code (59/73, relays 1/6) and again with session "
          "five's; its errors have not been read. But session five developed the quote "
          "rules on even-numbered detik articles, and 18 of the set's 34 articles are "
          "even-numbered (2 of them were in its own development sample), so the whole "
          "set is no longer held out: only its *unread articles* row is. On that row "
          "session four's code scored the same, 21/24.", "",
          "| split | gold quotes | found | speaker right | attribution accuracy "
          "| relay chains right |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    unread = detik_unread(detik)
    for name in ("dev", "test", "detik", "detik, unread articles"):
        part = (unread if name.startswith("detik,") else
                [r for r in rows if r.get("split", "dev") == name])
        if not part or split not in (name.split(",")[0], "both"):
            continue
        n, found, spk, via_n, via_ok = quote_accuracy(part, detail, articles)
        print(f"quotes {name}: {n} gold, found {found}, speaker right {spk}, "
              f"relay chains {via_ok}/{via_n}")
        md.append(f"| {name} | {n} | {found} | {spk} | {spk / n:.2f} | {via_ok}/{via_n} |")
    md += ["", "Attribution accuracy = quotes found with the right speaker / all gold quotes. "
           "*detik, unread articles*: the part of the detik set in articles that were never "
           "open to development reading (odd-numbered, not a round-nine article; session "
           "five read even-numbered articles, 18 of the set's 34 among them), the clean "
           "held-out figure for session five's quote rules."]
    return md


def detik_unread(rows: list[dict]) -> list[dict]:
    """The detik quote rows in articles never open to development reading: session five
    read the even-numbered articles and round nine's (dev since then)."""
    gold = [json.loads(x) for x in DETIK_GOLD.read_text(encoding="utf-8").splitlines() if x]
    read = {g["id"].split(":")[1] for g in gold if g["origin"].startswith("round9")}
    aids = [r["doc"].split(":", 1)[1] for r in rows]
    return [r for r, aid in zip(rows, aids, strict=True) if int(aid) % 2 == 1 and aid not in read]


def articles() -> list[tuple[str, str | None]]:
    """~400-word articles: licensed test pages (gold bodies) and the seed; detik-2025 when
    available at run time."""
    out: list[tuple[str, str | None]] = []
    pages = json.loads((ROOT / "tests" / "data" / "pages" / "gold.json").read_text())
    for p in pages:
        out.append((p["body"].replace("\n", "\n\n"), p.get("published")))
    seed = [x["text"] for x in map(json.loads, GOLD.read_text().splitlines())
            if x["id"].startswith("seed-")]
    out.append(("\n\n".join(seed), "2017-11-02T15:23:00+07:00"))
    detik = SHARED / "data" / "corpus" / "detik-2025.csv"
    if detik.exists():
        csv.field_size_limit(10**8)
        with detik.open(newline="", encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f)):
                if n >= 300:
                    break
                body = row.get("isi_berita") or row.get("body") or ""
                paras = [p.strip() for p in body.split("\n") if p.strip()]
                kept, count = [], 0
                for para in paras:  # whole paragraphs up to ~400 words, quotes intact
                    kept.append(para)
                    count += len(para.split())
                    if count >= 400:
                        break
                if count >= 300:
                    out.append(("\n\n".join(kept), None))
    return out


def speed():
    arts = articles()
    words = sum(len(t.split()) for t, _ in arts)
    for t, p in arts[:3]:
        analyze_text(t, published=p)  # warm up models and lexicons
    t0 = time.perf_counter()
    analyses = []
    for t, p in arts:
        a = nlp.analyze(t)
        a.published = p
        analyses.append(a)
    t_nlp = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in analyses:
        quotes.attribute(a)
        events.code(a)
    t_qe = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t, p in arts:
        analyze_text(t, published=p)
    t_all = time.perf_counter() - t0
    return len(arts), words / len(arts), t_nlp, t_qe, t_all


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--split", choices=["dev", "test", "detik", "both"], default="both",
                    help="both = every split")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--quotes-only", action="store_true",
                    help="only the quote attribution figure (no events, no speed)")
    args = ap.parse_args()
    if args.quotes_only:
        q_md = quote_report(args.detail, args.split)
        if not args.no_write:
            write_section("quotes", "## Quotes\n\n" + "\n".join(q_md))
        return
    rows = load_gold()
    md = [f"Machine: {machine()}. Command: `.venv/bin/python bench/events.py`.", ""]
    md.append("Event coding scored at (category, source country+role, target country+role) "
              "on `tests/data/events_gold.jsonl` (conventions and scoring rules: "
              "`tests/data/events_gold.md`): real sentences (IDNer news 2k, NERGrit, BaPOS; MIT; "
              "UD Indonesian-GSD, CC BY-SA 4.0; the licensed test pages; the seed page), each "
              "read and coded by hand. The **dev** part was used to develop the lexicon, the "
              "rules and the confidence threshold; it includes the earlier rounds' test "
              "sentences (each earlier held-out split was scored once and then relabelled "
              "dev), so **dev figures are development figures**; rounds eight to eleven joined it "
              "in session five, round twelve in session six. Every round in that file has "
              "now been scored and read (BaPOS "
              "`valid`'s cue sentences are used up), so it has no **test** part. The "
              "**detik** part is round thirteen (`tests/data/events_gold_detik.jsonl`, "
              "`bench/events_gold_select.py --round 13`: 2025 detik.com news, Indonesian "
              "domestic politics, law and economy, from the last odd-numbered articles no "
              "earlier round drew from, less every sentence also found in an article open to "
              "development reading; stored by reference, as the corpus may not be "
              "redistributed, its text read from `../shared` at run time), drawn, annotated "
              "blind and audited before any system output on it was seen, and scored once "
              "with the code frozen in session six. "
              "A split without rows is skipped. "
              "Negated and hypothetical events are not events; "
              "CONSULT/FIGHT/mutual "
              "events match in either order. NER: whatever model is installed in "
              "`src/warta/data/ner/model` at run time.")
    summary = {}
    dev_rows = [r for r in rows if r["split"] == "dev"]
    for split in ("dev", "test", "detik"):
        if args.split not in (split, "both"):
            continue
        part = [r for r in rows if r["split"] == split]
        if not part:  # e.g. the test split before the held-out rows are merged
            print(f"{split}: no rows, skipped")
            continue
        tp, fp, fn = score(part, args.detail)
        tab, p, r, counts = table(tp, fp, fn)
        summary[split] = (p, r, counts)
        npos = sum(bool(x["events"]) for x in part)
        md += ["", f"**{split}** ({len(part)} sentences, {npos} with events, "
               f"{len(part) - npos} without), events emitted at confidence ≥ "
               f"{coder.THRESHOLD}:", "", tab]
        print(split, f"P={p:.3f} R={r:.3f}")
    curve, errors = curve_and_errors(dev_rows)
    md += ["", "Confidence gate. Each event's `confidence` is computed from documented "
           "evidence (`warta.events.coder._confidence`): the trigger's reliability; how the "
           "source was found (an explicit subject of a verbal frame or an agent after "
           "`oleh` 1.0, a genitive 0.9, the subject of a verb whose object is the nominal "
           "0.8…); the source and target actors (a recognised entity 1.0, a generic noun "
           "0.9, a pronoun 0.85, an unrecognised name 0.8; × 0.7 when the actor's country "
           "is only assumed to be the article's home country and the other side is not "
           "known to be of it, or is not a generic noun of the same assumed country "
           "(`polisi membubarkan massa`); no source at all 0.35, or 0.65 "
           "for an agentless passive, an agentless nominal with its patient after `terhadap`, "
           "a violent act told through its victims or its place (`serangan roket ke gedung "
           "Gaza`), a weapon or an unknown attacker as the subject (`roket … menghantam "
           "Israel`), or a singular personal pronoun subject "
           "with no antecedent (`ia mendukung …`); no target for a transitive trigger "
           "0.85, not applied when the object of a verbal trigger is a clause, a case or a "
           "nominalised act: `menolak memberikan`, `menyelidiki kasus`, `menolak "
           "pembangunan`); clause distance; hedges (`diduga`, "
           "`dikabarkan`) × 0.8. Events below the threshold are not emitted. Precision and "
           "recall of the same coder over thresholds, on **dev** (where the threshold was "
           "chosen):", "", curve, "",
           "Error buckets on dev at the chosen threshold (an unmatched gold tuple is "
           "`wrong source`/`wrong target` when the system has the category with the other "
           "side right, `missed` when it has no event of that category):", "", errors]
    for split in ("test", "detik"):
        held = [r for r in rows if r["split"] == split]
        if held and args.split == "both":
            held_curve, held_errors = curve_and_errors(held)
            md += ["", f"The same on the held-out **{split}** split (aggregate counts only; "
                   "the threshold stays the one chosen on dev):", "", held_curve, "",
                   held_errors]
    cats = Counter(e["category"] for r in rows for e in r["events"]
                   if not any(e.get(f) for f in NOT_EVENTS))
    thick = sum(n >= 5 for n in cats.values())
    md += ["", "Positives per category in the whole gold set (all splits): "
           + ", ".join(f"{c} {n}" for c, n in cats.most_common())
           + f"; {thick} categories have ≥ 5 (aim: 12)."]
    md += ["", "Anchors (quoted from their authors, not measured here, and on English or "
           "machine-translated text): GDELT's event codes were ~81% correct in a manual "
           "check; UniversalPetrarch found 68% of expected events (TP) with 23% extra (FP). "
           "Bar for Warta: precision ≥ 0.85, recall ≥ 0.70."]
    for split, (p, r, (hits, n_sys, n_gold)) in summary.items():
        verdict = "met" if p >= 0.85 and r >= 0.70 else "**not met**"
        (p_lo, p_hi), (r_lo, r_hi) = wilson(hits, n_sys), wilson(hits, n_gold)
        md.append(f"- {split}: precision {p:.2f} (95 % interval {p_lo:.2f}–{p_hi:.2f}, "
                  f"{hits}/{n_sys}), recall {r:.2f} ({r_lo:.2f}–{r_hi:.2f}, {hits}/{n_gold}): "
                  f"bar {verdict}.")
    md += ["", "Earlier held-out rounds, each scored once with the code of its day frozen, then "
           "read and moved to dev (recorded, not re-measured here; `tests/data/events_gold.md`"
           " has each procedure): round four (318 sentences, 105 tuples) P 0.23 R 0.07; "
           "round five (245, 62) P 0.28 R 0.13; round six (225 BaPOS, 190) P 0.31 R 0.14; "
           "round seven (225 BaPOS, 188) P 0.38 R 0.19; round eight (225 BaPOS, 134) P 0.32 "
           "R 0.15, and P 0.37 R 0.16 when scored a second time with session four's code; "
           "round nine (225 detik, 86) P 0.32 R 0.08; round ten (174 detik, 54) P 0.53 "
           "R 0.15 and round eleven (146 BaPOS, 88) P 0.47 R 0.20, both with session "
           "five's first frozen code; round twelve (225 detik, 70) P 0.30 R 0.11 with its "
           "second. The held-out **detik** split above (round thirteen) was also scored with "
           "the code as it stood at the start of session six (commit e6a2386, before the "
           "round was drawn; recorded): P 0.56 R 0.20, one right tuple fewer than the frozen "
           "code, so the rise over round twelve is mostly the draw. Rounds of this size "
           "move by several points from sample to sample alone."]
    q_md = quote_report(args.detail, args.split)
    n_art, avg_words, t_nlp, t_qe, t_all = speed()
    print(f"speed: {n_art} articles, {avg_words:.0f} words avg; nlp {n_art / t_nlp:.1f}/s, "
          f"quotes+events {n_art / t_qe:.1f}/s, whole analyze {n_art / t_all:.1f}/s")
    md += ["", f"Speed, one process on one core, {n_art} articles of {avg_words:.0f} words on "
           "average (licensed test pages, the seed, and the first detik-2025 articles cut to "
           "400 words when the shared corpus is present):", "",
           "| stage | articles/s |", "| --- | ---: |",
           f"| NLP (`warta.nlp.analyze`) | {n_art / t_nlp:.1f} |",
           f"| quotes + events on top of NLP | {n_art / t_qe:.1f} |",
           f"| whole `analyze_text` | {n_art / t_all:.1f} |", "",
           "Bar: whole analyze ≥ 50 articles/s per core: "
           + ("met." if n_art / t_all >= 50 else
              f"**not met** ({n_art / t_all:.1f}/s); quotes + events take "
              f"{100 * t_qe / (t_nlp + t_qe):.0f}% of the analysis time, the NLP stage "
              "(statistical NER) the rest.")]
    if not args.no_write:
        write_section("events", "## Events (PLOVER)\n\n" + "\n".join(md))
        write_section("quotes", "## Quotes\n\n" + "\n".join(q_md))


if __name__ == "__main__":
    main()
