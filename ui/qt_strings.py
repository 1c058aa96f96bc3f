"""Words of Qt's own dialogs (the file dialog) that Qt's Dutch catalogue, qtbase_nl,
lacks: their English changed in Qt 6 ("&Look in:") and the catalogue still has the old
text. Haven's .ts carries them under Qt's own contexts; ui/app.py installs Haven's
translator after Qt's, so it is asked first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.translate import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def folder_type() -> str:
    """The file dialog's "Type" of a folder; written as a call so that lupdate keeps
    Qt's disambiguation with it."""
    return QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                      "All other platforms")
