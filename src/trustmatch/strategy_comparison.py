"""Does starting small pay off? Compare planning strategies over Monte Carlo replications.

Every strategy runs the same roadmap (same scenario, phases and replication seeds: common random
numbers, so differences come from the strategies, not from luck). Per replication the whole
roadmap is reduced to :func:`trustmatch.roadmap.run_metrics`; per strategy each metric is
summarised by its mean, standard deviation and 10/50/90 % quantiles.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from trustmatch import __version__
from trustmatch.ledger import Ledger, LoadedLedger
from trustmatch.outcomes import replication_seed
from trustmatch.planner import STRATEGIES, prepare
from trustmatch.replications import AUTO_PARALLEL_SECONDS, Replications, run_replications
from trustmatch.results import QuantileBand, ResultModel, RoadmapPhase, ScenarioRef
from trustmatch.roadmap import (
    DIGITS,
    band,
    fairness_pairs,
    roadmap_start,
    run_metrics,
    scenario_ref,
)
from trustmatch.scenario import LoadedScenario, Scenario

METRICS: tuple[str, ...] = (
    "final_cluster_trust",
    "projects_chosen",
    "projects_succeeded",
    "highest_ambition",
    "money_spent",
    "worst_competitor_imbalance",
)
"""The compared quantities, in table order (see :func:`trustmatch.roadmap.run_metrics`)."""


class MetricSummary(QuantileBand):
    """Mean, spread and quantiles of one metric over replications."""

    std: float
    """Standard deviation (population, over the replications)."""


class StrategyRow(ResultModel):
    """How one strategy did over all replications."""

    strategy: str
    """Strategy name."""
    metrics: dict[str, MetricSummary]
    """Metric name (see :data:`METRICS`) -> summary over replications."""
    runs: list[dict[str, float]] = Field(default_factory=list)
    """The metrics of every replication, in replication order."""


class StrategyComparison(ResultModel):
    """The output of ``trustmatch strategies``."""

    trustmatch_version: str
    """Version that produced the result."""
    seed: int
    """Root seed (replication i uses ``replication_seed(seed, i)``, the same for every strategy)."""
    scenario: ScenarioRef
    """Where the scenario came from."""
    phases: int
    """Phases per roadmap."""
    replications: int
    """Replications per strategy."""
    strategies: list[StrategyRow]
    """One row per strategy, in the order asked for."""


def _summary(values: Sequence[float]) -> MetricSummary:
    quantiles = band(values)
    mean = sum(values) / len(values)
    std = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return MetricSummary(**quantiles.model_dump(), std=round(std, DIGITS))


def _run_metrics(
    run: list[RoadmapPhase], scenario: Scenario, competitors: list[tuple[str, str]]
) -> dict[str, float]:
    """Return one replication's metrics as a plain dict (computed in the worker)."""
    return dict(run_metrics(run, scenario, competitors))


def compare_strategies(
    source: LoadedScenario | Scenario,
    *,
    strategies: Sequence[str] = STRATEGIES,
    replications: int = 10,
    phases: int | None = None,
    seed: int | None = None,
    ledger: str | Path | LoadedLedger | Ledger | None = None,
    solver: str | None = None,
    time_limit: float | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = 1,
) -> StrategyComparison:
    """Run the roadmap of every strategy over the same replications and summarise each.

    Args:
        source: A loaded scenario or a scenario built in code.
        strategies: Strategies to compare (see :data:`trustmatch.planner.STRATEGIES`).
        replications: Replications per strategy.
        phases: Phases per roadmap (default: the scenario's, minus those in the ledger).
        seed: Root seed (default: the scenario's ``seed``).
        ledger: Recorded outcomes to start from.
        solver: ``highs`` or ``cbc`` (default: the scenario's).
        time_limit: Solver seconds per phase (default: the scenario's).
        progress: Called as ``progress(done, total)`` after each roadmap run.
        jobs: Processes the replications run on (1: this one; None: every core when the work
            repays starting them, see :mod:`trustmatch.replications`); the result does not
            depend on it.

    Raises:
        ValueError: For an unknown strategy or fewer than one replication or phase.
    """
    from trustmatch.batch.executors import default_jobs, open_executor

    unknown = [s for s in strategies if s not in STRATEGIES]
    if unknown:
        raise ValueError(f"unknown strategy {unknown[0]!r}; choose from {', '.join(STRATEGIES)}")
    if replications < 1:
        raise ValueError("replications must be at least 1")
    scenario, ref = scenario_ref(source)
    seed = scenario.seed if seed is None else seed
    trust, first_phase, phases = roadmap_start(scenario, ledger, phases)
    context = prepare(scenario)
    competitors = fairness_pairs(scenario)
    total = len(strategies) * replications
    done = 0
    rows = []
    seeds = [replication_seed(seed, index) for index in range(replications)]
    # Each strategy's first phase is planned once (shared by its replications) before deciding
    # where the replications run: that planning time is what the automatic choice estimates from.
    prepared = [
        Replications(context, trust, first_phase, phases, strategy, solver, time_limit)
        .with_shared_first_plan()
        for strategy in strategies
    ]
    if jobs is None:
        estimate = sum(seconds or 0.0 for _, seconds in prepared) * max(1, phases - 1)
        estimate *= replications
        jobs = default_jobs() if estimate >= AUTO_PARALLEL_SECONDS else 1
    metrics_of = functools.partial(_run_metrics, scenario=scenario, competitors=competitors)
    with open_executor("local" if jobs == 1 else "processes", jobs) as opened:
        for strategy, (shared, _) in zip(strategies, prepared, strict=True):
            before = done

            def advance(finished: int, _total: int, before: int = before) -> None:
                if progress is not None:
                    progress(before + finished, total)

            runs = run_replications(
                shared, seeds, full=(), reduce=metrics_of, jobs=jobs, progress=advance,
                executor=opened.executor if jobs > 1 else None,
            )
            done += len(runs)
            rows.append(
                StrategyRow(
                    strategy=strategy,
                    metrics={m: _summary([r[m] for r in runs]) for m in METRICS},
                    runs=runs,
                )
            )
    return StrategyComparison(
        trustmatch_version=__version__,
        seed=seed,
        scenario=ref,
        phases=phases,
        replications=replications,
        strategies=rows,
    )
