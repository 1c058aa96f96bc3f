"""Where Haven may write a file it makes (an export, a summary, a backup, a recovery code).

Two rules, whatever the caller: nothing is ever written inside a vault folder (its own
or another's, found by the files every vault has), so an export can never replace
`haven.db` or `keys.json` nor lie in clear beside them; and an existing file is only
replaced when the caller was told to (`--force`, or she said yes in the app).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.errors import TargetExists, TargetInVault

# Every vault folder holds these (keys.json is written last, haven.db first).
VAULT_FILES = ("keys.json", "haven.db")


def is_vault_folder(folder: Path) -> bool:
    for name in VAULT_FILES:
        candidate = folder / name
        try:
            if candidate.exists() or candidate.is_symlink():
                return True
        except OSError:  # an unreadable folder: not known to be a vault
            continue
    return False


def vault_holding(path: Path | str, extra: Iterable[Path | str] = ()) -> Path | None:
    """The vault folder `path` is in (or is), else None. Both the path as given and
    the path with its symbolic links followed count: replacing a link inside a vault
    folder, or the file a link points to, would each change that folder. `extra` are
    folders that count as vaults whether or not they hold a vault's files yet (one
    about to be made)."""
    given = Path(os.path.abspath(path))
    try:
        resolved = given.resolve()
    except (OSError, RuntimeError):  # a symlink loop: judged by the path as given
        resolved = given
    extras = set()
    for folder in extra:
        extras.add(Path(os.path.abspath(folder)))
        with contextlib.suppress(OSError, RuntimeError):
            extras.add(Path(folder).resolve())
    for candidate in dict.fromkeys((given, resolved)):
        for folder in (candidate, *candidate.parents):
            if folder in extras or is_vault_folder(folder):
                return folder
    return None


def check_target(path: Path | str, *, overwrite: bool,
                 extra_vaults: Iterable[Path | str] = ()) -> Path:
    """`path` if Haven may write it: TargetInVault inside any vault folder (whatever
    `overwrite` says), TargetExists for an existing file unless `overwrite`."""
    path = Path(path)
    vault = vault_holding(path, extra_vaults)
    if vault is not None:
        raise TargetInVault(str(path), str(vault))
    if not overwrite and (path.exists() or path.is_symlink()):
        raise TargetExists(str(path))
    return path


def publish(temp: Path, target: Path, *, overwrite: bool) -> None:
    """Give the finished file `temp` its name `target` (same folder). Without
    `overwrite` a file that appeared at `target` meanwhile is kept (TargetExists): a
    hard link fails if the name is taken, where the file system has them."""
    if overwrite:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except FileExistsError:
        raise TargetExists(str(target)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK,
                             errno.EXDEV, errno.ENOSYS):
            raise
        # No hard links here (FAT on a USB stick): the check and the rename are apart.
        if target.exists() or target.is_symlink():
            raise TargetExists(str(target)) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


@contextmanager
def new_file(path: Path, *, overwrite: bool, suffix: str = ".part"
             ) -> Iterator[io.BufferedWriter]:
    """A hidden temporary file beside `path` (mode 0600, named after her file, not the
    app: a crash may leave it there), fsynced and given the name `path` (`publish`)
    when the block ends; removed on any failure. The caller checks `path` first."""
    import tempfile  # here: it brings shutil and random, which most commands never need

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        publish(Path(tmp), path, overwrite=overwrite)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_file(path: Path | str, data: bytes, *, overwrite: bool = False) -> None:
    """Write `data` (mode 0600) to a temporary name beside `path` and give it its name
    when complete, so a failure leaves no half file. TargetExists when `path` exists
    and not `overwrite`; TargetInVault inside a vault folder, always."""
    path = check_target(Path(path), overwrite=overwrite)
    try:
        with new_file(path, overwrite=overwrite) as f:
            f.write(data)
    except OSError as exc:  # name her file, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


# -- temporary files of a write ---------------------------------------------------------

TEMP_LOCK_SUFFIX = ".lock"
# A backup's temp files: hidden, never listed as a backup, saying nothing of Haven.
BACKUP_TEMP_PREFIX = ".backup-tmp-"
OLD_BACKUP_TEMP_PREFIXES = (".haven-backup-",)  # what older versions left behind
STALE_UNLOCKED_SECONDS = 3600  # a temp file without a lock file (older Havens) this old


class TempFiles:
    """The temporary files of one write in `folder`, all named `<prefix><tag>.*`, and a
    lock file `<prefix><tag>.lock` held (an OS lock) while the write goes on. A writer
    that was killed leaves the lock free, so the next write into the folder (or the
    next start, for the vault's own backups) knows its files are abandoned and removes
    them, however recent; the files of a write still going on are never touched."""

    def __init__(self, folder: Path, prefix: str, *, old_prefixes: Iterable[str] = ()
                 ) -> None:
        import secrets

        from journal.folder_lock import FolderLock

        self.folder = Path(folder)
        self.prefix = prefix
        remove_abandoned(self.folder, prefix, old_prefixes=old_prefixes)
        self.stem = f"{prefix}{secrets.token_hex(8)}"
        self._lock: FolderLock | None
        try:
            self._lock = FolderLock(self.folder / f"{self.stem}{TEMP_LOCK_SUFFIX}")
        except OSError:  # no locks on this file system: the age rule still cleans up
            self._lock = None

    def path(self, suffix: str) -> Path:
        return self.folder / f"{self.stem}{suffix}"

    def __enter__(self) -> TempFiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()

    def remove(self) -> None:
        for path in self.folder.glob(f"{self.stem}.*"):
            if not path.name.endswith(TEMP_LOCK_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        if self._lock is not None:
            with contextlib.suppress(FileNotFoundError):
                self._lock.path.unlink()  # still held: no other cleaner can be halfway
            self._lock.release()
            self._lock = None


def remove_abandoned(folder: Path, prefix: str, *, old_prefixes: Iterable[str] = ()) -> int:
    """Remove the temporary files in `folder` of writes that were cut off: those whose
    lock file is free, and those without one older than an hour. How many went."""
    import time

    from journal.errors import VaultInUse
    from journal.folder_lock import FolderLock

    removed = 0
    try:
        names = [p for p in Path(folder).iterdir()
                 if p.name.startswith((prefix, *old_prefixes))]
    except OSError:
        return 0
    locked_stems = set()
    for lock_path in [p for p in names if p.name.endswith(TEMP_LOCK_SUFFIX)]:
        stem = lock_path.name.removesuffix(TEMP_LOCK_SUFFIX)
        try:
            lock = FolderLock(lock_path)
        except VaultInUse:
            locked_stems.add(stem)  # its writer is still at work
            continue
        except OSError:
            locked_stems.add(stem)
            continue
        try:
            for path in names:
                if path.name.startswith(stem + ".") and path != lock_path:
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
                        removed += 1
            with contextlib.suppress(FileNotFoundError):
                lock_path.unlink()
        finally:
            lock.release()
        locked_stems.add(stem)  # dealt with
    limit = time.time() - STALE_UNLOCKED_SECONDS
    for path in names:
        if path.name.endswith(TEMP_LOCK_SUFFIX) or any(
                path.name.startswith(stem + ".") for stem in locked_stems):
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
    return removed
