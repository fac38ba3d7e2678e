# One command to run the app, one to run the tests; both set up .venv from scratch when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8501
# Boundaries: a checked copy beside the checkout if there is one, else the user's cache (downloaded once).
SHARED_GEO := $(wildcard ../shared/geo)
ifneq ($(SHARED_GEO),)
export METROCASE_GEO_DIR ?= $(abspath $(SHARED_GEO))
endif

.PHONY: run test lint check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## serve the app on the embedded data at http://127.0.0.1:8501
	$(BIN)/streamlit run streamlit_app.py --server.address $(HOST) --server.port $(PORT)

test: $(STAMP)  ## lint, check the shipped data, run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/python -m dashboard check
	$(BIN)/python -m pytest

bench: $(STAMP)  ## rerun time of /compare after an indicator change, beside an empty app (AppTest)
	$(BIN)/python benchmarks/rerun.py

lint: $(STAMP)
	$(BIN)/ruff check .

check: $(STAMP)  ## validate data/ (python -m dashboard check)
	$(BIN)/python -m dashboard check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
