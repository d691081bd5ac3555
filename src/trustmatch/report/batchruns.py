"""Per-run metrics of a batch results store, for the report's strategy comparison.

The store is the SQLite file ``trustmatch batch`` writes (:mod:`trustmatch.batch.store`): a
``runs`` table (one row per run, with its ``strategy`` and ``status``) and a ``phases`` table
(one row per phase of a done run, with ``cost``, ``cluster_trust`` and ``projects_succeeded``).
Per done run the report compares: the cluster trust after its last phase, the cost summed over
its phases and the projects that succeeded summed over its phases. Failed runs are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

RUN_PHASES_QUERY = """
SELECT runs.run_id AS run_id, runs.strategy AS strategy, phases.phase AS phase,
       phases.cost AS cost, phases.cluster_trust AS cluster_trust,
       phases.projects_succeeded AS projects_succeeded
FROM runs JOIN phases ON phases.run_id = runs.run_id
WHERE runs.status = 'done'
ORDER BY runs.strategy, runs.run_id, phases.phase
"""
"""Every phase of every done run, grouped by strategy and run."""

METRICS: tuple[str, ...] = ("final_trust", "total_cost", "succeeded")
"""The compared metrics, in the order the report shows them."""


@dataclass(frozen=True)
class BatchRuns:
    """Per-run metrics of a batch, by strategy.

    Attributes:
        path: The store's path as given.
        strategies: Strategy names, sorted.
        runs: Number of done runs read.
        runs_by_strategy: Strategy -> number of done runs.
        metrics: Metric (``final_trust``, ``total_cost``, ``succeeded``) -> strategy -> one value
            per run, in run id order.
    """

    path: str
    strategies: list[str]
    runs: int
    runs_by_strategy: dict[str, int]
    metrics: dict[str, dict[str, list[float]]]


def read_batch_runs(path: str | Path) -> BatchRuns:
    """Return the done runs of a batch results store, one value per run and metric.

    Raises:
        StoreError: If the file does not exist or is not a trustmatch results store.
    """
    from trustmatch.batch.store import read_rows

    per_run: dict[tuple[str, str], dict[str, float]] = {}
    for row in read_rows(path, RUN_PHASES_QUERY):
        key = (row["strategy"], row["run_id"])
        run = per_run.setdefault(key, {"final_trust": float("nan"), "total_cost": 0.0,
                                       "succeeded": 0.0})
        # Rows come in phase order, so the last trust seen is the final one.
        if row["cluster_trust"] is not None:
            run["final_trust"] = float(row["cluster_trust"])
        run["total_cost"] += float(row["cost"] or 0.0)
        run["succeeded"] += float(row["projects_succeeded"] or 0)
    metrics: dict[str, dict[str, list[float]]] = {metric: {} for metric in METRICS}
    counts: dict[str, int] = {}
    for (strategy, _), values in sorted(per_run.items()):
        counts[strategy] = counts.get(strategy, 0) + 1
        for metric in METRICS:
            metrics[metric].setdefault(strategy, []).append(values[metric])
    return BatchRuns(
        path=str(path),
        strategies=sorted(counts),
        runs=sum(counts.values()),
        runs_by_strategy=dict(sorted(counts.items())),
        metrics=metrics,
    )
