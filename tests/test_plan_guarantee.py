"""The planner's guarantee: a phase always gets a plan, at any size, within any time limit."""

from __future__ import annotations

from trustmatch.planner import plan
from trustmatch.scenario import scenario_from_dict
from trustmatch.synthetic import generate_scenario


def test_a_200_member_cluster_with_a_tiny_time_limit_still_gets_a_valid_plan():
    scenario = scenario_from_dict(generate_scenario(200, seed=3))
    result = plan(scenario, time_limit=0.01)
    phase = result.phases[0]
    # plan_phase refuses to return a portfolio that breaks any rule, so a plan here is valid.
    assert phase.solver.status.has_solution
    assert phase.projects
    assert "greedy plan" in phase.solver.message
    used = phase.resources_used
    assert any(used[r] > 0 for r in used)
    # With a plan, no need is reported as "no plan yet", and resource reasons are about a real
    # shortage of what is left.
    assert all(u.kind != "no-plan" for u in result.unserved)
    for entry in result.unserved:
        if entry.kind == "resources":
            resource = entry.facts["resource"]
            assert used[resource] > 0
