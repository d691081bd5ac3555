"""What trust unlocked, the trust path and members without contact, against hand-computed values.

The scenario (``trust_path_fixtures/mini.yaml``) has prior 0.3 and strength 2: a0 = 0.6,
b0 = 1.4, no forgetting. Joint R&D needs trust 0.6 among 3 members. A pair reaches 0.6 after x
more ambition-weighted successes with (0.6 + x) / (2 + x) >= 0.6, i.e. x >= 1.5: two successful
ambition-1 projects, or one of ambition 2 or more. After one success: (0.6 + 1) / 3 = 0.533;
after two: 2.6 / 4 = 0.65.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trustmatch import load_scenario
from trustmatch.planner import plan, prepare
from trustmatch.results import PhasePlan, PlannedProject, SolverOutcome, SolverStatus
from trustmatch.trust import TrustState, initial_trust
from trustmatch.trust_path import no_contact, phase_outlooks, successes_needed

MINI = Path(__file__).parent / "trust_path_fixtures" / "mini.yaml"
ABC = ["alpha", "beta", "gamma"]


@pytest.fixture(scope="module")
def loaded():
    return load_scenario(MINI)


@pytest.fixture(scope="module")
def context(loaded):
    return prepare(loaded.scenario)


def workshop(participants, probability=0.95, ambition=1, number=1) -> PlannedProject:
    return PlannedProject(
        id=f"workshop:skills:{number}", type="workshop", label="Experience workshop",
        ambition=ambition, sensitivity="none", needs=["skills"], participants=participants,
        uses={"budget_eur": 1000.0}, value=9.0, new_contacts=[],
        success_probability=probability, why="",
    )


def phase_plan(phase: int, trust: TrustState, projects=()) -> PhasePlan:
    return PhasePlan(
        phase=phase, solver=SolverOutcome(name="by hand", status=SolverStatus.HEURISTIC),
        projects=list(projects), resources_used={}, served_share={},
        trust_before=trust.snapshot(),
    )


def test_successes_needed_follow_the_beta_model(loaded):
    start = initial_trust(loaded.scenario)
    assert successes_needed(start, "alpha", "beta", 0.6) == {"1": 2, "2": 1, "3": 1, "4": 1}
    once = start.record(ABC, "success", 1)
    assert once.pair_trust("alpha", "beta") == pytest.approx(1.6 / 3)
    assert successes_needed(once, "alpha", "beta", 0.6) == {"1": 1, "2": 1, "3": 1, "4": 1}
    twice = once.record(ABC, "success", 1)
    assert successes_needed(twice, "alpha", "beta", 0.6) == {"1": 0, "2": 0, "3": 0, "4": 0}
    # A failure of an ambition-2 project: (0.6) / (2 + 2) = 0.15, x >= (0.6 * 4 - 0.6) / 0.4 = 4.5.
    failed = start.record(["alpha", "beta"], "failure", 2)
    assert successes_needed(failed, "alpha", "beta", 0.6) == {"1": 5, "2": 3, "3": 2, "4": 2}
    # Trust 1 cannot be reached by successes.
    assert successes_needed(start, "alpha", "beta", 1.0) == {}


def test_joint_rnd_is_unlocked_after_two_successful_workshops_for_those_three(loaded, context):
    start = initial_trust(loaded.scenario)
    after_one = start.record(ABC, "success", 1)
    after_two = after_one.record(ABC, "success", 1)
    plans = [phase_plan(2, after_one), phase_plan(3, after_two)]
    second, third = phase_outlooks(context, [after_one, after_two], plans, previous=start)
    assert second.compared_with_phase == 1 and third.compared_with_phase == 2
    # After one success nothing is unlocked; Joint R&D is out of reach, and Alpha, Beta and Gamma
    # are closest: one more success each (every other group contains a pair at the prior: 2).
    assert second.unlocked == []
    (path,) = second.out_of_reach
    assert (path.type, path.theme, path.min_participants) == ("rnd", "rnd", 3)
    assert path.trust_required == 0.6 and len(path.interested) == 6
    assert path.nearest == ABC and path.nearest_proven
    assert [gap.successes_needed["1"] for gap in path.gaps] == [1, 1, 1]
    assert {gap.trust for gap in path.gaps} == {round(1.6 / 3, 6)}
    # No planned projects: nothing brings a group there.
    assert path.reached_after_phase is None and path.horizon == 3
    # After two: unlocked for exactly the three, with their three pairs.
    (unlocked,) = third.unlocked
    assert unlocked.type == "rnd" and unlocked.members == ABC
    assert unlocked.new_pairs == [("alpha", "beta"), ("alpha", "gamma"), ("beta", "gamma")]
    assert third.out_of_reach == []


def test_the_forecast_uses_expected_outcomes_of_the_planned_projects(loaded, context):
    start = initial_trust(loaded.scenario)
    # p = 0.95: after phase 1 (0.6 + 0.95) / 3 = 0.517 < 0.6; after phase 2 (0.6 + 1.9) / 4
    # = 0.625 >= 0.6: reached by the end of phase 2.
    plans = [phase_plan(1, start, [workshop(ABC)]), phase_plan(2, start, [workshop(ABC)])]
    first = phase_outlooks(context, [start, start], plans)[0]
    (path,) = first.out_of_reach
    assert path.reached_after_phase == 2 and path.reached_by == ABC and path.horizon == 2
    # p = 0.85: (0.6 + 1.7) / 4 = 0.575 < 0.6: not within the horizon.
    plans = [
        phase_plan(1, start, [workshop(ABC, 0.85)]), phase_plan(2, start, [workshop(ABC, 0.85)])
    ]
    (path,) = phase_outlooks(context, [start, start], plans)[0].out_of_reach
    assert path.reached_after_phase is None and path.reached_by == []
    # One ambition-2 project of the three with p = 0.8: (0.6 + 1.6) / 4 = 0.55 < 0.6, but p = 0.95:
    # (0.6 + 1.9) / 4 = 0.625: reached by the end of phase 1.
    plans = [phase_plan(1, start, [workshop(ABC, 0.95, ambition=2)])]
    (path,) = phase_outlooks(context, [start], plans)[0].out_of_reach
    assert path.reached_after_phase == 1
    plans = [phase_plan(1, start, [workshop(ABC, 0.8, ambition=2)])]
    (path,) = phase_outlooks(context, [start], plans)[0].out_of_reach
    assert path.reached_after_phase is None


def test_forgetting_slows_the_forecast(loaded, context):
    scenario = loaded.scenario.model_copy(
        update={"trust": loaded.scenario.trust.model_copy(update={"forgetting": 0.5})}
    )
    start = initial_trust(scenario)
    # Phase 1: r = 0.95, s = 0.05; phase 2 halves them first: r = 0.475 + 0.95 = 1.425,
    # s = 0.075: (0.6 + 1.425) / (2 + 1.5) = 0.579 < 0.6 (0.625 without forgetting).
    plans = [phase_plan(1, start, [workshop(ABC)]), phase_plan(2, start, [workshop(ABC)])]
    (path,) = phase_outlooks(prepare(scenario), [start, start], plans)[0].out_of_reach
    assert path.reached_after_phase is None


def test_members_without_contact_and_why_match_an_independent_derivation(loaded):
    result = plan(loaded)
    scenario = loaded.scenario
    (phase,) = result.phases
    # Independent derivation: who states needs and is in no project with someone else?
    together = {a for p in phase.projects if len(p.participants) >= 2 for a in p.participants}
    expected = [a.id for a in scenario.actors if a.needs and a.id not in together]
    assert [item.actor for item in result.no_contact] == expected
    assert set(expected) == {"delta", "epsilon", "eta", "zeta", "iota", "kappa"}
    reasons = {item.actor: item for item in result.no_contact}
    assert reasons["kappa"].reason == "capacity"  # max_projects_per_phase: 0
    assert reasons["zeta"].reason == "no_project_type"  # 'lonely' is addressed by no type
    assert reasons["iota"].reason == "too_few_members"  # only Iota states 'export'; fair needs 3
    assert (reasons["iota"].sharers, reasons["iota"].min_participants) == (1, 3)
    # Eta only needs R&D, which needs trust 0.6; every pair is at the prior 0.3.
    eta = reasons["eta"]
    assert eta.reason == "trust" and eta.threshold == 0.6 and eta.trusted == 0
    assert eta.sharers == 5 and eta.min_participants == 3
    # Delta and Epsilon: the workshop is full (3 at most) and the budget left is below the
    # smallest second workshop (700 + 2 x 100).
    spent = sum(p.uses["budget_eur"] for p in phase.projects)
    for actor in ("delta", "epsilon"):
        item = reasons[actor]
        assert item.reason == "resources" and item.resource == "budget_eur"
        assert item.resource_needed == 900 and item.resource_left == 1000 - spent
    assert all(item.phases == [1] for item in result.no_contact)


def test_competitor_balance_is_the_reason_when_serving_either_rival_breaks_it():
    # Alpha and Delta compete with tolerance 0.1. Alpha's workshop need is 3 of its 4, Delta's
    # 1 of 2: serving Alpha alone gives 0.75 - 0 > 0.1, Delta alone 0.5 - 0 > 0.1, both
    # together 0.75 - 0.5 > 0.1. So neither can be served, and the workshop goes to others.
    loaded = load_scenario(
        MINI, sets=["competition.pairs=[[alpha, delta]]", "competition.tolerance=0.1"]
    )
    result = plan(loaded)
    (phase,) = result.phases
    assert all({"alpha", "delta"}.isdisjoint(p.participants) for p in phase.projects)
    reasons = {item.actor: item for item in result.no_contact}
    assert reasons["alpha"].reason == "competitor_balance"
    assert reasons["alpha"].others == ["delta"] and reasons["alpha"].tolerance == 0.1
    assert reasons["delta"].reason == "competitor_balance"
    assert reasons["delta"].others == ["alpha"]


def test_a_member_the_plan_could_have_taken_but_did_not_is_the_plan_s_choice():
    # Budget for three workshops, but at 0.003 per euro a second workshop of Delta and Epsilon
    # (weights 1 + 1, one new contact 0.1) is worth 2.1 - 0.003 x 900 = -0.6: not chosen, though
    # allowed (the first: 9 + 0.3 - 3 = 6.3).
    loaded = load_scenario(MINI, sets=["resources.budget_eur=3000", "objective.cost=0.003"])
    result = plan(loaded)
    (phase,) = result.phases
    assert [sorted(p.participants) for p in phase.projects] == [ABC]
    reasons = {item.actor: item for item in result.no_contact}
    for actor in ("delta", "epsilon"):
        assert reasons[actor].reason == "planner_choice" and reasons[actor].phase == 1


def test_without_any_plan_nobody_is_explained_member_by_member(loaded, context):
    start = initial_trust(loaded.scenario)
    failed = PhasePlan(
        phase=1, solver=SolverOutcome(name="highs", status=SolverStatus.TIME_LIMIT),
        projects=[], resources_used={}, served_share={}, trust_before=start.snapshot(),
    )
    assert no_contact(context, [start], [failed]) == []


def test_a_joint_project_recorded_before_counts_as_contact(loaded, context):
    # Delta and Epsilon worked together in a recorded phase 1; phase 2 gives them nothing.
    start = initial_trust(loaded.scenario).record(["delta", "epsilon"], "failure", 1)
    second = phase_plan(2, start, [workshop(ABC)])
    listed = {item.actor for item in no_contact(context, [start], [second])}
    assert "delta" not in listed and "epsilon" not in listed
    assert {"eta", "zeta", "iota", "kappa"} <= listed


def test_the_forecast_follows_a_lookahead_path_beyond_the_planned_phase(loaded, context):
    # A lookahead plan commits phase 1 and carries its path for phase 2 (PhasePlan.path of the
    # ``lookahead`` strategy). With the type's chance 0.95 (no trust, size or ambition effect in
    # this scenario): (0.6 + 2 x 0.95) / 4 = 0.625 >= 0.6 by the end of phase 2.
    from types import SimpleNamespace

    start = initial_trust(loaded.scenario)
    committed = phase_plan(1, start, [workshop(ABC)])
    path = [SimpleNamespace(phase=2, group="workshop:skills", type="workshop", ambition=1,
                            participants=ABC)]
    lookahead = SimpleNamespace(phase=1, projects=committed.projects, path=path)
    (path_to_rnd,) = phase_outlooks(context, [start], [lookahead])[0].out_of_reach
    assert path_to_rnd.horizon == 2
    assert path_to_rnd.reached_after_phase == 2 and path_to_rnd.reached_by == ABC
    # Without the path the horizon is the committed phase, and 0.517 < 0.6.
    (alone,) = phase_outlooks(context, [start], [committed])[0].out_of_reach
    assert alone.horizon == 1 and alone.reached_after_phase is None
