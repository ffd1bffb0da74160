"""Packs: one file carrying catalogue entries between people who do not use git.

A pack is a zip: manifest.json (name, publisher, version, created, licence, entry count and a
SHA-256 for every file), optional signature.json (Ed25519 over manifest.json), entries/<id>.toml
and optional photos/<entry id>/<n>.jpg or .png. Reading checks everything before anything is
written: paths, links, sizes, checksums, TOML, the entry schema, and that each photo really is a
JPEG or PNG of at most 10 MB (its metadata is stripped again). Importing is all or nothing, and
a pack can be removed. Reading and importing can report progress as (done, total). The zip
itself is checked by carematch.safezip, the one zip check CareMatch has (exports use it too),
with a pack's limits.
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
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carematch import paths, safefile, safezip
from carematch.community.photos import KIND_NAMES, MAX_PHOTO, PhotoError, photo_kind
from carematch.community.photos import strip_photo_metadata as _strip
from carematch.i18n import N_, _
from carematch.plaintext import strip_invisible

if TYPE_CHECKING:
    from carematch.catalogue.model import Entry
    from carematch.catalogue.vocabulary import Vocabulary
    from carematch.pooled.published import EvidenceSection

FORMAT = "carematch-pack"
MAX_UNPACKED = 50 * 1024 * 1024
MAX_FILES = 10_000
MAX_LABEL = 120  # a pack's name, publisher, version and licence
MAX_RATIO = 100
STALE_INSTALL_SECONDS = 600  # an install still being written by another CareMatch is newer
MB = 1024 * 1024
EVIDENCE_FILE = "evidence.json"  # what worked for others, pooled (carematch.pooled.published)
_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PHOTO_NAME = re.compile(rf"({_ID})/([1-9][0-9]{{0,2}})\.(jpg|png)")  # <entry id>/<n>.<kind>
Progress = Callable[[int, int], None]
_TAG = re.compile(r"<[^>]{1,200}>")
# What the zip may hold: the files, manifest.json and signature.json; every file, however
# small, compresses at most MAX_RATIO times.
PACK_ZIP = safezip.ZipLimits(
    noun="pack",
    max_files=MAX_FILES + 2,
    max_total_bytes=MAX_UNPACKED,
    max_file_bytes=MAX_UNPACKED,
    max_ratio=MAX_RATIO,
)


class PackError(ValueError):
    """The pack was refused; the message says why in plain words."""


# What the manifest must have, and the words it shows, each said whole for the translators.
NO_FIELD = {
    "name": N_("The pack's manifest has no name."),
    "publisher": N_("The pack's manifest has no publisher."),
    "files": N_("The pack's manifest has no files."),
}
NOT_TEXT = {
    "name": N_("The pack's name is not text."),
    "publisher": N_("The pack's publisher is not text."),
    "version": N_("The pack's version is not text."),
    "licence": N_("The pack's licence is not text."),
}
TOO_LONG = {
    "name": N_("Refused: the pack's name is empty or longer than {n} characters."),
    "publisher": N_("Refused: the pack's publisher is empty or longer than {n} characters."),
    "version": N_("Refused: the pack's version is empty or longer than {n} characters."),
    "licence": N_("Refused: the pack's licence is empty or longer than {n} characters."),
}


@dataclass
class Pack:
    manifest: dict[str, Any]
    entries: list[Entry]
    raw: dict[str, bytes]  # entry file name -> the (sanitised) TOML written on import
    signature: str  # "trusted", "unknown key", "bad signature" or "unsigned"
    publisher_key: str | None = None
    warnings: list[str] = field(default_factory=list)
    photos: dict[str, bytes] = field(default_factory=dict)  # "<entry id>/<n>.jpg" -> bytes
    evidence: EvidenceSection | None = None
    evidence_raw: bytes = b""

    @property
    def slug(self) -> str:
        """The pack's folder: a readable part and a hash of its identity. A signed pack is the
        same pack only under the same publisher key and name; an unsigned one can never take a
        signed one's place, whatever its names slug to."""
        if self.publisher_key and self.signature in ("trusted", "unknown key"):
            identity = f"key\n{self.publisher_key}\n{self.manifest['name']}"
        else:
            identity = f"unsigned\n{self.manifest['publisher']}\n{self.manifest['name']}"
        text = re.sub(r"[^a-z0-9]+", "-", str(self.manifest["name"]).lower()).strip("-")[:40]
        digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:12]
        return f"{text or 'pack'}-{digest}"


def packs_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "packs"


def my_entries_dir(root: Path | None = None) -> Path:
    return (root or paths.data_root()) / "my-entries"


SIGNATURE_RANK = {"trusted": 2, "unknown key": 1}


def installed_pack_folders(root: Path | None = None) -> list[Path]:
    """Installed packs' folders: never a half-installed one (hidden while it is written), never
    a link. Unsigned packs first and trusted ones last, so a trusted pack's entry wins."""
    base = packs_dir(root)
    if not base.is_dir() or safefile.is_link(base):
        return []
    found = []
    for folder in base.iterdir():
        if folder.name.startswith(".") or safefile.is_link(folder) or not folder.is_dir():
            continue
        try:
            manifest = safefile.read_json(folder / "manifest.json")
        except (OSError, ValueError):
            continue
        if isinstance(manifest, dict):
            found.append((SIGNATURE_RANK.get(str(manifest.get("signature")), 0), folder.name))
    return [base / name for _rank, name in sorted(found)]


def catalogue_folders(root: Path | None = None) -> list[Path]:
    """Extra catalogue folders in order of precedence (later wins): packs, then the person's own
    entries."""
    folders = [p / "entries" for p in installed_pack_folders(root) if (p / "entries").is_dir()]
    mine = my_entries_dir(root) / "entries"
    return [*folders, mine] if mine.is_dir() else folders


def photos_for(entry_id: str, root: Path | None = None) -> list[Path]:
    """The photo files installed packs hold for one entry, in pack and number order."""
    found = []
    for pack in installed_pack_folders(root):
        folder = pack / "photos" / entry_id
        if folder.is_dir() and not safefile.is_link(folder):
            found += sorted(folder.iterdir(), key=lambda p: (len(p.stem), p.stem))
    return found


def _photos_beside(source: Path) -> dict[str, bytes]:
    """Photo files laid out as in a pack (<entry id>/<n>.jpg) in a photos folder inside the
    entries folder or beside it."""
    found: dict[str, bytes] = {}
    for folder in (source / "photos", source.parent / "photos"):
        if folder.is_dir():
            for path in sorted(folder.glob("*/*")):
                if path.is_file():
                    found.setdefault(f"{path.parent.name}/{path.name}", path.read_bytes())
    return found


def _check_photos(photos: Mapping[str, bytes], ids: set[str]) -> dict[str, bytes]:
    """Photos for a new pack: named <entry id>/<n>.jpg|png, of an entry in the pack, a real
    JPEG or PNG, at most 10 MB; metadata stripped."""
    clean = {}
    for name, data in sorted(photos.items()):
        match = PHOTO_NAME.fullmatch(name)
        if match is None:
            raise PackError(
                _(
                    "The photo '{name}' needs a name like '<idea id>/1.jpg' (JPEG or PNG only)."
                ).format(name=name)
            )
        if match.group(1) not in ids:
            raise PackError(
                _("The photo '{name}' is for an idea that is not in the pack.").format(name=name)
            )
        kind = match.group(3)
        if photo_kind(data) != kind:
            raise PackError(
                _("The photo '{name}' is not really a {kind} picture.").format(
                    name=name, kind=KIND_NAMES[kind]
                )
            )
        try:
            clean[f"photos/{name}"] = _strip(data)
        except PhotoError as exc:
            raise PackError(
                _("The photo '{name}': {problem}").format(name=name, problem=exc)
            ) from exc
        if len(clean[f"photos/{name}"]) > MAX_PHOTO:
            raise PackError(
                _("The photo '{name}' is over {n} MB.").format(name=name, n=MAX_PHOTO // MB)
            )
    return clean


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
    photos: Mapping[str, bytes] | None = None,
) -> dict[str, Any]:
    """Make a pack of the entry files under `source`. Photos come from `photos` (named
    '<entry id>/<n>.jpg' or '.png') and from a photos folder in or beside `source`."""
    files = sorted(p for p in source.rglob("*.toml") if p.is_file())
    if not files:
        raise PackError(_("There are no entry files in '{path}'.").format(path=source))
    contents = {f"entries/{p.name}": p.read_bytes() for p in files}
    if len(contents) != len(files):
        raise PackError(_("Two entry files have the same name; give each entry its own id."))
    pictures = _check_photos({**_photos_beside(source), **(photos or {})}, {p.stem for p in files})
    contents.update(pictures)
    if len(contents) > MAX_FILES:
        raise PackError(
            _("A pack holds at most {n} files (entries and photos).").format(n=f"{MAX_FILES:,}")
        )
    extra = {"entry_count": len(files), "photo_count": len(pictures)}
    return write_pack(contents, out, name, publisher, version, licence, signing_key, extra)


def write_pack(
    contents: Mapping[str, bytes],
    out: Path,
    name: str,
    publisher: str,
    version: str,
    licence: str,
    signing_key: Path | None,
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """The zip: manifest.json listing every file's SHA-256, signature.json when a key is
    given, then the files. Written whole, or not at all."""
    manifest = {
        "format": FORMAT,
        "version": 1,
        "name": name,
        "publisher": publisher,
        "pack_version": version,
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "licence": licence,
        **extra,
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
    safefile.write_atomic(out, buffer.getvalue())
    return manifest


# --- reading --------------------------------------------------------------------------------
def _sanitise(text: str) -> tuple[str, bool]:
    cleaned = strip_invisible(_TAG.sub("", text))
    return cleaned, cleaned != text


def _classify(name: str) -> str:
    """'entry', 'photo' or 'evidence' for the names a pack may hold; anything else is
    refused."""
    if name == EVIDENCE_FILE:
        return "evidence"
    if name.startswith("entries/") and name.endswith(".toml") and name.count("/") == 1:
        return "entry"
    if name.startswith("photos/"):
        if PHOTO_NAME.fullmatch(name.removeprefix("photos/")):
            return "photo"
        if not name.endswith((".jpg", ".png")):
            raise PackError(
                _("Refused: '{name}': packs carry only JPEG (.jpg) and PNG (.png) photos.").format(
                    name=name
                )
            )
        raise PackError(
            _(
                "Refused: '{name}' is not where a photo belongs "
                "(photos/<idea id>/<number>.jpg or .png)."
            ).format(name=name)
        )
    raise PackError(_("Refused: '{name}' is not an entry file or a photo.").format(name=name))


def read_pack(
    path: Path, vocab: Vocabulary, root: Path | None = None, *, progress: Progress | None = None
) -> Pack:
    """Check a pack completely and return it. Writes nothing. `progress(done, total)` is
    called as files are checked."""
    from carematch.catalogue.loader import parse_entry

    try:  # every name, header and size checked, and every file read with a cap
        files = safezip.read_zip(path, PACK_ZIP)
    except safezip.UnsafeZipError as exc:
        raise PackError(str(exc)) from exc
    if "manifest.json" not in files:
        raise PackError(_("This is not a CareMatch pack: manifest.json is missing."))
    manifest_bytes = files["manifest.json"]
    try:
        manifest = json.loads(manifest_bytes)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise PackError(_("The pack's manifest is not valid JSON.")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackError(_("This is not a CareMatch pack (unknown format)."))
    for required in ("name", "publisher", "files"):
        if not manifest.get(required):
            raise PackError(_(NO_FIELD[required]))
    for label in ("name", "publisher", "version", "licence"):
        value = manifest.get(label)
        if value is None or (label == "version" and type(value) is int):
            continue
        if not isinstance(value, str):
            raise PackError(_(NOT_TEXT[label]))
        # Shown in lists and questions: plain, one line, and short.
        value = _sanitise(value)[0].replace("\n", " ").strip()
        if not value or len(value) > MAX_LABEL:
            raise PackError(_(TOO_LONG[label]).format(n=MAX_LABEL))
        manifest[label] = value
    listed = manifest["files"]
    if not isinstance(listed, dict):
        raise PackError(_("The pack's list of files is damaged."))
    content = set(files) - {"manifest.json", "signature.json"}
    if set(listed) != content:
        raise PackError(
            _("The pack's files do not match its manifest (something was added or removed).")
        )
    kinds = {name: _classify(name) for name in content}
    entry_names = sorted(n for n, k in kinds.items() if k == "entry")
    photo_names = sorted(n for n, k in kinds.items() if k == "photo")
    for name in photo_names:
        if len(files[name]) > MAX_PHOTO:
            raise PackError(
                _(
                    "Refused: the photo '{name}' is over {n} MB; "
                    "photos in packs are at most {n} MB each."
                ).format(name=name, n=MAX_PHOTO // MB)
            )
    signature, publisher_key = _signature(files.get("signature.json"), manifest_bytes, root)
    pack = Pack(manifest, [], {}, signature, publisher_key)
    total = len(content)
    if progress is not None:
        progress(0, total)
    for done, name in enumerate(entry_names, start=1):
        data = _verified(name, files[name], listed)
        try:
            text, changed = _sanitise(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise PackError(_("Refused: '{name}' is not UTF-8 text.").format(name=name)) from exc
        if changed:
            pack.warnings.append(
                _("{name}: HTML or control characters were removed.").format(name=name)
            )
        entry, problems = parse_entry(text.encode("utf-8"), name, vocab)
        if entry is None:
            raise PackError(_("Refused: {problem}").format(problem=problems[0]))
        if f"{entry.id}.toml" in pack.raw:
            raise PackError(
                _("Refused: the id '{id}' appears twice in the pack.").format(id=entry.id)
            )
        pack.entries.append(entry)
        pack.raw[f"{entry.id}.toml"] = text.encode("utf-8")
        if progress is not None:
            progress(done, total)
    for done, name in enumerate(photo_names, start=len(entry_names) + 1):
        pack.photos[name.removeprefix("photos/")] = _photo(name, files[name], listed, pack)
        if progress is not None:
            progress(done, total)
    if EVIDENCE_FILE in files:
        from carematch.pooled.published import EvidenceError, parse_section

        pack.evidence_raw = _verified(EVIDENCE_FILE, files[EVIDENCE_FILE], listed)
        try:
            pack.evidence = parse_section(pack.evidence_raw)
        except EvidenceError as exc:
            raise PackError(str(exc)) from exc
        if progress is not None:
            progress(total, total)
    return pack


def _verified(name: str, data: bytes, listed: dict[str, Any]) -> bytes:
    if hashlib.sha256(data).hexdigest() != listed[name]:
        raise PackError(
            _(
                "Refused: '{name}' was changed after the pack was made "
                "(its checksum does not match)."
            ).format(name=name)
        )
    return data


def _photo(name: str, data: bytes, listed: dict[str, Any], pack: Pack) -> bytes:
    """A photo's bytes after every check, with its metadata stripped again (whoever made the
    pack may not have)."""
    match = PHOTO_NAME.fullmatch(name.removeprefix("photos/"))
    assert match is not None
    entry_id, kind = match.group(1), match.group(3)
    if f"{entry_id}.toml" not in pack.raw:
        raise PackError(
            _("Refused: the photo '{name}' is for an idea that is not in the pack.").format(
                name=name
            )
        )
    data = _verified(name, data, listed)
    if len(data) > MAX_PHOTO:
        raise PackError(
            _("Refused: the photo '{name}' is over {n} MB.").format(name=name, n=MAX_PHOTO // MB)
        )
    if photo_kind(data) != kind:
        raise PackError(
            _("Refused: '{name}' is not a {kind} photo (its content is something else).").format(
                name=name, kind=KIND_NAMES[kind]
            )
        )
    try:
        return _strip(data)
    except PhotoError as exc:
        raise PackError(
            _("Refused: the photo '{name}' is damaged. {problem}").format(name=name, problem=exc)
        ) from exc


def _signature(raw: bytes | None, manifest: bytes, root: Path | None) -> tuple[str, str | None]:
    from carematch.community import keys

    if raw is None:
        return "unsigned", None
    try:
        data = json.loads(raw)
        public = str(data["public_key"])
        signature = base64.b64decode(data["signature"], validate=True)
    except (ValueError, KeyError, TypeError, RecursionError):
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


def install_pack(
    pack: Pack,
    root: Path | None = None,
    *,
    replace_mine: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the pack's entries and photos into its own folder, all at once (a temporary folder
    is renamed into place). With replace_mine, the person's own edits of those ids are removed.
    `progress(done, total)` is called as files are written."""
    names = [n.removesuffix(".toml") for n in pack.raw] + list(pack.photos)
    if not all(re.fullmatch(_ID, n) or PHOTO_NAME.fullmatch(n) for n in names):
        raise PackError(_("Refused: the pack names a file outside its own folder."))
    base = paths.ensure_private_dir(packs_dir(root))
    _remove_abandoned(base)
    dest = base / pack.slug
    tmp = Path(tempfile.mkdtemp(prefix=".installing-", dir=base))
    total = len(pack.raw) + len(pack.photos)
    try:
        (tmp / "entries").mkdir()
        if progress is not None:
            progress(0, total)
        files = [(tmp / "entries" / n, d) for n, d in pack.raw.items()]
        files += [(tmp / "photos" / n, d) for n, d in sorted(pack.photos.items())]
        for folder in {(tmp / "photos" / n).parent for n in pack.photos}:
            folder.mkdir(parents=True)
        for done, (target, data) in enumerate(files, start=1):
            target.write_bytes(data)
            if progress is not None:
                progress(done, total)
        if pack.evidence is not None:
            (tmp / EVIDENCE_FILE).write_bytes(pack.evidence_raw)
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
        try:
            os.replace(tmp, dest)
        except BaseException:
            if old is not None:  # put the earlier version back
                os.replace(old, dest)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if replace_mine:
        for entry in pack.entries:
            (my_entries_dir(root) / "entries" / f"{entry.id}.toml").unlink(missing_ok=True)
    return dest


def _remove_abandoned(base: Path) -> None:
    """Tidy what an interrupted install left behind (never read: the names start with '.').
    An earlier version moved aside just before the crash is put back."""
    for folder in base.iterdir():
        if folder.name.startswith(".old-"):
            current = base / folder.name.removeprefix(".old-")
            if not os.path.lexists(current) and not safefile.is_link(folder):
                os.replace(folder, current)
            else:
                safefile.remove_tree(folder, overwrite=False)
        elif (
            folder.name.startswith(".installing-")
            and time.time() - folder.lstat().st_mtime > STALE_INSTALL_SECONDS
        ):
            safefile.remove_tree(folder, overwrite=False)


def list_packs(root: Path | None = None) -> list[dict[str, Any]]:
    found = []
    for folder in installed_pack_folders(root):
        manifest = safefile.read_json(folder / "manifest.json")
        manifest["id"] = folder.name
        found.append(manifest)
    return sorted(found, key=lambda m: str(m["id"]))


def remove_pack(pack_id: str, root: Path | None = None) -> None:
    folder = packs_dir(root) / pack_id
    if not re.fullmatch(r"[a-z0-9-]+", pack_id) or not folder.is_dir():
        raise PackError(
            _(
                "There is no installed pack '{name}'. Check the name against the list of "
                "installed packs."
            ).format(name=pack_id)
        )
    shutil.rmtree(folder)
