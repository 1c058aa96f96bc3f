"""A logout or `kill` (SIGTERM) closes Haven as the window's close does: the demo
journal's temp folder is removed and the process ends cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_the_app_and_removes_the_demo_folder(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen([sys.executable, str(REPO / "main.py"), "--demo"], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        # Ready once the demo vault exists and holds its database.
        while not list(tmp_path.glob("haven-demo-*/**/haven.db")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the demo never started"
            time.sleep(0.1)
        time.sleep(0.5)  # let the event loop start
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert not list(tmp_path.glob("haven-demo-*"))
