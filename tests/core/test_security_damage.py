"""Wrong secrets and damaged vaults: the right typed error, the right exit code, no change.

Each case is tried through the Python API (exception type) and through the command
line in a subprocess (exit code; one line on stderr, never a traceback). Afterwards
every file in the folder has the same SHA-256 as before and no file was added, with
one exception: `haven.lock`, an empty file, may appear in a folder that *is* a vault
(readable keys.json and a non-empty haven.db). `Vault.open` must take the
single-instance lock before it unwraps keys or touches the database, otherwise two
processes could race; the lock file holds nothing and is part of every vault folder
(DESIGN.md). In a folder that is not a vault no lock file may appear. To make that
check mean something, the lock file left by creating the vault is removed first.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.errors import (
    HavenError,
    KeysChanged,
    NoRecoveryCode,
    NotAVault,
    VaultDamaged,
    VaultInUse,
    WrongSecret,
)
from journal.keyslots import Secret, new_recovery_code
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
CHILD_HOLD = Path(__file__).with_name("child_hold_open.py")
EXIT_WRONG_SECRET, EXIT_UNREADABLE, EXIT_IN_USE = 3, 4, 5


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journal", *map(str, args)],
                          capture_output=True, text=True, cwd=REPO, env=child_env(),
                          stdin=subprocess.DEVNULL, timeout=120, check=False)


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    err = result.stderr
    assert "Traceback" not in err, err
    assert err.strip(), "no message on stderr"
    assert err.strip().count("\n") == 0, f"more than one line on stderr: {err!r}"
    assert err.startswith("haven: "), err


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under `folder`."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


EMPTY_SHA = hashlib.sha256(b"").hexdigest()


def assert_unchanged(before: dict[str, str], after: dict[str, str], *,
                     lock_allowed: bool) -> None:
    missing = set(before) - set(after)
    assert not missing, f"files vanished: {missing}"
    changed = [name for name in before if after[name] != before[name]]
    assert not changed, f"files changed: {changed}"
    added = set(after) - set(before)
    if lock_allowed:
        assert added <= {"haven.lock"}, f"files appeared: {added}"
        if "haven.lock" in added:
            assert after["haven.lock"] == EMPTY_SHA
    else:
        assert not added, f"files appeared in a folder that is no vault: {added}"


def build_vault(folder: Path, *, recovery: bool = True) -> str | None:
    """A closed vault with entries big enough to span many pages; its recovery code."""
    code = None
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        store = EntryStore(vault)
        for i in range(12):
            store.create(EntryDraft(date(2025, 2, 1 + i), title=f"entry {i}",
                                    body=f"paragraph {i}. " * 600, tags=[f"t{i % 3}"]))
        if recovery:
            code = vault.replace_recovery_code(kdf=FAST_KDF)
    return code


def open_and_read(target: Path, secret: Secret) -> list[str]:
    """What `list` and `verify` do: open, read the list, count, check integrity."""
    vault = Vault.open(target, secret)
    try:
        store = EntryStore(vault)
        store.page()
        store.count()
        return vault.integrity_problems()
    finally:
        vault.close()


def api_outcome(target: Path, secret: Secret) -> HavenError | list[str]:
    """The typed error open_and_read raised, or the integrity problems it found."""
    try:
        return open_and_read(target, secret)
    except HavenError as exc:
        return exc


# -- the damage ----------------------------------------------------------------------------

def keys_json(folder: Path) -> dict:
    return json.loads((folder / "keys.json").read_text())


def write_keys(folder: Path, data: object) -> None:
    (folder / "keys.json").write_text(json.dumps(data))


def replace_with_plain_sqlite(folder: Path) -> None:
    db = folder / "haven.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO entries (body) VALUES ('not encrypted at all')")
    conn.commit()
    conn.close()


def truncate_db(folder: Path) -> None:
    db = folder / "haven.db"
    size = db.stat().st_size
    assert size >= 16 * 4096, "the vault should span many pages"
    with open(db, "r+b") as f:
        f.truncate(size // 2)


def flip_wrapped_key_byte(folder: Path) -> None:
    data = keys_json(folder)
    slot = data["slots"][0]
    wrapped = bytearray(base64.b64decode(slot["wrapped_key"]))
    wrapped[5] ^= 0x01
    slot["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    write_keys(folder, data)


def break_wrapped_key_base64(folder: Path) -> None:
    data = keys_json(folder)
    data["slots"][0]["wrapped_key"] = "!" + data["slots"][0]["wrapped_key"][1:]
    write_keys(folder, data)


def set_slot_field(path: tuple[str, ...], value: object) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        data = keys_json(folder)
        target = data["slots"][0]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        write_keys(folder, data)
    return damage


def nothing(folder: Path) -> None:
    pass


@dataclass(frozen=True)
class Case:
    id: str
    damage: Callable[[Path], None]
    api_error: type[HavenError]
    exit_code: int
    # True when the folder is still a vault (keys.json readable, haven.db non-empty),
    # so that Vault.open may create its empty lock file before it finds the problem.
    lock_allowed: bool
    secret: str = "passphrase"  # passphrase | wrong-passphrase | recovery | wrong-recovery
    recovery: bool = True  # whether the vault has a recovery code
    late_detection: bool = False  # damage may show only on list/verify, not on open


CASES = [
    Case("wrong-passphrase", nothing, WrongSecret, EXIT_WRONG_SECRET, True,
         secret="wrong-passphrase"),
    Case("wrong-recovery-code", nothing, WrongSecret, EXIT_WRONG_SECRET, True,
         secret="wrong-recovery"),
    Case("recovery-code-but-vault-has-none", nothing, NoRecoveryCode, EXIT_WRONG_SECRET,
         True, secret="wrong-recovery", recovery=False),
    Case("db-is-plain-sqlite", replace_with_plain_sqlite, VaultDamaged, EXIT_UNREADABLE,
         True),
    Case("db-is-random-bytes", lambda f: (f / "haven.db").write_bytes(os.urandom(64 * 1024)),
         VaultDamaged, EXIT_UNREADABLE, True),
    Case("db-is-empty", lambda f: (f / "haven.db").write_bytes(b""), VaultDamaged,
         EXIT_UNREADABLE, False),
    Case("db-truncated-to-half", truncate_db, VaultDamaged, EXIT_UNREADABLE, True,
         late_detection=True),
    Case("db-missing", lambda f: (f / "haven.db").unlink(), VaultDamaged, EXIT_UNREADABLE,
         False),
    Case("keys-missing", lambda f: (f / "keys.json").unlink(), NotAVault, EXIT_UNREADABLE,
         False),
    Case("keys-truncated-json",
         lambda f: (f / "keys.json").write_bytes((f / "keys.json").read_bytes()[:100]),
         VaultDamaged, EXIT_UNREADABLE, False),
    Case("keys-json-is-a-list", lambda f: write_keys(f, []), VaultDamaged, EXIT_UNREADABLE,
         False),
    Case("keys-json-no-slots",
         lambda f: write_keys(f, {**keys_json(f), "slots": []}), VaultDamaged,
         EXIT_UNREADABLE, False),
    Case("keys-json-slots-not-objects",
         lambda f: write_keys(f, {**keys_json(f), "slots": ["passphrase"]}), VaultDamaged,
         EXIT_UNREADABLE, False),
    Case("keys-json-other-format",
         lambda f: write_keys(f, {**keys_json(f), "format": "something-else"}), VaultDamaged,
         EXIT_UNREADABLE, False),
    Case("keys-wrapped-key-not-base64", break_wrapped_key_base64, VaultDamaged,
         EXIT_UNREADABLE, False),
    # Values that parse but that Argon2id / AES-GCM refuse: still a damaged key file.
    Case("keys-kdf-iterations-zero", set_slot_field(("kdf", "iterations"), 0), VaultDamaged,
         EXIT_UNREADABLE, True),
    Case("keys-nonce-empty", set_slot_field(("nonce",), ""), VaultDamaged, EXIT_UNREADABLE,
         True),
    # A flipped bit in the wrapped key: AES-GCM's tag fails exactly as it does for a wrong
    # passphrase, but the checksum over the slots' public fields no longer matches, so
    # the core says "changed or damaged" (exit 4), not "wrong secret".
    Case("keys-wrapped-key-byte-flipped", flip_wrapped_key_byte, KeysChanged,
         EXIT_UNREADABLE, True),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_damage_gives_its_error_and_changes_nothing(case: Case, tmp_path: Path):
    folder = tmp_path / "vault"
    code = build_vault(folder, recovery=case.recovery)
    secrets_dir = tmp_path / "secrets"
    secrets_dir.mkdir()
    case.damage(folder)
    (folder / "haven.lock").unlink(missing_ok=True)

    match case.secret:
        case "passphrase":
            secret, text, flag = Secret.passphrase, PASSPHRASE, "--passphrase-file"
        case "wrong-passphrase":
            secret, text, flag = Secret.passphrase, "not the passphrase", "--passphrase-file"
        case "recovery":
            assert code is not None
            secret, text, flag = Secret.recovery_code, code, "--recovery-code-file"
        case "wrong-recovery":
            other = new_recovery_code()
            assert other != code
            secret, text, flag = Secret.recovery_code, other, "--recovery-code-file"
    secret_file = secrets_dir / "secret.txt"
    secret_file.write_text(text + "\n", encoding="utf-8")

    before = snapshot(folder)

    # The Python API.
    outcome = api_outcome(folder, secret(text))
    if isinstance(outcome, HavenError):
        assert isinstance(outcome, case.api_error), repr(outcome)
    else:
        assert case.late_detection, "opened and read without any error"
        assert outcome, "a damaged vault passed the integrity check"
    assert_unchanged(before, snapshot(folder), lock_allowed=case.lock_allowed)

    # The command line.
    result = run_cli("list", "--vault", folder, flag, secret_file)
    if case.late_detection and result.returncode == 0:
        result = run_cli("verify", "--vault", folder, flag, secret_file)
    assert result.returncode == case.exit_code, result.stderr
    assert_one_line_error(result)
    assert_unchanged(before, snapshot(folder), lock_allowed=case.lock_allowed)

    if case.late_detection:  # verify must say so too
        result = run_cli("verify", "--vault", folder, flag, secret_file)
        assert result.returncode == case.exit_code
        assert_unchanged(before, snapshot(folder), lock_allowed=case.lock_allowed)

    if case.damage is nothing:  # a wrong secret did no harm: the right one still opens
        assert open_and_read(folder, Secret.passphrase(PASSPHRASE)) == []


@pytest.mark.slow
def test_vault_option_pointing_to_a_plain_file(tmp_path: Path):
    where = tmp_path / "elsewhere"
    where.mkdir()
    plain = where / "notes.txt"
    plain.write_text("just a file\n")
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    before = snapshot(where)
    with pytest.raises(NotAVault):
        Vault.open(plain, Secret.passphrase(PASSPHRASE))
    assert_unchanged(before, snapshot(where), lock_allowed=False)
    result = run_cli("list", "--vault", plain, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert_one_line_error(result)
    assert_unchanged(before, snapshot(where), lock_allowed=False)


@pytest.mark.slow
def test_empty_and_missing_folders_are_not_vaults(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    for target in (empty, tmp_path / "missing"):
        with pytest.raises(NotAVault):
            Vault.open(target, Secret.passphrase(PASSPHRASE))
        result = run_cli("list", "--vault", target, "--passphrase-file", pass_file)
        assert result.returncode == EXIT_UNREADABLE
        assert_one_line_error(result)
    assert list(empty.iterdir()) == []
    assert not (tmp_path / "missing").exists()


# -- a vault that is already open --------------------------------------------------------

@pytest.mark.slow
def test_vault_open_in_this_process_is_refused_elsewhere(vault, entries, tmp_path):
    entry_id = entries.create(EntryDraft(date(2025, 1, 1), title="held", body="open"))
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    before = snapshot(vault.folder)

    with pytest.raises(VaultInUse):
        Vault.open(vault.folder, Secret.passphrase(PASSPHRASE))
    assert_unchanged(before, snapshot(vault.folder), lock_allowed=False)

    result = run_cli("list", "--vault", vault.folder, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_IN_USE
    assert_one_line_error(result)
    assert_unchanged(before, snapshot(vault.folder), lock_allowed=False)

    assert entries.get(entry_id).title == "held"  # the holder is unharmed


@pytest.mark.slow
def test_vault_open_in_another_process_is_refused_here(tmp_path: Path):
    folder = tmp_path / "vault"
    build_vault(folder)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    child = subprocess.Popen([sys.executable, str(CHILD_HOLD), str(folder), str(pass_file)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=child_env())
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "open"
        before = snapshot(folder)
        with pytest.raises(VaultInUse):
            Vault.open(folder, Secret.passphrase(PASSPHRASE))
        assert_unchanged(before, snapshot(folder), lock_allowed=False)
        result = run_cli("verify", "--vault", folder, "--passphrase-file", pass_file)
        assert result.returncode == EXIT_IN_USE
        assert_one_line_error(result)
        assert_unchanged(before, snapshot(folder), lock_allowed=False)
        child.stdin.close()
        assert child.wait(timeout=60) == 0, child.stderr.read() if child.stderr else ""
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # Once the holder is gone, the vault opens here.
    assert open_and_read(folder, Secret.passphrase(PASSPHRASE)) == []
