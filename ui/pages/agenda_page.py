"""For my next session: topics she collects during the week, marked as discussed after
the session with its date.

Contract with the main window: `AgendaPage(vault, hub, settings)`, `save_pending()`
(nothing is ever pending: a topic is stored when she adds it) and `reload()`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.agenda import AgendaSource, AgendaStore
from journal.errors import RecordNotFound
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.settings import Settings
from ui.widgets import button, label, shortened
from ui.widgets import rich_label as rich
from ui.widgets.list_items import EmptyHint, TwoLineDelegate

TOPIC_LENGTH = 120  # a suggested topic is cut to about this many characters


def suggested_topic(text: str) -> str:
    """The first line of `text`, shortened at a word to about TOPIC_LENGTH characters."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    line = line.lstrip("#-*> ").strip()
    return shortened(line, TOPIC_LENGTH)


class AgendaTopicDialog(QDialog):
    """The topic as it goes on her agenda, prefilled and editable."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The title shows in the taskbar and window switcher: the app's (maybe neutral) name.
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("What would you like to bring up in your next "
                                       "session? You can change the words."), parent=self))
        self.topic_edit = QLineEdit(text, self)
        self.topic_edit.setAccessibleName(self.tr("Topic for my next session"))
        self.topic_edit.setPlaceholderText(self.tr("What would you like to bring up?"))
        layout.addWidget(self.topic_edit)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add to my agenda"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.topic_edit.textChanged.connect(
            lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.add_button.setEnabled(bool(text.strip()))
        self.topic_edit.selectAll()

    @classmethod
    def get_topic(cls, parent: QWidget | None, text: str) -> tuple[str, bool]:
        dialog = cls(text, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        topic = dialog.topic_edit.text().strip()
        dialog.deleteLater()
        return topic, accepted and bool(topic)


class AgendaPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPage")
        self._settings = settings
        self._vault = vault
        self._hub = hub
        self.store = AgendaStore(vault)
        self._build()
        self.reload()
        hub.agenda_add_requested.connect(self.add_from)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.addWidget(label(self.tr("Next session"), "pageTitle", parent=self), 1)
        layout.addLayout(title_row)
        layout.addWidget(label(self.tr(
            "Collect what you want to talk about with your therapist or counsellor. During "
            "the week a lot happens; this way nothing important slips away. You can also "
            "add a topic from a journal entry, a boundary or a check-in, with \"For my "
            "session…\" there."), parent=self))
        row = QHBoxLayout()
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setAccessibleName(self.tr("New topic"))
        self.topic_edit.setPlaceholderText(self.tr("What would you like to bring up?"))
        self.add_button = button(self.tr("Add"), "primary", parent=self,
                                 accessible=self.tr("Add this topic"))
        row.addWidget(self.topic_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.open_list = QListWidget(self)
        self.open_list.setObjectName("agendaOpenList")
        self.open_list.setAccessibleName(self.tr("Topics for my next session"))
        self.open_list.setWordWrap(True)
        self.open_list.setItemDelegate(TwoLineDelegate(self.open_list))
        self.open_hint = EmptyHint(self.open_list, self.tr(
            "Nothing on your agenda yet. What would you like to talk about next time?"))
        layout.addWidget(self.open_list, 2)
        done_row = QHBoxLayout()
        done_row.addWidget(label(self.tr("Session on"), parent=self))
        self.session_edit = QDateEdit(self)
        self.session_edit.setCalendarPopup(True)
        self.session_edit.setDate(dates.qdate(date.today()))
        self.session_edit.setAccessibleName(self.tr("Date of the session"))
        done_row.addWidget(self.session_edit)
        self.discussed_button = button(self.tr("Mark ticked topics as discussed"), parent=self)
        done_row.addWidget(self.discussed_button)
        done_row.addStretch(1)
        # Each list has its own Delete below it, for its own chosen row: one beside the
        # "Discussed" heading read as belonging to that list only.
        self.delete_open_button = button(self.tr("Delete…"), "linkButton", parent=self,
                                         accessible=self.tr("Delete the chosen topic"))
        done_row.addWidget(self.delete_open_button)
        layout.addLayout(done_row)
        layout.addWidget(rich(self.tr("<b>Discussed</b>"), parent=self))
        self.done_list = QListWidget(self)
        self.done_list.setObjectName("agendaDoneList")
        self.done_list.setAccessibleName(self.tr("Topics already discussed"))
        self.done_list.setWordWrap(True)
        self.done_list.setItemDelegate(TwoLineDelegate(self.done_list))
        self.done_hint = EmptyHint(self.done_list, self.tr(
            "Topics you have talked about move here, with the date of the session."))
        layout.addWidget(self.done_list, 1)
        self.delete_done_button = button(
            self.tr("Delete…"), "linkButton", parent=self,
            accessible=self.tr("Delete the chosen discussed topic"))
        layout.addWidget(self.delete_done_button, 0, Qt.AlignmentFlag.AlignRight)
        # Here she prepares for her therapist: the summary to take along, not only at the
        # bottom of Today. Made last, so Tab still starts in the new topic's field.
        self.summary_button = button(self.tr("Make a summary…"), parent=self,
                                     accessible=self.tr("Make a summary for your therapist"))
        title_row.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.add_button.clicked.connect(self.add_topic)
        self.topic_edit.returnPressed.connect(self.add_topic)
        self.discussed_button.clicked.connect(self.mark_ticked)
        self.delete_open_button.clicked.connect(self.delete_topic)
        self.delete_done_button.clicked.connect(self.delete_topic)
        self.summary_button.clicked.connect(self._hub.summary_requested)
        self.open_list.itemChanged.connect(self._update_actions)
        self.topic_edit.textChanged.connect(self._update_actions)
        self.open_list.itemSelectionChanged.connect(
            lambda: self._only_one_chosen(self.open_list, self.done_list))
        self.done_list.itemSelectionChanged.connect(
            lambda: self._only_one_chosen(self.done_list, self.open_list))

    def source_word(self, kind: AgendaSource) -> str:
        return {AgendaSource.FREE: "", AgendaSource.ENTRY: self.tr("from a journal entry"),
                AgendaSource.BOUNDARY: self.tr("from a boundary"),
                AgendaSource.CHECKIN: self.tr("from a check-in"),
                AgendaSource.NEED: self.tr("from a need")}[kind]

    # -- public ----------------------------------------------------------------------

    def reload(self) -> None:
        lang = self._settings.effective_language()
        ticked = self.ticked_ids()  # her ticks stay while she looks at other pages
        dates.set_date_format(self.session_edit, lang)
        self.open_list.blockSignals(True)
        self.done_list.blockSignals(True)
        self.open_list.clear()
        for item in self.store.open_items():
            added = self.tr("added %1").replace(
                "%1", dates.short_date(item.created_at.astimezone().date(), lang))
            source = self.source_word(item.source_kind)
            row = QListWidgetItem(f"{item.text}\n{source} · {added}" if source
                                  else f"{item.text}\n{added}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in ticked
                              else Qt.CheckState.Unchecked)
            self.open_list.addItem(row)
        self.done_list.clear()
        for item in self.store.discussed():
            when = self.tr("discussed %1").replace(
                "%1", dates.short_date(item.discussed_on, lang))
            source = self.source_word(item.source_kind)
            row = QListWidgetItem(f"{item.text}\n{when} · {source}" if source
                                  else f"{item.text}\n{when}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.done_list.addItem(row)
        self.open_list.blockSignals(False)
        self.done_list.blockSignals(False)
        self._update_actions()

    def save_pending(self) -> bool:
        return True

    def add_topic(self) -> None:
        text = self.topic_edit.text()
        if not text.strip():
            return
        try:
            self.store.add(text)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            return
        self.topic_edit.clear()
        self._written()

    def add_from(self, kind: str, source_id: int, suggestion: str) -> bool:
        """"Add to my session agenda" from an entry, a boundary or a check-in: she sees
        the suggested topic, may change it, and it is added with a link to its source."""
        if not self._vault.is_open:
            return False
        topic, ok = AgendaTopicDialog.get_topic(self.window(), suggested_topic(suggestion))
        if not ok:
            return False
        try:
            self.store.add(topic, AgendaSource(kind), source_id)
        except RecordNotFound:
            # The source went away meanwhile: keep her words as a topic of their own.
            try:
                self.store.add(topic)
            except messages.FAILURES as exc:
                messages.error(self, self.tr("Not saved"), messages.error_text(exc))
                return False
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            return False
        self._written()
        messages.notice(self.window(), self.tr("Added to your agenda for your next session."),
                        line=self._notice_line_in_view())
        return True

    def _notice_line_in_view(self) -> QLabel | None:
        """The message line of the page she asked from (under an entry's text, under the
        check-in's buttons), if it has one: there the notice covers none of her words."""
        window = QApplication.activeWindow() or self.window()  # as messages.notice
        for line in window.findChildren(QLabel, "noticeLine"):
            holder = line.parentWidget()
            if holder is not None and holder.window() is window and holder.isVisible():
                return line
        return None

    def ticked_ids(self) -> list[int]:
        return [int(self.open_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.open_list.count())
                if self.open_list.item(i).checkState() == Qt.CheckState.Checked]

    def mark_ticked(self) -> None:
        session = dates.pydate(self.session_edit.date())
        ids = self.ticked_ids()
        try:
            for item_id in ids:
                self.store.mark_discussed(item_id, session)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
        self._written()

    def chosen_topic(self) -> QListWidgetItem | None:
        """The topic she chose (in either list) to delete, if any."""
        for view in (self.open_list, self.done_list):
            chosen = view.selectedItems()
            if chosen:
                return chosen[0]
        return None

    def delete_topic(self) -> None:
        row = self.chosen_topic()
        if row is None:
            return
        if not messages.confirm(self, self.tr("Delete this topic?"),
                                self.tr("It will be removed from your agenda for good. This "
                                        "cannot be undone."),
                                destructive=True, yes_text=self.tr("Delete"),
                                no_text=self.tr("Keep")):
            return
        try:
            self.store.delete(int(row.data(Qt.ItemDataRole.UserRole)))
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not deleted"), messages.error_text(exc))
        self._written()

    def _written(self) -> None:
        """After a write (or a try): the lists as stored, and the other pages told (a
        topic may be a step of her path)."""
        self.reload()
        self._hub.records_changed.emit("agenda")

    def _only_one_chosen(self, chosen_in: QListWidget, other: QListWidget) -> None:
        if chosen_in.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.setCurrentRow(-1)  # no current item (what setCurrentItem(None) does)
            other.blockSignals(False)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        """"Mark … discussed" only with a ticked topic, a list's "Delete…" only with a
        topic chosen in it."""
        self.discussed_button.setEnabled(any(
            self.open_list.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.open_list.count())))
        self.add_button.setEnabled(bool(self.topic_edit.text().strip()))
        self.delete_open_button.setEnabled(bool(self.open_list.selectedItems()))
        self.delete_done_button.setEnabled(bool(self.done_list.selectedItems()))
