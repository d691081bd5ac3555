"""Every kind of unserved-need reason, checked against facts derived independently of it.

The plans come from generated clusters (``trustmatch generate``'s generator, with a few free-text
members added; see ``tests/reason_plans.py``). For every unserved need of every plan whose reason
has the kind under test, the test recomputes from the scenario and the plan alone (not from the
planner's explanation code) what the reason claims, and fails if any claim is false.
"""

from __future__ import annotations

import pytest

from reason_plans import planned_cases
from trustmatch.explain import RECRUITING_KINDS, UNSERVED_KINDS
from trustmatch.needs.fit import member_fit
from trustmatch.needs.grouping import _Encoder, _share_topic
from trustmatch.needs.lexicon import build_lexicon
from trustmatch.planner import phase_problem
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import initial_trust


def _entries(kind):
    found = [(case, entry) for case in planned_cases() for entry in case.unserved
             if entry.kind == kind]
    assert found, f"no generated plan has a reason of kind {kind!r}"
    return found


def _theme(case, entry):
    return case.context.themes.theme(entry.need)


def _addressing(case, theme):
    """Project types addressing the theme, read from the scenario (not from the planner)."""
    return [
        p for p in case.context.scenario.project_types
        if p.addresses == "any" or set(p.addresses) & set(theme.needs)
    ]


def _served_in_plan(case):
    return {(a, t) for p in case.phase.projects for a in p.participants for t in p.needs}


def _load(case, actor):
    return sum(actor in p.participants for p in case.phase.projects)


def _capacity(case, actor):
    return case.context.scenario.actor(actor).max_projects_per_phase


def _max_similarity_elsewhere(case, entry):
    """Highest similarity of the need to a statement of another member in another theme."""
    scenario = case.context.scenario
    themes = case.context.themes
    mine = [s.text for s in _theme(case, entry).statements if s.actor == entry.actor]
    others = [
        s.text for t in themes.themes if t.id != entry.need
        for s in t.statements if s.actor != entry.actor
    ]
    lexicon = build_lexicon([(n.id, n.keywords) for n in scenario.needs])
    encoder = _Encoder(mine + others, lexicon)
    similarity = (encoder.encode(mine) @ encoder.encode(others).T).toarray()
    best = 0.0
    for row, text in enumerate(mine):
        for column, other in enumerate(others):
            if _share_topic(text, other, lexicon):
                best = max(best, float(similarity[row, column]))
    return best


def test_every_kind_is_documented_and_covered_by_a_test():
    assert set(UNSERVED_KINDS) == set(CHECKS)


def test_no_unserved_need_is_ever_served_in_the_plan():
    for case in planned_cases():
        served = _served_in_plan(case)
        for entry in case.unserved:
            assert (entry.actor, entry.need) not in served


def test_recruiting_is_advised_only_for_unshared_needs_or_too_few_members():
    for case in planned_cases():
        for entry in case.unserved:
            advises_recruiting = "recruit" in entry.reason.lower().replace(
                "before recruiting", "")
            assert advises_recruiting == (entry.kind in RECRUITING_KINDS), entry.reason


def check_no_plan(case, entry):
    assert not case.phase.solver.status.has_solution
    # No resource, capacity or recruiting claims without a plan.
    assert set(entry.facts) == {"actor", "label"}
    assert "--time-limit" in entry.reason


def check_no_capacity(case, entry):
    assert _capacity(case, entry.actor) == 0


def check_not_matched(case, entry):
    theme = _theme(case, entry)
    assert theme.needs == [] and not _addressing(case, theme)
    labels = {n.label for n in case.context.scenario.needs}
    assert entry.facts["tag_label"] in labels


def check_no_project_type(case, entry):
    theme = _theme(case, entry)
    assert not _addressing(case, theme)
    assert not any(
        entry.need in g.themes and entry.actor in g.serves for g in case.context.groups
        if g.explicit
    )


def check_similar(case, entry):
    theme = _theme(case, entry)
    assert list(theme.actors) == [entry.actor]
    other, text = entry.facts["other"], entry.facts["text"]
    assert other != entry.actor
    assert any(
        s.actor == other and s.text == text
        for t in case.context.themes.themes if t.id != entry.need for s in t.statements
    )
    threshold = case.context.scenario.themes.similar_threshold
    assert _max_similarity_elsewhere(case, entry) >= threshold


def _fit_and_candidates(case, entry):
    theme = _theme(case, entry)
    kinds = {a.id: a.kind for a in case.context.scenario.actors}
    fit = member_fit([theme.label, *(s.text for s in theme.statements)],
                     [kinds[a] for a in theme.actors], theme.sensitivity)
    candidates = sorted(
        a for a, kind in kinds.items()
        if kind in fit.kinds and a not in theme.actors and _capacity(case, a) > 0
    )
    return fit, candidates


def check_ask_member(case, entry):
    theme = _theme(case, entry)
    assert list(theme.actors) == [entry.actor]
    fit, candidates = _fit_and_candidates(case, entry)
    assert entry.facts["fit"] == fit.fit
    assert entry.facts["members"] and set(entry.facts["members"]) <= set(candidates)
    assert _max_similarity_elsewhere(case, entry) < case.context.scenario.themes.similar_threshold


def check_sole(case, entry):
    theme = _theme(case, entry)
    assert list(theme.actors) == [entry.actor]
    fit, candidates = _fit_and_candidates(case, entry)
    assert entry.facts["fit"] == fit.fit and candidates == []
    assert _max_similarity_elsewhere(case, entry) < case.context.scenario.themes.similar_threshold


def check_too_few(case, entry):
    theme = _theme(case, entry)
    smallest = min(p.participants.min for p in _addressing(case, theme))
    assert 2 <= len(theme.actors) < smallest
    assert entry.facts["count"] == len(theme.actors) and entry.facts["smallest"] == smallest


def _candidates_on_theme(case, entry):
    problem = phase_problem(case.context, initial_trust(case.context.scenario), "greedy")
    return [c for c in problem.candidates if entry.need in c.group.themes]


def check_trust(case, entry):
    # The trust at the phase's start left no candidate project on the theme that could take
    # the member: every group is blocked or the member was dropped from it.
    assert entry.facts["detail"]
    for candidate in _candidates_on_theme(case, entry):
        assert entry.actor not in candidate.eligible or not candidate.group.serves.get(
            entry.actor)


def check_capacity(case, entry):
    assert _load(case, entry.actor) >= _capacity(case, entry.actor) > 0
    assert entry.facts["load"] == _load(case, entry.actor)


def check_competitor_balance(case, entry):
    rival = entry.facts["rival"]
    pairs = {tuple(sorted(p)) for p in competitor_pairs(case.context.scenario)}
    assert tuple(sorted((entry.actor, rival))) in pairs
    weights = case.context.themes.actor_weights()
    total = sum(weights[entry.actor].values())
    shares = case.phase.served_share
    after = shares.get(entry.actor, 0.0) + weights[entry.actor][entry.need] / total
    assert after - shares.get(rival, 0.0) > case.context.scenario.competition.tolerance


def check_resources(case, entry):
    resource = entry.facts["resource"]
    left = case.phase.resources_available[resource] - case.phase.resources_used[resource]
    groups = [g for g in case.context.groups if entry.need in g.themes and not g.explicit]
    assert groups
    # Not even the smallest project of some group on the theme fits in what is left.
    assert any(g.uses(g.min_participants).get(resource, 0.0) > left + 1e-6 for g in groups)
    assert _load(case, entry.actor) < _capacity(case, entry.actor)


def check_no_valid_group(case, entry):
    theme = _theme(case, entry)
    assert _capacity(case, entry.actor) > _load(case, entry.actor)
    assert len(theme.actors) >= 2 and _addressing(case, theme)
    assert any(entry.actor in c.eligible for c in _candidates_on_theme(case, entry))


CHECKS = {
    "no-plan": check_no_plan,
    "no-capacity": check_no_capacity,
    "not-matched": check_not_matched,
    "no-project-type": check_no_project_type,
    "similar": check_similar,
    "ask-member": check_ask_member,
    "sole": check_sole,
    "too-few": check_too_few,
    "trust": check_trust,
    "capacity": check_capacity,
    "competitor-balance": check_competitor_balance,
    "resources": check_resources,
    "no-valid-group": check_no_valid_group,
}


@pytest.mark.parametrize("kind", UNSERVED_KINDS)
def test_reason_kind_holds_on_generated_plans(kind):
    for case, entry in _entries(kind):
        CHECKS[kind](case, entry)
