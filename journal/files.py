"""Writing a file so that a crash or power cut leaves either the old or the new one,
whole: the one helper every part of Haven uses for that."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_all(fd: int, data: bytes) -> None:
    """All of `data` to `fd` (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` survive a power cut."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600,
                 temp: Path | None = None) -> None:
    """Replace `path` (or make it) with `data`, file mode `mode`.

    Written to `temp` (default `<name>.tmp` beside it), fsynced, renamed over `path`,
    then the folder fsynced so the rename itself survives a power cut. On any failure
    the temp file is removed and `path` is as it was."""
    path = Path(path)
    tmp = temp or path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            if hasattr(os, "fchmod"):  # exactly `mode`, whatever the umask
                os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)
