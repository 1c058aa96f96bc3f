"""Run by test_input_on_windows.py on a real X server: real input (xdotool) through X11 to
the privacy watchers and the wheel guard. Prints one `name=value` line per check."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.privacy import DoubleEscape, IdleWatcher
from ui.widgets import wheel_guard


def pump(condition=lambda: False, ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end and not condition():
        QCoreApplication.processEvents()
        time.sleep(0.005)


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)
    pump()


def report(name: str, value: object) -> None:
    print(f"{name}={value}", flush=True)


def main() -> None:
    app = QApplication(sys.argv)
    wheel_guard.install()
    idle = IdleWatcher()
    idle.start()
    idle.set_interval_ms(60_000)
    escape = DoubleEscape()
    quits: list[bool] = []
    escape.triggered.connect(lambda: quits.append(True))

    area = QScrollArea()
    content = QWidget()
    layout = QVBoxLayout(content)
    first = QLineEdit()
    button = QPushButton("Kinds")
    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    spin = QSpinBox()
    spin.setValue(5)
    for widget in (first, button, combo):
        layout.addWidget(widget)
    for n in range(8):
        layout.addWidget(QLabel(f"line {n}"))
    layout.addWidget(spin)
    for n in range(30):
        layout.addWidget(QLabel(f"line {n}"))
    area.setWidget(content)
    menu = QMenu(area)
    menu.addAction("Check-ins")
    menu.addAction("Boundaries")
    button.clicked.connect(lambda: menu.popup(button.mapToGlobal(button.rect().bottomLeft())))
    area.setGeometry(100, 100, 320, 320)
    area.show()
    area.activateWindow()
    pump(lambda: area.isActiveWindow(), 3000)
    first.setFocus()
    pump(first.hasFocus)

    def idle_restarted_by(*steps: tuple[str, ...]) -> bool:
        pump(ms=1500)  # more of the wait gone than the steps take
        before = idle.timer.remainingTime()
        for step in steps:
            xdo(*step)
        return idle.timer.remainingTime() > before

    report("key_restarts_idle", idle_restarted_by(("key", "a")))
    spot = spin.mapToGlobal(spin.rect().center())
    bar = area.verticalScrollBar()
    xdo("mousemove", str(spot.x()), str(spot.y()))
    scrolled_from = bar.value()
    report("wheel_restarts_idle", idle_restarted_by(("click", "5")))
    report("wheel_left_the_spin_box", spin.value() == 5)
    report("wheel_scrolled_the_page", bar.value() > scrolled_from)
    bar.setValue(0)
    pump()

    xdo("key", "Escape")  # the first of a pair...
    centre = button.mapToGlobal(button.rect().center())
    xdo("mousemove", str(centre.x()), str(centre.y()))
    xdo("click", "1")
    pump(menu.isVisible, 2000)
    report("menu_open", menu.isVisible())
    item = menu.mapToGlobal(menu.actionGeometry(menu.actions()[1]).center())
    report("mouse_in_menu_restarts_idle", idle_restarted_by(
        ("mousemove", str(item.x()), str(item.y())),
        ("mousemove", str(item.x() + 4), str(item.y()))))
    xdo("key", "Escape")  # ...but this one closes the menu
    pump(lambda: not menu.isVisible(), 2000)
    report("menu_closed_by_escape", not menu.isVisible())
    xdo("key", "Escape")
    report("escape_closing_the_menu_did_not_count", not quits)

    box = QMessageBox(QMessageBox.Icon.Information, "Haven", "Something to read.",
                      parent=area)
    box.show()
    pump(lambda: QApplication.activeWindow() is box, 3000)
    report("key_in_message_box_restarts_idle", idle_restarted_by(("key", "a")))
    xdo("key", "Escape")
    pump(lambda: not box.isVisible(), 2000)
    report("escape_closing_the_box_did_not_count", not quits)

    area.activateWindow()
    pump(lambda: area.isActiveWindow(), 3000)
    # One xdotool for both: two runs of it leave the pair barely inside the 0.6 s.
    xdo("key", "--delay", "100", "Escape", "Escape")
    pump(lambda: bool(quits), 2000)
    report("escape_twice_quits", quits == [True])
    app.quit()


if __name__ == "__main__":
    main()
