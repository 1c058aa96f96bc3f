"""The unlock screen: passphrase or recovery code, key derivation and opening the database
off the GUI thread, and a growing wait after repeated wrong tries. Nothing is ever wiped or
changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.errors import WrongSecret
from journal.keyslots import Secret
from journal.vault import Vault
from ui import messages, resources, workers
from ui.memory import give_back_freed_memory
from ui.widgets import busy_bar, button, label, secret_field

MAX_DELAY_SECONDS = 30


class RetryDelay:
    """How long to wait before the next try: 0 after the first wrong try, then 1, 2, 4,
    8 … seconds, at most 30. Kept by the app for as long as it runs, so locking again
    does not reset it."""

    def __init__(self) -> None:
        self.failures = 0

    def record_failure(self) -> int:
        """Count a wrong try; returns the seconds to wait before the next one."""
        self.failures += 1
        return self.delay()

    def delay(self) -> int:
        if self.failures <= 1:
            return 0
        return min(MAX_DELAY_SECONDS, 2 ** (self.failures - 2))

    def reset(self) -> None:
        self.failures = 0


class UnlockPage(QWidget):
    """Emits `unlocked` with the open vault, and `used_recovery_code` before that when
    the recovery code opened it. `hint` is the demo's passphrase, shown with a line
    worded here, so that it follows the language and discreet mode."""

    unlocked = Signal(object)  # Vault
    used_recovery_code = Signal()
    restore_requested = Signal()

    def __init__(self, folder: Path, retry: RetryDelay | None = None, *, hint: str = "",
                 before_open: Callable[[], None] | None = None,
                 neutral_name: str = "", neutral_icon: QIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._folder = Path(folder)
        # Called on the worker before the keys go back to be opened: e.g. wait until
        # the backup made as it locked has finished and the vault is closed.
        self._before_open = before_open
        # Discreet mode: a neutral name and icon, no "Haven", no "journal".
        self._neutral = bool(neutral_name)
        self._retry = retry or RetryDelay()
        self._recovery_mode = False
        self._busy = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_tick)

        logo = QLabel(self)
        icon = neutral_icon if self._neutral and neutral_icon else resources.app_icon()
        logo.setPixmap(icon.pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setAccessibleName(neutral_name if self._neutral else self.tr("Haven"))
        title = label(neutral_name if self._neutral else self.tr("Welcome back"),
                      "screenTitle", parent=self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        subtitle = label(self.tr("Locked. Only you can open it.") if self._neutral else
                         self.tr("Your journal is locked. Only you can open it."),
                         "subtle", parent=self)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.field_label = label("", parent=self)
        self.field = secret_field("", "", self)
        self.field_label.setBuddy(self.field)
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.mode_link = button("", "linkButton", parent=self)
        self.error_text = label("", "errorText", parent=self)
        self.error_text.setAccessibleName(self.tr("Message"))
        self.error_text.hide()
        self.unlock_button = button(self.tr("Unlock"), "primary", parent=self)
        self.unlock_button.setDefault(True)
        self.busy = busy_bar(self.tr("Opening") if self._neutral
                             else self.tr("Opening your journal"), self)
        self.busy_text = label(self.tr("Opening…") if self._neutral
                               else self.tr("Opening your journal…"), "hint", parent=self)
        self.busy_text.hide()
        self.hint_text = label((self.tr("The passphrase of this example is: %1")
                                if self._neutral else
                                self.tr("This is a demo journal. Its passphrase is: %1"))
                               .replace("%1", hint), "hint", parent=self)
        self.hint_text.setVisible(bool(hint))
        self.hint_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.restore_link = button(self.tr("Restore from a backup…"), "linkButton",
                                   parent=self)

        links = QHBoxLayout()
        links.addWidget(self.show_text)
        links.addStretch(1)
        links.addWidget(self.mode_link)
        actions = QHBoxLayout()
        actions.addWidget(self.busy)
        actions.addWidget(self.busy_text)
        actions.addStretch(1)
        actions.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addWidget(self.field_label)
        column.addWidget(self.field)
        column.addLayout(links)
        column.addWidget(self.error_text)
        column.addLayout(actions)
        column.addSpacing(8)
        column.addWidget(self.hint_text)
        column.addWidget(self.restore_link, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(460)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 10)
        outer.addStretch(1)

        self.field.returnPressed.connect(self._on_unlock)
        self.field.textChanged.connect(self._update_button)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.mode_link.clicked.connect(self._on_switch_mode)
        self.show_text.toggled.connect(self._on_show_toggled)
        self.restore_link.clicked.connect(self.restore_requested)
        QWidget.setTabOrder(self.field, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.show_text)
        QWidget.setTabOrder(self.show_text, self.mode_link)
        QWidget.setTabOrder(self.mode_link, self.restore_link)
        self._apply_mode()
        if self._retry.delay():
            self._start_wait(self._retry.delay())

    # -- public ----------------------------------------------------------------------

    @property
    def recovery_mode(self) -> bool:
        return self._recovery_mode

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        self._apply_mode()

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def seconds_to_wait(self) -> int:
        return self._wait_left

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.field.setFocus()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_switch_mode(self) -> None:
        self.set_recovery_mode(not self._recovery_mode)
        self.field.setFocus()

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown
                               else QLineEdit.EchoMode.Password)

    @Slot()
    def _on_unlock(self) -> None:
        if not self._can_try():
            return
        text = self.field.text()
        secret = (Secret.recovery_code(text) if self._recovery_mode
                  else Secret.passphrase(text))
        folder, before_open = self._folder, self._before_open
        self._set_busy(True)

        def work() -> Vault:
            give_back_freed_memory()  # not on top of the key derivation's 64 MiB
            try:
                keys = Vault.unlock_keys(folder, secret)
            finally:
                secret.wipe()
            if before_open is not None:
                try:
                    before_open()
                except BaseException:
                    keys.wipe()
                    raise
            # Opened here too, off the GUI thread: on it, it would be a good part of the
            # unlock's one long event, and the first unlock after an update may migrate
            # the vault (a new index reads every entry: seconds at 100,000).
            return Vault.open_unlocked(keys)  # wipes the keys

        workers.run_in_background(
            self, work,
            on_success=self._on_opened, on_failure=self._on_failed,
            on_dropped=lambda vault: vault.close(), on_bug=lambda: self._set_busy(False),
            foreground=True)

    @Slot()
    def _on_tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
        self._update_button()

    @Slot()
    def _update_button(self) -> None:
        if self._wait_left:
            self.unlock_button.setText(
                self.tr("Wait %n s", "", self._wait_left))
            self.unlock_button.setAccessibleName(self.tr(
                "You can try again in %n seconds", "", self._wait_left))
        else:
            self.unlock_button.setText(self.tr("Unlock"))
            self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setEnabled(self._can_try())

    # -- private ---------------------------------------------------------------------

    def _can_try(self) -> bool:
        return not self._busy and not self._wait_left and bool(self.field.text())

    def _on_opened(self, vault: Vault) -> None:
        self._retry.reset()
        self._busy = False
        self.field.clear()
        if self._recovery_mode:
            self.used_recovery_code.emit()
        self.unlocked.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongSecret):
            wait = self._retry.record_failure()
            if self._neutral:
                text = (self.tr("That recovery code is not right. Please check it and try "
                                "again.") if self._recovery_mode else
                        self.tr("That passphrase is not right. Please check it and try "
                                "again."))
            else:
                text = (self.tr("That recovery code did not open your journal. Please "
                                "check it and try again.") if self._recovery_mode else
                        self.tr("That passphrase did not open your journal. Please check "
                                "it and try again."))
            if wait:
                self._start_wait(wait)
        else:
            text = messages.error_text(exc)
        self.error_text.setText(text)
        self.error_text.show()
        self.field.selectAll()
        self.field.setFocus()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self._countdown.start()
        self._update_button()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.field.setReadOnly(busy)
        self.mode_link.setEnabled(not busy)
        self.restore_link.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        if busy:
            self.error_text.hide()
        self._update_button()

    def _apply_mode(self) -> None:
        if self._recovery_mode:
            self.field_label.setText(self.tr("Recovery code"))
            self.field.setPlaceholderText(self.tr("For example 7KQ2-ABCD-…"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.mode_link.setText(self.tr("Use my passphrase instead"))
        else:
            self.field_label.setText(self.tr("Passphrase"))
            self.field.setPlaceholderText(self.tr("Your passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.mode_link.setText(self.tr("Use my recovery code instead"))
        self.mode_link.setAccessibleName(self.mode_link.text())
        self.field.clear()
        self.error_text.hide()
        self._update_button()
