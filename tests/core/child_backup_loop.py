"""Child process: make automatic backups of a vault over and over, reporting each one.

Usage: child_backup_loop.py VAULT PASSPHRASE BACKUP_FOLDER KEEP MAX_BACKUPS

Prints "open" once the vault is open and then the file name of each backup after
make_backup has returned, so the parent can kill us in the middle of a later one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.backup import make_backup
from journal.keyslots import Secret
from journal.vault import Vault


def main() -> int:
    folder, passphrase, backups = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    keep, count = int(sys.argv[4]), int(sys.argv[5])
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        print("open", flush=True)
        for _ in range(count):
            print(make_backup(vault, backups, keep=keep).name, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
