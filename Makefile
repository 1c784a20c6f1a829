# Reproducible analysis of child-labour and trafficking enforcement reports.
# `make report` runs the main job and `make test` the tests; both set everything up first.

.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
COUNTRIES ?=
# The raw folder to clean and report on, and where its tables and reports go: data/clean and
# reports/ for the project's own data/raw, else build/<name of the folder>/ (so that cleaning
# another folder never overwrites the committed data/clean). Each can be set on the command line.
RAW ?= data/raw
RAW_IS_OURS := $(filter $(abspath data/raw),$(abspath $(RAW)))
CLEAN ?= $(if $(RAW_IS_OURS),data/clean,build/$(notdir $(abspath $(RAW)))/clean)
REPORTS ?= $(if $(RAW_IS_OURS),reports,build/$(notdir $(abspath $(RAW)))/reports)

.PHONY: help setup data report notebooks sync test test-unit test-notebooks lint benchmark benchmark-size robustness tip-forms clean workshop

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

setup: $(STAMP) ## Create .venv from the lock file (quick when already done)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

data: setup ## Clean RAW (default data/raw) into CLEAN (tables, texts, repairs, datapackage.json)
	$(PY) -m analysis clean --raw $(RAW) --out $(CLEAN) --jobs $(JOBS)

# A rejected file makes `clean` exit 1 after writing the others: the report still runs on them,
# and the exit status is still 1.
report: setup ## The main job: clean RAW into CLEAN, then run every notebook into REPORTS
	@status=0; $(PY) -m analysis clean --raw $(RAW) --out $(CLEAN) --jobs $(JOBS) || status=$$?; \
	test $$status -le 1 -a -f $(CLEAN)/documents.csv || exit $$status; \
	$(PY) -m analysis report --data $(CLEAN) --out $(REPORTS) --jobs $(JOBS) \
		$(if $(COUNTRIES),--countries $(COUNTRIES)) || status=$$?; \
	exit $$status

notebooks: setup ## Re-clean data/raw and re-execute the committed notebooks in place (nbval checks them)
	$(PY) -m analysis clean --raw data/raw --out data/clean --jobs $(JOBS)
	$(PY) -m analysis.report --execute-committed
	$(PY) notebooks/workshop/build_notebooks.py solutions

sync: setup ## Keep each notebook's .py (reviewed source) and .ipynb in sync
	$(VENV)/bin/jupytext --sync notebooks/*.py notebooks/workshop/solution_*.py

test: setup ## Run the whole test suite (unit, integration, nbval on every notebook)
	$(PY) -m pytest -q -p no:cacheprovider --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg \
		tests $(wildcard notebooks/*.ipynb) $(wildcard notebooks/workshop/solution_*.ipynb)

test-unit: setup ## Only the fast unit tests
	$(PY) -m pytest -q -p no:cacheprovider tests/unit

workshop: setup ## Write the workshop's student copies (notebooks/workshop/exercise_*.ipynb)
	$(PY) notebooks/workshop/build_notebooks.py students

lint: setup ## ruff on the package, tests and notebooks
	$(VENV)/bin/ruff check analysis tests notebooks benchmarks

benchmark: setup ## Time the clean job, and the batch report on warm kernels against papermill
	$(PY) benchmarks/bench_clean.py
	$(PY) benchmarks/bench_report.py $(BENCH_REPORT_ARGS)

benchmark-size: setup ## Seconds and MB/s of the clean job on one file of 2, 8 and 50 MB (SIZES="1 5" for others)
	$(PY) benchmarks/bench_size.py $(if $(SIZES),--sizes $(SIZES))

robustness: setup ## Agreement under learnt OCR damage (FOLDERS="2015" LEVELS="2" LIMIT=20 for a quick run)
	$(PY) benchmarks/robustness.py $(if $(FOLDERS),--folders $(FOLDERS)) $(if $(LEVELS),--levels $(LEVELS)) $(if $(LIMIT),--limit $(LIMIT))

tip-forms: setup ## TIP scores per form of the excerpts: as is, flowed PDF text, OCR, Markdown (TIP_FOLDERS="DIR ..." for other sets)
	$(PY) benchmarks/tip_forms.py $(if $(TIP_FOLDERS),--folders $(TIP_FOLDERS))

clean: ## Remove generated reports, caches and the virtual environment
	rm -rf reports .pytest_cache .ruff_cache .hypothesis $(VENV) *.egg-info notebooks/workshop/work
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
