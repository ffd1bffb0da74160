"""Pooling contributions, by a community group: a folder read one file at a time (newest per
contributor wins), the randomised answers debiased, and per idea the number of contributors,
the estimated share who kept it and the share with a meaningful change, each with a 90%
interval. An idea with fewer than MIN_CONTRIBUTORS contributions is left out."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from carematch import safefile
from carematch.pooled.contribution import CHANGES, EPSILON, OUTCOMES, Contribution
from carematch.pooled.randomised import Estimate, estimate

MIN_CONTRIBUTORS = 10
MAX_CONTRIBUTION_BYTES = 64 * 1024


@dataclass(frozen=True)
class IdeaEvidence:
    entry: str
    contributors: int
    kept: Estimate
    meaningful: Estimate


@dataclass(frozen=True)
class Pooled:
    ideas: list[IdeaEvidence]
    files: int
    contributors: int
    refused: int  # files that were not valid contributions (skipped, counted)
    epsilon: float = EPSILON
    left_out: int = 0  # ideas tried by fewer than MIN_CONTRIBUTORS people


def _read(path: Path) -> Contribution | None:
    """A valid contribution randomised with this version's budget (answers randomised with
    another would be debiased wrongly, so they are refused), or None."""
    try:
        found = Contribution.model_validate_json(
            safefile.read_regular(path, MAX_CONTRIBUTION_BYTES)
        )
    except (OSError, ValueError, ValidationError):
        return None
    return found if found.epsilon_per_answer == EPSILON else None


def pool(paths: Iterable[Path]) -> Pooled:
    """Two passes over the files: which is newest for each contributor (by quarter, then
    the file's time), then the counts from those alone. Memory grows with contributors and
    ideas, never with the answers."""
    newest: dict[str, tuple[str, float, Path]] = {}
    files = refused = 0
    for path in paths:
        files += 1
        found = _read(path)
        if found is None:
            refused += 1
            continue
        when = (found.quarter, _mtime(path))
        held = newest.get(found.contributor)
        if held is None or when > held[:2]:
            newest[found.contributor] = (*when, path)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, kept, meaningful
    epsilon = EPSILON
    for _quarter, _time, path in newest.values():
        found = _read(path)
        if found is None:
            continue
        for entry in {a.entry for a in found.answers}:  # one answer per idea per person
            answer = next(a for a in found.answers if a.entry == entry)
            row = counts[entry]
            row[0] += 1
            row[1] += answer.outcome == "kept"
            row[2] += answer.change == "meaningfully better"
    ideas = [
        IdeaEvidence(
            entry,
            n,
            estimate(kept, n, epsilon, len(OUTCOMES)),
            estimate(meaningful, n, epsilon, len(CHANGES)),
        )
        for entry, (n, kept, meaningful) in sorted(counts.items())
        if n >= MIN_CONTRIBUTORS
    ]
    return Pooled(ideas, files, len(newest), refused, epsilon, len(counts) - len(ideas))


def _mtime(path: Path) -> float:
    try:
        return os.stat(path, follow_symlinks=False).st_mtime
    except OSError:
        return 0.0
