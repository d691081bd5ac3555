"""Does starting small pay off? Compare planning strategies over Monte Carlo replications.

Every strategy runs the same roadmap (same scenario, phases and replication seeds: common random
numbers, so differences come from the strategies, not from luck). Per replication the whole
roadmap is reduced to :func:`trustmatch.roadmap.run_metrics`; per strategy each metric is
summarised by its mean, standard deviation and 10/50/90 % quantiles.

Two modes make the comparison fairer (issue 13):

* **Equal money** (``equal_money``): every strategy gets the same money for the whole roadmap
  on the cost resource: the lowest mean spending over the roadmap among the compared strategies
  in a first pass with the scenario's budget (or ``money_cap`` when given). The strategies then
  run again with that cap as the resource's ``total`` (each phase keeps its capacity, unused
  money carries over, and each plan may commit at most the even share of what is left for the
  phases it plans), so none wins by spending more. A cap per phase would favour strategies that
  spend evenly and rule out, by construction, the larger projects a path that starts small
  climbs to.
* **Neutral simulation** (``neutral``): every project type and explicit project gets the same
  success chance (the mean of the scenario's types, 0.8 without types) and the simulation has no
  trust, size or ambition effect (``trust_effect``, ``size_penalty``, ``ambition_penalty`` 0).
  Trust still grows with the outcomes and still gates the types. What changes between the normal
  and the neutral table comes from the model's assumptions about success, not from the staging.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from trustmatch import __version__
from trustmatch.ledger import Ledger, LoadedLedger
from trustmatch.optimize.portfolio import PlanHistory
from trustmatch.outcomes import replication_seed
from trustmatch.planner import STRATEGIES, PlanningContext, prepare
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
from trustmatch.scenario.models import Resource

METRICS: tuple[str, ...] = (
    "final_cluster_trust",
    "projects_chosen",
    "projects_succeeded",
    "highest_ambition",
    "money_spent",
    "worst_competitor_imbalance",
    "value_delivered",
    "value_per_money",
    "members_reached",
    "largest_connected_share",
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
    money_cap: float | None = None
    """Spending cap over the whole roadmap on the cost resource given to every strategy
    (equal-money mode)."""
    neutral: bool = False
    """Whether the neutral simulation was used (equal success chances, no trust effect)."""
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
    equal_money: bool = False,
    money_cap: float | None = None,
    neutral: bool = False,
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
        equal_money: Give every strategy the same spending cap (see the module docstring).
        money_cap: The cap over the whole roadmap (default with ``equal_money``: the lowest mean
            spending of the compared strategies); implies the equal-money mode.
        neutral: Use the neutral simulation (see the module docstring).
        jobs: Processes the replications run on (1: this one; None: every core when the work
            repays starting them, see :mod:`trustmatch.replications`); the result does not
            depend on it.

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
    trust, first_phase, phases, history = roadmap_start(scenario, ledger, phases)
    if neutral:
        scenario = neutral_scenario(scenario)
    passes = 2 if equal_money and money_cap is None else 1
    total = len(strategies) * replications * passes
    counter = [0]

    def step() -> None:
        counter[0] += 1
        if progress is not None:
            progress(counter[0], total)

    if passes == 2:
        first = _rows(scenario, strategies, replications, trust, first_phase, phases, seed,
                      solver, time_limit, step, jobs, history)
        money_cap = min(row.metrics["money_spent"].mean for row in first)
    if money_cap is not None:
        scenario = capped_scenario(scenario, money_cap)
    rows = _rows(scenario, strategies, replications, trust, first_phase, phases, seed, solver,
                 time_limit, step, jobs, history)
    return StrategyComparison(
        trustmatch_version=__version__,
        seed=seed,
        scenario=ref,
        phases=phases,
        replications=replications,
        money_cap=None if money_cap is None else round(money_cap, DIGITS),
        neutral=neutral,
        strategies=rows,
    )


def _rows(scenario, strategies, replications, trust, first_phase, phases, seed, solver,
          time_limit, step, jobs=1, history=None) -> list[StrategyRow]:
    from trustmatch.batch.executors import default_jobs, open_executor

    context = prepare(scenario)
    competitors = fairness_pairs(scenario)
    seeds = [replication_seed(seed, index) for index in range(replications)]
    # Each strategy's first phase is planned once (shared by its replications) before deciding
    # where the replications run: that planning time is what the automatic choice estimates from.
    prepared = [
        Replications(context, trust, first_phase, phases, strategy, solver, time_limit,
                     history=history or PlanHistory())
        .with_shared_first_plan()
        for strategy in strategies
    ]
    if jobs is None:
        estimate = sum(seconds or 0.0 for _, seconds in prepared) * max(1, phases - 1)
        jobs = default_jobs() if estimate * replications >= AUTO_PARALLEL_SECONDS else 1
    metrics_of = functools.partial(
        _run_metrics, scenario=scenario, competitors=competitors, context=context
    )
    rows = []
    with open_executor("local" if jobs == 1 else "processes", jobs) as opened:
        for strategy, (shared, _) in zip(strategies, prepared, strict=True):
            counted = [0]

            def advance(finished: int, _total: int, counted: list[int] = counted) -> None:
                for _ in range(finished - counted[0]):
                    step()
                counted[0] = finished

            runs = run_replications(
                shared, seeds, full=(), reduce=metrics_of, jobs=jobs, progress=advance,
                executor=opened.executor if jobs > 1 else None,
            )
            rows.append(
                StrategyRow(
                    strategy=strategy,
                    metrics={m: _summary([r[m] for r in runs]) for m in METRICS},
                    runs=runs,
                )
            )
    return rows


def _run_metrics(
    run: list[RoadmapPhase],
    scenario: Scenario,
    competitors: list[tuple[str, str]],
    context: PlanningContext,
) -> dict[str, float]:
    """Return one replication's metrics as a plain dict (computed in the worker)."""
    return dict(run_metrics(run, scenario, competitors, context))


def capped_scenario(scenario: Scenario, cap: float) -> Scenario:
    """Return the scenario with at most ``cap`` of the cost resource over the whole roadmap.

    The cap becomes the resource's ``total`` (the smaller one if it has a total already); its
    capacity per phase stays as it is, and what a phase leaves unused carries over.
    """
    resource = scenario.cost_resource
    if resource is None:
        return scenario
    resources = dict(scenario.resources)
    current = resources.get(resource)
    if isinstance(current, Resource):  # keep the reader's label and unit
        total = cap if current.total is None else min(current.total, cap)
        resources[resource] = current.model_copy(update={"total": float(total)})
    else:
        capacity = float(cap) if current is None else float(current)
        resources[resource] = Resource(capacity=capacity, total=float(cap))
    return scenario.model_copy(update={"resources": resources})


def neutral_scenario(scenario: Scenario) -> Scenario:
    """Return the scenario under the neutral simulation (see the module docstring)."""
    chances = [t.success_probability for t in scenario.project_types]
    chance = sum(chances) / len(chances) if chances else 0.8
    types = [t.model_copy(update={"success_probability": chance}) for t in scenario.project_types]
    projects = [
        p.model_copy(update={"success_probability": chance}) for p in scenario.projects
    ]
    simulation = scenario.simulation.model_copy(
        update={"trust_effect": 0.0, "size_penalty": 0.0, "ambition_penalty": 0.0}
    )
    return scenario.model_copy(
        update={"project_types": types, "projects": projects, "simulation": simulation}
    )
