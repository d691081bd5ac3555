"""``trustmatch roadmap`` and ``trustmatch strategies`` through the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from trustmatch.cli import cli

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
SCENARIO = str(YOUNG)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_roadmap_readable_view():
    result = run("roadmap", SCENARIO, "--phases", "2", "--seed", "3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert re.search(r"^Phase 1: cluster trust 0\.\d{3} -> 0\.\d{3}", out, re.MULTILINE)
    assert "Phase 2: cluster trust " in out
    assert "ambition 1" in out
    assert "success" in out or "failure" in out
    assert "Monte Carlo" not in out
    # participants are shown by name, not by id
    assert "GmbH" in out or "Universit" in out


def test_roadmap_json_and_monte_carlo(tmp_path: Path):
    out = tmp_path / "roadmap.json"
    result = run("roadmap", SCENARIO, "--phases", "2", "--replications", "3", "--json", str(out))
    assert result.exit_code == 0, result.output
    assert "Monte Carlo over 3 replications" in result.stdout
    data = json.loads(out.read_text())
    assert data["replications"] == 3
    assert [row["phase"] for row in data["monte_carlo"]] == [1, 2]
    assert len(data["phases"]) == 2
    assert set(data["monte_carlo"][0]["reached_ambition"]) == {"1", "2", "3", "4"}


def test_roadmap_json_to_stdout_is_pure_json():
    result = run("roadmap", SCENARIO, "--phases", "1", "--json", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["phases"][0]["plan"]["phase"] == 1


def test_roadmap_override_and_bad_input(tmp_path: Path):
    result = run("roadmap", SCENARIO, "--phases", "1", "--strategy", "bold")
    assert result.exit_code == 2
    result = run("roadmap", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2


def test_strategies_table(tmp_path: Path):
    out = tmp_path / "strategies.json"
    result = run(
        "strategies",
        SCENARIO,
        "--replications",
        "2",
        "--phases",
        "2",
        "--strategy",
        "optimal",
        "--strategy",
        "big-bang",
        "--json",
        str(out),
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("optimal ") for line in lines)
    assert any(line.startswith("big-bang ") for line in lines)
    assert "final cluster trust" in result.stdout
    data = json.loads(out.read_text())
    assert [row["strategy"] for row in data["strategies"]] == ["optimal", "big-bang"]
    for row in data["strategies"]:
        assert len(row["runs"]) == 2
        runs = [r["money_spent"] for r in row["runs"]]
        assert row["metrics"]["money_spent"]["mean"] == round(sum(runs) / 2, 6)
    markdown = run(
        "strategies",
        SCENARIO,
        "--replications",
        "1",
        "--phases",
        "1",
        "--strategy",
        "greedy",
        "--markdown",
    )
    assert "| strategy | value delivered | value per 1,000 money |" in markdown.stdout
    assert "final cluster trust" in markdown.stdout
