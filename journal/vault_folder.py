"""A vault folder before its database is open: the names of its files, its lock, the
checks that Haven may use it, and its key file."""

from __future__ import annotations

import os
from pathlib import Path

from journal.errors import NoPermission, NotAVault, VaultDamaged
from journal.folder_lock import FolderLock
from journal.keyslots import KeyFile

DB_NAME = "haven.db"
KEYS_NAME = "keys.json"
LOCK_NAME = "haven.lock"


def acquire_lock(folder: Path) -> FolderLock:
    """Lock the vault folder, or VaultInUse if an open Haven holds it."""
    try:
        return FolderLock(folder / LOCK_NAME)
    except PermissionError:
        raise NoPermission(str(folder / LOCK_NAME)) from None


def check_access(folder: Path) -> None:
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


def remove_unusable_shm(folder: Path) -> None:
    """A -shm file Haven may not write (left by an older version that opened a read-only
    database): with the folder lock held no connection is open, and SQLite rebuilds the
    -shm from the WAL, so removing it loses nothing."""
    shm = folder / f"{DB_NAME}-shm"
    if shm.exists() and not os.access(shm, os.R_OK | os.W_OK):
        try:
            shm.unlink()
        except PermissionError:
            raise NoPermission(str(shm)) from None


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
