"""At start Haven (app and command line) makes its process undumpable on Linux: no core
file holding key material or decrypted pages, no same-user debugger attach."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="PR_SET_DUMPABLE is Linux's")

# Prints the child's dumpable flag and core limit after running `code`.
PROBE = """
import ctypes, resource
{code}
libc = ctypes.CDLL(None)
print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))
"""


def probe(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", PROBE.format(code=code)],
                            capture_output=True, text=True, cwd=REPO, env=env, check=True)
    return result.stdout.strip()


def test_harden_makes_the_process_undumpable_with_no_core_file():
    assert probe("pass").startswith("1 ")  # the probe can see the difference
    assert probe("from journal import process; assert process.harden()") == "0 (0, 0)"


@pytest.mark.parametrize("entry", ["main.py", "journal/__main__.py"])
def test_both_entry_points_harden_before_anything_else(entry):
    text = (REPO / entry).read_text()
    harden = text.index("process.harden()")
    assert harden < text.index("create_app(argv)" if entry == "main.py" else "main()\n")
