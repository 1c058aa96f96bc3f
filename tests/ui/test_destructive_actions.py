"""What removes or changes her records for good, driven through the pages: deleting a
boundary, a need, a safe place's photo or an STI test; changing a boundary's status from
its card; adding her own trigger. Each asks first where it cannot be undone, removes
exactly what she chose and nothing else, and says one clear thing when it fails."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, BoundaryStatus, CrossingDraft, Followed
from journal.checkins import CheckinStore
from journal.form_drafts import FormDrafts
from journal.models import Photo
from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.safety import PartnerTested, SafetyStore, StiTest
from tests.core.images import png
from tests.ui.conftest import show_active

CLICK = Qt.MouseButton.LeftButton
DAY = date(2026, 3, 10)


def rows(vault, table: str, column: str, value: int) -> int:
    return vault.row(f"SELECT count(*) FROM {table} WHERE {column} = ?", (value,))[0]


# -- a boundary ---------------------------------------------------------------------------


@pytest.fixture
def boundaries(qtbot, page_env):
    from ui.pages.boundaries_page import BoundariesPage

    page = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    return show_active(qtbot, page, 1100, 800)


def test_deleting_a_boundary_removes_it_with_its_log_and_nothing_else(boundaries, qtbot,
                                                                      page_env, message_log):
    vault = page_env.vault
    store = BoundaryStore(vault)
    other = store.create(BoundaryDraft("I keep my evenings", consequence="I go out"))
    store.log_crossing(other, CrossingDraft(DAY, "He came in", Followed.YES))
    chosen = store.create(BoundaryDraft("I sleep in the guest room", consequence="I leave"))
    store.log_crossing(chosen, CrossingDraft(DAY, "It happened", Followed.PARTLY))
    store.revise(chosen, BoundaryDraft("I sleep upstairs", consequence="I leave"))
    store.set_status(chosen, BoundaryStatus.HOLDING)
    FormDrafts(vault).save(f"crossing:{chosen}", {"what": "half written"})
    boundaries.open_boundary(chosen)

    message_log.answer = False  # "Keep"
    qtbot.mouseClick(boundaries.card.delete_button, CLICK)
    assert message_log.confirm_options[-1]["destructive"]
    assert store.get(chosen).action == "I sleep upstairs"
    assert boundaries.stack.currentIndex() == boundaries.CARD

    message_log.answer = True
    qtbot.mouseClick(boundaries.card.delete_button, CLICK)
    assert [s.id for s in store.summaries()] == [other]
    for table in ("boundary_crossings", "boundary_versions", "boundary_status_changes"):
        assert rows(vault, table, "boundary_id", chosen) == 0, table
    assert FormDrafts(vault).load(f"crossing:{chosen}") is None
    assert [c.what_happened for c in store.crossings(other)] == ["He came in"]
    assert boundaries.stack.currentIndex() == boundaries.LIST
    assert message_log.kinds() == ["confirm", "confirm"]


def test_a_boundary_deleted_meanwhile_is_simply_gone(boundaries, qtbot, page_env,
                                                     message_log):
    store = BoundaryStore(page_env.vault)
    chosen = store.create(BoundaryDraft("I rest"))
    boundaries.open_boundary(chosen)
    store.delete(chosen)  # elsewhere (an import that replaced it, another window)
    qtbot.mouseClick(boundaries.card.delete_button, CLICK)
    assert message_log.kinds() == ["confirm"]
    assert boundaries.stack.currentIndex() == boundaries.LIST


def test_changing_a_boundary_status_on_its_card_is_kept_with_its_day(boundaries, qtbot,
                                                                     page_env, message_log):
    store = BoundaryStore(page_env.vault)
    chosen = store.create(BoundaryDraft("I rest"))
    other = store.create(BoundaryDraft("I walk"))
    boundaries.open_boundary(chosen)
    combo = boundaries.card.status_combo
    combo.setFocus()
    # Chosen with the keyboard, as she would: the status is saved on "activated".
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert [h.status for h in store.get(chosen).history] == ["considering", "decided"]
    assert store.get(chosen).history[-1].changed_on == date.today()
    assert [h.status for h in store.get(other).history] == ["considering"]
    assert "Decided" in boundaries.card.history_label.text()
    assert message_log.calls == []


def test_a_status_that_cannot_be_saved_says_so(boundaries, qtbot, page_env, message_log):
    store = BoundaryStore(page_env.vault)
    chosen = store.create(BoundaryDraft("I rest"))
    boundaries.open_boundary(chosen)
    store.delete(chosen)
    combo = boundaries.card.status_combo
    combo.setCurrentIndex(combo.findData("holding"))
    combo.activated.emit(combo.currentIndex())
    assert message_log.calls == [
        ("error", "The status was not changed", "This item no longer exists.")]


# -- a need -------------------------------------------------------------------------------


def test_deleting_a_need_removes_its_notes_and_boundaries_keep_her_words(qtbot, page_env,
                                                                         message_log):
    from ui.pages.needs_page import NeedsPage

    vault = page_env.vault
    needs = NeedStore(vault)
    kept = needs.create(NeedDraft("Sleep", NeedArea.REST))
    chosen = needs.create(NeedDraft("Knowing the truth", NeedArea.INFORMATION))
    needs.add_note(chosen, "I asked again", DAY)
    needs.add_note(kept, "Slept well", DAY)
    boundary = BoundaryStore(vault).create(
        BoundaryDraft("I ask for the whole story", need_text="Knowing the truth",
                      need_id=chosen))
    page = show_active(qtbot, NeedsPage(vault, page_env.hub, page_env.settings), 1100, 800)
    assert page.open_need(chosen)

    message_log.answer = False
    qtbot.mouseClick(page.delete_button, CLICK)
    assert message_log.confirm_options[-1]["destructive"]
    assert sorted(n.id for n in needs.all()) == [kept, chosen]

    message_log.answer = True
    qtbot.mouseClick(page.delete_button, CLICK)
    assert [n.id for n in needs.all()] == [kept]
    assert rows(vault, "need_notes", "need_id", chosen) == 0
    assert rows(vault, "need_status_changes", "need_id", chosen) == 0
    assert rows(vault, "need_notes", "need_id", kept) == 1
    protected = BoundaryStore(vault).get(boundary)
    assert protected.need_id is None and protected.need_text == "Knowing the truth"
    assert message_log.kinds() == ["confirm", "confirm"]


# -- a safe place's photo -----------------------------------------------------------------


def test_removing_a_safe_places_photo_asks_and_keeps_the_place(qtbot, page_env, message_log):
    from ui.pages.safe_places_page import SafePlacesPage

    store = SafePlaceStore(page_env.vault)
    photo = Photo(png(4, 3), "image/png", 4, 3)
    chosen = store.create(SafePlaceDraft("spot", "The green chair", "Where I read"), photo)
    other = store.create(SafePlaceDraft("memory", "The beach"), photo)
    page = show_active(qtbot, SafePlacesPage(page_env.vault, page_env.hub,
                                             page_env.settings), 1100, 800)
    page.open_place(chosen)
    editor = page.editor
    assert editor.remove_photo_button.isEnabled()

    message_log.answer = False
    qtbot.mouseClick(editor.remove_photo_button, CLICK)
    assert message_log.confirm_options[-1]["destructive"]
    assert store.photo(chosen) == photo

    message_log.answer = True
    qtbot.mouseClick(editor.remove_photo_button, CLICK)
    assert store.photo(chosen) is None
    assert store.get(chosen).title == "The green chair"
    assert store.get(chosen).description == "Where I read"
    assert store.photo(other) == photo
    assert not editor.remove_photo_button.isEnabled()
    assert editor.photo_label.text() == "No photo"
    assert message_log.kinds() == ["confirm", "confirm"]


def test_a_photo_that_cannot_be_removed_says_so_and_stays(qtbot, page_env, message_log):
    from ui.pages.safe_places_page import SafePlacesPage

    store = SafePlaceStore(page_env.vault)
    photo = Photo(png(4, 3), "image/png", 4, 3)
    chosen = store.create(SafePlaceDraft("spot", "The green chair"), photo)
    page = show_active(qtbot, SafePlacesPage(page_env.vault, page_env.hub,
                                             page_env.settings), 1100, 800)
    page.open_place(chosen)
    store.delete(chosen)  # gone meanwhile
    qtbot.mouseClick(page.editor.remove_photo_button, CLICK)
    assert message_log.calls[-1] == (
        "error", "The photo was not removed", "This safe place no longer exists.")
    assert page.editor.remove_photo_button.isEnabled()  # nothing pretended


# -- an STI test --------------------------------------------------------------------------


def test_deleting_an_sti_test_asks_and_removes_only_that_one(qtbot, page_env, message_log):
    from ui.pages.safety_page import SafetyPage

    store = SafetyStore(page_env.vault)
    store.add_test(StiTest(date(2026, 1, 5), "GP", PartnerTested.NO))
    store.add_test(StiTest(date(2026, 2, 9), "Clinic", PartnerTested.YES))
    page = show_active(qtbot, SafetyPage(page_env.vault, page_env.hub, page_env.settings),
                       1100, 800)
    page.delete_test()  # nothing chosen: nothing happens
    assert message_log.calls == [] and len(store.tests()) == 2
    row = next(i for i in range(page.test_list.count())
               if "Clinic" in page.test_list.item(i).text())
    page.test_list.setCurrentRow(row)

    message_log.answer = False  # "Keep"
    qtbot.mouseClick(page.delete_test_button, CLICK)
    assert message_log.confirm_options[-1] == {"destructive": True, "yes_text": "Delete",
                                               "no_text": "Keep"}
    assert len(store.tests()) == 2

    message_log.answer = True
    qtbot.mouseClick(page.delete_test_button, CLICK)
    assert [(t.taken_on, t.tested_by) for t in store.tests()] == [(date(2026, 1, 5), "GP")]
    assert page.test_list.count() == 1 and "GP" in page.test_list.item(0).text()


# -- her own trigger ----------------------------------------------------------------------


def test_adding_her_own_trigger_puts_it_on_the_list_and_counts_it_today(qtbot, page_env,
                                                                        message_log):
    from ui.pages.checkin_page import CheckinPage

    store = CheckinStore(page_env.vault)
    store.add_trigger("Our song on the radio")
    page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                          today=lambda: DAY), 1200, 900)
    form = page.form
    qtbot.keyClicks(form.trigger_edit, "   ")
    qtbot.keyClick(form.trigger_edit, Qt.Key.Key_Return)
    assert [t.name for t in store.triggers()] == ["Our song on the radio"]  # blank: nothing

    qtbot.keyClicks(form.trigger_edit, "His phone lighting up")
    qtbot.keyClick(form.trigger_edit, Qt.Key.Key_Return)
    names = {t.name: t.id for t in store.triggers()}
    assert list(names) == ["Our song on the radio", "His phone lighting up"]
    new = names["His phone lighting up"]
    assert form.trigger_boxes[new].value() == 1  # met today, as she just said
    assert form.trigger_boxes[names["Our song on the radio"]].value() == 0
    assert form.trigger_edit.text() == ""

    # The same name again (any case) is the same trigger, not a second one.
    qtbot.keyClicks(form.trigger_edit, "his phone lighting up")
    qtbot.keyClick(form.trigger_edit, Qt.Key.Key_Return)
    assert len(store.triggers()) == 2 and form.trigger_boxes[new].value() == 1
    assert message_log.calls == []


def test_choosing_a_safe_place_photo_leaves_no_folder_in_qts_history(qtbot, page_env, tmp_path,
                                                                     message_log):
    """Qt's file dialog remembers the last folder in QtProject.conf (here in the test's
    settings folder); the photo picker goes through ui.file_dialogs, which puts it back."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.conftest import when_modal
    from ui.pages.safe_places_page import SafePlacesPage

    folder = tmp_path / "photos-of-the-hidden-place"
    folder.mkdir()
    photo = folder / "chair.png"
    photo.write_bytes(png(4, 3))
    page = show_active(qtbot, SafePlacesPage(page_env.vault, page_env.hub,
                                             page_env.settings), 1100, 800)
    page.new_place()
    chosen: list[str] = []

    def pick(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(photo))
        chosen.append(str(photo))
        dialog.accept()

    when_modal(QFileDialog, pick)
    page.editor.import_photo = lambda path: chosen.append(f"imported {path}")
    page.editor._on_choose_photo()
    assert chosen == [str(photo), f"imported {photo}"]
    written = "\n".join(p.read_text(errors="replace")
                        for p in (tmp_path / "settings").rglob("*") if p.is_file())
    assert folder.name not in written
