"""Small JPEG and PNG byte strings for the core tests, made without any image library."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data)))


def png(width: int = 4, height: int = 3, *, extra: bytes = b"") -> bytes:
    """A valid RGB PNG; `extra` goes into a private ancillary chunk (a marker)."""
    raw = b"".join(
        b"\x00" + b"".join(bytes((x * 40 % 256, y * 60 % 256, 120)) for x in range(width))
        for y in range(height))
    body = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if extra:
        body += _chunk(b"prVt", extra)
    body += _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def jpeg_frame(width: int, height: int) -> bytes:
    """The marker structure of a baseline JPEG (SOI, APP0, SOF0, SOS, EOI); enough for
    the header checks, not a picture any decoder would show."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = (b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1)
            + b"\x01\x11\x00")
    sos = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00" + b"\x12\x34"
    return b"\xff\xd8" + app0 + sof0 + sos + b"\xff\xd9"
