"""Baseline strategies: constructive portfolios to compare the optimal plan against.

* ``greedy``: repeatedly adds the project (with a greedily chosen participant group) that brings
  the most objective per unit of resources (use as a share of each capacity, summed); keeps every
  constraint, including the no-competitive-loss rule. Where that rule binds, a second portfolio
  (greedy without the rule, then repaired until competitors are balanced, then filled up) is
  built too, and the better one is kept (see :func:`greedy`).
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
from dataclasses import replace
from itertools import combinations

import numpy as np

from trustmatch.candidates import Candidate
from trustmatch.optimize.portfolio import (
    FEASIBILITY_TOLERANCE,
    PhaseProblem,
    Selection,
    evaluate,
    reaches,
    violations,
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
        self.best: dict[tuple[str, str], float] = {}
        self.reached: set[str] = set()
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
        value = sum(self.need_gain(group, a) for a in people)
        value += group.value or 0.0
        contacts = sum(
            1
            for a, b in combinations(people, 2)
            if pair_key(a, b) not in self.pairs and not problem.trust.has_met(a, b)
        )
        cost = 0.0
        if problem.cost_resource:
            cost = group.uses(len(people)).get(problem.cost_resource, 0.0)
        return problem.need_value * value + problem.contact_value * contacts + (
            self.reach_gain(group, people)
        ) - problem.cost_value * cost

    def need_gain(self, group, actor: str) -> float:
        """Return the need value (before ``need_value``) the actor gains from joining a project.

        A need already served counts only the rise from its best benefit so far.
        """
        problem = self.problem
        benefit = problem.benefit(group)
        gain = 0.0
        for theme in group.serves.get(actor, ()):
            best = self.best.get((actor, theme), 0.0)
            if benefit > best:
                gain += problem.need_worth(actor, theme, benefit) - (
                    problem.need_worth(actor, theme, best) if best else 0.0
                )
        return gain

    def reach_gain(self, group, people: Sequence[str]) -> float:
        """Return the contact rule's bonus the project adds (members reached for the first time)."""
        if not reaches(group):
            return 0.0
        problem = self.problem
        return problem.reach_value * sum(
            1 for a in people if a not in self.reached and problem.unreached(a)
        )

    def resource_share(self, candidate: Candidate, people: Sequence[str]) -> float:
        """Return the project's use as a sum of shares of each capacity (at least a small 1e-6)."""
        share = 0.0
        for resource, amount in candidate.group.uses(len(people)).items():
            limit = self.problem.resources.get(resource)
            if limit:
                share += amount / limit
        return max(share, 1e-6)

    def fits(self, candidate: Candidate, people: Sequence[str], *, resources: bool = True) -> bool:
        """Whether adding the project keeps size, capacity, trust and resource rules.

        Args:
            candidate: The candidate slot.
            people: The participants.
            resources: Also check the resources (``False``: the caller checks them with
                :meth:`resources_fit`).
        """
        group = candidate.group
        if candidate.index_key in self.used_slots:
            return False
        if self.problem.repeats(candidate, people):
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
        return not resources or self.resources_fit(candidate, people)

    def resources_fit(self, candidate: Candidate, people: Sequence[str]) -> bool:
        """Whether the resources left suffice for the project with these participants."""
        for resource, amount in candidate.group.uses(len(people)).items():
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
        benefit = self.problem.benefit(candidate.group)
        for a in people:
            self.load[a] = self.load.get(a, 0) + 1
            if reaches(candidate.group) and self.problem.unreached(a):
                self.reached.add(a)
            for t in candidate.group.serves.get(a, ()):
                self.served.add((a, t))
                self.best[(a, t)] = max(self.best.get((a, t), 0.0), benefit)
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
    need = builder.need_gain(group, actor)
    contacts = sum(
        1
        for c in chosen
        if pair_key(actor, c) not in builder.pairs and not problem.trust.has_met(actor, c)
    )
    reach = builder.reach_gain(group, [actor])
    cost = group.per_participant_use.get(problem.cost_resource, 0.0) if problem.cost_resource else 0
    return (
        problem.need_value * need + problem.contact_value * contacts + reach
        - problem.cost_value * cost
    )


def greedy_group(
    builder: PortfolioBuilder, candidate: Candidate, *, fill: bool = False, resources: bool = True
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
        resources: Also require the resources left to suffice (``False``: the group does not
            depend on the resources used so far, so it can be cached while they change).
    """
    group = candidate.group
    if group.explicit:
        people = group.interested
        if builder.fits(candidate, people, resources=resources) and not builder.unfair_after(
            candidate, people
        ):
            return people
        return None

    def need_of(actor: str) -> float:
        return builder.need_gain(group, actor)

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
    return _rebalance(builder, candidate, chosen, pool, resources=resources)


def _rebalance(builder, candidate, chosen, pool, *, resources=True) -> tuple[str, ...] | None:
    """Fix a group that would put competitors out of balance.

    Invites the competitor behind, or swaps out the one ahead for the next compatible actor.
    """
    group = candidate.group
    excluded: set[str] = set()
    for _ in range(2 * len(pool) + 2):
        people = tuple(sorted(chosen))
        unfair = builder.unfair_after(candidate, people)
        if not unfair:
            return people if builder.fits(candidate, people, resources=resources) else None
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


def greedy(problem: PhaseProblem, *, repair: bool = True) -> list[Selection]:
    """Return the greedy portfolio (best objective gain per resource share first).

    Where competitor balance binds, adding projects one by one gets stuck: serving one
    competitor first is never allowed, even when a second project would serve the other. So a
    second portfolio is built too: greedy without the balance rule, repaired (the competitor
    behind joins a chosen project, or the one ahead leaves one) until every pair is balanced,
    then filled up greedily under every rule. The better of the two is returned (the plain one
    on a tie), so the result is never worse than the plain greedy.

    Args:
        problem: The phase problem.
        repair: Also build the repaired portfolio (``False``: the plain one-by-one greedy).
    """
    plain = _constructive(problem, ambitious_first=False)
    if not repair or not problem.enforce_fairness or not problem.fairness_pairs:
        return plain
    repaired = _relaxed_then_repaired(problem)
    if repaired is None or violations(problem, repaired):
        return plain
    if evaluate(problem, repaired).objective > evaluate(problem, plain).objective + _MIN_GAIN:
        return repaired
    return plain


def _relaxed_then_repaired(problem: PhaseProblem) -> list[Selection] | None:
    """Greedy without the balance rule, balanced by :func:`_repair_balance`, then filled up."""
    relaxed = _constructive(replace(problem, enforce_fairness=False), ambitious_first=False)
    balanced = _repair_balance(problem, relaxed)
    if balanced is None:
        return None
    builder = PortfolioBuilder(problem)
    for selection in balanced:
        builder.add(selection.candidate, selection.participants)
    return _constructive(problem, ambitious_first=False, builder=builder)


class _BalanceRepair:
    """A portfolio being balanced, with counts that make each step's effect a local sum.

    Counts per (actor, theme) served and per new pair let the change of the objective of one
    join or leave be computed from the project's participants alone; the served shares are
    summed per actor exactly as :func:`~trustmatch.optimize.portfolio.served_shares` sums them.
    """

    def __init__(self, problem: PhaseProblem, portfolio: Sequence[Selection]):
        self.problem = problem
        self.limit = problem.tolerance + FEASIBILITY_TOLERANCE
        self.projects: list[tuple[Candidate, list[str]] | None] = [
            (s.candidate, list(s.participants)) for s in portfolio
        ]
        self.load: dict[str, int] = {}
        self.serving: dict[tuple[str, str], int] = {}
        self.meeting: dict[tuple[str, str], int] = {}
        self.uses: dict[str, float] = {}
        self.member_of: dict[str, set[int]] = {}
        self.open_to: dict[str, list[int]] = {}
        self.left: set[tuple[str, int]] = set()  # (actor, project) it left: never invited back
        for index, (candidate, people) in enumerate(self.projects):
            self._count(candidate, people, +1)
            for actor in people:
                self.member_of.setdefault(actor, set()).add(index)
            if not candidate.group.explicit:
                for actor in candidate.eligible:
                    self.open_to.setdefault(actor, []).append(index)
            for resource, amount in candidate.group.uses(len(people)).items():
                self.uses[resource] = self.uses.get(resource, 0.0) + amount
        self.pairs_of: dict[str, list[tuple[int, str, str]]] = {}
        for position, (a, b) in enumerate(problem.fairness_pairs):
            self.pairs_of.setdefault(a, []).append((position, a, b))
            self.pairs_of.setdefault(b, []).append((position, a, b))
        self.shares = {a: self._share(a) for a in self.pairs_of}
        self.unbalanced: dict[tuple[int, str, str], float] = {}
        for position, (a, b) in enumerate(problem.fairness_pairs):
            self._recheck((position, a, b))

    def _count(self, candidate: Candidate, people: Sequence[str], step: int) -> None:
        serves = candidate.group.serves
        for actor in people:
            self.load[actor] = self.load.get(actor, 0) + step
            for theme in serves.get(actor, ()):
                self.serving[(actor, theme)] = self.serving.get((actor, theme), 0) + step
        for a, b in combinations(sorted(people), 2):
            if not self.problem.trust.has_met(a, b):
                self.meeting[(a, b)] = self.meeting.get((a, b), 0) + step

    def _share(self, actor: str) -> float:
        total = self.problem.total_weight.get(actor, 0.0)
        if total <= 0:
            return 0.0
        weights = self.problem.weights[actor]
        got = sum(w for t, w in sorted(weights.items()) if self.serving.get((actor, t), 0) > 0)
        return got / total

    def _recheck(self, pair: tuple[int, str, str]) -> None:
        _, a, b = pair
        difference = abs(self.shares.get(a, 0.0) - self.shares.get(b, 0.0))
        if difference > self.limit:
            self.unbalanced[pair] = difference
        else:
            self.unbalanced.pop(pair, None)

    def _excess_of(self, actor: str, share: float) -> float:
        excess = 0.0
        for _, a, b in self.pairs_of.get(actor, ()):
            rival = b if a == actor else a
            difference = abs(share - self.shares.get(rival, 0.0))
            if difference > self.limit:
                excess += difference - self.problem.tolerance
        return excess

    def _ahead_of_any(self, actor: str, share: float) -> bool:
        """Whether the actor with this share would be too far ahead of one of its competitors."""
        for _, a, b in self.pairs_of.get(actor, ()):
            rival = b if a == actor else a
            if share - self.shares.get(rival, 0.0) > self.limit:
                return True
        return False

    def _share_with(self, actor: str, themes: Sequence[str]) -> float:
        total = self.problem.total_weight.get(actor, 0.0)
        if total <= 0:
            return 0.0
        extra = set(themes)
        got = sum(
            w
            for t, w in sorted(self.problem.weights[actor].items())
            if self.serving.get((actor, t), 0) > 0 or t in extra
        )
        return got / total

    def _value_of_member(self, candidate: Candidate, people: Sequence[str], actor: str,
                         alone: int) -> float:
        """Objective the actor brings to the project (``alone``: count meaning 'only here')."""
        problem = self.problem
        need = sum(
            problem.weights[actor][t]
            for t in candidate.group.serves.get(actor, ())
            if self.serving.get((actor, t), 0) == alone
        )
        contacts = sum(
            1
            for other in people
            if other != actor
            and not problem.trust.has_met(actor, other)
            and self.meeting.get(pair_key(actor, other), 0) == alone
        )
        cost = 0.0
        if problem.cost_resource:
            cost = candidate.group.per_participant_use.get(problem.cost_resource, 0.0)
        return problem.need_value * need + problem.contact_value * contacts - (
            problem.cost_value * cost
        )

    def _value_of_project(self, candidate: Candidate, people: Sequence[str]) -> float:
        problem = self.problem
        group = candidate.group
        need = sum(
            problem.weights[a][t]
            for a in people
            for t in group.serves.get(a, ())
            if self.serving.get((a, t), 0) == 1
        )
        contacts = sum(
            1
            for a, b in combinations(sorted(people), 2)
            if not problem.trust.has_met(a, b) and self.meeting.get((a, b), 0) == 1
        )
        cost = 0.0
        if problem.cost_resource:
            cost = group.uses(len(people)).get(problem.cost_resource, 0.0)
        return problem.need_value * (need + (group.value or 0.0)) + (
            problem.contact_value * contacts
        ) - problem.cost_value * cost

    def _change(self, index: int, people: list[str] | None) -> None:
        candidate, before = self.projects[index]
        self._count(candidate, before, -1)
        for resource, amount in candidate.group.uses(len(before)).items():
            self.uses[resource] = self.uses.get(resource, 0.0) - amount
        for actor in before:
            self.member_of[actor].discard(index)
        if people is None:
            self.projects[index] = None
        else:
            self.projects[index] = (candidate, people)
            self._count(candidate, people, +1)
            for resource, amount in candidate.group.uses(len(people)).items():
                self.uses[resource] = self.uses.get(resource, 0.0) + amount
            for actor in people:
                self.member_of.setdefault(actor, set()).add(index)
        for actor in sorted(set(before) | set(people or ())):
            if actor in self.pairs_of:
                self.shares[actor] = self._share(actor)
        for actor in sorted(set(before) | set(people or ())):
            for pair in self.pairs_of.get(actor, ()):
                self._recheck(pair)

    def invite(self, actor: str) -> bool:
        """Add the actor to the chosen project where it helps most, if joining lowers imbalance."""
        problem = self.problem
        if self.load.get(actor, 0) >= problem.capacity.get(actor, 0):
            return False
        excess = self._excess_of(actor, self.shares.get(actor, 0.0))
        best: tuple[float, int] | None = None
        for index in self.open_to.get(actor, ()):
            project = self.projects[index]
            if project is None:
                continue
            candidate, people = project
            group = candidate.group
            fresh = [t for t in group.serves.get(actor, ()) if self.serving.get((actor, t), 0) == 0]
            if (
                not fresh
                or actor in people
                or len(people) >= group.max_participants
                or not _room_for_one_more(problem, self.uses, group)
            ):
                continue
            conflicts = set(candidate.conflicts)
            if any(pair_key(actor, other) in conflicts for other in people):
                continue
            if (actor, index) in self.left:
                continue
            share = self._share_with(actor, fresh)
            if self._excess_of(actor, share) >= excess - (
                FEASIBILITY_TOLERANCE
            ):
                continue
            gain = self._value_of_member(candidate, [*people, actor], actor, 0)
            if best is None or (gain, -index) > best:
                best = (gain, -index)
        if best is None:
            return False
        index = -best[1]
        candidate, people = self.projects[index]
        self._change(index, sorted([*people, actor]))
        return True

    def leave(self, actor: str) -> bool:
        """Take the actor out of the project (or drop the project) where that costs least."""
        best: tuple[float, int] | None = None
        for index in sorted(self.member_of.get(actor, ())):
            candidate, people = self.projects[index]
            group = candidate.group
            if not group.serves.get(actor):
                continue
            if group.explicit or len(people) - 1 < group.min_participants:
                loss = self._value_of_project(candidate, people)
            else:
                loss = self._value_of_member(candidate, people, actor, 1)
            if best is None or (-loss, -index) > best:
                best = (-loss, -index)
        if best is None:
            return False
        index = -best[1]
        self.left.add((actor, index))
        candidate, people = self.projects[index]
        rest = [a for a in people if a != actor]
        if candidate.group.explicit or len(rest) < candidate.group.min_participants:
            self._change(index, None)
        else:
            self._change(index, rest)
        return True

    def worst(self) -> tuple[str, str] | None:
        """Return (behind, ahead) of the most unbalanced pair (first in order on a tie)."""
        if not self.unbalanced:
            return None
        (_, a, b), _ = min(self.unbalanced.items(), key=lambda item: (-item[1], item[0][0]))
        if self.shares.get(a, 0.0) < self.shares.get(b, 0.0):
            return a, b
        return b, a

    def portfolio(self) -> list[Selection]:
        """Return the projects left, in their original order."""
        return [
            Selection(candidate, tuple(sorted(people)))
            for candidate, people in (p for p in self.projects if p is not None)
        ]


def _repair_balance(problem: PhaseProblem, portfolio: list[Selection]) -> list[Selection] | None:
    """Make a portfolio that keeps every rule but competitor balance keep that one too.

    Repeatedly takes the most unbalanced competitor pair: the one behind joins a chosen project
    that serves one of its unserved needs when that lowers the imbalance of its pairs (the join
    worth most), else the one ahead leaves the project where that costs least (the whole project
    when it would fall below its minimum size). Every step keeps size, capacity, trust and
    resources. Returns None if the balance is not reached within a bounded number of steps.
    """
    repair = _BalanceRepair(problem, portfolio)
    steps = 4 * (sum(len(s.participants) for s in portfolio) + len(portfolio)) + 20
    for _ in range(steps):
        worst = repair.worst()
        if worst is None:
            return repair.portfolio()
        behind, ahead = worst
        if not repair.invite(behind) and not repair.leave(ahead):
            return None
    return None


def _room_for_one_more(problem: PhaseProblem, uses: dict[str, float], group) -> bool:
    """Whether the resources left allow one more participant in a project of the group."""
    for resource, per in group.per_participant_use.items():
        limit = problem.resources.get(resource)
        if limit is not None and uses.get(resource, 0.0) + per > limit + (
            FEASIBILITY_TOLERANCE * max(1.0, limit)
        ):
            return False
    return True


def big_bang(problem: PhaseProblem) -> list[Selection]:
    """Return the big-bang portfolio: most ambitious projects first, as large as allowed.

    The problem's candidates must have been built ignoring trust (no conflict pairs).
    """
    return _constructive(problem, ambitious_first=True)


def _constructive(
    problem: PhaseProblem, *, ambitious_first: bool, builder: PortfolioBuilder | None = None
) -> list[Selection]:
    """Add the best project (by ambition for big-bang, then gain per resource share) until none.

    Each group's best participant set (and its gain) is kept between rounds and chosen again
    only when a round changed something it depends on: the load, served needs, new pairs or
    served shares of its eligible actors or of their competitors. The resources left are
    checked every round. This gives exactly the portfolio of re-choosing every group every round.
    A ``builder`` given holds projects already chosen; the portfolio is extended from them.
    """
    builder = builder or PortfolioBuilder(problem)
    slots: dict[str, list[tuple[int, Candidate]]] = {}
    for position, candidate in enumerate(problem.candidates):
        slots.setdefault(candidate.group.key, []).append((position, candidate))
    next_slot = dict.fromkeys(slots, 0)

    def skip_used(key: str) -> None:
        while (
            next_slot[key] < len(slots[key])
            and slots[key][next_slot[key]][1].index_key in builder.used_slots
        ):
            next_slot[key] += 1

    for key in slots:
        skip_used(key)
    groups_of: dict[str, set[str]] = {}
    for key, group_slots in slots.items():
        for actor in group_slots[0][1].eligible:
            groups_of.setdefault(actor, set()).add(key)
    cached: dict[str, tuple[tuple[str, ...], tuple] | None] = {}
    stale = set(slots)
    while True:
        best: tuple[tuple, Candidate, tuple[str, ...]] | None = None
        # Slots of a group are identical: only the first unused one is worth looking at; groups
        # are visited in the order of that slot (ties go to the first, as in one full scan).
        open_groups = sorted(
            (slots[key][next_slot[key]] for key in slots if next_slot[key] < len(slots[key])),
            key=lambda item: item[0],
        )
        for _, candidate in open_groups:
            key = candidate.group.key
            if key in stale:
                cached[key] = _proposal(builder, candidate, ambitious_first)
            proposal = cached[key]
            if proposal is None:
                continue
            people, rank = proposal
            if not builder.resources_fit(candidate, people):
                continue
            if best is None or rank > best[0]:
                best = (rank, candidate, people)
        stale.clear()
        if best is None or not builder.try_add(best[1], best[2]):
            break
        chosen = best[1].group.key
        skip_used(chosen)
        touched = set(best[2])
        if problem.enforce_fairness:  # else competitors' shares play no part in any choice
            for actor in best[2]:
                touched.update(builder.rivals.get(actor, ()))
        stale.add(chosen)
        for actor in touched:
            stale.update(groups_of.get(actor, ()))
    return builder.selections


def _proposal(
    builder: PortfolioBuilder, candidate: Candidate, ambitious_first: bool
) -> tuple[tuple[str, ...], tuple] | None:
    """Return a group's participants and rank (resources aside), or None when not worth adding."""
    people = greedy_group(builder, candidate, fill=ambitious_first, resources=False)
    if people is None:
        return None
    gain = builder.gain(candidate, people)
    if gain <= _MIN_GAIN:
        return None
    ratio = gain / builder.resource_share(candidate, people)
    return people, ((candidate.group.ambition, ratio) if ambitious_first else (ratio,))


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
