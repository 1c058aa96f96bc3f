"""Every message box of the app goes through here, so tests can answer them.

Call these as `messages.confirm(...)` (module attribute), never import the functions
directly: the test fixture replaces them on this module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import (
    EntryNotFound,
    NoRecoveryCode,
    NotAVault,
    PassphraseTooShort,
    SchemaTooNew,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    WrongSecret,
)
from journal.vault import DiskFull


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """Ask a yes/no question; True when she chooses to go ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    # For something that cannot be undone the safe answer is the default.
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def error_text(exc: BaseException) -> str:
    """A calm, translated sentence for an error of the core. Never includes content."""
    if isinstance(exc, WrongSecret):
        return _t("That did not open your journal. Please check what you typed and try again.")
    if isinstance(exc, NoRecoveryCode):
        return _t("This journal has no recovery code. Please use your passphrase.")
    if isinstance(exc, NotAVault):
        return _t("This folder does not hold a Haven journal.")
    if isinstance(exc, VaultDamaged):
        return _t("Your journal's files are damaged and cannot be read. Please restore "
                  "a backup, or ask someone you trust for help.")
    if isinstance(exc, VaultInUse):
        return _t("Your journal is already open in another Haven window. Close that "
                  "one first.")
    if isinstance(exc, SchemaTooNew):
        return _t("Your journal was saved by a newer version of Haven. Please update "
                  "Haven to open it.")
    if isinstance(exc, PassphraseTooShort):
        return _t("A passphrase needs at least %1 characters.").replace("%1", str(exc.minimum))
    if isinstance(exc, VaultExists):
        return _t("The folder for a new journal is not empty.")
    if isinstance(exc, DiskFull):
        return _t("The disk is full. Your last change was not saved; make some room "
                  "and try again.")
    if isinstance(exc, EntryNotFound):
        return _t("This entry no longer exists.")
    if isinstance(exc, OSError):
        return _t("Haven could not read or write its files (%1).").replace(
            "%1", exc.strerror or type(exc).__name__)
    return _t("Something went wrong (%1).").replace("%1", type(exc).__name__)
