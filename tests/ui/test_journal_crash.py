"""Autosave survives a crash: type in a running app, let the autosave happen, kill the
process without any chance to clean up, and reopen the vault: the text is there."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("journal_autosave_child.py")


def read_line(process: subprocess.Popen, timeout: float) -> str:
    """The next line the child prints, waiting at most `timeout` seconds (no sleeping)."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    try:
        while (left := deadline - time.monotonic()) > 0:
            if selector.select(left):
                line = process.stdout.readline()
                if not line:
                    raise AssertionError(f"the child ended: {process.stderr.read()}")
                return line.strip()
        raise AssertionError("the child said nothing in time")
    finally:
        selector.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_autosaved_text_survives_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    text = "Written just before the lights went out, æøå ✓"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), PASSPHRASE, str(tmp_path / "s.ini"), text],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert read_line(process, 60) == "typed"
        saved = read_line(process, 30)  # the autosave, about a second after typing
        assert saved.startswith("saved ")
        entry_id = int(saved.split()[1])
    finally:
        process.send_signal(signal.SIGKILL)  # no atexit, no close(), no checkpoint
        process.wait(30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as vault:
        entry = EntryStore(vault).get(entry_id)
        assert entry.body == text
        assert EntryStore(vault).count() == 1
