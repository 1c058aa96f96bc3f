"""One boundary's card on the Boundaries page: its wording, its status over time, its
earlier versions and the log of each time it was crossed."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.boundaries import consequence_hint_needed, is_safety_action
from journal.boundary_models import Boundary, BoundaryStatus, Crossing
from journal.errors import RecordNotFound
from journal.form_drafts import FormDrafts
from ui import dates, messages
from ui.pages.crossing_form import CrossingForm
from ui.pages.worksheet import (
    DraftAutosave,
    crossing_counts,
    followed_word,
    print_html,
    status_word,
    summary_html,
)
from ui.widgets import button, label, scrolling_page

if TYPE_CHECKING:
    from ui.pages.boundaries_page import BoundariesPage


def rich_label(parent: QWidget) -> QLabel:
    """A label for escaped HTML built from her text: grows with it, selectable."""
    widget = QLabel(parent)
    widget.setObjectName("card")
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setMargin(14)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setOpenExternalLinks(False)
    return widget


class BoundaryCard(QWidget):
    """One boundary: its wording, status over time, earlier versions and crossing log."""

    def __init__(self, page: BoundariesPage) -> None:
        super().__init__(page)
        self._page = page
        self._boundary: Boundary | None = None
        self._crossing_name = ""
        self._autosave = DraftAutosave(FormDrafts(page.vault), self._collect, self)

        self.back_button = button(self.tr("← All boundaries"), "linkButton", parent=self,
                                  accessible=self.tr("Back to all boundaries"))
        self.action_label = label("", "pageTitle", parent=self)
        self.action_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = label("", "subtle", parent=self)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for value in BoundaryStatus:
            self.status_combo.addItem(status_word(value), value.value)
        self.history_label = label("", "subtle", parent=self)
        self.details = rich_label(self)
        self.details.setAccessibleName(self.tr("The boundary"))
        self.willing_hint = label(self.tr(
            "You are not yet sure you can carry out this consequence. It can help to choose "
            "one you know you can carry out; \"Change\" takes you through the steps again."),
            "hint", parent=self)
        self.edit_button = button(self.tr("Change…"), parent=self,
                                  accessible=self.tr("Change this boundary (keeps the earlier "
                                                     "version)"))
        self.print_button = button(self.tr("Print…"), parent=self,
                                   accessible=self.tr("Print this boundary"))
        self.versions_button = button("", "linkButton", parent=self)
        self.versions_button.setCheckable(True)
        self.versions_view = rich_label(self)
        self.versions_view.setAccessibleName(self.tr("Earlier versions"))
        self.versions_view.hide()
        self.delete_button = button(self.tr("Delete…"), parent=self,
                                    accessible=self.tr("Delete this boundary"))
        self.agenda_button = button(self.tr("For my session…"), "linkButton", parent=self,
                                    accessible=self.tr("Add to my session agenda"))
        self.agenda_button.setToolTip(self.tr("Add this boundary as a topic for your next "
                                              "session (Ctrl+Shift+G)"))

        self.log_title = label(self.tr("Crossing log"), parent=self)
        self.log_title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.log_button = button(self.tr("Log a crossing"), "primary", parent=self,
                                 accessible=self.tr("Log a time this boundary was crossed"))
        self.crossing_form = CrossingForm(self)
        self.crossing_form.hide()
        self.log_view = rich_label(self)
        self.log_view.setObjectName("crossingLog")
        self.log_view.setAccessibleName(self.tr("Crossing log"))
        # Each crossing has "Change" and "Delete" links, reachable with Tab too.
        self.log_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.log_view.setOpenExternalLinks(False)
        self.log_view.linkActivated.connect(self._on_log_link)
        self._editing_crossing: int | None = None
        self.empty_log = label(self.tr("Not crossed so far."), "hint", parent=self)
        # A sexual touch of a child is not a boundary that is "crossed" and weighed: it
        # is stopped at once, and the card says what she does instead of a crossing log.
        self.safety_note = label(self.tr(
            "If it happens, you do not wait for it to happen again: stop it at once, make "
            "the child safe, and call for help the same day: Veilig Thuis (0800-2000, day "
            "and night) or, in Flanders, 1712 (weekdays); in Flanders in the evening or at "
            "the weekend, the police (101). When there is immediate danger, call 112 (in "
            "Belgium also the police, 101)."), "hint", parent=self)
        self.safety_note.setObjectName("safetyNote")

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)
        top.addWidget(self.delete_button)
        status_row = QHBoxLayout()
        self.status_title = label(self.tr("Status:"), parent=self)
        status_row.addWidget(self.status_title)
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.history_label, 1)
        # The heading has the row to itself (in Dutch it is long), its button under it.
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_button)
        log_row.addStretch(1)

        inner = QWidget(self)
        inner.setObjectName("screen")
        inner.setMaximumWidth(820)
        column = QVBoxLayout(inner)
        column.setContentsMargins(36, 20, 36, 24)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.action_label)
        column.addWidget(self.counts_label)
        column.addLayout(status_row)
        column.addWidget(self.details)
        column.addWidget(self.willing_hint)
        versions_row = QHBoxLayout()
        versions_row.addWidget(self.versions_button)
        versions_row.addStretch(1)
        versions_row.addWidget(self.agenda_button)
        column.addLayout(versions_row)
        column.addWidget(self.versions_view)
        column.addSpacing(8)
        column.addWidget(self.safety_note)
        column.addWidget(self.log_title)
        column.addLayout(log_row)
        column.addWidget(self.crossing_form)
        column.addWidget(self._autosave.message)
        column.addWidget(self.empty_log)
        column.addWidget(self.log_view)
        column.addStretch(1)
        scrolling_page(self, inner)

        self.back_button.clicked.connect(page.show_list)
        self.edit_button.clicked.connect(self._on_edit)
        self.print_button.clicked.connect(self._on_print)
        self.delete_button.clicked.connect(self._on_delete)
        self.agenda_button.clicked.connect(self.request_agenda)
        agenda_shortcut = QShortcut(QKeySequence("Ctrl+Shift+G"), self)
        agenda_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        agenda_shortcut.activated.connect(self.request_agenda)
        self.versions_button.toggled.connect(self.versions_view.setVisible)
        self.status_combo.activated.connect(self._on_status_chosen)
        self.log_button.clicked.connect(self.open_crossing_form)
        self.crossing_form.save_button.clicked.connect(self.save_crossing)
        self.crossing_form.cancel_button.clicked.connect(self._on_cancel_crossing)
        for edit in (self.crossing_form.what_edit, self.crossing_form.feeling_edit,
                     self.crossing_form.learned_edit):
            edit.textChanged.connect(self._on_form_changed)
        self.crossing_form.followed_group.buttonToggled.connect(
            lambda *_: self._on_form_changed())
        self.crossing_form.date_edit.dateChanged.connect(self._on_form_changed)

    # -- public ----------------------------------------------------------------------

    @property
    def boundary(self) -> Boundary | None:
        return self._boundary

    def show_boundary(self, boundary_id: int) -> bool:
        """Load a boundary (and a crossing she was logging). False if it is gone."""
        if self._boundary is not None and self._boundary.id != boundary_id:
            self.save_pending()
        try:
            b = self._page.store.get(boundary_id)
            log = self._page.store.crossings(boundary_id)
            versions = self._page.store.versions(boundary_id)
        except RecordNotFound:
            return False
        self._boundary = b
        self._crossing_name = f"crossing:{b.id}"
        lang = self._page.lang
        self.action_label.setText(b.action)
        partly = ("" if not b.partly_followed else " · " + (
            self.tr("partly once") if b.partly_followed == 1
            else self.tr("partly %n times", "", b.partly_followed)))
        self.counts_label.setText(crossing_counts(b.crossings, b.followed) + partly)
        self.status_combo.setCurrentIndex(self.status_combo.findData(b.status.value))
        self.history_label.setText(" → ".join(
            f"{status_word(h.status)} ({dates.short_date(h.changed_on, lang)})" for h in b.history))
        self._show_details(b)
        self.willing_hint.setVisible(consequence_hint_needed(b.willing))
        self.versions_button.setVisible(bool(versions))
        self.versions_button.setChecked(False)
        self.versions_button.setText(self.tr("Earlier versions (%n)", "", len(versions)))
        self.versions_view.setText("".join(
            "<h4>" + self.tr("Version %1, until %2").replace("%1", str(v.version)).replace(
                "%2", dates.short_date(v.saved_at.date(), lang)) + "</h4>"
            + summary_html(v.draft, self._page.need_label(v.draft.need_id), lang)
            for v in reversed(versions)))
        self._show_log(log)
        draft = None
        try:
            draft = FormDrafts(self._page.vault).load(self._crossing_name)
        # An unreadable draft: the card shows without it, as if none was kept.
        except messages.FAILURES:
            draft = None
        editing = draft.get("crossing_id") if draft else None
        self._editing_crossing = editing if isinstance(editing, int) and any(
            c.id == editing for c in log) else None
        if draft and (editing is None or self._editing_crossing is not None):
            self.crossing_form.reset(draft)
            self._show_form_mode()
            self.crossing_form.show()
            self._autosave.changed()
        else:
            self.crossing_form.hide()
            self.crossing_form.reset()
        self._show_safety_action(is_safety_action(b.template_id))
        return True

    @Slot()
    def refresh_people(self) -> None:
        """Show the current names of the people who support her (renamed or deleted on
        the support page meanwhile); nothing else on the card changes."""
        if self._boundary is None:
            return
        try:
            self._boundary.people = self._page.store.people(self._boundary.id)
        # A journal locked meanwhile: the card keeps the names it shows.
        except messages.FAILURES:
            return
        self._show_details(self._boundary)

    def _show_details(self, b: Boundary) -> None:
        self.details.setText(summary_html(b, self._page.need_label(b.need_id), self._page.lang,
                                          title=False, people=[n for _, n in b.people]))

    def request_agenda(self) -> None:
        """"Add to my session agenda": the boundary's words as the suggested topic."""
        if self._boundary is not None:
            self._page.request_agenda(self._boundary.id, self._boundary.action)

    @Slot()
    def open_crossing_form(self) -> None:
        if self._boundary is None or is_safety_action(self._boundary.template_id):
            return
        if self.crossing_form.isHidden():
            self._editing_crossing = None
            self.crossing_form.reset()
            self._show_form_mode()
            self.crossing_form.show()
        self.crossing_form.what_edit.setFocus()

    def edit_crossing(self, crossing_id: int) -> bool:
        """Open a logged crossing in the form to put it right."""
        if self._boundary is None:
            return False
        if not self.crossing_form.isHidden() and self.crossing_form.has_text():
            self.crossing_form.what_edit.setFocus()  # finish or cancel that one first
            return False
        crossing = next((c for c in self._page.store.crossings(self._boundary.id)
                         if c.id == crossing_id), None)
        if crossing is None:
            return False
        self._editing_crossing = crossing_id
        self.crossing_form.reset({
            "date": crossing.crossed_on.isoformat(), "what": crossing.what_happened,
            "followed": crossing.followed.value, "feeling": crossing.feeling,
            "learned": crossing.learned, "crossing_id": crossing_id})
        self._show_form_mode()
        self.crossing_form.show()
        self.crossing_form.what_edit.setFocus()
        return True

    def delete_crossing(self, crossing_id: int) -> bool:
        if self._boundary is None or not messages.confirm(
                self, self.tr("Delete this crossing?"),
                self.tr("It will be removed from the log for good, and no longer counted. "
                        "This cannot be undone."),
                destructive=True, yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return False
        try:
            self._page.store.delete_crossing(crossing_id)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not deleted"), messages.error_text(exc))
            return False
        if self._editing_crossing == crossing_id:
            self._autosave.forget(self._crossing_name)
            self._editing_crossing = None
            self.crossing_form.hide()
            self.crossing_form.reset()
        self._page.changed(self._boundary.id)
        return True

    @Slot()
    def save_crossing(self) -> bool:
        if self._boundary is None:
            return False
        crossing = self.crossing_form.crossing()
        if crossing is None:
            return False
        try:
            if self._editing_crossing is None:
                self._page.store.log_crossing(self._boundary.id, crossing)
            else:
                self._page.store.update_crossing(self._editing_crossing, crossing)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The crossing was not saved"),
                           messages.error_text(exc) + "\n\n" + self.tr(
                               "What you wrote is still here."))
            return False
        self._autosave.forget(self._crossing_name)
        self._editing_crossing = None
        self.crossing_form.hide()
        self.crossing_form.reset()
        self._page.changed(self._boundary.id)
        return True

    def save_pending(self) -> bool:
        return self._autosave.flush()

    # -- events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange and self._boundary is not None
                and self.isVisible() and self._page.vault.is_open):
            self._show_details(self._boundary)  # its muted colour follows the theme

    # -- private ---------------------------------------------------------------------

    def _show_safety_action(self, safety: bool) -> None:
        """For a safety action: the note instead of crossings, counts and "log one"."""
        self.safety_note.setVisible(safety)
        # Decided once, never "considering" or "let go": no status to change.
        for widget in (self.log_title, self.log_button, self.counts_label, self.status_title,
                       self.status_combo, self.history_label):
            widget.setVisible(not safety)
        if safety:
            for hidden in (self.empty_log, self.log_view, self.crossing_form):
                hidden.hide()

    def _show_log(self, log: list[Crossing]) -> None:
        lang = self._page.lang
        self.empty_log.setVisible(not log)
        self.log_view.setVisible(bool(log))
        felt_word = html.escape(self.tr("How it felt"))
        learned_word = html.escape(self.tr("What I learned"))
        change_word = html.escape(self.tr("Change"))
        delete_word = html.escape(self.tr("Delete…"))
        parts = []
        for c in log:
            day = html.escape(dates.medium_date(c.crossed_on, lang))
            lines = [f"<p style='margin-bottom:2px;'><b>{day}</b>"
                     f" · {html.escape(followed_word(c.followed))}"
                     f" &nbsp; <a href='edit:{c.id}'>{change_word}</a>"
                     f" · <a href='delete:{c.id}'>{delete_word}</a></p>",
                     f"<p style='margin-top:0;'>{html.escape(c.what_happened)}</p>"]
            if c.feeling:
                lines.append(f"<p><i>{felt_word}:</i> "
                             f"{html.escape(c.feeling)}</p>")
            if c.learned:
                lines.append(f"<p><i>{learned_word}:</i> "
                             f"{html.escape(c.learned)}</p>")
            parts.append("".join(lines).replace("\n", "<br>"))
        self.log_view.setText("<hr>".join(parts))

    def _collect(self) -> tuple[str, dict[str, Any]] | None:
        if self._boundary is None or self.crossing_form.isHidden():
            return None
        data = self.crossing_form.data()
        if self._editing_crossing is not None:
            data["crossing_id"] = self._editing_crossing  # back in the right one after a lock
        return self._crossing_name, data

    def _show_form_mode(self) -> None:
        self.crossing_form.title.setText(
            self.tr("Log a crossing") if self._editing_crossing is None
            else self.tr("Change this crossing"))
        self.crossing_form.save_button.setText(
            self.tr("Save to the log") if self._editing_crossing is None
            else self.tr("Save changes"))

    @Slot(str)
    def _on_log_link(self, link: str) -> None:
        action, _sep, number = link.partition(":")
        if not number.isdigit():
            return
        if action == "edit":
            self.edit_crossing(int(number))
        elif action == "delete":
            self.delete_crossing(int(number))

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_form_changed(self) -> None:
        if not self.crossing_form.isHidden():
            self._autosave.changed()

    @Slot()
    def _on_cancel_crossing(self) -> None:
        if self.crossing_form.has_text() and not messages.confirm(
                self, self.tr("Stop logging this crossing?"),
                self.tr("What you wrote about it will be thrown away."), destructive=True,
                yes_text=self.tr("Throw away"), no_text=self.tr("Keep writing")):
            return
        self._autosave.forget(self._crossing_name)
        self._editing_crossing = None
        self.crossing_form.hide()
        self.crossing_form.reset()

    @Slot(int)
    def _on_status_chosen(self, index: int) -> None:
        if self._boundary is None:
            return
        status = self.status_combo.itemData(index)
        try:
            self._page.store.set_status(self._boundary.id, status)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The status was not changed"),
                           messages.error_text(exc))
        self._page.changed(self._boundary.id)

    @Slot()
    def _on_edit(self) -> None:
        if self._boundary is not None:
            self._page.revise(self._boundary)

    @Slot()
    def _on_print(self) -> None:
        if self._boundary is not None:
            print_html(self, summary_html(self._boundary,
                                          self._page.need_label(self._boundary.need_id),
                                          self._page.lang, paper=True,
                                          people=[n for _, n in self._boundary.people]))

    @Slot()
    def _on_delete(self) -> None:
        if self._boundary is None:
            return
        if not messages.confirm(
                self, self.tr("Delete this boundary?"),
                self.tr("The boundary, its crossing log and its earlier versions will be "
                        "removed from your journal for good. This cannot be undone."),
                destructive=True, yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return
        boundary_id = self._boundary.id
        self._autosave.forget(self._crossing_name)
        try:
            self._page.store.delete(boundary_id)
        except RecordNotFound:
            pass
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The boundary was not deleted"),
                           messages.error_text(exc))
            return
        self._boundary = None
        self._page.announce()
        self._page.show_list()
