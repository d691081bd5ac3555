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
    language,
    phases_option,
    progress_bar,
    scenario_file_options,
    seed_option,
    solver_options,
    write_json,
)
from trustmatch.cli.help import CatalogueCommand

if TYPE_CHECKING:
    from trustmatch.i18n import Messages
    from trustmatch.scenario.models import Scenario
    from trustmatch.strategy_comparison import StrategyComparison

COLUMNS: tuple[tuple[str, str], ...] = (
    ("value_delivered", "number:1"),
    ("value_per_money", "per_money:2"),
    ("members_reached", "number:1"),
    ("largest_connected_share", "percent"),
    ("final_cluster_trust", "number:2"),
    ("projects_succeeded", "number:1"),
    ("highest_ambition", "number:1"),
    ("money_spent", "money"),
    ("worst_competitor_imbalance", "number:2"),
)
"""Metric key and decimals of each column (titles: ``cli.strategies.col.<metric>``)."""

VERDICT_METRICS: tuple[str, ...] = ("value_delivered", "final_cluster_trust")
"""What the one-line verdict ranks by: the value delivered, else the trust the cluster ends with
(the first of these the comparison holds)."""


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
    from trustmatch.cli.terminal import split_table, wrap
    from trustmatch.i18n import Messages, catalogue
    from trustmatch.i18n.words import ScenarioWords

    say = Messages(lang)
    words = ScenarioWords(scenario, lang) if scenario is not None else None
    money_key = scenario.cost_resource if scenario is not None else None

    def money(value: float) -> str:
        if words is not None and money_key is not None:
            return words.amount(money_key, value)
        return say.number(value)

    def cell(key: str, style: str, value: float) -> str:
        kind, _, digits = style.partition(":")
        if kind == "money":
            return money(value)
        if kind == "percent":
            return say.percent(value)
        if kind == "per_money":  # value per 1,000 of money
            return say.number(1000 * value, int(digits))
        return say.number(value, int(digits))

    shown = [(key, style) for key, style in COLUMNS
             if all(key in row.metrics for row in result.strategies)]
    header = [say("cli.strategies.col_strategy"),
              *(say(f"cli.strategies.col.{key}", money=money(1000)) for key, _ in shown)]
    rows = []
    for row in result.strategies:
        cells = [_strategy_name(row.strategy, say)]
        for key, style in shown:
            summary = row.metrics[key]
            # A narrow column breaks before "±", never inside "± 0 €".
            cells.append(f"{cell(key, style, summary.mean)} ±\u00a0"
                         f"{cell(key, style, summary.std)}")
        rows.append(cells)
    name = scenario.title_in(lang) if scenario is not None else result.scenario.name
    title = say("cli.strategies.title", count=result.replications, name=name,
                phases=say("cli.strategies.phases", count=result.phases), seed=result.seed)
    if result.money_cap is not None:
        title += say("cli.strategies.equal_money", amount=money(result.money_cap))
    if result.neutral:
        title += say("cli.strategies.neutral")
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
    out += split_table(header, rows, width, right=list(range(1, len(header))))
    out.append("")
    verdict_lines = len(notes) - sum(
        1 for row in result.strategies if f"common.strategy_means.{row.strategy}" in catalogue(lang)
    )
    for number, note in enumerate(notes):
        out += (wrap(note, width) if number < verdict_lines
                else wrap(note, width, indent="  ", hanging="    "))
    return "\n".join(out) + "\n"


def _strategy_name(strategy: str, say: Messages) -> str:
    from trustmatch.i18n import catalogue

    key = f"common.strategy.{strategy}"
    return say(key) if key in catalogue(say.lang) else strategy


def _verdict(result: StrategyComparison, say: Messages, tolerance: float | None) -> list[str]:
    """Return the verdict: which strategy delivers the most (value, else trust).

    Only strategies that keep competitors balanced (their largest gap within ``tolerance``)
    compete for the verdict; one that ends higher by breaking that rule is named as such.
    """
    metric = next((m for m in VERDICT_METRICS
                   if all(m in row.metrics for row in result.strategies)), None)
    if metric is None:
        return []
    digits = 1 if metric == "value_delivered" else 2

    def score(row) -> float:
        return row.metrics[metric].mean

    def fair(row) -> bool:
        gap = row.metrics.get("worst_competitor_imbalance")
        return tolerance is None or gap is None or gap.mean <= tolerance + 1e-9

    ranked = sorted(result.strategies, key=lambda row: (-score(row), row.strategy))
    fair_ranked = [row for row in ranked if fair(row)] or ranked
    best = fair_ranked[0]
    value = say.number(score(best), digits)
    if len(fair_ranked) == 1:
        lines = [say(f"cli.strategies.verdict_one.{metric}",
                     name=_strategy_name(best.strategy, say), value=value)]
    else:
        second = fair_ranked[1]
        lines = [say(f"cli.strategies.verdict.{metric}", name=_strategy_name(best.strategy, say),
                     value=value, second=_strategy_name(second.strategy, say),
                     second_value=say.number(score(second), digits))]
    for row in ranked:
        if not fair(row) and score(row) > score(best):
            lines.append(say(f"cli.strategies.verdict_unfair.{metric}",
                             name=_strategy_name(row.strategy, say),
                             value=say.number(score(row), digits),
                             gap=say.number(row.metrics["worst_competitor_imbalance"].mean, 2),
                             tolerance=say.number(tolerance or 0.0, 2)))
    return lines


@click.command("strategies", cls=CatalogueCommand)
@scenario_file_options
@solver_options
@click.option(
    "--replications",
    type=click.IntRange(1, 100_000),
    metavar="R",
    default=10,
    show_default=True,
)
@phases_option
@seed_option
@click.option(
    "--strategy",
    "strategies",
    type=click.Choice(STRATEGY_CHOICES),
    multiple=True,
)
@click.option(
    "--equal-money",
    is_flag=True,
)
@click.option(
    "--money-cap",
    type=click.FloatRange(min=0),
    metavar="X",
    default=None,
)
@click.option(
    "--neutral",
    is_flag=True,
)
@click.option("--markdown", is_flag=True)
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

    lang = language(ctx)
    check_writable(json_out)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.results import to_json
    from trustmatch.strategy_comparison import compare_strategies

    chosen = strategies or STRATEGY_CHOICES
    passes = 2 if equal_money and money_cap is None else 1
    with progress_bar(len(chosen) * replications * passes, not is_quiet(ctx),
                      unit="strategy_run", lang=lang) as progress:
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
        from trustmatch.cli.terminal import terminal_width

        click.echo(render_comparison(result, markdown=markdown, lang=lang,
                                     width=terminal_width(), scenario=loaded.scenario), nl=False)
