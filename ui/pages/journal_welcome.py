"""What the journal page shows while there is nothing to read: the welcome of an empty
journal, and the word beside the list while no entry is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyJournal(QWidget):
    """The journal before her first entry: what it is for, and how to begin."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        card = QFrame(self)
        card.setObjectName("card")
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        title = QLabel(self.tr("Your journal"), card)
        title.setObjectName("pageTitle")
        inner.addWidget(title)
        for text in (
            self.tr("This is a place that is only yours. Write down what happened, what "
                    "you feel and what you need. Everything stays locked on this "
                    "computer; nobody can read it without your passphrase."),
            self.tr("Writing a little, often, helps you see how you are really doing, "
                    "notice what helps you and bring clear thoughts to your therapist "
                    "or someone you trust, if you want to."),
            self.tr("To begin, write a few lines about today. There is no right way to "
                    "do it. If you don't know where to start, ask for a prompt."),
        ):
            label = QLabel(text, card)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            inner.addWidget(label)
        buttons = QHBoxLayout()
        self.first_entry_button = QPushButton(self.tr("Write your first entry"), card)
        self.first_entry_button.setObjectName("primary")
        self.first_entry_button.setAccessibleName(self.tr("Write your first entry"))
        buttons.addWidget(self.first_entry_button)
        self.first_prompt_button = QPushButton(self.tr("Give me a prompt"), card)
        self.first_prompt_button.setAccessibleName(
            self.tr("Start a new entry with a writing prompt"))
        buttons.addWidget(self.first_prompt_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class NothingOpen(QWidget):
    """Beside the list while no entry is open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(self.tr("Choose an entry on the left to read it again, "
                              "or start a new one."), self)
        text.setObjectName("hint")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.new_button = QPushButton(self.tr("Write a new entry"), self)
        self.new_button.setAccessibleName(self.tr("Write a new entry"))
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
