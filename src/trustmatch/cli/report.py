"""``trustmatch report``: the report a cluster manager reads, as HTML, Markdown or an A4 PDF."""

from __future__ import annotations

from pathlib import Path

import click

from trustmatch.cli.common import (
    MAX_SECONDS,
    check_writable,
    checked_ledger,
    is_quiet,
    jobs_option,
    language,
    progress_bar,
    scenario_file_options,
)
from trustmatch.cli.help import CatalogueCommand
from trustmatch.i18n import LANGUAGES, format_number, message

FORMATS: tuple[str, ...] = ("html", "md", "pdf")
"""Mirrors :data:`trustmatch.report.render.FORMATS` (here so ``--help`` imports no renderer)."""

DEFAULT_REPLICATIONS = 20
"""Mirrors :data:`trustmatch.report.render.DEFAULT_REPLICATIONS`."""


@click.command("report", cls=CatalogueCommand)
@scenario_file_options
@click.option("--roadmap", "roadmap_file", metavar="ROADMAP.json",
              type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--ledger", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None)
@click.option("--book", "book_file", metavar="BOOK.yaml",
              type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--batch", "batch_file", metavar="RESULTS.sqlite",
              type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--replications", type=click.IntRange(1, 100_000), default=DEFAULT_REPLICATIONS,
              show_default=True)
@click.option("--phases", type=click.IntRange(1, 100), default=None)
@click.option("--time-limit", type=click.FloatRange(min=0.1, max=MAX_SECONDS), default=None,
              metavar="SECONDS")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--date", "date", metavar="YYYY-MM-DD", default=None, hidden=True)
@jobs_option
@click.pass_context
def command(
    ctx: click.Context,
    file: Path,
    overrides: tuple[str, ...],
    sets: tuple[str, ...],
    roadmap_file: Path | None,
    ledger: Path | None,
    batch_file: Path | None,
    book_file: Path | None,
    replications: int,
    phases: int | None,
    time_limit: float | None,
    lang: str,
    fmt: str | None,
    output: Path,
    date: str | None,
    jobs: int | None,
) -> None:
    """Write the report a cluster manager reads: summary, projects, figures, hints.

    Without --roadmap the report plans the phases itself and simulates them --replications
    times for the band of expected trust. The HTML file is self-contained: it opens offline and
    can be mailed as it is. A .pdf output is the same report printed on A4 by headless Chromium
    (install the `chromium` package).
    """
    if roadmap_file is not None and ledger is not None:
        raise click.UsageError("give either --roadmap or --ledger, not both")
    if date is not None:
        try:
            import datetime as dt

            dt.date.fromisoformat(date)
        except ValueError:
            raise click.BadParameter("use the form YYYY-MM-DD", param_hint="--date") from None
    from trustmatch.scenario import load_scenario

    lang = language(ctx, lang)
    check_writable(output, create_folders=True)
    loaded = load_scenario(file, overrides=list(overrides), sets=list(sets))
    checked_ledger(loaded, ledger)
    # The renderer (matplotlib, Jinja2) and the planner load only for a valid scenario.
    from trustmatch.report.render import render_report

    computing = roadmap_file is None
    # The report creates missing folders on the way to OUTPUT; say so rather than silently.
    created = next(
        (folder for folder in reversed(output.absolute().parents) if not folder.exists()), None
    )
    with progress_bar(replications if computing else 0, not is_quiet(ctx), lang=lang) as progress:
        rendered = render_report(
            loaded,
            roadmap=roadmap_file,
            ledger=ledger,
            book=book_file,
            batch=batch_file,
            lang=lang,
            format=fmt,
            output=output,
            replications=replications,
            phases=phases,
            time_limit=time_limit,
            progress=progress,
            date=date,
            jobs=jobs,
        )
    extra = len(rendered.written) - 1
    if created is not None:
        click.echo(message("cli.created_folder", lang, folder=created), err=True)
    size = format_number(output.stat().st_size / 1024, lang)
    if extra > 0:
        click.echo(message("cli.report.written_with_figures", lang, count=extra,
                           path=str(output), size=size))
    else:
        click.echo(message("cli.report.written", lang, path=str(output), size=size))
