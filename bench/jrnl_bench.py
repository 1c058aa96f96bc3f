"""Haven against jrnl 4.6 on the same corpus: whole-process search and listing.

    .venv/bin/python bench/jrnl_bench.py                      # 10k and 100k
    .venv/bin/python bench/jrnl_bench.py --sizes 10000 --no-write

jrnl is installed into its own venv, bench/.venv-jrnl (git-ignored; made here on first
use with `pip install jrnl==4.6`). The same synthetic entries as the Haven bench vaults
(bench/corpus.py, same seed) are written as a jrnl journal and encrypted as jrnl 4.6
encrypts (v3: PBKDF2-SHA256 100,000 iterations + Fernet), in bench/vaults/jrnl-<size>/.
jrnl gets its password from a keyring backend that reads an environment variable
(bench/jrnl_keyring.py), since it cannot read one from a pipe.

Timed, whole process, wall clock, including the unlock (jrnl: PBKDF2 + decrypting and
parsing the whole journal; Haven: Argon2id + opening the vault):

- `jrnl -contains WORD` against `python -m journal search WORD --json` (rare word: jrnl
  prints all 39 / 394 matching entries, Haven the best 20; common word: both print 20,
  `jrnl -contains WORD -n 20`);
- `jrnl -n 20` against `python -m journal list --limit 20 --json` (the newest 20).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

VENV = BENCH / ".venv-jrnl"
JRNL_VERSION = "4.6"
VAULTS = BENCH / "vaults"
PASSWORD = "bench-passphrase-not-secret"
DEFAULT_SIZES = (10_000, 100_000)
SECTION = "## Haven against jrnl 4.6 (whole process, including the unlock)"
TIMEFORMAT = "%Y-%m-%d %H:%M"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ensure_venv() -> Path:
    jrnl = VENV / "bin" / "jrnl"
    if not jrnl.exists():
        log(f"installing jrnl {JRNL_VERSION} into {VENV}")
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        f"jrnl=={JRNL_VERSION}"], check=True)
    return jrnl


# -- building (runs under the jrnl venv's python) ---------------------------------------

def build(size: int, out: Path) -> None:
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    parts = []
    for n, entry in enumerate(corpus.generate(size)):
        minute = n % (24 * 60)
        stamp = f"{entry.entry_date.isoformat()} {minute // 60:02d}:{minute % 60:02d}"
        title = entry.title.rstrip(".?!") + "."
        tags = " ".join(f"@{t}" for t in entry.tags)
        body = entry.body.rstrip("\n") + (f"\n\n{tags}" if tags else "")
        parts.append(f"[{stamp}] {title}\n{body}\n")
    text = "\n".join(parts)
    enc = Jrnlv3Encryption("default", {"encrypt": True})
    enc.password = PASSWORD
    out.write_bytes(enc.encrypt(text))


def ensure_journal(size: int) -> Path:
    """bench/vaults/jrnl-<size>/: journal.txt (encrypted) and config/jrnl/jrnl.yaml."""
    home = VAULTS / f"jrnl-{size}"
    want = f"corpus {corpus.CORPUS_VERSION} seed {corpus.SEED} jrnl {JRNL_VERSION}\n"
    stamp = home / "built.txt"
    if stamp.is_file() and stamp.read_text() == want:
        return home
    log(f"[jrnl {size}] writing and encrypting the journal")
    shutil.rmtree(home, ignore_errors=True)
    (home / "config" / "jrnl").mkdir(parents=True)
    t0 = time.perf_counter()
    subprocess.run([str(VENV / "bin" / "python"), __file__, "--build", str(size),
                    "--out", str(home / "journal.txt")], check=True)
    (home / "config" / "jrnl" / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {home / 'journal.txt'}\n"
        f"linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '{TIMEFORMAT}'\n"
        f"version: v{JRNL_VERSION}\n")
    log(f"[jrnl {size}] built in {time.perf_counter() - t0:.0f} s")
    stamp.write_text(want)
    return home


# -- timing ------------------------------------------------------------------------------

def timed(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, str]:
    t0 = time.perf_counter_ns()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, check=False)
    elapsed = (time.perf_counter_ns() - t0) / 1e6
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} exited {proc.returncode}: "
                             f"{proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        rank = max(1, -(-len(ordered) * p // 100))
        return ordered[int(rank) - 1]
    return {"p50": pct(50), "p95": pct(95), "n": len(ordered)}


def compare(size: int, runs: int) -> dict[str, Any]:
    import run  # the Haven vault of the same corpus

    haven_home, _meta = run.ensure_vault(size, rebuild=False)
    run.compile_bytecode()  # as an installed Haven has it, like jrnl in its venv
    home = ensure_journal(size)
    jrnl_env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"),
                "PYTHONPATH": str(BENCH), "PYTHON_KEYRING_BACKEND": "jrnl_keyring.EnvKeyring",
                "JRNL_BENCH_PASSWORD": PASSWORD, "NO_COLOR": "1"}
    jrnl_env.pop("VIRTUAL_ENV", None)
    haven_env = dict(os.environ)
    jrnl = str(VENV / "bin" / "jrnl")
    haven = [sys.executable, "-m", "journal"]
    vault = ["--vault", str(haven_home / "vault"), "--passphrase-file",
             str(haven_home / "passphrase.txt")]
    cases = {
        "rare": ([jrnl, "-contains", corpus.RARE_WORD],
                 [*haven, "search", corpus.RARE_WORD, *vault, "--json"]),
        "common": ([jrnl, "-contains", corpus.COMMON_WORD, "-n", "20"],
                   [*haven, "search", corpus.COMMON_WORD, *vault, "--json"]),
        "list": ([jrnl, "-n", "20"], [*haven, "list", "--limit", "20", *vault, "--json"]),
    }
    out: dict[str, Any] = {"size": size}
    for name, (jcmd, hcmd) in cases.items():
        js, hs = [], []
        for _ in range(runs):
            elapsed, text = timed(jcmd, jrnl_env, cwd=home)
            if name == "rare" and corpus.RARE_WORD not in text:
                raise AssertionError(f"jrnl found no {corpus.RARE_WORD!r}: {text[:300]}")
            js.append(elapsed)
            elapsed, text = timed(hcmd, haven_env)
            json.loads(text)
            hs.append(elapsed)
        out[name] = {"jrnl": summary(js), "haven": summary(hs)}
        log(f"[jrnl {size}] {name}: jrnl {out[name]['jrnl']['p50']:.0f} ms, "
            f"haven {out[name]['haven']['p50']:.0f} ms")
    return out


def fmt(v: float) -> str:
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def render(results: list[dict[str, Any]], info: dict[str, str]) -> str:
    labels = {"rare": f"search a rare word (`{corpus.RARE_WORD}`)",
              "common": f"search a common word (`{corpus.COMMON_WORD}`, in 92% of entries; "
                        "jrnl `-n 20`)",
              "list": "list the newest 20"}
    lines = [SECTION, "",
             f"Written by `bench/jrnl_bench.py` ({info['date']}, {info['machine']}; load "
             f"average before / after: {info['load']}). Milliseconds p50 / p95, "
             f"{info['runs']} runs each (100k: half). jrnl: `jrnl -contains WORD` (prints every "
             "matching entry; `-n 20` for the common word) and `jrnl -n 20`, encrypted "
             "journal (v3), password from a keyring backend; "
             "Haven: `python -m journal search WORD --json` (best 20) and `list --limit 20 "
             "--json`, passphrase from a file. Both include their key derivation "
             "(jrnl PBKDF2 100,000 rounds; Haven Argon2id t=3, 64 MiB, p=4, about 0.1–0.15 s "
             "here). Target (issue 22): Haven at least 8× faster at 10,000 entries and 60× "
             "at 100,000.",
             "", "| entries | what | jrnl 4.6 | Haven | Haven faster by | target |",
             "|---:|---|---:|---:|---:|---:|"]
    for r in results:
        target = 8 if r["size"] <= 10_000 else 60
        for name, label in labels.items():
            j, h = r[name]["jrnl"], r[name]["haven"]
            ratio = j["p50"] / h["p50"]
            lines.append(f"| {r['size']:,} | {label} | {fmt(j['p50'])} / {fmt(j['p95'])} | "
                         f"{fmt(h['p50'])} / {fmt(h['p95'])} | {ratio:.1f}× | ≥ {target}× "
                         f"{'met' if ratio >= target else '**not met**'} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build(args.build, args.out)
        return 0
    sys.path.insert(0, str(ROOT))
    from results import publish, run_info

    ensure_venv()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    before = os.getloadavg()
    results = [compare(size, args.runs if size < 100_000 else max(2, args.runs // 2))
               for size in sizes]
    publish(SECTION, render(results, run_info(before, args.runs)), results,
            VAULTS / "jrnl-last-run.json", write=not args.no_write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
