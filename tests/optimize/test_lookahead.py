"""The lookahead: trust thresholds of later phases, and a phase 1 chosen for what it unlocks."""

from __future__ import annotations

import pytest

from trustmatch.optimize.lookahead import pseudo_counts, threshold_need
from trustmatch.planner import plan_phase, prepare
from trustmatch.results import SolverStatus
from trustmatch.scenario.loader import scenario_from_dict
from trustmatch.trust import initial_trust


def _scenario(forgetting: float = 0.0):
    """a, b, c share need n (R&D on it needs trust 0.5); d, e share m; budget for one project."""
    data = {
        "name": "path",
        "phases": 2,
        "resources": {"budget": 1},
        # The benefit and repeat settings are pinned: the hand-computed values below use them.
        "objective": {"need_value": 1.0, "new_contacts": 0.0, "cost": 0.0,
                      "members_reached": 0.0, "benefit_per_ambition": {3: 2.0},
                      "repeat_factor": 0.5},
        "needs": [{"id": "n", "label": "N"}, {"id": "m", "label": "M"}],
        "actors": [
            *({"id": a, "name": a.upper(), "kind": "university", "needs": [{"need": "n"}]}
              for a in ("a", "b", "c")),
            *({"id": a, "name": a.upper(), "kind": "research",
               "needs": [{"need": "m", "weight": 1.6}]} for a in ("d", "e")),
        ],
        "trust": {"prior_mean": 0.3, "prior_strength": 2, "forgetting": forgetting},
        "simulation": {"trust_effect": 0.0, "size_penalty": 0.0, "ambition_penalty": 0.05},
        "project_types": [
            {"id": "workshop", "label": "Workshop", "ambition": 1, "success_probability": 0.9,
             "participants": {"min": 2, "max": 3}, "uses": {"budget": {"fixed": 1}}},
            {"id": "rnd", "label": "R&D", "ambition": 3, "trust_required": 0.5,
             "success_probability": 0.9, "addresses": ["n"],
             "participants": {"min": 2, "max": 3}, "uses": {"budget": {"fixed": 1}}},
        ],
    }
    return scenario_from_dict(data)


def test_trust_thresholds_by_hand():
    trust = initial_trust(_scenario())
    # Prior 0.3 of strength 2: a0 = 0.6, b0 = 1.4. Trust 0.5 needs (0.6 + r) >= 0.5 (2 + r + s),
    # i.e. 0.5 * 2 - 0.6 = 0.4 of net expected evidence (1 - T) r - T s.
    assert pseudo_counts(trust, "a", "b", 1) == pytest.approx((0.6, 1.4))
    assert threshold_need(trust, "a", "b", 0.5, 1) == pytest.approx(0.4)
    # One planned workshop (ambition 1, expected success 0.9) adds 1 * (0.9 - 0.5) = 0.4: enough,
    # and indeed (0.6 + 0.9) / (2 + 1) = 0.5.
    assert (0.6 + 0.9) / (2 + 1) == pytest.approx(0.5)
    # After a real success (r = 1) the pair is there already: 0.5 * 3 - 1.6 < 0.
    after = trust.record(["a", "b"], "success", 1)
    assert threshold_need(after, "a", "b", 0.5, 1) == pytest.approx(-0.1)
    # With forgetting 0.5, one phase later that evidence counts half: 0.5 * 2.5 - 1.1 = 0.15.
    faded = initial_trust(_scenario(forgetting=0.5)).record(["a", "b"], "success", 1)
    assert pseudo_counts(faded, "a", "b", 1) == pytest.approx((1.1, 1.4))
    assert threshold_need(faded, "a", "b", 0.5, 1) == pytest.approx(0.15)


@pytest.mark.parametrize("later", ["relaxed", "integer"])
def test_the_lookahead_builds_the_trust_that_unlocks_phase_two(later):
    scenario = _scenario()
    scenario = scenario.model_copy(
        update={"planning": scenario.planning.model_copy(update={"lookahead_later": later})}
    )
    context = prepare(scenario)
    trust = initial_trust(scenario)
    # Alone, phase 1 serves the bigger need: d and e (2 x 1.6 = 3.2 > 3 x 1.0).
    alone = plan_phase(context, trust, 1, strategy="one-phase")
    assert [p.participants for p in alone.projects] == [["d", "e"]]
    # Looking ahead, the workshop of a, b and c makes R&D on n possible in phase 2
    # (expected 0.9 * 3 + 0.8 * 3 * (0.8 * 2.0 - 0.5 * 0.9) = 5.46 against at most
    # 0.9 * 3.2 + 0.8 * 0.9 * 3 = 5.04 for d and e first).
    ahead = plan_phase(context, trust, 1, strategy="lookahead")
    assert ahead.solver.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE)
    assert ahead.horizon == 2
    assert [(p.type, p.participants) for p in ahead.projects] == [
        ("workshop", ["a", "b", "c"])
    ]
    [path] = ahead.path
    assert path.phase == 2 and path.type == "rnd" and set(path.participants) <= {"a", "b", "c"}
    # The recommendation is phase 1 only; its reported value is phase 1's (3 needs at 1.0).
    assert ahead.objective_terms["need_value"] == pytest.approx(3.0)
    assert ahead.solver.objective == pytest.approx(5.46, abs=1e-6)


def test_the_last_phase_has_nothing_to_look_ahead_to():
    scenario = _scenario()
    context = prepare(scenario)
    phase = plan_phase(context, initial_trust(scenario), 2, strategy="lookahead")
    assert phase.horizon == 1 and phase.path == []


def test_a_shortened_horizon_or_the_greedy_fallback_gets_its_share_of_a_total():
    from dataclasses import replace

    from trustmatch.optimize.lookahead import planned_share
    from trustmatch.planner import phase_problem

    scenario = _scenario()
    problem = phase_problem(prepare(scenario), initial_trust(scenario), "lookahead")
    resource = sorted(problem.resources)[0]
    pooled = replace(problem, resources={**problem.resources, resource: 30.0},
                     pooled={resource: 20.0})
    assert planned_share(pooled, 2, 2) is pooled  # the horizon it was made for
    alone = planned_share(pooled, 1, 2)  # shortened to one phase: half of the two phases' share
    assert alone.resources[resource] == 10.0 and alone.pooled == {}
    start = planned_share(pooled, 1, 1)  # phase 1 alone may take the whole pooled share
    assert start.resources[resource] == 20.0
    assert planned_share(problem, 1, 2) is problem  # no total: nothing to share
