"""Does starting small pay off? Compare planning strategies over Monte Carlo replications.

Every strategy runs the same roadmap (same scenario, phases and replication seeds: common random
numbers, so differences come from the strategies, not from luck). Per replication the whole
roadmap is reduced to :func:`trustmatch.roadmap.run_metrics`; per strategy each metric is
summarised by its mean, standard deviation and 10/50/90 % quantiles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from trustmatch import __version__
from trustmatch.ledger import Ledger, LoadedLedger
from trustmatch.outcomes import replication_seed
from trustmatch.planner import STRATEGIES, prepare
from trustmatch.results import QuantileBand, ResultModel, ScenarioRef
from trustmatch.roadmap import (
    DIGITS,
    band,
    fairness_pairs,
    roadmap_start,
    run_metrics,
    scenario_ref,
    simulate_phases,
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

    Raises:
        ValueError: For an unknown strategy or fewer than one replication or phase.
    """
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
    for strategy in strategies:
        runs = []
        for index in range(replications):
            run = simulate_phases(
                context,
                trust,
                first_phase=first_phase,
                phases=phases,
                seed=replication_seed(seed, index),
                strategy=strategy,
                solver=solver,
                time_limit=time_limit,
                full=False,
            )
            runs.append(dict(run_metrics(run, scenario, competitors)))
            done += 1
            if progress is not None:
                progress(done, total)
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
