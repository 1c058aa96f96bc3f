"""Run main.main() for the signal tests, with a marker at one moment of its start.

Usage: python signal_child.py MODE, where MODE is
  running  print RUNNING once the event loop runs (the parent then sends SIGTERM);
  shown    send itself SIGTERM just after the window is shown: after main() has looked
           for an early signal, before HavenApp.exec() puts its own handlers in place.
The demo journal is used, so its temp folder shows whether the app closed cleanly."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer

import main
from ui.app import HavenApp


def running_marker() -> None:
    original = HavenApp.exec

    def exec_with_marker(self, *args):
        QTimer.singleShot(0, lambda: print("RUNNING", flush=True))
        return original(self, *args)

    HavenApp.exec = exec_with_marker


def signal_when_shown() -> None:
    original = HavenApp.show

    def show_then_signal(self):
        original(self)
        signal.raise_signal(signal.SIGTERM)  # its handler runs before this returns

    HavenApp.show = show_then_signal


if __name__ == "__main__":
    {"running": running_marker, "shown": signal_when_shown}[sys.argv[1]]()
    sys.exit(main.main(["haven", "--demo"]))
