"""A passphrase he learned stops working when she changes it: after a passphrase change
or a new recovery code no old secret opens any current file, also not an old automatic
backup's keys.json put beside the current haven.db."""

from __future__ import annotations

import io
import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest

import journal.backup as backup
from cli import main
from journal.entries import EntryStore
from journal.errors import VaultDamaged, WrongSecret
from journal.keyslots import KeyFile, Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a new passphrase only she knows"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)


def with_backups(vault: Vault) -> tuple[str, list[Path]]:
    """A recovery code and three automatic backups in <vault>/backups."""
    code = vault.replace_recovery_code(kdf=FAST_KDF)
    EntryStore(vault).create(EntryDraft(datetime(2026, 5, 1).date(), "before", "old"))
    folder = backup.default_folder(vault.folder)
    made = [backup.make_backup(vault, folder, keep=7, now=datetime(2026, 5, d, 9))
            for d in (1, 2, 3)]
    return code, made


def attack(vault_folder: Path, keyfile: KeyFile, secret: Secret, tmp: Path) -> None:
    """The old backup's keys.json beside the current haven.db, opened with `secret`."""
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    shutil.copy(vault_folder / "haven.db", tmp / "haven.db")
    keyfile.save(tmp / "keys.json")
    with Vault.open(tmp, secret) as v:
        EntryStore(v).count()


def assert_no_old_secret_opens_anything(folder: Path, old_keyfiles: list[KeyFile],
                                        old_code: str, tmp: Path) -> None:
    current_backups = backup.list_backups(backup.default_folder(folder))
    assert current_backups  # brought to the new key, not simply all gone
    keyfiles = old_keyfiles + [backup.read_header(p).keyfile for p in current_backups]
    for keyfile in keyfiles:
        for secret in (Secret.passphrase(PASSPHRASE), Secret.recovery_code(old_code)):
            with pytest.raises((WrongSecret, VaultDamaged)):
                attack(folder, keyfile, secret, tmp)
    for path in current_backups:  # nor does an old secret restore a current backup
        with pytest.raises(WrongSecret):
            backup.restore_backup(path, Secret.passphrase(PASSPHRASE), tmp / "r")


def test_the_attack_works_when_she_keeps_the_key(vault, tmp_path):
    """The audit's reproduction, with the stated exception: it must really work, so
    the tests below that it fails can fail."""
    _code, made = with_backups(vault)
    old = backup.read_header(made[0]).keyfile
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF, keep_key=True)
    EntryStore(vault).create(EntryDraft(datetime(2026, 5, 4).date(), "after", "new"))
    vault.checkpoint()
    attack(vault.folder, old, Secret.passphrase(PASSPHRASE), tmp_path / "a")


def test_after_a_passphrase_change_no_old_secret_opens_any_current_file(vault, tmp_path):
    code, made = with_backups(vault)
    old_keyfiles = [backup.read_header(p).keyfile for p in made]
    new_code = vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    assert new_code and new_code != code
    backup.refresh_backups(vault, backup.default_folder(vault.folder))
    EntryStore(vault).create(EntryDraft(datetime(2026, 5, 4).date(), "after", "new"))
    vault.close()
    assert_no_old_secret_opens_anything(vault.folder, old_keyfiles, code, tmp_path / "a")
    for secret in (Secret.passphrase(NEW_PASSPHRASE), Secret.recovery_code(new_code)):
        with Vault.open(vault.folder, secret) as v:
            assert EntryStore(v).count() == 2


def test_after_a_new_recovery_code_the_old_one_opens_nothing(vault, tmp_path):
    code, made = with_backups(vault)
    old_keyfiles = [backup.read_header(p).keyfile for p in made]
    new_code = vault.replace_recovery_code(PASSPHRASE, kdf=FAST_KDF)
    backup.refresh_backups(vault, backup.default_folder(vault.folder))
    vault.close()
    # She keeps her passphrase; only the old code must open nothing.
    for keyfile in old_keyfiles + [backup.read_header(p).keyfile for p in
                                   backup.list_backups(backup.default_folder(vault.folder))]:
        with pytest.raises((WrongSecret, VaultDamaged)):
            attack(vault.folder, keyfile, Secret.recovery_code(code), tmp_path / "a")
    with Vault.open(vault.folder, Secret.recovery_code(new_code)) as v:
        assert EntryStore(v).count() == 1


def test_refreshing_backups_leaves_other_vaults_and_other_files_alone(vault, tmp_path):
    _code, _made = with_backups(vault)
    folder = backup.default_folder(vault.folder)
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    with other:
        theirs = backup.make_backup(other, folder, keep=9, now=datetime(2026, 4, 1, 9))
    (folder / "haven-20260401-090000-000001.havenbackup").write_bytes(b"not a backup")
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    assert backup.refresh_backups(vault, folder) == 3
    names = sorted(p.name for p in folder.iterdir())
    assert theirs.name in names and "haven-20260401-090000-000001.havenbackup" in names
    assert len(names) == 3
    assert backup.refresh_backups(vault, folder) == 0  # nothing left to replace


def run(capsys, monkeypatch, *args) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_passwd_rotates_the_key_and_the_backups(tmp_path, capsys, monkeypatch):
    folder, pw, new_pw = tmp_path / "v", tmp_path / "pw", tmp_path / "new"
    pw.write_text(PASSPHRASE + "\n")
    new_pw.write_text(NEW_PASSPHRASE + "\n")
    code_file, new_code_file = tmp_path / "code", tmp_path / "newcode"
    assert run(capsys, monkeypatch, "init", "--vault", folder, "--passphrase-file", pw,
               "--recovery-code-file", code_file)[0] == 0
    with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as v:
        made = [backup.make_backup(v, backup.default_folder(folder), keep=7,
                                   now=datetime(2026, 5, d, 9)) for d in (1, 2)]
    old_keyfiles = [backup.read_header(p).keyfile for p in made]
    # A vault with a recovery code: the new one needs somewhere to go, asked first.
    result = run(capsys, monkeypatch, "passwd", "--vault", folder, "--passphrase-file", pw,
                 "--new-passphrase-file", new_pw)
    assert result[0] == 2 and "--new-recovery-code-file" in result[2]
    assert [backup.read_header(p).keyfile for p in made] == old_keyfiles
    result = run(capsys, monkeypatch, "passwd", "--vault", folder, "--passphrase-file", pw,
                 "--new-passphrase-file", new_pw, "--new-recovery-code-file",
                 new_code_file)
    assert result[0] == 0, result[2]
    assert "copies you saved elsewhere" in result[1]
    assert (new_code_file.stat().st_mode & 0o777) == 0o600
    assert_no_old_secret_opens_anything(folder, old_keyfiles, code_file.read_text(),
                                        tmp_path / "a")
    with Vault.open(folder, Secret.recovery_code(new_code_file.read_text())) as v:
        assert v.integrity_problems() == []


def test_cli_passwd_keep_key_only_rewraps(tmp_path, capsys, monkeypatch):
    folder, pw, new_pw = tmp_path / "v", tmp_path / "pw", tmp_path / "new"
    pw.write_text(PASSPHRASE + "\n")
    new_pw.write_text(NEW_PASSPHRASE + "\n")
    code_file = tmp_path / "code"
    assert run(capsys, monkeypatch, "init", "--vault", folder, "--passphrase-file", pw,
               "--recovery-code-file", code_file)[0] == 0
    db_before = (folder / "haven.db").read_bytes()
    result = run(capsys, monkeypatch, "passwd", "--vault", folder, "--passphrase-file", pw,
                 "--new-passphrase-file", new_pw, "--keep-key")
    assert result[0] == 0, result[2]
    assert (folder / "haven.db").read_bytes()[:4096] == db_before[:4096]
    with Vault.open(folder, Secret.recovery_code(code_file.read_text())):
        pass
