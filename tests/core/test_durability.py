"""Every commit the app reported is on disk after a SIGKILL.

A child process adds entries one by one and prints each id after `create` returned
(the transaction committed with synchronous=FULL). The parent reads those lines as its
clock and kills the child with SIGKILL at seeded random moments. After each kill the
vault opens, every reported entry is there with its text, at most one entry more
(committed but killed before it could print) and `verify` passes.
"""

from __future__ import annotations

import os
import random
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

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child_add_loop.py")
sys.path.insert(0, str(CHILD.parent))
from child_add_loop import body_for  # noqa: E402  (the child's own text, not a copy)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def add_until_killed(folder: Path, run: int, lines_first: int,
                     delay: float) -> tuple[dict[int, str], int]:
    """Run the child, SIGKILL it; the ids it reported (id -> label) and its exit status."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), PASSPHRASE, str(run), "400"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO, env=child_env())
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        if first != "open\n":
            child.kill()
            _, err = child.communicate(timeout=60)
            raise AssertionError(f"child did not open the vault: {first!r} {err}")
        lines = []
        for _ in range(lines_first):
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode in (-signal.SIGKILL, 0), err
    reported = {}
    # A line the kill cut short (no newline) was never reported.
    for line in [*lines, *rest.splitlines(keepends=True)]:
        if not line.endswith("\n"):
            continue
        entry_id, label = line.split()
        reported[int(entry_id)] = label
    return reported, child.returncode


@pytest.mark.slow
def test_every_reported_commit_survives_sigkill(tmp_path):
    rng = random.Random(31337)
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    known: dict[int, str] = {}  # every id reported so far, and each accepted extra
    for run in range(6):
        reported, _status = add_until_killed(folder, run, lines_first=rng.randint(1, 40),
                                             delay=rng.uniform(0, 0.01))
        assert reported, "the child reported no commit"
        known.update(reported)
        with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as vault:
            store = EntryStore(vault)
            present = {r["id"]: r["title"] for r in vault.rows("SELECT id, title FROM entries")}
            lost = {i: label for i, label in known.items() if present.get(i) != label}
            assert not lost, f"reported commits lost: {lost}"
            for entry_id, label in reported.items():
                entry = store.get(entry_id)
                assert entry.body == body_for(label)
                assert entry.tags == [f"run{run}"]
            # At most one commit the child did not live to report, and it is the next one.
            extra = {i: t for i, t in present.items() if i not in known}
            assert len(extra) <= 1, extra
            if extra:
                assert list(extra.values()) == [f"{run}-{len(reported)}"]
                known.update(extra)
            assert vault.integrity_problems() == []
        result = subprocess.run(
            [sys.executable, "-m", "journal", "verify", "--vault", str(folder),
             "--passphrase-file", str(pass_file)],
            capture_output=True, text=True, cwd=REPO, env=child_env(), timeout=120,
            check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith(f"ok: {len(present)} ")
