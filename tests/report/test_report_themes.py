"""The report lists the needs whose theme is unsure, and gives no advice without a plan."""

from __future__ import annotations

from pathlib import Path

from trustmatch import load_scenario, plan, render_report
from trustmatch.results import SolverOutcome, SolverStatus

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"


def test_the_report_lists_unsure_assignments_in_both_languages():
    loaded = load_scenario(YOUNG)
    result = plan(loaded)
    english = render_report(loaded, plan=result, format="md", lang="en").text
    section = english[english.index("## Assignments to check"):]
    assert "Pellets Hochschwarzwald GmbH: \u201creliable supply of sawdust" in section
    assert "forms a theme of its own (confidence 50%)" in section
    german = render_report(loaded, plan=result, format="md", lang="de").text
    assert "## Zu prüfende Zuordnungen" in german
    assert "bildet ein eigenes Thema (Sicherheit 50" in german


def test_without_a_plan_the_report_gives_no_forecast_and_no_recruiting_advice():
    loaded = load_scenario(YOUNG)
    result = plan(loaded)
    empty_phase = result.phases[0].model_copy(update={
        "solver": SolverOutcome(name="highs", status=SolverStatus.TIME_LIMIT,
                                message="Time limit reached without a solution."),
        "projects": [],
    })
    from trustmatch.planner import find_unserved, prepare

    unserved = find_unserved(prepare(loaded.scenario), [empty_phase])
    assert {u.kind for u in unserved} == {"no-plan"}
    empty = result.model_copy(update={"phases": [empty_phase], "unserved": unserved})
    text = render_report(loaded, plan=empty, format="md", lang="en").text
    assert "Plan again with a longer time limit (--time-limit)" in text
    assert "recruit" not in text.lower().replace("whom to recruit", "")
    assert "nothing yet: plan again with a longer time limit" in text
