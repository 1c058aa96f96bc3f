"""Keeping what a page shows current without reading the vault each time it is shown."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QWidget

from ui.hub import ALL_RECORDS, Hub

ANY_KIND = None  # every kind of record counts


class ReloadOnChange(QObject):
    """Calls `reload()` when something it shows changed: a record of one of `kinds`
    (`hub.records_changed`; ANY_KIND: any), her settings or situation (`settings=True`,
    `hub.settings_changed`), or the day (for what counts from today). While `widget` is
    hidden it only notes the change and reloads when the widget is shown next, so a
    page that is not looked at reads nothing, and a show without a change reads nothing
    either. The page reads once when it is made, or, with `first_show`, when it is
    first shown (a page made hidden then reads nothing until she opens it)."""

    def __init__(self, hub: Hub, widget: QWidget, reload: Callable[[], None],
                 kinds: Collection[str] | None, *, settings: bool = False,
                 first_show: bool = False, today: Callable[[], date] = date.today) -> None:
        super().__init__(widget)
        self._widget = widget
        self._reload = reload
        self._kinds = kinds
        self._today = today
        self._day = today()
        self._stale = first_show
        hub.records_changed.connect(self._on_records_changed)
        if settings:
            hub.settings_changed.connect(self._on_changed)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first: when Python's collector frees a page, this filter's
        # attributes can be cleared before Qt deletes the page, and the events of its
        # end (never a Show) still come here.
        if (event.type() == QEvent.Type.Show and watched is self._widget
                and (self._stale or self._today() != self._day)):
            self._run()
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if self._kinds is ANY_KIND or kind == ALL_RECORDS or kind in self._kinds:
            self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        if self._widget.isVisible():
            self._run()
        else:
            self._stale = True

    def _run(self) -> None:
        self._stale = False
        self._day = self._today()
        self._reload()
