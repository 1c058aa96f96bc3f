"""Run the real app in a child process for the crash test: unlock, type, wait for the
autosave, say so, then keep running until the parent kills it.

Usage: python child_app.py VAULT_DIR SETTINGS_FILE (the passphrase comes on stdin)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest

from tests.conftest import FAST_KDF
from ui.app import create_app
from ui.settings import Settings

TEXT = "Typed just before the crash, never saved by hand."


def main() -> None:
    folder, settings_file = sys.argv[1], sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    app = create_app(["haven", "--vault", folder, "--lang", "en"], settings=settings,
                     kdf=FAST_KDF)
    app.show()
    window = app.window

    def typed_and_saved(kind: str) -> None:
        if kind == "entry":
            print("SAVED", flush=True)

    def when_unlocked() -> None:
        app.hub.records_changed.connect(typed_and_saved)
        window.workspace.new_entry("")
        editor = window.workspace.journal_page.editor
        QTest.keyClicks(editor.body_edit, TEXT)  # the autosave follows by itself

    page = window.current_screen
    # After the window's own connection: the workspace is open by then.
    page.unlocked.connect(lambda _vault: QTimer.singleShot(0, when_unlocked))
    page.field.setText(passphrase)
    page.unlock_button.click()
    app.exec()


if __name__ == "__main__":
    main()
