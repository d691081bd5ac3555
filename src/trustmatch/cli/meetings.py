"""``trustmatch meetings``: kick-off dates, ``.ics`` invitations and participant lists."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand


@click.command("meetings", cls=CatalogueCommand)
@click.argument("plan_file", metavar="PLAN.json",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--scenario", "scenario_file", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--phase", type=click.IntRange(1, 100), default=None)
@click.option("--start", "start", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@click.option("-o", "--out", "out", required=True,
              type=click.Path(file_okay=False, path_type=Path))
@lang_option
def command(plan_file, scenario_file, phase, start, out, lang) -> None:
    """Propose a kick-off date for every project of PLAN.json and write the invitations.

    Each project gets the earliest day of its phase on which every participant can come
    (calendar.meeting_weekdays, default Tuesday-Thursday at 10:00; the members' unavailable
    weekdays and dates; nobody in two kick-offs on one day). One .ics file per project and
    participants.csv / participants.xlsx for mail merges are written to the folder.
    """
    from trustmatch.book.meetings import (
        PARTICIPANT_COLUMNS,
        invitation,
        participant_rows,
        phase_window,
        project_title,
        schedule_kickoffs,
    )
    from trustmatch.errors import Problem, UserError
    from trustmatch.i18n import Messages
    from trustmatch.ledger import read_plan
    from trustmatch.scenario import load_scenario

    say = Messages(lang)
    scenario = load_scenario(scenario_file).scenario
    planned = read_plan(plan_file, phase)
    if planned.scenario != scenario.name:
        raise UserError(
            Problem(str(plan_file), None, None, "scenario",
                    say("book.meetings_other_scenario", plan=planned.scenario,
                        scenario=scenario.name)),
            say("book.meetings_refused"),
        )
    try:
        window = phase_window(scenario, planned.phase, start.date() if start else None)
    except ValueError:
        raise UserError(
            Problem("<command line>", None, None, "--start", say("book.meetings_no_start")),
            say("book.meetings_refused"),
        ) from None
    data = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    need_labels = {theme["id"]: theme["label"] for theme in data.get("themes", [])}
    need_labels.update({need.id: need.label for need in scenario.needs})
    projects = list(planned.projects.values())
    kickoffs = schedule_kickoffs(scenario, projects, window)
    try:
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for kickoff in kickoffs:
            if kickoff.day is None:
                continue
            name = "kickoff-" + "".join(c if c.isalnum() or c in "-_" else "-"
                                        for c in kickoff.project.id) + ".ics"
            (out / name).write_bytes(
                invitation(scenario, kickoff, phase=planned.phase, need_labels=need_labels,
                           lang=say.lang)
            )
            written.append(name)
        rows = participant_rows(scenario, kickoffs)
        with open(out / "participants.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=PARTICIPANT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        _write_xlsx(out / "participants.xlsx", rows, say)
    except OSError as error:
        raise UserError(
            Problem(str(out), None, None, "", say("book.cannot_write", reason=error.strerror
                                                  or error)),
            say("book.meetings_refused"),
        ) from None
    click.echo(say("book.meetings_window", phase=planned.phase, first=say.date(window.first),
                   last=say.date(window.last)))
    for kickoff in kickoffs:
        if kickoff.day is None:
            names = ", ".join(scenario.actor(a).name for a in kickoff.blocked_by)
            title = project_title(scenario, kickoff.project, say.lang, need_labels)
            click.echo("  " + say("book.meeting_none", project=title,
                                  names=names or say("book.nobody")))
        else:
            title = project_title(scenario, kickoff.project, say.lang, need_labels)
            click.echo("  " + say("book.meeting_line", project=title,
                                  day=say.date(kickoff.day),
                                  time=kickoff.start.strftime("%H:%M"),
                                  count=len(kickoff.project.participants)))
    click.echo(say("book.meetings_written", count=len(written), folder=out))


def _write_xlsx(path: Path, rows: list[dict[str, str]], say) -> None:
    from openpyxl import Workbook

    from trustmatch.book.meetings import PARTICIPANT_COLUMNS

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = say("book.xlsx_sheet")
    sheet.append([say("book.xlsx_" + column) for column in PARTICIPANT_COLUMNS])
    for row in rows:
        sheet.append([row[column] for column in PARTICIPANT_COLUMNS])
    for column, width in zip("ABCDEFGH", (30, 34, 12, 8, 24, 34, 12, 30), strict=True):
        sheet.column_dimensions[column].width = width
    # A fixed creation time keeps the file reproducible.
    workbook.properties.created = dt.datetime(2000, 1, 1)
    workbook.save(path)
