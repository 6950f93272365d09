# One entry point. A fresh machine needs only Python 3.11 and pip.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
SANITIZE := tests/nbval_sanitize.cfg

.PHONY: run test lab notebooks report clean install

## run: install (if needed), execute every notebook on data/articles, write exports/
run: $(STAMP)
	$(PY) -m jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=1200 \
	  --output-dir exports/notebooks $(NOTEBOOKS)
	@echo "Charts and tables: exports/"

## test: helper tests and every notebook under nbval, in the same environment
test: $(STAMP)
	$(PY) -m pytest -q tests notebooks --nbval-lax --nbval-sanitize-with $(SANITIZE)

## lab: JupyterLab on the project environment
lab: $(STAMP)
	$(PY) -m jupyter lab notebooks

## notebooks: re-execute notebooks in place (before committing), clearing volatile metadata
notebooks: $(STAMP)
	$(PY) -m jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=1200 $(NOTEBOOKS)
	$(PY) scripts/tidy_notebooks.py $(NOTEBOOKS)

## report: execute every notebook and write exports/report.html (code hidden, charts embedded, one file)
report: $(STAMP)
	$(PY) scripts/build_report.py $(NOTEBOOKS) --out exports/report.html

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements.lock  # the lock lists every dependency; --no-deps keeps pip from re-resolving extras (lxml[html_clean]) against newer releases
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

## clean: delete exports/ and the cache ($$READOUT_CACHE, default .cache/); only the cache's own
## subfolders are removed, so a READOUT_CACHE pointing at a shared folder loses nothing else
CACHE := $(or $(READOUT_CACHE),.cache)
CACHE_PARTS := read duplicates docs rows tables
clean:
	rm -rf exports $(addprefix "$(CACHE)"/,$(CACHE_PARTS))
	rmdir "$(CACHE)" 2>/dev/null || true
