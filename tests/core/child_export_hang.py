"""Child process: export a vault and stop halfway (after the first batch of entries has
been written), saying so, until killed.

Usage: child_export_hang.py VAULT PASSPHRASE_FILE TARGET json|zip|markdown-zip
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from journal import export
from journal.keyslots import Secret
from journal.vault import Vault


def main() -> int:
    folder, pass_file, target, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], \
        sys.argv[4]
    passphrase = pass_file.read_text(encoding="utf-8").splitlines()[0]
    real = export._entry_batch
    calls = []

    def batch_then_hang(snapshot, ids):
        calls.append(ids)
        if len(calls) == 3:  # two batches are written (a JSON chunk at least)
            print("halfway", flush=True)
            threading.Event().wait()  # until SIGKILL
        return real(snapshot, ids)

    export._entry_batch = batch_then_hang
    export.JSON_CHUNK = 1024  # written as it goes, not held back in one chunk
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        if kind == "json":
            export.export_json(vault, target)
        elif kind == "zip":
            export.export_json(vault, target, password="zip pw zip")
        else:
            export.export_markdown(vault, target, password="zip pw zip")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
