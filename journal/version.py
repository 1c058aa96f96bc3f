"""Haven's version: the one in pyproject.toml.

A source checkout reads pyproject.toml itself (an editable install's metadata keeps the
version it had when it was installed); an installed wheel or the standalone bundle reads
the package metadata. Imported only when the version is asked for, so the command line
and the app start no slower.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DIST_NAME = "haven"
UNKNOWN = "unknown"
_PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def version() -> str:
    from_source = _source_version(_PYPROJECT)
    if from_source:
        return from_source
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _source_version(pyproject: Path) -> str | None:
    """The version in a checkout's pyproject.toml, if this is Haven's checkout."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    version = project.get("version")
    if project.get("name") != DIST_NAME or not isinstance(version, str):
        return None
    return version
