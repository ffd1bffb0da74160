"""The guided questions ("Help me choose") as data: catalogue/guide.toml, read and checked.

The guide names areas, activities and ways ("what would make it easier", a `helps_with` id);
it never lists entries, so ideas from packs and a person's own entries appear too. Every
problem names the file, the line and what to do.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carematch.catalogue.problems import Problem
from carematch.i18n import _

if TYPE_CHECKING:
    from carematch.catalogue.store import Catalogue
    from carematch.catalogue.vocabulary import Vocabulary

GUIDE_FILE = "guide.toml"
MAX_CHOICES = 8  # a step shows at most this many, plus "Not sure" and "Something else"
MAX_LABEL = 40
MAX_QUESTION_WORDS = 12
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class GuideArea:
    id: str
    label: str
    question: str
    activities: tuple[str, ...]
    ways: tuple[str, ...]


@dataclass
class Guide:
    first_question: str
    way_question: str
    not_sure_ways: tuple[str, ...]
    ways: dict[str, str]  # helps_with id -> plain label
    areas: list[GuideArea] = field(default_factory=list)
    examples: tuple[str, ...] = ()  # goals in people's own words, to start from
    # an activity whose difficulties differ from its area's (looking after a child) names its own
    activity_ways: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def area(self, area_id: str) -> GuideArea | None:
        return next((a for a in self.areas if a.id == area_id), None)


def _no_label(way: str) -> str:
    return _("'{id}' has no label under [ways]; add one there").format(id=way)


def _not_activity(activity: str) -> str:
    return _("'{id}' is not an activity id in vocabulary.toml").format(id=activity)


def _lines_of(text: str, header: str) -> list[int]:
    """The line number of each `[[header]]` table, in order (tomllib keeps no positions)."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == f"[[{header}]]"]


def _line_of_key(text: str, key: str, start: int = 1) -> int:
    for n, line in enumerate(text.splitlines()[start - 1 :], start):
        if re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return n
    return start


def load_guide(path: Path, vocab: Vocabulary) -> tuple[Guide | None, list[Problem]]:
    """Read and check a guide file. A guide with problems is not used (None)."""
    label = path.name
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        return None, []
    except UnicodeDecodeError:
        return None, [Problem(label, "", _("the file is not UTF-8 text; save it as UTF-8"))]
    except tomllib.TOMLDecodeError as exc:
        return None, [
            Problem(
                label,
                "",
                _("not valid TOML: {problem}. Fix the line it names.").format(problem=exc),
            )
        ]
    except RecursionError:
        return None, [Problem(label, "", _("brackets are nested far too deeply; check them"))]
    problems: list[Problem] = []

    def problem(line: int, what: str, message: str) -> None:
        problems.append(
            Problem(label, _("line {line}: {what}").format(line=line, what=what), message)
        )

    allowed = {"first_question", "way_question", "not_sure_ways", "ways", "area", "examples"}
    allowed.add("activity_ways")
    for key in sorted(set(data) - allowed):
        problem(
            _line_of_key(text, key),
            key,
            _("unknown key; use only {keys}").format(keys=", ".join(sorted(allowed))),
        )
    questions = {}
    for key in ("first_question", "way_question"):
        value = data.get(key)
        questions[key] = _question(value, key, _line_of_key(text, key), problem)
    ways_raw = data.get("ways", {})
    ways: dict[str, str] = {}
    ways_line = next((n for n, ln in enumerate(text.splitlines(), 1) if ln.strip() == "[ways]"), 1)
    if not isinstance(ways_raw, dict):
        problem(ways_line, "ways", _('write [ways] as a table of helps_with id = "label"'))
        ways_raw = {}
    for wid, wlabel in ways_raw.items():
        line = _line_of_key(text, wid, ways_line)
        if wid not in vocab.helps_with:
            problem(
                line,
                f"ways.{wid}",
                _("'{id}' is not a helps_with id in vocabulary.toml").format(id=wid),
            )
        elif _label(wlabel, f"ways.{wid}", line, problem):
            ways[wid] = wlabel
    not_sure = _id_list(
        data.get("not_sure_ways"), "not_sure_ways", _line_of_key(text, "not_sure_ways"), problem
    )
    for wid in not_sure:
        if wid not in ways:
            problem(
                _line_of_key(text, "not_sure_ways"),
                "not_sure_ways",
                _no_label(wid),
            )
    examples = data.get("examples", [])
    line = _line_of_key(text, "examples")
    if not isinstance(examples, list) or not all(isinstance(x, str) for x in examples):
        problem(line, "examples", _("write a list of example goals in quotes"))
        examples = []
    elif len(examples) > 6:
        problem(line, "examples", _("at most {n} example goals").format(n=6))
    else:
        for x in examples:
            if len(x) > 60 or not x.strip():
                at = next((n for n, ln in enumerate(text.splitlines(), 1) if x and x in ln), line)
                problem(at, "examples", _("keep each example goal to {n} characters").format(n=60))
    activity_ways = _activity_ways(data.get("activity_ways", {}), text, vocab, ways, problem)
    areas: list[GuideArea] = []
    raw_areas = data.get("area", [])
    if not isinstance(raw_areas, list) or not raw_areas:
        problem(1, "area", _("add the areas of life as [[area]] tables"))
        raw_areas = []
    starts = _lines_of(text, "area")
    if len(raw_areas) > MAX_CHOICES:
        problem(
            starts[MAX_CHOICES],
            "area",
            _("at most {n} areas; join or drop some").format(n=MAX_CHOICES),
        )
    seen: set[str] = set()
    for n, raw in enumerate(raw_areas):
        line = starts[n] if n < len(starts) else 1
        area = _area(raw, line, text, vocab, ways, seen, problem)
        if area is not None:
            areas.append(area)
    if problems:
        return None, problems
    return (
        Guide(
            first_question=questions["first_question"],
            way_question=questions["way_question"],
            not_sure_ways=tuple(not_sure),
            ways=ways,
            areas=areas,
            examples=tuple(examples),
            activity_ways=activity_ways,
        ),
        [],
    )


def _activity_ways(
    raw: Any, text: str, vocab: Vocabulary, ways: dict[str, str], problem: Any
) -> dict[str, tuple[str, ...]]:
    """[activity_ways]: activity id = [way ids], used instead of its area's ways."""
    out: dict[str, tuple[str, ...]] = {}
    start = next(
        (n for n, ln in enumerate(text.splitlines(), 1) if ln.strip() == "[activity_ways]"), 1
    )
    if not isinstance(raw, dict):
        problem(start, "activity_ways", _("write [activity_ways] as a table of lists"))
        return out
    for aid, wids in raw.items():
        line = _line_of_key(text, aid, start)
        where = f"activity_ways.{aid}"
        if aid not in vocab.activities:
            problem(line, where, _not_activity(aid))
            continue
        listed = _id_list(wids, where, line, problem)
        missing = [w for w in listed if w not in ways]
        for wid in missing:
            problem(line, where, _no_label(wid))
        if len(listed) > MAX_CHOICES:
            problem(line, where, _("at most {n} ways a step; drop some").format(n=MAX_CHOICES))
        elif listed and not missing:
            out[aid] = tuple(listed)
    return out


def _area(
    raw: Any,
    line: int,
    text: str,
    vocab: Vocabulary,
    ways: dict[str, str],
    seen: set[str],
    problem: Any,
) -> GuideArea | None:
    if not isinstance(raw, dict):
        problem(line, "area", _("write each area as an [[area]] table"))
        return None
    unknown = set(raw) - {"id", "label", "question", "activities", "ways"}
    for key in sorted(unknown):
        problem(_line_of_key(text, key, line), f"area.{key}", _("unknown key in an area"))
    area_id = raw.get("id")
    where = f"area '{area_id}'" if isinstance(area_id, str) else "area"
    ok = not unknown
    if not isinstance(area_id, str) or not SLUG.match(area_id):
        problem(line, where, _("give the area an id of small letters and hyphens, like 'kitchen'"))
        ok = False
    elif area_id in seen:
        problem(line, where, _("two areas have this id; give each its own"))
        ok = False
    else:
        seen.add(area_id)
    ok = (
        _label(raw.get("label"), f"{where}.label", _line_of_key(text, "label", line), problem)
        and ok
    )
    question = _question(
        raw.get("question"), f"{where}.question", _line_of_key(text, "question", line), problem
    )
    acts_line = _line_of_key(text, "activities", line)
    activities = _id_list(raw.get("activities"), f"{where}.activities", acts_line, problem)
    for aid in activities:
        if aid not in vocab.activities:
            problem(acts_line, f"{where}.activities", _not_activity(aid))
            ok = False
    ways_line = _line_of_key(text, "ways", line)
    area_ways = _id_list(raw.get("ways"), f"{where}.ways", ways_line, problem)
    for wid in area_ways:
        if wid not in ways:
            problem(ways_line, f"{where}.ways", _no_label(wid))
            ok = False
    if not (ok and question and activities and area_ways) or not isinstance(area_id, str):
        return None
    return GuideArea(area_id, raw["label"], question, tuple(activities), tuple(area_ways))


def _label(value: Any, what: str, line: int, problem: Any) -> bool:
    if not isinstance(value, str) or not value.strip():
        problem(line, what, _("write a short label in quotes"))
        return False
    if len(value) > MAX_LABEL:
        problem(
            line,
            what,
            _("keep it to {n} characters (it has {length})").format(n=MAX_LABEL, length=len(value)),
        )
        return False
    return True


def _question(value: Any, what: str, line: int, problem: Any) -> str:
    if not isinstance(value, str) or not value.strip().endswith("?"):
        problem(line, what, _("write the question in quotes, ending with '?'"))
        return ""
    if len(value.split()) > MAX_QUESTION_WORDS:
        problem(line, what, _("keep the question to {n} words").format(n=MAX_QUESTION_WORDS))
        return ""
    return value.strip()


def _id_list(value: Any, what: str, line: int, problem: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        problem(line, what, _('write a list of ids in quotes, like ["grip", "balance"]'))
        return []
    if len(value) > MAX_CHOICES:
        problem(
            line, what, _("at most {n}; a step with more is hard to take in").format(n=MAX_CHOICES)
        )
        return []
    if len(set(value)) != len(value):
        problem(line, what, _("an id is listed twice"))
        return []
    return list(value)


def empty_branches(guide: Guide, catalogue: Catalogue, path: Path) -> list[Problem]:
    """Activities the guide offers that no entry of this catalogue is for (an empty branch)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    starts = _lines_of(text, "area")
    used = {a for e in catalogue.entries.values() for a in e.activities}
    problems = []
    for n, area in enumerate(guide.areas):
        line = _line_of_key(text, "activities", starts[n]) if n < len(starts) else 1
        for aid in area.activities:
            if aid not in used:
                problems.append(
                    Problem(
                        path.name,
                        _("line {line}: {what}").format(
                            line=line, what=f"area '{area.id}'.activities"
                        ),
                        _(
                            "no entry is for '{id}', so this choice would show nothing; "
                            "drop it or add entries for it"
                        ).format(id=aid),
                    )
                )
    return problems
