"""Child process: change a vault's passphrase back and forth, reporting each change.

Usage: child_passwd_loop.py VAULT CURRENT OTHER MAX_CHANGES ITER,MEMORY_KIB,LANES

Prints the name of the passphrase now in force ("A" or "B" as given by the parent in
the form NAME=PASSPHRASE) after each change has returned, flushing each line, so the
parent can use the lines as its clock and kill us in the middle of a later change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.keyslots import KdfParams, Secret
from journal.vault import Vault


def main() -> int:
    folder = Path(sys.argv[1])
    current_name, current = sys.argv[2].split("=", 1)
    other_name, other = sys.argv[3].split("=", 1)
    max_changes = int(sys.argv[4])
    kdf = KdfParams(*(int(x) for x in sys.argv[5].split(",")))
    with Vault.open(folder, Secret.passphrase(current)) as vault:
        print("open", flush=True)
        for _ in range(max_changes):
            vault.change_passphrase(other, kdf=kdf)
            print(other_name, flush=True)
            (current_name, current), (other_name, other) = (
                (other_name, other), (current_name, current))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
