"""About, from Settings: version, licence, notices, no network, where the journal is;
in English and Dutch, and under the neutral name in discreet mode."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from journal.version import version
from tests.ui.conftest import when_modal
from tests.ui.test_discreet import strings_of
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.settings_dialog import SettingsDialog

EXPECTED = {
    "en": ("Version", "never connects to the network", "Licence"),
    "nl": ("Versie", "maakt nooit verbinding met het netwerk", "Licentie"),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_about_opens_from_settings_with_version_licence_and_notices(
        make_app, qtbot, settings, lang, tmp_path):
    make_app("--lang", lang)
    folder = tmp_path / "journal"
    dialog = SettingsDialog(settings, journal=(folder, lambda _parent: None))
    qtbot.addWidget(dialog)
    seen: list[AboutDialog] = []

    def look(about: AboutDialog) -> None:
        seen.append(about)
        texts = strings_of(about)
        version_word, network, licence = EXPECTED[lang]
        assert f"{version_word} {version()}" in texts
        assert any(network in t for t in texts), texts
        assert about.tabs.tabText(0) == licence
        assert about.folder.text() == str(folder)
        assert "GNU GENERAL PUBLIC LICENSE" in about.licence.toPlainText()
        notices = about.notices.toPlainText()
        for part in ("PySide6", "LGPL-3.0", "SQLCipher", "cryptography", "pikepdf",
                     "qpdf", "pyzipper", "PyYAML", "platformdirs", "OpenSSL"):
            assert part in notices, part
        about.reject()

    when_modal(AboutDialog, look)
    dialog.about_button.click()
    assert len(seen) == 1


def test_dutch_about_has_no_english_left(make_app, qtbot, settings):
    """Every label and button of the dialog differs between the two languages (the
    licence and notices are legal texts and stay as written)."""
    def visible_words(lang: str) -> set[str]:
        make_app("--lang", lang)
        about = AboutDialog(settings, None)
        qtbot.addWidget(about)
        skip = {about.licence.toPlainText(), about.notices.toPlainText(), "Haven",
                QApplication.applicationDisplayName()}
        return {t for t in strings_of(about) if t not in skip and re.search("[A-Za-z]{2}", t)}

    english, dutch = visible_words("en"), visible_words("nl")
    assert english and not english & dutch, english & dutch


def test_while_locked_the_folder_is_not_shown(make_app, qtbot, settings):
    make_app("--lang", "en")
    about = AboutDialog(settings, None)
    qtbot.addWidget(about)
    assert about.folder.text() == "Shown once your journal is open"


@pytest.mark.parametrize(("lang", "neutral"), [("en", "Recipes"), ("nl", "Recepten")])
def test_discreet_mode_uses_the_neutral_name(make_app, qtbot, settings, tmp_path, lang,
                                             neutral):
    settings.discreet = True
    settings.discreet_name = "recipes"
    make_app("--lang", lang)
    about = AboutDialog(settings, tmp_path / "journal")
    qtbot.addWidget(about)
    texts = strings_of(about)
    naming = [t[:80] for t in texts if re.search(r"\bHaven\b", t)]
    assert naming == []
    assert about.windowTitle() == neutral
    assert neutral in texts  # the title
    assert any(t.startswith(neutral) for t in texts if "telemetr" in t or "gegevens" in t)
