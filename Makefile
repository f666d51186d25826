# Casebook: `make run` serves the app with the bundled instruments and a demo study;
# `make test` runs every test. Both create .venv with pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

NODE_STAMP := node_modules/.installed

.PHONY: run test lint install clean docs bench messages

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# Front-end packages, pinned in package-lock.json: axe-core for the tests only (never served);
# Vega, Vega-Lite and vega-embed, whose browser builds are copied into the Datasette plugin,
# which serves them on its chart pages (docs/charts.md; the copies are not committed).
CHART_ASSETS := app/casebook/datasette_plugin/assets/vendor
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(CHART_ASSETS)
	cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
		node_modules/vega-embed/build/vega-embed.min.js $(CHART_ASSETS)/
	touch $(NODE_STAMP)

install: $(STAMP) $(NODE_STAMP)

run: $(STAMP)
	$(BIN)/casebook init
	$(BIN)/casebook demo --if-empty
	$(BIN)/casebook users ensure-admin
	$(BIN)/casebook serve --host 127.0.0.1 --port 5000

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check app tests $(wildcard bench)
	$(BIN)/ruff format --check app tests $(wildcard bench)
	$(BIN)/pytest -q -n 2 --dist loadfile

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
	rm -rf $(VENV) node_modules $(CHART_ASSETS)

# Interface text: gather every marked string into the template, then merge it into each
# language's catalogue (app/casebook/translations/<lang>/LC_MESSAGES/casebook.po). Translate the new
# entries; tests/test_translations.py fails while any is left empty. No compile step: the
# app reads the .po files itself (app/casebook/i18n.py).
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k _n:1,2 --no-location --sort-output --width 100 \
		--project Casebook --copyright-holder "Casebook" -o app/casebook/translations/casebook.pot .
	$(BIN)/pybabel update -i app/casebook/translations/casebook.pot -d app/casebook/translations \
		-D casebook --no-fuzzy-matching --ignore-obsolete --width 100

docs: $(STAMP)
	$(BIN)/python -m casebook.cli_docs > docs/cli.md
	$(BIN)/casebook instruments schema > app/casebook/instruments/instrument.schema.json
