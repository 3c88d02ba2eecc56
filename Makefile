# Two commands are all the set-up there is: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
export PYQTGRAPH_QT_LIB := PySide6

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-es lint bench bench-quick clean translations

# The venv is rebuilt when missing or when pyproject.toml is newer than the last install.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

# Compiled translations are build products: made from the committed .ts sources.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: extract them again and fill in the Spanish.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete tracker/ui/*.py tracker/timeline/*.py -ts resources/translations/tracker_es.ts
	$(BIN)/python scripts/translate_es.py resources/translations/tracker_es.ts
	$(MAKE) $(QM)

run: $(STAMP) $(QM)
	$(BIN)/vaccine-tracker

lint: $(TEST_STAMP)
	$(BIN)/ruff check tracker tests bench curation
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(TEST_STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The same suite with a Spanish (Mexico) system locale: nothing may depend on English.
test-es: $(TEST_STAMP) $(QM)
	LANG=es_MX.UTF-8 LC_ALL=es_MX.UTF-8 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

bench-quick: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) build *.egg-info
