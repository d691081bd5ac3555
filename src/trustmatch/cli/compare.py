"""``trustmatch compare RESULTS.sqlite``: mean and 95 % interval of each metric per group."""

from __future__ import annotations

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


@click.command("compare", cls=CatalogueCommand)
@click.argument("results", type=click.Path(dir_okay=False))
@click.option(
    "--by", default="strategy", show_default=True, metavar="KEY[,KEY...]",
)
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False))
@click.option(
    "--phase", default="last", show_default=True, metavar="last|N",
)
@click.option(
    "--metrics", default=None, metavar="NAME[,NAME...]",
)
@lang_option
def command(
    results: str, by: str, csv_path: str | None, phase: str, metrics: str | None, lang: str
) -> None:
    """Compare the runs of a batch: mean and 95 % interval (Student's t) per group.

    The interval is mean ± t(0.975, n-1)·s/√n over the runs of each group; a group of one run
    has no interval. Failed runs are counted but have no metrics.
    """
    from trustmatch.batch import compare
    from trustmatch.cli.common import check_writable
    from trustmatch.errors import output_error
    from trustmatch.i18n import message

    check_writable(csv_path)
    table = compare(results, by=_split(by), phase=phase, metrics=_split(metrics) or None)
    from trustmatch.cli.terminal import terminal_width

    click.echo(table.to_text(lang, width=terminal_width()))
    if csv_path:
        try:
            table.write_csv(csv_path)
        except OSError as error:
            raise output_error(csv_path, error, lang) from None
        click.echo(message("cli.compare.csv_written", lang, path=csv_path), err=True)
