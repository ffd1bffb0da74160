"""Photos that leave the vault or arrive in a pack: JPEG and PNG only, every metadata block
dropped (EXIF, GPS, XMP, IPTC, comments, text chunks, anything after the end of the picture).

The picture itself is kept byte for byte; only the blocks around it are rewritten, so this needs
no image library. EXIF orientation goes with the rest of EXIF, so a photo taken on its side may
show on its side.
"""

from __future__ import annotations

import struct

from carematch.i18n import N_, _

MAX_PHOTO = 10 * 1024 * 1024  # bytes per photo, in a pack or a recipe
MAGIC = {"jpg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n"}
KIND_NAMES = {"jpg": "JPEG", "png": "PNG"}


class PhotoError(ValueError):
    """The photo cannot be shared or accepted; the message says why in plain words, and
    `left_out` says it worded to follow "left out:"."""

    def __init__(self, message: str, left_out: str = "") -> None:
        super().__init__(message)
        self.left_out = left_out or message


def photo_kind(data: bytes) -> str | None:
    """'jpg' or 'png' from the first bytes (never from a file name), else None."""
    for kind, magic in MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def strip_photo_metadata(data: bytes) -> bytes:
    """JPEG: keep only the segments needed to draw the picture. PNG: keep only the chunks needed
    to draw it. Anything else is refused."""
    kind = photo_kind(data)
    if kind == "jpg":
        return _strip_jpeg(data)
    if kind == "png":
        return _strip_png(data)
    raise PhotoError(
        _("Only JPEG and PNG photos can be shared."), _("only JPEG and PNG photos can be shared.")
    )


# frames, Huffman, arithmetic and quantisation tables, restart interval, JFIF, Adobe colour
_JPEG_KEEP = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_JPEG_KEEP |= {0xC4, 0xCC, 0xDB, 0xDD}
_JPEG_APP_KEEP = {0xE0: b"JFIF\x00", 0xEE: b"Adobe"}
_DAMAGED_JPEG = N_("This JPEG is damaged.")
_DAMAGED_JPEG_LEFT_OUT = N_("the JPEG is damaged.")


def _damaged_jpeg() -> PhotoError:
    return PhotoError(_(_DAMAGED_JPEG), _(_DAMAGED_JPEG_LEFT_OUT))


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    size = len(data)
    i = 2
    scans = 0
    while i < size:
        if data[i] != 0xFF:
            raise _damaged_jpeg()
        while i + 1 < size and data[i + 1] == 0xFF:  # fill bytes before a marker
            i += 1
        if i + 1 >= size:
            break
        marker = data[i + 1]
        if marker == 0xD9:  # end of the picture: anything after it is dropped
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # stray markers without a length
            i += 2
            continue
        if i + 4 > size:
            raise _damaged_jpeg()
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        end = i + 2 + length
        if length < 2 or end > size:
            raise _damaged_jpeg()
        if marker == 0xDA:  # a scan: its header, then coded data up to the next real marker
            j = end
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= size:
                    j = size
                    break
                following = data[j + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    j += 2
                    continue
                break
            out += data[i:j]
            scans += 1
            i = j
            continue
        prefix = _JPEG_APP_KEEP.get(marker)
        if marker in _JPEG_KEEP or (prefix and data[i + 4 : i + 4 + len(prefix)] == prefix):
            out += data[i:end]
        i = end
    if not scans:
        raise PhotoError(_("This JPEG has no picture in it."), _("the JPEG has no picture in it."))
    out += b"\xff\xd9"
    return bytes(out)


_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT"}


def _strip_png(data: bytes) -> bytes:
    out = bytearray(data[:8])
    i = 8
    while i + 12 <= len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            break
        if kind in _PNG_KEEP:
            out += data[i:end]
        i = end
        if kind == b"IEND":
            if b"IDAT" not in out:
                break
            return bytes(out)
    raise PhotoError(_("This PNG is damaged."), _("the PNG is damaged."))


def clean_photo(data: bytes) -> tuple[str, bytes]:
    """(kind, bytes without metadata) for a photo that may leave the vault, or PhotoError
    saying why not, worded to follow "left out:"."""
    kind = photo_kind(data)
    if kind is None:
        raise PhotoError(_("only JPEG and PNG photos can be shared."))
    clean = strip_photo_metadata(data)
    if len(clean) > MAX_PHOTO:
        raise PhotoError(_("it is over {n} MB.").format(n=MAX_PHOTO // (1024 * 1024)))
    return kind, clean
