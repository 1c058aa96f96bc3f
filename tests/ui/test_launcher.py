"""The desktop launcher: a valid .desktop file in $XDG_DATA_HOME/applications that
starts this checkout's main.py; the neutral name and icon in discreet mode, written
again when discreet mode changes; another program's launcher is never replaced."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui import launcher
from ui.dialogs.settings_dialog import SettingsDialog

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def apps_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data / "applications"


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return  # the own checks above still run; the lead's machine has the tool
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_writes_a_valid_launcher_for_this_checkout(apps_dir, settings):
    path = launcher.install(settings)
    assert path == apps_dir / "haven.desktop"
    fields = entry(path)
    assert fields["Name"] == "Haven" and fields["Type"] == "Application"
    assert str(REPO / "main.py") in fields["Exec"]
    python = REPO / ".venv" / "bin" / "python"
    assert str(python if python.exists() else Path(sys.executable)) in fields["Exec"]
    assert Path(fields["Icon"]).is_file() and fields["Icon"].endswith("haven.svg")
    assert fields["StartupWMClass"] == "Haven"
    assert launcher.installed() == [path]
    validate(path)


def test_discreet_mode_gives_the_neutral_name_and_icon(apps_dir, settings):
    settings.discreet = True
    settings.discreet_name = "recipes"
    path = launcher.install(settings)
    assert path.name == "recipes.desktop"  # the app id the window has in discreet mode
    text = path.read_text(encoding="utf-8")
    fields = entry(path)
    assert fields["Name"] == "Recipes"
    assert fields["Icon"].endswith("discreet-recipes.svg")
    # Nothing but the program's own path says what it is.
    without_paths = text.replace(str(REPO), "").replace(fields["Icon"], "")
    assert "haven" not in without_paths.lower() and "journal" not in without_paths.lower()
    validate(path)


def test_changing_discreet_mode_rewrites_an_existing_launcher(make_app, qtbot, settings,
                                                              closed_vault, apps_dir):
    app = make_app()
    launcher.install(settings)
    settings.discreet = True
    settings.discreet_name = "notes"
    app.hub.settings_changed.emit()
    assert launcher.installed() == [apps_dir / "notes.desktop"]
    assert entry(apps_dir / "notes.desktop")["Name"] == "Notes"
    assert not (apps_dir / "haven.desktop").exists()
    settings.discreet = False
    app.hub.settings_changed.emit()
    assert launcher.installed() == [apps_dir / "haven.desktop"]


def test_no_launcher_is_made_when_there_was_none(make_app, settings, closed_vault, apps_dir):
    app = make_app()
    settings.discreet = True
    app.hub.settings_changed.emit()
    assert not apps_dir.exists() or list(apps_dir.iterdir()) == []


def test_another_programs_launcher_is_left_alone(apps_dir, settings, make_app,
                                                 closed_vault, message_log):
    apps_dir.mkdir(parents=True)
    theirs = apps_dir / "notes.desktop"
    theirs.write_text("[Desktop Entry]\nType=Application\nName=Notes\nExec=gnome-notes\n")
    settings.discreet = True
    with pytest.raises(launcher.LauncherTaken):
        launcher.install(settings)
    assert "gnome-notes" in theirs.read_text()
    # Switching discreet mode on with our launcher in place: it says so, keeps both.
    settings.discreet = False
    ours = launcher.install(settings)
    app = make_app()
    settings.discreet = True
    app.hub.settings_changed.emit()
    assert "gnome-notes" in theirs.read_text() and ours.exists()
    assert message_log.kinds() == ["error"]
    assert "old name" in message_log.texts()[0]


def test_settings_button_adds_it(apps_dir, settings, qtbot, message_log):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    if not sys.platform.startswith("linux"):
        pytest.skip("the button is for freedesktop desktops")
    assert dialog.launcher_button.isVisibleTo(dialog)
    dialog.launcher_button.click()
    assert (apps_dir / "haven.desktop").is_file()
    assert message_log.kinds() == ["info"]
    assert "applications menu" in message_log.texts()[0]


def test_make_launcher_writes_it(apps_dir, tmp_path):
    env = {"XDG_DATA_HOME": str(apps_dir.parent), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    make = shutil.which("make")
    assert make is not None
    result = subprocess.run([make, "-s", "launcher"], cwd=REPO, env=env, capture_output=True,
                            text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (apps_dir / "haven.desktop").is_file()
    assert str(apps_dir / "haven.desktop") in result.stdout


def test_another_discreet_name_moves_the_launcher_to_it(make_app, settings, closed_vault,
                                                        apps_dir, message_log):
    settings.discreet = True
    settings.discreet_name = "notes"
    launcher.install(settings)
    app = make_app()
    settings.discreet_name = "recipes"
    app.hub.settings_changed.emit()
    assert launcher.installed() == [apps_dir / "recipes.desktop"]
    fields = entry(apps_dir / "recipes.desktop")
    assert fields["Name"] == "Recipes" and fields["Icon"].endswith("discreet-recipes.svg")
    assert sorted(p.name for p in apps_dir.iterdir()) == ["recipes.desktop"]
    assert message_log.calls == []


def test_a_launcher_that_cannot_be_written_again_says_so_and_stays(make_app, settings,
                                                                   closed_vault, apps_dir,
                                                                   message_log):
    ours = launcher.install(settings)
    before = ours.read_text(encoding="utf-8")
    (apps_dir / ".notes.desktop.tmp").mkdir()  # where the new one would be written first
    app = make_app()
    settings.discreet = True
    settings.discreet_name = "notes"
    app.hub.settings_changed.emit()
    assert message_log.kinds() == ["error"]
    _kind, title, text = message_log.calls[0]
    assert title == "Applications menu"
    assert text.startswith("The launcher in your applications menu still shows the old name.")
    assert "Is a directory" in text
    assert launcher.installed() == [ours] and ours.read_text(encoding="utf-8") == before
    assert not (apps_dir / "notes.desktop").exists()


def test_discreet_mode_tried_in_the_demo_leaves_her_launcher_alone(make_app, settings,
                                                                   apps_dir):
    ours = launcher.install(settings)
    before = ours.read_bytes()
    app = make_app("--demo")
    app.settings.discreet = True
    app.settings.discreet_name = "recipes"
    app.hub.settings_changed.emit()
    assert launcher.installed() == [ours] and ours.read_bytes() == before


def test_the_demos_settings_offer_no_launcher(apps_dir, settings, qtbot):
    # In the demo the button would write a launcher into her real applications menu.
    dialog = SettingsDialog(settings.throwaway_copy())
    qtbot.addWidget(dialog)
    assert not dialog.launcher_button.isVisibleTo(dialog)
    assert not dialog.launcher_button.isEnabled()
