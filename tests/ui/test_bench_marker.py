"""main.py's benchmark hook (HAVEN_EXIT_AT_UNLOCK=1, used by bench/gui_bench.py), the bug
notice it installs, and what starting the app imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_exit_at_unlock_prints_the_marker_and_leaves(tmp_path):
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    before = sorted(p.name for p in folder.iterdir())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HAVEN_EXIT_AT_UNLOCK": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "--vault", str(folder)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    marker = result.stdout.strip().splitlines()[-1].split()
    assert marker[0] == "haven-unlock-screen-shown" and float(marker[1]) > 0
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing left behind



def test_starting_the_app_does_not_import_the_export_zip_library():
    # pyzipper and its crypto take about 0.1 s to import: only an export needs them.
    # (journal.export_container, which the export dialog names, uses only what the key
    # slots have loaded already.)
    code = "import sys, ui.app; print(sorted(m for m in sys.modules if m == 'journal.export'" \
           " or m.startswith(('pyzipper', 'Cryptodome'))))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.slow
def test_starting_the_app_installs_the_bug_notice(tmp_path):
    # Tests build the app through create_app() and keep pytest's hooks; only main()
    # installs Haven's, so it is checked here, in a process of its own (main() also
    # hardens the process and takes over its signals).
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HAVEN_EXIT_AT_UNLOCK": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code = ("import sys, threading, main; code = main.main(['--vault', sys.argv[1]]); "
            "print(*(type(getattr(hook, '__self__', None)).__name__ for hook in "
            "(sys.excepthook, threading.excepthook, sys.unraisablehook))); sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, str(folder)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "BugNotice BugNotice BugNotice"
