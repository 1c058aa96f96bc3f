"""My path: the steps through the first months, one theme each, and what she did.

Each step shows its article, a few writing prompts and one small exercise; doing the
exercise (a record of its kind made after she opened it) ticks the step, and she can
also mark it done or skip it. The pace is hers: an optional rhythm only suggests when
the next step could come. Never a streak, never a mark for a missed week.

Contract with the workspace: `PathPage(vault, hub, settings)`. The hub carries her
requests: an article, a new entry with a prompt, an exercise, a record to open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from journal.errors import HavenError
from journal.path import (
    ACCUSED,
    PARTNER,
    RHYTHMS,
    PathStore,
    Progress,
    Step,
    StepState,
)
from journal.prompts import prompt_by_id
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.pages.refresh import ANY_KIND, ReloadOnChange
from ui.pages.today_cards import path_steps, step_title, suggestion_text
from ui.settings import Settings
from ui.widgets import button, card, label, scrolling_page


class StepCard(QWidget):
    """One step: its theme, what she did, the prompts and the exercise."""

    def __init__(self, page: PathPage, number: int, step: Step,
                 progress: Progress | None, current: bool) -> None:
        super().__init__(page)
        self.step = step
        lang = page.lang
        frame = card(self)
        frame.setObjectName("card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        column = QVBoxLayout(frame)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(8)
        self.title_label = label(self.tr("Step %1 · %2").replace("%1", str(number)).replace(
            "%2", step_title(step, lang)), parent=frame)
        self.title_label.setStyleSheet("font-weight: 600;")
        column.addWidget(self.title_label)
        state = progress.state if progress is not None else StepState.OPEN
        self.state_label = label(self._state_text(state, progress, current, lang), "subtle",
                                 parent=frame)
        column.addWidget(self.state_label)
        self.exercise_label = label(step.text, parent=frame)
        column.addWidget(self.exercise_label)

        self.prompt_buttons = []
        for prompt_id in step.prompts:
            prompt = prompt_by_id(prompt_id, lang)
            if prompt is None:
                continue
            row = QHBoxLayout()
            text = label(prompt.text, "promptText", parent=frame)
            write = button(self.tr("Write about this"), "linkButton", parent=frame,
                           accessible=self.tr("Write an entry about this prompt"))
            write.clicked.connect(lambda _=False, p=prompt_id: page.write_about(p))
            self.prompt_buttons.append(write)
            row.addWidget(text, 1)
            row.addWidget(write)
            column.addLayout(row)

        buttons = QHBoxLayout()
        self.read_button = button(self.tr("Read"), parent=frame,
                                  accessible=self.tr("Read the article of this step"))
        self.exercise_button = button(self.tr("Do the exercise"),
                                      "primary" if current else "", parent=frame)
        self.done_button = button(self.tr("Mark as done"), parent=frame)
        self.skip_button = button(self.tr("Skip for now"), parent=frame)
        self.reopen_button = button(self.tr("Open again"), parent=frame,
                                    accessible=self.tr("Make this step open again"))
        self.record_button = button(self.tr("What I did"), "linkButton", parent=frame,
                                    accessible=self.tr("Open what I made in this step"))
        finished = state in (StepState.DONE, StepState.SKIPPED)
        self.done_button.setVisible(not finished)
        self.skip_button.setVisible(not finished)
        self.reopen_button.setVisible(finished)
        self.record_button.setVisible(progress is not None and page.store.record_exists(
            progress))
        for widget in (self.read_button, self.exercise_button, self.done_button,
                       self.skip_button, self.reopen_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        column.addLayout(buttons)

        self.read_button.clicked.connect(lambda: page.read(step))
        self.exercise_button.clicked.connect(lambda: page.do_exercise(step, number))
        self.done_button.clicked.connect(lambda: page.mark(step, StepState.DONE))
        self.skip_button.clicked.connect(lambda: page.mark(step, StepState.SKIPPED))
        self.reopen_button.clicked.connect(lambda: page.mark(step, StepState.OPEN))
        if progress is not None:
            self.record_button.clicked.connect(lambda: page.open_record(progress))

    def _state_text(self, state: StepState, progress: Progress | None, current: bool,
                    lang: str) -> str:
        decided = progress.decided_on if progress else None
        day = dates.short_date(decided, lang) if decided else ""
        if state is StepState.DONE:
            return self.tr("Done on %1").replace("%1", day)
        if state is StepState.SKIPPED:
            return self.tr("Skipped on %1. You can come back to it whenever you like.").replace(
                "%1", day)
        if state is StepState.STARTED:
            return self.tr("You have begun this step.")
        return self.tr("Your step for now") if current else self.tr("Still to come")


class PathPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathPage")
        self._vault = vault
        self._hub = hub
        self.lang = settings.effective_language()
        self.store = PathStore(vault)
        self.cards: list[StepCard] = []
        self._build()
        self.refresh()
        # A record made on another page may tick a step; her situation picks the path.
        ReloadOnChange(hub, self, self.refresh, ANY_KIND, settings=True)
        self.sequence_combo.currentIndexChanged.connect(self._on_sequence)
        self.rhythm_combo.currentIndexChanged.connect(self._on_rhythm)

    def _build(self) -> None:
        title = label(self.tr("My path"), "pageTitle", parent=self)
        intro = label(self.tr(
            "The first months after finding out can feel like too much at once. This path "
            "takes one theme at a time: something to read, a few questions to write about, "
            "and one small thing to do. Go at your own pace; you can skip a step, and "
            "come back to any of them later."), parent=self)
        self.sequence_combo = QComboBox(self)
        self.sequence_combo.setAccessibleName(self.tr("Which path"))
        self.sequence_combo.addItem(self.tr("For partners of someone with an addiction or "
                                            "who was unfaithful"), PARTNER)
        # Not "accused of" alone: that read as doubting what she may know for certain.
        self.sequence_combo.addItem(self.tr("For partners of someone who crossed sexual "
                                            "boundaries or is accused of it"), ACCUSED)
        self.rhythm_combo = QComboBox(self)
        self.rhythm_combo.setAccessibleName(self.tr("Rhythm"))
        words = {0: self.tr("No rhythm: whenever I am ready"),
                 7: self.tr("About one step a week"),
                 14: self.tr("About one step every two weeks")}
        for days in RHYTHMS:
            self.rhythm_combo.addItem(words[days], days)
        form = QFormLayout()
        form.addRow(self.tr("&Path"), self.sequence_combo)
        form.addRow(self.tr("&Rhythm"), self.rhythm_combo)
        self.summary_label = label("", parent=self)
        self.suggestion_label = label("", "subtle", parent=self)
        self._steps_box = QVBoxLayout()
        self._steps_box.setSpacing(12)

        content = QWidget(self)
        content.setObjectName("screen")
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.summary_label)
        column.addWidget(self.suggestion_label)
        column.addLayout(self._steps_box)
        column.addStretch(1)
        content.setMaximumWidth(860)
        self.scroll_area = scrolling_page(self, content)

    # -- public ----------------------------------------------------------------------

    def steps(self) -> list[Step]:
        return path_steps(self._vault, self.store, self.lang)

    def refresh(self) -> None:
        """Tick the steps whose exercise she did, and show them all again."""
        if not self._vault.is_open:
            return
        try:
            steps = self.steps()
            self.store.tick_exercises(steps)
            progress = self.store.progress()
            current = self.store.current(steps)
            sequence = self.store.sequence(current_profile(self._vault))
            rhythm = self.store.rhythm()
            suggested = self.store.next_suggested(steps)
        except HavenError as exc:
            messages.error(self, self.tr("My path"), messages.error_text(exc))
            return
        for combo, value in ((self.sequence_combo, sequence), (self.rhythm_combo, rhythm)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        done = sum(1 for s in steps if s.id in progress
                   and progress[s.id].state is StepState.DONE)
        self.summary_label.setText(
            self.tr("You walked every step. You can look back at them whenever you like.")
            if current is None else self.tr("%1 of %2 steps done.").replace(
                "%1", str(done)).replace("%2", str(len(steps))))
        self.suggestion_label.setText(suggestion_text(suggested, self.lang, date.today())
                                      if current is not None else "")
        self.suggestion_label.setVisible(bool(self.suggestion_label.text()))
        for old in self.cards:
            self._steps_box.removeWidget(old)
            old.deleteLater()
        self.cards = [StepCard(self, n, step, progress.get(step.id), step == current)
                      for n, step in enumerate(steps, 1)]
        for new in self.cards:
            self._steps_box.addWidget(new)
            new.show()

    def card_of(self, step_id: str) -> StepCard:
        return next(c for c in self.cards if c.step.id == step_id)

    def read(self, step: Step) -> None:
        self._hub.open_article_requested.emit(step.article)

    def write_about(self, prompt_id: str) -> None:
        self._hub.new_entry_requested.emit(prompt_id)

    def do_exercise(self, step: Step, number: int) -> None:
        """Remember that she began it, then take her to where the record is made."""
        try:
            self.store.start(step)
        except HavenError as exc:
            messages.error(self, self.tr("My path"), messages.error_text(exc))
            return
        about = self.tr("My path, step %1 · %2").replace("%1", str(number)).replace(
            "%2", step.text)
        self._hub.exercise_requested.emit(
            step.exercise, step.prompts[0] if step.prompts else "", about)

    def mark(self, step: Step, state: StepState) -> None:
        try:
            self.store.mark(step.id, state)
        except HavenError as exc:
            messages.error(self, self.tr("My path"), messages.error_text(exc))
            return
        self.refresh()

    def open_record(self, progress: Progress) -> None:
        if progress.record_kind and progress.record_id is not None:
            self._hub.open_record_requested.emit(progress.record_kind, progress.record_id)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_sequence(self) -> None:
        try:
            self.store.set_sequence(self.sequence_combo.currentData())
        except HavenError as exc:
            messages.error(self, self.tr("My path"), messages.error_text(exc))
        self.refresh()

    @Slot()
    def _on_rhythm(self) -> None:
        try:
            self.store.set_rhythm(self.rhythm_combo.currentData())
        except HavenError as exc:
            messages.error(self, self.tr("My path"), messages.error_text(exc))
        self.refresh()
