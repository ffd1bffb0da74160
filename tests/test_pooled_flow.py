"""Sharing what worked, anonymously (issue 22): contribute from a real vault, pool a folder into
a signed evidence pack, import it and see the evidence beside ideas, on the command line and
through the workflows the app calls. Privacy: a marker scan over a vault full of personal
details, a strict schema fuzzed, and the k >= 10 threshold enforced again when a pack is read."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import secrets
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlalchemy import func, select

from carematch.app import pooled
from carematch.app.catalogue import load_full_catalogue
from carematch.app.session import VaultSession
from carematch.journal.demo import fill_demo
from carematch.journal.enums import ExperimentStatus
from carematch.pooled.contribution import Contribution, build
from carematch.pooled.models import PooledAnswer, PooledIdentity

LEEDS = "Leeds Enablement Panel 2026"


def others(folder: Path, n: int, entry: str = "kettle-tipper", kept: float = 0.9) -> None:
    """n other people's contributions about one idea, kept by about `kept` of them."""
    rng = random.Random(n)
    folder.mkdir(parents=True, exist_ok=True)
    for person in range(n):
        status = ExperimentStatus.KEPT if rng.random() < kept else ExperimentStatus.STOPPED
        start = dt.date(2026, 6, 1)
        made = build(
            [(entry, "kitchen-and-eating", status, 2.5, start, dt.date(2026, 8, 1))],
            secrets.token_hex(16),
            dt.date(2026, 11, 1),
            rng,
        )
        (folder / f"other-{person}.json").write_text(made.model_dump_json())


def demo_session(name: str = "Demo") -> VaultSession:
    session = VaultSession()
    session.create(name, None)
    fill_demo(session.journal_or_fail, today=dt.date(2026, 11, 20))
    return session


def pooled_rows(session: VaultSession) -> tuple[int, int]:
    with session.journal_or_fail.vault.session() as s:
        return (
            s.scalar(select(func.count()).select_from(PooledIdentity)) or 0,
            s.scalar(select(func.count()).select_from(PooledAnswer)) or 0,
        )


def test_contribute_pool_import_and_see_it_on_the_command_line(run_cli, data_root, tmp_path):
    assert run_cli("demo").returncode == 0
    listed = run_cli("contribute", "--vault", "Demo", "--list")
    assert listed.returncode == 0 and "Kettle tipper (kept)" in listed.stdout
    folder = tmp_path / "collected"
    folder.mkdir()
    mine = folder / "mine.json"
    seen = run_cli("contribute", "--vault", "Demo", "--out", str(mine))  # not a terminal: no
    assert seen.returncode == 0 and "changed at random" in seen.stdout
    assert "Nothing was saved" in seen.stderr and not mine.exists()
    saved = run_cli("contribute", "--vault", "Demo", "--out", str(mine), "--yes")
    assert saved.returncode == 0, saved.stderr
    assert seen.stdout == saved.stdout  # what was shown is exactly what was saved
    assert Contribution.model_validate_json(mine.read_bytes()).answers
    others(folder, 30)
    key = tmp_path / "leeds.pem"
    assert run_cli("pack", "keygen", "--out", str(key)).returncode == 0
    pack = tmp_path / "leeds.cmpack"
    made = run_cli(
        "evidence", "pool", str(folder), "--name", LEEDS, "--sign", str(key), "--out", str(pack)
    )
    assert made.returncode == 0, made.stderr
    assert "Pooled 31 files from 31 people" in made.stdout and "signed" in made.stdout
    assert run_cli("pack", "trust", str(key.with_suffix(".pub")), "--name", "Leeds").returncode == 0
    verify = run_cli("pack", "verify", str(pack))
    assert "what worked for others on 1 idea (pooled from 31 people" in verify.stdout
    assert run_cli("pack", "import", str(pack)).returncode == 0
    found = json.loads(run_cli("match", "make a brew", "--json", "--limit", "5").stdout)
    tipper = next(r for r in found["results"] if r["id"] == "kettle-tipper")
    (line,) = tipper["what_worked_for_others"]
    assert line.startswith(f"{LEEDS}: about ") and "of 31 people who tried it kept it" in line
    assert "most people who tried it kept it" in tipper["why"][0]
    plain = json.loads(
        run_cli("match", "make a brew", "--json", "--limit", "5", "--no-evidence").stdout
    )
    assert all("most people" not in r["why"][0] for r in plain["results"])
    compared = run_cli("compare", "kettle-tipper", "one-cup-hot-water-dispenser")
    assert "What worked for others" in compared.stdout and LEEDS in compared.stdout


def test_a_pool_with_no_idea_tried_by_ten_people_writes_nothing(run_cli, tmp_path):
    others(tmp_path / "few", 9)
    out = tmp_path / "few.cmpack"
    done = run_cli("evidence", "pool", str(tmp_path / "few"), "--name", "X", "--out", str(out))
    assert done.returncode == 1 and "No idea was tried by 10 or more people" in done.stderr
    assert not out.exists()


def test_sharing_again_reuses_the_same_randomised_answers_and_id(data_root, tmp_path):
    with demo_session() as session:
        journal, catalogue = session.journal_or_fail, load_full_catalogue()
        found = pooled.shareable(journal, catalogue)
        assert found and all(f.truth[0] in ("kept", "stopped") for f in found)
        assert pooled_rows(session) == (0, 0)
        first = pooled.draft(journal, found, rng=random.Random(1))
        assert pooled_rows(session) == (1, len(found))  # drawn once and kept
        pooled.share(first, None, tmp_path / "one")
        again = pooled.draft(journal, found, rng=random.Random(99))  # other dice, same answers
        assert again.contribution() == first.contribution()
        pooled.share(again, None, tmp_path / "two.json")
        assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_ideas_only_in_my_own_entries_never_go_in(data_root):
    from carematch.community.packs import my_entries_dir

    from .conftest import FIXTURES

    tongs = (FIXTURES / "good_catalogue/entries/extra/toast-tongs.toml").read_text()
    mine = my_entries_dir() / "entries"
    mine.mkdir(parents=True)
    (mine / "my-secret-gadget.toml").write_text(tongs.replace("toast-tongs", "my-secret-gadget"))
    with demo_session() as session:
        journal = session.journal_or_fail
        goal = journal.list_goals()[0]
        assert "my-secret-gadget" in load_full_catalogue().entries
        journal.add_experiment(
            goal.id,
            "My secret gadget",
            entry_id="my-secret-gadget",
            start_date=dt.date(2026, 10, 1),
            end_date=dt.date(2026, 11, 1),
            status=ExperimentStatus.KEPT,
        )
        found = pooled.shareable(journal, load_full_catalogue())
        assert found and "my-secret-gadget" not in {f.entry for f in found}


MARKERS = [
    "Featherstonehaugh",
    "LS6 2AB",
    "07700 900123",
    "MARKER-NOTE",
    "MARKER-GOAL",
    "MARKER-OUTCOME",
    "MARKER-DECISION",
    "agnes@example.org",
]


def test_a_marker_scan_over_a_personal_vault_finds_nothing_in_the_contribution(data_root, tmp_path):
    with demo_session() as session:
        journal = session.journal_or_fail
        goal = journal.add_goal(
            "MARKER-GOAL Agnes Featherstonehaugh, LS6 2AB, wants to make tea",
            why="Call 07700 900123 or agnes@example.org",
        )
        tipper = journal.add_experiment(
            goal.id,
            "Kettle tipper for Agnes Featherstonehaugh",
            entry_id="kettle-tipper",
            expectation="MARKER-NOTE LS6 2AB",
            start_date=dt.date(2026, 9, 3),
            end_date=dt.date(2026, 10, 17),
            status=ExperimentStatus.KEPT,
        )
        journal.update_experiment(
            tipper.id, outcome="MARKER-OUTCOME Featherstonehaugh", decision_note="MARKER-DECISION"
        )
        for day in range(1, 20):
            journal.add_checkin(
                goal.id,
                performance=3 + day % 5,
                satisfaction=4,
                note=f"MARKER-NOTE day {day} at LS6 2AB",
                at=dt.datetime(2026, 9, day, 9, 0),
            )
        found = pooled.shareable(journal, load_full_catalogue())
        drafted = pooled.draft(journal, found)
        out = pooled.share(drafted, None, tmp_path / "mine.json")
        vault_folder, vault_name = journal.vault.folder, "Demo"
    data = out.read_text(encoding="utf-8")
    for marker in [*MARKERS, vault_folder.name, vault_name, "2026-09", "2026-10", "2026-11"]:
        assert marker.lower() not in data.lower(), marker
    parsed = json.loads(data)
    assert set(parsed) == {
        "format",
        "version",
        "contributor",
        "quarter",
        "epsilon_per_answer",
        "epsilon_total",
        "answers",
    }
    for answer in parsed["answers"]:
        assert set(answer) == {"entry", "area", "outcome", "change", "duration"}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
        max_leaves=20,
    ),
    st.sampled_from(["contributor", "answers", "note", "quarter", "entry", "outcome"]),
)
def test_the_contribution_schema_takes_nothing_but_its_own_fields(junk, field):
    good = build(
        [("kettle-tipper", "kitchen", ExperimentStatus.KEPT, 2.0, None, None)],
        "b" * 32,
        dt.date(2026, 12, 1),
        random.Random(3),
    ).model_dump()
    if field in ("entry", "outcome"):
        good["answers"][0][field] = junk
    else:
        good[field] = junk
    try:
        checked = Contribution.model_validate_json(json.dumps(good))
    except (ValidationError, ValueError):
        return
    # anything accepted is still in the narrow form: bounded, no free text
    assert len(checked.model_dump_json()) < 64 * 1024
    assert all(a.outcome in ("kept", "stopped") for a in checked.answers)


def _repacked(pack: Path, out: Path, change) -> None:  # type: ignore[no-untyped-def]
    """The pack with evidence.json changed by hand and its manifest's checksum made to match
    (so only the threshold check can catch it); the signature is dropped."""
    with zipfile.ZipFile(pack) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    evidence = json.loads(files["evidence.json"])
    change(evidence)
    files["evidence.json"] = json.dumps(evidence).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["files"]["evidence.json"] = hashlib.sha256(files["evidence.json"]).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    files.pop("signature.json", None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    out.write_bytes(buffer.getvalue())


def test_a_hand_edited_pack_under_the_threshold_is_refused_when_read(data_root, tmp_path):
    from carematch.community.packs import PackError, install_pack, read_pack

    others(tmp_path / "in", 12)
    pack = tmp_path / "pooled.cmpack"
    result = pooled.pool_to_pack(tmp_path / "in", pack, name=LEEDS)
    assert [i.contributors for i in result.ideas] == [12]
    vocab = load_full_catalogue().vocabulary
    assert read_pack(pack, vocab).evidence is not None

    def seven(evidence: dict) -> None:  # type: ignore[type-arg]
        evidence["ideas"][0]["contributors"] = 7

    def low_threshold(evidence: dict) -> None:  # type: ignore[type-arg]
        evidence["min_contributors"] = 3

    def extra(evidence: dict) -> None:  # type: ignore[type-arg]
        evidence["ideas"][0]["who"] = "Agnes"

    for change, says in (
        (seven, "comes from 7 people"),
        (low_threshold, "expected form"),
        (extra, "expected form"),
    ):
        edited = tmp_path / f"{change.__name__}.cmpack"
        _repacked(pack, edited, change)
        with pytest.raises(PackError, match=says):
            read_pack(edited, vocab)
    # installed, then edited on disk: no longer shown
    folder = install_pack(read_pack(pack, vocab))
    assert pooled.installed_evidence()["kettle-tipper"]
    shown = json.loads((folder / "evidence.json").read_text())
    shown["ideas"][0]["contributors"] = 4
    (folder / "evidence.json").write_text(json.dumps(shown))
    assert pooled.installed_evidence() == {}


def test_several_packs_are_shown_separately_never_merged(data_root, tmp_path):
    from carematch.community.packs import install_pack, read_pack

    vocab = load_full_catalogue().vocabulary
    for name, n in ((LEEDS, 20), ("Cardiff Peer Network", 14)):
        others(tmp_path / name, n)
        pooled.pool_to_pack(tmp_path / name, tmp_path / f"{n}.cmpack", name=name)
        install_pack(read_pack(tmp_path / f"{n}.cmpack", vocab))
    lines = pooled.evidence_lines("kettle-tipper", pooled.installed_evidence())
    assert len(lines) == 2
    assert any(line.startswith(f"{LEEDS}: about ") and " of 20 people" in line for line in lines)
    year = dt.date.today().year
    assert any(line.startswith(f"Cardiff Peer Network, {year}: about ") for line in lines)
    brief = pooled.evidence_brief("kettle-tipper", pooled.installed_evidence())
    assert "(and 1 more source in the details)" in brief
