"""setuptools' build backend, plus PySide6-Essentials (for lrelease, see setup.py) in the
environment that builds a wheel. Editable installs (`make`) do not need it."""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403

# The same range as the runtime dependency in pyproject.toml.
LRELEASE_FROM = "PySide6-Essentials>=6.9,<6.12"


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_FROM]
