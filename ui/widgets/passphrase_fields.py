"""Choosing a new passphrase: typed twice, with a strength bar and the minimum length.

One widget for every place she chooses one: the welcome screen, a new passphrase after
opening with the recovery code, and changing it in "Passphrase and recovery code".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from journal.keyslots import MIN_PASSPHRASE_LENGTH
from journal.strength import passphrase_strength
from ui.widgets import label, secret_field


def strength_words(level: int) -> str:
    """What the strength bar says at `level` (0 to 4)."""
    translate = QCoreApplication.translate  # in PassphraseFields' context, as before
    return {
        0: translate("PassphraseFields", "At least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE_LENGTH)),
        1: translate("PassphraseFields", "Weak: this would be easy to guess."),
        2: translate("PassphraseFields", "Fair: longer would be safer."),
        3: translate("PassphraseFields", "Good."),
        4: translate("PassphraseFields", "Strong."),
    }[level]


class StrengthMeter(QWidget):
    """The strength bar and its words alone, under a password field that is not a new
    passphrase (an export's or a PDF's): the same measure and the same minimum."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strength")
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(accessible_name)
        self.words = label("", "hint", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.words)

    def show_strength(self, text: str) -> None:
        """The strength of `text`; nothing at all while it is empty (it is optional)."""
        level = passphrase_strength(text)
        self.bar.setValue(level)
        self.bar.setProperty("level", str(level))
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        words = strength_words(level) if text else ""
        self.words.setText(words)
        self.bar.setAccessibleDescription(words)


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
        self.strength_text.setText(strength_words(level))
        self.strength.setAccessibleDescription(strength_words(level))
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
