"""First run: welcome screen -> create the journal -> recovery code -> main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.errors import WrongSecret
from journal.keyslots import Secret
from journal.vault import Vault
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.main_window import Workspace
from ui.pages.welcome import WelcomePage, passphrase_strength

NEW_PASSPHRASE = "sea glass and morning tea"


@pytest.fixture
def shown_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    codes: list[str] = []

    def show_code(parent, code):
        codes.append(code)
        return True

    monkeypatch.setattr(RecoveryCodeDialog, "show_code", classmethod(
        lambda cls, parent, code: show_code(parent, code)))
    return codes


def test_missing_folder_shows_welcome(make_app, vault_dir):
    app = make_app()
    assert isinstance(app.window.current_screen, WelcomePage)
    assert not vault_dir.exists()  # nothing is written before she chooses to create


def test_create_journal_through_welcome(make_app, qtbot, vault_dir, shown_codes):
    app = make_app()
    page = app.window.current_screen
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    assert not page.create_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE[:-1])
    assert not page.create_button.isEnabled()  # not the same
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE[-1])
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(app.window.current_screen, Workspace), timeout=10_000)
    assert app.window.vault is not None and app.window.vault.is_open
    assert app.window.vault.has_recovery_code
    assert len(shown_codes) == 1
    assert app.window.windowTitle() == "Haven"

    # Both secrets open the journal she created.
    app.window.lock()
    assert app.window.wait_until_closed()
    Vault.open(vault_dir, Secret.passphrase(NEW_PASSPHRASE)).close()
    Vault.open(vault_dir, Secret.recovery_code(shown_codes[0])).close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_dir, Secret.passphrase(NEW_PASSPHRASE + "x"))


def test_too_short_passphrase_cannot_be_used(make_app, qtbot, vault_dir):
    app = make_app()
    page = app.window.current_screen
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.repeat, "short")
    assert not page.create_button.isEnabled()
    assert "8" in page.strength_text.text()
    page.repeat.returnPressed.emit()
    assert not page.is_busy
    assert not vault_dir.exists()


def test_create_in_a_folder_that_filled_up_shows_a_message(make_app, qtbot, vault_dir):
    app = make_app()
    page = app.window.current_screen
    vault_dir.mkdir()
    (vault_dir / "something.txt").write_text("not ours")
    page.passphrase.setText(NEW_PASSPHRASE)
    page.repeat.setText(NEW_PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=10_000)
    assert page.error_text.isVisibleTo(page)
    assert "not empty" in page.error_text.text()
    assert (vault_dir / "something.txt").read_text() == "not ours"
    assert isinstance(app.window.current_screen, WelcomePage)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("", 0, 0), ("1234567", 0, 0), ("password", 1, 1), ("aaaaaaaaaaaa", 1, 1),
    ("abcdefgh", 1, 2), ("Tr0ub4dor&3", 2, 3),
    ("sea glass and morning tea", 3, 4), ("correct horse battery staple", 4, 4),
])
def test_passphrase_strength(text, low, high):
    assert low <= passphrase_strength(text) <= high


def test_strength_grows_with_length():
    assert passphrase_strength("fern") < passphrase_strength("fern lamp") \
        < passphrase_strength("fern lamp river quiet stone")


def test_the_busy_line_has_room_in_dutch_at_the_smallest_window(make_app, settings, qtbot):
    settings.language_override = "nl"
    app = make_app()
    app.window.resize(app.window.minimumSize())
    welcome = app.window.current_screen
    welcome._set_busy(True)
    qtbot.waitUntil(lambda: welcome.busy_text.isVisible())
    text = welcome.busy_text
    assert text.text() == "Je dagboek wordt gemaakt…"
    assert text.height() < 2 * text.fontMetrics().height(), "squeezed onto several lines"
    welcome._set_busy(False)


def test_the_busy_line_stops_once_the_journal_is_made(make_app, qtbot, monkeypatch):
    # What the welcome page shows behind the recovery code dialog.
    seen: list[tuple[bool, bool]] = []

    def show_code(cls, parent, code):
        page = app.window.findChild(WelcomePage)
        seen.append((page.busy.isVisible(), page.busy_text.isVisible()))
        return True

    monkeypatch.setattr(RecoveryCodeDialog, "show_code", classmethod(show_code))
    app = make_app()
    page = app.window.current_screen
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and page.busy_text.isVisible()  # while it is made
    qtbot.waitUntil(lambda: isinstance(app.window.current_screen, Workspace), timeout=10_000)
    assert seen == [(False, False)]
