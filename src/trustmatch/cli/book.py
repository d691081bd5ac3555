"""``trustmatch book``: the cluster manager's book of indicators, and the network measured."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueGroup

COMMAND_LINE = "<command line>"


def _number(text: str) -> float:
    text = text.strip()
    if "," in text and "." not in text:  # German decimal comma: 4,2
        text = text.replace(",", ".")
    return float(text)


def parse_figure(text: str) -> float | tuple[float | None, float | None]:
    """Return ``5`` for "5", a band ``(5, 10)`` for "5..10", open ends for "..10" / "10..".

    Raises:
        ValueError: The text is neither a number nor a band.
    """
    if ".." in text:
        low, _, high = text.partition("..")
        return (_number(low) if low.strip() else None, _number(high) if high.strip() else None)
    return _number(text)


def _figures(pairs: tuple[str, ...], names: tuple[str, ...], say) -> tuple[dict, list]:
    from trustmatch.errors import Problem

    values: dict[str, object] = {}
    problems = []
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip()
        if not sep:
            problems.append(Problem(COMMAND_LINE, None, None, pair, say("book.cli_figure_form")))
            continue
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = say("book.did_you_mean", name=close[0]) if close else ""
            problems.append(
                Problem(COMMAND_LINE, None, None, name,
                        say("book.cli_unknown_figure", known=", ".join(names), hint=hint))
            )
            continue
        try:
            value = parse_figure(text)
        except ValueError:
            problems.append(
                Problem(COMMAND_LINE, None, None, name, say("book.cli_bad_value", got=text))
            )
            continue
        values[name] = list(value) if isinstance(value, tuple) else value
    return values, problems


@click.group("book", cls=CatalogueGroup)
def book() -> None:
    """The cluster manager's book: indicators per period and the network of members.

    The book (a YAML file beside the ledger) only grows: record the cluster's figures and the
    figures members report per period (phase), then `trustmatch book show` sets them beside
    the projects of the ledger and measures the network.
    """


@book.command("record")
@click.argument("book_file", metavar="BOOK", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("figures", metavar="FIGURE=VALUE...", nargs=-1, required=True)
@click.option(
    "--scenario",
    "scenario_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option("--period", type=click.IntRange(1, 100), required=True)
@click.option("--member", default=None)
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@click.option("--note", default="")
@lang_option
def record(book_file, figures, scenario_file, period, member, when, note, lang) -> None:
    """Record figures for one period in BOOK (created if missing).

    Cluster figures: members, members_joined, members_left, events_held, event_participants,
    projects_run, projects_succeeded, funding_raised_eur, press_mentions, fair_appearances,
    international_contacts, satisfaction, satisfaction_responses.

    Member figures (with --member; a number or a band LOW..HIGH, e.g. revenue_growth_pct=5..10):
    revenue_growth_pct, production_growth_pct, sick_leave_pct, employees, rnd_staff,
    export_share_pct, satisfaction (1-5).
    """
    from pydantic import ValidationError

    from trustmatch.book.models import CLUSTER_FIGURES, MEMBER_FIGURES, BookEntry
    from trustmatch.book.store import BookError, record_entries
    from trustmatch.errors import Problem
    from trustmatch.i18n import Messages
    from trustmatch.scenario import load_scenario

    say = Messages(lang)
    names = MEMBER_FIGURES if member else CLUSTER_FIGURES
    values, problems = _figures(figures, names, say)
    data: dict[str, object] = {"period": period, "note": note}
    data["date"] = when.date() if when else dt.date.today()
    scope = "figures" if member else "cluster"
    if member:
        data.update(member=member, figures=values)
    else:
        data["cluster"] = values
    entry = None
    try:
        entry = BookEntry.model_validate(data)
    except ValidationError as error:
        from trustmatch.book.store import _plain

        for item in error.errors():
            where = [str(p) for p in item["loc"] if p != scope][:1]
            problems.append(
                Problem(COMMAND_LINE, None, None, where[0] if where else "", _plain(item, say.lang))
            )
    scenario = load_scenario(scenario_file).scenario
    if member is not None and member not in {actor.id for actor in scenario.actors}:
        close = difflib.get_close_matches(member, [a.id for a in scenario.actors], n=1)
        hint = say("book.did_you_mean", name=close[0]) if close else ""
        problems.append(
            Problem(COMMAND_LINE, None, None, "--member",
                    say("book.error_unknown_member", member=member) + hint)
        )
    if period > scenario.phases:
        problems.append(
            Problem(COMMAND_LINE, None, None, "--period",
                    say("book.error_period_beyond", period=period, phases=scenario.phases))
        )
    if problems or entry is None:
        raise BookError(sorted(set(problems), key=lambda p: p.path), say("book.not_recorded"))
    record_entries(book_file, [entry], scenario=scenario, lang=say.lang)
    whose = scenario.actor(member).name if member else say("book.the_cluster")
    click.echo(
        say("book.recorded", count=len(values), whose=whose, period=period, book=book_file)
    )


@book.command("import")
@click.argument("book_file", metavar="BOOK", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--survey", "survey_file", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--scenario",
    "scenario_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option("--period", type=click.IntRange(1, 100), required=True)
@lang_option
def import_(book_file, survey_file, scenario_file, period, lang) -> None:
    """Record the members' figures from a survey workbook's indicators sheet in BOOK.

    One row per member: numbers, or bands such as 5-10, <10 or >10 where a member will not
    give the exact figure. All rows are recorded together, or none when a cell is wrong.
    """
    from trustmatch.book.store import record_entries
    from trustmatch.book.survey_import import entries_from_survey
    from trustmatch.i18n import Messages
    from trustmatch.scenario import load_scenario

    say = Messages(lang)
    scenario = load_scenario(scenario_file).scenario
    entries = entries_from_survey(survey_file, scenario, period, say.lang)
    record_entries(book_file, entries, scenario=scenario, lang=say.lang)
    click.echo(say("book.imported", count=len(entries), period=period, book=book_file))


@book.command("show")
@click.argument("book_file", metavar="[BOOK]", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--scenario",
    "scenario_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option("--ledger", "ledger_file", default=None,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--forecast", type=click.IntRange(0, 20), default=0, metavar="N")
@click.option("--seed", type=click.IntRange(0, 2**63 - 1), default=None)
@click.option("--json", "json_out", default=None, type=click.Path(dir_okay=False, path_type=Path),
              metavar="OUT.json")
@lang_option
def show(book_file, scenario_file, ledger_file, forecast, seed, json_out, lang) -> None:
    """Show the network per phase and, with BOOK, the indicators beside the activities.

    With --ledger the network is measured from the projects that really took place; with
    --forecast N the roadmap's next N simulated phases follow, marked as a forecast.
    """
    from trustmatch.book.view import book_view, render_book_text
    from trustmatch.i18n import Messages
    from trustmatch.scenario import load_scenario

    say = Messages(lang)
    loaded = load_scenario(scenario_file)
    scenario = loaded.scenario
    simulated = None
    if forecast:
        from trustmatch.roadmap import roadmap

        simulated = roadmap(loaded, phases=forecast, seed=seed, ledger=ledger_file)
    view = book_view(scenario, book_file=book_file, ledger_file=ledger_file, roadmap=simulated,
                     lang=say.lang)
    if json_out is not None:
        text = json.dumps(view.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        if str(json_out) == "-":
            click.echo(text, nl=False)
            return
        Path(json_out).write_text(text, encoding="utf-8")
    click.echo(render_book_text(scenario, view, say))


command = book
