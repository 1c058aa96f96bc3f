"""The one atomic write: the old file or the new one, never half, with the mode asked."""

from __future__ import annotations

import os
import stat

import pytest

from journal import files


def test_atomic_write_replaces_with_the_exact_mode(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    old_umask = os.umask(0o077)
    try:
        files.atomic_write(target, b"new", mode=0o755)
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    files.atomic_write(target, b"newer")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def no_room(fd, data):
        os.write(fd, b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "write_all", no_room)
    with pytest.raises(OSError, match="No space"):
        files.atomic_write(target, b"new", temp=tmp_path / ".a.txt.tmp")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
