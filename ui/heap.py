"""Python's full garbage collections kept short: what lives long is frozen out of them.

A full collection walks every object Python tracks (about 60,000 once the workspace is
made) and holds Python's lock throughout: 20-35 ms here, on whichever thread happened
to allocate. During an export at 100,000 entries the worker set one off about once a
second, and the GUI thread, which needs the lock for every call into a widget made
from Python, stopped for that long each time. `gc.freeze()` moves what exists now into
a generation the collector skips: the modules, the unlock screen, the workspace. Later
objects are collected as before (the collector is never switched off). What was
frozen comes back to the collector at a lock (`release`), when the workspace becomes
garbage, and a full collection a moment later on the unlock screen frees its cycles.
"""

from __future__ import annotations

import gc

# After a lock, the full collection waits this long on the unlock screen: she has
# stepped away or is about to type, and the lock's own work is done.
COLLECT_AFTER_MS = 1000


def settle() -> None:
    """What exists now lives long (modules, a screen just made): out of full
    collections. Cheap (no walk); cumulative."""
    gc.freeze()


def release() -> None:
    """Everything frozen back to the collector (a screen is being replaced)."""
    gc.unfreeze()


def collect_and_settle() -> None:
    """One full collection (the replaced screen's cycles freed), then freeze what is
    left. About 20-35 ms: call it on a turn of its own, not while she waits."""
    gc.collect()
    gc.freeze()
