"""Sharing what worked, anonymously; pooling contributions into a signed pack; and the pooled
evidence beside ideas. One place for the app and the command line.

What a contribution may hold is fixed in carematch.pooled.contribution; here the person's
finished experiments are turned into one, with each experiment's randomised answers kept in
the vault so that sharing again never draws new ones for the same truth.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carematch import paths, safefile
from carematch.i18n import N_, _, ngettext
from carematch.plaintext import strip_invisible
from carematch.pooled.contribution import (
    EPSILON,
    RANDOMISED,
    Contribution,
    Truth,
    assemble,
    randomised,
    truth_of,
)

if TYPE_CHECKING:
    from carematch.catalogue import Catalogue
    from carematch.journal.service import Journal
    from carematch.pooled.pool import Pooled
    from carematch.pooled.published import IdeaEvidence

CONTRIBUTION_SUFFIX = ".json"
SAY_RANDOMISED = N_(
    "Some answers in this file are changed at random so that no one can be sure of yours. "
    "That is on purpose: across many people the changes cancel out, but no one can tell "
    "which of your answers are true."
)
# The answers' words as the contribution file holds them (carematch.pooled.contribution), for
# the translators: shown to the person with _() (the file keeps the English).
ANSWER_WORDS = (
    N_("worse"),
    N_("no change"),
    N_("better"),
    N_("meaningfully better"),
    N_("under 2 weeks"),
    N_("2 to 8 weeks"),
    N_("over 8 weeks"),
)


class ContributionError(ValueError):
    """Nothing was shared; the message says why in plain words."""


@dataclass(frozen=True)
class Shareable:
    """A finished experiment with a catalogue idea others have too: one that can go in."""

    experiment_id: int
    idea: str  # the idea's name, shown to the person only
    goal: str  # the goal's words, shown to the person only
    entry: str
    area: str
    truth: Truth

    @property
    def label(self) -> str:
        return _("{idea} ({outcome}), for “{goal}”").format(
            idea=self.idea, outcome=_(self.truth[0]), goal=self.goal
        )


def _shared_ids(root: Path | None) -> set[str]:
    """Ids of ideas other people have too: the built-in catalogue's and installed packs'. An
    idea only in the person's own entries never goes in a contribution."""
    from carematch.catalogue.store import entries_folder
    from carematch.community.packs import installed_pack_folders

    folders = [entries_folder(paths.builtin_catalogue_dir())]
    folders += [p / "entries" for p in installed_pack_folders(root)]
    return {f.stem for folder in folders if folder.is_dir() for f in folder.rglob("*.toml")}


def shareable(journal: Journal, catalogue: Catalogue, root: Path | None = None) -> list[Shareable]:
    """Finished experiments (kept or stopped) with an idea from the shared catalogue."""
    from carematch.evidence.scales import Rating, before_after

    shared = _shared_ids(root) & set(catalogue.entries)
    found = []
    for goal in journal.list_goals():
        ratings: list[Rating] | None = None
        for exp in journal.experiments(goal.id):
            if exp.entry_id not in shared:
                continue
            if ratings is None:
                ratings = [
                    Rating(c.at, c.performance, c.satisfaction, c.gas_level)
                    for c in journal.checkins(goal.id)
                ]
            change = (
                before_after(ratings, exp.start_date, exp.end_date).performance_change
                if exp.start_date
                else None
            )
            truth = truth_of(exp.status, change, exp.start_date, exp.end_date or dt.date.today())
            if truth is None:
                continue
            entry = catalogue.entries[exp.entry_id]
            area = entry.area if re.fullmatch(r"[a-z0-9-]{1,40}", entry.area) else "other"
            found.append(Shareable(exp.id, entry.name, goal.text, entry.id, area, truth))
    return found


@dataclass
class Draft:
    """A contribution being prepared: this vault's contributor id and, for every shareable
    experiment, its randomised answers."""

    contributor: str
    answers: dict[int, tuple[Shareable, Truth]]  # experiment id -> (item, randomised answers)
    today: dt.date

    def contribution(self, ids: Iterable[int] | None = None) -> Contribution:
        """The file's content for the chosen experiments (all when `ids` is None)."""
        wanted = set(self.answers) if ids is None else set(ids)
        chosen = [(i.entry, i.area, drawn) for k, (i, drawn) in self.answers.items() if k in wanted]
        if not chosen:
            raise ContributionError(_("Choose at least one finished experiment to share."))
        return assemble(chosen, self.contributor, self.today)


def draft(
    journal: Journal,
    found: Sequence[Shareable],
    *,
    today: dt.date | None = None,
    rng: random.Random | None = None,
) -> Draft:
    """The randomised answers for each experiment, drawn once per truth and kept in the vault
    (with the contributor id, made the first time): looking again, or sharing again, shows and
    sends the same answers, so repeated files tell a collector no more than one does. A new
    truth (a stopped idea kept after all) gets new answers."""
    from sqlalchemy import select

    from carematch.pooled.models import PooledAnswer, PooledIdentity

    with journal.vault.session() as s:
        identity = s.scalars(select(PooledIdentity).order_by(PooledIdentity.id)).first()
        if identity is None:
            identity = PooledIdentity()
            s.add(identity)
            s.flush()
        kept = {
            a.experiment_id: a
            for a in s.scalars(
                select(PooledAnswer).where(
                    PooledAnswer.experiment_id.in_([f.experiment_id for f in found])
                )
            )
        }
        answers: dict[int, tuple[Shareable, Truth]] = {}
        for item in found:
            truth_key = "|".join(item.truth)
            row = kept.get(item.experiment_id)
            if row is None or row.truth != truth_key:
                if row is None:
                    row = PooledAnswer(experiment_id=item.experiment_id)
                    s.add(row)
                row.truth, (row.outcome, row.change, row.duration) = (
                    truth_key,
                    randomised(item.truth, rng),
                )
            answers[item.experiment_id] = (item, (row.outcome, row.change, row.duration))
        contributor = identity.contributor
    return Draft(contributor, answers, today or dt.date.today())


def share(drafted: Draft, ids: Iterable[int] | None, out: Path) -> Path:
    """Save the contribution for the chosen experiments, written whole (never half a file); a
    folder or a link at `out` is never written through."""
    contribution = drafted.contribution(ids)
    target = _file_for(out)
    safefile.write_atomic(target, contribution.model_dump_json(indent=1).encode("utf-8"))
    return target


_QUARTERS = (
    N_("January to March"),
    N_("April to June"),
    N_("July to September"),
    N_("October to December"),
)


def preview(contribution: Contribution, catalogue: Catalogue) -> list[str]:
    """Exactly what goes, in plain words: one line per part of the file."""
    year, q = contribution.quarter.split("-Q")
    lines = [
        _("When: {quarter} {year} (no exact dates).").format(
            quarter=_(_QUARTERS[int(q) - 1]), year=year
        ),
        _(
            "A random number for this journal, only so that sharing again replaces this file: "
            "{number}."
        ).format(number=contribution.contributor),
    ]
    for a in contribution.answers:
        entry = catalogue.entries.get(a.entry)
        name = entry.name if entry else a.entry
        lines.append(
            _("“{idea}”: {outcome}; {change}; tried for {duration}.").format(
                idea=name, outcome=_(a.outcome), change=_(a.change), duration=_(a.duration)
            )
        )
    lines.append(
        _("Nothing else: no words you wrote, no goals, no names, no dates and nothing about you.")
    )
    lines.append(_(SAY_RANDOMISED))
    lines.append(
        _(
            "Privacy budget: ε = {each} for each answer, {n} answers for each idea "
            "(ε = {total} for this file in all)."
        ).format(each=f"{EPSILON:g}", n=RANDOMISED, total=f"{contribution.epsilon_total:g}")
    )
    return lines


def _file_for(out: Path) -> Path:
    """Where the file goes: a .json name (added if missing); a folder there is refused."""
    if out.suffix.lower() != CONTRIBUTION_SUFFIX:
        out = out.with_name(out.name + CONTRIBUTION_SUFFIX)
    if out.is_dir():
        raise ContributionError(
            _("'{path}' is a folder; give a file name to save to.").format(path=out)
        )
    return out


def default_file_name(contribution: Contribution) -> str:
    return f"carematch-what-worked-{contribution.quarter}{CONTRIBUTION_SUFFIX}"


# --- pooling, by a community group -----------------------------------------------------------
def contribution_files(folder: Path) -> Iterator[Path]:
    """The .json files directly in `folder`, one at a time (never listed whole in memory)."""
    if not folder.is_dir():
        raise ContributionError(_("'{path}' is not a folder of contributions.").format(path=folder))
    with os.scandir(folder) as found:
        for item in found:
            if item.name.endswith(CONTRIBUTION_SUFFIX) and not item.name.startswith("."):
                yield Path(item.path)


def pool_to_pack(
    folder: Path,
    out: Path,
    *,
    name: str,
    publisher: str | None = None,
    signing_key: Path | None = None,
    version: str = "1",
) -> Pooled:
    """Pool a folder of contributions and write the signed evidence pack. Raises
    ContributionError when no idea reaches the threshold (nothing is written then)."""
    from carematch.community.packs import EVIDENCE_FILE, write_pack
    from carematch.pooled.pool import MIN_CONTRIBUTORS, pool
    from carematch.pooled.published import section_from

    pooled = pool(contribution_files(folder))
    if not pooled.ideas:
        files = ngettext("{n} file", "{n} files", pooled.files).format(n=f"{pooled.files:,}")
        people = ngettext("{n} person", "{n} people", pooled.contributors).format(
            n=f"{pooled.contributors:,}"
        )
        raise ContributionError(
            _(
                "No idea was tried by {least} or more people ({files} read, {people}), "
                "so there is nothing to publish yet. Nothing was written."
            ).format(least=MIN_CONTRIBUTORS, files=files, people=people)
        )
    section = section_from(pooled, pooled.epsilon)
    write_pack(
        {EVIDENCE_FILE: section.model_dump_json(indent=1).encode("utf-8")},
        out,
        name,
        publisher or name,
        version,
        "CC-BY-4.0",
        signing_key,
        {"entry_count": 0, "photo_count": 0, "evidence_count": len(section.ideas)},
    )
    return pooled


# --- seeing it --------------------------------------------------------------------------------
Evidence = dict[str, list[tuple[str, "IdeaEvidence"]]]  # entry id -> (source, evidence)


def installed_evidence(root: Path | None = None) -> Evidence:
    """Every installed pack's evidence, checked again (a file edited after install, or below
    the threshold, is left out), by idea. Packs stay separate, never merged."""
    from carematch.community.packs import EVIDENCE_FILE, installed_pack_folders
    from carematch.pooled.published import EvidenceError, parse_section, source_label

    found: Evidence = {}
    for folder in installed_pack_folders(root):
        path = folder / EVIDENCE_FILE
        if not path.is_file():
            continue
        try:
            section = parse_section(safefile.read_regular(path, 64 * 1024 * 1024))
            manifest = safefile.read_json(folder / "manifest.json")
        except (OSError, ValueError, EvidenceError):
            continue
        name = " ".join(strip_invisible(str(manifest.get("name", ""))).split())[:120]
        label = source_label(name or folder.name, str(manifest.get("created", "")))
        for idea in section.ideas:
            found.setdefault(idea.entry, []).append((label, idea))
    return found


def evidence_lines(entry_id: str, evidence: Evidence) -> list[str]:
    """What worked for others, one sentence per pack (and the change, once per pack)."""
    from carematch.pooled.published import change_sentence, kept_sentence

    lines = []
    for source, idea in evidence.get(entry_id, []):
        lines.append(f"{kept_sentence(source, idea)} {change_sentence(idea)}")
    return lines


def evidence_brief(entry_id: str, evidence: Evidence) -> str:
    """One short line for a list of ideas (every pack in full is in the idea's details)."""
    from carematch.pooled.published import short_kept_sentence

    found = evidence.get(entry_id, [])
    if not found:
        return ""
    said = short_kept_sentence(*found[0])
    if not found[1:]:
        return said
    n = len(found) - 1
    more = ngettext(
        "(and {n} more source in the details)", "(and {n} more sources in the details)", n
    ).format(n=f"{n:,}")
    return f"{said} {more}"


def well_kept(evidence: Evidence) -> set[str]:
    """Ideas most people kept (by some pack's lower bound): the matcher's small boost."""
    return {entry for entry, found in evidence.items() if any(i.strong for _s, i in found)}
