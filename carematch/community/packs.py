"""Packs: one file carrying catalogue entries between people who do not use git.

A pack is a zip: manifest.json (name, publisher, version, created, licence, entry count and a
SHA-256 for every file), optional signature.json (Ed25519 over manifest.json), and
entries/<id>.toml. Reading checks everything before anything is written: paths, links, sizes,
checksums, TOML and the entry schema. Importing is all or nothing, and a pack can be removed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from carematch import paths

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry
    from carematch.catalogue.vocabulary import Vocabulary

FORMAT = "carematch-pack"
MAX_UNPACKED = 50 * 1024 * 1024
MAX_FILES = 10_000
MAX_RATIO = 100
_TAG = re.compile(r"<[^>]{1,200}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PackError(ValueError):
    """The pack was refused; the message says why in plain words."""


@dataclass
class Pack:
    manifest: dict[str, Any]
    entries: list[Entry]
    raw: dict[str, bytes]  # entry file name -> the (sanitised) TOML written on import
    signature: str  # "trusted", "unknown key", "bad signature" or "unsigned"
    publisher_key: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        text = f"{self.manifest['publisher']}-{self.manifest['name']}".lower()
        return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60] or "pack"


def packs_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "packs"


def my_entries_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "my-entries"


def catalogue_folders(root: Path | None = None) -> list[Path]:
    """Extra catalogue folders in order of precedence: packs, then the person's own entries."""
    folders = sorted(p / "entries" for p in packs_dir(root).glob("*") if (p / "entries").is_dir())
    mine = my_entries_dir(root) / "entries"
    return [*folders, mine] if mine.is_dir() else folders


# --- creating -------------------------------------------------------------------------------
def create_pack(
    source: Path,
    out: Path,
    *,
    name: str,
    publisher: str,
    version: str = "1",
    licence: str = "CC-BY-SA-4.0",
    signing_key: Path | None = None,
) -> dict[str, Any]:
    files = sorted(p for p in source.rglob("*.toml") if p.is_file())
    if not files:
        raise PackError(f"There are no entry files in '{source}'.")
    contents = {f"entries/{p.name}": p.read_bytes() for p in files}
    if len(contents) != len(files):
        raise PackError("Two entry files have the same name; give each entry its own id.")
    manifest = {
        "format": FORMAT,
        "version": 1,
        "name": name,
        "publisher": publisher,
        "pack_version": version,
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "licence": licence,
        "entry_count": len(contents),
        "files": {n: hashlib.sha256(d).hexdigest() for n, d in contents.items()},
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    from carematch.community import keys  # cryptography: only when packs are really made

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        if signing_key is not None:
            key = keys.load_private(signing_key)
            zf.writestr(
                "signature.json",
                json.dumps(
                    {
                        "public_key": keys.public_text(key.public_key()),
                        "signature": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
                    }
                ),
            )
        for member, data in contents.items():
            zf.writestr(member, data)
    out.write_bytes(buffer.getvalue())
    return manifest


# --- reading --------------------------------------------------------------------------------
def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.filename
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        raise PackError(f"Refused: '{name}' has an absolute path.")
    if ".." in PurePosixPath(name).parts:
        raise PackError(f"Refused: '{name}' tries to leave the pack's folder.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise PackError(f"Refused: '{name}' is a link; packs never contain links.")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise PackError(f"Refused: '{name}' expands far more than real text does.")


def _sanitise(text: str) -> tuple[str, bool]:
    cleaned = _CONTROL.sub("", _TAG.sub("", text))
    return cleaned, cleaned != text


def read_pack(path: Path, vocab: Vocabulary, root: Path | None = None) -> Pack:
    """Check a pack completely and return it. Writes nothing."""
    from carematch.catalogue.loader import parse_entry

    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError("This is not a CareMatch pack (it is not a zip file).") from exc
    with zf:
        members = zf.infolist()
        if len(members) > MAX_FILES + 2:
            raise PackError(f"Refused: a pack holds at most {MAX_FILES:,} entries.")
        if sum(m.file_size for m in members) > MAX_UNPACKED:
            raise PackError("Refused: the pack would unpack to more than 50 MB.")
        for info in members:
            _check_member(info)
        names = {m.filename for m in members}
        if "manifest.json" not in names:
            raise PackError("This is not a CareMatch pack: manifest.json is missing.")
        manifest_bytes = zf.read("manifest.json")
        try:
            manifest = json.loads(manifest_bytes)
        except (ValueError, UnicodeDecodeError) as exc:
            raise PackError("The pack's manifest is not valid JSON.") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackError("This is not a CareMatch pack (unknown format).")
        for required in ("name", "publisher", "files"):
            if not manifest.get(required):
                raise PackError(f"The pack's manifest has no {required}.")
        listed = manifest["files"]
        if not isinstance(listed, dict):
            raise PackError("The pack's list of files is damaged.")
        entry_files = names - {"manifest.json", "signature.json"}
        if set(listed) != entry_files:
            raise PackError(
                "The pack's files do not match its manifest (something was added or removed)."
            )
        signature, publisher_key = _signature(zf, names, manifest_bytes, root)
        pack = Pack(manifest, [], {}, signature, publisher_key)
        seen: set[str] = set()
        for name in sorted(entry_files):
            if not name.startswith("entries/") or not name.endswith(".toml"):
                raise PackError(f"Refused: '{name}' is not an entry file.")
            data = zf.read(name)
            if hashlib.sha256(data).hexdigest() != listed[name]:
                raise PackError(
                    f"Refused: '{name}' was changed after the pack was made "
                    "(its checksum does not match)."
                )
            try:
                text, changed = _sanitise(data.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise PackError(f"Refused: '{name}' is not UTF-8 text.") from exc
            if changed:
                pack.warnings.append(f"{name}: HTML or control characters were removed.")
            entry, problems = parse_entry(text.encode("utf-8"), name, vocab)
            if entry is None:
                raise PackError(f"Refused: {problems[0]}")
            if entry.id in seen:
                raise PackError(f"Refused: the id '{entry.id}' appears twice in the pack.")
            seen.add(entry.id)
            pack.entries.append(entry)
            pack.raw[f"{entry.id}.toml"] = text.encode("utf-8")
    return pack


def _signature(
    zf: zipfile.ZipFile, names: set[str], manifest: bytes, root: Path | None
) -> tuple[str, str | None]:
    from carematch.community import keys

    if "signature.json" not in names:
        return "unsigned", None
    try:
        data = json.loads(zf.read("signature.json"))
        public = str(data["public_key"])
        signature = base64.b64decode(data["signature"], validate=True)
    except (ValueError, KeyError, TypeError):
        return "bad signature", None
    if not keys.verify(public, signature, manifest):
        return "bad signature", public
    return ("trusted" if public in keys.trusted(root) else "unknown key"), public


# --- importing ------------------------------------------------------------------------------
@dataclass
class ImportPlan:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # ids the person edited themselves


def plan_import(pack: Pack, current: dict[str, Entry], mine: set[str]) -> ImportPlan:
    plan = ImportPlan()
    for entry in pack.entries:
        if entry.id in mine:
            plan.conflicts.append(entry.id)
        elif entry.id not in current:
            plan.new.append(entry.id)
        elif current[entry.id].model_dump(exclude={"area"}) != entry.model_dump(exclude={"area"}):
            plan.changed.append(entry.id)
        else:
            plan.unchanged.append(entry.id)
    return plan


def install_pack(pack: Pack, root: Path | None = None, *, replace_mine: bool = False) -> Path:
    """Write the pack's entries into its own folder, all at once (a temporary folder is
    renamed into place). With replace_mine, the person's own edits of those ids are removed."""
    base = paths.ensure_private_dir(packs_dir(root))
    dest = base / pack.slug
    tmp = Path(tempfile.mkdtemp(prefix=".installing-", dir=base))
    try:
        (tmp / "entries").mkdir()
        for name, data in pack.raw.items():
            (tmp / "entries" / name).write_bytes(data)
        (tmp / "manifest.json").write_text(
            json.dumps(
                {**pack.manifest, "signature": pack.signature, "publisher_key": pack.publisher_key},
                indent=2,
            ),
            encoding="utf-8",
        )
        old = None
        if dest.exists():
            old = base / f".old-{pack.slug}"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(dest, old)
        os.replace(tmp, dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if replace_mine:
        for entry in pack.entries:
            (my_entries_dir(root) / "entries" / f"{entry.id}.toml").unlink(missing_ok=True)
    return dest


def list_packs(root: Path | None = None) -> list[dict[str, Any]]:
    found = []
    for folder in sorted(packs_dir(root).glob("*")):
        if folder.name.startswith(".") or not (folder / "manifest.json").is_file():
            continue
        try:
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        manifest["id"] = folder.name
        found.append(manifest)
    return found


def remove_pack(pack_id: str, root: Path | None = None) -> None:
    folder = packs_dir(root) / pack_id
    if not re.fullmatch(r"[a-z0-9-]+", pack_id) or not folder.is_dir():
        raise PackError(f"There is no installed pack '{pack_id}'. See 'carematch pack list'.")
    shutil.rmtree(folder)
