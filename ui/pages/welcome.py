"""First run: a calm welcome, choose a passphrase, create the journal off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.keyslots import DEFAULT_KDF, KdfParams
from journal.vault import Vault
from ui import messages, resources, workers
from ui.widgets import busy_bar, button, label
from ui.widgets.passphrase_fields import PassphraseFields, passphrase_strength

__all__ = ["WelcomePage", "passphrase_strength"]

class WelcomePage(QWidget):
    """Shown when there is no journal yet. Emits `created` with the open vault and the
    recovery code, which the caller shows once."""

    created = Signal(object, str)  # Vault, recovery code

    def __init__(self, folder: Path, *, kdf: KdfParams = DEFAULT_KDF,
                 neutral_name: str = "", neutral_icon: QIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._folder = Path(folder)
        self._kdf = kdf
        self._busy = False

        logo = QLabel(self)
        # Discreet mode: the neutral name and icon in the heading.
        icon = neutral_icon if neutral_name and neutral_icon else resources.app_icon()
        logo.setPixmap(icon.pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setAccessibleName(neutral_name or self.tr("Haven"))
        title = label(neutral_name or self.tr("Welcome to Haven"), "screenTitle", parent=self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro = label(self.tr(
            "Haven keeps your journal encrypted on this computer, so nobody can read it "
            "without your passphrase, not even someone who uses this computer too. "
            "If you forget your passphrase, only the recovery code you will get in a "
            "moment can open your journal again."), parent=self)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.fields = PassphraseFields(self.tr("Choose a passphrase"), self)
        # The parts, by their old names (tests and screenshots type into them).
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.strength, self.strength_text = self.fields.strength, self.fields.strength_text
        self.match_text, self.show_text = self.fields.match_text, self.fields.show_text
        advice = label(self.tr(
            "Tip: a few words that only you would put together are easy to remember "
            "and hard to guess."), "hint", parent=self)
        self.error_text = label("", "errorText", parent=self)
        self.error_text.hide()
        self.create_button = button(self.tr("Create my journal"), "primary", parent=self)
        self.create_button.setDefault(True)
        self.busy = busy_bar(self.tr("Creating your journal"), self)
        self.busy_text = label(self.tr("Creating your journal…"), "hint", parent=self)
        self.busy_text.hide()

        form = QVBoxLayout()
        form.setSpacing(8)
        form.addWidget(label(self.tr("Your passphrase"), parent=self))
        form.addWidget(self.fields)
        form.addWidget(advice)
        form.addSpacing(6)
        form.addWidget(self.error_text)
        actions = QHBoxLayout()
        actions.addWidget(self.busy)
        actions.addStretch(1)
        actions.addWidget(self.create_button)
        form.addLayout(actions)
        # On a line of its own: beside the bar and the button it was squeezed into three.
        form.addWidget(self.busy_text)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(10)
        column.addLayout(form)
        column.addStretch(2)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 10)
        outer.addStretch(1)

        self.fields.changed.connect(self._on_text_changed)
        self.create_button.clicked.connect(self._on_create)
        self.repeat.returnPressed.connect(self._on_create)
        QWidget.setTabOrder(self.show_text, self.create_button)
        self._on_text_changed()

    # -- public ----------------------------------------------------------------------

    def can_create(self) -> bool:
        return not self._busy and self.fields.acceptable()

    @property
    def is_busy(self) -> bool:
        return self._busy

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_text_changed(self) -> None:
        self.create_button.setEnabled(self.can_create())

    @Slot()
    def _on_create(self) -> None:
        if not self.can_create():
            return
        passphrase = self.passphrase.text()
        folder, kdf = self._folder, self._kdf
        self._set_busy(True)

        def work() -> tuple[Vault, str]:
            # Key derivation (twice: passphrase and recovery code) is the slow part.
            vault = Vault.create(folder, passphrase, kdf=kdf)
            try:
                return vault, vault.replace_recovery_code(kdf=kdf)
            except BaseException:
                vault.close()
                raise

        workers.run_in_background(self, work, on_success=self._on_created,
                                  on_failure=self._on_failed,
                                  on_dropped=lambda result: result[0].close(),
                                  on_bug=lambda: self._set_busy(False), foreground=True)

    def _on_created(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self.fields.clear()
        self._busy = False
        # Made: nothing moves on behind the recovery code and the situation question.
        self.busy.hide()
        self.busy_text.hide()
        self.created.emit(vault, code)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error_text.setText(messages.error_text(exc))
        self.error_text.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.fields.set_read_only(busy)
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        if busy:
            self.error_text.hide()
        self.create_button.setEnabled(self.can_create())
