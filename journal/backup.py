"""Encrypted backups: one file holding the key slots and an encrypted database copy.

A backup opens only with a passphrase or recovery code that was valid when it was
made (its own copy of the key slots). Written under a hidden temp name, fsynced and
renamed, so a backup cut off at any moment is never mistaken for a whole one.
Restoring writes a NEW vault folder after checking the copy; it never touches the
vault the backup came from. File format: docs/VAULT-FORMAT.md.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import Any

from journal.errors import (
    BackupDamaged,
    DiskFull,
    KeysChanged,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
)
from journal.files import atomic_write, fsync_folder
from journal.files import write_all as _write_all
from journal.folder_lock import FolderLock
from journal.keyslots import KeyFile, Secret, wipe
from journal.targets import (
    BACKUP_TEMP_PREFIX,
    OLD_BACKUP_TEMP_PREFIXES,
    TempFiles,
    check_target,
    publish,
    remove_abandoned,
)
from journal.vault import (
    DB_NAME,
    KEYS_NAME,
    LOCK_NAME,
    Vault,
    check_database_copy,
)

# The first bytes and the header's format name, readable without the key: neutral, so
# that a backup found on a stick or in a shared folder does not name the app. Backups of
# earlier versions (HAVEN-BACKUP, haven-backup) are still read.
MAGIC = b"ENC-BACKUP-1\n"
FORMAT = "enc-backup"
OLD_MAGIC = b"HAVEN-BACKUP\n"
OLD_FORMAT = "haven-backup"
VERSION = 1
SUFFIX = ".havenbackup"
BACKUPS_FOLDER = "backups"  # inside the vault folder, unless she chose another
TEMP_PREFIX = BACKUP_TEMP_PREFIX
OLD_TEMP_PREFIXES = OLD_BACKUP_TEMP_PREFIXES
# Discreet mode: automatic backups named without "haven" (backup-<time>.bak).
NEUTRAL_PREFIX = "backup"
NEUTRAL_SUFFIX = ".bak"
MAX_HEADER = 1024 * 1024
assert len(MAGIC) == len(OLD_MAGIC)
CHUNK = 1024 * 1024
_NAME = re.compile(r"^(?:haven|" + NEUTRAL_PREFIX + r")-(\d{8})-(\d{6})-(\d{6})(?:"
                   + re.escape(SUFFIX) + "|" + re.escape(NEUTRAL_SUFFIX) + ")$")


@dataclass(frozen=True)
class BackupHeader:
    created: str  # ISO 8601, UTC
    keyfile: KeyFile
    db_offset: int
    db_size: int
    db_sha256: str


def default_folder(vault_folder: Path) -> Path:
    return Path(vault_folder) / BACKUPS_FOLDER


# -- writing ----------------------------------------------------------------------------

def write_backup(vault: Vault, out: Path, *, overwrite: bool = False) -> Path:
    """Write one backup file at `out`. An existing file is replaced only when
    `overwrite` (TargetExists); never inside a vault folder (TargetInVault). A failure
    removes what was written and raises (DiskFull when there is no room); the vault
    itself is only read."""
    out = check_target(Path(out), overwrite=overwrite)
    return _write_backup(vault, out, overwrite=overwrite)


def _write_backup(vault: Vault, out: Path, *, overwrite: bool,
                  created: datetime | None = None) -> Path:
    folder = out.parent
    with TempFiles(folder, TEMP_PREFIX, old_prefixes=OLD_TEMP_PREFIXES) as temp:
        temp_db, partial = temp.path(".db"), temp.path(".partial")
        try:
            vault.copy_database(temp_db)
            _write_container(vault.keyfile_snapshot(), temp_db, partial,
                             created or datetime.now())
            publish(partial, out, overwrite=overwrite)  # only now does it look like one
            fsync_folder(folder)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(f"no room for the backup in {folder}") from exc
            raise
    return out


def remove_abandoned_temp_files(folder: Path) -> int:
    """The temp files of backups into `folder` that were cut off (killed, power loss)."""
    return remove_abandoned(Path(folder), TEMP_PREFIX, old_prefixes=OLD_TEMP_PREFIXES)


def _write_container(keyfile: KeyFile, db: Path, partial: Path, created: datetime,
                     ) -> None:
    digest = hashlib.sha256()
    with open(db, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    header = json.dumps({
        "format": FORMAT, "version": VERSION,
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keys": keyfile.to_json(),
        "database": {"size": db.stat().st_size, "sha256": digest.hexdigest()},
    }).encode()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_all(fd, MAGIC + len(header).to_bytes(4, "big") + header)
        with open(db, "rb") as f:
            while chunk := f.read(CHUNK):
                _write_all(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


# -- automatic backups: a folder of them, the newest N kept -----------------------------

def backup_name(when: datetime, *, neutral: bool = False) -> str:
    stamp = when.strftime('%Y%m%d-%H%M%S-%f')
    if neutral:
        return f"{NEUTRAL_PREFIX}-{stamp}{NEUTRAL_SUFFIX}"
    return f"haven-{stamp}{SUFFIX}"


# A backup whose header says it was made later than this after "now" is dated by a
# clock glitch (or by hand): it never counts as today's, and is the first to be pruned.
FUTURE_SLACK = timedelta(minutes=5)
# The automatic backup is made once a day; longer than this without one while she
# writes is worth telling her.
INTERVAL = timedelta(days=1)


@dataclass(frozen=True)
class FoundBackup:
    path: Path
    created: datetime  # from the verified header, local time, naive


@dataclass(frozen=True)
class BackupScan:
    """The files named like automatic backups in a folder, judged by their headers."""
    valid: list[FoundBackup]  # newest first, by the time in the header
    invalid: list[Path]  # a backup's name, but not a whole backup: never counted or pruned

    @property
    def newest(self) -> FoundBackup | None:
        return self.newest_before(datetime.now())

    def newest_before(self, now: datetime, *, on: date | None = None,
                      ) -> FoundBackup | None:
        """The newest backup made at a real time (not after `now`; `on` that day) whose
        database copy matches its checksum; None if there is none."""
        for found in self.valid:
            if found.created > now + FUTURE_SLACK or (on and found.created.date() != on):
                continue
            try:
                _verify_once(found.path)
            except (BackupDamaged, SchemaTooNew, OSError):
                continue
            return found
        return None


# Backups found whole by `_verify_once` in this process: path -> (size, mtime, inode,
# device).
_VERIFIED: dict[Path, tuple[int, int, int, int]] = {}


def _verify_once(path: Path) -> None:
    """`verify_file`, unless this process verified the file already and its size, time
    and inode are the same. Each lock and each unlock asks for the newest backup: hashing
    all of it every time (half a gigabyte at 100,000 entries) took a core for 0.4 s
    beside the GUI thread. A file changed in place is read again (a write moves its
    time), unless someone also set its time back: the next start reads it."""
    stat = path.stat()
    seen = (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_dev)
    if _VERIFIED.get(path) == seen:
        return
    verify_file(path)
    _VERIFIED[path] = seen


def _created(header: BackupHeader) -> datetime:
    when = datetime.strptime(header.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return when.astimezone().replace(tzinfo=None)


def scan_backups(folder: Path) -> BackupScan:
    """Every file in `folder` named like an automatic backup, sorted into whole backups
    (by the time in their header, newest first) and files that only have the name.
    Temp files are never listed; other files in the folder are not looked at."""
    folder = Path(folder)
    valid: list[FoundBackup] = []
    invalid: list[Path] = []
    if not folder.is_dir():
        return BackupScan(valid, invalid)
    for path in sorted(folder.iterdir()):
        if not _NAME.match(path.name) or path.is_symlink() or not path.is_file():
            continue
        try:
            valid.append(FoundBackup(path, _created(read_header(path))))
        except (BackupDamaged, SchemaTooNew, OSError, ValueError, OverflowError):
            invalid.append(path)
    valid.sort(key=lambda f: (f.created, f.path.name), reverse=True)
    return BackupScan(valid, invalid)


def list_backups(folder: Path) -> list[Path]:
    """The whole backups in `folder`, newest first by their header's time."""
    return [found.path for found in scan_backups(folder).valid]


def _moment(when: date | datetime | None) -> datetime:
    if isinstance(when, datetime):
        return when
    if when is None:
        return datetime.now()
    return datetime.combine(when, dt_time.max)  # a day: as if asked at its end


def backup_due(folder: Path, today: date | datetime | None = None) -> bool:
    """Whether no whole backup was made today (local time) in `folder`. Decided by the
    backups' headers, checked against their checksum: a file's name, an empty file or
    a backup dated in the future never stops the daily backup."""
    now = _moment(today)
    return scan_backups(folder).newest_before(now, on=now.date()) is None


@dataclass(frozen=True)
class BackupStatus:
    newest: FoundBackup | None
    invalid: list[Path]  # files with a backup's name that are not backups (left alone)
    overdue: bool  # she has written for longer than INTERVAL since the last backup


def backup_status(folder: Path, vault_folder: Path, *,
                  now: datetime | None = None) -> BackupStatus:
    """What to tell her about the automatic backups in `folder`: the newest whole one,
    the files that only look like one, and whether the journal has changed for longer
    than a day since the last backup (the backups have been failing or are missing).
    "Changed" is the database file's time: it moves only when something was written."""
    now = now or datetime.now()
    scan = scan_backups(folder)
    newest = scan.newest_before(now)
    vault_folder = Path(vault_folder)
    try:
        changed = datetime.fromtimestamp((vault_folder / DB_NAME).stat().st_mtime)
        since = newest.created if newest is not None else datetime.fromtimestamp(
            (vault_folder / KEYS_NAME).stat().st_mtime)
    except OSError:
        return BackupStatus(newest, scan.invalid, False)
    return BackupStatus(newest, scan.invalid, changed - since > INTERVAL)


def make_backup(vault: Vault, folder: Path, *, keep: int,
                now: datetime | None = None, neutral: bool = False) -> Path:
    """A new backup in `folder` (made if missing), named and dated by the local time
    (`neutral`: without "haven" in the name); then only the newest `keep` whole backups
    are kept. The new one is never pruned, backups dated in the future go first, and
    files that are not whole backups are left alone whatever their name."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = now or datetime.now()
    out = folder / backup_name(now, neutral=neutral)
    while out.exists():  # two in the same microsecond: take the next one
        now = now.replace(microsecond=(now.microsecond + 1) % 1_000_000)
        out = folder / backup_name(now, neutral=neutral)
    _write_backup(vault, out, overwrite=False, created=now)
    latest = now + FUTURE_SLACK
    others = [f for f in scan_backups(folder).valid if f.path != out]
    # Real times first (newest first), then those dated in the future.
    others.sort(key=lambda f: (f.created <= latest, f.created), reverse=True)
    for old in others[keep - 1:]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
    return out


def refresh_backups(vault: Vault, folder: Path, *, neutral: bool = False) -> int:
    """After the vault's key or secrets changed: bring the automatic backups in `folder`
    to the vault's key slots of now, so no old passphrase or recovery code opens any of
    them. One fresh backup is made; then every backup of this vault with other key
    slots is deleted (files that are not valid backups, and other vaults' backups, are
    left alone). Nothing is done if there is none to replace. How many were deleted.

    Deleting rather than re-encrypting each: a fresh backup holds everything the older
    ones held except what she has deleted since, and an old backup re-encrypted would
    keep every entry she deleted, now readable with her new passphrase."""
    current = vault.keyfile_snapshot()
    return _replace_backups(vault, folder, neutral,
                            lambda keyfile: keyfile.slots != current.slots)


def remake_backups(vault: Vault, folder: Path, *, neutral: bool = False) -> int:
    """After she deleted something and asked that the backups no longer hold it: one
    fresh backup of the vault as it is now, then every older backup of this vault in
    `folder` deleted (the same policy as after a passphrase change, for all of them).
    Files that are not valid backups and other vaults' backups are left alone. How many
    were deleted; nothing is done if there is none."""
    return _replace_backups(vault, folder, neutral, lambda _keyfile: True)


def _replace_backups(vault: Vault, folder: Path, neutral: bool,
                     stale: Callable[[KeyFile], bool]) -> int:
    folder = Path(folder)
    vault_id = vault.keyfile_snapshot().vault_id
    old = []
    for path in list_backups(folder):
        try:
            header = read_header(path)
        except (BackupDamaged, SchemaTooNew, OSError):
            continue
        if header.keyfile.vault_id == vault_id and stale(header.keyfile):
            old.append(path)
    if not old:
        return 0
    now = datetime.now()
    out = folder / backup_name(now, neutral=neutral)
    while out.exists():
        now = now.replace(microsecond=(now.microsecond + 1) % 1_000_000)
        out = folder / backup_name(now, neutral=neutral)
    _write_backup(vault, out, overwrite=False)  # first: a failure deletes nothing
    for path in old:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    fsync_folder(folder)
    return len(old)


# -- reading and restoring --------------------------------------------------------------

def read_header(path: Path) -> BackupHeader:
    """The header of a backup file; BackupDamaged if it is not one, or is cut short."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) not in (MAGIC, OLD_MAGIC):  # the same length
                raise BackupDamaged(f"{path.name} is not a Haven backup")
            length = int.from_bytes(f.read(4), "big")
            if not 0 < length <= MAX_HEADER:
                raise BackupDamaged(f"{path.name} has a damaged header")
            raw = f.read(length)
    except (IsADirectoryError, FileNotFoundError) as exc:
        raise BackupDamaged(f"{path.name} cannot be read: {exc.strerror}") from None
    try:
        data: Any = json.loads(raw)
        if data["format"] not in (FORMAT, OLD_FORMAT):
            raise ValueError("not a Haven backup")
        if data["version"] != VERSION:
            if isinstance(data["version"], int) and data["version"] > VERSION:
                raise SchemaTooNew(data["version"], VERSION)
            raise ValueError("unknown backup version")
        keyfile = KeyFile.from_json(data["keys"])
        db_size = data["database"]["size"]
        if type(db_size) is not int:
            raise ValueError("the database size is not a whole number")
        db_sha256 = str(data["database"]["sha256"])
        created = str(data["created"])
    except RecursionError:
        raise BackupDamaged(f"{path.name} has a damaged header: nested too deeply"
                            ) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(f"{path.name} has a damaged header: {exc}") from None
    offset = len(MAGIC) + 4 + length
    if db_size <= 0 or size != offset + db_size:
        raise BackupDamaged(f"{path.name} is incomplete or damaged "
                            f"({size} bytes instead of {offset + db_size})")
    return BackupHeader(created, keyfile, offset, db_size, db_sha256)


def verify_file(path: Path) -> BackupHeader:
    """Header, length and checksum of the database copy; BackupDamaged if any is off."""
    header = read_header(path)
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        f.seek(header.db_offset)
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != header.db_sha256:
        raise BackupDamaged(f"{Path(path).name} is damaged (checksum mismatch)")
    return header


# Written first into a folder being restored, removed last: a folder holding it and
# no keys.json is a restore that was cut off, which a retry may clean.
RESTORE_MARKER = ".restore-incomplete"


def restore_backup(path: Path, secret: Secret, target: Path) -> None:
    """Restore a backup into `target`, a new or empty folder, as a vault that opens
    with `secret`. Checks the file and the secret before writing anything (BackupDamaged,
    WrongSecret); then takes the folder's lock (VaultInUse while another restore or an
    open Haven holds it), writes the database, checks it with its key and writes
    keys.json last. On any failure what was written is removed again; a restore that
    was killed is recognised by its marker and cleaned up by the next one."""
    target = Path(target)
    try:
        header = verify_file(path)
        if target.exists() and not target.is_dir():
            raise VaultExists(f"{target} is not a folder")
        try:
            keys = header.keyfile.unwrap(secret)  # WrongSecret: nothing written
        except KeysChanged:
            raise BackupDamaged(f"{Path(path).name}: its key slots were changed or "
                                "damaged") from None
    finally:
        secret.wipe()
    try:
        if target.is_dir():
            _check_restore_target(target)  # before the lock file is made in her folder
        created = not target.exists()
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = FolderLock(target / LOCK_NAME)
        try:
            _restore_locked(path, header, keys, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                lock.path.unlink()  # still held: nobody else is halfway in this folder
            lock.release()
            if created:  # a failed restore leaves no folder it made
                with contextlib.suppress(OSError):
                    target.rmdir()  # only when empty
    finally:
        for key in keys:
            wipe(key)


# What a restore writes, besides the lock file: all it may ever remove.
def _restore_files(target: Path) -> list[Path]:
    return [target / RESTORE_MARKER, target / KEYS_NAME, target / f"{KEYS_NAME}.tmp",
            target / DB_NAME, *target.glob(f"{DB_NAME}-*")]


def _check_restore_target(target: Path) -> bool:
    """Whether `target` holds a restore that was cut off (True) or nothing (False);
    VaultExists if it holds anything else."""
    present = {p.name for p in target.iterdir()} - {LOCK_NAME}
    ours = {p.name for p in _restore_files(target)}
    if RESTORE_MARKER in present and KEYS_NAME not in present and present <= ours:
        return True
    if present:
        raise VaultExists(f"{target} is not empty")
    return False


def _restore_locked(path: Path, header: BackupHeader, keys: list[bytearray], target: Path,
                    ) -> None:
    if _check_restore_target(target):
        for leftover in _restore_files(target):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    db = target / DB_NAME
    try:
        target.chmod(0o700)
        fd = os.open(target / RESTORE_MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        fsync_folder(target)
        _copy_database_out(path, header, db)
        problems = check_database_copy(db, keys[0])
        if problems:
            raise BackupDamaged(f"the database in the backup is damaged: {problems[0]}")
        atomic_write(target / KEYS_NAME, json.dumps(header.keyfile.to_json(), indent=2)
                     .encode() + b"\n")
        (target / RESTORE_MARKER).unlink()
        fsync_folder(target)
    except BaseException as exc:
        for leftover in _restore_files(target):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if isinstance(exc, VaultDamaged) and not isinstance(exc, BackupDamaged):
            raise BackupDamaged(f"the backup does not open: {exc}") from exc
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(f"no room for the restored vault in {target}") from exc
        raise


def _copy_database_out(path: Path, header: BackupHeader, db: Path) -> None:
    fd = os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(path, "rb") as f:
            f.seek(header.db_offset)
            while chunk := f.read(CHUNK):
                _write_all(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)
