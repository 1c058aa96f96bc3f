"""Shared fixtures: real SQLCipher vaults in temp folders, cheap key derivation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.keyslots import KdfParams
from journal.vault import Vault

# Argon2id at its cheapest, so tests that open many vaults stay quick. The real
# defaults are exercised by test_keyslots and the benchmark.
FAST_KDF = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
PASSPHRASE = "a calm test passphrase"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


@pytest.fixture
def entries(vault: Vault) -> EntryStore:
    return EntryStore(vault)
