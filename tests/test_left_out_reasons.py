"""Every kind of left-out reason ("Not in it: ..."), checked against the plan's own facts.

For every member the planner names as left out of a chosen project in the generated plans of
``tests/reason_plans.py``, the claim of the sentence is recomputed from the scenario, the trust at
the phase's start and the portfolio (from the reason's values, which every language says); a
false claim fails the test.
"""

from __future__ import annotations

import pytest

from reason_plans import planned_cases
from trustmatch.i18n.reasons import say_reason
from trustmatch.planner import phase_problem
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import initial_trust, pair_key

KINDS = {
    "capacity": ("plan.reason.at_limit",),
    "full": ("plan.reason.full",),
    "trust": ("plan.reason.trust_below", "plan.reason.trust_below_more"),
    "competitor-trust": ("plan.reason.rival_trust", "plan.reason.rival_trust_more"),
    "served": ("plan.reason.already_served",),
    "balance": ("plan.reason.balance_join",),
    "resource": ("plan.reason.resource_left",),
    "dropped": ("plan.reason.dropped", "plan.reason.dropped_rivals",
                "plan.reason.dropped_rivals_only"),
    "not-worth": ("plan.reason.not_worth_it",),
}
"""Kind of claim -> the catalogue keys of the reasons that make it."""


def _kind(item) -> str:
    for kind, keys in KINDS.items():
        if item.key in keys:
            return kind
    raise AssertionError(f"a left-out reason of unknown kind: {item.key} ({item.reason})")


def _value(item, name):
    return item.params[name].value


def _left_out():
    out = []
    for case in planned_cases():
        if not case.phase.solver.status.has_solution:
            continue
        for project in case.phase.projects:
            for item in project.left_out:
                out.append((case, project, item))
    return out


def _group(case, project):
    key = project.id.rsplit(":", 1)[0]
    return next(g for g in case.context.groups if g.key in (key, project.id))


def _load(case, actor):
    return sum(actor in p.participants for p in case.phase.projects)


def _trust(case, a, b):
    pairs = {pair_key(x, y): v for x, y, v in case.phase.trust_before.pairs}
    return pairs.get(pair_key(a, b), case.phase.trust_before.prior_mean)


def _check(case, project, item, kind):
    actor = item.actor
    capacity = case.context.scenario.actor(actor).max_projects_per_phase
    group = _group(case, project)
    # Every reason names the member it is about (the "full" one too), by id.
    assert item.params["name"].kind == "actor" and _value(item, "name") == actor
    if kind == "capacity":
        assert _load(case, actor) == _value(item, "count") >= _value(item, "limit") == capacity
    elif kind == "full":
        assert len(project.participants) == _value(item, "size") == group.max_participants
    elif kind in ("trust", "competitor-trust"):
        other = _value(item, "other")
        assert other in project.participants
        assert _trust(case, actor, other) == pytest.approx(_value(item, "have"), abs=1e-6)
        assert _value(item, "have") < _value(item, "need")
        rivals = {tuple(sorted(p)) for p in competitor_pairs(case.context.scenario)}
        assert (tuple(sorted((actor, other))) in rivals) == (kind == "competitor-trust")
    elif kind == "served":
        where = {p.id: p for p in case.phase.projects}
        named = [ref.id for ref in _value(item, "projects")]
        assert named and all(actor in where[w].participants for w in named)
        own = set(group.serves.get(actor, ()))
        assert own == set(_value(item, "needs"))
        assert own <= {t for w in named for t in where[w].needs}
    elif kind == "balance":
        rival = _value(item, "rival")
        rivals = {tuple(sorted(p)) for p in competitor_pairs(case.context.scenario)}
        assert tuple(sorted((actor, rival))) in rivals
        weights = case.context.weights
        total = sum(weights[actor].values())
        served = {t for p in case.phase.projects if actor in p.participants for t in p.needs}
        extra = sum(w for t, w in weights[actor].items()
                    if t in group.serves.get(actor, ()) and t not in served)
        shares = case.phase.served_share
        after = shares.get(actor, 0.0) + extra / total
        tolerance = case.context.scenario.competition.tolerance
        assert abs(after - shares.get(rival, 0.0)) > tolerance
    elif kind == "resource":
        resource = _value(item, "resource")
        assert item.params["left"].resource == item.params["needed"].resource == resource
        left = case.phase.resources_available[resource] - case.phase.resources_used[resource]
        assert _value(item, "left") == pytest.approx(max(0.0, left), abs=0.01)
        assert group.per_participant_use[resource] == pytest.approx(_value(item, "needed"))
        assert left < group.per_participant_use[resource]
    elif kind == "dropped":
        problem = phase_problem(case.context, initial_trust(case.context.scenario), "greedy")
        slots = [c for c in problem.candidates if c.group.key == group.key]
        assert all(actor not in c.eligible for c in slots)
    else:  # not worth it: none of the hard limits applies
        assert _load(case, actor) < capacity
        assert len(project.participants) < group.max_participants


@pytest.mark.parametrize("kind", list(KINDS))
def test_left_out_reason_kind_holds_on_generated_plans(kind):
    found = [(c, p, i) for c, p, i in _left_out() if _kind(i) == kind]
    if kind not in ("dropped", "full", "not-worth"):
        # These three are rare in the greedy plans of these clusters (a project filled to its
        # maximum, a member dropped by trust, a member simply not worth adding); when they
        # occur, they must hold too.
        assert found, f"no generated plan has a left-out reason of kind {kind!r}"
    for case, project, item in found:
        _check(case, project, item, kind)


def test_every_left_out_reason_has_a_known_kind_and_its_english_text_is_said_from_it():
    for case, _, item in _left_out():
        _kind(item)
        assert item.reason == say_reason(item.said, case.context.words)
