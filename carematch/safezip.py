"""One safety check for every zip file CareMatch is handed: catalogue packs and vault exports.

A zip from someone else can lie about everything in it: its names (a path out of the folder, a
link, a hidden character, two names that look the same), its sizes (a "zip bomb" that turns a
few kilobytes into gigabytes) and how it is packed (a password, an unusual compression). So
`read_zip` checks every name and every header, then reads every file with a cap and compares
what it really got with what the zip claimed. It writes nothing, and returns the files' bytes:
a caller never opens the zip itself.

Each caller keeps its own limits (`ZipLimits`): a pack is small, an export can hold photos.
Every refusal is an `UnsafeZipError` whose message is written for the person, in plain words,
ready for the app or the command line, in the person's language.
"""

from __future__ import annotations

import copy
import io
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from carematch import safefile
from carematch.i18n import N_, _, ngettext
from carematch.plaintext import cut

MB = 1024 * 1024
MAX_NAME = 1000  # characters in one file's name, folders included
# Room in the zip itself for each file's headers and for compression that did not help.
HEADER_ROOM = 4096
# The only ways of packing that CareMatch writes. Python unpacks bzip2 and LZMA without any
# cap on what one read can produce, so a few kilobytes of either could fill the memory.
READABLE = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
LOCKED = 0x01 | 0x40  # the header flags for a password and for "strong" encryption
UTF8_NAME = 0x800  # the header flag saying the name is UTF-8 (otherwise it is the old DOS code)
ZIP_STARTS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Character kinds a file name never needs: control characters (NUL included), invisible
# formatting (direction overrides, zero-width characters), halves of pairs, private use, and
# line or paragraph separators.
HIDDEN_KINDS = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}
# What a damaged zip can raise while it is opened or read: a flipped byte in a header, a cut-off
# stream, an unknown version, a bad name.
DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
    OverflowError,
)


class UnsafeZipError(ValueError):
    """A zip file was refused; the message says why in plain words."""


# Every sentence that names the kind of zip is written out whole for each kind: in Welsh (as in
# many languages) the noun brings its own gender, article and mutations with it, so it is never
# slotted into a sentence. A new kind of zip needs its own sentences here.
SAID: dict[str, dict[str, str]] = {
    "pack": {
        "too_large": N_("Refused: this file is far larger than any CareMatch pack can be."),
        "damaged": N_("This pack is damaged or cut short, so CareMatch cannot read it."),
        "not_a_zip": N_("This is not a CareMatch pack (it is not a zip file)."),
        "unreadable_name": N_("Refused: a file in the pack has a name that is not readable text."),
        "unusual": N_(
            "Refused: this pack is packed in an unusual way that CareMatch does not open."
        ),
        "no_name": N_("Refused: a file in the pack has no name."),
        "from_the_top": N_(
            "Refused: '{name}' tries to leave the pack's folder (its name starts at the top of "
            "a disk)."
        ),
        "backslash": N_(
            "Refused: '{name}' has a '\\' in its name, which Windows reads as a folder; names "
            "in a pack only use '/'."
        ),
        "dot_dot": N_(
            "Refused: '{name}' tries to leave the pack's folder (its name has '..' in it)."
        ),
        "link": N_("Refused: '{name}' is a link to another file; a pack never contains links."),
        "password": N_(
            "Refused: '{name}' is locked with a password, and a CareMatch pack never is."
        ),
        "file_too_large": N_(
            "Refused: '{name}' is too large; one file in a pack may be at most {size}."
        ),
        "same_name": N_(
            "Refused: the pack holds two files with the same name ('{name}'), so it is not "
            "clear which one to trust."
        ),
        "look_alike": N_(
            "Refused: the pack holds two files whose names look the same ('{first}' and "
            "'{second}'), so it is not clear which one to trust."
        ),
        "damaged_inside": N_("Refused: '{name}' is damaged inside the pack and cannot be read."),
        "wrong_size": N_(
            "Refused: '{name}' is not the size it claims to be, so the pack was damaged or changed."
        ),
        "unpacks_too_much": N_("Refused: the pack would unpack to more than {size}."),
    },
    "export": {
        "too_large": N_("Refused: this file is far larger than any CareMatch export can be."),
        "damaged": N_("This export is damaged or cut short, so CareMatch cannot read it."),
        "not_a_zip": N_("This is not a CareMatch export (it is not a zip file)."),
        "unreadable_name": N_(
            "Refused: a file in the export has a name that is not readable text."
        ),
        "unusual": N_(
            "Refused: this export is packed in an unusual way that CareMatch does not open."
        ),
        "no_name": N_("Refused: a file in the export has no name."),
        "from_the_top": N_(
            "Refused: '{name}' tries to leave the export's folder (its name starts at the top "
            "of a disk)."
        ),
        "backslash": N_(
            "Refused: '{name}' has a '\\' in its name, which Windows reads as a folder; names "
            "in an export only use '/'."
        ),
        "dot_dot": N_(
            "Refused: '{name}' tries to leave the export's folder (its name has '..' in it)."
        ),
        "link": N_("Refused: '{name}' is a link to another file; an export never contains links."),
        "password": N_(
            "Refused: '{name}' is locked with a password, and a CareMatch export never is."
        ),
        "file_too_large": N_(
            "Refused: '{name}' is too large; one file in an export may be at most {size}."
        ),
        "same_name": N_(
            "Refused: the export holds two files with the same name ('{name}'), so it is not "
            "clear which one to trust."
        ),
        "look_alike": N_(
            "Refused: the export holds two files whose names look the same ('{first}' and "
            "'{second}'), so it is not clear which one to trust."
        ),
        "damaged_inside": N_("Refused: '{name}' is damaged inside the export and cannot be read."),
        "wrong_size": N_(
            "Refused: '{name}' is not the size it claims to be, so the export was damaged or "
            "changed."
        ),
        "unpacks_too_much": N_("Refused: the export would unpack to more than {size}."),
    },
}

# A kind of zip with no sentences of its own (a test's, or a new kind before its sentences are
# written) is named in the pack's English sentences, which are not translated.
UNSAID = {key: re.sub(r"\bpack\b", "{noun}", text) for key, text in SAID["pack"].items()}


def _said(limits: ZipLimits, key: str, **values: object) -> str:
    """The sentence `key` for this kind of zip, in the person's language, filled in."""
    if limits.noun in SAID:
        return _(SAID[limits.noun][key]).format(**values)
    return UNSAID[key].format(noun=limits.noun, **values)


@dataclass(frozen=True)
class ZipLimits:
    """What one kind of zip may hold. `noun` is what the person calls it ("pack")."""

    noun: str
    max_files: int
    max_total_bytes: int  # all files unpacked
    max_file_bytes: int  # one file unpacked
    max_ratio: int  # how many times larger than its packed self one file may become
    ratio_from_bytes: int = 0  # smaller files may compress as well as they like

    @property
    def max_zip_bytes(self) -> int:
        """How large the zip itself can be: its files, plus room for headers and for
        compression that made a file a little larger."""
        return self.max_total_bytes + self.max_total_bytes // 100 + self.max_files * HEADER_ROOM


def read_zip(source: Path | bytes, limits: ZipLimits) -> dict[str, bytes]:
    """Every file in the zip `source` (a path, or the bytes of a zip), by name, once all have
    passed every check; a folder is listed with no bytes. Raises UnsafeZipError with the
    reason. Writes nothing."""
    if isinstance(source, Path):
        with _open(source, limits) as fh:
            return _read_all(fh, limits)
    if len(source) > limits.max_zip_bytes:
        raise UnsafeZipError(_too_large(limits))
    return _read_all(io.BytesIO(source), limits)


def read_file(path: Path, limits: ZipLimits, *, extra: int = 0) -> bytes:
    """The bytes of a file the person chose (a zip, or a zip wrapped in `extra` bytes of
    something else, such as encryption), refused when it is not a plain file or is far larger
    than that kind of zip can be."""
    with _open(path, limits, extra=extra) as fh:
        data = fh.read(limits.max_zip_bytes + extra + 1)
    if len(data) > limits.max_zip_bytes + extra:  # it grew after it was opened
        raise UnsafeZipError(_too_large(limits))
    return data


# --- the file itself ------------------------------------------------------------------------
def _open(path: Path, limits: ZipLimits, *, extra: int = 0) -> BinaryIO:
    """The file, opened for reading: a link the person chose is followed, but a folder, a
    device or a pipe is refused (and never waited on)."""
    try:
        fd = safefile.open_chosen(path)
    except safefile.LinkRefusedError as exc:
        raise UnsafeZipError(
            _("Cannot read '{path}': it is a folder or a device, not a file.").format(
                path=shown(str(path), 200)
            )
        ) from exc
    except OSError as exc:
        raise UnsafeZipError(
            _("Cannot read '{path}': {reason}.").format(
                path=shown(str(path), 200), reason=exc.strerror or _("it cannot be opened")
            )
        ) from exc
    fh = os.fdopen(fd, "rb")
    if os.fstat(fd).st_size > limits.max_zip_bytes + extra:
        fh.close()
        raise UnsafeZipError(_too_large(limits))
    return fh


def _too_large(limits: ZipLimits) -> str:
    return _said(limits, "too_large")


def _not_a_zip(fh: BinaryIO, limits: ZipLimits) -> str:
    try:
        fh.seek(0)
        start = fh.read(4)
    except OSError:
        start = b""
    if start in ZIP_STARTS:
        return _said(limits, "damaged")
    return _said(limits, "not_a_zip")


# --- checking and reading -------------------------------------------------------------------
def _read_all(fh: BinaryIO, limits: ZipLimits) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(fh)
    except zipfile.BadZipFile as exc:
        raise UnsafeZipError(_not_a_zip(fh, limits)) from exc
    except UnicodeDecodeError as exc:
        raise UnsafeZipError(_said(limits, "unreadable_name")) from exc
    except NotImplementedError as exc:  # it needs a newer zip program than Python's
        raise UnsafeZipError(_said(limits, "unusual")) from exc
    except DAMAGED as exc:
        raise UnsafeZipError(_said(limits, "damaged")) from exc
    with zf:
        members = zf.infolist()
        if len(members) > limits.max_files:
            raise UnsafeZipError(_too_many_files(len(members), limits))
        names = [_checked_name(info, limits) for info in members]
        for info, name in zip(members, names, strict=True):
            _check_header(info, name, limits)
        if sum(info.file_size for info in members) > limits.max_total_bytes:
            raise UnsafeZipError(_unpacks_to_too_much(limits))
        _check_unique(names, limits)
        files: dict[str, bytes] = {}
        total = 0
        for info, name in zip(members, names, strict=True):
            files[name] = _read_capped(zf, info, name, limits)
            total += len(files[name])
            if total > limits.max_total_bytes:  # never trust the sizes a header gives
                raise UnsafeZipError(_unpacks_to_too_much(limits))
    return files


def _checked_name(info: zipfile.ZipInfo, limits: ZipLimits) -> str:
    """The file's real name, refused unless it is plain text that stays inside the folder.
    Python cuts a name at a NUL and reads a name without the UTF-8 flag as old DOS text, so
    the name as it is stored in the zip is checked, not Python's version of it."""
    name = info.orig_filename
    if not info.flag_bits & UTF8_NAME:
        try:  # zip programs often write UTF-8 without saying so; anything else is refused
            name = name.encode("cp437").decode("utf-8")
        except UnicodeError as exc:
            raise UnsafeZipError(_said(limits, "unreadable_name")) from exc
    if not name:
        raise UnsafeZipError(_said(limits, "no_name"))
    if len(name) > MAX_NAME:
        raise UnsafeZipError(_name_too_long(limits))
    if any(unicodedata.category(ch) in HIDDEN_KINDS for ch in name):
        raise UnsafeZipError(
            _(
                "Refused: the name '{name}' has hidden or control characters in it (shown here "
                "as '?')."
            ).format(name=shown(name))
        )
    # A name that becomes '..' or '/' once its look-alike letters are made plain (as some
    # computers do) is refused as if it were written that way.
    for form in dict.fromkeys((name, unicodedata.normalize("NFKC", name))):
        _check_path(form, name, limits)
    return name


def _check_path(form: str, name: str, limits: ZipLimits) -> None:
    """The name stays inside the folder it is unpacked into, on any computer."""
    shown_name = shown(name)
    if form.startswith(("/", "\\")) or (len(form) > 1 and form[1] == ":"):
        raise UnsafeZipError(_said(limits, "from_the_top", name=shown_name))
    if "\\" in form:
        raise UnsafeZipError(_said(limits, "backslash", name=shown_name))
    parts = form.removesuffix("/").split("/")
    if ".." in parts:
        raise UnsafeZipError(_said(limits, "dot_dot", name=shown_name))
    if ":" in form:
        raise UnsafeZipError(
            _(
                "Refused: '{name}' has a ':' in its name, which Windows reads as a disk or a "
                "hidden part of a file."
            ).format(name=shown_name)
        )
    if any(part in ("", ".") for part in parts):
        raise UnsafeZipError(
            _(
                "Refused: '{name}' is not a proper file name (it has an empty or '.' folder in it)."
            ).format(name=shown_name)
        )


def _check_header(info: zipfile.ZipInfo, name: str, limits: ZipLimits) -> None:
    """What the zip says about the file: a plain file or folder, not locked, packed the way
    CareMatch packs, of a size the caller allows, and not a zip bomb."""
    shown_name = shown(name)
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise UnsafeZipError(_said(limits, "link", name=shown_name))
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeZipError(
            _("Refused: '{name}' is a special file (such as a device), not a normal file.").format(
                name=shown_name
            )
        )
    if info.flag_bits & LOCKED:
        raise UnsafeZipError(_said(limits, "password", name=shown_name))
    if info.compress_type not in READABLE:
        raise UnsafeZipError(
            _("Refused: '{name}' is packed in an unusual way that CareMatch does not open.").format(
                name=shown_name
            )
        )
    if name.endswith("/") and info.file_size:
        raise UnsafeZipError(
            _("Refused: '{name}' says it is a folder but holds data.").format(name=shown_name)
        )
    if info.file_size > limits.max_file_bytes:
        raise UnsafeZipError(
            _said(limits, "file_too_large", name=shown_name, size=size_text(limits.max_file_bytes))
        )
    if info.file_size > limits.ratio_from_bytes and (
        not info.compress_size or info.file_size / info.compress_size > limits.max_ratio
    ):
        raise UnsafeZipError(
            _("Refused: '{name}' expands far more than real files do (a 'zip bomb').").format(
                name=shown_name
            )
        )


def _name_key(name: str) -> str:
    """What a name looks like to the person and to a file system that ignores case, accents
    written two ways, look-alike letters, a trailing '/' and trailing dots or spaces."""
    plain = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return "/".join(part.rstrip(". ") for part in plain.removesuffix("/").split("/"))


def _check_unique(names: list[str], limits: ZipLimits) -> None:
    seen: dict[str, str] = {}
    exact: set[str] = set()
    for name in names:
        if name in exact:
            raise UnsafeZipError(_said(limits, "same_name", name=shown(name)))
        exact.add(name)
    for name in names:
        other = seen.setdefault(_name_key(name), name)
        if other != name:
            raise UnsafeZipError(
                _said(limits, "look_alike", first=shown(other), second=shown(name))
            )


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: ZipLimits) -> bytes:
    """The file's bytes, refused unless it holds exactly as many as it claims. Python would
    stop quietly at the claimed size, so it is told the file may be one byte longer, and at
    most that many bytes are read: a longer stream shows itself, and the cap still holds."""
    probe = copy.copy(info)
    probe.file_size = info.file_size + 1
    try:
        with zf.open(probe) as fh:
            data = fh.read(probe.file_size)
    except DAMAGED as exc:
        raise UnsafeZipError(_said(limits, "damaged_inside", name=shown(name))) from exc
    if len(data) != info.file_size:
        raise UnsafeZipError(_said(limits, "wrong_size", name=shown(name)))
    return data


def _unpacks_to_too_much(limits: ZipLimits) -> str:
    return _said(limits, "unpacks_too_much", size=size_text(limits.max_total_bytes))


UNSAID_TOO_MANY = "Refused: the {noun} holds {n} files; a {noun} may hold at most {most}."
UNSAID_NAME_TOO_LONG = "Refused: a file in the {noun} has a name over {n} characters long."


def _too_many_files(count: int, limits: ZipLimits) -> str:
    if limits.noun == "pack":
        text = ngettext(
            "Refused: the pack holds {n} file; a pack may hold at most {most}.",
            "Refused: the pack holds {n} files; a pack may hold at most {most}.",
            count,
        )
    elif limits.noun == "export":
        text = ngettext(
            "Refused: the export holds {n} file; an export may hold at most {most}.",
            "Refused: the export holds {n} files; an export may hold at most {most}.",
            count,
        )
    else:
        text = UNSAID_TOO_MANY.replace("{noun}", limits.noun)
    return text.format(n=f"{count:,}", most=f"{limits.max_files:,}")


def _name_too_long(limits: ZipLimits) -> str:
    if limits.noun == "pack":
        text = ngettext(
            "Refused: a file in the pack has a name over {n} character long.",
            "Refused: a file in the pack has a name over {n} characters long.",
            MAX_NAME,
        )
    elif limits.noun == "export":
        text = ngettext(
            "Refused: a file in the export has a name over {n} character long.",
            "Refused: a file in the export has a name over {n} characters long.",
            MAX_NAME,
        )
    else:
        text = UNSAID_NAME_TOO_LONG.replace("{noun}", limits.noun)
    return text.format(n=f"{MAX_NAME:,}")


# --- words ----------------------------------------------------------------------------------
def shown(name: str, limit: int = 80) -> str:
    """A file name as it can be shown in a message: hidden and control characters as '?',
    and not too long."""
    return cut(
        "".join("?" if unicodedata.category(ch) in HIDDEN_KINDS else ch for ch in name), limit
    )


def size_text(n: int) -> str:
    """'50 MB', '1 GB'."""
    if n >= 1024 * MB and n % (1024 * MB) == 0:
        return f"{n // (1024 * MB):,} GB"
    if n >= MB:
        return f"{n / MB:,.0f} MB"
    return ngettext("{n} byte", "{n} bytes", n).format(n=f"{n:,}")
