"""Write resources/licenses/NOTICES.txt: the licences of everything Haven ships.

Run it (`make notices`) after a runtime dependency is added or changed; the file is
committed, so the wheel and every bundle carry it, and tests/packaging checks that it
names every runtime dependency. Licence texts come from the installed packages'
metadata; where a package ships none (PySide6, and the C libraries built into the
wheels) from this folder or Debian's /usr/share/common-licenses.
"""

from __future__ import annotations

import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resources" / "licenses" / "NOTICES.txt"
COMMON = Path("/usr/share/common-licenses")
SKIP_FILES = re.compile(r"(RECORD|WHEEL|METADATA|INSTALLER|REQUESTED|top_level\.txt|"
                        r"entry_points\.txt|direct_url\.json|.*\.json)$")

HEADER = """\
Haven is free software: GNU General Public License, version 3 or (at your option) any
later version (GPL-3.0-or-later); the full text is in GPL-3.0-or-later.txt beside this
file. It is built on the free software below; each part keeps its own licence, and its
licence text follows.

Where Haven is a standalone build (the Linux package and tarball, the Windows installer,
the macOS app), Qt and PySide6 are separate shared libraries under the GNU Lesser
General Public License v3 in the bundle's _internal/PySide6 folder (on macOS inside
Haven.app/Contents/Frameworks): you may replace them with your own compatible build.
Their source is at https://download.qt.io/official_releases/ (Qt) and
https://download.qt.io/official_releases/QtForPython/ (PySide6).
"""

# Parts built into the wheels that their Python metadata does not name or license.
EMBEDDED = [
    ("Qt 6 (the libraries inside PySide6)", "LGPL-3.0-only",
     "https://www.qt.io/  (Qt's own third-party parts: "
     "https://doc.qt.io/qt-6/licenses-used-in-qt.html)",
     [COMMON / "LGPL-3"]),
    ("SQLCipher (built into sqlcipher3)", "BSD-3-Clause", "https://www.zetetic.net/sqlcipher/",
     [HERE / "sqlcipher-LICENSE.txt"]),
    ("SQLite (part of SQLCipher)", "Public domain", "https://sqlite.org/copyright.html", []),
    ("OpenSSL (built into sqlcipher3 and cryptography)", "Apache-2.0",
     "https://www.openssl.org/", [COMMON / "Apache-2.0"]),
]
# Only in the standalone builds.
BUNDLE_ONLY = [
    ("Python", "PSF-2.0", "https://www.python.org/",
     [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"]),
    ("PyInstaller bootloader", "GPL-2.0-or-later WITH Bootloader-exception",
     "https://pyinstaller.org/", None),  # None: from the installed pyinstaller
]
# Only on Windows (no metadata to read here).
# Licences the metadata does not state in a word.
LICENCE_OF = {"sqlcipher3": "Zlib"}
OTHER_PLATFORMS = [("tzdata (Windows only)", "Apache-2.0", "https://github.com/python/tzdata")]


def runtime_distributions(root: str = "haven") -> list[metadata.Distribution]:
    """Haven's runtime dependencies, recursively, as installed (extras left out)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        for text in metadata.requires(name) or []:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            key = req.name.lower().replace("_", "-")
            if key in seen:
                continue
            try:
                seen[key] = metadata.distribution(req.name)
            except metadata.PackageNotFoundError:
                sys.exit(f"{req.name} is not installed: run this in Haven's .venv")
            todo.append(req.name)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta["Name"].lower() in LICENCE_OF:
        return LICENCE_OF[meta["Name"].lower()]
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = meta.get("License") or ""
    if licence and len(licence) < 80:
        return licence
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the text below"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    files = []
    for path in dist.files or []:
        parts = path.parts
        if not parts[0].endswith(".dist-info") or SKIP_FILES.match(path.name):
            continue
        if len(parts) == 2 and not re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)",
                                            path.name, re.IGNORECASE):
            continue
        files.append(("/".join(parts[1:]), path.read_text(encoding="utf-8")))
    return sorted(files)


def homepage(project_urls: list[str]) -> str:
    urls = dict((label.strip().lower(), url.strip()) for label, url in
                (u.split(",", 1) for u in project_urls if "," in u))
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if label in urls:
            return urls[label]
    return next(iter(urls.values()), "")


def section(title: str, licence: str, home: str, texts: list[tuple[str, str]]) -> str:
    lines = ["=" * 78, title, f"Licence: {licence}", f"Home: {home}", "=" * 78, ""]
    for name, text in texts:
        lines += [f"--- {name} ---", "", text.strip("\n"), ""]
    return "\n".join(lines) + "\n"


def read(paths: list[Path]) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def build() -> str:
    parts = [HEADER, "\nPython packages Haven uses at run time\n\n"]
    for dist in runtime_distributions():
        meta = dist.metadata
        home = meta.get("Home-page") or homepage(meta.get_all("Project-URL") or [])
        texts = licence_files(dist)
        if not texts and meta["Name"].lower().startswith(("pyside6", "shiboken6")):
            texts = [("(the LGPL-3.0 text is under Qt 6 below)", "")]
        parts.append(section(meta["Name"], licence_of(dist), home, texts))
    parts.append("\nLibraries built into those packages\n\n")
    for title, licence, home, paths in EMBEDDED:
        texts = read(paths) if paths else [(
            "notice", "The author disclaims copyright to this source code.")]
        parts.append(section(title, licence, home, texts))
    parts.append("\nOnly in the standalone builds\n\n")
    for title, licence, home, paths in BUNDLE_ONLY:
        texts = read(paths) if paths is not None else licence_files(
            metadata.distribution("pyinstaller"))
        parts.append(section(title, licence, home, texts))
    parts.append("\nOnly on other systems\n\n")
    for title, licence, home in OTHER_PLATFORMS:
        parts.append(section(title, licence, home, []))
    return "".join(parts)


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent)} ({OUT.stat().st_size // 1024} KiB)")
