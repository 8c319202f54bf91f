# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint venv train-ner bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Extract and analyse the bundled samples, ingest them into ./warta.db, print the seed's record and the events found.
demo: $(STAMP)
	$(BIN)/warta extract samples/*.txt samples/*.html > /dev/null
	$(BIN)/warta analyze samples/sindonews-2017-11-02-korut-china.txt
	$(BIN)/warta ingest samples --db warta.db --quiet
	$(BIN)/warta events --db warta.db --limit 12

## Run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

## Retrain the shipped NER model from ../shared/data/ner (see training/README.md).
train-ner: $(STAMP)
	$(BIN)/python training/train_ner.py

## Run every benchmark against its anchors and rewrite docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	for b in bench/extract.py bench/nlp.py bench/events.py bench/events_learned.py bench/ingest.py bench/serve.py; do \
	  [ -f $$b ] && $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info warta.db*
