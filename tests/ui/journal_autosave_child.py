"""Child process for test_journal_crash: open the journal page on a vault, type, and
report each autosave on stdout. The test kills this process hard afterwards."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journal.keyslots import Secret
from journal.vault import Vault
from ui.hub import Hub
from ui.pages.journal_page import JournalPage
from ui.settings import Settings


def main() -> None:
    folder, passphrase, settings_file, text = sys.argv[1:5]
    app = QApplication([])
    vault = Vault.open(Path(folder), Secret.passphrase(passphrase))
    hub = Hub()
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    page = JournalPage(vault, hub, settings)
    page.show()
    page.editor.saved.connect(lambda entry_id, _summary, _new: print(f"saved {entry_id}",
                                                                     flush=True))

    def write() -> None:
        page.new_entry()
        ascii_part = text.encode("ascii", "ignore").decode()[:10]
        QTest.keyClicks(page.editor.body_edit, ascii_part)  # typed as keys
        page.editor.body_edit.insertPlainText(text[len(ascii_part):])  # e.g. pasted
        print("typed", flush=True)

    QTest.qWaitForWindowExposed(page)
    QTimer.singleShot(0, write)
    app.exec()  # runs until the test kills this process


if __name__ == "__main__":
    main()
