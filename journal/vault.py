"""The vault: one folder with an encrypted database, its key slots and a lock.

The only owner of the data key and the main connection: journal/database.py opens and
keys a connection with the key it is given, journal/readers.py keeps the reader
connections, journal/vault_folder.py checks the folder before anything is opened.
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

from journal.database import close as close_connection
from journal.database import configure, connect, raw_key, typed_db_errors
from journal.errors import (
    HavenError,
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
from journal.readers import ReaderPool, Snapshot
from journal.schema import SCHEMA_VERSION, migrate, schema_version
from journal.targets import BACKUP_TEMP_PREFIX, OLD_BACKUP_TEMP_PREFIXES, remove_abandoned
from journal.vault_folder import (
    DB_NAME,
    KEYS_NAME,
    LOCK_NAME,
    acquire_lock,
    check_access,
    read_keyfile,
    remove_unusable_shm,
)

# What the rest of Haven takes from here: the vault, the snapshot it reads through, and
# what a backup or the command line needs of its folder.
__all__ = ["DB_NAME", "KEYS_NAME", "LOCK_NAME", "Snapshot", "UnlockedKeys", "Vault",
           "check_database_copy", "read_keyfile"]


def check_database_copy(db_path: Path, data_key: bytearray) -> list[str]:
    """Open a copy of a vault's database (e.g. restored from a backup) with its key and
    run the integrity checks; the problems found, [] when it is sound. Raises
    VaultDamaged when the key does not read it, SchemaTooNew for a newer Haven's."""
    conn = connect(db_path, data_key, create=False)
    try:
        with typed_db_errors():
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
        self._readers = ReaderPool(folder / DB_NAME, self._key_for_readers)

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
        lock = acquire_lock(folder)
        data_key = bytearray(os.urandom(DATA_KEY_BYTES))
        secret = Secret.passphrase(passphrase)
        conn = None
        try:
            import uuid  # here: only a new vault needs it (2 ms of every command's start)

            vault_id = uuid.uuid4().hex
            keyfile = KeyFile(vault_id, [wrap_key(data_key, secret, vault_id, kdf)])
            db_path = folder / DB_NAME
            db_path.touch(mode=0o600)  # SQLite gives the WAL and shm files the same mode
            conn = connect(db_path, data_key, create=True)
            configure(conn)
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
        lock = acquire_lock(keys.folder)
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
        check_access(folder)  # nor a folder she may not write
        lock = acquire_lock(folder)
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
        check_access(keys.folder)
        remove_unusable_shm(keys.folder)
        conn = None
        used = None
        for index, key in enumerate(keys.candidates):
            try:
                conn = connect(db_path, key, create=False)
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
            with typed_db_errors():
                version = schema_version(conn)
                if version == 0:
                    raise VaultDamaged(f"{DB_NAME} holds no Haven data")
                if version > SCHEMA_VERSION:  # refuse before anything is written
                    raise SchemaTooNew(version, SCHEMA_VERSION)
                configure(conn)
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
        self._readers.close()
        with self._guard:
            if self._conn is None:
                return
            try:
                close_connection(self._conn)  # checkpoints the WAL and removes it
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
        conn = self._readers.take()
        snapshot = Snapshot(self, conn)
        try:
            with snapshot._errors():
                conn.execute("BEGIN")
                # The snapshot begins at the first read, not at BEGIN.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield snapshot
        finally:
            # Any later read through it fails at once: the connection goes back to the
            # pool, to another read on another thread or to be closed by a lock.
            snapshot.ended = True
            self._readers.give_back(conn)

    @property
    def closing(self) -> bool:
        """Closing (or closed): reads under way end, new ones do not start."""
        return self._readers.closing

    def _key_for_readers(self) -> bytearray | None:
        return None if self._conn is None else self._data_key

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
        with typed_db_errors():
            self._connection.execute("BEGIN IMMEDIATE")
        self._tx_depth = 1
        try:
            with typed_db_errors():
                yield
                self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise
        finally:
            self._tx_depth = 0

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self._guard, typed_db_errors():
            return self._connection.execute(sql, params)

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        with self._guard, typed_db_errors():
            found: list[Any] = self._connection.execute(sql, params).fetchall()
            return found

    def row(self, sql: str, params: Any = ()) -> Any:
        with self._guard, typed_db_errors():
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
        with typed_db_errors():
            dest = connect(target, self._data_key, create=True)
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
        recovery code, a new one replaces it and is returned.

        Like `rekey`, it holds the guard only to read the key slots: the check of the
        passphrase (Argon2id, the slow part) runs outside it, so the GUI thread can still
        read meanwhile; `rekey` takes the guard for every write."""
        with self._guard:
            keyfile = self._keyfile
        with_code = keyfile.slot(SlotKind.RECOVERY) is not None
        total = 3 + with_code
        if progress is not None:
            progress(0, total)
        secret = Secret.passphrase(passphrase)
        try:
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
        with self._readers.stopped(), self._guard:
            self._save_keyfile(KeyFile(vault_id, slots, previous_slots=self._keyfile.slots))
            conn = self._connection
            with typed_db_errors():
                self.checkpoint()
                conn.execute("PRAGMA journal_mode = DELETE")  # rekey is not done in WAL
                raw = raw_key(new_key)
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
