"""The real-use loop: ``plan --json`` -> ``record`` -> ``plan --ledger`` / ``roadmap --ledger``."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.ledger import load_ledger

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
SCENARIO = str(YOUNG)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    result = run("plan", SCENARIO, "--json", str(path))
    assert result.exit_code == 0, result.output
    return path


def projects(plan_file: Path) -> list[dict]:
    return json.loads(plan_file.read_text())["phases"][0]["projects"]


def test_record_appends_with_plan_details(plan_file: Path, tmp_path: Path):
    ledger = tmp_path / "ledger.yaml"
    first, second = projects(plan_file)[:2]
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--project",
        first["id"],
        "--result",
        "success",
        "--note",
        "went well",
        "--date",
        "2026-11-27",
    )
    assert result.exit_code == 0, result.output
    assert "The ledger holds one entry." in result.stdout
    actual = ",".join(first["participants"][:2] + second["participants"][:1])
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--phase",
        "1",
        "--project",
        second["id"],
        "--result",
        "failure",
        "--participants",
        actual,
    )
    assert result.exit_code == 0, result.output
    entries = load_ledger(ledger).ledger.entries
    assert [e.project for e in entries] == [first["id"], second["id"]]
    assert entries[0].participants == first["participants"]
    assert entries[0].ambition == first["ambition"] and entries[0].type == first["type"]
    assert entries[0].note == "went well" and str(entries[0].date) == "2026-11-27"
    assert entries[1].participants == sorted(set(actual.split(",")))
    assert (
        load_ledger(ledger).ledger.scenario == json.loads(plan_file.read_text())["scenario"]["name"]
    )


def test_record_refusals(plan_file: Path, tmp_path: Path):
    ledger = tmp_path / "ledger.yaml"
    first = projects(plan_file)[0]
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--project",
        "no-such",
        "--result",
        "success",
    )
    assert result.exit_code == 2
    assert "valid project ids: " in result.output and first["id"] in result.output
    assert not ledger.exists()
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--project",
        first["id"],
        "--result",
        "success",
        "--participants",
        f"{first['participants'][0]},nobody",
    )
    assert result.exit_code == 2 and "unknown actor nobody; known actors:" in result.output
    ok = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--project",
        first["id"],
        "--result",
        "success",
    )
    assert ok.exit_code == 0
    again = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--project",
        first["id"],
        "--result",
        "failure",
    )
    assert again.exit_code == 2 and "already recorded" in again.output
    wrong_phase = run(
        "record",
        str(ledger),
        "--plan",
        str(plan_file),
        "--phase",
        "3",
        "--project",
        first["id"],
        "--result",
        "failure",
    )
    assert wrong_phase.exit_code == 2 and "has no phase 3" in wrong_phase.output
    assert len(load_ledger(ledger).ledger.entries) == 1


def test_malformed_ledger_is_located_exit_2(tmp_path: Path):
    ledger = tmp_path / "bad.yaml"
    ledger.write_text(
        "format: trustmatch-ledger/1\nscenario: whatever\nentries:\n"
        "  - phase: 1\n    project: p\n    result: maybe\n    participants: [a]\n    ambition: 1\n"
    )
    for command in (
        ["plan", SCENARIO, "--ledger", str(ledger)],
        ["roadmap", SCENARIO, "--ledger", str(ledger)],
    ):
        result = run(*command)
        assert result.exit_code == 2, result.output
        assert f"{ledger}:6:13: entry 1, result: must be one of success" in result.output
        assert "Traceback" not in result.output


def test_plan_with_ledger_uses_recorded_history(plan_file: Path, tmp_path: Path):
    ledger = tmp_path / "ledger.yaml"
    recorded = projects(plan_file)
    for project in recorded:
        result = run(
            "record",
            str(ledger),
            "--plan",
            str(plan_file),
            "--project",
            project["id"],
            "--result",
            "success",
        )
        assert result.exit_code == 0, result.output
    next_plan = tmp_path / "plan2.json"
    result = run("plan", SCENARIO, "--ledger", str(ledger), "--json", str(next_plan))
    assert result.exit_code == 0, result.output
    first = json.loads(plan_file.read_text())["phases"][0]
    second = json.loads(next_plan.read_text())["phases"][0]
    assert second["phase"] == 2
    assert second["trust_before"]["mean"] > first["trust_before"]["mean"]
    met = {tuple(sorted(pair)) for p in recorded for pair in combinations(p["participants"], 2)}
    for project in second["projects"]:
        for pair in project["new_contacts"]:
            assert tuple(sorted(pair)) not in met
    # the next phase's plan can be recorded in the same ledger
    if second["projects"]:
        result = run(
            "record",
            str(ledger),
            "--plan",
            str(next_plan),
            "--project",
            second["projects"][0]["id"],
            "--result",
            "failure",
        )
        assert result.exit_code == 0, result.output
        assert load_ledger(ledger).ledger.entries[-1].phase == 2


def test_record_from_a_roadmap_json_needs_the_phase(tmp_path: Path):
    roadmap_json = tmp_path / "roadmap.json"
    result = run("roadmap", SCENARIO, "--phases", "2", "--seed", "5", "--json", str(roadmap_json))
    assert result.exit_code == 0, result.output
    second = json.loads(roadmap_json.read_text())["phases"][1]["plan"]["projects"][0]
    ledger = tmp_path / "ledger.yaml"
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(roadmap_json),
        "--project",
        second["id"],
        "--result",
        "success",
    )
    assert result.exit_code == 2 and "covers phases 1, 2: say which" in result.output
    result = run(
        "record",
        str(ledger),
        "--plan",
        str(roadmap_json),
        "--phase",
        "2",
        "--project",
        second["id"],
        "--result",
        "cancelled",
        "--scenario",
        SCENARIO,
        "--participants",
        second["participants"][0],
    )
    assert result.exit_code == 0, result.output
    entry = load_ledger(ledger).ledger.entries[0]
    assert (entry.phase, entry.result, entry.participants) == (
        2,
        "cancelled",
        [second["participants"][0]],
    )
