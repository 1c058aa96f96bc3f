"""A passphrase change or a re-encryption cut off at any moment leaves a vault that opens.

First in process: the steps of the atomic keys.json write are made to fail one by one
(before and during the temp write, after it, before and after os.replace, at the
folder fsync). Then for real: a child process changes the passphrase (or re-encrypts)
over and over and is killed with SIGKILL at seeded random moments.

After each: exactly one of the old and the new passphrase opens the vault (the other
is a WrongSecret), every entry is intact and the integrity checks pass.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import journal.files
from journal.entries import EntryStore
from journal.errors import WrongSecret
from journal.keyslots import KEYFILE_FORMAT, KeyFile, Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.sqlcipher_pages import file_salt, journal_pages

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
KDF_ARG = f"{FAST_KDF.iterations},{FAST_KDF.memory_kib},{FAST_KDF.lanes}"
NEW_PASSPHRASE = "another calm passphrase"
PASS_A = "passphrase number A"
PASS_B = "passphrase number B"

Snapshot = dict[int, tuple[str, str, str, tuple[str, ...]]]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journal", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO, env=child_env(),
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


def fill(vault: Vault, n: int) -> Snapshot:
    store = EntryStore(vault)
    with vault.transaction():
        for i in range(n):
            store.create(EntryDraft(date(2025, 4, 1 + i % 28), title=f"entry {i}",
                                    body=f"Body of entry {i}, with ë and ĳ. " * (5 + i % 40),
                                    mood=1 + i % 5, tags=[f"tag{i % 4}"]))
    return contents(vault)


def contents(vault: Vault) -> Snapshot:
    store = EntryStore(vault)
    result: Snapshot = {}
    for row in vault.rows("SELECT id FROM entries"):
        e = store.get(row["id"])
        result[e.id] = (e.entry_date.isoformat(), e.title, e.body, tuple(e.tags))
    return result


def opening_passphrases(folder: Path, candidates: list[str]) -> list[str]:
    """Which of the candidates open the vault; the others must be WrongSecret."""
    opened = []
    for passphrase in candidates:
        try:
            vault = Vault.open(folder, Secret.passphrase(passphrase))
        except WrongSecret:
            continue
        vault.close()
        opened.append(passphrase)
    return opened


def check_intact(folder: Path, passphrase: str, expected: Snapshot) -> None:
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        assert vault.integrity_problems() == []
        assert contents(vault) == expected


def cli_verify(folder: Path, passphrase: str, tmp_path: Path) -> None:
    pass_file = tmp_path / "verify-pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    result = run_cli("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:"), result.stdout


# -- failing at each step of the keys.json replacement --------------------------------------

class InjectedFailure(OSError):
    def __init__(self, step: str) -> None:
        super().__init__(errno.EIO, f"injected failure: {step}")


def _is_tmp(path: object) -> bool:
    return str(path).endswith("keys.json.tmp")


def inject(step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the keys.json write fail at `step` (patches undone by the caller's context)."""
    real_open, real_write, real_replace = os.open, os.write, os.replace
    tmp_fds: set[int] = set()

    def tracking_open(path, flags, mode=0o777, *args, **kwargs):
        fd = real_open(path, flags, mode, *args, **kwargs)
        if _is_tmp(path):
            tmp_fds.add(fd)
        return fd

    match step:
        case "before-temp-write":
            def failing_open(path, flags, mode=0o777, *args, **kwargs):
                if _is_tmp(path):
                    raise InjectedFailure(step)
                return real_open(path, flags, mode, *args, **kwargs)
            monkeypatch.setattr(os, "open", failing_open)
        case "during-temp-write":  # half the bytes reach the file, then the "crash"
            def half_write(fd, data):
                if fd in tmp_fds:
                    real_write(fd, bytes(data)[:len(data) // 2])
                    raise InjectedFailure(step)
                return real_write(fd, data)
            monkeypatch.setattr(os, "open", tracking_open)
            monkeypatch.setattr(os, "write", half_write)
        case "after-temp-write":  # written but never synced
            def failing_fsync(fd):
                raise InjectedFailure(step)
            monkeypatch.setattr(os, "fsync", failing_fsync)
        case "before-replace":
            def failing_replace(src, dst, *args, **kwargs):
                raise InjectedFailure(step)
            monkeypatch.setattr(os, "replace", failing_replace)
        case "after-replace":  # the rename happened, then the process "died"
            def replace_then_fail(src, dst, *args, **kwargs):
                real_replace(src, dst, *args, **kwargs)
                raise InjectedFailure(step)
            monkeypatch.setattr(os, "replace", replace_then_fail)
        case "folder-fsync":
            def failing_folder_fsync(folder):
                raise InjectedFailure(step)
            monkeypatch.setattr(journal.files, "fsync_folder", failing_folder_fsync)
        case _:
            raise AssertionError(step)


# step -> whether the new passphrase is in force afterwards
STEPS = {
    "before-temp-write": False,
    "during-temp-write": False,
    "after-temp-write": False,
    "before-replace": False,
    "after-replace": True,
    "folder-fsync": True,
}


@pytest.mark.parametrize("step", list(STEPS))
def test_passphrase_change_failing_at_each_step(step, tmp_path, monkeypatch):
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        expected = fill(vault, 25)
        with monkeypatch.context() as m:
            inject(step, m)
            with pytest.raises(InjectedFailure):
                vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF, keep_key=True)
    finally:
        vault.close()

    opened = opening_passphrases(folder, [PASSPHRASE, NEW_PASSPHRASE])
    assert opened == [NEW_PASSPHRASE if STEPS[step] else PASSPHRASE]
    check_intact(folder, opened[0], expected)
    # keys.json itself is whole JSON, whatever was left in keys.json.tmp.
    assert json.loads((folder / "keys.json").read_text())["format"] == KEYFILE_FORMAT


def test_a_failed_change_can_be_retried(tmp_path, monkeypatch):
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        expected = fill(vault, 5)
        with monkeypatch.context() as m:
            inject("during-temp-write", m)
            with pytest.raises(InjectedFailure):
                vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF, keep_key=True)
        vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF, keep_key=True)
    assert opening_passphrases(folder, [PASSPHRASE, NEW_PASSPHRASE]) == [NEW_PASSPHRASE]
    check_intact(folder, NEW_PASSPHRASE, expected)


# -- SIGKILL in the middle ------------------------------------------------------------------

def run_until_killed(args: list[str], lines_first: int, delay: float = 0.0,
                     until: Callable[[], bool] | None = None) -> tuple[list[str], int]:
    """Start a child, read its "open" line and `lines_first` more, then wait `delay`
    seconds, or busy-wait until `until()` is true, and SIGKILL it. Returns every line it
    printed (also those after our reads) and its exit status (-SIGKILL, or 0 if it
    finished its bounded loop first)."""
    child = subprocess.Popen([sys.executable, *args], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
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
            lines.append(line.strip())
        if until is None:
            time.sleep(delay)
        else:
            while child.poll() is None and not until():
                pass
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    lines += rest.split()
    status = child.returncode
    assert status in (-signal.SIGKILL, 0), f"child failed ({status}): {err}"
    if status == 0:
        assert err == "", err
    return [line for line in lines if line], status


@pytest.mark.slow
def test_sigkill_during_repeated_passphrase_changes(tmp_path):
    rng = random.Random(20250504)
    folder = tmp_path / "vault"
    with Vault.create(folder, PASS_A, kdf=FAST_KDF) as vault:
        expected = fill(vault, 40)
    names = {"A": PASS_A, "B": PASS_B}
    current = "A"
    tmp = folder / "keys.json.tmp"
    for kill in range(10):
        other = "B" if current == "A" else "A"
        # Every other kill is aimed: as soon as the temp key file exists, i.e. between
        # its creation and os.replace (a kill there leaves it behind, so clear it first
        # to aim at the next one). The others land at random moments.
        aimed = kill % 2 == 1
        if aimed:
            tmp.unlink(missing_ok=True)
        lines, _status = run_until_killed(
            [str(HERE / "child_passwd_loop.py"), str(folder), f"{current}={names[current]}",
             f"{other}={names[other]}", "30", KDF_ARG],
            lines_first=rng.randint(0, 4), delay=rng.uniform(0, 0.03),
            until=tmp.exists if aimed else None)
        assert all(line in names for line in lines), lines
        # (With only two passphrases, "the last reported change or the next one" says
        # nothing more than "exactly one of A and B", which is what is checked.)
        opened = opening_passphrases(folder, [PASS_A, PASS_B])
        assert len(opened) == 1, f"opened with {opened}"
        now = "A" if opened == [PASS_A] else "B"
        check_intact(folder, names[now], expected)
        cli_verify(folder, names[now], tmp_path)
        current = now


@pytest.mark.slow
def test_sigkill_during_repeated_reencryption(tmp_path):
    rng = random.Random(424242)
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        expected = fill(vault, 150)  # ~100 pages: the rekey takes a while to kill into
    interrupted = kills = 0
    # Bounded: 12 kills at most; stop early once several landed mid-re-encryption.
    while kills < 12 and not (kills >= 6 and interrupted >= 3):
        run_until_killed(
            [str(HERE / "child_reencrypt_loop.py"), str(folder), PASSPHRASE, "10", KDF_ARG],
            lines_first=rng.randint(0, 2), delay=rng.uniform(0, 0.06))
        kills += 1
        # Cut off between the first and the last keys.json write of a re-encryption?
        keys = json.loads((folder / "keys.json").read_text())
        interrupted += "previous_slots" in keys
        # The passphrase opens it (whichever data key is in force) and nothing is lost.
        check_intact(folder, PASSPHRASE, expected)
        cli_verify(folder, PASSPHRASE, tmp_path)
        # Opening finished any interrupted re-encryption: one set of slots.
        keys = json.loads((folder / "keys.json").read_text())
        assert "previous_slots" not in keys
        # (A left-over haven.db-journal is the subject of the next test.)
    # About two kills in three land mid-re-encryption; none in twelve means the test
    # is not testing what it should (e.g. the child fails before it starts).
    assert interrupted > 0, "no kill landed in the middle of a re-encryption"


JOURNAL_MAGIC_SIZE = 8  # a rollback journal is "hot" only once its magic is written


def is_hot(journal_file: Path) -> bool:
    head = journal_file.read_bytes()[:JOURNAL_MAGIC_SIZE]
    return len(head) == JOURNAL_MAGIC_SIZE and head != bytes(JOURNAL_MAGIC_SIZE)


@pytest.mark.slow
# 384 KiB: past the schema's own pages (one per table and index, journaled first; the
# schema has grown), well into the entries' pages.
@pytest.mark.parametrize("min_size", [0, 384 * 1024], ids=["mode-switch", "rekey-pages"])
def test_interrupted_reencryption_leaves_no_entry_text_in_a_journal(tmp_path, min_size):
    """PRAGMA rekey runs with a rollback journal: reencrypt() first switches the vault
    from WAL to journal_mode=DELETE (a small transaction that journals page 1), then
    rekeys every page (all of them journaled). SQLite writes a journal's magic number
    only when it syncs it, before it touches the database; killed before that, the
    journal is not hot, and SQLite neither plays it back nor deletes it.

    The parent polls for exactly that moment (a journal of at least `min_size` bytes
    whose magic is not written yet) and kills the child then. 384 KiB reaches past the
    schema pages (every branch adds tables) into pages with entry text. After reopening, the
    data is intact, and whatever journal is left is not hot and holds no entry text,
    checked by decrypting its page images with the data key in force.
    """
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        expected = fill(vault, 400)  # ~300 pages: a longer window to land in
    journal_file = folder / "haven.db-journal"
    landed = False
    for _attempt in range(30):  # bounded; about three attempts in four land
        child = subprocess.Popen(
            [sys.executable, str(HERE / "child_reencrypt_loop.py"), str(folder), PASSPHRASE,
             "5", KDF_ARG], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=REPO, env=child_env())
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "open\n"
            while child.poll() is None:  # busy-wait on the journal: the window is short
                try:
                    with open(journal_file, "rb") as f:
                        head = f.read(JOURNAL_MAGIC_SIZE)
                        size = os.fstat(f.fileno()).st_size
                except FileNotFoundError:
                    continue
                if head == bytes(JOURNAL_MAGIC_SIZE) and size >= max(min_size, 1):
                    child.send_signal(signal.SIGKILL)
                    break
            _, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode in (-signal.SIGKILL, 0), err
        landed = journal_file.exists() and not is_hot(journal_file)
        salt = file_salt((folder / "haven.db").read_bytes())
        if landed and min_size:
            # Proof that the check below can fail: such a journal is full of entry text.
            keys = KeyFile.load(folder / "keys.json").unwrap(Secret.passphrase(PASSPHRASE))
            texts = [p.plaintext for key in keys for p in
                     journal_pages(journal_file, bytes(key), salt, skip_foreign=True)]
            assert any(b"Body of entry" in t for t in texts)

        check_intact(folder, PASSPHRASE, expected)
        if journal_file.exists():
            assert not is_hot(journal_file), "a hot journal survived opening the vault"
            with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as vault:
                key = bytes(vault._data_key)
            images = list(journal_pages(journal_file, key, salt))
            size = journal_file.stat().st_size
            assert images or size < 512 + 4104, "a journal with pages that do not decrypt"
            leaked = [p.pgno for p in images if b"Body of entry" in p.plaintext]
            assert leaked == [], f"entry text left in haven.db-journal pages {leaked}"
        if landed:
            break
    assert landed, "no kill landed before a journal sync; the test did not test anything"
