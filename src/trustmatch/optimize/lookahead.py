"""Plan the path, commit one phase: the ``lookahead`` strategy's multi-phase integer program.

The phase to plan now (phase 1 of the horizon) is the one-phase program of
:mod:`trustmatch.optimize.model`, unchanged. Phases 2..H of the horizon (``planning.horizon``,
never beyond the phases left) are added to the same program with their own ``x``/``y``
variables, resources, participant limits, actor capacity, conflict cliques and
no-competitive-loss rows, and are valued ``discount^(h-1)`` times (``planning.lookahead_discount``)
by the needs they serve (benefit and repeat rules across the horizon) minus their cost. Contacts
count only in phase 1 (where they are made now); the contact rule counts a member reached in
phase 1 or 2. Only phase 1's portfolio is recommended; the roadmap plans the next phase again
from the real trust after the outcomes (rolling horizon). The later phases are returned as plain
data (what the path looks like), not as recommendations.

**Trust thresholds of later phases.** Two members a, b whose trust is below a type's threshold T
now may still be together in a project of that type in phase h when the joint projects planned
for them in phases h' < h bring their trust there. With the beta model a pair's trust in phase h
is (A + r) / (A + B + r + s), where A, B are its pseudo-counts now (base plus evidence, faded by
``(1 - forgetting)^(h-1)``), and a joint project i of ambition L_i in phase h' adds the expected
evidence r = p_i L_i, s = (1 - p_i) L_i (faded by ``(1 - forgetting)^(h-h'-1)``). p_i is the
project's expected success: its type's ``success_probability`` at its minimum size and at the
prior trust (``base - ambition_penalty (L - 1)``, clipped as in :mod:`trustmatch.outcomes`).
With the pair-together variables w[h', i, a, b] (= y[h', i, a] AND y[h', i, b], bound both ways)
the condition (A + r) >= T (A + B + r + s) is the linear row::

    sum_{h' < h, i} fade * L_i * (p_i - T) * w[h', i, a, b] >= q[h, a, b, T] * (T (A + B) - A)

with a binary q that allows them together in phase h: y[h, j, a] + y[h, j, b] <= x[h, j] + q
for every slot j of phase h whose threshold for the pair is T. Pairs that cannot reach T even if
they worked together in every earlier phase (at most their smaller capacity of projects per
phase, each chosen among the types both are interested in and may already join) keep the
conflict rows of a one-phase plan. With ``planning.lookahead_later: relaxed`` (the default) x, y
and q of the later phases are continuous: phase 1 stays whole, the path after it is the
program's optimistic estimate, and the reported status and gap are those of this program.

**Repeat rule across the horizon.** With S[h, b] = "served in phase h at benefit >= b" (the
indicators of :func:`trustmatch.optimize.model.served_levels`), a later phase loses
``(1 - repeat_factor) * W * (max(b, b0) - max(b_prev, b0))`` per level b on which an earlier
phase of the horizon served the need too (b0: the best benefit delivered before the horizon):
a linear AND/OR on the indicators.

**Size and time.** The program grows with the horizon; when it has more than
:data:`MAX_BINARIES` binary variables the horizon is shortened (down to the one-phase program),
and the solver gets the phase's time limit and ``planning.lookahead_gap``. Status, bound and gap
are the solver's on the whole horizon program, read as honestly as for one phase.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

import pulp

from trustmatch.candidates import (
    TRUST_EPSILON,
    Candidate,
    CandidateGroup,
    conflict_cliques,
    pair_threshold,
    phase_candidates,
)
from trustmatch.optimize.model import (
    _GE,
    _LE,
    PhaseModel,
    _expr,
    _variable,
    build_model,
    served_levels,
)
from trustmatch.optimize.portfolio import PhaseProblem, Selection, reaches
from trustmatch.results import SolverStatus, StoredPhrase
from trustmatch.scenario.models import SimulationSettings
from trustmatch.trust import TrustState, pair_key

MAX_BINARIES = 40_000
"""Above this many binary variables the horizon is shortened by one phase (and so on)."""

def expected_success(group: CandidateGroup) -> float:
    """Return the success chance the trust rows expect of a project of this group.

    ``group.expected_success``: the type's chance at its minimum size and at the prior trust
    (no trust effect), minus the ambition penalty, clipped like a simulated project's chance.
    """
    return group.expected_success


def pseudo_counts(trust: TrustState, a: str, b: str, offset: int) -> tuple[float, float]:
    """Return a pair's pseudo-counts (A, B) ``offset`` phases from now, evidence faded."""
    key = pair_key(a, b)
    base_a, base_b = trust.base.get(key, (trust.prior_a, trust.prior_b))
    r, s = trust.evidence.get(key, (0.0, 0.0))
    keep = (1.0 - trust.forgetting) ** offset
    return base_a + r * keep, base_b + s * keep


def threshold_need(trust: TrustState, a: str, b: str, threshold: float, offset: int) -> float:
    """Return T (A + B) - A: the expected net evidence the pair needs to reach ``threshold``.

    Zero or less means the pair is there already.
    """
    base_a, base_b = pseudo_counts(trust, a, b, offset)
    return threshold * (base_a + base_b) - base_a


class _OptimisticTrust:
    """The highest trust each pair could have ``offset`` phases from now (for eligibility).

    A pair working together in ``offset * min(capacity)`` projects of the best type both can
    already join (expected outcomes) reaches at most this; pairs below a threshold even so
    keep the one-phase conflict rows in that phase.
    """

    def __init__(self, trust: TrustState, offset: int, builders: Mapping, capacity):
        self.trust = trust
        self.offset = offset
        self.builders = builders
        self.capacity = capacity
        self.prior_mean = trust.prior_mean

    def pair_trust(self, a: str, b: str) -> float:
        base_a, base_b = pseudo_counts(self.trust, a, b, self.offset)
        best = max(self.trust.pair_trust(a, b), base_a / (base_a + base_b))
        runs = self.offset * min(self.capacity.get(a, 0), self.capacity.get(b, 0))
        for p, level in self.builders.get(pair_key(a, b), ()):
            r = runs * p * level
            best = max(best, (base_a + r) / (base_a + base_b + runs * level))
        return best


@dataclass
class LaterPhase:
    """The variables of one later phase of the horizon.

    Attributes:
        offset: Phases after the one planned now (1 = the next phase).
        candidates: Its candidate slots (eligibility from the optimistic trust).
        opens: Per candidate, its ``x``.
        takes: Per candidate, actor -> ``y`` (empty for explicit projects).
    """

    offset: int
    candidates: list[Candidate]
    opens: list[pulp.LpVariable] = field(default_factory=list)
    takes: list[dict[str, pulp.LpVariable]] = field(default_factory=list)

    def portfolio(self) -> list[Selection]:
        """Return the phase's portfolio in the current solution."""
        chosen = []
        for candidate, opened, takes in zip(self.candidates, self.opens, self.takes, strict=True):
            if (opened.varValue or 0.0) < 0.5:
                continue
            if candidate.group.explicit:
                people = candidate.group.interested
            else:
                people = tuple(a for a in candidate.eligible if (takes[a].varValue or 0.0) > 0.5)
            chosen.append(Selection(candidate, people))
        return chosen


@dataclass
class LookaheadModel:
    """The horizon program: phase 1's model plus the later phases.

    Attributes:
        first: Phase 1's model (its ``lp`` is the whole program).
        later: The later phases.
        phase_one_terms: Phase 1's objective terms (to split the objective afterwards).
        stats: Size of the program.
    """

    first: PhaseModel
    later: list[LaterPhase]
    phase_one_terms: list
    stats: dict[str, int]

    @property
    def lp(self) -> pulp.LpProblem:
        """The whole program."""
        return self.first.lp

    def phase_one_value(self) -> float:
        """Return the model's value of phase 1's terms in the current solution."""
        return sum((var.varValue or 0.0) * c for var, c in self.phase_one_terms)

    def total_value(self) -> float:
        """Return the model's objective in the current solution."""
        return float(pulp.value(self.lp.objective) or 0.0)


def _builders(groups: Sequence[CandidateGroup], trust: TrustState, competitors,
              co_participation, simulation) -> dict[tuple[str, str], list[tuple[float, int]]]:
    """Pair -> (expected success, ambition) of the types both can join with today's trust."""
    out: dict[tuple[str, str], set[tuple[float, int]]] = defaultdict(set)
    for group in groups:
        if group.explicit or len(group.interested) < 2:
            continue
        p = expected_success(group)
        for a, b in combinations(group.interested, 2):
            need = pair_threshold(group, a, b, competitors, co_participation)
            if trust.pair_trust(a, b) >= need - TRUST_EPSILON:
                out[(a, b)].add((p, group.ambition))
    return {k: sorted(v) for k, v in out.items()}


def build_lookahead(
    problem: PhaseProblem,
    groups: Sequence[CandidateGroup],
    *,
    horizon: int,
    discount: float,
    simulation: SimulationSettings,
    names: Mapping[str, str],
    integer_later: bool = False,
) -> LookaheadModel:
    """Build the horizon program for phase 1's problem (see the module docstring).

    Args:
        problem: Phase 1's problem (trust, history, weights and limits).
        groups: The scenario's trust-independent candidate groups.
        horizon: Phases planned together (phase 1 included); 1 gives the one-phase program.
        discount: Weight of each later phase relative to the one before.
        simulation: The simulation settings (expected success of planned projects).
        names: Actor id -> display name (for the candidates' explanations).
        integer_later: Whether the later phases' ``x``, ``y`` and ``q`` are integer (else
            their linear relaxation: ``planning.lookahead_later``).
    """
    first_problem = replace(problem, reach_value=0.0)
    first = build_model(first_problem, name="lookahead")
    lp = first.lp
    rows = first.rows
    objective = list(first.objective_terms)
    phase_one_terms = list(first.objective_terms)
    trust = problem.trust
    competitors = problem.competitors
    co_participation = problem.co_participation
    builders = _builders(groups, trust, competitors, co_participation, simulation)
    actor_index = {a: k for k, a in enumerate(sorted(problem.capacity))}
    stats = {"binaries": first.stats["binaries"], "trust_rows": 0, "pair_terms": 0}

    # Phase 1's participations: slot -> actor -> variable (explicit: x itself).
    phase_vars: list[list[tuple[Candidate, pulp.LpVariable, dict[str, pulp.LpVariable]]]] = [
        [
            (c, x, dict(y) if not c.group.explicit else {a: x for a in c.group.interested})
            for c, x, y in zip(first.candidates, first.opens, first.takes, strict=True)
        ]
    ]
    levels_by_phase: list[dict[tuple[str, str], list[tuple[float, pulp.LpVariable]]]] = [
        first.levels
    ]
    conflicts_by_phase: list[list[set[tuple[str, str]]]] = [
        [set(c.conflicts) for c in first.candidates]
    ]
    together: dict[tuple[int, int, str, str], pulp.LpVariable] = {}
    later: list[LaterPhase] = []
    reach_terms: dict[str, list[pulp.LpVariable]] = defaultdict(list)
    for c, _x, people in phase_vars[0]:
        if reaches(c.group):
            for actor, var in people.items():
                if problem.unreached(actor):
                    reach_terms[actor].append(var)

    def pair_together(h: int, slot: int, a: str, b: str) -> pulp.LpVariable:
        key = (h, slot, a, b)
        if key not in together:
            candidate, x, people = phase_vars[h][slot]
            if candidate.group.explicit:
                together[key] = x
            else:
                w = _variable(lp, f"t{h}_{slot}_{actor_index[a]}_{actor_index[b]}", False)
                rows.add([(w, 1.0), (people[a], -1.0)], _LE, 0.0)
                rows.add([(w, 1.0), (people[b], -1.0)], _LE, 0.0)
                rows.add([(w, 1.0), (people[a], -1.0), (people[b], -1.0)], _GE, -1.0)
                together[key] = w
                stats["pair_terms"] += 1
        return together[key]

    permission: dict[tuple[int, str, str, float], pulp.LpVariable | None] = {}

    def allowed(h: int, a: str, b: str, threshold: float) -> pulp.LpVariable | None:
        """q[h, a, b, T] with its trust row, or None when the pair cannot get there."""
        key = (h, a, b, threshold)
        if key in permission:
            return permission[key]
        need = threshold_need(trust, a, b, threshold, h)
        terms = []
        for earlier in range(h):
            fade = (1.0 - trust.forgetting) ** (h - earlier - 1)
            for slot, (candidate, _x, people) in enumerate(phase_vars[earlier]):
                if a not in people or b not in people:
                    continue
                if (a, b) in conflicts_by_phase[earlier][slot]:
                    continue
                group = candidate.group
                coefficient = fade * group.ambition * (
                    expected_success(group) - threshold
                )
                if abs(coefficient) > 1e-12:
                    terms.append((pair_together(earlier, slot, a, b), coefficient))
        reachable = sum(c for _, c in terms if c > 0)
        if reachable < need - 1e-9:
            permission[key] = None
            return None
        q = _variable(
            lp, f"q{h}_{actor_index[a]}_{actor_index[b]}_{len(permission)}", integer_later
        )
        stats["binaries"] += 1
        stats["trust_rows"] += 1
        rows.add([*terms, (q, -need)], _GE, 0.0)
        permission[key] = q
        return q

    # A resource with a total over the roadmap: all planned phases together stay within their
    # share of what is left (phase 1's own use is also capped by its per-phase capacity).
    pooled_terms: dict[str, list[tuple[pulp.LpVariable, float]]] = {
        r: list(first.uses.get(r, ())) for r in problem.pooled
    }
    weight = 1.0
    for h in range(1, horizon):
        weight *= discount
        optimistic = _OptimisticTrust(trust, h, builders, problem.capacity)
        state = phase_candidates(
            groups, optimistic, competitors, co_participation, names=names,
        )
        phase = LaterPhase(offset=h, candidates=list(state.candidates))
        current: list[tuple[Candidate, pulp.LpVariable, dict[str, pulp.LpVariable]]] = []
        conflicts: list[set[tuple[str, str]]] = []
        serving: dict[tuple[str, str], list[pulp.LpVariable]] = defaultdict(list)
        serving_benefit: dict[tuple[str, str], list[float]] = defaultdict(list)
        participation: dict[str, list[pulp.LpVariable]] = defaultdict(list)
        resource_terms: dict[str, list[tuple[pulp.LpVariable, float]]] = defaultdict(list)
        slots_by_group: dict[str, list[pulp.LpVariable]] = defaultdict(list)
        for i, candidate in enumerate(phase.candidates):
            group = candidate.group
            x = _variable(lp, f"h{h}x{i}", integer_later)
            stats["binaries"] += 1
            slots_by_group[group.key].append(x)
            for resource, amount in group.fixed_use.items():
                if amount:
                    resource_terms[resource].append((x, amount))
            if group.value:
                objective.append((x, weight * problem.need_value * group.value))
            if group.explicit:
                people = {a: x for a in group.interested}
                y: dict[str, pulp.LpVariable] = {}
            else:
                y = {a: _variable(lp, f"h{h}y{i}_{actor_index[a]}", integer_later)
                     for a in candidate.eligible}
                stats["binaries"] += len(y)
                people = y
                size = [(v, 1.0) for v in y.values()]
                rows.add([*size, (x, -float(group.max_participants))], _LE, 0.0)
                rows.add([*size, (x, -float(group.min_participants))], _GE, 0.0)
                for v in y.values():
                    rows.add([(v, 1.0), (x, -1.0)], _LE, 0.0)
                for resource, per in group.per_participant_use.items():
                    if per:
                        resource_terms[resource].extend((v, per) for v in y.values())
                for clique in conflict_cliques(candidate.eligible, candidate.conflicts):
                    rows.add([*((y[a], 1.0) for a in clique), (x, -1.0)], _LE, 0.0)
            phase.opens.append(x)
            phase.takes.append(y)
            current.append((candidate, x, people))
            conflicts.append(set(candidate.conflicts))
            for actor, var in people.items():
                participation[actor].append(var)
                if h == 1 and reaches(group) and problem.unreached(actor):
                    reach_terms[actor].append(var)
                for theme in group.serves.get(actor, ()):
                    serving[(actor, theme)].append(var)
                    serving_benefit[(actor, theme)].append(problem.benefit(group))
        phase_vars.append(current)
        conflicts_by_phase.append(conflicts)

        # Pairs below a threshold now: together only when earlier joint projects bring them there.
        for slot, (candidate, x, people) in enumerate(current):
            group = candidate.group
            hard = conflicts[slot]
            for a, b in _pairs_with_threshold(candidate, competitors):
                if (a, b) in hard:
                    continue
                threshold = pair_threshold(group, a, b, competitors, co_participation)
                if threshold_need(trust, a, b, threshold, h) <= 1e-9:
                    continue
                q = allowed(h, a, b, threshold)
                if group.explicit:
                    if q is None:
                        rows.add([(x, 1.0)], _LE, 0.0)
                    else:
                        rows.add([(x, 1.0), (q, -1.0)], _LE, 0.0)
                elif q is None:
                    rows.add([(people[a], 1.0), (people[b], 1.0), (x, -1.0)], _LE, 0.0)
                    hard.add((a, b))
                else:
                    # y_a + y_b <= x + q: the same at integer points as <= 1 + q, and it keeps
                    # the relaxation from opening a fraction of a project nobody may join yet.
                    rows.add(
                        [(people[a], 1.0), (people[b], 1.0), (x, -1.0), (q, -1.0)], _LE, 0.0
                    )

        for slot_vars in slots_by_group.values():
            for one, two in zip(slot_vars, slot_vars[1:], strict=False):
                rows.add([(one, 1.0), (two, -1.0)], _GE, 0.0)
        for resource, terms in sorted(resource_terms.items()):
            limit = problem.resources.get(resource)
            if limit is not None:
                rows.add(terms, _LE, float(limit))
            if resource in pooled_terms:
                pooled_terms[resource].extend(terms)
            if resource == problem.cost_resource and problem.cost_value > 0:
                objective.extend((v, -weight * problem.cost_value * c) for v, c in terms)
        for actor, vars_ in sorted(participation.items()):
            if len(vars_) > problem.capacity.get(actor, 0):
                rows.add([(v, 1.0) for v in vars_], _LE, float(problem.capacity.get(actor, 0)))

        levels: dict[tuple[str, str], list[tuple[float, pulp.LpVariable]]] = {}
        for (actor, theme), vars_ in sorted(serving.items()):
            steps = served_levels(
                lp, rows, f"h{h}u{actor_index[actor]}_{len(levels)}", vars_,
                serving_benefit[(actor, theme)],
            )
            levels[(actor, theme)] = steps
            before = problem.delivered_before.get((actor, theme), 0.0)
            previous = 0.0
            for k, (benefit, var) in enumerate(steps):
                gain = problem.need_worth(actor, theme, benefit) - problem.need_worth(
                    actor, theme, previous
                )
                objective.append((var, weight * problem.need_value * gain))
                repeated = (1.0 - problem.repeat_factor) * problem.weights[actor][theme] * (
                    max(benefit, before) - max(previous, before)
                )
                previous = benefit
                if repeated <= 1e-12:
                    continue
                earlier = [
                    _lowest_at_least(levels_by_phase[e].get((actor, theme), []), benefit)
                    for e in range(h)
                ]
                earlier = [v for v in earlier if v is not None]
                if not earlier:
                    continue
                if len(earlier) == 1:
                    served_before = earlier[0]
                else:
                    served_before = _variable(lp, f"h{h}e{actor_index[actor]}_{len(levels)}_{k}",
                                              False)
                    for v in earlier:
                        rows.add([(served_before, 1.0), (v, -1.0)], _GE, 0.0)
                both = _variable(lp, f"h{h}a{actor_index[actor]}_{len(levels)}_{k}", False)
                rows.add([(both, 1.0), (var, -1.0), (served_before, -1.0)], _GE, -1.0)
                objective.append((both, -weight * problem.need_value * repeated))
        levels_by_phase.append(levels)
        if problem.enforce_fairness:
            _fairness(rows, problem, {k: steps[0][1] for k, steps in levels.items()})
        later.append(phase)

    for resource, terms in sorted(pooled_terms.items()):
        if terms:
            rows.add(terms, _LE, float(problem.pooled[resource]))
    for actor, vars_ in sorted(reach_terms.items()):
        reached = _variable(lp, f"r{actor_index[actor]}", False)
        rows.add([(reached, 1.0), *((v, -1.0) for v in vars_)], _LE, 0.0)
        objective.append((reached, problem.reach_value))
    lp.setObjective(_expr(objective))
    stats["horizon"] = horizon
    stats["variables"] = len(lp.variables())
    stats["constraints"] = rows.count
    return LookaheadModel(first=first, later=later, phase_one_terms=phase_one_terms, stats=stats)


def _lowest_at_least(steps, benefit: float):
    """The indicator "served at >= benefit" of a phase (the lowest level reaching it), or None."""
    for level, var in steps:
        if level >= benefit - 1e-12:
            return var
    return None


def _pairs_with_threshold(candidate: Candidate, competitors) -> list[tuple[str, str]]:
    people = candidate.eligible
    if candidate.group.trust_required > 0:
        return list(combinations(people, 2))
    members = set(people)
    return sorted(p for p in competitors if p[0] in members and p[1] in members)


def _fairness(rows, problem: PhaseProblem, served) -> None:
    """Pairwise no-competitive-loss rows of a later phase on its "served at all" indicators."""
    for a, b in problem.fairness_pairs:
        terms = []
        for actor, sign in ((a, 1.0), (b, -1.0)):
            total = problem.total_weight[actor]
            for theme, w in sorted(problem.weights[actor].items()):
                if (actor, theme) in served:
                    terms.append((served[(actor, theme)], sign * w / total))
        if terms:
            rows.add(terms, _LE, problem.tolerance)
            rows.add(terms, _GE, -problem.tolerance)


def fit_horizon(
    problem: PhaseProblem,
    groups: Sequence[CandidateGroup],
    *,
    horizon: int,
    discount: float,
    simulation: SimulationSettings,
    names: Mapping[str, str],
    integer_later: bool = False,
) -> LookaheadModel:
    """Build the longest horizon program up to ``horizon`` within :data:`MAX_BINARIES`.

    A shortened horizon also gets the smaller share of a total over the roadmap
    (``problem.pooled`` is the share of ``horizon`` phases).
    """
    planned = horizon
    while True:
        model = build_lookahead(
            planned_share(problem, horizon, planned), groups, horizon=horizon,
            discount=discount, simulation=simulation, names=names,
            integer_later=integer_later,
        )
        if horizon <= 1 or model.stats["binaries"] <= MAX_BINARIES:
            return model
        horizon -= 1


def planned_share(problem: PhaseProblem, phases: int, planned: int) -> PhaseProblem:
    """Return the problem for ``phases`` of the ``planned`` phases its pooled limit was made for.

    With ``phases`` 1 the pooled limit (a total over the roadmap) becomes phase 1's capacity.
    """
    if not problem.pooled or (phases == planned and phases > 1):
        return problem
    pooled = {r: v * phases / planned for r, v in problem.pooled.items()}
    if phases > 1:
        return replace(problem, pooled=pooled)
    resources = dict(problem.resources)
    for resource, limit in pooled.items():
        resources[resource] = min(resources.get(resource, limit), limit)
    return replace(problem, resources=resources, pooled={})


@dataclass
class LookaheadOutcome:
    """How the lookahead ended.

    Attributes:
        status: Solver status on the horizon program.
        bound: Best proven upper bound on the horizon objective (None when unknown).
        phrases: Plain words when there is no proven optimum (catalogue sentences).
        portfolio: Phase 1's portfolio (the recommendation).
        objective: The horizon objective of the plan: phase 1's true value plus the later
            phases' model value (None without a solution).
        horizon: Phases actually planned together (after any shortening).
        later: (offset, portfolio) of each later phase of the horizon.
    """

    status: SolverStatus
    bound: float | None
    phrases: tuple[StoredPhrase, ...]
    portfolio: list[Selection]
    objective: float | None
    horizon: int
    later: list[tuple[int, list[Selection]]]


START_BINARIES = 2_000
"""From this many binaries on, HiGHS starts from the greedy portfolio of phase 1."""


def solve_lookahead(
    problem: PhaseProblem,
    groups: Sequence[CandidateGroup],
    *,
    horizon: int,
    discount: float,
    simulation: SimulationSettings,
    names: Mapping[str, str],
    solver: str,
    time_limit: float,
    mip_gap: float,
    started: float | None = None,
    reproducible: bool = False,
    integer_later: bool = False,
) -> LookaheadOutcome:
    """Build and solve the horizon program; return phase 1's portfolio and the path after it.

    Without a solution within the time limit, the greedy portfolio of phase 1 (valid by
    construction) is returned as ``feasible`` without a bound, and the message says so.
    """
    from trustmatch.optimize.portfolio import evaluate
    from trustmatch.optimize.solvers import phrase, solve
    from trustmatch.optimize.strategies import greedy

    started = time.perf_counter() if started is None else started
    model = fit_horizon(
        problem, groups, horizon=horizon, discount=discount, simulation=simulation, names=names,
        integer_later=integer_later,
    )
    start = None
    blocks = None
    if solver == "highs":
        # The greedy phase 1 with empty later phases is a valid plan of the whole program: a
        # start that keeps the lookahead from ever returning less than nothing planned.
        start = {
            var: 0.0 for var in model.lp.variables() if var.cat == pulp.LpInteger
        }
        # Phase 1 alone may use all of the horizon's pooled share (later phases stay empty).
        start.update(model.first.start_values(greedy(planned_share(problem, 1, 1))))
        if reproducible or model.stats["binaries"] >= START_BINARIES:
            blocks = model.first.blocks
    if reproducible:
        # The counted work is derived from the time limit and the number of columns, calibrated
        # on one-phase programs; the later phases' columns make each step of the horizon program
        # dearer, so it gets the work of its phase 1 alone (still the same on every run).
        remaining = time_limit * model.first.stats["variables"] / max(
            1, model.stats["variables"]
        )
    else:
        remaining = time_limit - (time.perf_counter() - started)
    report = solve(
        model.lp, solver, time_limit=max(remaining, min(time_limit, 0.05)), mip_gap=mip_gap,
        start=start, blocks=blocks, reproducible=reproducible,
    )
    shortened = model.stats["horizon"] < horizon
    note = (
        (phrase("horizon_shortened", phases=model.stats["horizon"], binaries=MAX_BINARIES),)
        if shortened else ()
    )
    if not report.has_solution:
        return LookaheadOutcome(
            status=SolverStatus.FEASIBLE,
            bound=None,
            phrases=(*report.phrases, phrase("lookahead_greedy"), *note),
            portfolio=greedy(planned_share(problem, 1, horizon)),
            objective=None,
            horizon=1,
            later=[],
        )
    portfolio = model.first.portfolio(list(problem.candidates))
    true_first = evaluate(replace(problem, reach_value=0.0), portfolio).objective
    objective = true_first + model.total_value() - model.phase_one_value()
    return LookaheadOutcome(
        status=report.status,
        bound=report.bound,
        phrases=(*report.phrases, *note),
        portfolio=portfolio,
        objective=objective,
        horizon=model.stats["horizon"],
        later=[(phase.offset, phase.portfolio()) for phase in model.later],
    )
