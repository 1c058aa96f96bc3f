"""A desktop launcher: a freedesktop .desktop file in the user's applications folder
($XDG_DATA_HOME/applications, else ~/.local/share/applications) that starts this
checkout's Python with main.py.

In discreet mode it carries the neutral name and icon, and its file name is the app
id the window then has (so the taskbar groups the window under it). When discreet
mode changes, a launcher that exists is written again under the other name. Only
files this module wrote (their Exec line starts this checkout's main.py) are ever
replaced or removed; someone else's `notes.desktop` is left alone.

`make launcher` (python -m ui.launcher) or Settings → "Add to the applications menu".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journal.files import atomic_write
from ui import discreet, resources
from ui.settings import DISCREET_NAMES, Settings

REPO = Path(__file__).resolve().parents[1]
MAIN = REPO / "main.py"
PLAIN_ID = "haven"  # the app id (desktop file name) when discreet mode is off


class LauncherTaken(Exception):
    """A .desktop file of that name exists and was not written by this checkout."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} belongs to another program")
        self.path = path


def applications_dir() -> Path:
    data = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(data) if data and Path(data).is_absolute() else Path.home() / ".local" / "share"
    return base / "applications"


def app_id(settings: Settings) -> str:
    """The desktop file name without .desktop: as `create_app` names the app."""
    return settings.discreet_name if settings.discreet else PLAIN_ID


def python() -> Path:
    """This checkout's venv Python (as `make run` uses), else the one running now."""
    venv = REPO / ".venv" / "bin" / "python"
    return venv if venv.exists() else Path(sys.executable)


def _quote(arg: str) -> str:
    """An Exec argument, quoted as the Desktop Entry spec asks."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
        .replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def _value(text: str) -> str:
    """A string value: no line breaks, backslashes escaped."""
    return text.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ").replace(
        "\t", " ")


def exec_line() -> str:
    """The Exec value as written: quoted arguments, then the string escapes."""
    return _value(f"{_quote(str(python()))} {_quote(str(MAIN))}")


def desktop_entry(settings: Settings) -> str:
    """The text of the .desktop file for the settings as they are now. Discreet mode:
    the translated neutral name and its icon, and no word of what the app is."""
    name = discreet.display_name(settings)
    icon_name = f"discreet-{settings.discreet_name}" if settings.discreet else "haven"
    icon = resources._file_path("icons", f"{icon_name}.svg")
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={_value(name)}",
        f"Exec={exec_line()}",
        f"Path={_value(str(REPO))}",
        f"Icon={_value(str(icon))}",
        "Terminal=false",
        # The X11 window class create_app gives the window (RESOURCE_NAME, app name).
        f"StartupWMClass={app_id(settings).capitalize()}",
    ]
    if settings.discreet:
        lines.append("Categories=Utility;")
    else:
        lines += ["Comment=A private, encrypted journal",
                  "Comment[nl]=Een privé, versleuteld dagboek", "Categories=Utility;",
                  "Keywords=journal;diary;private;", "Keywords[nl]=dagboek;privé;"]
    return "\n".join(lines) + "\n"


def is_ours(path: Path) -> bool:
    """Whether `path` is a launcher written for this checkout."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.startswith("Exec=") and _value(_quote(str(MAIN))) in line
               for line in text.splitlines())


def installed() -> list[Path]:
    """The launchers of this checkout in the applications folder (any of its names)."""
    folder = applications_dir()
    return [path for key in (PLAIN_ID, *DISCREET_NAMES)
            if (path := folder / f"{key}.desktop").is_file() and is_ours(path)]


def install(settings: Settings) -> Path:
    """Write (or write again) the launcher for the settings as they are now; launchers
    of this checkout under another name go. LauncherTaken if the name belongs to
    another program; OSError if the folder cannot be written."""
    folder = applications_dir()
    target = folder / f"{app_id(settings)}.desktop"
    if target.exists() and not is_ours(target):
        raise LauncherTaken(target)
    folder.mkdir(parents=True, exist_ok=True)
    # Mode 0755: some desktops only start launchers marked executable.
    atomic_write(target, desktop_entry(settings).encode("utf-8"), mode=0o755,
                 temp=target.with_name(f".{target.name}.tmp"))
    for old in installed():
        if old != target:
            old.unlink(missing_ok=True)
    return target


def update_if_installed(settings: Settings) -> Path | None:
    """After a change of discreet mode: write the launcher again if there is one."""
    if not installed():
        return None
    return install(settings)


def main() -> int:
    """`make launcher`: write the launcher as the app's settings say now."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication(sys.argv[:1])
    settings = Settings()
    lang = settings.effective_language()
    translator = QTranslator(app)
    if lang != "en" and translator.load(f"haven_{lang}", str(resources.translations_dir())):
        app.installTranslator(translator)
    try:
        path = install(settings)
    except LauncherTaken as exc:
        print(f"Not written: {exc}.", file=sys.stderr)
        return 1
    print(f"Launcher written: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
