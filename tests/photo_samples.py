"""Real little photos for the pack and recipe tests, with location and camera details inside."""

from __future__ import annotations

import random
import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

SECRETS = (b"Exif", b"GPS", b"53.8", b"Pixel 7", b"Location", b"Mill Lane")


def _encode(fmt: bytes, width: int = 40, height: int = 30) -> bytes:
    raw = random.Random(7).randbytes(width * height * 3)  # the same picture every run
    image = QImage(raw, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, fmt).write(image)
    return bytes(data)


def jpeg_with_gps() -> bytes:
    """A JPEG with an EXIF block (camera and GPS position), a comment and a trailer."""
    jpeg = _encode(b"JPEG")
    exif = b"Exif\x00\x00MM\x00*Pixel 7 GPSLatitude 53.8 GPSLongitude -1.5"
    app1 = b"\xff\xe1" + struct.pack(">H", 2 + len(exif)) + exif
    comment = b"Mill Lane"
    com = b"\xff\xfe" + struct.pack(">H", 2 + len(comment)) + comment
    return jpeg[:2] + app1 + com + jpeg[2:] + b"Location trailer after the picture"


def png_with_text() -> bytes:
    """A PNG with text and EXIF chunks saying where it was taken."""
    png = _encode(b"PNG")

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    extra = chunk(b"tEXt", b"Location\x0053.8 N Mill Lane") + chunk(b"eXIf", b"MM\x00*GPS 53.8")
    return png[:33] + extra + png[33:]  # after the 8-byte signature and the IHDR chunk


def decodes(data: bytes) -> bool:
    return not QImage.fromData(data).isNull()
