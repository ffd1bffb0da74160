"""`carematch match` and `carematch eval` as a person runs them."""

from __future__ import annotations

import json

from .conftest import FIXTURES

MATCH = FIXTURES / "match_catalogue"


def test_match_prints_ideas_with_reasons(run_cli):
    out = run_cli("match", "make a brew with my kettel")
    assert out.returncode == 0, out.stderr
    assert "1. " in out.stdout
    assert "- " in out.stdout  # every idea has at least one reason


def test_match_json_shape(run_cli):
    out = run_cli("match", "I can't reach the top shelf", "--json", "--limit", "3")
    data = json.loads(out.stdout)
    assert data["query"] == "I can't reach the top shelf"
    assert 1 <= len(data["results"]) <= 3
    for item in data["results"]:
        assert set(item) == {
            "id",
            "name",
            "aliases",
            "kind",
            "iso9999",
            "score",
            "why",
            "cost",
            "get_assessed_first",
            "ways_to_get",
            "what_worked_for_others",
        }
        assert item["why"] and item["ways_to_get"]


def test_nation_puts_that_nations_routes_first(run_cli):
    """The Blue Badge comes from the council in Great Britain and through nidirect in Northern
    Ireland: with --nation, the person sees only what applies where they live first."""
    for nation, ask in (("northern-ireland", "nidirect"), ("wales", "your council")):
        out = run_cli("match", "blue badge", "--json", "--limit", "1", "--nation", nation)
        assert out.returncode == 0, out.stderr
        (badge,) = json.loads(out.stdout)["results"]
        assert badge["id"] == "blue-badge"
        routes = badge["ways_to_get"][0]["routes"]
        assert any(ask in r["ask"] and nation in r["nations"] for r in routes)
    text = run_cli("match", "hoist to lift my wife", "--limit", "3", "--nation", "scotland")
    assert "Get assessed first" in text.stdout and "Usually: " in text.stdout
    bad = run_cli("match", "blue badge", "--nation", "cornwall")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_empty_goal_exits_2_with_a_message(run_cli):
    out = run_cli("match", "   ")
    assert out.returncode == 2
    assert "Write what you would like" in out.stderr


def test_max_cost_and_kind_filters(run_cli):
    out = run_cli("match", "read small print", "--json", "--max-cost", "0", "--kind", "builtin")
    data = json.loads(out.stdout)
    assert data["results"]
    assert all(r["kind"] == "builtin" for r in data["results"])


def test_no_builtin_with_catalogue(run_cli):
    out = run_cli("match", "kettle", "--json", "--no-builtin", "--catalogue", str(MATCH))
    ids = [r["id"] for r in json.loads(out.stdout)["results"]]
    assert ids[0] == "kettle-tipper"
    assert set(ids) <= {p.stem for p in (MATCH / "entries/home").glob("*.toml")}


def test_no_builtin_without_catalogue_is_refused(run_cli):
    out = run_cli("match", "kettle", "--no-builtin")
    assert out.returncode == 2
    assert "--catalogue" in out.stderr


def test_catalogue_overrides_builtin_entry(run_cli, tmp_path):
    src = (MATCH / "entries/home/kettle-tipper.toml").read_text()
    (tmp_path / "kettle-tipper.toml").write_text(src.replace('"Kettle tipper"', '"Tea tipper"'))
    out = run_cli("match", "kettle tipper", "--json", "--catalogue", str(tmp_path))
    first = json.loads(out.stdout)["results"][0]
    assert first["id"] == "kettle-tipper" and first["name"] == "Tea tipper"


def test_batch_prints_one_json_object_per_goal(run_cli, tmp_path):
    goals = tmp_path / "goals.txt"
    goals.write_text("make a brew\n\nget up the stairs\nread the post\n")
    out = run_cli("match", "--batch", str(goals), "--limit", "2")
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["query"] for line in lines] == [
        "make a brew",
        "get up the stairs",
        "read the post",
    ]


def test_unknown_activity_filter_is_explained(run_cli):
    out = run_cli("match", "kettle", "--activity", "juggling")
    assert out.returncode == 2
    assert "Choose from" in out.stderr


def test_eval_reports_both_engines_and_hard_goals(run_cli, tmp_path):
    goals = tmp_path / "goals.toml"
    goals.write_text(
        '[[goal]]\ntext = "kettel"\nrelevant = ["kettle"]\n\n'
        '[[goal]]\nhard = true\ntext = "I wobble in the bath"\nrelevant = ["grab (rail|bar)"]\n'
    )
    out = run_cli("eval", str(goals), "--json", "--no-builtin", "--catalogue", str(MATCH))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"all", "hard"}
    assert set(data["all"]) == {"carematch", "fts5", "fts5_porter"}
    assert data["all"]["carematch"]["goals"] == 2 and data["hard"]["carematch"]["goals"] == 1
    assert data["all"]["carematch"]["success@5"] == 1.0
    # Plain keyword search cannot read the misspelling.
    assert "kettel" in data["all"]["fts5"]["missed"]
    text = run_cli("eval", str(goals), "--no-builtin", "--catalogue", str(MATCH)).stdout
    assert "success@5" in text and "Hard goals" in text


def test_eval_bad_goals_file(run_cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[goal]]\ntext = "x"\nrelevant = ["("]\n')
    out = run_cli("eval", str(bad))
    assert out.returncode == 2
    assert "bad pattern" in out.stderr
