"""Keep the process's memory out of core dumps and away from same-user debuggers.

A core dump of a crashed Haven would hold decrypted pages and key material in a file
anyone who finds it can read; a debugger attached by another program of the same user
(ptrace) could read the memory of a running session. On Linux `PR_SET_DUMPABLE` 0
forbids both (no core file, no ptrace attach by non-root processes, /proc/<pid>/mem
closed), and `RLIMIT_CORE` 0 asks for no core file even where the former is undone
(KeePassXC does both). Elsewhere only the core limit is set, where the OS has one.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4


def harden() -> bool:
    """Best effort at start; True when the process is no longer dumpable (Linux)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False
