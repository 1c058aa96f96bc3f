"""After a live language switch the check-in page is built again: the focus goes to
its first question, as when she opens it, not to the date field above it (where an
arrow key or a digit would change the day)."""

from __future__ import annotations

import warnings

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import run_queued, unlock_with, when_modal
from ui.dialogs.settings_dialog import SettingsDialog


def activate(qtbot, window: QWidget) -> None:
    with warnings.catch_warnings():  # deprecated, but offscreen nothing else does it
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)


def test_after_switching_the_language_the_checkin_has_the_focus_on_mood(
        make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    window = app.window
    activate(qtbot, window)
    window.workspace.show_page("checkin")
    before = window.workspace.page("checkin")
    assert QApplication.focusWidget() is before.form.mood

    def to_dutch(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.accept()

    when_modal(SettingsDialog, to_dutch)
    window.edit_settings()
    activate(qtbot, window)  # as the window manager does when the dialog closes
    run_queued(qtbot)
    page = window.workspace.page("checkin")
    assert page is not before and app.language == "nl"  # built again, in Dutch
    assert window.workspace.current_page == window.workspace.pages.indexOf(page)
    assert QApplication.focusWidget() is page.form.mood
