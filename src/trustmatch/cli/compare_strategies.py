"""``trustmatch strategies``: does starting small pay off? Compare strategies over many runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from trustmatch.cli.common import (
    STRATEGY_CHOICES,
    check_writable,
    is_quiet,
    jobs_option,
    json_out_option,
    phases_option,
    progress_bar,
    scenario_file_options,
    seed_option,
    solver_options,
    write_json,
)

if TYPE_CHECKING:
    from trustmatch.strategy_comparison import StrategyComparison

COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("final_cluster_trust", "final cluster trust", ".3f"),
    ("projects_succeeded", "projects succeeded", ".1f"),
    ("highest_ambition", "highest ambition", ".2f"),
    ("money_spent", "money spent", ",.0f"),
    ("worst_competitor_imbalance", "worst competitor imbalance", ".3f"),
)
"""Metric key, column title and number format of the table."""


def render_comparison(result: StrategyComparison, markdown: bool = False) -> str:
    """Return the comparison as a table: per strategy and metric, mean ± standard deviation.

    Args:
        result: The comparison.
        markdown: A Markdown table (for the README or a report) instead of plain text.
    """
    header = ["strategy", *(title for _, title, _ in COLUMNS)]
    rows = []
    for row in result.strategies:
        cells = [row.strategy]
        for key, _, fmt in COLUMNS:
            summary = row.metrics[key]
            cells.append(f"{summary.mean:{fmt}} ± {summary.std:{fmt}}")
        rows.append(cells)
    title = (
        f"Strategies on {result.scenario.name}: {result.phases} phases, "
        f"{result.replications} replications each, seed {result.seed} "
        "(mean ± standard deviation over replications)"
    )
    if markdown:
        lines = [
            "| " + " | ".join(header) + " |",
            "|" + "|".join(" --- " for _ in header) + "|",
            *("| " + " | ".join(cells) + " |" for cells in rows),
        ]
        return title + "\n\n" + "\n".join(lines) + "\n"
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()
        for cells in [header, *rows]
    ]
    return title + "\n\n" + "\n".join(lines) + "\n"


@click.command("strategies")
@scenario_file_options
@solver_options
@click.option(
    "--replications",
    type=click.IntRange(1, 100_000),
    metavar="R",
    default=10,
    show_default=True,
    help="Roadmap runs per strategy (the same seeds for every strategy).",
)
@phases_option
@seed_option
@click.option(
    "--strategy",
    "strategies",
    type=click.Choice(STRATEGY_CHOICES),
    multiple=True,
    help="Compare only these strategies (repeatable; default: all).",
)
@click.option("--markdown", is_flag=True, help="Print the table as Markdown.")
@json_out_option("Also write every run's numbers as JSON ('-': stdout).")
@jobs_option
@click.pass_context
def command(
    ctx: click.Context,
    file: Path,
    overrides: tuple[str, ...],
    sets: tuple[str, ...],
    solver: str | None,
    time_limit: float | None,
    replications: int,
    phases: int | None,
    seed: int | None,
    strategies: tuple[str, ...],
    markdown: bool,
    json_out: Path | None,
    jobs: int | None,
) -> None:
    """Compare planning strategies on FILE over replications of the roadmap.

    `optimal` (trust-staged: start small, climb as trust grows) against `big-bang` (ignore
    trust, go for the most ambitious projects), `greedy`, `random` and `no-fairness`: final
    cluster trust, projects succeeded, highest ambition reached, money spent (the cost
    resource) and the worst gap between two competitors' served shares.
    """
    from trustmatch.scenario import load_scenario

    check_writable(json_out)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.results import to_json
    from trustmatch.strategy_comparison import compare_strategies

    chosen = strategies or STRATEGY_CHOICES
    with progress_bar(len(chosen) * replications, not is_quiet(ctx)) as progress:
        result = compare_strategies(
            loaded,
            strategies=chosen,
            replications=replications,
            phases=phases,
            seed=seed,
            solver=solver,
            time_limit=time_limit,
            progress=progress,
            jobs=jobs,
        )
    if json_out is not None:
        write_json(to_json(result), json_out)
    if json_out is None or str(json_out) != "-":
        click.echo(render_comparison(result, markdown=markdown), nl=False)
