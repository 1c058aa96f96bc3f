"""A plaintext scan after a whole session in the real app: create a journal, write an
entry with unique markers in title, body and tags, search for it, open the settings,
lock (with the daily backup) and quit. Then no marker, and not the passphrase, is in
the vault folder, the files that appeared or changed in the temp folders, the settings
files (Haven's and Qt's QtProject.conf) or the Qt cache and home folders.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.core.sqlcipher_pages import encodings
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.settings_dialog import SettingsDialog

TEMP_DIRS = sorted({Path(tempfile.gettempdir()), Path("/var/tmp")})


def markers() -> dict[str, str]:
    tag = uuid.uuid4().hex[:10]
    return {
        "title": f"zqTitleMarker{tag}",
        "body": f"zqBodyMarker{tag}",
        "accented": f"zqGeheimZürichßé{tag}",
        "tag": f"zqtagmarker{tag}",
        "search": f"zqSearchOnly{tag}",
        "passphrase": f"quiet harbour lantern {tag}",
    }


def files_under(folder: Path) -> list[Path]:
    """Every file below `folder`; folders that vanish meanwhile (other processes use
    the temp folder too) are skipped."""
    found = []
    for root, _dirs, names in os.walk(folder, onerror=lambda _exc: None):
        found += [Path(root) / name for name in names if (Path(root) / name).is_file()]
    return found


def temp_state() -> dict[Path, tuple[int, int]]:
    state = {}
    for folder in TEMP_DIRS:
        for path in files_under(folder):
            try:
                stat = path.stat()
            except OSError:
                continue
            state[path] = (stat.st_mtime_ns, stat.st_size)
    return state


def changed_since(before: dict[Path, tuple[int, int]]) -> list[Path]:
    after = temp_state()
    return [p for p, mark in after.items() if before.get(p) != mark]


def scan(paths: list[Path], found_in: dict[str, str]) -> list[tuple[str, str]]:
    """(file, marker name) for every file holding a marker as UTF-8 or UTF-16."""
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:  # vanished, or not ours to read
            continue
        for name, marker in found_in.items():
            if any(form in data for form in encodings(marker)):
                hits.append((str(path), name))
    return hits


@pytest.fixture
def private_home(tmp_path, monkeypatch) -> Path:
    """HOME and the XDG folders in tmp_path, so Qt's caches land where we can see."""
    home = tmp_path / "home"
    for sub in (".cache", ".config", ".local/share", ".local/state"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    return home


def check_the_scanner(home: Path, marks: dict[str, str]) -> None:
    """The scan can fail: a marker written as UTF-16 into a cache file, and as UTF-8
    into a new temp file, is found; then both files go again."""
    before = temp_state()
    cache = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericCacheLocation))
    assert cache == home / ".cache"
    planted = cache / "some-app" / "state.bin"
    planted.parent.mkdir()
    planted.write_bytes(b"\x00\x01" + marks["body"].encode("utf-16-le") + b"\x00")
    with tempfile.NamedTemporaryFile(prefix="scan-check-", delete=False) as f:
        f.write(marks["accented"].encode("utf-8"))
    try:
        hits = scan(files_under(home) + changed_since(before), marks)
        assert (str(planted), "body") in hits
        assert (f.name, "accented") in hits
    finally:
        Path(f.name).unlink()
        planted.unlink()
        planted.parent.rmdir()


def test_no_plaintext_after_a_whole_session(make_app, qtbot, tmp_path, vault_dir, settings,
                                            private_home, monkeypatch):
    marks = markers()
    monkeypatch.setattr(RecoveryCodeDialog, "show_code",
                        classmethod(lambda cls, parent, code: True))
    check_the_scanner(private_home, marks)
    before = temp_state()

    # Create the journal.
    app = make_app()
    window = app.window
    welcome = window.current_screen
    qtbot.keyClicks(welcome.passphrase, marks["passphrase"])
    qtbot.keyClicks(welcome.repeat, marks["passphrase"])
    welcome.create_button.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)

    # Write an entry, typed key by key as she would.
    workspace = window.workspace
    workspace.new_entry("")
    page = workspace.journal_page
    editor = page.editor
    qtbot.keyClicks(editor.title_edit, f"About {marks['title']}")
    qtbot.keyClicks(editor.body_edit, f"{marks['body']} and ")
    editor.body_edit.insertPlainText(f"{marks['accented']} today")  # as an input method

    qtbot.keyClicks(editor.tags_edit, f"{marks['tag']}, sleep")
    qtbot.waitUntil(lambda: not editor.is_dirty, timeout=10_000)  # the autosave

    # Search for it, then for something that is nowhere.
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, marks["body"][:14])
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 1, timeout=10_000)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, marks["search"])
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 0, timeout=10_000)

    # Open the settings, look at the backup folder chooser (Qt writes QtProject.conf),
    # and close them.
    def cancel_chooser() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QFileDialog)
        chooser.reject()

    def close_settings() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        QTimer.singleShot(0, cancel_chooser)
        dialog.choose_button.click()
        dialog.reject()

    QTimer.singleShot(0, close_settings)
    window.edit_settings()

    # Lock (the daily backup is made now), then quit.
    window.lock()
    assert window.wait_until_closed()
    qtbot.waitUntil(lambda: window.workspace is None)
    app.shutdown()
    assert (vault_dir / "backups").is_dir()  # the backup was made and is scanned too

    places = {
        "vault folder": files_under(vault_dir),
        "temp folders": changed_since(before),
        "settings": files_under(tmp_path / "settings"),
        "home and Qt caches": files_under(private_home),
    }
    assert places["vault folder"] and places["settings"]  # there was something to scan
    assert {"haven.ini", "QtProject.conf"} <= {p.name for p in places["settings"]}
    leaks = {where: scan(paths, marks) for where, paths in places.items()}
    assert all(not hits for hits in leaks.values()), leaks
