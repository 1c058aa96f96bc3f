"""The journal page with a real vault: write, autosave, edit, delete, search, filter,
prompts, the empty state, and nothing of what she wrote outside the page."""

from __future__ import annotations

import re
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow, QWidget

from journal.entries import EntryStore
from journal.errors import DiskFull, VaultUnreadable
from journal.models import EntryDraft, EntryFilter
from journal.prompts import prompt_by_id
from journal.search import SearchOrder
from journal.situation import Profile, ProfileStore
from journal.vault import Vault
from tests.ui.conftest import search_now
from ui import messages, workers
from ui.hub import Hub
from ui.models.entry_list_model import IsHeaderRole, SummaryRole
from ui.pages.journal_page import JournalPage
from ui.pages.search_panel import SnippetHtmlRole, snippet_html
from ui.settings import Settings

SAVE_TIMEOUT_MS = 5000


class Answers:
    """Stands in for ui.messages: records what was shown, answers confirm()."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.confirms: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []

    def confirm(self, _parent: Any, title: str, text: str, *, destructive: bool = False,
                **_words: str) -> bool:
        self.confirms.append((title, text))
        return self.confirm_answer

    def confirm_with_option(self, parent: Any, title: str, text: str, *,
                            option_text: str, **words: Any) -> tuple[bool, bool]:
        return self.confirm(parent, title, text, **words), False

    def error(self, _parent: Any, title: str, text: str) -> None:
        self.errors.append((title, text))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    fake = Answers()
    monkeypatch.setattr(messages, "confirm", fake.confirm)
    monkeypatch.setattr(messages, "confirm_with_option", fake.confirm_with_option)
    monkeypatch.setattr(messages, "error", fake.error)
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)
    return fake


@pytest.fixture
def make_page(qtbot, vault: Vault, hub: Hub, settings: Settings, answers: Answers
              ) -> Any:
    def make(*, listed: bool = True) -> JournalPage:
        page = JournalPage(vault, hub, settings)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)  # shortcuts work only in the active window
        if listed:  # the list's months, from a worker
            qtbot.waitUntil(lambda: not page.model.counting)
        return page

    return make


def counted(page: JournalPage, timeout_s: float = 5.0) -> None:
    """Until the list's months (read on a worker after the list changed) are shown."""
    deadline = time.monotonic() + timeout_s
    while page.model.counting:
        assert time.monotonic() < deadline, "the list's months did not arrive"
        QCoreApplication.processEvents()
        time.sleep(0.001)


def entry_rows(page: JournalPage) -> list[Any]:
    """The list's entries, once its months are read (read now where a page is still on
    its way from the worker)."""
    counted(page)
    model = page.model
    return [model.summary_at(r) for r in range(model.rowCount())
            if not model.index(r).data(IsHeaderRole)]


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


# -- the empty state and new entries ------------------------------------------------

def test_an_empty_journal_shows_the_empty_state(make_page) -> None:
    page = make_page()
    assert page.page_stack.currentWidget() is page.empty_state
    assert page.first_entry_button.isVisible()


def test_a_journal_with_entries_shows_the_list(make_page, entries: EntryStore) -> None:
    entries.create(EntryDraft(date(2024, 3, 1), "First"))
    page = make_page()
    assert page.page_stack.currentWidget() is page.splitter
    assert [s.title for s in entry_rows(page)] == ["First"]


def test_new_entry_is_stored_only_once_something_is_typed(
        qtbot, make_page, entries: EntryStore, hub: Hub) -> None:
    page = make_page()
    qtbot.mouseClick(page.first_entry_button, Qt.MouseButton.LeftButton)
    assert page.editor.isVisible()
    page.save_pending()
    assert entries.count() == 0  # clicking "new" writes nothing

    with qtbot.waitSignal(page.editor.saved, timeout=SAVE_TIMEOUT_MS) as saved, \
            qtbot.waitSignal(hub.records_changed, timeout=SAVE_TIMEOUT_MS) as told:
        type_into(qtbot, page.editor.body_edit, "The kettle sang this morning.")
    # Written by the autosave, about a second after typing stopped.
    entry_id = saved.args[0]
    assert told.args == ["entry"]  # the other pages are told
    assert entries.count() == 1
    assert entries.get(entry_id).body == "The kettle sang this morning."
    assert entries.get(entry_id).entry_date == date.today()
    assert page.editor.entry_id == entry_id
    assert [s.id for s in entry_rows(page)] == [entry_id]
    assert page.model.summary_at(page.list_view.currentIndex().row()).id == entry_id

    # Later saves update the same entry.
    type_into(qtbot, page.editor.title_edit, "Kettle")
    qtbot.waitUntil(lambda: entries.get(entry_id).title == "Kettle", timeout=SAVE_TIMEOUT_MS)
    assert entries.count() == 1
    assert entry_rows(page)[0].title == "Kettle"


def test_editing_updates_the_entry_and_its_row_in_place(qtbot, make_page,
                                                        entries: EntryStore, hub: Hub) -> None:
    older = entries.create(EntryDraft(date(2024, 1, 5), "Older", "old text"))
    entry_id = entries.create(EntryDraft(date(2024, 2, 5), "Walk", "A long walk.", 3))
    page = make_page()
    page.open_entry(entry_id)
    assert page.editor.title_edit.text() == "Walk"
    row = QPersistentModelIndex(page.model.index_of(entry_id))
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))

    page.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(hub.records_changed, timeout=SAVE_TIMEOUT_MS):
        type_into(qtbot, page.editor.body_edit, " By the river.")
        qtbot.mouseClick(page.editor.mood_buttons[4], Qt.MouseButton.LeftButton)
    stored = entries.get(entry_id)
    assert stored.body == "A long walk. By the river."
    assert stored.mood == 5
    assert row.isValid() and row.data(SummaryRole).mood == 5
    assert "By the river" in row.data(SummaryRole).preview
    assert resets == []  # the list was not reloaded
    assert entries.get(older).title == "Older"


def test_save_pending_writes_at_once_and_is_safe_any_time(qtbot, make_page, vault: Vault,
                                                         entries: EntryStore) -> None:
    page = make_page()
    page.save_pending()  # nothing open
    page.new_entry()
    page.save_pending()  # nothing typed
    type_into(qtbot, page.editor.title_edit, "Quick")
    assert page.save_pending() is True  # no waiting for the autosave
    assert [e.title for e in entries.page()] == ["Quick"]
    assert page.save_pending() is True  # nothing changed
    type_into(qtbot, page.editor.title_edit, " note")
    vault.close()
    assert page.save_pending() is False  # vault just locked: no crash, nothing lost here
    assert page.editor.title_edit.text() == "Quick note"


def test_ctrl_s_saves(qtbot, make_page, entries: EntryStore) -> None:
    page = make_page()
    page.new_entry()
    type_into(qtbot, page.editor.body_edit, "saved by hand")
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [e.preview for e in entries.page()] == ["saved by hand"]
    assert not page.editor.is_dirty


def test_undo_redo_and_formatting_shortcuts(qtbot, make_page) -> None:
    page = make_page()
    page.new_entry()
    body = page.editor.body_edit
    type_into(qtbot, body, "brave")
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "**brave**"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "brave"
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert body.toPlainText() == "**brave**"
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "***brave***"
    qtbot.keyClick(body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert body.toPlainText() == "## ***brave***"
    page.editor.list_action.trigger()
    assert body.toPlainText() == "- ## ***brave***"
    body.setPlainText("***both***")
    body.selectAll()
    page.editor.italic_action.trigger()
    assert body.toPlainText() == "**both**"
    body.selectAll()
    page.editor.bold_action.trigger()
    assert body.toPlainText() == "both"


def test_reading_view_shows_the_markdown_formatted(qtbot, make_page, entries: EntryStore
                                                   ) -> None:
    entry_id = entries.create(EntryDraft(date(2024, 2, 5), "", "# Safe\n\nI am **here**."))
    page = make_page()
    page.open_entry(entry_id)
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    assert page.editor.body_stack.currentWidget() is page.editor.body_view
    html = page.editor.body_view.toHtml()
    assert "font-weight:700" in html or "font-weight:600" in html
    assert page.editor.body_view.toPlainText().startswith("Safe")
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    assert page.editor.body_stack.currentWidget() is page.editor.body_edit


def picture_bytes(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def images_in(document) -> list[tuple[str, int, int]]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                picture = fmt.toImageFormat()
                found.append((picture.name(), int(picture.width()), int(picture.height())))
            it += 1
        block = block.next()
    return found


def test_reading_view_shows_an_entrys_photos_small(qtbot, make_page, entries: EntryStore
                                                   ) -> None:
    from journal.images import entry_photo

    with_photos = entries.create(EntryDraft(date(2024, 2, 5), "Zee", "Met de kinderen."))
    entries.add_photo(with_photos, entry_photo(picture_bytes(800, 400)))
    entries.add_photo(with_photos, entry_photo(picture_bytes(60, 90)))
    without = entries.create(EntryDraft(date(2024, 2, 6), "Thuis", "Geen foto."))
    page = make_page()
    page.open_entry(with_photos)
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    document = page.editor.body_view.document()
    assert images_in(document) == [("haven-photo:0", 240, 120), ("haven-photo:1", 60, 90)]
    assert page.editor.body_view.toPlainText().startswith("Met de kinderen.")
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    assert images_in(page.editor.body_view.document()) == []  # not kept after reading
    page.open_entry(without)
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    assert images_in(page.editor.body_view.document()) == []


def test_word_count_and_tag_completion(qtbot, make_page, entries: EntryStore) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", tags=["boundaries", "sleep"]))
    page = make_page()
    page.new_entry()
    type_into(qtbot, page.editor.body_edit, "one two  three")
    assert page.editor.word_count_label.text() == "3 words"
    assert sorted(page.editor.tag_names.stringList()) == ["boundaries", "sleep"]
    type_into(qtbot, page.editor.tags_edit, "sleep, bou")
    completer = page.editor.tag_completer
    assert completer.currentCompletion() == "sleep, boundaries, "


def test_the_tag_names_are_read_on_a_worker_as_the_page_is_made(
        qtbot, make_page, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", tags=["walk", "sleep"]))
    on_gui = []
    real_tags = EntryStore.tags

    def tags(store: EntryStore) -> list[tuple[str, int]]:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real_tags(store)

    monkeypatch.setattr(EntryStore, "tags", tags)
    page = make_page()
    qtbot.waitUntil(lambda: page.filter_bar.tag_combo.count() == 3)
    assert on_gui == [False]
    assert sorted(page.editor.tag_names.stringList()) == ["sleep", "walk"]


def test_tag_names_read_before_a_lock_are_not_shown_after_it(
        qtbot, make_page, entries: EntryStore, hub: Hub) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", tags=["walk"]))
    page = make_page(listed=False)
    hub.vault_locked.emit()  # while the names are read
    assert workers.wait_for_all(5_000)
    qtbot.wait(50)  # the result's delivery, had it been sent
    assert page.filter_bar.tag_combo.count() == 1  # only "any tag"
    assert page.editor.tag_names.stringList() == []


@pytest.mark.parametrize("written", [0, 2])
def test_the_months_are_read_on_a_worker_with_no_empty_state_meanwhile(
        qtbot, make_page, entries: EntryStore, months_held: Any, written: int) -> None:
    for day in range(1, written + 1):
        entries.create(EntryDraft(date(2024, 1, day), f"Day {day}", "words"))
    page = make_page(listed=False)
    # The list is empty only because its months are on their way: no "no entries yet".
    assert page.model.counting
    assert page.page_stack.currentWidget() is page.splitter
    assert page.list_stack.currentWidget() is page.list_view
    assert page.count_label.text() == "Loading…"
    months_held.set()
    qtbot.waitUntil(lambda: not page.model.counting)
    assert months_held.on_gui == [False]
    if written:
        assert page.page_stack.currentWidget() is page.splitter
        assert page.count_label.text() == "2 entries"
        assert [s.title for s in entry_rows(page)] == ["Day 2", "Day 1"]
    else:
        assert page.page_stack.currentWidget() is page.empty_state


def test_months_read_before_a_lock_are_not_shown_after_it(
        qtbot, make_page, entries: EntryStore, hub: Hub, months_held: Any) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", "words"))
    page = make_page(listed=False)
    hub.vault_locked.emit()  # while the months are read
    months_held.set()
    assert workers.wait_for_all(5_000)
    qtbot.wait(50)  # the result's delivery, had it been sent
    assert page.model.rowCount() == 0
    assert not page.model.loading


class MonthsUnreadable:
    """The list's months, read on a worker, fail as on a damaged disk (a read failure
    cannot be provoked for real here) while `error` is set: a typed error, or a bug."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.error: Exception | None = VaultUnreadable("damaged")
        real = EntryStore.month_counts

        def month_counts(store: EntryStore, *args: object) -> list[tuple[int, int, int]]:
            on_worker = threading.current_thread() is not threading.main_thread()
            if self.error is not None and on_worker:
                raise self.error
            return real(store, *args)

        monkeypatch.setattr(EntryStore, "month_counts", month_counts)


def assert_told_unreadable(page: JournalPage) -> None:
    assert page.count_label.text() == "Your entries could not be read."
    assert page.list_stack.currentWidget() is page.nothing_label
    assert "does not mean your journal is empty" in page.nothing_label.text()
    assert page.retry_button.isVisible()
    assert page.page_stack.currentWidget() is page.splitter  # not the empty journal
    assert page.model.unreadable and not page.model.counting


@pytest.mark.parametrize("bug", [False, True])
def test_months_that_cannot_be_read_are_not_told_as_an_empty_journal(
        qtbot, make_page, entries: EntryStore, answers: Answers,
        monkeypatch: pytest.MonkeyPatch, bug: bool) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", "words"))
    entries.create(EntryDraft(date(2024, 2, 1), "b", "words"))
    unreadable = MonthsUnreadable(monkeypatch)
    if bug:
        unreadable.error = TypeError("a bug")
        with qtbot.captureExceptions() as bugs:  # it reaches sys.excepthook, as now
            page = make_page()
        assert [type(e[1]) for e in bugs] == [TypeError]
        assert answers.errors == []  # the bug notice tells it, not a second box
    else:
        page = make_page()
        assert [title for title, _text in answers.errors] == [
            "Your journal could not be read"]
    assert_told_unreadable(page)

    # She starts an entry and drops it: still no "no entries yet".
    page.new_entry()
    page.editor.delete_entry()
    assert_told_unreadable(page)

    unreadable.error = None  # the disk is back
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    counted(page)
    assert not page.model.unreadable
    assert page.count_label.text() == "2 entries"
    assert page.list_stack.currentWidget() is page.list_view
    assert not page.retry_button.isVisible()
    assert len(answers.errors) == (0 if bug else 1)  # told once


def test_the_open_entry_is_selected_again_when_a_filter_is_read(
        qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    page.open_entry(sample["river"])
    page.filter_button.setChecked(True)
    bar = page.filter_bar
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("walk"))
    assert page.model.counting
    counted(page)
    current = page.list_view.currentIndex()
    assert current.isValid() and current.data(SummaryRole).id == sample["river"]
    assert page.editor.entry_id == sample["river"]


@pytest.mark.parametrize("before", ["", "sleep, "])
def test_tag_completion_after_an_autosave_mid_tag(qtbot, make_page, entries: EntryStore,
                                                  hub: Hub, before: str) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", tags=["verdriet", "sleep"]))
    page = make_page()
    page.new_entry()
    type_into(qtbot, page.editor.title_edit, "Evening")
    tags = page.editor.tags_edit
    with qtbot.waitSignal(hub.records_changed, timeout=SAVE_TIMEOUT_MS):
        type_into(qtbot, tags, before + "ver")  # she pauses: the partial tag is saved
    assert "ver" in [name for name, _count in entries.tags()]
    # Her own unfinished fragment is not offered back to her, nor a tag she already has.
    offered = page.editor.tag_names.stringList()
    assert "ver" not in offered and "verdriet" in offered
    assert ("sleep" in offered) == (before == "")
    tags.setFocus()
    qtbot.keyClick(tags, Qt.Key.Key_Backspace)
    qtbot.keyClick(tags, Qt.Key.Key_R)  # the list pops up again
    popup = page.editor.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == before + "verdriet, "


def test_mood_row_shows_its_scale_first_and_the_buttons_stay_put(qtbot, make_page) -> None:
    page = make_page()
    page.new_entry()
    editor = page.editor
    assert editor.mood_word_label.text() == "1 = very hard … 5 = good"
    before = [b.geometry() for b in editor.mood_buttons]
    qtbot.mouseClick(editor.mood_buttons[4], Qt.MouseButton.LeftButton)
    assert editor.mood_word_label.text() == "Good"
    qtbot.mouseClick(editor.mood_buttons[1], Qt.MouseButton.LeftButton)
    assert editor.mood_word_label.text() == "Hard"
    assert [b.geometry() for b in editor.mood_buttons] == before


def test_tags_mood_and_sharing_are_saved(qtbot, make_page, entries: EntryStore) -> None:
    page = make_page()
    page.new_entry()
    type_into(qtbot, page.editor.title_edit, "Evening")
    type_into(qtbot, page.editor.tags_edit, "rest, #Friends")
    qtbot.mouseClick(page.editor.mood_buttons[1], Qt.MouseButton.LeftButton)
    page.editor.share_check.setChecked(True)
    page.save_pending()
    stored = entries.get(page.editor.entry_id)
    assert stored.tags == ["Friends", "rest"]
    assert stored.mood == 2
    assert stored.share_with_therapist is True
    qtbot.mouseClick(page.editor.mood_buttons[1], Qt.MouseButton.LeftButton)  # off again
    page.save_pending()
    assert entries.get(page.editor.entry_id).mood is None


# -- delete --------------------------------------------------------------------------

def test_delete_asks_first_and_then_removes(qtbot, make_page, entries: EntryStore,
                                            hub: Hub, answers: Answers) -> None:
    entry_id = entries.create(EntryDraft(date(2024, 2, 5), "To go", "bye"))
    page = make_page()
    page.open_entry(entry_id)

    answers.confirm_answer = False
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(answers.confirms) == 1
    # Honest about the automatic backups, which keep a deleted entry for a while.
    assert "backups made earlier still hold it" in answers.confirms[0][1]
    assert entries.count() == 1
    assert page.editor.title_edit.text() == "To go"

    answers.confirm_answer = True
    with qtbot.waitSignal(page.editor.deleted) as deleted, \
            qtbot.waitSignal(hub.records_changed) as told:
        qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [entry_id]
    assert told.args == ["entry"]  # the other pages are told
    assert entries.count() == 0
    assert entry_rows(page) == []
    assert page.editor.title_edit.text() == ""
    assert page.page_stack.currentWidget() is page.empty_state


def test_a_save_error_is_shown_and_keeps_the_text(qtbot, make_page, entries: EntryStore,
                                                  answers: Answers,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    entry_id = entries.create(EntryDraft(date(2024, 2, 5), "Full", "start"))
    page = make_page()
    page.open_entry(entry_id)

    def full(*_args: Any) -> None:
        raise DiskFull("database or disk is full")

    monkeypatch.setattr(EntryStore, "update", full)
    page.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, page.editor.body_edit, " and more")
    assert page.save_pending() is False
    message = page.editor.autosave.message
    assert not message.isHidden()
    assert "disk is full" in message.text()
    assert page.editor.body_edit.toPlainText() == "start and more"
    assert page.save_pending() is False
    assert answers.errors == []  # said calmly beside the text, never in a box
    # Opening another entry must not throw the unsaved text away.
    other = entries.create(EntryDraft(date(2024, 1, 1), "Other"))
    page.open_entry(other)
    assert page.editor.entry_id == entry_id
    assert page.editor.body_edit.toPlainText() == "start and more"

    monkeypatch.undo()
    assert page.save_pending() is True
    assert entries.get(entry_id).body == "start and more"
    assert message.isHidden()


# -- search and filters --------------------------------------------------------------

@pytest.fixture
def sample(entries: EntryStore) -> dict[str, int]:
    return {
        "river": entries.create(EntryDraft(date(2024, 1, 10), "River", "I walked along "
                                           "the river and felt calm.", 4, ["walk"], None, True)),
        "night": entries.create(EntryDraft(date(2024, 2, 12), "Night", "Could not sleep; "
                                           "the river of thoughts <b>kept</b> going & going.",
                                           2, ["sleep"])),
        "cafe": entries.create(EntryDraft(date(2024, 3, 3), "Café", "Coffee with Sanne.",
                                          4, ["friends", "walk"])),
    }


def test_search_finds_as_you_type_with_highlighted_escaped_snippets(
        qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    type_into(qtbot, page.search_edit, "riv")
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2)
    assert page.list_stack.currentWidget() is page.results_view
    ids = {page.search_model.index(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(2)}
    assert ids == {sample["river"], sample["night"]}
    for r in range(2):
        html = page.search_model.index(r).data(SnippetHtmlRole)
        assert re.search(r'font-weight:600">(?i:river)</span>', html)
        assert "<b>" not in html  # her text is never read as markup
    night_row = next(r for r in range(2) if page.search_model.index(r).data(
        Qt.ItemDataRole.UserRole + 2) == sample["night"])
    assert "&lt;b&gt;kept&lt;/b&gt; going &amp; going" in \
        page.search_model.index(night_row).data(SnippetHtmlRole)

    # Choosing a result opens the entry.
    page.results_view.setCurrentIndex(page.search_model.index(night_row))
    assert page.editor.entry_id == sample["night"]
    assert page.editor.title_edit.text() == "Night"

    # Clearing the box brings back the list.
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.list_view)


def test_results_sort_best_first_or_newest_first_and_the_choice_holds_this_run(
        qtbot, make_page, sample: dict[str, int], settings: Settings) -> None:
    settings.appearance = "dark"  # a settings file to look in
    page = make_page()
    pane = page.list_pane
    assert not pane.order_row.isVisible()  # no results, nothing to sort
    type_into(qtbot, page.search_edit, "riv")
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2)
    assert page.count_label.text() == "2 found"
    assert pane.order_row.isVisible()
    assert pane.order_combo.currentText() == "Best matches first"
    best = [page.search_model.index(r).data(Qt.ItemDataRole.UserRole + 2) for r in range(2)]
    assert best == [sample["river"], sample["night"]]  # the title says it too
    # From the search field, Tab reaches the choice; the keyboard changes it.
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert pane.order_combo.hasFocus()
    qtbot.keyClick(pane.order_combo, Qt.Key.Key_Down)
    assert pane.order_combo.currentText() == "Newest first"
    qtbot.waitUntil(lambda: [page.search_model.index(r).data(Qt.ItemDataRole.UserRole + 2)
                             for r in range(page.search_model.rowCount())]
                    == [sample["night"], sample["river"]])
    # Held while Haven runs (a page built after a lock sorts the same way), never written.
    assert settings.search_order == "newest"
    settings.sync()
    assert "newest" not in Path(settings.file_name).read_text()
    again = make_page()
    assert again.list_pane.order_combo.currentText() == "Newest first"
    search_now(again, "riv")
    qtbot.waitUntil(lambda: again.search_model.rowCount() == 2)
    assert again.search_model.index(0).data(Qt.ItemDataRole.UserRole + 2) == sample["night"]
    again.search_edit.clear()
    type_into(qtbot, again.search_edit, "kept")
    qtbot.waitUntil(lambda: again.search_model.rowCount() == 1)
    assert again.count_label.text() == "1 found"


def test_search_with_no_match_says_so(qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    type_into(qtbot, page.search_edit, 'zebra "NEAR(')
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.nothing_label)
    assert page.search_model.rowCount() == 0


def test_snippet_html_escapes_and_marks() -> None:
    assert snippet_html("a <i>\x02x&y\x03 b\nc", "#fff", "#000") == (
        'a &lt;i&gt;<span style="background-color:#fff; color:#000; font-weight:600">'
        'x&amp;y</span> b c')
    long = "one two three four five six seven eight nine ten \x02hit\x03 end"
    assert snippet_html(long, max_lead=20).startswith("…eight nine ten <span")
    assert snippet_html(long).startswith("one two")


def test_snippets_show_no_markdown_marks() -> None:
    snippet = "moment:\n- **\x02Slaap\x03.** Echte *rust*\n## Wat helpt\n1. thee_zakje"
    html_text = snippet_html(snippet, "#fff", "#000")
    plain = re.sub(r"<[^>]+>", "", html_text)
    assert plain == "moment: Slaap. Echte rust Wat helpt thee_zakje"


def test_filters_narrow_the_list_and_the_results(qtbot, make_page,
                                                 sample: dict[str, int]) -> None:
    page = make_page()
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    bar = page.filter_bar
    assert bar.isVisible()
    assert page.model.total_count == 3

    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("walk"))
    assert {s.id for s in entry_rows(page)} == {sample["river"], sample["cafe"]}
    bar.mood_combo.setCurrentIndex(bar.mood_combo.findData(4))
    bar.shared_combo.setCurrentIndex(bar.shared_combo.findData(True))
    assert [s.id for s in entry_rows(page)] == [sample["river"]]
    bar.clear()
    counted(page)
    assert page.model.total_count == 3

    bar.from_check.setChecked(True)
    bar.from_date.setDate(bar.from_date.date().fromString("2024-02-01", "yyyy-MM-dd"))
    bar.to_check.setChecked(True)
    bar.to_date.setDate(bar.to_date.date().fromString("2024-02-28", "yyyy-MM-dd"))
    assert [s.id for s in entry_rows(page)] == [sample["night"]]

    # The search honours the filters too.
    type_into(qtbot, page.search_edit, "river")
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 1)
    assert page.search_model.index(0).data(Qt.ItemDataRole.UserRole + 2) == sample["night"]
    bar.clear()
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2)

    # A filter that matches nothing says so.
    bar.mood_combo.setCurrentIndex(bar.mood_combo.findData(5))
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.nothing_label)
    assert page.model.entry_filter == EntryFilter(mood=5)


def test_filters_in_use_stay_visible_when_the_panel_is_closed(
        qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    total = page.model.total_count
    page.filter_button.setChecked(True)
    bar = page.filter_bar
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("walk"))
    counted(page)
    shown = page.model.total_count
    assert 0 < shown < total
    assert not page.clear_filters_button.isVisible()  # the panel itself shows them
    page.filter_button.setChecked(False)
    assert page.count_label.text() == f"Filtered: {shown} of {total}"
    assert page.clear_filters_button.isVisible()
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert not bar.is_active()
    counted(page)
    assert page.count_label.text() == f"{total} entries"
    assert not page.clear_filters_button.isVisible()


def test_an_unsaved_new_entry_does_not_say_no_entries_yet(qtbot, make_page) -> None:
    page = make_page()
    qtbot.mouseClick(page.first_entry_button, Qt.MouseButton.LeftButton)
    assert page.list_stack.currentWidget() is page.nothing_label
    assert "No entries yet" not in page.nothing_label.text()
    assert "new entry" in page.nothing_label.text()


def test_choosing_a_row_opens_the_entry(qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    index = page.model.index_of(sample["cafe"])
    rect = page.list_view.visualRect(index)
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert page.editor.entry_id == sample["cafe"]
    assert page.editor.title_edit.text() == "Café"
    # Month headings cannot be chosen.
    heading = page.model.index(0)
    assert heading.data(IsHeaderRole)
    page.list_view.setCurrentIndex(heading)
    assert page.editor.entry_id == sample["cafe"]


# -- prompts -------------------------------------------------------------------------

def test_give_me_a_prompt_sets_the_prompt_id(qtbot, make_page, entries: EntryStore) -> None:
    page = make_page()
    page.new_entry()
    qtbot.mouseClick(page.editor.prompt_button, Qt.MouseButton.LeftButton)
    prompt_id = page.editor.prompt_id
    assert prompt_id is not None
    prompt = prompt_by_id(prompt_id, "en")
    assert prompt is not None
    assert page.editor.prompt_label.text() == prompt.text
    assert page.editor.prompt_frame.isVisible()
    assert entries.count() == 0  # a prompt alone is not an entry yet

    qtbot.mouseClick(page.editor.other_prompt_button, Qt.MouseButton.LeftButton)
    assert page.editor.prompt_id not in (None, prompt_id)
    type_into(qtbot, page.editor.body_edit, "My answer")
    page.save_pending()
    assert entries.get(page.editor.entry_id).prompt_id == page.editor.prompt_id

    # Reopened, the entry shows its prompt again.
    entry_id = page.editor.entry_id
    page.new_entry()
    page.open_entry(entry_id)
    assert page.editor.prompt_label.text() == prompt_by_id(page.editor.prompt_id, "en").text


def test_new_entry_with_a_prompt_from_elsewhere(qtbot, make_page, entries: EntryStore,
                                                settings: Settings, vault) -> None:
    ProfileStore(vault).save(Profile(faith=False))
    page = make_page()
    qtbot.mouseClick(page.first_prompt_button, Qt.MouseButton.LeftButton)
    prompt = prompt_by_id(page.editor.prompt_id, "en")
    assert prompt is not None and not prompt.faith
    page.new_entry("nope-not-a-prompt")
    assert not page.editor.prompt_frame.isVisible()
    some = prompt.id
    page.new_entry(some)
    assert page.editor.prompt_id == some
    type_into(qtbot, page.editor.body_edit, "x")
    page.save_pending()
    assert entries.page()[0].id == page.editor.entry_id
    assert entries.get(page.editor.entry_id).prompt_id == some


def test_prompts_follow_the_language(qtbot, make_page, settings: Settings) -> None:
    settings.language_override = "nl"
    page = make_page()
    page.new_entry()
    page.editor.prompt_action.trigger()
    assert page.editor.prompt_label.text() == prompt_by_id(page.editor.prompt_id, "nl").text


# -- privacy -------------------------------------------------------------------------

def test_nothing_written_appears_outside_the_page(qtbot, vault: Vault, hub: Hub,
                                                  settings: Settings, answers: Answers,
                                                  entries: EntryStore) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Haven")
    page = JournalPage(vault, hub, settings)
    window.setCentralWidget(page)
    window.show()
    page.new_entry()
    secret = "Zanzibarqu"
    type_into(qtbot, page.editor.title_edit, secret)
    type_into(qtbot, page.editor.body_edit, f"{secret} body")
    page.editor.tags_edit.setText(secret)
    page.save_pending()
    type_into(qtbot, page.search_edit, secret)
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 1)
    assert window.windowTitle() == "Haven"
    for widget in [window, *window.findChildren(QWidget)]:
        for text in (widget.toolTip(), widget.statusTip(), widget.whatsThis(),
                     widget.windowTitle()):
            assert secret not in text, widget
    # On lock the page forgets what it showed.
    hub.vault_locked.emit()
    assert page.editor.title_edit.text() == ""
    assert page.model.rowCount() == 0
    assert page.search_model.rowCount() == 0
    assert page.filter_bar.tag_combo.count() == 1  # only "any tag"
    assert page.editor.tag_names.stringList() == []


def test_entries_that_came_in_by_an_import_show_up_on_the_open_page(
        make_app, qtbot, closed_vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from tests.ui.conftest import unlock_with
    from ui.dialogs.import_dialog import ImportDialog

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    store = EntryStore(app.window.vault)
    mine = store.create(EntryDraft(date(2025, 5, 1), "Already here", "mine"))
    workspace = app.window.workspace
    workspace.show_page("journal")
    page = workspace.journal_page
    page.open_entry(mine)
    assert [s.id for s in entry_rows(page)] == [mine]

    def import_jrnl(cls: Any, parent: Any, run: Any) -> bool:
        dialog = cls(run, parent)
        dialog.set_format("jrnl-json")
        dialog.set_source(Path(__file__).parent.parent / "data" / "jrnl" / "export.json")
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
        return dialog.imported

    monkeypatch.setattr(ImportDialog, "open_for", classmethod(import_jrnl))
    app.window.import_journal()
    # The same page, told through the hub: not a rebuilt workspace.
    assert app.window.workspace is workspace and workspace.journal_page is page
    assert len(entry_rows(page)) == 8
    assert page.editor.entry_id == mine  # what she had open stays open
    assert page.page_stack.currentWidget() is page.splitter


def test_one_letter_waits_for_enter(qtbot, make_page, sample: dict[str, int]) -> None:
    page = make_page()
    type_into(qtbot, page.search_edit, "r")
    assert not page.search.timer.isActive()
    assert page.list_stack.currentWidget() is page.list_view
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2)  # river, river of thoughts
    assert page.list_stack.currentWidget() is page.results_view


def test_arrow_keys_move_over_entries_and_skip_month_headings(qtbot, make_page,
                                                              sample: dict[str, int]) -> None:
    page = make_page()
    page.open_entry(sample["cafe"])  # March, the newest
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert page.editor.entry_id == sample["night"]  # February, past its heading
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert page.editor.entry_id == sample["river"]
    qtbot.keyClick(page.list_view, Qt.Key.Key_Up)
    assert page.editor.entry_id == sample["night"]
    assert not page.list_view.currentIndex().data(IsHeaderRole)


# -- search on a worker thread ------------------------------------------------------

class SearchGate:
    """Holds the real search of chosen words on its worker thread until released, and
    records every search that ran (the real query runs; only its timing is chosen)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, held: set[str]) -> None:
        import threading

        from ui.pages.search_panel import SearchResultModel, WorksheetHitModel

        self.held = held
        self.release = threading.Event()
        self.waiting = threading.Event()
        self.searched: list[str] = []
        self.worksheet_searched: list[str] = []
        real_first_page = SearchResultModel.first_page.__func__
        real_find = WorksheetHitModel.find.__func__

        def first_page(cls: Any, vault: Vault, text: str, flt: EntryFilter,
                       order: SearchOrder = SearchOrder.BEST) -> Any:
            if text in self.held:
                self.waiting.set()
                assert self.release.wait(10)
            self.searched.append(text)
            return real_first_page(cls, vault, text, flt, order)

        def find(cls: Any, vault: Vault, text: str) -> Any:
            self.worksheet_searched.append(text)
            return real_find(cls, vault, text)

        monkeypatch.setattr(SearchResultModel, "first_page", classmethod(first_page))
        monkeypatch.setattr(WorksheetHitModel, "find", classmethod(find))


def shown_queries(page: JournalPage) -> list[str]:
    shown: list[str] = []
    page.search_model.modelReset.connect(lambda: shown.append(page.search_model.query))
    return shown


def test_search_runs_off_the_gui_thread_and_says_so_only_when_slow(
        qtbot, make_page, entries: EntryStore, sample: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    gate = SearchGate(monkeypatch, {"river"})
    page = make_page()
    search_now(page, "river")
    assert page.searching
    qtbot.waitUntil(gate.waiting.is_set)
    # The GUI thread goes on meanwhile, and can use the vault: no lock is held.
    assert entries.count() == 3
    qtbot.waitUntil(lambda: page.count_label.text() == "Searching…")
    gate.release.set()
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2)
    assert not page.searching
    assert page.count_label.text() == "2 found"
    # A quick search never shows "Searching…". The threshold is made long here: on a
    # loaded machine the low-priority worker may take more than 300 ms even for this.
    page.search._slow_timer.setInterval(60_000)
    texts: list[str] = []
    monkeypatch.setattr(page.count_label, "setText",
                        lambda text, real=page.count_label.setText: (texts.append(text),
                                                                     real(text)))
    search_now(page, "coffee")
    qtbot.waitUntil(lambda: page.search_model.query == "coffee")
    assert page.search_model.rowCount() == 1
    assert "Searching…" not in texts


def test_the_newest_search_wins(qtbot, make_page, sample: dict[str, int],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    gate = SearchGate(monkeypatch, {"river"})
    page = make_page()
    shown = shown_queries(page)
    search_now(page, "river")
    qtbot.waitUntil(gate.waiting.is_set)
    for text in ("cof", "coff", "coffee"):  # asked for while "river" still runs
        search_now(page, text)
    gate.release.set()
    qtbot.waitUntil(lambda: not page.searching)
    assert page.search_model.query == "coffee"
    assert [page.search_model.hit_at(r).id for r in range(page.search_model.rowCount())] \
        == [sample["cafe"]]
    assert "river" not in shown  # the older results were dropped, never shown
    assert gate.searched == ["river", "coffee"]  # the ones in between never ran
    # Emptying the field while a search runs: its results never show up.
    gate.held, gate.release = {"walked"}, type(gate.release)()
    gate.waiting.clear()
    search_now(page, "walked")
    qtbot.waitUntil(gate.waiting.is_set)
    search_now(page, "")
    assert page.search_model.rowCount() == 0
    gate.release.set()
    qtbot.waitUntil(lambda: not page.searching)
    assert page.search_model.rowCount() == 0
    assert "walked" not in shown


def test_a_search_never_runs_or_shows_after_the_vault_is_locked(
        qtbot, make_page, vault: Vault, hub: Hub, sample: dict[str, int],
        answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = SearchGate(monkeypatch, {"river"})
    page = make_page()
    shown = shown_queries(page)
    search_now(page, "river")
    qtbot.waitUntil(gate.waiting.is_set)
    search_now(page, "coffee")  # waits for "river"
    hub.vault_locked.emit()
    # As the window does: on lock the vault closes (on a worker). The close waits for
    # the search's read to reach its next step, where it stops.
    import threading

    closer = threading.Thread(target=vault.close)
    closer.start()
    qtbot.waitUntil(lambda: vault.closing)
    gate.release.set()
    closer.join(10)
    assert not vault.is_open
    qtbot.waitUntil(lambda: not page.searching)
    assert gate.searched == ["river"]  # it reached the closed vault and stopped there
    assert [text for text in gate.worksheet_searched if text] == []
    assert "coffee" not in gate.searched
    assert page.search_model.rowCount() == 0
    assert [q for q in shown if q] == []
    assert answers.errors == []  # nothing to tell her: she locked it herself
    page.search.run()  # e.g. a timer that fires late
    assert not page.searching


def test_more_results_are_read_off_the_gui_thread_and_dropped_once_replaced(
        qtbot, make_page, vault: Vault, entries: EntryStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import ui.pages.search_panel

    with vault.transaction():
        for day in range(1, 121):
            entries.create(EntryDraft(date(2024, 1, 1) + timedelta(days=day), f"Walk {day}",
                                      "A walk along the water."))
    release, waiting = threading.Event(), threading.Event()
    real_search = ui.pages.search_panel.search

    def gated(*args: Any, **kw: Any) -> Any:
        if kw.get("offset"):  # only the next pages, not the first one
            waiting.set()
            assert release.wait(10)
        return real_search(*args, **kw)

    monkeypatch.setattr(ui.pages.search_panel, "search", gated)
    page = make_page()
    model = page.search_model
    search_now(page, "water")
    qtbot.waitUntil(lambda: model.rowCount() == model.PAGE_SIZE)
    assert page.count_label.text() == f"More than {model.PAGE_SIZE} found"
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(waiting.is_set)  # on the worker; the window goes on meanwhile
    assert not model.canFetchMore(QModelIndex())  # asked once, not again
    release.set()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * model.PAGE_SIZE)
    # A page that arrives after the results were replaced is dropped.
    release.clear()
    waiting.clear()
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(waiting.is_set)
    search_now(page, "walk 7")
    qtbot.waitUntil(lambda: model.query == "walk 7")
    shown = model.rowCount()
    release.set()
    qtbot.waitUntil(lambda: not workers.busy())
    assert model.rowCount() == shown
    assert all("7" in model.hit_at(r).title for r in range(shown))


def test_month_headings_are_lower_than_entries_after_every_change(
        qtbot, make_page, sample: dict[str, int], hub: Hub) -> None:
    page = make_page()
    header = page.list_view.verticalHeader()

    def heights() -> tuple[set[int], set[int]]:
        headings = set(page.model.header_rows())
        rows = range(page.model.rowCount())
        return ({header.sectionSize(r) for r in rows if r in headings},
                {header.sectionSize(r) for r in rows if r not in headings})

    def check(months: int) -> None:
        counted(page)
        heading, entry = heights()
        assert len(page.model.header_rows()) == months
        assert len(heading) == 1 and len(entry) == 1
        assert heading.pop() < entry.pop()
        # Each row is placed after the rows above it, at their heights.
        view = page.list_view
        for row in range(1, page.model.rowCount()):
            assert (view.rowViewportPosition(row) - view.rowViewportPosition(row - 1)
                    == header.sectionSize(row - 1))

    check(3)
    page.new_entry()  # today: a month of its own, inserted above the others
    with qtbot.waitSignal(hub.records_changed, timeout=SAVE_TIMEOUT_MS):
        type_into(qtbot, page.editor.body_edit, "A new month.")
    check(4)
    page.model.reload()
    check(4)
