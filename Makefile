# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/haven_nl.ts
QM := resources/translations/haven_nl.qm
# English needs only its plural forms ("1 entry", "2 entries"): the sources say "%n entries".
TS_EN := resources/translations/haven_en.ts
QM_EN := resources/translations/haven_en.qm

.PHONY: run test lint translations bench bench-quick bench-jrnl launcher clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

$(QM_EN): $(TS_EN) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

run: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

# Re-scan the sources for tr() strings; then translate the new ones in the .ts files
# (in haven_en.ts only the English plural forms of the strings with a count).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS_EN) -no-obsolete \
		-pluralonly -source-language en -target-language en_GB

# A launcher in the desktop's applications menu ($$XDG_DATA_HOME/applications) that
# starts this checkout; in discreet mode with the neutral name and icon.
launcher: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/python -m ui.launcher

# The whole benchmark suite (bench/README.md); writes bench/RESULTS.md. Slow: about
# 30-45 minutes on the 2-core reference machine once the vaults exist (building them the
# first time adds about ten). `make bench-quick` is a smaller run (about a minute)
# that only prints.
bench: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/python bench/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_bench.py
	$(BIN)/python bench/jrnl_bench.py
	$(BIN)/python bench/import_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/checkins_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/report_bench.py

bench-quick: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/python bench/run.py --sizes 1000,10000 --reps 50 --unlock-runs 5 --cli-runs 5
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_bench.py --sizes 10000 --runs 3 \
		--quick-exit-runs 2 --no-write
	$(BIN)/python bench/jrnl_bench.py --sizes 10000 --runs 3 --no-write

# Only the comparison with jrnl 4.6 (installs it into bench/.venv-jrnl on first use).
bench-jrnl: $(STAMP)
	$(BIN)/python bench/jrnl_bench.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info $(QM) $(QM_EN)
