"""Benefit per ambition, the repeat factor, no exact repeats and the contact rule (issue 13)."""

from __future__ import annotations

import pytest

from trustmatch.optimize.portfolio import PlanHistory, need_benefit
from trustmatch.planner import plan_phase, prepare
from trustmatch.results import SolverStatus
from trustmatch.scenario.loader import scenario_from_dict
from trustmatch.trust import initial_trust


def _scenario(**changes):
    """Three members sharing one need; a workshop and an R&D project, budget for one."""
    data = {
        "name": "benefit",
        "resources": {"budget": 1},
        "objective": {"need_value": 1.0, "new_contacts": 0.0, "cost": 0.0,
                      "members_reached": 0.0, "benefit_per_ambition": {3: 2.0},
                      "repeat_factor": 0.5},
        "needs": [{"id": "n", "label": "Need"}],
        "actors": [
            {"id": a, "name": a.upper(), "kind": "university", "needs": [{"need": "n"}]}
            for a in ("a", "b", "c")
        ],
        "trust": {"known": [
            {"pair": ["a", "b"], "value": 0.6}, {"pair": ["a", "c"], "value": 0.6},
            {"pair": ["b", "c"], "value": 0.6},
        ]},
        "project_types": [
            {"id": "workshop", "label": "Workshop", "ambition": 1,
             "participants": {"min": 2, "max": 3}, "uses": {"budget": {"fixed": 1}}},
            {"id": "rnd", "label": "R&D", "ambition": 3, "trust_required": 0.5,
             "participants": {"min": 2, "max": 3}, "uses": {"budget": {"fixed": 1}}},
        ],
    }
    data.update(changes)
    return scenario_from_dict(data)


def _plan(scenario, strategy="one-phase", history=None):
    context = prepare(scenario)
    phase = plan_phase(context, initial_trust(scenario), 1, strategy=strategy, history=history)
    assert phase.solver.status == SolverStatus.OPTIMAL
    return phase


def test_the_repeat_rule_by_hand():
    assert need_benefit(3.0, 0.0, 0.5) == pytest.approx(3.0)  # first time: full benefit
    assert need_benefit(1.0, 2.0, 0.5) == pytest.approx(0.5)  # lower than before: half of it
    assert need_benefit(2.0, 2.0, 0.5) == pytest.approx(1.0)  # the same again: half
    assert need_benefit(2.0, 1.0, 0.5) == pytest.approx(0.5 + 1.0)  # the rise counts fully


def test_levels_left_out_keep_their_default_benefit():
    scenario = _scenario(objective={"benefit_per_ambition": {2: 4.0}})
    assert scenario.objective.benefit_per_ambition == {1: 1.0, 2: 4.0, 3: 4.0, 4: 8.0}


def test_a_more_ambitious_project_is_worth_more():
    phase = _plan(_scenario())
    [project] = phase.projects
    assert project.type == "rnd" and project.participants == ["a", "b", "c"]
    assert project.benefit == pytest.approx(2.0)
    assert phase.objective_terms["need_value"] == pytest.approx(3 * 2.0)
    # The planner before issue 13 sees no difference between the two (3 needs served, weight 1).
    old = _plan(_scenario(), strategy="optimal")
    assert old.objective_terms["need_value"] == pytest.approx(3.0)


def test_a_type_can_override_the_benefit_of_its_level():
    scenario = _scenario()
    types = [t.model_copy(update={"benefit": 5.0}) if t.id == "workshop" else t
             for t in scenario.project_types]
    phase = _plan(scenario.model_copy(update={"project_types": types}))
    assert [p.type for p in phase.projects] == ["workshop"]
    assert phase.objective_terms["need_value"] == pytest.approx(3 * 5.0)


def test_serving_a_need_again_is_worth_less_and_never_the_same_project():
    delivered = {(a, "n"): 2.0 for a in ("a", "b", "c")}
    history = PlanHistory(delivered=delivered, ran=frozenset({("rnd:n", ("a", "b", "c"))}))
    phase = _plan(_scenario(), history=history)
    [project] = phase.projects
    # R&D again with all three would repeat last phase's project exactly: not allowed. R&D with
    # two of them is worth 2 * 0.5 * 2.0 = 2.0, the workshop with all three 3 * 0.5 * 1.0 = 1.5.
    assert project.type == "rnd" and len(project.participants) == 2
    assert phase.objective_terms["need_value"] == pytest.approx(2.0)


def test_a_recurring_type_may_run_again_with_the_same_participants():
    scenario = _scenario()
    types = [t.model_copy(update={"recurring": True}) if t.id == "rnd" else t
             for t in scenario.project_types]
    history = PlanHistory(
        delivered={(a, "n"): 2.0 for a in ("a", "b", "c")},
        ran=frozenset({("rnd:n", ("a", "b", "c"))}),
    )
    phase = _plan(scenario.model_copy(update={"project_types": types}), history=history)
    [project] = phase.projects
    assert project.participants == ["a", "b", "c"]
    assert phase.objective_terms["need_value"] == pytest.approx(3 * 0.5 * 2.0)


def test_an_explicit_project_with_a_fixed_value_keeps_it():
    scenario = _scenario(
        project_types=[],
        projects=[{"id": "fixed", "participants": ["a", "b"], "value": 5, "ambition": 4,
                   "uses": {"budget": 1}}],
    )
    phase = _plan(scenario)
    assert phase.objective_terms["need_value"] == pytest.approx(5.0)


def test_the_contact_rule_brings_a_member_without_contact_in():
    # Budget for one workshop of at most three: the three who already know each other (need
    # value 3), or two of them with a newcomer whose need weighs 0.5 (2.5). Without the contact
    # rule the three win; with it, reaching the newcomer (2.5 + 2.0) pays.
    base = _scenario()
    newcomer = base.actors[0].model_copy(
        update={"id": "new", "name": "New",
                "needs": [base.actors[0].needs[0].model_copy(update={"weight": 0.5})]}
    )
    actors = [*base.actors, newcomer]
    types = [t for t in base.project_types if t.id == "workshop"]
    scenario = base.model_copy(update={"actors": actors, "project_types": types})
    without = _plan(scenario)
    assert "new" not in without.projects[0].participants
    objective = base.objective.model_copy(update={"members_reached": 2.0})
    with_rule = _plan(scenario.model_copy(update={"objective": objective}))
    assert "new" in with_rule.projects[0].participants
    assert with_rule.objective_terms["members_reached"] == pytest.approx(2.0)


def test_a_project_may_not_run_two_phases_running_but_may_come_back_later():
    from types import SimpleNamespace

    groups = {"rnd:n": SimpleNamespace(serves={a: ("n",) for a in "abc"})}

    def project(pid):
        return SimpleNamespace(id=pid, group="rnd:n", participants=["a", "b", "c"],
                               benefit=2.0, uses={"budget": 1.0})

    after_one = PlanHistory().after(groups, [project("p1")], {"p1": "success"})
    assert after_one.ran == frozenset({("rnd:n", ("a", "b", "c"))})
    after_two = after_one.after(groups, [], {})  # phase 2 runs something else
    assert after_two.ran == frozenset()  # phase 3 may run it again
    assert after_two.delivered[("a", "n")] == 2.0  # ... at the repeat factor
    assert after_two.spent == {"budget": 1.0}
    # The planner: with the project in the phase just before, R&D with all three is not
    # allowed (two of them instead); two phases later it is again.
    blocked = _plan(_scenario(), history=after_one)
    assert len(blocked.projects[0].participants) == 2
    again = _plan(_scenario(), history=after_two)
    assert again.projects[0].participants == ["a", "b", "c"]
