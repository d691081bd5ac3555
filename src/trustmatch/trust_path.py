"""What trust has unlocked, what it still takes, and why some members have no contact yet.

Three questions a cluster manager asks about each phase of a plan or roadmap:

* **Unlocked** (:func:`phase_outlooks`): which projects — a project type on one need theme, or
  an explicit project — are possible at the start of a phase that were not at the start of the
  previous one, and for whom. A project is *possible* when its interested members (those who
  state a need it serves) include a group of ``min_participants`` members in which every two
  trust each other at least what the project needs: the type's ``trust_required`` and, for two
  competitors, the co-participation trust of the project's sensitivity
  (:func:`trustmatch.candidates.pair_threshold`). The members listed are those who belong to at
  least one such group (an exact search for a clique of that size in the "trust each other
  enough" graph; sizes are small).
* **Trust path**: for each project not possible yet, the nearest group (the ``min_participants``
  interested members who need the fewest successful ambition-1 joint projects together;
  every group is tried when there are at most :data:`EXACT_GROUPS`, else a greedy search), how
  many successful joint projects of each ambition each of its pairs still needs, and whether the
  plan's planned projects bring some group there, and by the end of which phase. Beta reputation
  (:mod:`trustmatch.trust`): a pair with pseudo-counts a, b and evidence r, s reaches T after x
  more ambition-weighted successes when ``(a + r + x) / (a + b + r + s + x) >= T``, that is
  ``x >= (T (a + b + r + s) - a - r) / (1 - T)``; ``ceil(x / L)`` successes of ambition L. The
  forecast applies the planned projects of each later phase with expected outcomes: one phase of
  forgetting, then every pair of a project's participants gains ``p L`` successes and
  ``(1 - p) L`` failures (p its success probability, L its ambition), the linear expectation the
  lookahead planner also uses.
* **No contact** (:func:`no_contact`): each member who states needs but takes part in no
  project with others in the phases considered (up to phase 2, or the plan's one phase), with
  the first true reason of: it may take part in no project; its needs form no theme; no project
  type addresses them; too few members share them; trust (in every phase considered, every
  project on its needs lacked a group with it whose members trust each other enough — the
  planner's own candidate rules, :func:`trustmatch.candidates.phase_candidates`); competitor
  balance (serving any of its needs would have put it further ahead of a competitor than the
  tolerance allows, given what that phase served); resources (too little of a resource was left
  for the smallest project with it, or for adding it to a chosen one); otherwise the plan chose
  other projects although one with it was allowed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from trustmatch.candidates import (
    TRUST_EPSILON,
    CandidateGroup,
    pair_threshold,
    phase_candidates,
)
from trustmatch.results import (
    NoContact,
    PairGap,
    PhaseOutlook,
    PhasePlan,
    TrustPath,
    UnlockedProject,
)
from trustmatch.trust import TrustState, pair_key

AMBITION_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
"""The ambition levels a joint project can have."""

EXACT_GROUPS = 20_000
"""Up to this many candidate groups the nearest group is found by trying every one."""

CONTACT_PHASES = 2
"""Members should have a joint project by the end of this phase (issue 13, item 3)."""

SENSITIVITIES: tuple[str, ...] = ("none", "low", "medium", "high")
"""Sensitivity levels, for the co-participation thresholds."""

DIGITS = 6
"""Decimals kept for floats in results (stable JSON)."""


@dataclass(frozen=True)
class _Rules:
    """What the trust conditions of every project read: competitors and thresholds."""

    competitors: frozenset[tuple[str, str]]
    co_participation: Mapping[str, float]


def _rules(context) -> _Rules:
    settings = context.scenario.competition.co_participation_trust
    return _Rules(
        competitors=frozenset(context.competitors),
        co_participation={level: settings.for_level(level) for level in SENSITIVITIES},
    )


def successes_needed(trust: TrustState, a: str, b: str, needed: float) -> dict[str, int]:
    """Return, per ambition level, the successful joint projects that bring a pair to ``needed``.

    Args:
        trust: The trust state now.
        a: One actor.
        b: The other actor.
        needed: The mutual trust to reach.

    Returns:
        ``{"1": n1, ..., "4": n4}`` (0 when the pair is already there); empty when ``needed``
        cannot be reached by successes (it is 1 or more).
    """
    key = pair_key(a, b)
    base_a, base_b = trust.base.get(key, (trust.prior_a, trust.prior_b))
    r, s = trust.evidence.get(key, (0.0, 0.0))
    if trust.pair_trust(a, b) >= needed - TRUST_EPSILON:
        return {str(level): 0 for level in AMBITION_LEVELS}
    if needed >= 1.0 - TRUST_EPSILON:
        return {}
    missing = (needed * (base_a + base_b + r + s) - base_a - r) / (1.0 - needed)
    return {
        str(level): max(1, math.ceil(missing / level - 1e-9)) for level in AMBITION_LEVELS
    }


def group_size(group: CandidateGroup) -> int:
    """Members a group of this project needs: all fixed participants of an explicit project."""
    if group.explicit:
        return max(1, len(group.interested))
    return max(1, group.min_participants)


def _trusting(
    group: CandidateGroup, trust: TrustState, rules: _Rules
) -> dict[str, set[str]]:
    """Return member -> the other interested members it trusts as much as the group needs."""
    members = group.interested
    ok: dict[str, set[str]] = {a: set() for a in members}
    for a, b in combinations(members, 2):
        need = pair_threshold(group, a, b, rules.competitors, rules.co_participation)
        if need <= 0 or trust.pair_trust(a, b) >= need - TRUST_EPSILON:
            ok[a].add(b)
            ok[b].add(a)
    return ok


def _clique_with(
    start: str, size: int, adjacent: Mapping[str, set[str]], order: Mapping[str, int]
) -> tuple[str, ...] | None:
    """Return a group of ``size`` members containing ``start`` who all trust each other, or None.

    Depth-first search in the member order; a branch stops when too few candidates remain.
    """
    def extend(chosen: list[str], candidates: list[str]) -> tuple[str, ...] | None:
        if len(chosen) == size:
            return tuple(sorted(chosen, key=order.__getitem__))
        for position, member in enumerate(candidates):
            rest = candidates[position + 1:]
            if len(chosen) + 1 + len(rest) < size:
                return None
            found = extend(
                [*chosen, member], [c for c in rest if c in adjacent[member]]
            )
            if found is not None:
                return found
        return None

    neighbours = sorted(adjacent[start], key=order.__getitem__)
    return extend([start], neighbours)


def possible_groups(
    group: CandidateGroup, trust: TrustState, rules: _Rules
) -> tuple[list[str], tuple[str, ...] | None]:
    """Return who can be part of a trusting group of ``min_participants``, and one such group.

    Returns:
        The interested members who belong to at least one group of ``min_participants``
        members who all trust each other as much as the project needs (sorted), and the first
        such group found (None when there is none).
    """
    size = group_size(group)
    adjacent = _trusting(group, trust, rules)
    order = {a: i for i, a in enumerate(group.interested)}
    alive = {a for a in group.interested if len(adjacent[a]) >= size - 1}
    # Peel members who cannot find enough partners among the remaining ones (the core).
    changed = True
    while changed:
        changed = False
        for a in sorted(alive):
            if len(adjacent[a] & alive) < size - 1:
                alive.discard(a)
                changed = True
    pruned = {a: adjacent[a] & alive for a in alive}
    members: set[str] = set()
    first: tuple[str, ...] | None = None
    for a in sorted(alive, key=order.__getitem__):
        if a in members:
            continue
        found = _clique_with(a, size, pruned, order)
        if found is not None:
            members.update(found)
            first = first or found
    return sorted(members, key=order.__getitem__), first


def _gaps(
    group: CandidateGroup, members: Sequence[str], trust: TrustState, rules: _Rules
) -> list[PairGap]:
    out = []
    for a, b in combinations(members, 2):
        need = pair_threshold(group, a, b, rules.competitors, rules.co_participation)
        have = trust.pair_trust(a, b)
        if need > 0 and have < need - TRUST_EPSILON:
            out.append(
                PairGap(
                    members=pair_key(a, b),
                    trust=round(have, DIGITS),
                    needed=round(need, DIGITS),
                    competitors=pair_key(a, b) in rules.competitors,
                    successes_needed=successes_needed(trust, a, b, need),
                )
            )
    return out


def _pair_costs(
    group: CandidateGroup, trust: TrustState, rules: _Rules
) -> dict[tuple[str, str], float]:
    costs = {}
    for a, b in combinations(group.interested, 2):
        need = pair_threshold(group, a, b, rules.competitors, rules.co_participation)
        needed = successes_needed(trust, a, b, need)
        costs[(a, b)] = float(needed["1"]) if needed else math.inf
    return costs


def nearest_group(
    group: CandidateGroup, trust: TrustState, rules: _Rules
) -> tuple[list[str], bool]:
    """Return the ``min_participants`` interested members who need the fewest ambition-1 successes.

    The cost of a group is the largest number of successful ambition-1 joint projects one of
    its pairs still needs (:func:`successes_needed`): that many successful projects of the whole
    group get every pair there; ties go to the smaller sum over the pairs, then to the group
    that comes first in the members' order. Every group is tried when there are at most
    :data:`EXACT_GROUPS`; otherwise a greedy search from each member adds the member that adds
    the least to the sum.

    Returns:
        The group (empty when every group contains a pair that can never get there) and whether
        it was proven to be the nearest (every group tried).
    """
    size = group_size(group)
    members = list(group.interested)
    costs = _pair_costs(group, trust, rules)

    def cost(a: str, b: str) -> float:
        return costs[(a, b) if (a, b) in costs else (b, a)]

    exact = math.comb(len(members), size) <= EXACT_GROUPS
    best: tuple[tuple[float, float], tuple[str, ...]] | None = None
    if exact:
        candidates = combinations(members, size)
    else:
        candidates = []
        for start in members:
            chosen = [start]
            while len(chosen) < size:
                rest = [m for m in members if m not in chosen]
                chosen.append(min(rest, key=lambda m: sum(cost(m, c) for c in chosen)))
            candidates.append(tuple(sorted(chosen, key=members.index)))
    for candidate in candidates:
        pair_costs = [cost(a, b) for a, b in combinations(candidate, 2)]
        # One successful project of the whole group adds to every pair at once: the pair that
        # needs most decides how many the group needs together; the sum breaks ties.
        total = (max(pair_costs, default=0.0), sum(pair_costs))
        if math.isinf(total[0]):
            continue
        if best is None or total < best[0]:
            best = (total, candidate)
    return (list(best[1]) if best else []), exact


def expected_after(trust: TrustState, plan: PhasePlan) -> TrustState:
    """Return the expected trust after a phase's planned projects (see the module docstring)."""
    state = trust.end_phase()
    evidence = dict(state.evidence)
    for project in plan.projects:
        p = project.success_probability
        level = float(project.ambition)
        for a, b in combinations(sorted(set(project.participants)), 2):
            r, s = evidence.get((a, b), (0.0, 0.0))
            evidence[(a, b)] = (r + p * level, s + (1.0 - p) * level)
    return replace(state, evidence=evidence)


def _labels(context, group: CandidateGroup) -> tuple[str, str, str | None]:
    """Type label, theme label and theme id of a group."""
    if group.explicit:
        return group.label, "", None
    types = {t.id: t.label for t in context.scenario.project_types}
    theme = group.themes[0]
    type_label = types.get(group.type_id or "", group.type_id or "")
    return type_label, context.theme_by_id[theme].label, theme


def _describe(context, group: CandidateGroup, rules: _Rules) -> dict:
    type_label, theme_label, theme = _labels(context, group)
    return {
        "type": group.type_id,
        "theme": theme,
        "type_label": type_label,
        "theme_label": theme_label,
        "ambition": group.ambition,
        "trust_required": group.trust_required,
        "competitor_trust": _competitor_trust(group, rules),
        "min_participants": group_size(group),
        "interested": list(group.interested),
    }


def _competitor_trust(group: CandidateGroup, rules: _Rules) -> float:
    """The trust two competitors among the interested need together (the type's when none)."""
    members = set(group.interested)
    if any(a in members and b in members for a, b in rules.competitors):
        return max(group.trust_required, rules.co_participation[group.sensitivity])
    return group.trust_required


def _trust_gated(group: CandidateGroup, rules: _Rules) -> bool:
    """Whether trust can ever keep this group from running (else it is never worth a line)."""
    if group.trust_required > 0:
        return True
    if rules.co_participation[group.sensitivity] <= 0:
        return False
    members = set(group.interested)
    return any(a in members and b in members for a, b in rules.competitors)


def phase_outlooks(
    context,
    trusts: Sequence[TrustState],
    plans: Sequence[PhasePlan],
    *,
    previous: TrustState | None = None,
    previous_phase: int | None = None,
) -> list[PhaseOutlook]:
    """Return, per phase, what trust newly allows and the trust path to what it does not yet.

    Args:
        context: The planning context (:func:`trustmatch.planner.prepare`).
        trusts: Trust at the start of each phase, in order.
        plans: The phases' plans, in the same order (their projects drive the forecast).
        previous: Trust to compare the first phase with (None: the first phase has no
            "unlocked" list).
        previous_phase: The phase at whose start ``previous`` holds (default: the phase
            before the first one).

    Returns:
        One :class:`PhaseOutlook` per phase.
    """
    rules = _rules(context)
    groups = [g for g in context.groups if _trust_gated(g, rules)]
    horizon = plans[-1].phase if plans else 0
    out: list[PhaseOutlook] = []
    before: dict[str, tuple[list[str], set[tuple[str, str]]]] | None = None
    if previous is not None:
        before = {g.key: _state_of(g, previous, rules) for g in groups}
    for index, (trust, plan) in enumerate(zip(trusts, plans, strict=True)):
        now = {g.key: _state_of(g, trust, rules) for g in groups}
        forecast: list[tuple[int, TrustState]] = []
        state = trust
        for later in plans[index:]:
            state = expected_after(state, later)
            forecast.append((later.phase, state))
        unlocked, paths = [], []
        for group in groups:
            members, pairs = now[group.key]
            if members:
                if before is not None and not before[group.key][0]:
                    unlocked.append(
                        UnlockedProject(
                            **_describe(context, group, rules),
                            members=members,
                            new_pairs=sorted(pairs - before[group.key][1]),
                        )
                    )
                continue
            nearest, proven = nearest_group(group, trust, rules)
            reached_after, reached_by = None, []
            for phase_number, expected in forecast:
                _, found = possible_groups(group, expected, rules)
                if found is not None:
                    reached_after, reached_by = phase_number, list(found)
                    break
            paths.append(
                TrustPath(
                    **_describe(context, group, rules),
                    nearest=nearest,
                    nearest_proven=proven,
                    gaps=_gaps(group, nearest, trust, rules),
                    reached_after_phase=reached_after,
                    reached_by=reached_by,
                    horizon=horizon,
                )
            )
        compared = None
        if before is not None:
            compared = (
                plans[index - 1].phase if index > 0
                else previous_phase if previous_phase is not None else plan.phase - 1
            )
        out.append(
            PhaseOutlook(
                phase=plan.phase, compared_with_phase=compared, unlocked=unlocked,
                out_of_reach=paths,
            )
        )
        before = now
    return out


def _state_of(
    group: CandidateGroup, trust: TrustState, rules: _Rules
) -> tuple[list[str], set[tuple[str, str]]]:
    """Who can take part in a trusting group, and which interested pairs trust enough."""
    members, _ = possible_groups(group, trust, rules)
    adjacent = _trusting(group, trust, rules)
    pairs = {pair_key(a, b) for a in adjacent for b in adjacent[a] if a < b}
    return members, pairs


def contact_phases(plans: Sequence[PhasePlan]) -> list[PhasePlan]:
    """Return the phases by whose end every member should have had a joint project.

    Phases up to :data:`CONTACT_PHASES` (or just the first phase planned when it comes later,
    after recorded phases).
    """
    if not plans:
        return []
    last = max(CONTACT_PHASES, plans[0].phase)
    return [p for p in plans if p.phase <= last]


def no_contact(
    context,
    trusts: Sequence[TrustState],
    plans: Sequence[PhasePlan],
    *,
    strategy: str = "optimal",
) -> list[NoContact]:
    """Return each member who states needs but has no joint project in the first phases, and why.

    Args:
        context: The planning context (:func:`trustmatch.planner.prepare`).
        trusts: Trust at the start of each phase, in order.
        plans: The phases' plans, in the same order.
        strategy: The strategy that planned them (``big-bang`` ignores trust, ``no-fairness``
            the competitor balance, so neither can be the reason).

    Returns:
        One :class:`NoContact` per such member, in the order of the scenario's actors.
    """
    considered = contact_phases(plans)
    if not considered:
        return []
    trusts = list(trusts)[: len(considered)]
    rules = _rules(context)
    joined: set[str] = set()
    for plan in considered:
        for project in plan.projects:
            if len(set(project.participants)) >= 2:
                joined.update(project.participants)
    ignore_trust = strategy == "big-bang"
    states = [
        phase_candidates(
            context.groups, trust, rules.competitors, rules.co_participation,
            names=context.names, ignore_trust=ignore_trust,
        )
        for trust in trusts
    ]
    theme_labels = {t.id: t.label for t in context.themes.themes}
    type_labels = {t.id: t.label for t in context.scenario.project_types}
    out = []
    for actor in context.scenario.actors:
        if not actor.needs or actor.id in joined:
            continue
        themes = sorted(context.weights.get(actor.id, {}))
        base = {
            "actor": actor.id,
            "phases": [p.phase for p in considered],
            "needs": themes,
            "need_labels": [theme_labels[t] for t in themes],
        }
        facts = _reason(
            context, actor, themes, considered, trusts, states, rules, type_labels,
            enforce_fairness=strategy != "no-fairness",
        )
        out.append(NoContact(**base, **facts))
    return out


def _reason(
    context, actor, themes, plans, trusts, states, rules, type_labels, *, enforce_fairness
) -> dict:
    """The first true reason why an actor has no joint project (see the module docstring)."""
    if actor.max_projects_per_phase == 0:
        return {"reason": "capacity"}
    if not themes:
        return {"reason": "no_theme"}
    from trustmatch.needs import themes_addressed

    addressing = []
    for ptype in context.scenario.project_types:
        covered = set(themes_addressed(list(context.themes.themes), ptype.addresses))
        if covered.intersection(themes):
            addressing.append(ptype)
    groups = [g for g in context.groups if actor.id in g.interested and len(g.interested) >= 2]
    if not groups:
        if not addressing:
            return {"reason": "no_project_type"}
        sharers = max(
            sum(1 for a, w in context.theme_by_id[t].actors.items() if w > 0) for t in themes
        )
        return {
            "reason": "too_few_members",
            "sharers": sharers,
            "min_participants": min(t.participants.min for t in addressing),
        }
    # Where could the actor join a candidate project, phase by phase?
    eligible_in: list[tuple[int, list[CandidateGroup]]] = []
    for index, state in enumerate(states):
        open_groups = [
            g for g in groups
            if g.key not in state.blocked and (g.key, actor.id) not in state.dropped
        ]
        if open_groups:
            eligible_in.append((index, open_groups))
    if not eligible_in:
        group = min(groups, key=lambda g: (_threshold_for(g, actor.id, rules), g.key))
        trust = trusts[-1]
        threshold = _threshold_for(group, actor.id, rules)
        trusted = sum(
            1 for other in group.interested
            if other != actor.id
            and trust.pair_trust(actor.id, other)
            >= pair_threshold(group, actor.id, other, rules.competitors, rules.co_participation)
            - TRUST_EPSILON
        )
        return {
            "reason": "trust",
            "unmatched_needs": [
                context.theme_by_id[t].label
                for t in themes
                if not any(t in g.serves.get(actor.id, ()) for g in groups)
            ],
            "phase": plans[-1].phase,
            "project_label": _group_label(context, group, type_labels),
            "threshold": round(threshold, DIGITS),
            "trusted": trusted,
            "min_participants": group_size(group),
            "sharers": len(group.interested) - 1,
        }
    index, open_groups = eligible_in[0]
    plan = plans[index]
    if enforce_fairness:
        rival = _rival_for_all(context, plan, actor.id, open_groups)
        if rival is not None:
            return {
                "reason": "competitor_balance",
                "phase": plan.phase,
                "others": [rival],
                "tolerance": context.scenario.competition.tolerance,
            }
    short = _short_for_all(plan, open_groups)
    if short is not None:
        resource, needed, left = short
        return {
            "reason": "resources",
            "phase": plan.phase,
            "resource": resource,
            "resource_needed": round(needed, DIGITS),
            "resource_left": round(left, DIGITS),
        }
    return {"reason": "planner_choice", "phase": plan.phase}


def _threshold_for(group: CandidateGroup, actor: str, rules: _Rules) -> float:
    """The trust the actor needs with the partners it would need least trust with."""
    needs = sorted(
        pair_threshold(group, actor, other, rules.competitors, rules.co_participation)
        for other in group.interested
        if other != actor
    )
    return needs[0] if needs else group.trust_required


def _group_label(context, group: CandidateGroup, type_labels: Mapping[str, str]) -> str:
    if group.explicit:
        return group.label
    return type_labels.get(group.type_id or "", group.type_id or "")


def _rival_for_all(context, plan: PhasePlan, actor: str, groups) -> str | None:
    """A competitor serving any need of the actor open to it would leave too far behind.

    Returns the competitor named for the first such need when every open need has one, else
    None. Judged on the phase's served shares, as the competitor-balance rule reads them.
    """
    total = context.total_weight.get(actor, 0.0)
    if total <= 0:
        return None
    shares = plan.served_share
    limit = context.scenario.competition.tolerance + 1e-9
    rivals = [b if a == actor else a for a, b in context.competitors if actor in (a, b)]
    first = None
    for group in groups:
        for theme in group.serves.get(actor, ()):
            after = shares.get(actor, 0.0) + context.weights[actor].get(theme, 0.0) / total
            behind = [
                r for r in rivals
                if context.total_weight.get(r, 0.0) > 0 and after - shares.get(r, 0.0) > limit
            ]
            if not behind:
                return None
            first = first or behind[0]
    return first


def _short_for_all(plan: PhasePlan, groups) -> tuple[str, float, float] | None:
    """A resource too short both for a new smallest project and for one more participant.

    Returns (resource, use needed, left) for the first open group when every open group lacks
    room, else None.
    """
    first = None
    running = {}
    for project in plan.projects:
        running.setdefault(project.id, []).append(project)  # an explicit project
        running.setdefault(project.id.rsplit(":", 1)[0], []).append(project)
    for group in groups:
        left = {
            r: plan.resources_available[r] - plan.resources_used.get(r, 0.0)
            for r in plan.resources_available
        }
        uses = group.uses(group.min_participants)
        lacking = [r for r, v in sorted(uses.items()) if r in left and v > left[r] + 1e-9]
        if not lacking:
            return None
        joinable = [
            p for p in running.get(group.key, []) if len(p.participants) < group.max_participants
        ]
        if joinable and all(
            group.per_participant_use.get(r, 0.0) <= left.get(r, math.inf) + 1e-9
            for r in group.per_participant_use
        ):
            return None
        if first is None:
            resource = lacking[0]
            first = (resource, uses[resource], max(0.0, left[resource]))
    return first
