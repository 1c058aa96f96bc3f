"""Import and export in the app: the import dialog (preview, progress, stop, summary,
errors that change nothing) and the export dialog (the warning before an export in
clear, the password-protected zip, no trail of where it went), each with the workspace
disabled while the vault is used on a worker thread."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from journal import errors, export_container
from journal.entries import EntryStore
from journal.errors import ImportFailed
from journal.importers import haven_json
from journal.models import EntryDraft
from tests.ui.conftest import unlock_with
from ui import import_words, resources
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.hub import ALL_RECORDS

DATA = Path(__file__).parent.parent / "data"
JRNL = DATA / "jrnl" / "export.json"
ZIP_PASSWORD = "a long zip password"


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    EntryStore(app.window.vault).create(
        EntryDraft(date(2025, 5, 1), title="Already here", body="mine"))
    return app


def snapshot(vault) -> list[tuple]:
    return [tuple(row) for row in vault.rows("SELECT * FROM entries ORDER BY id")]


def import_dialog(qtbot, app) -> ImportDialog:
    dialog = ImportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)


def read(qtbot, dialog: ImportDialog, fmt: str, path: Path) -> None:
    dialog.set_format(fmt)
    dialog.set_source(path)
    wait_idle(qtbot, dialog)


# -- import ----------------------------------------------------------------------------

def test_a_jrnl_export_imports_with_preview_progress_and_summary(unlocked, qtbot):
    app = unlocked
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "jrnl-json", JRNL)
    assert "7 entries found" in dialog.preview_text.text()
    assert "1 March 2024" in dialog.preview_text.text()  # the first day of the export
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    assert dialog.is_busy and not app.window.workspace.isEnabled()  # nothing else writes
    assert dialog.stop_button.isVisible()
    wait_idle(qtbot, dialog)
    assert app.window.workspace.isEnabled()
    assert "7 entries imported" in dialog.status.text()
    assert not dialog.import_button.isEnabled()  # not twice by accident
    assert dialog.progress.isHidden()
    assert len(snapshot(app.window.vault)) == 8
    assert not dialog.error_text.isVisible()
    assert dialog.imported

    # The same file again: everything is a duplicate, so nothing is offered.
    again = import_dialog(qtbot, app)
    read(qtbot, again, "jrnl-json", JRNL)
    assert "7 are already in your journal" in again.preview_text.text()
    assert not again.import_button.isEnabled()


def test_day_one_photos_come_along_and_a_heic_one_is_named_and_skipped(unlocked, qtbot,
                                                                       tmp_path):
    import zipfile

    from journal.entries import EntryStore as Entries

    png = next((DATA / "dayone" / "photos").iterdir()).read_bytes()
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"entries": [
            {"creationDate": "2024-05-01T08:00:00Z", "text": "# Zee\nMet foto's.",
             "photos": [{"identifier": "A", "md5": "a", "type": "png"},
                        {"identifier": "B", "md5": "b", "type": "heic"}]}]}))
        archive.writestr("photos/a.png", png)
        archive.writestr("photos/b.heic", b"\x00\x00\x00\x18ftypheic" + bytes(40))
    app = unlocked
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "dayone-json", path)
    text = dialog.preview_text.text()
    assert "1 entry found" in text
    assert "1 photo cannot come along" in text and "Everything else is imported" in text
    assert "1 photo comes along with its entry" in text
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert "1 photo came along" in dialog.status.text()
    assert "1 photo could not come along" in dialog.status.text()
    [entry_id] = [s.id for s in Entries(app.window.vault).page() if s.title == "Zee"]
    assert [p.data for p in Entries(app.window.vault).photos(entry_id)] == [png]


@pytest.mark.parametrize(("text", "where"), [
    ('{\n  "entries": [\n    {"title": "x",,}\n  ]\n}\n', "line 3"),
    ('{"entries": [{"title": "a", "body": "", "date": "2024-01-02", "time": "09:00"},'
     ' {"title": "b", "body": "", "date": "2024-13-40", "time": "09:00"}]}', "entry 2"),
])
def test_a_malformed_file_names_the_place_and_changes_nothing(unlocked, qtbot, tmp_path,
                                                                text, where):
    app = unlocked
    before = snapshot(app.window.vault)
    bad = tmp_path / "kapot-export.json"
    bad.write_text(text, encoding="utf-8")
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "jrnl-json", bad)
    message = dialog.error_text.text()
    assert dialog.error_text.isVisible()
    assert "kapot-export.json" in message and where in message
    assert "Nothing was imported" in message
    assert not dialog.import_button.isEnabled()
    assert snapshot(app.window.vault) == before
    assert app.window.workspace.isEnabled()


def test_a_missing_folder_of_markdown_files_is_a_clear_error(unlocked, qtbot, tmp_path):
    app = unlocked
    before = snapshot(app.window.vault)
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "markdown", tmp_path / "not-there")
    assert "not-there" in dialog.error_text.text()
    assert snapshot(app.window.vault) == before



PLACEHOLDER = re.compile(r"\{\w+\}")


def test_every_import_failure_has_a_dutch_sentence():
    """Each reason code and kind of place of the core has a sentence in the UI, and the
    Dutch one is translated with the same placeholders."""
    assert set(import_words.IMPORT_REASONS) == set(errors.IMPORT_REASONS)
    assert set(import_words.IMPORT_PLACES) == set(errors.IMPORT_PLACES)
    translator = QTranslator()
    assert translator.load(str(resources.translation_file("nl")))
    for table in (import_words.IMPORT_REASONS, import_words.IMPORT_PLACES):
        for code, english in table.items():
            dutch = translator.translate("ImportErrors", english)
            assert dutch, code
            assert sorted(PLACEHOLDER.findall(dutch)) == sorted(PLACEHOLDER.findall(english))
            if table is import_words.IMPORT_REASONS:
                assert dutch != english, code
    # The English of the core names the same parameters as the UI's sentence.
    for code, english in errors.IMPORT_REASONS.items():
        assert set(PLACEHOLDER.findall(english)) == set(
            PLACEHOLDER.findall(import_words.IMPORT_REASONS[code])), code


@pytest.mark.parametrize(("text", "expected"), [
    ('{"entries": [{"date": "2024-02-30"}]}',
     "kapot.json kan niet geïmporteerd worden: bij notitie 1, het veld \"date\" bevat "
     "'2024-02-30', en dat is geen datum (JJJJ-MM-DD)."),
    ('{\n  "entries": [,\n', "kapot.json kan niet geïmporteerd worden: bij regel 2, "
     "kolom 15, dit is geen geldige JSON (Expecting value)."),
    ("[1]", "kapot.json kan niet geïmporteerd worden: dit is geen JSON-export van jrnl (er "
     "staat geen lijst met notities in)."),
])
def test_an_import_failure_in_dutch_names_the_place(unlocked, qtbot, tmp_path, text,
                                                    expected):
    app = unlocked
    app.install_translators("nl")
    before = snapshot(app.window.vault)
    bad = tmp_path / "kapot.json"
    bad.write_text(text, encoding="utf-8")
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "jrnl-json", bad)
    assert dialog.error_text.text() == (
        expected + " Er is niets geïmporteerd; je dagboek is zoals het was.")
    assert snapshot(app.window.vault) == before


def test_stop_leaves_the_journal_unchanged(unlocked, qtbot):
    app = unlocked
    vault = app.window.vault
    before = snapshot(vault)
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "jrnl-json", JRNL)
    # Hold the vault so the worker cannot begin before Stop is pressed (the GUI
    # thread's hold is re-entrant, so the app itself is not blocked by it).
    with vault._guard:
        dialog.import_button.click()
        assert dialog.stop_button.isVisible()
        dialog.stop_button.click()
        assert dialog.status.text() == "Stopping…"
    wait_idle(qtbot, dialog)
    assert "You stopped the import" in dialog.status.text()
    assert snapshot(vault) == before
    assert dialog.import_button.isEnabled()  # she can still import after all
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert len(snapshot(vault)) == len(before) + 7


def test_a_lock_during_an_import_stops_it(unlocked, qtbot, closed_vault):
    app = unlocked
    vault = app.window.vault
    before = snapshot(vault)
    dialog = import_dialog(qtbot, app)
    read(qtbot, dialog, "jrnl-json", JRNL)
    with vault._guard:
        dialog.import_button.click()
        app.window.lock()  # waits for the worker, hiding the dialog: that stops it
        assert not dialog.isVisible()
    qtbot.waitUntil(lambda: app.window.vault is None, timeout=20_000)
    assert app.window.wait_until_closed()
    unlock_with(qtbot, app, closed_vault.passphrase)
    assert snapshot(app.window.vault) == before


def test_settings_open_import_and_export_only_while_unlocked(make_app, qtbot, closed_vault,
                                                             settings, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(ImportDialog, "open_for",
                        classmethod(lambda cls, parent, run: opened.append("import")))
    monkeypatch.setattr(ExportDialog, "open_for",
                        classmethod(lambda cls, parent, run, **_: opened.append("export")))
    locked = SettingsDialog(settings)
    qtbot.addWidget(locked)
    assert not locked.import_button.isEnabled() and not locked.export_button.isEnabled()
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    dialog = SettingsDialog(settings, transfer=(app.window.import_journal,
                                                app.window.export_journal))
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    dialog.export_button.click()
    assert opened == ["import", "export"]
    # After an import that wrote something, every page shows what came in: the hub says
    # so, and a page that does not refresh itself is made again from the vault.
    workspace = app.window.workspace
    safety = workspace.safety_page
    monkeypatch.setattr(ImportDialog, "open_for", classmethod(lambda cls, parent, run: True))
    with qtbot.waitSignal(app.window.hub.records_changed) as changed:
        app.window.import_journal()
    assert changed.args == [ALL_RECORDS]
    assert app.window.workspace is workspace
    assert workspace.safety_page is not safety


# -- export ----------------------------------------------------------------------------

def export_dialog(qtbot, app, folder: Path) -> ExportDialog:
    dialog = ExportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_folder(folder)
    return dialog


def test_the_two_export_passwords_say_which_is_which(make_app, qtbot, tmp_path):
    app = make_app("--lang", "nl")
    try:
        dialog = export_dialog(qtbot, app, tmp_path)
        qtbot.waitExposed(dialog)
        fields = dialog.password
        names = {lbl.buddy(): lbl.text() for lbl in fields.findChildren(QLabel)
                 if lbl.buddy() is not None and lbl.isVisible()}
        assert names == {fields.passphrase: "Wachtwoord", fields.repeat: "Nog een keer"}
        fields.passphrase.setText(ZIP_PASSWORD)
        fields.repeat.setText(ZIP_PASSWORD)
        assert fields.match_text.text() == "Ze komen overeen."
        qtbot.waitUntil(lambda: fields.height() >= fields.minimumSizeHint().height())
        # Nothing squeezed: each row stands below the one before it.
        rows = [fields.passphrase, fields.strength, fields.strength_text, fields.repeat,
                fields.match_text, fields.show_text]
        for upper, lower in itertools.pairwise(rows):
            assert upper.geometry().bottom() < lower.geometry().top(), lower
    finally:
        app.install_translators("en")


def test_an_export_in_clear_is_written_only_after_the_warning(unlocked, qtbot, tmp_path,
                                                              message_log):
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_dialog(qtbot, unlocked, out)
    dialog.protect.setChecked(False)
    assert dialog.export_button.isEnabled()

    message_log.answer = False  # she chooses the password after all
    dialog.export_button.click()
    assert message_log.kinds() == ["confirm"]
    assert "Anyone who finds this export can read" in message_log.texts()[0]
    assert message_log.confirm_options[0]["no_text"] == "Protect it with a password"
    assert dialog.protect.isChecked()
    assert not dialog.is_busy and not list(out.iterdir())

    message_log.answer = True
    dialog.protect.setChecked(False)
    dialog.export_button.click()
    assert len(message_log.calls) == 2
    wait_idle(qtbot, dialog)
    written = list(out.iterdir())
    assert [p.suffix for p in written] == [".json"]
    document = json.loads(written[0].read_text(encoding="utf-8"))
    assert [e["title"] for e in document["entries"]] == ["Already here"]
    assert dialog.status.text() == f"1 entry exported to {written[0]}."


def test_a_protected_export_needs_no_warning_and_opens_only_with_the_password(
        unlocked, qtbot, tmp_path, message_log):
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_dialog(qtbot, unlocked, out)
    assert dialog.protect.isChecked()  # the safe choice is the default
    assert not dialog.export_button.isEnabled()  # no password yet
    dialog.password.passphrase.setText(ZIP_PASSWORD)
    dialog.password.repeat.setText(ZIP_PASSWORD + "x")
    assert not dialog.export_button.isEnabled()  # typed twice, the same
    dialog.password.repeat.setText(ZIP_PASSWORD)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert message_log.calls == []
    assert dialog.password.text() == ""  # not kept once written
    [written] = list(out.iterdir())
    # The full export in the container as strong as the vault, not a zip.
    assert written.suffix == ".enc"
    raw = written.read_bytes()
    assert raw.startswith(export_container.MAGIC)
    assert b"Already here" not in raw and b"haven" not in raw.lower()
    with pytest.raises(ImportFailed, match="not right"):
        haven_json.parse(written, "not the password")
    document = haven_json.parse(written, ZIP_PASSWORD)
    assert [e.title for e in document] == ["Already here"]


def test_a_protected_markdown_export_is_the_zip(unlocked, qtbot, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_dialog(qtbot, unlocked, out)
    dialog.set_format("markdown")
    dialog.password.passphrase.setText(ZIP_PASSWORD)
    dialog.password.repeat.setText(ZIP_PASSWORD)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    [written] = list(out.iterdir())
    assert written.suffix == ".zip"
    with pyzipper.AESZipFile(written) as archive:
        archive.setpassword(b"not the password")
        with pytest.raises(RuntimeError):
            archive.read(archive.namelist()[0])


def test_a_markdown_export_and_a_failed_one(unlocked, qtbot, tmp_path, message_log):
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_dialog(qtbot, unlocked, out)
    dialog.set_format("markdown")
    dialog.protect.setChecked(False)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    [folder] = list(out.iterdir())
    assert [p.name.endswith("-already-here.md") for p in folder.iterdir()] == [True]

    # A "folder" that is a file (a stick that went away and left a file behind): a
    # clear error, and nothing written.
    not_a_folder = tmp_path / "gone"
    not_a_folder.write_text("x")
    dialog.set_folder(not_a_folder)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert "Nothing was exported" in dialog.error_text.text()
    assert not_a_folder.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".gone")) == []


def test_an_export_leaves_no_trail_of_where_it_went(unlocked, qtbot, tmp_path, monkeypatch,
                                                    settings):
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    stick = tmp_path / "private-place" / "secret-stick-name"
    stick.mkdir(parents=True)
    dialog = ExportDialog(unlocked.window.run_key_work, parent=unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()

    def pick() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QFileDialog)
        assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setDirectory(str(stick))
        chooser.selectFile(str(stick))
        chooser.accept()

    QTimer.singleShot(0, pick)
    dialog.choose_button.click()
    assert dialog.folder.text() == str(stick)
    dialog.password.passphrase.setText(ZIP_PASSWORD)
    dialog.password.repeat.setText(ZIP_PASSWORD)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert [p.suffix for p in stick.iterdir()] == [".enc"]
    assert not list(home.rglob("recently-used.xbel"))
    settings.sync()
    for path in (tmp_path / "settings").rglob("*"):
        if path.is_file():
            text = path.read_text(errors="replace")
            assert "secret-stick-name" not in text and "private-place" not in text, path


@pytest.mark.parametrize("name", ["haven.zip", "haven.enc"])
def test_a_protected_haven_export_brings_every_record_kind(unlocked, qtbot, tmp_path, name):
    from journal.demo import fill_demo
    from journal.export import export_json, export_protected
    from journal.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    with Vault.create(tmp_path / "old", PASSPHRASE, kdf=FAST_KDF) as old:
        fill_demo(old, "en", today=date(2026, 3, 1))
        if name.endswith(".zip"):
            export_json(old, tmp_path / name, password=ZIP_PASSWORD)
        else:
            export_protected(old, tmp_path / name, ZIP_PASSWORD)
        checkins = old.row("SELECT COUNT(*) FROM checkins")[0]
        boundaries = old.row("SELECT COUNT(*) FROM boundaries")[0]
    app = unlocked
    dialog = import_dialog(qtbot, app)
    dialog.set_format("haven-json")
    assert dialog.password.isVisible()
    dialog.password.setText("not it")
    dialog.set_source(tmp_path / name)
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == "This is not the password of this export."
    assert not dialog.error_text.isVisible()  # calm: she only mistyped it
    vault = app.window.vault
    assert vault.row("SELECT COUNT(*) FROM checkins")[0] == 0
    dialog.password.setText(ZIP_PASSWORD)
    dialog.set_source(tmp_path / name)
    wait_idle(qtbot, dialog)
    assert "other records (check-ins, safe places" in dialog.preview_text.text()
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert "other records (check-ins, safe places" in dialog.status.text()
    vault = app.window.vault
    assert vault.row("SELECT COUNT(*) FROM checkins")[0] == checkins > 0
    assert vault.row("SELECT COUNT(*) FROM boundaries")[0] == boundaries > 0


def test_an_export_is_never_written_into_a_journal_folder(unlocked, qtbot, tmp_path,
                                                          message_log):
    folder = unlocked.window.vault.folder
    before = {p.name for p in folder.iterdir()}
    for target in (folder, folder / "backups"):
        target.mkdir(exist_ok=True)
        dialog = export_dialog(qtbot, unlocked, target)
        dialog.protect.setChecked(False)
        message_log.answer = True
        dialog.export_button.click()
        wait_idle(qtbot, dialog)
        assert "inside the folder of a journal" in dialog.error_text.text()
        assert not dialog.is_busy
    assert {p.name for p in folder.iterdir()} == before | {"backups"}
    assert list((folder / "backups").iterdir()) == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "1 entry and 3 other records (check-ins, safe places and the like) exported "
           "to {path}."),
    ("nl", "1 notitie en 3 andere onderdelen (check-ins, veilige plekken en dergelijke) "
           "geëxporteerd naar {path}."),
])
def test_the_export_says_it_holds_more_than_entries(unlocked, qtbot, tmp_path,
                                                    message_log, lang, expected):
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore
    from journal.safe_place_models import SafePlaceDraft
    from journal.safe_places import SafePlaceStore

    app = unlocked
    vault = app.window.vault
    CheckinStore(vault).create(CheckinDraft(date(2025, 5, 1), mood=6))
    CheckinStore(vault).create(CheckinDraft(date(2025, 5, 2), sleep_hours=7.0))
    SafePlaceStore(vault).create(SafePlaceDraft(title="The bench by the river"))
    app.install_translators(lang)
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_dialog(qtbot, app, out)
    dialog.protect.setChecked(False)
    message_log.answer = True
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    written, = out.iterdir()
    assert dialog.status.text() == expected.format(path=written)
