"""Values no cluster can have are refused where the user wrote them, with the allowed range."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.errors import ScenarioError
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("actors.0.needs.0.weight=1e308", "must be between 0 and 1,000,000 (got 1e+308)"),
        ("objective.need_value=1e308", "must be between 0 and 1,000,000 (got 1e+308)"),
        ("objective.cost=1e300", "must be between 0 and 1,000,000 (got 1e+300)"),
        ("resources.budget_eur=1e300", "must be between 0 and 1,000,000,000 (got 1e+300)"),
        ("planning.time_limit=1e308", "must be between 0 and 604,800 (got 1e+308)"),
        ("trust.prior_strength=1e200", "must be between 0 and 1,000,000 (got 1e+200)"),
    ],
)
def test_absurd_magnitudes_are_refused_with_the_range(setting, message):
    with pytest.raises(ScenarioError) as caught:
        load_scenario(YOUNG, sets=[setting])
    path = setting.split("=")[0]
    assert any(problem.path == path and problem.message == message
               for problem in caught.value.problems)
    assert f": {message}" in caught.value.render()  # shown with the people's path


def test_magnitudes_a_cluster_may_have_still_pass():
    loaded = load_scenario(
        YOUNG, sets=["objective.need_value=1000000", "resources.budget_eur=1e9",
                     "planning.time_limit=3600"],
    )
    assert loaded.scenario.resources["budget_eur"] == 1e9


def test_an_absurd_time_limit_on_the_command_line_is_a_usage_error():
    result = CliRunner().invoke(cli, ["plan", str(YOUNG), "--time-limit", "1e308"])
    assert result.exit_code == 2
    assert "--time-limit" in result.output and "0<x<=604800" in result.output
    assert "infinity" not in result.output


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_inside_its_own_anchor_says_so(tmp_path):
    path = write(tmp_path, "name: x\nmarkets: &m [*m]\nactors: [{id: a, name: A}]\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert "2:14: markets, entry 1: the alias '*m' stands inside the value anchored as '&m'" in str(
        caught.value
    )


def test_known_trust_given_twice_with_different_values_is_refused(tmp_path):
    data = yaml.safe_load(YOUNG.read_text(encoding="utf-8"))
    first = data["trust"]["known"][0]
    a, b = first["pair"]
    data["trust"]["known"].append({"pair": [b, a], "value": round(1 - first["value"], 2)})
    data["trust"]["known"].append({"pair": [a, b], "value": first["value"]})  # same: fine
    path = write(tmp_path, yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    errors = caught.value.errors
    assert len(errors) == 1
    position = len(data["trust"]["known"]) - 2
    assert errors[0].path == f"trust.known.{position}.value"
    assert f"the known trust of '{b}' and '{a}'" in errors[0].message
    assert "in entry 1 of trust.known" in errors[0].message


@pytest.mark.parametrize("character", ["\u202e", "\u200b", "\u2066", "\x07"])
def test_ids_with_control_or_invisible_characters_are_refused(tmp_path, character):
    path = write(
        tmp_path,
        'name: x\nactors:\n  - {id: "firm' + character.encode("unicode_escape").decode()
        + '-a", name: A, kind: company}\n',
    )
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    expected = f"must not contain control or invisible characters (U+{ord(character):04X}"
    assert caught.value.problems[0].path == "actors.0.id"
    assert "actors, entry 1 (firm" in str(caught.value) and expected in str(caught.value)
