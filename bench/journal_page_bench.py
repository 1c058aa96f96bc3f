"""The journal page made the first time after an unlock, split: making it (one event
on the GUI thread), its first show (polish, layout, paint), and until its list is
shown (the months and the first page, read on a worker in newer code). Each figure
both as wall time and as the GUI thread's own CPU time (`time.thread_time_ns`), which
a busy machine changes much less: on the shared 2-core machine the wall time is mostly
waiting for a core. Also the CPU time of the page's larger parts as they are made.

    .venv/bin/python bench/journal_page_bench.py --code BEFORE --code AFTER --rounds 3

Each round runs every checkout's app in a fresh process (alternating), on the 100k GUI
vault (`bench/vaults/gui-100000`, see gui_bench.py), unlocking `--runs` times; prints
the medians, and the raw figures with `--json FILE`. The page is made once the work
after unlock (the preload, the backup check) is done, or with `--at-once` as soon as
the unlock has settled, while the preload still reads (she opens her journal at once).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent


def child(folder: Path, runs: int, at_once: bool) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH))
    import gui_bench as gb  # puts HAVEN_BENCH_CODE first on sys.path

    from ui import workers
    from ui.pages import entry_editor, journal_list, journal_page, search_panel
    from ui.pages.unlock import UnlockPage

    parts: dict[str, list[float]] = {}

    def timed(cls: type, name: str) -> None:
        real = cls.__init__

        def init(self, *args: Any, **kwargs: Any) -> None:
            t = time.thread_time_ns()
            real(self, *args, **kwargs)
            parts.setdefault(name, []).append((time.thread_time_ns() - t) / 1e6)

        cls.__init__ = init

    timed(journal_page.JournalPage, "cpu: the page's __init__")
    timed(journal_list.JournalListPane, "cpu: list pane")
    timed(search_panel.FilterBar, "cpu: filter bar (in the list pane)")
    timed(journal_list.EntryListView, "cpu: list view (in the list pane)")
    timed(entry_editor.EntryEditor, "cpu: editor")

    qapp, app, _settings, _tmp = gb.start_app(folder)
    window = app.window

    wait = gb.wait_until

    def settle() -> None:
        for _ in range(3):
            qapp.processEvents()

    out: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        out.setdefault(name, []).append(value)

    for _ in range(runs):
        page = window.current_screen
        page.field.setText(gb.PASSPHRASE)
        page.unlock_button.click()
        wait(lambda: window.workspace is not None and window.workspace.isVisible()
             and getattr(window, "settled", True))
        if not at_once:
            wait(lambda: not workers.busy())  # the preload and the backup check
        settle()
        ws = window.workspace
        t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        made = ws.journal_page
        t1, c1 = time.perf_counter_ns(), time.thread_time_ns()
        ws.show_page(ws.pages.indexOf(made))
        settle()
        t2, c2 = time.perf_counter_ns(), time.thread_time_ns()
        wait(lambda m=made: not m.model.loading)
        settle()
        t3, c3 = time.perf_counter_ns(), time.thread_time_ns()
        add("wall: made", (t1 - t0) / 1e6)
        add("wall: first show", (t2 - t1) / 1e6)
        add("wall: until the list is shown", (t3 - t0) / 1e6)
        add("cpu: made", (c1 - c0) / 1e6)
        add("cpu: first show", (c2 - c1) / 1e6)
        add("cpu: until the list is shown", (c3 - c0) / 1e6)
        ws.show_page(ws.TRENDS)  # locked elsewhere: the next unlock makes it afresh
        wait(lambda: not workers.busy())
        settle()
        window.lock()
        wait(lambda: window.wait_until_closed(0)
             and isinstance(window.current_screen, UnlockPage))
    app.shutdown()
    workers.wait_for_all(30_000)
    return out | parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, action="append", default=[])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="unlocks per process")
    parser.add_argument("--at-once", action="store_true",
                        help="make the page while the preload still reads")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.runs, args.at_once)))
        return 0
    sys.path.insert(0, str(BENCH))
    import gui_bench

    folder = gui_bench.ensure_gui_vault(100_000)
    rounds = []
    for n in range(args.rounds):
        for code in args.code or [BENCH.parent]:
            before = os.getloadavg()
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(folder), "--runs", str(args.runs),
                 *(["--at-once"] if args.at_once else [])],
                capture_output=True, text=True, check=False,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                     "HAVEN_BENCH_CODE": str(code)})
            if proc.returncode != 0:
                raise SystemExit(proc.stderr[-3000:])
            figures = json.loads(proc.stdout.strip().splitlines()[-1])
            r = {"code": str(code), "load_before": before, "load_after": os.getloadavg(),
                 "figures": figures}
            rounds.append(r)
            medians = ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in figures.items())
            print(f"[{n + 1}/{args.rounds}] {code} (load {before[0]:.2f}): {medians}",
                  flush=True)
    if args.json:
        args.json.write_text(json.dumps(rounds, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
