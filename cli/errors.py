"""Exit codes, the command line's own errors, and the one sentence each error is
said in."""

from __future__ import annotations

from journal.errors import (
    BackupDamaged,
    DiskFull,
    ExportTargetExists,
    HavenError,
    ImportFailed,
    KeysChanged,
    NoPermission,
    NoRecoveryCode,
    PassphraseTooShort,
    SchemaTooNew,
    TargetExists,
    TargetInVault,
    VaultExists,
    VaultInUse,
    VaultUnreadable,
    WrongSecret,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_UNREADABLE, EXIT_IN_USE = range(6)
EXIT_NO_PERMISSION = 7  # 6 is an import that left files out (EXIT_IMPORT_INCOMPLETE)
# `import` read some files of a folder but not all (each is listed); the rest is imported.
EXIT_IMPORT_INCOMPLETE = 6


class UsageError(Exception):
    """Bad arguments found after parsing (e.g. an unreadable passphrase file)."""


class TargetError(Exception):
    """The file to write exists or cannot be written (exit 1)."""


def one_line(text: str) -> str:
    """An error message as one line: a newline or other control character inside a
    value she typed (a file name, an argument) is shown escaped, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def error_exit(exc: BaseException) -> tuple[int, str]:
    """The exit code and one plain sentence for an error."""
    match exc:
        case KeysChanged():
            return EXIT_UNREADABLE, ("The vault's key file (keys.json) was changed or "
                                     "damaged, so nothing can open it as it is; the "
                                     "passphrase is not the problem. Restore a backup, or "
                                     "put back a copy of keys.json.")
        case NoPermission(path=path):
            return EXIT_NO_PERMISSION, (f"Haven has no permission to read and write {path}; "
                                        "nothing was changed and the vault is not damaged. "
                                        "Check the permissions of that file and its folder.")
        case WrongSecret():
            return EXIT_WRONG_SECRET, "The passphrase or recovery code is not right."
        case NoRecoveryCode():
            return EXIT_WRONG_SECRET, "This vault has no recovery code."
        case BackupDamaged():
            return EXIT_UNREADABLE, f"This is not a Haven backup, or it is damaged ({exc})."
        case VaultUnreadable():
            return EXIT_UNREADABLE, f"This is not a Haven vault, or it is damaged ({exc})."
        case VaultInUse():
            return EXIT_IN_USE, "The vault is open in another Haven window or process."
        case VaultExists():
            return EXIT_ERROR, f"A new or restored vault needs an empty folder ({exc})."
        case SchemaTooNew():
            return EXIT_ERROR, "This vault was made by a newer Haven; please update Haven."
        case PassphraseTooShort(minimum=minimum):
            return EXIT_USAGE, f"A passphrase needs at least {minimum} characters."
        case ImportFailed(source=source, location=location, reason=reason):
            where = f"{source}, {location}" if location else source
            return EXIT_ERROR, f"Nothing was imported: {where}: {reason}."
        case TargetInVault(path=path, vault=vault):
            return EXIT_ERROR, (f"Nothing was written: {path} is inside the vault folder "
                                f"{vault}; choose a place outside any vault folder.")
        case TargetExists(path=path):
            return EXIT_ERROR, (f"Nothing was written: {path} already exists; use --force "
                                "to replace it.")
        case ExportTargetExists(path=path):
            return EXIT_ERROR, (f"{path} already exists and is not empty; "
                                "choose a new folder for the export.")
        case DiskFull():
            return EXIT_ERROR, "The disk is full; nothing was changed."
        case UsageError():
            return EXIT_USAGE, f"{exc}."
        case TargetError():
            return EXIT_ERROR, f"Nothing was written: {exc}."
        case HavenError():
            return EXIT_ERROR, f"{exc}."
        case OSError():
            return EXIT_ERROR, f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ") + "."
    raise exc
