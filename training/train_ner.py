"""Train Warta's named-entity model and ship it to src/warta/data/ner/model (`make train-ner`).

Data (from ../shared/data/ner, or $WARTA_SHARED/data/ner):
  - IDNer news train (token, UD POS, tag; BIO PER/ORG/LOC)
  - NERGrit train (token<TAB>tag; BIO PERSON/PLACE/ORGANISATION -> PER/LOC/ORG)
  - NER-P train (lower-cased; PPL/PLC/IND -> PER/LOC/ORG, EVT/FNB -> O): off by default,
    measured as harmful on IDNer dev (see --nerp and training/README.md)
Static word vectors are built first from unlabelled text (training/vectors.py).
Every 10th sentence of the IDNer and NERGrit train files is held back as spaCy's dev set
(best-model selection). IDNer dev and NERGrit valid are never trained on nor used for model
selection: they are only scored at the end (training/out/<run>/scores.json).

    python training/train_ner.py                 # the shipped model
    python training/train_ner.py --no-ship --run trial --nerp truecase   # an experiment
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
NER_DATA = SHARED / "data" / "ner"
SHIP_DIR = ROOT / "src" / "warta" / "data" / "ner" / "model"
CONFIG = HERE / "ner.cfg"

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from conlleval import score  # noqa: E402

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags

TAG_MAPS = {
    "idner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nergrit": {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"},
    "nerp": {"PPL": "PER", "PLC": "LOC", "IND": "ORG"},  # EVT, FNB have no PER/ORG/LOC peer
    # IND (companies, brands, products, clubs) is not the news sets' ORG: leave it unknown
    "nerp-partial": {"PPL": "PER", "PLC": "LOC", "IND": "-", "EVT": "-", "FNB": "-"},
    # people only: NER-P's PLC is looser than the news sets' LOC (it cost LOC precision)
    "nerp-partial-per": {"PPL": "PER", "PLC": "-", "IND": "-", "EVT": "-", "FNB": "-"},
}


def read_conll(path: Path, scheme: str, skip_kinds: tuple[str, ...] = ()) -> list[Sentence]:
    """Sentences of a CoNLL file: token in the first column, tag in the last one.

    NERGrit and NER-P separate columns with a tab (NER-P tokens may hold spaces);
    IDNer with spaces. Types are mapped to PER/ORG/LOC; an `I-X` that opens a chunk
    becomes `B-X`, so every chunk starts with `B-`. Sentences with a chunk of a type in
    `skip_kinds` (source tag set) are left out.
    """
    mapping = TAG_MAPS[scheme]
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    skip = False
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if words and not skip:
                sents.append((words, tags))
            words, tags, skip = [], [], False
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        token, tag = cols[0].strip(), cols[-1].strip()
        prefix, _, kind = tag.partition("-")
        skip = skip or kind in skip_kinds
        label = mapping.get(kind)
        if label is None or prefix not in ("B", "I"):
            tag = "O"
        elif label == "-":
            tag = "-"
        else:
            opens = prefix == "B" or not tags or tags[-1] == "-" or tags[-1][2:] != label
            tag = ("B-" if opens else "I-") + label
        words.append("".join(token.split()) or "_")
        tags.append(tag)
    if words and not skip:
        sents.append((words, tags))
    return sents


def casing_table(texts: Iterable[list[str]]) -> dict[str, str]:
    """The most frequent written form of each lower-cased word in cased text."""
    counts: dict[str, Counter[str]] = {}
    for words in texts:
        for i, w in enumerate(words):
            if i == 0:  # sentence-initial capitals say nothing about the word
                continue
            counts.setdefault(w.lower(), Counter())[w] += 1
    return {low: c.most_common(1)[0][0] for low, c in counts.items()}


def truecase(sents: list[Sentence], table: dict[str, str], partial: bool = False) -> list[Sentence]:
    """Restore news-style casing in lower-cased NER-P sentences.

    A word takes its most frequent form in the cased corpora; an unknown word inside an
    entity gets an initial capital (as names are written), and each sentence starts with one.
    With `partial`, an `O` word that is usually capitalised (a name NER-P may not annotate
    as PER/LOC, e.g. `DPR`, or one of its IND/EVT/FNB chunks) gets the tag `-`: unknown, so
    training neither rewards nor punishes any label there.
    """
    out: list[Sentence] = []
    for words, tags in sents:
        cased, new_tags = [], []
        for i, (w, t) in enumerate(zip(words, tags, strict=True)):
            c = table.get(w.lower())
            if partial and t == "O" and (c or w)[:1].isupper():
                t = "-"
            if c is None:
                c = w[:1].upper() + w[1:] if t not in ("O", "-") else w
            if i == 0:
                c = c[:1].upper() + c[1:]
            cased.append(c)
            new_tags.append(t)
        out.append((cased, new_tags))
    return out


def cased_texts() -> list[list[str]]:
    """Cased, unlabelled token lists used only to learn casing: BaPOS train, UD-GSD, train sets."""
    texts: list[list[str]] = []
    bapos = SHARED / "data" / "pos" / "bapos" / "train.txt"
    if bapos.exists():
        texts += [w for w, _ in read_conll(bapos, "idner")]
    for conllu in sorted((SHARED / "data" / "ud").glob("*.conllu")):
        words: list[str] = []
        for line in conllu.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                words.append(cols[1])
            elif not line.strip() and words:
                texts.append(words)
                words = []
    return texts


def to_docbin(sents: list[Sentence], path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    nlp = spacy.blank("id")
    db = DocBin(store_user_data=False)
    for words, tags in sents:
        doc = Doc(nlp.vocab, words=words)
        known = ["O" if t == "-" else t for t in tags]
        missing = [doc[i : i + 1] for i, t in enumerate(tags) if t == "-"]
        doc.set_ents(biluo_tags_to_spans(doc, iob_to_biluo(known)), missing=missing)
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def build_corpora(out: Path, nerp_mode: str, idner_weight: int = 1) -> dict[str, int]:
    """Write train.spacy and the selection set dev.spacy; every 10th IDNer/NERGrit
    train sentence is held back for selection. IDNer (news) is repeated `idner_weight` times."""
    idner = read_conll(NER_DATA / "idner-news-2k" / "train.txt", "idner")
    nergrit = read_conll(NER_DATA / "nergrit" / "train.txt", "nergrit")
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for sents, weight in ((idner, idner_weight), (nergrit, 1)):
        for i, s in enumerate(sents):
            if i % 10 == 9:
                dev.append(s)
            else:
                train += [s] * weight
    nerp: list[Sentence] = []
    if nerp_mode != "none":
        # "perloc": only the sentences whose entities are all people or places, since NER-P's
        # IND (companies, brands, products, clubs) does not match the news sets' ORG.
        skip = ("IND", "EVT", "FNB") if nerp_mode.endswith("perloc") else ()
        partial = nerp_mode.startswith("truecase-partial")
        scheme = "nerp" + nerp_mode.removeprefix("truecase") if partial else "nerp"
        nerp = read_conll(NER_DATA / "nerp" / "train.txt", scheme, skip)
        if nerp_mode.startswith("truecase"):
            table = casing_table(cased_texts() + [w for w, _ in train])
            nerp = truecase(nerp, table, partial=partial)
        train += nerp
    to_docbin(train, out / "corpus" / "train.spacy")
    to_docbin(dev, out / "corpus" / "dev.spacy")
    return {
        "train_sentences": len(train),
        "train_tokens": sum(len(w) for w, _ in train),
        "selection_sentences": len(dev),
        "nerp_sentences": len(nerp),
    }


def evaluate(model_dir: Path) -> dict[str, dict[str, float]]:
    """conlleval exact-span P/R/F1 of a model on IDNer dev and NERGrit valid."""
    from warta.nlp.ner import load_model, tag_with

    nlp = load_model(model_dir)
    result = {}
    for name, path, scheme in (
        ("idner_dev", NER_DATA / "idner-news-2k" / "dev.txt", "idner"),
        ("nergrit_valid", NER_DATA / "nergrit" / "valid.txt", "nergrit"),
    ):
        sents = read_conll(path, scheme)
        pred = tag_with(nlp, [w for w, _ in sents])
        s = score([t for _, t in sents], pred)
        p, r, f = s.prf
        result[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        for kind in sorted(s.by_type):
            result[name][f"f1_{kind}"] = round(s.type_prf(kind)[2], 4)
    return result


def ship(model_dir: Path, target: Path) -> None:
    """Copy the trained pipeline into the package, without training-only files."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        name="warta_ner",
        version="1.0.0",
        description="Warta's Indonesian NER (PER, ORG, LOC); see ../README.md",
        license="MIT",
        sources=[
            {"name": "NERGrit (IndoNLU)", "license": "MIT"},
            {"name": "IDNer news 2k (Khairunnisa et al. 2020)", "license": "MIT"},
            {"name": "NER-P (IndoNLU)", "license": "MIT"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--run", default="shipped", help="run name under training/out/")
    ap.add_argument("--nerp",
                    choices=["none", "raw", "truecase", "truecase-perloc", "truecase-partial",
                             "truecase-partial-per"],
                    default="none",
                    help="whether and how NER-P's lower-cased train split is used "
                    "(default none: it cost ~10 F1 points on IDNer dev, see training/README.md)")
    ap.add_argument("--vectors", type=Path, default=None,
                    help="spaCy vectors dir to use instead of building them (training/vectors.py)")
    ap.add_argument("--idner-weight", type=int, default=1,
                    help="repeat the IDNer news train sentences this many times")
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--override", action="append", default=[], metavar="KEY=VALUE",
                    help="extra spaCy config override, e.g. training.dropout=0.1")
    ap.add_argument("--no-ship", action="store_true", help="do not copy the model into the package")
    args = ap.parse_args()

    if not NER_DATA.is_dir():
        print(f"train_ner: no NER data at {NER_DATA} (set WARTA_SHARED)", file=sys.stderr)
        return 2
    out = HERE / "out" / args.run
    started = time.time()
    stats = build_corpora(out, args.nerp, args.idner_weight)
    print(f"corpus: {stats}", flush=True)
    vectors = args.vectors
    if vectors is None:
        from vectors import make_spacy_vectors

        vectors = make_spacy_vectors(out / "vectors")

    from spacy.cli.train import train

    overrides: dict[str, object] = {
        "paths.train": str(out / "corpus" / "train.spacy"),
        "paths.dev": str(out / "corpus" / "dev.spacy"),
        "paths.vectors": str(vectors),
        "system.seed": args.seed,
    }
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    for item in args.override:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    train(CONFIG, out / "model", overrides=overrides)

    best = out / "model" / "model-best"
    settings = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
    scores = {"settings": settings, "corpus": stats, **evaluate(best)}
    scores["train_minutes"] = round((time.time() - started) / 60, 1)
    (out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n")
    print(json.dumps(scores, indent=2))
    if not args.no_ship:
        ship(best, SHIP_DIR)
        print(f"shipped {best} -> {SHIP_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
