"""Memory that Python and Qt freed, given back to the system."""

from __future__ import annotations

import ctypes
import sys


def give_back_freed_memory() -> None:
    """Ask the C library to return the free parts of its heap (glibc's `malloc_trim`).

    Called before the key derivation of an unlock: Argon2id takes 64 MiB for that
    moment, and what the last session freed (its workspace, the vault's pages) is
    otherwise still held by the C library, so both add up in the peak: after a few
    locks and unlocks it was about 200 MiB at 100,000 entries, about 185 with this
    (bench/RESULTS.md). A no-op where there is no `malloc_trim` (not glibc)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)
