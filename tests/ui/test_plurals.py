"""Counts read right in both languages: "1 entry", "27 days", never "1 entries" or
"day(s)". The sources say "%n entries" with the count (Qt's plural forms); English
gets its forms from resources/translations/haven_en.ts, Dutch from haven_nl.ts."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
# The same words for one and for many.
SAME_FOR_ONE = {"%n found", "More than %n found"}


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            comment = message.find("comment")
            key = (name, message.find("source").text,
                   comment.text if comment is not None else "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> dict[tuple[str, str, str], ET.Element]:
    """Every tr() string in the sources, as lupdate finds it today."""
    ts = tmp_path_factory.mktemp("ts") / "all.ts"
    sources = ["main.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)], cwd=ROOT,
                   capture_output=True, check=True)
    return messages(ts)


@pytest.fixture(scope="module")
def translators(tmp_path_factory) -> dict[str, QTranslator]:
    """The .qm of each language, built from the .ts as it is now."""
    folder = tmp_path_factory.mktemp("qm")
    loaded = {}
    for lang in ("en", "nl"):
        qm = folder / f"haven_{lang}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / f"haven_{lang}.ts"),
                        "-qm", str(qm)], capture_output=True, check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        loaded[lang] = translator
    return loaded


def counted(source_messages) -> list[tuple[str, str, str]]:
    keys = [k for k, m in source_messages.items() if m.get("numerus") == "yes"]
    assert len(keys) >= 30, "too few counted strings found to prove anything"
    return keys


def test_every_count_in_the_sources_is_a_plural_form(source_messages):
    """A "%n" in a string that is not given the count stays "%n" on screen."""
    not_counted = [source for (_c, source, _d), m in source_messages.items()
                   if "%n" in source and m.get("numerus") != "yes"]
    assert not not_counted
    hand_made = [source for (_c, source, _d) in source_messages if "(s)" in source]
    assert not hand_made


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_counted_string_has_both_forms(source_messages, lang):
    ts = messages(TRANSLATIONS / f"haven_{lang}.ts")
    missing, unfinished = [], []
    for key in counted(source_messages):
        message = ts.get(key)
        if message is None or message.get("numerus") != "yes":
            missing.append(key)
            continue
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms):
            unfinished.append(key)
    assert not missing, missing
    assert not unfinished, unfinished


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_one_and_many_read_right(source_messages, translators, lang):
    translator = translators[lang]
    wrong = []
    for context, source, comment in counted(source_messages):
        one = translator.translate(context, source, comment or None, 1)
        many = translator.translate(context, source, comment or None, 5)
        # English says one thing "1 entry" and many "5 entries" (a few read the same)
        english_wrong = lang == "en" and (one == many) != (source in SAME_FOR_ONE)
        if not one or not many or "(s)" in one + many or english_wrong:
            wrong.append((source, one, many))
    assert not wrong, "\n".join(map(str, wrong))


def test_the_app_counts_in_english_too(qapp, translators):
    QCoreApplication.installTranslator(translators["en"])
    try:
        def tr(context: str, source: str, n: int) -> str:
            return QCoreApplication.translate(context, source, None, n)

        assert tr("ExportDialog", "%n entries exported to %1.", 1) == "1 entry exported to %1."
        assert tr("TrendsPage", "Check-ins on %n days in this period.", 1) == (
            "Check-ins on 1 day in this period.")
        assert tr("UnlockPage", "You can try again in %n seconds", 1) == (
            "You can try again in 1 second")
    finally:
        QCoreApplication.removeTranslator(translators["en"])


def test_the_app_loads_the_english_plural_forms(make_app):
    app = make_app()
    assert app.language == "en"
    text = QCoreApplication.translate("JournalListPane", "%n entries", None, 1)
    assert text == "1 entry"
