"""Start Haven: python main.py [--vault DIR] [--demo] [--lang nl|en] [--version].

For the benchmark only (bench/gui_bench.py): with HAVEN_EXIT_AT_UNLOCK=1 in the
environment, Haven prints `haven-unlock-screen-shown <ms since main()>` and leaves as soon
as the first screen (unlock or welcome) has been shown and painted.

For packaging/smoke.sh only: with HAVEN_ANNOUNCE_SCREEN=1, Haven prints
`haven-screen-shown <screen> [<page>]` once the first screen is painted, and runs on.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = sys.argv[1:] if argv is None else argv
    if "--version" in args:  # also where Qt cannot start
        from journal.version import version

        print(f"haven {version()}")
        return 0
    from journal import process

    process.harden()  # before any secret is typed: no core dump, no debugger attach
    # Where Qt would abort for want of a system library, say which and how to add it.
    from ui import qt_libs

    missing = qt_libs.missing_for_xcb()
    if missing:
        print(qt_libs.message(missing), file=sys.stderr)
        return 1
    try:
        from ui.app import create_app
    except ImportError as exc:
        problem = qt_libs.import_error_message(exc)
        if problem is None:
            raise
        print(problem, file=sys.stderr)
        return 1
    # A SIGTERM or Ctrl+C while the app is still being built: finish building, then
    # leave cleanly. HavenApp.exec() handles them from then on, and also acts on one
    # noted here after the check below (while the window is shown).
    stopped: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda number, _frame: stopped.append(number))
    app = create_app(argv)
    if stopped:
        app.shutdown()
        return 0
    # From here a bug is told to her in a calm message (tests let pytest-qt catch it).
    from ui.bugs import BugNotice

    BugNotice(app.window).install()
    app.show()
    if os.environ.get("HAVEN_EXIT_AT_UNLOCK") == "1":
        _exit_when_shown(app, started)
    if os.environ.get("HAVEN_ANNOUNCE_SCREEN") == "1":
        _announce_when_shown(app)
    return app.exec(stopped)


def _exit_when_shown(app, started: float) -> None:
    """The benchmark's marker: once the first screen is painted, say so and leave."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        app.window.repaint()
        print(f"haven-unlock-screen-shown {(time.perf_counter() - started) * 1000:.1f}",
              flush=True)
        app.qapp.quit()

    QTimer.singleShot(0, done)


def _announce_when_shown(app) -> None:
    """The smoke test's marker: which screen (and, unlocked, which page) came first."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        window = app.window
        window.repaint()
        screen = window.current_screen
        page = ""
        if screen is not None and screen is getattr(window, "workspace", None):
            page = type(window.workspace.pages.currentWidget()).__name__
        print(f"haven-screen-shown {type(screen).__name__} {page}".rstrip(), flush=True)

    QTimer.singleShot(0, done)


if __name__ == "__main__":
    sys.exit(main())
