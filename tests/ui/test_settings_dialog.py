"""The settings dialog: each choice sits in the section it belongs to, and the language
rule (a --lang for this run, Settings for good) is shown as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from ui.dialogs.settings_dialog import SettingsDialog


def _widgets(item) -> list[QWidget]:
    if item is None:
        return []
    if item.widget() is not None:
        return [item.widget()]
    layout: QLayout | None = item.layout()
    if layout is None:
        return []
    return [w for i in range(layout.count()) for w in _widgets(layout.itemAt(i))]


def sections(dialog: SettingsDialog) -> dict[str, list[QWidget]]:
    """The widgets under each section heading, in the order of the form."""
    form = dialog.findChild(QFormLayout)
    found: dict[str, list[QWidget]] = {}
    current = ""
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.SpanningRole, QFormLayout.ItemRole.LabelRole,
                     QFormLayout.ItemRole.FieldRole):
            for widget in _widgets(form.itemAt(row, role)):
                if isinstance(widget, QLabel) and widget.objectName() == "sectionTitle":
                    current = widget.text()
                    found[current] = []
                else:
                    found.setdefault(current, []).append(widget)
    return found


def test_my_situation_is_not_under_the_look_of_the_app(settings, qtbot):
    dialog = SettingsDialog(settings, situation=lambda _parent: None)
    qtbot.addWidget(dialog)
    found = sections(dialog)
    assert dialog.situation_button not in found["Look"]
    assert found["Look"] == [w for w in found["Look"] if w in (
        dialog.language, dialog.appearance, dialog.language_hint)
        or isinstance(w, QLabel)]
    assert dialog.situation_button in found["Content"]
    assert found["Reminder"] == [dialog.reminder, dialog.reminder_time]


def test_lang_on_the_command_line_holds_for_this_run_and_settings_shows_it(
        make_app, settings, qtbot):
    settings.language_override = None
    settings.language = "en"  # what she chose in Settings before
    app = make_app("--lang", "nl")
    assert app.language == "nl"
    assert settings.language == "en"  # --lang is not saved: the next start is English
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "nl"  # the language in use
    assert not dialog.language_hint.isHidden()
    assert dialog.apply() == (False, False)  # left as it is: nothing changes
    assert settings.language == "en" and settings.effective_language() == "nl"


def test_a_language_chosen_in_settings_replaces_the_lang_of_this_run(settings, qtbot):
    settings.language = "en"
    settings.language_override = "nl"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.apply() == (False, True)  # saved as before, but shown now
    assert settings.language == "en" and settings.effective_language() == "en"
    settings.language_override = "en"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.apply() == (True, True)
    assert settings.language == "nl" and settings.effective_language() == "nl"


def test_without_lang_settings_shows_the_saved_choice_and_no_hint(settings, qtbot):
    settings.language_override = None
    settings.language = ""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follow the system
    assert dialog.language_hint.isHidden()


def test_the_demo_says_its_settings_stay_in_the_demo(settings, qtbot):
    # She may try "lock: never" in the demo only if she knows it does not reach hers.
    own = SettingsDialog(settings)
    qtbot.addWidget(own)
    own.show()
    assert not own.demo_note.isVisible()
    demo = SettingsDialog(settings.throwaway_copy())
    qtbot.addWidget(demo)
    demo.show()
    assert demo.demo_note.isVisible()
    assert "stays in the demo" in demo.demo_note.text()


def test_what_she_types_first_changes_no_setting(settings, qtbot):
    """Settings opened with the cursor in "Lock after": a digit typed there changed how
    soon the journal locks itself."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from tests.ui.conftest import show_active

    dialog = show_active(qtbot, SettingsDialog(settings), 700, 760)
    first = QApplication.focusWidget()
    assert isinstance(first, QPushButton), first
    before = (dialog.idle.value(), dialog.shortcut.keySequence().toString(),
              dialog.keep.value(), dialog.lock_minimise.isChecked(),
              dialog.lock_screen.isChecked(), dialog.discreet.isChecked())
    qtbot.keyClicks(first, "5")
    assert (dialog.idle.value(), dialog.shortcut.keySequence().toString(),
            dialog.keep.value(), dialog.lock_minimise.isChecked(),
            dialog.lock_screen.isChecked(), dialog.discreet.isChecked()) == before
    assert dialog.isVisible()
