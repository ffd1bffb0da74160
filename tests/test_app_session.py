"""The vault session both front ends use, on real vault files: it owns what it opens, never
closes what it hands back, and says what happened as values."""

from __future__ import annotations

import pytest

from carematch.app.preferences import AppSettings
from carematch.app.session import UNENCRYPTED_EXPORT, VaultSession, needs_secret
from carematch.vault import VaultError, list_vaults, open_vault

PASS = "correct horse battery"


def test_opening_the_open_vault_by_another_spelling_keeps_it(data_root):
    heard: list[str] = []
    with VaultSession() as session:
        session.subscribe(heard.append)
        session.create("Mair", None)
        first = session.require()
        assert session.open("MAIR") is first  # no lock error against ourselves
        session.journal_or_fail.add_goal("Make a brew")
    assert heard == ["opened", "journal", "closed"]
    assert AppSettings().last_vault == "Mair"


def test_adding_a_passphrase_gives_the_code_and_keeps_the_vault_open(data_root):
    with VaultSession() as session:
        session.create("Sam", None)
        session.journal_or_fail.add_goal("Garden")
        outcome = session.set_passphrase(PASS)
        assert outcome.recovery_code and "now locked" in outcome.message
        assert session.journal_or_fail.counts()["goals"] == 1  # still open and usable
        changed = session.set_passphrase("another long passphrase")
        assert changed.recovery_code is None and "recovery code still works" in changed.message
    assert needs_secret("Sam")
    with open_vault("Sam", recovery_code=outcome.recovery_code):
        pass


def test_export_warns_only_when_a_locked_vault_leaves_unencrypted(data_root, tmp_path):
    with VaultSession() as session:
        session.create("Plain", None)
        assert session.export(tmp_path / "a.zip").warning == ""
        session.create("Locked", PASS)  # the session closes Plain and opens the new one
        assert session.export(tmp_path / "b.zip").warning == UNENCRYPTED_EXPORT
        assert session.export(tmp_path / "c.cmx", passphrase="an export phrase").warning == ""
        made = session.import_export(
            tmp_path / "c.cmx", "Copy", export_passphrase="an export phrase"
        )
        assert made.counts["goals"] == 0 and session.require().name == "Copy"


def test_erasing_the_open_vault_closes_it_and_forgets_it(data_root):
    heard: list[str] = []
    session = VaultSession()
    session.subscribe(heard.append)
    session.create("Gone", None)
    outcome = session.erase()
    assert outcome.message.startswith("Erased 'Gone'")
    assert session.vault is None and heard == ["opened", "closed"]
    assert list_vaults() == [] and AppSettings().last_vault is None
    with pytest.raises(VaultError, match="No vault is open"):
        session.backup()


@pytest.mark.parametrize(
    "stored", ['"scotland"', '"cornwall"', '["scotland"]', '{"a": 1}', "7", "null", '"SCOTLAND"']
)
def test_where_you_live_survives_a_damaged_settings_file(data_root, stored):
    """settings.json is beside the vaults and can be edited by hand: any value there gives a
    nation or none, never a crash."""
    from carematch.app.preferences import AppSettings
    from carematch.catalogue.nations import Nation

    settings = AppSettings()
    settings.path.parent.mkdir(parents=True, exist_ok=True)
    settings.path.write_text('{"nation": ' + stored + "}", encoding="utf-8")
    assert settings.nation == (Nation.SCOTLAND if stored == '"scotland"' else None)
    settings.set_nation(Nation.WALES)
    assert settings.nation == Nation.WALES
    settings.set_nation(None)
    assert settings.nation is None
