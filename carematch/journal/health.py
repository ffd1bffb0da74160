"""`vault check`: the database's own checks plus every attachment read back and compared with
the SHA-256 recorded when it was saved. Problems are described without quoting anything a
person wrote (a file is named by its record number, not its file name)."""

from __future__ import annotations

from sqlalchemy import select

from carematch.i18n import _
from carematch.journal.models import Attachment
from carematch.vault.errors import VaultError
from carematch.vault.vault import Vault


def attachment_problems(vault: Vault) -> list[str]:
    import hashlib

    problems = []
    with vault.session() as s:
        rows = list(s.execute(select(Attachment.id, Attachment.uid, Attachment.sha256)))
    for number, uid, digest in rows:
        try:
            data = vault.read_attachment(uid)
        except FileNotFoundError:
            problems.append(_("attachment {number} is missing").format(number=number))
            continue
        except (OSError, ValueError, VaultError):
            problems.append(_("attachment {number} cannot be read").format(number=number))
            continue
        if hashlib.sha256(data).hexdigest() != digest:
            problems.append(_("attachment {number} was changed or damaged").format(number=number))
    return problems


def check_vault(vault: Vault) -> list[str]:
    """Everything `vault check` looks at; an empty list means healthy."""
    return vault.check() + attachment_problems(vault)
