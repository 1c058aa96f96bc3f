"""Writing the summary to a file: whole or not at all, and a PDF protected in memory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from journal.errors import InvalidValue


def write_file(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write `data` to a temporary name beside `path` and rename it when complete, so
    a failure leaves no half file. FileExistsError when `path` exists and not `overwrite`."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(17, "The file already exists", str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".haven-", suffix=".part", dir=path.parent)
    except OSError as exc:  # name her file, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
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
