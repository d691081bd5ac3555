"""How an optimization ended is kept as catalogue phrases and said in the reader's language."""

from __future__ import annotations

from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.i18n import en
from trustmatch.optimize.solvers import phrase, stop_reason
from trustmatch.planner import plan
from trustmatch.results import PlanResult, SolverOutcome, SolverStatus, say_phrases, to_json
from trustmatch.scenario import scenario_from_dict
from trustmatch.synthetic import generate_scenario


def test_a_phrase_says_its_numbers_and_stop_reason_in_each_language():
    stopped = phrase("stopped_unproven", stop_reason("work limit reached"), solver="HiGHS",
                     text="work limit reached")
    clock = phrase("safety_clock_plan", factor=2.5, seconds=30)
    assert say_phrases([stopped, clock], "en") == (
        "HiGHS stopped (work limit reached) before proving optimality. The safety clock "
        "(2.5 times the time limit, at least 30 s) stopped HiGHS before its counted work was "
        "done: this plan may differ between runs."
    )
    german = say_phrases([stopped, clock], "de")
    assert german.startswith("HiGHS hat angehalten (Grenze der Rechenarbeit erreicht), bevor")
    assert "(das 2,5-Fache der Zeitgrenze, mindestens 30 s)" in german
    # A reason HiGHS gives that has no words of its own is not shown in English.
    odd = phrase("stopped_no_plan", stop_reason("objective target"), solver="HiGHS",
                 text="objective target")
    assert say_phrases([odd], "de") == (
        "HiGHS hat angehalten (aus einem anderen Grund), ohne einen Plan zu finden."
    )


def test_the_phrases_survive_the_json_of_a_plan():
    outcome = SolverOutcome(name="highs", status=SolverStatus.FEASIBLE,
                            message="x", phrases=[phrase("horizon_shortened", phases=2,
                                                         binaries=40_000)])
    again = SolverOutcome.model_validate_json(outcome.model_dump_json())
    assert again == outcome
    assert again.explanation("de") == (
        "Der Planungshorizont wurde auf 2 Phasen verkürzt, damit das Rechenmodell höchstens "
        "40.000 Ja-Nein-Entscheidungen enthält."
    )
    assert SolverOutcome(name="cbc", status=SolverStatus.OPTIMAL, message="old").explanation(
        "de") == "old"  # a plan file written before the phrases: its English message


def test_a_plan_cut_short_by_its_time_limit_says_so_in_german():
    scenario = scenario_from_dict(generate_scenario(200, seed=3))
    result = plan(scenario, time_limit=0.01)
    solver = result.phases[0].solver
    keys = [p.key for p in solver.phrases]
    assert keys and keys[-1] in ("cli.solver.greedy_fallback", "cli.solver.greedy_start",
                                 "cli.solver.lookahead_greedy")
    # The English message for scripts is the phrases said in English.
    assert solver.message == say_phrases(solver.phrases, "en")
    assert en.MESSAGES[keys[-1]].split(";")[0] in solver.message
    german = solver.explanation("de")
    assert "Greedy-Strategie" in german and "greedy plan" not in german
    reloaded = PlanResult.model_validate_json(to_json(result))
    assert reloaded.phases[0].solver.explanation("de") == german


def test_plan_debug_shows_the_solver_note_in_german(tmp_path):
    path = tmp_path / "big.yaml"
    result = CliRunner().invoke(cli, ["generate", "--actors", "200", "--seed", "3", "-o",
                                      str(path)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["--lang", "de", "--debug", "plan", str(path),
                                      "--time-limit", "0.01"])
    assert result.exit_code == 0, result.output
    last = " ".join(result.output.split("\n\n")[-1].split())
    assert "Der Optimierer hat innerhalb der Zeitgrenze keinen eigenen Plan gefunden" in last \
        or "Die vorausschauende Planung hat innerhalb der Zeitgrenze keinen Plan" in last
    assert "The solver found no plan" not in result.output
