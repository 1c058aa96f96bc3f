"""Before Qt starts on Linux: are the system libraries its X11 plugin needs there?

Without them Qt aborts with "Could not load the Qt platform plugin xcb", often naming
a library that is installed. This module finds the missing ones with `ldd` and says in
one line which they are and which Debian/Ubuntu packages add them. It imports no Qt,
so it can run where Qt itself cannot start.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+\.so[\w.]*)\s*=>\s*not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")
_SONAME = re.compile(r"^lib(?P<name>.+?)\.so\.(?P<version>[\d.]+)$")
# Libraries whose Debian package name does not follow from the soname (Debian policy
# 8.1: libfoo.so.N is in libfooN, libfoo-1.so.N in libfoo-1-N).
_PACKAGE_OF = {
    "libz.so.1": "zlib1g",
    "libgcc_s.so.1": "libgcc-s1",
    "libGLdispatch.so.0": "libglvnd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that usually holds `soname` (libxcb-icccm.so.4 is in
    libxcb-icccm4, libxkbcommon-x11.so.0 in libxkbcommon-x11-0)."""
    if soname in _PACKAGE_OF:
        return _PACKAGE_OF[soname]
    match = _SONAME.match(soname)
    if match is None:
        return soname
    name, major = match["name"], match["version"].split(".")[0]
    separator = "-" if name[-1].isdigit() else ""
    return f"lib{name}{separator}{major}".lower()


def not_found(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def message(missing: Iterable[str]) -> str:
    """One line: what is missing and the apt-get command that adds it."""
    libraries = list(dict.fromkeys(missing))
    packages = list(dict.fromkeys(debian_package(lib) for lib in libraries))
    return (f"Haven cannot start: Qt needs {', '.join(libraries)}, which "
            f"{'is' if len(libraries) == 1 else 'are'} not installed. On Debian or Ubuntu: "
            f"sudo apt-get install {' '.join(packages)}")


def import_error_message(exc: BaseException) -> str | None:
    """The same line for an ImportError of a Qt module whose library is missing."""
    missing = _CANNOT_OPEN.findall(str(exc))
    return message(missing) if missing else None


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin as PySide6 ships it (from a venv or the bundle)."""
    roots = []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    if hasattr(sys, "_MEIPASS"):  # the PyInstaller bundle
        roots.append(Path(sys._MEIPASS) / "PySide6")
    for root in roots:
        plugin = root / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start its X11 plugin: asked for, or no choice and no Wayland."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_for_xcb(environ: Mapping[str, str] | None = None) -> list[str]:
    """The libraries Qt's X11 plugin needs and does not find; empty when all is well,
    off Linux, or when another platform plugin is used."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not uses_xcb(environ):
        return []
    plugin = xcb_plugin()
    if plugin is None:
        return []
    # Loading the plugin as Qt will costs next to nothing (Qt loads the same libraries
    # right after); only when that fails is ldd asked for the whole list.
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = _CANNOT_OPEN.findall(str(exc))
    ldd = shutil.which("ldd")
    if ldd is None:
        return first
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                                timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return first
    return not_found(result.stdout) or first
