# One command to run the app, one to run the tests; both set up .venv from scratch when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One stamp per lock: `make run` installs only the runtime (Playwright alone is 165 MB), `make test` the rest;
# a changed lock file reinstalls.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PLATFORM := x86_64-unknown-linux-gnu
UV ?= uv
LOCK_FLAGS ?=
HOST ?= 127.0.0.1
PORT ?= 8501
BENCH_FLAGS ?=
STORY ?= eight-areas
# Streamlit processes behind nginx for make serve (default: the machine's cores).
WORKERS ?= $(shell nproc 2>/dev/null || echo 1)
# make prewarm URL=http://HOST:PORT warms that running server; SESSIONS random route keys reach every one of
# WORKERS processes behind make serve but with a chance of about WORKERS * e^-8 (README, Seminar stories).
URL ?=
SESSIONS ?= $(shell echo $$((8 * $(WORKERS))))

.PHONY: run serve test lint check bench clean lock prewarm

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exact versions from the locks, then the project itself without resolving anything (no newer release sneaks in).
$(RUN_STAMP): requirements/run.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/run.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(TEST_STAMP): requirements/test.txt $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -r requirements/test.txt
	touch $@

run: $(RUN_STAMP)  ## serve the app on the embedded data at http://$(HOST):$(PORT) (make run HOST=0.0.0.0 PORT=8080)
	$(BIN)/streamlit run streamlit_app.py --server.address $(HOST) --server.port $(PORT)

# nginx (Debian's package) in front of WORKERS processes, sticky per visitor; Ctrl-C stops everything cleanly.
serve: $(RUN_STAMP)  ## serve with WORKERS Streamlit processes behind nginx at http://$(HOST):$(PORT)
	$(BIN)/python scripts/serve.py --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: $(TEST_STAMP)  ## lint, check the shipped data, run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/python -m dashboard check
	$(BIN)/python -m pytest

# make bench BENCH_FLAGS=--100 adds 100 simultaneous sessions; --help lists the rest.
bench: $(RUN_STAMP)  ## every benchmark of DESIGN §7 beside an empty app in the same run: a table and one JSON object
	$(BIN)/python benchmarks/bench.py $(BENCH_FLAGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

check: $(RUN_STAMP)  ## validate data/ (python -m dashboard check)
	$(BIN)/python -m dashboard check

# Before a talk: every step of a story rendered once (both languages), with the seconds each took; with URL, in the
# running server (every process behind make serve), so that its caches are warm.
prewarm: $(RUN_STAMP)  ## render every step of a story once, timed (make prewarm STORY=id URL=http://HOST:PORT)
	$(BIN)/python -m dashboard prewarm --story $(STORY) $(if $(URL),--url '$(URL)' --sessions $(SESSIONS))

lock:  ## re-resolve the locks from PyPI for Python 3.11 on Linux x86_64 (needs uv)
	$(UV) pip compile pyproject.toml requirements/build.in $(LOCK_FLAGS) --python-version 3.11 \
		--python-platform $(PLATFORM) --custom-compile-command 'make lock' -o requirements/run.txt
	$(UV) pip compile pyproject.toml --extra test -c requirements/run.txt $(LOCK_FLAGS) --python-version 3.11 \
		--python-platform $(PLATFORM) --custom-compile-command 'make lock' -o requirements/test.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
