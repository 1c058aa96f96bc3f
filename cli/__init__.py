"""`python -m journal` and `haven-cli`: the command line for scripting, backups and tests.

It sits beside the core and the GUI, not inside the core: everything goes through
journal/, and only `export --format pdf` imports ui.report_pdf (Qt, offscreen) to print
the summary, as the desktop app does.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or recovery code,
4 not a Haven vault or damaged (also: its key file was changed), 5 vault in use,
6 no permission to read or write the vault's folder or files.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from journal.entries import EntryStore
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
from journal.keyslots import Secret, check_passphrase
from journal.models import MOOD_MAX, MOOD_MIN, EntryDraft
from journal.schema import SCHEMA_VERSION
from journal.search import HIGHLIGHT_END, HIGHLIGHT_START, search
from journal.targets import check_target, vault_holding, write_file
from journal.vault import Vault

if TYPE_CHECKING:
    from journal.importers import ImportSummary

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_UNREADABLE, EXIT_IN_USE = range(6)
EXIT_NO_PERMISSION = 7  # 6 is an import that left files out (EXIT_IMPORT_INCOMPLETE)
# A passphrase, code or file name fits in far less; /dev/zero has no first line.
MAX_SECRET_FILE_BYTES = 64 * 1024
MAX_LIMIT = 1_000_000_000


class UsageError(Exception):
    """Bad arguments found after parsing (e.g. an unreadable passphrase file)."""


class TargetError(Exception):
    """The file to write exists or cannot be written (exit 1)."""


SUMMARY_FORMATS = ("pdf", "md")
# journal.importers.FORMATS, spelled out so that other commands need not import the
# importers (a test keeps the two the same).
IMPORT_FORMATS = ("jrnl-json", "dayone-json", "markdown", "daylio-csv", "haven-json")
# `import` read some files of a folder but not all (each is listed); the rest is imported.
EXIT_IMPORT_INCOMPLETE = 6
# What becomes of a Markdown file with no date (journal.importers.UNDATED).
UNDATED_CHOICES = ("file-time", "today", "skip")
LEFT_OUT_WORDS = {"video": ("video", "videos"), "audio": ("audio recording",
                                                          "audio recordings"),
                  "pdf": ("PDF", "PDFs"), "sketch": ("sketch", "sketches"),
                  "other_media": ("other attachment", "other attachments")}


def _read_first_line(path: str) -> str:
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


def _text(value: str, what: str) -> str:
    """A text argument: words given on the command line that are not UTF-8 arrive as
    lone surrogates, which nothing can store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"{what} is not UTF-8 text") from None
    return value


def _read_body() -> str:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (a caller in this process gave a StringIO)
        return sys.stdin.read()
    data = stream.read()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UsageError("the body (standard input) is not UTF-8 text") from None


def _ask(label: str) -> str:
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


def _secret(args: argparse.Namespace) -> Secret:
    if args.passphrase_file and args.recovery_code_file:
        raise UsageError("give either --passphrase-file or --recovery-code-file, not both")
    if args.recovery_code_file:
        return Secret.recovery_code(_read_first_line(args.recovery_code_file))
    if args.passphrase_file:
        return Secret.passphrase(_read_first_line(args.passphrase_file))
    return Secret.passphrase(_ask("Passphrase: "))


def _new_passphrase(path: str | None) -> str:
    if path:
        return _read_first_line(path)
    first = _ask("New passphrase: ")
    if _ask("Repeat the new passphrase: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def _open(args: argparse.Namespace) -> Vault:
    return Vault.open(Path(args.vault), _secret(args))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _limit(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"limit is a whole number from 1 to {MAX_LIMIT}")
    return int(text)


def _mood(text: str) -> int:
    if not text.isdigit() or not MOOD_MIN <= int(text) <= MOOD_MAX:
        raise argparse.ArgumentTypeError(f"mood is a whole number {MOOD_MIN} to {MOOD_MAX}")
    return int(text)


# -- commands ---------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    code_file = None
    if args.recovery_code_file:
        # Checked before the vault exists: a vault whose code nobody has helps no one.
        code_file = check_target(Path(args.recovery_code_file), overwrite=args.force,
                                 extra_vaults=[args.vault])
    folder = Path(args.vault)
    existed = folder.exists()
    vault = Vault.create(folder, _new_passphrase(args.passphrase_file))
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


def cmd_add(args: argparse.Namespace) -> int:
    draft = _draft_from_json(args) if args.json_input else _draft_from_options(args)
    with _open(args) as vault:
        entry_id = EntryStore(vault).create(draft)
    print(entry_id)
    return EXIT_OK


def _draft_from_options(args: argparse.Namespace) -> EntryDraft:
    if args.title is not None and args.title_file:
        raise UsageError("give either --title or --title-file, not both")
    title = _read_first_line(args.title_file) if args.title_file else args.title or ""
    tags = list(args.tag)
    if args.tags_file:
        tags += [t.strip() for t in _read_text_file(args.tags_file).splitlines() if t.strip()]
    _text(title, "the title")
    for tag in tags:
        _text(tag, "a tag")
    return EntryDraft(entry_date=args.date or date.today(), title=title, body=_read_body(),
                      mood=args.mood, tags=tags, share_with_therapist=args.share)


_JSON_FIELDS = {"title": str, "body": str, "tags": list, "date": str, "mood": int,
                "share": bool}


def _draft_from_json(args: argparse.Namespace) -> EntryDraft:
    """The entry as a JSON object on standard input: nothing of it on the command line."""
    given = [name for name in ("date", "title", "title_file", "tags_file", "mood")
             if getattr(args, name) is not None] + (["tag"] if args.tag else []) + (
             ["share"] if args.share else [])
    if given:
        raise UsageError(f"--json-input takes the entry from standard input only; leave "
                         f"out --{given[0].replace('_', '-')}")
    try:
        data = json.loads(_read_body())
    except (ValueError, RecursionError):
        raise UsageError("standard input is not a JSON object") from None
    if not isinstance(data, dict):
        raise UsageError("standard input is not a JSON object")
    for key, value in data.items():
        kind = _JSON_FIELDS.get(key)
        if kind is None:
            raise UsageError(f"unknown field {key!r} in the JSON object")
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise UsageError(f"the field {key!r} must be {kind.__name__}")
    tags = data.get("tags", [])
    if not all(isinstance(t, str) for t in tags):
        raise UsageError("the field 'tags' must be a list of text")
    try:
        when = _date(data["date"]) if "date" in data else date.today()
        mood = _mood(str(data["mood"])) if "mood" in data else None
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None
    return EntryDraft(entry_date=when, title=data.get("title", ""),
                      body=data.get("body", ""), mood=mood, tags=tags,
                      share_with_therapist=data.get("share", False))


def _read_text_file(path: str) -> str:
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


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        rows = EntryStore(vault).page(limit=args.limit)
    if args.json:
        print(json.dumps([{"id": r.id, "date": r.entry_date.isoformat(), "title": r.title,
                           "tags": list(r.tags), "mood": r.mood,
                           "shared": r.share_with_therapist} for r in rows],
                         ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.id:>6}  {r.entry_date.isoformat()}  {r.title or r.preview[:60]}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.query_file is None):
        raise UsageError("give the search words, or --query-file (not both)")
    if args.query_file == "-":
        query = _read_body().partition("\n")[0].rstrip("\r")
    elif args.query_file:
        query = _read_first_line(args.query_file)
    else:
        query = args.query
    _text(query, "the search query")
    with _open(args) as vault:
        hits = search(vault, query, limit=args.limit, prefix_last=False)
    def plain(snippet: str) -> str:
        return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
    if args.json:
        print(json.dumps([{"id": h.id, "date": h.entry_date.isoformat(), "title": h.title,
                           "snippet": plain(h.snippet)} for h in hits],
                         ensure_ascii=False, indent=2))
    else:
        for h in hits:
            print(f"{h.id:>6}  {h.entry_date.isoformat()}  {h.title}\n        {plain(h.snippet)}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from journal.backup import backup_status, default_folder

    folder = Path(args.backups) if args.backups else default_folder(Path(args.vault))
    with _open(args) as vault:
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

    new = _new_passphrase(args.new_passphrase_file)
    check_passphrase(new)
    code_file = None
    if args.new_recovery_code_file:
        if args.keep_key:
            raise UsageError("--keep-key keeps the recovery code; leave out "
                             "--new-recovery-code-file")
        code_file = check_target(Path(args.new_recovery_code_file), overwrite=args.force,
                                 extra_vaults=[args.vault])
    with _open(args) as vault:
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


def _zip_password(path: str | None) -> str | None:
    if path is None:
        return None
    password = _read_first_line(path)
    if not password:
        raise UsageError(f"the password file {path} is empty")
    return password


def _strong_enough(password: str, flag: str, args: argparse.Namespace) -> str:
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


def _mood_map(pairs: Sequence[str]) -> dict[str, int | None]:
    moods: dict[str, int | None] = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        value = value.strip()
        if not sep or not name.strip():
            raise UsageError(f"--mood takes NAME=0..10 or NAME=none, not {pair!r}")
        if value.lower() == "none":
            moods[name.strip()] = None
        elif value.isdigit() and 0 <= int(value) <= 10:
            moods[name.strip()] = int(value)
        else:
            raise UsageError(f"--mood takes NAME=0..10 or NAME=none, not {pair!r}")
    return moods


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _import_report(summary: ImportSummary, undated: str) -> list[str]:
    """The summary in plain English, one sentence a line."""
    lines = []
    line = f"Imported {_plural(summary.imported, 'entry', 'entries')}"
    if summary.first_date is not None and summary.last_date is not None:
        line += f" dated {summary.first_date.isoformat()} to {summary.last_date.isoformat()}"
    lines.append(f"{line}.")
    lines.append(f"Duplicates skipped: {summary.duplicates_skipped}.")
    if summary.updated:
        lines.append(f"Updated: {_plural(summary.updated, 'entry', 'entries')} already in"
                     f" the vault gained {_plural(summary.photos_added, 'photo', 'photos')}.")
    if summary.records_imported or summary.records_skipped:
        lines.append("Other records (check-ins, safe places, needs, boundaries, support"
                     " people, safety plan, STI tests, session topics):"
                     f" {summary.records_imported} imported, {summary.records_skipped}"
                     " already there.")
    if summary.checkins_imported or summary.checkins_skipped:
        lines.append(f"Check-ins: {summary.checkins_imported} imported,"
                     f" {summary.checkins_skipped} already there.")
    if summary.selfcare_items_added:
        lines.append("New self-care items (rename them in Haven if you like): "
                     + ", ".join(summary.selfcare_items_added) + ".")
    if summary.unknown_moods:
        names = ", ".join(f"{name} ({n})" for name, n in summary.unknown_moods.items())
        lines.append(f"Moods Haven could not place, kept in the note: {names};"
                     " map them with --mood \"NAME=0..10\".")
    if summary.photos_imported:
        lines.append(f"Photos kept: {summary.photos_imported}.")
    if summary.photos_skipped:
        lines.append(f"Photos skipped: {summary.photos_skipped} (not in the export, or not"
                     " JPEG or PNG).")
    media = [_plural(n, *LEFT_OUT_WORDS[kind]) for kind, n in summary.left_out.items()
             if kind in LEFT_OUT_WORDS and n]
    if media:
        text = media[0] if len(media) == 1 else ", ".join(media[:-1]) + " and " + media[-1]
        verb = "was" if sum(summary.left_out.get(k, 0) for k in LEFT_OUT_WORDS) == 1 else "were"
        lines.append(f"{text} {verb} not imported: Haven keeps text and photos.")
    kept = {"place": "place", "weather": "weather", "mood": "mood"}
    as_text = [f"{kept[k]} ({n})" for k, n in summary.kept.items() if k in kept and n]
    if as_text:
        lines.append("Kept as a line of text at the end of the entry: "
                     + ", ".join(as_text) + ".")
    if summary.undated or summary.undated_skipped:
        how = {"file-time": "dated by the file's time", "today": "dated today",
               "skip": "left out"}[undated]
        count = summary.undated if undated != "skip" else summary.undated_skipped
        lines.append(f"Undated: {_plural(count, 'file', 'files')} had no date of its own"
                     f" and {'was' if count == 1 else 'were'} {how} (see --undated).")
    if summary.not_imported:
        lines.append(f"Not imported: {_plural(len(summary.not_imported), 'file', 'files')}"
                     " could not be read:")
        for failure in summary.not_imported:
            where = f"{failure.source}, {failure.location}" if failure.location else (
                failure.source)
            lines.append(f"  {where}: {failure.reason}")
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from journal.importers import import_entries, parse_source

    moods = _mood_map(args.mood)
    # Read the whole source before unlocking: a bad file fails without touching the vault.
    entries = parse_source(args.format, Path(args.path),
                           password=_zip_password(args.zip_password_file),
                           undated=args.undated, moods=moods)
    with _open(args) as vault:
        summary = import_entries(vault, entries)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_import_report(summary, args.undated)))
    if not summary.complete:
        print(f"haven: {len(summary.not_imported)} file(s) could not be read and were not"
              " imported (listed above); everything else was.", file=sys.stderr)
        return EXIT_IMPORT_INCOMPLETE
    return EXIT_OK


def _summary_target(args: argparse.Namespace) -> Path:
    """The summary's file, checked before the vault is unlocked."""
    out = Path(args.out)
    if out.is_dir():
        raise TargetError(f"{out} is a folder; give a file name for the summary")
    check_target(out, overwrite=args.force)
    if not out.parent.is_dir():
        raise TargetError(f"cannot write {out}: the folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise TargetError(f"cannot write {out}: permission denied")
    return out


def cmd_summary(args: argparse.Namespace) -> int:
    """The therapist summary as PDF or Markdown (journal/report/)."""
    from journal.report import (
        ReportOptions,
        build_report,
        last_month,
        since_last_session,
        write_markdown,
    )

    if args.password_file:
        raise UsageError("--password-file is for json; use --pdf-password-file for a PDF")
    if args.zip_password_file:
        raise UsageError("--zip-password-file is for json and markdown-folder; "
                         "use --pdf-password-file for a PDF")
    if args.pdf_password_file and args.format != "pdf":
        raise UsageError("--pdf-password-file only protects a PDF")
    if args.since_last_session and (args.date_from or args.date_to):
        raise UsageError("--since-last-session sets the period; leave out --from and --to")
    out = _summary_target(args)
    end = args.date_to or date.today()
    start = args.date_from or last_month(end)[0]
    if end < start:
        raise UsageError("--to is before --from")
    password = None
    if args.pdf_password_file:
        password = _read_first_line(args.pdf_password_file)
        if not password:
            raise UsageError(f"the PDF password file {args.pdf_password_file} is empty")
        password = _strong_enough(password, "--pdf-password-file", args)
    else:
        print("haven: warning: this summary is not protected; anyone who finds the file "
              "can read it. Use a PDF with --pdf-password-file to protect it.",
              file=sys.stderr)
    sections = None
    if args.sections:
        from journal.report import SECTIONS

        sections = tuple(k.strip() for k in args.sections.split(",") if k.strip())
        unknown = [k for k in sections if k not in SECTIONS]
        if unknown or not sections:
            raise UsageError(f"unknown section {', '.join(unknown) or '(none)'}; choose "
                             f"from {','.join(SECTIONS)}")
    if args.with_path or args.with_timeline:  # her path and timeline: only when asked
        from journal.report import DEFAULT_SECTIONS

        sections = (*(sections or DEFAULT_SECTIONS),
                    *(["path"] if args.with_path else []),
                    *(["timeline"] if args.with_timeline else []))
    options = ReportOptions(start, end, lang=args.lang, all_entries=args.all_entries,
                            name=args.name or "", sections=sections,
                            names_as_roles=args.names_as_roles)
    with _open(args) as vault:
        if args.since_last_session:
            span = since_last_session(vault, date.today())
            if span is None:
                raise UsageError("no session is recorded yet: mark agenda topics as "
                                 "discussed with the session date, or use --from")
            start, end = span
            options = dataclasses.replace(options, start=start, end=end)
        report = build_report(vault, options)
        # Written while the vault is open: the entries are read as they are written.
        if args.format == "pdf":
            from ui.report_pdf import ensure_app, pdf_bytes  # Qt, offscreen: only for a PDF

            ensure_app()
            write_file(out, pdf_bytes(report, page_size=args.page_size, password=password),
                       overwrite=args.force)
        else:
            write_markdown(out, report, overwrite=args.force)
    entries = len(report.entry_ids())
    noun = "entry" if entries == 1 else "entries"
    how = " (protected with a password, AES-256)" if password else ""
    print(f"Wrote the summary of {start.isoformat()} to {end.isoformat()} with {entries} "
          f"journal {noun} to {out}{how}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.format in SUMMARY_FORMATS:
        return cmd_summary(args)
    for flag, given in (("--pdf-password-file", args.pdf_password_file),
                        ("--all-entries", args.all_entries), ("--from", args.date_from),
                        ("--to", args.date_to),
                        ("--since-last-session", args.since_last_session),
                        ("--sections", args.sections),
                        ("--with-path", args.with_path),
                        ("--with-timeline", args.with_timeline),
                        ("--names-as-roles", args.names_as_roles)):
        if given:
            raise UsageError(f"{flag} is for the summary formats (pdf, md)")
    if args.password_file and args.zip_password_file:
        raise UsageError("give --password-file or --zip-password-file, not both")
    if args.password_file and args.format != "json":
        raise UsageError("--password-file protects the json export; a Markdown export "
                         "can only be protected as a zip (--zip-password-file)")
    flag = "--password-file" if args.password_file else "--zip-password-file"
    password = _zip_password(args.password_file or args.zip_password_file)
    if password is not None:
        password = _strong_enough(password, flag, args)
    out = Path(args.out)
    if args.format == "json" or password is not None:
        check_target(out, overwrite=args.force)  # before unlocking: nothing to undo
    elif args.force:
        raise UsageError("--force is not for a Markdown folder: it is always written into "
                         "a new or empty folder")
    elif (vault := vault_holding(out)) is not None:
        raise TargetInVault(str(out), str(vault))
    if password is None:
        print("haven: warning: this export is not encrypted; anyone who finds it can read "
              "your journal. Use --password-file to protect it.", file=sys.stderr)
    elif args.zip_password_file:
        print("haven: warning: a zip password is guessed far faster than your passphrase, "
              "and the zip's list of files and their sizes can be read without it. Use "
              "--password-file for an export as strong as your journal; the zip is for "
              "opening in another app.", file=sys.stderr)
    from journal.export import export_json, export_markdown, export_protected

    with _open(args) as vault:
        if args.password_file:
            result = export_protected(vault, out, password or "", overwrite=args.force)
        elif args.format == "json":
            result = export_json(vault, out, password=password, overwrite=args.force)
        else:
            result = export_markdown(vault, out, password=password, overwrite=args.force)
    noun = "entry" if result.entries == 1 else "entries"
    how = (" protected with your password (Argon2id, AES-256-GCM)" if args.password_file
           else " in a password-protected zip" if result.encrypted else "")
    others = ""
    if result.records:  # a JSON export holds check-ins, boundaries and the like too
        others = (" and 1 other record" if result.records == 1
                  else f" and {result.records} other records")
    print(f"Exported {result.entries} {noun}{others} to {result.path}{how}.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from journal.backup import write_backup

    out = check_target(Path(args.out), overwrite=args.force)
    if not out.parent.is_dir():
        raise UsageError(f"the folder {out.parent} does not exist")
    with _open(args) as vault:
        write_backup(vault, out, overwrite=args.force)
    print(f"Wrote an encrypted backup to {out}. It opens with the passphrase and "
          "recovery code this vault has now.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from journal.backup import restore_backup

    restore_backup(Path(args.source), _secret(args), Path(args.vault))
    print(f"Restored the backup into {args.vault}; it passed the integrity checks.")
    return EXIT_OK


# -- parsing and errors -----------------------------------------------------------------

def _terminal_columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` finds it, without importing
    shutil (and the compression modules it brings: 2-5 ms of every command)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def _one_line(text: str) -> str:
    """An error message as one line: a newline or other control character inside a
    value she typed (a file name, an argument) is shown escaped, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"haven: {_one_line(message)} (see {self.prog} --help).\n")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own layout at the terminal's width, found once: argparse makes a
    formatter for every option it adds."""

    columns: int | None = None

    def __init__(self, prog: str) -> None:
        if _HelpFormatter.columns is None:
            _HelpFormatter.columns = _terminal_columns()
        super().__init__(prog, width=_HelpFormatter.columns - 2)


class _VersionAction(argparse.Action):
    """--version: print "haven <version>" and leave (looked up only when asked)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print Haven's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from journal.version import version

        print(f"haven {version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False, formatter_class=_HelpFormatter)
    common.add_argument("--vault", required=True, metavar="DIR", help="the vault folder")
    common.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE")
    common.add_argument("--recovery-code-file", metavar="FILE",
                        help="unlock with the recovery code on the first line of FILE")

    parser = _Parser(
        formatter_class=_HelpFormatter,
        prog="python -m journal", description="Haven's encrypted journal, from the command line.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text,
                           formatter_class=_HelpFormatter)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, "Create a new vault in an empty folder.")
    # For init, --recovery-code-file names the file the new code is written to.
    p.add_argument("--force", action="store_true",
                   help="replace an existing recovery-code file (never one inside a "
                   "vault folder)")
    p = command("add", cmd_add, "Add an entry; its body is read from standard input. "
                "Words given as options land in shell history and are visible to other "
                "users while it runs: prefer --title-file, --tags-file or --json-input.")
    p.add_argument("--date", type=_date, help="YYYY-MM-DD (today)")
    p.add_argument("--title", help="the title (visible to other users; see --title-file)")
    p.add_argument("--title-file", metavar="FILE",
                   help="read the title from the first line of FILE")
    p.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    p.add_argument("--tags-file", metavar="FILE", help="read the tags from FILE, one a line")
    p.add_argument("--mood", type=_mood, help=f"{MOOD_MIN} (low) to {MOOD_MAX} (good)")
    p.add_argument("--share", action="store_true", help="mark it to share with my therapist")
    p.add_argument("--json-input", action="store_true",
                   help="standard input is a JSON object with the entry: body, and "
                   "optionally title, tags, date, mood and share (no other options then)")
    p = command("list", cmd_list, "List entries, newest first.")
    p.add_argument("--limit", type=_limit, default=20)
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_search, "Search entries by words. Words given here land "
                "in shell history and are visible to other users while it runs: prefer "
                "--query-file.")
    p.add_argument("query", nargs="?", help="the search words (see --query-file)")
    p.add_argument("--query-file", metavar="FILE",
                   help="read the search words from the first line of FILE (- for "
                   "standard input)")
    p.add_argument("--limit", type=_limit, default=20)
    p.add_argument("--json", action="store_true")
    p = command("verify", cmd_verify, "Check the vault's encryption, database and "
                "schema, and say how the automatic backups are doing.")
    p.add_argument("--backups", metavar="DIR",
                   help="the folder of the automatic backups (the vault's backups folder)")
    p = command("passwd", cmd_passwd, "Set a new passphrase and re-encrypt with a new "
                "key (the backups in the vault's backups folder too).")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from the first line of FILE")
    p.add_argument("--new-recovery-code-file", metavar="OUT",
                   help="where the new recovery code is written (mode 0600), needed when "
                   "the vault has one: a new key comes with a new code")
    p.add_argument("--keep-key", action="store_true",
                   help="only change the passphrase and keep the key: quicker, but old "
                   "backups and copies of keys.json still open with the old passphrase")
    p.add_argument("--force", action="store_true",
                   help="replace an existing recovery-code file (never one inside a "
                   "vault folder)")
    p = command("import", cmd_import,
                "Import entries from jrnl, Day One, a Markdown folder, Daylio or a Haven "
                "export. Exit code 6: some files of a folder could not be read (listed); "
                "everything else was imported.")
    p.add_argument("--format", required=True, choices=IMPORT_FORMATS,
                   help="jrnl-json: `jrnl --export json`; dayone-json: Day One's zip or "
                   "Journal.json; markdown: a folder of .md/.txt files, or one file (also "
                   "jrnl's Markdown or text export); daylio-csv: Daylio's CSV export; "
                   "haven-json: a Haven JSON export")
    p.add_argument("--undated", choices=UNDATED_CHOICES, default="file-time",
                   help="markdown: a file with no date in its front matter or name gets "
                   "the file's time (file-time), today's date (today), or is left out "
                   "(skip)")
    p.add_argument("--mood", action="append", default=[], metavar="NAME=N",
                   help="daylio-csv: your own mood name and its place on Haven's 0-10 "
                   "scale (or NAME=none); repeat for more")
    p.add_argument("--json", action="store_true",
                   help="print the summary as a JSON object")
    p.add_argument("path", metavar="PATH", help="the file, zip or folder to import")
    p.add_argument("--password-file", "--zip-password-file", dest="zip_password_file",
                   metavar="FILE",
                   help="haven-json only: the password of a protected export (either "
                   "kind), on the first line of FILE")
    p = command("export", cmd_export, "Export everything as Haven JSON, the entries as "
                "Markdown files, or the summary for your therapist as PDF or Markdown.")
    p.add_argument("--format", required=True,
                   choices=("json", "markdown-folder", *SUMMARY_FORMATS),
                   help="json: Haven JSON (docs/FORMAT.md); markdown-folder: one .md "
                   "file per entry with front matter; pdf, md: the therapist summary")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="the file (json, pdf, md), new or empty folder (markdown-folder), "
                   "or zip")
    p.add_argument("--password-file", metavar="FILE",
                   help="json: protect the export with the password on the first line of "
                   "FILE, as strongly as the vault (Argon2id, AES-256-GCM); it opens "
                   "only in Haven")
    p.add_argument("--zip-password-file", metavar="FILE",
                   help="json, markdown-folder: write an AES-256 zip at PATH for another "
                   "app, protected with the password on the first line of FILE; much "
                   "faster to guess than --password-file, and its file list is readable")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help="summary: first day (30 days before --to)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                   help="summary: last day (today)")
    p.add_argument("--since-last-session", action="store_true",
                   help="summary: from the date of the last session on the agenda to today")
    p.add_argument("--all-entries", action="store_true",
                   help="summary: every journal entry of the period, not only the shared")
    p.add_argument("--sections", metavar="LIST",
                   help="summary: comma-separated sections, in the document's order "
                   "(all but path and timeline): checkins,selfcare,boundaries,needs,"
                   "safe_places,support,agenda,path,timeline,entries")
    p.add_argument("--with-path", action="store_true",
                   help="summary: add \"Where I am on my path\" (steps done, with dates)")
    p.add_argument("--with-timeline", action="store_true",
                   help="summary: add \"What happened\" (the timeline of the period)")
    p.add_argument("--names-as-roles", action="store_true",
                   help="summary: support people's names become roles (\"Trusted person "
                   "1\", \"Therapist\") everywhere in the document, also in your own words")
    p.add_argument("--pdf-password-file", metavar="FILE",
                   help="pdf: protect it (AES-256) with the password on the first line")
    p.add_argument("--lang", choices=("nl", "en"), default="en", help="summary language")
    p.add_argument("--name", help="summary: your name or initials on the cover")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="pdf paper")
    p.add_argument("--weak-password-ok", action="store_true",
                   help="accept an export or PDF password shorter than the passphrase minimum "
                   "or easy to guess (refused otherwise)")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file (never one inside a vault folder)")
    p = command("backup", cmd_backup,
                "Write an encrypted backup of the vault to one file.")
    p.add_argument("--out", required=True, metavar="FILE", help="the new backup file")
    p.add_argument("--force", action="store_true",
                   help="replace an existing file (never one inside a vault folder)")
    p = command("restore", cmd_restore,
                "Restore a backup into a new vault folder (--vault names the NEW folder, "
                "which must be empty or missing; the secret is the one valid when the "
                "backup was made).")
    p.add_argument("--from", dest="source", required=True, metavar="FILE",
                   help="the backup file")
    return parser


def _error_exit(exc: BaseException) -> tuple[int, str]:
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    try:
        return int(args.func(args))
    except (HavenError, UsageError, TargetError, OSError) as exc:
        code, sentence = _error_exit(exc)
        print(f"haven: {_one_line(sentence)}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("haven: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        # A bug, not her mistake: one line rather than a traceback that may quote her
        # words; HAVEN_DEBUG=1 shows the traceback.
        if os.environ.get("HAVEN_DEBUG"):
            raise
        print(f"haven: an unexpected error ({type(exc).__name__}); nothing more was "
              "changed. Please report it (HAVEN_DEBUG=1 shows the details).",
              file=sys.stderr)
        return EXIT_ERROR
