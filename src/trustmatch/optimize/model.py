"""The phase integer program (issue 3, "Integer program"), built with PuLP.

Variables (all in [0, 1]):

* ``x[i]`` (binary): candidate slot i runs.
* ``y[i,a]`` (binary): actor a takes part in generated slot i (a eligible for i). For an explicit
  project the participants are fixed, so "a takes part" is ``x[i]`` itself.
* ``u[a,t]`` (continuous): a's need on theme t is served. Bound both ways to the projects that can
  serve it: ``u <= sum of a's participations on t`` and ``u >= each of them``. The lower rows
  matter: without them the solver may "forget" a served need to pass the fairness rows. When
  exactly one participation can serve (a, t), that variable is used as ``u`` directly.
* ``w[i,a,b]`` (continuous): a and b are together in slot i (``w <= y[i,a]``, ``w <= y[i,b]``);
  only for pairs that have not met and may be together in i (not in conflict).
* ``z[a,b]`` (continuous): a and b form a new contact, ``z <= sum_i w[i,a,b]``. The bonus counts
  once per pair. A pair that can meet in only one slot uses that slot's ``w`` (or ``x`` of an
  explicit project) as ``z`` directly. ``w`` exists only for pairs that have not met and may be
  together in the slot, and ``sum_b w[i,a,b] <= (max - 1) y[i,a]`` caps the relaxation at
  C(max, 2) pairs per project.

Scale: the exact pair terms grow with the square of a theme's membership. Above
:data:`EXACT_CONTACT_LIMIT` terms the model counts contacts compactly per project instead:
``c[i,a] <= (max - 1) y[i,a]`` and ``c[i,a] <= s[i] - y[i,a] - sum_{b met a} y[i,b]`` with
``s[i] = sum_b y[i,b]`` and bonus ``new_contacts / 2`` per unit of ``c`` (explicit projects: their
number of new pairs times ``x``). That is exact inside one project but counts a pair that meets in
two projects twice, so the model's value of a plan can only exceed the true value: the solver's
bound stays a valid upper bound, the planner reports the plan's true objective against it and
says ``optimal`` only when the two meet (see ``trustmatch.planner``).

Because every objective coefficient of ``u`` and ``z`` is >= 0, only the upper rows of the
contact linearisation are needed; ``u`` and ``z`` are integral in every optimum given binary
``x`` and ``y`` (the lower coverage rows force ``u`` up).

Constraints: resources (fixed * x + per participant * sum y <= capacity); ``min * x <= sum y <=
max * x`` and ``y <= x``; actor capacity; conflicts (pairs that may not be together because of
``trust_required`` or competitor co-participation trust) as clique rows ``sum_{a in C} y[i,a] <=
x[i]`` over a greedy clique cover of the slot's conflict graph; the no-competitive-loss rows
``|sum_t W_at/W_a u_at - sum_t W_bt/W_b u_bt| <= tolerance`` for competitor pairs with needs;
symmetry breaking ``x[g,k] >= x[g,k+1]`` between identical slots of a group.

Objective: ``need_value * (sum W u + sum fixed values x) + new_contacts * sum z - cost * use of
the cost resource``, with two refinements of the need term (issue 13):

* **Benefit.** A need served by projects of different benefit (``objective.benefit_per_ambition``
  or the type's ``benefit``) is worth its weight times the best benefit serving it: one
  indicator ``u_b`` per distinct benefit b ("served at >= b", see :func:`served_levels`), with
  coefficient ``W * (worth(b) - worth(b_prev))``; with one benefit this is the ``u`` above.
* **Repeat.** ``worth(b) = repeat_factor * min(b, b0) + max(0, b - b0)``, b0 the best benefit a
  successful project of an earlier phase delivered on that need (see
  :func:`trustmatch.optimize.portfolio.need_benefit`).

The contact rule adds ``members_reached * sum_a r[a]``, ``r[a] <= sum of a's participations``,
for members with needs who have not met anyone yet (projects of at least two participants).
A slot of a non-recurring type may not take exactly the participants its group ran with in the
phase before (a no-good row per such run; the same project may come back a phase later); such an
explicit project is closed (``x <= 0``).

Expressions are built from (variable, coefficient) pairs with ``LpAffineExpression``; variable
names are index based (``x12``, ``y12_3``) so that no actor id can clash after PuLP's renaming.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import pulp

from trustmatch.candidates import Candidate, conflict_cliques
from trustmatch.optimize.portfolio import PhaseProblem, Selection, reaches

_LE = pulp.LpConstraintLE
_GE = pulp.LpConstraintGE
_EQ = pulp.LpConstraintEQ

EXACT_CONTACT_LIMIT = 2_000
"""Up to this many pair-in-project terms, new contacts are modelled exactly (pair variables);
above it, compactly per project (see :func:`build_model`)."""


def _variable(lp: pulp.LpProblem, name: str, binary: bool) -> pulp.LpVariable:
    # PuLP 3 prefers variables created by the problem (and warns otherwise); older PuLP lacks it.
    category = pulp.LpBinary if binary else pulp.LpContinuous
    if hasattr(lp, "add_variable"):
        return lp.add_variable(name, 0, 1, category)
    return pulp.LpVariable(name, 0, 1, category)


def _variable_unbounded(lp: pulp.LpProblem, name: str) -> pulp.LpVariable:
    if hasattr(lp, "add_variable"):
        return lp.add_variable(name, 0, None, pulp.LpContinuous)
    return pulp.LpVariable(name, 0, None, pulp.LpContinuous)


def _variable_bounded(lp: pulp.LpProblem, name: str, upper: float) -> pulp.LpVariable:
    if hasattr(lp, "add_variable"):
        return lp.add_variable(name, 0, upper, pulp.LpContinuous)
    return pulp.LpVariable(name, 0, upper, pulp.LpContinuous)


def _expr(terms) -> pulp.LpAffineExpression:
    # LpAffineExpression keeps the LAST coefficient of a repeated variable: add them up first.
    summed: dict[pulp.LpVariable, float] = {}
    for var, coefficient in terms:
        summed[var] = summed.get(var, 0.0) + coefficient
    return pulp.LpAffineExpression(list(summed.items()))


@dataclass
class PhaseModel:
    """The built integer program and the map back from variables to a portfolio.

    Attributes:
        lp: The PuLP problem.
        opens: Per candidate (same order as ``problem.candidates``), its ``x`` variable.
        takes: Per candidate, actor -> its ``y`` variable (empty for explicit projects).
        stats: Model size: variables, binaries, constraints, contact pairs, conflict rows.
        exact_contacts: Whether each new pair is counted once (else once per joint project, so
            the model's objective may overstate a portfolio's true value: an upper bound).
        candidates: The candidate slots, in the order of ``opens``.
        objective_terms: The objective as (variable, coefficient) pairs (the lookahead adds
            its later phases to them).
        rows: The row collector (the lookahead adds rows with unique names through it).
        levels: (actor, theme) -> (benefit, "served at >= benefit" indicator), by benefit.
        reach: Actor -> "joins a first joint project" variable of the contact rule.
        uses: Resource -> (variable, amount) terms of its use (the lookahead pools them over
            its horizon when the resource has a total).
    """

    lp: pulp.LpProblem
    opens: list[pulp.LpVariable]
    takes: list[dict[str, pulp.LpVariable]]
    stats: dict[str, int] = field(default_factory=dict)
    exact_contacts: bool = True
    candidates: list[Candidate] = field(default_factory=list)
    objective_terms: list = field(default_factory=list)
    rows: object = None
    levels: dict = field(default_factory=dict)
    reach: dict = field(default_factory=dict)
    uses: dict = field(default_factory=dict)

    @property
    def blocks(self) -> list[list[pulp.LpVariable]]:
        """Per candidate slot, its ``x`` (first: whether the project runs) and ``y`` variables.

        What the improvement search frees together (see ``trustmatch.optimize.solvers.solve``).
        """
        return [[opened, *takes.values()] for opened, takes in zip(self.opens, self.takes,
                                                                   strict=True)]

    def start_values(self, portfolio: list[Selection]) -> dict[pulp.LpVariable, float]:
        """Return values of every ``x`` and ``y`` that describe a portfolio (a MIP start).

        The slots of one group are identical and the model opens them in order (symmetry
        breaking), so the portfolio's projects of a group go to the group's first slots.
        """
        by_group: dict[str, list[set[str]]] = defaultdict(list)
        for selection in sorted(portfolio, key=lambda s: s.candidate.slot):
            by_group[selection.candidate.group.key].append(set(selection.participants))
        chosen: dict[str, set[str]] = {}
        for candidate in self.candidates:
            members = by_group.get(candidate.group.key)
            if members:
                chosen[candidate.index_key] = members.pop(0)
        values: dict[pulp.LpVariable, float] = {}
        for candidate, opened, takes in zip(self.candidates, self.opens, self.takes, strict=True):
            members = chosen.get(candidate.index_key)
            values[opened] = 1.0 if members is not None else 0.0
            for actor, var in takes.items():
                values[var] = 1.0 if members is not None and actor in members else 0.0
        return values

    def portfolio(self, candidates: list[Candidate]) -> list[Selection]:
        """Return the portfolio of the current variable values (after a solve)."""
        chosen: list[Selection] = []
        for candidate, opened, takes in zip(candidates, self.opens, self.takes, strict=True):
            if (opened.varValue or 0.0) < 0.5:
                continue
            if candidate.group.explicit:
                people = candidate.group.interested
            else:
                people = tuple(a for a in candidate.eligible if (takes[a].varValue or 0.0) > 0.5)
            chosen.append(Selection(candidate, people))
        return chosen


class _Rows:
    """Collects constraints with generated names (faster than ``prob +=`` name look-ups)."""

    def __init__(self, lp: pulp.LpProblem):
        self.lp = lp
        self.count = 0

    def add(self, terms, sense, rhs: float) -> None:
        self.count += 1
        self.lp.addConstraint(
            pulp.LpConstraint(_expr(terms), sense=sense, rhs=rhs), name=f"c{self.count}"
        )


def exact_contact_terms(problem: PhaseProblem) -> int:
    """Return how many pair-in-slot terms the exact contact formulation would need (at most)."""
    total = 0
    for candidate in problem.candidates:
        if not candidate.group.explicit:
            n = len(candidate.eligible)
            total += n * (n - 1) // 2
    return total


def build_model(
    problem: PhaseProblem,
    name: str = "phase",
    *,
    contacts: str = "auto",
    exact_pairs: frozenset[tuple[str, str]] = frozenset(),
) -> PhaseModel:
    """Build the phase integer program for a problem (see the module docstring).

    Args:
        problem: The phase's candidates, weights, limits and trust.
        name: Name of the PuLP problem.
        contacts: ``exact`` (pair variables, each pair counted once), ``per-project`` (compact
            counting per project; a pair that meets in two projects counts twice in the model)
            or ``auto`` (exact up to :data:`EXACT_CONTACT_LIMIT` pair terms).
        exact_pairs: With compact counting, pairs (a, b), a < b, counted exactly anyway (the
            planner adds the pairs a compact solution let meet twice, and solves again).

    Returns:
        The model with its variable maps.
    """
    if contacts not in ("auto", "exact", "per-project"):
        raise ValueError(f"unknown contact formulation {contacts!r}")
    exact = contacts == "exact" or (
        contacts == "auto" and exact_contact_terms(problem) <= EXACT_CONTACT_LIMIT
    )
    lp = pulp.LpProblem(name, pulp.LpMaximize)
    rows = _Rows(lp)
    met_of = _met_partners(problem) if not exact else {}
    candidates = problem.candidates
    actor_index = {a: k for k, a in enumerate(sorted(problem.capacity))}

    opens: list[pulp.LpVariable] = []
    takes: list[dict[str, pulp.LpVariable]] = []
    participation: dict[str, list[pulp.LpVariable]] = defaultdict(list)
    serving: dict[tuple[str, str], list[pulp.LpVariable]] = defaultdict(list)
    serving_benefit: dict[tuple[str, str], list[float]] = defaultdict(list)
    reaching: dict[str, list[pulp.LpVariable]] = defaultdict(list)
    objective: list[tuple[pulp.LpVariable, float]] = []
    resource_terms: dict[str, list[tuple[pulp.LpVariable, float]]] = defaultdict(list)
    together: dict[tuple[str, str], list[pulp.LpVariable]] = defaultdict(list)
    counts = {
        "binaries": 0, "conflict_rows": 0, "contact_terms": 0, "fairness_rows": 0,
        "market_rows": 0,
    }
    cost_resource = problem.cost_resource if problem.cost_value > 0 else None
    cliques_by_group: dict[str, list[tuple[str, ...]]] = {}
    slots_by_group: dict[str, list[pulp.LpVariable]] = defaultdict(list)

    for i, candidate in enumerate(candidates):
        group = candidate.group
        x = _variable(lp, f"x{i}", True)
        opens.append(x)
        counts["binaries"] += 1
        slots_by_group[group.key].append(x)
        for resource, amount in group.fixed_use.items():
            if amount:
                resource_terms[resource].append((x, amount))
        if group.value:
            objective.append((x, problem.need_value * group.value))
        if group.explicit:
            takes.append({})
            if problem.repeats(candidate, group.interested):
                rows.add([(x, 1.0)], _LE, 0.0)
            for actor in group.interested:
                participation[actor].append(x)
                if reaches(group) and problem.unreached(actor):
                    reaching[actor].append(x)
                for theme in group.serves.get(actor, ()):
                    serving[(actor, theme)].append(x)
                    serving_benefit[(actor, theme)].append(problem.benefit(group))
            new_pairs = [
                (a, b)
                for a, b in combinations(group.interested, 2)
                if not problem.trust.has_met(a, b)
            ]
            counted = 0
            for pair in new_pairs:
                if exact or pair in exact_pairs:
                    together[pair].append(x)
                else:
                    counted += 1
            if counted and problem.contact_value > 0:
                objective.append((x, problem.contact_value * counted))
            continue

        y = {
            a: _variable(lp, f"y{i}_{actor_index[a]}", True)
            for a in candidate.eligible
        }
        takes.append(y)
        counts["binaries"] += len(y)
        size = [(v, 1.0) for v in y.values()]
        rows.add([*size, (x, -float(group.max_participants))], _LE, 0.0)
        rows.add([*size, (x, -float(group.min_participants))], _GE, 0.0)
        for v in y.values():
            rows.add([(v, 1.0), (x, -1.0)], _LE, 0.0)
        for resource, per in group.per_participant_use.items():
            if per:
                resource_terms[resource].extend((v, per) for v in y.values())
        for actor, v in y.items():
            participation[actor].append(v)
            if reaches(group) and problem.unreached(actor):
                reaching[actor].append(v)
            for theme in group.serves[actor]:
                serving[(actor, theme)].append(v)
                serving_benefit[(actor, theme)].append(problem.benefit(group))
        _no_repeat_rows(rows, problem, candidate, y)
        if group.key not in cliques_by_group:
            cliques_by_group[group.key] = conflict_cliques(candidate.eligible, candidate.conflicts)
        for clique in cliques_by_group[group.key]:
            rows.add([*((y[a], 1.0) for a in clique), (x, -1.0)], _LE, 0.0)
            counts["conflict_rows"] += 1
        if problem.contact_value > 0 and exact:
            _exact_contacts(lp, rows, problem, candidate, i, y, actor_index, together, counts, x)
        elif problem.contact_value > 0:
            _per_project_contacts(
                lp, rows, problem, candidate, i, y, actor_index, objective, exact_pairs, x,
                met_of,
            )
            counts["contact_terms"] += len(y)
            if exact_pairs:
                _exact_contacts(
                    lp, rows, problem, candidate, i, y, actor_index, together, counts, x,
                    only=exact_pairs,
                )

    # Identical slots of one group: open them in order.
    for slot_vars in slots_by_group.values():
        for first, second in zip(slot_vars, slot_vars[1:], strict=False):
            rows.add([(first, 1.0), (second, -1.0)], _GE, 0.0)

    for resource, terms in sorted(resource_terms.items()):
        limit = problem.resources.get(resource)
        if limit is not None:
            rows.add(terms, _LE, float(limit))
        if resource == cost_resource:
            objective.extend((v, -problem.cost_value * c) for v, c in terms)

    for actor, vars_ in sorted(participation.items()):
        if len(vars_) > problem.capacity.get(actor, 0):
            rows.add([(v, 1.0) for v in vars_], _LE, float(problem.capacity.get(actor, 0)))

    served_var: dict[tuple[str, str], pulp.LpAffineExpression | pulp.LpVariable] = {}
    levels: dict[tuple[str, str], list[tuple[float, pulp.LpVariable]]] = {}
    for (actor, theme), vars_ in sorted(serving.items()):
        benefits = serving_benefit[(actor, theme)]
        steps = served_levels(lp, rows, f"u{actor_index[actor]}_{len(served_var)}", vars_, benefits)
        levels[(actor, theme)] = steps
        served_var[(actor, theme)] = steps[0][1]
        previous = 0.0
        for benefit, var in steps:
            gain = problem.need_worth(actor, theme, benefit) - problem.need_worth(
                actor, theme, previous
            )
            objective.append((var, problem.need_value * gain))
            previous = benefit

    reach_vars: dict[str, pulp.LpVariable] = {}
    for actor, vars_ in sorted(reaching.items()):
        reached = _variable(lp, f"r{actor_index[actor]}", False)
        rows.add([(reached, 1.0), *((v, -1.0) for v in vars_)], _LE, 0.0)
        objective.append((reached, problem.reach_value))
        reach_vars[actor] = reached

    if problem.enforce_fairness:
        counts["fairness_rows"] = _fairness_rows(lp, rows, problem, served_var)
        if MARKET_ROWS:
            counts["market_rows"] = _market_rows(lp, rows, problem, served_var)

    contact_pairs = 0
    if problem.contact_value > 0:
        for (a, b), vars_ in sorted(together.items()):
            contact_pairs += 1
            if len(vars_) == 1:
                objective.append((vars_[0], problem.contact_value))
                continue
            z = _variable(lp, f"z{actor_index[a]}_{actor_index[b]}", False)
            rows.add([(z, 1.0), *((v, -1.0) for v in vars_)], _LE, 0.0)
            objective.append((z, problem.contact_value))

    lp.setObjective(_expr(objective))
    stats = {
        "served_levels": sum(len(steps) for steps in levels.values()),
        "exact_contacts": int(exact),
        "candidates": len(candidates),
        "binaries": counts["binaries"],
        "variables": len(lp.variables()),
        "constraints": rows.count,
        "conflict_rows": counts["conflict_rows"],
        "fairness_rows": counts["fairness_rows"],
        "market_rows": counts["market_rows"],
        "contact_terms": counts["contact_terms"],
        "contact_pairs": contact_pairs,
    }
    return PhaseModel(
        lp=lp, opens=opens, takes=takes, stats=stats, exact_contacts=exact,
        candidates=list(candidates), objective_terms=objective, rows=rows, levels=levels,
        reach=reach_vars, uses={r: list(t) for r, t in sorted(resource_terms.items())},
    )


def served_levels(
    lp: pulp.LpProblem, rows, name: str, vars_: list, benefits: list[float]
) -> list[tuple[float, pulp.LpVariable]]:
    """Indicators "the need is served at benefit >= b" for each distinct benefit b serving it.

    ``vars_[k]`` serves the need with ``benefits[k]``. The first indicator (lowest benefit: served
    at all) is the served variable ``u`` of the module docstring; each higher one is bound both
    ways to the participations that reach it (``u_b <= sum``, ``u_b >= each``), so the value of
    a need is the best benefit serving it: sum_b (worth(b) - worth(b_prev)) u_b.

    Returns:
        (benefit, indicator) by increasing benefit.
    """
    steps: list[tuple[float, pulp.LpVariable]] = []
    for k, level in enumerate(sorted(set(benefits))):
        reaching = [v for v, b in zip(vars_, benefits, strict=True) if b >= level - 1e-12]
        if len(reaching) == 1:
            steps.append((level, reaching[0]))
            continue
        u = _variable(lp, name if k == 0 else f"{name}_{k}", False)
        rows.add([(u, 1.0), *((v, -1.0) for v in reaching)], _LE, 0.0)
        for v in reaching:
            rows.add([(u, 1.0), (v, -1.0)], _GE, 0.0)
        steps.append((level, u))
    return steps


def _no_repeat_rows(rows, problem: PhaseProblem, candidate: Candidate, y) -> None:
    """Forbid a non-recurring slot to take exactly the participants of the phase before's run.

    For an earlier participant set P (all eligible): ``sum_{a in P} y_a - sum_{a not in P} y_a
    <= |P| - 1`` cuts off exactly that set.
    """
    group = candidate.group
    if group.recurring or not problem.ran_before:
        return
    for key, people in sorted(problem.ran_before):
        if key != group.key or any(a not in y for a in people):
            continue
        inside = set(people)
        rows.add(
            [(y[a], 1.0 if a in inside else -1.0) for a in candidate.eligible],
            _LE,
            float(len(people) - 1),
        )


def _exact_contacts(
    lp, rows, problem, candidate, i, y, actor_index, together, counts, opens_var, only=None
) -> None:
    """Pair variables w[i,a,b] <= y[i,a], y[i,b], plus sum_b w[i,a,b] <= (max - 1) y[i,a].

    The aggregated row is implied at integer points but cuts the LP relaxation down to at most
    C(max, 2) pairs per project (without it the bound counts every eligible pair). With ``only``,
    just those pairs get variables (the rest is counted compactly).
    """
    conflicted = set(candidate.conflicts)
    per_actor: dict[str, list] = defaultdict(list)
    if only is None:
        pairs = combinations(candidate.eligible, 2)
    else:
        members = set(y)
        pairs = sorted(p for p in only if p[0] in members and p[1] in members)
    for a, b in pairs:
        if (a, b) in conflicted or problem.trust.has_met(a, b):
            continue
        w = _variable(lp, f"w{i}_{actor_index[a]}_{actor_index[b]}", False)
        rows.add([(w, 1.0), (y[a], -1.0)], _LE, 0.0)
        rows.add([(w, 1.0), (y[b], -1.0)], _LE, 0.0)
        per_actor[a].append(w)
        per_actor[b].append(w)
        together[(a, b)].append(w)
        counts["contact_terms"] += 1
    partners = float(candidate.group.max_participants - 1)
    for a, ws in per_actor.items():
        if len(ws) > partners:
            rows.add([*((w, 1.0) for w in ws), (y[a], -partners)], _LE, 0.0)
    all_w = [w for a in sorted(per_actor) for w in per_actor[a]]
    if only is None and all_w:
        _chord_row(rows, candidate, [(w, 0.5) for w in all_w], y, opens_var)


def _per_project_contacts(
    lp, rows, problem, candidate, i, y, actor_index, objective, exact_pairs, opens_var, met_of
) -> None:
    """Compact counting: c[i,a] = a's new partners in slot i, contacts = sum_a c[i,a] / 2.

    ``c[i,a] <= (max - 1) y[i,a]`` and ``c[i,a] <= s[i] - y[i,a] - sum of y[i,b] over b that a
    has met``, with ``s[i] = sum_b y[i,b]``: exact inside one project (conflicting actors are
    never in together), O(eligible) variables and nonzeros per slot instead of O(eligible^2).
    Pairs in ``exact_pairs`` are left out here like met pairs (they are counted exactly).
    """
    size = _variable_unbounded(lp, f"s{i}")
    rows.add([(size, 1.0), *((v, -1.0) for v in y.values())], _EQ, 0.0)
    partners = float(candidate.group.max_participants - 1)
    exact_of: dict[str, set[str]] = defaultdict(set)
    for a, b in exact_pairs:
        exact_of[a].add(b)
        exact_of[b].add(a)
    counted: list[tuple[pulp.LpVariable, float]] = []
    for a, v in y.items():
        met = sorted(b for b in met_of.get(a, set()) | exact_of.get(a, set()) if b in y)
        c = _variable_bounded(lp, f"c{i}_{actor_index[a]}", partners)
        rows.add([(c, 1.0), (v, -partners)], _LE, 0.0)
        rows.add([(c, 1.0), (size, -1.0), (v, 1.0), *((y[b], 1.0) for b in met)], _LE, 0.0)
        objective.append((c, problem.contact_value / 2.0))
        counted.append((c, 0.5))
    _chord_row(rows, candidate, counted, y, opens_var)


def _chord_row(rows, candidate, pair_terms, y, opens_var) -> None:
    """Pairs in one project <= the chord of C(n, 2) between n = min and n = max participants.

    C(n, 2) is convex, so on [min, max] it lies below the chord through (min, C(min, 2)) and
    (max, C(max, 2)): ``pairs <= (max + min - 1) / 2 * n - min * max / 2 * x``. Exact at both
    ends, and far tighter than ``(max - 1) / 2 * n`` for small groups in the LP relaxation.
    (``pair_terms`` already weights each pair once, e.g. 1/2 per c[i,a].)
    """
    low = candidate.group.min_participants
    high = candidate.group.max_participants
    slope = (high + low - 1) / 2.0
    rows.add(
        [*pair_terms, *((v, -slope) for v in y.values()), (opens_var, low * high / 2.0)],
        _LE,
        0.0,
    )


FAIRNESS_CLIQUE_MIN = 4
"""Competitor cliques of at least this size get band rows instead of pairwise rows."""

FAIRNESS_CLIQUE_PAIRS = 500
"""From this many competitor pairs on, the fairness rows are written per clique. Below, the
pairwise rows stay: they are few, and CBC (measured at 30 and 100 actors) finds no plan within
10 s with the band rows where it finds one with the pairwise rows."""


def _fairness_rows(lp, rows, problem: PhaseProblem, served_var) -> int:
    """No-competitive-loss rows per competitor clique; returns the number of rows.

    Competitor pairs derived from markets form cliques. For a clique K, ``|s_a - s_b| <= tau``
    for every pair in K holds exactly when some band ``[lo_K, hi_K]`` of width ``tau`` holds every
    share of K: ``lo_K <= s_a <= hi_K``, ``hi_K - lo_K <= tau``. That is 2|K| + 1 rows instead of
    |K|(|K| - 1), with the same LP relaxation (an exact extended formulation). The pairs are
    covered greedily by cliques (:func:`trustmatch.candidates.conflict_cliques`); small cliques
    keep the pairwise rows, and so do small problems (:data:`FAIRNESS_CLIQUE_PAIRS`).
    """
    before = rows.count
    share: dict[str, list] = {}

    def terms_of(actor: str, sign: float) -> list:
        if actor not in share:
            share[actor] = _share_terms(problem, served_var, actor, 1.0)
        return [(v, sign * c) for v, c in share[actor]]

    if len(problem.fairness_pairs) < FAIRNESS_CLIQUE_PAIRS:
        for a, b in problem.fairness_pairs:
            terms = terms_of(a, 1.0) + terms_of(b, -1.0)
            if terms:
                rows.add(terms, _LE, problem.tolerance)
                rows.add(terms, _GE, -problem.tolerance)
        return rows.count - before
    actors = sorted({a for pair in problem.fairness_pairs for a in pair})
    for k, clique in enumerate(conflict_cliques(actors, problem.fairness_pairs)):
        if len(clique) < FAIRNESS_CLIQUE_MIN:
            for a, b in combinations(clique, 2):
                terms = terms_of(a, 1.0) + terms_of(b, -1.0)
                if terms:
                    rows.add(terms, _LE, problem.tolerance)
                    rows.add(terms, _GE, -problem.tolerance)
            continue
        low = _variable(lp, f"lo{k}", False)
        high = _variable(lp, f"hi{k}", False)
        for actor in clique:
            rows.add([*terms_of(actor, 1.0), (high, -1.0)], _LE, 0.0)
            rows.add([*terms_of(actor, 1.0), (low, -1.0)], _GE, 0.0)
        rows.add([(high, 1.0), (low, -1.0)], _LE, problem.tolerance)
    return rows.count - before


MARKET_ROWS = True
"""Add the market valid inequalities (:func:`_market_rows`) to the fairness rows."""


def _market_rows(lp, rows, problem: PhaseProblem, served_var) -> int:
    """Valid inequalities: a market that serves anyone beyond the tolerance serves everyone.

    For a competitor clique K, a binary ``m_K`` is 1 when some share of K exceeds the tolerance
    (``s_b <= tau + (1 - tau) m_K``, and ``u_bt <= m_K`` for a need worth more than ``tau`` of
    b's total); then every share of K is above 0, so every member has at least one served need
    (``sum_t u_at >= m_K``). Implied at integer points; in the LP relaxation they stop the
    solver from serving one competitor a little without serving its rivals (measured: LP bound
    904 -> 882 at 300 actors, the gap left after 10 s or 60 s smaller by 1-2 points). Returns the
    number of rows.
    """
    before = rows.count
    actors = sorted({a for pair in problem.fairness_pairs for a in pair})
    tau = problem.tolerance
    for k, clique in enumerate(conflict_cliques(actors, problem.fairness_pairs)):
        market = _variable(lp, f"m{k}", True)
        for actor in clique:
            total = problem.total_weight[actor]
            served = [
                (served_var[(actor, t)], w / total)
                for t, w in sorted(problem.weights[actor].items())
                if (actor, t) in served_var
            ]
            if not served:
                rows.add([(market, 1.0)], _LE, 0.0)
                continue
            rows.add([*((v, 1.0) for v, _ in served), (market, -1.0)], _GE, 0.0)
            big = [v for v, f in served if f > tau + 1e-9]
            for v in big:
                rows.add([(v, 1.0), (market, -1.0)], _LE, 0.0)
            if sum(f for _, f in served) > tau + 1e-9 and len(big) < len(served):
                rows.add([*served, (market, -(1.0 - tau))], _LE, tau)
    return rows.count - before


def _share_terms(problem: PhaseProblem, served_var, actor: str, sign: float) -> list:
    total = problem.total_weight[actor]
    return [
        (served_var[(actor, theme)], sign * weight / total)
        for theme, weight in sorted(problem.weights[actor].items())
        if (actor, theme) in served_var
    ]




def _met_partners(problem: PhaseProblem) -> dict[str, set[str]]:
    """Actor -> actors it has met."""
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in problem.trust.met:
        partners[a].add(b)
        partners[b].add(a)
    return partners
