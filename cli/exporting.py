"""The export command: Haven JSON, a Markdown folder, or the therapist summary as PDF
or Markdown."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from datetime import date
from pathlib import Path

from cli.errors import EXIT_OK, TargetError, UsageError
from cli.inputs import open_vault, read_first_line, strong_enough, zip_password
from journal.errors import TargetInVault
from journal.targets import check_target, vault_holding, write_file

SUMMARY_FORMATS = ("pdf", "md")


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
        password = read_first_line(args.pdf_password_file)
        if not password:
            raise UsageError(f"the PDF password file {args.pdf_password_file} is empty")
        password = strong_enough(password, "--pdf-password-file", args)
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
    with open_vault(args) as vault:
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
    password = zip_password(args.password_file or args.zip_password_file)
    if password is not None:
        password = strong_enough(password, flag, args)
    out = Path(args.out)
    if args.format == "json" or password is not None:
        check_target(out, overwrite=args.force)  # before unlocking: nothing to undo
    elif args.force:
        raise UsageError("--force is not for a Markdown folder: it is always written into "
                         "a new or empty folder")
    elif (holder := vault_holding(out)) is not None:
        raise TargetInVault(str(out), str(holder))
    if password is None:
        print("haven: warning: this export is not encrypted; anyone who finds it can read "
              "your journal. Use --password-file to protect it.", file=sys.stderr)
    elif args.zip_password_file:
        print("haven: warning: a zip password is guessed far faster than your passphrase, "
              "and the zip's list of files and their sizes can be read without it. Use "
              "--password-file for an export as strong as your journal; the zip is for "
              "opening in another app.", file=sys.stderr)
    from journal.export import export_json, export_markdown, export_protected

    with open_vault(args) as vault:
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
