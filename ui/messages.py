"""Every message box of the app goes through here, so tests can answer them.

Call these as `messages.confirm(...)` (module attribute), never import the functions
directly: the test fixture replaces them on this module.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import (
    EntryNotFound,
    InvalidChoice,
    MissingField,
    NoRecoveryCode,
    NotAVault,
    PassphraseTooShort,
    RecordNotFound,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    WrongSecret,
)
from journal.vault import DiskFull


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False,
            yes_text: str = "", no_text: str = "") -> bool:
    """Ask a question with two worded answers; True when she chooses to go ahead.

    `yes_text`/`no_text` say what each answer does ("Delete"/"Keep"); the defaults are
    "Go ahead"/"Go back". No question-mark icon: a calm question, not an alarm.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text or QCoreApplication.translate("Messages", "Go ahead"),
                        QMessageBox.ButtonRole.DestructiveRole if destructive
                        else QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or QCoreApplication.translate("Messages", "Go back"),
                       QMessageBox.ButtonRole.RejectRole)
    for answer in (yes, no):
        answer.setIcon(QIcon())  # some styles add stock icons
    # For something that cannot be undone the safe answer is the default.
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, title, text, QMessageBox.Icon.Warning)


def info(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, title, text, QMessageBox.Icon.NoIcon)


def _tell(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    ok.setIcon(QIcon())
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


# Checked in order: a subclass before its base class.
_ERROR_TEXTS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongSecret, QT_TRANSLATE_NOOP(
        "Errors", "That did not open your journal. Please check what you typed and try again.")),
    (NoRecoveryCode, QT_TRANSLATE_NOOP(
        "Errors", "This journal has no recovery code. Please use your passphrase.")),
    (NotAVault, QT_TRANSLATE_NOOP("Errors", "This folder does not hold a Haven journal.")),
    (VaultDamaged, QT_TRANSLATE_NOOP(
        "Errors", "Your journal's files are damaged and cannot be read. Please restore a "
        "backup, or ask someone you trust for help.")),
    (VaultInUse, QT_TRANSLATE_NOOP(
        "Errors", "Your journal is already open in another Haven window. Close that one "
        "first.")),
    (SchemaTooNew, QT_TRANSLATE_NOOP(
        "Errors", "Your journal was saved by a newer version of Haven. Please update Haven "
        "to open it.")),
    (PassphraseTooShort, QT_TRANSLATE_NOOP(
        "Errors", "A passphrase needs at least %1 characters.")),
    (VaultExists, QT_TRANSLATE_NOOP("Errors", "The folder for a new journal is not empty.")),
    (DiskFull, QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Your last change was not saved; make some room and try "
        "again.")),
    (EntryNotFound, QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")),
    (RecordNotFound, QT_TRANSLATE_NOOP("Errors", "This item no longer exists.")),
    (MissingField, QT_TRANSLATE_NOOP(
        "Errors", "Something that is needed is still empty, so nothing was saved.")),
    (InvalidChoice, QT_TRANSLATE_NOOP(
        "Errors", "One of the choices is not valid, so nothing was saved.")),
    (OSError, QT_TRANSLATE_NOOP("Errors", "Haven could not read or write its files (%1).")),
)
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Something went wrong (%1).")


def error_text(exc: BaseException) -> str:
    """A calm, translated sentence for an error of the core. Never includes content."""
    source, detail = _UNKNOWN, type(exc).__name__
    for kind, text in _ERROR_TEXTS:
        if isinstance(exc, kind):
            source = text
            if isinstance(exc, PassphraseTooShort):
                detail = str(exc.minimum)
            elif isinstance(exc, OSError):
                detail = exc.strerror or type(exc).__name__
            break
    return QCoreApplication.translate("Errors", source).replace("%1", detail)
