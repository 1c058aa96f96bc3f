"""Writing the summary to a file: whole or not at all (as every file Haven makes, never
into a vault folder: journal.targets), and a PDF protected in memory."""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from journal.errors import InvalidValue
from journal.targets import check_target, publish, write_file

if TYPE_CHECKING:
    from journal.report.blocks import Report

__all__ = ["encrypt_pdf", "write_file", "write_markdown"]


def write_markdown(path: Path | str, report: Report, *, overwrite: bool = False) -> None:
    """The summary as Markdown, written piece by piece as its entries are read (one
    batch in memory at a time), under a temporary name beside `path` that becomes
    `path` only when complete; as `write_file` for the rest. The vault must be open."""
    import tempfile

    from journal.report.markdown_writer import markdown_pieces

    path = check_target(Path(path), overwrite=overwrite)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".part",
                                   dir=path.parent)
    except OSError as exc:  # name her file, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f, closing(
                markdown_pieces(report)) as pieces:  # a failed write ends the read too
            for piece in pieces:
                f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        publish(Path(tmp), path, overwrite=overwrite)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF `data` protected with `password` (AES-256, PDF 2.0 security handler R6),
    in memory: the readable PDF never touches the disk."""
    import io

    import pikepdf  # only needed here; keeps `import journal.report` light

    if not password:
        raise InvalidValue("password", "an empty password protects nothing")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner=password, user=password, R=6))
    return out.getvalue()
