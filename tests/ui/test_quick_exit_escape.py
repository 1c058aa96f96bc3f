"""Escape never throws her out by accident: an Escape that closes a dialog, a menu, a
popup, a completer or the safe-place view is no half of the double-Escape quick exit;
Escape twice on a window with nothing to close still is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from tests.ui.conftest import (
    key_click,
    modals_hidden_after,
    show_active,
    unlock_with,
    when_modal,
)
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.safe_place_view import SafePlaceView
from ui.privacy import DoubleEscape


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def escape(qtbot, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    key_click(qtbot, target, Qt.Key.Key_Escape)


def escape_in_active_dialog(qtbot, dialog: QDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    escape(qtbot, QApplication.focusWidget() or dialog)


def test_closing_two_nested_dialogs_with_escape_does_not_quit(unlocked, qtbot):
    window = unlocked.window
    closed = []

    def in_keys(keys: KeysDialog) -> None:
        escape_in_active_dialog(qtbot, keys)
        closed.append("keys")
        when_modal(SettingsDialog, in_settings_again)

    def in_settings_again(dialog: SettingsDialog) -> None:
        escape_in_active_dialog(qtbot, dialog)
        closed.append("settings")

    def in_settings(dialog: SettingsDialog) -> None:
        when_modal(KeysDialog, in_keys)
        dialog.keys_button.click()  # blocks in the keys dialog until it closes

    when_modal(SettingsDialog, in_settings)
    with modals_hidden_after(8_000):
        window.edit_settings()  # Esc, Esc within well under a second
    assert closed == ["keys", "settings"]
    assert window.isVisible() and window.vault is not None
    # Nothing left to close: Escape twice is the quick exit, as always.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    escape(qtbot)
    assert window.isVisible()
    escape(qtbot)
    assert not window.isVisible() and window.vault is None


def test_leaving_the_safe_place_view_with_escape_does_not_count(unlocked, qtbot):
    SafePlaceStore(unlocked.window.vault).create(SafePlaceDraft("spot", "The green chair"))
    window = unlocked.window
    workspace = window.workspace
    workspace.open_safe_place_view()
    view = workspace.findChild(SafePlaceView)
    qtbot.waitUntil(view.isVisible)
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    escape(qtbot)  # leaves the view
    assert not view.isVisible()
    escape(qtbot)  # the first of a pair
    assert window.isVisible() and window.vault is not None
    escape(qtbot)
    assert not window.isVisible()


@pytest.fixture
def counter(qtbot):
    watcher = DoubleEscape()
    fired: list[bool] = []
    watcher.triggered.connect(lambda: fired.append(True))
    yield fired
    watcher.detach()


def at_popup(qtbot, where: str, popup: QWidget, window: QWidget) -> QWidget:
    """Where a key for an open popup arrives: at the window she was in, which Qt hands
    it on to the popup (where a popup does not take the focus), or at the popup's own
    window once it has taken the focus (X11 and offscreen with Qt 6.11)."""
    if where == "window":
        return window
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is popup.windowHandle())
    return popup


@pytest.mark.parametrize("where", ["window", "popup"])
def test_escape_that_closes_a_menu_does_not_count(qtbot, counter, where):
    window = show_active(qtbot, QWidget(), 400, 300)
    menu = QMenu(window)
    menu.addAction("Something")
    escape(qtbot, window)  # the first of a pair...
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    escape(qtbot, at_popup(qtbot, where, menu, window))  # ...but this one closes the menu
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert counter == []
    escape(qtbot, window)
    assert counter == []
    escape(qtbot, window)
    assert counter == [True]


@pytest.mark.parametrize("where", ["window", "popup"])
def test_escape_that_closes_a_combo_list_or_completer_does_not_count(qtbot, counter, where):
    window = QWidget()
    combo = QComboBox(window)
    combo.addItems(["one", "two"])
    field = QLineEdit(window)
    completer = QCompleter(["holiday", "home"], field)
    field.setCompleter(completer)
    layout = QVBoxLayout(window)
    layout.addWidget(combo)
    layout.addWidget(field)
    show_active(qtbot, window, 400, 300)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    escape(qtbot, combo)  # the first of a pair...
    combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    list_popup = QApplication.activePopupWidget()
    escape(qtbot, at_popup(qtbot, where, list_popup, window))  # ...but this one closes it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    escape(qtbot, combo)
    assert counter == []
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    completer.setCompletionPrefix("ho")
    completer.complete()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    escape(qtbot, at_popup(qtbot, where, completer.popup(), window))  # the second of a pair?
    qtbot.waitUntil(lambda: not completer.popup().isVisible())
    assert counter == []
    escape(qtbot, field)
    assert counter == []
    escape(qtbot, field)
    assert counter == [True]
