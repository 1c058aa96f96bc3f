"""Opening and keying a SQLCipher connection, its PRAGMAs, and the typed errors behind
SQLite's exceptions. Only journal/vault.py and journal/readers.py call it: the vault
owns the key it is given."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from journal.errors import DiskFull, HavenError, NoPermission, VaultDamaged
from journal.keyslots import wipe

# SQLite's wording for a file that is damaged or not encrypted with our key.
_DAMAGE_MESSAGES = ("not a database", "malformed", "corrupt", "file is encrypted")


def translate_db_error(exc: sqlcipher3.DatabaseError) -> HavenError | None:
    """The typed error behind a database exception, or None if it is a plain bug."""
    message = str(exc).lower()
    if any(m in message for m in _DAMAGE_MESSAGES):
        return VaultDamaged(str(exc))
    if "disk is full" in message:
        return DiskFull(str(exc))
    if "readonly" in message or "read-only" in message:
        return NoPermission(str(exc))
    return None


@contextmanager
def typed_db_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        typed = translate_db_error(exc)
        if typed is None:
            raise
        raise typed from exc


_HEX_DIGITS = b"0123456789abcdef"


def raw_key(data_key: bytearray) -> bytearray:
    """SQLCipher's raw-key form x'<64 hex>': the key is used as is, no PBKDF2 per open."""
    # Built digit by digit in a buffer sized once: data_key.hex() would leave an
    # immutable copy of the key, and a growing buffer freed copies of its start.
    raw = bytearray(3 + 2 * len(data_key))
    raw[0:2] = b"x'"
    for i, byte in enumerate(data_key):
        raw[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        raw[3 + 2 * i] = _HEX_DIGITS[byte & 0x0F]
    raw[-1] = ord("'")
    return raw


def connect(db_path: Path, data_key: bytearray, *, create: bool,
             read_only: bool = False) -> Any:
    """Open and key a connection; raise VaultDamaged if the key does not read the file."""
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None,
                                  check_same_thread=False)
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamaged(f"{db_path.name} cannot be opened: {exc}") from None
    try:
        # Before keying: wipe SQLCipher's buffers on free, and keep it from writing
        # a decryption failure to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        raw = raw_key(data_key)
        try:
            conn.set_key(raw)  # a bytearray: no copy that outlives the wipe
        finally:
            wipe(raw)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the test read
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"{db_path.name} cannot be read: {exc}") from None
    conn.row_factory = sqlcipher3.Row
    return conn


def close(conn: Any) -> None:
    """Close `conn`, its page cache freed first. sqlite3_close frees (and, with
    cipher_memory_security, wipes) that cache while holding Python's lock: 30 ms for a
    vault's connections after reads at 100,000 entries, in which the GUI thread, which
    needs the lock for every call into a widget made from Python, stopped (a lock's
    close runs on a worker). `PRAGMA shrink_memory` frees it inside a statement, where
    Python's lock is let go: the longest wait of another thread became 1-2 ms."""
    with suppress(sqlcipher3.Error):  # only sooner: the close frees it all the same
        conn.execute("PRAGMA shrink_memory")
    conn.close()


def configure(conn: Any) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # every commit she made is on disk
    conn.execute("PRAGMA temp_store = MEMORY")  # temp files are not encrypted
    conn.execute("PRAGMA secure_delete = ON")  # deleted text is zeroed, not left free
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    # 16 MiB of decrypted pages (SQLCipher's default is 8): at 100,000 entries the journal
    # list's month counts, tags and count then stay in it together, 11 ms instead of
    # 30 each time the list is made again (bench/RESULTS.md, Notes).
    conn.execute("PRAGMA cache_size = -16384")


def configure_reader(conn: Any) -> None:
    conn.execute("PRAGMA query_only = ON")  # besides mode=ro: a reader never writes
    conn.execute("PRAGMA temp_store = MEMORY")  # a sort of a large read spills nowhere
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cache_size = -16384")
