"""Photos: JPEG and PNG bytes checked before a single byte is stored.

Photos live as blobs inside the encrypted database, never as files. The UI decodes
and scales an image she picks (Qt's image readers, see ui/photos.py) and hands the
re-encoded JPEG or PNG to the core; the functions here check what they are given once
more (format, intact header and end, size) without decoding it.
"""

from __future__ import annotations

import struct
import zlib

from journal.errors import ImageRejected
from journal.models import Photo

# A stored photo: longest side at most this many pixels ...
PHOTO_MAX_SIDE = 1600
# ... and at most this many bytes once re-encoded.
PHOTO_MAX_BYTES = 4 * 1024 * 1024
# What may be imported at all: the file she picks, before scaling.
SOURCE_MAX_BYTES = 60 * 1024 * 1024
SOURCE_MAX_PIXELS = 120_000_000  # larger pictures are refused before they are decoded

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_START = b"\xff\xd8"
_JPEG_END = b"\xff\xd9"
# Start-of-frame markers (they hold the size); C4, C8 and CC are other things.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def sniff_format(data: bytes) -> str | None:
    """"image/jpeg" or "image/png" from the first bytes, else None."""
    if data.startswith(_PNG_SIGNATURE):
        return "image/png"
    if data.startswith(_JPEG_START + b"\xff"):
        return "image/jpeg"
    return None


def _png_size(data: bytes) -> tuple[int, int]:
    head = data[8:33]
    if len(head) < 25 or head[4:8] != b"IHDR" or struct.unpack(">I", head[:4])[0] != 13:
        raise ImageRejected(ImageRejected.DAMAGED, "no PNG header")
    if zlib.crc32(head[4:21]) != struct.unpack(">I", head[21:25])[0]:
        raise ImageRejected(ImageRejected.DAMAGED, "PNG header checksum")
    if data[-8:-4] != b"IEND":
        raise ImageRejected(ImageRejected.DAMAGED, "PNG is cut off")
    return struct.unpack(">II", head[8:16])


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.endswith(_JPEG_END):
        raise ImageRejected(ImageRejected.DAMAGED, "JPEG is cut off")
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise ImageRejected(ImageRejected.DAMAGED, "JPEG marker expected")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        if marker in (0xD9, 0xDA):
            break  # end of image or start of scan before any frame header
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        if length < 2:
            break
        if marker in _SOF_MARKERS:
            if i + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise ImageRejected(ImageRejected.DAMAGED, "no JPEG frame header")


def picture_size(data: bytes, mime: str) -> tuple[int, int]:
    """(width, height) of JPEG or PNG bytes; ImageRejected if they are damaged."""
    return _png_size(data) if mime == "image/png" else _jpeg_size(data)


def photo_from_bytes(data: bytes) -> Photo:
    """A Photo from re-encoded JPEG or PNG bytes, checked: ImageRejected if the bytes
    are no JPEG or PNG, are damaged, or are larger than a stored photo may be."""
    data = bytes(data)
    mime = sniff_format(data)
    if mime is None:
        raise ImageRejected(ImageRejected.UNKNOWN_FORMAT, "not JPEG or PNG")
    if len(data) > PHOTO_MAX_BYTES:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{len(data)} bytes", PHOTO_MAX_BYTES)
    width, height = _png_size(data) if mime == "image/png" else _jpeg_size(data)
    if width < 1 or height < 1:
        raise ImageRejected(ImageRejected.DAMAGED, "empty picture")
    if max(width, height) > PHOTO_MAX_SIDE:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{width}x{height}", PHOTO_MAX_SIDE)
    return Photo(data, mime, width, height)


def scaled_size(width: int, height: int, max_side: int = PHOTO_MAX_SIDE) -> tuple[int, int]:
    """The size a picture is scaled to on import: longest side at most `max_side`,
    proportions kept, never enlarged."""
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    factor = max_side / longest
    return max(1, round(width * factor)), max(1, round(height * factor))


def check_source(size_bytes: int, width: int, height: int) -> None:
    """Refuse a picked file that is too large to import (before decoding it)."""
    if size_bytes > SOURCE_MAX_BYTES:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{size_bytes} bytes", SOURCE_MAX_BYTES)
    if width * height > SOURCE_MAX_PIXELS:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{width}x{height}", SOURCE_MAX_PIXELS)


# An entry's photo (brought along by an import) is kept as it came, JPEG or PNG, up to
# this size; the reading view scales it down to show it.
ENTRY_PHOTO_MAX_BYTES = 25 * 1024 * 1024


def entry_photo(data: bytes) -> Photo:
    """A photo of an entry from JPEG or PNG bytes, checked but kept as it is:
    ImageRejected if it is another format (HEIC, ...), damaged or too large."""
    data = bytes(data)
    mime = sniff_format(data)
    if mime is None:
        raise ImageRejected(ImageRejected.UNKNOWN_FORMAT, "not JPEG or PNG")
    if len(data) > ENTRY_PHOTO_MAX_BYTES:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{len(data)} bytes",
                            ENTRY_PHOTO_MAX_BYTES)
    width, height = picture_size(data, mime)
    if width < 1 or height < 1:
        raise ImageRejected(ImageRejected.DAMAGED, "empty picture")
    if width * height > SOURCE_MAX_PIXELS:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{width}x{height}", SOURCE_MAX_PIXELS)
    return Photo(data, mime, width, height)
