"""Which fits her situation, and whether faith is a source of strength for her: asked
once after the recovery code at first run, and again from the settings whenever she
likes. Skipping is fine: until she answers, Haven shows only what fits everyone.

The answer is stored inside the vault (journal.situation), never in the settings file.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from journal.situation import Profile, Situation
from ui.widgets import button, dialog_layout, label


class SituationDialog(QDialog):
    """Use `ask()`."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *,
                 first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self.choices = {
            Situation.ADDICTION: QCheckBox(
                self.tr("His porn or sex addiction, or unfaithfulness"), self),
            Situation.BOUNDARIES: QCheckBox(
                self.tr("He crossed sexual boundaries, or is accused of it"), self),
            Situation.UNSURE: QCheckBox(self.tr("I don't know yet"), self),
        }
        for situation, box in self.choices.items():
            box.setChecked(situation in profile.situations)
            box.setAccessibleName(box.text())
        self.faith = QCheckBox(self.tr("Faith is a source of strength for me"), self)
        self.faith.setAccessibleName(self.faith.text())
        self.faith.setChecked(profile.faith)
        faith_hint = label(self.tr(
            "Adds writing prompts, self-care and needs about faith, and the article on "
            "faith."), "hint", parent=self)
        later = label(self.tr(
            "You can choose more than one, and change your answer at any time in the "
            "settings."), "hint", parent=self)

        self.save_button = button(self.tr("Save my answer"), "primary", parent=self)
        self.save_button.setDefault(True)
        self.skip_button = button(
            self.tr("Skip for now") if first_run else self.tr("Cancel"), parent=self)

        dialog_layout(self, self.tr("What fits your situation?"), self.tr(
            "Haven uses your answer to choose which writing prompts, examples and "
            "helplines it shows you first. Only you can see it: it is kept inside your "
            "locked journal."), *self.choices.values(), later, self.faith, faith_hint,
            right=(self.skip_button, self.save_button), min_width=600)

        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        self.choices[Situation.UNSURE].toggled.connect(self._on_unsure)
        for situation in (Situation.ADDICTION, Situation.BOUNDARIES):
            self.choices[situation].toggled.connect(self._on_known)

    @classmethod
    def ask(cls, parent: QWidget | None, profile: Profile, *,
            first_run: bool = False) -> Profile | None:
        """Her answer, or None when she skipped or cancelled."""
        dialog = cls(profile, parent, first_run=first_run)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.profile()
        finally:
            dialog.deleteLater()

    def profile(self) -> Profile:
        chosen = frozenset(s for s, box in self.choices.items() if box.isChecked())
        return Profile(chosen, self.faith.isChecked())

    # -- private slots ---------------------------------------------------------------

    @Slot(bool)
    def _on_unsure(self, checked: bool) -> None:
        """"I don't know yet" stands on its own."""
        if checked:
            for situation in (Situation.ADDICTION, Situation.BOUNDARIES):
                self.choices[situation].setChecked(False)

    @Slot(bool)
    def _on_known(self, checked: bool) -> None:
        if checked:
            self.choices[Situation.UNSURE].setChecked(False)
