"""Shared checks for the judged goal sets under tests/eval (blind and stranger)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from carematch.catalogue import Catalogue, load_catalogue


def judged_set(
    folder: Path, goals_file: str = "goals.toml"
) -> tuple[Catalogue, list[dict[str, Any]]]:
    """A set's catalogue and goals, after checking the catalogue loads cleanly and every goal
    is judged against entries it really has."""
    catalogue = load_catalogue([folder / "catalogue"], builtin=False, use_cache=False)
    assert catalogue.problems == []
    goals = tomllib.loads((folder / goals_file).read_text(encoding="utf-8"))["goal"]
    for goal in goals:
        assert goal["relevant_ids"] and all(i in catalogue.entries for i in goal["relevant_ids"])
    return catalogue, goals


def eval_report(run_cli: Any, folder: Path, goals_file: str = "goals.toml") -> dict[str, Any]:
    """What `carematch eval --json` says of a set, run as a person would run it."""
    done = run_cli(
        "eval",
        str(folder / goals_file),
        "--no-builtin",
        "--catalogue",
        str(folder / "catalogue"),
        "--json",
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report
