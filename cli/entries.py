"""The commands on entries: add, list and search."""

from __future__ import annotations

import argparse
import json
from datetime import date

from cli.errors import EXIT_OK, UsageError
from cli.inputs import (
    check_text,
    date_arg,
    mood_arg,
    open_vault,
    read_body,
    read_first_line,
    read_text_file,
)
from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.search import HIGHLIGHT_END, HIGHLIGHT_START, search


def cmd_add(args: argparse.Namespace) -> int:
    draft = _draft_from_json(args) if args.json_input else _draft_from_options(args)
    with open_vault(args) as vault:
        entry_id = EntryStore(vault).create(draft)
    print(entry_id)
    return EXIT_OK


def _draft_from_options(args: argparse.Namespace) -> EntryDraft:
    if args.title is not None and args.title_file:
        raise UsageError("give either --title or --title-file, not both")
    title = read_first_line(args.title_file) if args.title_file else args.title or ""
    tags = list(args.tag)
    if args.tags_file:
        tags += [t.strip() for t in read_text_file(args.tags_file).splitlines() if t.strip()]
    check_text(title, "the title")
    for tag in tags:
        check_text(tag, "a tag")
    return EntryDraft(entry_date=args.date or date.today(), title=title, body=read_body(),
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
        data = json.loads(read_body())
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
        when = date_arg(data["date"]) if "date" in data else date.today()
        mood = mood_arg(str(data["mood"])) if "mood" in data else None
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None
    return EntryDraft(entry_date=when, title=data.get("title", ""),
                      body=data.get("body", ""), mood=mood, tags=tags,
                      share_with_therapist=data.get("share", False))


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
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
        query = read_body().partition("\n")[0].rstrip("\r")
    elif args.query_file:
        query = read_first_line(args.query_file)
    else:
        query = args.query
    check_text(query, "the search query")
    with open_vault(args) as vault:
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
