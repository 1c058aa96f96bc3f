"""The Today page: a greeting, "write today's entry", and a writing prompt.

The workspace adds the cards of other pages (today's check-in, a safe place, the
summary, a follow-up test that is due) with `add_section`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from journal.entries import EntryStore
from journal.models import EntryFilter
from journal.prompts import Prompt, random_prompt
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates
from ui.hub import Hub
from ui.pages.refresh import ReloadOnChange
from ui.settings import Settings
from ui.widgets import button, card, label, scrolling_page


class TodayPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings, parent: QWidget | None = None,
                 *, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self._clock = clock
        self._prompt: Prompt | None = None
        lang = settings.effective_language()
        now = clock()

        self.greeting = label(self.greeting_for(now.hour), "pageTitle", parent=self)
        self.greeting.setAccessibleName(self.greeting.text())
        self.date_label = label(dates.as_heading(dates.long_date(now, lang)), "subtle",
                                parent=self)
        invite = label(self.tr("How are you today? There is room here for whatever is on "
                               "your mind."), parent=self)
        self.write_button = button("", "primary", parent=self)
        self.write_button.setToolTip(self.tr("Opens what you wrote today, or a new entry"))

        prompt_card = card(self)
        prompt_title = label(self.tr("Something to write about"), parent=prompt_card)
        prompt_title.setStyleSheet("font-weight: 600;")
        self.prompt_label = label("", "promptText", parent=prompt_card)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label.setAccessibleName(self.tr("Writing prompt"))
        self.another_button = button(self.tr("Another prompt"), parent=prompt_card,
                                     accessible=self.tr("Show another writing prompt"))
        self.use_prompt_button = button(self.tr("Write about this"), parent=prompt_card,
                                        accessible=self.tr("Write an entry about this prompt"))
        prompt_buttons = QHBoxLayout()
        prompt_buttons.addStretch(1)
        prompt_buttons.addWidget(self.another_button)
        prompt_buttons.addWidget(self.use_prompt_button)
        card_layout = QVBoxLayout(prompt_card)
        card_layout.setContentsMargins(18, 16, 18, 16)
        card_layout.setSpacing(10)
        card_layout.addWidget(prompt_title)
        card_layout.addWidget(self.prompt_label)
        card_layout.addLayout(prompt_buttons)

        write_row = QHBoxLayout()
        write_row.addWidget(self.write_button)
        write_row.addStretch(1)

        content = QWidget(self)
        content.setObjectName("screen")
        self._sections = QVBoxLayout()
        self._sections.setSpacing(16)
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(14)
        column.addWidget(self.greeting)
        column.addWidget(self.date_label)
        column.addSpacing(8)
        column.addWidget(invite)
        column.addLayout(write_row)
        column.addSpacing(16)
        column.addWidget(prompt_card)
        column.addLayout(self._sections)
        column.addStretch(1)
        content.setMaximumWidth(760)

        scrolling_page(self, content)

        self.write_button.clicked.connect(self._on_write)
        self.another_button.clicked.connect(self._on_another)
        self.use_prompt_button.clicked.connect(self._on_use_prompt)
        QWidget.setTabOrder(self.write_button, self.another_button)
        QWidget.setTabOrder(self.another_button, self.use_prompt_button)
        self._on_another()
        self._show_whether_written()
        ReloadOnChange(hub, self, self._show_whether_written, ("entry",),
                       today=lambda: self._clock().date())

    # -- public ----------------------------------------------------------------------

    def greeting_for(self, hour: int) -> str:
        if 5 <= hour < 12:
            return self.tr("Good morning")
        if 12 <= hour < 18:
            return self.tr("Good afternoon")
        if 18 <= hour < 23:
            return self.tr("Good evening")
        return self.tr("Hello, night owl")

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def add_section(self, widget: QWidget) -> None:
        """Room for later widgets (a check-in, a safe place), below the prompt."""
        self._sections.addWidget(widget)

    # -- private ---------------------------------------------------------------------

    def _show_whether_written(self) -> None:
        """Say so on the button once she wrote today: it then opens that entry."""
        today = self._clock().date()
        written = self._vault.is_open and EntryStore(self._vault).count(
            EntryFilter(date_from=today, date_to=today)) > 0
        self.write_button.setText(self.tr("Continue today's entry") if written
                                  else self.tr("Write today's entry"))
        self.write_button.setAccessibleName(self.write_button.text())

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_write(self) -> None:
        self._hub.today_entry_requested.emit()

    @Slot()
    def _on_another(self) -> None:
        self._prompt = random_prompt(self._settings.effective_language(),
                                     current_profile(self._vault),
                                     exclude=self._prompt.id if self._prompt else None)
        self.prompt_label.setText(self._prompt.text)

    @Slot()
    def _on_use_prompt(self) -> None:
        if self._prompt is not None:
            self._hub.new_entry_requested.emit(self._prompt.id)
