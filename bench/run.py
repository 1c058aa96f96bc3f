"""Haven core benchmark: builds synthetic vaults and times the core operations.

    .venv/bin/python bench/run.py                  # 1k, 10k and 100k; writes RESULTS.md
    .venv/bin/python bench/run.py --sizes 1000     # a quick run; prints only
    .venv/bin/python bench/run.py --rebuild        # build the vaults afresh

Vaults live in bench/vaults/<size>/ (git-ignored) and are reused while their corpus,
build and key-derivation parameters match; one from an older schema is migrated in
place (opened, as Haven would), not rebuilt. See bench/README.md for what is measured.
Timings are wall-clock (time.perf_counter_ns); they never go into tests.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

from journal.entries import EntryStore  # noqa: E402
from journal.keyslots import DEFAULT_KDF, Secret  # noqa: E402
from journal.models import EntryDraft, EntryFilter  # noqa: E402
from journal.schema import SCHEMA_VERSION  # noqa: E402
from journal.search import search  # noqa: E402
from journal.vault import DB_NAME, Vault  # noqa: E402

VAULTS = BENCH / "vaults"
RESULTS = BENCH / "RESULTS.md"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
PASSPHRASE = "bench-passphrase-not-secret"
BATCH = 2_000  # entries per transaction while building
# Bump when the way a vault is built changes (the corpus has its own version).
BUILD_VERSION = 1
TARGET_SIZE = 10_000
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


# -- helpers -----------------------------------------------------------------------------

def percentile(samples_ns: list[int], p: float) -> float:
    """Nearest-rank percentile, in milliseconds."""
    ordered = sorted(samples_ns)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1] / 1e6


def summary(samples_ns: list[int]) -> dict[str, float]:
    return {"p50": percentile(samples_ns, 50), "p95": percentile(samples_ns, 95),
            "min": min(samples_ns) / 1e6, "max": max(samples_ns) / 1e6,
            "mean": statistics.fmean(samples_ns) / 1e6, "n": len(samples_ns)}


BUDGET_S = 30.0  # --budget: stop repeating a read after this long (but do at least MIN_REPS)
MIN_REPS = 20


def repeat(fn: Callable[[], Any], n: int, *, budget: bool = False) -> list[int]:
    samples: list[int] = []
    start = time.perf_counter_ns()
    for _ in range(n):
        t0 = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - t0)
        if (budget and len(samples) >= MIN_REPS
                and time.perf_counter_ns() - start > BUDGET_S * 1e9):
            break
    return samples


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def secret() -> Secret:
    return Secret.passphrase(PASSPHRASE)


def draft(entry: corpus.SynthEntry) -> EntryDraft:
    return EntryDraft(entry_date=entry.entry_date, title=entry.title, body=entry.body,
                      mood=entry.mood, tags=list(entry.tags))


# -- building ----------------------------------------------------------------------------

def wanted_meta(size: int) -> dict[str, Any]:
    return {"size": size, "corpus_version": corpus.CORPUS_VERSION, "seed": corpus.SEED,
            "build_version": BUILD_VERSION, "schema_version": SCHEMA_VERSION,
            "kdf": asdict(DEFAULT_KDF)}


def ensure_vault(size: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """The folder holding `vault/`, `passphrase.txt` and `meta.json` for `size` entries."""
    home = VAULTS / str(size)
    meta_path = home / "meta.json"
    want = wanted_meta(size)
    if not rebuild and meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        if all(meta.get(k) == v for k, v in want.items()):
            log(f"[{size}] reusing {home}")
            return home, meta
        if (all(meta.get(k) == v for k, v in want.items() if k != "schema_version")
                and isinstance(meta.get("schema_version"), int)
                and meta["schema_version"] < SCHEMA_VERSION):
            return home, migrate_vault(home, meta)
        log(f"[{size}] {home} is from another corpus or version; rebuilding")
    shutil.rmtree(home, ignore_errors=True)
    building = VAULTS / f"{size}.building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    (building / "passphrase.txt").write_text(PASSPHRASE + "\n")
    stats = corpus.CorpusStats()
    t0 = time.perf_counter_ns()
    with Vault.create(building / "vault", PASSPHRASE) as vault:
        store = EntryStore(vault)
        entries = corpus.generate(size, stats)
        done = 0
        while done < size:
            with vault.transaction():
                for entry in entries:
                    store.create(draft(entry))
                    done += 1
                    if done % BATCH == 0:
                        break
            if done % 10_000 == 0 or done == size:
                rate = done / ((time.perf_counter_ns() - t0) / 1e9)
                log(f"[{size}] built {done} entries ({rate:.0f}/s)")
    build_s = (time.perf_counter_ns() - t0) / 1e9
    meta = {**want, "build_seconds": round(build_s, 1), "corpus": asdict(stats),
            "built": datetime.now().isoformat(timespec="seconds")}
    del meta["corpus"]["extra"]
    (building / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    building.rename(home)
    return home, meta


def migrate_vault(home: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """A vault of the same corpus from an older schema: opening it migrates it (as it
    would for her), which takes seconds where a rebuild takes minutes."""
    log(f"[{meta['size']}] {home} is from schema {meta['schema_version']}; migrating it in "
        f"place to schema {SCHEMA_VERSION} (no rebuild)")
    t0 = time.perf_counter_ns()
    with Vault.open(home / "vault", secret()):
        pass
    seconds = (time.perf_counter_ns() - t0) / 1e9
    log(f"[{meta['size']}] migrated in {seconds:.1f} s (open, migration and close)")
    meta = {**meta, "schema_version": SCHEMA_VERSION,
            "migrated": datetime.now().isoformat(timespec="seconds")}
    (home / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


# -- measuring ---------------------------------------------------------------------------

def measure_unlock(folder: Path, runs: int) -> dict[str, Any]:
    kdf, rest, close = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter_ns()
        keys = Vault.unlock_keys(folder, secret())
        t1 = time.perf_counter_ns()
        vault = Vault.open_unlocked(keys)
        t2 = time.perf_counter_ns()
        vault.close()
        t3 = time.perf_counter_ns()
        kdf.append(t1 - t0)
        rest.append(t2 - t1)
        close.append(t3 - t2)
    return {"kdf": summary(kdf), "open": summary(rest), "close": summary(close)}


def measure_reads(folder: Path, reps: int, meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with Vault.open(folder, secret()) as vault:
        store = EntryStore(vault)
        out["crypto_provider"] = " ".join(
            str(vault.row(f"PRAGMA {p}")[0]) for p in ("cipher_provider",
                                                        "cipher_provider_version"))
        expected = {"common": meta["corpus"]["with_common"], "rare": meta["corpus"]["with_rare"]}
        for name, word in (("rare", corpus.RARE_WORD), ("common", corpus.COMMON_WORD)):
            t0 = time.perf_counter_ns()
            hits = search(vault, word, limit=50)
            first = time.perf_counter_ns() - t0
            if len(hits) != min(50, expected[name]):
                raise AssertionError(f"search {word!r}: {len(hits)} hits, expected "
                                     f"{min(50, expected[name])}")
            samples = repeat(lambda word=word: search(vault, word, limit=50), reps,
                             budget=True)
            out[f"search_{name}"] = {**summary(samples), "first": first / 1e6,
                                     "hits": len(hits)}
        # A common word with a filter (a tag on about one entry in eight): the ranking
        # window is found among the entries that pass the filter.
        flt = EntryFilter(tag=corpus.TAGS[0])
        first_hits = search(vault, corpus.COMMON_WORD, flt=flt, limit=50)
        out["search_filtered"] = {**summary(repeat(
            lambda: search(vault, corpus.COMMON_WORD, flt=flt, limit=50), reps, budget=True)),
            "hits": len(first_hits)}
        t0 = time.perf_counter_ns()
        rows = store.page(limit=100)
        first = time.perf_counter_ns() - t0
        assert len(rows) == min(100, meta["size"])
        out["page"] = {**summary(repeat(lambda: store.page(limit=100), reps, budget=True)),
                       "first": first / 1e6}
        # The journal list narrowed by a mood or by "shared with my therapist", as the
        # list model reads it: every month's count, then the first page. The corpus
        # shares no entry, so "not shared" is every entry: the most the index can hold.
        for key, narrow in (("mood", EntryFilter(mood=3)),
                              ("not_shared", EntryFilter(shared=False))):
            def narrowed(flt: EntryFilter = narrow) -> None:
                months = store.month_counts(flt)
                year, month, _n = months[0]
                store.page_in_month(flt, year, month, 0, limit=100)
            out[f"list_{key}"] = summary(repeat(narrowed, reps, budget=True))
        if store.count() != meta["size"]:
            raise AssertionError("count differs from the corpus size")
        out["count"] = summary(repeat(store.count, reps, budget=True))
    return out


def measure_add(home: Path, reps: int) -> dict[str, Any]:
    """Each add is its own committed transaction, on a copy so the corpus stays as built."""
    scratch = VAULTS / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(home / "vault", scratch)
    try:
        with Vault.open(scratch, secret()) as vault:
            sync = vault.row("PRAGMA synchronous")[0]
            if sync != 2:
                raise AssertionError(f"synchronous is {sync}, not FULL (2)")
            store = EntryStore(vault)
            drafts = [draft(corpus.entry_of_words(300, seed=i)) for i in range(reps)]
            it = iter(drafts)
            samples = repeat(lambda: store.create(next(it)), reps)
        return summary(samples)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def file_sizes(folder: Path) -> dict[str, int | None]:
    def size(name: str) -> int | None:
        path = folder / name
        return path.stat().st_size if path.exists() else None
    return {"db": size(DB_NAME), "wal": size(DB_NAME + "-wal"), "shm": size(DB_NAME + "-shm")}


def cli(args: list[str], *, importtime: bool = False) -> tuple[int, subprocess.CompletedProcess]:
    cmd = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "journal",
           *args]
    t0 = time.perf_counter_ns()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter_ns() - t0
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr}")
    return elapsed, proc


def compile_bytecode() -> None:
    """Compile journal/, cli/ and ui/ to bytecode, as installing Haven does (pip compiles a
    package's modules, and jrnl's venv has them compiled too). Where
    PYTHONDONTWRITEBYTECODE is set, as in some shells and CI, every whole-process run
    would otherwise compile what changed since from source again: about 15 ms of every
    command-line run, more for the app."""
    import compileall

    for package in ("journal", "cli", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def measure_process(home: Path, runs: int) -> dict[str, Any]:
    folder, pw = home / "vault", home / "passphrase.txt"
    compile_bytecode()
    out: dict[str, Any] = {}
    for name, word in (("rare", corpus.RARE_WORD), ("common", corpus.COMMON_WORD)):
        args = ["search", word, "--vault", str(folder), "--passphrase-file", str(pw), "--json"]
        samples = []
        for _ in range(runs):
            elapsed, proc = cli(args)
            json.loads(proc.stdout)
            samples.append(elapsed)
        out[f"search_{name}"] = summary(samples)
    # Python's own start-up, for scale.
    out["python_startup"] = summary(repeat(lambda: subprocess.run(
        [sys.executable, "-c", "pass"], check=True), runs))
    # Which modules the command line imports, and what they cost.
    _, proc = cli(["search", corpus.RARE_WORD, "--vault", str(folder), "--passphrase-file",
                   str(pw), "--json"], importtime=True)
    out.update(import_report(proc.stderr))
    return out


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def import_report(stderr: str) -> dict[str, Any]:
    modules, top = [], []
    for line in stderr.splitlines():
        m = _IMPORT_LINE.match(line)
        if not m:
            continue
        cum_us, indent, name = int(m[2]), len(m[3]), m[4]
        modules.append(name)
        if indent == 1:  # imported at the top level (not by another module)
            top.append((name, cum_us))
    qt = sorted({m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")})
    top.sort(key=lambda t: -t[1])
    return {"qt_modules": qt, "modules": len(modules),
            "import_total_ms": sum(c for _, c in top) / 1e3,
            "top_imports": [(n, c / 1e3) for n, c in top[:6]]}


# -- the whole run -----------------------------------------------------------------------

def machine() -> dict[str, str]:
    from results import cpu_model

    mem_kib = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    import sqlcipher3
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    return {
        "CPU": cpu_model(),
        "cores": f"{os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})",
        "RAM": f"{mem_kib / 1024 / 1024:.1f} GiB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLCipher": f"{cipher} (SQLite {sqlite}), sqlcipher3 "
                     f"{importlib.metadata.version('sqlcipher3')}",
        "cryptography": importlib.metadata.version("cryptography"),
        "date": datetime.now().astimezone().isoformat(timespec="minutes"),
        "code measured": git_state(),
    }


def git_state() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False).stdout.strip()
    dirty = git("status", "--porcelain", "--", "journal")
    return f"commit {git('rev-parse', '--short', 'HEAD')}" + (
        " (journal/ has uncommitted changes)" if dirty else ", journal/ clean")


def run_size(size: int, args: argparse.Namespace) -> dict[str, Any]:
    home, meta = ensure_vault(size, args.rebuild)
    folder = home / "vault"
    result: dict[str, Any] = {"size": size, "meta": meta}
    log(f"[{size}] unlock x{args.unlock_runs}")
    result["unlock"] = measure_unlock(folder, args.unlock_runs)
    log(f"[{size}] search, list and count x{args.reps}")
    result.update(measure_reads(folder, args.reps, meta))
    result["files_after_reads"] = file_sizes(folder)
    log(f"[{size}] add x{args.add_reps}")
    result["add"] = measure_add(home, args.add_reps)
    log(f"[{size}] whole-process command line x{args.cli_runs}")
    result["process"] = measure_process(home, args.cli_runs)
    result["files"] = file_sizes(folder)
    return result


def fmt(ms: float) -> str:
    if ms >= 100:
        return f"{ms:.0f}"
    if ms >= 10:
        return f"{ms:.1f}"
    return f"{ms:.2f}"


def pair(s: dict[str, float], wanted: int | None = None) -> str:
    text = f"{fmt(s['p50'])} / {fmt(s['p95'])}"
    if wanted is not None and s["n"] < wanted:
        text += f" (n={s['n']})"
    return text


def mib(n: int | None) -> str:
    return "none" if n is None else f"{n / 2**20:.1f} MiB"


def render(results: list[dict[str, Any]], info: dict[str, str],
           args: argparse.Namespace) -> str:
    sizes = [r["size"] for r in results]
    head = "| | " + " | ".join(f"{s:,} entries" for s in sizes) + " |"
    sep = "|---|" + "---:|" * len(sizes)

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> str:
        return f"| {label} | " + " | ".join(cell(r) for r in results) + " |"

    lines = ["## Machine", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "## Corpus", "",
              f"Seed {corpus.SEED}, corpus version {corpus.CORPUS_VERSION}; rare word "
              f"`{corpus.RARE_WORD}` (vocabulary rank {corpus.RARE_RANK}), common word "
              f"`{corpus.COMMON_WORD}` (rank {corpus.COMMON_RANK}).", "", head, sep,
              row("words (body)", lambda r: f"{r['meta']['corpus']['words']:,}"),
              row(f"entries containing `{corpus.RARE_WORD}`",
                  lambda r: f"{r['meta']['corpus']['with_rare']:,}"),
              row(f"entries containing `{corpus.COMMON_WORD}`",
                  lambda r: f"{r['meta']['corpus']['with_common']:,}"),
              row("build time (EntryStore.create, 2,000 per transaction)",
                  lambda r: f"{r['meta']['build_seconds']:.0f} s"),
              "", "## Results", "",
              f"Milliseconds, p50 / p95. Unlock: {args.unlock_runs} runs; search, list and "
              f"count: {args.reps} repetitions after one first call (fewer, shown as n=, when "
              f"they took over {args.budget:.0f} s); add: {args.add_reps} "
              f"entries; whole process: {args.cli_runs} runs.", "", head, sep,
              row("unlock: KDF (`Vault.unlock_keys`, Argon2id t=3 m=64 MiB p=4)",
                  lambda r: pair(r["unlock"]["kdf"])),
              row("unlock: the rest (`Vault.open_unlocked`)",
                  lambda r: pair(r["unlock"]["open"])),
              row("lock (`Vault.close`, checkpoints the WAL)",
                  lambda r: pair(r["unlock"]["close"])),
              row(f"search rare word, top 50 ({'/'.join(str(r['search_rare']['hits']) for r in results)} hits)",  # noqa: E501
                  lambda r: pair(r["search_rare"], args.reps)),
              row("search common word, top 50", lambda r: pair(r["search_common"], args.reps)),
              row(f"search common word, top 50, filtered by the tag `{corpus.TAGS[0]}`",
                  lambda r: pair(r["search_filtered"], args.reps)
                  if "search_filtered" in r else "–"),
              row("search, first call after open (rare / common)",
                  lambda r: f"{fmt(r['search_rare']['first'])} / "
                            f"{fmt(r['search_common']['first'])}"),
              row("list first page (`EntryStore.page(limit=100)`)",
                  lambda r: pair(r["page"], args.reps)),
              row("list filtered by mood 3: month counts + first page",
                  lambda r: pair(r["list_mood"], args.reps) if "list_mood" in r else "–"),
              row("list filtered by “not shared”: month counts + first page",
                  lambda r: pair(r["list_not_shared"], args.reps)
                  if "list_not_shared" in r else "–"),
              row("count (`EntryStore.count()`)", lambda r: pair(r["count"], args.reps)),
              row("add entry, 300 words, own transaction, synchronous=FULL",
                  lambda r: pair(r["add"])),
              row("whole process: `python -m journal search RARE --json`",
                  lambda r: pair(r["process"]["search_rare"])),
              row("whole process: `python -m journal search COMMON --json`",
                  lambda r: pair(r["process"]["search_common"])),
              row("whole process: `python -c pass` (start-up alone)",
                  lambda r: pair(r["process"]["python_startup"])),
              row("imports of `python -m journal` (from `-X importtime`)",
                  lambda r: f"{fmt(r['process']['import_total_ms'])}"),
              row("Qt modules imported by `python -m journal`",
                  lambda r: ", ".join(r["process"]["qt_modules"]) or "none"),
              row("haven.db size", lambda r: mib(r["files"]["db"])),
              row("haven.db-wal after close", lambda r: mib(r["files"]["wal"])),
              row("bytes of haven.db per body character",
                  lambda r: f"{r['files']['db'] / r['meta']['corpus']['body_chars']:.2f}"),
              ]
    target = next((r for r in results if r["size"] == TARGET_SIZE), None)
    if target is not None:
        kdf = target["unlock"]["kdf"]["p50"]
        checks = [
            ("unlock without the KDF", target["unlock"]["open"]["p50"], 50),
            ("search rare word", target["search_rare"]["p50"], 10),
            ("search common word", target["search_common"]["p50"], 10),
            ("search common word, filtered by a tag", target["search_filtered"]["p50"], 20),
            ("list first page", target["page"]["p50"], 50),
            ("list filtered by mood (month counts + first page)",
             target["list_mood"]["p50"], 50),
            ("list filtered by “shared” (month counts + first page)",
             target["list_not_shared"]["p50"], 50),
            ("count", target["count"]["p50"], 50),
            ("add entry", target["add"]["p50"], 50),
            ("whole-process search (rare) minus the KDF p50",
             target["process"]["search_rare"]["p50"] - kdf, 50),
            ("whole-process search (common) minus the KDF p50",
             target["process"]["search_common"]["p50"] - kdf, 50),
        ]
        lines += ["", f"## Targets at {TARGET_SIZE:,} entries (issue 2)", "",
                  "Everything except the KDF under 50 ms p50; search under 10 ms p50; "
                  "`python -m journal` does not import Qt.", "",
                  "| what | p50 (ms) | target | |", "|---|---:|---:|---|"]
        for label, value, limit in checks:
            lines.append(f"| {label} | {fmt(value)} | < {limit} ms | "
                         f"{'met' if value < limit else '**not met**'} |")
        qt = target["process"]["qt_modules"]
        lines.append(f"| `python -m journal` imports no Qt | {', '.join(qt) or 'none'} | none | "
                     f"{'met' if not qt else '**not met**'} |")
    top = results[-1]["process"]["top_imports"]
    lines += ["", f"Largest top-level imports of `python -m journal` ({results[-1]['size']:,} "
              "run, cumulative ms): " + ", ".join(f"`{n}` {fmt(c)}" for n, c in top) + "."]
    return "\n".join(lines) + "\n"


def write_results(path: Path, body: str) -> None:
    block = f"{BEGIN}\n{body}{END}\n"
    if path.exists():
        text = path.read_text()
        if BEGIN in text and END in text:
            before, rest = text.split(BEGIN, 1)
            after = rest.split(END, 1)[1].lstrip("\n")
            path.write_text(before + block + ("\n" + after if after else ""))
            return
    path.write_text("# Benchmark results\n\nWritten by `bench/run.py` between the markers; "
                    "the notes after them are kept.\n\n" + block + "\n## Notes\n")


def main(argv: list[str] | None = None) -> int:
    global BUDGET_S
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated vault sizes (default: 1000,10000,100000)")
    parser.add_argument("--rebuild", action="store_true", help="build the vaults afresh")
    parser.add_argument("--unlock-runs", type=int, default=10)
    parser.add_argument("--reps", type=int, default=200, help="repetitions of each read")
    parser.add_argument("--budget", type=float, default=BUDGET_S,
                        help="seconds after which a read stops repeating (at least "
                             f"{MIN_REPS} repetitions; default {BUDGET_S:.0f})")
    parser.add_argument("--add-reps", type=int, default=100)
    parser.add_argument("--cli-runs", type=int, default=10)
    parser.add_argument("--output", type=Path,
                        help="Markdown file to update (default: bench/RESULTS.md, but only "
                             "when all default sizes are run)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    BUDGET_S = args.budget

    VAULTS.mkdir(exist_ok=True)
    info = machine()
    load_before = os.getloadavg()
    results = [run_size(size, args) for size in sizes]
    load_after = os.getloadavg()
    info["load average (1/5/15 min) before / after the run"] = (
        f"{' '.join(f'{x:.2f}' for x in load_before)} / "
        f"{' '.join(f'{x:.2f}' for x in load_after)} (other processes on the machine "
        "slow every figure; a quiet machine shows about 0)")
    info["SQLCipher"] += f", crypto provider {results[0]['crypto_provider']}"
    body = render(results, info, args)
    print(body)
    output = args.output
    if output is None and tuple(sizes) == DEFAULT_SIZES:
        output = RESULTS
    if output is not None:
        write_results(output, body)
        log(f"wrote {output}")
    raw = args.json or VAULTS / "last-run.json"
    raw.write_text(json.dumps({"machine": info, "results": results}, indent=2) + "\n")
    log(f"raw figures in {raw}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
