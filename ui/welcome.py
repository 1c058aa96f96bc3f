"""First run: a calm welcome, choose a passphrase, create the journal off the GUI thread."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal.keyslots import DEFAULT_KDF, MIN_PASSPHRASE_LENGTH, KdfParams
from journal.vault import Vault
from ui import messages, resources, workers
from ui.widgets import busy_bar, button, label, secret_field

_COMMON = {"password", "wachtwoord", "12345678", "123456789", "qwertyui", "iloveyou",
           "welkom01", "welcome1", "password1", "wachtwoord1"}


def passphrase_strength(text: str) -> int:
    """A rough strength from 0 (too short) to 4 (strong); guides, never blocks."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    if text.lower() in _COMMON or len(set(text)) <= 2:
        return 1
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and not c.isspace() for c in text) else 0
    pool += 1 if any(c.isspace() for c in text) else 0
    # Repeated characters add little; a few words in a row add a lot.
    effective_length = min(len(text), 2 * len(set(text)))
    bits = effective_length * math.log2(max(pool, 2))
    words = [w for w in text.split() if len(w) >= 3]
    if len(words) >= 3:
        bits += 12 * (len(words) - 2)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4


class WelcomePage(QWidget):
    """Shown when there is no journal yet. Emits `created` with the open vault and the
    recovery code, which the caller shows once."""

    created = Signal(object, str)  # Vault, recovery code

    def __init__(self, folder: Path, *, kdf: KdfParams = DEFAULT_KDF,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._folder = Path(folder)
        self._kdf = kdf
        self._busy = False

        logo = QLabel(self)
        logo.setPixmap(resources.app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setAccessibleName(self.tr("Haven"))
        title = label(self.tr("Welcome to Haven"), "screenTitle", parent=self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro = label(self.tr(
            "Haven keeps your journal encrypted on this computer, so nobody can read it "
            "without your passphrase, not even someone who uses this computer too. "
            "If you forget your passphrase, only the recovery code you will get in a "
            "moment can open your journal again."), parent=self)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.passphrase = secret_field(self.tr("Choose a passphrase"),
                                       self.tr("New passphrase"), self)
        self.repeat = secret_field(self.tr("Type it once more"),
                                   self.tr("Repeat the passphrase"), self)
        self.strength = QProgressBar(self)
        self.strength.setObjectName("strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_text = label("", "hint", parent=self)
        self.match_text = label("", "hint", parent=self)
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
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
        form.addWidget(self.passphrase)
        form.addWidget(self.strength)
        form.addWidget(self.strength_text)
        form.addSpacing(6)
        form.addWidget(self.repeat)
        form.addWidget(self.match_text)
        form.addWidget(self.show_text)
        form.addWidget(advice)
        form.addSpacing(6)
        form.addWidget(self.error_text)
        actions = QHBoxLayout()
        actions.addWidget(self.busy)
        actions.addWidget(self.busy_text)
        actions.addStretch(1)
        actions.addWidget(self.create_button)
        form.addLayout(actions)

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

        self.passphrase.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.create_button.clicked.connect(self._on_create)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._on_create)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.show_text)
        QWidget.setTabOrder(self.show_text, self.create_button)
        self._on_text_changed()

    # -- public ----------------------------------------------------------------------

    def can_create(self) -> bool:
        text = self.passphrase.text()
        return (not self._busy and len(text) >= MIN_PASSPHRASE_LENGTH
                and text == self.repeat.text())

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
        text = self.passphrase.text()
        level = passphrase_strength(text)
        self.strength.setValue(level)
        self.strength.setProperty("level", str(level))
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)
        words = {
            0: self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH)),
            1: self.tr("Weak: this would be easy to guess."),
            2: self.tr("Fair: longer would be safer."),
            3: self.tr("Good."),
            4: self.tr("Strong."),
        }
        self.strength_text.setText(words[level])
        self.strength.setAccessibleDescription(words[level])
        repeat = self.repeat.text()
        if not repeat:
            self.match_text.setText("")
        elif repeat == text:
            self.match_text.setText(self.tr("Both are the same."))
        else:
            self.match_text.setText(self.tr("The two passphrases are not the same yet."))
        self.create_button.setEnabled(self.can_create())

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

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
                                  on_dropped=lambda result: result[0].close())

    def _on_created(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self.passphrase.clear()
        self.repeat.clear()
        self._busy = False
        self.created.emit(vault, code)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error_text.setText(messages.error_text(exc))
        self.error_text.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.passphrase, self.repeat):
            field.setReadOnly(busy)
        self.show_text.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        if busy:
            self.error_text.hide()
        self.create_button.setEnabled(self.can_create())
