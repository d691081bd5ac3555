"""The honest comparison: value delivered, reach, connectedness, equal money, neutral simulation."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustmatch.planner import prepare
from trustmatch.results import (
    PhasePlan,
    PlannedProject,
    ProjectOutcome,
    RoadmapPhase,
    SolverOutcome,
    SolverStatus,
    TrustSnapshot,
)
from trustmatch.roadmap import contact_metrics, value_delivered
from trustmatch.scenario.loader import scenario_from_dict
from trustmatch.strategy_comparison import capped_scenario, compare_strategies, neutral_scenario

SCENARIO = {
    "name": "compare",
    "resources": {"budget": 10},
    "objective": {"cost_resource": "budget", "repeat_factor": 0.5,
                  "benefit_per_ambition": {3: 2.0}},
    "needs": [{"id": "n", "label": "N"}],
    "actors": [
        {"id": a, "name": a.upper(), "kind": "university", "needs": [{"need": "n", "weight": 2}]}
        for a in ("a", "b", "c", "d")
    ],
    "project_types": [
        {"id": "workshop", "label": "Workshop", "ambition": 1, "success_probability": 0.9,
         "participants": {"min": 2, "max": 2}, "uses": {"budget": {"fixed": 2}}},
        {"id": "rnd", "label": "R&D", "ambition": 3, "success_probability": 0.6,
         "trust_required": 0.5, "participants": {"min": 2, "max": 2},
         "uses": {"budget": {"fixed": 6}}},
    ],
}


def _project(pid, group, ptype, ambition, people):
    return PlannedProject(
        id=pid, type=ptype, label=pid, ambition=ambition, sensitivity="none", needs=["n"],
        participants=people, uses={}, value=0.0, new_contacts=[], success_probability=0.5,
        why="", group=group,
    )


def _phase(number, projects, results):
    plan = PhasePlan(
        phase=number, solver=SolverOutcome(name="test", status=SolverStatus.HEURISTIC),
        projects=projects, resources_used={}, served_share={},
        trust_before=TrustSnapshot(prior_mean=0.3, mean=0.3, pairs=[]),
    )
    outcomes = [
        ProjectOutcome(project=p.id, result=r, probability=0.5, participants=p.participants,
                       source="simulated")
        for p, r in zip(projects, results, strict=True)
    ]
    return RoadmapPhase(plan=plan, outcomes=outcomes, ambition_reached=0,
                        trust_after=TrustSnapshot(prior_mean=0.3, mean=0.3, pairs=[]))


def test_value_delivered_counts_successes_with_benefit_and_repeat_by_hand():
    context = prepare(scenario_from_dict(SCENARIO))
    phases = [
        _phase(1, [_project("w1", "workshop:n", "workshop", 1, ["a", "b"]),
                   _project("w2", "workshop:n", "workshop", 1, ["c", "d"])],
               ["success", "failure"]),
        _phase(2, [_project("r1", "rnd:n", "rnd", 3, ["a", "b"]),
                   _project("w3", "workshop:n", "workshop", 1, ["c", "d"])],
               ["success", "success"]),
    ]
    # Phase 1: a, b served at benefit 1.0 (weight 2 each) = 4; the failed workshop delivers 0.
    # Phase 2: a, b at 2.0 after 1.0: 0.5 * 1.0 + 1.0 = 1.5 each -> 2 * 2 * 1.5 = 6;
    # c, d for the first time at 1.0 -> 4. Total 14.
    assert value_delivered(phases, context) == pytest.approx(14.0)
    reached, connected = contact_metrics(phases, ["a", "b", "c", "d", "e"])
    assert reached == 4  # a failed joint project still brought c and d together
    assert connected == pytest.approx(2 / 5)  # {a, b} and {c, d}; e alone


def test_equal_money_caps_every_strategy_and_neutral_equalises_chances():
    scenario = scenario_from_dict(SCENARIO)
    result = compare_strategies(
        scenario, strategies=["optimal", "greedy"], replications=2, phases=2, equal_money=True
    )
    money = {row.strategy: row.metrics["money_spent"].mean for row in result.strategies}
    assert result.money_cap is not None
    # The cap is the money of the whole roadmap: the lowest spender's mean of the first pass.
    assert all(m <= result.money_cap + 1e-9 for m in money.values())
    for row in result.strategies:
        for key in ("value_delivered", "value_per_money", "members_reached",
                    "largest_connected_share"):
            assert key in row.metrics
    neutral = neutral_scenario(scenario)
    assert [t.success_probability for t in neutral.project_types] == pytest.approx([0.75, 0.75])
    assert neutral.simulation.trust_effect == 0.0 and neutral.simulation.ambition_penalty == 0.0


def test_equal_money_is_one_total_for_the_roadmap_and_keeps_the_resources_words():
    """A resource with a label and unit (young cluster) gets the cap as its ``total``."""
    from trustmatch.scenario import load_scenario

    loaded = load_scenario(Path(__file__).parents[1] / "scenarios" / "young-cluster.yaml")
    capped = capped_scenario(loaded.scenario, 20_000)
    budget = capped.resources["budget_eur"]
    assert budget.total == 20_000 and budget.capacity == 30_000
    assert capped.resource_label("budget_eur", "de") == "Budget"
    result = compare_strategies(
        loaded, strategies=["lookahead", "optimal"], replications=2, phases=4, money_cap=20_000
    )
    assert result.money_cap == 20_000
    for row in result.strategies:
        assert all(run["money_spent"] <= 20_000 + 1e-6 for run in row.runs), row.strategy
