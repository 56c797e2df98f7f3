VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SPEC := openapi/minimax.yaml
# Hand-written Python; generator/python/runtime is linted with the client's rules (its ruff.toml).
SOURCES := openapi sandbox contract_tests bench tests generator
# Hand-written TypeScript and JavaScript: the SDK's runtime, its tests and its benchmark, the
# docs' script, and the hub's own files (its vendored library and generated table aside).
HUB := sandbox/minimax_sandbox/hub/static
TS_SOURCES := generator/typescript/runtime tests/typescript bench/typescript \
	generator/docs/static/site.js $(HUB)/js $(HUB)/hub.css $(HUB)/index.html tests/hub
PRETTIER := generator/typescript/prettier.json
# Go: the generated SDK and its tests are modules; the runtime's source is checked by gofmt alone
# (it compiles only as part of the SDK). staticcheck is pinned and fetched by `go run` (cached).
GO_MODULES := clients/go tests/go
# bench/go is formatted too; it is vetted when benchmarks run (it needs openai-go downloaded).
GO_SOURCES := $(GO_MODULES) generator/go/runtime bench/go
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.DEFAULT_GOAL := help
.PHONY: help setup validate-spec breaking test contract contract-deep sandbox bench lint typecheck clean generate check-generated docs setup-browser

help: ## Show this help
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  %-15s %s\n", $$1, $$2}'

setup: $(STAMP) $(NODE_STAMP) ## Create .venv (the spec model, the sandbox, the client and the tools, editable) and node_modules

$(STAMP): pyproject.toml openapi/pyproject.toml sandbox/pyproject.toml clients/python/pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q -e ./openapi -e ./sandbox -e ./clients/python -e '.[dev]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

validate-spec: setup ## Validate the OpenAPI spec and check house conventions
	$(PY) -m openapi_spec_validator $(SPEC)
	$(PY) -m minimax_openapi.conventions $(SPEC)

breaking: setup ## Fail on a change that breaks clients of the last release (openapi/releases/) unless it is a new, breaking release
	$(PY) -m minimax_openapi.breaking $(SPEC)

test: setup setup-browser lint typecheck check-generated breaking ## Run every test: lint, types, the generated client's drift, the breaking-change gate, the contract suite, then pytest
	$(PY) -m contract_tests
	$(PY) -m pytest

contract: setup validate-spec ## Main job: the Schemathesis contract suite against a fresh sandbox (or MINIMAX_BASE_URL)
	$(PY) -m contract_tests

contract-deep: setup ## The contract suite with many more examples (nightly)
	$(PY) -m contract_tests --deep

sandbox: setup docs ## Run the sandbox on 127.0.0.1:8400 (prints a ready test key), the docs at /docs/
	$(VENV)/bin/minimax-sandbox serve --port 8400 --docs docs/site

bench: setup ## Benchmarks: sandbox throughput, and the Python, TypeScript and Go clients' overhead
	$(PY) bench/sandbox_throughput.py
	$(PY) bench/client_overhead.py
	$(PY) bench/typescript_overhead.py
	$(PY) bench/go_overhead.py

generate: setup ## Regenerate the SDKs (clients/python, clients/typescript, clients/go) and the hub's SDK-call table from the spec
	$(PY) -m generator.python.generate
	$(PY) -m generator.typescript.generate
	$(PY) -m generator.go.generate
	$(PY) -m generator.hub_calls

check-generated: setup ## Fail if an SDK under clients/ differs from what `make generate` makes
	$(PY) -m generator.python.generate --check
	$(PY) -m generator.typescript.generate --check
	$(PY) -m generator.go.generate --check
	$(PY) -m generator.hub_calls --check

docs: setup ## Render the API reference site from the spec into docs/site/ (open docs/site/index.html)
	$(PY) -m generator.docs.render --out docs/site

setup-browser: ## Install Debian's chromium (for the docs' and the hub's browser tests) unless /usr/bin/chromium is there
	@test -x /usr/bin/chromium || { \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation; }

lint: setup ## Ruff, Prettier, gofmt, go vet and staticcheck, the import-linter layering contracts, vermin
	$(PY) -m ruff check $(SOURCES)
	$(PY) -m ruff format --check $(SOURCES)
	node_modules/.bin/prettier --check --log-level warn --config $(PRETTIER) $(TS_SOURCES)
	@test -z "$$(gofmt -l $(GO_SOURCES))" || { echo "gofmt would change:"; gofmt -l $(GO_SOURCES); exit 1; }
	for module in $(GO_MODULES); do (cd $$module && go vet ./... && go run $(STATICCHECK) ./...) || exit 1; done
	$(VENV)/bin/lint-imports
	$(VENV)/bin/vermin --target=3.8- --violations --no-tips -q clients/python/minimax

typecheck: setup ## mypy --strict over the hand-written code (pyproject.toml says what)
	$(PY) -m mypy

clean: ## Remove .venv, node_modules and caches
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .mypy_cache .hypothesis build dist *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
