"""The Boundaries page: the worksheet list, the guided flow (boundary_flow.py), and a
boundary's card with its crossing log (boundary_card.py, crossing_form.py).

Contract with the main window: `BoundariesPage(vault, hub, settings)` and
`save_pending()`. What she wrote shows only inside this page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.boundaries import BoundaryStore, is_safety_action
from journal.boundary_models import Boundary, BoundarySummary
from journal.errors import RecordNotFound
from journal.needs import NeedStore
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.pages.boundary_card import BoundaryCard
from ui.pages.boundary_flow import BoundaryFlow
from ui.pages.worksheet import crossing_counts, status_word
from ui.settings import Settings
from ui.widgets import button, label, shortened
from ui.widgets.list_items import EmptyHint, TwoLineDelegate

BoundaryIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class BoundaryListModel(QAbstractListModel):
    """The worksheet list: each boundary with its status and how often it was crossed."""

    def __init__(self, store: BoundaryStore, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._rows: list[BoundarySummary] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._store.summaries()
        self.endResetModel()

    def summary(self, row: int) -> BoundarySummary:
        return self._rows[row]

    def row_of(self, boundary_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == boundary_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            action = shortened(s.action, 159)
            status = status_word(s.status)
            if s.status_since:
                status += self.tr(" (since %1)").replace("%1", dates.short_date(s.status_since,
                                                                          self._lang))
            if is_safety_action(s.template_id):  # an agreement with a safety action
                return action + "\n" + self.tr("What I do at once")
            return f"{action}\n{status} · {crossing_counts(s.crossings, s.followed)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return s.action
        if role == BoundaryIdRole:
            return s.id
        return None


class BoundariesPage(QWidget):
    """The boundaries-and-consequences worksheet."""

    LIST, FLOW, CARD = 0, 1, 2

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundariesPage")
        self.vault = vault
        self._hub = hub
        self._settings = settings
        self.store = BoundaryStore(vault)
        self._needs = NeedStore(vault)
        self.model = BoundaryListModel(self.store, self.lang, self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_list())
        self.flow = BoundaryFlow(vault, settings, self.stack)
        self.stack.addWidget(self.flow)
        self.card = BoundaryCard(self)
        self.stack.addWidget(self.card)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.flow.saved.connect(self._on_flow_saved)
        hub.records_changed.connect(self._on_records_changed)
        self.flow.cancelled.connect(self._on_flow_cancelled)
        self.new_button.clicked.connect(self.new_boundary)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.clicked.connect(self._on_activated)

        self.reload()
        if self.flow.restore():  # she was in the middle of one: carry on there
            self.stack.setCurrentIndex(self.FLOW)

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("screen")
        title = label(self.tr("Boundaries"), "pageTitle", parent=page)
        intro = label(self.tr(
            "A boundary is what you will do to protect something you need, with a "
            "consequence you are willing and able to carry out. Setting one is an act of "
            "care, first of all for yourself. Take your time; you can change it later."),
            parent=page)
        self.new_button = button(self.tr("New boundary"), "primary", parent=page,
                                 accessible=self.tr("Think through a new boundary, step by "
                                                    "step"))
        self.list_view = QListView(page)
        self.list_view.setObjectName("boundaryList")
        self.list_view.setAccessibleName(self.tr("My boundaries"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        # The boundary in bold; its status, since when and the crossings muted below.
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty_hint = EmptyHint(self.list_view, self.tr(
            "No boundaries yet. Start with one small thing you want to protect: "
            "\"New boundary\" takes you through it one question at a time."))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list_view, 1)
        return page

    # -- public ----------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self._settings.effective_language()

    def reload(self) -> None:
        try:
            self.model.reload()
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Boundaries"), messages.error_text(exc))

    @Slot()
    def show_list(self) -> None:
        self.card.save_pending()
        self.reload()
        self.stack.setCurrentIndex(self.LIST)
        self.list_view.setFocus()

    def show_home(self) -> None:
        """Her click on the page's sidebar link: from a boundary's card back to the list.
        The guided flow stays: it is a draft she is still writing."""
        if self.stack.currentIndex() == self.CARD:
            self.show_list()

    @Slot()
    def new_boundary(self) -> None:
        self.save_pending()
        if not self.flow.restore():
            self.flow.start_new()
        self.stack.setCurrentIndex(self.FLOW)

    def new_from_template(self, template_id: str) -> None:
        """The flow with one example chosen (the safety plan's link to the safety action)."""
        self.save_pending()
        self.flow.start_with_template(template_id)
        self.stack.setCurrentIndex(self.FLOW)

    def open_boundary(self, boundary_id: int) -> bool:
        self.save_pending()
        if not self.card.show_boundary(boundary_id):
            self.show_list()
            return False
        self.stack.setCurrentIndex(self.CARD)
        self.card.back_button.setFocus()
        return True

    def revise(self, boundary: Boundary) -> None:
        self.save_pending()
        self.flow.start_revision(boundary)
        self.stack.setCurrentIndex(self.FLOW)

    def announce(self) -> None:
        """Tell the other pages a boundary was written (the journal's search shows
        boundaries too)."""
        self._hub.records_changed.emit("boundary")

    def changed(self, boundary_id: int) -> None:
        """A boundary was saved or logged: show the new state."""
        self.announce()
        self.reload()
        if self.stack.currentIndex() == self.CARD:
            self.card.show_boundary(boundary_id)

    def need_label(self, need_id: int | None) -> str:
        if not need_id:
            return ""
        try:
            return self._needs.get(need_id).text
        except RecordNotFound:
            return ""

    def request_agenda(self, boundary_id: int, text: str) -> None:
        self._hub.agenda_add_requested.emit("boundary", boundary_id, text)

    def save_pending(self) -> bool:
        """Keep any half-filled form in the vault now. False if that failed."""
        flow_ok = self.flow.save_pending()
        card_ok = self.card.save_pending()
        return flow_ok and card_ok

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        """Her support list changed on its page: the names here follow."""
        if kind != "support" or not self.vault.is_open:
            return
        if self.stack.currentIndex() == self.CARD:
            self.card.refresh_people()
        elif self.stack.currentIndex() == self.FLOW and self.flow.step != self.flow.START:
            self.flow.refresh_support()

    # -- private slots ---------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        boundary_id = index.data(BoundaryIdRole)
        if boundary_id is not None:
            self.open_boundary(int(boundary_id))

    @Slot(int)
    def _on_flow_saved(self, boundary_id: int) -> None:
        self.announce()
        self.reload()
        self.open_boundary(boundary_id)

    @Slot()
    def _on_flow_cancelled(self) -> None:
        self.show_list()
