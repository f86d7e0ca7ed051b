# Maintainers' tools. Every target bootstraps .venv (Python >= 3.11) on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SPEC_SOURCE ?= https://app.sendmux.ai/api/v1/openapi.json
export SPEC_SOURCE

.PHONY: help venv fetch-spec regen regen-check test lint typecheck format bench clean

help:
	@echo "make regen       regenerate generated/sendmux_api from openapi.json (main job)"
	@echo "make test        lint, type-check and run the test suite"
	@echo "make fetch-spec  fetch the vendor spec from SPEC_SOURCE into openapi.json"
	@echo "make bench       client overhead vs raw httpx and the official SDK (BENCH_ARGS=--quick)"

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet --upgrade pip
	$(PY) -m pip install --disable-pip-version-check --quiet -e '.[dev]'
	touch $@

venv: $(STAMP)

BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --disable-pip-version-check --quiet -e '.[dev,bench]'
	touch $@

fetch-spec: $(STAMP)
	$(PY) scripts/fetch_spec.py "$(SPEC_SOURCE)"

regen: $(STAMP)
	$(PY) scripts/regen.py

regen-check: $(STAMP)
	$(PY) scripts/regen.py --check

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: lint typecheck
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(BENCH_STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
