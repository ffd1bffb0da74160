"""The one zip-safety check (carematch.safezip), tried through both of its callers: the pack
importer and the export importer.

Every hostile zip here is built in the test. Each must be refused by both importers with a
plain message (no traceback, no zip jargon) and nothing may be written anywhere: not in the
data folder, not beside it, not where a hostile name points.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from carematch import paths, safezip
from carematch.catalogue import load_vocabulary
from carematch.community.packs import PACK_ZIP, PackError, install_pack, list_packs, read_pack
from carematch.journal.archive import EXPORT_ZIP, import_export
from carematch.vault import UnsafeArchiveError, list_vaults

from .conftest import FIXTURES
from .helpers.vaults import snapshot

TONGS = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_bytes()
TOKEN = f"zs-escape-{uuid.uuid4().hex[:12]}"  # in every name that tries to get out
JARGON = (
    "Traceback",
    "ZipInfo",
    "zipfile",
    "BadZipFile",
    "Error",
    "errno",
    "Errno",
    "CRC",
    "header",
    "0x",
    "\\x",
    "None",
    "utf-8",
    "codec",
    "struct",
    "zlib",
)


# --- the two importers ------------------------------------------------------------------------
@dataclass
class Importer:
    name: str
    limits: safezip.ZipLimits
    error: type[Exception]
    base: dict[str, bytes]  # a small zip this importer accepts
    run: Callable[[Path], object]
    installed: Callable[[], list]


def pack_members() -> dict[str, bytes]:
    files = {"entries/toast-tongs.toml": TONGS}
    manifest = {
        "format": "carematch-pack",
        "version": 1,
        "name": "Zip safety",
        "publisher": "Tests",
        "files": {n: hashlib.sha256(d).hexdigest() for n, d in files.items()},
    }
    return {"manifest.json": json.dumps(manifest).encode(), **files}


def export_members() -> dict[str, bytes]:
    manifest = {"format": "carematch-export", "version": 1}
    return {"manifest.json": json.dumps(manifest).encode(), "records.json": b"{}"}


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(paths.builtin_catalogue_dir())


@pytest.fixture(params=["pack", "export"])
def importer(request, vocab) -> Importer:
    if request.param == "pack":
        return Importer(
            "pack",
            PACK_ZIP,
            PackError,
            pack_members(),
            lambda path: install_pack(read_pack(path, vocab)),
            list_packs,
        )
    return Importer(
        "export",
        EXPORT_ZIP,
        UnsafeArchiveError,
        export_members(),
        lambda path: import_export(path, "Imported"),
        list_vaults,
    )


# --- building hostile zips ----------------------------------------------------------------------
def build(members: dict[str, bytes], extra: list[tuple] | tuple = ()) -> bytes:
    """A zip of `members` (deflated), then `extra` items: (name, data) or (name, data,
    compression) or (ZipInfo, data). A pack's manifest lists the extra items with their
    checksums, as a forger would, so only the zip check stands in their way."""
    manifest = json.loads(members.get("manifest.json", b"{}"))
    if manifest.get("format") == "carematch-pack":
        for name, data, *_ in extra:
            name = name.filename if isinstance(name, zipfile.ZipInfo) else name
            raw = data.encode() if isinstance(data, str) else data
            manifest["files"][name] = hashlib.sha256(raw).hexdigest()
        members = {**members, "manifest.json": json.dumps(manifest).encode()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for item in extra:
            zf.writestr(*item)
    return buffer.getvalue()


def with_file(*item) -> Callable[[dict[str, bytes], safezip.ZipLimits], bytes]:
    return lambda base, limits: build(base, [item])


def special(name: str, kind: int, data: bytes = b"/etc/passwd") -> Callable:
    """A member whose Unix mode (in external_attr) says link, device or pipe."""
    info = zipfile.ZipInfo(name)
    info.external_attr = (kind | 0o777) << 16
    return lambda base, limits: build(base, [(info, data)])


def central_entries(blob: bytes) -> list[tuple[int, tuple]]:
    """(offset, fields) of every central directory record."""
    end = blob.rindex(b"PK\x05\x06")
    count, _size, start = struct.unpack("<HLL", blob[end + 10 : end + 20])
    found, pos = [], start
    for _ in range(count):
        fields = struct.unpack(zipfile.structCentralDir, blob[pos : pos + zipfile.sizeCentralDir])
        found.append((pos, fields))
        pos += zipfile.sizeCentralDir + fields[12] + fields[13] + fields[14]
    return found


# Field numbers in a central directory record and in a local file header.
CD = {"version": 3, "flags": 5, "method": 6, "crc": 9, "compressed": 10, "size": 11}
LOCAL = {"version": 1, "flags": 3, "method": 4, "crc": 7, "compressed": 8, "size": 9}


def patched(blob: bytes, name: bytes, **changes: int) -> bytes:
    """The zip with one member's header fields changed, in its central directory record and
    its local header alike (a forger changes both)."""
    out = bytearray(blob)
    for pos, fields in central_entries(blob):
        start = pos + zipfile.sizeCentralDir
        if blob[start : start + fields[12]] != name:
            continue
        cd, local_pos = list(fields), fields[18]
        local = list(struct.unpack(zipfile.structFileHeader, blob[local_pos : local_pos + 30]))
        for key, value in changes.items():
            cd[CD[key]] = value
            local[LOCAL[key]] = value
        out[pos : pos + zipfile.sizeCentralDir] = struct.pack(zipfile.structCentralDir, *cd)
        out[local_pos : local_pos + 30] = struct.pack(zipfile.structFileHeader, *local)
        return bytes(out)
    raise AssertionError(f"no member {name!r}")


def renamed(placeholder: str, raw: bytes, *, utf8_flag: bool = False) -> Callable:
    """A member whose stored name is the bytes `raw` (which zipfile would never write)."""

    def make(base: dict[str, bytes], limits: safezip.ZipLimits) -> bytes:
        blob = build(base, [(placeholder, b"x")])
        assert len(raw) == len(placeholder) and blob.count(placeholder.encode()) == 2
        blob = blob.replace(placeholder.encode(), raw)
        if utf8_flag:
            blob = patched(blob, raw, flags=0x800)
        return blob

    return make


def header_lie(data: bytes, **changes: int) -> Callable:
    """A stored member whose headers claim something its bytes are not."""

    def make(base: dict[str, bytes], limits: safezip.ZipLimits) -> bytes:
        blob = build(base, [("liar.txt", data, zipfile.ZIP_STORED)])
        values = {k: v(limits) if callable(v) else v for k, v in changes.items()}
        return patched(blob, b"liar.txt", **values)

    return make


def too_many(base: dict[str, bytes], limits: safezip.ZipLimits) -> bytes:
    return build(base, [(f"f{i}", b"") for i in range(limits.max_files + 1 - len(base))])


def damaged(base: dict[str, bytes], limits: safezip.ZipLimits) -> bytes:
    """Bytes flipped inside the first member's compressed data."""
    blob = bytearray(build(base))
    for i in range(40, 60):
        blob[i] ^= 0xFF
    return bytes(blob)


def bomb(base: dict[str, bytes], limits: safezip.ZipLimits) -> bytes:
    return build(base, [("bomb.bin", b"\0" * 20_000_000)])


HOSTILE: dict[str, tuple[Callable[[dict[str, bytes], safezip.ZipLimits], bytes], str]] = {
    "path traversal": (with_file(f"../{TOKEN}.txt", b"x"), "tries to leave"),
    "deep path traversal": (with_file(f"entries/../../{TOKEN}.txt", b"x"), "tries to leave"),
    "look-alike dots": (with_file(f"\uff0e\uff0e/{TOKEN}.txt", b"x"), "tries to leave"),
    "absolute path": (with_file(f"/tmp/{TOKEN}.txt", b"x"), "top of a disk"),
    "drive letter": (with_file(f"C:/{TOKEN}.txt", b"x"), "top of a disk"),
    "backslash": (with_file(f"..\\{TOKEN}.txt", b"x"), "Windows reads as a folder"),
    "colon": (with_file(f"notes.txt:{TOKEN}", b"x"), "':' in its name"),
    "empty folder name": (with_file(f"photos//{TOKEN}.txt", b"x"), "not a proper file name"),
    "dot folder": (with_file(f"./{TOKEN}.txt", b"x"), "not a proper file name"),
    "name too long": (with_file("a" * 1001, b"x"), "over 1,000 characters"),
    "symlink member": (special(f"attachments/{TOKEN}", stat.S_IFLNK), "is a link"),
    "device member": (special(f"dev-{TOKEN}", stat.S_IFCHR, b""), "special file"),
    "pipe member": (special(f"fifo-{TOKEN}", stat.S_IFIFO, b""), "special file"),
    "folder with data": (with_file("photos/", b"surprise"), "folder but holds data"),
    "zip bomb": (bomb, "zip bomb"),
    "declared far too large": (
        header_lie(b"hello", size=lambda limits: limits.max_file_bytes + 1),
        "too large",
    ),
    "declared larger than it is": (header_lie(b"hello", size=50), "not the size it claims"),
    # Longer than declared, whatever the checksum claims: Python would stop quietly at the
    # declared size, and a checksum of the part it read would pass.
    "longer than declared": (
        header_lie(b"hello world", size=5, crc=zlib.crc32(b"hello world")),
        "not the size it claims|damaged",
    ),
    "longer than declared, checksum of the declared part": (
        header_lie(b"hello world", size=5, crc=zlib.crc32(b"hello")),
        "not the size it claims|damaged",
    ),
    "longer than declared, checksum of one byte more": (
        header_lie(b"hello world", size=5, crc=zlib.crc32(b"hello ")),
        "not the size it claims",
    ),
    "nothing packed yet unpacks to something": (
        header_lie(b"", size=1000),
        "zip bomb|not the size it claims",
    ),
    "duplicate names": (with_file("manifest.json", b"{}"), "two files with the same name"),
    "too many files": (too_many, "may hold at most"),
    "NFC clash": (
        lambda base, limits: build(base, [("caf\u00e9.txt", b"1"), ("cafe\u0301.txt", b"2")]),
        "names look the same",
    ),
    "NFKC clash": (
        lambda base, limits: build(base, [("\ufb01le.txt", b"1"), ("file.txt", b"2")]),
        "names look the same",
    ),
    "case clash": (
        lambda base, limits: build(base, [("Notes.txt", b"1"), ("notes.txt", b"2")]),
        "names look the same",
    ),
    "name not UTF-8": (renamed("XX.txt", b"\xff\xfe.txt"), "not readable text"),
    "name flagged UTF-8 but not": (renamed("XX.txt", b"\xc3(.txt", utf8_flag=True), "readable"),
    "control character": (with_file("a\x1b[31mb.txt", b"x"), "hidden or control"),
    "NUL in name": (renamed("evil.txtQ.toml", b"evil.txt\0.toml"), "hidden or control"),
    "direction override": (with_file("\u202etxt.exe", b"x"), "hidden or control"),
    "zero-width space": (with_file("manifest\u200b.json", b"x"), "hidden or control"),
    "password": (
        lambda base, limits: patched(build(base), b"manifest.json", flags=0x1),
        "locked with a password",
    ),
    "bzip2": (with_file("b.txt", b"x" * 100, zipfile.ZIP_BZIP2), "unusual way"),
    "lzma": (with_file("l.txt", b"x" * 100, zipfile.ZIP_LZMA), "unusual way"),
    "unknown compression": (
        lambda base, limits: patched(build(base), b"manifest.json", method=99),
        "unusual way",
    ),
    "needs a far newer zip program": (
        lambda base, limits: patched(build(base), b"manifest.json", version=99),
        "unusual way",
    ),
    "damaged data": (damaged, "damaged"),
    "truncated zip": (lambda base, limits: build(base)[: len(build(base)) // 2], "cut short"),
    "no end record": (lambda base, limits: build(base)[:-22], "cut short"),
    "not a zip": (lambda base, limits: b"hello, this is a shopping list", "not a zip file"),
    "empty file": (lambda base, limits: b"", "not a zip file"),
}


def assert_plain(message: str) -> None:
    """One sentence or two a 12-year-old can read: no traceback, no jargon, nothing hidden."""
    assert message and message == message.strip() and "\n" not in message, message
    assert message[0].isupper() and message.endswith("."), message
    assert len(message) < 320, message
    assert all(ch.isprintable() for ch in message), message
    for word in JARGON:
        assert word not in message, f"{word!r} in {message!r}"


def refused_and_nothing_written(importer: Importer, path: Path, tmp_path: Path) -> str:
    before = snapshot(tmp_path)
    with pytest.raises(importer.error) as info:
        importer.run(path)
    message = str(info.value)
    assert_plain(message)
    assert snapshot(tmp_path) == before  # the data folder and everything beside it
    assert not list(tmp_path.parent.rglob(f"*{TOKEN}*"))
    assert not Path("/tmp", f"{TOKEN}.txt").exists()
    assert not Path("C:", f"{TOKEN}.txt").exists()
    assert importer.installed() == []
    return message


# --- the tests ----------------------------------------------------------------------------------
def test_the_plain_zips_are_accepted(importer, tmp_path, data_root):
    """The base every hostile zip starts from is fine: what refuses them is what was added."""
    path = tmp_path / "plain.zip"
    path.write_bytes(build(importer.base))
    importer.run(path)
    assert len(importer.installed()) == 1


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_zips_are_refused_plainly_and_nothing_is_written(
    importer, tmp_path, data_root, case
):
    make, reason = HOSTILE[case]
    path = tmp_path / f"hostile.{importer.name}"
    path.write_bytes(make(dict(importer.base), importer.limits))
    message = refused_and_nothing_written(importer, path, tmp_path)
    assert re.search(reason, message), message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes are POSIX")
def test_a_pipe_in_place_of_the_file_is_refused_without_waiting(importer, tmp_path, data_root):
    path = tmp_path / "pipe.zip"
    os.mkfifo(path)
    message = refused_and_nothing_written(importer, path, tmp_path)
    assert "not a file" in message


def test_a_folder_or_a_missing_file_is_refused(importer, tmp_path, data_root):
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    assert "not a file" in refused_and_nothing_written(importer, folder, tmp_path)
    assert "Cannot read" in refused_and_nothing_written(importer, tmp_path / "gone.zip", tmp_path)


def test_a_file_far_larger_than_any_such_zip_is_refused_unread(importer, tmp_path, data_root):
    path = tmp_path / "huge.zip"
    with path.open("wb") as fh:  # sparse: takes no room on the disk
        fh.truncate(importer.limits.max_zip_bytes + 64 * 1024 + 1)
    assert "far larger" in refused_and_nothing_written(importer, path, tmp_path)


def test_a_link_the_person_chose_is_followed(importer, tmp_path, data_root):
    real = tmp_path / "real.zip"
    real.write_bytes(build(importer.base))
    link = tmp_path / "link.zip"
    link.symlink_to(real)
    importer.run(link)
    assert len(importer.installed()) == 1


@pytest.mark.parametrize("case", ["path traversal", "zip bomb", "not a zip"])
def test_the_command_line_says_it_plainly(importer, tmp_path, run_cli, case):
    make, reason = HOSTILE[case]
    path = tmp_path / f"hostile.{importer.name}"
    path.write_bytes(make(dict(importer.base), importer.limits))
    if importer.name == "pack":
        out = run_cli("pack", "import", str(path))
    else:
        out = run_cli("vault", "import", str(path), "--name", "Imported", "--no-passphrase")
    assert out.returncode != 0
    said = out.stderr.strip()
    assert said.startswith("carematch: ") and "Traceback" not in out.stderr, out.stderr
    assert_plain(said.removeprefix("carematch: "))
    assert re.search(reason, said), said


# --- the check on its own -----------------------------------------------------------------------
SMALL = safezip.ZipLimits(
    noun="bundle", max_files=3, max_total_bytes=1000, max_file_bytes=600, max_ratio=10
)


def test_it_returns_exactly_what_the_zip_holds():
    blob = build({"a.txt": b"alpha", "dir/": b"", "dir/b.bin": bytes(range(256))})
    assert safezip.read_zip(blob, SMALL) == {
        "a.txt": b"alpha",
        "dir/": b"",
        "dir/b.bin": bytes(range(256)),
    }


@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ({"a": b"", "b": b"", "c": b"", "d": b""}, "holds 4 files; a bundle may hold at most 3"),
        ({"a": os.urandom(601)}, "one file in a bundle may be at most 600 bytes"),
        ({"a": os.urandom(500), "b": os.urandom(501)}, "unpack to more than 1,000 bytes"),
        ({"a": b"a" * 500}, "zip bomb"),
    ],
)
def test_the_limits_are_the_callers(members, reason):
    with pytest.raises(safezip.UnsafeZipError) as info:
        safezip.read_zip(build(members), SMALL)
    assert re.search(reason, str(info.value)), str(info.value)
    assert_plain(str(info.value))


def test_each_caller_keeps_its_own_limits():
    assert PACK_ZIP.max_total_bytes < EXPORT_ZIP.max_total_bytes
    assert PACK_ZIP.max_files < EXPORT_ZIP.max_files
    assert PACK_ZIP.ratio_from_bytes == 0  # every file in a pack, however small
    big_photo = {"photo.jpg": os.urandom(1024 * 1024)}
    # A file larger than a pack's own files (its 1 MB would be fine for both; the ratio of a
    # small, well-compressed file is not).
    squeezable = {"notes.txt": b"the same line again\n" * 50_000}
    assert safezip.read_zip(build(big_photo), PACK_ZIP) == big_photo
    assert safezip.read_zip(build(squeezable), EXPORT_ZIP) == squeezable
    with pytest.raises(safezip.UnsafeZipError, match="zip bomb"):
        safezip.read_zip(build(squeezable), PACK_ZIP)
