"""`trustmatch survey-template` and `trustmatch import-survey` on the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from trustmatch.cli import main
from trustmatch.scenario import load_scenario

EXAMPLE = Path(__file__).parents[2] / "scenarios" / "survey-form-example.csv"


def test_survey_template_writes_a_german_workbook_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "umfrage.xlsx"
    assert main(["survey-template", str(path), "--lang", "de"]) == 0
    assert capsys.readouterr().out.startswith(f"Umfrage-Arbeitsmappe {path} geschrieben")
    assert load_workbook(path).sheetnames[:3] == ["Anleitung", "Mitglieder", "Bedarfe"]
    assert main(["survey-template", str(path), "--lang", "en"]) == 2
    assert "already exists; choose another name or add --force" in capsys.readouterr().err
    assert main(["survey-template", str(path), "--lang", "en", "--force"]) == 0
    assert load_workbook(path).sheetnames[1] == "Members"


def test_import_survey_writes_a_scenario_that_validates_and_plans(tmp_path, capsys):
    out = tmp_path / "cluster.yaml"
    code = main(["import-survey", str(EXAMPLE), "-o", str(out), "--budget", "20000",
                 "--hours", "150"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out == (f"{out} geschrieben (8 Mitglieder, 18 Bedarfe); weiter mit: "
                            f"trustmatch plan {out}\n")
    assert load_scenario(out).scenario.resources == {"budget_eur": 20000, "manager_hours": 150}
    assert main(["plan", str(out)]) == 0
    assert "Projects (" in capsys.readouterr().out


def test_import_survey_reports_every_problem_and_writes_nothing(tmp_path, capsys):
    form = tmp_path / "form.csv"
    form.write_text("name,kind,need 1,importance 1\nAcme,firm,skilled workers,high\n",
                    encoding="utf-8")
    out = tmp_path / "cluster.yaml"
    assert main(["import-survey", str(form), "-o", str(out), "--budget", "1000"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"{form} cannot be imported (2 errors):",
        f'  {form}:2:2: kind: unknown kind of member "firm"; choose one of: Company, Start-up, '
        "Supplier, University, Research institute, Association, Public body",
        f'  {form}:2:4: importance 1: importance must be 1-5 (got "high")',
    ]
    assert "Traceback" not in err and not out.exists()


def test_import_survey_to_standard_output_and_required_budget(tmp_path, capsys):
    assert main(["import-survey", str(EXAMPLE), "-o", "-", "--budget", "5000", "--lang", "en",
                 "--name", "timber"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# The cluster as described by the needs survey")
    assert "\nname: timber\n" in text
    assert main(["import-survey", str(EXAMPLE), "-o", "-"]) == 2
    assert "Missing option '--budget'" in capsys.readouterr().err


def test_the_survey_library_imports_nothing_heavy_until_it_runs():
    import subprocess
    import sys

    code = ("import sys, trustmatch.survey, trustmatch.survey.defaults; "
            "print(sorted(m for m in ('openpyxl', 'sklearn', 'pulp', 'matplotlib', 'starlette') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
