"""Files Haven writes never destroy anything: no command replaces an existing file
without --force, and none writes inside a vault folder (its own or another), whatever
the flag."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest

from cli import main
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)


@pytest.fixture
def pass_file(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def run(capsys, monkeypatch, *args, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def make_vault(folder: Path, pass_file: Path, capsys, monkeypatch) -> Path:
    assert run(capsys, monkeypatch, "init", "--vault", folder,
               "--passphrase-file", pass_file)[0] == 0
    assert run(capsys, monkeypatch, "add", "--vault", folder, "--passphrase-file",
               pass_file, "--title", "Walk", stdin="A walk in the sun.")[0] == 0
    return folder


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "haven.lock"}


@pytest.fixture
def vault(tmp_path, pass_file, capsys, monkeypatch) -> Path:
    return make_vault(tmp_path / "v", pass_file, capsys, monkeypatch)


@pytest.fixture
def zip_pass(tmp_path) -> Path:
    path = tmp_path / "zippass.txt"
    path.write_text("a long zip password\n")
    return path


def _writers(out: Path, zip_pass: Path) -> dict[str, list]:
    return {
        "json": ["export", "--format", "json", "--out", out],
        "zip": ["export", "--format", "json", "--out", out, "--zip-password-file", zip_pass],
        "protected": ["export", "--format", "json", "--out", out, "--password-file",
                      zip_pass],
        "markdown-zip": ["export", "--format", "markdown-folder", "--out", out,
                         "--zip-password-file", zip_pass],
        "md": ["export", "--format", "md", "--out", out],
        "backup": ["backup", "--out", out],
    }


WRITERS = ("json", "zip", "protected", "markdown-zip", "md", "backup")


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("name", ["haven.db", "keys.json", "new-file.json",
                                  "backups/new.havenbackup"])
@pytest.mark.parametrize("force", [False, True])
def test_no_command_writes_into_its_own_vault_folder(vault, pass_file, zip_pass, capsys,
                                                     monkeypatch, writer, name, force):
    (vault / "backups").mkdir(exist_ok=True)
    before = fingerprint(vault)
    args = _writers(vault / name, zip_pass)[writer]
    code, _, err = run(capsys, monkeypatch, *args, *(["--force"] if force else []),
                       "--vault", vault, "--passphrase-file", pass_file)
    assert code == 1, err
    assert "inside the vault folder" in err
    assert fingerprint(vault) == before
    assert run(capsys, monkeypatch, "verify", "--vault", vault, "--passphrase-file",
               pass_file)[0] == 0


@pytest.mark.parametrize("writer", WRITERS)
def test_no_command_writes_into_another_vault_folder(vault, tmp_path, pass_file, zip_pass,
                                                     capsys, monkeypatch, writer):
    other = make_vault(tmp_path / "other", pass_file, capsys, monkeypatch)
    (other / "sub").mkdir()
    before = fingerprint(other)
    for target in (other / "haven.db", other / "sub" / "x.out"):
        args = _writers(target, zip_pass)[writer]
        code, _, err = run(capsys, monkeypatch, *args, "--force", "--vault", vault,
                           "--passphrase-file", pass_file)
        assert code == 1, err
        assert "inside the vault folder" in err
    assert fingerprint(other) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_a_symbolic_link_into_a_vault_is_refused(vault, tmp_path, pass_file, zip_pass,
                                                 capsys, monkeypatch, writer):
    link = tmp_path / "innocent.json"
    link.symlink_to(vault / "haven.db")
    folder_link = tmp_path / "innocent-folder"
    folder_link.symlink_to(vault)
    before = fingerprint(vault)
    for target in (link, folder_link / "x.out"):
        code, _, err = run(capsys, monkeypatch, *_writers(target, zip_pass)[writer],
                           "--force", "--vault", vault, "--passphrase-file", pass_file)
        assert code == 1, err
    assert fingerprint(vault) == before


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_is_kept_unless_force(vault, tmp_path, pass_file, zip_pass,
                                               capsys, monkeypatch, writer):
    target = tmp_path / "out" / "existing"
    target.parent.mkdir()
    target.write_bytes(b"her other file")
    args = _writers(target, zip_pass)[writer]
    code, _, err = run(capsys, monkeypatch, *args, "--vault", vault, "--passphrase-file",
                       pass_file)
    assert code == 1, err
    assert "already exists" in err and "--force" in err
    assert target.read_bytes() == b"her other file"
    assert [p.name for p in target.parent.iterdir()] == ["existing"]
    code, _, err = run(capsys, monkeypatch, *args, "--force", "--vault", vault,
                       "--passphrase-file", pass_file)
    assert code == 0, err
    assert target.read_bytes() != b"her other file"
    assert [p.name for p in target.parent.iterdir()] == ["existing"]


def test_markdown_folder_export_is_refused_inside_a_vault(vault, pass_file, capsys,
                                                         monkeypatch):
    before = fingerprint(vault)
    code, _, err = run(capsys, monkeypatch, "export", "--format", "markdown-folder",
                       "--out", vault / "md", "--vault", vault, "--passphrase-file",
                       pass_file)
    assert code == 1, err
    assert not (vault / "md").exists()
    assert fingerprint(vault) == before


def test_init_keeps_an_existing_recovery_code_file_and_makes_no_vault(
        tmp_path, pass_file, capsys, monkeypatch):
    code_file = tmp_path / "code.txt"
    code_file.write_text("an older code she kept\n")
    code, _, err = run(capsys, monkeypatch, "init", "--vault", tmp_path / "new",
                       "--passphrase-file", pass_file, "--recovery-code-file", code_file)
    assert code == 1, err
    assert code_file.read_text() == "an older code she kept\n"
    assert not (tmp_path / "new").exists()


def test_init_never_writes_the_recovery_code_inside_the_vault(tmp_path, pass_file, capsys,
                                                              monkeypatch):
    folder = tmp_path / "new"
    code, _, err = run(capsys, monkeypatch, "init", "--vault", folder,
                       "--passphrase-file", pass_file, "--recovery-code-file",
                       folder / "code.txt")
    assert code == 1, err
    assert not folder.exists()


def test_the_temporary_file_of_a_write_names_her_file_not_the_app(tmp_path, monkeypatch):
    """A crash may leave it beside her file (discreet mode: no "haven" in any name)."""
    import os

    from journal.targets import write_file

    seen: list[str] = []
    real_fsync = os.fsync

    def look(fd: int) -> None:
        seen.extend(p.name for p in tmp_path.iterdir())
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", look)
    write_file(tmp_path / "notes-2026-12-01.pdf", b"summary")
    assert [n for n in seen if n.endswith(".part")], seen
    assert not [n for n in seen if "haven" in n.lower()], seen
    assert [p.name for p in tmp_path.iterdir()] == ["notes-2026-12-01.pdf"]
