# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/haven_nl.ts
QM := resources/translations/haven_nl.qm

DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint translations bench bench-quick bench-jrnl launcher dist notices clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff, and mypy: strict on journal/, normal on ui/ and cli/ ([tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Re-scan the sources for tr() strings; then translate the new ones in the .ts file.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS) -no-obsolete

# A launcher in the desktop's applications menu ($$XDG_DATA_HOME/applications) that
# starts this checkout; in discreet mode with the neutral name and icon.
launcher: $(STAMP) $(QM)
	$(BIN)/python -m ui.launcher

# The whole benchmark suite (bench/README.md); writes bench/RESULTS.md. Slow: about
# 30-45 minutes on the 2-core reference machine once the vaults exist (building them the
# first time adds about ten). `make bench-quick` is a smaller run (about a minute)
# that only prints.
bench: $(STAMP) $(QM)
	$(BIN)/python bench/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_bench.py
	$(BIN)/python bench/jrnl_bench.py
	$(BIN)/python bench/import_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/checkins_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/report_bench.py
	$(BIN)/python bench/search_bench.py --size 10000
	$(BIN)/python bench/reader_bench.py --size 10000

bench-quick: $(STAMP) $(QM)
	$(BIN)/python bench/run.py --sizes 1000,10000 --reps 50 --unlock-runs 5 --cli-runs 5
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_bench.py --sizes 10000 --runs 3 \
		--quick-exit-runs 2 --no-write
	$(BIN)/python bench/jrnl_bench.py --sizes 10000 --runs 3 --no-write

# Only the comparison with jrnl 4.6 (installs it into bench/.venv-jrnl on first use).
bench-jrnl: $(STAMP)
	$(BIN)/python bench/jrnl_bench.py

# The standalone Linux builds (packaging/README.md): dist/haven_<version>_amd64.deb and
# dist/haven-<version>-linux-x86_64.tar.gz, plus the wheel and sdist. Slow (a few
# minutes); not part of `make test`. Then: packaging/smoke.sh on the extracted package.
dist: $(DIST_STAMP) $(QM)
	rm -rf build/icons build/deb dist/haven
	$(BIN)/python packaging/render_icons.py build/icons > /dev/null
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/haven.spec
	$(BIN)/python packaging/make_deb.py dist/haven dist
	$(BIN)/python -m build --outdir dist . > /dev/null

# The licences of the runtime dependencies, after adding or upgrading one.
notices: $(STAMP)
	$(BIN)/python packaging/make_notices.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info $(QM)
