"""Every released schema has a fixture vault in tests/fixtures/vaults/<revision>/; each opens."""

from __future__ import annotations

import shutil

import pytest

from carematch.journal.service import Journal
from carematch.vault import open_vault, schema

from .conftest import FIXTURES

FIXTURE_VAULTS = FIXTURES / "vaults"
REVISIONS = sorted(p.name for p in FIXTURE_VAULTS.iterdir() if p.is_dir())


def test_head_constant_matches_the_migration_scripts():
    assert schema.head_revision() == schema.HEAD_REVISION


def test_every_released_revision_has_a_fixture():
    assert set(schema.all_revisions()) <= set(REVISIONS) | {schema.head_revision()}
    assert REVISIONS, "no fixture vaults"


@pytest.mark.parametrize("revision", REVISIONS)
@pytest.mark.parametrize(
    ("name", "passphrase"), [("Plain", None), ("Protected", "fixture passphrase")]
)
def test_fixture_vault_opens_and_migrates(data_root, revision, name, passphrase):
    shutil.copytree(FIXTURE_VAULTS / revision / name.lower(), data_root / "vaults" / name.lower())
    with open_vault(name, passphrase) as vault:
        assert vault.engine is not None
        with vault.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
        journal = Journal(vault)
        counts = journal.counts()
        assert counts["goals"] == 4 and counts["checkins"] > 50
        assert vault.check() == []
        photo = journal.attachments()[0]
        assert journal.read_attachment(photo)
        if revision != schema.head_revision():
            assert any("before-migration" in b.name for b in vault.list_backups())
