"""Python's garbage collector in a Qt app: collections run on the GUI thread only."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

# -- where collections run ------------------------------------------------------------

# How often the GUI thread looks whether a collection is due (Python's own thresholds).
CHECK_MS = 100


class _GuiThreadCollector(QObject):
    """Python's automatic collector runs on whichever thread allocates when a threshold
    is passed: often a worker, in the middle of a read. A widget made from Python that
    became garbage in a reference cycle (a page dropped, a fixture's hub) is then
    destroyed on that worker, and a widget destroyed off the GUI thread can crash the
    process. So the automatic collector is off, and this timer on the GUI thread
    collects instead, by Python's own thresholds: collections still happen as often, the
    collector is never switched off, only moved. (Either way a collection holds Python's
    lock, so the GUI thread waited for one on a worker too.)"""

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
