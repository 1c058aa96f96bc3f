"""What a command reads besides its options: secrets and texts from files, standard
input or the terminal, and the checked values of its options."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cli.errors import UsageError
from journal.keyslots import Secret
from journal.models import MOOD_MAX, MOOD_MIN
from journal.vault import Vault

# A passphrase, code or file name fits in far less; /dev/zero has no first line.
MAX_SECRET_FILE_BYTES = 64 * 1024
MAX_LIMIT = 1_000_000_000


def read_first_line(path: str) -> str:
    """The first line of a passphrase or code file, as Notepad writes it too (a UTF-8
    byte-order mark is not part of the passphrase)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_SECRET_FILE_BYTES)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    first = raw.split(b"\n", 1)[0].rstrip(b"\r")
    if b"\n" not in raw and len(raw) == MAX_SECRET_FILE_BYTES:
        raise UsageError(f"{path} has no first line of a sensible length")
    try:
        text = first.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    return text.removeprefix("\ufeff")


def check_text(value: str, what: str) -> str:
    """A text argument: words given on the command line that are not UTF-8 arrive as
    lone surrogates, which nothing can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not UTF-8 text") from None
    return value


def read_body() -> str:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (a caller in this process gave a StringIO)
        return sys.stdin.read()
    data = stream.read()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UsageError("the body (standard input) is not UTF-8 text") from None


def ask(label: str) -> str:
    """Ask without echo on the terminal; refuse rather than read a secret with echo."""
    try:
        with open("/dev/tty") if sys.platform != "win32" else open("CON"):
            pass
    except OSError:
        raise UsageError("no terminal to ask for the passphrase; use --passphrase-file"
                         ) from None
    try:
        import getpass

        return getpass.getpass(label)
    except EOFError:
        raise UsageError("no passphrase was given") from None


def secret(args: argparse.Namespace) -> Secret:
    if args.passphrase_file and args.recovery_code_file:
        raise UsageError("give either --passphrase-file or --recovery-code-file, not both")
    if args.recovery_code_file:
        return Secret.recovery_code(read_first_line(args.recovery_code_file))
    if args.passphrase_file:
        return Secret.passphrase(read_first_line(args.passphrase_file))
    return Secret.passphrase(ask("Passphrase: "))


def new_passphrase(path: str | None) -> str:
    if path:
        return read_first_line(path)
    first = ask("New passphrase: ")
    if ask("Repeat the new passphrase: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    return Vault.open(Path(args.vault), secret(args))


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def limit_arg(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"limit is a whole number from 1 to {MAX_LIMIT}")
    return int(text)


def mood_arg(text: str) -> int:
    if not text.isdigit() or not MOOD_MIN <= int(text) <= MOOD_MAX:
        raise argparse.ArgumentTypeError(f"mood is a whole number {MOOD_MIN} to {MOOD_MAX}")
    return int(text)


def zip_password(path: str | None) -> str | None:
    if path is None:
        return None
    password = read_first_line(path)
    if not password:
        raise UsageError(f"the password file {path} is empty")
    return password


def strong_enough(password: str, flag: str, args: argparse.Namespace) -> str:
    """A password for a file that leaves the vault, held to the passphrase's minimum
    and strength (it guards the same words): refused when weak, unless she says
    --weak-password-ok."""
    from journal.keyslots import MIN_PASSPHRASE_LENGTH
    from journal.strength import ACCEPTABLE_STRENGTH, passphrase_strength

    if passphrase_strength(password) >= ACCEPTABLE_STRENGTH or args.weak_password_ok:
        return password
    if len(password) < MIN_PASSPHRASE_LENGTH:
        why = f"shorter than {MIN_PASSPHRASE_LENGTH} characters"
    else:
        why = "too easy to guess"
    raise UsageError(f"the password in {flag} is {why}; an export is as safe as its "
                     "password. Choose a longer one (a few unrelated words), or add "
                     "--weak-password-ok to use it anyway")


def read_text_file(path: str) -> str:
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_SECRET_FILE_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if len(raw) > MAX_SECRET_FILE_BYTES:
        raise UsageError(f"{path} is larger than {MAX_SECRET_FILE_BYTES} bytes")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
