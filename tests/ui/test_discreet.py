"""Discreet mode: a neutral name and icon in the window title, the taskbar, dialogs, the
lock screen and the names of automatic backups; never "Haven" or "journal" on the lock
screen, and never her text in a window title."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal.backup import list_backups
from tests.ui.conftest import unlock_with, xvfb_display
from ui import discreet, resources
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.unlock import UnlockPage
from ui.settings import Settings

FORBIDDEN = ("haven", "journal", "dagboek")
NAMES = {("recipes", "en"): "Recipes", ("recipes", "nl"): "Recepten",
         ("notes", "en"): "Notes", ("notes", "nl"): "Notities",
         ("reading", "en"): "Reading list", ("reading", "nl"): "Leeslijst"}


@pytest.fixture(autouse=True)
def plain_name_afterwards():
    yield
    QGuiApplication.setApplicationDisplayName("Haven")
    QGuiApplication.setWindowIcon(resources.app_icon())


def strings_of(window: QWidget) -> list[str]:
    """Every string a person (or a screen reader) can get from the window: its title,
    the app's name, and the text, name, tooltip and placeholder of every widget."""
    found = [window.windowTitle(), QGuiApplication.applicationDisplayName()]
    for widget in [window, *window.findChildren(QWidget)]:
        found += [widget.windowTitle(), widget.accessibleName(), widget.toolTip(),
                  widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return [s for s in found if s]


def telling(window: QWidget) -> list[str]:
    return [s for s in strings_of(window) if any(w in s.lower() for w in FORBIDDEN)]


def image(icon: QIcon) -> QImage:
    return icon.pixmap(48, 48).toImage()


def wrong_try(qtbot, page: UnlockPage, text: str) -> None:
    qtbot.waitUntil(lambda: page.seconds_to_wait == 0, timeout=40_000)
    page.field.setText(text)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy and page.error_text.isVisibleTo(page),
                    timeout=10_000)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_lock_screen_in_discreet_mode_tells_nothing(make_app, qtbot, closed_vault, settings,
                                                    lang):
    # Without discreet mode the same check does find Haven and the journal.
    plain = make_app("--lang", lang)
    assert telling(plain.window)
    plain.window.close()

    settings.discreet = True
    settings.discreet_name = "recipes"
    app = make_app("--lang", lang)
    window = app.window
    name = NAMES[("recipes", lang)]
    assert window.windowTitle() == name
    assert QGuiApplication.applicationDisplayName() == name
    assert image(window.windowIcon()) == image(discreet.neutral_icon("recipes"))
    assert image(QGuiApplication.windowIcon()) != image(resources.app_icon())
    page = window.current_screen
    assert isinstance(page, UnlockPage)
    assert name in page.findChild(QLabel, "screenTitle").text()
    assert telling(window) == []
    assert not any(w in page.busy_text.text().lower() for w in FORBIDDEN)
    wrong_try(qtbot, page, "not the passphrase")
    assert page.error_text.text() and telling(window) == []
    page.set_recovery_mode(True)
    assert telling(window) == []
    wrong_try(qtbot, page, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG")
    assert page.error_text.text() and telling(window) == []


def test_switching_discreet_mode_on_and_off(make_app, qtbot, closed_vault, settings,
                                            tmp_path):
    app = make_app()
    window = app.window
    assert window.windowTitle() == "Haven"
    settings.discreet = True
    settings.discreet_name = "reading"
    app.hub.settings_changed.emit()
    assert window.windowTitle() == "Reading list"
    # The lock screen is built again (the old one is deleted on the next turn).
    qtbot.waitUntil(lambda: telling(window) == [], timeout=5_000)
    unlock_with(qtbot, app, closed_vault.passphrase)
    assert window.workspace.sidebar_title.text() == "Reading list"
    assert window.windowTitle() == "Reading list"
    # The daily backup made as it locks has no "haven" in its name.
    settings.backup_folder = str(tmp_path / "stick")
    window.lock()
    assert window.wait_until_closed()
    [made] = list_backups(tmp_path / "stick")
    assert "haven" not in made.name.lower()
    settings.discreet = False
    app.hub.settings_changed.emit()
    assert window.windowTitle() == "Haven"
    assert QGuiApplication.applicationDisplayName() == "Haven"
    assert "Haven" in " ".join(strings_of(window))


@pytest.mark.parametrize("on", [False, True])
def test_window_titles_never_hold_her_text(make_app, qtbot, closed_vault, settings, on):
    settings.discreet = on
    marker = f"zqTitleMarker{uuid.uuid4().hex[:8]}"
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.new_entry("")
    editor = workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, f"About {marker}")
    qtbot.keyClicks(editor.body_edit, f"{marker} in the body")

    def titles() -> list[str]:
        return [QGuiApplication.applicationDisplayName(),
                *(w.windowTitle() for w in QApplication.topLevelWidgets())]

    assert not any(marker in t for t in titles())
    assert workspace.journal_page.save_pending() is not False
    assert not any(marker in t for t in titles())
    assert app.window.windowTitle() == ("Notes" if on else "Haven")


def test_settings_dialog_offers_the_neutral_names(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.discreet.isChecked() and not dialog.discreet_name.isEnabled()
    assert [dialog.discreet_name.itemData(i) for i in range(dialog.discreet_name.count())] \
        == ["notes", "recipes", "reading"]
    dialog.discreet.setChecked(True)
    dialog.discreet_name.setCurrentIndex(2)
    assert dialog.apply() == (True, False)
    assert settings.discreet and settings.discreet_name == "reading"
    text = Path(settings.file_name).read_text(encoding="utf-8")
    # One plain name setting, nothing that calls it a disguise, nothing else.
    assert text.split() == ["[window]", "name=reading"]


def test_app_names_for_the_desktop_are_neutral(make_app, settings, closed_vault,
                                               monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setenv("RESOURCE_NAME", "")  # put back afterwards
    settings.discreet = True
    settings.discreet_name = "notes"
    make_app()
    assert QCoreApplication.applicationName() == "Notes"
    assert QGuiApplication.desktopFileName() == "notes"
    assert os.environ["RESOURCE_NAME"] == "notes"


@pytest.mark.needs_tools("Xvfb", "xprop")
def test_x11_window_class_and_title_are_neutral(closed_vault, tmp_path):
    """What a taskbar or `xprop` sees of the real window on a real X server."""
    ini = tmp_path / "child.ini"
    child_settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    child_settings.discreet = True
    child_settings.discreet_name = "recipes"
    child_settings.sync()
    with xvfb_display(800, 600) as display:
        env = dict(os.environ, DISPLAY=f":{display}")
        env.pop("RESOURCE_NAME", None)
        result = subprocess.run([sys.executable, str(Path(__file__).parent /
                                                     "discreet_child.py"),
                                 str(closed_vault.folder), str(ini)],
                                env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert 'WM_CLASS(STRING) = "recipes", "Recipes"' in result.stdout, result.stdout
    assert '_NET_WM_NAME(UTF8_STRING) = "Recipes"' in result.stdout
    assert "haven" not in result.stdout.lower(), result.stdout
