"""Photo checks: JPEG and PNG headers, limits, and the size a picture is scaled to."""

from __future__ import annotations

import pytest

from journal.errors import ImageRejected
from journal.images import PHOTO_MAX_SIDE, check_source, photo_from_bytes, scaled_size
from tests.core.images import jpeg_frame, png


def test_jpeg_headers_are_read():
    assert photo_from_bytes(jpeg_frame(1600, 900)).width == 1600
    assert photo_from_bytes(jpeg_frame(640, 480)).mime == "image/jpeg"


def test_the_largest_allowed_photo_fits():
    photo = photo_from_bytes(png(PHOTO_MAX_SIDE, 3))
    assert photo.width == PHOTO_MAX_SIDE


def test_scaling_and_source_limits():
    assert scaled_size(4000, 3000) == (1600, 1200)
    assert scaled_size(1000, 5000) == (320, 1600)
    assert scaled_size(800, 600) == (800, 600)  # never enlarged
    check_source(10_000, 4000, 3000)
    with pytest.raises(ImageRejected):
        check_source(10_000, 20_000, 20_000)
    with pytest.raises(ImageRejected):
        check_source(500 * 1024 * 1024, 100, 100)
