"""Haven never connects to the network: no update check, crash report or telemetry.
The whole app with its demo journal, every page and the About dialog, without one
network connection from Python or Qt."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from ui.dialogs.about_dialog import AboutDialog


def inet_socket_inodes() -> set[str]:
    """Inodes of this process's TCP/UDP sockets (Linux /proc); Unix sockets (X11,
    D-Bus) are not the network."""
    table: set[str] = set()
    for name in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / name
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                table.add(line.split()[9])
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    return mine & table


def test_the_app_opens_no_network_connection(make_app, qtbot, settings, monkeypatch):
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs Linux /proc to list the process's sockets")
    before = inet_socket_inodes()
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family != socket.AF_UNIX:
            attempts.append(address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])

    app = make_app("--demo")
    workspace = app.window.workspace
    for index in range(workspace.page_count):
        workspace.show_page(index)
    about = AboutDialog(settings, app.window.folder, app.window)
    qtbot.addWidget(about)
    about.show()
    qtbot.wait(50)  # let anything the pages start run once
    about.hide()

    assert attempts == []
    assert inet_socket_inodes() - before == set()
    assert "PySide6.QtNetwork" not in sys.modules  # Qt's own networking is never loaded
