"""File dialogs remember the folder she last used for each purpose (export, import,
summary, photo) while Haven runs: only the folder, never a folder inside a journal, and
never written to the settings file (a folder's name can say where her words went)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QTreeView, QWidget

from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import dates, file_dialogs
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.settings import Settings


class Window(QWidget):
    """Stands for the main window: the dialogs find her settings on it."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings


@pytest.fixture
def window(qtbot, settings: Settings) -> Window:
    widget = Window(settings)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each dialog's start folder is noted; it chooses what `pick` holds (else cancels)."""
    opened: list[Path] = []

    def run(dialog: QFileDialog) -> QDialog.DialogCode:
        opened.append(Path(dialog.directory().absolutePath()).resolve())
        if not dialogs.pick:
            return QDialog.DialogCode.Rejected
        chosen = dialogs.pick.pop(0)
        dialog.setDirectory(str(chosen.parent))
        dialog.selectFile(str(chosen))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", run)
    dialogs.pick = []  # type: ignore[attr-defined]
    dialogs.opened = opened  # type: ignore[attr-defined]
    return dialogs  # type: ignore[return-value]


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path.resolve()


def test_each_purpose_opens_where_she_last_was(window, dialogs, settings, tmp_path):
    settings.appearance = "dark"  # a settings file to look in
    documents = Path(file_dialogs.documents_folder()).resolve()
    exports, imports = folder(tmp_path / "exports"), folder(tmp_path / "from-day-one")
    source = imports / "journal.json"
    source.write_text("{}")
    dialogs.pick = [exports, source]
    assert file_dialogs.choose_folder(window, "Export", purpose="export") == str(exports)
    assert file_dialogs.choose_file(window, "Import", ["*.json"], purpose="import") \
        == str(source)
    file_dialogs.choose_folder(window, "Export", purpose="export")
    file_dialogs.choose_file(window, "Import", ["*.json"], purpose="import")
    file_dialogs.choose_save_file(window, "Summary", "PDF (*.pdf)", "s.pdf", purpose="summary")
    file_dialogs.choose_folder(window, "Journal")  # no purpose: nothing remembered
    # The summary has no folder yet: it starts in the last one she chose (imports).
    assert dialogs.opened == [documents, exports, exports, imports, imports, documents]
    # Held in memory: nothing of where she was is written, and a later start
    # (settings read from the file again) opens in her Documents folder.
    settings.sync()
    assert "from-day-one" not in Path(settings.file_name).read_text()
    assert Settings(type(settings._store)(settings.file_name, settings._store.format())) \
        .last_folder("import") == ""


def test_a_folder_she_gave_wins_over_the_remembered_one(window, dialogs, tmp_path):
    dialogs.pick = [folder(tmp_path / "a")]
    file_dialogs.choose_folder(window, "Export", purpose="export")
    file_dialogs.choose_folder(window, "Export", str(folder(tmp_path / "b")), purpose="export")
    assert dialogs.opened[-1] == tmp_path.resolve() / "b"


def test_a_folder_inside_a_journal_or_gone_is_not_used(window, dialogs, settings, tmp_path):
    with Vault.create(tmp_path / "journal", PASSPHRASE, kdf=FAST_KDF):
        pass
    inside = folder(tmp_path / "journal" / "exports")
    dialogs.pick = [inside]
    file_dialogs.choose_folder(window, "Export", purpose="export")
    assert settings.last_folder("export") == ""
    gone = folder(tmp_path / "gone")
    settings.remember_folder("photo", str(gone))
    gone.rmdir()
    assert settings.last_folder("photo") == ""


def test_the_export_and_import_dialogs_remember_their_own_folders(window, dialogs, tmp_path):
    exports = folder(tmp_path / "exports")
    dialogs.pick = [exports]
    export = ExportDialog(lambda *args, **kwargs: None, window)
    export._on_choose()
    importer = ImportDialog(lambda *args, **kwargs: None, window)
    importer._on_choose()
    again = ExportDialog(lambda *args, **kwargs: None, window)  # the next time she exports
    again._on_choose()
    documents = Path(file_dialogs.documents_folder()).resolve()
    assert dialogs.opened == [documents, exports, exports]
    for dialog in (export, importer, again):
        dialog.deleteLater()


def test_in_the_app_the_dialogs_find_her_settings_on_the_main_window(make_app, dialogs,
                                                                     settings, tmp_path):
    app = make_app()
    exports = folder(tmp_path / "exports")
    dialogs.pick = [exports]
    export = ExportDialog(lambda *args, **kwargs: None, app.window)
    export._on_choose()
    export.deleteLater()
    assert settings.last_folder("export") == str(exports)


def test_import_starts_where_she_last_exported_and_each_purpose_keeps_its_own(
        window, dialogs, tmp_path):
    exports, photos = folder(tmp_path / "exports"), folder(tmp_path / "photos")
    picture = photos / "sea.png"
    picture.write_bytes(b"")
    dialogs.pick = [exports]
    file_dialogs.choose_folder(window, "Export", purpose="export")
    file_dialogs.choose_file(window, "Import", ["*.json"], purpose="import")  # cancelled
    dialogs.pick = [picture]
    file_dialogs.choose_file(window, "Photo", ["*.png"], purpose="photo")
    file_dialogs.choose_folder(window, "Backups", purpose="backup")  # cancelled
    file_dialogs.choose_folder(window, "Export", purpose="export")
    # Import and backups had no folder yet: the last one she chose for anything.
    assert dialogs.opened[1:] == [exports, exports, photos, exports]


def test_the_columns_of_the_file_list_have_room_for_what_they_show(qtbot, monkeypatch,
                                                                  tmp_path):
    (tmp_path / "haven-export-2026-12-07.json").write_text("{}")
    folder(tmp_path / "Some folder")
    seen: list[tuple[int, int, int]] = []

    def run(dialog: QFileDialog) -> QDialog.DialogCode:
        dialog.show()
        qtbot.waitExposed(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2)
        header = tree.header()
        qtbot.waitUntil(lambda: header.sectionSize(1) >= tree.sizeHintForColumn(1))
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                seen.append((column, header.sectionSize(column),
                             max(tree.sizeHintForColumn(column),
                                 header.sectionSizeHint(column))))
        assert not tree.horizontalScrollBar().isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", run)
    file_dialogs.choose_file(None, "Import", ["*.json"], str(tmp_path))
    assert len(seen) == 3
    # The size and date (the date was cut: "7 12 202…") are whole.
    assert [(column, size) for column, size, needed in seen[1:] if size < needed] == []


@pytest.mark.parametrize(("lang", "shown"), [("en", "7 Dec 2026 11:49"),
                                              ("nl", "7 dec 2026 11:49")])
def test_the_date_column_writes_the_date_as_haven_does(qtbot, monkeypatch, tmp_path, lang,
                                                       shown):
    # Qt's own column said "7 12 2026 11:49": unusual, and ambiguous between habits.
    exported = tmp_path / "haven-export.json"
    exported.write_text("{}")
    moment = datetime(2026, 12, 7, 11, 49).timestamp()
    os.utime(exported, (moment, moment))
    seen: list[str] = []

    def run(dialog: QFileDialog) -> QDialog.DialogCode:
        tree = dialog.findChild(QTreeView, "treeView")
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 1)
        row = model.index(0, 0, tree.rootIndex())
        seen.append(model.index(row.row(), 3, row.parent()).data())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", run)
    before = QLocale()
    QLocale.setDefault(dates.locale(lang))
    try:
        file_dialogs.choose_file(None, "Import", ["*.json"], str(tmp_path))
    finally:
        QLocale.setDefault(before)
    assert seen == [shown]


def test_no_column_calls_a_backup_or_an_export_of_unknown_type(qtbot, monkeypatch,
                                                               tmp_path):
    # Qt knows no type for .havenbackup and .enc: its Type column said "unknown".
    for name in ("haven-2026-12-07.havenbackup", "haven-export-2026-12-07.enc"):
        (tmp_path / name).write_bytes(bytes(range(256)) * 4)  # like encrypted bytes
    shown: list[str] = []

    def run(dialog: QFileDialog) -> QDialog.DialogCode:
        tree = dialog.findChild(QTreeView, "treeView")
        model, header = tree.model(), tree.header()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 2)
        for row in range(2):
            for column in range(header.count()):
                if not header.isSectionHidden(column):
                    shown.append(model.index(row, column, tree.rootIndex()).data())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", run)
    file_dialogs.choose_file(None, "Backup", ["All files (*)"], str(tmp_path))
    assert shown and not [text for text in shown if "unknown" in str(text).lower()]
