"""Child process: add entries one by one and report each committed id.

Usage: child_add_loop.py VAULT PASSPHRASE RUN MAX_ENTRIES

Each entry's title is "RUN-N" and its body names RUN and N too. After `create` has
returned (the transaction committed), writes "ID RUN-N" and flushes. The line is written
as one string: `print(a, b)` writes each piece on its own when PYTHONUNBUFFERED is set,
and a kill between two pieces would leave half a report.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.vault import Vault


def body_for(label: str) -> str:
    return f"durable entry {label}. " + "Something worth keeping. " * 20


def main() -> int:
    folder, passphrase, run, count = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        store = EntryStore(vault)
        print("open", flush=True)
        for n in range(count):
            label = f"{run}-{n}"
            entry_id = store.create(EntryDraft(date(2025, 1, 1), title=label,
                                               body=body_for(label), tags=[f"run{run}"]))
            sys.stdout.write(f"{entry_id} {label}\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
