"""Packs from the app: the review says what would change; import and removal reach the matcher."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from carematch.community.packs import create_pack

from .conftest import FIXTURES
from .gui_helpers import demo_window, settle


def test_import_and_remove_a_pack_from_settings(qtbot, data_root, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml", src)
    pack_file = tmp_path / "hacks.cmpack"
    create_pack(src, pack_file, name="Hacks", publisher="Makers")
    window = demo_window(qtbot)
    box = window.settings_page.packs
    assert box.review(pack_file, confirm=False)
    settle()
    qtbot.waitUntil(lambda: box.packs.count() == 1, timeout=10_000)
    assert "not signed" in box.packs.item(0).text()
    qtbot.waitUntil(
        lambda: "toast-tongs" in (window.context.catalogue.entries or {}), timeout=20_000
    )
    places = [window.find_page.place.itemText(i) for i in range(window.find_page.place.count())]
    assert len(places) == len(set(places))  # reloading did not repeat the choices
    box.remove_current()
    qtbot.waitUntil(lambda: "toast-tongs" not in window.context.catalogue.entries, timeout=20_000)
    assert box.packs.count() == 0
    QApplication.processEvents()
    window.context.close_vault()


def test_a_broken_pack_is_refused_with_a_reason(qtbot, data_root, tmp_path):
    bad = tmp_path / "bad.cmpack"
    bad.write_bytes(b"not a zip at all")
    window = demo_window(qtbot)
    box = window.settings_page.packs
    assert not box.review(bad, confirm=False)
    assert "refused" in box.status.text()
    window.context.close_vault()


def test_share_an_adaptation_shows_what_goes_and_leaves_out_personal_details(
    qtbot, data_root, tmp_path
):
    import zipfile

    from PySide6.QtCore import Qt

    from carematch.gui.accessibility import audit
    from carematch.gui.dialogs.share_recipe import ShareRecipeDialog

    window = demo_window(qtbot)
    journal = window.context.journal
    adaptation = journal.add_adaptation(
        "Sock gripper",
        what="Made by Mr Jones at 12 Oak Street for my wife Sheila.",
        materials="a coat hanger",
        steps="Bend the hanger into a loop and tape the ends.",
    )
    dialog = ShareRecipeDialog(adaptation, window.context.catalogue, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert audit(dialog).ok
    preview = dialog.preview.toPlainText()
    assert "Jones" not in preview and "Oak Street" not in preview and "Sheila" not in preview
    assert "Not shared: dates, check-in notes" in preview
    first = dialog.flags.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)  # keep this one on purpose
    assert first.text().split("“")[1].split("”")[0] in dialog.preview.toPlainText()
    first.setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "recipe.cmpack"
    dialog.save(out)
    with zipfile.ZipFile(out) as zf:
        shared = b"".join(zf.read(n) for n in zf.namelist())
    for secret in (b"Jones", b"Oak Street", b"Sheila"):
        assert secret not in shared
    assert b"coat hanger" in shared
    window.context.close_vault()
