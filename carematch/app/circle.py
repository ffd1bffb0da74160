"""The circle of support, once for the app and `carematch circle`: invite a supporter, accept
an invite (the supporter's side), take in a reply, notes or a summary, decide on each note,
send a summary back, and revoke. Every file is checked whole before anything is written, and
what it brings is written in one transaction with its file id (so it is never taken twice).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from carematch.circle import files
from carematch.circle.crypto import (
    CircleCryptoError,
    Identity,
    PublicKeys,
    open_sealed,
    seal,
    sign,
    verify,
)
from carematch.circle.files import CircleFileError
from carematch.circle.models import (
    SHARES,
    CircleIdentity,
    InboxItem,
    SeenFile,
    Supported,
    Supporter,
)
from carematch.i18n import N_, _, ngettext
from carematch.journal.models import Goal
from carematch.paths import write_private
from carematch.plaintext import strip_invisible

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from carematch.journal.service import Journal

THEIR_NAME = N_("Write their name (at most 80 letters).")
YOUR_NAME = N_("Write your name (at most 80 letters).")


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _new_id() -> str:
    return uuid.uuid4().hex


def me(journal: Journal) -> tuple[str, Identity]:
    """This vault's circle id and keys, made the first time they are needed."""
    with journal.vault.session() as s:
        row = s.scalar(select(CircleIdentity).limit(1))
        if row is None:
            made = Identity.generate()
            agree, signing = made.raw()
            row = CircleIdentity(id=1, circle_id=_new_id(), agree_key=agree, sign_key=signing)
            s.add(row)
            s.flush()
        return row.circle_id, Identity.from_raw(row.agree_key, row.sign_key)


def _existing(journal: Journal) -> tuple[str, Identity] | None:
    with journal.vault.session() as s:
        row = s.scalar(select(CircleIdentity).limit(1))
        return (
            None if row is None else (row.circle_id, Identity.from_raw(row.agree_key, row.sign_key))
        )


def my_name(journal: Journal) -> str:
    """The name the person gave their supporters (as they signed their last invite)."""
    with journal.vault.session() as s:
        row = s.scalar(select(CircleIdentity).limit(1))
        return row.my_name if row is not None else ""


def _header(kind: str, sender: str, to: str | None = None) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "format": files.FORMAT,
        "version": files.VERSION,
        "kind": kind,
        "from": sender,
        "file_id": _new_id(),
        "created": _now(),
    }
    if to is not None:
        fields["to"] = to
    return fields


def _signed(identity: Identity, fields: dict[str, Any]) -> dict[str, Any]:
    return {**fields, "signature": sign(identity, fields)}


def _unsigned(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k != "signature"}


def _write(out: Path, fields: dict[str, Any]) -> None:
    write_private(out, files.dump(fields))


# --- the person: inviting, and what supporters may see ------------------------------------
def invite(
    journal: Journal, name: str, relationship: str, my_name: str, out: Path
) -> tuple[Supporter, str]:
    """A new supporter and their invite file; the fingerprint to read aloud to them."""
    circle_id, identity = me(journal)
    supporter = Supporter(
        name=_short(name, THEIR_NAME), relationship=strip_invisible(relationship).strip()[:80]
    )
    fields = {
        **_header("invite", circle_id),
        "person": _short(my_name, YOUR_NAME),
        "supporter": supporter.name,
        "relationship": supporter.relationship,
        "keys": identity.public.as_text(),
    }
    fields["file_id"] = supporter.invite_id = _new_id()
    files.check(files.Invite, _signed(identity, fields))  # what we write, we could read
    _write(out, _signed(identity, fields))
    with journal.vault.session() as s:
        s.add(supporter)
        mine = s.scalar(select(CircleIdentity).limit(1))
        if mine is not None:
            mine.my_name = fields["person"]
    return supporter, identity.public.fingerprint()


def supporters(journal: Journal) -> list[Supporter]:
    with journal.vault.session() as s:
        return list(s.scalars(select(Supporter).order_by(Supporter.id)))


def _supporter(s: Session, supporter_id: int) -> Supporter:
    found = s.get(Supporter, supporter_id)
    if found is None:
        raise CircleFileError(
            _("There is no supporter number {number}.").format(number=supporter_id)
        )
    return found


def revoke(journal: Journal, supporter_id: int) -> str:
    with journal.vault.session() as s:
        found = _supporter(s, supporter_id)
        found.status, found.revoked_at = "revoked", dt.datetime.now()
        found.shares, found.shared_goals = "nothing", ""
        s.query(InboxItem).filter_by(supporter_id=found.id, status="pending").update(
            {"status": "declined"}
        )
        return _("{name} is no longer in your circle: files from them are refused now.").format(
            name=found.name
        )


def set_sharing(journal: Journal, supporter_id: int, shares: str, goal_ids: list[int]) -> str:
    if shares not in SHARES:
        raise CircleFileError(_("Share nothing, a summary, or the check-ins."))
    with journal.vault.session() as s:
        found = _supporter(s, supporter_id)
        if found.status == "revoked":
            raise CircleFileError(_("{name} was removed from your circle.").format(name=found.name))
        goals = [s.get(Goal, g) for g in goal_ids]
        if any(g is None or g.deleted_at is not None for g in goals):
            raise CircleFileError(_("One of those goals does not exist."))
        found.shares = shares
        found.shared_goals = " ".join(g.uid for g in goals if g is not None)
        if shares == "nothing":
            return _("{name} may see nothing.").format(name=found.name)
        if shares == "summary":
            said = ngettext(
                "{name} may see a summary of {n} goal(s) you chose.",
                "{name} may see a summary of {n} goal(s) you chose.",
                len(goals),
            )
        else:
            said = ngettext(
                "{name} may see the check-ins of {n} goal(s) you chose.",
                "{name} may see the check-ins of {n} goal(s) you chose.",
                len(goals),
            )
        return said.format(name=found.name, n=len(goals))


# --- the supporter: accepting an invite, sending notes ------------------------------------
def accept_invite(
    journal: Journal, path: Path, my_name: str, out: Path
) -> tuple[Supported, str, str]:
    """Keep the person who invited me, and write the reply file to give back to them; their
    code and mine, to read to each other."""
    raw = files.read(path)
    if raw["kind"] != "invite":
        raise CircleFileError(
            _("{file} is not an invite: it is a {kind} file.").format(
                file=path.name, kind=raw["kind"]
            )
        )
    found = files.check(files.Invite, raw)
    theirs = PublicKeys.from_text(found.keys.agree, found.keys.sign)
    _verify(theirs, raw)
    circle_id, identity = me(journal)
    if found.from_ == circle_id:
        raise CircleFileError(_("This is your own invite: give it to your supporter."))
    reply = {
        **_header("reply", circle_id, found.from_),
        "invite": found.file_id,
        "name": _short(my_name or found.supporter, YOUR_NAME),
        "keys": identity.public.as_text(),
    }
    with journal.vault.session() as s:
        person = s.scalar(select(Supported).filter_by(circle_id=found.from_))
        if person is None:
            person = Supported(circle_id=found.from_, name=found.person)
            s.add(person)
        person.name, person.my_name = found.person, reply["name"]
        person.agree_public, person.sign_public = theirs.agree, theirs.sign
        _write(out, _signed(identity, reply))
        s.flush()
        return person, theirs.fingerprint(), identity.public.fingerprint()


def people(journal: Journal) -> list[Supported]:
    with journal.vault.session() as s:
        return list(s.scalars(select(Supported).order_by(Supported.id)))


def write_notes(journal: Journal, person_id: int, items: list[dict[str, Any]], out: Path) -> int:
    """Notes for a person I support, sealed to them and signed by me."""
    payload = files.Notes.model_validate({"items": items}, strict=False)
    circle_id, identity = me(journal)
    with journal.vault.session() as s:
        person = s.get(Supported, person_id)
        if person is None:
            raise CircleFileError(
                _("There is no person number {number} in your circle.").format(number=person_id)
            )
        keys = PublicKeys(person.agree_public, person.sign_public)
        to = person.circle_id
    body = payload.model_dump_json(exclude_defaults=False).encode("utf-8")
    _write(out, seal(identity, keys, _header("notes", circle_id, to), body))
    return len(payload.items)


# --- taking a file in ---------------------------------------------------------------------
@dataclass(frozen=True)
class Taken:
    kind: str
    message: str
    count: int = 0


def take_in(journal: Journal, path: Path) -> Taken:
    """A reply, notes or a summary: checked whole, then written in one go, or refused."""
    raw = files.read(path)
    kind = raw["kind"]
    if kind == "invite":
        raise CircleFileError(_("This is an invite: accept it with 'Join a circle' instead."))
    mine = _existing(journal)  # a file that is refused never makes keys either
    if mine is None or raw.get("to") != mine[0]:
        raise CircleFileError(_("This file was made for someone else's CareMatch, not this one."))
    identity = mine[1]
    with journal.vault.session() as s:
        if s.get(SeenFile, str(raw.get("file_id"))) is not None:
            raise CircleFileError(_("This file was already taken in, so nothing was added again."))
        if kind == "reply":
            taken = _take_reply(s, raw)
        elif kind == "notes":
            taken = _take_notes(s, identity, raw)
        else:
            taken = _take_summary(s, identity, raw)
        s.add(SeenFile(file_id=raw["file_id"]))
    return taken


def _verify(keys: PublicKeys, raw: dict[str, Any]) -> None:
    try:
        verify(keys, _unsigned(raw), raw.get("signature"))
    except CircleCryptoError as exc:
        raise CircleFileError(str(exc)) from None


def _take_reply(s: Session, raw: dict[str, Any]) -> Taken:
    reply = files.check(files.Reply, raw)
    supporter = s.scalar(select(Supporter).filter_by(invite_id=reply.invite))
    if supporter is None:
        raise CircleFileError(_("This reply answers an invite this journal never made."))
    if supporter.status != "invited":
        raise CircleFileError(
            _("The invite for {name} was already used or revoked.").format(name=supporter.name)
        )
    keys = PublicKeys.from_text(reply.keys.agree, reply.keys.sign)
    _verify(keys, raw)
    supporter.status, supporter.circle_id = "active", reply.from_
    supporter.agree_public, supporter.sign_public = keys.agree, keys.sign
    return Taken(
        "reply",
        _(
            "{name} has joined your circle (they call themselves {own_name}). "
            "Check the code together: {code}."
        ).format(name=supporter.name, own_name=reply.name, code=keys.fingerprint()),
    )


def _open(identity: Identity, keys: PublicKeys, raw: dict[str, Any]) -> bytes:
    try:
        return open_sealed(identity, keys, {k: raw[k] for k in raw})
    except CircleCryptoError as exc:
        raise CircleFileError(str(exc)) from None


def _take_notes(s: Session, identity: Identity, raw: dict[str, Any]) -> Taken:
    sealed = files.check(files.Sealed, raw)
    supporter = s.scalar(  # the same helper invited twice: their active place counts
        select(Supporter)
        .where(Supporter.circle_id == sealed.from_)
        .order_by((Supporter.status == "active").desc(), Supporter.id.desc())
    )
    if supporter is None or supporter.agree_public is None or supporter.sign_public is None:
        raise CircleFileError(_("This file is not from anyone in your circle."))
    if supporter.status == "revoked":
        raise CircleFileError(
            _("{name} was removed from your circle: refused.").format(name=supporter.name)
        )
    notes = files.check_json(
        files.Notes, _open(identity, PublicKeys(supporter.agree_public, supporter.sign_public), raw)
    )
    written = _parse_time(sealed.created)
    for item in notes.items:
        s.add(
            InboxItem(
                supporter_id=supporter.id,
                file_id=sealed.file_id,
                kind=item.type,
                item=item.model_dump_json(),
                written_at=written,
            )
        )
    n = len(notes.items)
    return Taken(
        "notes",
        ngettext(
            "{n} item(s) from {name} are waiting for you to look at. "
            "Nothing goes into your journal until you accept it.",
            "{n} item(s) from {name} are waiting for you to look at. "
            "Nothing goes into your journal until you accept it.",
            n,
        ).format(n=n, name=supporter.name),
        n,
    )


def _take_summary(s: Session, identity: Identity, raw: dict[str, Any]) -> Taken:
    sealed = files.check(files.Sealed, raw)
    person = s.scalar(select(Supported).filter_by(circle_id=sealed.from_))
    if person is None:
        raise CircleFileError(_("This summary is from someone whose circle you have not joined."))
    summary = files.check_json(
        files.Summary, _open(identity, PublicKeys(person.agree_public, person.sign_public), raw)
    )
    person.summary = summary.model_dump_json()
    person.summary_at = _parse_time(sealed.created)
    return Taken(
        "summary",
        _("The summary from {name} is here to read.").format(name=person.name),
        len(summary.goals),
    )


def _parse_time(text: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise CircleFileError(_("The file's date is not readable.")) from None
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _short(text: str, problem: str) -> str:
    """A name as the files carry it, or CircleFileError(problem): THEIR_NAME or YOUR_NAME."""
    text = " ".join(strip_invisible(text).split())  # the same rule the files' readers apply
    if not text or len(text) > 80:
        raise CircleFileError(_(problem))
    return text


def summary_of(person: Supported) -> files.Summary | None:
    """The last summary a person sent, shown read-only on the supporter's side."""
    if not person.summary:
        return None
    return files.Summary.model_validate(json.loads(person.summary), strict=False)
