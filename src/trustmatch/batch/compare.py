"""Compare the runs of a batch: mean and 95 % interval of each phase metric, per group.

The interval is Student's t interval for the mean, ``mean ± t(0.975, n-1) · s / √n`` with ``s``
the sample standard deviation over the group's runs (replications, and whatever else is not in
``by``). It assumes the run means are roughly normal, which holds well for means over a few
dozen runs and is conservative enough for small groups; with a single run no interval exists
and none is shown.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trustmatch.batch.store import StoreError, read_rows
from trustmatch.batch.worker import PHASE_METRICS
from trustmatch.errors import Problem, UserError

FIXED_KEYS: tuple[str, ...] = ("scenario", "override", "strategy", "replication", "parameters")
"""Grouping keys every batch has; the batch's grid parameters (dotted paths) can be used too."""

SHORT_NAMES: dict[str, str] = {
    "objective": "objective",
    "gap": "gap",
    "cost": "cost",
    "cluster_trust": "trust",
    "projects_chosen": "chosen",
    "projects_succeeded": "succeeded",
    "ambition_reached": "ambition",
    "worst_competitor_imbalance": "imbalance",
    "served_share": "served",
    "value_delivered": "value",
    "value_per_money": "value/money",
    "members_reached": "reached",
    "largest_connected_share": "connected",
}
"""Column headings of the printed table (the CSV uses the full metric names)."""


@dataclass(frozen=True)
class MetricSummary:
    """Mean and 95 % interval of one metric over a group's runs.

    Attributes:
        n: Runs with a value.
        mean: Mean (None without values).
        low: Lower end of the 95 % interval (None with fewer than two values).
        high: Upper end of the 95 % interval (None with fewer than two values).
    """

    n: int
    mean: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class GroupSummary:
    """One row of a comparison: a group of runs and its metrics.

    Attributes:
        key: The group's value of each ``by`` key.
        runs: Runs in the group (done and failed).
        failed: Failed runs in the group (they have no metrics).
        metrics: Metric name -> summary.
    """

    key: tuple[str, ...]
    runs: int
    failed: int
    metrics: dict[str, MetricSummary] = field(default_factory=dict)


@dataclass(frozen=True)
class Comparison:
    """A comparison table.

    Attributes:
        by: The grouping keys.
        phase: ``last`` or the phase number compared.
        metrics: The metrics compared, in column order.
        groups: One summary per group, in the order the batch ran them.
    """

    by: tuple[str, ...]
    phase: str
    metrics: tuple[str, ...]
    groups: list[GroupSummary]

    def to_text(self) -> str:
        """Return the table as aligned text: ``mean ± half-width`` of the 95 % interval."""
        header = [*self.by, "runs", "failed", *(SHORT_NAMES.get(m, m) for m in self.metrics)]
        body = []
        for group in self.groups:
            cells = [*group.key, str(group.runs), str(group.failed)]
            cells += [_format_summary(group.metrics[m]) for m in self.metrics]
            body.append(cells)
        widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
        numeric_from = len(self.by)

        def line(cells: list[str]) -> str:
            return "  ".join(
                cell.ljust(width) if i < numeric_from else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()

        phase = "the last phase" if self.phase == "last" else f"phase {self.phase}"
        lines = [line(header), line(["-" * w for w in widths])]
        lines += [line(cells) for cells in body]
        lines.append(f"Metrics of {phase}: mean ± half-width of the 95 % t interval over runs.")
        return "\n".join(lines)

    def write_csv(self, path: str | Path) -> None:
        """Write the table as CSV: per metric its ``_n``, ``_mean``, ``_low`` and ``_high``."""
        header = [*self.by, "runs", "failed"]
        for metric in self.metrics:
            header += [f"{metric}_n", f"{metric}_mean", f"{metric}_low", f"{metric}_high"]
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for group in self.groups:
                row: list[object] = [*group.key, group.runs, group.failed]
                for metric in self.metrics:
                    s = group.metrics[metric]
                    row += [s.n, _csv_number(s.mean), _csv_number(s.low), _csv_number(s.high)]
                writer.writerow(row)


def compare(
    results: str | Path,
    by: Sequence[str] = ("strategy",),
    phase: str | int = "last",
    metrics: Sequence[str] | None = None,
) -> Comparison:
    """Compare the runs stored in a results file.

    Args:
        results: The batch's SQLite results file.
        by: Grouping keys: ``scenario``, ``override``, ``strategy``, ``replication``,
            ``parameters`` (all grid values together) or a grid parameter's dotted path.
        phase: ``last`` (each run's last phase) or a phase number.
        metrics: Metrics to compare (default: all stored ones).

    Returns:
        The comparison, one group per distinct key, in the order the batch ran them.

    Raises:
        UserError: Unknown keys or metrics, a bad phase, or an unusable results file.
    """
    by = tuple(by)
    chosen = tuple(metrics) if metrics else PHASE_METRICS
    runs = read_rows(
        results,
        "SELECT run_id, run_index, scenario, overrides, parameters, strategy, replication, status "
        "FROM runs ORDER BY run_index",
    )
    grid_keys = sorted({k for r in runs for k in json.loads(r["parameters"])})
    problems = _check_request(by, chosen, phase, grid_keys)
    if problems:
        raise UserError(problems, summary="Cannot compare the batch that way")
    phase_label = str(phase)
    if phase_label == "last":
        query = (
            "SELECT p.* FROM phases p JOIN (SELECT run_id, MAX(phase) AS last FROM phases "
            "GROUP BY run_id) m ON p.run_id = m.run_id AND p.phase = m.last"
        )
        rows = read_rows(results, query)
    else:
        rows = read_rows(results, "SELECT * FROM phases WHERE phase = ?", (int(phase_label),))
        stored = [row[0] for row in read_rows(results, "SELECT DISTINCT phase FROM phases")]
        if not rows and stored:
            from trustmatch.i18n import message, resolve_language

            raise UserError(
                Problem("<command line>", None, None, "--phase", message(
                    "results.no_such_phase", resolve_language(), phase=phase_label,
                    first=min(stored), last=max(stored),
                )),
                summary="Cannot compare the batch that way",
            )
    values = {row["run_id"]: row for row in rows}
    groups: dict[tuple[str, ...], list] = {}
    for run in runs:
        groups.setdefault(_group_key(run, by), []).append(run)
    summaries = []
    for key, members in groups.items():
        done = [values[m["run_id"]] for m in members if m["run_id"] in values]
        summaries.append(
            GroupSummary(
                key=key,
                runs=len(members),
                failed=sum(1 for m in members if m["status"] == "failed"),
                metrics={
                    metric: summarize([row[metric] for row in done if row[metric] is not None])
                    for metric in chosen
                },
            )
        )
    return Comparison(by=by, phase=phase_label, metrics=chosen, groups=summaries)


def summarize(values: Sequence[float]) -> MetricSummary:
    """Return the mean and Student's t 95 % interval of some values."""
    n = len(values)
    if n == 0:
        return MetricSummary(0, None, None, None)
    mean = math.fsum(values) / n
    if n == 1:
        return MetricSummary(1, mean, None, None)
    from scipy.stats import t

    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = float(t.ppf(0.975, n - 1)) * math.sqrt(variance / n)
    return MetricSummary(n, mean, mean - half, mean + half)


def _check_request(
    by: tuple[str, ...], metrics: tuple[str, ...], phase: str | int, grid_keys: list[str]
) -> list[Problem]:
    problems = []
    allowed = [*FIXED_KEYS, *grid_keys]
    for key in by:
        if key not in allowed:
            problems.append(
                Problem("<command line>", None, None, "--by",
                        f"'{key}' is not a way to group runs; choose from {', '.join(allowed)}")
            )
    if len(set(by)) != len(by):
        problems.append(Problem("<command line>", None, None, "--by", "a key is given twice"))
    for metric in metrics:
        if metric not in PHASE_METRICS:
            known = ", ".join(PHASE_METRICS)
            problems.append(
                Problem("<command line>", None, None, "--metrics",
                        f"'{metric}' is not a stored metric; choose from {known}")
            )
    label = str(phase)
    if label != "last" and not (label.isdigit() and int(label) >= 1):
        problems.append(
            Problem("<command line>", None, None, "--phase",
                    f"'{label}' is not a phase: give 'last' or a phase number (1, 2, ...)")
        )
    return problems


def _group_key(run, by: tuple[str, ...]) -> tuple[str, ...]:
    parameters = json.loads(run["parameters"])
    key = []
    for name in by:
        if name == "override":
            overrides = json.loads(run["overrides"])
            key.append("+".join(overrides) if overrides else "(none)")
        elif name == "parameters":
            key.append(
                " ".join(f"{p}={json.dumps(parameters[p])}" for p in sorted(parameters))
                or "(none)"
            )
        elif name in ("scenario", "strategy", "replication"):
            key.append(str(run[name]))
        else:
            key.append(json.dumps(parameters[name]) if name in parameters else "(none)")
    return tuple(key)


def _format_summary(summary: MetricSummary) -> str:
    if summary.mean is None:
        return "–"
    decimals = _decimals(summary.mean)
    text = f"{summary.mean:.{decimals}f}"
    if summary.high is not None:
        text += f" ± {summary.high - summary.mean:.{decimals}f}"
    return text


def _decimals(value: float) -> int:
    magnitude = abs(value)
    if magnitude >= 1000:
        return 0
    if magnitude >= 10:
        return 1
    return 3 if magnitude < 1 else 2


def _csv_number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


__all__ = ["Comparison", "GroupSummary", "MetricSummary", "StoreError", "compare", "summarize"]
