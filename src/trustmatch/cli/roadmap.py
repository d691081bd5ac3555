"""``trustmatch roadmap``: plan phase after phase as trust grows, with simulated outcomes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from trustmatch.cli.common import (
    DEFAULT_STRATEGY,
    STRATEGY_CHOICES,
    check_writable,
    checked_ledger,
    is_debug,
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
    from trustmatch.i18n.words import ScenarioWords
    from trustmatch.results import RoadmapPhase, RoadmapResult
    from trustmatch.scenario.models import Scenario

OUTCOME_MARK = {"success": "+", "failure": "x", "cancelled": "-"}
"""The mark that starts a project's line in the readable view (planned: a space)."""


def _phase_lines(phase: RoadmapPhase, words: ScenarioWords, say: Messages, width: int,
                 highest_before: int, debug: bool) -> list[str]:
    from trustmatch.cli.terminal import wrap
    from trustmatch.i18n import catalogue

    plan = phase.plan
    reached = phase.ambition_reached
    key = "cli.roadmap.phase_unlocked" if reached > highest_before else "cli.roadmap.phase"
    lines = wrap(say(key, phase=plan.phase, before=say.number(plan.trust_before.mean, 2),
                     after=say.number(phase.trust_after.mean, 2), level=reached or "–"), width)
    if not plan.solver.status.has_solution:
        lines += wrap(say("cli.roadmap.no_portfolio"), width, indent="  ")
    elif not plan.projects:
        lines += wrap(say("cli.roadmap.no_project"), width, indent="  ")
    outcome_of = {o.project: o for o in phase.outcomes}
    for project in plan.projects:
        outcome = outcome_of.get(project.id)
        result = outcome.result if outcome else "planned"
        label = words.project(project.id, project.type, project.needs, project.label)
        text = say("cli.roadmap.project", outcome=say(f"common.outcome.{result}"), label=label,
                   level=project.ambition, chance=say.percent(project.success_probability))
        if debug:
            text += f" [{project.id}]"
        lines += wrap(text, width, indent=f"  {OUTCOME_MARK.get(result, ' ')} ", hanging="    ")
        people = outcome.participants if outcome else project.participants
        lines += wrap(say.join(words.actors(people)), width, indent="      ")
    used = [
        say("cli.roadmap.used_item", resource=words.resource(key),
            used=words.amount(key, value), available=words.amount(
                key, plan.resources_available.get(key, 0.0)))
        for key, value in ((k, plan.resources_used[k]) for k in words.ordered(plan.resources_used))
        if key in plan.resources_available
    ]
    status_key = f"common.status.{plan.solver.status.value}"
    status = say(status_key if status_key in catalogue(say.lang) else "common.status.other")
    lines += wrap(say("cli.roadmap.used", items=say.join(used) or "–", status=status), width,
                  indent="  ", hanging="    ")
    return lines


def render_roadmap(result: RoadmapResult, scenario: Scenario, lang: str = "en",
                   width: int = 80, debug: bool = False) -> str:
    """Return the readable per-phase view of a roadmap (and its Monte Carlo table).

    Args:
        result: The roadmap.
        scenario: The scenario (names, labels, units).
        lang: ``en`` or ``de``.
        width: Line width to wrap to.
        debug: Also show project ids.
    """
    from trustmatch.cli.terminal import wrap
    from trustmatch.i18n import Messages, catalogue
    from trustmatch.i18n.words import ScenarioWords
    from trustmatch.roadmap import succeeded
    from trustmatch.trust_path_text import no_contact_lines, outlook_lines

    say = Messages(lang)
    words = ScenarioWords(scenario, lang, {theme.id: theme.label for theme in result.themes})
    lines = wrap(say("cli.roadmap.title", count=len(result.phases),
                     name=scenario.title_in(lang),
                     strategy=say(f"common.strategy.{result.strategy}")
                     if f"common.strategy.{result.strategy}" in catalogue(lang)
                     else result.strategy), width)
    lines.append("")
    highest = 0
    names = {actor.id: actor.name for actor in scenario.actors}
    outlooks = {outlook.phase: outlook for outlook in result.outlook}
    for phase in result.phases:
        lines += _phase_lines(phase, words, say, width, highest, debug)
        highest = max(highest, phase.ambition_reached)
        if phase.plan.phase in outlooks:
            # What this phase's trust unlocks, and the paths to what it does not yet.
            lines += outlook_lines(outlooks[phase.plan.phase], names, lang, scenario,
                                   width=width, indent="  ")
        lines.append("")
    contact = no_contact_lines(result.no_contact, names, lang, scenario, width=width)
    if contact:
        lines += [*contact, ""]
    succeeded_total = sum(succeeded(p) for p in result.phases)
    chosen_total = sum(len(p.plan.projects) for p in result.phases)
    lines += wrap(say("cli.roadmap.total", count=chosen_total, succeeded=succeeded_total,
                      level=result.highest_ambition or "–"), width)
    if result.unserved:
        lines += wrap(say("cli.roadmap.unserved",
                          count=len({entry.need for entry in result.unserved})), width)
    if result.monte_carlo:
        lines += ["", *render_monte_carlo(result, say, width)]
    return "\n".join(lines) + "\n"


def render_monte_carlo(result: RoadmapResult, say: Messages | None = None,
                       width: int = 100) -> list[str]:
    """Return the Monte Carlo summary of a roadmap as a table that fits ``width`` columns."""
    from trustmatch.cli.terminal import table, wrap
    from trustmatch.i18n import Messages
    from trustmatch.roadmap import AMBITION_LEVELS

    say = say or Messages("en")
    lines = wrap(say("cli.roadmap.monte_carlo", count=result.replications), width)
    header = [say("cli.roadmap.col_phase"), say("cli.roadmap.col_trust"),
              say("cli.roadmap.col_succeeded"),
              *(say("cli.roadmap.col_reached", level=level) for level in AMBITION_LEVELS)]
    rows = []
    for row in result.monte_carlo:
        trust, done = row.cluster_trust, row.projects_succeeded
        rows.append([
            say.number(row.phase),
            f"{say.number(trust.q50, 2)} ({say.number(trust.q10, 2)}–{say.number(trust.q90, 2)})",
            f"{say.number(done.q50, 1)} ({say.number(done.q10, 1)}–{say.number(done.q90, 1)})",
            *(say.percent(row.reached_ambition[str(level)]) for level in AMBITION_LEVELS),
        ])
    right = {0, *range(3, 3 + len(AMBITION_LEVELS))}
    return lines + table(header, rows, width, right=sorted(right))


@click.command("roadmap", cls=CatalogueCommand)
@scenario_file_options
@solver_options
@phases_option
@seed_option
@click.option(
    "--strategy",
    type=click.Choice(STRATEGY_CHOICES),
    default=DEFAULT_STRATEGY,
    show_default=True,
)
@click.option(
    "--replications",
    type=click.IntRange(1, 100_000),
    metavar="R",
    default=1,
    show_default=True,
)
@click.option(
    "--ledger",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="LEDGER",
    default=None,
)
@json_out_option("Also write the full result as JSON to this file ('-': stdout).")
@jobs_option
@click.pass_context
def command(
    ctx: click.Context,
    file: Path,
    overrides: tuple[str, ...],
    sets: tuple[str, ...],
    solver: str | None,
    time_limit: float | None,
    phases: int | None,
    seed: int | None,
    strategy: str,
    replications: int,
    ledger: Path | None,
    json_out: Path | None,
    jobs: int | None,
) -> None:
    """Plan phase after phase as trust grows, drawing each project's outcome.

    Phase 1 is planned from the initial trust; its projects succeed or fail at random (seeded),
    trust is updated, and phase 2 is planned from the new trust, so more ambitious projects
    unlock as trust grows. With --replications R the roadmap is run R times and a summary table
    shows how cluster trust, successes and ambition spread over the runs.
    """
    from trustmatch.scenario import load_scenario

    lang = language(ctx)
    check_writable(json_out)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.results import to_json
    from trustmatch.roadmap import roadmap

    with progress_bar(replications, not is_quiet(ctx), lang=lang) as progress:
        result = roadmap(
            loaded,
            phases=phases,
            seed=seed,
            strategy=strategy,
            replications=replications,
            ledger=checked_ledger(loaded, ledger),
            solver=solver,
            time_limit=time_limit,
            progress=progress,
            jobs=jobs,
        )
    if json_out is not None:
        write_json(to_json(result), json_out)
    if json_out is None or str(json_out) != "-":
        from trustmatch.cli.terminal import terminal_width

        click.echo(render_roadmap(result, loaded.scenario, lang, terminal_width(),
                                  debug=is_debug(ctx)), nl=False)
