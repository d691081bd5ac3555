"""Baseline strategies: constructive portfolios to compare the optimal plan against.

* ``greedy``: repeatedly adds the project (with a greedily chosen participant group) that brings
  the most objective per unit of resources (use as a share of each capacity, summed); keeps every
  constraint, including the no-competitive-loss rule.
* ``random``: visits the candidate slots in a seeded random order and adds each with a random
  compatible participant group of random size when every constraint still holds.
* ``big-bang``: goes for the most ambitious projects first with as many participants as allowed.
  It ignores ``trust_required`` and the competitors' co-participation trust (that is its point:
  it is the risky plan); resources, participant limits, actor capacity, eligibility and the
  no-competitive-loss rule still hold.

(``no-fairness`` is the integer program without the fairness rows; see ``trustmatch.planner``.)
All three add a project only when the portfolio stays valid, so the same checker applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np

from trustmatch.candidates import Candidate
from trustmatch.optimize.portfolio import (
    FEASIBILITY_TOLERANCE,
    PhaseProblem,
    Selection,
)
from trustmatch.trust import pair_key

_MIN_GAIN = 1e-9


class PortfolioBuilder:
    """A portfolio under construction that keeps every rule of the phase.

    Args:
        problem: The phase problem.
    """

    def __init__(self, problem: PhaseProblem):
        self.problem = problem
        self.selections: list[Selection] = []
        self.load: dict[str, int] = {}
        self.uses: dict[str, float] = {}
        self.served: set[tuple[str, str]] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.used_slots: set[str] = set()
        self._conflicts: dict[str, set[tuple[str, str]]] = {}
        self.shares: dict[str, float] = {}
        self.rivals: dict[str, list[str]] = {}
        for a, b in problem.fairness_pairs:
            self.rivals.setdefault(a, []).append(b)
            self.rivals.setdefault(b, []).append(a)

    def conflicts(self, candidate: Candidate) -> set[tuple[str, str]]:
        """Return the candidate's conflict pairs as a set (cached per group)."""
        key = candidate.group.key
        if key not in self._conflicts:
            self._conflicts[key] = set(candidate.conflicts)
        return self._conflicts[key]

    def free(self, actor: str) -> bool:
        """Whether the actor can still join a project."""
        return self.load.get(actor, 0) < self.problem.capacity.get(actor, 0)

    def gain(self, candidate: Candidate, people: Sequence[str]) -> float:
        """Return how much the objective grows when this project is added."""
        problem = self.problem
        group = candidate.group
        value = sum(
            problem.weights[a][t]
            for a in people
            for t in group.serves.get(a, ())
            if (a, t) not in self.served
        )
        value += group.value or 0.0
        contacts = sum(
            1
            for a, b in combinations(people, 2)
            if pair_key(a, b) not in self.pairs and not problem.trust.has_met(a, b)
        )
        cost = 0.0
        if problem.cost_resource:
            cost = group.uses(len(people)).get(problem.cost_resource, 0.0)
        return problem.need_value * value + problem.contact_value * contacts - (
            problem.cost_value * cost
        )

    def resource_share(self, candidate: Candidate, people: Sequence[str]) -> float:
        """Return the project's use as a sum of shares of each capacity (at least a small 1e-6)."""
        share = 0.0
        for resource, amount in candidate.group.uses(len(people)).items():
            limit = self.problem.resources.get(resource)
            if limit:
                share += amount / limit
        return max(share, 1e-6)

    def fits(self, candidate: Candidate, people: Sequence[str]) -> bool:
        """Whether adding the project keeps size, capacity, trust and resource rules."""
        group = candidate.group
        if candidate.index_key in self.used_slots:
            return False
        if not group.explicit and not (
            group.min_participants <= len(people) <= group.max_participants
        ):
            return False
        if any(not self.free(a) for a in people):
            return False
        conflicts = self.conflicts(candidate)
        if conflicts and any((a, b) in conflicts for a, b in combinations(sorted(people), 2)):
            return False
        for resource, amount in group.uses(len(people)).items():
            limit = self.problem.resources.get(resource)
            used = self.uses.get(resource, 0.0) + amount
            if limit is not None and used > limit + FEASIBILITY_TOLERANCE * max(1.0, limit):
                return False
        return True

    def shares_after(self, candidate: Candidate, people: Sequence[str]) -> dict[str, float]:
        """Return the served shares of the project's participants after adding it."""
        problem = self.problem
        after: dict[str, float] = {}
        for a in people:
            total = problem.total_weight.get(a, 0.0)
            if total <= 0:
                continue
            extra = sum(
                problem.weights[a][t]
                for t in candidate.group.serves.get(a, ())
                if (a, t) not in self.served
            )
            after[a] = self.shares.get(a, 0.0) + extra / total
        return after

    def unfair_after(self, candidate: Candidate, people: Sequence[str]) -> list[tuple[str, str]]:
        """Return the competitor pairs that would be out of balance after adding the project.

        The portfolio is balanced before, so only pairs with a participant can break.
        """
        if not self.problem.enforce_fairness:
            return []
        after = self.shares_after(candidate, people)
        limit = self.problem.tolerance + FEASIBILITY_TOLERANCE
        broken: set[tuple[str, str]] = set()
        for a, share in after.items():
            for rival in self.rivals.get(a, ()):
                other = after.get(rival, self.shares.get(rival, 0.0))
                if abs(share - other) > limit:
                    broken.add(pair_key(a, rival))
        return sorted(broken)

    def add(self, candidate: Candidate, people: Sequence[str]) -> None:
        """Add a project (the caller has checked that it fits)."""
        people = tuple(sorted(people))
        self.shares.update(self.shares_after(candidate, people))
        self.selections.append(Selection(candidate, people))
        self.used_slots.add(candidate.index_key)
        for a in people:
            self.load[a] = self.load.get(a, 0) + 1
            for t in candidate.group.serves.get(a, ()):
                self.served.add((a, t))
        for a, b in combinations(people, 2):
            if not self.problem.trust.has_met(a, b):
                self.pairs.add((a, b))
        for resource, amount in candidate.group.uses(len(people)).items():
            self.uses[resource] = self.uses.get(resource, 0.0) + amount

    def try_add(self, candidate: Candidate, people: Sequence[str]) -> bool:
        """Add the project if it fits and keeps competitors in balance; return whether added."""
        people = tuple(sorted(people))
        if not self.fits(candidate, people) or self.unfair_after(candidate, people):
            return False
        self.add(candidate, people)
        return True


def _compatible(builder: PortfolioBuilder, candidate: Candidate, chosen, actor) -> bool:
    conflicts = builder.conflicts(candidate)
    return not conflicts or all(pair_key(actor, c) not in conflicts for c in chosen)


def _marginal(builder: PortfolioBuilder, candidate: Candidate, chosen, actor) -> float:
    problem = builder.problem
    group = candidate.group
    need = sum(
        problem.weights[actor][t]
        for t in group.serves.get(actor, ())
        if (actor, t) not in builder.served
    )
    contacts = sum(
        1
        for c in chosen
        if pair_key(actor, c) not in builder.pairs and not problem.trust.has_met(actor, c)
    )
    cost = group.per_participant_use.get(problem.cost_resource, 0.0) if problem.cost_resource else 0
    return problem.need_value * need + problem.contact_value * contacts - problem.cost_value * cost


def greedy_group(
    builder: PortfolioBuilder, candidate: Candidate, *, fill: bool = False
) -> tuple[str, ...] | None:
    """Choose participants for a candidate greedily; None when no valid group is found.

    Actors are taken by the need weight the project would serve for them (not yet served), then
    by id, skipping those in conflict with the chosen ones. Beyond the minimum size an actor joins
    only when it adds value (or always with ``fill``). When the group would put a competitor at a
    disadvantage, the disadvantaged competitor is invited if possible, else the advantaged one
    leaves.

    Args:
        builder: The portfolio so far.
        candidate: The candidate slot.
        fill: Take as many participants as allowed (``big-bang``).
    """
    group = candidate.group
    if group.explicit:
        people = group.interested
        if builder.fits(candidate, people) and not builder.unfair_after(candidate, people):
            return people
        return None
    problem = builder.problem

    def need_of(actor: str) -> float:
        return sum(
            problem.weights[actor][t]
            for t in group.serves.get(actor, ())
            if (actor, t) not in builder.served
        )

    pool = sorted(
        (a for a in candidate.eligible if builder.free(a)), key=lambda a: (-need_of(a), a)
    )
    chosen: list[str] = []
    for actor in pool:
        if len(chosen) >= group.max_participants:
            break
        if not _compatible(builder, candidate, chosen, actor):
            continue
        if (
            len(chosen) >= group.min_participants
            and not fill
            and _marginal(builder, candidate, chosen, actor) <= _MIN_GAIN
        ):
            continue
        chosen.append(actor)
    if len(chosen) < group.min_participants:
        return None
    return _rebalance(builder, candidate, chosen, pool)


def _rebalance(builder, candidate, chosen, pool) -> tuple[str, ...] | None:
    """Fix a group that would put competitors out of balance.

    Invites the competitor behind, or swaps out the one ahead for the next compatible actor.
    """
    group = candidate.group
    excluded: set[str] = set()
    for _ in range(2 * len(pool) + 2):
        people = tuple(sorted(chosen))
        unfair = builder.unfair_after(candidate, people)
        if not unfair:
            return people if builder.fits(candidate, people) else None
        shares = {**builder.shares, **builder.shares_after(candidate, people)}
        a, b = unfair[0]
        behind, ahead = (a, b) if shares.get(a, 0.0) < shares.get(b, 0.0) else (b, a)
        if (
            behind in pool
            and behind not in chosen
            and behind not in excluded
            and len(chosen) < group.max_participants
            and _compatible(builder, candidate, chosen, behind)
        ):
            chosen.append(behind)
            continue
        if ahead not in chosen:
            return None
        chosen.remove(ahead)
        excluded.add(ahead)
        for actor in pool:
            if len(chosen) >= group.min_participants:
                break
            if (
                actor not in chosen
                and actor not in excluded
                and _compatible(builder, candidate, chosen, actor)
            ):
                chosen.append(actor)
        if len(chosen) < group.min_participants:
            return None
    return None


def greedy(problem: PhaseProblem) -> list[Selection]:
    """Return the greedy portfolio (best objective gain per resource share first)."""
    return _constructive(problem, ambitious_first=False)


def big_bang(problem: PhaseProblem) -> list[Selection]:
    """Return the big-bang portfolio: most ambitious projects first, as large as allowed.

    The problem's candidates must have been built ignoring trust (no conflict pairs).
    """
    return _constructive(problem, ambitious_first=True)


def _constructive(problem: PhaseProblem, *, ambitious_first: bool) -> list[Selection]:
    builder = PortfolioBuilder(problem)
    while True:
        best: tuple[tuple, Candidate, tuple[str, ...]] | None = None
        seen_groups: set[str] = set()
        for candidate in problem.candidates:
            # Slots of a group are identical: only the first unused one is worth looking at.
            if candidate.index_key in builder.used_slots or candidate.group.key in seen_groups:
                continue
            seen_groups.add(candidate.group.key)
            people = greedy_group(builder, candidate, fill=ambitious_first)
            if people is None:
                continue
            gain = builder.gain(candidate, people)
            if gain <= _MIN_GAIN:
                continue
            ratio = gain / builder.resource_share(candidate, people)
            key = (candidate.group.ambition, ratio) if ambitious_first else (ratio,)
            if best is None or key > best[0]:
                best = (key, candidate, people)
        if best is None or not builder.try_add(best[1], best[2]):
            break
    return builder.selections


def random_portfolio(problem: PhaseProblem, seed: int) -> list[Selection]:
    """Return a seeded random valid portfolio.

    Args:
        problem: The phase problem.
        seed: Seed of the random draws.
    """
    rng = np.random.default_rng(seed)
    builder = PortfolioBuilder(problem)
    order = rng.permutation(len(problem.candidates))
    for index in order:
        candidate = problem.candidates[int(index)]
        group = candidate.group
        if group.explicit:
            builder.try_add(candidate, group.interested)
            continue
        pool = [a for a in candidate.eligible if builder.free(a)]
        if len(pool) < group.min_participants:
            continue
        pool = [pool[int(k)] for k in rng.permutation(len(pool))]
        size = int(rng.integers(group.min_participants, min(group.max_participants, len(pool)) + 1))
        chosen: list[str] = []
        for actor in pool:
            if len(chosen) >= size:
                break
            if _compatible(builder, candidate, chosen, actor):
                chosen.append(actor)
        if len(chosen) >= group.min_participants:
            builder.try_add(candidate, chosen)
    return builder.selections
