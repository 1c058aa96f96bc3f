from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main
from journal.keyslots import KdfParams
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """The CLI uses the default Argon2id cost; keep tests quick."""
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)


@pytest.fixture
def pass_file(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def cli_vault(tmp_path, pass_file, capsys) -> Path:
    folder = tmp_path / "v"
    code_file = tmp_path / "code.txt"
    assert main(["init", "--vault", str(folder), "--passphrase-file", str(pass_file),
                 "--recovery-code-file", str(code_file)]) == 0
    capsys.readouterr()
    return folder


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_fixture_really_uses_the_cheap_kdf(cli_vault):
    slot = json.loads((cli_vault / "keys.json").read_text())["slots"][0]["kdf"]
    assert KdfParams(slot["iterations"], slot["memory_kib"], slot["lanes"]) == FAST_KDF


def test_add_list_search(cli_vault, pass_file, capsys, monkeypatch):
    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    code, out, _ = run(capsys, monkeypatch, "add", *common, "--date", "2026-05-04",
                       "--title", "Wandeling", "--tag", "park", "--tag", "#zon", "--mood", "4",
                       "--share", stdin="Een lange wandeling. Naïef maar blij.\n")
    assert code == 0
    entry_id = int(out.strip())
    code, out, _ = run(capsys, monkeypatch, "list", *common, "--json")
    assert code == 0
    assert json.loads(out) == [{"id": entry_id, "date": "2026-05-04", "title": "Wandeling",
                                "tags": ["park", "zon"], "mood": 4, "shared": True}]
    code, out, _ = run(capsys, monkeypatch, "search", "naief", *common, "--json")
    hits = json.loads(out)
    assert [h["id"] for h in hits] == [entry_id]
    assert "[Naïef]" in hits[0]["snippet"]
    code, out, _ = run(capsys, monkeypatch, "list", *common)
    assert "2026-05-04" in out and "Wandeling" in out


def test_list_limit(cli_vault, pass_file, capsys, monkeypatch):
    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    for i in range(5):
        run(capsys, monkeypatch, "add", *common, "--date", f"2026-01-0{i + 1}",
            "--title", f"t{i}", stdin="x")
    _, out, _ = run(capsys, monkeypatch, "list", *common, "--limit", "2", "--json")
    assert [e["title"] for e in json.loads(out)] == ["t4", "t3"]


def test_verify(cli_vault, pass_file, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "verify", "--vault", cli_vault,
                       "--passphrase-file", pass_file)
    assert code == 0
    assert out.startswith("ok: 0 entries")


def test_passwd_with_recovery_code(cli_vault, pass_file, tmp_path, capsys, monkeypatch):
    new = tmp_path / "new.txt"
    new.write_text("a new passphrase\n")
    code, _, err = run(capsys, monkeypatch, "passwd", "--vault", cli_vault,
                       "--recovery-code-file", tmp_path / "code.txt",
                       "--new-passphrase-file", new, "--new-recovery-code-file",
                       tmp_path / "new-code.txt")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "list", "--vault", cli_vault,
                       "--recovery-code-file", tmp_path / "code.txt")
    assert code == 3 and "not right" in err  # the code she used is spent
    code, _, _ = run(capsys, monkeypatch, "list", "--vault", cli_vault,
                     "--recovery-code-file", tmp_path / "new-code.txt")
    assert code == 0
    code, _, err = run(capsys, monkeypatch, "list", "--vault", cli_vault,
                       "--passphrase-file", pass_file)
    assert code == 3 and "not right" in err
    code, _, _ = run(capsys, monkeypatch, "list", "--vault", cli_vault,
                     "--passphrase-file", new)
    assert code == 0


def test_init_refuses_a_folder_with_files(cli_vault, pass_file, capsys, monkeypatch):
    before = sorted(p.name for p in cli_vault.iterdir())
    code, _, err = run(capsys, monkeypatch, "init", "--vault", cli_vault,
                       "--passphrase-file", pass_file)
    assert code == 1 and "empty folder" in err
    assert sorted(p.name for p in cli_vault.iterdir()) == before


@pytest.mark.parametrize(("args", "expected"), [
    (["frobnicate"], 2),
    (["list"], 2),  # --vault is required
    (["add", "--vault", "v", "--mood", "9"], 2),
    (["add", "--vault", "v", "--date", "2026-13-01"], 2),
])
def test_usage_errors_exit_2(args, expected, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == expected


def test_unreadable_passphrase_file_is_usage(cli_vault, tmp_path, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "list", "--vault", cli_vault,
                       "--passphrase-file", tmp_path / "missing.txt")
    assert code == 2 and "cannot read" in err


def test_short_new_passphrase_is_refused(tmp_path, capsys, monkeypatch):
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run(capsys, monkeypatch, "init", "--vault", tmp_path / "v2",
                       "--passphrase-file", short)
    assert code == 2 and "at least 8" in err
    assert not (tmp_path / "v2").exists()


def test_whole_process_errors_are_one_plain_line(cli_vault, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    result = subprocess.run(
        [sys.executable, "-m", "journal", "list", "--vault", str(cli_vault),
         "--passphrase-file", str(wrong)], capture_output=True, text=True, check=False)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "journal", "list", "--vault", str(tmp_path),
         "--passphrase-file", str(wrong)], capture_output=True, text=True, check=False)
    assert result.returncode == 4


def test_no_terminal_and_no_file_is_a_usage_error(cli_vault):
    result = subprocess.run(
        [sys.executable, "-m", "journal", "list", "--vault", str(cli_vault)],
        capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
        start_new_session=True)  # no controlling terminal
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr


def test_import_formats_are_the_importers_formats():
    import cli
    from journal import importers

    assert cli.IMPORT_FORMATS == importers.FORMATS


# Modules that search and list have no use for, each costing milliseconds of every run
# (bench/RESULTS.md): the importers and exports, Qt, the models of the other records,
# and what only creating a vault or a recovery code (uuid, secrets), the old `filelock`,
# argparse's terminal width (shutil) or an import's duplicate check (hashlib) brought in.
NOT_FOR_SEARCH_AND_LIST = ("journal.importers", "PySide6", "journal.export", "pyzipper",
                           "journal.record_models", "filelock", "shutil", "secrets", "uuid",
                           "hashlib")


@pytest.mark.parametrize("command", [["search", "x"], ["list", "--limit", "5"]])
def test_search_and_list_do_not_import_what_they_do_not_use(cli_vault, tmp_path, command):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n")
    # journal/__main__.py itself imports only os, sys and cli (and leaves with os._exit).
    code = (f"import sys; from cli import main\n"
            f"assert main([*{command!r}, '--vault', sys.argv[1], '--passphrase-file',"
            " sys.argv[2]]) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in"
            f" {NOT_FOR_SEARCH_AND_LIST!r} or m.startswith({NOT_FOR_SEARCH_AND_LIST!r})))")
    result = subprocess.run([sys.executable, "-c", code, str(cli_vault), str(pw)],
                            capture_output=True, text=True, check=False)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_the_real_command_line_leaves_a_closed_vault_and_its_whole_output(cli_vault,
                                                                         pass_file):
    """`python -m journal` leaves with os._exit once main() returns: what it wrote is
    complete, its exit codes stand, and the vault is closed and free."""
    from journal.entries import EntryStore
    from journal.keyslots import Secret
    from journal.vault import Vault

    def cli(*args: object, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "journal", *map(str, args)],
                              input=stdin, capture_output=True, text=True, check=False)

    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    added = [cli("add", *common, "--title", f"Dag {i}", stdin="Lange dag.") for i in range(3)]
    assert [r.returncode for r in added] == [0, 0, 0], added[0].stderr
    listed = cli("list", *common, "--json")
    assert listed.returncode == 0
    assert [e["title"] for e in json.loads(listed.stdout)] == ["Dag 2", "Dag 1", "Dag 0"]
    found = cli("search", "dag", *common, "--json", "--limit", "50")
    assert found.returncode == 0 and len(json.loads(found.stdout)) == 3
    wrong = cli("list", "--vault", cli_vault, "--passphrase-file", cli_vault / "keys.json")
    assert wrong.returncode == 3 and wrong.stderr.startswith("haven: ")
    assert cli("list", "--vault").returncode == 2  # argparse's own exit
    assert not (cli_vault / "haven.db-wal").exists()  # closed: WAL checkpointed away
    with Vault.open(cli_vault, Secret.passphrase(PASSPHRASE)) as vault:  # lock is free
        assert EntryStore(vault).count() == 3
