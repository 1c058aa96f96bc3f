"""The right message for the right cause: a permission problem is not damage, a changed
key file is not a wrong passphrase, and no input of the command line ends in a
traceback (one plain line on stderr instead)."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cli
import journal.backup as backup
from journal import export_container
from journal.errors import BackupDamaged, KeysChanged, VaultDamaged, WrongSecret
from journal.keyslots import KeyFile, Secret
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
EXIT_USAGE, EXIT_WRONG, EXIT_UNREADABLE, EXIT_NO_PERMISSION = 2, 3, 4, 7


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("HAVEN_DEBUG", None)
    return env


def run_cli(*args: object, stdin: bytes = b"", prefix: tuple[str, ...] = (),
            ) -> subprocess.CompletedProcess[str]:
    args_bytes = [os.fsencode(a) if isinstance(a, Path) else a for a in args]
    result = subprocess.run([*prefix, sys.executable, "-m", "journal", *args_bytes],
                            input=stdin, capture_output=True, cwd=REPO, env=child_env(),
                            timeout=120, check=False)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode(errors="replace"),
                                       result.stderr.decode(errors="replace"))


def assert_one_line(result: subprocess.CompletedProcess[str]) -> str:
    err = result.stderr
    assert "Traceback" not in err, err
    assert err.startswith("haven: ") and err.strip().count("\n") == 0, err
    assert "unexpected error" not in err, err
    return err


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    """A closed vault with one entry, and a file holding its passphrase."""
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.execute("SELECT 1")
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    assert run_cli("add", "--vault", folder, "--passphrase-file", pass_file,
                   "--title", "t", stdin=b"body").returncode == 0
    return folder, pass_file


# -- passphrase files, text and numbers --------------------------------------------------

def test_a_passphrase_file_with_a_utf8_bom_opens(made, tmp_path):
    folder, _ = made
    bom = tmp_path / "notepad.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    result = run_cli("list", "--vault", folder, "--passphrase-file", bom)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("option", ["--passphrase-file", "--recovery-code-file",
                                    "--new-passphrase-file"])
def test_secret_files_that_are_not_utf8_are_a_usage_error(made, tmp_path, option):
    folder, pass_file = made
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa\n")
    if option == "--new-passphrase-file":
        args = ["passwd", "--vault", folder, "--passphrase-file", pass_file, option, bad,
                "--keep-key"]
    else:
        args = ["list", "--vault", folder, option, bad]
    result = run_cli(*args)
    assert result.returncode == EXIT_USAGE
    assert "not UTF-8" in assert_one_line(result)


def test_a_title_tag_body_or_query_that_is_not_utf8_is_a_usage_error(made):
    folder, pass_file = made
    common = ["--vault", folder, "--passphrase-file", pass_file]
    for args, stdin in [(["add", *common, "--title", b"\xff\xfe"], b""),
                        (["add", *common, "--tag", b"\xff"], b""),
                        (["add", *common, "--title", "ok"], b"\xff\xfe body"),
                        (["search", b"\xff", *common], b"")]:
        result = run_cli(*args, stdin=stdin)
        assert result.returncode == EXIT_USAGE, (args, result.stderr)
        assert "not UTF-8" in assert_one_line(result)


@pytest.mark.parametrize("limit", ["100000000000000000000", "-1", "1e3", "0"])
def test_an_absurd_limit_is_a_usage_error(made, limit):
    folder, pass_file = made
    result = run_cli("list", "--vault", folder, "--passphrase-file", pass_file,
                     "--limit", limit)
    assert result.returncode == EXIT_USAGE
    assert_one_line(result)


# -- keys.json and backup headers that are not what Haven wrote --------------------------

def edit_keys(folder: Path, change) -> None:
    data = json.loads((folder / "keys.json").read_text())
    change(data)
    (folder / "keys.json").write_text(json.dumps(data))


def flip_b64(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


FLIPS = {
    "vault_id": lambda d: d.update(vault_id=d["vault_id"][:-1] + (
        "0" if d["vault_id"][-1] != "0" else "1")),
    "salt": lambda d: d["slots"][0]["kdf"].update(salt=flip_b64(d["slots"][0]["kdf"]["salt"])),
    "nonce": lambda d: d["slots"][0].update(nonce=flip_b64(d["slots"][0]["nonce"])),
    "wrapped_key": lambda d: d["slots"][0].update(
        wrapped_key=flip_b64(d["slots"][0]["wrapped_key"])),
}


@pytest.mark.parametrize("field", sorted(FLIPS))
def test_a_flipped_bit_in_keys_json_says_changed_not_wrong_passphrase(made, field):
    folder, pass_file = made
    edit_keys(folder, FLIPS[field])
    with pytest.raises(KeysChanged):
        Vault.open(folder, Secret.passphrase(PASSPHRASE))
    result = run_cli("list", "--vault", folder, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert "changed or damaged" in assert_one_line(result)
    assert "not right" not in result.stderr


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(made):
    folder, _ = made
    with pytest.raises(WrongSecret):
        Vault.open(folder, Secret.passphrase("not the passphrase at all"))


def test_a_key_file_without_checksum_still_opens_and_gets_one(made):
    folder, _ = made
    edit_keys(folder, lambda d: d.pop("checksum"))
    with Vault.open(folder, Secret.passphrase(PASSPHRASE)):
        pass
    assert "checksum" in json.loads((folder / "keys.json").read_text())
    # Without one, a changed slot can only be called a wrong secret (older files).
    edit_keys(folder, lambda d: (d.pop("checksum"), FLIPS["nonce"](d)))
    with pytest.raises(WrongSecret):
        Vault.open(folder, Secret.passphrase(PASSPHRASE))


def test_a_flipped_bit_in_a_backup_header_says_damaged(made, tmp_path):
    folder, pass_file = made
    with Vault.open(folder, Secret.passphrase(PASSPHRASE)) as vault:
        made_backup = backup.write_backup(vault, tmp_path / "b.havenbackup")
    data = made_backup.read_bytes()
    header = backup.read_header(made_backup)
    text = data[len(backup.MAGIC) + 4:header.db_offset].decode()
    nonce = header.keyfile.slots[0].to_json()["nonce"]
    changed = text.replace(nonce, flip_b64(nonce))
    assert changed != text and len(changed) == len(text)
    made_backup.write_bytes(data.replace(text.encode(), changed.encode()))
    with pytest.raises(BackupDamaged, match="changed or damaged"):
        backup.restore_backup(made_backup, Secret.passphrase(PASSPHRASE), tmp_path / "r")
    result = run_cli("restore", "--vault", tmp_path / "r2", "--from", made_backup,
                     "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert "changed or damaged" in assert_one_line(result)
    assert not (tmp_path / "r").exists() and not (tmp_path / "r2").exists()


def test_deep_nesting_and_1e400_are_damage_not_a_crash(made, tmp_path):
    folder, pass_file = made
    nested = "[" * 20_000 + "]" * 20_000
    (folder / "keys.json").write_text(nested)
    with pytest.raises(VaultDamaged):
        KeyFile.load(folder / "keys.json")
    result = run_cli("list", "--vault", folder, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert_one_line(result)
    # A backup whose header is nested too deeply.
    fake = tmp_path / "deep.havenbackup"
    body = nested.encode()
    fake.write_bytes(backup.MAGIC + len(body).to_bytes(4, "big") + body + b"x")
    result = run_cli("restore", "--vault", tmp_path / "r", "--from", fake,
                     "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert_one_line(result)


@pytest.mark.parametrize("field", ["iterations", "memory_kib", "lanes"])
def test_1e400_or_a_huge_kdf_parameter_is_damage(made, field):
    folder, pass_file = made
    text = (folder / "keys.json").read_text()
    data = json.loads(text)
    value = data["slots"][0]["kdf"][field]
    (folder / "keys.json").write_text(text.replace(f'"{field}": {value}',
                                                   f'"{field}": 1e400', 1))
    result = run_cli("list", "--vault", folder, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert_one_line(result)
    # Far more than Haven ever writes: refused before any key derivation.
    edit_keys(folder, lambda d: d["slots"][0]["kdf"].update({field: 2**20}))
    with pytest.raises(VaultDamaged):
        KeyFile.load(folder / "keys.json")


def test_keys_json_linked_to_dev_zero_is_read_bounded(made):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    folder, pass_file = made
    (folder / "keys.json").unlink()
    (folder / "keys.json").symlink_to("/dev/zero")
    result = run_cli("list", "--vault", folder, "--passphrase-file", pass_file)
    assert result.returncode == EXIT_UNREADABLE
    assert_one_line(result)
    link = folder.parent / "zero.txt"
    link.symlink_to("/dev/zero")
    result = run_cli("list", "--vault", folder, "--passphrase-file", link)
    assert result.returncode == EXIT_USAGE
    assert_one_line(result)


# -- permissions -------------------------------------------------------------------------

def without_root_powers() -> tuple[str, ...]:
    """A prefix that runs the child without the power to ignore file permissions:
    nothing for an ordinary user; for root, setpriv dropping CAP_DAC_OVERRIDE."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot bite")
    return (setpriv, "--bounding-set", "-dac_override,-dac_read_search",
            "--inh-caps", "-dac_override,-dac_read_search")


@pytest.mark.parametrize("what", ["database", "folder"])
def test_a_read_only_vault_has_its_own_message_and_leaves_nothing(made, what):
    folder, pass_file = made
    prefix = without_root_powers()
    before = sorted(p.name for p in folder.iterdir())
    target = folder / "haven.db" if what == "database" else folder
    mode = target.stat().st_mode
    target.chmod(stat.S_IMODE(mode) & ~0o222)
    try:
        for args in (["add", "--title", "x"], ["list"], ["verify"]):
            result = run_cli(*args, "--vault", folder, "--passphrase-file", pass_file,
                             stdin=b"words", prefix=prefix)
            assert result.returncode == EXIT_NO_PERMISSION, (args, result.stderr)
            err = assert_one_line(result)
            assert "permission" in err and "damaged" in err and "restore" not in err
            assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        target.chmod(stat.S_IMODE(mode))
    assert run_cli("add", "--title", "x", "--vault", folder, "--passphrase-file",
                   pass_file, stdin=b"words", prefix=prefix).returncode == 0


def test_a_read_only_shm_left_by_an_older_version_is_cleared(made):
    folder, pass_file = made
    prefix = without_root_powers()
    shm = folder / "haven.db-shm"
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o444)
    result = run_cli("add", "--title", "x", "--vault", folder, "--passphrase-file",
                     pass_file, stdin=b"words", prefix=prefix)
    assert result.returncode == 0, result.stderr
    assert not shm.exists()


# -- the recovery code written by init ---------------------------------------------------

def test_init_writes_the_recovery_code_0600(tmp_path):
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    code = tmp_path / "code.txt"
    os.umask(old := os.umask(0o022))  # a usual umask: 0644 unless Haven says otherwise
    result = run_cli("init", "--vault", tmp_path / "v", "--passphrase-file", pass_file,
                     "--recovery-code-file", code)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(code.stat().st_mode) == 0o600
    assert old is not None


def test_init_leaves_no_vault_when_the_code_cannot_be_written(tmp_path, monkeypatch,
                                                            capsys):
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")

    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "code.txt"))

    monkeypatch.setattr(cli.vault_commands, "write_file", no_room)
    code = cli.main(["init", "--vault", str(tmp_path / "v"), "--passphrase-file",
                     str(pass_file), "--recovery-code-file", str(tmp_path / "code.txt")])
    assert code == 1
    assert "No space left" in capsys.readouterr().err
    assert not (tmp_path / "v").exists()
    assert not (tmp_path / "code.txt").exists()


# -- every command, fuzzed ---------------------------------------------------------------

COMMANDS = ["init", "add", "list", "search", "verify", "passwd", "import", "export",
            "backup", "restore"]
OPTIONS = ["--vault", "--passphrase-file", "--recovery-code-file", "--new-passphrase-file",
           "--new-recovery-code-file", "--title", "--tag", "--date", "--mood", "--limit",
           "--out", "--from", "--to", "--format", "--zip-password-file", "--password-file",
           "--pdf-password-file", "--sections", "--lang", "--name", "--backups",
           "--keep-key", "--force", "--json", "--share", "--all-entries", "--title-file",
           "--tags-file", "--json-input", "--query-file"]
FILE_CONTENTS = [b"", PASSPHRASE.encode() + b"\n", b"\xef\xbb\xbf" + PASSPHRASE.encode(),
                 b"\xff\xfe\xfa", b"[" * 5000, b'{"a": 1e400}', b"\0" * 100,
                 b'{"format": "haven-keys", "version": 1e400}',
                 backup.MAGIC + b"\xff\xff\xff\xff", b"2026-13-45",
                 export_container.MAGIC + b"\x00\x00\x00\x02{}"]


@pytest.fixture(scope="module")
def playground(tmp_path_factory):
    """A vault and a folder of odd input files, shared by every fuzz example (the
    examples may change the vault; any state of it must still give plain errors)."""
    root = tmp_path_factory.mktemp("fuzz")
    with Vault.create(root / "vault", PASSPHRASE, kdf=FAST_KDF):
        pass
    files = []
    for i, content in enumerate(FILE_CONTENTS):
        path = root / f"in{i}.txt"
        path.write_bytes(content)
        files.append(str(path))
    return root, files


def values(root: Path, files: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(files),
        st.sampled_from([str(root / "vault"), str(root / "new"), str(root / "out.json"),
                         str(root / "vault" / "haven.db"), "/dev/zero", "-", ""]),
        st.sampled_from(["100000000000000000000", "1e400", "-1", "0", "3", "nan",
                         "2026-02-30", "json", "pdf", "md", "markdown", "nl", "\udcff"]),
        st.text(max_size=12),
    )


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=st.data())
def test_no_command_ends_in_a_traceback(playground, data):
    root, files = playground
    command = data.draw(st.sampled_from(COMMANDS))
    args = [command]
    for _ in range(data.draw(st.integers(0, 6))):
        args.append(data.draw(st.sampled_from(OPTIONS)))
        if data.draw(st.booleans()):
            args.append(data.draw(values(root, files)))
    if data.draw(st.booleans()):
        args += ["--vault", str(root / "vault"), "--passphrase-file", files[1]]
    stdin = data.draw(st.sampled_from([b"", b"words", b"\xff\xfe", b"{\"mood\": 1e400}",
                                       b"[" * 3000, b"{\"tags\": [1]}"]))
    out, err = io.StringIO(), io.StringIO()
    fake_in = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    old_in = sys.stdin
    sys.stdin = fake_in
    try:
        with (contextlib.redirect_stdout(out), contextlib.redirect_stderr(err),
              tempfile.TemporaryDirectory() as cwd, contextlib.chdir(cwd)):
            try:
                code = cli.main(args)
            except SystemExit as exc:  # argparse: --help, or a usage error
                code = exc.code
    finally:
        sys.stdin = old_in
    text = err.getvalue()
    assert "Traceback" not in text and "unexpected error" not in text, (args, text)
    if code not in (0, None):
        assert text.startswith("haven: "), (args, text)
        assert text.strip().count("\n") == 0, (args, text)
