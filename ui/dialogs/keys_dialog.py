"""Passphrase and recovery code: change the passphrase, make a new recovery code, and
encrypt everything again with a new key. Each needs her current passphrase.

The slow part (Argon2id, re-encryption) runs through the `run` function the main
window gives: on a worker thread, with the workspace disabled, and a lock or quick
exit waiting until it is done. This dialog never touches the vault itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import WrongSecret
from journal.keyslots import DEFAULT_KDF, KdfParams
from journal.vault import Vault
from ui import messages
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.widgets import (
    KeyWorkRunner,
    WorkDialog,
    busy_bar,
    button,
    dialog_layout,
    label,
    message_label,
    secret_field,
)
from ui.widgets.passphrase_fields import PassphraseFields


class KeysDialog(WorkDialog):
    """Use `open_for()`. Three tabs: passphrase, recovery code, re-encrypt."""

    # Re-encryption's steps (done, total), emitted on the worker thread and delivered
    # queued to _on_progress on the GUI thread: the worker never touches a widget.
    progressed = Signal(int, int)

    PASSPHRASE, RECOVERY_CODE, REENCRYPT = 0, 1, 2

    def __init__(self, run: KeyWorkRunner, *, kdf: KdfParams = DEFAULT_KDF,
                 parent: QWidget | None = None,
                 refresh_backups: Callable[[Vault], None] | None = None) -> None:
        super().__init__(parent)
        # After a new key: the automatic backups brought to it (on the worker thread).
        self._refresh_backups = refresh_backups or (lambda _vault: None)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self._run = run
        self._kdf = kdf
        self._busy = False

        self.current = secret_field(self.tr("Your current passphrase"),
                                    self.tr("Current passphrase"), self)
        current_label = label(self.tr("To change anything here, first type your current "
                                      "passphrase."), parent=self)

        # Change the passphrase.
        change_page = QWidget(self)
        self.fields = PassphraseFields(self.tr("New passphrase"), change_page,
                                       labels=(self.tr("New passphrase"), self.tr("Repeat it")))
        self.change_button = button(self.tr("Change passphrase"), "primary",
                                    parent=change_page)
        change_hint = label(self.tr(
            "Everything is encrypted again with a new key, and your automatic backups "
            "are made again with it, so your old passphrase and recovery code open "
            "nothing any more. You get a new recovery code. Copies you saved elsewhere "
            "still open with the old passphrase."), "hint", parent=change_page)
        self.keep_key = QCheckBox(self.tr("Only change the passphrase, keep the key"),
                                  change_page)
        keep_hint = label(self.tr(
            "Quicker, but your backups and any copy of your journal's files still open "
            "with the old passphrase."), "hint", parent=change_page)
        change = QVBoxLayout(change_page)
        change.addWidget(self.fields)
        change.addWidget(change_hint)
        change.addWidget(self.keep_key)
        change.addWidget(keep_hint)
        change.addStretch(1)
        change.addLayout(_right(self.change_button))

        # A new recovery code.
        code_page = QWidget(self)
        code_explain = label(self.tr(
            "Make a new recovery code if you lost yours or fear that someone has seen "
            "it. Everything is encrypted again with a new key, so the old code stops "
            "working at once, also for your automatic backups. Copies you saved "
            "elsewhere still open with the old code."), parent=code_page)
        self.code_button = button(self.tr("Make a new recovery code"), "primary",
                                  parent=code_page)
        code = QVBoxLayout(code_page)
        code.addWidget(code_explain)
        code.addStretch(1)
        code.addLayout(_right(self.code_button))

        # Re-encrypt everything.
        reencrypt_page = QWidget(self)
        reencrypt_explain = label(self.tr(
            "Haven encrypts everything in your journal again with a new, random key; a "
            "key someone may have copied before no longer opens it. Your passphrase stays "
            "the same, and a new recovery code replaces the old one."),
            parent=reencrypt_page)
        self.reencrypt_button = button(self.tr("Re-encrypt everything"), "primary",
                                       parent=reencrypt_page)
        reencrypt = QVBoxLayout(reencrypt_page)
        reencrypt.addWidget(reencrypt_explain)
        reencrypt.addStretch(1)
        reencrypt.addLayout(_right(self.reencrypt_button))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(change_page, self.tr("Passphrase"))
        self.tabs.addTab(code_page, self.tr("Recovery code"))
        self.tabs.addTab(reencrypt_page, self.tr("New key"))

        self.status = message_label("hint", parent=self)
        self.error_text = message_label("errorText", parent=self)
        self.busy = busy_bar(self.tr("Working"), self)
        self.busy_text = label(self.tr("One moment…"), "hint", parent=self)
        self.busy_text.hide()
        self.progress = QProgressBar(self)  # re-encryption: how far it is
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)  # the percentage is in the words beside it
        self.progress.setFixedWidth(220)
        self.progress.setAccessibleName(self.tr("Re-encrypting"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        dialog_layout(self, self.tr("Passphrase and recovery code"), current_label,
                      self.current, self.tabs, self.status, self.error_text, grow=self.tabs,
                      left=(self.busy, self.progress, self.busy_text), right=(self.buttons,),
                      min_width=560)

        self.current.textChanged.connect(self._update_buttons)
        self.fields.changed.connect(self._update_buttons)
        self.change_button.clicked.connect(self._on_change)
        self.code_button.clicked.connect(self._on_new_code)
        self.reencrypt_button.clicked.connect(self._on_reencrypt)
        self.progressed.connect(self._on_progress)
        QWidget.setTabOrder(self.current, self.tabs)
        self.current.setFocus()
        self._update_buttons()

    @classmethod
    def open_for(cls, parent: QWidget | None, run: KeyWorkRunner, *,
                 kdf: KdfParams = DEFAULT_KDF,
                 refresh_backups: Callable[[Vault], None] | None = None) -> None:
        dialog = cls(run, kdf=kdf, parent=parent, refresh_backups=refresh_backups)
        try:
            dialog.exec()
        finally:
            dialog.forget()
            dialog.deleteLater()

    # -- public ----------------------------------------------------------------------

    def forget(self) -> None:
        """Empty every passphrase field."""
        self.current.clear()
        self.fields.clear()

    def abandon(self) -> None:
        """Close at once (the journal is being locked); a result still coming is not
        shown."""
        self._busy = False
        self.forget()
        super().reject()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        ready = not self._busy and bool(self.current.text())
        self.change_button.setEnabled(ready and self.fields.acceptable())
        self.code_button.setEnabled(ready)
        self.reencrypt_button.setEnabled(ready)

    @Slot()
    def _on_change(self) -> None:
        current, new, kdf = self.current.text(), self.fields.text(), self._kdf
        keep_key, refresh = self.keep_key.isChecked(), self._refresh_backups
        if not current or not self.fields.acceptable():
            return

        def work(vault: Vault) -> str | None:
            vault.verify_passphrase(current)
            code = vault.change_passphrase(new, kdf=kdf, keep_key=keep_key)
            if not keep_key:
                refresh(vault)
            return code

        def done(code: str | None) -> None:
            self.fields.clear()
            if code:
                RecoveryCodeDialog.show_code(self, code)
            self._say(self.tr("Your passphrase is changed. From now on your journal opens "
                              "with the new one.") + ("" if keep_key else " " + self.tr(
                                  "Copies you saved elsewhere still open with the old "
                                  "passphrase.")))

        self._start(work, done)

    @Slot()
    def _on_new_code(self) -> None:
        current, kdf = self.current.text(), self._kdf
        if not current:
            return

        refresh = self._refresh_backups

        def work(vault: Vault) -> str:
            vault.verify_passphrase(current)
            code = vault.replace_recovery_code(current, kdf=kdf)
            refresh(vault)
            return code

        def done(code: str) -> None:
            RecoveryCodeDialog.show_code(self, code)
            self._say(self.tr("Your new recovery code works from now on. The old one no "
                              "longer does."))

        self._start(work, done)

    @Slot()
    def _on_reencrypt(self) -> None:
        current, kdf, refresh = self.current.text(), self._kdf, self._refresh_backups
        if not current:
            return

        def report(done: int, total: int) -> None:  # on the worker thread
            # The dialog may be gone (locked meanwhile): then nobody is to be told.
            with contextlib.suppress(RuntimeError):
                self.progressed.emit(done, total)

        def work(vault: Vault) -> str | None:
            code = vault.reencrypt(current, kdf=kdf, progress=report)
            refresh(vault)
            return code

        def done(code: str | None) -> None:
            if code:
                RecoveryCodeDialog.show_code(self, code)
            self._say(self.tr("Everything is encrypted again with a new key.") + (
                " " + self.tr("Your old recovery code no longer works.") if code else ""))

        self._start(work, done, progress=True)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._busy and total > 0:
            percent = 100 * done // total
            self.progress.setValue(percent)
            self.busy_text.setText(self.tr("Re-encrypting… %1%").replace("%1", str(percent)))

    # -- private ---------------------------------------------------------------------

    def _start(self, work: Callable[[Vault], Any], done: Callable[[Any], None], *,
               progress: bool = False) -> None:
        self._set_busy(True, progress=progress)

        def on_success(result: Any) -> None:
            self._set_busy(False)
            self.current.clear()
            done(result)

        def on_failure(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, WrongSecret):
                text = self.tr("That is not your current passphrase. Nothing was changed.")
            else:
                text = messages.error_text(exc) + " " + self.tr(
                    "Your journal still opens as before.")
            self.error_text.setText(text)
            self.error_text.show()
            self.current.selectAll()
            self.current.setFocus()

        # A bug reaches sys.excepthook; the dialog is not left busy.
        if not self._run(work, on_success, on_failure, lambda: self._set_busy(False)):
            self._set_busy(False)
            self.error_text.setText(self.tr(
                "This cannot be done right now. Please make sure your latest writing is "
                "saved, then try again."))
            self.error_text.show()

    def _say(self, text: str) -> None:
        self.error_text.hide()
        self.status.setText(text)

    def _set_busy(self, busy: bool, *, progress: bool = False) -> None:
        self._busy = busy
        self.current.setReadOnly(busy)
        self.fields.set_read_only(busy)
        self.tabs.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        # Re-encryption shows how far it is; the rest is over in a moment.
        self.busy.setVisible(busy and not progress)
        self.progress.setVisible(busy and progress)
        if busy:
            self.progress.setValue(0)
        self.busy_text.setText(self.tr("Re-encrypting… %1%").replace("%1", "0") if progress
                               else self.tr("One moment…"))
        self.busy_text.setVisible(busy)
        if busy:
            self.status.setText("")
            self.error_text.hide()
        self._update_buttons()


def _right(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row
