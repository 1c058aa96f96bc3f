"""Autosave survives a crash: type in a running app, let the autosave happen, kill the
process without any chance to clean up, and reopen the vault: the text is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import LineReader

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("journal_autosave_child.py")


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
    reader = LineReader(process)
    try:
        assert reader.next(60) == "typed"
        saved = reader.next(30)  # the autosave, about a second after typing
        assert saved.startswith("saved ")
        entry_id = int(saved.split()[1])
    finally:
        process.send_signal(signal.SIGKILL)  # no atexit, no close(), no checkpoint
        process.wait(30)
        reader.thread.join(30)  # the pipe's end follows the kill
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as vault:
        entry = EntryStore(vault).get(entry_id)
        assert entry.body == text
        assert EntryStore(vault).count() == 1
