"""Shared fixtures: real SQLCipher vaults in temp folders, cheap key derivation."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from journal.entries import EntryStore
from journal.keyslots import KdfParams
from journal.vault import Vault


# The tools a privacy test runs (a real X server, a real D-Bus): skipped where missing,
# but with HAVEN_CI=1 (.ci/run) a missing tool fails the test instead, so CI never
# passes with a privacy test silently left out. `make test` installs them where it can.
def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs_tools"):
        missing = [tool for tool in mark.args if shutil.which(tool) is None]
        if not missing:
            continue
        reason = f"needs {' and '.join(missing)} (make test installs them on Debian as root)"
        if os.environ.get("HAVEN_CI") == "1":
            pytest.fail(f"HAVEN_CI=1: this privacy test would be skipped: {reason}",
                        pytrace=False)
        pytest.skip(reason)


# Property tests: no time limit per example (a loaded machine, or a garbage collection
# in the middle, made Hypothesis call a slow example "flaky"). In CI the examples are
# the same each run, so CI never turns red on an input it happened to draw this time;
# `make test` elsewhere keeps drawing new ones.
settings.register_profile("haven", deadline=None,
                          derandomize=os.environ.get("HAVEN_CI") == "1")
settings.load_profile("haven")


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
