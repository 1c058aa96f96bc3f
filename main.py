"""Start Haven: python main.py [--vault DIR] [--demo] [--lang nl|en]."""

from __future__ import annotations

import signal
import sys

from ui.app import create_app


def main(argv: list[str] | None = None) -> int:
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
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
