# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/haven_nl.ts
QM := resources/translations/haven_nl.qm

.PHONY: run test lint translations bench launcher clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

# Re-scan the sources for tr() strings; then translate the new ones in the .ts file.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS) -no-obsolete

# A launcher in the desktop's applications menu ($$XDG_DATA_HOME/applications) that
# starts this checkout; in discreet mode with the neutral name and icon.
launcher: $(STAMP) $(QM)
	$(BIN)/python -m ui.launcher

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info $(QM)
