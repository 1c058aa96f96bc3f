"""The vault: one folder with an encrypted database, its key slots and a lock.

This is the only module that opens sqlcipher3 connections or holds the data key.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from journal.errors import (
    DiskFull,
    HavenError,
    NoPermission,
    NotAVault,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongSecret,
)
from journal.folder_lock import FolderLock
from journal.keyslots import (
    DATA_KEY_BYTES,
    KdfParams,
    KeyFile,
    Secret,
    SlotKind,
    check_passphrase,
    new_recovery_code,
    unwrap_key,
    wipe,
    wrap_key,
)
from journal.schema import SCHEMA_VERSION, migrate, schema_version
from journal.targets import BACKUP_TEMP_PREFIX, OLD_BACKUP_TEMP_PREFIXES, remove_abandoned

DB_NAME = "haven.db"
KEYS_NAME = "keys.json"
LOCK_NAME = "haven.lock"


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
def _typed_db_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        typed = translate_db_error(exc)
        if typed is None:
            raise
        raise typed from exc


_HEX_DIGITS = b"0123456789abcdef"


def _raw_key(data_key: bytearray) -> bytearray:
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


def _connect(db_path: Path, data_key: bytearray, *, create: bool,
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
        raw = _raw_key(data_key)
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


def _configure(conn: Any) -> None:
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


def _configure_reader(conn: Any) -> None:
    conn.execute("PRAGMA query_only = ON")  # besides mode=ro: a reader never writes
    conn.execute("PRAGMA temp_store = MEMORY")  # a sort of a large read spills nowhere
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cache_size = -16384")


def _acquire_lock(folder: Path) -> FolderLock:
    """Lock the vault folder, or VaultInUse if an open Haven holds it."""
    try:
        return FolderLock(folder / LOCK_NAME)
    except PermissionError:
        raise NoPermission(str(folder / LOCK_NAME)) from None


def _check_access(folder: Path) -> None:
    """NoPermission, before SQLite touches anything, if Haven may not write the folder
    or the database: SQLite would otherwise open a read-only file read-only (and leave
    a read-only -shm behind that breaks every later write) or fail as if damaged."""
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise NoPermission(str(folder))
    for name in (KEYS_NAME, DB_NAME, f"{DB_NAME}-wal"):
        path = folder / name
        wanted = os.R_OK if name == KEYS_NAME else os.R_OK | os.W_OK
        if path.exists() and not os.access(path, wanted):
            raise NoPermission(str(path))


def _remove_unusable_shm(folder: Path) -> None:
    """A -shm file Haven may not write (left by an older version that opened a read-only
    database): with the folder lock held no connection is open, and SQLite rebuilds the
    -shm from the WAL, so removing it loses nothing."""
    shm = folder / f"{DB_NAME}-shm"
    if shm.exists() and not os.access(shm, os.R_OK | os.W_OK):
        try:
            shm.unlink()
        except PermissionError:
            raise NoPermission(str(shm)) from None


def check_database_copy(db_path: Path, data_key: bytearray) -> list[str]:
    """Open a copy of a vault's database (e.g. restored from a backup) with its key and
    run the integrity checks; the problems found, [] when it is sound. Raises
    VaultDamaged when the key does not read it, SchemaTooNew for a newer Haven's."""
    conn = _connect(db_path, data_key, create=False)
    try:
        with _typed_db_errors():
            version = schema_version(conn)
            if version == 0:
                raise VaultDamaged(f"{db_path.name} holds no Haven data")
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(version, SCHEMA_VERSION)
            conn.execute("PRAGMA temp_store = MEMORY")
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check")
                         if str(r[0]) != "ok"]
    finally:
        conn.close()
    return problems


def read_keyfile(folder: Path) -> KeyFile:
    """The key file of a vault folder; NotAVault or VaultDamaged if the folder is not one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotAVault(f"{folder} is not a folder")
    keys, db = folder / KEYS_NAME, folder / DB_NAME
    if not keys.exists():
        raise NotAVault(f"{folder} holds no {KEYS_NAME}")
    keyfile = KeyFile.load(keys)
    if not db.is_file() or db.stat().st_size == 0:
        raise VaultDamaged(f"{DB_NAME} is missing or empty")
    return keyfile


class Snapshot:
    """One read transaction on a reader connection (see `Vault.reading`): every query
    through it sees the vault as it was when the snapshot began, while writes go on on
    the main connection. Stores and searches take it where they take a vault, to read."""

    def __init__(self, vault: Vault, conn: Any) -> None:
        self.folder = vault.folder
        self._vault = vault
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self._errors():
            return self._conn.execute(sql, params)

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        with self._errors():
            found: list[Any] = self._conn.execute(sql, params).fetchall()
            return found

    def row(self, sql: str, params: Any = ()) -> Any:
        with self._errors():
            return self._conn.execute(sql, params).fetchone()

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """This snapshot itself (as `Vault.reading` gives one)."""
        yield self

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Already one consistent snapshot: a reader of it that asks for a transaction
        (to read several tables as of one moment) gets this one. Writes fail."""
        yield

    def checkpoint(self) -> None:
        """Nothing to fold in: a write through a snapshot fails before it would ask."""

    @contextmanager
    def _errors(self) -> Iterator[None]:
        if self._vault.closing:  # a lock waits for this read: end it at its next step
            raise VaultLocked("the vault was locked during a read")
        try:
            with _typed_db_errors():
                yield
        except sqlcipher3.OperationalError:
            if self._vault.closing:  # interrupted by a lock
                raise VaultLocked("the vault was locked during a read") from None
            raise


class UnlockedKeys:
    """The outcome of the slow key derivation, ready to open the database.

    Made off the GUI thread by `Vault.unlock_keys`, used once by `Vault.open_unlocked`.
    """

    def __init__(self, folder: Path, keyfile: KeyFile,
                 marked: list[tuple[bytearray, bool]]) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self.candidates = [key for key, _ in marked]
        self.from_previous = [previous for _, previous in marked]

    def wipe(self) -> None:
        for key in self.candidates:
            wipe(key)
        self.candidates = []


class Vault:
    """An open, unlocked vault. Use `create` or `open`; `close` when done."""

    def __init__(self, folder: Path, conn: Any, data_key: bytearray, keyfile: KeyFile,
                 lock: FolderLock) -> None:
        self.folder = folder
        self._conn = conn
        self._data_key = data_key
        self._keyfile = keyfile
        self._lock = lock
        self._tx_depth = 0
        # One user of the connection and the key at a time: a re-encryption or backup
        # on a worker thread and the GUI thread never interleave; close() waits too.
        self._guard = threading.RLock()
        # Reader connections (see `reading`): idle ones are kept for the next read.
        self._readers = threading.Condition()
        self._idle_readers: list[Any] = []
        self._busy_readers: list[Any] = []
        self._readers_paused = False
        self.closing = False

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def create(cls, folder: Path | str, passphrase: str, *,
               kdf: KdfParams | None = None) -> Vault:
        """A new vault in an empty or missing folder. keys.json is written last, so an
        interrupted create leaves no folder that looks like a vault."""
        folder = Path(folder)
        check_passphrase(passphrase)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(f"{folder} is not empty")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.chmod(0o700)  # also when she chose an existing empty folder
        lock = _acquire_lock(folder)
        data_key = bytearray(os.urandom(DATA_KEY_BYTES))
        secret = Secret.passphrase(passphrase)
        conn = None
        try:
            import uuid  # here: only a new vault needs it (2 ms of every command's start)

            vault_id = uuid.uuid4().hex
            keyfile = KeyFile(vault_id, [wrap_key(data_key, secret, vault_id, kdf)])
            db_path = folder / DB_NAME
            db_path.touch(mode=0o600)  # SQLite gives the WAL and shm files the same mode
            conn = _connect(db_path, data_key, create=True)
            _configure(conn)
            migrate(conn)
            conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
            keyfile.save(folder / KEYS_NAME)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        finally:
            secret.wipe()
        return cls(folder, conn, data_key, keyfile, lock)

    @staticmethod
    def unlock_keys(folder: Path | str, secret: Secret) -> UnlockedKeys:
        """The slow part of unlocking (Argon2id). Touches no file but keys.json; safe to
        run on a worker thread. Raises WrongSecret, NotAVault or VaultDamaged."""
        try:
            keyfile = read_keyfile(Path(folder))
            return UnlockedKeys(Path(folder), keyfile, keyfile.unwrap_marked(secret))
        finally:
            secret.wipe()

    @classmethod
    def open_unlocked(cls, keys: UnlockedKeys) -> Vault:
        """The fast part of unlocking: lock the folder and open the database (which
        migrates a vault of an older schema: seconds for a large one, once; the UI runs
        this on its unlock worker too)."""
        lock = _acquire_lock(keys.folder)
        try:
            return cls._open_db(keys, lock)
        except BaseException:
            lock.release()
            raise
        finally:
            keys.wipe()

    @classmethod
    def open(cls, folder: Path | str, secret: Secret) -> Vault:
        folder = Path(folder)
        read_keyfile(folder)  # a folder that is no vault gets no lock file
        _check_access(folder)  # nor a folder she may not write
        lock = _acquire_lock(folder)
        try:
            keys = cls.unlock_keys(folder, secret)
            try:
                return cls._open_db(keys, lock)
            finally:
                keys.wipe()
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_db(cls, keys: UnlockedKeys, lock: FolderLock) -> Vault:
        db_path = keys.folder / DB_NAME
        _check_access(keys.folder)
        _remove_unusable_shm(keys.folder)
        conn = None
        used = None
        for index, key in enumerate(keys.candidates):
            try:
                conn = _connect(db_path, key, create=False)
            except VaultDamaged:
                continue
            used = index
            break
        if conn is None or used is None:
            if keys.keyfile.previous_slots:
                # A change of secret was cut off: this secret belongs to the half
                # that did not happen (the other one opens the vault).
                raise WrongSecret()
            raise VaultDamaged(f"{DB_NAME} does not open with its key")
        try:
            with _typed_db_errors():
                version = schema_version(conn)
                if version == 0:
                    raise VaultDamaged(f"{DB_NAME} holds no Haven data")
                if version > SCHEMA_VERSION:  # refuse before anything is written
                    raise SchemaTooNew(version, SCHEMA_VERSION)
                _configure(conn)
                migrate(conn)
        except BaseException:
            conn.close()
            raise
        # A rollback journal left by a re-encryption killed before it had begun: SQLite
        # has already rolled back any journal that mattered, so what is left is litter.
        with contextlib.suppress(FileNotFoundError):
            (keys.folder / f"{DB_NAME}-journal").unlink()
        vault = cls(keys.folder, conn, bytearray(keys.candidates[used]), keys.keyfile, lock)
        vault._finish_interrupted_rekey(used_previous=keys.from_previous[used])
        if vault._keyfile.intact is None and not vault._keyfile.previous_slots:
            # Written before Haven kept a checksum: add one, so that from now on a
            # changed or damaged slot is told apart from a wrong passphrase.
            with contextlib.suppress(OSError):
                vault._save_keyfile(vault._keyfile)
        # A backup killed halfway (its lock file free) leaves a copy as large as the
        # database in the vault's own backups folder: gone at the next start.
        remove_abandoned(keys.folder / "backups", BACKUP_TEMP_PREFIX,
                         old_prefixes=OLD_BACKUP_TEMP_PREFIXES)
        return vault

    def close(self) -> None:
        """Lock: close the database, forget the key and release the folder. A read
        under way on a reader connection is interrupted (it raises VaultLocked)."""
        with self._readers:
            self.closing = True
            for conn in self._busy_readers:
                conn.interrupt()
        self._close_readers()
        with self._guard:
            if self._conn is None:
                return
            try:
                self._conn.close()  # checkpoints the WAL and removes it
            finally:
                self._conn = None
                wipe(self._data_key)
                self._lock.release()

    # -- reading beside the writer ----------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """A read transaction on a second, read-only connection, for reads on a worker
        thread: WAL lets it read one consistent snapshot while the main connection
        writes and the GUI thread queries, so neither waits for the other. It is keyed
        from the same data key as the main connection; closed when the vault is."""
        conn = self._take_reader()
        try:
            with Snapshot(self, conn)._errors():
                conn.execute("BEGIN")
                # The snapshot begins at the first read, not at BEGIN.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield Snapshot(self, conn)
        finally:
            self._return_reader(conn)

    def _take_reader(self) -> Any:
        with self._readers:
            while self._readers_paused and not self.closing:
                self._readers.wait()
            if self.closing or self._conn is None:
                raise VaultLocked("the vault is locked")
            if self._idle_readers:
                conn = self._idle_readers.pop()
            else:
                # Opened under the readers' lock, so a rekey or close cannot swap or
                # wipe the key halfway; keying raw takes no key derivation.
                conn = _connect(self.folder / DB_NAME, self._data_key, create=False,
                                read_only=True)
                try:
                    _configure_reader(conn)
                except BaseException:
                    conn.close()
                    raise
            self._busy_readers.append(conn)
            return conn

    def _return_reader(self, conn: Any) -> None:
        with self._readers:
            self._busy_readers.remove(conn)
            try:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            except sqlcipher3.DatabaseError:
                conn.close()
            else:
                if self.closing or self._readers_paused:
                    conn.close()
                else:
                    self._idle_readers.append(conn)
            self._readers.notify_all()

    def _close_readers(self) -> None:
        """Wait until no read is under way, then close every reader connection."""
        with self._readers:
            while self._busy_readers:
                self._readers.wait()
            while self._idle_readers:
                self._idle_readers.pop().close()

    @contextmanager
    def _readers_stopped(self) -> Iterator[None]:
        """No reader connection open meanwhile (for a change of key or journal mode);
        reads that want to start wait."""
        with self._readers:
            self._readers_paused = True
        try:
            self._close_readers()
            yield
        finally:
            with self._readers:
                self._readers_paused = False
                self._readers.notify_all()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries and transactions ----------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes go through here. Nested calls join the outer transaction."""
        with self._guard, self._transaction():
            yield

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield
            finally:
                self._tx_depth -= 1
            return
        with _typed_db_errors():
            self._connection.execute("BEGIN IMMEDIATE")
        self._tx_depth = 1
        try:
            with _typed_db_errors():
                yield
                self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise
        finally:
            self._tx_depth = 0

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self._guard, _typed_db_errors():
            return self._connection.execute(sql, params)

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        with self._guard, _typed_db_errors():
            found: list[Any] = self._connection.execute(sql, params).fetchall()
            return found

    def row(self, sql: str, params: Any = ()) -> Any:
        with self._guard, _typed_db_errors():
            return self._connection.execute(sql, params).fetchone()

    @property
    def _connection(self) -> Any:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def schema_version(self) -> int:
        return schema_version(self._connection)

    @property
    def has_recovery_code(self) -> bool:
        return self._keyfile.slot(SlotKind.RECOVERY) is not None

    # -- maintenance -----------------------------------------------------------------

    def checkpoint(self) -> None:
        """Fold the WAL into the database and empty it, so old page images are gone."""
        self.rows("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page check, SQLite's integrity check and the FTS index check."""
        problems = [str(r[0]) for r in self.rows("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in self.rows("PRAGMA integrity_check")
                     if str(r[0]) != "ok"]
        try:
            self.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
        except (sqlcipher3.DatabaseError, VaultDamaged) as exc:
            problems.append(f"full-text index: {exc}")
        return problems

    # -- backups ---------------------------------------------------------------------

    def copy_database(self, target: Path) -> None:
        """A consistent copy of the database at `target` (a new file), encrypted with the
        same data key, made with SQLite's online backup. Raises DiskFull when it does
        not fit; the caller removes a half-written target."""
        with self._guard:
            self._copy_database(target)

    def _copy_database(self, target: Path) -> None:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(target))
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        with _typed_db_errors():
            dest = _connect(target, self._data_key, create=True)
            try:
                dest.execute("PRAGMA cipher_memory_security = ON")
                self._connection.backup(dest)
                # A standalone file: no WAL beside it once closed.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()

    def keyfile_snapshot(self) -> KeyFile:
        """The key slots in force now (what a backup must carry to open its copy)."""
        with self._guard:
            return KeyFile(self._keyfile.vault_id, list(self._keyfile.slots))

    # -- keys ------------------------------------------------------------------------

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongSecret unless `passphrase` is this vault's passphrase now (the
        slow key derivation; nothing changes)."""
        secret = Secret.passphrase(passphrase)
        try:
            with self._guard:
                slot = self._keyfile.slot(SlotKind.PASSPHRASE)
                vault_id = self._keyfile.vault_id
            if slot is None:
                raise VaultDamaged("keys.json has no passphrase slot")
            wipe(unwrap_key(slot, secret, vault_id))
        finally:
            secret.wipe()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None,
                          keep_key: bool = False,
                          progress: Callable[[int, int], None] | None = None) -> str | None:
        """A new passphrase. Someone may know the old one, so by default the database is
        re-encrypted with a new data key (`rekey`): the old passphrase and recovery code
        then open no current file, not even beside an old backup's keys.json. Returns
        the new recovery code that replaces the old one, if the vault had one.

        `keep_key`: only rewrap the data key for the new passphrase (keys.json changes,
        atomically); anything that carries the old key slots still opens with the old
        passphrase. Returns None then."""
        check_passphrase(new_passphrase)
        if not keep_key:
            return self.rekey(new_passphrase, kdf=kdf, progress=progress)
        with self._guard:
            secret = Secret.passphrase(new_passphrase)
            try:
                slot = wrap_key(self._data_key, secret, self._keyfile.vault_id, kdf)
            finally:
                secret.wipe()
            self._save_keyfile(self._keyfile.with_slot(slot))
        return None

    def replace_recovery_code(self, passphrase: str | None = None, *,
                              kdf: KdfParams | None = None,
                              progress: Callable[[int, int], None] | None = None) -> str:
        """A new recovery code; the old one (if any) stops working. Returns the code.

        With the current `passphrase` the database is re-encrypted with a new data key
        as well (`rekey`), so the old code opens nothing, not even beside an old
        backup's keys.json. Without it only keys.json changes: for a vault just made,
        where no old code exists."""
        if passphrase is not None:
            code = self.rekey(passphrase, recovery_code=True, kdf=kdf, progress=progress)
            assert code is not None
            return code
        with self._guard:
            code = new_recovery_code()
            secret = Secret.recovery_code(code)
            try:
                slot = wrap_key(self._data_key, secret, self._keyfile.vault_id, kdf)
            finally:
                secret.wipe()
            self._save_keyfile(self._keyfile.with_slot(slot))
        return code

    def reencrypt(self, passphrase: str, *, kdf: KdfParams | None = None,
                  progress: Callable[[int, int], None] | None = None) -> str | None:
        """Re-encrypt the whole database with a new random data key, keeping the
        passphrase `passphrase` (checked first: WrongSecret). If the vault had a
        recovery code, a new one replaces it and is returned."""
        with_code = self.has_recovery_code
        total = 3 + with_code
        if progress is not None:
            progress(0, total)
        secret = Secret.passphrase(passphrase)
        try:
            with self._guard:
                keyfile = self._keyfile
            for key in keyfile.unwrap(secret):  # raises WrongSecret
                wipe(key)
        finally:
            secret.wipe()
        if progress is not None:
            progress(1, total)
        after_check = None if progress is None else (
            lambda done, _total: progress(done + 1, total) if done else None)
        return self.rekey(passphrase, recovery_code=with_code, kdf=kdf, progress=after_check)

    def rekey(self, passphrase: str, *, recovery_code: bool | None = None,
              kdf: KdfParams | None = None,
              progress: Callable[[int, int], None] | None = None) -> str | None:
        """Re-encrypt the whole database with a new random data key (PRAGMA rekey),
        wrapped for `passphrase` and, when `recovery_code` (by default: when the vault
        had one), for a new recovery code, which is returned. A crash at any moment
        leaves a vault that opens: keys.json holds the old slots until the rekey has
        finished.

        `progress(done, total)` is called on this thread after each step: each new key
        slot (one Argon2id run each), and the rekey with the final keys.json. The rekey
        is one call into SQLCipher (every page at once), so it is one step. It is called
        only before anything is written and once all is done, never in between: an
        exception from it stops the work before any write.

        The slow key derivation runs without the vault's guard, so the GUI thread can
        still read meanwhile; keys.json, the rekey and the swap of the key in memory run
        under it, so no other thread uses the connection or key halfway."""
        check_passphrase(passphrase)
        with self._guard:
            vault_id = self._keyfile.vault_id
            had_code = self.has_recovery_code
        with_code = had_code if recovery_code is None else recovery_code
        total = 2 + with_code
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        secret = Secret.passphrase(passphrase)
        new_key = bytearray(os.urandom(DATA_KEY_BYTES))
        try:
            slots = [wrap_key(new_key, secret, vault_id, kdf)]
            step()
            code = None
            if with_code:
                code = new_recovery_code()
                recovery = Secret.recovery_code(code)
                try:
                    slots.append(wrap_key(new_key, recovery, vault_id, kdf))
                finally:
                    recovery.wipe()
                step()
        except BaseException:
            wipe(new_key)
            raise
        finally:
            secret.wipe()
        # The readers first (they are keyed with the old key, and WAL cannot be left
        # while another connection is open), outside the guard: a read under way may
        # need the main connection before it ends.
        with self._readers_stopped(), self._guard:
            self._save_keyfile(KeyFile(vault_id, slots, previous_slots=self._keyfile.slots))
            conn = self._connection
            with _typed_db_errors():
                self.checkpoint()
                conn.execute("PRAGMA journal_mode = DELETE")  # rekey is not done in WAL
                raw = _raw_key(new_key)
                try:
                    conn.reset_key(raw)  # sqlite3_rekey
                finally:
                    wipe(raw)
                conn.execute("PRAGMA journal_mode = WAL")
            wipe(self._data_key)
            self._data_key = new_key
            self._save_keyfile(KeyFile(vault_id, slots))
        step()
        return code

    def _finish_interrupted_rekey(self, *, used_previous: bool) -> None:
        """After a re-encryption was cut off: keep whichever key set opened the database."""
        keyfile = self._keyfile
        if not keyfile.previous_slots:
            return
        kept = keyfile.previous_slots if used_previous else keyfile.slots
        self._save_keyfile(KeyFile(keyfile.vault_id, kept))

    def _save_keyfile(self, keyfile: KeyFile) -> None:
        path = self.folder / KEYS_NAME
        try:
            keyfile.save(path)
        except BaseException:
            # The error may have come after the rename (the folder fsync): keep what is
            # in memory equal to what is on disk, whichever that is.
            with contextlib.suppress(HavenError):
                self._keyfile = KeyFile.load(path)
            raise
        self._keyfile = keyfile
