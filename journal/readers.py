"""Reading beside the writer: the vault's read-only reader connections and the snapshot
a worker reads through (see `Vault.reading`)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from journal.database import close as close_connection
from journal.database import configure_reader, connect, typed_db_errors
from journal.errors import VaultLocked


class _Owner(Protocol):
    """What a snapshot needs of its vault."""

    folder: Path

    @property
    def closing(self) -> bool: ...

    def reading(self) -> AbstractContextManager[Snapshot]: ...


class Snapshot:
    """One read transaction on a reader connection (see `Vault.reading`): every query
    through it sees the vault as it was when the snapshot began, while writes go on on
    the main connection. Stores and searches take it where they take a vault, to read."""

    def __init__(self, vault: _Owner, conn: Any) -> None:
        self.folder = vault.folder
        self._vault = vault
        self._conn = conn
        self.ended = False  # set when its reading ends: its connection is the pool's again

    @property
    def owner(self) -> _Owner:
        """The vault it reads, for a read that outlives this snapshot (a stream read
        later, on another worker): that read takes a reader connection of its own."""
        return self._vault

    def execute(self, sql: str, params: Any = ()) -> Any:
        """A cursor of the rows (`_Rows`); typed as the vault's own cursor is, since
        stores take either."""
        with self._errors():
            return _Rows(self, self._conn.execute(sql, params))

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
        if self.ended:  # its connection may be another read's now, or being closed
            raise RuntimeError("a read through a snapshot whose reading has ended")
        if self._vault.closing:  # a lock waits for this read: end it at its next step
            raise VaultLocked("the vault was locked during a read")
        try:
            with typed_db_errors():
                yield
        except sqlcipher3.OperationalError:
            if self._vault.closing:  # interrupted by a lock
                raise VaultLocked("the vault was locked during a read") from None
            raise


class _Rows:
    """The cursor of a read through a snapshot, stepped as a cursor is. Every step, not
    only the first, raises what the snapshot's errors make of a failure: a lock that
    interrupts the read between two rows raises VaultLocked (the summary read its ids
    row by row, and SQLite's "interrupted" reached her as a bug)."""

    def __init__(self, snapshot: Snapshot, cursor: Any) -> None:
        self._snapshot = snapshot
        self._cursor = cursor

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> Any:
        return self._step(self._cursor.__next__)

    def fetchone(self) -> Any:
        return self._step(self._cursor.fetchone)

    def fetchmany(self, size: int) -> list[Any]:
        rows: list[Any] = self._step(lambda: self._cursor.fetchmany(size))
        return rows

    def fetchall(self) -> list[Any]:
        rows: list[Any] = self._step(self._cursor.fetchall)
        return rows

    def _step(self, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except sqlcipher3.Error:
            with self._snapshot._errors():
                raise  # as the first step's error is


class ReaderPool:
    """The vault's reader connections: idle ones are kept for the next read; a change of
    key or journal mode stops them all (`stopped`), and closing interrupts the reads
    under way.

    `data_key()` gives the vault's key now, or None once it is closed; it is called
    under the pool's lock, so a rekey (which holds `stopped`) cannot swap or wipe the key
    while a reader is keyed with it."""

    def __init__(self, db_path: Path, data_key: Callable[[], bytearray | None]) -> None:
        self._db_path = db_path
        self._data_key = data_key
        self._lock = threading.Condition()
        self._idle: list[Any] = []
        self._busy: list[Any] = []
        self._paused = False
        self.closing = False

    def take(self) -> Any:
        with self._lock:
            while self._paused and not self.closing:
                self._lock.wait()
            key = self._data_key()
            if self.closing or key is None:
                raise VaultLocked("the vault is locked")
            if self._idle:
                conn = self._idle.pop()
            else:
                # Keying raw takes no key derivation.
                conn = connect(self._db_path, key, create=False, read_only=True)
                try:
                    configure_reader(conn)
                except BaseException:
                    conn.close()
                    raise
            self._busy.append(conn)
            return conn

    def give_back(self, conn: Any) -> None:
        with self._lock:
            self._busy.remove(conn)
            try:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            except sqlcipher3.DatabaseError:
                conn.close()
            else:
                if self.closing or self._paused:
                    conn.close()
                else:
                    self._idle.append(conn)
            self._lock.notify_all()

    def close(self) -> None:
        """Interrupt the reads under way (they raise VaultLocked), wait until they have
        ended, and close every reader connection; no new read starts."""
        with self._lock:
            self.closing = True
            for conn in self._busy:
                conn.interrupt()
        self._close_all()

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """No reader connection open meanwhile (for a change of key or journal mode);
        reads that want to start wait."""
        with self._lock:
            self._paused = True
        try:
            self._close_all()
            yield
        finally:
            with self._lock:
                self._paused = False
                self._lock.notify_all()

    def _close_all(self) -> None:
        """Wait until no read is under way, then close every reader connection."""
        with self._lock:
            while self._busy:
                self._lock.wait()
            while self._idle:
                close_connection(self._idle.pop())
