"""How the held-out quote split of tests/data/quotes_gold.jsonl was chosen (a fixed procedure).

    .venv/bin/python bench/quotes_gold_select.py     # prints the candidate sentences
    .venv/bin/python bench/quotes_gold_select.py --round 2   # the second held-out draw
    .venv/bin/python bench/quotes_gold_select.py --round 3   # detik-2025 paragraphs, by reference

Pool: BaPOS `train.txt` (IndoNLU, MIT; news), whose text no quote rule was developed on (the
NER training reads it only to learn casing, without labels), minus the sentences of
`events_gold.jsonl`; tokens joined as in `events_gold_select.rejoin` (cues are matched
there), stored with the clitic `-nya` written as news does (`as_news`); 8-60 words. A
sentence is a candidate when it holds a speech cue (`CUE`, written before any system output
on the pool was seen: the speech verbs of news style and `menurut`). With
`random.Random(7)`, 90 candidates are drawn. The annotator codes every attributed
statement in each (quote start, speaker as written, direct or not, relay outlets) without
running Warta; sentences holding none are dropped. The split was scored once, with the code frozen.

Round two (`--round 2`): the first split was scored and its errors read, so it became dev.
A fresh draw from BaPOS `valid.txt` (no quote rule was developed on it) minus every event
gold sentence and the round-seven event split, same cue and length limits,
`random.Random(8)`, 90 candidates.

Round three (`--round 3`): whole 2025 articles of `../shared/data/corpus/detik-2025.csv`,
where quotes run across paragraphs and speakers are often named once and then referred to
by pronoun or surname. Its text may not be stored, so the gold holds offsets into the
article body and a hash. Articles of 80-700 words with at least one paragraph (a line of
the body) holding a speech cue (`CUE`, or a quotation mark); with `random.Random(10)`, 36
articles, and in each up to two cue paragraphs. The annotator codes every attributed
statement that starts in a selected paragraph, reading the whole article for its speaker.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from _report import SHARED  # noqa: E402
from events_gold_select import as_news, norm, rejoin, sentences  # noqa: E402

CUE = re.compile(r"\b(kata|ujar|ungkap|jelas|tegas|tutur|tambah|menurut|mengatakan|menyatakan|"
                 r"menegaskan|menjelaskan|mengungkapkan|menambahkan|katanya|ujarnya)\b")


def select() -> list[tuple[str, str]]:
    gold = ROOT / "tests" / "data" / "events_gold.jsonl"
    seen = {norm(json.loads(x)["text"]) for x in gold.read_text(encoding="utf-8").splitlines()}
    pool = [(f"bapos-train:{n}", rejoin(s)) for n, s in
            enumerate(sentences(SHARED / "data" / "pos" / "bapos" / "train.txt"))]
    cands = [x for x in pool if 8 <= len(x[1].split()) <= 60 and norm(x[1]) not in seen
             and CUE.search(x[1].lower())]
    return random.Random(7).sample(cands, 90)


def select_round2() -> list[tuple[str, str]]:
    from events_gold_select import select_bapos

    gold = ROOT / "tests" / "data" / "events_gold.jsonl"
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if not r["origin"].startswith(("round7", "round8"))]
    seen = {norm(r["text"]) for r in rows}
    taken = {i for i, _s, _g in select_bapos({r["id"] for r in rows}, 7)}
    pool = [(f"bapos-valid:{n}", rejoin(s)) for n, s in
            enumerate(sentences(SHARED / "data" / "pos" / "bapos" / "valid.txt"))]
    cands = [x for x in pool if 8 <= len(x[1].split()) <= 60 and norm(x[1]) not in seen
             and x[0] not in taken and CUE.search(x[1].lower())]
    return random.Random(8).sample(cands, 90)


def select_round3() -> list[dict]:
    """(article id, paragraph start, paragraph end, paragraph) of the detik-2025 draw."""
    from events_gold_select import detik_articles

    out = []
    arts = sorted(detik_articles().items(), key=lambda a: int(a[0]))
    arts = [a for a in arts if 80 <= len(a[1].split()) <= 700]
    rng = random.Random(10)
    rng.shuffle(arts)
    for aid, body in arts:
        paras, pos = [], 0
        for line in body.split("\n"):
            if line.strip() and (CUE.search(line.lower()) or '"' in line or "\u201c" in line):
                paras.append((pos, pos + len(line), line))
            pos += len(line) + 1
        if not paras:
            continue
        for start, end, line in sorted(rng.sample(paras, min(2, len(paras)))):
            out.append({"article": aid, "start": start, "end": end, "paragraph": line})
        if len({o["article"] for o in out}) == 36:
            break
    return out


def main() -> None:
    if sys.argv[1:] == ["--round", "3"]:
        for row in select_round3():
            print(json.dumps(row, ensure_ascii=False))
        return
    if sys.argv[1:] == ["--round", "2"]:
        for i, s in select_round2():
            print(json.dumps({"doc": i, "text": as_news(s)}, ensure_ascii=False))
        return
    for i, s in select():
        print(json.dumps({"doc": i, "text": as_news(s)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
