# Maintainers' tools. Every target bootstraps .venv (Python >= 3.11) on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SPEC_SOURCE ?= https://app.sendmux.ai/api/v1/openapi.json
export SPEC_SOURCE

NPM        ?= npm
NODE_TOOLS := tools/node
NODE_STAMP := $(NODE_TOOLS)/node_modules/.installed

.PHONY: help venv node-tools fetch-spec regen regen-check contract test lint typecheck format clean

help:
	@echo "make regen       regenerate generated/sendmux_api from openapi.json (main job)"
	@echo "make test        lint, type-check and run the test suite"
	@echo "make fetch-spec  fetch the vendor spec from SPEC_SOURCE into openapi.json"
	@echo "make contract    list where sendmux_ext no longer matches openapi.json"
	@echo "make node-tools  install Prism (the spec-driven mock server) into tools/node"

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet --upgrade pip
	$(PY) -m pip install --disable-pip-version-check --quiet -e '.[dev]'
	touch $@

venv: $(STAMP)

# Node tools (Prism) live in tools/node, pinned by its package-lock.json; never global.
# --ignore-scripts: nothing of theirs needs an install script (one would only phone home).
$(NODE_STAMP): $(NODE_TOOLS)/package.json $(NODE_TOOLS)/package-lock.json
	cd $(NODE_TOOLS) && $(NPM) ci --ignore-scripts --no-audit --no-fund
	touch $@

node-tools: $(NODE_STAMP)

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

contract: $(STAMP)
	$(PY) scripts/contract_checks.py

# The Prism suite needs node-tools; where npm is missing it skips (CI installs npm first).
TEST_PREREQS := lint typecheck $(if $(shell command -v $(NPM) 2>/dev/null),node-tools)

test: $(TEST_PREREQS)
	$(PY) -m pytest $(PYTEST_ARGS)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist $(NODE_TOOLS)/node_modules
