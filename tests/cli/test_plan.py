"""``trustmatch plan`` end to end through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trustmatch.cli import cli

REFERENCE = Path(__file__).parents[1] / "planner-reference.yaml"
ORLIB = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "orlib"


def run(*args: str):
    return CliRunner().invoke(cli, ["plan", *args], catch_exceptions=False)


def test_plan_json_to_stdout_is_only_json():
    result = run(str(REFERENCE), "--json", "-")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # no table, no solver banner mixed in
    assert data["phases"][0]["solver"]["status"] == "optimal"
    assert data["phases"][0]["projects"], "the reference scenario has a non-empty plan"


def test_plan_prints_a_readable_table_and_writes_json(tmp_path):
    out = tmp_path / "plan.json"
    result = CliRunner().invoke(cli, ["--lang", "en", "--debug", "plan", str(REFERENCE),
                                      "--json", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Optimization: proven best (HiGHS" in text and "[status optimal, objective" in text
    assert "Participants (" in text and "Why: " in text
    assert "stay open (stated by" in text
    assert "Universität (Institut für Angewandte Optik)" in text  # names, not ids
    data = json.loads(out.read_text(encoding="utf-8"))
    for key in ("trustmatch_version", "seed", "strategy", "scenario", "themes", "phases",
                "unserved"):
        assert key in data
    assert set(data["scenario"]) >= {"name", "file_sha256", "overrides"}
    phase = data["phases"][0]
    assert set(phase["solver"]) >= {"name", "status", "objective", "bound", "gap", "seconds"}
    assert set(phase["trust_before"]) >= {"prior_mean", "mean", "pairs"}
    project = phase["projects"][0]
    for key in ("id", "type", "ambition", "sensitivity", "needs", "participants", "uses",
                "value", "new_contacts", "why"):
        assert key in project
    assert all(set(u) >= {"actor", "need", "reason"} for u in data["unserved"])
    # With --debug the table shows the same projects (by id) as the JSON.
    for project in phase["projects"]:
        assert project["id"] in text


def test_json_is_byte_identical_apart_from_solver_seconds(tmp_path):
    texts = []
    for name in ("a.json", "b.json"):
        assert run(str(REFERENCE), "--json", str(tmp_path / name)).exit_code == 0
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        data["phases"][0]["solver"]["seconds"] = 0
        texts.append(json.dumps(data))
    assert texts[0] == texts[1]


def test_strategy_and_solver_options(tmp_path):
    out = tmp_path / "greedy.json"
    result = run(str(REFERENCE), "--strategy", "greedy", "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["strategy"] == "greedy" and data["phases"][0]["solver"]["status"] == "heuristic"
    result = CliRunner().invoke(cli, ["--lang", "en", "plan", str(REFERENCE), "--solver", "cbc",
                                      "--gap", "0", "--time-limit", "30"])
    assert result.exit_code == 0 and "Optimization: proven best (CBC" in result.output


def test_override_is_recorded(tmp_path):
    out = tmp_path / "half.json"
    result = run(str(REFERENCE), "--override", "half-budget", "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["scenario"]["overrides"] == ["half-budget"]


@pytest.mark.skipif(not (ORLIB / "mknapcb1_first2.txt").exists(), reason="shared/ missing")
def test_no_solution_in_time_still_gives_the_greedy_plan(tmp_path):
    numbers = [float(x) for x in (ORLIB / "mknapcb1_first2.txt").read_text().split()]
    n, m = int(numbers[1]), int(numbers[2])
    profits = numbers[4 : 4 + n]
    rows = [numbers[4 + n * (i + 1) : 4 + n * (i + 2)] for i in range(m)]
    capacities = numbers[4 + n * (m + 1) : 4 + n * (m + 1) + m]
    scenario = {
        "name": "hard-knapsack",
        "resources": {f"r{i}": capacities[i] for i in range(m)},
        "objective": {"need_value": 1.0, "new_contacts": 0.0, "cost": 0.0},
        "actors": [{"id": f"i{j}", "name": f"Item {j}", "kind": "association"} for j in range(n)],
        "projects": [
            {"id": f"p{j}", "participants": [f"i{j}"], "value": profits[j],
             "uses": {f"r{i}": rows[i][j] for i in range(m)}}
            for j in range(n)
        ],
    }
    path = tmp_path / "hard.yaml"
    path.write_text(yaml.safe_dump(scenario), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--debug", "plan", str(path), "--time-limit", "0.000001"])
    # The planner's guarantee (issue 14): without a plan of the solver's own, the phase gets
    # the greedy portfolio, marked as such, instead of no plan at all.
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # the terminal wraps the solver's words
    assert "feasible" in text and "greedy plan" in text


def test_reproducible_plans_are_identical_when_the_optimum_is_not_proven(tmp_path):
    # 60 members, 1 s: the phase is not proven optimal, so it stops on counted work, not time.
    scenario = tmp_path / "sixty.yaml"
    made = CliRunner().invoke(cli, ["generate", "--actors", "60", "--seed", "0", "-o",
                                    str(scenario)])
    assert made.exit_code == 0, made.output
    texts = []
    for name, flag in (("a", ["--reproducible"]), ("b", ["--reproducible"]),
                       ("c", ["--set", "planning.reproducible=true"])):
        out = tmp_path / f"{name}.json"
        result = CliRunner().invoke(cli, ["--debug", "plan", str(scenario), "--time-limit", "1",
                                          *flag, "--json", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        # The solver's own words, with --debug (wrapped to the terminal).
        assert "work limit reached" in " ".join(result.output.split())
        data = json.loads(out.read_text(encoding="utf-8"))
        solver = data["phases"][0]["solver"]
        assert solver["status"] == "feasible" and solver["gap"] > 0
        solver["seconds"] = 0
        texts.append(json.dumps(data))
    assert texts[0] == texts[1] == texts[2]
