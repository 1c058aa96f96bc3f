from __future__ import annotations

import hashlib
import os
import threading
from datetime import date
from pathlib import Path

import filelock
import pytest

from journal.entries import EntryStore
from journal.errors import (
    DiskFull,
    NotAVault,
    PassphraseTooShort,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WrongSecret,
)
from journal.folder_lock import FolderLock
from journal.keyslots import KeyFile, Secret
from journal.models import EntryDraft
from journal.vault import DB_NAME, KEYS_NAME, Vault, read_keyfile
from tests.conftest import FAST_KDF, PASSPHRASE


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def add(vault: Vault, title: str = "Title", body: str = "Body") -> int:
    return EntryStore(vault).create(EntryDraft(date(2026, 3, 1), title, body))


def test_create_makes_the_three_files(vault, vault_dir):
    assert sorted(p.name for p in vault_dir.iterdir() if "-" not in p.name) == [
        "haven.db", "haven.lock", "keys.json"]
    assert vault_dir.stat().st_mode & 0o077 == 0


def test_create_refuses_a_folder_with_files(tmp_path):
    (tmp_path / "something.txt").write_text("hello")
    before = hashes(tmp_path)
    with pytest.raises(VaultExists):
        Vault.create(tmp_path, PASSPHRASE, kdf=FAST_KDF)
    assert hashes(tmp_path) == before


def test_create_into_an_empty_existing_folder(tmp_path):
    with Vault.create(tmp_path, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.is_open


def test_short_passphrase_is_refused(vault_dir):
    with pytest.raises(PassphraseTooShort):
        Vault.create(vault_dir, "short", kdf=FAST_KDF)
    assert not vault_dir.exists()


def test_close_and_reopen_keeps_entries(vault, vault_dir):
    entry_id = add(vault, "Morning", "I slept badly.")
    vault.close()
    assert not vault.is_open
    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as again:
        assert EntryStore(again).get(entry_id).body == "I slept badly."


def test_closed_vault_refuses_queries(vault):
    vault.close()
    with pytest.raises(VaultLocked):
        vault.rows("SELECT 1")
    vault.close()  # closing twice is harmless


def test_wrong_passphrase_changes_nothing(vault, vault_dir):
    add(vault)
    vault.close()
    before = hashes(vault_dir)
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.passphrase("not the passphrase"))
    assert hashes(vault_dir) == before


def test_second_opener_gets_vault_in_use(vault, vault_dir):
    with pytest.raises(VaultInUse):
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    vault.close()
    Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)).close()


def test_a_vault_dropped_without_close_does_not_keep_its_folder_locked(vault_dir):
    import gc

    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    dropped = Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    del dropped
    gc.collect()
    Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)).close()


def test_the_folder_lock_refuses_a_second_holder_until_released(tmp_path):
    path = tmp_path / "haven.lock"
    first = FolderLock(path)
    with pytest.raises(VaultInUse):
        FolderLock(path)  # another descriptor, as a second Haven would have
    # An independent implementation of the same OS lock sees it held too.
    with pytest.raises(filelock.Timeout):
        filelock.FileLock(path, timeout=0).acquire()
    assert path.read_bytes() == b""
    first.release()
    first.release()  # twice is harmless
    assert not first.is_locked
    second = FolderLock(path)
    assert second.is_locked
    second.release()


def test_the_folder_lock_can_be_released_on_another_thread(tmp_path):
    path = tmp_path / "haven.lock"
    lock = FolderLock(path)
    failures: list[BaseException] = []

    def release() -> None:
        try:
            lock.release()
        except BaseException as exc:
            failures.append(exc)

    worker = threading.Thread(target=release)
    worker.start()
    worker.join()
    assert failures == []
    assert not lock.is_locked
    again = FolderLock(path)  # VaultInUse if the folder were still locked
    assert again.is_locked
    again.release()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts Linux descriptors")
def test_a_refused_opener_leaves_no_descriptor_open(vault, vault_dir):
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        with pytest.raises(VaultInUse):
            Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    assert len(os.listdir("/proc/self/fd")) == before


def test_split_unlock_for_worker_threads(vault, vault_dir):
    entry_id = add(vault)
    vault.close()
    keys = Vault.unlock_keys(vault_dir, Secret.passphrase(PASSPHRASE))
    with Vault.open_unlocked(keys) as again:
        assert EntryStore(again).get(entry_id).title == "Title"
    assert keys.candidates == []  # key material is dropped once used


def test_not_a_vault(tmp_path):
    with pytest.raises(NotAVault):
        read_keyfile(tmp_path / "missing")
    with pytest.raises(NotAVault):
        Vault.open(tmp_path, Secret.passphrase(PASSPHRASE))
    assert list(tmp_path.iterdir()) == []  # no lock file left in a folder that is no vault


@pytest.mark.parametrize("content", [b"", None])
def test_empty_or_missing_db_next_to_keys_is_damage(vault, vault_dir, content):
    vault.close()
    db = vault_dir / DB_NAME
    if content is None:
        db.unlink()
    else:
        db.write_bytes(content)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))


def test_recovery_code_unlocks_and_resets_passphrase(vault, vault_dir):
    code = vault.replace_recovery_code(kdf=FAST_KDF)
    assert vault.has_recovery_code
    add(vault)
    vault.close()
    with Vault.open(vault_dir, Secret.recovery_code(code)) as again:
        new_code = again.change_passphrase("a brand new passphrase", kdf=FAST_KDF)
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    Vault.open(vault_dir, Secret.passphrase("a brand new passphrase")).close()
    # A new key came with a new code: the one she used (someone may know it) is spent.
    assert new_code and new_code != code
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.recovery_code(code))
    Vault.open(vault_dir, Secret.recovery_code(new_code)).close()


def test_new_recovery_code_invalidates_the_old(vault, vault_dir):
    old = vault.replace_recovery_code(kdf=FAST_KDF)
    new = vault.replace_recovery_code(kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.recovery_code(old))
    Vault.open(vault_dir, Secret.recovery_code(new)).close()


def test_change_passphrase_keeping_the_key_rewrites_only_keys_json(vault, vault_dir):
    add(vault)
    vault.close()
    before = hashes(vault_dir)
    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as again:
        assert again.change_passphrase("another passphrase", kdf=FAST_KDF,
                                       keep_key=True) is None
    after = hashes(vault_dir)
    assert after[KEYS_NAME] != before[KEYS_NAME]
    assert after[DB_NAME] == before[DB_NAME]
    with Vault.open(vault_dir, Secret.passphrase("another passphrase")) as again:
        again.change_passphrase("a third passphrase", kdf=FAST_KDF)  # by default: rekey
    assert hashes(vault_dir)[DB_NAME] != after[DB_NAME]


def test_reencrypt_changes_the_data_key(vault, vault_dir):
    code = vault.replace_recovery_code(kdf=FAST_KDF)
    entry_id = add(vault, "Keep me", "Still here after re-encryption")
    old_key = bytes(vault._data_key)
    with pytest.raises(WrongSecret):
        vault.reencrypt("not the passphrase", kdf=FAST_KDF)
    new_code = vault.reencrypt(PASSPHRASE, kdf=FAST_KDF)
    assert new_code and new_code != code
    assert bytes(vault._data_key) != old_key
    assert EntryStore(vault).get(entry_id).title == "Keep me"
    vault.close()
    assert KeyFile.load(vault_dir / KEYS_NAME).previous_slots == []
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.recovery_code(code))
    with Vault.open(vault_dir, Secret.recovery_code(new_code)) as again:
        assert EntryStore(again).get(entry_id).body == "Still here after re-encryption"
        assert again.integrity_problems() == []


@pytest.mark.parametrize("stop_at", ["before rekey", "after rekey"])
def test_interrupted_reencrypt_still_opens(vault, vault_dir, monkeypatch, stop_at):
    entry_id = add(vault)
    code = vault.replace_recovery_code(kdf=FAST_KDF)

    def crash(*args, **kwargs):
        raise OSError("simulated crash")

    if stop_at == "before rekey":  # the staged keys.json is written, the db is not rekeyed
        monkeypatch.setattr("journal.vault.raw_key", crash)
    else:  # the db is rekeyed, the final keys.json is not written
        saves = []
        real_save = Vault._save_keyfile

        def save_once(self, keyfile):
            if saves:
                crash()
            saves.append(keyfile)
            real_save(self, keyfile)

        monkeypatch.setattr(Vault, "_save_keyfile", save_once)
    with pytest.raises(OSError, match="simulated"):
        vault.reencrypt(PASSPHRASE, kdf=FAST_KDF)
    monkeypatch.undo()
    vault._conn.close()  # as a crash would: no tidy close
    vault._lock.release()
    assert KeyFile.load(vault_dir / KEYS_NAME).previous_slots  # the rekey was staged
    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as again:
        assert EntryStore(again).get(entry_id).title == "Title"
        assert again.integrity_problems() == []
    assert KeyFile.load(vault_dir / KEYS_NAME).previous_slots == []  # and tidied up
    if stop_at == "before rekey":  # rolled back to the old keys: the old code still works
        Vault.open(vault_dir, Secret.recovery_code(code)).close()


def test_newer_schema_is_refused_without_change(vault, vault_dir):
    vault.execute("PRAGMA user_version = 99")
    vault.close()
    before = hashes(vault_dir)
    with pytest.raises(SchemaTooNew) as info:
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    assert info.value.found == 99
    assert hashes(vault_dir) == before


def test_transaction_rolls_back_on_error(vault):
    store = EntryStore(vault)

    def two_creates_then_a_bug():
        with vault.transaction():
            store.create(EntryDraft(date(2026, 1, 1), "lost"))
            store.create(EntryDraft(date(2026, 1, 2), "lost too"))
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        two_creates_then_a_bug()
    assert store.count() == 0


def test_nested_transactions_join_the_outer_one(vault):
    store = EntryStore(vault)
    with vault.transaction():
        store.create(EntryDraft(date(2026, 1, 1), "one"))
        with vault.transaction():
            store.create(EntryDraft(date(2026, 1, 2), "two"))
        assert vault.row("SELECT count(*) FROM entries")[0] == 2
    assert store.count() == 2


def test_full_disk_loses_nothing(vault, entries):
    """SQLITE_FULL for real, through the database's own size limit."""
    keep = entries.create(EntryDraft(date(2026, 1, 1), "kept", "already saved"))
    pages = vault.row("PRAGMA page_count")[0]
    vault.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull):
        entries.create(EntryDraft(date(2026, 1, 2), "too big", "x" * 1_000_000))
    with pytest.raises(DiskFull):
        entries.update(keep, EntryDraft(date(2026, 1, 1), "kept", "y" * 1_000_000))
    assert entries.count() == 1
    assert entries.get(keep).body == "already saved"
    vault.execute("PRAGMA max_page_count = 1073741823")
    entries.create(EntryDraft(date(2026, 1, 2), "fits now", "x" * 1_000_000))
    assert entries.count() == 2
    assert vault.integrity_problems() == []


def test_a_vault_opened_on_one_thread_can_be_closed_on_another(vault_dir):
    import threading

    opened: list[Vault] = []
    worker = threading.Thread(target=lambda: opened.append(
        Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)))
    worker.start()
    worker.join()
    opened[0].close()  # on this thread
    Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)).close()  # not "in use"


def test_secret_is_wiped_even_when_the_folder_is_no_vault(tmp_path):
    secret = Secret.passphrase(PASSPHRASE)
    with pytest.raises(NotAVault):
        Vault.unlock_keys(tmp_path, secret)
    assert set(secret.value) == {0}


def test_files_are_private_to_her_account(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir(mode=0o755)
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        add(vault)
        modes = {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()}
    assert folder.stat().st_mode & 0o777 == 0o700
    assert modes["haven.db"] == modes["haven.db-wal"] == modes["keys.json"] == 0o600
    assert modes["haven.lock"] & 0o077 == 0


def test_keys_from_a_newer_haven_are_too_new_not_damaged(vault, vault_dir):
    vault.close()
    keys = vault_dir / KEYS_NAME
    keys.write_text(keys.read_text().replace('"version": 1', '"version": 7'))
    with pytest.raises(SchemaTooNew):
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))


def test_a_stale_rollback_journal_is_removed_on_open(vault, vault_dir):
    vault.close()
    stale = vault_dir / "haven.db-journal"
    stale.write_bytes(b"")  # not hot: SQLite ignores it, and so must we
    Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)).close()
    assert not stale.exists()


def test_failed_keyfile_save_keeps_memory_equal_to_disk(vault, vault_dir, monkeypatch):
    def no_folder_fsync(folder):
        raise OSError("folder fsync failed after the rename")

    monkeypatch.setattr("journal.files.fsync_folder", no_folder_fsync)
    with pytest.raises(OSError, match="after the rename"):
        vault.change_passphrase("the new passphrase", kdf=FAST_KDF, keep_key=True)
    monkeypatch.undo()
    code = vault.replace_recovery_code(kdf=FAST_KDF)  # must not bring the old slot back
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    Vault.open(vault_dir, Secret.passphrase("the new passphrase")).close()
    Vault.open(vault_dir, Secret.recovery_code(code)).close()
    assert not (vault_dir / "keys.json.tmp").exists()


@pytest.mark.parametrize("with_code", [False, True])
def test_reencrypt_reports_its_steps(vault, with_code):
    if with_code:
        vault.replace_recovery_code(kdf=FAST_KDF)
    entry_id = add(vault, "Counted")
    seen: list[tuple[int, int]] = []
    vault.reencrypt(PASSPHRASE, kdf=FAST_KDF, progress=lambda done, total: seen.append(
        (done, total)))
    total = 4 if with_code else 3
    assert seen == [(n, total) for n in range(total + 1)]
    assert EntryStore(vault).get(entry_id).title == "Counted"


def test_reencrypt_progress_stops_before_anything_is_written(vault, vault_dir):
    vault.replace_recovery_code(kdf=FAST_KDF)
    add(vault)
    vault.checkpoint()
    keys_before = (vault_dir / KEYS_NAME).read_bytes()
    key_before = bytes(vault._data_key)

    class Stop(Exception):
        pass

    def stop_at_two(done: int, _total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        vault.reencrypt(PASSPHRASE, kdf=FAST_KDF, progress=stop_at_two)
    assert (vault_dir / KEYS_NAME).read_bytes() == keys_before
    assert bytes(vault._data_key) == key_before
    assert vault.integrity_problems() == []
    seen: list[int] = []
    with pytest.raises(WrongSecret):
        vault.reencrypt("not it", kdf=FAST_KDF, progress=lambda d, _t: seen.append(d))
    assert seen == [0]
