"""Benchmark Warta's Indonesian NLP and write the `nlp` section of docs/benchmarks.md.

Each part runs in its own child process (`python bench/nlp.py --part NAME`, printing one JSON
object), pinned to one thread, so that speed is per core and peak memory is the part's own.
To add a part: write `part_xxx() -> dict` and `report_xxx(result) -> str`, and list it in PARTS.

    .venv/bin/python bench/nlp.py
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "training"))

from _report import SHARED, machine, write_section  # noqa: E402

NER_DATA = SHARED / "data" / "ner"
EVAL_SETS = (
    ("IDNer news dev", "idner-news-2k/dev.txt", "idner"),
    ("NERGrit valid", "nergrit/valid.txt", "nergrit"),
)
ANCHOR_NER = "IndoBERT (IndoLEM / IndoNLU)"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- NER alone


def part_ner_load() -> dict[str, Any]:
    """Cold start in a fresh process: load the shipped model (spaCy import included), tag one
    sentence. Wall time and CPU time (the CPU may be shared with other work)."""
    w0, c0 = time.perf_counter(), time.process_time()
    from warta.nlp import ner

    ner.model()
    w1, c1 = time.perf_counter(), time.process_time()
    ner.tag_tokens([["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."]])
    w2 = time.perf_counter()
    size = sum(f.stat().st_size for f in ner.MODEL_DIR.rglob("*") if f.is_file())
    return {
        "load_wall_s": w1 - w0,
        "load_cpu_s": c1 - c0,
        "first_call_s": w2 - w1,
        "model_mb": size / 1e6,
        "peak_mb": peak_mb(),
    }


def part_ner() -> dict[str, Any]:
    """F1 (conlleval) on the held-out sets, and tokens/s of NER alone on one core."""
    from conlleval import score
    from train_ner import read_conll

    from warta.nlp import ner

    ner.model()
    result: dict[str, Any] = {"sets": []}
    all_sents: list[list[str]] = []
    for name, rel, scheme in EVAL_SETS:
        sents = read_conll(NER_DATA / rel, scheme)
        words = [w for w, _ in sents]
        all_sents += words
        s = score([t for _, t in sents], ner.tag_tokens(words))
        p, r, f = s.prf
        per_type = {k: s.type_prf(k)[2] for k in sorted(s.by_type)}
        result["sets"].append(
            {"name": name, "sentences": len(sents), "tokens": sum(map(len, words)),
             "entities": s.gold, "p": p, "r": r, "f1": f, "per_type": per_type}
        )
    # Pre-tokenised speed: the scoring sets, three passes, best pass counts.
    n_tokens = sum(map(len, all_sents))
    best = min(_timed(lambda: ner.tag_tokens(all_sents)) for _ in range(3))
    result["pretok_tokens_per_s"] = n_tokens / best
    # Raw-text speed (tokenizer + NER) on real news paragraphs, one "sentence" per paragraph.
    text, spans = _news_text()
    if text:
        import spacy

        tok = spacy.blank("id").tokenizer
        n_raw = sum(len(tok(text[s:e])) for s, e in spans)
        best = min(_timed(lambda: ner.find_spans(text, spans)) for _ in range(2))
        result["raw_tokens"] = n_raw
        result["raw_tokens_per_s"] = n_raw / best
    result["peak_mb"] = peak_mb()
    return result


def _timed(fn: Callable[[], object]) -> float:
    """CPU seconds of one call: the process is single-threaded, so this is time on one core,
    and it stays honest when other processes share the machine."""
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def _news_text(limit: int = 300) -> tuple[str, list[tuple[int, int]]]:
    """Paragraphs of the detik 2025 corpus (read at run time only), joined, with their spans."""
    import csv

    path = SHARED / "data" / "corpus" / "detik-2025.csv"
    if not path.exists():
        return "", []
    csv.field_size_limit(10**8)
    paras: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            paras += [p.strip() for p in (row.get("isi_berita") or "").split("\n") if p.strip()]
            if len(paras) >= limit * 10:
                break
    paras = paras[: limit * 10]
    text = "\n\n".join(paras)
    spans, pos = [], 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return text, spans


def report_ner(load: dict[str, Any], res: dict[str, Any]) -> str:
    rows = [
        "### Named entities (statistical NER alone)",
        "",
        "Warta's own spaCy model (`src/warta/data/ner/model`, CNN tok2vec + transition NER "
        "with static vectors learnt from unlabelled text), trained by `make train-ner` on the "
        "IDNer and NERGrit train splits only (NER-P was measured and left out; the runs and "
        "the seed-to-seed spread are in `training/README.md`). Exact-span P/R/F1 computed "
        "the conlleval way (`training/conlleval.py`).",
        "",
        "| system | set | sentences | entities | precision | recall | F1 | F1 PER / ORG / LOC |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for s in res["sets"]:
        pt = " / ".join(f"{s['per_type'].get(k, 0):.3f}" for k in ("PER", "ORG", "LOC"))
        rows.append(
            f"| Warta NER (measured) | {s['name']} | {s['sentences']} | {s['entities']} | "
            f"{s['p']:.3f} | {s['r']:.3f} | **{s['f1']:.3f}** | {pt} |"
        )
    rows.append(
        f"| {ANCHOR_NER} (anchor quoted from DESIGN.md, not measured here: no model download) "
        "| Indonesian NER sets | | | | | ~0.75–0.90 | |"
    )
    rows += [
        "",
        "| measure | Warta NER | target |",
        "| --- | ---: | ---: |",
        f"| tokens/s per core, pre-tokenised (`warta ner`, `tag_tokens`) "
        f"| {res['pretok_tokens_per_s']:,.0f} | ≥ 20,000 |",
    ]
    if "raw_tokens_per_s" in res:
        rows.append(
            f"| tokens/s per core, raw text incl. tokenizer (`find_spans`, "
            f"{res['raw_tokens']:,} tokens of detik 2025 paragraphs) "
            f"| {res['raw_tokens_per_s']:,.0f} | ≥ 20,000 |"
        )
    rows += [
        f"| model load in a fresh process, spaCy import included: CPU time (wall time) "
        f"| {load['load_cpu_s']:.2f} s ({load['load_wall_s']:.2f} s) | ≤ 2 s |",
        f"| first sentence after load | {load['first_call_s'] * 1000:.0f} ms | |",
        f"| peak memory (ru_maxrss): after load / after scoring and speed runs "
        f"| {load['peak_mb']:.0f} MB / {res['peak_mb']:.0f} MB | |",
        f"| model size on disk | {load['model_mb']:.1f} MB | ≤ 30 MB |",
        "",
        "IndoBERT-class models are BERT-base sized (over 100M parameters) and slow on CPU; "
        f"Warta's model is {load['model_mb']:.0f} MB on disk and runs on one CPU core.",
    ]
    return "\n".join(rows)


# ---------------------------------------------------------------- whole analysis


def _articles(limit: int = 200) -> list[str]:
    """Bodies of the detik 2025 corpus (read at run time only), paragraphs joined by blank lines."""
    import csv

    path = SHARED / "data" / "corpus" / "detik-2025.csv"
    if not path.exists():
        return []
    csv.field_size_limit(10**8)
    out: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            paras = [p.strip() for p in (row.get("isi_berita") or "").split("\n") if p.strip()]
            if paras:
                out.append("\n\n".join(paras))
            if len(out) >= limit:
                break
    return out


def part_analysis() -> dict[str, Any]:
    """tokens/s and articles/s per core of `warta.nlp.analyze` and of the whole analysis."""
    from warta import pipeline
    from warta.nlp import analyze, ner, sentences

    texts = _articles()
    if not texts:
        return {"articles": 0}
    t0 = time.perf_counter()
    analyze("Presiden Joko Widodo tiba di Jakarta.", "id")  # gazetteer (+ model when shipped)
    warm_s = time.perf_counter() - t0
    n_tokens = sum(len(s.tokens) for t in texts for s in sentences.split(t))
    words = sum(len(t.split()) for t in texts)
    runs: dict[str, float] = {}
    runs["tokenize"] = min(_timed(lambda: [sentences.split(t) for t in texts]) for _ in range(3))
    runs["nlp_rules"] = min(
        _timed(lambda: [analyze(t, "id", use_ner=False) for t in texts]) for _ in range(3)
    )
    has_model = ner.MODEL_DIR.exists()
    if has_model:
        runs["nlp_full"] = min(_timed(lambda: [analyze(t, "id") for t in texts]) for _ in range(2))
    with contextlib.suppress(ImportError):  # quotes/events not installed yet
        runs["pipeline"] = min(
            _timed(lambda: [pipeline.analyze_text(t, lang="id") for t in texts]) for _ in range(2)
        )
    ents = sum(len(analyze(t, "id", use_ner=has_model).entities) for t in texts[:50])
    return {
        "articles": len(texts), "tokens": n_tokens, "words": words, "warm_s": warm_s,
        "has_model": has_model, "runs": runs, "entities_per_article": ents / min(50, len(texts)),
        "peak_mb": peak_mb(), "loadavg": os.getloadavg()[0],
    }


def part_normalisation() -> dict[str, Any]:
    """Accuracy of the normalisation table (tests/data/normalisation.tsv)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_normalisation import _rows, score

    acc, wrong = score()
    rows = _rows()
    fields = {"name": 0, "type": 1, "country": 2, "role": 3}
    field_ok = {
        f: len(rows) - sum(1 for _, w, g in wrong if w[i] != g[i]) for f, i in fields.items()
    }
    return {"rows": len(rows), "accuracy": acc, "field_ok": field_ok,
            "wrong": [[m, list(w), list(g)] for m, w, g in wrong]}


def report_analysis(res: dict[str, Any], norm: dict[str, Any]) -> str:
    rows = ["### Whole analysis: sentences, tokens, entities", ""]
    if res.get("articles"):
        n, tok = res["articles"], res["tokens"]
        rows += [
            f"{n} detik.com 2025 articles ({res['words'] / n:.0f} words, {tok / n:.0f} tokens "
            "on average), analysed one by one on one core; best of several passes.",
            "",
            "| stage | tokens/s per core | articles/s per core |",
            "| --- | ---: | ---: |",
        ]
        names = {
            "tokenize": "tokens + sentences (`warta.nlp.sentences.split`)",
            "nlp_rules": "`warta.nlp.analyze`, gazetteer and rules (no statistical model)",
            "nlp_full": "`warta.nlp.analyze` with the NER model",
            "pipeline": "whole analysis (`pipeline.analyze_text`: NLP, quotes, events)",
        }
        for key, label in names.items():
            if key in res["runs"]:
                secs = res["runs"][key]
                rows.append(f"| {label} | {tok / secs:,.0f} | {n / secs:,.1f} |")
        if not res["has_model"]:
            rows.append("| NER model not shipped at the time of this run | | |")
        rows += [
            "",
            f"First call (gazetteer compile{' + model load' if res['has_model'] else ''}): "
            f"{res['warm_s']:.2f} s; {res['entities_per_article']:.1f} entities per article; "
            f"peak memory {res['peak_mb']:.0f} MB. Load average of the machine at the end of "
            f"the run: {res.get('loadavg', 0):.1f} on {os.cpu_count()} cores (other jobs slow "
            "every figure above alike).",
        ]
    k = norm["rows"]
    per_field = ", ".join(f"{f} {ok / k:.3f}" for f, ok in norm["field_ok"].items())
    rows += [
        "",
        "### Normalisation",
        "",
        f"`tests/data/normalisation.tsv`: {k} real mentions (IDNer/NERGrit mention strings, "
        "the test pages, the seed) with hand-written canonical name, type, country and role. "
        "The resolver reads each mention alone with gazetteer and rules (no model). "
        f"All four fields right: **{norm['accuracy']:.3f}** ({k - len(norm['wrong'])}/{k}); "
        f"per field: {per_field}. Misses: "
        + ("; ".join(f"`{m}` (want {w[0]}/{w[2]}/{w[3]}, got {g[0]}/{g[2]}/{g[3]})"
                     for m, w, g in norm["wrong"][:8]) or "none")
        + ".",
    ]
    return "\n".join(rows)


# ---------------------------------------------------------------- driver

# name -> function run in a child process; the report functions below combine the results.
PARTS: dict[str, Callable[[], dict[str, Any]]] = {
    "ner_load": part_ner_load,
    "ner": part_ner,
    "analysis": part_analysis,
    "normalisation": part_normalisation,
}


def run_part(name: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--part", name],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench/nlp.py: part {name} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=sorted(PARTS), help="run one part here, print its JSON")
    ap.add_argument(
        "--analysis-only", action="store_true",
        help="only the whole-analysis and normalisation parts (section nlp-analysis)",
    )
    args = ap.parse_args()
    if args.part:
        print(json.dumps(PARTS[args.part]()))
        return 0
    # Whole analysis and normalisation: their own section, so either half can be rerun alone.
    analysis = report_analysis(run_part("analysis"), run_part("normalisation"))
    head = (
        f"Command: `.venv/bin/python bench/nlp.py`. Machine: {machine()}. "
        "Each measure runs in a fresh single-threaded process."
    )
    print(analysis)
    write_section("nlp-analysis", f"{head}\n\n{analysis}")
    if args.analysis_only:
        return 0
    results = {name: run_part(name) for name in ("ner_load", "ner")}
    sections = [report_ner(results["ner_load"], results["ner"])]
    markdown = "\n\n".join(
        [
            "## NLP",
            f"Command: `.venv/bin/python bench/nlp.py`. Machine: {machine()}. "
            "Each measure runs in a fresh single-threaded process; speeds are tokens per CPU "
            "second of that process (= per core), so other load on the machine does not "
            "inflate or deflate them.",
            *sections,
        ]
    )
    print(markdown)
    write_section("nlp", markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
