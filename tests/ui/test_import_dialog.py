"""The import dialog's choices, driven as she would, on real exports: what date a
Markdown file without one gets, her own Daylio mood names, the files of a folder that
cannot be read, and a password-protected Haven export. Each is checked in the vault
afterwards."""

from __future__ import annotations

import os
import shutil
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.export import export_json
from journal.models import EntryDraft
from tests.ui.conftest import unlock_with
from ui.dialogs.import_dialog import ImportDialog

REAL = Path(__file__).parent.parent / "data" / "real"
DIARY = REAL / "obsidian-tracker" / "diary"
DAYLIO_MOODS = REAL / "daylio" / "currin-sample_multiple_moods.csv"
EXPORT_PASSWORD = "een lang wachtwoord voor de export"


@pytest.fixture
def app(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def open_dialog(qtbot, app) -> ImportDialog:
    dialog = ImportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)


def read(qtbot, dialog: ImportDialog, fmt: str, path: Path) -> None:
    dialog.set_format(fmt)
    dialog.set_source(path)
    wait_idle(qtbot, dialog)


def do_import(qtbot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_idle(qtbot, dialog)


def entries(app) -> list[tuple[str, date, str]]:
    store = EntryStore(app.window.vault)
    return sorted((s.title, s.entry_date, store.get(s.id).body) for s in store.page())


# -- Markdown files without a date -------------------------------------------------------

FILE_TIME = datetime(2022, 7, 14, 10, 30)


def diary_with_an_undated_file(tmp_path: Path) -> Path:
    """Two real daily notes dated by their names, and one real note under a name with no
    date (and no date inside), last changed on FILE_TIME."""
    folder = tmp_path / "diary"
    folder.mkdir()
    for name in ("2021-01-01.md", "05-01-2021.md"):
        shutil.copy(DIARY / name, folder / name)
    undated = folder / "spaans.md"
    shutil.copy(DIARY / "2026-02-08.md", undated)
    os.utime(undated, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return folder


def choose(dialog: ImportDialog, combo: QComboBox, data: object) -> None:
    """Pick an item as she would (activated is what a click or key gives)."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.mark.parametrize(("policy", "expected"), [
    ("file-time", FILE_TIME.date()),
    ("today", "today"),
    ("skip", None),
])
def test_she_chooses_what_date_a_file_without_one_gets(app, qtbot, tmp_path, policy,
                                                        expected):
    folder = diary_with_an_undated_file(tmp_path)
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "markdown", folder)
    assert "1 file has no date of its own" in dialog.preview_text.text()
    assert dialog.undated.isVisible()
    assert dialog.undated.currentData() == "file-time"  # as the command line does

    choose(dialog, dialog.undated, policy)
    wait_idle(qtbot, dialog)  # read again with the new choice
    do_import(qtbot, dialog)

    days = [d for _, d, _ in entries(app)]
    # The dated notes come in whatever she chooses; the undated one as she chose.
    assert sorted(d for d in days if d.year == 2021) == [date(2021, 1, 1),
                                                          date(2021, 1, 5)]
    undated = [d for d in days if d.year != 2021]
    if expected is None:
        assert undated == []
        assert "1 file without a date was left out" in dialog.status.text()
    else:
        assert undated == [date.today() if expected == "today" else expected]
        assert "1 entry had no date of its own" in dialog.status.text()


def test_the_undated_choice_shows_only_when_a_file_has_no_date(app, qtbot):
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "markdown", REAL / "jrnl" / "24h" / "per-entry")
    assert dialog.import_button.isEnabled()
    assert not dialog.undated.isVisible()


# -- Daylio: her own mood names ----------------------------------------------------------

def mood_choice(dialog: ImportDialog, name: str) -> QComboBox:
    for row in range(dialog.moods_form.rowCount()):
        label = dialog.moods_form.itemAt(row, dialog.moods_form.ItemRole.LabelRole)
        if label.widget().text() == name:
            return dialog.moods_form.itemAt(
                row, dialog.moods_form.ItemRole.FieldRole).widget()
    raise AssertionError(f"no mood choice for {name!r}")


def test_she_maps_her_own_daylio_mood_and_the_check_ins_carry_it(app, qtbot):
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "daylio-csv", DAYLIO_MOODS)
    assert dialog.preview_text.text().startswith("7 check-ins found")
    assert dialog.moods_box.isVisible()
    ok = mood_choice(dialog, "OK")
    assert ok.currentData() is None  # nothing chosen yet: kept as text

    choose(dialog, ok, 6)
    wait_idle(qtbot, dialog)
    assert mood_choice(dialog, "OK").currentData() == 6  # the choice survives the reread
    choose(dialog, mood_choice(dialog, "Anxious"), 3)
    wait_idle(qtbot, dialog)
    do_import(qtbot, dialog)
    assert "7 check-ins imported" in dialog.status.text()

    checkins = CheckinStore(app.window.vault).recent()
    by_time = {(c.day, c.mood, c.note) for c in checkins}
    assert (date(2021, 5, 12), 6, "") in by_time  # both "OK" rows of that day
    assert sum(1 for c in checkins if c.day == date(2021, 5, 12) and c.mood == 6) == 2
    assert any(c.mood == 3 for c in checkins)  # Anxious
    assert any(c.mood == 8 for c in checkins)  # "good", one of Daylio's own
    # A name she left unmapped keeps no mood, and its name as text in the note.
    refreshed = [c for c in checkins if c.day == date(2020, 8, 31)]
    assert [(c.mood, c.note) for c in refreshed] == [(None, "Mood: Refreshed")]


# -- files that cannot be read -----------------------------------------------------------

def test_files_that_cannot_be_read_are_listed_and_nothing_of_them_is_imported(
        app, qtbot, tmp_path):
    folder = tmp_path / "diary"
    folder.mkdir()
    for name in ("2021-01-01.md", "Jeffrey-20210102-Journal.md"):
        shutil.copy(DIARY / name, folder / name)
    # A real note whose front matter got a tab indent, as a Joplin folder had.
    text = (DIARY / "20210103-D.md").read_text(encoding="utf-8")
    (folder / "20210103-D.md").write_text(text.replace("\nmood:", "\n\tmood:", 1),
                                          encoding="utf-8")
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "markdown", folder)
    assert "2 entries found" in dialog.preview_text.text()
    assert dialog.not_read.isVisible()
    listed = dialog.not_read.text()
    assert "1 file cannot be read and will not be imported" in listed
    assert "20210103-D.md" in listed and "line 3" in listed
    assert not dialog.error_text.isVisible()  # the rest can still come in

    do_import(qtbot, dialog)
    assert "2 entries imported" in dialog.status.text()
    assert "20210103-D.md" in dialog.status.text()
    days = sorted(d for _, d, _ in entries(app))
    assert days == [date(2021, 1, 1), date(2021, 1, 2)]  # not 3 January


# -- a password-protected Haven export ---------------------------------------------------

@pytest.fixture
def protected_export(app, tmp_path) -> Path:
    """A real protected export of a journal with one entry; the app's journal is then
    emptied, so the import brings it back."""
    vault = app.window.vault
    store = EntryStore(vault)
    entry_id = store.create(EntryDraft(date(2025, 3, 2), title="Zondag", body="Rustig."))
    result = export_json(vault, tmp_path / "export.zip", password=EXPORT_PASSWORD)
    store.delete(entry_id)
    return result.path


def test_a_protected_export_asks_for_its_password_calmly(app, qtbot, protected_export):
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "haven-json", protected_export)
    assert not dialog.error_text.isVisible()  # no red before she could type it
    assert "protected with a password" in dialog.status.text()
    assert dialog.password.isEnabled() and dialog.password.hasFocus()
    assert not dialog.import_button.isEnabled()

    dialog.password.setText("niet het wachtwoord")
    qtbot.waitUntil(lambda: "not the password" in dialog.status.text(), timeout=20_000)
    assert not dialog.error_text.isVisible()
    assert not dialog.import_button.isEnabled()

    dialog.password.setText(EXPORT_PASSWORD)  # checked again as she types
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert "1 entry found" in dialog.preview_text.text()
    assert dialog.status.text() == ""
    do_import(qtbot, dialog)
    assert [t for t, _, _ in entries(app)] == ["Zondag"]


def test_the_password_is_checked_once_she_pauses_and_typing_goes_on_meanwhile(
        app, qtbot, protected_export):
    runs: list[tuple[bool, bool]] = []  # (busy, password field usable) as each read starts
    held = threading.Event()

    def run(work, on_success, on_failure, on_bug=None):
        runs.append((dialog.is_busy, dialog.password.isEnabled()))
        if len(runs) == 3:  # the third read waits until the test lets it go on
            def slow(vault, work=work):
                held.wait(20)
                return work(vault)
            return app.window.run_key_work(slow, on_success, on_failure, on_bug)
        return app.window.run_key_work(work, on_success, on_failure, on_bug)

    dialog = ImportDialog(run, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    read(qtbot, dialog, "haven-json", protected_export)
    assert len(runs) == 1
    for n in range(1, len(EXPORT_PASSWORD) + 1):  # key by key, without a pause
        dialog.password.setText(EXPORT_PASSWORD[:n])
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert len(runs) == 2  # one check for the whole password, not one per key

    dialog.password.setText("fout")
    qtbot.waitUntil(lambda: len(runs) == 3, timeout=20_000)
    assert runs[-1] == (True, True)  # checking it does not take the field away
    dialog.password.setText(EXPORT_PASSWORD)  # typed while "fout" is being checked
    qtbot.waitUntil(lambda: not dialog.password_pause.isActive(), timeout=20_000)
    held.set()
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.import_button.isEnabled(),
                    timeout=20_000)
    assert len(runs) == 4  # the newer password was checked after the older one
    assert dialog.status.text() == ""


def test_her_own_haven_export_is_the_first_choice(qtbot, app):
    """Bringing back her own export is the likeliest import: it is offered first."""
    dialog = open_dialog(qtbot, app)
    assert dialog.format.itemData(0) == "haven-json"
    assert dialog.chosen_format == "haven-json"
    assert dialog.password.isVisibleTo(dialog)  # its password field, ready when chosen


# -- an export from a newer Haven --------------------------------------------------------

def test_an_export_from_a_newer_haven_asks_to_update_in_both_languages(qtbot, app,
                                                                        tmp_path):
    path = tmp_path / "haven-export.json"
    path.write_text('{"format": "haven-export", "version": 99, "exported_at": '
                    '"2030-01-01T00:00:00+00:00", "entries": []}', encoding="utf-8")
    dialog = open_dialog(qtbot, app)
    read(qtbot, dialog, "haven-json", path)
    assert dialog.error_text.text() == (
        "haven-export.json cannot be imported: it was made by a newer version of Haven "
        "(export format 99); please update Haven to import it. Nothing was imported; your "
        "journal is as it was.")
    app.install_translators("nl")
    read(qtbot, dialog, "haven-json", path)
    assert dialog.error_text.text() == (
        "haven-export.json kan niet geïmporteerd worden: het is gemaakt met een nieuwere "
        "versie van Haven (exportformaat 99); werk Haven bij om het te importeren. Er is "
        "niets geïmporteerd; je dagboek is zoals het was.")
