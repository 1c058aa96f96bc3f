"""Build step: the wheel gets the Dutch .qm compiled from the .ts it carries.

Everything else is in pyproject.toml. The .qm is not committed (a binary that every
translated string would change); `make` builds it in place for a checkout, and this step
builds it into every wheel, so a `pip install .` or `python -m build` Haven speaks
Dutch. It needs PySide6's lrelease in the build environment:
packaging/build_backend.py asks for it for wheels only (not for editable installs).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'lrelease'; lrelease()")


class BuildWithTranslations(build_py):
    """build_py, then every resources/translations/*.ts compiled into the build."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the checkout's own .qm is used (built by make)
            return
        sources = sorted(Path("resources", "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("no .ts files found: the wheel would have no translations")
        for ts in sources:
            qm = Path(self.build_lib, ts.with_suffix(".qm"))
            qm.parent.mkdir(parents=True, exist_ok=True)
            result = subprocess.run([sys.executable, "-c", LRELEASE, str(ts), "-qm", str(qm)],
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0 or not qm.is_file():
                raise SystemExit(f"lrelease could not compile {ts} (is PySide6 in the build "
                                 f"environment?):\n{result.stdout}{result.stderr}")


setup(cmdclass={"build_py": BuildWithTranslations})
