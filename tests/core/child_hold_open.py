"""Child process: open a vault, say so, and hold it open until stdin closes.

Usage: child_hold_open.py VAULT PASSPHRASE_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.keyslots import Secret
from journal.vault import Vault


def main() -> int:
    folder, pass_file = Path(sys.argv[1]), Path(sys.argv[2])
    passphrase = pass_file.read_text(encoding="utf-8").splitlines()[0]
    with Vault.open(folder, Secret.passphrase(passphrase)):
        print("open", flush=True)
        sys.stdin.read()  # until the parent closes our stdin
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
