"""The straightforward formulation of a phase: the yardstick every planner speed-up is measured by.

It is written the way a careful but naive modeller writes the phase problem with PuLP, from the
same :class:`~trustmatch.optimize.portfolio.PhaseProblem` (same candidate slots, eligible actors,
conflict pairs, weights, limits) as the planner, so both programs have the same optimum:

* one binary ``open[s]`` per candidate slot and one binary ``take[s, a]`` per eligible actor and
  slot (no symmetry breaking between identical slots);
* participants ``min * open <= sum take <= max * open`` (no ``take <= open`` rows);
* **one row per conflicting pair** and slot: ``take[s, a] + take[s, b] <= 1``;
* resources, actor capacity;
* coverage ``served[a, t]`` for every need of every actor, **bound both ways** (``served <= sum
  of the takes that serve it`` and ``served >= each of them``), so the fairness rows see the true
  served share (without the lower rows the solver could hide a served need to pass them);
* contacts ``together[s, a, b] <= take[s, a]``, ``<= take[s, b]`` for every pair of eligible
  actors of a slot that have not met and are not in conflict, and ``new[a, b] <= sum together``
  (once per pair);
* the fairness rows as written: ``-tol <= share[a] - share[b] <= tol`` per competitor pair;
* the same objective as the planner.

Expressions use ``lpSum`` over generator expressions and ``prob += expr, name`` — the documented
PuLP idiom (not Python's quadratic ``sum()``, which would measure Python rather than the model).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pulp

from trustmatch.optimize.portfolio import PhaseProblem, Selection


@dataclass
class BaselineModel:
    """The built straightforward program and how to read a portfolio back from it."""

    lp: pulp.LpProblem
    opens: list[pulp.LpVariable]
    takes: list[dict[str, pulp.LpVariable]]

    def portfolio(self, problem: PhaseProblem) -> list[Selection]:
        """Return the portfolio of the current variable values (after a solve)."""
        chosen = []
        rows = zip(problem.candidates, self.opens, self.takes, strict=True)
        for candidate, opened, takes in rows:
            if (opened.varValue or 0.0) < 0.5:
                continue
            if candidate.group.explicit:
                people = candidate.group.interested
            else:
                people = tuple(a for a in candidate.eligible if (takes[a].varValue or 0.0) > 0.5)
            chosen.append(Selection(candidate, people))
        return chosen

    @property
    def size(self) -> tuple[int, int]:
        """Return (variables, constraints)."""
        return len(self.lp.variables()), len(self.lp.constraints)


def build_baseline(problem: PhaseProblem) -> BaselineModel:
    """Build the straightforward phase program for a problem."""
    prob = pulp.LpProblem("baseline", pulp.LpMaximize)
    actor_ids = {a: k for k, a in enumerate(sorted(problem.capacity))}
    opens: list[pulp.LpVariable] = []
    takes: list[dict[str, pulp.LpVariable]] = []
    joins: dict[str, list[pulp.LpVariable]] = defaultdict(list)
    serves: dict[tuple[str, str], list[pulp.LpVariable]] = defaultdict(list)
    meets: dict[tuple[str, str], list[pulp.LpVariable]] = defaultdict(list)
    fixed_value_terms = []
    resource_use: dict[str, list] = defaultdict(list)

    for s, candidate in enumerate(problem.candidates):
        group = candidate.group
        open_s = pulp.LpVariable(f"open_{s}", cat="Binary")
        opens.append(open_s)
        for resource, amount in group.fixed_use.items():
            resource_use[resource].append(amount * open_s)
        if group.value:
            fixed_value_terms.append(group.value * open_s)
        if group.explicit:
            takes.append({})
            for a in group.interested:
                joins[a].append(open_s)
                for theme in group.serves.get(a, ()):
                    serves[(a, theme)].append(open_s)
            for a, b in combinations(group.interested, 2):
                if not problem.trust.has_met(a, b):
                    meets[(a, b)].append(open_s)
            continue
        take = {
            a: pulp.LpVariable(f"take_{s}_{actor_ids[a]}", cat="Binary") for a in candidate.eligible
        }
        takes.append(take)
        prob += lpsum_(take.values()) <= group.max_participants * open_s, f"max_{s}"
        prob += lpsum_(take.values()) >= group.min_participants * open_s, f"min_{s}"
        for resource, per in group.per_participant_use.items():
            resource_use[resource].append(per * lpsum_(take.values()))
        for a, var in take.items():
            joins[a].append(var)
            for theme in group.serves[a]:
                serves[(a, theme)].append(var)
        conflicted = set(candidate.conflicts)
        for a, b in candidate.conflicts:
            prob += take[a] + take[b] <= 1, f"conflict_{s}_{actor_ids[a]}_{actor_ids[b]}"
        if problem.contact_value > 0:
            for a, b in combinations(candidate.eligible, 2):
                if (a, b) in conflicted or problem.trust.has_met(a, b):
                    continue
                both = pulp.LpVariable(f"together_{s}_{actor_ids[a]}_{actor_ids[b]}", 0, 1)
                prob += both <= take[a], f"ta_{s}_{actor_ids[a]}_{actor_ids[b]}"
                prob += both <= take[b], f"tb_{s}_{actor_ids[a]}_{actor_ids[b]}"
                meets[(a, b)].append(both)

    for resource, terms in sorted(resource_use.items()):
        if resource in problem.resources:
            prob += lpsum_(terms) <= problem.resources[resource], f"resource_{resource}"
    for a, vars_ in sorted(joins.items()):
        prob += lpsum_(vars_) <= problem.capacity.get(a, 0), f"capacity_{actor_ids[a]}"

    served: dict[tuple[str, str], pulp.LpVariable] = {}
    for (a, theme), vars_ in sorted(serves.items()):
        u = pulp.LpVariable(f"served_{actor_ids[a]}_{len(served)}", 0, 1)
        served[(a, theme)] = u
        prob += u <= lpsum_(vars_), f"cover_up_{len(served)}"
        for k, var in enumerate(vars_):
            prob += u >= var, f"cover_down_{len(served)}_{k}"

    def share(actor: str):
        total = problem.total_weight[actor]
        return lpsum_(
            weight / total * served[(actor, theme)]
            for theme, weight in sorted(problem.weights[actor].items())
            if (actor, theme) in served
        )

    if problem.enforce_fairness:
        for a, b in problem.fairness_pairs:
            gap = share(a) - share(b)
            prob += gap <= problem.tolerance, f"fair_up_{actor_ids[a]}_{actor_ids[b]}"
            prob += gap >= -problem.tolerance, f"fair_down_{actor_ids[a]}_{actor_ids[b]}"

    new_contacts = []
    if problem.contact_value > 0:
        for (a, b), vars_ in sorted(meets.items()):
            z = pulp.LpVariable(f"new_{actor_ids[a]}_{actor_ids[b]}", 0, 1)
            prob += z <= lpsum_(vars_), f"contact_{actor_ids[a]}_{actor_ids[b]}"
            new_contacts.append(z)

    need_value = lpsum_(
        problem.weights[a][theme] * u for (a, theme), u in served.items()
    ) + lpsum_(fixed_value_terms)
    cost = (
        lpsum_(resource_use.get(problem.cost_resource, []))
        if problem.cost_resource and problem.cost_value > 0
        else 0
    )
    prob += (
        problem.need_value * need_value
        + problem.contact_value * lpsum_(new_contacts)
        - problem.cost_value * cost
    )
    return BaselineModel(lp=prob, opens=opens, takes=takes)


def lpsum_(terms) -> pulp.LpAffineExpression:
    """PuLP's ``lpSum`` (named here so the naive construction reads like a textbook model)."""
    return pulp.lpSum(terms)
