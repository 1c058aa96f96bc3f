"""Photos for safe places: decode what she picks with Qt's image readers, scale it to a
sensible size and re-encode it, so only a clean JPEG or PNG reaches the vault.

Nothing is written to disk here; the bytes go straight into the encrypted database.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QFileInfo, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap

from journal.errors import ImageRejected
from journal.images import (
    PHOTO_MAX_BYTES,
    PHOTO_MAX_SIDE,
    check_source,
    photo_from_bytes,
    scaled_size,
)
from journal.models import Photo

JPEG_QUALITY = 85


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub wants the format as bytes; PySide6 itself takes only str.
    ok = image.save(buffer, fmt, quality)  # type: ignore[call-overload]
    buffer.close()
    if not ok:
        raise ImageRejected(ImageRejected.DAMAGED, f"cannot encode as {fmt}")
    return bytes(data.data())


def photo_from_image(image: QImage) -> Photo:
    """Scale and re-encode a decoded picture: PNG when it has transparency (unless
    that is too large), else JPEG."""
    if image.isNull():
        raise ImageRejected(ImageRejected.DAMAGED, "empty picture")
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        w, h = scaled_size(image.width(), image.height())
        image = image.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        data = _encode(image, "PNG")
        if len(data) <= PHOTO_MAX_BYTES:
            return photo_from_bytes(data)
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return photo_from_bytes(_encode(image, "JPEG", JPEG_QUALITY))


def prepare_photo(path: str) -> Photo:
    """Read a picture file (any format Qt reads) into a Photo ready for the vault.

    ImageRejected: UNKNOWN_FORMAT for a file that is no picture Qt knows, DAMAGED for
    one that does not decode, TOO_LARGE for a file or picture over the limits. Safe
    to call on a worker thread."""
    info = QFileInfo(path)
    if not info.isFile():
        raise ImageRejected(ImageRejected.UNKNOWN_FORMAT, "not a file")
    reader = QImageReader(path)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # a portrait photo stands upright
    if not reader.canRead():
        raise ImageRejected(ImageRejected.UNKNOWN_FORMAT, reader.errorString())
    size = reader.size()
    width, height = (size.width(), size.height()) if size.isValid() else (0, 0)
    check_source(info.size(), width, height)
    if size.isValid() and max(width, height) > PHOTO_MAX_SIDE:
        # Decode straight at the smaller size (cheap for JPEG); orientation comes after.
        reader.setScaledSize(QSize(*scaled_size(width, height)))
    image = reader.read()
    if image.isNull():
        raise ImageRejected(ImageRejected.DAMAGED, reader.errorString())
    return photo_from_image(image)


def thumbnail(photo: Photo, side: int) -> QImage:
    """The photo scaled down to at most `side` pixels on its longest side (never
    enlarged), decoded at that size where the format allows; a null image if the bytes
    cannot be read."""
    data = QByteArray(photo.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    width, height = scaled_size(photo.width, photo.height, side)
    reader.setScaledSize(QSize(width, height))
    image = reader.read()
    buffer.close()
    return image


def pixmap_of(photo: Photo | None) -> QPixmap:
    pixmap = QPixmap()
    if photo is not None:
        pixmap.loadFromData(photo.data)
    return pixmap
