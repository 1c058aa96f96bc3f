"""How often Qt calls a Python event filter while she unlocks, opens the journal, the
therapist summary and the export dialog, and types a few letters: a count, not a time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/event_filter_probe.py
    .venv/bin/python bench/event_filter_probe.py --code ../before --code . --json F

Each call of a Python `eventFilter` from Qt takes Python's lock (the GIL), which waits up
to the switch interval (5 ms) while a worker thread runs Python; a filter on the
application is called for every event of every object. The probe counts the calls of
every `eventFilter` under ui/ on the GUI thread (`sys.setprofile`), per phase and per
filter, on a small journal made for it (300 entries, 90 check-ins, a cheap key
derivation: the counts do not depend on it). Each `--code DIR` runs that checkout's app
in a process of its own; the counts vary a little from run to run (timers: under 1 %).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "probe-passphrase-not-secret"
PHASES = ("unlock", "journal page", "type five letters in the search field",
          "therapist summary (until its preview)", "export dialog (shown, closed)")


class FilterCalls:
    """The calls of Python event filters under ui/ on this thread, per phase and filter."""

    def __init__(self) -> None:
        self.phase = "start"
        self.calls: dict[str, dict[str, int]] = {}

    def start(self) -> None:
        def profile(frame, event, _arg) -> None:
            code = frame.f_code
            if (event == "call" and code.co_name == "eventFilter"
                    and "/ui/" in code.co_filename.replace("\\", "/")):
                counts = self.calls.setdefault(self.phase, {})
                counts[code.co_qualname] = counts.get(code.co_qualname, 0) + 1
        sys.setprofile(profile)

    def stop(self) -> None:
        sys.setprofile(None)


def make_vault(folder: Path) -> None:
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore
    from journal.entries import EntryStore
    from journal.keyslots import KdfParams
    from journal.models import EntryDraft
    from journal.vault import Vault

    today = date.today()
    with Vault.create(folder, PASSPHRASE,
                      kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)) as vault:
        entries = EntryStore(vault)
        for n in range(300):
            entries.create(EntryDraft(today - timedelta(days=n), f"Day {n}",
                                      f"Wrote about the walk and the garden, day {n}."))
        checkins = CheckinStore(vault)
        for n in range(90):
            checkins.create(CheckinDraft(today - timedelta(days=n), mood=n % 11, anxiety=4,
                                         safety=6, sleep_hours=7.0))


def child() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "bench"))
    import gui_bench as gb  # puts HAVEN_BENCH_CODE (the checkout probed) first on sys.path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui import workers
    from ui.app import create_app
    from ui.settings import Settings

    qapp = QApplication.instance() or QApplication(["haven"])
    tmp = Path(tempfile.mkdtemp(prefix="haven-filter-probe-"))
    make_vault(tmp / "vault")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp))
    settings = Settings(QSettings(str(tmp / "haven.ini"), QSettings.Format.IniFormat))
    settings.language_override = "en"
    app = create_app(["haven", "--vault", str(tmp / "vault")], settings=settings)
    app.show()
    window = app.window

    wait = gb.wait_until

    def settle() -> None:
        wait(lambda: not workers.busy())
        for _ in range(5):
            qapp.processEvents()

    settle()
    counter = FilterCalls()
    counter.start()
    counter.phase = PHASES[0]
    page = window.current_screen
    page.field.setText(PASSPHRASE)
    page.unlock_button.click()
    wait(lambda: window.settled)
    window.repaint()
    settle()
    counter.phase = PHASES[1]
    ws = window.workspace
    journal = ws.journal_page
    ws.show_page(ws.pages.indexOf(journal))
    wait(lambda: not journal.model.loading)
    window.repaint()
    settle()
    counter.phase = PHASES[2]
    journal.search_edit.setFocus()
    wait(lambda: QApplication.focusWidget() is journal.search_edit)
    for key in (Qt.Key.Key_G, Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_D, Qt.Key.Key_E):
        QTest.keyClick(window.windowHandle(), key)  # as the window system delivers it
    wait(lambda: journal.search_model.query == "garde", timeout=10)
    settle()
    counter.phase = PHASES[3]
    from ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(window.vault, settings, window)
    dialog.show()
    settle()
    dialog.refresh()
    wait(lambda: not dialog.preparing)
    dialog.repaint()
    settle()
    dialog.close()
    settle()
    counter.phase = PHASES[4]
    from ui.dialogs.export_dialog import ExportDialog

    export = ExportDialog(window.run_key_work, window)
    export.show()
    settle()
    export.repaint()
    export.close()
    settle()
    counter.stop()
    app.shutdown()
    workers.wait_for_all(30_000)
    return counter.calls


def run_code(code: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(code), HAVEN_BENCH_CODE=str(code),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child"],
                          cwd=code, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the probe failed in {code}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, action="append",
                        help="a checkout to probe (give it twice to compare); default: this one")
    parser.add_argument("--json", type=Path, help="write the raw counts here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, os.getcwd())
        print(json.dumps(child()))
        return 0
    results = {str(code): run_code(code.resolve()) for code in args.code or [ROOT]}
    for code, calls in results.items():
        print(f"\n{code}")
        for phase in PHASES:
            counts = calls.get(phase, {})
            parts = ", ".join(f"{name} {n}" for name, n in
                              sorted(counts.items(), key=lambda kv: -kv[1]))
            print(f"  {phase}: {sum(counts.values())}  ({parts})")
        print(f"  all: {sum(sum(c.values()) for c in calls.values())}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
