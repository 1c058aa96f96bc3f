"""The guidance library: short articles in our own words, each ending with writing
prompts that open a new journal entry (hub.new_entry_requested).

Contract with the main window: `GuidancePage(vault, hub, settings)` and `save_pending()`.
Faith articles are left out when faith content is off in the settings.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.guidance import Article, load_articles
from journal.prompts import prompt_by_id
from journal.vault import Vault
from ui import discreet
from ui.hub import Hub
from ui.settings import Settings
from ui.widgets import label
from ui.widgets import rich_label as rich


class GuidancePage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePage")
        self._hub = hub
        self._settings = settings
        self.article: Article | None = None
        self.prompt_buttons: list[QWidget] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Guidance"), "pageTitle", parent=self))
        layout.addWidget(label(self.tr(
            "Short texts to read at your own pace. Take what helps you and leave the rest."),
            parent=self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.article_list = QListWidget(splitter)
        self.article_list.setObjectName("guidanceList")
        self.article_list.setAccessibleName(self.tr("Articles"))
        self.article_list.setWordWrap(True)
        right = QWidget(splitter)
        self.reader_layout = QVBoxLayout(right)
        self.reader_layout.setContentsMargins(8, 0, 0, 0)
        self.reader = QTextBrowser(right)
        self.reader.setObjectName("guidanceReader")
        self.reader.setAccessibleName(self.tr("Article"))
        self.reader.setOpenExternalLinks(False)
        self.reader_layout.addWidget(self.reader, 1)
        self.prompt_title = rich(self.tr("<b>Write about it</b>"), parent=right)
        self.reader_layout.addWidget(self.prompt_title)
        self.prompt_box = QVBoxLayout()
        self.reader_layout.addLayout(self.prompt_box)
        splitter.addWidget(self.article_list)
        splitter.addWidget(right)
        splitter.setSizes([240, 560])
        layout.addWidget(splitter, 1)
        self.article_list.currentItemChanged.connect(self._on_current)

    def _lang(self) -> str:
        return self._settings.effective_language()

    def reload(self) -> None:
        current = self.article.id if self.article else None
        self.articles = load_articles(self._lang(), self._settings.faith_content)
        self.article_list.blockSignals(True)
        self.article_list.clear()
        for article in self.articles:
            item = QListWidgetItem(article.title)
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            self.article_list.addItem(item)
        self.article_list.blockSignals(False)
        ids = [a.id for a in self.articles]
        if self.articles:
            self.open_article(current if current in ids else ids[0])

    def open_article(self, article_id: str) -> None:
        article = next((a for a in self.articles if a.id == article_id), None)
        if article is None:
            return
        self.article = article
        row = [a.id for a in self.articles].index(article_id)
        self.article_list.blockSignals(True)
        self.article_list.setCurrentRow(row)
        self.article_list.blockSignals(False)
        text = f"# {article.title}\n\n{article.body}"
        if self._settings.discreet:  # the app's name as she sees it (ui/discreet.py)
            text = discreet.neutral_text(text, discreet.display_name(self._settings))
        self.reader.setMarkdown(text)
        for old in self.prompt_buttons:
            self.prompt_box.removeWidget(old)
            old.deleteLater()
        self.prompt_buttons = []
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

    def save_pending(self) -> bool:
        return True

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.open_article(current.data(Qt.ItemDataRole.UserRole))

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # faith setting or language may have changed
        super().showEvent(event)
