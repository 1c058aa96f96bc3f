"""Build the application: arguments, translators, appearance, the window.

`create_app()` does everything except `exec()`, so tests can drive the real app.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import platformdirs
from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from journal.keyslots import DEFAULT_KDF, KdfParams
from journal.vault import Vault
from ui import discreet, heap, messages, resources, theme, workers
from ui.hub import Hub
from ui.main_window import MainWindow
from ui.settings import LANGUAGES, Settings
from ui.widgets import wheel_guard

# The demo vault is thrown away on exit; its passphrase is shown on the unlock screen.
DEMO_PASSPHRASE = "haven demo"


@dataclass
class Options:
    vault: Path | None = None
    demo: bool = False
    lang: str | None = None


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir("Haven", appauthor=False)) / "vault"


def remembered_vault_dir(settings: Settings) -> Path | None:
    """The journal she chose to open after restoring a backup, while it is there."""
    chosen = settings.vault_folder
    return Path(chosen) if chosen and Path(chosen).is_dir() else None


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog="haven", description="Haven, a private journal.")
    parser.add_argument("--vault", type=Path, metavar="DIR",
                        help="the journal's folder (default: the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away journal filled with sample content")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="the interface language for this run only (not saved; a "
                             "language chosen in Settings is saved and replaces it)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    # Qt's own options (-style, -platform, ...) are left for QApplication.
    args, _qt_args = parser.parse_known_args(list(argv) if argv is not None else None)
    return Options(vault=args.vault, demo=args.demo, lang=args.lang)


class HavenApp(QObject):
    """The running app: settings, hub, translators and the window."""

    def __init__(self, qapp: QApplication, options: Options, settings: Settings, *,
                 kdf: KdfParams = DEFAULT_KDF) -> None:
        super().__init__()
        if options.demo:
            settings = settings.throwaway_copy()  # what she tries there stays there
        self.qapp = qapp
        self.settings = settings
        self.hub = Hub(self)
        self._translators: list[QTranslator] = []
        self._language = ""
        self._shut_down = False
        self.demo_dir: Path | None = None
        if options.lang:
            settings.language_override = options.lang
        self.install_translators(settings.effective_language())
        self.dark = theme.apply(qapp, settings.appearance)

        demo_vault = None
        if options.demo:
            self.demo_dir = Path(tempfile.mkdtemp(prefix="haven-demo-"))
            atexit.register(shutil.rmtree, self.demo_dir, ignore_errors=True)
            folder = self.demo_dir / "vault"
            demo_vault = self._make_demo_vault(folder, settings.effective_language(), kdf)
        else:
            folder = options.vault or remembered_vault_dir(settings) or default_vault_dir()
        # The lock screen words the line itself, in the language and name shown then.
        self.window = MainWindow(folder, self.hub, settings, kdf=kdf,
                                 unlock_hint=DEMO_PASSPHRASE if options.demo else "")
        self.window.quit_requested.connect(qapp.quit)
        self.hub.settings_changed.connect(self._on_settings_changed)
        qapp.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        qapp.aboutToQuit.connect(self.shutdown)
        self.window.start(demo_vault)

    # -- public ----------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def show(self) -> None:
        self.window.show()

    def exec(self, stopped: Sequence[int] = ()) -> int:
        """Run the event loop. `stopped` notes signals that arrived before it (main.py
        appends to it until the handlers here replace its own)."""
        # A logout, `kill` or Ctrl+C in the terminal leaves as closing the window does:
        # drafts saved, vault locked, a demo folder removed. Python runs signal handlers
        # only between bytecodes, so an idle timer gives it a turn now and then.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: QTimer.singleShot(0, self.window.close))
        # Looked at only after the handlers above are in place: a signal noted before
        # is seen here, one after goes to them; none is lost in between.
        if stopped:
            QTimer.singleShot(0, self.window.close)
        ticker = QTimer(self.qapp)
        ticker.timeout.connect(lambda: None)
        ticker.start(200)
        return self.qapp.exec()

    def install_translators(self, lang: str) -> None:
        """Load Haven's and Qt's own translations for `lang` (English: only Haven's
        plural forms, "1 entry" for "%n entries"). Haven's goes in last, so it is asked
        first: it also has the words of Qt's dialogs that qtbase lacks (ui/qt_strings.py)."""
        for translator in self._translators:
            self.qapp.removeTranslator(translator)
        self._translators = []
        self._language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl"
                                   else QLocale.Language.English,
                                   QLocale.Country.Netherlands if lang == "nl"
                                   else QLocale.Country.UnitedKingdom))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [(f"haven_{lang}", str(resources.translations_dir()))]
        if lang != "en":
            files.insert(0, (f"qtbase_{lang}", qt_dir))
        for name, folder in files:
            translator = QTranslator(self)
            if translator.load(name, folder):
                self.qapp.installTranslator(translator)
                self._translators.append(translator)
        # Discreet mode: no translated text says "Haven" (see ui/discreet.py).
        self._discreet_as = self._discreet_state()
        if self.settings.discreet and not self._shut_down:
            name = discreet.display_name(self.settings)  # translated before it is installed
            neutral = discreet.NeutralNameTranslator(name, self._translators, self)
            self.qapp.installTranslator(neutral)
            self._translators.append(neutral)

    @Slot()
    def shutdown(self) -> None:
        """Close the vault, finish background work and remove a demo vault."""
        if self.window.isVisible() or self.window.vault is not None:
            self.window.close()
        workers.wait_for_all()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None
        # A translator written in Python must not be asked anything while the
        # interpreter shuts down (Qt still translates as it destroys widgets).
        self._shut_down = True
        for translator in self._translators:
            if isinstance(translator, discreet.NeutralNameTranslator):
                self.qapp.removeTranslator(translator)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_settings_changed(self) -> None:
        self.dark = theme.apply(self.qapp, self.settings.appearance)
        language = self.settings.effective_language()
        discreet_changed = self._discreet_state() != self._discreet_as
        if language != self._language or discreet_changed:
            self.install_translators(language)
            self.window.rebuild()
        if discreet_changed and self.demo_dir is None:  # a demo leaves her launcher alone
            self._update_launcher()

    def _update_launcher(self) -> None:
        """A desktop launcher she added takes the new name and icon (ui/launcher.py)."""
        from ui import launcher

        try:
            launcher.update_if_installed(self.settings)
        except launcher.LauncherTaken:
            messages.error(self.window, self.tr("Applications menu"), self.tr(
                "The launcher in your applications menu still shows the old name: another "
                "program already has a launcher with the new one."))
        except OSError as exc:
            messages.error(self.window, self.tr("Applications menu"), self.tr(
                "The launcher in your applications menu still shows the old name.") + " "
                + messages.error_text(exc))

    def _discreet_state(self) -> tuple[bool, str]:
        return self.settings.discreet, self.settings.discreet_name

    @Slot()
    def _on_color_scheme_changed(self) -> None:
        if self.settings.appearance == "system":
            self.dark = theme.apply(self.qapp, "system")

    # -- private ---------------------------------------------------------------------

    @staticmethod
    def _make_demo_vault(folder: Path, lang: str, kdf: KdfParams) -> Vault:
        from journal.demo import fill_demo

        vault = Vault.create(folder, DEMO_PASSPHRASE, kdf=kdf)
        try:
            fill_demo(vault, lang)
        except BaseException:
            vault.close()
            raise
        return vault


def create_app(argv: Sequence[str] | None = None, *, settings: Settings | None = None,
               kdf: KdfParams = DEFAULT_KDF) -> HavenApp:
    """Everything but the event loop. Tests pass their own settings and a cheap KDF."""
    argv = list(sys.argv if argv is None else argv)
    options = parse_args(argv[1:])
    qapp = cast(QApplication | None, QApplication.instance())
    if qapp is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        qapp = QApplication(argv)
    heap.collect_on_the_gui_thread(qapp)
    qapp.setApplicationName("Haven")
    qapp.setOrganizationName("Haven")
    qapp.setDesktopFileName("haven")
    qapp.setWindowIcon(resources.app_icon())
    settings = settings or Settings()  # its file is named explicitly, not by the app name
    if settings.discreet:
        # The names the desktop sees besides the title: the X11 window class (from
        # RESOURCE_NAME and the application name, read when the first window is made)
        # and the Wayland app id (the desktop file name). Neutral from the next start.
        neutral = settings.discreet_name
        os.environ["RESOURCE_NAME"] = neutral
        qapp.setApplicationName(neutral.capitalize())
        qapp.setOrganizationName(neutral.capitalize())  # folders Qt itself may name
        qapp.setDesktopFileName(neutral)
    font = QFont(qapp.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    qapp.setFont(font)
    wheel_guard.install()
    return HavenApp(qapp, options, settings, kdf=kdf)
