# Casebook: `make run` serves the app with the bundled instruments and a demo study;
# `make test` runs every test. Both create .venv with pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint install clean docs bench

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/casebook init
	$(BIN)/casebook demo --if-empty
	$(BIN)/casebook users ensure-admin
	$(BIN)/casebook serve --host 127.0.0.1 --port 5000

test: $(STAMP)
	$(BIN)/ruff check app tests $(wildcard bench)
	$(BIN)/ruff format --check app tests $(wildcard bench)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check app tests $(wildcard bench)
	$(BIN)/ruff format --check app tests $(wildcard bench)

# Benchmarks (issue 5): a quick run by default, `SCALE=100 make bench` for the full one.
# Installs the `bench` extra (scrubadub, the peer to compare with) into the same .venv; writes
# docs/benchmarks.md. Never part of `make test`.
SCALE ?= 1
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.run --scale $(SCALE)

clean:
	rm -rf $(VENV)

docs: $(STAMP)
	$(BIN)/python -m app.cli_docs > docs/cli.md
	$(BIN)/casebook instruments schema > app/instruments/instrument.schema.json
