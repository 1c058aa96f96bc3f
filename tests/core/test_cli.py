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


def test_a_newline_in_what_she_typed_keeps_the_error_one_line(cli_vault, pass_file, tmp_path,
                                                              capsys, monkeypatch):
    # Found by the fuzz test: argparse quoted an extra argument with its newline.
    with pytest.raises(SystemExit) as info:
        main(["list", "--vault", str(cli_vault), "--passphrase-file", str(pass_file),
              "extra\nline"])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.count("\n") == 1 and "extra\\nline" in err
    code, _, err = run(capsys, monkeypatch, "list", "--vault", tmp_path / "no\nsuch",
                       "--passphrase-file", pass_file)
    assert code != 0 and err.count("\n") == 1 and err.startswith("haven: ")


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
                           "journal.checkin_models",
                           "journal.safe_place_models", "journal.need_models",
                           "journal.boundary_models", "filelock", "shutil", "secrets", "uuid",
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


# -- the passphrase typed at a terminal (a pseudo-terminal here) -------------------------

# Make the pseudo-terminal on fd 0 the controlling terminal (getpass reads /dev/tty), then
# become `python -m journal ARGS`.
TTY_CHILD = ("import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
             "os.execv(sys.executable, [sys.executable, '-m', 'journal', *sys.argv[1:]])")


class Terminal:
    """`python -m journal ARGS` on a pseudo-terminal: read what it shows, type into it."""

    def __init__(self, *args: object) -> None:
        import os
        import pty

        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([sys.executable, "-c", TTY_CHILD, *map(str, args)],
                                     stdin=slave, stdout=slave, stderr=slave,
                                     start_new_session=True, cwd=Path(__file__).parents[2])
        os.close(slave)
        self.shown = ""

    def read_until(self, text: str) -> str:
        """What the terminal shows up to `text` (everything, once the child is gone)."""
        import os
        import select

        while text not in self.shown:
            ready, _, _ = select.select([self.master], [], [], 30)
            assert ready, f"waited 30 s for {text!r}; shown: {self.shown!r}"
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                break
            self.shown += chunk.decode("utf-8", "replace")
        return self.shown

    def type(self, line: str) -> None:
        import os

        os.write(self.master, (line + "\n").encode())

    def finish(self) -> int:
        import os

        self.read_until("\0never shown\0")  # to the end
        try:
            return self.proc.wait(timeout=60)
        finally:
            os.close(self.master)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_the_passphrase_is_asked_at_the_terminal_without_echo(cli_vault, pass_file, capsys,
                                                              monkeypatch):
    run(capsys, monkeypatch, "add", "--vault", cli_vault, "--passphrase-file", pass_file,
        "--title", "Asked at the terminal", stdin="Body")
    terminal = Terminal("list", "--vault", cli_vault)
    assert terminal.read_until("Passphrase: ").endswith("Passphrase: ")
    terminal.type(PASSPHRASE)
    assert terminal.finish() == 0
    assert "Asked at the terminal" in terminal.shown
    assert PASSPHRASE not in terminal.shown  # not echoed


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_a_wrong_passphrase_at_the_terminal_exits_with_3(cli_vault):
    terminal = Terminal("list", "--vault", cli_vault)
    terminal.read_until("Passphrase: ")
    terminal.type("not the passphrase")
    assert terminal.finish() == 3
    assert "not the passphrase" not in terminal.shown


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pseudo-terminal")
def test_a_new_passphrase_is_asked_twice_and_must_match(tmp_path):
    terminal = Terminal("init", "--vault", tmp_path / "new")
    terminal.read_until("New passphrase: ")
    terminal.type("one long passphrase")
    terminal.read_until("Repeat the new passphrase: ")
    terminal.type("another long passphrase")
    assert terminal.finish() == 2
    assert "the two passphrases differ" in terminal.shown
    assert not (tmp_path / "new").exists()


# -- words that stay out of shell history and /proc/<pid>/cmdline ------------------------

def test_add_takes_title_and_tags_from_files(cli_vault, pass_file, tmp_path, capsys,
                                             monkeypatch):
    title_file = tmp_path / "title.txt"
    title_file.write_text("\ufeffA private title\nignored second line\n")
    tags_file = tmp_path / "tags.txt"
    tags_file.write_text("park\n\nzon\n")
    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    code, out, err = run(capsys, monkeypatch, "add", *common, "--title-file", title_file,
                         "--tags-file", tags_file, stdin="the body")
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "list", *common, "--json")
    [row] = json.loads(out)
    assert (row["title"], sorted(row["tags"])) == ("A private title", ["park", "zon"])


def test_add_takes_a_json_object_on_stdin(cli_vault, pass_file, capsys, monkeypatch):
    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    entry = {"title": "Uit de pijp", "body": "Tekst.", "tags": ["a", "b"],
             "date": "2026-05-04", "mood": 3, "share": True}
    code, out, err = run(capsys, monkeypatch, "add", *common, "--json-input",
                         stdin=json.dumps(entry))
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "list", *common, "--json")
    [row] = json.loads(out)
    assert row == {"id": row["id"], "date": "2026-05-04", "title": "Uit de pijp",
                   "tags": ["a", "b"], "mood": 3, "shared": True}
    for bad in ["[]", '{"title": 3}', '{"tags": "x"}', '{"date": "2026-02-30"}',
                '{"mood": 9}', '{"colour": "red"}', "{", '{"body": "x"}' + "x"]:
        code, _, err = run(capsys, monkeypatch, "add", *common, "--json-input", stdin=bad)
        assert code == 2, (bad, err)
        assert err.startswith("haven: ") and err.count("\n") == 1, err
    code, _, err = run(capsys, monkeypatch, "add", *common, "--json-input", "--title", "x",
                       stdin="{}")
    assert code == 2 and "--json-input" in err


def test_search_takes_the_query_from_a_file_or_stdin(cli_vault, pass_file, tmp_path,
                                                    capsys, monkeypatch):
    common = ["--vault", cli_vault, "--passphrase-file", pass_file]
    run(capsys, monkeypatch, "add", *common, "--title", "Zonnig", stdin="wandeling in de zon")
    query_file = tmp_path / "q.txt"
    query_file.write_text("wandeling\n")
    code, out, err = run(capsys, monkeypatch, "search", "--query-file", query_file, *common,
                         "--json")
    assert code == 0, err
    assert [h["title"] for h in json.loads(out)] == ["Zonnig"]
    code, out, err = run(capsys, monkeypatch, "search", "--query-file", "-", *common,
                         "--json", stdin="zon\n")
    assert code == 0, err
    assert [h["title"] for h in json.loads(out)] == ["Zonnig"]
    code, _, err = run(capsys, monkeypatch, "search", *common)
    assert code == 2 and "query" in err
    code, _, err = run(capsys, monkeypatch, "search", "zon", "--query-file", query_file,
                       *common)
    assert code == 2


def test_import_reads_a_pipe_so_no_plaintext_copy_is_left(cli_vault, pass_file, capsys,
                                                          monkeypatch):
    # docs/CLI.md: jrnl --export json | python -m journal import ... /dev/stdin
    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin on this system")
    export = json.dumps({"tags": {}, "entries": [
        {"date": "2024-01-02", "time": "09:00", "title": "piped", "body": "b",
         "tags": [], "starred": False}]})
    result = subprocess.run(
        [sys.executable, "-m", "journal", "import", "--format", "jrnl-json", "/dev/stdin",
         "--vault", str(cli_vault), "--passphrase-file", str(pass_file)],
        input=export, capture_output=True, text=True, cwd=Path(__file__).parents[2],
        check=False)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 entry" in result.stdout
