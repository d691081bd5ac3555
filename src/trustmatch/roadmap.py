"""The roadmap: phases planned on a rolling horizon as trust grows, simulated or replayed.

Rolling horizon: plan phase k from the trust at its start (:func:`trustmatch.planner.plan_phase`),
draw each chosen project's outcome (:func:`trustmatch.outcomes.simulate_outcome`), update trust
(one ``end_phase`` for forgetting, then every outcome: see :mod:`trustmatch.trust`), and plan
phase k + 1 from the new trust, so project types whose ``trust_required`` is now met become
possible. With a ledger, the recorded phases are replayed first and the roadmap continues after
them.

Monte Carlo: replication i runs the same roadmap with seed ``replication_seed(seed, i)``
(replication 0 keeps the root seed, so its phases are exactly the single run's and are the ones
shown in full). Per phase the summary gives the mean and 10/50/90 % quantiles (numpy's linear
interpolation) of the cluster trust at the end of the phase and of the projects that succeeded
in it, and for each ambition level L the share of runs in which a project of ambition >= L has
succeeded in this phase or an earlier one.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from trustmatch import __version__
from trustmatch.ledger import Ledger, LoadedLedger, apply_ledger, load_ledger
from trustmatch.optimize.portfolio import PlanHistory
from trustmatch.outcomes import replication_seed, simulate_outcome
from trustmatch.planner import (
    DEFAULT_STRATEGY,
    PlanningContext,
    find_unserved,
    plan_phase,
    prepare,
    trust_explanations,
)
from trustmatch.replications import PlanMemo, Replications, run_replications
from trustmatch.results import (
    MonteCarloPhase,
    PhasePlan,
    ProjectOutcome,
    QuantileBand,
    RoadmapPhase,
    RoadmapResult,
    ScenarioRef,
    TrustSnapshot,
)
from trustmatch.scenario import LoadedScenario, Scenario
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import TrustState, initial_trust

DIGITS = 6
"""Decimals kept for floats in results (stable JSON across platforms)."""

AMBITION_LEVELS: tuple[int, ...] = (1, 2, 3, 4)
"""The ambition levels a project can have."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` after each replication."""


def scenario_ref(source: LoadedScenario | Scenario) -> tuple[Scenario, ScenarioRef]:
    """Return the scenario and where it came from (name, file hash, overrides, settings)."""
    if isinstance(source, LoadedScenario):
        scenario = source.scenario
        return scenario, ScenarioRef(
            name=scenario.name,
            file_sha256=source.file_sha256,
            overrides=list(source.overrides),
            sets=list(source.sets),
        )
    return source, ScenarioRef(name=source.name, file_sha256="")


def starting_trust(
    scenario: Scenario, ledger: str | Path | LoadedLedger | Ledger | None
) -> tuple[TrustState, int]:
    """Return the trust before the next phase and that phase's number (1 without a ledger).

    Raises:
        LedgerError: If the ledger is malformed or does not fit the scenario.
    """
    trust = initial_trust(scenario)
    if ledger is None:
        return trust, 1
    if isinstance(ledger, (str, Path)):
        ledger = load_ledger(ledger)
    return apply_ledger(scenario, ledger, trust)


class RoadmapStart(NamedTuple):
    """Where a roadmap begins: the trust, the first phase to plan and how many phases."""

    trust: TrustState
    first_phase: int
    phases: int
    history: PlanHistory = PlanHistory()
    """What the recorded phases delivered, ran and spent (repeat rules, totals)."""


def ledger_history(
    scenario: Scenario, ledger: str | Path | LoadedLedger | Ledger | None
) -> PlanHistory:
    """Return what the recorded phases delivered, ran and spent, for the repeat rules and totals.

    Each entry is matched to the planner's project group by its id (``type:theme:k`` or an
    explicit project's id); an entry whose group the scenario no longer has still counts as
    run but delivers and spends nothing that could be computed. Resources count at the
    type's use for the recorded number of participants.

    Args:
        scenario: The scenario the ledger belongs to (checked by :func:`starting_trust`).
        ledger: The ledger, a path to one, or None (nothing recorded).
    """
    if ledger is None:
        return PlanHistory()
    if isinstance(ledger, (str, Path)):
        ledger = load_ledger(ledger)
    entries = (ledger.ledger if isinstance(ledger, LoadedLedger) else ledger).entries
    if not entries:
        return PlanHistory()
    groups = {g.key: g for g in prepare(scenario).groups}
    history = PlanHistory()
    for phase in range(1, max(e.phase for e in entries) + 1):
        projects = []
        for entry in (e for e in entries if e.phase == phase):
            key, group = entry_group(groups, entry.project)
            projects.append(types.SimpleNamespace(
                id=entry.project,
                group=key,
                participants=list(entry.participants),
                benefit=group.benefit if group is not None else 0.0,
                uses=group.uses(len(entry.participants)) if group is not None else {},
            ))
        history = history.after(groups, projects, {e.project: e.result for e in entries
                                                   if e.phase == phase})
    return history


def entry_group(groups: Mapping[str, Any], project_id: str) -> tuple[str, Any]:
    """Return the planner's group key of a recorded project id and the group (None if gone).

    A plan's project id is its group key (an explicit project's id) or ``type:theme:k``.
    """
    key = project_id if project_id in groups else project_id.rsplit(":", 1)[0]
    return key, groups.get(key)


class MemberRecord(NamedTuple):
    """What the recorded projects mean for one member under the repeat rules.

    Attributes:
        delivered: Theme (need) id -> (ambition, phase) of the most ambitious successful
            recorded project that served the member's need on it (the best benefit, ties to
            the earlier phase): a further project on it counts in full only above this level.
        not_again: Ids of the member's recorded projects of the last recorded phase that took
            place and are not ``recurring``: they may not run with the same participants in the
            next phase (they may come back after it).
        next_phase: The phase planned next (after the last recorded one).
    """

    delivered: dict[str, tuple[int, int]]
    not_again: frozenset[str]
    next_phase: int


def member_record(
    context: PlanningContext, ledger: LoadedLedger | Ledger | None, actor: str
) -> MemberRecord:
    """Return what a member's recorded projects delivered and which may not run again next.

    The same rules as :func:`ledger_history` (which the planner uses), for one member.
    """
    entries = [] if ledger is None else (
        ledger.ledger if isinstance(ledger, LoadedLedger) else ledger
    ).entries
    if not entries:
        return MemberRecord({}, frozenset(), 1)
    groups = {g.key: g for g in context.groups}
    last = max(e.phase for e in entries)
    delivered: dict[str, tuple[float, int, int]] = {}
    not_again = set()
    for entry in sorted(entries, key=lambda e: e.phase):
        if actor not in entry.participants or entry.result == "cancelled":
            continue
        _, group = entry_group(groups, entry.project)
        if group is None:
            continue
        if entry.phase == last and not group.recurring:
            not_again.add(entry.project)
        if entry.result != "success":
            continue
        for theme in group.serves.get(actor, ()):
            best = delivered.get(theme)
            if best is None or group.benefit > best[0]:
                delivered[theme] = (group.benefit, group.ambition, entry.phase)
    return MemberRecord(
        delivered={theme: (ambition, phase)
                   for theme, (_, ambition, phase) in sorted(delivered.items())},
        not_again=frozenset(not_again),
        next_phase=last + 1,
    )


def roadmap_start(
    scenario: Scenario,
    ledger: str | Path | LoadedLedger | Ledger | None,
    phases: int | None,
) -> RoadmapStart:
    """Return the starting trust, first phase and phase count of a roadmap.

    Without ``phases`` the roadmap covers the scenario's phases not yet recorded in the ledger.

    Raises:
        LedgerError: If the ledger is malformed or does not fit the scenario.
        ValueError: If ``phases`` is below 1.
    """
    if isinstance(ledger, (str, Path)):
        ledger = load_ledger(ledger)
    trust, first_phase = starting_trust(scenario, ledger)
    if phases is None:
        phases = max(1, scenario.phases - (first_phase - 1))
    if phases < 1:
        raise ValueError("phases must be at least 1")
    return RoadmapStart(trust, first_phase, phases, ledger_history(scenario, ledger))


def simulate_phases(
    context: PlanningContext,
    trust: TrustState,
    *,
    first_phase: int,
    phases: int,
    seed: int,
    strategy: str = DEFAULT_STRATEGY,
    solver: str | None = None,
    time_limit: float | None = None,
    full: bool = True,
    history: PlanHistory | None = None,
    plans: PlanMemo | None = None,
) -> list[RoadmapPhase]:
    """Run one replication of the rolling horizon and return its phases.

    Args:
        context: From :func:`trustmatch.planner.prepare`.
        trust: Trust at the start of ``first_phase``.
        first_phase: Number of the first phase to plan.
        phases: How many phases to plan.
        seed: Seed of the outcome draws and of the ``random`` strategy.
        strategy: Planning strategy (see :data:`trustmatch.planner.STRATEGIES`).
        solver: ``highs`` or ``cbc`` (default: the scenario's).
        time_limit: Solver seconds per phase (default: the scenario's).
        full: Whether ``trust_after`` lists every pair (False: only the cluster mean, cheaper
            for Monte Carlo replications that are summarised anyway).
        history: What phases before ``first_phase`` delivered and ran (repeat rules; default:
            nothing).
        plans: Plans already made by other replications, by phase, trust and history
            (consulted and filled; see :mod:`trustmatch.replications`). None plans every phase.
    """
    out: list[RoadmapPhase] = []
    history = history or PlanHistory()
    groups = {g.key: g for g in context.groups}
    last_phase = first_phase + phases - 1
    for phase in range(first_phase, first_phase + phases):
        phase_plan = plans.get(phase, trust, history) if plans is not None else None
        if phase_plan is None:
            phase_plan = plan_phase(
                context,
                trust,
                phase,
                strategy=strategy,
                seed=seed,
                solver=solver,
                time_limit=time_limit,
                history=history,
                phases_left=last_phase - phase + 1,
            )
            if plans is not None:
                plans.put(phase, trust, history, phase_plan)
        outcomes = [simulate_outcome(project, seed, phase) for project in phase_plan.projects]
        trust = advance(trust, phase_plan, outcomes)
        history = history.after(
            groups, phase_plan.projects, {o.project: o.result for o in outcomes}
        )
        if full:
            snapshot = trust.snapshot(DIGITS)
        else:
            snapshot = TrustSnapshot(
                prior_mean=round(trust.prior_mean, DIGITS),
                mean=round(trust.cluster_trust(), DIGITS),
                pairs=[],
            )
        out.append(
            RoadmapPhase(
                plan=phase_plan,
                outcomes=outcomes,
                trust_after=snapshot,
                ambition_reached=ambition_reached(phase_plan, outcomes),
            )
        )
    return out


def advance(trust: TrustState, plan: PhasePlan, outcomes: Sequence[ProjectOutcome]) -> TrustState:
    """Return the trust after a phase: one phase of forgetting, then every outcome recorded."""
    ambition = {project.id: project.ambition for project in plan.projects}
    return trust.end_phase().record_many(
        (o.participants, o.result, ambition[o.project]) for o in outcomes
    )


def ambition_reached(plan: PhasePlan, outcomes: Sequence[ProjectOutcome]) -> int:
    """Return the highest ambition level among a phase's successful projects (0 if none)."""
    succeeded = {o.project for o in outcomes if o.result == "success"}
    return max((p.ambition for p in plan.projects if p.id in succeeded), default=0)


def roadmap(
    source: LoadedScenario | Scenario,
    *,
    phases: int | None = None,
    seed: int | None = None,
    strategy: str = DEFAULT_STRATEGY,
    replications: int = 1,
    ledger: str | Path | LoadedLedger | Ledger | None = None,
    solver: str | None = None,
    time_limit: float | None = None,
    progress: Progress | None = None,
    jobs: int | None = 1,
) -> RoadmapResult:
    """Plan phases on a rolling horizon with simulated outcomes (``trustmatch roadmap``).

    Args:
        source: A loaded scenario (keeps file hash and overrides) or a scenario built in code.
        phases: Phases to plan (default: the scenario's ``phases`` minus those already in the
            ledger, at least 1).
        seed: Root seed (default: the scenario's ``seed``).
        strategy: Planning strategy (see :data:`trustmatch.planner.STRATEGIES`).
        replications: Monte Carlo replications (1: a single run, no summary).
        ledger: Recorded outcomes (a path or a loaded ledger): the roadmap starts after them.
        solver: ``highs`` or ``cbc`` (default: the scenario's).
        time_limit: Solver seconds per phase (default: the scenario's).
        progress: Called as ``progress(done, total)`` after each replication.
        jobs: Processes the replications run on (1: this one; None: every core when the work
            repays starting them, see :mod:`trustmatch.replications`); the result does not
            depend on it.

    Returns:
        The phases of replication 0 in full and, for ``replications`` > 1, the per-phase
        Monte Carlo summary; for the phases of replication 0 also what trust unlocked and the
        trust paths (``outlook``) and the members without a joint project by the end of phase 2
        (``no_contact``; see :mod:`trustmatch.trust_path`).

    Raises:
        ValueError: If ``phases`` or ``replications`` is below 1 or the strategy is unknown.
        LedgerError: If the ledger is malformed or does not fit the scenario.
    """
    scenario, ref = scenario_ref(source)
    if replications < 1:
        raise ValueError("replications must be at least 1")
    seed = scenario.seed if seed is None else seed
    trust, first_phase, phases, history = roadmap_start(scenario, ledger, phases)
    context = prepare(scenario)
    # Only the numbers of later runs are kept: memory stays flat for many replications.
    runs = run_replications(
        Replications(context, trust, first_phase, phases, strategy, solver, time_limit,
                     history=history),
        [replication_seed(seed, index) for index in range(replications)],
        reduce=phase_summaries,
        jobs=jobs,
        progress=progress,
    )
    shown: list[RoadmapPhase] = runs[0]
    summaries: list[list[PhaseSummary]] = [phase_summaries(shown), *runs[1:]]
    return RoadmapResult(
        trustmatch_version=__version__,
        seed=seed,
        strategy=strategy,
        scenario=ref,
        themes=list(context.themes.themes),
        phases=shown,
        highest_ambition=max((p.ambition_reached for p in shown), default=0),
        unserved=find_unserved(context, [p.plan for p in shown]),
        replications=replications,
        monte_carlo=monte_carlo_summary(summaries) if replications > 1 else [],
        **trust_explanations(
            context, phase_start_trusts(trust, shown), [p.plan for p in shown], strategy=strategy
        ),
    )


def phase_start_trusts(trust: TrustState, phases: Sequence[RoadmapPhase]) -> list[TrustState]:
    """Return the trust at the start of each phase, replaying the outcomes from ``trust``."""
    out = []
    for phase in phases:
        out.append(trust)
        trust = advance(trust, phase.plan, phase.outcomes)
    return out


def band(values: Sequence[float]) -> QuantileBand:
    """Return the mean and 10/50/90 % quantiles of some values."""
    data = np.asarray(values, dtype=float)
    q10, q50, q90 = np.quantile(data, [0.1, 0.5, 0.9])
    return QuantileBand(
        mean=round(float(data.mean()), DIGITS),
        q10=round(float(q10), DIGITS),
        q50=round(float(q50), DIGITS),
        q90=round(float(q90), DIGITS),
    )


class PhaseSummary(NamedTuple):
    """The numbers of one phase of one replication that the Monte Carlo summary needs."""

    phase: int
    """Phase number."""
    cluster_trust: float
    """Cluster trust at the end of the phase."""
    succeeded: int
    """Projects that succeeded in the phase."""
    ambition_reached: int
    """Highest ambition of a successful project in the phase (0 if none)."""

    @classmethod
    def of(cls, phase: RoadmapPhase) -> PhaseSummary:
        """Return the summary of one roadmap phase."""
        return cls(
            phase.plan.phase, phase.trust_after.mean, succeeded(phase), phase.ambition_reached
        )


def phase_summaries(run: Sequence[RoadmapPhase]) -> list[PhaseSummary]:
    """Return the numbers of one replication that the Monte Carlo summary needs."""
    return [PhaseSummary.of(phase) for phase in run]


def monte_carlo_summary(runs: Sequence[Sequence[PhaseSummary]]) -> list[MonteCarloPhase]:
    """Summarise replications phase by phase (see the module docstring)."""
    summary = []
    highest = [0] * len(runs)
    for position in range(len(runs[0])):
        phase_of_runs = [run[position] for run in runs]
        for index, phase in enumerate(phase_of_runs):
            highest[index] = max(highest[index], phase.ambition_reached)
        summary.append(
            MonteCarloPhase(
                phase=phase_of_runs[0].phase,
                cluster_trust=band([p.cluster_trust for p in phase_of_runs]),
                projects_succeeded=band([p.succeeded for p in phase_of_runs]),
                reached_ambition={
                    str(level): round(sum(h >= level for h in highest) / len(runs), DIGITS)
                    for level in AMBITION_LEVELS
                },
            )
        )
    return summary


def succeeded(phase: RoadmapPhase) -> int:
    """Return how many of a phase's projects succeeded."""
    return sum(o.result == "success" for o in phase.outcomes)


def fairness_pairs(scenario: Scenario) -> list[tuple[str, str]]:
    """Return the competitor pairs in which both actors stated needs (the fairness rows)."""
    with_needs = {a.id for a in scenario.actors if a.needs}
    return [(a, b) for a, b in competitor_pairs(scenario) if a in with_needs and b in with_needs]


def phase_metrics(
    phase: RoadmapPhase,
    scenario: Scenario,
    *,
    competitors: Sequence[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Return the headline numbers of one roadmap phase (for batch runs and comparisons).

    Keys:
        ``phase``: phase number.
        ``status``: the solver status (``optimal``, ``heuristic``...).
        ``objective``: objective value of the portfolio (None without a solution).
        ``gap``: relative optimality gap (None when unknown, e.g. for heuristics).
        ``cost``: use of the scenario's cost resource (``objective.cost_resource`` or the first
        resource; 0 without resources).
        ``cluster_trust``: cluster trust at the end of the phase.
        ``projects_chosen``: projects in the portfolio.
        ``projects_succeeded``: of those, how many succeeded.
        ``ambition_reached``: highest ambition of a successful project (0 if none).
        ``worst_competitor_imbalance``: the largest difference of served share of own needs
        between two competitors who both stated needs (0 without such pairs).
        ``mean_served_share``: mean over actors with needs of the share of their need weight
        served.

    Args:
        phase: One phase of a roadmap.
        scenario: The scenario it was planned for.
        competitors: Precomputed :func:`fairness_pairs` (saves time over many phases).
    """
    plan = phase.plan
    pairs = fairness_pairs(scenario) if competitors is None else competitors
    shares = plan.served_share
    imbalance = max((abs(shares.get(a, 0.0) - shares.get(b, 0.0)) for a, b in pairs), default=0.0)
    with_needs = [a.id for a in scenario.actors if a.needs]
    mean_share = (
        sum(shares.get(a, 0.0) for a in with_needs) / len(with_needs) if with_needs else 0.0
    )
    cost_resource = scenario.cost_resource
    return {
        "phase": plan.phase,
        "status": plan.solver.status.value,
        "objective": plan.solver.objective,
        "gap": plan.solver.gap,
        "cost": round(plan.resources_used.get(cost_resource, 0.0), DIGITS)
        if cost_resource
        else 0.0,
        "cluster_trust": phase.trust_after.mean,
        "projects_chosen": len(plan.projects),
        "projects_succeeded": succeeded(phase),
        "ambition_reached": phase.ambition_reached,
        "worst_competitor_imbalance": round(imbalance, DIGITS),
        "mean_served_share": round(mean_share, DIGITS),
    }


def run_metrics(
    phases: Sequence[RoadmapPhase],
    scenario: Scenario,
    competitors: Sequence[tuple[str, str]],
    context: PlanningContext | None = None,
) -> Mapping[str, float]:
    """Return the headline numbers of a whole roadmap run (one replication).

    Keys: ``final_cluster_trust``, ``projects_chosen`` and ``projects_succeeded`` (all phases),
    ``highest_ambition``,
    ``money_spent`` (cost resource, all phases), ``worst_competitor_imbalance`` (worst phase),
    and the honest comparison of issue 13 (see :func:`value_delivered` and
    :func:`contact_metrics`): ``value_delivered``, ``value_per_money`` (value delivered per
    unit of the cost resource; 0 when nothing was spent), ``members_reached`` and
    ``largest_connected_share``.

    Args:
        phases: The run's phases.
        scenario: The scenario.
        competitors: Precomputed :func:`fairness_pairs`.
        context: From :func:`trustmatch.planner.prepare` (computed when not given).
    """
    context = prepare(scenario) if context is None else context
    metrics = [phase_metrics(p, scenario, competitors=competitors) for p in phases]
    money = float(sum(m["cost"] for m in metrics))
    value = value_delivered(phases, context)
    reached, connected = contact_metrics(phases, [a.id for a in scenario.actors])
    return {
        "final_cluster_trust": metrics[-1]["cluster_trust"],
        "projects_chosen": float(sum(m["projects_chosen"] for m in metrics)),
        "projects_succeeded": float(sum(m["projects_succeeded"] for m in metrics)),
        "highest_ambition": float(max(m["ambition_reached"] for m in metrics)),
        "money_spent": money,
        "worst_competitor_imbalance": max(m["worst_competitor_imbalance"] for m in metrics),
        "value_delivered": round(value, DIGITS),
        "value_per_money": round(value / money, DIGITS + 3) if money > 0 else 0.0,
        "members_reached": float(reached),
        "largest_connected_share": round(connected, DIGITS),
    }


def value_delivered(phases: Sequence[RoadmapPhase], context: PlanningContext) -> float:
    """Return the value the successful projects of a run delivered (need weight x benefit).

    Per phase each member's need counts once, at the best benefit of the successful projects
    serving it, and earns ``repeat_factor * min(b, b0) + max(0, b - b0)`` times its weight,
    b0 the best benefit delivered on it in an earlier phase (the scenario's ``objective``
    settings, whatever the strategy planned with). Successful explicit projects with a fixed
    ``value`` add that value. Failed and cancelled projects deliver nothing.
    """
    from trustmatch.optimize.portfolio import need_benefit

    groups = {g.key: g for g in context.groups}
    repeat = context.scenario.objective.repeat_factor
    delivered: dict[tuple[str, str], float] = {}
    total = 0.0
    for phase in phases:
        succeeded_ids = {o.project for o in phase.outcomes if o.result == "success"}
        best: dict[tuple[str, str], float] = {}
        for project in phase.plan.projects:
            group = groups.get(project.group)
            if project.id not in succeeded_ids or group is None:
                continue
            if group.value is not None:
                total += group.value
            for actor in project.participants:
                for theme in group.serves.get(actor, ()):
                    key = (actor, theme)
                    best[key] = max(best.get(key, 0.0), group.benefit)
        for (actor, theme), benefit in sorted(best.items()):
            before = delivered.get((actor, theme), 0.0)
            total += context.weights[actor][theme] * need_benefit(benefit, before, repeat)
            delivered[(actor, theme)] = max(before, benefit)
    return total


def contact_metrics(phases: Sequence[RoadmapPhase], actors: Sequence[str]) -> tuple[int, float]:
    """Return members reached and the share of members in the largest connected part.

    A member is reached when it took part in at least one joint project (two or more
    participants) that took place, successful or not. The who-worked-with-whom graph joins two
    members who took part in such a project together; the share is the size of its largest
    connected component divided by the number of members (1 / members when nobody met).
    """
    parent = {a: a for a in actors}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    reached: set[str] = set()
    for phase in phases:
        took_place = {o.project for o in phase.outcomes if o.result != "cancelled"}
        for project in phase.plan.projects:
            people = sorted(set(project.participants))
            if project.id not in took_place or len(people) < 2:
                continue
            reached.update(people)
            for other in people[1:]:
                a, b = root(people[0]), root(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    sizes: dict[str, int] = {}
    for actor in actors:
        sizes[root(actor)] = sizes.get(root(actor), 0) + 1
    largest = max(sizes.values(), default=0)
    return len(reached), (largest / len(actors) if actors else 0.0)


class _CallableModule(types.ModuleType):
    """This module, callable as :func:`roadmap` itself.

    ``trustmatch.roadmap`` is both this module and the library function: once the module is
    imported, Python binds the package attribute ``trustmatch.roadmap`` to the module, which would
    hide the function that ``from trustmatch import roadmap`` promises. Calling the module calls
    the function, so both spellings work.
    """

    def __call__(self, *args: Any, **kwargs: Any) -> RoadmapResult:
        return roadmap(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
