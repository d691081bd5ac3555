"""`trustmatch validate`: readable summary, all problems, several files, JSON."""

import json
from pathlib import Path

from trustmatch.cli import main
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
BROKEN = ROOT / "tests" / "scenario" / "broken"


def test_summary_of_a_valid_scenario(capsys):
    assert main(["validate", str(YOUNG)]) == 0
    # Rows wrap to the terminal; their continuation lines are indented under the values.
    out = capsys.readouterr().out.replace("\n" + " " * 21, " ")
    assert out.startswith(f"{YOUNG}: valid scenario 'holzcluster-schwarzwald'\n")
    lines = {line.split()[0]: line for line in out.splitlines()[1:] if line.startswith("  ")}
    assert "16: 7 companies, 1 start-up, 3 suppliers" in lines["actors"]
    statements = [n for a in load_scenario(YOUNG).scenario.actors for n in a.needs]
    tagged = sum(1 for n in statements if n.need)
    free = sum(1 for n in statements if n.text)
    assert tagged and free
    assert f"needs stated       {len(statements)}: {tagged} tagged, {free} free text" in out
    assert "needs catalogue    9 (sensitivity 2 none, 3 low, 3 medium, 1 high)" in out
    assert "competitor pairs   5: holzbau-maier / schwarzwald-modulbau" in out
    assert "ambition 1: apprentice-fair, company-visits, workshop; ambition 2:" in out
    assert "explicit projects  1: tag-des-holzes" in out
    assert "warnings           none" in out


def test_several_files_are_all_validated_and_any_invalid_gives_exit_2(capsys):
    bad = BROKEN / "unknown-key-typo.yaml"
    code = main(["validate", str(bad), str(YOUNG), str(BROKEN / "negative-capacity.yaml")])
    captured = capsys.readouterr()
    assert code == 2
    assert "valid scenario 'holzcluster-schwarzwald'" in captured.out
    assert (f"{bad}:11:9: actors, entry 1 (a), needs, entry 1, wieght: unknown key 'wieght'"
            in captured.err)
    assert "negative-capacity.yaml:3:15: resources.budget_eur: must be at least 0" in captured.err
    assert "Traceback" not in captured.err


def test_warnings_are_printed_with_their_location(tmp_path, capsys):
    path = tmp_path / "w.yaml"
    path.write_text(
        "name: w\nactors:\n  - {id: a, name: A, kind: company}\n"
        "project_types:\n  - {id: fair, label: Fair, participants: {min: 3, max: 5}}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warnings           1" in out
    located = f"{path}:5:5: warning: project types, entry 1 (fair): "
    assert located + "project type 'fair' needs at least 3" in out


def test_json_output_on_stdout(capsys):
    bad = BROKEN / "nan-capacity.yaml"
    code = main(["validate", "--json", str(YOUNG), str(bad), "--override", "half-budget"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err == ""
    good, broken = json.loads(captured.out)
    assert good["valid"] is True and good["overrides"] == ["half-budget"]
    assert good["summary"]["actors"] == 16
    assert good["summary"]["resources"]["budget_eur"] == 15000
    assert good["summary"]["project_types_by_ambition"]["4"] == ["beech-glulam-rnd"]
    assert broken["valid"] is False
    unknown_override, nan = broken["problems"]
    assert unknown_override["file"] == "<command line>"
    assert (nan["line"], nan["column"], nan["path"]) == (3, 15, "resources.budget_eur")
