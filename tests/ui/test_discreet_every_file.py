"""Discreet mode, seen from the files: every file Haven writes outside the vault folder
(settings, automatic backups, the desktop launcher, an export) is found by listing the
test's whole folder, and none says "haven" in its path, nor in what can be read without
the key. The settings of an earlier version move to the neutral file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import journal.backup as backup
from journal.entries import EntryStore
from journal.export import export_json
from journal.models import EntryDraft
from tests.conftest import FAST_KDF
from tests.ui.conftest import unlock_with
from tests.ui.test_discreet import strings_of
from ui import launcher
from ui.app import create_app
from ui.dialogs.export_dialog import export_target
from ui.settings import Settings


def readable_without_the_key(path: Path) -> bytes:
    """What anyone can read of a file Haven wrote: all of it, but of a backup only the
    header (the rest is the encrypted database), of a password zip only its names."""
    data = path.read_bytes()
    if data.startswith((backup.MAGIC, backup.OLD_MAGIC)):
        return data[:backup.read_header(path).db_offset]
    if data.startswith(b"PK"):
        import zipfile

        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.namelist()).encode()
    return data


def test_the_settings_of_an_earlier_version_move_to_a_neutral_file(settings, tmp_path):
    old = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Haven", "Haven")
    old.setValue("language", "nl")
    old.setValue("discreet/enabled", True)
    old.setValue("discreet/name", "recipes")
    old.sync()
    old_file = Path(old.fileName())
    assert old_file.is_file() and "haven" in str(old_file).lower()
    del old

    moved = Settings()
    assert (moved.language, moved.discreet, moved.discreet_name) == ("nl", True, "recipes")
    moved.sync()
    assert not old_file.exists()
    assert "haven" not in moved.file_name.lower()
    text = Path(moved.file_name).read_text().lower()
    assert "haven" not in text and "discreet" not in text
    # Switched off, the file does not keep the disguise either; the choice returns.
    moved.discreet = False
    moved.sync()
    assert "recipes" not in Path(moved.file_name).read_text()
    moved.discreet = True
    assert moved.discreet_name == "recipes"


def test_every_file_written_in_discreet_mode_says_nothing_of_haven(
        qtbot, settings, closed_vault, tmp_path, monkeypatch, message_log):
    home = tmp_path / "home"
    for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"),
                     ("XDG_CACHE_HOME", "home/.cache"), ("XDG_STATE_HOME", "home/.state")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    home.mkdir()
    before = {p for p in tmp_path.rglob("*")}
    neutral_settings = Settings()  # the real default file (its folder is in tmp_path)
    neutral_settings.language_override = "en"
    neutral_settings.discreet = True
    neutral_settings.discreet_name = "recipes"
    stick = tmp_path / "stick"
    neutral_settings.backup_folder = str(stick)
    neutral_settings.sync()

    app = create_app(["main.py", "--vault", str(closed_vault.folder)],
                     settings=neutral_settings, kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    try:
        app.show()
        qtbot.waitExposed(app.window)
        unlock_with(qtbot, app, closed_vault.passphrase)
        EntryStore(app.window.vault).create(
            EntryDraft(entry_date=date(2026, 11, 21), title="Already here", body="text"))
        launcher.install(neutral_settings)
        exports = tmp_path / "exports"
        exports.mkdir()
        for protected in (False, True):
            target = export_target(exports, "json", protected, date.today(), neutral=True)
            export_json(app.window.vault, target, neutral=True,
                        password="a long zip password" if protected else None)
        app.window.lock()  # the daily backup, into the stick
        assert app.window.wait_until_closed()
    finally:
        app.shutdown()

    written = sorted(p for p in tmp_path.rglob("*") if p not in before
                     and closed_vault.folder not in p.parents and p.is_file())
    kinds = {p.parent.name for p in written}
    assert stick.name in kinds and "applications" in kinds and exports.name in kinds
    assert any(p.name == "settings.ini" for p in written), written
    named = [str(p.relative_to(tmp_path)) for p in written
             if "haven" in str(p.relative_to(tmp_path)).lower()]
    assert named == []
    for path in written:
        if path.parent == exports and path.suffix == ".json":
            continue  # a JSON export without a password is her journal in clear
        assert b"haven" not in readable_without_the_key(path).lower(), path


@pytest.mark.parametrize(("lang", "neutral"), [("en", "Recipes"), ("nl", "Recepten")])
def test_no_text_ties_the_neutral_name_to_what_the_app_is_for(make_app, qtbot, closed_vault,
                                                              settings, lang, neutral):
    """The name translator swaps the app's name for the neutral one; a sentence such as
    "Helplines included with Recipes" would then say what "Recipes" really is."""
    settings.discreet = True
    settings.discreet_name = "recipes"
    app = make_app("--lang", lang)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.show_page("support")
    texts = strings_of(app.window.workspace.support_page)
    assert texts
    tied = [t for t in texts if neutral.lower() in t.lower()
            and any(w in t.lower() for w in ("helpline", "hulplijn"))]
    assert tied == []
