"""Discreet mode, everywhere: a walk through the main screens, dialogs, rare error texts
and the printed recovery-code page, in English and Dutch. No visible text, title,
tooltip or accessible name may name the app; the neutral name takes its place.

(The test's name avoids the app's name: tmp_path holds it, and paths show up in
dialogs.)
"""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication

from journal.errors import (
    BackupDamaged,
    NotAVault,
    SchemaTooNew,
    VaultDamaged,
    VaultInUse,
)
from tests.ui.conftest import unlock_with
from tests.ui.test_discreet import strings_of
from ui import messages
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog, printable_document
from ui.dialogs.report_dialog import ReportDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.agenda_page import AgendaTopicDialog
from ui.pages.unlock import UnlockPage

NEUTRAL = {"en": "Recipes", "nl": "Recepten"}


def naming_the_app(texts: list[str]) -> list[str]:
    return [t for t in texts if "haven" in t.lower()]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_screen_names_the_app_in_discreet_mode(make_app, qtbot, closed_vault, settings,
                                                  message_log, lang, tmp_path):
    settings.discreet = True
    settings.discreet_name = "recipes"
    app = make_app("--lang", lang)
    window = app.window
    try:
        seen: dict[str, list[str]] = {}

        def look(where: str, widget) -> None:
            seen[where] = strings_of(widget)
            assert not naming_the_app(seen[where]), (where, naming_the_app(seen[where]))

        # The lock screen, with a wrong passphrase and the rare errors it can show.
        page = window.current_screen
        assert isinstance(page, UnlockPage)
        look("unlock", window)
        page.field.setText("not the passphrase")
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.error_text.isVisibleTo(page), timeout=10_000)
        look("unlock, wrong passphrase", window)
        for exc in (VaultDamaged("x"), VaultInUse("x"), SchemaTooNew(99, 1), NotAVault("x"),
                    BackupDamaged("x"), OSError(errno.EACCES, "Permission denied"),
                    RuntimeError("x")):
            page._on_failed(exc)
            look(f"unlock, {type(exc).__name__}", window)
            assert not naming_the_app([messages.error_text(exc)])

        restore = RestoreDialog(closed_vault.folder, window)
        qtbot.addWidget(restore)
        restore.show()
        look("restore", restore)
        restore.error_text.setText(restore.error_for(BackupDamaged("x")))
        look("restore, damaged file", restore)
        restore.close()

        # A first run: the welcome screen.
        window.folder = tmp_path / "empty"
        window.show_welcome()
        look("welcome", window)
        window.folder = closed_vault.folder
        window.show_unlock()
        qtbot.waitUntil(lambda: page.seconds_to_wait == 0, timeout=40_000)

        unlock_with(qtbot, app, closed_vault.passphrase)
        workspace = window.workspace
        assert window.windowTitle() == NEUTRAL[lang]
        for index in range(workspace.page_count):
            workspace.show_page(index)
            look(f"page {index}", window)
        guidance = workspace.guidance_page
        for article in guidance.articles:  # one of them tells where things are in the app
            guidance.open_article(article.id)
            look(f"guidance {article.id}", window)

        dialogs = [SettingsDialog(settings, window, keys=lambda _p: None),
                   KeysDialog(lambda *_a: False, parent=window),
                   RecoveryCodeDialog("7KQ2-ABCD-EFGH-JKLM-NPQR-STUV", window),
                   ReportDialog(workspace._vault, settings, window),
                   AgendaTopicDialog("Dinner with his parents", window)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            look(type(dialog).__name__, dialog)
            # Titles show in the taskbar and window switcher: only the neutral name.
            assert dialog.windowTitle() == NEUTRAL[lang], type(dialog).__name__
            dialog.hide()
        printed = printable_document("7KQ2-ABCD-EFGH-JKLM-NPQR-STUV").toPlainText()
        assert NEUTRAL[lang] in printed and not naming_the_app([printed])

        # Whatever the app asked or told on the way.
        assert not naming_the_app(message_log.texts())
        assert NEUTRAL[lang] in " ".join(seen["unlock"])
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.hide()


def test_the_app_name_comes_back_when_discreet_mode_is_switched_off(
        make_app, qtbot, closed_vault, settings):
    settings.discreet = True
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    window = app.window
    assert not naming_the_app(strings_of(window))
    settings.discreet = False
    app.hub.settings_changed.emit()
    assert window.windowTitle() == "Haven"
    assert QApplication.translate("Errors", "Haven could not read or write its files (%1).") \
        .startswith("Haven")


def test_the_name_translator_is_gone_after_shutdown(make_app, settings, closed_vault):
    """Qt must not call into a Python translator while the interpreter ends; and the
    next app in the same process starts without it."""
    settings.discreet = True
    app = make_app()
    source = "Haven could not read or write its files (%1)."
    assert not QApplication.translate("Errors", source).startswith("Haven")
    app.shutdown()
    app.install_translators("en")
    assert QApplication.translate("Errors", source).startswith("Haven")
