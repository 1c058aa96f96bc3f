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

DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test test-tools lint translations bench bench-quick bench-jrnl launcher dist notices clean

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

$(QM_EN): $(TS_EN) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

run: $(STAMP) $(QM) $(QM_EN)
	$(BIN)/python main.py $(ARGS)

# Coverage of journal/, ui/ and main.py, worker threads included (pyproject.toml); below
# fail_under the run fails (for some tests only: PYTEST_ARGS="-k ... --cov-fail-under=0").
# The total is the last line. mypy as in `make lint` (a full run takes seconds).
test: $(STAMP) $(QM) $(QM_EN) test-tools
	$(BIN)/ruff check .
	$(BIN)/mypy
	rm -f .coverage .coverage.*
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov --cov-report= $(PYTEST_ARGS)
	@echo "Coverage (statements reached): $$($(BIN)/python -m coverage report --format=total)%"

# Programs some privacy tests run: a real X server with xprop (the window's class and
# title in discreet mode) and xdotool (real keys, mouse and wheel for the idle lock, the
# quick exit and the wheel guard), and a D-Bus session bus (the screen-lock signal). Installed
# with apt-get when missing, on Debian-like systems as root; otherwise those tests are
# skipped, and say so at the end of the run (.ci/run fails on such a skip instead).
TEST_TOOLS := Xvfb:xvfb xprop:x11-utils xdotool:xdotool dbus-daemon:dbus dbus-send:dbus
test-tools: $(STAMP)
	@missing=$$(for pair in $(TEST_TOOLS); do \
		command -v $${pair%%:*} >/dev/null 2>&1 || echo $${pair#*:}; done | sort -u | xargs); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing for the privacy tests: $$missing"; \
		export DEBIAN_FRONTEND=noninteractive; \
		{ apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1 || \
		  { apt-get update -qq >/dev/null 2>&1 && \
		    apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1; }; } || \
		echo "Could not install $$missing: the tests that need them will be skipped."; \
	else \
		echo "Not installed: $$missing (apt-get install them as root); the tests that" \
			"need them will be skipped."; \
	fi
	@# The X11 tests start Qt's xcb plugin, which needs a few system libraries (ui/qt_libs.py).
	@libs=$$(QT_QPA_PLATFORM=xcb $(BIN)/python -c "from ui import qt_libs; \
		print(' '.join(sorted({qt_libs.debian_package(s) for s in qt_libs.missing_for_xcb()})))" \
		2>/dev/null); \
	if [ -n "$$libs" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing for Qt's X11 plugin: $$libs"; \
		export DEBIAN_FRONTEND=noninteractive; \
		{ apt-get install -y -qq --no-install-recommends $$libs >/dev/null 2>&1 || \
		  { apt-get update -qq >/dev/null 2>&1 && \
		    apt-get install -y -qq --no-install-recommends $$libs >/dev/null 2>&1; }; } || \
		echo "Could not install $$libs: the X11 tests will fail to start Qt."; \
	fi

# ruff, and mypy: strict on journal/, normal on ui/ and cli/ ([tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Re-scan the sources for tr() strings; then translate the new ones in the .ts files
# (in haven_en.ts only the English plural forms of the strings with a count).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS) -no-obsolete -locations none
	$(BIN)/pyside6-lupdate main.py $$(find ui -name '*.py') -ts $(TS_EN) -no-obsolete -locations none \
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
	$(BIN)/python bench/search_bench.py --size 10000
	$(BIN)/python bench/reader_bench.py --size 10000

bench-quick: $(STAMP) $(QM) $(QM_EN)
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
dist: $(DIST_STAMP) $(QM) $(QM_EN)
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
	rm -rf $(VENV) .pytest_cache build dist *.egg-info $(QM) $(QM_EN) .coverage .coverage.*
