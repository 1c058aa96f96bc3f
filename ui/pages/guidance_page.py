"""The guidance library: short articles in our own words, each ending with writing
prompts that open a new journal entry (hub.new_entry_requested).

Contract with the main window: `GuidancePage(vault, hub, settings)`, `save_pending()` and
`focus_search()` (Ctrl+F on this page). The articles come in their reading order, in
groups with a heading; the search field filters them by the words of title and body.
Faith articles are left out unless she said faith is a source of strength for her; the
group that fits her situation comes first (journal.situation).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.guidance import (
    GROUP_ACCUSED,
    GROUP_OTHER,
    GROUP_PARTNER,
    Article,
    article_groups,
    matched_spans,
    search_articles,
)
from journal.prompts import prompt_by_id
from journal.situation import current_profile
from journal.vault import Vault
from ui import discreet
from ui.hub import Hub
from ui.pages.refresh import ReloadOnChange
from ui.settings import Settings
from ui.theme import mark_colors_for
from ui.widgets import label
from ui.widgets import rich_label as rich
from ui.widgets.list_items import IndentRole, TwoLineDelegate

ARTICLE_INDENT = 14  # pixels an article title sits in under its group heading
READING_CHARS = 70  # a comfortable line, as in a good book or e-reader
READING_SCALE = 1.15  # the article's letters a little larger than the app's
LINE_HEIGHT = 150  # percent
MARGIN = 28  # pixels between the page's edge and the text


def reading_font(base: QFont) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * READING_SCALE)
    return font


def reading_width(font: QFont, scroll_bar: int) -> int:
    """The reader's width for lines of about READING_CHARS characters."""
    return (QFontMetrics(font).averageCharWidth() * READING_CHARS + 2 * MARGIN
            + scroll_bar + 4)


def set_for_reading(document: QTextDocument) -> None:
    """Airy lines, room between paragraphs, headings that are not heavy, and links
    underlined, as the prompts under the article are (colour alone is easy to miss)."""
    document.setDocumentMargin(MARGIN)
    cursor = QTextCursor(document)
    links: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.charFormat().isAnchor():
                links.append((fragment.position(), fragment.position() + fragment.length()))
            pieces += 1
        cursor.setPosition(block.position())
        fmt = block.blockFormat()
        heading = fmt.headingLevel()
        fmt.setLineHeight(LINE_HEIGHT if not heading else 120,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setTopMargin(18 if heading else fmt.topMargin())
        fmt.setBottomMargin(8 if heading else 10)
        cursor.setBlockFormat(fmt)
        if heading:
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            chars = QTextCharFormat()
            chars.setFontWeight(QFont.Weight.DemiBold)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if heading == 1 else 0)
            cursor.mergeCharFormat(chars)
        block = block.next()
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    for start, end in links:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(underline)


class GuidancePage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePage")
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self.article: Article | None = None
        self._last_id: str | None = None  # the article to bring back after a search
        self.prompt_buttons: list[QWidget] = []
        self._build()
        self.reload()
        # Her faith answer decides which articles show (a new language rebuilds the page).
        ReloadOnChange(hub, self, self.reload, (), settings=True)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Guidance"), "pageTitle", parent=self))
        layout.addWidget(label(self.tr(
            "Short texts to read at your own pace. Take what helps you and leave the rest."),
            parent=self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.search_edit = QLineEdit(left)
        self.search_edit.setObjectName("guidanceSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the articles"))
        self.search_edit.setAccessibleName(self.tr("Search the articles"))
        self.search_edit.setToolTip(self.tr("Articles that mention all of these words "
                                            "(Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        left_layout.addWidget(self.search_edit)
        self.article_list = QListWidget(left)
        self.article_list.setObjectName("guidanceList")
        self.article_list.setAccessibleName(self.tr("Articles"))
        self.article_list.setWordWrap(True)
        self.article_list.setItemDelegate(TwoLineDelegate(
            self.article_list, headline=False, divider=False, padding=4))
        left_layout.addWidget(self.article_list, 1)
        self.empty_label = label("", "subtle", parent=left)
        self.empty_label.setAccessibleName(self.tr("No articles found"))
        self.empty_label.hide()
        left_layout.addWidget(self.empty_label)
        left_layout.addStretch(0)
        right = QWidget(splitter)
        self.reader_layout = QVBoxLayout(right)
        self.reader_layout.setContentsMargins(8, 0, 0, 0)
        self.reader = QTextBrowser(right)
        self.reader.setObjectName("guidanceReader")
        self.reader.setAccessibleName(self.tr("Article"))
        self.reader.setOpenExternalLinks(False)
        # A link in an article leads into the app ("help-now:report"), never to a page
        # the reader would load.
        self.reader.setOpenLinks(False)
        self.reader.anchorClicked.connect(self._on_link)
        self.reader.setFont(reading_font(self.font()))
        scroll_bar = self.reader.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.reader.setMaximumWidth(reading_width(self.reader.font(), scroll_bar))
        self.reader_layout.addWidget(self.reader, 1)
        self.prompt_title = rich(self.tr("<b>Write about it</b>"), parent=right)
        self.reader_layout.addWidget(self.prompt_title)
        self.prompt_box = QVBoxLayout()
        self.reader_layout.addLayout(self.prompt_box)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout.addWidget(splitter, 1)
        self.article_list.currentItemChanged.connect(self._on_current)
        self.search_edit.textChanged.connect(self.reload)

    def group_heading(self, group: str) -> str:
        # Each group title says which situation it is for, in the words of the situation
        # question.
        return {
            GROUP_PARTNER: self.tr("For every partner, and when it is his porn or sex addiction"),
            GROUP_ACCUSED: self.tr("When he crossed sexual boundaries, or is accused of it"),
            GROUP_OTHER: self.tr("More to read")}[group]

    def _lang(self) -> str:
        return self._settings.effective_language()

    def reload(self) -> None:
        """The articles that match the search (all without one), grouped, in reading
        order; the open article stays open while it is among them."""
        current = self.article.id if self.article else self._last_id
        text = self.search_edit.text()
        profile = current_profile(self._vault)
        self.articles = search_articles(self._lang(), text, profile.faith)
        self.article_list.blockSignals(True)
        self.article_list.clear()
        for group, articles in article_groups(self.articles, profile):
            heading = QListWidgetItem(self.group_heading(group))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setData(Qt.ItemDataRole.AccessibleTextRole, self.group_heading(group))
            self.article_list.addItem(heading)
            for article in articles:
                item = QListWidgetItem(article.title)
                item.setData(Qt.ItemDataRole.UserRole, article.id)
                item.setData(IndentRole, ARTICLE_INDENT)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, article.title)
                self.article_list.addItem(item)
        self.article_list.blockSignals(False)
        self.articles = [a for _g, group in article_groups(self.articles, profile)
                         for a in group]
        found = bool(self.articles)
        self.article_list.setVisible(found)
        self.empty_label.setVisible(not found)
        if not found:
            self.empty_label.setText(self.tr("No article mentions “%1”.").replace(
                "%1", text.strip()) + "\n" + self.tr("Try another word."))
            self._close_article()
            return
        ids = [a.id for a in self.articles]
        self.open_article(current if current in ids else ids[0])

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def show_article(self, article_id: str) -> None:
        """Open an article from elsewhere (e.g. the safety plan), clearing a search that
        would hide it."""
        if all(a.id != article_id for a in self.articles) and self.search_edit.text():
            self.search_edit.clear()  # reloads the list
        self.open_article(article_id)

    def open_article(self, article_id: str) -> None:
        article = next((a for a in self.articles if a.id == article_id), None)
        if article is None:
            return
        self.article = article
        self.article_list.blockSignals(True)
        current = self.article_list.currentItem()
        # An article listed under both groups keeps the row she clicked.
        if current is None or current.data(Qt.ItemDataRole.UserRole) != article_id:
            for row in range(self.article_list.count()):
                if self.article_list.item(row).data(Qt.ItemDataRole.UserRole) == article_id:
                    self.article_list.setCurrentRow(row)
                    break
        self.article_list.blockSignals(False)
        text = f"# {article.title}\n\n{article.body}"
        if self._settings.discreet:  # the app's name as she sees it (ui/discreet.py)
            text = discreet.neutral_text(text, discreet.display_name(self._settings))
        self.reader.setMarkdown(text)
        set_for_reading(self.reader.document())
        self._mark_search()
        self.reader.show()
        self._clear_prompts()
        for prompt_id in article.prompts:
            prompt = prompt_by_id(prompt_id, self._lang())
            if prompt is None:
                continue
            write = rich(f'<a href="{html.escape(prompt_id)}">{html.escape(prompt.text)}</a>',
                          parent=self)
            write.setObjectName("guidancePrompt")
            write.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            write.setAccessibleName(prompt.text)
            write.setToolTip(self.tr("Opens a new journal entry with this question"))
            write.linkActivated.connect(self._hub.new_entry_requested.emit)
            self.prompt_box.addWidget(write)
            self.prompt_buttons.append(write)
        self.prompt_title.setVisible(bool(self.prompt_buttons))

    def save_pending(self) -> bool:
        return True

    def _close_article(self) -> None:
        """An empty reader while no article is found; the last one comes back after."""
        if self.article is not None:
            self._last_id = self.article.id
        self.article = None
        self.reader.clear()
        self.reader.hide()
        self.prompt_title.hide()
        self._clear_prompts()

    def _mark_search(self) -> None:
        """Mark the words she searched for in the open article, and bring the first
        one into view."""
        spans = matched_spans(self.reader.document().toPlainText(), self.search_edit.text())
        background, foreground = mark_colors_for(self.reader.palette())
        marked = QTextCharFormat()
        marked.setBackground(QColor(background))
        marked.setForeground(QColor(foreground))
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.reader.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = marked
            selections.append(selection)
        self.reader.setExtraSelections(selections)
        if spans:
            first = QTextCursor(self.reader.document())
            first.setPosition(spans[0][0])
            self.reader.setTextCursor(first)
            self.reader.ensureCursorVisible()

    def _clear_prompts(self) -> None:
        for old in self.prompt_buttons:
            self.prompt_box.removeWidget(old)
            old.hide()  # deleteLater waits for the event loop; hidden now, it cannot overlap
            old.deleteLater()
        self.prompt_buttons = []

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "help-now":
            self._hub.help_now_requested.emit(url.path())

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(Qt.ItemDataRole.UserRole):
            self.open_article(current.data(Qt.ItemDataRole.UserRole))

