"""``trustmatch survey-template`` and ``trustmatch import-survey``: the needs survey.

Thin shells over :mod:`trustmatch.survey`; openpyxl and the planner are imported only when a
command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.errors import Problem, UserError
from trustmatch.i18n import LANGUAGES, message, resolve_language


def _refuse_existing(path: Path, force: bool, lang: str) -> None:
    if str(path) != "-" and path.exists() and not force:
        raise UserError(Problem(str(path), None, None, "", message("survey.cli.exists", lang)),
                        summary=message("survey.cli.nothing_written", lang))


def _cannot_write(path: Path, error: OSError, lang: str) -> UserError:
    return UserError(
        Problem(str(path), None, None, "", message("survey.cli.cannot_write", lang,
                                                   reason=error.strerror or str(error))),
        summary=message("survey.cli.nothing_written", lang),
    )


@click.command("survey-template", cls=CatalogueCommand)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@lang_option
@click.option("--force", is_flag=True)
def survey_template(path: Path, lang: str | None, force: bool) -> None:
    """Write the needs-survey workbook PATH (.xlsx) to send to the members.

    Sheets: instructions, members (name, kind, markets, employees), needs (in the members' own
    words, importance 1-5), known competitors and earlier cooperation (optional), with drop-down
    lists. Fill it in, then `trustmatch import-survey PATH -o cluster.yaml --budget N`.
    """
    from trustmatch.survey import write_template

    lang = resolve_language(lang)
    _refuse_existing(path, force, lang)
    try:
        write_template(path, lang=lang)
    except OSError as error:
        raise _cannot_write(path, error, lang) from None
    click.echo(message("survey.cli.template_written", lang, path=path))


@click.command("import-survey", cls=CatalogueCommand)
@click.argument("survey", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="SCENARIO.yaml")
@click.option("--budget", type=click.FloatRange(min=0), required=True, metavar="EUR")
@click.option("--hours", type=click.FloatRange(min=0), default=None, metavar="H")
@click.option("--name", default=None, metavar="NAME")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None)
@click.option("--force", is_flag=True)
@click.pass_context
def import_survey(ctx: click.Context, survey: Path, output: Path, budget: float,
                  hours: float | None, name: str | None, lang: str | None, force: bool) -> None:
    """Turn a filled survey (SURVEY.xlsx, or a web form's SURVEY.csv) into a scenario.

    The scenario has the members with ids made from their names, their needs in their own
    words (weight = importance), the competitors and earlier cooperation named, the default
    project types and the budget (and hours) per phase. Every problem is reported at its cell,
    all at once (exit 2). CSV columns: name, kind, markets, size, need 1, importance 1, need 2,
    importance 2, ..., competitors, cooperation (German headers work too; several names in one
    cell separated by ';').
    """
    from trustmatch.survey import import_survey as run_import

    # The survey's own language decides unless the reader chose one (here or globally).
    lang = lang or (ctx.find_root().obj or {}).get("lang")
    _refuse_existing(output, force, resolve_language(lang))
    result = run_import(survey, budget=budget, hours=hours, lang=lang, name=name)
    for warning in result.warnings:
        click.echo(warning.format(), err=True)
    if str(output) == "-":
        sys.stdout.write(result.yaml_text)
        return
    try:
        result.write(output)
    except OSError as error:
        raise _cannot_write(output, error, result.lang) from None
    click.echo(message(
        "survey.cli.imported", result.lang, path=output,
        members=message("survey.yaml.members", result.lang, count=result.members),
        needs=message("survey.yaml.needs", result.lang, count=result.needs),
    ))


commands = (survey_template, import_survey)
"""The commands of this module, registered by ``trustmatch.cli``."""
