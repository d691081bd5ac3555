"""Input a user can fix is reported as theirs: exit 2 with the file and the reason, no traceback."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.ledger import load_ledger
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
AS_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    result = run("plan", YOUNG, "--strategy", "greedy", "--json", path)
    assert result.exit_code == 0, result.output
    return path


def project_ids(plan_file: Path) -> list[str]:
    return [p["id"] for p in json.loads(plan_file.read_text())["phases"][0]["projects"]]


def record(ledger: Path, plan_file: Path, project: str, *extra: str):
    return run("record", ledger, "--plan", plan_file, "--project", project, "--result",
               "success", "--date", "2026-11-27", *extra)


def assert_user_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "bug in trustmatch" not in result.output
    for word in words:
        assert word in result.output, (word, result.output)


# --- defect 1: symlinked ledgers and permissions ---------------------------------------------


def test_recording_through_a_symlink_writes_the_real_ledger(plan_file, tmp_path):
    real_folder, link_folder = tmp_path / "real", tmp_path / "links"
    real_folder.mkdir()
    link_folder.mkdir()
    real, link = real_folder / "ledger.yaml", link_folder / "ledger.yaml"
    first, second, *_ = project_ids(plan_file)
    assert record(real, plan_file, first).exit_code == 0
    link.symlink_to(os.path.relpath(real, link_folder))
    result = record(link, plan_file, second)
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert len(load_ledger(real).ledger.entries) == 2
    assert len(load_ledger(link).ledger.entries) == 2
    assert not list(link_folder.glob(".*.tmp")) and not list(real_folder.glob(".*.tmp"))


def test_a_rewritten_ledger_keeps_its_permissions(plan_file, tmp_path):
    ledger = tmp_path / "ledger.yaml"
    first, second, *_ = project_ids(plan_file)
    assert record(ledger, plan_file, first).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o666 & ~umask  # a new file: the usual mode
    ledger.chmod(0o640)
    assert record(ledger, plan_file, second).exit_code == 0
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o640


# --- defect 2: the ledger against the scenario ------------------------------------------------


def ledger_text(*entries: dict, sha: str = "", scenario: str = "holzcluster-schwarzwald") -> str:
    data = {"format": "trustmatch-ledger/1", "scenario": scenario, "scenario_sha256": sha,
            "entries": list(entries)}
    return yaml.safe_dump(data, sort_keys=False)


ENTRY = {"project": "workshop:x:1", "result": "success",
         "participants": ["zimmerei-faller", "saegewerk-kaltenbach"], "type": "workshop",
         "ambition": 1}


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ([{**ENTRY, "phase": 99}],
         ["entry 1, phase: ", "phase 99 is beyond the scenario's 4 phases"]),
        ([{**ENTRY, "phase": 1}, {**ENTRY, "phase": 3, "project": "b"}],
         ["entry 2, phase: ", "phase 3 is recorded, but phase 2 before it is not"]),
        ([{**ENTRY, "phase": 1, "type": "hackathon"}],
         ["entry 1, type: ", "no project type 'hackathon'"]),
        ([{**ENTRY, "phase": 1, "participants": ["zimmerei-faller", "zimmerei-faller"]}],
         ["entry 1, participants, entry 2: ", "'zimmerei-faller' is named twice (first as "
          "entry 1)"]),
    ],
    ids=["phase-beyond", "gap", "unknown-type", "participant-twice"],
)
def test_a_ledger_that_cannot_fit_the_scenario_is_refused(tmp_path, entries, words):
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(ledger_text(*entries), encoding="utf-8")
    for command in ("plan", "roadmap"):
        result = run(command, YOUNG, "--ledger", ledger, "--strategy", "greedy")
        assert_user_error(result, f"{ledger}:", *words)


def test_a_changed_scenario_file_is_a_warning(tmp_path):
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(ledger_text({**ENTRY, "phase": 1}, sha="0" * 64), encoding="utf-8")
    result = run("plan", YOUNG, "--ledger", ledger, "--strategy", "greedy")
    assert result.exit_code == 0, result.output
    assert "warning: scenario_sha256: the scenario file changed" in result.stderr
    assert "phase 2" in result.stdout


# --- defect 3: outputs that cannot be written --------------------------------------------------


@pytest.fixture
def blocked(tmp_path) -> Path:
    """A 'folder' that is a file: nothing can be written below it, not even by root."""
    path = tmp_path / "not-a-folder"
    path.write_text("a file\n")
    return path


def test_unwritable_outputs_are_the_users_to_fix(plan_file, blocked):
    first = project_ids(plan_file)[0]
    results = {
        "record": record(blocked / "ledger.yaml", plan_file, first),
        "plan --json": run("plan", YOUNG, "--strategy", "greedy", "--json", blocked / "p.json"),
        "roadmap --json": run("roadmap", YOUNG, "--json", blocked / "r.json"),
        "report html": run("report", YOUNG, "-o", blocked / "r.html"),
        "report md": run("report", YOUNG, "-o", blocked / "sub" / "r.md"),
    }
    for name, result in results.items():
        assert_user_error(result, "cannot be written", "is a file, not a folder")
        assert str(blocked) in result.output, name


@pytest.mark.skipif(AS_ROOT, reason="root may write into a read-only folder")
def test_a_read_only_folder_is_reported_with_the_reason(plan_file, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = record(folder / "ledger.yaml", plan_file, project_ids(plan_file)[0])
        assert_user_error(result, str(folder / "ledger.yaml"), "no permission to write")
        result = run("plan", YOUNG, "--strategy", "greedy", "--json", folder / "p.json")
        assert_user_error(result, "no permission to write")
    finally:
        folder.chmod(0o755)


def test_report_says_which_folder_it_created(tmp_path):
    roadmap_file = tmp_path / "roadmap.json"
    result = run("roadmap", YOUNG, "--strategy", "greedy", "--phases", "1", "--json",
                 roadmap_file)
    assert result.exit_code == 0, result.output
    out = tmp_path / "new" / "deeper" / "report.html"
    result = run("report", YOUNG, "--roadmap", roadmap_file, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert f"Created the folder {tmp_path / 'new'}" in result.stderr


def test_scenario_is_the_same_after_all_this():
    # Guard: the tests above must not have touched the bundled scenario.
    assert load_scenario(YOUNG).scenario.name == "holzcluster-schwarzwald"


def test_the_messages_speak_german_in_a_german_locale(blocked, monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    result = run("plan", YOUNG, "--json", blocked / "p.json")
    assert_user_error(result, "Nichts geschrieben", "kann nicht geschrieben werden: ein Teil des "
                      "Pfades ist eine Datei, kein Ordner")
    result = run("validate", YOUNG, "--set", "objective.need_value=1e308")
    assert_user_error(result, "muss zwischen 0 und 1.000.000 liegen (angegeben: 1e+308)")
