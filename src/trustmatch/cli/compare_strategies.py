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
    ("value_delivered", "value delivered", ".1f"),
    ("value_per_money", "value per 1,000 money", ".2f"),
    ("members_reached", "members reached", ".1f"),
    ("largest_connected_share", "largest connected share", ".2f"),
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
            scale = 1000.0 if key == "value_per_money" else 1.0
            cells.append(f"{summary.mean * scale:{fmt}} ± {summary.std * scale:{fmt}}")
        rows.append(cells)
    title = (
        f"Strategies on {result.scenario.name}: {result.phases} phases, "
        f"{result.replications} replications each, seed {result.seed} "
        "(mean ± standard deviation over replications)"
        + (f"; equal money: at most {result.money_cap:,.0f} per phase" if result.money_cap
           is not None else "")
        + ("; neutral simulation" if result.neutral else "")
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
@click.option(
    "--equal-money",
    is_flag=True,
    help="Give every strategy the same spending cap per phase: the lowest mean spending of the "
    "compared strategies (a first pass), or --money-cap.",
)
@click.option(
    "--money-cap",
    type=click.FloatRange(min=0),
    metavar="X",
    default=None,
    help="Spending cap per phase on the cost resource for every strategy (equal money).",
)
@click.option(
    "--neutral",
    is_flag=True,
    help="Neutral simulation: equal success chances, no trust, size or ambition effect.",
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
    equal_money: bool,
    money_cap: float | None,
    neutral: bool,
    markdown: bool,
    json_out: Path | None,
    jobs: int | None,
) -> None:
    """Compare planning strategies on FILE over replications of the roadmap.

    `lookahead` (plan the path, commit one phase), `one-phase`, `optimal` (the planner before
    the lookahead), `big-bang` (ignore trust), `greedy`, `random` and `no-fairness`: value
    delivered (need weight x benefit of successful projects), value per 1,000 of money, members
    reached, share of members in the largest connected part of the who-worked-with-whom
    network, final cluster trust, projects succeeded, highest ambition, money spent and the
    worst gap between two competitors' served shares.
    """
    from trustmatch.scenario import load_scenario

    check_writable(json_out)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.results import to_json
    from trustmatch.strategy_comparison import compare_strategies

    chosen = strategies or STRATEGY_CHOICES
    passes = 2 if equal_money and money_cap is None else 1
    with progress_bar(len(chosen) * replications * passes, not is_quiet(ctx)) as progress:
        result = compare_strategies(
            loaded,
            strategies=chosen,
            replications=replications,
            phases=phases,
            seed=seed,
            solver=solver,
            time_limit=time_limit,
            progress=progress,
            equal_money=equal_money or money_cap is not None,
            money_cap=money_cap,
            neutral=neutral,
            jobs=jobs,
        )
    if json_out is not None:
        write_json(to_json(result), json_out)
    if json_out is None or str(json_out) != "-":
        click.echo(render_comparison(result, markdown=markdown), nl=False)
