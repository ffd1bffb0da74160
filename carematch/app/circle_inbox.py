"""The person decides on each item a supporter sent (accept, edit or decline: nothing enters
the journal unreviewed, and what is accepted keeps whose words it is), and sends a summary
back to a supporter, holding only what the person chose to share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import select

from carematch.app.circle import _header, _write, me, my_name
from carematch.circle import files
from carematch.circle.crypto import PublicKeys, seal
from carematch.circle.files import CircleFileError
from carematch.circle.models import GoalNote, InboxItem, Supporter
from carematch.journal.models import Adaptation, CheckIn, Goal, Shortlisted

if TYPE_CHECKING:
    from carematch.journal.service import Journal

KIND_MODELS: dict[str, type[Any]] = {
    "note": files.NoteItem,
    "idea": files.IdeaItem,
    "checkin": files.CheckInItem,
}
EDITABLE = {"text", "note", "performance", "satisfaction", "title", "what", "steps"}


@dataclass(frozen=True)
class Waiting:
    """One item waiting for the person's decision, said plainly."""

    id: int
    author: str
    written: dt.datetime
    kind: str
    item: Any
    goal_id: int | None  # the goal it names, when that goal is in this journal

    def sentence(self) -> str:
        i = self.item
        if self.kind == "note":
            return f"A note from {self.author}: “{i.text}”"
        if self.kind == "checkin":
            said = f" “{i.note}”" if i.note else ""
            return (
                f"From {self.author}, on {i.on:%d %B}: how well {i.performance}/10, how happy "
                f"{i.satisfaction}/10.{said}"
            )
        what = i.entry_id or i.title
        return f"{self.author} suggests an idea: {what}." + (f" {i.what}" if i.what else "")


def waiting(journal: Journal) -> list[Waiting]:
    with journal.vault.session() as s:
        rows = s.execute(
            select(InboxItem, Supporter.name)
            .join(Supporter, Supporter.id == InboxItem.supporter_id)
            .where(InboxItem.status == "pending")
            .order_by(InboxItem.id)
        ).all()
        goals = {g.uid: g.id for g in s.scalars(select(Goal).where(Goal.deleted_at.is_(None)))}
    found = []
    for row, author in rows:
        item = KIND_MODELS[row.kind].model_validate_json(row.item)
        found.append(Waiting(row.id, author, row.written_at, row.kind, item, goals.get(item.goal)))
    return found


def decide(
    journal: Journal,
    item_id: int,
    accept: bool,
    *,
    goal_id: int | None = None,
    edits: dict[str, Any] | None = None,
) -> str:
    """Accept (perhaps edited, on a goal the person picks) or decline one waiting item."""
    with journal.vault.session() as s:
        row = s.get(InboxItem, item_id)
        if row is None or row.status != "pending":
            raise CircleFileError(f"There is no item number {item_id} waiting.")
        author = s.get(Supporter, row.supporter_id)
        assert author is not None
        if not accept:
            row.status = "declined"
            return f"Declined the item from {author.name}. Nothing was added."
        model = KIND_MODELS[row.kind]
        fields = model.model_validate_json(row.item).model_dump()
        for key, value in (edits or {}).items():
            if key not in EDITABLE or key not in fields:
                raise CircleFileError(f"That {row.kind} has nothing called '{key}' to change.")
            fields[key] = value
        try:
            item = model.model_validate(fields, strict=False)
        except ValidationError as exc:
            raise CircleFileError(f"That cannot be kept as it is ({_problem(exc)}).") from None
        goal = s.get(Goal, goal_id) if goal_id is not None else None
        if goal is None and item.goal:
            goal = s.scalar(select(Goal).filter_by(uid=item.goal))
        if goal is None or goal.deleted_at is not None:
            if row.kind != "idea":
                raise CircleFileError("Choose which of your goals this is about.")
            goal = None
        said = _accept(s, row.kind, item, author.name, goal, row.written_at)
        row.status = "accepted"
    journal.changed()
    return said


def _problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


def _accept(
    s: Any, kind: str, item: Any, author: str, goal: Goal | None, written: dt.datetime
) -> str:
    if kind == "note":
        assert goal is not None
        s.add(GoalNote(goal_id=goal.id, text=item.text, author=author, at=written))
        return f"Added {author}'s note to “{goal.text}”."
    if kind == "checkin":
        assert goal is not None
        s.add(
            CheckIn(
                goal_id=goal.id,
                at=dt.datetime.combine(item.on, dt.time(12)),
                performance=item.performance,
                satisfaction=item.satisfaction,
                note=item.note,
                author=author,
            )
        )
        return f"Added {author}'s check-in to “{goal.text}”, marked as theirs."
    if item.entry_id:
        if s.get(Shortlisted, item.entry_id) is None:
            s.add(Shortlisted(entry_id=item.entry_id, note=f"Suggested by {author}. {item.what}"))
        return f"Added {author}'s idea to your shortlist."
    if not item.title:
        raise CircleFileError("The idea has no name: give it one to keep it.")
    s.add(Adaptation(title=item.title, what=item.what, steps=item.steps, author=author))
    return f"Added “{item.title}” to your adaptations, as {author}'s idea."


def write_summary(journal: Journal, supporter_id: int, out: Path) -> str:
    """What this supporter may see, sealed to them: nothing else leaves."""
    from carematch.evidence.goal_evidence import gather
    from carematch.evidence.wins import goal_wins

    circle_id, identity = me(journal)
    with journal.vault.session() as s:
        supporter = s.get(Supporter, supporter_id)
        if supporter is None or supporter.status != "active":
            raise CircleFileError("That supporter is not in your circle.")
        if supporter.shares == "nothing" or not supporter.shared_goals:
            raise CircleFileError(
                f"You have not chosen anything for {supporter.name} to see: choose goals first."
            )
        uids = supporter.shared_goals.split()
        keys = PublicKeys(supporter.agree_public or b"", supporter.sign_public or b"")
        to, shares, name = supporter.circle_id or "", supporter.shares, supporter.name
    goals = []
    for goal in journal.list_goals():
        if goal.uid not in uids:
            continue
        evidence = gather(journal, goal)
        goals.append(
            {
                "uid": goal.uid,
                "text": goal.text,
                "summary": evidence.sentence,
                "wins": [w.sentence for w in goal_wins(evidence)],
                "tried": [
                    f"{e.experiment.title} ({e.experiment.status.value})"
                    for e in evidence.experiments
                ],
                "checkins": [
                    {
                        "on": c.at.date().isoformat(),
                        "performance": c.performance,
                        "satisfaction": c.satisfaction,
                    }
                    for c in journal.checkins(goal.id)
                ]
                if shares == "checkins"
                else [],
            }
        )
    person = my_name(journal) or journal.vault.name[:80]
    payload = files.Summary.model_validate(
        {"person": person, "shares": shares, "goals": goals}, strict=False
    )
    _write(
        out,
        seal(identity, keys, _header("summary", circle_id, to), payload.model_dump_json().encode()),
    )
    return f"Wrote a summary of {len(goals)} goal(s) for {name}, readable only by them."
