"""Page modules and pages of the database made ready before she needs them: imported
on a worker while she types her passphrase (`start_preimport`), read once after
unlock (`preload`)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QObject, QTimer

from journal.vault import Vault
from ui import workers
from ui.pages import PAGES

# Imported on a worker while she types her passphrase, in the order unlock needs them:
# the Today page and the backup check (unlock itself), then every sidebar page and what
# the journal's summary and export bring (some 0.2–0.5 s of imports, QtCharts too),
# so that neither the first paint of Today nor the first page she opens waits for them.
PREIMPORT = ("ui.pages.today_page", "journal.backup",
             *(f"ui.pages.{spec.module}" for spec in PAGES),
             "ui.dialogs.report_dialog", "journal.export")
# The Qt modules those bring, imported on the GUI thread first (a few ms): a Qt module
# initialised on a worker while the GUI thread runs can crash the process (QtCharts
# did, as a segfault).
QT_MODULES = ("PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets")
_preimport_started = False
# After the unlock screen's first paint (a worker importing holds Python's lock in
# pieces, which would slow that paint), long before a typed passphrase is done.
PREIMPORT_DELAY_MS = 250


def import_qt_modules() -> None:
    """On the GUI thread, before a worker imports a page module."""
    for name in QT_MODULES:
        importlib.import_module(name)


def _preimport() -> None:
    for name in PREIMPORT:
        importlib.import_module(name)


def start_preimport(owner: QObject) -> None:
    """Soon after the unlock screen is shown (PREIMPORT_DELAY_MS), import the Qt
    modules here and PREIMPORT on a worker, once per process. A page module
    defines classes only (no Qt object is made at import), so a worker may import it;
    the GUI thread importing the same module meanwhile waits for it, as with any
    import."""
    global _preimport_started
    if _preimport_started:
        return
    _preimport_started = True

    def start() -> None:
        import_qt_modules()
        workers.run_in_background(owner, _preimport, on_success=lambda _r: None,
                                  on_failure=lambda _e: None)

    QTimer.singleShot(PREIMPORT_DELAY_MS, owner, start)


def preload(vault: Vault) -> None:
    """What she is likely to open next, made ready on a worker after unlock: the modules
    of the journal and trends pages (with QtCharts), the summary and the export
    imported (if `start_preimport` has not yet), and what the journal page reads first
    read once, so that its pages of the database are decrypted in SQLCipher's cache (at
    100,000 entries about 45 ms the first time, 10 after): the count, the month counts,
    the list's first page and the tag names, on a reader (the page reads those on a
    worker). Never on the main connection: this runs at a lower priority, and the GUI
    thread would wait for it there (the vault's lock)."""
    import journal.export  # noqa: F401
    import ui.dialogs.report_dialog
    import ui.pages.journal_page
    import ui.pages.trends_page  # noqa: F401
    from journal.entries import EntryStore
    from ui.models.entry_list_model import EntryListModel

    # A reader opened now is kept for the journal page's reads, its cache holding
    # those pages.
    with vault.reading() as snapshot:
        store = EntryStore(snapshot)
        store.count()
        store.month_counts()
        store.page(limit=EntryListModel.PAGE_SIZE)
        store.tags()
