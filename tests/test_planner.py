"""The phase planner through its library API: plan, plan_phase, prepare, find_unserved."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from optimize.checker import Checker
from trustmatch.needs.text import words
from trustmatch.outcomes import success_probability
from trustmatch.planner import STRATEGIES, find_unserved, plan, plan_phase, prepare
from trustmatch.results import SolverStatus, to_json
from trustmatch.scenario import load_scenario, scenario_from_dict
from trustmatch.trust import initial_trust

HERE = Path(__file__).parent
REFERENCE = HERE / "planner-reference.yaml"
BUNDLED = sorted((HERE.parent / "scenarios").glob("*.yaml"))


def _without_seconds(text: str) -> str:
    data = json.loads(text)
    for phase in data["phases"]:
        phase["solver"].pop("seconds")
    return json.dumps(data, sort_keys=True)


@pytest.fixture(scope="module")
def reference():
    return load_scenario(REFERENCE)


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_every_strategy_plans_the_reference_scenario_validly(reference, strategy):
    result = plan(reference, strategy=strategy)
    phase = result.phases[0]
    assert phase.solver.status.has_solution
    assert result.seed == reference.scenario.seed == 7
    assert result.scenario.file_sha256 == reference.file_sha256
    checker = Checker(reference.scenario, result.themes, initial_trust(reference.scenario))
    assert checker.check_phase(
        phase, trust_rules=strategy != "big-bang", fairness=strategy != "no-fairness",
        strategy=strategy,
    ) == []


def test_the_optimal_plan_is_explained(reference):
    result = plan(reference, strategy="one-phase")
    phase = result.phases[0]
    assert phase.solver.status == SolverStatus.OPTIMAL
    assert phase.solver.gap == 0.0 and phase.solver.bound == pytest.approx(phase.solver.objective)
    assert phase.projects, "the reference cluster has worthwhile starter projects"
    names = {a.id: a.name for a in reference.scenario.actors}
    explicit = {p.id for p in reference.scenario.projects}
    trust = initial_trust(reference.scenario)
    for project in phase.projects:
        assert project.id in explicit or re.fullmatch(r"[\w-]+:[\w-]+:\d+", project.id)
        for actor in project.participants:
            assert names[actor] in project.why
        assert "new contact" in project.why and "costs" in project.why
        assert len(project.new_contacts) == len(set(project.new_contacts))
        ptype = next(t for t in reference.scenario.project_types if t.id == project.type)
        assert project.success_probability == pytest.approx(
            success_probability(
                ptype.success_probability, project.ambition, ptype.participants.min,
                project.participants, trust, reference.scenario.simulation,
            ),
            abs=1e-6,
        )
        for left in project.left_out:
            assert left.actor not in project.participants and left.reason
    # Terms add up to the objective.
    terms = phase.objective_terms
    assert terms["need_value"] + terms["new_contacts"] + terms["members_reached"] - (
        terms["cost"]
    ) == pytest.approx(phase.solver.objective)
    # Joint purchasing needs trust 0.35 between all three members: explained, not hidden.
    assert any("“Joint purchasing pool”" in note and "at least 0.35" in note
               for note in phase.notes)


def test_same_inputs_give_identical_json(reference):
    for strategy in ("optimal", "random"):
        first = to_json(plan(reference, strategy=strategy))
        second = to_json(plan(reference, strategy=strategy))
        assert _without_seconds(first) == _without_seconds(second)
    other_seed = to_json(plan(reference, strategy="random", seed=99))
    assert json.loads(other_seed)["seed"] == 99


def test_plan_phase_respects_an_updated_trust_state(reference):
    scenario = reference.scenario
    context = prepare(scenario)
    trust = initial_trust(scenario)
    for _ in range(3):
        trust = trust.record(["laserwerk", "pulslaser", "uni", "institut"], "success", 2)
    phase = plan_phase(context, trust, 2)
    assert phase.phase == 2 and phase.solver.status == SolverStatus.OPTIMAL
    assert Checker(scenario, context.themes.themes, trust).check_phase(phase) == []
    for project in phase.projects:
        for a, b in project.new_contacts:
            assert not trust.has_met(a, b)
    # The rivals now trust each other enough for the high-sensitivity R&D project.
    assert not any("joint-rnd" in note for note in phase.notes)
    assert phase.trust_before.pairs, "the phase records the trust it was planned with"


SMALL = {
    "name": "small",
    "resources": {"budget": 100},
    "needs": [
        {"id": "talent", "label": "Finding talent", "sensitivity": "medium"},
        {"id": "rnd", "label": "Joint research"},
        {"id": "solo", "label": "A need nobody else has"},
        {"id": "orphan", "label": "A need no project type addresses"},
    ],
    "actors": [
        {"id": "f1", "name": "Firm One", "kind": "company", "markets": ["m"],
         "needs": [{"need": "talent", "weight": 2}, {"need": "rnd"}]},
        {"id": "f2", "name": "Firm Two", "kind": "company", "markets": ["m"],
         "needs": [{"need": "talent", "weight": 2}, {"need": "rnd"}]},
        {"id": "uni", "name": "The University", "kind": "university",
         "needs": [{"need": "talent"}, {"need": "rnd", "weight": 2}]},
        {"id": "lone", "name": "Lone Wolf Ltd", "kind": "company", "markets": ["x"],
         "needs": [{"need": "solo"}, {"need": "orphan"}]},
    ],
    "competition": {"tolerance": 1.0},
    "project_types": [
        {"id": "workshop", "label": "Workshop", "participants": {"min": 2, "max": 4},
         "uses": {"budget": {"fixed": 10}}, "addresses": ["talent", "solo"]},
        {"id": "lab", "label": "Joint lab", "participants": {"min": 2, "max": 3},
         "uses": {"budget": {"fixed": 50}}, "trust_required": 0.5, "addresses": ["rnd"]},
    ],
    "planning": {"max_projects_per_theme": 1},
}


def test_left_out_and_unserved_needs_say_why():
    scenario = scenario_from_dict(SMALL)
    result = plan(scenario)
    phase = result.phases[0]
    [workshop] = phase.projects
    assert workshop.id == "workshop:talent:1"
    assert "uni" in workshop.participants
    [left] = workshop.left_out
    assert left.actor in ("f1", "f2")
    assert "competes with" in left.reason and "0.50" in left.reason
    assert left.key == "plan.reason.rival_trust" and left.params["need"].value == 0.5
    reasons = {(u.actor, u.need): u.reason for u in result.unserved}
    assert "recruit" in reasons[("lone", "solo")]
    assert "No project type addresses" in reasons[("lone", "orphan")]
    assert reasons[("uni", "rnd")].startswith("Not enough trust yet")
    assert (left.actor, "talent") in reasons
    # Served needs are not listed; every unserved need of a phase is.
    assert ("uni", "talent") not in reasons
    context = prepare(scenario)
    assert find_unserved(context, result.phases) == result.unserved
    assert find_unserved(context, []) != []


def test_explicit_value_replaces_needs_and_contacts_count_once():
    data = dict(SMALL)
    data["project_types"] = []
    data["objective"] = {"need_value": 1.0, "new_contacts": 1.0, "cost": 0.0}
    data["projects"] = [
        {"id": "fixed", "participants": ["f1", "uni"], "value": 5, "addresses": ["talent"],
         "uses": {"budget": 1}},
        {"id": "again", "participants": ["f1", "uni"], "addresses": ["rnd"],
         "uses": {"budget": 1}},
    ]
    result = plan(scenario_from_dict(data), strategy="optimal")
    phase = result.phases[0]
    assert [p.id for p in phase.projects] == ["fixed", "again"]
    # 5 (fixed value) + f1 rnd 1 + uni rnd 2 + one new pair counted once = 9.
    assert phase.solver.objective == pytest.approx(9.0)
    assert phase.projects[0].new_contacts == [("f1", "uni")]
    assert phase.projects[1].new_contacts == []
    assert phase.served_share["uni"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_bundled_scenarios_plan_in_under_five_seconds(path):
    loaded = load_scenario(path)
    # The first free text of a process loads simplemma's German and English dictionaries once
    # (a few seconds on a busy machine; documented in the README): not part of planning.
    words("Fachkräfte finden")
    started = time.perf_counter()
    result = plan(loaded, strategy="one-phase")
    assert time.perf_counter() - started < 5
    assert result.phases[0].solver.status == SolverStatus.OPTIMAL
    # The default looks ahead (benchmarks/lookahead_time.py measures how long it takes).
    assert plan(loaded).phases[0].solver.status.has_solution


def test_unknown_strategy_is_refused(reference):
    with pytest.raises(ValueError, match="unknown strategy"):
        plan(reference, strategy="genius")
