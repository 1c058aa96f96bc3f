"""The entry's text: the Markdown field with its formatting commands, and the reading
view's touches (quotes as quotes, the photos an import brought along)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

from journal.models import Photo
from ui.photos import thumbnail

# Photos of an entry (from an import) in the reading view: longest side in pixels.
PHOTO_THUMBNAIL_SIDE = 240
QUOTE_INDENT = 18  # px per level of a "> quote" in the reading view


class MarkdownEdit(QPlainTextEdit):
    """Plain-text Markdown with a few formatting commands that go on the undo stack."""

    def toggle_wrap(self, marker: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            text = cursor.selectedText()
            if self._is_wrapped(text, marker):
                cursor.insertText(text[len(marker):-len(marker)])
            else:
                cursor.insertText(f"{marker}{text}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left,
                                QTextCursor.MoveMode.MoveAnchor, len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    @staticmethod
    def _is_wrapped(text: str, marker: str) -> bool:
        """Whether `text` already carries `marker` on both sides ("***x***" has both
        bold and italic; "**x**" has bold only)."""
        if len(text) < 2 * len(marker) + 1:
            return False
        if set(marker) != {"*"}:
            return text.startswith(marker) and text.endswith(marker)
        stars = min(len(text) - len(text.lstrip("*")), len(text) - len(text.rstrip("*")))
        return stars >= 2 if marker == "**" else stars % 2 == 1

    def toggle_line_prefix(self, prefix: str) -> None:
        """Add `prefix` to the start of each selected line, or take it away if all have it."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        remove = all(b.text().startswith(prefix) for b in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right,
                                  QTextCursor.MoveMode.KeepAnchor, len(prefix))
                edit.removeSelectedText()
            else:
                # A heading replaces another heading level rather than stacking.
                stripped = block.text()
                if prefix.startswith("#") and stripped.startswith("#"):
                    hashes = len(stripped) - len(stripped.lstrip("#"))
                    edit.movePosition(QTextCursor.MoveOperation.Right,
                                      QTextCursor.MoveMode.KeepAnchor,
                                      hashes + (1 if stripped[hashes:hashes + 1] == " " else 0))
                    edit.removeSelectedText()
                edit.insertText(prefix)
        cursor.endEditBlock()


def style_quotes(view: QTextBrowser) -> None:
    """A "> quote" reads as a quote: a tinted band, indented, in a quieter colour."""
    palette = view.palette()
    band = palette.color(QPalette.ColorRole.AlternateBase)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    document = view.document()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel)
        if level:
            cursor = QTextCursor(block)
            quote = QTextBlockFormat()
            quote.setBackground(band)
            quote.setLeftMargin(QUOTE_INDENT * int(level))
            quote.setTopMargin(4)
            quote.setBottomMargin(4)
            cursor.mergeBlockFormat(quote)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            words = QTextCharFormat()
            words.setForeground(muted)
            words.setFontItalic(True)
            cursor.mergeCharFormat(words)
        block = block.next()


def add_photos(view: QTextBrowser, photos: list[Photo]) -> None:
    """The entry's photos (brought along by an import), small, under the text in the
    reading view. Decoded only while it is shown; the view is cleared after."""
    document = view.document()
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for number, photo in enumerate(photos):
        image = thumbnail(photo, PHOTO_THUMBNAIL_SIDE)
        if image.isNull():
            continue
        name = f"haven-photo:{number}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        picture = QTextImageFormat()
        picture.setName(name)
        picture.setWidth(image.width())
        picture.setHeight(image.height())
        if number == 0:
            spaced = QTextBlockFormat()
            spaced.setTopMargin(12)  # a little room between the text and the photos
            cursor.insertBlock(spaced)
        else:
            cursor.insertText(" ")
        cursor.insertImage(picture)
