"""Encrypted backups: round trip, nothing in clear, wrong secrets, damaged files, a full
disk, keeping the newest N, and SIGKILL in the middle of a backup.

Real SQLCipher vaults in tmp_path, the real command line in a subprocess.
"""

from __future__ import annotations

import errno
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

import journal.backup as backup
from journal.entries import EntryStore
from journal.errors import BackupDamaged, DiskFull, NoRecoveryCode, VaultExists, WrongSecret
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.targets import STALE_UNLOCKED_SECONDS, TempFiles
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.sqlcipher_pages import encodings

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journal", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO, env=child_env(),
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's hash; not the -shm index, which readers update (it holds no data)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("-shm")}


def titles(folder: Path, secret: Secret) -> list[str]:
    with Vault.open(folder, secret) as vault:
        assert vault.integrity_problems() == []
        return sorted(s.title for s in EntryStore(vault).page(limit=1000))


def add(vault: Vault, title: str, body: str = "") -> int:
    return EntryStore(vault).create(EntryDraft(date(2026, 3, 4), title=title, body=body))


@pytest.fixture
def marker() -> str:
    return f"zqBackupMarker{uuid.uuid4().hex[:10]}"


@pytest.fixture
def filled(vault: Vault, marker: str) -> Vault:
    for i in range(30):
        add(vault, f"before {i}", f"{marker} body {i} " * 20)
    return vault


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_round_trip_restores_the_old_content_into_a_new_folder(filled, tmp_path, marker):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    code = filled.replace_recovery_code(kdf=FAST_KDF)  # after the backup: not in it
    add(filled, "after the backup")
    filled.close()
    data = out.read_bytes()
    assert not any(form in data for form in encodings(marker))
    assert not any(form in data for form in encodings("before 1"))

    target = tmp_path / "restored"
    backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
    assert sorted(p.name for p in target.iterdir()) == ["haven.db", "keys.json"]
    assert (target.stat().st_mode & 0o777) == 0o700
    restored = titles(target, Secret.passphrase(PASSPHRASE))
    assert restored == sorted(f"before {i}" for i in range(30))
    assert "after the backup" in titles(filled.folder, Secret.passphrase(PASSPHRASE))
    # The recovery code made after the backup does not open it.
    with pytest.raises(NoRecoveryCode):
        backup.restore_backup(out, Secret.recovery_code(code), tmp_path / "other")
    assert not (tmp_path / "other").exists()


def test_recovery_code_valid_at_backup_time_restores(vault, tmp_path):
    code = vault.replace_recovery_code(kdf=FAST_KDF)
    add(vault, "kept")
    out = backup.write_backup(vault, tmp_path / "b.havenbackup")
    vault.change_passphrase("a newer passphrase", kdf=FAST_KDF)
    backup.restore_backup(out, Secret.recovery_code(code), tmp_path / "r")
    assert titles(tmp_path / "r", Secret.recovery_code(code)) == ["kept"]
    with pytest.raises(WrongSecret):
        backup.restore_backup(out, Secret.passphrase("a newer passphrase"), tmp_path / "s")


def test_restore_refuses_a_non_empty_folder(filled, tmp_path):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    target = tmp_path / "busy"
    target.mkdir()
    (target / "note.txt").write_text("hers")
    with pytest.raises(VaultExists):
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
    assert [p.name for p in target.iterdir()] == ["note.txt"]
    with pytest.raises(VaultExists):  # nor over the vault itself
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), filled.folder)


@pytest.mark.parametrize("cut", [0, 5, 13, 17, 200, -1, -4096])
def test_truncated_backup_is_damaged_and_writes_nothing(filled, tmp_path, cut):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    data = out.read_bytes()
    out.write_bytes(data[:cut] if cut >= 0 else data[:len(data) + cut])
    with pytest.raises(BackupDamaged):
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_flipped_byte_in_the_database_copy_is_found(filled, tmp_path):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    data = bytearray(out.read_bytes())
    data[-3000] ^= 0x40
    out.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged, match="checksum"):
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_full_disk_during_a_backup_leaves_no_file_and_the_vault_unchanged(
        filled, tmp_path, monkeypatch):
    filled.checkpoint()
    before = snapshot(filled.folder)
    real_write = os.write
    written = [0]

    def failing_write(fd: int, data) -> int:
        written[0] += 1
        if written[0] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(backup.os, "write", failing_write)
    monkeypatch.setattr(backup, "CHUNK", 4096)
    folder = tmp_path / "usb"
    with pytest.raises(DiskFull):
        backup.make_backup(filled, folder, keep=3)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []  # no backup, no temp file
    assert snapshot(filled.folder) == before
    assert filled.integrity_problems() == []
    assert len(EntryStore(filled).page(limit=100)) == 30


def test_database_too_big_for_the_backup_target_is_disk_full(filled, tmp_path, monkeypatch):
    """The database copy itself hits the limit (SQLite's 'database or disk is full')."""
    import journal.vault as vault_module

    real_connect = vault_module.connect

    def small_connect(path, key, *, create):
        conn = real_connect(path, key, create=create)
        if create:
            conn.execute("PRAGMA max_page_count = 3")
        return conn

    before = snapshot(filled.folder)
    monkeypatch.setattr(vault_module, "connect", small_connect)
    with pytest.raises(DiskFull):
        backup.make_backup(filled, tmp_path / "b", keep=3)
    monkeypatch.undo()
    assert list((tmp_path / "b").iterdir()) == []
    assert snapshot(filled.folder) == before
    assert filled.integrity_problems() == []


def test_keeps_the_newest_n_and_is_due_once_a_day(vault, tmp_path):
    folder = tmp_path / "backups"
    assert backup.backup_due(folder, date(2026, 5, 1))
    made = [backup.make_backup(vault, folder, keep=3, now=datetime(2026, 5, d, 21, 0))
            for d in range(1, 6)]
    assert backup.list_backups(folder) == made[:1:-1]
    assert not backup.backup_due(folder, date(2026, 5, 5))
    assert backup.backup_due(folder, date(2026, 5, 6))
    # Two in the same instant get different names.
    same = datetime(2026, 5, 6, 8, 0)
    a = backup.make_backup(vault, folder, keep=9, now=same)
    b = backup.make_backup(vault, folder, keep=9, now=same)
    assert a != b and a.exists() and b.exists()
    # Other files in the folder are never counted nor removed.
    (folder / "her-own.txt").write_text("x")
    backup.make_backup(vault, folder, keep=1)
    assert len(backup.list_backups(folder)) == 1
    assert (folder / "her-own.txt").exists()


def test_stale_temp_files_are_tidied_and_never_listed(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / f"{backup.TEMP_PREFIX}dead.partial"
    stale.write_bytes(b"HAVEN-BACKUP\nhalf")
    fresh = folder / f"{backup.TEMP_PREFIX}busy.partial"
    fresh.write_bytes(b"another process at work")
    old = time.time() - 2 * STALE_UNLOCKED_SECONDS
    os.utime(stale, (old, old))
    assert backup.list_backups(folder) == []
    backup.make_backup(vault, folder, keep=2)
    assert not stale.exists()
    assert fresh.exists()


def test_a_killed_backups_temp_files_go_at_the_next_backup_however_recent(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    # A backup killed halfway: its lock file and temp copies stay, the lock is free.
    child = subprocess.run([sys.executable, "-c", (
        "import os, sys; from pathlib import Path; from journal.targets import TempFiles;"
        f"t = TempFiles(Path({str(folder)!r}), {backup.TEMP_PREFIX!r});"
        "t.path('.db').write_bytes(b'x' * 4096); t.path('.partial').write_bytes(b'y');"
        "os._exit(0)")], cwd=REPO, env=child_env(), capture_output=True, text=True)
    assert child.returncode == 0, child.stderr
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) == 3, left  # .db, .partial and .lock
    # Another backup still at work in the same folder: its files are kept.
    busy = TempFiles(folder, backup.TEMP_PREFIX)
    busy.path(".db").write_bytes(b"busy")
    try:
        vault.close()
        pass_file = tmp_path / "p.txt"
        pass_file.write_text(PASSPHRASE + "\n")
        out = run_cli("backup", "--vault", vault.folder, "--passphrase-file", pass_file,
                      "--out", folder / "x.havenbackup")
        assert out.returncode == 0, out.stderr
        names = sorted(p.name for p in folder.iterdir())
        assert names == sorted(["x.havenbackup", busy.path(".db").name,
                                busy.path(".lock").name])
    finally:
        busy.remove()
    assert sorted(p.name for p in folder.iterdir()) == ["x.havenbackup"]


def test_neutral_names_for_discreet_mode_count_with_the_others(vault, tmp_path):
    folder = tmp_path / "backups"
    old = backup.make_backup(vault, folder, keep=5, now=datetime(2026, 5, 1, 9, 0))
    neutral = [backup.make_backup(vault, folder, keep=2, now=datetime(2026, 5, d, 9, 0),
                                  neutral=True) for d in (2, 3)]
    assert all("haven" not in p.name.lower() for p in neutral)
    assert not old.exists()  # the newest two kept, whichever name they have
    assert backup.list_backups(folder) == neutral[::-1]
    assert not backup.backup_due(folder, date(2026, 5, 3))
    backup.verify_file(neutral[0])
    # Sorting is by the time in the name, not by the name.
    plain = backup.make_backup(vault, folder, keep=5, now=datetime(2026, 5, 4, 9, 0))
    assert backup.list_backups(folder)[0] == plain
    # Temp files left by older versions are tidied too.
    left = folder / ".haven-backup-dead.partial"
    left.write_bytes(b"half")
    then = time.time() - 2 * STALE_UNLOCKED_SECONDS
    os.utime(left, (then, then))
    backup.make_backup(vault, folder, keep=5, neutral=True)
    assert not left.exists()


# -- the command line -------------------------------------------------------------------

def test_cli_backup_and_restore(filled, tmp_path, pass_file):
    filled.close()
    out = tmp_path / "b.havenbackup"
    result = run_cli("backup", "--vault", filled.folder, "--passphrase-file", pass_file,
                     "--out", out)
    assert result.returncode == 0, result.stderr
    assert out.exists()
    again = run_cli("backup", "--vault", filled.folder, "--passphrase-file", pass_file,
                    "--out", out)
    assert again.returncode == 1 and "already exists" in again.stderr

    with Vault.open(filled.folder, Secret.passphrase(PASSPHRASE)) as vault:
        add(vault, "after the backup")
    target = tmp_path / "restored"
    result = run_cli("restore", "--from", out, "--vault", target, "--passphrase-file",
                     pass_file)
    assert result.returncode == 0, result.stderr
    result = run_cli("verify", "--vault", target, "--passphrase-file", pass_file)
    assert result.returncode == 0 and result.stdout.startswith("ok: 30 entries")


def test_cli_restore_wrong_passphrase_is_3_and_writes_nothing(filled, tmp_path):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("restore", "--from", out, "--vault", tmp_path / "r",
                     "--passphrase-file", wrong)
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("kind", ["truncated", "foreign", "vault-db", "empty"])
def test_cli_restore_truncated_or_foreign_is_4(filled, tmp_path, pass_file, kind):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    data = out.read_bytes()
    source = tmp_path / "source"
    source.write_bytes({"truncated": data[: len(data) // 2],
                        "foreign": b"PK\x03\x04 a zip file, not a backup" * 50,
                        "vault-db": (filled.folder / "haven.db").read_bytes(),
                        "empty": b""}[kind])
    result = run_cli("restore", "--from", source, "--vault", tmp_path / "r",
                     "--passphrase-file", pass_file)
    assert result.returncode == 4, result.stderr
    assert "not a Haven backup, or it is damaged" in result.stderr
    assert not (tmp_path / "r").exists()


# -- SIGKILL during a backup ------------------------------------------------------------

@pytest.mark.slow
def test_sigkill_during_backups_leaves_the_vault_whole_and_no_half_backup(tmp_path):
    rng = random.Random(8080)
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        for i in range(200):  # a few hundred kB: a backup takes long enough to cut off
            add(vault, f"entry {i}", f"words of entry {i} " * 60)
    backups = tmp_path / "backups"
    cut_off = 0
    finished = 0  # backups the children reported as done, over all runs
    listed_before = 0
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "child_backup_loop.py"), str(folder), PASSPHRASE,
             str(backups), "3", "50"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=REPO, env=child_env(), stdin=subprocess.DEVNULL)
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "open\n"
            for _ in range(rng.randint(0, 2)):
                finished += bool(child.stdout.readline().strip())
            deadline = time.monotonic() + rng.uniform(0, 0.05)
            while time.monotonic() < deadline:  # a seeded moment inside a later backup
                pass
            child.send_signal(signal.SIGKILL)
            rest, _ = child.communicate(timeout=60)
            finished += len(rest.split())
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode in (-signal.SIGKILL, 0)
        cut_off += backups.is_dir() and any(p.name.startswith(backup.TEMP_PREFIX)
                                            for p in backups.iterdir())
        # The vault opens and is whole.
        assert len(titles(folder, Secret.passphrase(PASSPHRASE))) == 200
        # Every backup that is counted is whole and restores.
        listed = backup.list_backups(backups)
        # Keep 3; a kill after a new backup's rename but before the pruning leaves one
        # more, which the next backup prunes. Two such kills in a row leave two more, so
        # a run adds at most one to what the last left. On a slow machine the first kill
        # may come before any backup finished.
        assert (1 if finished else 0) <= len(listed) <= max(listed_before, 3) + 1
        listed_before = len(listed)
        for path in listed:
            backup.verify_file(path)
        if listed:
            target = tmp_path / f"restore-{rng.random()}"
            backup.restore_backup(listed[0], Secret.passphrase(PASSPHRASE), target)
            assert len(titles(target, Secret.passphrase(PASSPHRASE))) == 200
    assert finished > 0, "no backup finished in any run"
    assert cut_off > 0, "no kill landed in the middle of a backup"


# -- restores that are cut off or run twice at once -------------------------------------

def test_a_killed_restore_is_cleaned_and_redone_on_retry(filled, tmp_path, pass_file):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    target = tmp_path / "restored"
    # Killed while the database is being copied out.
    child = subprocess.run([sys.executable, "-c", (
        "import os, sys; from pathlib import Path; import journal.backup as b;"
        "from journal.keyslots import Secret;"
        "real = b._write_all\n"
        "def cut(fd, data):\n"
        "    real(fd, data[:len(data) // 2]); os._exit(9)\n"
        "b._write_all = cut;"
        f"b.restore_backup(Path({str(out)!r}), Secret.passphrase({PASSPHRASE!r}),"
        f" Path({str(target)!r}))")], cwd=REPO, env=child_env(), capture_output=True,
        text=True)
    assert child.returncode == 9, child.stderr
    assert (target / "haven.db").exists()  # the half-restored folder the audit found
    assert not (target / "keys.json").exists()
    result = run_cli("restore", "--from", out, "--vault", target, "--passphrase-file",
                     pass_file)
    assert result.returncode == 0, result.stderr
    with Vault.open(target, Secret.passphrase(PASSPHRASE)) as restored:
        assert EntryStore(restored).count() == 30
        assert restored.integrity_problems() == []


def test_a_folder_with_other_files_is_never_taken_for_a_half_restore(filled, tmp_path):
    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    target = tmp_path / "hers"
    target.mkdir()
    (target / "haven.db").write_bytes(b"her own file of that name")
    with pytest.raises(VaultExists):
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
    assert (target / "haven.db").read_bytes() == b"her own file of that name"


def test_two_restores_into_one_new_folder_never_both_succeed(filled, tmp_path, monkeypatch):
    from journal.keyslots import KeyFile

    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    filled.close()
    target = tmp_path / "restored"
    real = KeyFile.unwrap
    second: list[object] = []

    def unwrap_while_another_restores(self, secret):
        if not second:  # the first restore, between its checks and its first write
            second.append("running")
            try:
                backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
                second[0] = "ok"
            except Exception as exc:
                second[0] = exc
        return real(self, secret)

    monkeypatch.setattr(KeyFile, "unwrap", unwrap_while_another_restores)
    try:
        backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
        first: object = "ok"
    except Exception as exc:
        first = exc
    outcomes = [first, second[0]]
    assert outcomes.count("ok") == 1, outcomes
    monkeypatch.setattr(KeyFile, "unwrap", real)
    with Vault.open(target, Secret.passphrase(PASSPHRASE)) as restored:
        assert EntryStore(restored).count() == 30


def test_a_restore_waits_for_no_one_holding_the_target_folder(filled, tmp_path):
    from journal.errors import VaultInUse
    from journal.vault import FolderLock

    out = backup.write_backup(filled, tmp_path / "b.havenbackup")
    target = tmp_path / "restored"
    target.mkdir()
    lock = FolderLock(target / "haven.lock")  # another restore at work in it
    (target / backup.RESTORE_MARKER).write_bytes(b"")
    (target / "haven.db").write_bytes(b"the other restore's copy")
    try:
        with pytest.raises(VaultInUse):
            backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
        assert (target / "haven.db").read_bytes() == b"the other restore's copy"
    finally:
        lock.release()


def test_a_killed_automatic_backups_temp_files_go_at_the_next_start(vault, tmp_path):
    folder = vault.folder / "backups"
    folder.mkdir()
    child = subprocess.run([sys.executable, "-c", (
        "import os; from pathlib import Path; from journal.targets import TempFiles;"
        f"t = TempFiles(Path({str(folder)!r}), {backup.TEMP_PREFIX!r});"
        "t.path('.db').write_bytes(b'x' * 4096); os._exit(0)")],
        cwd=REPO, env=child_env(), capture_output=True, text=True)
    assert child.returncode == 0, child.stderr
    assert len(list(folder.iterdir())) == 2
    vault.close()
    with Vault.open(vault.folder, Secret.passphrase(PASSPHRASE)):
        assert list(folder.iterdir()) == []


# -- automatic backups decided by their headers, not their names ------------------------

def test_an_empty_file_named_with_a_future_date_does_not_stop_backups(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    fake = folder / "haven-20991231-235959-000000.havenbackup"
    fake.write_bytes(b"")
    today = date(2026, 5, 1)
    assert backup.backup_due(folder, today)
    made = backup.make_backup(vault, folder, keep=3, now=datetime(2026, 5, 1, 9, 0))
    assert made.exists()
    assert fake.exists()  # not a backup: left alone, not counted, reported
    assert backup.list_backups(folder) == [made]
    assert backup.scan_backups(folder).invalid == [fake]
    assert not backup.backup_due(folder, today)


def test_seven_future_names_never_make_a_new_backup_be_deleted(vault, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    fakes = [folder / f"backup-2099010{d}-000000-000000.bak" for d in range(1, 8)]
    for fake in fakes:
        fake.write_bytes(b"HAVEN-BACKUP\n")
    made = backup.make_backup(vault, folder, keep=7, now=datetime(2026, 5, 1, 9, 0))
    assert made.exists()
    assert all(fake.exists() for fake in fakes)
    assert backup.list_backups(folder) == [made]


def test_a_real_backup_under_a_future_name_counts_by_its_header(vault, tmp_path):
    folder = tmp_path / "backups"
    real = backup.make_backup(vault, folder, keep=3, now=datetime(2026, 5, 1, 9, 0))
    renamed = real.rename(folder / "haven-20991231-000000-000000.havenbackup")
    assert not backup.backup_due(folder, date(2026, 5, 1))
    assert backup.backup_due(folder, date(2026, 5, 2))
    newer = backup.make_backup(vault, folder, keep=1, now=datetime(2026, 5, 2, 9, 0))
    assert backup.list_backups(folder) == [newer]
    assert not renamed.exists()  # older by its header, so it went


def test_a_whole_backup_is_hashed_once_per_process_until_it_changes(vault, tmp_path,
                                                                    monkeypatch):
    """Every lock and unlock asks whether today's backup is there: hashing the whole
    file each time took a core for a second at 100,000 entries. A file changed in place
    is hashed again, and a damaged one then no longer counts."""
    folder = tmp_path / "backups"
    made = backup.make_backup(vault, folder, keep=3, now=datetime(2026, 5, 1, 9, 0))
    hashed = []
    verify = backup.verify_file
    monkeypatch.setattr(backup, "verify_file", lambda path: hashed.append(path) or verify(path))
    for _ in range(3):
        assert not backup.backup_due(folder, date(2026, 5, 1))
    assert hashed == [made]
    data = bytearray(made.read_bytes())
    data[-3000] ^= 0x40
    made.write_bytes(bytes(data))
    # Written later, as anything but a test would (file times tick in milliseconds).
    stat = made.stat()
    os.utime(made, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert backup.backup_due(folder, date(2026, 5, 1))
    assert hashed == [made, made]


def test_a_backup_dated_in_the_future_by_a_clock_glitch_goes_first(vault, tmp_path):
    folder = tmp_path / "backups"
    glitch = backup.make_backup(vault, folder, keep=3, now=datetime(2099, 1, 1, 9, 0))
    # Made "in 2099": it does not count as today's backup...
    assert backup.backup_due(folder, datetime(2026, 5, 1, 9, 0))
    good = [backup.make_backup(vault, folder, keep=2, now=datetime(2026, 5, d, 9, 0))
            for d in (1, 2)]
    # ...and is the first to go: the newest real backups are never pruned for it.
    assert not glitch.exists()
    assert backup.list_backups(folder) == good[::-1]


def test_a_tampered_copy_with_todays_header_does_not_stop_the_backup(vault, tmp_path):
    folder = tmp_path / "backups"
    made = backup.make_backup(vault, folder, keep=3, now=datetime(2026, 5, 1, 9, 0))
    data = bytearray(made.read_bytes())
    data[-100] ^= 0xFF  # the database copy no longer matches its checksum
    made.write_bytes(bytes(data))
    assert backup.backup_due(folder, date(2026, 5, 1))
    assert backup.scan_backups(folder).newest is None


def test_status_says_when_backups_are_missing_for_longer_than_a_day(vault, tmp_path):
    folder = tmp_path / "backups"
    made = backup.make_backup(vault, folder, keep=3)
    status = backup.backup_status(folder, vault.folder)
    assert not status.overdue and status.invalid == []
    # Written two days after the last backup: a day of writing is in no backup.
    two_days = time.time() + 2 * 86400
    db = vault.folder / "haven.db"
    os.utime(db, (two_days, two_days))
    status = backup.backup_status(folder, vault.folder,
                                  now=datetime.fromtimestamp(two_days))
    assert status.overdue
    assert status.newest is not None
    made.unlink()
    (folder / "haven-20991231-000000-000000.havenbackup").write_bytes(b"x")
    status = backup.backup_status(folder, vault.folder,
                                  now=datetime.fromtimestamp(two_days))
    assert status.overdue and status.newest is None
    assert [p.name for p in status.invalid] == ["haven-20991231-000000-000000.havenbackup"]


def test_cli_verify_reports_the_backups_and_what_only_looks_like_one(filled, tmp_path,
                                                                     pass_file):
    folder = backup.default_folder(filled.folder)
    backup.make_backup(filled, folder, keep=3)
    fake = folder / "haven-20991231-000000-000000.havenbackup"
    fake.write_bytes(b"")
    filled.close()
    out = run_cli("verify", "--vault", filled.folder, "--passphrase-file", pass_file)
    assert out.returncode == 0, out.stderr
    assert "backups: the newest is from" in out.stdout
    assert fake.name in out.stdout and "not whole backups" in out.stdout
    assert "more than a day" not in out.stdout
    later = time.time() + 3 * 86400  # written three days after the last backup
    os.utime(filled.folder / "haven.db", (later, later))
    out = run_cli("verify", "--vault", filled.folder, "--passphrase-file", pass_file)
    assert out.returncode == 0, out.stderr
    assert "more than a day" in out.stdout


def test_what_a_backup_and_keys_json_show_without_the_key_names_no_app(tmp_path):
    """Discreet mode hides the name in the file too: the magic, the header and the key
    file inside it are readable without the key, and none of them says "haven"."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        add(vault, "first")
        made = backup.make_backup(vault, tmp_path / "stick", keep=7, neutral=True)
    header = backup.read_header(made)
    readable = made.read_bytes()[:header.db_offset] + (folder / "keys.json").read_bytes()
    assert b"haven" not in readable.lower()
    assert "haven" not in made.name.lower()


def test_backups_of_earlier_versions_still_restore(tmp_path):
    """A backup written with the old magic and format names (HAVEN-BACKUP, haven-backup,
    haven-keys) is read, verified and restored as before."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        add(vault, "from an older version")
        made = backup.make_backup(vault, tmp_path / "backups", keep=7)
    header = backup.read_header(made)
    data = made.read_bytes()
    text = data[len(backup.MAGIC) + 4:header.db_offset].decode()
    text = (text.replace(f'"{backup.FORMAT}"', '"haven-backup"')
            .replace('"enc-keys"', '"haven-keys"'))
    assert "haven-backup" in text and "haven-keys" in text
    old = tmp_path / "old.havenbackup"
    old.write_bytes(b"HAVEN-BACKUP\n" + len(text.encode()).to_bytes(4, "big")
                    + text.encode() + data[header.db_offset:])
    backup.verify_file(old)
    backup.restore_backup(old, Secret.passphrase(PASSPHRASE), tmp_path / "restored")
    assert titles(tmp_path / "restored", Secret.passphrase(PASSPHRASE)) == [
        "from an older version"]


def _holds(path: Path, marker: str, tmp_path: Path) -> bool:
    target = tmp_path / f"restored-{uuid.uuid4().hex[:6]}"
    backup.restore_backup(path, Secret.passphrase(PASSPHRASE), target)
    with Vault.open(target, Secret.passphrase(PASSPHRASE)) as restored:
        return restored.row("SELECT COUNT(*) FROM entries WHERE instr(body, ?) > 0",
                            [marker])[0] > 0


def test_a_deleted_entry_can_be_removed_from_the_automatic_backups(vault, tmp_path):
    """Older backups hold an entry she deleted; remaking them leaves one fresh backup
    without it. Other vaults' backups and files that are not backups stay."""
    marker = "zqDeletedFromBackups"
    gone = add(vault, "to delete", marker)
    add(vault, "to keep", "kept")
    folder = tmp_path / "backups"
    made = [backup.make_backup(vault, folder, keep=9, now=datetime(2026, 3, d, 9))
            for d in (1, 2, 3)]
    with Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF) as other:
        theirs = backup.make_backup(other, folder, keep=9, now=datetime(2026, 3, 4, 9))
    stray = folder / "haven-20260305-090000-000000.havenbackup"
    stray.write_bytes(b"not a backup")
    assert all(_holds(path, marker, tmp_path) for path in made)
    EntryStore(vault).delete(gone)
    assert backup.remake_backups(vault, folder) == 3
    left = backup.list_backups(folder)
    assert theirs in left and stray.exists() and not any(p in left for p in made)
    [fresh] = [p for p in left if p != theirs]
    assert not _holds(fresh, marker, tmp_path)
    assert titles_in(fresh, tmp_path) == ["to keep"]


def test_remaking_backups_that_fails_deletes_none(filled, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    made = backup.make_backup(filled, folder, keep=9, now=datetime(2026, 3, 1, 9))

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filled, "copy_database", no_room)
    with pytest.raises(DiskFull):
        backup.remake_backups(filled, folder)
    assert backup.list_backups(folder) == [made]


def titles_in(path: Path, tmp_path: Path) -> list[str]:
    target = tmp_path / f"restored-{uuid.uuid4().hex[:6]}"
    backup.restore_backup(path, Secret.passphrase(PASSPHRASE), target)
    return titles(target, Secret.passphrase(PASSPHRASE))
