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
    is_debug,
    language,
    scenario_file_options,
    solver_options,
    write_json,
)
from trustmatch.cli.help import CatalogueCommand
from trustmatch.errors import SolverError

if TYPE_CHECKING:
    from trustmatch.i18n import Messages
    from trustmatch.results import PlanResult
    from trustmatch.scenario.models import Scenario


@click.command("plan", cls=CatalogueCommand)
@scenario_file_options
@click.option("--strategy", type=click.Choice(STRATEGY_CHOICES), default=DEFAULT_STRATEGY,
              show_default=True)
@solver_options
@click.option("--gap", type=click.FloatRange(0, 1), default=None, metavar="G")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, metavar="OUT.json")
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="LEDGER")
@click.pass_context
def command(ctx, file, overrides, sets, strategy, solver, time_limit, gap, json_path,
            ledger) -> None:
    """Plan the next phase of FILE: which projects, who takes part, what it costs, and why."""
    # The planner (scikit-learn, PuLP, HiGHS) is imported only once the input is known good.
    from trustmatch.scenario import load_scenario

    check_writable(json_path)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    from trustmatch.planner import plan
    from trustmatch.results import to_json
    from trustmatch.roadmap import ledger_history, starting_trust

    recorded = checked_ledger(loaded, ledger)
    trust, phase = starting_trust(loaded.scenario, recorded)
    result = plan(loaded, strategy=strategy, solver=solver, time_limit=time_limit, mip_gap=gap,
                  trust=trust, phase=phase, history=ledger_history(loaded.scenario, recorded))
    if json_path is not None:
        write_json(to_json(result), json_path)
    if json_path is None or str(json_path) != "-":
        from trustmatch.cli.terminal import terminal_width

        click.echo(render(result, loaded.scenario, language(ctx), terminal_width(),
                          debug=is_debug(ctx)))
    outcome = result.phases[0].solver
    if not outcome.status.has_solution:
        raise SolverError(outcome.explanation(language(ctx))
                          or say_status(outcome.status.value, language(ctx)))


MAX_LEFT_OUT = 2
"""Members left out of a project that are named; the rest are counted."""

MAX_MEMBERS = 6
"""Members named for an unserved need; the rest are counted."""


def render(result: PlanResult, scenario: Scenario, lang: str = "en", width: int = 80,
           debug: bool = False) -> str:
    """Return the plan for the terminal: the recommendation first, then the open needs.

    Args:
        result: The plan.
        scenario: The scenario (names, labels, units).
        lang: ``en`` or ``de``.
        width: Line width to wrap to.
        debug: Also show ids, the planner's own reasons and the solver's numbers.
    """
    from trustmatch.cli.terminal import wrap
    from trustmatch.i18n import Messages
    from trustmatch.i18n.reasons import say_reason
    from trustmatch.i18n.words import ScenarioWords
    from trustmatch.report.recruiting import group_unserved
    from trustmatch.trust_path_text import trust_lines

    say = Messages(lang)
    words = ScenarioWords(scenario, lang, {theme.id: theme.label for theme in result.themes})
    phase = result.phases[0]
    lines: list[str] = []
    title = say("cli.plan.title", count=len(phase.projects), name=scenario.title_in(lang),
                phase=phase.phase)
    lines += wrap(title, width)
    uses = []
    for key in words.ordered(phase.resources_used):
        used = phase.resources_used[key]
        available = phase.resources_available.get(key)
        if available:
            uses.append(say("report.summary_cost_item", used=words.amount(key, used),
                            available=words.amount(key, available), resource=words.resource(key),
                            share=say.percent(used / available)))
    if phase.projects:
        if uses:
            lines += wrap(say("report.summary_cost", uses=say.join(uses)), width)
        contacts = {tuple(pair) for p in phase.projects for pair in p.new_contacts}
        served = sum(1 for share in phase.served_share.values() if share > 0)
        sentences = [say("report.summary_contacts", count=len(contacts)) if contacts
                     else say("report.summary_contacts_none")]
        if served:
            sentences.append(say("report.summary_served", count=served))
        lines += wrap(" ".join(sentences), width)
    lines.append("")
    for number, project in enumerate(phase.projects, start=1):
        label = words.project(project.id, project.type, project.needs, project.label)
        lines += wrap(label, width, indent=f"{number:>2}. ")
        facts = say("cli.plan.facts", level=project.ambition,
                    ambition=say(f"common.ambition.{min(max(project.ambition, 1), 4)}"),
                    chance=say.percent(project.success_probability),
                    uses=words.uses(project.uses) or "–")
        lines += wrap(facts, width, indent="    ")
        people = words.actors(project.participants)
        lines += wrap(say("cli.plan.participants", count=len(people), names=say.join(people)),
                      width, indent="    ", hanging="      ")
        cost_key = scenario.cost_resource
        cost = project.uses.get(cost_key) if cost_key else None
        why = say("report.why_generated", count=len(project.participants),
                  needs=words.needs(project.needs) or "–",
                  contacts=say.number(len(project.new_contacts)),
                  cost=words.amount(cost_key, cost) if cost is not None else "–")
        lines += wrap(say("cli.plan.why", text=why), width, indent="    ", hanging="      ")
        left = [say_reason(item.said, words) for item in project.left_out]
        for reason in left[:MAX_LEFT_OUT]:
            lines += wrap(say("cli.plan.left_out", text=reason), width, indent="    ",
                          hanging="      ")
        if len(left) > MAX_LEFT_OUT:
            lines += wrap(say("cli.plan.similar", count=len(left) - MAX_LEFT_OUT), width,
                          indent="      ")
        if debug:
            lines += wrap(f"[{project.id}] {project.why}", width, indent="    ", hanging="      ")
    if not phase.projects:
        lines += wrap(say("report.summary_no_projects", phase=phase.phase), width)
    names_by_id = {actor.id: actor.name for actor in scenario.actors}
    # What trust unlocks and who has no contact yet (the trust path), in the same words.
    lines += trust_lines(result.outlook, result.no_contact, names_by_id, lang, scenario,
                         width=width)
    groups = group_unserved(result.unserved, result.themes, scenario)
    if groups:
        members = len({entry.actor for entry in result.unserved})
        lines += ["", *wrap(say("cli.plan.unserved", count=len(groups),
                                members=say("cli.plan.members", count=members)), width)]
        for group in groups:
            names = words.actors(group.actors)
            shown = names[:MAX_MEMBERS]
            if len(names) > MAX_MEMBERS:
                shown.append(say("cli.plan.more_members", count=len(names) - MAX_MEMBERS))
            lines += wrap(say("cli.plan.unserved_need", need=words.quoted_need(group.need),
                              names=say.join(shown)), width, indent="  - ", hanging="    ")
            reasons = list(dict.fromkeys(say_reason(e.said, words) for e in group.entries))
            if reasons:
                reason = reasons[0]
                more = len(reasons) - 1
                text = reason + (" " + say("cli.plan.similar", count=more) if more else "")
                lines += wrap(text, width, indent="    ")
    lines += ["", *wrap(_solver_line(phase, say, debug), width)]
    if debug and phase.notes:
        lines += [f"  - {note}" for note in phase.notes]
    return "\n".join(lines)


def say_status(status: str, lang: str) -> str:
    """Return how an optimization ended (a solver status) in words."""
    from trustmatch.i18n import catalogue, message

    key = f"common.status.{status}"
    return message(key if key in catalogue(lang) else "common.status.other", lang)


def _solver_line(phase, say: Messages, debug: bool) -> str:
    """Return how the optimization ended, in words (numbers only with --debug)."""
    from trustmatch.i18n import catalogue
    from trustmatch.i18n.words import SOLVER_NAMES

    solver = phase.solver
    name = SOLVER_NAMES.get(solver.name, solver.name)
    status_key = f"common.status.{solver.status.value}"
    status = say(status_key if status_key in catalogue(say.lang) else "common.status.other")
    text = say("cli.plan.solver", status=status, name=name,
               seconds=say.number(solver.seconds, 1))
    if debug:
        numbers = [f"status {solver.status.value}"]
        if solver.objective is not None:
            numbers.append(f"objective {solver.objective:g}")
        if solver.bound is not None:
            numbers.append(f"bound {solver.bound:g}")
        if solver.gap is not None:
            numbers.append(f"gap {100 * solver.gap:.2f} %")
        text += " [" + ", ".join(numbers) + "]"
        if solver.phrases or solver.message:
            text += " " + solver.explanation(say.lang)
    return text
