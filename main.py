"""Start Haven: python main.py [--vault DIR] [--demo] [--lang nl|en].

For the benchmark only (bench/gui_bench.py): with HAVEN_EXIT_AT_UNLOCK=1 in the
environment, Haven prints `haven-unlock-screen-shown <ms since main()>` and leaves as soon
as the first screen (unlock or welcome) has been shown and painted.
"""

from __future__ import annotations

import os
import signal
import sys
import time

from journal import process
from ui.app import create_app


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    process.harden()  # before any secret is typed: no core dump, no debugger attach
    # A SIGTERM or Ctrl+C while the app is still being built: finish building, then
    # leave cleanly (HavenApp.exec() handles them from then on).
    stopped: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda number, _frame: stopped.append(number))
    app = create_app(argv)
    if stopped:
        app.shutdown()
        return 0
    app.show()
    if os.environ.get("HAVEN_EXIT_AT_UNLOCK") == "1":
        _exit_when_shown(app, started)
    return app.exec()


def _exit_when_shown(app, started: float) -> None:
    """The benchmark's marker: once the first screen is painted, say so and leave."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        app.window.repaint()
        print(f"haven-unlock-screen-shown {(time.perf_counter() - started) * 1000:.1f}",
              flush=True)
        app.qapp.quit()

    QTimer.singleShot(0, done)


if __name__ == "__main__":
    sys.exit(main())
