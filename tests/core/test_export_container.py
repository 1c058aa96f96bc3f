"""The protected full export: Argon2id and AES-256-GCM in chunks, read back by the
haven-json importer; a wrong password or a damaged file imports nothing."""

from __future__ import annotations

import io
import json
import sys

import pytest

from cli import main
from journal import export_container
from journal.errors import ExportDamaged, ExportWrongPassword, ImportFailed
from journal.export import export_protected, haven_document
from journal.importers import haven_json, import_entries
from journal.keyslots import KdfParams
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.test_export import DRAFTS, fill, without_ids

PASSWORD = "drie losse woorden hier"
TINY_KDF = KdfParams(iterations=1, memory_kib=64, lanes=1)


@pytest.fixture
def other_vault(tmp_path):
    v = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")

    def run(*args: object) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    def vault(name: str) -> list[object]:
        folder = tmp_path / name
        if not folder.exists():
            assert run("init", "--vault", folder, "--passphrase-file", pass_file)[0] == 0
        return ["--vault", folder, "--passphrase-file", pass_file]

    run.vault = vault  # type: ignore[attr-defined]
    return run


def header(raw: bytes) -> dict:
    start = len(export_container.MAGIC)
    length = int.from_bytes(raw[start:start + 4], "big")
    return json.loads(raw[start + 4:start + 4 + length])


def body_offset(raw: bytes) -> int:
    start = len(export_container.MAGIC)
    return start + 4 + int.from_bytes(raw[start:start + 4], "big")


def test_a_protected_export_round_trips_and_shows_nothing_without_the_password(
        vault, other_vault, tmp_path, monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)
    fill(vault)
    path = tmp_path / "export.enc"
    result = export_protected(vault, path, PASSWORD)
    assert result.encrypted and result.entries == len(DRAFTS)
    raw = path.read_bytes()
    assert raw.startswith(export_container.MAGIC)
    # Neutral: nothing readable names the app or holds her words.
    assert b"haven" not in raw.lower()
    assert b"Eerste dag" not in raw and "Zoë".encode() not in raw
    # The key is derived as the vault's key slots derive theirs.
    kdf = header(raw)["kdf"]
    assert kdf["name"] == "argon2id"
    assert (kdf["iterations"], kdf["memory_kib"], kdf["lanes"]) == (
        FAST_KDF.iterations, FAST_KDF.memory_kib, FAST_KDF.lanes)
    assert header(raw)["cipher"] == "aes-256-gcm"
    import_entries(other_vault, haven_json.parse(path, PASSWORD))
    assert without_ids(haven_document(other_vault)) == without_ids(haven_document(vault))


def test_the_default_strength_is_the_vaults():
    from journal.keyslots import DEFAULT_KDF

    out = io.BytesIO()
    export_container.write(out, PASSWORD, [b"{}"])
    kdf = header(out.getvalue())["kdf"]
    assert (kdf["iterations"], kdf["memory_kib"], kdf["lanes"]) == (
        DEFAULT_KDF.iterations, DEFAULT_KDF.memory_kib, DEFAULT_KDF.lanes)


@pytest.fixture
def protected(vault, tmp_path, monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)
    fill(vault)
    path = tmp_path / "export.enc"
    export_protected(vault, path, PASSWORD)
    return path


@pytest.mark.parametrize(("password", "code"), [(None, "needs_password"),
                                                ("", "needs_password"),
                                                ("not the password", "wrong_password")])
def test_a_wrong_or_missing_password_imports_nothing(protected, other_vault, password,
                                                     code):
    before = haven_document(other_vault)
    with pytest.raises(ImportFailed) as caught:
        haven_json.parse(protected, password)
    assert caught.value.code == code
    assert haven_document(other_vault)["entries"] == before["entries"] == []


def _flip(raw: bytes, at: int) -> bytes:
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1:]


def _damaged(raw: bytes) -> dict[str, bytes]:
    salt_at = raw.index(header(raw)["kdf"]["salt"].encode())
    body = body_offset(raw)
    return {
        "salt": _flip(raw, salt_at + 3),
        "length": _flip(raw, len(export_container.MAGIC) + 3),
        "first chunk": _flip(raw, body + 20),
        "last byte": _flip(raw, len(raw) - 1),
        "cut off": raw[:-1],
        "cut at a chunk": raw[:body],
        "more after the end": raw + b"\x00",
        "header only": raw[:len(export_container.MAGIC) + 4],
    }


def test_a_damaged_protected_export_is_called_damaged_not_a_wrong_password(
        protected, other_vault, tmp_path):
    raw = protected.read_bytes()
    for name, data in _damaged(raw).items():
        path = tmp_path / f"damaged-{name}.enc"
        path.write_bytes(data)
        with pytest.raises(ImportFailed) as caught:
            haven_json.parse(path, PASSWORD)
        assert caught.value.code == "damaged_container", name
    assert haven_document(other_vault)["entries"] == []


def test_chunks_cannot_be_dropped_reordered_or_cut_at_a_boundary():
    pieces = [bytes([n]) * 10 for n in range(5)]
    out = io.BytesIO()
    export_container.write(out, PASSWORD, pieces, kdf=TINY_KDF, chunk=10)
    raw = out.getvalue()
    body = body_offset(raw)
    chunks = []
    at = body
    while at < len(raw):
        size = int.from_bytes(raw[at:at + 4], "big")
        chunks.append(raw[at:at + 4 + size])
        at += 4 + size
    assert len(chunks) == 5
    assert export_container.read_all(io.BytesIO(raw), PASSWORD) == b"".join(pieces)
    head = raw[:body]
    for name, order in {"dropped": [0, 2, 3, 4], "swapped": [1, 0, 2, 3, 4],
                        "last dropped": [0, 1, 2, 3], "last repeated": [0, 1, 2, 3, 4, 4],
                        }.items():
        data = head + b"".join(chunks[i] for i in order)
        with pytest.raises(ExportDamaged):
            export_container.read_all(io.BytesIO(data), PASSWORD)
        assert name


def test_a_wrong_password_is_known_before_any_byte_is_given():
    out = io.BytesIO()
    export_container.write(out, PASSWORD, [b"secret words"], kdf=TINY_KDF)
    with pytest.raises(ExportWrongPassword):
        export_container.read(io.BytesIO(out.getvalue()), "other words entirely")


class _Recorder(io.BytesIO):
    def __init__(self) -> None:
        super().__init__()
        self.largest = 0

    def write(self, data) -> int:  # type: ignore[override]
        self.largest = max(self.largest, len(data))
        return super().write(data)


def test_writing_and_reading_hold_one_chunk_at_a_time():
    """Memory stays flat: each piece is encrypted as soon as a chunk is full (written
    before the next piece is asked for), and reading gives a chunk at a time."""
    chunk = 1000
    out = _Recorder()
    written_before_piece = []

    def pieces():
        for n in range(50):
            written_before_piece.append(out.tell())
            yield bytes([n % 256]) * 700

    export_container.write(out, PASSWORD, pieces(), kdf=TINY_KDF, chunk=chunk)
    body = body_offset(out.getvalue())
    assert out.largest <= max(body, 4 + chunk + export_container.TAG)
    # By the 10th piece (7,000 bytes given) at least 6 chunks are already out.
    assert written_before_piece[10] >= body + 6 * chunk
    parts = list(export_container.read(io.BytesIO(out.getvalue()), PASSWORD))
    assert len(parts) == 35 and max(len(p) for p in parts) == chunk
    assert b"".join(parts) == b"".join(bytes([n % 256]) * 700 for n in range(50))


def test_an_empty_document_and_an_exact_multiple_round_trip():
    for data in (b"", b"x" * 20):
        out = io.BytesIO()
        export_container.write(out, PASSWORD, [data], kdf=TINY_KDF, chunk=10)
        assert export_container.read_all(io.BytesIO(out.getvalue()), PASSWORD) == data


def test_argon2id_parameters_in_the_header_are_bounded():
    """A garbled header cannot make reading cost gigabytes before it is called damaged."""
    out = io.BytesIO()
    export_container.write(out, PASSWORD, [b"{}"], kdf=TINY_KDF)
    raw = out.getvalue()
    data = header(raw)
    data["kdf"]["memory_kib"] = 64 * 1024 * 1024
    text = json.dumps(data).encode()
    garbled = export_container.MAGIC + len(text).to_bytes(4, "big") + text + raw[
        body_offset(raw):]
    with pytest.raises(ExportDamaged):
        export_container.read(io.BytesIO(garbled), PASSWORD)


# -- the command line ---------------------------------------------------------------------

def test_cli_protected_export_round_trip(cli, tmp_path):
    from tests.core.import_samples import JRNL_EXPORT

    one = cli.vault("one")
    cli("import", *one, "--format", "jrnl-json", JRNL_EXPORT)
    password = tmp_path / "pass-export.txt"
    password.write_text(PASSWORD + "\n")
    out = tmp_path / "x.enc"
    code, stdout, err = cli("export", *one, "--format", "json", "--out", out,
                            "--password-file", password)
    assert code == 0 and err == "" and "Argon2id" in stdout
    assert out.read_bytes().startswith(export_container.MAGIC)
    two = cli.vault("two")
    code, _, err = cli("import", *two, "--format", "haven-json", out)
    assert code == 1 and "password is needed" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("een ander wachtwoord\n")
    code, _, err = cli("import", *two, "--format", "haven-json", out,
                       "--password-file", wrong)
    assert code == 1 and "password is not right" in err and err.count("\n") == 1
    code, stdout, _ = cli("import", *two, "--format", "haven-json", out,
                          "--password-file", password)
    assert code == 0 and stdout.startswith("Imported 7 entries")
    # A Markdown export cannot be put in the container, only in a zip.
    code, _, err = cli("export", *one, "--format", "markdown-folder",
                       "--out", tmp_path / "md", "--password-file", password)
    assert code == 2 and "--zip-password-file" in err


def test_cli_zip_export_warns_that_it_is_weaker(cli, tmp_path):
    one = cli.vault("one")
    password = tmp_path / "pass-zip.txt"
    password.write_text(PASSWORD + "\n")
    code, _, err = cli("export", *one, "--format", "json", "--out", tmp_path / "x.zip",
                       "--zip-password-file", password)
    assert code == 0 and "guessed far faster" in err and "--password-file" in err
