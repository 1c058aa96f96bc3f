"""`python -m journal export --format md|pdf`: the therapist summary from the command line.
The PDF cases (Qt offscreen) are in tests/ui/test_report_pdf.py."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli import main
from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
TODAY = date.today()


@pytest.fixture
def pass_file(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def filled(tmp_path) -> Path:
    folder = tmp_path / "v"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        store = EntryStore(vault)
        store.create(EntryDraft(TODAY - timedelta(days=2), "Shared", "SHARED-CLI-MARK",
                                share_with_therapist=True))
        store.create(EntryDraft(TODAY - timedelta(days=3), "Mine", "PRIVATE-CLI-MARK"))
        store.create(EntryDraft(TODAY - timedelta(days=90), "Old", "OLD-CLI-MARK",
                                share_with_therapist=True))
    return folder


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def summary(capsys, vault, pass_file, out, *extra):
    return run(capsys, "export", "--vault", vault, "--passphrase-file",
               pass_file, "--format", "md", "--out", out, *extra)


def test_markdown_summary_has_only_shared_entries(filled, pass_file, tmp_path, capsys):
    out = tmp_path / "summary.md"
    code, stdout, err = summary(capsys, filled, pass_file, out)
    assert code == 0, err
    data = out.read_bytes()
    assert b"SHARED-CLI-MARK" in data
    assert b"PRIVATE-CLI-MARK" not in data and b"OLD-CLI-MARK" not in data
    assert "anyone who finds the file can read it" in err
    assert "with 1 journal entry" in stdout


def test_all_entries_period_and_dutch(filled, pass_file, tmp_path, capsys):
    out = tmp_path / "alles.md"
    start = (TODAY - timedelta(days=100)).isoformat()
    code, _, err = summary(capsys, filled, pass_file, out, "--all-entries",
                           "--from", start, "--lang", "nl")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Samenvatting voor mijn therapeut")
    assert all(m in text for m in ("SHARED-CLI-MARK", "PRIVATE-CLI-MARK", "OLD-CLI-MARK"))


def test_existing_file_needs_force(filled, pass_file, tmp_path, capsys):
    out = tmp_path / "summary.md"
    out.write_bytes(b"keep me")
    code, _, err = summary(capsys, filled, pass_file, out)
    assert code == 1
    assert "already exists; use --force" in err and err.count("\n") == 1
    assert out.read_bytes() == b"keep me"
    code, _, err = summary(capsys, filled, pass_file, out, "--force")
    assert code == 0, err
    assert b"SHARED-CLI-MARK" in out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".haven-")) == []


def test_unwritable_path_is_exit_1(filled, pass_file, tmp_path, capsys):
    code, _, err = summary(capsys, filled, pass_file,
                           tmp_path / "missing" / "s.md")
    assert code == 1 and "does not exist" in err
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    code, _, err = summary(capsys, filled, pass_file, a_file / "s.md")
    assert code == 1 and "does not exist" in err
    # A folder no file can be made in, even by root: the write itself fails.
    code, _, err = summary(capsys, filled, pass_file, Path("/proc/haven-summary.md"))
    assert code == 1
    assert err.splitlines()[-1].startswith("haven: ") and "/proc/haven-summary.md" in err


def test_usage_mistakes(filled, pass_file, tmp_path, capsys):
    pw = tmp_path / "pw.txt"
    pw.write_text("secret\n")
    code, _, err = summary(capsys, filled, pass_file, tmp_path / "a.md",
                           "--pdf-password-file", pw)
    assert code == 2 and "only protects a PDF" in err
    code, _, err = summary(capsys, filled, pass_file, tmp_path / "a.md",
                           "--from", "2026-05-02", "--to", "2026-05-01")
    assert code == 2 and "before" in err
    code, _, err = run(capsys, "export", "--vault", filled, "--passphrase-file",
                       pass_file, "--format", "json", "--out", tmp_path / "x.json",
                       "--all-entries")
    assert code == 2 and "--all-entries is for the summary" in err
    assert not (tmp_path / "a.md").exists() and not (tmp_path / "x.json").exists()


def test_the_old_export_formats_still_work(filled, pass_file, tmp_path, capsys):
    code, stdout, _ = run(capsys, "export", "--vault", filled,
                          "--passphrase-file", pass_file, "--format", "json",
                          "--out", tmp_path / "all.json")
    assert code == 0 and "Exported 3 entries" in stdout


@pytest.mark.slow
def test_a_markdown_summary_does_not_import_qt(filled, pass_file, tmp_path):
    out = tmp_path / "s.md"
    code = (
        "import sys\nfrom cli import main\n"
        f"rc = main(['export', '--vault', {str(filled)!r}, '--passphrase-file', "
        f"{str(pass_file)!r}, '--format', 'md', '--out', {str(out)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(rc, qt)\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120, check=False)
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr
    assert out.exists()


def test_since_last_session(filled, pass_file, tmp_path, capsys):
    out = tmp_path / "since.md"
    code, _, err = summary(capsys, filled, pass_file, out, "--since-last-session")
    assert code == 2 and "no session is recorded yet" in err and not out.exists()
    from journal.agenda import AgendaStore
    from journal.keyslots import Secret

    with Vault.open(filled, Secret.passphrase(PASSPHRASE)) as vault:
        agenda = AgendaStore(vault)
        agenda.mark_discussed(agenda.add("Sleep"), TODAY - timedelta(days=2))
    code, stdout, err = summary(capsys, filled, pass_file, out, "--since-last-session")
    assert code == 0, err
    first = (TODAY - timedelta(days=2)).isoformat()
    # The command's own today (TODAY was read at collection, maybe before midnight).
    assert f"of {first} to {date.today().isoformat()} with 1 journal entry" in stdout
    assert b"SHARED-CLI-MARK" in out.read_bytes()
    code, _, err = summary(capsys, filled, pass_file, tmp_path / "b.md",
                           "--since-last-session", "--from", first)
    assert code == 2 and "leave out --from and --to" in err


def test_sections_and_names_as_roles(filled, pass_file, tmp_path, capsys):
    from journal.agenda import AgendaStore
    from journal.keyslots import Secret
    from journal.support import SupportDraft, SupportKind, SupportStore

    with Vault.open(filled, Secret.passphrase(PASSPHRASE)) as vault:
        SupportStore(vault).create(SupportDraft("Wilhelmina", SupportKind.THERAPIST))
        AgendaStore(vault).add("Talk about Wilhelmina's advice")
    out = tmp_path / "s.md"
    code, _, err = summary(capsys, filled, pass_file, out, "--sections", "support,agenda")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "## Support network" in text and "## Session agenda" in text
    assert "## Journal" not in text and "SHARED-CLI-MARK" not in text
    assert "| Wilhelmina | Therapist | – |" in text
    out2 = tmp_path / "r.md"
    code, _, err = summary(capsys, filled, pass_file, out2, "--names-as-roles")
    assert code == 0, err
    text = out2.read_text(encoding="utf-8")
    assert "Wilhelmina" not in text and "Talk about Therapist's advice" in text
    code, _, err = summary(capsys, filled, pass_file, tmp_path / "x.md", "--sections",
                           "support,friends")
    assert code == 2 and "unknown section friends" in err


def test_path_and_timeline_only_when_asked(filled, pass_file, tmp_path, capsys):
    from journal.events import EventDraft, EventStore, Source, When
    from journal.keyslots import Secret
    from journal.path import PathStore, StepState

    with Vault.open(filled, Secret.passphrase(PASSPHRASE)) as vault:
        PathStore(vault).mark("partner-support", StepState.SKIPPED, on=TODAY)
        EventStore(vault).create(EventDraft(When.on(TODAY - timedelta(days=1)),
                                            "EVENT-CLI-MARK", Source.FOUND))
    out = tmp_path / "plain.md"
    assert summary(capsys, filled, pass_file, out)[0] == 0
    text = out.read_text(encoding="utf-8")
    assert "path" not in text and "EVENT-CLI-MARK" not in text
    out = tmp_path / "with.md"
    code, _, err = summary(capsys, filled, pass_file, out, "--with-path", "--with-timeline",
                           "--lang", "nl")
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "## Waar ik sta op mijn weg" in text and "Voor nu overgeslagen" in text
    assert "| EVENT-CLI-MARK | Ik vond het |" in text
    assert "SHARED-CLI-MARK" in text  # the usual sections stay
    out = tmp_path / "only.md"
    code, _, err = summary(capsys, filled, pass_file, out, "--sections", "entries",
                           "--with-timeline")
    assert code == 0, err
    assert [line for line in out.read_text(encoding="utf-8").splitlines()
            if line.startswith("## ")] == ["## What happened", "## Journal"]


def test_an_event_she_is_unsure_of_goes_through_the_cli(filled, pass_file, tmp_path,
                                                        capsys):
    # The summary says so, and the JSON export imports back into another vault.
    from journal.events import EventDraft, EventStore, Source, When
    from journal.keyslots import Secret

    with Vault.open(filled, Secret.passphrase(PASSPHRASE)) as vault:
        EventStore(vault).create(EventDraft(When.on(TODAY - timedelta(days=1)),
                                            "UNSURE-CLI-MARK", Source.UNSURE))
    out = tmp_path / "with.md"
    code, _, err = summary(capsys, filled, pass_file, out, "--with-timeline")
    assert code == 0, err
    assert "| UNSURE-CLI-MARK | I'm not sure any more |" in out.read_text(encoding="utf-8")
    code, _, err = run(capsys, "export", "--vault", filled, "--passphrase-file", pass_file,
                       "--format", "json", "--out", tmp_path / "all.json")
    assert code == 0, err
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=FAST_KDF).close()
    code, _, err = run(capsys, "import", "--vault", other, "--passphrase-file", pass_file,
                       "--format", "haven-json", tmp_path / "all.json")
    assert code == 0, err
    with Vault.open(other, Secret.passphrase(PASSPHRASE)) as vault:
        assert [(e.what, e.source) for e in EventStore(vault).all()] == [
            ("UNSURE-CLI-MARK", Source.UNSURE)]
