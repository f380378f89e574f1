# The commands of the README. `make run` and `make test` set everything up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
# PostgreSQL for the second test run: DATABASE_URL when set, else the local server.
PG_TEST_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/test)
# --- parallel tests (pytest-xdist) ---
# The non-browser runs spread their test files over TEST_WERKERS processes (auto: one per
# core); a file stays on one worker, so module fixtures and the fixed ports of a file are never
# used twice at once. Each worker has its own test database (SQLite in memory; PostgreSQL
# test_<name>_gw0, _gw1, ...) and its own media folders (settings/test.py).
# TEST_WERKERS=0 runs them in this process. Two things made the workers' results depend on
# which test files a worker ran before (and are fixed): the search's per-process memo
# outlived the rolled-back data of a test (tests/conftest.py forgets it per test), and it
# emptied itself halfway through a request when full (search/indexeren.py drops old versions).
TEST_WERKERS ?= auto
PARALLEL := -n $(TEST_WERKERS) --dist loadfile
# --- end parallel tests ---

.PHONY: run test serve install install-test browser-tools lint css bench loadtest clean relevance static schermafbeeldingen api-lint

$(VENV)/.geinstalleerd: pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.test-geinstalleerd: $(VENV)/.geinstalleerd pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.geinstalleerd

install-test: $(VENV)/.test-geinstalleerd browser-tools

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py laad_demo
	@echo "Het platform draait op http://127.0.0.1:8000/ (beheer: http://127.0.0.1:8000/admin/). Stoppen: Ctrl+C."
	$(PY) manage.py runserver 127.0.0.1:8000

# Production with one command: collectstatic, migrate, then gunicorn (gunicorn.conf.py), the task
# worker and the planner side by side (kennisplatform/serve.py). Settings from the environment
# (README, Configuratie); always the production settings.
serve: install
	@DJANGO_SETTINGS_MODULE=kennisplatform.settings.production $(PY) -m kennisplatform.serve

# Production: gather the static files (with hashed names and a manifest) into STATIC_ROOT.
# Run with the production settings, e.g. DJANGO_SETTINGS_MODULE=kennisplatform.settings.production.
static: install
	$(PY) manage.py collectstatic --noinput

# Headless Chromium, Java (for the Nu HTML checker), axe-core and vnu-jar for the browser checks.
browser-tools:
	@bash scripts/browser-tools.sh

lint: $(VENV)/.test-geinstalleerd
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# issue 17: the OpenAPI description of /api/v1 against the API Design Rules (the Spectral
# ruleset in api/standaarden/, npm package @stoplight/spectral-cli from package.json). Errors
# fail; warnings are shown (on a development set-up: the server address is no https).
api-lint: install-test
	@mkdir -p build
	@# The description as production serves it: its server address is https (nlgov:servers-use-https).
	env -u DATABASE_URL WAGTAILADMIN_BASE_URL=https://kennisplatform.example $(PY) manage.py openapi --uitvoer build/openapi.json
	npx --no-install spectral lint -r api/standaarden/api-design-rules.spectral.yml --fail-severity error build/openapi.json

# The browser checks and the other tests that commit for real (marker `transactioneel`) run in a
# pytest run of their own, after the others: they end by emptying the database (Django restores
# the migrated content at the start of the next such test, not for an ordinary test after it),
# and test workers do not keep Django's order of ordinary tests first.
# --- issue 15: browser test speed ---
# That run uses the workers too: each has its own database, live server and Chromium, and
# every test in it starts from a snapshot of the database with the demo (tests/conftest.py,
# verse_demo), so neither the order nor the worker of a test matters. BROWSER_WERKERS=0 runs
# them in this process.
BROWSER_WERKERS ?= $(TEST_WERKERS)
BROWSER_PARALLEL := -n $(BROWSER_WERKERS) --dist loadfile
# --- end browser test speed ---
test: install-test lint api-lint
	@echo "== Testen op SQLite =="
	env -u DATABASE_URL $(PY) -m pytest -m "not browser and not transactioneel" $(PARALLEL)
	env -u DATABASE_URL $(PY) -m pytest -m "browser or transactioneel" $(BROWSER_PARALLEL)
	@if $(PY) scripts/pg_bereikbaar.py "$(PG_TEST_URL)"; then \
		echo "== Testen op PostgreSQL =="; \
		DATABASE_URL="$(PG_TEST_URL)" $(PY) -m pytest -m "not browser and not transactioneel" $(PARALLEL) && \
		DATABASE_URL="$(PG_TEST_URL)" $(PY) -m pytest -m "browser or transactioneel" $(BROWSER_PARALLEL); \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is niet bereikbaar op $(PG_TEST_URL); in CI is dat een fout."; exit 1; \
	else \
		echo "PostgreSQL is niet bereikbaar op $(PG_TEST_URL): de tweede testronde is overgeslagen."; \
	fi

# Search quality on the judged Dutch queries (search/relevantie/vragen.json): nDCG@10,
# recall@10 and MRR per backend. The same numbers are a floor in `make test`.
relevance: install-test
	@echo "== Relevantie op SQLite =="
	env -u DATABASE_URL $(PY) -m pytest tests/search/test_relevantie.py -q -s -p no:cacheprovider
	@if $(PY) scripts/pg_bereikbaar.py "$(PG_TEST_URL)"; then \
		echo "== Relevantie op PostgreSQL =="; \
		DATABASE_URL="$(PG_TEST_URL)" $(PY) -m pytest tests/search/test_relevantie.py -q -s -p no:cacheprovider; \
	else \
		echo "PostgreSQL is niet bereikbaar op $(PG_TEST_URL): alleen SQLite gemeten."; \
	fi

# --- issue 15: tweede relevantieset (korpus2) ---
# The second judged set (search/relevantie/vragen2.json over korpus2.csv), measured on a
# database that looks like a fresh installation with only those agreements imported: nDCG@10,
# recall@10 (hits / min(10, judged relevant)) and MRR per half ("afstemmen", "gezien", "toets") and per
# kind, the weakest questions and one row per question. `make relevance` runs it first.
# RELEVANTIE_DEEL=afstemmen,gezien,oefenen shows only those halves; the held-out half "toets" is shown
# only as averages anyway.
relevance: relevance-korpus2
.PHONY: relevance-korpus2
relevance-korpus2: install-test
	@echo "== Relevantie korpus2 op SQLite =="
	env -u DATABASE_URL $(PY) -m pytest tests/search/test_relevantie_korpus2.py -q -s -p no:cacheprovider
	@if $(PY) scripts/pg_bereikbaar.py "$(PG_TEST_URL)"; then \
		echo "== Relevantie korpus2 op PostgreSQL =="; \
		DATABASE_URL="$(PG_TEST_URL)" $(PY) -m pytest tests/search/test_relevantie_korpus2.py -q -s -p no:cacheprovider; \
	else \
		echo "PostgreSQL is niet bereikbaar op $(PG_TEST_URL): korpus2 alleen op SQLite gemeten."; \
	fi
# --- einde issue 15: tweede relevantieset ---

# Benchmarks on synthetic data (1,000 / 10,000 / 100,000 agreements; SQLite and PostgreSQL).
# Sizes and backends: make bench BENCH_ARGS="--groottes 1000 --backends sqlite"
bench: install
	$(PY) -m bench $(BENCH_ARGS)

# issue 16: load test of the production server (bench/belasting/). Builds (or reuses) a
# PostgreSQL database with the demo and 10,000 synthetic agreements, starts the stack of
# `make serve` on a free port of 127.0.0.1 and measures 1, 8 and 32 concurrent clients, cold and
# warm; exit code 1 after any error or 5xx. Options: make loadtest LOADTEST_ARGS="--duur 5"
loadtest: install
	$(PY) -m bench.belasting $(LOADTEST_ARGS)

# Screenshots of every page type at 320 and 1280 px into docs/schermafbeeldingen/ (with an
# index README.md): a fresh database with the demo and a server of its own. Another server:
# make schermafbeeldingen SCHERM_ARGS="--url http://127.0.0.1:8000"
schermafbeeldingen: install-test
	$(PY) scripts/schermafbeeldingen.py $(SCHERM_ARGS)

# Re-vendor the NL Design System CSS from npm (the result is committed, so `make run` needs no npm).
css:
	npm ci --no-audit --no-fund
	cp node_modules/@utrecht/component-library-css/dist/index.css site/static/vendor/utrecht/component-library.css
	cp node_modules/@utrecht/design-tokens/dist/theme.css site/static/vendor/utrecht/design-tokens.css

clean:
	rm -rf $(VENV) node_modules db.sqlite3 .pytest_cache
