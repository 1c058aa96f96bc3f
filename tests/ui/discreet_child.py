"""Start the real app in discreet mode on an X server and print what the desktop sees of
its window (every property: WM_CLASS, the title, …), read with xprop; then quit.

Usage: DISPLAY=... python discreet_child.py VAULT_DIR SETTINGS_FILE"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, QTimer

from tests.conftest import FAST_KDF
from ui.app import create_app
from ui.settings import Settings


def main() -> None:
    folder, settings_file = sys.argv[1], sys.argv[2]
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    app = create_app(["haven", "--vault", folder, "--lang", "en"], settings=settings,
                     kdf=FAST_KDF)
    app.show()

    def probe() -> None:
        # Every property of the window, not only the class and the title.
        result = subprocess.run(["xprop", "-id", str(int(app.window.winId()))],
                                capture_output=True, text=True, check=True)
        print(result.stdout, flush=True)
        app.window.close()

    QTimer.singleShot(300, probe)
    app.exec()


if __name__ == "__main__":
    main()
