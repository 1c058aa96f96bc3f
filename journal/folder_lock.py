"""The single-instance lock of a vault folder (`haven.lock`)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from journal.errors import VaultInUse


class FolderLock:
    """The OS lock on a vault folder's `haven.lock`, held while the vault is open: an
    exclusive `flock` (Windows: a byte-range lock, `LockFileEx` through `msvcrt`) on an
    open descriptor of that empty file. A second opener, in this process or another,
    gets VaultInUse at once. The OS drops the lock when the descriptor is closed or the
    process ends, so a crash never leaves a stale lock; the file itself stays.

    Not tied to a thread: the UI opens a vault on a worker thread and closes it on the
    GUI thread. (Haven's own few lines instead of `filelock`, whose import took 15 ms of
    every command-line run.)"""

    def __init__(self, path: Path) -> None:
        self.path = path
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)  # never truncated: another Haven may hold it
        try:
            self._lock(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd: int | None = fd

    if sys.platform == "win32":  # pragma: no cover (Windows)
        @staticmethod
        def _lock(fd: int) -> None:
            import msvcrt

            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # the first byte, at position 0
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EDEADLK):
                    raise VaultInUse() from None
                raise

        @staticmethod
        def _unlock(fd: int) -> None:
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        @staticmethod
        def _lock(fd: int) -> None:
            import fcntl

            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                # Held elsewhere (some file systems say EACCES for it).
                if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                    raise VaultInUse() from None
                raise

        @staticmethod
        def _unlock(fd: int) -> None:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def __del__(self) -> None:
        # A vault dropped without close(): the folder must not stay locked until
        # Haven restarts.
        with contextlib.suppress(Exception):
            self.release()

    def release(self) -> None:
        """Unlock and close; a second call does nothing."""
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                self._unlock(fd)
            finally:
                os.close(fd)  # closing alone would drop the lock too
