from __future__ import annotations

import json

import pytest

from journal.errors import NoRecoveryCode, VaultDamaged, WrongSecret
from journal.keyslots import (
    DEFAULT_KDF,
    RECOVERY_ALPHABET,
    KeyFile,
    Secret,
    SlotKind,
    new_recovery_code,
    normalize_recovery_code,
    unwrap_key,
    wrap_key,
)
from tests.conftest import FAST_KDF


def test_default_kdf_is_rfc9106_second_recommendation():
    assert (DEFAULT_KDF.iterations, DEFAULT_KDF.memory_kib, DEFAULT_KDF.lanes) == (3, 65536, 4)


def test_wrap_and_unwrap_round_trip():
    key = bytearray(range(32))
    slot = wrap_key(key, Secret.passphrase("hello world"), "vault-1", FAST_KDF)
    assert unwrap_key(slot, Secret.passphrase("hello world"), "vault-1") == key
    assert bytes(key) not in slot.wrapped_key


def test_wrong_secret_and_wrong_vault_id_fail():
    slot = wrap_key(bytearray(32), Secret.passphrase("hello world"), "vault-1", FAST_KDF)
    with pytest.raises(WrongSecret):
        unwrap_key(slot, Secret.passphrase("hello World"), "vault-1")
    with pytest.raises(WrongSecret):  # the vault id is bound in as associated data
        unwrap_key(slot, Secret.passphrase("hello world"), "vault-2")


def test_passphrase_is_unicode_normalised():
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    slot = wrap_key(bytearray(32), Secret.passphrase(composed), "v", FAST_KDF)
    assert unwrap_key(slot, Secret.passphrase(decomposed), "v") == bytearray(32)


def test_recovery_code_shape_and_normalisation():
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 7
    assert all(len(g) == 4 and set(g) <= set(RECOVERY_ALPHABET) for g in groups)
    assert len({new_recovery_code() for _ in range(50)}) == 50
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalize_recovery_code(typed) == code.replace("-", "")


def test_secret_wipe_zeroes_the_buffer():
    secret = Secret.passphrase("something secret")
    secret.wipe()
    assert set(secret.value) == {0}


def test_keyfile_round_trip_holds_no_secret(tmp_path):
    key = bytearray(b"K" * 32)
    keyfile = KeyFile("abc", [wrap_key(key, Secret.passphrase("a long passphrase"), "abc",
                                       FAST_KDF)])
    path = tmp_path / "keys.json"
    keyfile.save(path)
    text = path.read_text()
    assert "a long passphrase" not in text and "KKKK" not in text
    loaded = KeyFile.load(path)
    assert loaded.unwrap(Secret.passphrase("a long passphrase")) == [key]
    assert json.loads(text)["slots"][0]["kdf"]["memory_kib"] == FAST_KDF.memory_kib


def test_keyfile_without_recovery_slot(tmp_path):
    keyfile = KeyFile("abc", [wrap_key(bytearray(32), Secret.passphrase("p" * 10), "abc",
                                       FAST_KDF)])
    assert keyfile.slot(SlotKind.RECOVERY) is None
    with pytest.raises(NoRecoveryCode):
        keyfile.unwrap(Secret.recovery_code("AAAA-BBBB"))


@pytest.mark.parametrize("content", [
    b"", b"{", b"[]", b'{"format": "haven-keys", "version": 1}',
    b'{"format": "other", "version": 1, "vault_id": "x", "slots": []}',
    b'{"format": "haven-keys", "version": 1, "vault_id": "x", "slots": []}',
    b'{"format": "haven-keys", "version": 1, "vault_id": "x", "slots": [{"kind": "x"}]}',
    b"\xff\xfe garbage",
])
def test_garbled_keyfile_is_damage(tmp_path, content):
    path = tmp_path / "keys.json"
    path.write_bytes(content)
    with pytest.raises(VaultDamaged):
        KeyFile.load(path)
