"""The workspace's sidebar: the name, a link per page (from `ui.pages.PAGES`), and
always in view below them Settings, Help now, Lock and Quick exit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.pages import PageSpec
from ui.widgets import button

SIDEBAR_WIDTH = 160  # at least; wider when a (bold) link or the title needs it
SIDEBAR_MARGIN = 8
NAV_PADDING = 9  # left and right padding of a sidebar link (base.qss), plus
NAV_BORDER = 1  # its border (transparent but for the focus outline)
TITLE_POINT_SIZES = (15, 14, 13, 12, 11)  # a long discreet name gets a smaller title
HELP_NOW_KEYS = "Ctrl+H"  # H for help (and hulp)


def bold_width(nav: QAbstractButton) -> int:
    """How wide a sidebar link's text is when it is the chosen (bold) one."""
    bold = QFont(nav.font())
    bold.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(bold).horizontalAdvance(nav.text())


def native_keys(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Sidebar(QFrame):
    page_chosen = Signal(int)  # the page's index in `pages`
    help_now_requested = Signal()
    settings_requested = Signal()
    lock_requested = Signal()
    quick_exit_requested = Signal()

    def __init__(self, pages: Sequence[PageSpec], title: str, quick_exit_keys: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.title = QLabel(title, self)
        self.title.setObjectName("sidebarTitle")
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: list[QPushButton] = []
        # The page links scroll when the window is low; Settings, Help now, Lock and Quick exit
        # below them are always in view.
        self.nav_scroll = QScrollArea(self)
        self.nav_scroll.setObjectName("sidebarScroll")
        self.nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroll.viewport().setObjectName("sidebarViewport")
        nav_box = QWidget(self.nav_scroll)
        nav_box.setObjectName("sidebarNav")
        for index, spec in enumerate(pages):
            name = spec.title
            nav = button(name, "navButton", parent=nav_box)
            nav.setCheckable(True)
            native = native_keys(spec.shortcut)
            nav.setToolTip(f"{name} ({native})" if native else name)
            self.nav_group.addButton(nav, index)
            self.nav_buttons.append(nav)
        self.nav_buttons[0].setChecked(True)
        # The emergency numbers, one click from every page.
        self.help_now_button = button(
            self.tr("Help now"), "helpNowButton", parent=self,
            accessible=self.tr("Help now: emergency numbers and helplines"))
        tip = self.tr("Emergency numbers and your safety plan")  # lupdate misses tr() in f-strings
        self.help_now_button.setToolTip(f"{tip} ({native_keys(HELP_NOW_KEYS)})")
        self.settings_button = button(self.tr("Settings"), "navButton", parent=self)
        self.lock_button = button(self.tr("Lock"), parent=self,
                                  accessible=self.tr("Lock Haven"))
        self.lock_button.setToolTip(self.tr("Lock your journal (Ctrl+L)"))
        self.quick_exit_button = button(self.tr("Quick exit"), parent=self,
                                        accessible=self.tr("Quick exit: save and close now"))
        keys = native_keys(quick_exit_keys)
        self.quick_exit_button.setToolTip(
            self.tr("Save and close at once (%1, or Escape twice)").replace("%1", keys)
            if keys else self.tr("Save and close at once (Escape twice)"))
        # The keys in view, not only in a tooltip.
        self.quick_exit_keys_label = QLabel(self.tr("Press Esc twice"), self)
        self.quick_exit_keys_label.setObjectName("keysHint")
        self.quick_exit_keys_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        nav_layout = QVBoxLayout(nav_box)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(2)
        for nav in self.nav_buttons:
            nav_layout.addWidget(nav)
        nav_layout.addStretch(1)
        self.nav_scroll.setWidget(nav_box)
        self._nav_layout = nav_layout
        self.nav_scroll.verticalScrollBar().rangeChanged.connect(self._fit_scroll_margin)

        side = QVBoxLayout(self)
        side.setContentsMargins(SIDEBAR_MARGIN, 14, 0, 12)
        side.setSpacing(4)
        for widget in (self.title, self.settings_button, self.help_now_button,
                       self.lock_button, self.quick_exit_button, self.quick_exit_keys_label):
            widget.setProperty("sidebarRight", SIDEBAR_MARGIN)
        side.addLayout(self._right_margin(self.title))
        side.addWidget(self.nav_scroll, 1)
        # Settings below the links, not at the end of their list: in a low window the
        # last link of a scrolling list is the one that is cut.
        side.addLayout(self._right_margin(self.settings_button))
        side.addSpacing(6)
        side.addLayout(self._right_margin(self.help_now_button))
        side.addSpacing(8)
        side.addLayout(self._right_margin(self.lock_button))
        side.addLayout(self._right_margin(self.quick_exit_button))
        side.addLayout(self._right_margin(self.quick_exit_keys_label))
        self._fit()

        self.nav_group.idClicked.connect(self.page_chosen)
        self.settings_button.clicked.connect(self.settings_requested)
        self.help_now_button.clicked.connect(self.help_now_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        previous = self.nav_buttons[-1]
        for widget in (self.settings_button, self.help_now_button, self.lock_button,
                       self.quick_exit_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- public ----------------------------------------------------------------------

    def select(self, index: int) -> None:
        """The link of the page shown: chosen, and scrolled into view."""
        nav = self.nav_buttons[index]
        nav.setChecked(True)
        self.nav_scroll.ensureWidgetVisible(nav, 0, 0)

    def set_title(self, text: str) -> None:
        """"Haven" or the discreet name; the sidebar fits it."""
        self.title.setText(text)
        self._fit()

    # -- private ---------------------------------------------------------------------

    @staticmethod
    def _right_margin(widget: QWidget) -> QHBoxLayout:
        """The sidebar's right margin: the link list runs to the edge (for its thin
        scroll bar), everything else keeps SIDEBAR_MARGIN."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, SIDEBAR_MARGIN, 0)
        row.addWidget(widget)
        return row

    @Slot()
    def _fit_scroll_margin(self) -> None:
        """Links end where the buttons below end, with or without the scroll bar."""
        bar = self.nav_scroll.verticalScrollBar()
        shown = bar.maximum() > 0
        room = SIDEBAR_MARGIN - (bar.sizeHint().width() if shown else 0)
        self._nav_layout.setContentsMargins(0, 0, max(room, 2), 0)

    def _fit(self) -> None:
        """Wide enough that no link is cut, not even the chosen (bold) one; the title
        (e.g. a long discreet name) takes a smaller size rather than being cut."""
        needed = 0
        for nav in [*self.nav_buttons, self.settings_button]:
            nav.ensurePolished()
            needed = max(needed, bold_width(nav) + 2 * (NAV_PADDING + NAV_BORDER))
        # The links may scroll in a low window: room for the scroll bar beside them.
        bar = self.nav_scroll.verticalScrollBar().sizeHint().width()
        width = max(SIDEBAR_WIDTH, needed + SIDEBAR_MARGIN + max(SIDEBAR_MARGIN, bar + 2))
        self.setFixedWidth(width)
        title = self.title
        title.setStyleSheet("")
        title.ensurePolished()
        margins = title.contentsMargins()
        room = width - 2 * SIDEBAR_MARGIN - margins.left() - margins.right()
        font = QFont(title.font())
        for size in TITLE_POINT_SIZES:
            font.setPointSizeF(size)
            if QFontMetrics(font).horizontalAdvance(title.text()) <= room:
                break
        title.setStyleSheet(f"font-size: {size}pt;")
