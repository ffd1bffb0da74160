"""Packs from the app: the review says what would change; import and removal reach the matcher;
big imports show a percentage; recipes carry photos without their metadata."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from carematch.community.packs import create_pack

from .conftest import FIXTURES
from .gui_helpers import demo_window, hacks_pack, when_modal
from .photo_samples import SECRETS, jpeg_with_gps, png_with_text


def press_yes(dialog) -> None:  # type: ignore[no-untyped-def]
    """Answer the question before importing as a person does: press Yes."""
    from PySide6.QtWidgets import QMessageBox

    assert "not signed" in dialog.text() and "Import it only if you know" in dialog.text()
    dialog.button(QMessageBox.StandardButton.Yes).click()


def test_import_and_remove_a_pack_from_settings(qtbot, data_root, tmp_path):
    pack_file = hacks_pack(tmp_path)
    window = demo_window(qtbot)
    box = window.settings_page.packs
    when_modal(press_yes)
    with qtbot.waitSignal(box.finished, timeout=20_000) as outcome:
        assert box.review(pack_file)
    assert outcome.args == [True]
    qtbot.waitUntil(lambda: box.packs.count() == 1)  # the list shows the pack
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
    with qtbot.waitSignal(box.finished, timeout=20_000) as outcome:
        box.review(bad)
    assert outcome.args == [False]
    assert "refused" in box.status.text() and "not a zip" in box.status.text()
    assert box.bar.isHidden() and box.import_button.isEnabled()
    window.context.close_vault()


def test_share_an_adaptation_shows_what_goes_and_leaves_out_personal_details(
    qtbot, data_root, tmp_path
):
    import zipfile

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
    journal.attach("gripper.jpg", jpeg_with_gps(), adaptation_id=adaptation.id)
    journal.attach("gripper-2.png", png_with_text(), adaptation_id=adaptation.id)
    dialog = ShareRecipeDialog(journal, adaptation.id, window.context.catalogue, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.photos_ready)
    assert audit(dialog).ok
    preview = dialog.preview.toPlainText()
    assert "Jones" not in preview and "Oak Street" not in preview and "Sheila" not in preview
    assert "Not shared: dates, check-in notes" in preview
    first = dialog.flags.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)  # keep this one on purpose
    assert first.text().split("“")[1].split("”")[0] in dialog.preview.toPlainText()
    first.setCheckState(Qt.CheckState.Checked)
    photos = [dialog.photos.item(i) for i in range(dialog.photos.count())]
    assert [p.text() for p in photos] == [
        "photo 1 (location and camera details removed)",
        "photo 2 (location and camera details removed)",
    ]
    assert all(p.checkState() == Qt.CheckState.Checked for p in photos)
    assert "Photos: 2 (location and camera details removed)" in dialog.preview.toPlainText()
    photos[1].setCheckState(Qt.CheckState.Unchecked)  # leave the second one out
    assert "1 photo you left out" in dialog.preview.toPlainText()
    out = tmp_path / "recipe.cmpack"

    def save_as(file_dialog):  # type: ignore[no-untyped-def]
        name = file_dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(out))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    when_modal(save_as)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved == out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        shared = b"".join(zf.read(n) for n in names)
    for secret in (b"Jones", b"Oak Street", b"Sheila", *SECRETS):
        assert secret not in shared
    assert b"coat hanger" in shared
    assert [n for n in names if n.startswith("photos/")] == ["photos/recipe-sock-gripper/1.jpg"]
    window.context.close_vault()


def test_a_big_import_shows_its_progress_as_a_percentage(qtbot, data_root, tmp_path, monkeypatch):
    from carematch.gui.pages import packs_box

    src = tmp_path / "src"
    src.mkdir()
    tongs = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    for n in range(500):
        (src / f"toast-tongs-{n}.toml").write_text(tongs.replace("toast-tongs", f"toast-tongs-{n}"))
    pack_file = tmp_path / "big.cmpack"
    create_pack(src, pack_file, name="Big", publisher="Makers")
    spoken: list[str] = []
    monkeypatch.setattr(packs_box, "announce", lambda _widget, message: spoken.append(message))
    window = demo_window(qtbot)
    box = window.settings_page.packs
    seen: dict[str, list[int]] = {}
    box.progressed.connect(lambda step, percent: seen.setdefault(step, []).append(percent))
    shown: list[str] = []
    box.bar.valueChanged.connect(lambda _value: shown.append(box.bar.text()))
    when_modal(press_yes)
    with qtbot.waitSignal(box.finished, timeout=60_000) as outcome:
        box.review(pack_file)
    assert outcome.args == [True]
    assert list(seen) == ["Checking pack", "Importing pack"]
    for values in seen.values():
        assert values == sorted(set(values)) and values[-1] == 100 and len(values) > 4
    assert "Importing pack: 100 %" in shown
    progress_words = [m for m in spoken if m.endswith(" %")]
    assert progress_words == [
        f"{step}: {n} %" for step in ("Checking pack", "Importing pack") for n in (25, 50, 75)
    ]
    assert spoken[-1].startswith("Imported “Big”")
    assert box.bar.isHidden() and "500 ideas" in box.packs.item(0).text()
    qtbot.waitUntil(lambda: "toast-tongs-499" in window.context.catalogue.entries, timeout=60_000)
    total = len(window.context.catalogue)
    qtbot.waitUntil(lambda: f"of {total} ideas" in window.catalogue_page.count.text())
    window.context.close_vault()


def test_the_worker_reports_progress_only_when_it_goes_up(qtbot):
    from carematch.gui.worker import run_task

    values: list[int] = []
    results: list[object] = []

    def work(progress):
        for done in range(0, 1001):
            progress(done, 1000)
        progress(10, 1000)  # going back is not passed on
        return "ok"

    run_task(work, results.append, on_progress=values.append)
    qtbot.waitUntil(lambda: results == ["ok"], timeout=10_000)
    assert values == list(range(101))
    run_task(lambda: "still works without progress", results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)


def test_the_question_before_importing_shows_the_pack_as_plain_text(qtbot, data_root, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    src = tmp_path / "src"
    (src / "photos" / "toast-tongs").mkdir(parents=True)
    shutil.copy(FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml", src)
    (src / "photos" / "toast-tongs" / "1.jpg").write_bytes(jpeg_with_gps())
    pack_file = tmp_path / "hacks.cmpack"
    create_pack(src, pack_file, name="Hacks <3 &amp; more", publisher="Makers")
    window = demo_window(qtbot)
    box = window.settings_page.packs
    asked: list[str] = []

    def answer(dialog: QMessageBox) -> None:
        assert dialog.textFormat() == Qt.TextFormat.PlainText
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    when_modal(answer)
    with qtbot.waitSignal(box.finished, timeout=20_000) as outcome:
        box.review(pack_file)
    assert outcome.args == [False] and box.status.text() == "Nothing was imported."
    assert "“Hacks <3 &amp; more” by Makers: 1 idea and 1 photo, not signed" in asked[0]
    assert box.packs.count() == 0
    window.context.close_vault()


def test_the_app_and_the_command_line_treat_an_unsigned_pack_alike(
    qtbot, data_root, tmp_path, run_cli
):
    from PySide6.QtWidgets import QMessageBox

    from carematch.app.pack_import import SIGNATURE_WORDS

    pack_file = hacks_pack(tmp_path)
    cli = run_cli("pack", "import", str(pack_file))
    assert cli.returncode == 1 and "Nothing" not in cli.stdout
    caution = cli.stderr.split("carematch: ", 1)[-1].split(" To import it anyway")[0].strip()
    assert SIGNATURE_WORDS["unsigned"] in caution
    window = demo_window(qtbot)
    box = window.settings_page.packs
    asked: list[str] = []

    def say_no(dialog: QMessageBox) -> None:
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.No).click()

    when_modal(say_no)
    with qtbot.waitSignal(box.finished, timeout=20_000) as outcome:
        box.review(pack_file)
    assert outcome.args == [False]
    assert caution in asked[0]  # the same words in both
    assert box.packs.count() == 0 and run_cli("pack", "list").stdout.count("Hacks") == 0
    window.context.close_vault()
