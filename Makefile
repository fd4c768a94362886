# The bulutfon SDK. `make test` sets up everything it needs from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HANDWRITTEN := bulutfon_ext tests bench examples docs generator

.PHONY: install generate check-generated duplicates lint test record demo bench bench-smoke reliability mutation docs deps-range clean

install: $(STAMP)

# Re-runs only when the pins or the project metadata change, so a second `make install` is instant.
$(STAMP): requirements-dev.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bulutfon needs Python 3.11 or newer; set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

# The low-level client from the spec, then the sync twins from their async sources (unasync).
generate: $(STAMP)
	generator/generate.sh generated/bulutfon_api
	@echo "generated/bulutfon_api rebuilt from spec/bulutfon-v1.yaml"
	$(BIN)/python generator/unasync_twins.py
	@echo "bulutfon_ext/_async/attached.py and bulutfon_ext/_sync rebuilt from bulutfon_ext/_async and bulutfon_ext/resources"
	$(BIN)/python generator/cli_listing.py
	@echo "bulutfon_ext/cli/_listing.py rebuilt from the command modules"
	$(BIN)/python generator/factories.py
	@echo "bulutfon_ext/_factories.py rebuilt from the spec's examples"

# Every generated file, made afresh in a temporary root and compared with the committed one: the
# client from the spec, the sync twins and client attributes from their async sources, the CLI's
# help listing from the command modules, the testing factories from the spec's examples.
GENERATED := generated/bulutfon_api bulutfon_ext/_sync bulutfon_ext/_async/attached.py bulutfon_ext/cli/_listing.py bulutfon_ext/_factories.py

check-generated: $(STAMP)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	generator/generate.sh "$$tmp/generated/bulutfon_api"; \
	$(BIN)/python generator/unasync_twins.py "$$tmp"; \
	$(BIN)/python generator/cli_listing.py "$$tmp/bulutfon_ext/cli/_listing.py"; \
	$(BIN)/python generator/factories.py "$$tmp"; \
	stale=0; for path in $(GENERATED); do \
	  diff -rq -x __pycache__ "$$path" "$$tmp/$$path" >>"$$tmp/diff.txt" 2>&1 || stale=1; \
	done; \
	if [ $$stale = 1 ]; then \
	  echo "generated files do not match a fresh generation from their sources (stale, or edited by hand):"; \
	  sed -e 's|^Files \([^ ]*\) and .* differ$$|\1 differs|' -e "s|^diff: $$tmp/\([^ :]*\): .*|missing: \1|" \
	      -e "s|^Only in $$tmp/\(.*\): |missing: \1/|" \
	      -e 's|^Only in \(.*\): |has no source (remove it): \1/|' -e 's|^|  |' "$$tmp/diff.txt"; \
	  echo "Run 'make generate' and commit the result; edit the spec, generator/templates or the handwritten sources, never a generated file."; \
	  exit 1; \
	fi; echo "generated files are up to date with their sources ($(GENERATED))"

# Repeated code in the handwritten files (HANDWRITTEN, less every file stamped "do not edit"),
# with the developers' `duplicates` tool where it is installed. It only reports: never fails.
duplicates:
	@if ! command -v duplicates >/dev/null 2>&1; then \
	  echo "duplicates is not on PATH: nothing checked"; exit 0; \
	fi; \
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	git ls-files -co --exclude-standard $(HANDWRITTEN) | while IFS= read -r file; do \
	  [ -f "$$file" ] || continue; \
	  head -n 1 "$$file" | grep -q 'do not edit' && continue; \
	  mkdir -p "$$tmp/$$(dirname "$$file")" && cp "$$file" "$$tmp/$$file"; \
	done; \
	cd "$$tmp" && duplicates --most 60 --seconds 120

lint: $(STAMP)
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)
	$(BIN)/mypy --strict bulutfon_ext tests
	$(BIN)/python -m openapi_spec_validator spec/bulutfon-v1.yaml

# Replay only: recorded tests answer from cassettes/, and nothing but loopback (the fake) is reachable.
PYTEST_REPLAY := --record-mode=none --block-network --allowed-hosts='^(127\.0\.0\.1|localhost|::1)$$'

test: $(STAMP) lint check-generated
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_REPLAY)

# Re-records cassettes/ against the fake (deterministic: the same bytes every time). With
# BULUTFON_RECORD_LIVE=1 and BULUTFON_ACCESS_TOKEN set it records the live API instead; tests that
# change the account or cost money then also need BULUTFON_RECORD_COSTLY=1.
record: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/recorded --record-mode=rewrite

# The SDK doing its main job, offline: a guided tour against a fake Bulutfon on loopback.
demo: $(STAMP)
	$(BIN)/python examples/tour.py

# Hostile loopback servers, a fuzz of every public method, a secrets sweep and schemathesis over
# the fake, printed as figures (make test runs the same with small counts).
reliability: $(STAMP)
	$(BIN)/python -m tests.reliability.run

# On demand: a scripted list of mutations of the handwritten code, each of which a test must notice.
mutation: $(STAMP)
	$(BIN)/python -m tests.mutation.run

# On demand: the SDK against raw httpx, written to bench/results.md (several minutes). Timings
# belong here, never in assertions.
bench: $(STAMP)
	$(BIN)/python bench/run.py

# The same harness with tiny sizes and one round (CI runs it, so it never rots); its report goes
# to .bench-smoke.md, not over the committed results.
bench-smoke: $(STAMP)
	$(BIN)/python bench/run.py --smoke --out .bench-smoke.md

# The declared ranges of httpx, attrs, typer, rich, starlette, uvicorn (and PyYAML) at both ends:
# the floors and the newest releases, each in its own venv, on a focused subset of the tests.
deps-range:
	PYTHON=$(PYTHON) .ci/deps-range lowest
	PYTHON=$(PYTHON) .ci/deps-range newest

# The HTML reference (site/index.html): both layers from their docstrings, the operations from the
# spec, every command's help. Strict: a warning (broken link, unparsable docstring) fails it.
DOCS_VENV := .venv-docs
DOCS_STAMP := $(DOCS_VENV)/.installed

$(DOCS_STAMP): docs/requirements.txt
	@test -x $(DOCS_VENV)/bin/python || $(PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r docs/requirements.txt
	@touch $@

docs: $(STAMP) $(DOCS_STAMP)
	$(BIN)/python docs/gen_pages.py docs/generated
	NO_MKDOCS_2_WARNING=1 $(DOCS_VENV)/bin/mkdocs build --strict --quiet
	@echo "docs built: site/index.html"

clean:
	rm -rf $(VENV) $(DOCS_VENV) .venv-deps-lowest .venv-deps-newest .pytest_cache .mypy_cache .ruff_cache .demo-output site docs/generated .bench-smoke.md
