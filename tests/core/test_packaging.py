"""The packaging: the wheel carries what Haven needs at run time, the PyInstaller spec
collects it, the desktop file and AppStream metainfo are valid, the notices are complete.
(The standalone builds themselves are made by `make dist` and tried by
packaging/smoke.sh, outside `make test`.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from configparser import ConfigParser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from journal.version import version

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The file list of a wheel built from this checkout (with this environment's
    setuptools and PySide6, no download: a few seconds)."""
    out = tmp_path_factory.mktemp("wheel")
    source = out / "src"
    # A copy without the checkout's own build/ and .qm, as a clean clone would be.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "*.qm", "__pycache__", "bench",
        "tests", "docs", ".pytest_cache", ".ruff_cache", ".hypothesis"))
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                             "--outdir", str(out), str(source)], capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("haven-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_files(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return z.namelist()


@pytest.mark.slow
def test_the_wheel_has_translations_guidance_icons_styles_and_licences(wheel_files):
    files = set(wheel_files)
    expected = {"resources/translations/haven_nl.qm", "resources/icons/haven.svg",
                "resources/styles/base.qss", "resources/styles/dark.qss",
                "resources/licenses/NOTICES.txt", "resources/licenses/GPL-3.0-or-later.txt",
                "resources/prompts/prompts.json", "main.py", "ui/dialogs/about_dialog.py",
                f"haven-{version()}.dist-info/licenses/LICENSE"}
    guidance = {str(p.relative_to(ROOT).as_posix())
                for p in (ROOT / "resources" / "guidance").rglob("*.md")}
    icons = {str(p.relative_to(ROOT).as_posix())
             for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert guidance and icons
    assert expected | guidance | icons <= files, sorted((expected | guidance | icons) - files)


@pytest.mark.slow
def test_the_wheels_dutch_translation_loads(wheel, wheel_files, tmp_path):
    """The .qm compiled by the build step speaks Dutch (read by Qt in a child process:
    these tests import no Qt)."""
    with zipfile.ZipFile(wheel) as z:
        z.extract("resources/translations/haven_nl.qm", tmp_path)
    code = ("import sys; from PySide6.QtCore import QTranslator; t = QTranslator(); "
            "assert t.load(sys.argv[1]); print(t.translate('AboutDialog', 'Version %1'))")
    result = subprocess.run([sys.executable, "-c", code,
                             str(tmp_path / "resources/translations/haven_nl.qm")],
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "Versie %1"
    assert not any(name.startswith(("tests/", "bench/", "packaging/")) for name in wheel_files)


def test_the_spec_makes_one_folder_with_both_commands_and_all_resources():
    spec = (PACKAGING / "haven.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec  # one folder: Qt stays in separate, replaceable libraries
    assert 'name="haven"' in spec and 'name="haven-cli"' in spec
    assert '"main.py"' in spec and '"haven_cli.py"' in spec
    assert '(ROOT / "resources").rglob("*")' in spec
    assert 'copy_metadata("haven")' in spec  # the version in the bundle
    assert 'collect_submodules("ui")' in spec  # pages are imported by name
    assert "ui.report_pdf" in spec  # the command line's PDF summary needs Qt
    assert (PACKAGING / "haven_cli.py").is_file()


def test_the_desktop_file_starts_haven_under_the_apps_own_id():
    entry = ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(PACKAGING / "haven.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "haven" and desktop["Icon"] == "haven"
    # The window's app id (ui/app.py) is "haven": the taskbar groups it under this file.
    assert 'setDesktopFileName("haven")' in (ROOT / "ui" / "app.py").read_text(
        encoding="utf-8")
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install "
                    "desktop-file-utils)")
    result = subprocess.run([tool, str(PACKAGING / "haven.desktop")], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_the_metainfo_is_valid_and_names_this_version():
    root = ET.parse(PACKAGING / "haven.metainfo.xml").getroot()
    assert root.findtext("launchable") == "haven.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("releases/release").get("version") == version()
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run([tool, "validate", "--no-net", str(PACKAGING /
                                                                "haven.metainfo.xml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_licence_is_gpl3_or_later_everywhere():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    assert (ROOT / "resources" / "licenses" / "GPL-3.0-or-later.txt").read_text(
        encoding="utf-8") == licence
    assert 'license = "GPL-3.0-or-later"' in (ROOT / "pyproject.toml").read_text(
        encoding="utf-8")


def test_the_notices_name_every_runtime_dependency():
    """After adding a dependency, `make notices` writes its licence in."""
    notices = (ROOT / "resources" / "licenses" / "NOTICES.txt").read_text(encoding="utf-8")
    headings = set(re.findall(r"^=+\n(.+)\nLicence: ", notices, re.MULTILINE))
    needed: set[str] = set()
    todo = ["haven"]
    while todo:
        for text in metadata.requires(todo.pop()) or []:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            name = metadata.distribution(req.name).metadata["Name"]
            if name not in needed:
                needed.add(name)
                todo.append(name)
    assert needed and not needed - headings, sorted(needed - headings)
    for part in ("SQLCipher", "OpenSSL", "Qt 6", "Python", "PyInstaller bootloader"):
        assert any(h.startswith(part) for h in headings), part
