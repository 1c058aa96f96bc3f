"""When Qt's X11 plugin lacks a system library, one clear line instead of Qt's abort."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import main
from ui import qt_libs

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f1e)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibX11.so.6 => /lib/x86_64-linux-gnu/libX11.so.6 (0x00007f1e)
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_output_gives_the_missing_libraries_once_each():
    assert qt_libs.not_found(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_names_the_libraries_and_the_apt_get_command():
    line = qt_libs.message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libGL.so.1", "libgl1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_debian_package_names(soname, package):
    assert qt_libs.debian_package(soname) == package


def test_package_names_agree_with_dpkg_for_the_libraries_installed_here():
    """The naming rule, checked against the real package database where there is one."""
    plugin = qt_libs.xcb_plugin()
    if plugin is None or not (shutil.which("ldd") and shutil.which("dpkg")):
        pytest.skip("needs PySide6's xcb plugin, ldd and dpkg (Debian or Ubuntu)")
    found = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                           check=True).stdout
    checked = 0
    for line in found.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[1] != "=>" or not parts[2].startswith("/") \
                or "PySide6" in parts[2]:
            continue
        owner = subprocess.run(["dpkg", "-S", parts[2]], capture_output=True, text=True,
                               check=False)
        if owner.returncode != 0:  # /lib vs /usr/lib: ask for the merged path too
            owner = subprocess.run(["dpkg", "-S", "/usr" + parts[2]], capture_output=True,
                                   text=True, check=False)
        if owner.returncode != 0:
            continue
        package = owner.stdout.split(":")[0]
        if package == "libc6" and qt_libs.debian_package(parts[0]) != "libc6":
            continue  # ld.so and friends: never missing on a system that runs Python
        assert qt_libs.debian_package(parts[0]) == package, parts[0]
        checked += 1
    assert checked >= 10


def test_an_import_error_for_a_missing_library_gets_the_same_line():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert qt_libs.import_error_message(exc).endswith("sudo apt-get install libegl1")
    assert qt_libs.import_error_message(ImportError("No module named 'PySide6'")) is None


@pytest.mark.parametrize(("environ", "xcb"), [
    ({}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
])
def test_only_the_x11_plugin_is_checked(environ, xcb):
    assert qt_libs.uses_xcb(environ) is xcb


def test_nothing_is_missing_when_qt_runs_offscreen():
    assert qt_libs.missing_for_xcb({"QT_QPA_PLATFORM": "offscreen"}) == []


def test_main_prints_the_line_and_leaves_before_qt_starts(monkeypatch, capsys):
    monkeypatch.setattr(qt_libs, "missing_for_xcb", lambda: ["libxcb-keysyms.so.1"])
    assert main.main([]) == 1
    err = capsys.readouterr().err
    assert err.strip() == qt_libs.message(["libxcb-keysyms.so.1"])
    assert "apt-get install libxcb-keysyms1" in err
