"""``trustmatch strategies``: does starting small pay off? Compare strategies over many runs."""

from __future__ import annotations

from pathlib import Path

import click

from trustmatch.cli.common import (
    is_quiet,
    json_out_option,
    language,
    phases_option,
    progress_bar,
    scenario_file_options,
    seed_option,
    solver_options,
    write_json,
)
from trustmatch.cli.terminal import table, terminal_width, wrap
from trustmatch.i18n import Messages, catalogue
from trustmatch.i18n.words import ScenarioWords
from trustmatch.planner import STRATEGIES
from trustmatch.results import to_json
from trustmatch.scenario import load_scenario
from trustmatch.scenario.models import Scenario
from trustmatch.strategy_comparison import StrategyComparison, compare_strategies

COLUMNS: tuple[tuple[str, int], ...] = (
    ("final_cluster_trust", 2),
    ("projects_succeeded", 1),
    ("highest_ambition", 1),
    ("money_spent", 0),
    ("worst_competitor_imbalance", 2),
)
"""Metric key and decimals of each column (titles: ``cli.strategies.col.<metric>``)."""

VERDICT_METRIC = "final_cluster_trust"
"""The metric the one-line verdict ranks by: the trust the cluster ends with."""


def render_comparison(result: StrategyComparison, markdown: bool = False, lang: str = "en",
                      width: int = 100, scenario: Scenario | None = None) -> str:
    """Return the comparison: a table of mean ± standard deviation, a verdict, what each means.

    Args:
        result: The comparison.
        markdown: A Markdown table (for the README or a report) instead of plain text.
        lang: ``en`` or ``de``.
        width: Line width of the plain-text table.
        scenario: The scenario (its title and the money's unit); None: the scenario's name.
    """
    say = Messages(lang)
    words = ScenarioWords(scenario, lang) if scenario is not None else None
    money_key = scenario.cost_resource if scenario is not None else None

    def cell(key: str, digits: int, value: float) -> str:
        if key == "money_spent" and words is not None and money_key is not None:
            return words.amount(money_key, value)
        return say.number(value, digits)

    header = [say("cli.strategies.col_strategy"),
              *(say(f"cli.strategies.col.{key}") for key, _ in COLUMNS)]
    rows = []
    for row in result.strategies:
        cells = [_strategy_name(row.strategy, say)]
        for key, digits in COLUMNS:
            summary = row.metrics[key]
            # A narrow column breaks before "±", never inside "± 0 €".
            cells.append(f"{cell(key, digits, summary.mean)} ±\u00a0"
                         f"{cell(key, digits, summary.std)}")
        rows.append(cells)
    name = scenario.title_in(lang) if scenario is not None else result.scenario.name
    title = say("cli.strategies.title", count=result.replications, name=name,
                phases=result.phases, seed=result.seed)
    tolerance = scenario.competition.tolerance if scenario is not None else None
    notes = _verdict(result, say, tolerance) if result.strategies else []
    notes += [
        say("cli.strategies.means", name=_strategy_name(row.strategy, say),
            text=say(f"common.strategy_means.{row.strategy}"))
        for row in result.strategies
        if f"common.strategy_means.{row.strategy}" in catalogue(lang)
    ]
    if markdown:
        lines = [
            "| " + " | ".join(header) + " |",
            "|" + "|".join(" --- " for _ in header) + "|",
            *("| " + " | ".join(cells) + " |" for cells in rows),
        ]
        return "\n\n".join([title, "\n".join(lines), "\n".join(f"- {n}" for n in notes)]) + "\n"
    out = [*wrap(title, width), ""]
    out += table(header, rows, width, right=list(range(1, len(header))))
    out.append("")
    verdict_lines = len(notes) - sum(
        1 for row in result.strategies if f"common.strategy_means.{row.strategy}" in catalogue(lang)
    )
    for number, note in enumerate(notes):
        out += (wrap(note, width) if number < verdict_lines
                else wrap(note, width, indent="  ", hanging="    "))
    return "\n".join(out) + "\n"


def _strategy_name(strategy: str, say: Messages) -> str:
    key = f"common.strategy.{strategy}"
    return say(key) if key in catalogue(say.lang) else strategy


def _verdict(result: StrategyComparison, say: Messages, tolerance: float | None) -> list[str]:
    """Return the verdict: which strategy leaves the cluster with the most trust.

    Only strategies that keep competitors balanced (their largest gap within ``tolerance``)
    compete for the verdict; one that ends higher by breaking that rule is named as such.
    """
    def trust(row) -> float:
        return row.metrics[VERDICT_METRIC].mean

    def fair(row) -> bool:
        gap = row.metrics.get("worst_competitor_imbalance")
        return tolerance is None or gap is None or gap.mean <= tolerance + 1e-9

    ranked = sorted(result.strategies, key=lambda row: (-trust(row), row.strategy))
    fair_ranked = [row for row in ranked if fair(row)] or ranked
    best = fair_ranked[0]
    value = say.number(trust(best), 2)
    if len(fair_ranked) == 1:
        lines = [say("cli.strategies.verdict_one", name=_strategy_name(best.strategy, say),
                     value=value)]
    else:
        second = fair_ranked[1]
        lines = [say("cli.strategies.verdict", name=_strategy_name(best.strategy, say),
                     value=value, second=_strategy_name(second.strategy, say),
                     second_value=say.number(trust(second), 2))]
    for row in ranked:
        if not fair(row) and trust(row) > trust(best):
            lines.append(say("cli.strategies.verdict_unfair",
                             name=_strategy_name(row.strategy, say),
                             value=say.number(trust(row), 2),
                             gap=say.number(row.metrics["worst_competitor_imbalance"].mean, 2),
                             tolerance=say.number(tolerance or 0.0, 2)))
    return lines


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
    type=click.Choice(STRATEGIES),
    multiple=True,
    help="Compare only these strategies (repeatable; default: all).",
)
@click.option("--markdown", is_flag=True, help="Print the table as Markdown.")
@json_out_option("Also write every run's numbers as JSON ('-': stdout).")
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
) -> None:
    """Compare planning strategies on FILE over replications of the roadmap.

    `optimal` (trust-staged: start small, climb as trust grows) against `big-bang` (ignore
    trust, go for the most ambitious projects), `greedy`, `random` and `no-fairness`: final
    cluster trust, projects succeeded, highest ambition reached, money spent (the cost
    resource) and the worst gap between two competitors' served shares.
    """
    lang = language(ctx)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    chosen = strategies or STRATEGIES
    with progress_bar(len(chosen) * replications, not is_quiet(ctx), unit="strategy_run",
                      lang=lang) as progress:
        result = compare_strategies(
            loaded,
            strategies=chosen,
            replications=replications,
            phases=phases,
            seed=seed,
            solver=solver,
            time_limit=time_limit,
            progress=progress,
        )
    if json_out is not None:
        write_json(to_json(result), json_out)
    if json_out is None or str(json_out) != "-":
        click.echo(render_comparison(result, markdown=markdown, lang=lang,
                                     width=terminal_width(), scenario=loaded.scenario), nl=False)
