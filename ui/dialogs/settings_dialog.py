"""The settings dialog: privacy (locking, quick exit), look, content and backups.

Nothing here is content; what she chooses is written only when she presses OK, and
only where it differs from the default.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTime, Slot
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui import discreet, messages
from ui.file_dialogs import choose_folder
from ui.settings import BACKUP_KEEP_MAX, IDLE_MINUTES_MAX, Settings
from ui.widgets import button, label


class SettingsDialog(QDialog):
    """Use `edit()`; it writes the settings only when she presses OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 keys: Callable[[QWidget], None] | None = None,
                 transfer: tuple[Callable[[QWidget], None], Callable[[QWidget], None]]
                 | None = None, restore: Callable[[QWidget], None] | None = None,
                 journal: tuple[Path | None, Callable[[QWidget], None]] | None = None,
                 situation: Callable[[QWidget], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self._settings = settings
        self._keys = keys
        self._backup_folder = settings.backup_folder

        title = label(self.tr("Settings"), "pageTitle", parent=self)
        # She may try "lock: never" in the demo only because she knows it stays there.
        self.demo_note = label(self.tr(
            "This is the demo journal: what you change here stays in the demo and is gone "
            "when you close it. Your own journal keeps its settings."), "hint", parent=self)
        self.demo_note.setVisible(settings.throwaway)

        # Privacy
        self.idle = QSpinBox(self)
        self.idle.setRange(0, IDLE_MINUTES_MAX)
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.idle.setValue(settings.idle_minutes)
        self.lock_minimise = QCheckBox(self.tr("Lock when the window is minimised"), self)
        self.lock_minimise.setChecked(settings.lock_on_minimise)
        self.lock_screen = QCheckBox(
            self.tr("Lock when the screen locks or the computer goes to sleep"), self)
        self.lock_screen.setChecked(settings.lock_on_screen_lock)
        self.shortcut = QKeySequenceEdit(QKeySequence(settings.quick_exit_shortcut), self)
        self.shortcut.setMaximumSequenceLength(1)
        self.shortcut.setClearButtonEnabled(True)
        self.shortcut.setAccessibleName(self.tr("Quick exit shortcut"))
        shortcut_hint = label(self.tr(
            "Pressing Escape twice quickly works too, in the main window. An Escape that "
            "closes a window like this one, a menu or the safe-place view does not count, "
            "so closing things never quits Haven by accident; the shortcut works in every "
            "window."), "hint", parent=self)
        self.open_page = QCheckBox(self.tr("After a quick exit, open this web page:"), self)
        self.url = QLineEdit(settings.quick_exit_url, self)
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Web page to open after a quick exit"))
        self.open_page.setChecked(bool(settings.quick_exit_url))
        self.url.setEnabled(self.open_page.isChecked())
        self.open_page.toggled.connect(self.url.setEnabled)

        # Discreet mode
        self.discreet = QCheckBox(self.tr("Discreet mode: a neutral name and icon"), self)
        self.discreet.setAccessibleName(self.discreet.text())
        self.discreet.setChecked(settings.discreet)
        self.discreet_name = QComboBox(self)
        for key in discreet.NAMES:
            self.discreet_name.addItem(discreet.neutral_icon(key), discreet.neutral_name(key),
                                       key)
        self.discreet_name.setAccessibleName(self.tr("Name and icon in discreet mode"))
        self.discreet_name.setCurrentIndex(
            max(0, self.discreet_name.findData(settings.discreet_name)))
        self.discreet_name.setEnabled(self.discreet.isChecked())
        self.discreet.toggled.connect(self.discreet_name.setEnabled)
        discreet_hint = label(self.tr(
            "The window, the taskbar and the lock screen then show this name and icon; "
            "some task switchers show it only after the app has started again. Someone who "
            "searches this computer can still find out what this app really is."),
            "hint", parent=self)

        # A launcher in the desktop's applications menu (freedesktop desktops). Not in
        # the demo: the launcher would land in her real applications menu.
        self.launcher_button = button(self.tr("Add to the applications menu"), parent=self)
        self._launcher_offered = (sys.platform.startswith(("linux", "freebsd"))
                                  and not settings.throwaway)
        self.launcher_button.setEnabled(self._launcher_offered)
        self.launcher_button.clicked.connect(self._on_launcher)

        # Passphrase and recovery code (only while the journal is open)
        self.keys_button = button(self.tr("Passphrase and recovery code…"), parent=self)
        self.keys_button.setEnabled(keys is not None)
        keys_hint = label(self.tr(
            "Change your passphrase, make a new recovery code, or encrypt everything again "
            "with a new key.") if keys is not None else self.tr(
            "Open your journal first to change your passphrase or recovery code."),
            "hint", parent=self)
        self.keys_button.clicked.connect(self._on_keys)

        # Import and export (only while the journal is open)
        self._transfer = transfer
        self.import_button = button(self.tr("Import from another journal…"), parent=self)
        self.export_button = button(self.tr("Export your journal…"), parent=self)
        for index, choice in enumerate((self.import_button, self.export_button)):
            choice.setEnabled(transfer is not None)
            choice.clicked.connect(lambda _=False, i=index: self._on_transfer(i))
        transfer_hint = label(self.tr(
            "Bring in what you wrote in jrnl, Day One or Markdown files, or take "
            "everything with you.") if transfer is not None else self.tr(
            "Open your journal first to import or export."), "hint", parent=self)

        # Look and content
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setAccessibleName(self.tr("Language"))
        # The language in use: one given with --lang holds for this run only, and is
        # saved only when she chooses a language here.
        override = settings.language_override
        self._language_shown = override or settings.language
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_shown)))
        self.language_hint = label(self.tr(
            "Chosen for this time only, when Haven was started. Choose a language here "
            "to keep it from now on."), "hint", parent=self)
        self.appearance = QComboBox(self)
        self.appearance.addItem(self.tr("Follow the system"), "system")
        self.appearance.addItem(self.tr("Light"), "light")
        self.appearance.addItem(self.tr("Dark"), "dark")
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.appearance)))
        # Her situation and faith live inside the vault: asked in their own dialog, and
        # only while the journal is open.
        self._situation = situation
        self.situation_button = button(self.tr("My &situation…"), parent=self)
        self.situation_button.setEnabled(situation is not None)
        self.situation_button.clicked.connect(self._on_situation)
        situation_hint = label(self.tr(
            "Which prompts, examples and helplines Haven shows first, and whether it "
            "includes faith. Kept inside your journal.") if situation is not None
            else self.tr("Open your journal to change this."), "hint", parent=self)

        # The daily check-in reminder (off unless she turns it on).
        self.reminder = QCheckBox(self.tr("Remind me to check in each day at"), self)
        self.reminder.setAccessibleName(self.tr("Daily check-in reminder"))
        self.reminder.setToolTip(self.tr("Only while Haven is open. The reminder says "
                                         "nothing about what is in your journal."))
        self.reminder.setChecked(settings.checkin_reminder)
        self.reminder_time = QTimeEdit(QTime(*settings.checkin_reminder_time), self)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Time of the reminder"))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        self.reminder.toggled.connect(self.reminder_time.setEnabled)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)

        # Backups
        self.backup_place = QLineEdit(self)
        self.backup_place.setReadOnly(True)
        self.backup_place.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = button(self.tr("Choose…"), parent=self,
                                    accessible=self.tr("Choose a backup folder"))
        self.reset_button = button(self.tr("Journal folder"), parent=self,
                                   accessible=self.tr("Keep backups in the journal folder"))
        self.keep = QSpinBox(self)
        self.keep.setRange(1, BACKUP_KEEP_MAX)
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep.valueChanged.connect(
            lambda n: self.keep.setSuffix(self.tr(" backups", "", n)))  # "the last 7 backups"
        self.keep.setValue(settings.backup_keep)
        self.keep.setSuffix(self.tr(" backups", "", self.keep.value()))
        backup_hint = label(self.tr(
            "Haven makes an encrypted backup once a day when you lock or close it. It "
            "opens only with the passphrase or recovery code you have at that moment. "
            "A USB stick that you keep yourself is a good place."), "hint", parent=self)
        self._show_backup_place()
        # Restore a backup into a new folder (never over this journal).
        self._restore = restore
        self.restore_button = button(self.tr("Restore from a backup…"), parent=self)
        self.restore_button.setEnabled(restore is not None)
        self.restore_button.clicked.connect(self._on_restore)
        # The journal folder in use (its path only while the journal is open: the lock
        # screen shows nothing about where it is), and opening another one, e.g. one
        # restored earlier. `journal` is (folder or None while locked, open_other).
        self._journal = journal
        self.journal_place = QLineEdit(self)
        self.journal_place.setReadOnly(True)
        self.journal_place.setAccessibleName(self.tr("Journal folder in use"))
        shown = journal[0] if journal is not None else None
        self.journal_place.setText(str(shown) if shown is not None else self.tr(
            "Shown once your journal is open"))
        self.journal_place.setCursorPosition(0)
        if shown is not None:
            self.journal_place.setToolTip(str(shown))
        self.open_other_button = button(self.tr("Open another journal…"), parent=self)
        self.open_other_button.setEnabled(journal is not None)
        self.open_other_button.clicked.connect(self._on_open_other)
        journal_hint = label(self.tr(
            "For example a journal you restored from a backup. This one is locked first "
            "and stays as it is."), "hint", parent=self)

        for spin in (self.idle, self.keep):
            spin.setMinimumWidth(110)
            spin.setMaximumWidth(140)
        place = QHBoxLayout()
        place.addWidget(self.backup_place, 1)
        place.addWidget(self.choose_button)
        place.addWidget(self.reset_button)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.choose_button)

        # One form, so that the labels of all sections line up.
        body = QWidget(self)
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 8, 0)
        form.setSpacing(10)

        def section(text: str, first: bool = False) -> None:
            heading = label(text, "sectionTitle", parent=body)
            if not first:
                heading.setContentsMargins(0, 12, 0, 0)
            form.addRow(heading)

        section(self.tr("Privacy"), first=True)
        form.addRow(self.tr("Lock &after"), self.idle)
        form.addRow("", self.lock_minimise)
        form.addRow("", self.lock_screen)
        form.addRow(self.tr("&Quick exit"), self.shortcut)
        form.addRow("", shortcut_hint)
        form.addRow("", self.open_page)
        form.addRow("", self.url)
        form.addRow("", self.discreet)
        form.addRow(self.tr("&Shown as"), self.discreet_name)
        form.addRow("", discreet_hint)
        launcher_row = _left(self.launcher_button)
        form.addRow("", launcher_row)
        form.setRowVisible(launcher_row, self._launcher_offered)
        section(self.tr("Passphrase"))
        form.addRow("", self.keys_button)
        form.addRow("", keys_hint)
        section(self.tr("Import and export"))
        transfer_row = QHBoxLayout()
        transfer_row.addWidget(self.import_button)
        transfer_row.addWidget(self.export_button)
        transfer_row.addStretch(1)
        form.addRow("", transfer_row)
        form.addRow("", transfer_hint)
        section(self.tr("Look"))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_hint)
        form.setRowVisible(self.language_hint, bool(override))
        form.addRow(self.tr("A&ppearance"), self.appearance)
        section(self.tr("Content"))
        form.addRow("", _left(self.situation_button))
        form.addRow("", situation_hint)
        section(self.tr("Reminder"))
        form.addRow("", reminder_row)
        section(self.tr("Backups"))
        form.addRow(folder_label, place)
        form.addRow(self.tr("&Keep the last"), self.keep)
        form.addRow("", backup_hint)
        form.addRow("", _left(self.restore_button))
        journal_label = QLabel(self.tr("&Journal folder"), self)
        journal_label.setBuddy(self.open_other_button)
        journal_row = QHBoxLayout()
        journal_row.addWidget(self.journal_place, 1)
        journal_row.addWidget(self.open_other_button)
        form.addRow(journal_label, journal_row)
        form.addRow("", journal_hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for answer in buttons.buttons():
            answer.setIcon(QIcon())  # some styles add stock icons; words are enough
        self.buttons = buttons
        self.about_button = buttons.addButton(self.tr("About…"),
                                              QDialogButtonBox.ButtonRole.HelpRole)
        self.about_button.clicked.connect(self._on_about)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self._on_choose_folder)
        self.reset_button.clicked.connect(self._on_reset_folder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.demo_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.resize(700, 760)
        # Not the first field, "Lock after": a digit typed there at once changed how
        # soon the journal locks itself. On OK, Enter and Space do what Enter did anyway.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings, *,
             keys: Callable[[QWidget], None] | None = None,
             transfer: tuple[Callable[[QWidget], None], Callable[[QWidget], None]]
             | None = None, restore: Callable[[QWidget], None] | None = None,
             journal: tuple[Path | None, Callable[[QWidget], None]] | None = None,
             situation: Callable[[QWidget], None] | None = None) -> tuple[bool, bool]:
        """Show the dialog. Returns (changed, language_changed). `keys(parent)` opens
        "Passphrase and recovery code"; `transfer` is (import, export); both None while
        the journal is locked. `journal` is (the folder in use, or None while locked;
        open another journal). `situation(parent)` asks her situation again (stored in
        the journal at once, None while locked)."""
        dialog = cls(settings, parent, keys=keys, transfer=transfer, restore=restore,
                     journal=journal, situation=situation)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False, False
            return dialog.apply()
        finally:
            dialog.deleteLater()

    def url_problem(self) -> str | None:
        url = self.url.text().strip()
        if self.open_page.isChecked() and not url.lower().startswith(("https://", "http://")):
            return self.tr("Please give a web address that starts with https://.")
        return None

    def apply(self) -> tuple[bool, bool]:
        """Write the chosen values. Returns (changed, language_changed)."""
        s = self._settings

        def values() -> tuple[object, ...]:
            return (s.language, s.appearance, s.idle_minutes,
                    s.lock_on_minimise, s.lock_on_screen_lock, s.quick_exit_shortcut,
                    s.quick_exit_url, s.backup_folder, s.backup_keep, s.checkin_reminder,
                    s.checkin_reminder_time, s.discreet,
                    s.discreet_name)

        before = values()
        language_before = s.effective_language()
        if self.language.currentData() != self._language_shown:  # else --lang holds
            s.language = self.language.currentData()
        s.appearance = self.appearance.currentData()
        s.checkin_reminder = self.reminder.isChecked()
        at = self.reminder_time.time()
        s.checkin_reminder_time = (at.hour(), at.minute())
        s.idle_minutes = self.idle.value()
        s.lock_on_minimise = self.lock_minimise.isChecked()
        s.lock_on_screen_lock = self.lock_screen.isChecked()
        s.quick_exit_shortcut = self.shortcut.keySequence().toString(
            QKeySequence.SequenceFormat.PortableText)
        url = self.url.text().strip() if self.open_page.isChecked() else ""
        if self.url_problem() is None:
            s.quick_exit_url = url
        s.backup_folder = self._backup_folder
        s.backup_keep = self.keep.value()
        s.discreet = self.discreet.isChecked()
        s.discreet_name = self.discreet_name.currentData()
        s.sync()
        return before != values(), s.effective_language() != language_before

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_ok(self) -> None:
        problem = self.url_problem()
        if problem is not None:
            messages.error(self, self.tr("Settings"), problem)
            self.url.setFocus()
            return
        self.accept()

    @Slot()
    def _on_situation(self) -> None:
        if self._situation is not None:
            self._situation(self)

    @Slot()
    def _on_about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog.show_about(self, self._settings,
                               self._journal[0] if self._journal is not None else None)

    @Slot()
    def _on_keys(self) -> None:
        if self._keys is not None:
            self._keys(self)

    @Slot()
    def _on_launcher(self) -> None:
        """Write the launcher as the saved settings are; OK rewrites it if she changed
        discreet mode here meanwhile."""
        from ui import launcher

        try:
            launcher.install(self._settings)
        except launcher.LauncherTaken:
            messages.error(self, self.tr("Applications menu"), self.tr(
                "Another program already has a launcher with this name, so none was "
                "added. Choose another name for discreet mode and try again."))
            return
        except OSError as exc:
            messages.error(self, self.tr("Applications menu"), messages.error_text(exc))
            return
        messages.info(self, self.tr("Applications menu"), self.tr(
            "%1 is now in your applications menu.").replace(
            "%1", discreet.display_name(self._settings)))

    @Slot()
    def _on_restore(self) -> None:
        if self._restore is not None:
            self._restore(self)

    @Slot()
    def _on_open_other(self) -> None:
        if self._journal is not None:
            self._journal[1](self)

    def _on_transfer(self, index: int) -> None:
        if self._transfer is not None:
            self._transfer[index](self)

    @Slot()
    def _on_choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Choose a folder for your backups"),
                               self._backup_folder, purpose="backup")
        if chosen:
            self._backup_folder = chosen
            self._show_backup_place()

    @Slot()
    def _on_reset_folder(self) -> None:
        self._backup_folder = ""
        self._show_backup_place()

    # -- private ---------------------------------------------------------------------

    def _show_backup_place(self) -> None:
        self.backup_place.setText(self._backup_folder or self.tr(
            "In the journal folder"))
        self.backup_place.setCursorPosition(0)
        self.reset_button.setEnabled(bool(self._backup_folder))


def _left(widget: QWidget) -> QHBoxLayout:
    """A button at its own width, not stretched over the row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
