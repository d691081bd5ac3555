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

NO_VALUE = "(none)"
"""A group's value for a key its runs do not have (no override, no grid parameter)."""


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

    def to_text(self, lang: str | None = None, width: int | None = None) -> str:
        """Return the table as aligned text: ``mean ± half-width`` of the 95 % interval.

        Args:
            lang: ``en`` or ``de`` (default: the chosen language, else the locale's): the
                headings, the note under the table and the numbers' separators.
            width: Fit the table into this many columns, as several narrower tables that
                repeat the grouping keys (None: one table, however wide).
        """
        from trustmatch.i18n import catalogue, format_number, message, resolve_language

        lang = resolve_language(lang)

        def heading(name: str) -> str:
            key = f"cli.compare.col.{name}"
            return message(key, lang) if key in catalogue(lang) else name

        header = [*(heading(key) for key in self.by), heading("runs"), heading("failed"),
                  *(heading(m) for m in self.metrics)]
        body = []
        for group in self.groups:
            cells = [*(_shown_key(value, lang) for value in group.key),
                     format_number(group.runs, lang), format_number(group.failed, lang)]
            cells += [_format_summary(group.metrics[m], lang) for m in self.metrics]
            body.append(cells)
        widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
        numeric_from = len(self.by)

        def line(cells: list[str]) -> str:
            return "  ".join(
                cell.ljust(width) if i < numeric_from else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()

        if width is not None:
            from trustmatch.cli.terminal import split_table, wrap

            lines = split_table(header, body, width, right=range(numeric_from, len(header)),
                                keep=max(1, numeric_from))
        else:
            lines = [line(header), line(["-" * w for w in widths])]
            lines += [line(cells) for cells in body]
        if self.phase == "last":
            lines.append(message("cli.compare.note_last", lang))
        else:
            lines.append(message("cli.compare.note_phase", lang, phase=self.phase))
        if width is not None:
            lines[-1:] = wrap(lines[-1], width)
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
        raise UserError(problems, summary=_say("cli.compare.refused"))
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
            raise UserError(
                Problem("<command line>", None, None, "--phase", _say(
                    "results.no_such_phase", phase=phase_label, first=min(stored),
                    last=max(stored),
                )),
                summary=_say("cli.compare.refused"),
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


def _say(key: str, /, **values: object) -> str:
    from trustmatch.i18n import message, resolve_language

    return message(key, resolve_language(), **values)


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
                        _say("cli.compare.unknown_key", key=key, choices=", ".join(allowed)))
            )
    if len(set(by)) != len(by):
        problems.append(Problem("<command line>", None, None, "--by",
                                _say("cli.compare.key_twice")))
    for metric in metrics:
        if metric not in PHASE_METRICS:
            known = ", ".join(PHASE_METRICS)
            problems.append(
                Problem("<command line>", None, None, "--metrics",
                        _say("cli.compare.unknown_metric", metric=metric, choices=known))
            )
    label = str(phase)
    if label != "last" and not (label.isdigit() and int(label) >= 1):
        problems.append(
            Problem("<command line>", None, None, "--phase",
                    _say("cli.compare.bad_phase", phase=label))
        )
    return problems


def _group_key(run, by: tuple[str, ...]) -> tuple[str, ...]:
    parameters = json.loads(run["parameters"])
    key = []
    for name in by:
        if name == "override":
            overrides = json.loads(run["overrides"])
            key.append("+".join(overrides) if overrides else NO_VALUE)
        elif name == "parameters":
            key.append(
                " ".join(f"{p}={json.dumps(parameters[p])}" for p in sorted(parameters))
                or NO_VALUE
            )
        elif name in ("scenario", "strategy", "replication"):
            key.append(str(run[name]))
        else:
            key.append(json.dumps(parameters[name]) if name in parameters else NO_VALUE)
    return tuple(key)


def _format_summary(summary: MetricSummary, lang: str = "en") -> str:
    from trustmatch.i18n import format_number

    if summary.mean is None:
        return "–"
    decimals = _decimals(summary.mean)
    text = format_number(summary.mean, lang, decimals)
    if summary.high is not None:
        # No-break spaces: a narrow column never separates a mean from its interval.
        text += "\u00a0±\u00a0" + format_number(summary.high - summary.mean, lang, decimals)
    return text


def _shown_key(value: str, lang: str) -> str:
    """Return a group's value for the table: ``(none)`` in the reader's words."""
    from trustmatch.i18n import message

    return message("cli.compare.none", lang) if value == NO_VALUE else value


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
