"""Every kind of left-out reason ("Not in it: ..."), checked against the plan's own facts.

For every member the planner names as left out of a chosen project in the generated plans of
``tests/reason_plans.py``, the claim of the sentence is recomputed from the scenario, the trust at
the phase's start and the portfolio; a false claim fails the test.
"""

from __future__ import annotations

import re

import pytest

from reason_plans import planned_cases
from trustmatch.planner import phase_problem
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import initial_trust, pair_key

NUMBER = r"[\d .]+"
KINDS = {
    "capacity": re.compile(r"(?P<a>.+) already takes part in (?P<n>\d+) projects this phase "
                           r"\(its limit is (?P<m>\d+)\)\."),
    "full": re.compile(r"The project is full \((?P<n>\d+) participants at most\)\."),
    "trust": re.compile(rf"Trust between (?P<a>.+?) and (?P<b>.+) is (?P<x>{NUMBER}), below the "
                        rf"(?P<y>{NUMBER}) this project needs"),
    "competitor-trust": re.compile(rf"(?P<a>.+?) competes with (?P<b>.+); their trust "
                                   rf"(?P<x>{NUMBER}) is below the (?P<y>{NUMBER}) competitors"),
    "served": re.compile(r"Its need on (?P<l>.+) is already served by (?P<w>.+)\."),
    "balance": re.compile(r"Joining would serve (?P<a>.+?) much more of its needs than its "
                          r"competitor (?P<b>.+) gets this phase"),
    "resource": re.compile(rf"Not enough (?P<r>.+?) left: one more participant needs "
                           rf"(?P<n>{NUMBER}), (?P<m>{NUMBER}) remain\."),
    "dropped": re.compile(r"(?P<a>.+?) trusts too few of the other interested members"),
    "not-worth": re.compile(r"Adding (?P<a>.+) would not improve the plan"),
}


def _number(text: str) -> float:
    return float(text.replace(" ", ""))


def _kind(reason: str) -> str:
    for kind, pattern in KINDS.items():
        if pattern.match(reason):
            return kind
    raise AssertionError(f"a left-out reason of unknown form: {reason}")


def _left_out():
    out = []
    for case in planned_cases():
        if not case.phase.solver.status.has_solution:
            continue
        for project in case.phase.projects:
            for item in project.left_out:
                out.append((case, project, item))
    return out


def _ids(case):
    by_name = {}
    for actor in case.context.scenario.actors:
        by_name.setdefault(actor.name, []).append(actor.id)
    return {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}


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
    match = KINDS[kind].match(item.reason)
    ids = _ids(case)
    capacity = case.context.scenario.actor(actor).max_projects_per_phase
    group = _group(case, project)
    if kind == "capacity":
        assert _load(case, actor) == int(match["n"]) >= int(match["m"]) == capacity
    elif kind == "full":
        assert len(project.participants) == int(match["n"]) == group.max_participants
    elif kind in ("trust", "competitor-trust"):
        other = ids.get(match["b"])
        if other is None:
            return
        assert other in project.participants
        assert _trust(case, actor, other) == pytest.approx(_number(match["x"]), abs=0.005)
        assert _number(match["x"]) < _number(match["y"])
        rivals = {tuple(sorted(p)) for p in competitor_pairs(case.context.scenario)}
        assert (tuple(sorted((actor, other))) in rivals) == (kind == "competitor-trust")
    elif kind == "served":
        where = {p.id: p for p in case.phase.projects}
        named = [w for w in where if w in match["w"]]
        assert named and all(actor in where[w].participants for w in named)
        own = set(group.serves.get(actor, ()))
        assert own and own <= {t for w in named for t in where[w].needs}
    elif kind == "balance":
        rival = ids.get(match["b"])
        if rival is None:
            return
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
        resource = match["r"]
        left = case.phase.resources_available[resource] - case.phase.resources_used[resource]
        assert _number(match["m"]) == pytest.approx(max(0.0, left), abs=0.01)
        assert group.per_participant_use[resource] == pytest.approx(_number(match["n"]))
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
    found = [(c, p, i) for c, p, i in _left_out() if _kind(i.reason) == kind]
    if kind not in ("dropped", "full", "not-worth"):
        # These three are rare in the greedy plans of these clusters (a project filled to its
        # maximum, a member dropped by trust, a member simply not worth adding); when they
        # occur, they must hold too.
        assert found, f"no generated plan has a left-out reason of kind {kind!r}"
    for case, project, item in found:
        _check(case, project, item, kind)


def test_every_left_out_reason_has_a_known_form():
    for _, _, item in _left_out():
        _kind(item.reason)
