# GeoKG — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test test-fast bench bench-deps check format clean venv deps-debian eval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dev,bench,lexicons,cluster]'
	touch $(STAMP)

venv: $(STAMP)

## make run: install, build seeds/ into ./kgdata if empty, serve on http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/kg up

## Debian packages the tests need (a real browser for the graph page, Virtuoso as a remote store)
deps-debian:
	@command -v chromium >/dev/null 2>&1 && command -v virtuoso-t >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium virtuoso-opensource \
	    >/dev/null; }

## make test: install everything, then run the whole suite (server, browser and slow tiers too)
test: $(STAMP) deps-debian
	$(BIN)/python -m pytest -q

## make test-fast: the inner loop, everything not marked slow (no server, browser, notebook,
## wheel, cluster or query-timeout tests): under 2 minutes on 2 cores
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

eval: $(STAMP)
	$(BIN)/kg eval eval/dev/gold
	$(BIN)/kg eval eval/check/gold

## Debian packages the benchmarks need (wrk, the HTTP load generator of bench/load.py)
bench-deps:
	@command -v wrk >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wrk >/dev/null; }

bench: $(STAMP) bench-deps
	$(BIN)/python bench/build.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/scaling.py
	$(BIN)/python bench/sparql.py
	$(BIN)/python bench/explore.py
	$(BIN)/python bench/load.py

check: $(STAMP)
	$(BIN)/ruff check kg api tests bench tools
	$(BIN)/ruff format --check kg api tests bench tools
	$(BIN)/mypy kg api
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format kg api tests bench tools
	$(BIN)/ruff check --fix kg api tests bench tools

clean:
	rm -rf $(VENV) kgdata .pytest_cache .mypy_cache .ruff_cache *.egg-info
