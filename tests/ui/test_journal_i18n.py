"""The journal page in English and in Dutch: every string it shows (the empty state,
the list, the editor, the filters, the prompt, its questions and error messages) is
translated, and dates follow the language."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal.entries import EntryStore
from journal.errors import DiskFull
from journal.models import EntryDraft
from journal.vault import Vault
from tests.ui.conftest import search_now
from ui import messages, resources
from ui.hub import Hub
from ui.models.entry_rows import month_heading
from ui.pages.journal_page import JournalPage
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "haven_nl.ts"
# The same in both languages on purpose (numbers and format marks are skipped anyway).
SAME_IN_BOTH = {"Markdown"}
# (SearchResultModel has no words of its own any more: its dates come from ui/dates.py.)
MY_CONTEXTS = ("EntryEditor", "EntryForm", "EntryListDelegate", "EntryListModel", "FilterBar",
               "JournalListPane", "JournalPage", "EmptyJournal", "NothingOpen", "Mood")


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm built from the current .ts (so the test never reads a stale build)."""
    qm = tmp_path_factory.mktemp("qm") / "haven_nl.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(TS),
                    "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def language(qapp: Any, qm_file: Path) -> Iterator[Any]:
    """Switch the app to a language as the main window does: translator and locale."""
    installed: list[QTranslator] = []
    previous = QLocale()

    def switch(lang: str) -> None:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        installed.clear()
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
                           if lang == "nl" else
                           QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if lang == "nl":
            translator = QTranslator()
            assert translator.load(str(qm_file))
            QCoreApplication.installTranslator(translator)
            installed.append(translator)

    yield switch
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def texts_of(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        candidates = [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            candidates.append(widget.text())
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            candidates.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            candidates += [widget.itemText(i) for i in range(widget.count())]
        for action in widget.actions():
            candidates.append(action.text())
        for text in candidates:
            text = text.replace("&", "").strip()
            if re.search(r"[A-Za-z]{2,}", text) and text not in SAME_IN_BOTH:
                found.add(text)
    return found


def page_texts(qtbot: Any, vault: Vault, settings: Settings, monkeypatch: pytest.MonkeyPatch,
               lang: str) -> dict[str, set[str]]:
    said: list[str] = []
    monkeypatch.setattr(messages, "confirm",
                        lambda _p, title, text, **_k: said.extend([title, text]) or False)
    monkeypatch.setattr(messages, "confirm_with_option",
                        lambda _p, title, text, *, option_text, **_k: said.extend(
                            [title, text, option_text]) or (False, False))
    monkeypatch.setattr(messages, "error", lambda _p, title, text: said.extend([title, text]))
    settings.language_override = lang
    store = EntryStore(vault)
    result: dict[str, set[str]] = {}

    page = JournalPage(vault, Hub(), settings)
    qtbot.addWidget(page)
    page.show()
    result["empty state"] = texts_of(page.empty_state)

    entry_id = store.create(EntryDraft(date(2024, 3, 4), "", "words", 2, ["x"], None, True))
    page2 = JournalPage(vault, Hub(), settings)
    qtbot.addWidget(page2)
    page2.show()
    page2.filter_button.click()
    # While the list's months are read on a worker: "Loading…" above the list.
    result["list and filters"] = texts_of(page2.splitter) - texts_of(page2.editor)
    qtbot.waitUntil(lambda: not page2.model.loading)  # the months and rows, from a worker
    result["list and filters"] |= texts_of(page2.splitter) - texts_of(page2.editor)
    result["list rows"] = {page2.model.index(r).data(0x0B) for r in range(2)}  # accessible
    result["list rows"].add(page2.list_view.itemDelegate()._shared_text)
    page2.open_entry(entry_id)
    page2.editor.prompt_action.trigger()
    result["editor"] = texts_of(page2.editor) - {page2.editor.prompt_label.text(),
                                                 page2.editor.title_edit.text()}
    result["status"] = {page2.count_label.text(), page2.editor.word_count_label.text()}
    page2.editor.delete_button.click()

    def full(*_args: Any) -> None:
        raise DiskFull("database or disk is full")

    monkeypatch.setattr(EntryStore, "update", full)
    page2.editor.body_edit.setPlainText("more words")
    page2.save_pending()
    monkeypatch.undo()
    result["questions and errors"] = set(said)
    search_now(page2, "nothing-like-this")
    qtbot.waitUntil(lambda: not page2.searching)
    result["no results"] = {page2.nothing_label.text(), page2.count_label.text()}
    page2.close()
    page.close()
    store.delete(entry_id)
    return result


def test_the_journal_page_is_dutch_in_dutch(qtbot, vault: Vault, settings: Settings,
                                            language: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    language("en")
    english = page_texts(qtbot, vault, settings, monkeypatch, "en")
    language("nl")
    dutch = page_texts(qtbot, vault, settings, monkeypatch, "nl")
    assert english.keys() == dutch.keys()
    for name in english:
        assert english[name], f"{name}: no text found, the check would prove nothing"
    same = {name: sorted(english[name] & dutch[name]) for name in english}
    assert not any(same.values()), same
    assert "Je dagboek" in dutch["empty state"]
    # The entry's 1–5 is named apart from the check-in's mood (0–10).
    assert "Hoe was deze dag (1–5)" in dutch["editor"]
    assert "Hoe was deze dag: 2 van 5, Zwaar" in dutch["editor"]
    assert "How was this day (1–5)" in english["editor"]
    assert "1 notitie" in dutch["status"]
    assert "Deze notitie verwijderen?" in dutch["questions and errors"]
    assert any(text.startswith("maandag 4 maart") for text in dutch["list rows"])
    assert any(text.startswith("Monday 4 March") for text in english["list rows"])


def test_dutch_dates_and_plurals(qtbot, vault: Vault, settings: Settings, language: Any
                                 ) -> None:
    language("nl")
    assert month_heading(2024, 3) == "Maart 2024"
    store = EntryStore(vault)
    for day in (1, 2):
        store.create(EntryDraft(date(2024, 3, day), "t"))
    page = JournalPage(vault, Hub(), settings)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.counting)  # the list's months, from a worker
    assert page.count_label.text() == "2 notities"
    page.new_entry()
    page.editor.body_edit.setPlainText("een twee")
    assert page.editor.word_count_label.text() == "2 woorden"
    page.editor.body_edit.setPlainText("een")
    assert page.editor.word_count_label.text() == "1 woord"
    assert page.editor.date_edit.locale().language() == QLocale.Language.Dutch


def test_the_ts_has_no_unfinished_string_in_the_journal_contexts() -> None:
    import xml.etree.ElementTree as ET

    unfinished = []
    seen = set()
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.find("name").text
        if name not in MY_CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")]
            empty = (not all(forms) if message.get("numerus") == "yes"
                     else not translation.text)
            if translation.get("type") == "unfinished" or empty:
                unfinished.append(f"{name}: {message.find('source').text}")
    assert seen == set(MY_CONTEXTS)
    assert unfinished == []
    assert resources.translations_dir().is_dir()
