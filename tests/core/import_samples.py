"""Shared helpers for the import and export tests: sample paths and vault snapshots."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from journal.vault import Vault

DATA = Path(__file__).resolve().parent.parent / "data"
JRNL_EXPORT = DATA / "jrnl" / "export.json"
DAYONE = DATA / "dayone"
MARKDOWN = DATA / "markdown"


def snapshot(vault: Vault) -> list[tuple]:
    """Everything stored about every entry, to compare a vault before and after."""
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.created_at, e.updated_at, e.title, e.body, e.preview,"
        " e.mood, e.prompt_id, e.share_with_therapist,"
        " (SELECT group_concat(t.name, '|') FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
        "  WHERE et.entry_id = e.id) FROM entries e ORDER BY e.id")
    tags = vault.rows("SELECT id, name FROM tags ORDER BY id")
    return [tuple(r) for r in rows] + [("tag", *tuple(t)) for t in tags]


def dayone_zip(folder: Path, *, json_name: str = "Journal.json") -> Path:
    """The Day One sample as Day One's zip: the JSON at the top, photos/ beside it."""
    path = folder / "dayone-export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DAYONE / "Journal.json", json_name)
        for photo in sorted((DAYONE / "photos").iterdir()):
            archive.write(photo, f"photos/{photo.name}")
    return path


def markdown_copy(folder: Path) -> Path:
    """A copy of the Markdown sample folder (tests set file times on it)."""
    target = folder / "markdown"
    shutil.copytree(MARKDOWN, target)
    return target
