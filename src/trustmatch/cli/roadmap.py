"""``trustmatch roadmap``: plan phase after phase as trust grows, with simulated outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from trustmatch.cli.common import (
    DEFAULT_STRATEGY,
    STRATEGY_CHOICES,
    check_writable,
    checked_ledger,
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
    from trustmatch.results import RoadmapPhase, RoadmapResult

SYMBOL = {"success": "+ success  ", "failure": "x failure  ", "cancelled": "- cancelled"}
"""How each outcome starts its line in the readable view."""


def _amount(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.4g}"


def _phase_lines(phase: RoadmapPhase, names: Mapping[str, str], highest_before: int) -> list[str]:
    plan = phase.plan
    before, after = plan.trust_before.mean, phase.trust_after.mean
    reached = phase.ambition_reached
    unlocked = " (first success at this level)" if reached > highest_before else ""
    lines = [
        f"Phase {plan.phase}: cluster trust {before:.3f} -> {after:.3f}, "
        f"highest ambition reached {reached or '-'}{unlocked}"
    ]
    if not plan.solver.status.has_solution:
        lines.append(f"  No portfolio: {plan.solver.status.value}. {plan.solver.message}".rstrip())
    elif not plan.projects:
        lines.append("  No project this phase (nothing fits the trust and resources).")
    outcome_of = {o.project: o for o in phase.outcomes}
    for project in plan.projects:
        outcome = outcome_of.get(project.id)
        result = SYMBOL[outcome.result] if outcome else "  planned  "
        lines.append(
            f"  {result} {project.label}  [{project.id}; ambition {project.ambition}, "
            f"chance {project.success_probability:.0%}]"
        )
        people = outcome.participants if outcome else project.participants
        lines.append("              " + ", ".join(names.get(a, a) for a in people))
    used = ", ".join(
        f"{name} {_amount(value)} of {_amount(plan.resources_available.get(name, 0.0))}"
        for name, value in plan.resources_used.items()
        if name in plan.resources_available
    )
    solver = plan.solver.status.value
    if plan.solver.gap:
        solver += f", gap {plan.solver.gap:.2%}"
    lines.append(f"  Used: {used or 'nothing'}; planner: {plan.solver.name} ({solver})")
    return lines


def render_roadmap(result: RoadmapResult, names: Mapping[str, str], scenario=None) -> str:
    """Return the readable per-phase view of a roadmap (and its Monte Carlo table).

    Args:
        result: The roadmap.
        names: Actor id -> display name.
        scenario: The scenario, for its labels in the reader's language (optional).
    """
    from trustmatch.roadmap import succeeded
    from trustmatch.trust_path_text import no_contact_lines, outlook_lines

    lines = [
        f"Roadmap for {result.scenario.name}: {len(result.phases)} phase(s), "
        f"strategy {result.strategy}, seed {result.seed}",
        "",
    ]
    highest = 0
    outlooks = {outlook.phase: outlook for outlook in result.outlook}
    for phase in result.phases:
        lines += _phase_lines(phase, names, highest)
        highest = max(highest, phase.ambition_reached)
        if phase.plan.phase in outlooks:
            outlook = outlooks[phase.plan.phase]
            lines += outlook_lines(outlook, names, scenario=scenario, indent="  ")
        lines.append("")
    contact = no_contact_lines(result.no_contact, names, scenario=scenario)
    if contact:
        lines += [*contact, ""]
    succeeded_total = sum(succeeded(p) for p in result.phases)
    chosen_total = sum(len(p.plan.projects) for p in result.phases)
    lines.append(
        f"{succeeded_total} of {chosen_total} projects succeeded; highest ambition reached: "
        f"{result.highest_ambition or 'none'}."
    )
    if result.unserved:
        lines.append(
            f"{len(result.unserved)} stated needs were served in no phase "
            "(reasons in the JSON output, --json)."
        )
    if result.monte_carlo:
        lines += ["", *render_monte_carlo(result)]
    return "\n".join(lines) + "\n"


def render_monte_carlo(result: RoadmapResult) -> list[str]:
    """Return the Monte Carlo summary of a roadmap as table lines."""
    from trustmatch.roadmap import AMBITION_LEVELS

    levels = "  ".join(f">={level}" for level in AMBITION_LEVELS)
    lines = [
        f"Monte Carlo over {result.replications} replications "
        "(mean [10 % | median | 90 %]; share of runs that reached each ambition level so far):",
        f"{'phase':>5}  {'cluster trust':<29}  {'projects succeeded':<25}  {levels}",
    ]
    for row in result.monte_carlo:
        trust = row.cluster_trust
        done = row.projects_succeeded
        shares = "  ".join(f"{row.reached_ambition[str(level)]:>3.0%}" for level in AMBITION_LEVELS)
        lines.append(
            f"{row.phase:>5}  "
            f"{f'{trust.mean:.3f} [{trust.q10:.3f} | {trust.q50:.3f} | {trust.q90:.3f}]':<29}  "
            f"{f'{done.mean:.1f} [{done.q10:.1f} | {done.q50:.1f} | {done.q90:.1f}]':<25}  "
            f"{shares}"
        )
    return lines


@click.command("roadmap")
@scenario_file_options
@solver_options
@phases_option
@seed_option
@click.option(
    "--strategy",
    type=click.Choice(STRATEGY_CHOICES),
    default=DEFAULT_STRATEGY,
    show_default=True,
    help="How each phase's projects are chosen.",
)
@click.option(
    "--replications",
    type=click.IntRange(1, 100_000),
    metavar="R",
    default=1,
    show_default=True,
    help="Monte Carlo replications; more than 1 adds the summary table.",
)
@click.option(
    "--ledger",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="LEDGER",
    default=None,
    help="Start after the outcomes recorded in this ledger.",
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

    check_writable(json_out)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.results import to_json
    from trustmatch.roadmap import roadmap

    with progress_bar(replications, not is_quiet(ctx)) as progress:
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
        names = {a.id: a.name for a in loaded.scenario.actors}
        click.echo(render_roadmap(result, names, scenario=loaded.scenario), nl=False)
