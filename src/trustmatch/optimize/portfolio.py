"""A phase's planning problem and the evaluation of a portfolio (chosen projects + participants).

The integer program, the baseline strategies and the explanations all speak about portfolios in
the same terms defined here: which needs a portfolio serves, which pairs meet for the first time,
what it uses, its objective, and which rule it breaks (used by the constructive baselines; the
tests check portfolios with their own, independent checker).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from trustmatch.candidates import TRUST_EPSILON, Candidate, pair_threshold
from trustmatch.trust import TrustState, pair_key

FEASIBILITY_TOLERANCE = 1e-6
"""Slack allowed when checking resource and fairness limits (solver round-off)."""


@dataclass(frozen=True)
class PhaseProblem:
    """Everything one phase's optimization needs.

    Attributes:
        candidates: The candidate slots of the phase (trust already applied).
        weights: Actor -> theme -> need weight.
        total_weight: Actor -> total need weight W (0 for an actor without needs).
        fairness_pairs: Competitor pairs (a, b), a < b, that both state needs.
        competitors: Every competitor pair (a, b), a < b.
        co_participation: Sensitivity -> trust two competitors need to join one project.
        tolerance: Largest allowed difference of two competitors' served shares.
        capacity: Actor -> most projects per phase.
        resources: Resource -> capacity per phase.
        need_value: Objective weight of served need weight.
        contact_value: Objective weight of a new pair.
        cost_value: Objective weight of a unit of the cost resource.
        cost_resource: The resource counted as cost (None: no cost term).
        trust: Trust at the start of the phase.
        enforce_fairness: Whether the no-competitive-loss rows apply.
        enforce_trust: Whether trust_required and co-participation trust apply.
        use_benefit: Whether a served need is worth its weight times the project's benefit
            (False: its weight, whatever the project; the planner before issue 13).
        repeat_factor: Share of the benefit a need earns again up to the benefit an earlier
            successful project already delivered (see :func:`need_benefit`).
        delivered_before: (actor, theme) -> highest benefit delivered by a successful project
            of an earlier phase.
        reach_value: Objective weight of each member with needs who has not met anyone yet and
            joins a project of at least two participants (the contact rule).
        ran_before: (group key, participants) of projects that took place in the phase just
            before; a group that is not ``recurring`` may not run with exactly these
            participants again now (two phases running).
        pooled: Resource -> most use over all phases the program plans together (the
            lookahead's horizon; from a ``total`` over the roadmap).
        expected_value: Whether a project's benefit is weighted by its expected success (the
            lookahead values what it expects to be delivered).
        success: Group key -> expected success at this phase's trust (used with
            ``expected_value``; a group not listed uses its ``expected_success``).
    """

    candidates: Sequence[Candidate]
    weights: Mapping[str, Mapping[str, float]]
    total_weight: Mapping[str, float]
    fairness_pairs: Sequence[tuple[str, str]]
    competitors: frozenset[tuple[str, str]]
    co_participation: Mapping[str, float]
    tolerance: float
    capacity: Mapping[str, int]
    resources: Mapping[str, float]
    need_value: float
    contact_value: float
    cost_value: float
    cost_resource: str | None
    trust: TrustState
    enforce_fairness: bool = True
    enforce_trust: bool = True
    use_benefit: bool = True
    repeat_factor: float = 1.0
    delivered_before: Mapping[tuple[str, str], float] = field(default_factory=dict)
    reach_value: float = 0.0
    ran_before: frozenset[tuple[str, tuple[str, ...]]] = frozenset()
    pooled: Mapping[str, float] = field(default_factory=dict)
    expected_value: bool = False
    success: Mapping[str, float] = field(default_factory=dict)

    def benefit(self, group) -> float:
        """Return what one unit of need weight served by a project of this group delivers.

        With ``expected_value`` the benefit times the group's expected success.
        """
        if not self.use_benefit:
            return 1.0
        if self.expected_value:
            return group.benefit * self.success.get(group.key, group.expected_success)
        return group.benefit

    def need_worth(self, actor: str, theme: str, benefit: float) -> float:
        """Return the value (before ``need_value``) of serving a need at this benefit now."""
        before = self.delivered_before.get((actor, theme), 0.0)
        return self.weights[actor][theme] * need_benefit(benefit, before, self.repeat_factor)

    def unreached(self, actor: str) -> bool:
        """Whether the contact rule's bonus is open for this actor (needs, nobody met yet)."""
        return self.reach_value > 0 and self.total_weight.get(actor, 0.0) > 0 and (
            actor not in self.trust.met_actors
        )

    def repeats(self, candidate: Candidate, participants: Sequence[str]) -> bool:
        """Whether the project would repeat the phase before's project exactly (not allowed)."""
        group = candidate.group
        return not group.recurring and (group.key, tuple(sorted(participants))) in self.ran_before


@dataclass(frozen=True)
class PlanHistory:
    """What earlier phases did that the repeat rules need.

    Attributes:
        delivered: (actor, theme) -> highest benefit a successful project delivered on it.
        ran: (group key, participants) of the projects of the phase just before that took place
            (success or failure): the ones that may not run again now.
        spent: Resource -> use by the projects planned so far (for resources with a
            ``total`` over the roadmap).
    """

    delivered: Mapping[tuple[str, str], float] = field(default_factory=dict)
    ran: frozenset[tuple[str, tuple[str, ...]]] = frozenset()
    spent: Mapping[str, float] = field(default_factory=dict)

    def after(
        self, groups: Mapping[str, object], projects: Sequence, results: Mapping[str, str]
    ) -> PlanHistory:
        """Return the history after a phase.

        Args:
            groups: Group key -> candidate group.
            projects: The phase's planned projects (``group``, ``participants``, ``benefit``).
            results: Project id -> ``success``, ``failure`` or ``cancelled``.
        """
        delivered = dict(self.delivered)
        ran = set()  # the rule forbids repeating the phase just before, not any earlier one
        spent = dict(self.spent)
        for project in projects:
            # A planned project's resources count as spent even if it is cancelled: the plan
            # committed them (and the money spent of the comparison counts them the same way).
            for resource, use in project.uses.items():
                spent[resource] = spent.get(resource, 0.0) + use
            result = results.get(project.id, "cancelled")
            group = groups.get(project.group)
            if result == "cancelled" or group is None:
                continue
            ran.add((project.group, tuple(sorted(project.participants))))
            if result != "success":
                continue
            for actor in project.participants:
                for theme in group.serves.get(actor, ()):
                    key = (actor, theme)
                    delivered[key] = max(delivered.get(key, 0.0), project.benefit)
        return PlanHistory(
            delivered=dict(sorted(delivered.items())),
            ran=frozenset(ran),
            spent=dict(sorted(spent.items())),
        )


def need_benefit(benefit: float, before: float, repeat_factor: float) -> float:
    """Return what serving a need at ``benefit`` delivers after ``before`` was delivered already.

    ``repeat_factor * min(benefit, before) + max(0, benefit - before)``: the part of the benefit
    that an earlier successful project already delivered earns only the repeat factor, the part
    above it counts fully (``before`` 0: the full benefit).
    """
    return repeat_factor * min(benefit, before) + max(0.0, benefit - before)


def reaches(group) -> bool:
    """Whether taking part in a project of this group brings a member into contact."""
    if group.explicit:
        return len(group.interested) >= 2
    return group.min_participants >= 2


@dataclass(frozen=True)
class Selection:
    """One chosen candidate with its participants (sorted)."""

    candidate: Candidate
    participants: tuple[str, ...]

    def uses(self) -> dict[str, float]:
        """Return the resource use of this project."""
        return self.candidate.group.uses(len(self.participants))


@dataclass
class Evaluation:
    """What a portfolio achieves.

    Attributes:
        served: (actor, theme) pairs whose need is served.
        new_pairs: Pairs of participants meeting for the first time (each once), sorted.
        uses: Resource -> total use.
        fixed_value: Sum of the fixed values of chosen explicit projects.
        best: (actor, theme) -> highest benefit among the projects serving it.
        reached: Actors the contact rule's bonus counts (see ``PhaseProblem.reach_value``).
        terms: The weighted objective terms ``need_value``, ``new_contacts``,
            ``members_reached``, ``cost``.
        objective: need_value + new_contacts + members_reached - cost.
        shares: Actor -> served share of its own need weight (actors with needs only).
    """

    served: set[tuple[str, str]] = field(default_factory=set)
    new_pairs: list[tuple[str, str]] = field(default_factory=list)
    uses: dict[str, float] = field(default_factory=dict)
    fixed_value: float = 0.0
    best: dict[tuple[str, str], float] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)
    terms: dict[str, float] = field(default_factory=dict)
    objective: float = 0.0
    shares: dict[str, float] = field(default_factory=dict)


def evaluate(problem: PhaseProblem, portfolio: Sequence[Selection]) -> Evaluation:
    """Return what a portfolio serves, the contacts it makes, what it uses and its objective."""
    result = Evaluation()
    pairs: set[tuple[str, str]] = set()
    for selection in portfolio:
        group = selection.candidate.group
        benefit = problem.benefit(group)
        for actor in selection.participants:
            for theme in group.serves.get(actor, ()):
                result.served.add((actor, theme))
                key = (actor, theme)
                result.best[key] = max(result.best.get(key, 0.0), benefit)
            if reaches(group) and problem.unreached(actor):
                result.reached.add(actor)
        if group.value is not None:
            result.fixed_value += group.value
        for a, b in combinations(selection.participants, 2):
            if not problem.trust.has_met(a, b):
                pairs.add(pair_key(a, b))
        for resource, amount in selection.uses().items():
            result.uses[resource] = result.uses.get(resource, 0.0) + amount
    result.new_pairs = sorted(pairs)
    served_weight = sum(
        problem.need_worth(a, t, result.best[(a, t)]) for a, t in sorted(result.served)
    )
    cost = result.uses.get(problem.cost_resource, 0.0) if problem.cost_resource else 0.0
    result.terms = {
        "need_value": problem.need_value * (served_weight + result.fixed_value),
        "new_contacts": problem.contact_value * len(result.new_pairs),
        "members_reached": problem.reach_value * len(result.reached),
        "cost": problem.cost_value * cost,
    }
    result.objective = (
        result.terms["need_value"]
        + result.terms["new_contacts"]
        + result.terms["members_reached"]
        - result.terms["cost"]
    )
    result.shares = served_shares(problem, result.served)
    return result


def served_shares(problem: PhaseProblem, served: set[tuple[str, str]]) -> dict[str, float]:
    """Return each actor's served share of its own need weight (actors with needs only)."""
    shares: dict[str, float] = {}
    for actor in sorted(problem.total_weight):
        total = problem.total_weight[actor]
        if total > 0:
            got = sum(w for t, w in sorted(problem.weights[actor].items()) if (actor, t) in served)
            shares[actor] = got / total
    return shares


def unfair_pairs(problem: PhaseProblem, shares: Mapping[str, float]) -> list[tuple[str, str]]:
    """Return the competitor pairs whose served shares differ by more than the tolerance."""
    if not problem.enforce_fairness:
        return []
    limit = problem.tolerance + FEASIBILITY_TOLERANCE
    return [
        (a, b)
        for a, b in problem.fairness_pairs
        if abs(shares.get(a, 0.0) - shares.get(b, 0.0)) > limit
    ]


def violations(problem: PhaseProblem, portfolio: Sequence[Selection]) -> list[str]:
    """Return every rule the portfolio breaks, in words (empty: the portfolio is valid).

    Used by the constructive baselines and as a safety net on solver output.
    """
    problems: list[str] = []
    load: dict[str, int] = {}
    for selection in portfolio:
        candidate = selection.candidate
        group = candidate.group
        people = selection.participants
        if group.explicit:
            if people != group.interested:
                problems.append(f"{candidate.index_key}: participants differ from the fixed ones")
        else:
            if not group.min_participants <= len(people) <= group.max_participants:
                problems.append(f"{candidate.index_key}: {len(people)} participants")
            outsiders = [a for a in people if a not in group.serves]
            if outsiders:
                problems.append(f"{candidate.index_key}: {outsiders} state no need it addresses")
        if problem.enforce_trust:
            for a, b in combinations(people, 2):
                need = pair_threshold(group, a, b, problem.competitors, problem.co_participation)
                if problem.trust.pair_trust(a, b) < need - TRUST_EPSILON:
                    problems.append(f"{candidate.index_key}: {a} and {b} trust below {need}")
        if problem.repeats(candidate, people):
            problems.append(f"{candidate.index_key}: repeats the phase before's project exactly")
        for actor in people:
            load[actor] = load.get(actor, 0) + 1
    for actor, count in sorted(load.items()):
        if count > problem.capacity.get(actor, 0):
            problems.append(f"{actor} is in {count} projects")
    evaluation = evaluate(problem, portfolio)
    for resource, used in sorted(evaluation.uses.items()):
        limit = problem.resources.get(resource)
        if limit is not None and used > limit + FEASIBILITY_TOLERANCE * max(1.0, limit):
            problems.append(f"{resource}: {used} > {limit}")
    for a, b in unfair_pairs(problem, evaluation.shares):
        problems.append(f"competitors {a} and {b}: served shares differ by more than tolerance")
    return problems
