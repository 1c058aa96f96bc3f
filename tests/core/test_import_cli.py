"""`python -m journal import` on real exports: the summary in words and as JSON, the
undated choice, her own Daylio moods, and exit code 6 when a folder had unreadable
files (the rest imported)."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from cli import EXIT_IMPORT_INCOMPLETE, main
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.test_import_real import DAYLIO, DEV, DIARY


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)


@pytest.fixture
def pass_file(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def cli_vault(tmp_path, pass_file, capsys) -> Path:
    folder = tmp_path / "v"
    assert main(["init", "--vault", str(folder), "--passphrase-file", str(pass_file)]) == 0
    capsys.readouterr()
    return folder


def run(capsys, monkeypatch, *args) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_folder_with_an_unreadable_file_exits_6_and_names_it(cli_vault, pass_file, tmp_path,
                                                             capsys, monkeypatch):
    folder = tmp_path / "diary"
    shutil.copytree(DIARY, folder)
    (folder / "joplin.md").write_text("---\ntitle: x\n\ttags: a\n---\nTekst", "utf-8")
    (folder / "zonder datum.md").write_text("Geen datum.", "utf-8")
    code, out, err = run(capsys, monkeypatch, "import", "--format", "markdown", folder,
                         "--undated", "skip", "--vault", cli_vault,
                         "--passphrase-file", pass_file)
    assert code == EXIT_IMPORT_INCOMPLETE == 6
    assert "Imported 7 entries dated 2021-01-01 to 2026-02-08." in out
    assert f"  {folder / 'joplin.md'}, line 3: the front matter is not valid YAML" in out
    assert "Undated: 1 file had no date of its own and was left out" in out
    assert "could not be read" in err


def test_json_summary_of_a_day_one_export(cli_vault, pass_file, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "import", "--format", "dayone-json", DEV,
                       "--json", "--vault", cli_vault, "--passphrase-file", pass_file)
    assert code == 0
    summary = json.loads(out)
    assert (summary["imported"], summary["duplicates_skipped"]) == (5, 0)
    assert summary["left_out"] == {"video": 2, "audio": 1}
    assert summary["kept_as_text"] == {"place": 3}
    assert summary["not_imported"] == []


def test_daylio_with_her_own_moods(cli_vault, pass_file, capsys, monkeypatch):
    path = DAYLIO / "currin-sample_multiple_moods.csv"
    code, out, _ = run(capsys, monkeypatch, "import", "--format", "daylio-csv", path,
                       "--mood", "OK=6", "--mood", "Refreshed=9", "--vault", cli_vault,
                       "--passphrase-file", pass_file)
    assert code == 0
    assert "Check-ins: 7 imported, 0 already there." in out
    assert "ok but sleepy (1), Anxious (1)" in out
    code, out, _ = run(capsys, monkeypatch, "import", "--format", "daylio-csv", path,
                       "--mood", "OK=6", "--mood", "Refreshed=9", "--vault", cli_vault,
                       "--passphrase-file", pass_file)
    assert "Check-ins: 0 imported, 7 already there." in out


def test_a_bad_mood_mapping_is_a_usage_error(cli_vault, pass_file, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "import", "--format", "daylio-csv",
                       DAYLIO / "currin-sample.csv", "--mood", "sad=11", "--vault",
                       cli_vault, "--passphrase-file", pass_file)
    assert code == 2
    assert "NAME=0..10" in err
