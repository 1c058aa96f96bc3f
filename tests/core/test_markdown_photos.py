"""The Markdown export ("leaving Haven") takes an entry's photos along: each photo is a
file beside the entry's .md file (<stem>-1.jpg, -2.png, …), byte for byte as kept, and
the Markdown shows it (`![](name)`); in the plain folder and in the AES zip. A failure
while writing the photos leaves no folder behind."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest
import pyzipper

from journal.entries import EntryStore
from journal.export import export_markdown
from journal.images import entry_photo
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.images import jpeg_frame, png

JPEG = jpeg_frame(8, 6)
PNG = png(4, 3)


@pytest.fixture
def other_vault(tmp_path):
    with Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF) as v:
        yield v


@pytest.fixture
def with_photos(vault):
    store = EntryStore(vault)
    first = store.create(EntryDraft(date(2024, 3, 1), title="Aan zee", body="Golven."))
    store.add_photo(first, entry_photo(JPEG))
    store.add_photo(first, entry_photo(PNG))
    # Same title and day: the second file is -2.md, its photo does not clash.
    second = store.create(EntryDraft(date(2024, 3, 1), title="Aan zee", body=""))
    store.add_photo(second, entry_photo(JPEG))
    store.create(EntryDraft(date(2024, 3, 2), title="Zonder foto", body="Alleen tekst."))
    return vault


def test_photos_lie_beside_the_entry_and_the_markdown_shows_them(with_photos, tmp_path):
    out = tmp_path / "md"
    result = export_markdown(with_photos, out)
    assert result.entries == 3  # photos are not counted as entries
    assert sorted(p.name for p in out.iterdir()) == [
        "2024-03-01-aan-zee-1.jpg", "2024-03-01-aan-zee-2-1.jpg", "2024-03-01-aan-zee-2.md",
        "2024-03-01-aan-zee-2.png", "2024-03-01-aan-zee.md", "2024-03-02-zonder-foto.md"]
    assert (out / "2024-03-01-aan-zee-1.jpg").read_bytes() == JPEG
    assert (out / "2024-03-01-aan-zee-2.png").read_bytes() == PNG
    first = (out / "2024-03-01-aan-zee.md").read_text(encoding="utf-8")
    assert first.endswith("---\nGolven.\n\n![](2024-03-01-aan-zee-1.jpg)\n"
                          "![](2024-03-01-aan-zee-2.png)\n")
    second = (out / "2024-03-01-aan-zee-2.md").read_text(encoding="utf-8")
    # Its photo: "aan-zee-2" + "-1"; the first entry's second photo is "aan-zee-2.png".
    assert second.endswith("---\n![](2024-03-01-aan-zee-2-1.jpg)\n")  # no empty body
    # Every reference points at a file that is there, and every photo is referenced.
    referenced = set()
    for md in out.glob("*.md"):
        referenced |= set(re.findall(r"!\[\]\(([^)]+)\)", md.read_text(encoding="utf-8")))
    photos = {p.name for p in out.iterdir() if p.suffix in (".jpg", ".png")}
    assert referenced == photos
    text = (out / "2024-03-02-zonder-foto.md").read_text(encoding="utf-8")
    assert "![" not in text and text.endswith("---\nAlleen tekst.")


def test_photos_come_along_in_the_protected_zip(with_photos, tmp_path):
    path = tmp_path / "md.zip"
    result = export_markdown(with_photos, path, password="pw pw pw")
    assert result.entries == 3
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(b"pw pw pw")
        names = archive.namelist()
        assert names == ["entry-00001.md", "entry-00001-1.jpg", "entry-00001-2.png",
                         "entry-00002.md", "entry-00002-1.jpg", "entry-00003.md"]
        assert archive.read("entry-00001-1.jpg") == JPEG
        assert archive.read("entry-00001-2.png") == PNG
        text = archive.read("entry-00001.md").decode()
    assert text.endswith("![](entry-00001-1.jpg)\n![](entry-00001-2.png)\n")
    assert JPEG not in path.read_bytes()  # encrypted, like the text


def test_a_failure_while_writing_a_photo_leaves_no_folder(with_photos, tmp_path,
                                                          monkeypatch):
    from pathlib import Path

    real = Path.write_bytes

    def full_disk_on_photos(self, data):
        if self.suffix in (".jpg", ".png"):
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk_on_photos)
    with pytest.raises(OSError, match="No space"):
        export_markdown(with_photos, tmp_path / "md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
    assert os.listdir(tmp_path / "vault")  # the journal itself is untouched


def test_the_folder_still_reads_back_with_the_markdown_importer(with_photos, other_vault,
                                                                tmp_path):
    from journal.importers import import_entries, markdown

    out = tmp_path / "md"
    export_markdown(with_photos, out)
    import_entries(other_vault, markdown.parse(out))  # the photo files are passed over
    titles = sorted(s.title for s in EntryStore(other_vault).page(limit=10))
    assert titles == ["Aan zee", "Aan zee", "Zonder foto"]
