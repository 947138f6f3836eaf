# credscore — every target sets up its own virtual environment from pyproject.toml.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SEED := seeds/articles/000_e0dc83ff7eb116bc.txt

.PHONY: install demo test lint format train eval bench fuzz screenshot spark-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/credscore score $(SEED)

test: $(STAMP) lint
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

train: $(STAMP)
	$(VENV)/bin/credscore train seeds/claims.jsonl seeds/articles/labels.jsonl --output trained --cv 5 --seed 0

eval: $(STAMP)
	$(PY) -m benchmarks.realnews --output eval.json

bench: $(STAMP)
	$(PY) -m benchmarks.bench --output bench.json

spark-test: $(STAMP)
	$(PY) -m pip install --quiet -e '.[spark]'
	$(PY) -m pytest -q tests/test_distributed.py -k spark -rs

fuzz: $(STAMP)
	CREDSCORE_FUZZ_EXAMPLES=10000 $(PY) -m pytest -q tests/robustness/test_fuzz.py

screenshot: $(STAMP)
	bash scripts/report_screenshot.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache bench.json eval.json
