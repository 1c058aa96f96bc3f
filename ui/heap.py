"""Python's garbage collector in a Qt app: collections on the GUI thread only, and
kept short by freezing what lives long out of them.

Where: Python's automatic collector runs on whichever thread allocates past a
threshold, often a worker in the middle of a read; a widget made from Python that had
become garbage in a cycle was then destroyed off the GUI thread, which can crash the
process. `collect_on_the_gui_thread` (below) moves the collections to the GUI thread.

How long: a full collection walks every object Python tracks (about 60,000 once the
workspace is made) and holds Python's lock throughout: 20-35 ms here. During an export
at 100,000 entries one was due about once a second, and the GUI thread, which needs the
lock for every call into a widget made from Python, stopped for that long each time.
`gc.freeze()` moves what exists now into a generation the collector skips: the
modules, the unlock screen, the workspace. Later objects are collected as before. After
a lock, once the old workspace is garbage, `renew` gives everything back to the
collector, collects once (freeing the workspace's cycles) and freezes what is left.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

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


# -- where collections run ------------------------------------------------------------

# How often the GUI thread looks whether a collection is due (Python's own thresholds).
CHECK_MS = 100


class _GuiThreadCollector(QObject):
    """The automatic collector is off, and this timer on the GUI thread collects
    instead, by Python's own thresholds: collections happen as often as before, only on
    this thread (see the module's docstring; before, a set of UI tests crashed in 3
    runs of 4). Either way a collection holds Python's lock, so the GUI thread waited
    for one on a worker too."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()
        app.aboutToQuit.connect(self.stop)

    @Slot()
    def collect_due(self) -> None:
        """The generations whose thresholds are passed, as Python's own collector would."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young <= first:
            return
        generation = 0
        if middle > second:
            generation = 1
            if old > third:
                generation = 2
        gc.collect(generation)

    @Slot()
    def stop(self) -> None:
        """Back to Python's own collector (the app ends; its objects are freed here)."""
        self._timer.stop()
        gc.enable()


def collect_on_the_gui_thread(app: QCoreApplication) -> None:
    """From now on, Python's garbage is collected on the GUI thread only (once per
    application; call it on the GUI thread)."""
    if app.findChild(_GuiThreadCollector) is None:
        _GuiThreadCollector(app)
