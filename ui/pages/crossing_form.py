"""The form that logs one crossing of a boundary, on the boundary's card."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.boundary_models import CrossingDraft, Followed
from ui import dates
from ui.pages.worksheet import RADIO_STYLE, followed_word
from ui.widgets import button, label


class CrossingForm(QFrame):
    """Log one crossing: date, what happened, whether the consequence followed, how it
    felt and what I learned. Autosaved as a draft until she saves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(RADIO_STYLE)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        dates.set_date_format(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Date it was crossed"))
        self.what_edit = self._edit(self.tr("What happened"), self.tr("What happened?"))
        self.error_label = label("", "errorText", parent=self)
        self.followed_group = QButtonGroup(self)
        self.followed_buttons: dict[Followed, QRadioButton] = {}
        followed_row = QHBoxLayout()
        for value, text in ((Followed.YES, self.tr("Yes")), (Followed.PARTLY, self.tr("Partly")),
                            (Followed.NO, self.tr("No"))):
            radio = QRadioButton(text, self)
            radio.setAccessibleName(followed_word(value))
            self.followed_group.addButton(radio)
            self.followed_buttons[value] = radio
            followed_row.addWidget(radio)
        followed_row.addStretch(1)
        self.feeling_edit = self._edit(self.tr("How it felt"), self.tr("How did it feel?"))
        self.learned_edit = self._edit(self.tr("What I learned"),
                                       self.tr("What did you learn from it?"))
        self.save_button = button(self.tr("Save to the log"), "primary", parent=self)
        self.cancel_button = button(self.tr("Cancel"), parent=self,
                                    accessible=self.tr("Stop logging this crossing"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        self.title = title = label(self.tr("Log a crossing"), parent=self)
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(label(self.tr(
            "Writing it down helps you see what happens over time. There is no need to be "
            "hard on yourself here: if the consequence did not follow, that is something "
            "to learn from, not a failure."), "hint", parent=self))
        layout.addWidget(self.date_edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.what_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(label(self.tr("Did the consequence follow?"), parent=self))
        layout.addLayout(followed_row)
        layout.addWidget(self.feeling_edit)
        layout.addWidget(self.learned_edit)
        layout.addLayout(buttons)

    def _edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        return edit

    def reset(self, data: dict[str, Any] | None = None) -> None:
        data = data or {}
        try:
            day = date.fromisoformat(data.get("date") or "")
        except ValueError:
            day = date.today()
        self.date_edit.setDate(dates.qdate(day))
        self.what_edit.setPlainText(str(data.get("what", "")))
        self.feeling_edit.setPlainText(str(data.get("feeling", "")))
        self.learned_edit.setPlainText(str(data.get("learned", "")))
        self.followed_group.setExclusive(False)
        for value, radio in self.followed_buttons.items():
            radio.setChecked(value.value == data.get("followed"))
        self.followed_group.setExclusive(True)
        self.error_label.setText("")

    def data(self) -> dict[str, Any]:
        q = self.date_edit.date()
        followed = next((v.value for v, b in self.followed_buttons.items() if b.isChecked()),
                        None)
        return {"date": dates.pydate(q).isoformat(),
                "what": self.what_edit.toPlainText(), "followed": followed,
                "feeling": self.feeling_edit.toPlainText(),
                "learned": self.learned_edit.toPlainText()}

    def has_text(self) -> bool:
        d = self.data()
        return any(str(d[k]).strip() for k in ("what", "feeling", "learned"))

    def crossing(self) -> CrossingDraft | None:
        """The crossing, or None after telling her inline what is missing."""
        d = self.data()
        if not d["what"].strip():
            self.error_label.setText(self.tr("Write a few words about what happened."))
            self.what_edit.setFocus()
            return None
        if d["followed"] is None:
            self.error_label.setText(self.tr("Choose whether the consequence followed."))
            self.followed_buttons[Followed.YES].setFocus()
            return None
        self.error_label.setText("")
        return CrossingDraft(date.fromisoformat(d["date"]), d["what"], Followed(d["followed"]),
                             d["feeling"], d["learned"])
