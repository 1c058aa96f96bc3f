"""Writing the summary to a file: whole or not at all (as every file Haven makes, never
into a vault folder: journal.targets), and a PDF protected in memory."""

from __future__ import annotations

from journal.errors import InvalidValue
from journal.targets import write_file

__all__ = ["encrypt_pdf", "write_file"]


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
