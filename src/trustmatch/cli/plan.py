"""``trustmatch plan``: the next phase's projects, participants, cost and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from trustmatch.cli.common import (
    DEFAULT_STRATEGY,
    STRATEGY_CHOICES,
    check_writable,
    checked_ledger,
    scenario_file_options,
    solver_options,
    write_json,
)
from trustmatch.errors import SolverError

if TYPE_CHECKING:
    from trustmatch.results import PlanResult


@click.command("plan")
@scenario_file_options
@click.option("--strategy", type=click.Choice(STRATEGY_CHOICES), default=DEFAULT_STRATEGY,
              show_default=True,
              help="lookahead (plan the path, commit this phase), one-phase, optimal (the "
              "planner before the lookahead) or a baseline to compare it with.")
@solver_options
@click.option("--gap", type=click.FloatRange(0, 1), default=None, metavar="G",
              help="Relative optimality gap at which to stop (default: planning.mip_gap).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, metavar="OUT.json",
              help="Also write the full result as JSON ('-': stdout, without the table).")
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="LEDGER", help="Plan the phase after the outcomes recorded in this ledger "
              "(`trustmatch record`), from the trust they imply.")
def command(file, overrides, sets, strategy, solver, time_limit, gap, json_path, ledger) -> None:
    """Plan the next phase of FILE: which projects, who takes part, what it costs, and why."""
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.scenario import load_scenario

    check_writable(json_path)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    from trustmatch.planner import plan
    from trustmatch.results import to_json
    from trustmatch.roadmap import starting_trust

    trust, phase = starting_trust(loaded.scenario, checked_ledger(loaded, ledger))
    result = plan(loaded, strategy=strategy, solver=solver, time_limit=time_limit, mip_gap=gap,
                  trust=trust, phase=phase)
    if json_path is not None:
        write_json(to_json(result), json_path)
    if json_path is None or str(json_path) != "-":
        names = {a.id: a.name for a in loaded.scenario.actors}
        click.echo(render(result, names, scenario=loaded.scenario))
    outcome = result.phases[0].solver
    if not outcome.status.has_solution:
        raise SolverError(outcome.message or f"status {outcome.status.value}")


def render(result: PlanResult, names: dict[str, str], scenario=None) -> str:
    """Return the plan as a readable text table for the terminal.

    Args:
        result: The plan.
        names: Actor id -> display name.
        scenario: The scenario, for its labels in the reader's language (optional).
    """
    from trustmatch.explain import describe_uses, format_amount, join_names
    from trustmatch.trust_path_text import trust_lines

    phase = result.phases[0]
    solver = phase.solver
    lines = [f"{result.scenario.name} - phase {phase.phase}, strategy {result.strategy}"]
    status = f"Solver: {solver.name}, {solver.status.value}"
    if solver.objective is not None:
        status += f", objective {solver.objective:g}"
    if solver.bound is not None and solver.gap is not None:
        status += f" (bound {solver.bound:g}, gap {100 * solver.gap:.2f} %)"
    elif solver.bound is not None:
        status += f" (bound {solver.bound:g})"
    status += f", {solver.seconds:.2f} s"
    lines.append(status)
    if solver.message:
        lines.append(f"  {solver.message}")
    lines.append("")
    lines.append(f"Projects ({len(phase.projects)})" if phase.projects else "No projects.")
    for number, project in enumerate(phase.projects, start=1):
        lines.append(f"{number:>3}. {project.id}  (ambition {project.ambition})")
        lines.append(f"     {project.label}")
        lines.append(f"     Participants: {join_names([names[a] for a in project.participants])}")
        lines.append(
            f"     Cost: {describe_uses(project.uses)}; "
            f"chance of success {100 * project.success_probability:.0f} %"
        )
        lines.append(f"     Why: {project.why}")
        for left in project.left_out:
            lines.append(f"     Not in it: {names[left.actor]} - {left.reason}")
    used = [
        f"{r} {format_amount(v)} of {format_amount(phase.resources_available[r])}"
        if r in phase.resources_available
        else f"{r} {format_amount(v)}"
        for r, v in phase.resources_used.items()
    ]
    if used:
        lines += ["", "Resources used: " + "; ".join(used)]
    lines += trust_lines(result.outlook, result.no_contact, names, scenario=scenario)
    if result.unserved:
        lines += ["", f"Unserved needs ({len(result.unserved)})"]
        for need in result.unserved:
            label = need.label or need.need
            lines.append(f"  - {names[need.actor]}: '{label}' - {need.reason}")
    if phase.notes:
        lines += ["", "Notes"]
        lines += [f"  - {note}" for note in phase.notes]
    return "\n".join(lines)
