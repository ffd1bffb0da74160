"""Every journal use case as a plain method: the app, the command line and the tests call these.

Inputs are checked here with messages a person can act on. Deletes are soft first, so they
can be undone for UNDO_WINDOW; after that they are purged for good.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, or_, select, text

from carematch.i18n import N_, _
from carematch.journal import inputs as check
from carematch.journal.ideas import IdeaMarks
from carematch.journal.inputs import JournalInputError
from carematch.journal.models import (
    Adaptation,
    Attachment,
    CheckIn,
    Experiment,
    ExperimentStatus,
    Goal,
    GoalStatus,
    Mark,
    QuestRating,
    Rhythm,
    Shortlisted,
    Tag,
    Tagging,
    new_uid,
    utcnow,
)
from carematch.vault.vault import Vault

UNDO_WINDOW = dt.timedelta(minutes=10)
MAX_ATTACHMENT = 25 * 1024 * 1024
_SOFT_DELETABLE: dict[str, type[Any]] = {
    "goal": Goal,
    "experiment": Experiment,
    "checkin": CheckIn,
    "adaptation": Adaptation,
}
# What the person is told when a record has gone (deleted, or never there), by kind.
_GONE = {
    "Goal": N_("That goal no longer exists (number {number})."),
    "Experiment": N_("That experiment no longer exists (number {number})."),
    "CheckIn": N_("That check-in no longer exists (number {number})."),
    "Adaptation": N_("That adaptation no longer exists (number {number})."),
}
# The names of an experiment's text fields, as a message about them calls them.
_EXPERIMENT_TEXT = {
    "title": N_("title"),
    "expectation": N_("expectation"),
    "outcome": N_("outcome"),
    "decision_note": N_("decision_note"),
}


@dataclass(frozen=True)
class Deleted:
    """What `undo` needs to bring a deleted record back."""

    kind: str
    id: int
    at: dt.datetime


@dataclass(frozen=True)
class TimelineItem:
    when: dt.datetime
    kind: str  # "checkin", "experiment-start", "experiment-end"
    id: int
    title: str


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    snippet: str


class Journal(IdeaMarks):
    """The journal in one open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._listeners: list[Callable[[str], None]] = []
        self.purge_deleted()

    def on_change(self, listener: Callable[[str], None]) -> None:
        """Call `listener("journal")` after any record changes, `listener("marks")` after a mark
        does: the one place a front end hears about writes, whoever made them."""
        self._listeners.append(listener)

    def changed(self, what: str = "journal") -> None:
        """Tell the listeners about a committed write (also one made outside this class)."""
        for listener in list(self._listeners):
            listener(what)

    @contextmanager
    def _writing(self, what: str = "journal") -> Iterator[Any]:
        """A write session that tells the listeners once it has committed."""
        with self.vault.session() as s:
            yield s
        self.changed(what)

    # --- goals ----------------------------------------------------------------------------
    def add_goal(
        self,
        text: str,
        *,
        why: str = "",
        importance: int = 5,
        gas: dict[int, str] | None = None,
        status: GoalStatus | str = GoalStatus.ACTIVE,
        tags: list[str] | tuple[str, ...] = (),
    ) -> Goal:
        goal = Goal(
            text=check.text(text, _("your goal"), required=True),
            why=check.text(why, _("why it matters")),
            importance=check.score(importance, _("Importance"), 1, 10),
            status=check.goal_status(status),
            **check.gas_fields(gas or {}),
        )
        with self._writing() as s:
            s.add(goal)
            s.flush()
            for tag in tags:
                self._tag(s, goal.id, tag)
        return goal

    def update_goal(self, goal_id: int, **changes: Any) -> Goal:
        with self._writing() as s:
            goal = self._live(s, Goal, goal_id)
            for key, value in changes.items():
                if key == "text":
                    goal.text = check.text(value, _("your goal"), required=True)
                elif key == "why":
                    goal.why = check.text(value, _("why it matters"))
                elif key == "importance":
                    goal.importance = check.score(value, _("Importance"), 1, 10)
                elif key == "status":
                    goal.status = check.goal_status(value)
                elif key == "gas":
                    for field, text_value in check.gas_fields(value).items():
                        setattr(goal, field, text_value)
                elif key in ("remind", "snoozed_until"):  # reminders: see app/reminders.py
                    setattr(goal, key, bool(value) if key == "remind" else value)
                else:
                    raise JournalInputError(
                        _("A goal has no field called '{key}'.").format(key=key)
                    )
            return goal

    def get_goal(self, goal_id: int) -> Goal:
        with self.vault.session() as s:
            return self._live(s, Goal, goal_id)

    def list_goals(self, statuses: tuple[GoalStatus, ...] | None = None) -> list[Goal]:
        with self.vault.session() as s:
            query = select(Goal).where(Goal.deleted_at.is_(None)).order_by(Goal.created_at)
            if statuses:
                query = query.where(Goal.status.in_(statuses))
            return list(s.scalars(query))

    def goal_tags(self, goal_id: int) -> list[str]:
        with self.vault.session() as s:
            rows = s.execute(
                select(Tag.name).join(Tagging).where(Tagging.goal_id == goal_id).order_by(Tag.name)
            )
            return [r[0] for r in rows]

    def tag_goal(self, goal_id: int, tag: str) -> None:
        with self._writing() as s:
            self._live(s, Goal, goal_id)
            self._tag(s, goal_id, tag)

    def untag_goal(self, goal_id: int, tag: str) -> None:
        with self._writing() as s:
            tag_row = s.scalar(select(Tag).where(Tag.name == tag.strip()))
            if tag_row is not None:
                s.execute(
                    delete(Tagging).where(Tagging.tag_id == tag_row.id, Tagging.goal_id == goal_id)
                )

    def _tag(self, s: Any, goal_id: int, tag: str) -> None:
        name = check.text(tag, _("the tag"), required=True)[:60]
        tag_row = s.scalar(select(Tag).where(Tag.name == name))
        if tag_row is None:
            tag_row = Tag(name=name)
            s.add(tag_row)
            s.flush()
        exists = s.scalar(
            select(Tagging).where(Tagging.tag_id == tag_row.id, Tagging.goal_id == goal_id)
        )
        if exists is None:
            s.add(Tagging(tag_id=tag_row.id, goal_id=goal_id))

    # --- experiments ----------------------------------------------------------------------
    def add_experiment(
        self,
        goal_id: int,
        title: str,
        *,
        entry_id: str | None = None,
        adaptation_id: int | None = None,
        expectation: str = "",
        start_date: dt.date | None = None,
        end_date: dt.date | None = None,
        cost_pence: int | None = None,
        status: ExperimentStatus | str = ExperimentStatus.PLANNED,
        review_on: dt.date | None = None,
        rhythm: Rhythm | str = Rhythm.NONE,
    ) -> Experiment:
        check.check_dates(start_date, end_date)
        check.check_dates(start_date, review_on)
        if cost_pence is not None and (not isinstance(cost_pence, int) or cost_pence < 0):
            raise JournalInputError(_("The cost must be 0 or more, in pounds and pence."))
        with self._writing() as s:
            self._live(s, Goal, goal_id)
            if adaptation_id is not None:
                self._live(s, Adaptation, adaptation_id)
            exp = Experiment(
                goal_id=goal_id,
                title=check.text(title, _("what you are trying"), required=True),
                entry_id=entry_id or None,
                adaptation_id=adaptation_id,
                expectation=check.text(expectation, _("what you expect")),
                start_date=start_date,
                end_date=end_date,
                cost_pence=cost_pence,
                status=check.experiment_status(status),
                review_on=review_on,
                rhythm=_rhythm(rhythm),
            )
            s.add(exp)
        return exp

    def update_experiment(self, experiment_id: int, **changes: Any) -> Experiment:
        with self._writing() as s:
            exp = self._live(s, Experiment, experiment_id)
            for key, value in changes.items():
                if key in ("title", "expectation", "outcome", "decision_note"):
                    label = _(_EXPERIMENT_TEXT[key])
                    setattr(exp, key, check.text(value, label, required=key == "title"))
                elif key == "rhythm":
                    exp.rhythm = _rhythm(value)
                elif key == "review_on":
                    exp.review_on = value
                elif key == "status":
                    exp.status = check.experiment_status(value)
                elif key in (
                    "start_date", "end_date", "entry_id", "cost_pence", "adaptation_id",
                    "without_from", "without_until",
                ):  # fmt: skip
                    setattr(exp, key, value)
                else:
                    raise JournalInputError(
                        _("An experiment has no field called '{key}'.").format(key=key)
                    )
            check.check_dates(exp.start_date, exp.end_date)
            check.check_dates(exp.start_date, exp.review_on)
            return exp

    def experiments(self, goal_id: int) -> list[Experiment]:
        with self.vault.session() as s:
            return list(
                s.scalars(
                    select(Experiment)
                    .where(Experiment.goal_id == goal_id, Experiment.deleted_at.is_(None))
                    .order_by(Experiment.start_date, Experiment.id)
                )
            )

    # --- check-ins ------------------------------------------------------------------------
    def add_checkin(
        self,
        goal_id: int,
        performance: int,
        satisfaction: int,
        *,
        at: dt.datetime | None = None,
        gas_level: int | None = None,
        effort: int | None = None,
        pain: int | None = None,
        fatigue: int | None = None,
        note: str = "",
        experiment_id: int | None = None,
    ) -> CheckIn:
        checkin = CheckIn(
            goal_id=goal_id,
            at=at or utcnow(),
            performance=check.score(performance, _("How well you can do it"), 1, 10),
            satisfaction=check.score(satisfaction, _("How happy you are with it"), 1, 10),
            gas_level=check.score(gas_level, _("The goal level"), -2, 2, optional=True),
            effort=check.score(effort, _("Effort"), 0, 10, optional=True),
            pain=check.score(pain, _("Pain"), 0, 10, optional=True),
            fatigue=check.score(fatigue, _("Tiredness"), 0, 10, optional=True),
            note=check.text(note, _("the note")),
            experiment_id=experiment_id,
        )
        with self._writing() as s:
            self._live(s, Goal, goal_id)
            if experiment_id is not None:
                self._live(s, Experiment, experiment_id)
            s.add(checkin)
        return checkin

    def checkins(self, goal_id: int) -> list[CheckIn]:
        with self.vault.session() as s:
            return list(
                s.scalars(
                    select(CheckIn)
                    .where(CheckIn.goal_id == goal_id, CheckIn.deleted_at.is_(None))
                    .order_by(CheckIn.at, CheckIn.id)
                )
            )

    def latest_checkin(self, goal_id: int) -> CheckIn | None:
        with self.vault.session() as s:
            return s.scalar(
                select(CheckIn)
                .where(CheckIn.goal_id == goal_id, CheckIn.deleted_at.is_(None))
                .order_by(CheckIn.at.desc(), CheckIn.id.desc())
                .limit(1)
            )

    # --- adaptations and attachments ------------------------------------------------------
    def add_adaptation(
        self, title: str, *, what: str = "", materials: str = "", steps: str = ""
    ) -> Adaptation:
        item = Adaptation(
            title=check.text(title, _("the name of your adaptation"), required=True),
            what=check.text(what, _("what it is")),
            materials=check.text(materials, _("materials")),
            steps=check.text(steps, _("steps")),
        )
        with self._writing() as s:
            s.add(item)
        return item

    def adaptations(self) -> list[Adaptation]:
        with self.vault.session() as s:
            return list(
                s.scalars(
                    select(Adaptation)
                    .where(Adaptation.deleted_at.is_(None))
                    .order_by(Adaptation.created_at)
                )
            )

    def attach(
        self,
        filename: str,
        data: bytes,
        *,
        checkin_id: int | None = None,
        adaptation_id: int | None = None,
        media_type: str | None = None,
    ) -> Attachment:
        if (checkin_id is None) == (adaptation_id is None):
            raise JournalInputError(_("Attach the file to one check-in or one adaptation."))
        if len(data) > MAX_ATTACHMENT:
            raise JournalInputError(
                _("That file is over {mb} MB; choose a smaller one.").format(
                    mb=MAX_ATTACHMENT // (1024 * 1024)
                )
            )
        safe_name = check.text(filename, _("the file name"), required=True).replace("/", "_")[:255]
        uid = new_uid()
        with self._writing() as s:
            if checkin_id is not None:
                self._live(s, CheckIn, checkin_id)
            if adaptation_id is not None:
                self._live(s, Adaptation, adaptation_id)
            digest = self.vault.write_attachment(uid, data)
            item = Attachment(
                uid=uid,
                filename=safe_name,
                media_type=media_type
                or mimetypes.guess_type(safe_name)[0]
                or "application/octet-stream",
                size=len(data),
                sha256=digest,
                checkin_id=checkin_id,
                adaptation_id=adaptation_id,
            )
            s.add(item)
        return item

    def attachments(
        self, *, checkin_id: int | None = None, adaptation_id: int | None = None
    ) -> list[Attachment]:
        with self.vault.session() as s:
            query = select(Attachment).order_by(Attachment.id)
            if checkin_id is not None:
                query = query.where(Attachment.checkin_id == checkin_id)
            if adaptation_id is not None:
                query = query.where(Attachment.adaptation_id == adaptation_id)
            return list(s.scalars(query))

    def read_attachment(self, attachment: Attachment) -> bytes:
        return self.vault.read_attachment(attachment.uid)

    # --- device satisfaction (QUEST style) -----------------------------------------------
    def add_quest(
        self, experiment_id: int, scores: dict[str, int | None], note: str = ""
    ) -> QuestRating:
        from carematch.journal.enums import QUEST_ITEMS, QUEST_LABELS

        unknown = set(scores) - set(QUEST_ITEMS)
        if unknown:
            raise JournalInputError(
                _("Unknown rating: {names}.").format(names=", ".join(sorted(unknown)))
            )
        values = {
            item: check.score(scores.get(item), _(QUEST_LABELS[item]), 1, 5, optional=True)
            for item in QUEST_ITEMS
        }
        if all(v is None for v in values.values()):
            raise JournalInputError(_("Give at least one rating from 1 to 5."))
        with self._writing() as s:
            self._live(s, Experiment, experiment_id)
            rating = QuestRating(
                experiment_id=experiment_id, note=check.text(note, _("the note")), **values
            )
            s.add(rating)
        return rating

    def quest_ratings(self, experiment_id: int) -> list[QuestRating]:
        with self.vault.session() as s:
            return list(
                s.scalars(
                    select(QuestRating)
                    .where(QuestRating.experiment_id == experiment_id)
                    .order_by(QuestRating.at, QuestRating.id)
                )
            )

    # --- delete, undo, purge --------------------------------------------------------------
    def delete(self, kind: str, record_id: int) -> Deleted:
        """Soft-delete a goal, experiment, check-in or adaptation; `undo` brings it back."""
        model = _SOFT_DELETABLE.get(kind)
        if model is None:
            raise JournalInputError(_("'{kind}' cannot be deleted this way.").format(kind=kind))
        now = utcnow()
        with self._writing() as s:
            record = self._live(s, model, record_id)
            record.deleted_at = now
        return Deleted(kind, record_id, now)

    def undo(self, deleted: Deleted) -> None:
        model = _SOFT_DELETABLE[deleted.kind]
        with self._writing() as s:
            record = s.get(model, deleted.id)
            if record is None:
                raise JournalInputError(
                    _(
                        "That was deleted too long ago to bring back. Restore a backup if you "
                        "need it."
                    )
                )
            record.deleted_at = None

    def purge_deleted(self, older_than: dt.timedelta = UNDO_WINDOW) -> int:
        """Remove soft-deleted records for good; returns how many rows went."""
        cutoff = utcnow() - older_than
        removed = 0
        with self._writing() as s:
            dead_goals = select(Goal.id).where(Goal.deleted_at <= cutoff)
            dead_checkins = select(CheckIn.id).where(
                or_(CheckIn.deleted_at <= cutoff, CheckIn.goal_id.in_(dead_goals))
            )
            dead_adaptations = select(Adaptation.id).where(Adaptation.deleted_at <= cutoff)
            gone_attachments = list(
                s.scalars(
                    select(Attachment.uid).where(
                        or_(
                            Attachment.checkin_id.in_(dead_checkins),
                            Attachment.adaptation_id.in_(dead_adaptations),
                        )
                    )
                )
            )
            s.execute(delete(Attachment).where(Attachment.uid.in_(gone_attachments)))
            for model in (CheckIn, Experiment, Goal, Adaptation):
                result = s.execute(delete(model).where(model.deleted_at <= cutoff))
                removed += int(getattr(result, "rowcount", 0) or 0)
        for uid in gone_attachments:
            self.vault.delete_attachment(uid)
        return removed

    # --- search ---------------------------------------------------------------------------
    def search(self, words: str, limit: int = 50) -> list[SearchHit]:
        terms = [t for t in "".join(c if c.isalnum() else " " for c in words).split() if t]
        if not terms:
            return []
        query = " ".join(f'"{t}"*' for t in terms)
        sql = text(
            "SELECT kind, ref_id, snippet(journal_search, 2, '[', ']', '…', 12) "
            "FROM journal_search WHERE journal_search MATCH :q ORDER BY rank LIMIT :n"
        )
        with self.vault.session() as s:
            rows = s.execute(sql, {"q": query, "n": limit * 2}).all()
            hits = []
            for kind, ref_id, snippet in rows:
                model = _SOFT_DELETABLE[kind]
                record = s.get(model, ref_id)
                if record is not None and record.deleted_at is None:
                    hits.append(SearchHit(kind, int(ref_id), snippet))
        return hits[:limit]

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _live(s: Any, model: type[Any], record_id: int) -> Any:
        record = s.get(model, record_id)
        if record is None or getattr(record, "deleted_at", None) is not None:
            gone = _GONE.get(model.__name__, N_("That record no longer exists (number {number})."))
            raise JournalInputError(_(gone).format(number=record_id))
        return record

    def counts(self) -> dict[str, int]:
        with self.vault.session() as s:
            return {
                name: int(s.scalar(select(text("count(*)")).select_from(model)) or 0)
                for name, model in (
                    ("goals", Goal),
                    ("experiments", Experiment),
                    ("checkins", CheckIn),
                    ("adaptations", Adaptation),
                    ("attachments", Attachment),
                    ("quest_ratings", QuestRating),
                    ("marks", Mark),
                    ("shortlist", Shortlisted),
                    ("tags", Tag),
                )
            }


def _rhythm(value: Rhythm | str) -> str:
    try:
        return Rhythm(value).value
    except ValueError:
        choices = ", ".join(f"'{r.value}'" for r in Rhythm if r.value)
        raise JournalInputError(
            _("Check in {choices}, or leave it empty.").format(choices=choices)
        ) from None


def experiment_events(experiments: list[Experiment]) -> list[TimelineItem]:
    """Each experiment's start and end as timeline items, oldest first."""
    items = []
    for exp in experiments:
        if exp.start_date:
            items.append(
                TimelineItem(check.midnight(exp.start_date), "experiment-start", exp.id, exp.title)
            )
        if exp.end_date:
            items.append(
                TimelineItem(check.midnight(exp.end_date), "experiment-end", exp.id, exp.title)
            )
    items.sort(key=lambda i: (i.when, i.kind, i.id))
    return items


__all__ = [
    "Deleted",
    "Journal",
    "JournalInputError",
    "SearchHit",
    "TimelineItem",
    "experiment_events",
]
