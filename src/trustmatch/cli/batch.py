"""``trustmatch batch SPEC --out RESULTS.sqlite``: run a batch of roadmaps into a results file."""

from __future__ import annotations

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand

EXECUTOR_CHOICES = ("local", "processes", "dask")
"""Mirrors :data:`trustmatch.batch.EXECUTORS` (kept here so ``--help`` needs no heavy import)."""


@click.command("batch", cls=CatalogueCommand)
@click.argument("spec", type=click.Path(dir_okay=False))
@click.option(
    "--out", "-o", required=True, type=click.Path(dir_okay=False),
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None,
)
@click.option(
    "--executor", type=click.Choice(EXECUTOR_CHOICES), default="processes", show_default=True,
)
@click.option(
    "--dask-address", metavar="tcp://HOST:PORT", default=None,
)
@click.option("--resume", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@lang_option
@click.pass_context
def command(
    ctx: click.Context,
    spec: str,
    out: str,
    jobs: int | None,
    executor: str,
    dask_address: str | None,
    resume: bool,
    quiet: bool,
    lang: str,
) -> None:
    """Run every scenario x override set x grid point x strategy x replication of SPEC.

    Each finished run is stored in the results file at once; stop the batch at any time
    (Ctrl-C) and continue it later with --resume. Compare the results with
    `trustmatch compare RESULTS.sqlite --by strategy`.
    """
    from trustmatch.batch import BatchAborted, run_batch
    from trustmatch.i18n import message

    silent = quiet or bool((ctx.obj or {}).get("quiet"))
    try:
        summary = run_batch(
            spec,
            out,
            jobs=jobs,
            executor=executor,
            dask_address=dask_address,
            resume=resume,
            progress=False if silent else None,
        )
    except KeyboardInterrupt:
        click.echo(message("cli.batch.interrupted", lang, out=out), err=True)
        ctx.exit(130)
    except BatchAborted as error:
        click.echo(str(error), err=True)
        ctx.exit(1)
    click.echo(summary.render(lang))
