"""One version, in pyproject.toml, everywhere it is shown."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from journal import version as version_module

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


def test_the_version_is_the_one_in_pyproject():
    assert version_module.version() == VERSION


def test_without_a_checkout_the_installed_metadata_is_used(monkeypatch, tmp_path):
    monkeypatch.setattr(version_module, "_PYPROJECT", tmp_path / "pyproject.toml")
    monkeypatch.setattr(version_module.metadata, "version", lambda name: "9.8.7")
    assert version_module.version() == "9.8.7"


def test_another_projects_pyproject_is_not_taken(monkeypatch, tmp_path):
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "other"\nversion = "1.2.3"\n', encoding="utf-8")
    monkeypatch.setattr(version_module, "_PYPROJECT", other)

    def not_installed(name):
        raise version_module.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version_module.metadata, "version", not_installed)
    assert version_module.version() == "unknown"


def test_command_line_and_app_print_it():
    for command in ([sys.executable, "-m", "journal", "--version"],
                    [sys.executable, "main.py", "--version"]):
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True,
                                timeout=60, check=True)
        assert result.stdout.strip() == f"haven {VERSION}", command


def test_the_apps_version_needs_no_qt():
    """`haven --version` answers where Qt cannot start (a missing system library)."""
    code = ("import sys, main; main.main(['--version']); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.splitlines()[-1] == "[]"
