"""Search variants side by side on the benchmark vault: ranking and snippets in one
query (as Haven does) or in two, and SQLCipher's memory security on, off, or replaced
by locking the process's memory.

    .venv/bin/python bench/search_bench.py [--size 10000] [--reps 30] [--rounds 3]

Each variant runs in its own process (memory security is set per connection, but the
allocator it installs is SQLCipher's, process-wide), the variants alternating round
after round so that a change in the machine's load reaches all of them alike. Prints
p50 / p95 in ms per variant and word, with the load average before and after; the raw
figures go to bench/vaults/search-variants.json. Needs the vault `bench/run.py` built.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

VARIANTS = {
    "one step, memory security on (Haven)": {"steps": 1, "memsec": "ON", "mlock": False},
    "two steps, memory security on": {"steps": 2, "memsec": "ON", "mlock": False},
    "one step, memory security off": {"steps": 1, "memsec": "OFF", "mlock": False},
    "one step, memory security off, mlockall": {"steps": 1, "memsec": "OFF", "mlock": True},
}
WORDS = {"common": "vandaag", "rare": "zeilkamp"}


def two_step_search(vault, text, *, limit=50):
    """Rank first (rowids only), then snippets for the shown hits alone, in a second
    query that looks each one up by rowid (the variant tried; not what Haven does)."""
    from journal import search as s

    expression = s.match_expression(text)
    total = vault.row("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?",
                      [expression])[0]
    first = 0
    if total > s.RANK_WINDOW:
        first = vault.row("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
                          " ORDER BY rowid LIMIT 1 OFFSET ?",
                          [expression, total - s.RANK_WINDOW])[0]
    ranked = [r[0] for r in vault.rows(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid >= ?"
        " ORDER BY rank LIMIT ?", [expression, first, limit])]
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.title,"
        " snippet(entries_fts, -1, char(2), char(3), '…', ?) AS snippet"
        " FROM json_each(?) AS shown CROSS JOIN entries_fts"
        " JOIN entries e ON e.id = entries_fts.rowid"
        " WHERE entries_fts MATCH ? AND entries_fts.rowid = shown.value",
        [s.SNIPPET_TOKENS, json.dumps(ranked), expression])
    found = {r["id"]: r for r in rows}
    return s._hits([found[i] for i in ranked if i in found])


def child(size: int, variant: str, reps: int) -> dict[str, list[float]]:
    import sqlcipher3

    import journal.vault as vault_module
    from journal.keyslots import Secret
    from journal.search import search

    config = VARIANTS[variant]
    if config["mlock"]:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.mlockall(1 | 2) != 0:  # MCL_CURRENT | MCL_FUTURE
            raise SystemExit(f"mlockall failed: errno {ctypes.get_errno()}")
    real_connect = sqlcipher3.connect

    class Connection:
        """Passes everything through but the memory-security PRAGMA's value."""

        def __init__(self, conn):
            object.__setattr__(self, "_conn", conn)

        def execute(self, sql, *args):
            if sql.startswith("PRAGMA cipher_memory_security"):
                sql = f"PRAGMA cipher_memory_security = {config['memsec']}"
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

        def __setattr__(self, name, value):
            setattr(self._conn, name, value)

    vault_module.sqlcipher3.connect = lambda *a, **k: Connection(real_connect(*a, **k))
    home = BENCH / "vaults" / str(size)
    passphrase = (home / "passphrase.txt").read_text().splitlines()[0]
    vault = vault_module.Vault.open(home / "vault", Secret.passphrase(passphrase))
    out: dict[str, list[float]] = {}
    try:
        for kind, word in WORDS.items():
            run = (lambda w=word: search(vault, w)) if config["steps"] == 1 else (
                lambda w=word: two_step_search(vault, w))
            first = run()
            times = []
            for _ in range(reps):
                t0 = time.perf_counter_ns()
                hits = run()
                times.append((time.perf_counter_ns() - t0) / 1e6)
            assert [h.id for h in hits] == [h.id for h in first]
            out[kind] = times
            out[f"{kind}_ids"] = [h.id for h in hits]
    finally:
        vault.close()
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.size, args.child, args.reps)))
        return 0
    load_before = os.getloadavg()
    figures: dict[str, dict[str, list[float]]] = {v: {} for v in VARIANTS}
    ids: dict[str, dict[str, list[int]]] = {}
    for _ in range(args.rounds):
        for variant in VARIANTS:
            done = subprocess.run(
                [sys.executable, __file__, "--size", str(args.size), "--reps",
                 str(args.reps), "--child", variant],
                capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{variant}: {done.stderr.strip().splitlines()[-1:]}")
                continue
            result = json.loads(done.stdout)
            for kind in WORDS:
                figures[variant].setdefault(kind, []).extend(result[kind])
            ids[variant] = {k: result[f"{k}_ids"] for k in WORDS}
    load_after = os.getloadavg()
    same = len({json.dumps(v, sort_keys=True) for v in ids.values()}) <= 1
    print(f"{args.size} entries, {args.rounds} rounds x {args.reps} searches per variant; "
          f"load average before / after: {' '.join(f'{x:.2f}' for x in load_before)} / "
          f"{' '.join(f'{x:.2f}' for x in load_after)}; same hits in every variant: {same}")
    print("| variant | common word, top 50 | rare word |")
    print("|---|---:|---:|")
    for variant, by_kind in figures.items():
        if not by_kind:
            print(f"| {variant} | failed | failed |")
            continue
        cells = [f"{pct(by_kind[k], 50):.1f} / {pct(by_kind[k], 95):.1f}" for k in WORDS]
        print(f"| {variant} | {' | '.join(cells)} |")
    (BENCH / "vaults" / "search-variants.json").write_text(json.dumps(
        {"size": args.size, "load_before": load_before, "load_after": load_after,
         "figures": figures}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
