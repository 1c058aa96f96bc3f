"""The summary dialog's two choices that are off unless she ticks them: her path and
what happened (the timeline)."""

from __future__ import annotations

from datetime import date, timedelta

from journal.events import EventDraft, EventStore, Source, When
from journal.path import PathStore, StepState
from tests.ui.test_report_dialog import DAY, current, make


def test_path_and_timeline_go_in_only_when_she_ticks_them(page_env, qtbot, tmp_path,
                                                         message_log):
    PathStore(page_env.vault).mark("partner-support", StepState.DONE, on=date(2026, 3, 2))
    EventStore(page_env.vault).create(EventDraft(When.on(DAY - timedelta(days=3)),
                                                 "He told me about the money", Source.HE_TOLD))
    dialog, _shared, _private = make(page_env, qtbot)
    assert not dialog.section_checks["path"].isChecked()
    assert not dialog.section_checks["timeline"].isChecked()
    assert dialog.section_checks["path"].text() == "Where I am on my path"
    assert {"path", "timeline"}.isdisjoint(s.key for s in current(qtbot, dialog).sections)
    dialog.section_checks["path"].setChecked(True)
    dialog.section_checks["timeline"].setChecked(True)
    qtbot.waitUntil(lambda: {"path", "timeline"} <= {s.key for s in dialog.report.sections},
                    timeout=20_000)
    out = tmp_path / "s.md"
    assert dialog.save_markdown(str(out))
    text = out.read_text(encoding="utf-8")
    assert "| You do not have to do this alone | Done on 2 March 2026 |" in text
    assert "| 7 March 2026 | He told me about the money | He told me |" in text
