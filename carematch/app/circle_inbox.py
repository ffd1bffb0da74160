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
from carematch.i18n import N_, _, ngettext
from carematch.journal.models import Adaptation, CheckIn, Goal, Shortlisted

if TYPE_CHECKING:
    from carematch.journal.service import Journal

KIND_MODELS: dict[str, type[Any]] = {
    "note": files.NoteItem,
    "idea": files.IdeaItem,
    "checkin": files.CheckInItem,
}
EDITABLE = {"text", "note", "performance", "satisfaction", "title", "what", "steps"}
NOTHING_TO_CHANGE = {  # by kind, as KIND_MODELS
    "note": N_("That note has nothing called '{key}' to change."),
    "idea": N_("That idea has nothing called '{key}' to change."),
    "checkin": N_("That checkin has nothing called '{key}' to change."),
}


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
        from carematch.reports.html_report import date_words

        i = self.item
        if self.kind == "note":
            return _("A note from {author}: “{text}”").format(author=self.author, text=i.text)
        if self.kind == "checkin":
            said = _(
                "From {author}, on {date}: how well {performance}/10, how happy {satisfaction}/10."
            ).format(
                author=self.author,
                date=date_words(i.on, "%d %B"),
                performance=i.performance,
                satisfaction=i.satisfaction,
            )
            return f"{said} “{i.note}”" if i.note else said
        said = _("{author} suggests an idea: {idea}.").format(
            author=self.author, idea=i.entry_id or i.title
        )
        return f"{said} {i.what}" if i.what else said


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
            raise CircleFileError(
                _("There is no item number {number} waiting.").format(number=item_id)
            )
        author = s.get(Supporter, row.supporter_id)
        assert author is not None
        if not accept:
            row.status = "declined"
            return _("Declined the item from {name}. Nothing was added.").format(name=author.name)
        model = KIND_MODELS[row.kind]
        fields = model.model_validate_json(row.item).model_dump()
        for key, value in (edits or {}).items():
            if key not in EDITABLE or key not in fields:
                raise CircleFileError(_(NOTHING_TO_CHANGE[row.kind]).format(key=key))
            fields[key] = value
        try:
            item = model.model_validate(fields, strict=False)
        except ValidationError as exc:
            raise CircleFileError(
                _("That cannot be kept as it is ({problem}).").format(problem=_problem(exc))
            ) from None
        goal = s.get(Goal, goal_id) if goal_id is not None else None
        if goal is None and item.goal:
            goal = s.scalar(select(Goal).filter_by(uid=item.goal))
        if goal is None or goal.deleted_at is not None:
            if row.kind != "idea":
                raise CircleFileError(_("Choose which of your goals this is about."))
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
        return _("Added {author}'s note to “{goal}”.").format(author=author, goal=goal.text)
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
        return _("Added {author}'s check-in to “{goal}”, marked as theirs.").format(
            author=author, goal=goal.text
        )
    if item.entry_id:
        if s.get(Shortlisted, item.entry_id) is None:
            note = _("Suggested by {author}. {what}").format(author=author, what=item.what)
            s.add(Shortlisted(entry_id=item.entry_id, note=note))
        return _("Added {author}'s idea to your shortlist.").format(author=author)
    if not item.title:
        raise CircleFileError(_("The idea has no name: give it one to keep it."))
    s.add(Adaptation(title=item.title, what=item.what, steps=item.steps, author=author))
    return _("Added “{idea}” to your adaptations, as {author}'s idea.").format(
        idea=item.title, author=author
    )


def write_summary(journal: Journal, supporter_id: int, out: Path) -> str:
    """What this supporter may see, sealed to them: nothing else leaves."""
    from carematch.evidence.goal_evidence import gather
    from carematch.evidence.wins import goal_wins

    circle_id, identity = me(journal)
    with journal.vault.session() as s:
        supporter = s.get(Supporter, supporter_id)
        if supporter is None or supporter.status != "active":
            raise CircleFileError(_("That supporter is not in your circle."))
        if supporter.shares == "nothing" or not supporter.shared_goals:
            raise CircleFileError(
                _("You have not chosen anything for {name} to see: choose goals first.").format(
                    name=supporter.name
                )
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
    return ngettext(
        "Wrote a summary of {n} goal(s) for {name}, readable only by them.",
        "Wrote a summary of {n} goal(s) for {name}, readable only by them.",
        len(goals),
    ).format(n=len(goals), name=name)
