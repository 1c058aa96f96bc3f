"""The commands on the vault itself: init, verify, passwd, backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.errors import EXIT_OK, EXIT_UNREADABLE, UsageError
from cli.inputs import new_passphrase, open_vault, secret
from journal.entries import EntryStore
from journal.keyslots import check_passphrase
from journal.schema import SCHEMA_VERSION
from journal.targets import check_target, write_file
from journal.vault import Vault


def cmd_init(args: argparse.Namespace) -> int:
    code_file = None
    if args.recovery_code_file:
        # Checked before the vault exists: a vault whose code nobody has helps no one.
        code_file = check_target(Path(args.recovery_code_file), overwrite=args.force,
                                 extra_vaults=[args.vault])
    folder = Path(args.vault)
    existed = folder.exists()
    vault = Vault.create(folder, new_passphrase(args.passphrase_file))
    try:
        with vault:
            if code_file is not None:
                code = vault.replace_recovery_code()
                write_file(code_file, code.encode() + b"\n", overwrite=args.force)
    except BaseException:
        _remove_new_vault(folder, existed=existed)
        raise
    print(f"Created a new vault in {args.vault}.")
    return EXIT_OK


def _remove_new_vault(folder: Path, *, existed: bool) -> None:
    """Undo `init`: the files a new vault has, and the folder if init made it."""
    import contextlib

    from journal.vault import DB_NAME, KEYS_NAME, LOCK_NAME

    for name in (KEYS_NAME, f"{KEYS_NAME}.tmp", DB_NAME, f"{DB_NAME}-wal",
                 f"{DB_NAME}-shm", f"{DB_NAME}-journal", LOCK_NAME):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    if not existed:
        with contextlib.suppress(OSError):
            folder.rmdir()


def cmd_verify(args: argparse.Namespace) -> int:
    from journal.backup import backup_status, default_folder

    folder = Path(args.backups) if args.backups else default_folder(Path(args.vault))
    with open_vault(args) as vault:
        # Before anything is written: the database file's time says when she last wrote.
        status = backup_status(folder, vault.folder)
        problems = vault.integrity_problems()
        version = vault.schema_version
        count = EntryStore(vault).count()
    if problems:
        print(f"damaged: {len(problems)} problem(s); first: {problems[0]}")
        return EXIT_UNREADABLE
    noun = "entry" if count == 1 else "entries"
    print(f"ok: {count} {noun}, schema {version} of {SCHEMA_VERSION}, "
          "encryption and database integrity checks passed")
    if status.newest is not None:
        print(f"backups: the newest is from {status.newest.created:%Y-%m-%d %H:%M} "
              f"in {folder}")
    else:
        print(f"backups: none in {folder}")
    if status.overdue:
        print("warning: the journal has changed for more than a day since the last "
              "backup: automatic backups have been failing or are missing. Make one with "
              "`backup --out FILE`, or open Haven to make the daily one.")
    if status.invalid:
        names = ", ".join(p.name for p in status.invalid)
        print(f"warning: {len(status.invalid)} file(s) in {folder} have a backup's name "
              f"but are not whole backups (left alone, never counted): {names}")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from journal.backup import default_folder, refresh_backups

    new = new_passphrase(args.new_passphrase_file)
    check_passphrase(new)
    code_file = None
    if args.new_recovery_code_file:
        if args.keep_key:
            raise UsageError("--keep-key keeps the recovery code; leave out "
                             "--new-recovery-code-file")
        code_file = check_target(Path(args.new_recovery_code_file), overwrite=args.force,
                                 extra_vaults=[args.vault])
    with open_vault(args) as vault:
        if not args.keep_key and vault.has_recovery_code and code_file is None:
            raise UsageError("a new key comes with a new recovery code: give "
                             "--new-recovery-code-file OUT for it (or --keep-key)")
        code = vault.change_passphrase(new, keep_key=args.keep_key)
        replaced = 0
        if not args.keep_key:
            if code is not None and code_file is not None:
                write_file(code_file, code.encode() + b"\n", overwrite=args.force)
            replaced = refresh_backups(vault, default_folder(vault.folder))
    if args.keep_key:
        print("The passphrase has been changed; the key was kept, so anything that "
              "carries the old key slots (such as a backup) still opens with the old "
              "passphrase.")
        return EXIT_OK
    print("The passphrase has been changed and the journal re-encrypted with a new key"
          + (f"; the new recovery code is in {code_file}" if code is not None else "")
          + ".")
    if replaced:
        print(f"{replaced} older backup(s) in {default_folder(Path(args.vault))} were "
              "replaced by a fresh one with the new key.")
    print("Backups or copies you saved elsewhere still open with the old passphrase: "
          "delete them, or keep them where no one else can reach them.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from journal.backup import write_backup

    out = check_target(Path(args.out), overwrite=args.force)
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    with open_vault(args) as vault:
        write_backup(vault, out, overwrite=args.force)
    print(f"Wrote an encrypted backup to {out}. It opens with the passphrase and "
          "recovery code this vault has now.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from journal.backup import restore_backup

    restore_backup(Path(args.source), secret(args), Path(args.vault))
    print(f"Restored the backup into {args.vault}; it passed the integrity checks.")
    return EXIT_OK
