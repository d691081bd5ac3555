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
  lookahead planner also uses. After the last phase planned, the phases of the lookahead's own
  path (``PhasePlan.path`` of the ``lookahead`` strategy) follow, with p computed by the
  simulation model from the expected trust; the horizon is then the path's last phase.
* **No contact** (:func:`no_contact`): each member who states needs but takes part in no
  project with others in the phases considered (up to phase 2, or the plan's one phase) and
  took part in none before them (recorded in a ledger), with
  the first true reason of: it may take part in no project; its needs form no theme; no project
  type addresses them; too few members share them; trust (in every phase considered, every
  project on its needs lacked a group with it whose members trust each other enough — the
  planner's own candidate rules, :func:`trustmatch.candidates.phase_candidates`); competitor
  balance (serving any of its needs would have put it further ahead of a competitor than the
  tolerance allows, given what that phase served); resources (too little of a resource was left
  for the smallest project with it, or for adding it to a chosen one); otherwise the plan chose
  other projects although one with it was allowed.
  The reasons after "trust" are judged in the latest phase considered in which it could have
  joined a project. When a phase considered has no plan at all, nobody is listed (the solver's
  message says why nobody got a project).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import TYPE_CHECKING

from trustmatch.candidates import TRUST_EPSILON, CandidateGroup, pair_threshold
from trustmatch.outcomes import success_probability
from trustmatch.results import (
    NoContact,
    PairGap,
    PhaseOutlook,
    PhasePlan,
    TrustPath,
    UnlockedProject,
)
from trustmatch.trust import TrustState, pair_key

if TYPE_CHECKING:  # the planner imports this module lazily; no cycle at run time
    from trustmatch.planner import PlanningContext

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
    rivals: Mapping[str, frozenset[str]]


def _rules(context: PlanningContext) -> _Rules:
    settings = context.scenario.competition.co_participation_trust
    rivals: dict[str, set[str]] = {}
    for a, b in context.competitors:
        rivals.setdefault(a, set()).add(b)
        rivals.setdefault(b, set()).add(a)
    return _Rules(
        competitors=frozenset(context.competitors),
        co_participation={level: settings.for_level(level) for level in SENSITIVITIES},
        rivals={a: frozenset(others) for a, others in rivals.items()},
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


def history(trust: TrustState) -> dict[str, set[str]]:
    """Return actor -> the actors it has a pair entry with (known trust or evidence).

    Only these pairs can have a trust other than the prior.
    """
    out: dict[str, set[str]] = {}
    for a, b in set(trust.base) | set(trust.evidence):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


class _Compatibility:
    """Which interested members of a group trust each other as much as the project needs.

    Most pairs have no history and sit at the prior, so they all pass or all fail the type's
    ``trust_required`` alike; only pairs with history and competitor pairs differ. They are the
    *special* pairs: when the prior passes, the graph is stored as its few failing pairs
    (``dense``), else as its few passing pairs. Either way a group of a thousand members costs
    as much as its special pairs, not the square of its size.
    """

    def __init__(
        self,
        group: CandidateGroup,
        trust: TrustState,
        rules: _Rules,
        pairs_with_history: Mapping[str, set[str]] | None = None,
    ):
        self.group = group
        self.trust = trust
        self.members = group.interested
        self.order = {a: i for i, a in enumerate(self.members)}
        inside = set(self.members)
        prior_need = group.trust_required
        self.dense = prior_need <= 0 or trust.prior_mean >= prior_need - TRUST_EPSILON
        self.rules = rules
        known = history(trust) if pairs_with_history is None else pairs_with_history
        special: set[tuple[str, str]] = set()
        for a in self.members:
            for b in known.get(a, ()):
                if b in inside:
                    special.add(pair_key(a, b))
            for b in rules.rivals.get(a, ()):
                if b in inside:
                    special.add(pair_key(a, b))
        self.special = special
        self.marked: dict[str, set[str]] = {a: set() for a in self.members}
        for a, b in special:
            if self._passes(a, b) != self.dense:  # a failing pair (dense) or a passing one
                self.marked[a].add(b)
                self.marked[b].add(a)

    def need(self, a: str, b: str) -> float:
        """The mutual trust the two need for this project."""
        return pair_threshold(self.group, a, b, self.rules.competitors, self.rules.co_participation)

    def _passes(self, a: str, b: str) -> bool:
        need = self.need(a, b)
        return need <= 0 or self.trust.pair_trust(a, b) >= need - TRUST_EPSILON

    def ok(self, a: str, b: str) -> bool:
        """Whether the two trust each other enough for this project."""
        return (b not in self.marked[a]) if self.dense else (b in self.marked[a])

    def partners(self, a: str, among: set[str]) -> set[str]:
        """The members of ``among`` that ``a`` trusts enough (``a`` itself left out)."""
        if self.dense:
            return among - self.marked[a] - {a}
        return self.marked[a] & among

    def core(self, size: int) -> set[str]:
        """Members with at least ``size - 1`` partners among the remaining ones (peeled)."""
        alive = set(self.members)
        changed = True
        while changed:
            changed = False
            for a in sorted(alive, key=self.order.__getitem__):
                if a not in alive:
                    continue
                if self.dense:
                    degree = len(alive) - 1 - len(self.marked[a] & alive)
                else:
                    degree = len(self.marked[a] & alive)
                if degree < size - 1:
                    alive.discard(a)
                    changed = True
        return alive

    def group_with(self, start: str, size: int, among: set[str]) -> tuple[str, ...] | None:
        """A group of ``size`` members of ``among`` containing ``start`` who all trust each other.

        Depth-first search in the members' order; a branch stops when too few candidates remain.
        """
        order = self.order

        def extend(chosen: list[str], candidates: list[str]) -> tuple[str, ...] | None:
            if len(chosen) == size:
                return tuple(sorted(chosen, key=order.__getitem__))
            for position, member in enumerate(candidates):
                rest = candidates[position + 1:]
                if len(chosen) + 1 + len(rest) < size:
                    return None
                found = extend([*chosen, member], [c for c in rest if self.ok(member, c)])
                if found is not None:
                    return found
            return None

        return extend([start], sorted(self.partners(start, among), key=order.__getitem__))


def _possible(compat: _Compatibility) -> tuple[list[str], tuple[str, ...] | None]:
    """Return who can be part of a trusting group of the project's size, and one such group.

    Returns:
        The interested members who belong to at least one group of ``min_participants``
        members who all trust each other as much as the project needs (in the members' order),
        and the first such group found (None when there is none).
    """
    size = group_size(compat.group)
    alive = compat.core(size)
    members: set[str] = set()
    first: tuple[str, ...] | None = None
    for a in sorted(alive, key=compat.order.__getitem__):
        if a in members:
            continue
        found = compat.group_with(a, size, alive)
        if found is not None:
            members.update(found)
            first = first or found
    return sorted(members, key=compat.order.__getitem__), first


def _gaps(compat: _Compatibility, members: Sequence[str]) -> list[PairGap]:
    out = []
    trust = compat.trust
    for a, b in combinations(members, 2):
        need = compat.need(a, b)
        have = trust.pair_trust(a, b)
        if need > 0 and have < need - TRUST_EPSILON:
            out.append(
                PairGap(
                    members=pair_key(a, b),
                    trust=round(have, DIGITS),
                    needed=round(need, DIGITS),
                    competitors=pair_key(a, b) in compat.rules.competitors,
                    successes_needed=successes_needed(trust, a, b, need),
                )
            )
    return out


GREEDY_STARTS = 20
"""Members the greedy search for the nearest group starts from (large groups only)."""


def _nearest(compat: _Compatibility) -> tuple[list[str], bool]:
    """Return the ``min_participants`` interested members who need the fewest ambition-1 successes.

    The cost of a group is the largest number of successful ambition-1 joint projects one of
    its pairs still needs (:func:`successes_needed`): that many successful projects of the whole
    group get every pair there; ties go to the smaller sum over the pairs, then to the group
    that comes first in the members' order. Members without history with any other member
    (and no competitor among them) are interchangeable, so only the first ``min_participants``
    of them are considered. Every group is tried when there are at most :data:`EXACT_GROUPS`;
    otherwise a greedy search adds, from each of up to
    :data:`GREEDY_STARTS` members (those with the cheapest pair first), the member that adds the
    least.

    Returns:
        The group (empty when every group contains a pair that can never get there) and whether
        it was proven to be the nearest (every group tried).
    """
    group, trust = compat.group, compat.trust
    size = group_size(group)
    members = list(group.interested)
    # Pairs without history and not competing all cost the same: from the prior to the type's
    # trust_required. Only the special pairs need their own count.
    prior_needed = successes_needed(
        replace(trust, base={}, evidence={}), members[0], members[-1], group.trust_required
    ) if members else {}
    default = float(prior_needed["1"]) if prior_needed else math.inf
    special: dict[tuple[str, str], float] = {}
    for a, b in compat.special:
        needed = successes_needed(trust, a, b, compat.need(a, b))
        special[(a, b)] = float(needed["1"]) if needed else math.inf

    lookup = special.get

    def cost(a: str, b: str) -> float:
        return lookup((a, b) if a < b else (b, a), default)

    def score(candidate: Sequence[str]) -> tuple[float, float]:
        pair_costs = [cost(a, b) for a, b in combinations(candidate, 2)]
        # One successful project of the whole group adds to every pair at once: the pair that
        # needs most decides how many the group needs together; the sum breaks ties.
        return (max(pair_costs, default=0.0), sum(pair_costs))

    def added(chosen: Sequence[str], so_far: tuple[float, float], member: str):
        extra = [cost(member, c) for c in chosen]
        return (max(so_far[0], *extra), so_far[1] + sum(extra))

    # Members without any special pair are interchangeable (every pair of theirs costs the
    # default): an optimal group never needs more of them than the first ``size`` in order.
    with_special = {a for pair in special for a in pair}
    fillers = set([m for m in members if m not in with_special][:size])
    members = [m for m in members if m in with_special or m in fillers]
    exact = math.comb(len(members), size) <= EXACT_GROUPS
    if exact:
        candidates: Sequence[Sequence[str]] | combinations = combinations(members, size)
    else:
        cheapest: dict[str, float] = {}
        for (a, b), value in special.items():
            cheapest[a] = min(cheapest.get(a, math.inf), value)
            cheapest[b] = min(cheapest.get(b, math.inf), value)
        starts = sorted(
            members, key=lambda m: (cheapest.get(m, default), compat.order[m])
        )[:GREEDY_STARTS]
        candidates = []
        for start in starts:
            chosen, so_far = [start], (0.0, 0.0)
            while len(chosen) < size:
                taken = set(chosen)
                best_next = min(
                    (added(chosen, so_far, m), compat.order[m], m)
                    for m in members if m not in taken
                )
                so_far = best_next[0]
                chosen.append(best_next[2])
            candidates.append(tuple(sorted(chosen, key=compat.order.__getitem__)))
    best: tuple[tuple[float, float], Sequence[str]] | None = None
    for candidate in candidates:
        total = score(candidate)
        if math.isinf(total[0]):
            continue
        if best is None or total < best[0]:
            best = (total, candidate)
    return (list(best[1]) if best else []), exact


def expected_after(trust: TrustState, plan: PhasePlan) -> TrustState:
    """Return the expected trust after a phase's planned projects (see the module docstring)."""
    return _expected(
        trust, [(p.participants, p.ambition, p.success_probability) for p in plan.projects]
    )


def _expected(
    trust: TrustState, projects: Sequence[tuple[Sequence[str], int, float]]
) -> TrustState:
    """The expected trust after one phase of ``(participants, ambition, success chance)``."""
    state = trust.end_phase()
    evidence = dict(state.evidence)
    for participants, ambition, p in projects:
        level = float(ambition)
        for a, b in combinations(sorted(set(participants)), 2):
            r, s = evidence.get((a, b), (0.0, 0.0))
            evidence[(a, b)] = (r + p * level, s + (1.0 - p) * level)
    return replace(state, evidence=evidence)


def _path_phases(context: PlanningContext, plan) -> list[tuple[int, list]]:
    """The later phases a lookahead plan carries (``plan.path``), grouped by phase, in order.

    A plan of the ``lookahead`` strategy lists the projects it planned for the later phases of
    its horizon (re-planned after each phase's outcomes); other plans carry none.
    """
    path = getattr(plan, "path", None) or []
    phases: dict[int, list] = {}
    for project in path:
        if project.phase > plan.phase:
            phases.setdefault(project.phase, []).append(project)
    return sorted(phases.items())


def _forecast(context: PlanningContext, trust: TrustState, plans: Sequence[PhasePlan]):
    """Expected trust after each planned phase, then after each phase of the lookahead's path.

    Returns:
        ``(phase, expected trust, its pairs with history)`` per phase, in order.
    """
    out = []
    state = trust
    for later in plans:
        state = expected_after(state, later)
        out.append((later.phase, state, history(state)))
    if plans:
        groups = {g.key: g for g in context.groups}
        settings = context.scenario.simulation
        for phase, projects in _path_phases(context, plans[-1]):
            planned = []
            for project in projects:
                group = groups.get(project.group)
                if group is None:
                    continue
                # The chance of success as the planner would compute it at the expected trust.
                chance = success_probability(
                    group.base_success, group.ambition, group.min_participants,
                    project.participants, state, settings,
                )
                planned.append((project.participants, group.ambition, chance))
            state = _expected(state, planned)
            out.append((phase, state, history(state)))
    return out


def _labels(context: PlanningContext, group: CandidateGroup) -> tuple[str, str, str | None]:
    """Type label, theme label and theme id of a group."""
    if group.explicit:
        return group.label, "", None
    types = {t.id: t.label for t in context.scenario.project_types}
    theme = group.themes[0]
    type_label = types.get(group.type_id or "", group.type_id or "")
    return type_label, context.theme_by_id[theme].label, theme


def _describe(context: PlanningContext, group: CandidateGroup, rules: _Rules) -> dict:
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
    context: PlanningContext,
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
    if plans:
        horizon = max([horizon, *(phase for phase, _ in _path_phases(context, plans[-1]))])
    out: list[PhaseOutlook] = []
    before: dict[str, tuple[list[str], _Compatibility]] | None = None
    if previous is not None:
        known = history(previous)
        before = {g.key: _state_of(g, previous, rules, known) for g in groups}
    for index, (trust, plan) in enumerate(zip(trusts, plans, strict=True)):
        known = history(trust)
        now = {g.key: _state_of(g, trust, rules, known) for g in groups}
        forecast = _forecast(context, trust, plans[index:])
        unlocked, paths = [], []
        for group in groups:
            members, compat = now[group.key]
            if members:
                if before is not None and not before[group.key][0]:
                    earlier = before[group.key][1]
                    unlocked.append(
                        UnlockedProject(
                            **_describe(context, group, rules),
                            members=members,
                            new_pairs=sorted(
                                p for p in compat.special | earlier.special
                                if compat.ok(*p) and not earlier.ok(*p)
                            ),
                        )
                    )
                continue
            nearest, proven = _nearest(compat)
            reached_after, reached_by = None, []
            for phase_number, expected, expected_known in forecast:
                _, found = _possible(_Compatibility(group, expected, rules, expected_known))
                if found is not None:
                    reached_after, reached_by = phase_number, list(found)
                    break
            paths.append(
                TrustPath(
                    **_describe(context, group, rules),
                    nearest=nearest,
                    nearest_proven=proven,
                    gaps=_gaps(compat, nearest),
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
    group: CandidateGroup, trust: TrustState, rules: _Rules, known: Mapping[str, set[str]]
) -> tuple[list[str], _Compatibility]:
    """Who can take part in a trusting group, and the group's compatibility graph."""
    compat = _Compatibility(group, trust, rules, known)
    return _possible(compat)[0], compat


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
    context: PlanningContext,
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
    if not considered or not all(p.solver.status.has_solution for p in considered):
        # Without a plan for a phase there is nothing to explain member by member: nobody got a
        # project, and the solver's message says why.
        return []
    trusts = list(trusts)[: len(considered)]
    rules = _rules(context)
    # Joint projects that already took place (recorded in a ledger) count as contact too.
    joined: set[str] = {a for pair in trusts[0].evidence for a in pair} if trusts else set()
    for plan in considered:
        for project in plan.projects:
            if len(set(project.participants)) >= 2:
                joined.update(project.participants)
    states = [
        _Eligibility(trust, rules, ignore_trust=strategy == "big-bang") for trust in trusts
    ]
    theme_labels = {t.id: t.label for t in context.themes.themes}
    type_labels = {t.id: t.label for t in context.scenario.project_types}
    from trustmatch.needs import themes_addressed

    covered = {
        ptype.id: set(themes_addressed(list(context.themes.themes), ptype.addresses))
        for ptype in context.scenario.project_types
    }
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
            context, actor, themes, considered, trusts, states, rules, type_labels, covered,
            enforce_fairness=strategy != "no-fairness",
        )
        out.append(NoContact(**base, **facts))
    return out


def _reason(
    context, actor, themes, plans, trusts, states, rules, type_labels, covered, *,
    enforce_fairness,
) -> dict:
    """The first true reason why an actor has no joint project (see the module docstring)."""
    if actor.max_projects_per_phase == 0:
        return {"reason": "capacity"}
    if not themes:
        return {"reason": "no_theme"}
    addressing = [
        ptype for ptype in context.scenario.project_types
        if covered[ptype.id].intersection(themes)
    ]
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
        open_groups = [g for g in groups if state.may_join(g, actor.id)]
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
                t for t in themes if not any(t in g.serves.get(actor.id, ()) for g in groups)
            ],
            "phase": plans[-1].phase,
            "project": group.key if group.explicit else group.type_id,
            "project_label": _group_label(context, group, type_labels),
            "threshold": round(threshold, DIGITS),
            "trusted": trusted,
            "min_participants": group_size(group),
            "sharers": len(group.interested) - 1,
        }
    # The latest phase in which it could have joined: the situation the manager faces now.
    index, open_groups = eligible_in[-1]
    plan = plans[index]
    if enforce_fairness:
        rival = _rival_for_all(context, rules, plan, actor.id, open_groups)
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


class _Eligibility:
    """Who may join which candidate group at one trust state, by the planner's own rules.

    The rules of :func:`trustmatch.candidates.phase_candidates`: an explicit project runs only
    when every two of its participants trust each other enough; a member may join a generated
    group when it is in the ``(min - 1)``-core of the "trust each other enough" graph and that
    core holds at least ``min`` members. Computed per group on first use.
    """

    def __init__(self, trust: TrustState, rules: _Rules, *, ignore_trust: bool):
        self.trust = trust
        self.rules = rules
        self.ignore_trust = ignore_trust
        self.known = history(trust)
        self.cores: dict[str, set[str]] = {}

    def may_join(self, group: CandidateGroup, actor: str) -> bool:
        """Whether the actor is an eligible participant of the group at this trust."""
        if self.ignore_trust:
            return actor in group.interested
        if group.key not in self.cores:
            compat = _Compatibility(group, self.trust, self.rules, self.known)
            if group.explicit:
                everyone = set(group.interested)
                fits = all(compat.partners(a, everyone) == everyone - {a} for a in everyone)
                self.cores[group.key] = everyone if fits else set()
            else:
                core = compat.core(max(1, group.min_participants))
                self.cores[group.key] = core if len(core) >= group.min_participants else set()
        return actor in self.cores[group.key]


def _threshold_for(group: CandidateGroup, actor: str, rules: _Rules) -> float:
    """The trust the actor needs with the partners it would need least trust with."""
    needs = sorted(
        pair_threshold(group, actor, other, rules.competitors, rules.co_participation)
        for other in group.interested
        if other != actor
    )
    return needs[0] if needs else group.trust_required


def _group_label(
    context: PlanningContext, group: CandidateGroup, type_labels: Mapping[str, str]
) -> str:
    if group.explicit:
        return group.label
    return type_labels.get(group.type_id or "", group.type_id or "")


def _rival_for_all(
    context: PlanningContext, rules: _Rules, plan: PhasePlan, actor: str, groups
) -> str | None:
    """A competitor serving any need of the actor open to it would leave too far behind.

    Returns the competitor named for the first such need when every open need has one, else
    None. Judged on the phase's served shares, as the competitor-balance rule reads them.
    """
    total = context.total_weight.get(actor, 0.0)
    if total <= 0:
        return None
    shares = plan.served_share
    limit = context.scenario.competition.tolerance + 1e-9
    rivals = sorted(rules.rivals.get(actor, ()))
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
