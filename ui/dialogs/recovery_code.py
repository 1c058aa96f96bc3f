"""Show a new recovery code once: copy, print, and "I have stored it".

The app writes nothing to disk here. A copied code is taken off the clipboard again
when the dialog closes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ui import messages
from ui.widgets import button, dialog_layout, label


def printable_document(code: str) -> QTextDocument:
    """The page that gets printed: the code and what it is for, nothing else."""
    doc = QTextDocument()
    doc.setHtml(
        "<h2>{title}</h2><p>{what}</p>"
        "<p style='font-family: monospace; font-size: 20pt; font-weight: 600;'>{code}</p>"
        "<p>{keep}</p>".format(
            title=html.escape(QCoreApplication.translate("RecoveryCodeDialog",
                                                         "Haven recovery code")),
            what=html.escape(QCoreApplication.translate("RecoveryCodeDialog",
                               "This code opens your journal if you forget your passphrase.")),
            code=html.escape(code),
            keep=html.escape(QCoreApplication.translate("RecoveryCodeDialog",
                               "Keep this page somewhere safe that only you can reach."))))
    return doc


class RecoveryCodeDialog(QDialog):
    """Shows the code once. Use `show_code()`."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self._code = code
        self._copied = False
        self._confirmed_close = False

        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        self.status = label("", "hint", parent=self)

        self.copy_button = button(self.tr("&Copy"), parent=self,
                                  accessible=self.tr("Copy the recovery code"))
        self.print_button = button(self.tr("&Print…"), parent=self,
                                   accessible=self.tr("Print the recovery code"))
        self.done_button = button(self.tr("I have stored it"), "primary", parent=self)
        self.done_button.setDefault(True)
        # Enter always means "I have stored it", wherever the focus is (Space still
        # presses Copy or Print); otherwise Enter on a focused Copy only copied again.
        for side in (self.copy_button, self.print_button):
            side.setAutoDefault(False)

        dialog_layout(self, self.tr("Your recovery code"), self.tr(
            "If you ever forget your passphrase, this code is the only way to open your "
            "journal. Write it down or print it, and keep it somewhere safe that only you "
            "can reach. It will not be shown again."), self.code_label, self.status,
            left=(self.copy_button, self.print_button), right=(self.done_button,),
            min_width=560)

        self.copy_button.clicked.connect(self._on_copy)
        self.print_button.clicked.connect(self._on_print)
        self.done_button.clicked.connect(self._on_done)
        QWidget.setTabOrder(self.copy_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.done_button)
        self.done_button.setFocus()

    @classmethod
    def show_code(cls, parent: QWidget | None, code: str) -> bool:
        """Show `code` until she says it is stored. Returns True then."""
        dialog = cls(code, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- events ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # goes through closeEvent's question
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirmed_close and not messages.confirm(
                self, self.tr("Close without storing?"),
                self.tr("The recovery code will not be shown again."),
                destructive=True, yes_text=self.tr("Close anyway"),
                no_text=self.tr("Go back")):
            event.ignore()
            return
        self._forget_clipboard()
        self._confirmed_close = True
        super().closeEvent(event)  # QDialog rejects

    def done(self, result: int) -> None:
        self._forget_clipboard()
        self._confirmed_close = True
        super().done(result)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self._copied = True
        self.status.setText(self.tr(
            "Copied. Haven takes it off the clipboard again when you close this window."))

    @Slot()
    def _on_print(self) -> None:
        printer = self._ask_printer()
        if printer is None:
            return
        printable_document(self._code).print_(printer)
        self.status.setText(self.tr("Sent to the printer."))

    @Slot()
    def _on_done(self) -> None:
        self.accept()

    # -- private ---------------------------------------------------------------------

    def _ask_printer(self) -> QPrinter | None:
        """Qt's print dialog; printing to a file is not offered."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def _forget_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard.text() == self._code:
            clipboard.clear()
        self._copied = False
