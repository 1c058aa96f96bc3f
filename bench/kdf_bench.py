"""Argon2id with cryptography (OpenSSL, lanes one after the other) against libargon2
through argon2-cffi's bindings (one thread per lane), same parameters as Haven's
key slots (t=3, 64 MiB, p=4, 32 bytes).

    .venv/bin/python bench/kdf_bench.py --rounds 20
    .venv/bin/python bench/kdf_bench.py --json bench/raw/kdf.json

Each derivation runs in a fresh process, the variants alternating, as an unlock does
it: the process imports the variant's module (timed), derives once (timed: the first
derivation of a process, its 64 MiB fresh from the OS) and prints both. The whole
process is timed from outside too. Before timing, every variant must give the same key
as cryptography for a few passphrases and salts. Prints a table; raw figures in JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PARAMS = {"iterations": 3, "memory_kib": 64 * 1024, "lanes": 4, "length": 32}

# Each snippet sets `imported` (after its imports) and defines derive(secret, salt) -> key.
VARIANTS = {
    # What Haven did: derive_into from the secret's buffer into a bytearray.
    "cryptography": """
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
imported = time.perf_counter_ns()
def derive(secret, salt):
    out = bytearray(32)
    Argon2id(salt=salt, length=32, iterations=3, lanes=4,
             memory_cost=65536).derive_into(secret, out)
    return out
""",
    # The same pinned to one core: OpenSSL then derives on the calling thread alone.
    "cryptography, one core": """
import os
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
imported = time.perf_counter_ns()
def derive(secret, salt):
    out = bytearray(32)
    Argon2id(salt=salt, length=32, iterations=3, lanes=4,
             memory_cost=65536).derive_into(secret, out)
    return out
""",
    # The form: immutable copies of the secret (C heap) and of the key (bytes).
    "argon2-cffi hash_secret_raw": """
from argon2.low_level import Type, hash_secret_raw
imported = time.perf_counter_ns()
def derive(secret, salt):
    return hash_secret_raw(bytes(secret), salt, time_cost=3, memory_cost=65536,
                           parallelism=4, hash_len=32, type=Type.ID)
""",
    # libargon2's argon2_hash on the caller's buffers: no copy of secret or key.
    "argon2-cffi-bindings argon2_hash": """
from _argon2_cffi_bindings import ffi, lib
imported = time.perf_counter_ns()
def derive(secret, salt):
    out = bytearray(32)
    rv = lib.argon2_hash(3, 65536, 4, ffi.from_buffer(secret), len(secret),
                         salt, len(salt), ffi.from_buffer(out), 32, ffi.NULL, 0,
                         lib.Argon2_id, lib.ARGON2_VERSION_13)
    assert rv == lib.ARGON2_OK, rv
    return out
""",
}

CHILD = """
import json, sys, time
start = time.perf_counter_ns()
{snippet}
secret = bytearray(b"bench-passphrase-not-secret")
salt = bytes(range(16))
t0 = time.perf_counter_ns()
key = derive(secret, salt)
t1 = time.perf_counter_ns()
print(json.dumps({{"import_ms": (imported - start) / 1e6, "kdf_ms": (t1 - t0) / 1e6,
                  "key": bytes(key).hex()}}))
"""

CHECK = """
import json, os, time
{snippet}
cases = [(bytearray(p.encode()), bytes.fromhex(s)) for p, s in json.loads(os.environ["CASES"])]
print(json.dumps([bytes(derive(p, s)).hex() for p, s in cases]))
"""

CASES = [("bench-passphrase-not-secret", "00" * 16),
         ("correct horse battery staple", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
         ("wachtwoord met ë en ĳ en 🙂", "ff" * 16),
         ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345", "a5" * 24)]


def python_cmd(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def check_same_keys() -> None:
    env = {**os.environ, "CASES": json.dumps(CASES)}
    got = {name: json.loads(subprocess.run(python_cmd(CHECK.format(snippet=snippet)),
                                           env=env, capture_output=True, text=True,
                                           check=True).stdout)
           for name, snippet in VARIANTS.items()}
    first = got["cryptography"]
    for name, keys in got.items():
        if keys != first:
            raise AssertionError(f"{name} gives other keys than cryptography: {keys} {first}")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    args = parser.parse_args(argv)
    check_same_keys()
    before = os.getloadavg()
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in VARIANTS}
    for _ in range(args.rounds):
        for name, snippet in VARIANTS.items():
            t0 = time.perf_counter_ns()
            out = subprocess.run(python_cmd(CHILD.format(snippet=snippet)),
                                 capture_output=True, text=True, check=True).stdout
            whole = (time.perf_counter_ns() - t0) / 1e6
            sample = json.loads(out)
            sample["process_ms"] = whole
            samples[name].append(sample)
    after = os.getloadavg()
    print(f"load before / after: {before} / {after}; {args.rounds} processes each, "
          "alternating; ms p50 / p95")
    print("| variant | import | KDF | whole process |")
    print("|---|---:|---:|---:|")
    for name, rows in samples.items():
        cols = [[r[k] for r in rows] for k in ("import_ms", "kdf_ms", "process_ms")]
        print(f"| {name} | " + " | ".join(f"{pct(c, 50):.1f} / {pct(c, 95):.1f}"
                                          for c in cols) + " |")
    if args.json:
        args.json.write_text(json.dumps({"date": time.strftime("%Y-%m-%d %H:%M %Z"),
                                         "load_before": before, "load_after": after,
                                         "cpus": os.cpu_count(), "params": PARAMS,
                                         "samples": samples}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
