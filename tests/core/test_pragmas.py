"""PRAGMA audit of an opened vault, the raw-key form, extension loading, and no Qt in the core.

The settings are checked on a freshly created vault, on a reopened one (the open path
configures its connection separately) and after a re-encryption (which switches the
journal mode away from WAL and back).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["created", "reopened", "reencrypted"])
def any_vault(request, tmp_path) -> Iterator[Vault]:
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    EntryStore(vault).create(EntryDraft(date(2025, 1, 1), title="t", body="b"))
    if request.param == "reopened":
        vault.close()
        vault = Vault.open(folder, Secret.passphrase(PASSPHRASE))
    elif request.param == "reencrypted":
        vault.reencrypt(PASSPHRASE, kdf=FAST_KDF)
    yield vault
    vault.close()


def pragma(vault: Vault, name: str) -> object:
    row = vault.row(f"PRAGMA {name}")
    assert row is not None, f"PRAGMA {name} returned nothing (unknown to this build?)"
    return row[0]


def test_cipher_is_sqlcipher_4(any_vault):
    assert str(pragma(any_vault, "cipher_version")).startswith("4.")
    assert int(pragma(any_vault, "cipher_page_size")) == 4096
    # The salt is at the start of the file: no plaintext SQLite header to fingerprint.
    assert int(pragma(any_vault, "cipher_plaintext_header_size")) == 0


def test_temp_files_stay_in_memory(any_vault):
    assert int(pragma(any_vault, "temp_store")) == 2


def test_memory_security_is_on(any_vault):
    assert int(pragma(any_vault, "cipher_memory_security")) == 1


def test_journal_and_sync(any_vault):
    assert str(pragma(any_vault, "journal_mode")).lower() == "wal"
    assert int(pragma(any_vault, "synchronous")) == 2  # FULL


def test_secure_delete_foreign_keys_and_untrusted_schema(any_vault):
    assert int(pragma(any_vault, "secure_delete")) == 1
    assert int(pragma(any_vault, "foreign_keys")) == 1
    assert int(pragma(any_vault, "trusted_schema")) == 0


def test_extension_loading_is_off(any_vault):
    with pytest.raises(sqlcipher3.OperationalError, match="not authorized"):
        any_vault.row("SELECT load_extension('x')")


def test_fts5_secure_delete_is_set(vault):
    row = vault.row("SELECT v FROM entries_fts_config WHERE k = 'secure-delete'")
    assert row is not None and int(row[0]) == 1


def test_database_is_keyed_with_the_raw_data_key(vault):
    """The data key works as x'<hex>' (raw: no PBKDF2), and the same hex string used as a
    passphrase does not open the file, so the raw form is really what keys it."""
    key_hex = bytes(vault._data_key).hex()
    db = vault.folder / "haven.db"
    vault.close()

    def can_read(key_sql: str) -> bool:
        conn = sqlcipher3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA key = {key_sql}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher3.DatabaseError:
            return False
        finally:
            conn.close()

    assert can_read(f"\"x'{key_hex}'\"")
    assert not can_read(f"'{key_hex}'")
    assert not can_read(f"\"x'{os.urandom(32).hex()}'\"")


# -- no Qt in the core ---------------------------------------------------------------------

CORE_MODULES = ["cli", "journal.vault", "journal.entries", "journal.search",
                "journal.schema", "journal.keyslots", "journal.prompts", "journal.demo",
                "journal.report"]


@pytest.mark.slow
def test_importing_the_core_does_not_import_qt():
    code = (f"import sys\nimport {', '.join(CORE_MODULES)}\n"
            "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "print(qt)\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


_QT_IMPORT = re.compile(r"^\s*(from\s+(PySide6|shiboken6)\b|import\s+.*\b(PySide6|shiboken6)\b)",
                        re.MULTILINE)


def test_no_core_source_imports_qt():
    sources = sorted((REPO / "journal").rglob("*.py"))
    assert sources, "no core sources found"
    offenders = [str(p.relative_to(REPO)) for p in sources if _QT_IMPORT.search(p.read_text())]
    assert offenders == []


def test_the_static_check_would_catch_a_qt_import():
    assert _QT_IMPORT.search("from PySide6.QtCore import Qt\n")
    assert _QT_IMPORT.search("    import PySide6\n")
    assert _QT_IMPORT.search("import os, PySide6.QtWidgets\n")
    assert not _QT_IMPORT.search('"""PySide6 is for ui/ only."""\n')
