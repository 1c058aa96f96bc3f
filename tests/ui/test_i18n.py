"""Every page and dialog opens in English and in Dutch, with no unfinished string."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import unlock_with
from ui import resources
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.new_passphrase import NewPassphraseDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "haven_nl.ts"
BIN = Path(sys.executable).parent
# Words that are the same in both languages on purpose.
SAME_IN_BOTH = {"Haven", "English", "Nederlands", "OK", "Markdown", "Tip", "Ctrl+N", "Ctrl+L",
                "Privacy", "https://", "Check-in", "Check-in (Ctrl+3)", "Mindfulness",
                "Status", "Status:", "Pastor"}


@pytest.fixture(scope="module", autouse=True)
def built_translations() -> None:
    """Build the .qm from the .ts if `make` has not (or it is older)."""
    qm = resources.translation_file("nl")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                       capture_output=True)


def test_ts_has_no_unfinished_translation():
    unfinished = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")]
            empty = (not any(forms) if message.get("numerus") == "yes"
                     else not translation.text)
            if translation.get("type") == "unfinished" or empty:
                unfinished.append(f"{name}: {message.find('source').text}")
    assert unfinished == []


def test_every_source_string_is_in_the_ts(tmp_path):
    """lupdate over the sources finds nothing new: every tr() string is translated."""
    copy = tmp_path / "haven_nl.ts"
    shutil.copy(TS, copy)
    sources = ["main.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]
    result = subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy),
                             "-no-obsolete"], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    assert re.search(r"\(0 new and", result.stdout), result.stdout
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


def texts_of(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        candidates = [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            candidates.append(widget.text())
        if isinstance(widget, QAbstractButton):
            candidates.append(widget.text())
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            candidates.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            candidates += [widget.itemText(i) for i in range(widget.count())]
        for text in candidates:
            text = text.replace("&", "").strip()
            if re.search(r"[A-Za-z]{2,}", text) and text not in SAME_IN_BOTH:
                found.add(text)
    return found


def screens(make_app, qtbot, closed_vault, tmp_path, lang: str) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    first = make_app("--lang", lang, "--vault", str(tmp_path / f"new-{lang}"))
    result["welcome"] = texts_of(first.window.current_screen)
    first.window.close()

    app = make_app("--lang", lang)
    result["unlock"] = texts_of(app.window.current_screen)
    app.window.current_screen.set_recovery_mode(True)
    result["unlock (recovery code)"] = texts_of(app.window.current_screen)
    app.window.current_screen.set_recovery_mode(False)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    result["sidebar"] = texts_of(workspace) - texts_of(workspace.pages)
    result["today"] = texts_of(workspace.today_page) - {workspace.today_page.prompt.text}
    result["journal"] = texts_of(workspace.journal_page)
    workspace.new_entry("")
    result["editor"] = texts_of(workspace.journal_page)
    # Issue 5: check-in, trends, safe places (list and editor) and the calm view.
    workspace.open_checkin()
    result["check-in"] = texts_of(workspace.checkin_page)
    workspace.show_page(workspace.TRENDS)
    qtbot.waitUntil(lambda: not workspace.trends_page.filling)  # read on a worker
    result["trends"] = texts_of(workspace.trends_page)
    workspace.show_page(workspace.SAFE_PLACES)
    result["safe places"] = texts_of(workspace.safe_places_page)
    workspace.safe_places_page.new_place()
    result["safe place editor"] = texts_of(workspace.safe_places_page)
    workspace.open_safe_place_view()
    result["safe place view"] = texts_of(workspace.safe_place_view)
    workspace.safe_place_view.close_view()
    worksheet_screens(workspace, app.window.vault, result)
    # Issue 6: safety plan (Help now), support network, session agenda, guidance.
    workspace.open_help_now()
    result["safety plan"] = texts_of(workspace.safety_page)
    workspace.show_page("support")
    result["support network"] = texts_of(workspace.support_page)
    workspace.show_page(workspace.pages.indexOf(workspace.agenda_page))
    result["session agenda"] = texts_of(workspace.agenda_page)
    workspace.show_page(workspace.pages.indexOf(workspace.guidance_page))
    result["guidance"] = texts_of(workspace.guidance_page)
    # My path and the timeline, with one event of its own.
    from journal.events import EventDraft, EventStore, When

    EventStore(app.window.vault).create(EventDraft(When.in_season(2019, "spring"), "9"))
    workspace.show_page("path")
    result["my path"] = texts_of(workspace.path_page)
    workspace.show_page("timeline")
    result["timeline"] = texts_of(workspace.timeline_page)

    code = "7KQ2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    result["recovery code"] = texts_of(dialog) - {code}
    new_passphrase = NewPassphraseDialog()
    qtbot.addWidget(new_passphrase)
    result["new passphrase"] = texts_of(new_passphrase)
    settings_dialog = SettingsDialog(app.settings, keys=app.window.edit_keys)
    qtbot.addWidget(settings_dialog)
    result["settings"] = texts_of(settings_dialog)
    keys_dialog = KeysDialog(app.window.run_key_work)
    qtbot.addWidget(keys_dialog)
    result["passphrase and recovery code"] = texts_of(keys_dialog)
    from ui.dialogs.restore_dialog import RestoreDialog

    restore = RestoreDialog(app.window.folder, app.window)
    qtbot.addWidget(restore)
    restore.use_code.setChecked(True)  # the recovery code's words
    result["restore from a backup"] = texts_of(restore)
    transfer_screens(qtbot, app, tmp_path, lang, result)
    app.window.close()
    app.settings.discreet = True
    discreet = make_app("--lang", lang)
    result["unlock (discreet mode)"] = texts_of(discreet.window.current_screen)
    discreet.window.close()
    app.settings.discreet = False
    return result


def transfer_screens(qtbot, app, tmp_path, lang: str, result: dict[str, set[str]]) -> None:
    """The import dialog (preview, summary, an error) and the export dialog (issue 9)."""
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_dialog import ImportDialog

    importer = ImportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(importer)
    importer.set_format("jrnl-json")
    importer.set_source(ROOT / "tests" / "data" / "jrnl" / "export.json")
    qtbot.waitUntil(lambda: not importer.is_busy, timeout=20_000)
    result["import, preview"] = texts_of(importer)
    importer.start_import()
    qtbot.waitUntil(lambda: not importer.is_busy, timeout=20_000)
    result["import, summary"] = texts_of(importer)
    bad = tmp_path / f"bad-{lang}.json"
    bad.write_text("{", encoding="utf-8")
    importer.set_source(bad)
    qtbot.waitUntil(lambda: not importer.is_busy, timeout=20_000)
    # The reason itself comes from the core, in English: only the frame is checked.
    result["import, error"] = texts_of(importer) - {importer.error_text.text()}
    error = importer.error_text.text()
    assert error.startswith(f"bad-{lang}.json")
    if lang == "nl":
        assert "kan niet geïmporteerd worden: bij regel 1, kolom 2" in error, error
        assert error.endswith("Er is niets geïmporteerd; je dagboek is zoals het was.")
    exporter = ExportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(exporter)
    exporter.set_folder(tmp_path)
    result["export"] = texts_of(exporter)
    exporter.protect.setChecked(False)
    result["export, no password"] = texts_of(exporter)


def worksheet_screens(workspace, vault, result: dict[str, set[str]]) -> None:
    """The boundaries list, guided flow and card, and the needs page. Her content is
    digits only, so the check sees nothing but the interface's own words."""
    from journal.boundaries import BoundaryStore
    from journal.boundary_models import BoundaryDraft, CrossingDraft
    from journal.need_models import NeedDraft
    from journal.needs import NeedStore

    need_id = NeedStore(vault).create(NeedDraft("42"))
    NeedStore(vault).add_note(need_id, "7")
    store = BoundaryStore(vault)
    boundary_id = store.create(BoundaryDraft("1234", need_id=need_id, consequence="5",
                                             willing="not_yet"))
    store.revise(boundary_id, BoundaryDraft("12345", need_id=need_id, consequence="5"))
    store.log_crossing(boundary_id, CrossingDraft(date(2026, 1, 2), "678", "partly"))
    workspace.show_page("boundaries")
    page = workspace.boundaries_page
    page.reload()
    result["boundaries"] = texts_of(page.stack.widget(page.LIST))
    page.new_boundary()
    result["boundary flow, start"] = texts_of(page.flow)
    page.flow.choose_template("separate-room")
    page.flow.go_to(page.flow.SUMMARY)
    result["boundary flow, steps"] = texts_of(page.flow)
    page.flow.cancel()
    page.open_boundary(boundary_id)
    page.card.open_crossing_form()
    result["boundary card"] = texts_of(page.card)
    workspace.show_page("needs")
    workspace.needs_page.open_need(need_id)
    result["needs"] = texts_of(workspace.needs_page)


def test_every_screen_is_dutch_in_dutch(make_app, qtbot, closed_vault, tmp_path):
    english = screens(make_app, qtbot, closed_vault, tmp_path, "en")
    dutch = screens(make_app, qtbot, closed_vault, tmp_path, "nl")
    assert english.keys() == dutch.keys()
    untranslated = {name: sorted(english[name] & dutch[name]) for name in english}
    left = {name: texts for name, texts in untranslated.items() if texts}
    assert not left, "\n".join(f"{n}: {t}" for n, t in left.items())
    for name in english:
        assert english[name], f"{name}: no text found, the check would prove nothing"
    assert "Welkom bij Haven" in dutch["welcome"]
    assert "Vergrendelen" in dutch["sidebar"]
    assert "Grenzen (Ctrl+6)" in dutch["sidebar"] and "Wat heb ik nu nodig?" in dutch["needs"]


def test_dutch_wording_of_the_new_user_review(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resources.translation_file("nl")))

    def nl(context: str, source: str, n: int = -1) -> str:
        return translator.translate(context, source, None, n)

    assert nl("UnlockPage", "Wait %n s", 1) == "Nog %n seconde"  # Qt fills in %n
    assert nl("UnlockPage", "Wait %n s", 4) == "Nog %n seconden"
    assert nl("FilterBar", "Shared or not") == "Alle notities"
    assert nl("JournalListPane", "No entries yet. Your first one is only a click away.") == (
        "Je hebt nog niets geschreven.")
    assert nl("PassphraseFields", "Both are the same.") == "Ze komen overeen."
    everything = TS.read_text(encoding="utf-8")
    for old in ("hetzelfde", "nog een keer getoond", "die deze computer ook gebruikt",
                "Wacht %n s"):
        assert old not in everything


def test_counted_texts_are_dutch_in_dutch(qapp):
    """A count passed to translate() that lupdate did not mark as plural finds no Dutch."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.pages.worksheet import crossing_counts

    translator = QTranslator()
    assert translator.load(str(resources.translation_file("nl")))
    QCoreApplication.installTranslator(translator)
    try:
        assert crossing_counts(3, 2) == "3 keer overschreden · gevolg 2 keer uitgevoerd"
        assert crossing_counts(1, 1) == "Eén keer overschreden · gevolg één keer uitgevoerd"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_translated_text_inside_an_f_string():
    """lupdate does not read tr() inside f-string braces, so such a text is never translated."""
    pattern = re.compile(r"\{\s*(self\.tr|QCoreApplication\.translate|\w+\.tr)\(")
    found = [f"{path.name}:{n}" for path in sorted((ROOT / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []
