"""``trustmatch record``: append what really happened to a planned project to the ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.ledger import append_entry, entry_from_plan, read_plan
from trustmatch.scenario import load_scenario


def _participants(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


@click.command("record", cls=CatalogueCommand)
@click.argument("ledger", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--plan",
    "plan_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--phase",
    type=click.IntRange(1, 100),
    default=None,
)
@click.option("--project", required=True)
@click.option(
    "--result",
    required=True,
    type=click.Choice(["success", "failure", "cancelled"]),
)
@click.option(
    "--participants",
    default=None,
    metavar="A,B,C",
)
@click.option("--note", default="")
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
)
@click.option(
    "--scenario",
    "scenario_file",
    default=None,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@lang_option
def command(
    ledger: Path,
    plan_file: Path,
    phase: int | None,
    project: str,
    result: str,
    participants: str | None,
    note: str,
    when: dt.datetime | None,
    scenario_file: Path | None,
    lang: str,
) -> None:
    """Record the outcome of one planned project in LEDGER (created if missing).

    The ledger only grows: each record is appended atomically, earlier entries are never
    changed, and a project can be recorded once per phase. `trustmatch plan FILE --ledger
    LEDGER` then plans the next phase from the trust these outcomes imply.
    """
    from trustmatch.i18n import Messages

    say = Messages(lang)
    planned = read_plan(plan_file, phase)
    scenario = None
    members = None
    if scenario_file is not None:
        scenario = load_scenario(scenario_file).scenario
        members = [a.id for a in scenario.actors]
    entry = entry_from_plan(
        planned,
        project,
        result,
        participants=_participants(participants),
        note=note,
        date=when.date() if when else None,
        members=members,
    )
    written = append_entry(
        ledger, entry, scenario=planned.scenario, scenario_sha256=planned.scenario_sha256
    )
    click.echo(say(
        "cli.record.recorded",
        ledger=ledger,
        phase=entry.phase,
        project=_project_name(scenario, planned.projects[entry.project], plan_file, say.lang)
        if scenario is not None and entry.project in planned.projects
        else say("common.quoted", text=entry.project),
        outcome=say(f"common.outcome.{entry.result}"),
        participants=say("cli.record.participants", count=len(entry.participants)),
        entries=say("cli.record.entries", count=len(written.ledger.entries)),
    ))


def _project_name(scenario, project, plan_file: Path, lang: str) -> str:
    """Return the project's name in the reader's words (type and needs, or its label)."""
    import json

    from trustmatch.i18n.words import ScenarioWords

    # Themes of free-text needs have no catalogue label: the plan file holds theirs.
    data = json.loads(plan_file.read_text(encoding="utf-8"))
    themes = {theme["id"]: theme["label"] for theme in data.get("themes", [])}
    words = ScenarioWords(scenario, lang, themes)
    return words.project(project.id, project.type, project.needs, project.label)
