"""Child process: re-encrypt a vault with a new data key again and again.

Usage: child_reencrypt_loop.py VAULT PASSPHRASE MAX_ROUNDS ITER,MEMORY_KIB,LANES

Prints "done N" after each re-encryption has returned, flushing each line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.keyslots import KdfParams, Secret
from journal.vault import Vault


def main() -> int:
    folder, passphrase, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    kdf = KdfParams(*(int(x) for x in sys.argv[4].split(",")))
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        print("open", flush=True)
        for n in range(rounds):
            vault.reencrypt(passphrase, kdf=kdf)
            print(f"done {n}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
