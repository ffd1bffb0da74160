"""Export a whole vault to one zip, and import such a zip into a new vault.

The zip holds records.json (every record), one CSV per kind of record (for a spreadsheet) and
the attachments. An import is checked completely before anything is written, and is all or
nothing: a hostile or broken file is refused with a reason. The zip itself is checked by
carematch.safezip, the one zip check CareMatch has (packs use it too), with an export's limits.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from pydantic import ValidationError
from sqlalchemy import select

from carematch import __version__, safezip
from carematch.i18n import _
from carematch.journal.records import KINDS, AttachmentRecord, plain_to_row, row_to_plain
from carematch.paths import write_private
from carematch.plaintext import spreadsheet_safe
from carematch.vault import crypto, schema
from carematch.vault.errors import UnsafeArchiveError, VaultError, WrongPassphraseError
from carematch.vault.manager import create_vault
from carematch.vault.vault import Vault

FORMAT = "carematch-export"
VERSION = 1
ENCRYPTED_MAGIC = b"CAREMATCH-ENCRYPTED-EXPORT-1\n"
MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200
# Below this size a member may compress as well as it likes (a text file of repeated lines does):
# the size caps already bound what it can cost, and an export CareMatch made must import.
RATIO_FROM_BYTES = 8 * 1024 * 1024
# The encrypted form adds the key header and the cipher's tag to the zip.
ENCRYPTED_EXTRA = 64 * 1024
EXPORT_ZIP = safezip.ZipLimits(
    noun="export",
    max_files=MAX_MEMBERS,
    max_total_bytes=MAX_TOTAL_BYTES,
    max_file_bytes=MAX_MEMBER_BYTES,
    max_ratio=MAX_RATIO,
    ratio_from_bytes=RATIO_FROM_BYTES,
)
# Argon2 costs accepted in an encrypted export's key header (CareMatch writes 3 passes, 64 MiB).
EXPORT_KDF_LIMITS = {"time_cost": (1, 10), "memory_kib": (8, 1024 * 1024), "parallelism": (1, 16)}


def _csv(rows: list[dict[str, Any]], fields: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return buffer.getvalue()


def export_vault(vault: Vault, dest: Path, *, passphrase: str | None = None) -> dict[str, int]:
    """Write everything in the vault to `dest`. With a passphrase the file is encrypted."""
    records: dict[str, list[dict[str, Any]]] = {}
    with vault.session() as s:
        for name, model, _record in KINDS:
            records[name] = [row_to_plain(r) for r in s.scalars(select(model))]
    assert vault.engine is not None
    with vault.engine.connect() as conn:
        revision = schema.current_revision(conn)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "schema_revision": revision,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(),
        "counts": {k: len(v) for k, v in records.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        zf.writestr("records.json", json.dumps(records, indent=1, ensure_ascii=False))
        for name, model, _record in KINDS:
            fields = [c.key for c in model.__table__.columns]
            zf.writestr(f"csv/{name}.csv", _csv(records[name], fields))
        for att in records["attachments"]:
            data = vault.read_attachment(att["uid"])
            zf.writestr(f"attachments/{att['uid']}", data)
    payload = buffer.getvalue()
    if passphrase is not None:
        payload = _encrypt(payload, passphrase)
    write_private(dest, payload)
    return manifest["counts"]  # type: ignore[return-value]


def _encrypt(payload: bytes, passphrase: str) -> bytes:
    key = crypto.new_data_key()
    wrapped = crypto.wrap(key, passphrase)
    header = json.dumps(wrapped.as_dict()).encode("utf-8")
    body = crypto.encrypt_bytes(key, payload, b"carematch export v1")
    return ENCRYPTED_MAGIC + len(header).to_bytes(4, "big") + header + body


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC


def _check_wrapped(wrapped: crypto.WrappedKey) -> None:
    """The key header's fields have the right types, and its Argon2 costs are ones CareMatch
    could have written: a hostile file must not make the import run for hours or fail oddly."""
    if not all(isinstance(v, str) for v in (wrapped.salt, wrapped.nonce, wrapped.ciphertext)):
        raise TypeError("the key header's salt, nonce and ciphertext must be text")
    for name, (low, high) in EXPORT_KDF_LIMITS.items():
        value = getattr(wrapped, name)
        if type(value) is not int or not low <= value <= high:
            raise ValueError(f"the key header's {name} is out of range")


def _decrypt(blob: bytes, passphrase: str) -> bytes:
    try:
        start = len(ENCRYPTED_MAGIC)
        size = int.from_bytes(blob[start : start + 4], "big")
        header = json.loads(blob[start + 4 : start + 4 + size])
        wrapped = crypto.WrappedKey(**header)
        _check_wrapped(wrapped)
    except (ValueError, TypeError, RecursionError) as exc:
        raise UnsafeArchiveError(_("This encrypted export is damaged and cannot be read.")) from exc
    try:
        key = crypto.unwrap(wrapped, passphrase)
    except (ValueError, HashingError) as exc:  # bad base64, a short salt or nonce
        raise UnsafeArchiveError(_("This encrypted export is damaged and cannot be read.")) from exc
    try:
        return crypto.decrypt_bytes(key, blob[start + 4 + size :], b"carematch export v1")
    except (WrongPassphraseError, ValueError) as exc:
        raise UnsafeArchiveError(_("This encrypted export was changed or damaged.")) from exc


def read_export(
    path: Path, passphrase: str | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Check an export completely and return (records, attachments). Writes nothing."""
    try:  # every name, header and size checked, and every file read with a cap
        blob = safezip.read_file(path, EXPORT_ZIP, extra=ENCRYPTED_EXTRA)
        if blob.startswith(ENCRYPTED_MAGIC):
            if passphrase is None:
                raise WrongPassphraseError(
                    _("This export is encrypted: enter the passphrase it was saved with.")
                )
            blob = _decrypt(blob, passphrase)
        files = safezip.read_zip(blob, EXPORT_ZIP)
    except safezip.UnsafeZipError as exc:
        raise UnsafeArchiveError(str(exc)) from exc
    for required in ("manifest.json", "records.json"):
        if required not in files:
            raise UnsafeArchiveError(
                _("This is not a CareMatch export: {file} is missing.").format(file=required)
            )
    try:
        manifest = json.loads(files["manifest.json"])
        raw = json.loads(files["records.json"])
    except (ValueError, UnicodeDecodeError) as exc:
        raise UnsafeArchiveError(
            _("The export's data is not valid JSON ({error}).").format(error=exc)
        ) from exc
    except RecursionError as exc:  # json recurses into nested lists and objects
        raise UnsafeArchiveError(_("The export's data is nested far too deeply.")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise UnsafeArchiveError(_("This is not a CareMatch export (unknown format)."))
    if manifest.get("version") != VERSION:
        raise UnsafeArchiveError(
            _("This export was made by a newer CareMatch. Update CareMatch, then import it.")
        )
    records = _validate_records(raw)
    attachments: dict[str, bytes] = {}
    for att in records["attachments"]:
        data = files.get(f"attachments/{att.uid}")
        if data is None:
            raise UnsafeArchiveError(
                _("The attachment '{name}' is missing.").format(name=att.filename)
            )
        if hashlib.sha256(data).hexdigest() != att.sha256:
            raise UnsafeArchiveError(
                _("The attachment '{name}' was changed or damaged.").format(name=att.filename)
            )
        attachments[att.uid] = data
    return records, attachments


def _validate_records(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise UnsafeArchiveError(_("The export's records are not in the expected shape."))
    unknown = set(raw) - {name for name, _m, _r in KINDS}
    if unknown:
        raise UnsafeArchiveError(
            _("The export has unknown kinds of record: {kinds}.").format(kinds=", ".join(unknown))
        )
    out: dict[str, Any] = {}
    for name, _model, record in KINDS:
        items = raw.get(name, [])
        if not isinstance(items, list):
            raise UnsafeArchiveError(
                _("'{kind}' in the export should be a list.").format(kind=name)
            )
        try:
            out[name] = [record.model_validate(item) for item in items]
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise UnsafeArchiveError(
                _("A record in '{kind}' is not valid ({where}: {problem}).").format(
                    kind=name, where=where, problem=first["msg"]
                )
            ) from exc
    _check_links(out)
    return out


def _check_links(records: dict[str, Any]) -> None:
    keyed_by_entry = {"marks", "shortlist"}  # one per catalogue idea, no numbers of their own
    ids = {name: {r.id for r in records[name]} for name in records if name not in keyed_by_entry}
    for name, key, target in (
        ("experiments", "goal_id", "goals"),
        ("experiments", "adaptation_id", "adaptations"),
        ("checkins", "goal_id", "goals"),
        ("goal_notes", "goal_id", "goals"),
        ("checkins", "experiment_id", "experiments"),
        ("attachments", "checkin_id", "checkins"),
        ("attachments", "adaptation_id", "adaptations"),
        ("quest_ratings", "experiment_id", "experiments"),
        ("taggings", "tag_id", "tags"),
        ("taggings", "goal_id", "goals"),
        ("taggings", "adaptation_id", "adaptations"),
    ):
        for r in records[name]:
            value = getattr(r, key)
            if value is not None and value not in ids[target]:
                raise UnsafeArchiveError(
                    _("A record in '{kind}' points at a missing record in '{target}'.").format(
                        kind=name, target=target
                    )
                )
    for name in ids:
        if len(ids[name]) != len(records[name]):
            raise UnsafeArchiveError(
                _("Two records in '{kind}' have the same number.").format(kind=name)
            )


def import_export(
    path: Path,
    name: str,
    *,
    passphrase: str | None = None,
    export_passphrase: str | None = None,
    root: Path | None = None,
) -> tuple[Vault, str | None, dict[str, int]]:
    """Create a new vault `name` holding exactly the records of an export.

    Everything is checked first, and the new vault only appears when it is complete: if
    writing fails part-way, or CareMatch is stopped, nothing is left behind.
    """
    records, attachments = read_export(path, export_passphrase)

    def fill(vault: Vault) -> None:
        with vault.session() as s:
            for kind, model, _record in KINDS:
                for record in records[kind]:
                    s.add(plain_to_row(model, record))
                s.flush()
        for att in records["attachments"]:
            assert isinstance(att, AttachmentRecord)
            vault.write_attachment(att.uid, attachments[att.uid])

    try:
        vault, recovery = create_vault(name, passphrase, root, fill=fill)
    except VaultError:
        raise
    except Exception as exc:
        reason = type(exc).__name__
        raise VaultError(
            _("The import could not be completed, so nothing was kept ({reason}).").format(
                reason=reason
            )
        ) from exc
    return vault, recovery, {k: len(v) for k, v in records.items()}
