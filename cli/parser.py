"""The argument parser: every command, its options and their help."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from cli.entries import cmd_add, cmd_list, cmd_search
from cli.errors import EXIT_USAGE, one_line
from cli.exporting import SUMMARY_FORMATS, cmd_export
from cli.importing import IMPORT_FORMATS, UNDATED_CHOICES, cmd_import
from cli.inputs import date_arg, limit_arg, mood_arg
from cli.vault_commands import cmd_backup, cmd_init, cmd_passwd, cmd_restore, cmd_verify
from journal.models import MOOD_MAX, MOOD_MIN


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


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"haven: {one_line(message)} (see {self.prog} --help).\n")


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


def build_parser() -> argparse.ArgumentParser:
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
    p.add_argument("--date", type=date_arg, help="YYYY-MM-DD (today)")
    p.add_argument("--title", help="the title (visible to other users; see --title-file)")
    p.add_argument("--title-file", metavar="FILE",
                   help="read the title from the first line of FILE")
    p.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    p.add_argument("--tags-file", metavar="FILE", help="read the tags from FILE, one a line")
    p.add_argument("--mood", type=mood_arg, help=f"{MOOD_MIN} (low) to {MOOD_MAX} (good)")
    p.add_argument("--share", action="store_true", help="mark it to share with my therapist")
    p.add_argument("--json-input", action="store_true",
                   help="standard input is a JSON object with the entry: body, and "
                   "optionally title, tags, date, mood and share (no other options then)")
    p = command("list", cmd_list, "List entries, newest first.")
    p.add_argument("--limit", type=limit_arg, default=20)
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_search, "Search entries by words. Words given here land "
                "in shell history and are visible to other users while it runs: prefer "
                "--query-file.")
    p.add_argument("query", nargs="?", help="the search words (see --query-file)")
    p.add_argument("--query-file", metavar="FILE",
                   help="read the search words from the first line of FILE (- for "
                   "standard input)")
    p.add_argument("--limit", type=limit_arg, default=20)
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
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD",
                   help="summary: first day (30 days before --to)")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD",
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
