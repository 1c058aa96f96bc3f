"""The summary dialog: period, sections, ticking entries, preview, saving."""

from __future__ import annotations

import os
import sys
import threading
from datetime import date, timedelta

import pikepdf
import pytest
from PySide6.QtCore import Qt

from journal.entries import EntryStore
from journal.models import EntryDraft
from ui.dialogs import report_dialog
from ui.dialogs.report_dialog import DATES, WEEK, ReportDialog

DAY = date(2026, 3, 10)


def make(page_env, qtbot, *, ready: bool = True) -> tuple[ReportDialog, int, int]:
    """The dialog, with its summary made (on a worker thread) unless not `ready`."""
    store = EntryStore(page_env.vault)
    shared = store.create(EntryDraft(DAY - timedelta(days=1), "Shared one", "SHARED-UI",
                                     share_with_therapist=True))
    private = store.create(EntryDraft(DAY - timedelta(days=10), "Mine", "PRIVATE-UI"))
    dialog = ReportDialog(page_env.vault, page_env.settings, today=DAY)
    qtbot.addWidget(dialog)
    if ready:
        current(qtbot, dialog)
    return dialog, shared, private


def current(qtbot, dialog):
    """The summary for the options chosen now, once the worker thread has made it (and
    has read the period's entries for the list)."""
    qtbot.waitUntil(lambda: dialog.report_ready and dialog.entries_ready, timeout=20_000)
    return dialog.report


def saved(qtbot, dialog, path) -> bool:
    """Save the PDF (made and written on a worker thread) and wait until it is done."""
    if not dialog.save_pdf(str(path)):
        return False
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
    return dialog.saved_path == path


def ticked(dialog) -> dict[str, bool]:
    m = dialog.entry_model
    return {m.item(r).text(): m.item(r).checkState() == Qt.CheckState.Checked
            for r in range(m.rowCount())}


def test_shared_entries_are_ticked_and_can_be_changed(page_env, qtbot):
    dialog, shared, private = make(page_env, qtbot)
    assert ticked(dialog) == {"28 February 2026 · Mine": False,
                              "9 March 2026 · Shared one": True}
    assert dialog.report.entry_ids() == [shared]
    dialog.entry_model.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.report.entry_ids() == [private, shared])
    dialog.period.setCurrentIndex(WEEK)
    assert current(qtbot, dialog).entry_ids() == [shared]
    assert list(ticked(dialog)) == ["9 March 2026 · Shared one"]


def test_other_dates_and_sections(page_env, qtbot):
    dialog, _shared, _private = make(page_env, qtbot)
    dialog.period.setCurrentIndex(DATES)
    dialog.date_from.setDate(dialog.date_from.date().addDays(-60))
    dialog.section_checks["entries"].setChecked(False)
    qtbot.waitUntil(lambda: [s.key for s in dialog.report.sections][-1] == "agenda")
    assert dialog.span()[0] == DAY - timedelta(days=89)


def test_pdf_without_password_warns_and_can_be_cancelled(page_env, qtbot, tmp_path,
                                                          message_log):
    dialog, _s, _p = make(page_env, qtbot)
    out = tmp_path / "s.pdf"
    message_log.answer = False
    assert not dialog.save_pdf(str(out))
    assert not out.exists()
    assert "anyone who finds the file can read it" in message_log.texts()[-1]
    message_log.answer = True
    assert saved(qtbot, dialog, out)
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 1


def test_add_a_password_brings_the_fields_into_view(page_env, qtbot, tmp_path,
                                                    message_log):
    dialog, _s, _p = make(page_env, qtbot)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    viewport = dialog.controls_scroll.viewport()

    def in_view(widget) -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert not in_view(dialog.password)  # below the fold at first
    message_log.answer = False  # "Add a password"
    assert not dialog.save_pdf(str(tmp_path / "s.pdf"))
    assert message_log.confirm_options[-1]["destructive"]  # the safe answer is the default
    assert message_log.confirm_options[-1]["no_text"] == "Add a password"
    assert in_view(dialog.password) and in_view(dialog.password_again)
    qtbot.waitUntil(dialog.password.hasFocus)


def test_pdf_with_password_does_not_warn(page_env, qtbot, tmp_path, message_log):
    dialog, _s, _p = make(page_env, qtbot)
    dialog.password.setText("appelboom")
    dialog.password_again.setText("appelboom")
    out = tmp_path / "s.pdf"
    assert saved(qtbot, dialog, out)
    assert message_log.calls == []
    with pikepdf.open(out, password="appelboom") as pdf:
        assert pdf.encryption.R == 6
    dialog.password_again.setText("other")
    assert not dialog.save_pdf(str(tmp_path / "t.pdf"))
    assert message_log.calls == [("error", "Save as PDF", "The two passwords are not the same.")]
    assert not (tmp_path / "t.pdf").exists()


def test_a_pdf_password_is_held_to_the_passphrase_minimum_with_its_strength_bar(
        page_env, qtbot, tmp_path, message_log):
    dialog, _s, _p = make(page_env, qtbot)
    for short in ("x", "secret1"):
        dialog.password.setText(short)
        dialog.password_again.setText(short)
        assert dialog.password_strength.words.text() == "At least 8 characters."
        assert not dialog.save_pdf(str(tmp_path / "s.pdf"))
        assert message_log.calls[-1] == (
            "error", "Save as PDF",
            "A password for the PDF needs at least 8 characters, as your passphrase does.")
    assert not (tmp_path / "s.pdf").exists()
    dialog.password.setText("password")
    assert dialog.password_strength.words.text() == "Weak: this would be easy to guess."
    dialog.password.setText("fern lamp river quiet stone")
    assert dialog.password_strength.bar.value() == 4
    dialog.password.setText("")
    assert dialog.password_strength.words.text() == ""  # optional: no scolding when empty


def test_markdown_warns_and_has_only_ticked_entries(page_env, qtbot, tmp_path, message_log):
    dialog, _s, _p = make(page_env, qtbot)
    out = tmp_path / "s.md"
    assert dialog.save_markdown(str(out))
    assert "cannot have a password" in message_log.texts()[-1]
    data = out.read_bytes()
    assert b"SHARED-UI" in data and b"PRIVATE-UI" not in data


@pytest.mark.parametrize(("target", "reason"), [
    ("missing/s.md", "No such file or directory"),  # a folder that is not there
    ("s.md", "Is a directory"),  # a folder in the file's place: written, then not renamed
])
def test_unwritable_place_says_so_and_writes_nothing(page_env, qtbot, tmp_path, message_log,
                                                     target, reason):
    dialog, _s, _p = make(page_env, qtbot)
    out = tmp_path / "out"
    (out / "s.md").mkdir(parents=True)
    assert not dialog.save_markdown(str(out / target))
    assert message_log.kinds() == ["confirm", "error"]
    _kind, title, text = message_log.calls[1]
    assert title == "Saving did not work"
    assert text == f"Haven could not read or write its files ({reason})."
    assert [p.relative_to(out).as_posix() for p in out.rglob("*")] == ["s.md"]  # no temp


def test_since_the_last_session(page_env, qtbot):
    from journal.agenda import AgendaStore
    from ui.dialogs.report_dialog import SESSION

    dialog, shared, _private = make(page_env, qtbot)
    item = dialog.period.model().item(SESSION)
    assert not item.isEnabled() and "mark topics as discussed" in item.toolTip()
    assert not dialog.period_hint.isHidden()
    agenda = AgendaStore(page_env.vault)
    agenda.mark_discussed(agenda.add("Sleep"), DAY - timedelta(days=3))
    dialog = ReportDialog(page_env.vault, page_env.settings, today=DAY)
    qtbot.addWidget(dialog)
    current(qtbot, dialog)
    item = dialog.period.model().item(SESSION)
    assert item.isEnabled() and "7 March 2026" in item.toolTip()
    assert dialog.period_hint.isHidden()
    dialog.period.setCurrentIndex(SESSION)
    assert dialog.span() == (DAY - timedelta(days=3), DAY)
    assert current(qtbot, dialog).entry_ids() == [shared]
    assert list(ticked(dialog)) == ["9 March 2026 · Shared one"]


def test_support_and_agenda_sections_and_roles(page_env, qtbot, tmp_path, message_log):
    from journal.support import SupportDraft, SupportKind, SupportStore

    SupportStore(page_env.vault).create(SupportDraft("Geertruida", SupportKind.TRUSTED))
    EntryStore(page_env.vault).create(EntryDraft(DAY, "Walk", "With Geertruida.",
                                                 share_with_therapist=True))
    dialog, _s, _p = make(page_env, qtbot)
    assert {"support", "agenda"} <= set(dialog.section_checks)
    assert "support" in [s.key for s in dialog.report.sections]
    dialog.roles_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.report.options.names_as_roles)
    out = tmp_path / "s.md"
    message_log.answer = True
    assert dialog.save_markdown(str(out))
    data = out.read_bytes()
    assert b"Geertruida" not in data and b"With Trusted person 1." in data
    dialog.section_checks["agenda"].setChecked(False)
    qtbot.waitUntil(lambda: "agenda" not in [s.key for s in dialog.report.sections])


def preview_text(dialog) -> str:
    doc = dialog.preview_document
    return "\n".join(doc.getAllText(p).text() for p in range(doc.pageCount()))


def test_the_preview_is_made_in_the_background_and_appears(page_env, qtbot):
    from PySide6.QtPdf import QPdfDocument

    dialog, _s, _p = make(page_env, qtbot, ready=False)
    assert dialog.preparing and not dialog.preparing_label.isVisibleTo(dialog)
    assert dialog.preview_stack.currentWidget() is dialog.preview_status
    assert dialog.preview_status.text() == "Preparing the preview…"
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert dialog.preview_stack.currentWidget() is dialog.preview
    assert not dialog.preparing_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.preview_document.status() == QPdfDocument.Status.Ready)
    assert dialog.preview_document.pageCount() >= 1
    text = preview_text(dialog)
    assert "Summary for my therapist" in text and "SHARED-UI" in text
    assert "PRIVATE-UI" not in text
    dialog.moods_check.setChecked(False)
    dialog.refresh()  # a newer preview is coming: the earlier one stays, with a line
    assert dialog.preview_stack.currentWidget() is dialog.preview
    assert dialog.preparing_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert not dialog.preparing_label.isVisibleTo(dialog)


def test_changing_options_during_a_build_shows_the_latest(page_env, qtbot):
    from PySide6.QtPdf import QPdfDocument

    dialog, _s, _p = make(page_env, qtbot, ready=False)
    assert dialog.preparing  # the first preview is being made
    dialog.name_edit.setText("First Try")
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.entries_ready)  # the list is read on a worker too
    dialog.entry_model.item(0).setCheckState(Qt.CheckState.Checked)  # the private one
    dialog.name_edit.setText("Latest Name")
    dialog.refresh()
    assert dialog.preparing
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.preview_document.status() == QPdfDocument.Status.Ready)
    text = preview_text(dialog)
    assert "Latest Name" in text and "First Try" not in text
    assert "PRIVATE-UI" in text and "SHARED-UI" in text


# -- saving the PDF on a worker thread ---------------------------------------------------

def test_saving_a_pdf_runs_in_the_background_with_the_button_disabled(page_env, qtbot,
                                                                      tmp_path, message_log):
    dialog, _s, _p = make(page_env, qtbot)
    dialog.password.setText("appelboom")
    dialog.password_again.setText("appelboom")
    out = tmp_path / "s.pdf"
    assert dialog.save_pdf(str(out))  # returns at once; the PDF is made meanwhile
    assert dialog.saving
    assert not dialog.pdf_button.isEnabled()
    assert dialog.save_status.text() == "Saving the PDF…"
    assert not dialog.save_pdf(str(tmp_path / "twice.pdf"))  # not a second one meanwhile
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
    assert dialog.pdf_button.isEnabled()
    assert dialog.save_status.text() == "The PDF is saved as s.pdf."
    assert dialog.saved_path == out and message_log.calls == []
    with pikepdf.open(out, password="appelboom") as pdf:
        assert len(pdf.pages) >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.pdf", "vault"]


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="a thread's own priority is set on Linux only")
def test_the_pdf_she_waits_for_is_made_at_the_gui_threads_priority(page_env, qtbot,
                                                                   tmp_path, monkeypatch):
    dialog, _s, _p = make(page_env, qtbot)
    dialog.password.setText("appelboom")
    dialog.password_again.setText("appelboom")
    made_at: list[int] = []
    real = report_dialog.pdf_bytes

    def pdf_bytes(*args, **kwargs) -> bytes:
        made_at.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return real(*args, **kwargs)

    monkeypatch.setattr(report_dialog, "pdf_bytes", pdf_bytes)
    assert saved(qtbot, dialog, tmp_path / "s.pdf")
    assert made_at == [os.getpriority(os.PRIO_PROCESS, threading.get_native_id())]


def test_a_pdf_in_an_unwritable_place_says_so_and_writes_nothing(page_env, qtbot, tmp_path,
                                                                 message_log):
    dialog, _s, _p = make(page_env, qtbot)
    message_log.answer = True  # save without a password
    assert not saved(qtbot, dialog, tmp_path / "missing" / "s.pdf")
    assert message_log.kinds() == ["confirm", "error"]
    assert "cannot be saved in this place" in message_log.texts()[-1]
    assert dialog.pdf_button.isEnabled() and dialog.save_status.text() == ""
    assert not (tmp_path / "missing").exists()


def test_a_full_disk_keeps_the_earlier_pdf_and_leaves_no_half_file(page_env, qtbot, tmp_path,
                                                                   message_log, monkeypatch):
    import os

    dialog, _s, _p = make(page_env, qtbot)
    message_log.answer = True
    out = tmp_path / "pdfs" / "s.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the earlier summary")

    def no_room(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    assert not saved(qtbot, dialog, out)
    assert message_log.kinds() == ["confirm", "error"]
    assert "not enough room" in message_log.texts()[-1]
    assert out.read_bytes() == b"the earlier summary"
    assert [p.name for p in out.parent.iterdir()] == ["s.pdf"]  # no temporary file left


def test_a_bug_while_saving_a_pdf_reaches_qt_and_the_dialog_can_save_again(
        page_env, qtbot, tmp_path, message_log, monkeypatch):
    import ui.dialogs.report_dialog as module

    dialog, _s, _p = make(page_env, qtbot)
    message_log.answer = True

    def broken(*_args, **_kwargs):
        raise AttributeError("a bug")

    original = module.write_file
    monkeypatch.setattr(module, "write_file", broken)
    with qtbot.capture_exceptions() as raised:
        assert not saved(qtbot, dialog, tmp_path / "s.pdf")
    assert [type(exc) for _kind, exc, _tb in raised] == [AttributeError]
    assert message_log.kinds() == ["confirm"]  # not told as "Something went wrong"
    assert dialog.pdf_button.isEnabled() and dialog.save_status.text() == ""

    monkeypatch.setattr(module, "write_file", original)
    assert saved(qtbot, dialog, tmp_path / "s.pdf")


# -- the summary is made on a worker thread: saving, printing and locking meanwhile --------

def pdf_file_text(path) -> str:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    text = "\n".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    doc.close()
    return text


def test_the_summary_is_made_off_the_gui_thread_and_the_newest_wins(page_env, qtbot):
    dialog, _s, _p = make(page_env, qtbot, ready=False)
    assert dialog.report is None and not dialog.report_ready  # nothing read here yet
    dialog.name_edit.setText("First Try")
    dialog.refresh()
    dialog.name_edit.setText("Latest Name")
    dialog.refresh()
    report = current(qtbot, dialog)
    assert report.cover.name == "Latest Name"
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert dialog.report is report  # an older one arriving later does not replace it
    assert "Latest Name" in preview_text(dialog) and "First Try" not in preview_text(dialog)


def test_a_pdf_saved_while_the_summary_is_made_has_her_latest_choice(page_env, qtbot,
                                                                     tmp_path, message_log):
    dialog, _s, _p = make(page_env, qtbot, ready=False)
    qtbot.waitUntil(lambda: dialog.entries_ready)  # the list is read on a worker too
    dialog.entry_model.item(0).setCheckState(Qt.CheckState.Checked)  # the private one
    dialog.name_edit.setText("Just Typed")  # the preview timer is still running
    message_log.answer = True  # without a password
    out = tmp_path / "s.pdf"
    assert dialog.save_pdf(str(out))
    assert dialog.saving and dialog.save_status.text() == "Saving the PDF…"
    assert not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.save_pdf(str(tmp_path / "twice.pdf"))  # one at a time
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
    assert dialog.saved_path == out and dialog.save_status.text() == "The PDF is saved as s.pdf."
    assert dialog.pdf_button.isEnabled() and dialog.print_button.isEnabled()
    text = pdf_file_text(out)
    assert "Just Typed" in text and "PRIVATE-UI" in text and "SHARED-UI" in text
    assert not (tmp_path / "twice.pdf").exists()


def test_markdown_saved_while_the_summary_is_made_waits_for_it(page_env, qtbot, tmp_path,
                                                               message_log):
    dialog, _s, _p = make(page_env, qtbot, ready=False)
    qtbot.waitUntil(lambda: dialog.entries_ready)  # the list is read on a worker too
    dialog.entry_model.item(0).setCheckState(Qt.CheckState.Checked)  # the private one
    out = tmp_path / "s.md"
    assert dialog.save_markdown(str(out))  # started: written once the summary is made
    if dialog.waiting:  # (the worker may be quicker than this line)
        assert dialog.save_status.text() == "Preparing the summary…"
        assert not dialog.markdown_button.isEnabled()
        assert not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    assert not dialog.waiting and dialog.save_status.text() == ""
    assert dialog.markdown_button.isEnabled() and dialog.pdf_button.isEnabled()
    data = out.read_bytes()
    assert b"PRIVATE-UI" in data and b"SHARED-UI" in data


def test_print_waits_for_the_summary_then_asks_for_the_printer(page_env, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog

    dialog, _s, _p = make(page_env, qtbot, ready=False)
    dialog.name_edit.setText("Just Typed")
    asked = []

    def cancel_print_dialog() -> None:
        for box in dialog.findChildren(QPrintDialog):
            if box.isVisible():
                asked.append(dialog.report.cover.name)
                box.reject()

    closer = QTimer(dialog)
    closer.timeout.connect(cancel_print_dialog)
    closer.start(20)
    dialog.print_button.click()
    assert dialog.waiting and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: asked == ["Just Typed"], timeout=20_000)
    closer.stop()
    assert not dialog.waiting and dialog.print_button.isEnabled()


def test_a_summary_that_cannot_be_made_says_so_and_the_dialog_stays_usable(
        page_env, qtbot, tmp_path, message_log, monkeypatch):
    from journal import report as report_module
    from journal.errors import VaultDamaged
    from ui.dialogs import report_dialog

    failing = [True]

    def build(vault, options):
        if failing[0]:
            raise VaultDamaged("unreadable page")
        return report_module.build_report(vault, options)

    monkeypatch.setattr(report_dialog, "build_report", build)
    dialog, _s, _p = make(page_env, qtbot, ready=False)
    message_log.answer = True
    out = tmp_path / "s.pdf"
    assert dialog.save_pdf(str(out))  # waits for the summary, which fails
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert message_log.kinds() == ["confirm", "error"]
    assert message_log.calls[-1][1] == "The summary could not be made"
    assert "damaged" in message_log.texts()[-1]
    assert dialog.preview_stack.currentWidget() is dialog.preview_status
    assert dialog.preview_status.text().startswith("The preview could not be made.")
    assert not dialog.saving and not dialog.waiting and dialog.save_status.text() == ""
    assert dialog.pdf_button.isEnabled() and not out.exists()
    failing[0] = False  # (it was a passing problem): saving again tries again
    assert saved(qtbot, dialog, out)
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert dialog.preview_stack.currentWidget() is dialog.preview
    assert "SHARED-UI" in pdf_file_text(out)


def test_locking_while_the_summary_is_made_drops_it_safely(make_app, closed_vault, qtbot,
                                                          tmp_path, message_log):
    from tests.ui.conftest import unlock_with

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    window = app.window
    EntryStore(window.vault).create(EntryDraft(DAY, "Shared one", "SHARED-UI",
                                               share_with_therapist=True))
    vault = window.vault
    with vault._guard:  # the worker thread is held inside its reading, meanwhile:
        dialog = ReportDialog(vault, window.settings, window, today=DAY)
        dialog.show()
        message_log.answer = True
        out = tmp_path / "s.pdf"
        assert dialog.save_pdf(str(out))
        assert dialog.waiting and dialog.preparing
        window.lock()  # closes the dialog, then the vault on a worker thread
        assert not dialog.isVisible() and not dialog.waiting and not dialog.saving
    assert window.wait_until_closed(10_000)
    qtbot.waitUntil(lambda: not dialog.preparing and not dialog.saving, timeout=20_000)
    assert message_log.kinds() == ["confirm"]  # no error, no PDF
    assert not out.exists() and dialog.report is None
    dialog.refresh()  # closed: reads nothing (the vault is locked)
    assert not dialog.preparing


def test_the_list_shows_the_entries_of_the_newest_period(page_env, qtbot):
    dialog, shared, _private = make(page_env, qtbot, ready=False)
    assert not dialog.entries_ready  # read on a worker thread
    dialog.period.setCurrentIndex(WEEK)
    dialog.period.setCurrentIndex(DATES)
    dialog.period.setCurrentIndex(WEEK)  # earlier lists arriving later are dropped
    assert current(qtbot, dialog).entry_ids() == [shared]
    qtbot.waitUntil(lambda: not dialog.preparing, timeout=20_000)
    assert ticked(dialog) == {"9 March 2026 · Shared one": True}


def _fingerprint(folder):
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


def test_a_summary_is_never_written_into_a_journal_folder(page_env, qtbot, message_log,
                                                          monkeypatch):
    dialog, _s, _p = make(page_env, qtbot)
    folder = page_env.vault.folder
    before = _fingerprint(folder)
    # Whatever the file dialog returns (it already asked about replacing the file)...
    for name in ("haven.db", "keys.json", "summary"):
        monkeypatch.setattr("ui.dialogs.report_dialog.choose_save_file",
                            lambda *a, name=name, **k: str(folder / name))
        dialog.markdown_button.click()
        dialog.pdf_button.click()
        qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
    # ... and also when asked for directly.
    assert not dialog.save_markdown(str(folder / "haven.db"))
    assert saved(qtbot, dialog, folder / "keys.json") is False or dialog.saved_path is None
    assert _fingerprint(folder) == before
    assert "inside the folder of a journal" in " ".join(message_log.texts())


def test_a_name_completed_with_its_suffix_is_replaced_only_when_she_says_so(
        page_env, qtbot, tmp_path, message_log, monkeypatch):
    dialog, _s, _p = make(page_env, qtbot)
    existing = tmp_path / "summary.md"
    existing.write_text("her earlier summary")
    monkeypatch.setattr("ui.dialogs.report_dialog.choose_save_file",
                        lambda *a, **k: str(tmp_path / "summary"))
    answers = iter([True, False])  # save without a password; keep the file
    # A property on the class answers in turn (undone by monkeypatch after the test).
    monkeypatch.setattr(type(message_log), "answer", property(lambda _self: next(answers)))
    dialog.markdown_button.click()
    assert "summary.md already exists" in message_log.texts()[1]
    assert existing.read_text() == "her earlier summary"
    answers = iter([True, True])
    dialog.markdown_button.click()
    qtbot.waitUntil(lambda: existing.read_text() != "her earlier summary", timeout=20_000)


def test_print_paints_the_summary_on_the_printer(page_env, qtbot, tmp_path):
    """The printer here is Qt's PDF printer (a file), chosen before the print dialog opens,
    which keeps it when accepted: what would go to paper can be read back."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from tests.ui.conftest import when_modal
    from tests.ui.test_report_pdf import pdf_text

    dialog, _s, _p = make(page_env, qtbot)
    dialog.name_edit.setText("Printed Name")
    paper = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(paper))
    when_modal(QPrintDialog, lambda box: box.accept())
    dialog.print_button.click()
    qtbot.waitUntil(lambda: paper.exists() and paper.stat().st_size > 0, timeout=20_000)
    text = pdf_text(paper.read_bytes(), tmp_path)
    assert "Printed Name" in text and "SHARED-UI" in text
    assert "PRIVATE-UI" not in text  # only what is shared, as in the saved PDF
    assert dialog.printer.pageLayout().pageSize().id() == dialog._page_size().id()


def test_the_file_name_is_asked_once_when_she_first_adds_a_password(page_env, qtbot,
                                                                    tmp_path, message_log,
                                                                    monkeypatch):
    import ui.dialogs.report_dialog as module

    dialog, _s, _p = make(page_env, qtbot)
    out = tmp_path / "s.pdf"
    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(out)

    monkeypatch.setattr(module, "choose_save_file", choose)
    message_log.answer = False  # "Add a password"
    dialog.pdf_button.click()
    assert message_log.kinds() == ["confirm"] and asked == []  # no name asked yet
    dialog.password.setText("appelboom")
    dialog.password_again.setText("appelboom")
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
    assert len(asked) == 1 and dialog.saved_path == out
    assert message_log.kinds() == ["confirm"]
