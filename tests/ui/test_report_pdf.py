"""The therapist summary as PDF (ui/report_pdf.py) and from the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest
from pikepdf.models.encryption import EncryptionMethod

from journal.demo import fill_demo
from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.report import ReportOptions, build_report
from tests.conftest import FAST_KDF, PASSPHRASE
from ui.report_pdf import pdf_bytes

REPO = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 10)
SHARED = "SHAREDPDFMARK"
PRIVATE = "PRIVATEPDFMARK"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The text of a PDF as a reader extracts it (Qt's PDF module, PDFium): the same
    on every machine, no system tools needed."""
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "t.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


@pytest.fixture
def demo(vault, qapp):
    fill_demo(vault, "en", today=DAY)
    entries = EntryStore(vault)
    entries.create(EntryDraft(DAY, "Shared", f"Body {SHARED}", share_with_therapist=True))
    entries.create(EntryDraft(DAY, "Private", f"Body {PRIVATE}"))
    return vault


def month(**kw) -> ReportOptions:
    return ReportOptions(DAY - timedelta(days=29), DAY, made_on=DAY, **kw)


def test_pdf_is_valid_with_a_sensible_page_count(demo):
    data = pdf_bytes(build_report(demo, month()))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert 2 <= len(pdf.pages) <= 8
        assert not pdf.is_encrypted
        assert pdf.pages[0].mediabox[2] == pytest.approx(595, abs=1)  # A4 width in pt
    letter = pdf_bytes(build_report(demo, month()), page_size="Letter")
    with pikepdf.open(io.BytesIO(letter)) as pdf:
        assert pdf.pages[0].mediabox[2] == pytest.approx(612, abs=1)


def test_pdf_shows_only_shared_entries(demo, tmp_path):
    text = pdf_text(pdf_bytes(build_report(demo, month())), tmp_path)
    assert SHARED in text and PRIVATE not in text
    assert "Summary for my therapist" in text and "Page 1 of" in text
    assert "CONFIDENTIAL" in text
    everything = pdf_text(pdf_bytes(build_report(demo, month(all_entries=True))), tmp_path)
    assert SHARED in everything and PRIVATE in everything


def test_dutch_pdf(demo, tmp_path):
    text = pdf_text(pdf_bytes(build_report(demo, month(lang="nl"))), tmp_path)
    assert "Samenvatting voor mijn therapeut" in text and "Pagina 1 van" in text
    assert "10 maart 2026" in text


def test_password_gives_aes256_and_cannot_be_read_without_it(demo):
    data = pdf_bytes(build_report(demo, month()), password="kastanje 42")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pikepdf.open(io.BytesIO(data), password="kastanje 42") as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6
        assert pdf.encryption.stream_method == EncryptionMethod.aesv3  # AES-256
        assert pdf.encryption.bits == 256
        assert len(pdf.pages) >= 2
    assert SHARED.encode() not in data


def test_period_with_only_checkins_and_empty_period(vault, qapp):
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore

    empty = pdf_bytes(build_report(vault, month()))
    with pikepdf.open(io.BytesIO(empty)) as pdf:
        assert len(pdf.pages) == 1
    store = CheckinStore(vault)
    for n in range(10):
        store.create(CheckinDraft(DAY - timedelta(days=n), mood=5, anxiety=3))
    with pikepdf.open(io.BytesIO(pdf_bytes(build_report(vault, month())))) as pdf:
        assert len(pdf.pages) >= 1


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "journal", *args], capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=120, check=False)


@pytest.mark.slow
def test_cli_pdf_with_password(tmp_path, qapp):
    from journal.vault import Vault

    folder = tmp_path / "v"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        EntryStore(vault).create(EntryDraft(date.today(), "S", SHARED,
                                            share_with_therapist=True))
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    pw = tmp_path / "pdfpw.txt"
    pw.write_text("lindeboom\n")
    out = tmp_path / "summary.pdf"
    common = ("export", "--vault", str(folder), "--passphrase-file", str(pass_file),
              "--format", "pdf", "--out", str(out))
    result = _cli(*common, "--pdf-password-file", str(pw), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    assert "AES-256" in result.stdout and "warning" not in result.stderr
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="lindeboom") as pdf:
        assert pdf.encryption.R == 6
    again = _cli(*common)
    assert again.returncode == 1 and "already exists" in again.stderr
    forced = _cli(*common, "--force")
    assert forced.returncode == 0 and "anyone who finds the file can read it" in forced.stderr
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted


def test_names_replaced_by_roles_are_absent_from_the_pdf(demo, tmp_path):
    import re

    from journal.boundaries import BoundaryStore
    from journal.boundary_models import BoundaryDraft
    from journal.support import SupportDraft, SupportKind, SupportStore

    people = SupportStore(demo)
    people.create(SupportDraft("Quirine Zwaan", SupportKind.TRUSTED, may_advise=True))
    BoundaryStore(demo).create(BoundaryDraft(action="I take time for myself",
                                             consequence="I go out", support="Quirine"))
    EntryStore(demo).create(EntryDraft(DAY, "With Quirine Zwaan", "Quirine listened.",
                                       share_with_therapist=True))
    names = [p.name for p in people.all()]
    plain = pdf_text(pdf_bytes(build_report(demo, month())), tmp_path)
    assert "Quirine Zwaan" in plain and "Who supports me: Quirine" in plain
    data = pdf_bytes(build_report(demo, month(names_as_roles=True)))
    text = pdf_text(data, tmp_path)
    assert "Support network" in text and "Trusted person" in text
    for name in [*names, "Quirine", "Zwaan"]:
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE), name
        assert name.encode() not in data


def test_her_markdown_is_formatting_in_the_pdf(vault, qapp, tmp_path):
    EntryStore(vault).create(EntryDraft(
        DAY, "Formatted", "## A heading of mine\nSome **strong words** here.\n- a point\n"
        "<img src=\"file:///etc/hostname\"> <script>x</script>", share_with_therapist=True))
    text = pdf_text(pdf_bytes(build_report(vault, month(sections=("entries",)))), tmp_path)
    assert "A heading of mine" in text and "Some strong words here." in text
    assert "**" not in text and "##" not in text
    assert '<img src="file:///etc/hostname">' in text and "<script>x</script>" in text
