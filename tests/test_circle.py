"""The circle of support (issue 21): invite → reply → notes → review and accept → summary back,
between two data roots through the real command line; and every hostile file refused with
nothing written."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from carematch.app import circle
from carematch.app.circle_inbox import decide, waiting, write_summary
from carematch.app.session import VaultSession
from carematch.circle import crypto
from carematch.circle.files import MAX_FILE_BYTES, CircleFileError
from carematch.circle.models import (
    CircleIdentity,
    GoalNote,
    InboxItem,
    SeenFile,
    Supported,
    Supporter,
)
from carematch.journal.models import Adaptation, CheckIn, Shortlisted

from .conftest import ROOT

COUNTED = (
    InboxItem, SeenFile, Supporter, Supported, GoalNote, CheckIn, Adaptation, Shortlisted,
    CircleIdentity,
)  # fmt: skip


def counts(journal) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with journal.vault.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in COUNTED}


# --- two people, two data roots, the real command line ---------------------------------------
def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "carematch", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CAREMATCH_HOME": str(home)},
        cwd=ROOT,
        timeout=120,
    )


def ok(home: Path, *args: str) -> str:
    done = cli(home, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def opened(home: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> VaultSession:
    """A vault in one of the two data roots, opened in this process."""
    monkeypatch.setenv("CAREMATCH_HOME", str(home))
    session = VaultSession()
    session.open(name)
    return session


def test_invite_reply_notes_decide_and_summary_between_two_data_roots(tmp_path, monkeypatch):
    person, helper = tmp_path / "person", tmp_path / "supporter"
    ok(person, "vault", "create", "Ann", "--no-passphrase")
    ok(helper, "vault", "create", "Sam's journal", "--no-passphrase")
    with opened(person, "Ann", monkeypatch) as session:
        tea = session.journal_or_fail.add_goal("Make a cup of tea on my own again")
    invite, reply = tmp_path / "invite.cmcircle", tmp_path / "reply.cmcircle"
    said = ok(person, "circle", "invite", "--vault", "Ann", "--supporter", "Sam",
              "--relationship", "son", "--me", "Mum", "--out", str(invite))  # fmt: skip
    person_code = said.split("together: ")[1].strip()
    joined = ok(helper, "circle", "accept", str(invite), "--vault", "Sam's journal", "--me",
                "Sam", "--out", str(reply))  # fmt: skip
    assert f"theirs is {person_code}" in joined  # the same code on both computers
    helper_code = joined.split("yours is ")[1].strip().rstrip(".")
    assert helper_code in ok(person, "circle", "import", str(reply), "--vault", "Ann")
    assert "active" in ok(person, "circle", "list", "--vault", "Ann")

    # the person chooses what Sam may see, and sends it
    ok(person, "circle", "share", "--vault", "Ann", "--supporter", "1", "--shares", "summary",
       "--goal", str(tea.id))  # fmt: skip
    summary = tmp_path / "summary.cmcircle"
    ok(person, "circle", "summary", "--vault", "Ann", "--supporter", "1", "--out", str(summary))
    assert "Make a cup of tea" not in summary.read_text()  # sealed: unreadable on the way
    ok(helper, "circle", "import", str(summary), "--vault", "Sam's journal")
    (shown,) = json.loads(ok(helper, "circle", "show", "--vault", "Sam's journal", "--json"))
    assert shown["person"] == "Mum" and shown["goals"][0]["text"].startswith("Make a cup")
    assert shown["goals"][0]["checkins"] == []  # a summary, not the check-ins

    # Sam sends notes about that goal; nothing enters the journal until the person decides
    notes = tmp_path / "notes.cmcircle"
    ok(helper, "circle", "notes", "--vault", "Sam's journal", "--to", "1",
       "--goal", shown["goals"][0]["uid"], "--note", "Mum made her own tea twice this week",
       "--checkin", "7/8/2026-12-01", "--idea", "kettle-tipper", "--out", str(notes))  # fmt: skip
    assert "3 item(s) from Sam" in ok(person, "circle", "import", str(notes), "--vault", "Ann")
    inbox = json.loads(ok(person, "circle", "inbox", "--vault", "Ann", "--json"))
    assert [i["kind"] for i in inbox] == ["note", "idea", "checkin"]
    assert all(i["goal"] == tea.id for i in inbox)
    with opened(person, "Ann", monkeypatch) as session:
        assert session.journal_or_fail.checkins(tea.id) == []  # nothing unreviewed
    ok(person, "circle", "decide", str(inbox[0]["item"]), "accept", "--vault", "Ann")
    ok(person, "circle", "decide", str(inbox[1]["item"]), "decline", "--vault", "Ann")
    ok(person, "circle", "decide", str(inbox[2]["item"]), "accept", "--vault", "Ann",
       "--text", "Sam saw me do it")  # fmt: skip
    with opened(person, "Ann", monkeypatch) as session:
        journal = session.journal_or_fail
        (checkin,) = journal.checkins(tea.id)
        assert (checkin.performance, checkin.author, checkin.note) == (7, "Sam", "Sam saw me do it")
        with journal.vault.session() as s:
            note = s.scalar(select(GoalNote))
            assert note is not None and note.author == "Sam" and "twice" in note.text
        assert journal.shortlist() == []  # the declined idea went nowhere
    again = cli(person, "circle", "import", str(notes), "--vault", "Ann")
    assert again.returncode == 2 and "already taken in" in again.stderr  # replay refused

    ok(person, "circle", "revoke", "--vault", "Ann", "--supporter", "1")
    later = tmp_path / "later.cmcircle"
    ok(helper, "circle", "notes", "--vault", "Sam's journal", "--to", "1", "--note", "hi",
       "--out", str(later))  # fmt: skip
    refused = cli(person, "circle", "import", str(later), "--vault", "Ann")
    assert refused.returncode == 2 and "removed from your circle" in refused.stderr


# --- hostile files, each refused with nothing written ---------------------------------------
@pytest.fixture
def pair(tmp_path):  # type: ignore[no-untyped-def]
    """Ann's journal with Sam in her circle, and Sam's journal, both open."""
    with VaultSession() as a, VaultSession() as b:
        a.create("Ann", None)
        b.create("Sam", None)
        ann, sam = a.journal_or_fail, b.journal_or_fail
        goal = ann.add_goal("Get to the shops")
        supporter, _ = circle.invite(ann, "Sam", "friend", "Ann", tmp_path / "i.cmcircle")
        circle.accept_invite(sam, tmp_path / "i.cmcircle", "Sam", tmp_path / "r.cmcircle")
        circle.take_in(ann, tmp_path / "r.cmcircle")
        yield ann, sam, goal, supporter, tmp_path


def _notes(sam, folder: Path, text: str = "She walked there herself") -> Path:  # type: ignore[no-untyped-def]
    out = folder / f"n-{os.urandom(4).hex()}.cmcircle"
    circle.write_notes(sam, 1, [{"type": "note", "text": text}], out)
    return out


def _refused(journal, path: Path, why: str) -> None:  # type: ignore[no-untyped-def]
    before = counts(journal)
    with pytest.raises(CircleFileError, match=why):
        circle.take_in(journal, path)
    assert counts(journal) == before


def test_a_changed_file_is_refused(pair):
    ann, sam, _goal, _s, folder = pair
    path = _notes(sam, folder)
    raw = json.loads(path.read_text())
    body = bytearray(base64.b64decode(raw["body"]))
    body[5] ^= 1
    raw["body"] = base64.b64encode(bytes(body)).decode()
    path.write_text(json.dumps(raw))
    _refused(ann, path, "changed")
    raw = json.loads(_notes(sam, folder).read_text())
    raw["created"] = "2020-01-01T00:00:00+00:00"  # a header moved: the signature says so
    path.write_text(json.dumps(raw))
    _refused(ann, path, "changed")


def test_the_same_file_twice_is_refused(pair):
    ann, sam, _goal, _s, folder = pair
    path = _notes(sam, folder)
    circle.take_in(ann, path)
    _refused(ann, path, "already taken in")


def test_a_revoked_supporter_is_refused(pair):
    ann, sam, _goal, supporter, folder = pair
    circle.revoke(ann, supporter.id)
    _refused(ann, _notes(sam, folder), "removed from your circle")


def test_a_file_for_someone_else_is_refused(pair):
    _ann, sam, _goal, _s, folder = pair
    with VaultSession() as c:
        c.create("Cath", None)
        _refused(c.journal_or_fail, _notes(sam, folder), "someone else's")


def test_a_file_from_a_stranger_is_refused(pair):
    ann, _sam, _goal, _s, folder = pair
    stranger = crypto.Identity.generate()
    to, ann_keys = circle.me(ann)
    header = circle._header("notes", "f" * 32, to)
    path = folder / "stranger.cmcircle"
    path.write_text(json.dumps(crypto.seal(stranger, ann_keys.public, header, b'{"items":[]}')))
    _refused(ann, path, "not from anyone in your circle")


def test_an_oversize_file_is_refused_before_it_is_read(pair):
    ann, sam, _goal, _s, folder = pair
    raw = json.loads(_notes(sam, folder).read_text())
    raw["padding"] = "x" * MAX_FILE_BYTES
    path = folder / "big.cmcircle"
    path.write_text(json.dumps(raw))
    _refused(ann, path, "too big")


def test_what_a_notes_file_may_carry_is_checked_after_opening(pair):
    ann, sam, _goal, _s, folder = pair
    circle_id, identity = circle.me(sam)
    to = circle.me(ann)[0]
    keys = circle.me(ann)[1].public
    for payload in (
        {"items": [{"type": "note", "text": "hi", "script": "<b>x</b>"}]},  # an extra field
        {"items": [{"type": "vault", "text": "everything"}]},  # nothing else can be carried
        {"items": [{"type": "note", "text": "x" * 2001}]},  # too long
        {"items": []},
    ):
        path = folder / f"bad-{os.urandom(3).hex()}.cmcircle"
        sealed = crypto.seal(
            identity, keys, circle._header("notes", circle_id, to), json.dumps(payload).encode()
        )
        path.write_text(json.dumps(sealed))
        _refused(ann, path, "not valid")


def test_a_link_an_invite_and_a_reused_invite_are_refused(pair):
    ann, sam, _goal, _s, folder = pair
    target = _notes(sam, folder)
    link = folder / "link.cmcircle"
    link.symlink_to(target)
    _refused(ann, link, "not a plain file")
    _refused(ann, folder / "i.cmcircle", "This is an invite")
    with VaultSession() as d:
        d.create("Dan", None)
        circle.accept_invite(
            d.journal_or_fail, folder / "i.cmcircle", "Dan", folder / "r2.cmcircle"
        )
    _refused(ann, folder / "r2.cmcircle", "already used")


def test_accepted_items_keep_their_author_and_can_be_edited_or_declined(pair):
    ann, sam, goal, _s, folder = pair
    out = folder / "n.cmcircle"
    circle.write_notes(
        sam,
        1,
        [
            {"type": "note", "text": "Went to the shop with a trolley"},
            {"type": "checkin", "on": "2026-12-01", "performance": 6, "satisfaction": 9},
            {"type": "idea", "title": "Hook on the trolley", "what": "For the bag"},
        ],
        out,
    )
    circle.take_in(ann, out)
    items = waiting(ann)
    assert [w.goal_id for w in items] == [None, None, None]  # no goal named: the person picks
    with pytest.raises(CircleFileError, match="Choose which of your goals"):
        decide(ann, items[0].id, True)
    decide(ann, items[0].id, True, goal_id=goal.id, edits={"text": "Went with a trolley"})
    with pytest.raises(CircleFileError, match=r"less than or equal"):
        decide(ann, items[1].id, True, goal_id=goal.id, edits={"performance": 11})
    decide(ann, items[1].id, True, goal_id=goal.id)
    decide(ann, items[2].id, True)
    assert waiting(ann) == []
    assert [a.author for a in ann.adaptations()] == ["Sam"]
    assert ann.checkins(goal.id)[0].at == dt.datetime(2026, 12, 1, 12)


def test_a_summary_holds_only_what_was_chosen(pair):
    ann, sam, goal, supporter, folder = pair
    hidden = ann.add_goal("Something private")
    ann.add_checkin(goal.id, performance=4, satisfaction=5)
    ann.add_checkin(hidden.id, performance=2, satisfaction=2)
    with pytest.raises(CircleFileError, match="choose goals first"):
        write_summary(ann, supporter.id, folder / "s.cmcircle")
    circle.set_sharing(ann, supporter.id, "checkins", [goal.id])
    write_summary(ann, supporter.id, folder / "s.cmcircle")
    circle.take_in(sam, folder / "s.cmcircle")
    (person,) = circle.people(sam)
    summary = circle.summary_of(person)
    assert summary is not None and [g.text for g in summary.goals] == ["Get to the shops"]
    assert [c.performance for c in summary.goals[0].checkins] == [4]
    assert "private" not in person.summary


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=8), inner, max_size=4)
            ),
            max_leaves=20,
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_the_reader_refuses_anything_it_cannot_trust_and_never_crashes(pair, data):
    ann, _sam, _goal, _s, folder = pair
    path = folder / "fuzz.cmcircle"
    path.write_bytes(data)
    before = counts(ann)
    with pytest.raises(CircleFileError):
        circle.take_in(ann, path)
    assert counts(ann) == before


# --- the person's side in the app, by keyboard -----------------------------------------------
def test_the_person_runs_their_circle_from_the_app_by_keyboard(qtbot, data_root, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from carematch.gui.dialogs.circle_dialog import CircleDialog, InviteDialog, ShareDialog

    from .gui_helpers import demo_window, raise_modal_failures, through_modal
    from .test_gui_action_journeys import (
        alt,
        choose,
        click,
        go_to,
        open_file,
        save_file_as,
    )

    window = demo_window(qtbot)
    journal = window.context.journal
    tea = journal.list_goals()[0]
    go_to(qtbot, window, 2)
    invite, reply, notes = (tmp_path / f"{n}.cmcircle" for n in ("invite", "reply", "notes"))
    summary = tmp_path / "summary.cmcircle"

    def type_into(dialog: QWidget, field: QWidget, text: str) -> None:
        field.setFocus()
        qtbot.keyClicks(field, text)

    def fill_invite(dialog: QWidget) -> None:
        assert isinstance(dialog, InviteDialog)
        type_into(dialog, dialog.name, "Sam")
        type_into(dialog, dialog.relationship, "son")
        type_into(dialog, dialog.me, "Mum")
        through_modal(
            qtbot, QFileDialog, save_file_as(qtbot, invite), lambda: alt(qtbot, dialog, "S")
        )

    def supporter_replies() -> None:
        with VaultSession() as sam:
            sam.create("Sam", None)
            circle.accept_invite(sam.journal_or_fail, invite, "Sam", reply)

    def supporter_sends_notes() -> None:
        with VaultSession() as sam:
            sam.open("Sam")
            circle.write_notes(
                sam.journal_or_fail,
                1,
                [
                    {"type": "note", "goal": tea.uid, "text": "Made tea twice"},
                    {
                        "type": "checkin",
                        "goal": tea.uid,
                        "on": "2026-12-02",
                        "performance": 7,
                        "satisfaction": 8,
                    },
                ],
                notes,
            )

    def run_circle(dialog: QWidget) -> None:
        assert isinstance(dialog, CircleDialog)
        through_modal(qtbot, InviteDialog, fill_invite, lambda: alt(qtbot, dialog, "I"))
        assert "Saved the invite for Sam" in dialog.status.text() and invite.exists()
        supporter_replies()
        through_modal(qtbot, QFileDialog, open_file(qtbot, reply), lambda: alt(qtbot, dialog, "T"))
        assert "Sam has joined your circle" in dialog.status.text()
        supporter_sends_notes()
        through_modal(qtbot, QFileDialog, open_file(qtbot, notes), lambda: alt(qtbot, dialog, "T"))
        assert "2 item(s) from Sam" in dialog.status.text() and dialog.inbox.count() == 2
        dialog.text.setFocus()
        qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.text, "Made her own tea twice")  # the person's own edit
        alt(qtbot, dialog, "A")
        qtbot.waitUntil(lambda: "Added Sam's note" in dialog.status.text())
        alt(qtbot, dialog, "D")  # the check-in: declined
        qtbot.waitUntil(lambda: "Declined" in dialog.status.text())

        def share(box: QWidget) -> None:
            assert isinstance(box, ShareDialog)
            choose(qtbot, box.shares, "summary")
            click(qtbot, box.goals[0][0])
            qtbot.keyClick(box.ok, Qt.Key.Key_Return)

        through_modal(qtbot, ShareDialog, share, lambda: alt(qtbot, dialog, "E"))
        through_modal(
            qtbot, QFileDialog, save_file_as(qtbot, summary), lambda: alt(qtbot, dialog, "U")
        )
        assert "Wrote a summary of 1 goal(s) for Sam" in dialog.status.text()

        def yes(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)

        through_modal(qtbot, QMessageBox, yes, lambda: alt(qtbot, dialog, "R"))
        assert "no longer in your circle" in dialog.status.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    through_modal(qtbot, CircleDialog, run_circle, lambda: alt(qtbot, window, "P"))
    raise_modal_failures()
    with journal.vault.session() as s:
        (note,) = s.scalars(select(GoalNote))
        assert (note.text, note.author) == ("Made her own tea twice", "Sam")
    assert all(c.author == "" for c in journal.checkins(tea.id))  # the declined one never came
    assert "Note from Sam: Made her own tea twice" in window.goals_page.timeline.toPlainText()


def test_cancel_in_the_circle_writes_nothing_and_close_closes(qtbot, data_root, tmp_path):
    from carematch.gui.dialogs.circle_dialog import CircleDialog, InviteDialog, ShareDialog

    from .gui_helpers import demo_window
    from .test_gui_action_journeys import click, go_to, press_cancel, through_dialog

    window = demo_window(qtbot)
    journal = window.context.journal
    with VaultSession() as sam:
        sam.create("Sam", None)
        circle.invite(journal, "Sam", "son", "Mum", tmp_path / "i.cmcircle")
        circle.accept_invite(sam.journal_or_fail, tmp_path / "i.cmcircle", "Sam", tmp_path / "r")
    circle.take_in(journal, tmp_path / "r")
    before = counts(journal), [(s.shares, s.shared_goals) for s in circle.supporters(journal)]
    go_to(qtbot, window, 2)

    def look_then_cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CircleDialog)
        assert "Sam (son): in your circle" in dialog.people.item(0).text()
        through_dialog(
            qtbot, press_cancel(qtbot, InviteDialog), lambda: click(qtbot, dialog.invite_button)
        )

        def tick_then_cancel(box) -> None:  # type: ignore[no-untyped-def]
            assert isinstance(box, ShareDialog)
            click(qtbot, box.goals[1][0])
            click(qtbot, box.cancel)

        through_dialog(qtbot, tick_then_cancel, lambda: click(qtbot, dialog.share_button))
        click(qtbot, dialog.close_button)

    through_dialog(qtbot, look_then_cancel, lambda: click(qtbot, window.goals_page.circle_button))
    after = counts(journal), [(s.shares, s.shared_goals) for s in circle.supporters(journal)]
    assert after == before


def test_whose_words_travel_in_an_export_and_show_in_a_report(pair, data_root):
    from carematch.journal.archive import export_vault, import_export
    from carematch.reports.html_report import ReportOptions, build_html
    from carematch.reports.writer import collect

    ann, sam, goal, _s, folder = pair
    out = folder / "n.cmcircle"
    circle.write_notes(
        sam,
        1,
        [
            {"type": "note", "text": "Walked there <b>herself</b>"},
            {"type": "checkin", "on": "2026-12-01", "performance": 6, "satisfaction": 7},
        ],
        out,
    )
    circle.take_in(ann, out)
    for item in waiting(ann):
        decide(ann, item.id, True, goal_id=goal.id)
    html = build_html(collect(ann, [goal.id]), ReportOptions(include_notes=True))
    assert "From Sam: Walked there &lt;b&gt;herself&lt;/b&gt;" in html
    assert "<td>From Sam</td>" in html  # the check-in's note says whose it is
    plain = build_html(collect(ann, [goal.id]), ReportOptions())
    assert "01 Dec 2026 (from Sam)" in plain and "herself" not in plain
    export_vault(ann.vault, folder / "all.zip")
    vault, _code, counts_in = import_export(folder / "all.zip", "Copy")
    assert counts_in["goal_notes"] == 1
    with vault:
        from carematch.journal.service import Journal

        copy = Journal(vault)
        assert [c.author for c in copy.checkins(goal.id)] == ["Sam"]


def test_the_supporter_joins_reads_and_writes_notes_in_the_app(qtbot, data_root, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from carematch.gui.dialogs.circle_dialog import CircleDialog
    from carematch.gui.dialogs.supporting_dialog import NotesDialog, SupportingDialog

    from .gui_helpers import demo_window, through_modal, when_modal
    from .test_gui_action_journeys import alt, click, go_to, open_file, save_file_as

    with VaultSession() as ann:
        ann.create("Ann", None)
        person = ann.journal_or_fail
        tea = person.add_goal("Make a cup of tea on my own again")
        supporter, code = circle.invite(person, "Sam", "son", "Mum", tmp_path / "i.cmcircle")
    window = demo_window(qtbot, name="Sam")
    go_to(qtbot, window, 2)
    reply, summary, notes = (tmp_path / f"{n}.cmcircle" for n in ("r", "s", "n"))

    def open_then_save(dialog: QWidget) -> None:  # the invite, then where the reply goes
        when_modal(save_file_as(qtbot, reply), kind=QFileDialog, delay=400)
        open_file(qtbot, tmp_path / "i.cmcircle")(dialog)

    def notes_form(form: QWidget) -> None:
        assert isinstance(form, NotesDialog) and form.goal.count() == 2  # a shared goal
        form.goal.setCurrentIndex(1)
        form.note.setFocus()
        qtbot.keyClicks(form.note, "Mum made her own tea twice")
        click(qtbot, form.seen)
        through_modal(qtbot, QFileDialog, save_file_as(qtbot, notes), lambda: alt(qtbot, form, "S"))

    def supporting(dialog: QWidget) -> None:
        assert isinstance(dialog, SupportingDialog)
        through_modal(qtbot, QFileDialog, open_then_save, lambda: alt(qtbot, dialog, "J"))
        qtbot.waitUntil(lambda: "You joined Mum's circle" in dialog.status.text())
        assert f"theirs is {code}" in dialog.status.text()
        with VaultSession() as ann:  # meanwhile, on Mum's computer
            ann.open("Ann")
            circle.take_in(ann.journal_or_fail, reply)
            circle.set_sharing(ann.journal_or_fail, supporter.id, "summary", [tea.id])
            write_summary(ann.journal_or_fail, supporter.id, summary)
        through_modal(
            qtbot, QFileDialog, open_file(qtbot, summary), lambda: alt(qtbot, dialog, "T")
        )
        assert "Make a cup of tea" in dialog.summary.toPlainText()
        through_modal(
            qtbot,
            NotesDialog,
            lambda f: click(qtbot, f.cancel),
            lambda: click(qtbot, dialog.notes_button),
        )
        assert not notes.exists()  # cancelled: nothing written
        through_modal(qtbot, NotesDialog, notes_form, lambda: alt(qtbot, dialog, "W"))
        assert "Saved 2 items" in dialog.status.text()
        click(qtbot, dialog.close_button)

    def circle_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, CircleDialog)
        through_modal(qtbot, SupportingDialog, supporting, lambda: alt(qtbot, dialog, "P"))
        click(qtbot, dialog.close_button)

    through_modal(qtbot, CircleDialog, circle_dialog, lambda: alt(qtbot, window, "P"))
    with VaultSession() as ann:
        ann.open("Ann")
        circle.take_in(ann.journal_or_fail, notes)
        items = waiting(ann.journal_or_fail)
    assert [(w.kind, w.author, w.goal_id) for w in items] == [
        ("note", "Sam", tea.id),
        ("checkin", "Sam", tea.id),
    ]


def test_hide_now_with_the_circle_open_closes_it_cleanly(qtbot, data_root, tmp_path):
    from PySide6.QtWidgets import QApplication

    from carematch.gui.dialogs.circle_dialog import CircleDialog

    from .gui_helpers import demo_window
    from .test_gui_action_journeys import click, go_to, through_dialog

    window = demo_window(qtbot)
    circle.invite(window.context.journal, "Sam", "son", "Mum", tmp_path / "i.cmcircle")
    go_to(qtbot, window, 2)

    gone: list[bool] = []

    def hide(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CircleDialog) and dialog.people.count() == 1
        dialog.destroyed.connect(lambda: gone.append(True))
        qtbot.keyClick(dialog.people, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    with qtbot.capture_exceptions() as problems:
        through_dialog(qtbot, hide, lambda: click(qtbot, window.goals_page.circle_button))
        qtbot.waitUntil(window.is_locked)
        qtbot.waitUntil(lambda: bool(gone))  # torn down after the vault closed: no reading it
    assert problems == []
    assert not any(isinstance(w, CircleDialog) for w in QApplication.topLevelWidgets())


def test_names_in_any_script_and_without_hidden_direction_marks(tmp_path):
    with VaultSession() as a:
        a.create("Сара", None)
        supporter, _ = circle.invite(
            a.journal_or_fail, "سام\u202e evil", "ابن\u2066", "Сара", tmp_path / "i.cmcircle"
        )
        assert (supporter.name, supporter.relationship) == ("سام evil", "ابن")
        raw = json.loads((tmp_path / "i.cmcircle").read_text(encoding="utf-8"))
        assert raw["supporter"] == "سام evil" and raw["person"] == "Сара"
