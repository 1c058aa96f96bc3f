"""Discreet mode leaves no "haven" in the names she sees or leaves behind: the default
names of exports (the JSON file, the Markdown folder, the zips and the names inside
them) and the file filter of "Restore from a backup". Without discreet mode the names
stay as they were. The summary's default names ("summary-<dates>") never said Haven.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtWidgets import QFileDialog

from journal.entries import EntryStore
from journal.importers import haven_json
from journal.models import EntryDraft
from tests.ui.conftest import unlock_with, when_modal
from ui.dialogs.export_dialog import ExportDialog, export_target
from ui.dialogs.restore_dialog import RestoreDialog

ZIP_PASSWORD = "a long zip password"
TODAY = date(2026, 11, 21)


def names_under(path: Path) -> list[str]:
    """Every name she could see: the file or folder itself, what is in a folder, and the
    names inside a zip (readable without its password)."""
    names = [path.name]
    if path.is_dir():
        names += [p.name for p in path.rglob("*")]
    elif path.suffix == ".zip":
        with pyzipper.AESZipFile(path) as archive:
            names += archive.namelist()
    return names


@pytest.mark.parametrize("fmt", ["json", "markdown"])
@pytest.mark.parametrize("protected", [False, True])
def test_default_export_names(tmp_path, fmt, protected):
    plain = export_target(tmp_path, fmt, protected, TODAY)
    neutral = export_target(tmp_path, fmt, protected, TODAY, neutral=True)
    assert plain.name.startswith("haven-export-2026-11-21")
    assert neutral.name.startswith("notes-2026-11-21")
    assert "haven" not in neutral.name.lower()
    assert plain.suffix == neutral.suffix
    neutral.mkdir() if neutral.suffix == "" else neutral.write_text("x")
    again = export_target(tmp_path, fmt, protected, TODAY, neutral=True)
    assert again != neutral and "haven" not in again.name.lower()  # made unique


@pytest.fixture
def app_in(make_app, qtbot, closed_vault, settings):
    def make(discreet: bool):
        settings.discreet = discreet
        app = make_app()
        unlock_with(qtbot, app, closed_vault.passphrase)
        EntryStore(app.window.vault).create(
            EntryDraft(date(2025, 5, 1), title="Already here", body="mine"))
        return app
    return make


def export_through_the_window(qtbot, app, out: Path, fmt: str, protected: bool,
                              message_log) -> Path:
    """Settings -> Export, as she does it; the one new thing in `out`."""
    message_log.answer = True  # "Export without a password" when unprotected

    def go(dialog: ExportDialog) -> None:
        dialog.set_format(fmt)
        dialog.set_folder(out)
        dialog.protect.setChecked(protected)
        if protected:
            dialog.password.passphrase.setText(ZIP_PASSWORD)
            dialog.password.repeat.setText(ZIP_PASSWORD)
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
        assert dialog.exported is not None, dialog.error_text.text()
        dialog.reject()

    when_modal(ExportDialog, go)
    app.window.export_journal()
    [written] = list(out.iterdir())
    return written


@pytest.mark.parametrize("discreet", [True, False])
@pytest.mark.parametrize(("fmt", "protected"), [("json", False), ("json", True),
                                               ("markdown", False), ("markdown", True)])
def test_exports_in_discreet_mode_say_nothing_of_haven(app_in, qtbot, tmp_path,
                                                       message_log, discreet, fmt,
                                                       protected):
    app = app_in(discreet)
    out = tmp_path / "out"
    out.mkdir()
    written = export_through_the_window(qtbot, app, out, fmt, protected, message_log)
    names = names_under(written)
    if discreet:
        assert written.name.startswith(f"notes-{date.today().isoformat()}")
        assert not [n for n in names if "haven" in n.lower()], names
    else:
        assert written.name.startswith(f"haven-export-{date.today().isoformat()}")
    if fmt == "json":  # either way, it comes back in
        document = haven_json.parse(written, ZIP_PASSWORD if protected else None)
        assert [e.title for e in document] == ["Already here"]
    elif protected:
        with pyzipper.AESZipFile(written) as archive:
            archive.setpassword(ZIP_PASSWORD.encode())
            texts = [archive.read(n).decode() for n in archive.namelist()]
        assert any("Already here" in t for t in texts)


def restore_filters(qtbot, dialog: RestoreDialog) -> list[str]:
    """The choices the real file dialog offers when she presses Choose…."""
    seen: list[list[str]] = []

    def look(chooser: QFileDialog) -> None:
        seen.append(chooser.nameFilters())
        chooser.reject()

    when_modal(QFileDialog, look)
    dialog.file_button.click()
    assert seen
    return seen[0]


@pytest.mark.parametrize("discreet", [True, False])
def test_the_restore_file_filter(make_app, qtbot, closed_vault, settings, discreet):
    settings.discreet = discreet
    app = make_app()
    seen = []

    def go(dialog: RestoreDialog) -> None:
        seen.append(restore_filters(qtbot, dialog))
        dialog.reject()

    when_modal(RestoreDialog, go)
    app.window.restore_from_backup()  # as from the unlock screen's link
    [filters] = seen
    if discreet:
        assert filters[0] == "All files (*)"  # an older .havenbackup shows too
        assert not [f for f in filters if "haven" in f.lower()]
    else:
        assert filters[0] == "Backups (*.havenbackup *.bak)"


def test_a_neutral_zip_written_by_the_core_reads_back(vault, tmp_path):
    from journal.export import NEUTRAL_JSON_NAME_IN_ZIP, export_json

    EntryStore(vault).create(EntryDraft(date(2025, 5, 1), title="In the zip", body="b"))
    out = export_json(vault, tmp_path / "notes.zip", password=ZIP_PASSWORD,
                      neutral=True).path
    with pyzipper.AESZipFile(out) as archive:
        assert archive.namelist() == [NEUTRAL_JSON_NAME_IN_ZIP]
        archive.setpassword(ZIP_PASSWORD.encode())
        assert json.loads(archive.read(NEUTRAL_JSON_NAME_IN_ZIP))["entries"]
    document = haven_json.parse(out, ZIP_PASSWORD)
    assert document.source.endswith("/notes.json")
    assert [e.title for e in document] == ["In the zip"]
