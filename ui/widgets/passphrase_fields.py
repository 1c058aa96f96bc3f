"""Choosing a new passphrase: typed twice, with a strength bar and the minimum length.

One widget for every place she chooses one: the welcome screen, a new passphrase after
opening with the recovery code, and changing it in "Passphrase and recovery code".
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from journal.keyslots import MIN_PASSPHRASE_LENGTH
from ui.widgets import label, secret_field

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


class PassphraseFields(QWidget):
    """The new passphrase, its strength, the same once more, and "Show what I type".

    `changed` is emitted on every keystroke; `acceptable()` says whether the two are
    the same and long enough. Pressing Enter in the first field moves to the second.
    """

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None, *,
                 labels: tuple[str, str] | None = None) -> None:
        """`labels`: visible names above the two fields ("Password", "Repeat it"), for
        a screen where nothing else says which field is which."""
        super().__init__(parent)
        self.passphrase = secret_field(placeholder, self.tr("New passphrase"), self)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        first_label = second_label = None
        if labels is not None:
            first_label, second_label = (label(text, parent=self) for text in labels)
            for name, field in zip((first_label, second_label), (self.passphrase, self.repeat),
                                   strict=True):
                name.setBuddy(field)
                field.setAccessibleName(name.text())  # what she sees is what it is called
            layout.addWidget(first_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.strength)
        layout.addWidget(self.strength_text)
        layout.addSpacing(6)
        if second_label is not None:
            layout.addWidget(second_label)
        layout.addWidget(self.repeat)
        layout.addWidget(self.match_text)
        if labels is not None:
            layout.addSpacing(4)  # the match hint belongs to the field above, not the box
        layout.addWidget(self.show_text)

        self.passphrase.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.show_text)
        self.setFocusProxy(self.passphrase)
        self._on_text_changed()

    # -- public ----------------------------------------------------------------------

    def text(self) -> str:
        return self.passphrase.text()

    def acceptable(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.repeat.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.passphrase, self.repeat):
            field.setReadOnly(read_only)
        self.show_text.setEnabled(not read_only)

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Room for the match hint from the start: nothing moves or squeezes once it shows.
        self.match_text.ensurePolished()
        self.match_text.setMinimumHeight(self.match_text.fontMetrics().lineSpacing())
        super().showEvent(event)

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
        self.changed.emit()

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)
