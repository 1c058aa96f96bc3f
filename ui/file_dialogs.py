"""File dialogs that leave no trail: Qt's own dialog (not the desktop's, which adds
the folder to the recent-files list, `recently-used.xbel`), and Qt's remembered
history of visited folders put back as it was afterwards.

Without a folder to start in they open where she last was for the same purpose while
Haven runs (export, import, summary, photo, backup, restore…), else where she last was
for any purpose (an import starts where she exported), else in her Documents folder
(or her home folder), never in the program's folder. The folders are kept in memory
only (ui/settings.py; found on the window the dialog is asked from): a folder's path
can say where her words went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QWidget,
)

from ui import dates, messages
from ui.settings import Settings

_QT_GROUP = "FileDialog"  # where QFileDialog keeps history and the last folder


def _qt_dialog_state() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _snapshot() -> dict[str, Any]:
    store = _qt_dialog_state()
    store.beginGroup(_QT_GROUP)
    try:
        return {key: store.value(key) for key in store.allKeys()}
    finally:
        store.endGroup()


def _restore(state: dict[str, Any]) -> None:
    store = _qt_dialog_state()
    store.remove(_QT_GROUP)
    store.beginGroup(_QT_GROUP)
    for key, value in state.items():
        store.setValue(key, value)
    store.endGroup()
    store.sync()


def documents_folder() -> str:
    """Her Documents folder, or her home folder if there is none."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _start_in(start: str) -> str:
    return start if start and Path(start).is_dir() else documents_folder()


def _settings_near(widget: QWidget | None) -> Settings | None:
    """Her settings, from the first window up from `widget` that holds them (the main
    window); None for a dialog asked from elsewhere (it then remembers nothing)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, Settings):
            return settings
        widget = widget.parentWidget()
    return None


class _HavenDates(QIdentityProxyModel):
    """The file list with the date written as Haven writes dates, "7 Dec 2026 11:49"
    ("7 dec 2026 11:49"): Qt's own column said "7 12 2026 11:49"."""

    TYPE_COLUMN, DATE_COLUMN = 2, 3  # QFileSystemModel: name, size, type, date modified

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        if (index.column() == self.DATE_COLUMN and role == Qt.ItemDataRole.DisplayRole
                and isinstance(source, QFileSystemModel)):
            moment = source.lastModified(self.mapToSource(index))
            if moment.isValid():
                changed = dates.pydatetime(moment)
                return f"{dates.short_date(changed)} {dates.clock_time(changed)}"
        return super().data(index, role)


class _NewFolderDialog(QFileDialog):
    """A folder dialog that also takes the name of a folder that does not exist yet,
    in one that does: Qt greyed its Choose button and answered Enter with "Directory
    not found", and she had to find its small new-folder icon. Nothing is made here:
    the caller makes the folder when it uses it (a restore removes it again if it
    fails), so a dialog she cancels leaves no empty folder behind."""

    def __init__(self, parent: QWidget | None, title: str, start: str) -> None:
        super().__init__(parent, title, start)
        edit = self.findChild(QLineEdit, "fileNameEdit")
        if edit is not None:  # after Qt's own check of the button, which runs first
            edit.textChanged.connect(self._allow_new)

    def accept(self) -> None:
        path = self._typed_new()
        if path is None:
            super().accept()
        elif path.parent.is_dir():
            QDialog.accept(self)  # Qt's own accept refuses a folder that does not exist
        else:
            # Said calmly, in her language: Qt's own box said "Directory not found.
            # Please verify the correct directory name was given."
            messages.inform(self, self.tr("The folder %1 does not exist.").replace(
                "%1", str(path.parent)), self.tr(
                "A new folder can only be made inside a folder that is already there. "
                "Please check the name you typed, or choose a folder in the list."))

    def _typed_new(self) -> Path | None:
        """The one folder chosen, when it does not exist (yet)."""
        chosen = self.selectedFiles()
        if self.fileMode() != QFileDialog.FileMode.Directory or len(chosen) != 1:
            return None
        path = Path(chosen[0])
        return None if path.exists() else path

    def _new_folder(self) -> bool:
        path = self._typed_new()
        return path is not None and path.parent.is_dir()

    def _allow_new(self) -> None:
        buttons = self.findChild(QDialogButtonBox, "buttonBox")
        if buttons is not None and self._new_folder():
            for choose in buttons.buttons():
                if buttons.buttonRole(choose) == QDialogButtonBox.ButtonRole.AcceptRole:
                    choose.setEnabled(True)


def _give_columns_room(dialog: QFileDialog) -> None:
    """Wide enough, with the size and date columns as wide as what they show and the
    name taking the rest: at Qt's own width the date was cut ("7 12 202…"). No type
    column: Qt called a backup and a protected export "unknown", and the file's ending
    and the dialog's filter already say what it is."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.hideSection(_HavenDates.TYPE_COLUMN)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    width = dialog.fontMetrics().averageCharWidth() * 120
    screen = dialog.screen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width() * 9 // 10)
    dialog.resize(max(dialog.width(), width), dialog.height())


def _ask(parent: QWidget | None, title: str, start: str, setup: Callable[[QFileDialog], None],
         purpose: str = "", *, folders: bool = False, new_folder: bool = False
         ) -> str | None:
    """Run one of Qt's own file dialogs, set up by `setup`, and put Qt's remembered
    history back as it was. The chosen path, or None when she cancels. With a
    `purpose`, it opens where she last was for it and remembers the folder she chose."""
    settings = _settings_near(parent) if purpose else None
    if settings is not None and not start:
        start = settings.last_folder(purpose)
    before = _snapshot()
    kind = _NewFolderDialog if new_folder else QFileDialog
    dialog = kind(parent, title, _start_in(start))
    try:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setHistory([])
        setup(dialog)
        dialog.setProxyModel(_HavenDates(dialog))
        _give_columns_room(dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)  # now: it writes its state when it is destroyed
    _restore(before)
    if not accepted or not chosen:
        return None
    if settings is not None:
        settings.remember_folder(purpose, chosen[0] if folders and Path(chosen[0]).is_dir()
                                 else str(Path(chosen[0]).parent))
    return chosen[0]


def choose_folder(parent: QWidget | None, title: str, start: str = "", *,
                  purpose: str = "", new: bool = False) -> str | None:
    """Ask for a folder; None when she cancels. With `new`, she may also type the name
    of a folder that does not exist yet (in one that does); it is not made here."""
    def setup(dialog: QFileDialog) -> None:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)

    return _ask(parent, title, start, setup, purpose, folders=True, new_folder=new)


def choose_file(parent: QWidget | None, title: str, name_filters: list[str],
                start: str = "", *, purpose: str = "") -> str | None:
    """Ask for an existing file to open; None when she cancels."""
    def setup(dialog: QFileDialog) -> None:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(name_filters)

    return _ask(parent, title, start, setup, purpose)


def choose_save_file(parent: QWidget | None, title: str, name_filter: str,
                     suggested: str = "", start: str = "", *, purpose: str = ""
                     ) -> str | None:
    """Ask where to save a new file; None when she cancels. The dialog asks before
    replacing a file that exists."""
    def setup(dialog: QFileDialog) -> None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(name_filter)
        if suggested:
            dialog.selectFile(suggested)

    return _ask(parent, title, start, setup, purpose)
