"""Python's full garbage collections kept short: what lives long is frozen out of them.

A full collection walks every object Python tracks (about 60,000 once the workspace is
made) and holds Python's lock throughout: 20-35 ms here, on whichever thread happened
to allocate. During an export at 100,000 entries the worker set one off about once a
second, and the GUI thread, which needs the lock for every call into a widget made
from Python, stopped for that long each time. `gc.freeze()` moves what exists now into
a generation the collector skips: the modules, the unlock screen, the workspace. Later
objects are collected as before (the collector is never switched off). After a lock,
once the old workspace is garbage, `renew` gives everything back to the collector,
collects once (freeing the workspace's cycles) and freezes what is left.
"""

from __future__ import annotations

import gc

# After a lock, `renew` waits this long on the unlock screen: she has stepped away or
# is about to type, and the lock's own work (the backup, closing the vault) is done.
RENEW_AFTER_MS = 1000


def settle() -> None:
    """What exists now lives long (modules, a screen just made): out of full
    collections. Cheap (no walk); cumulative."""
    gc.freeze()


def renew() -> None:
    """Everything frozen back to the collector, one full collection (a replaced
    screen's cycles freed), then what is left frozen again. About 20-35 ms: call it on
    a turn of its own, not while she waits. Until then, what was frozen stays frozen,
    garbage or not: unfrozen earlier, the next full collection on any thread would
    walk all of it while the lock's and the unlock's work run."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
