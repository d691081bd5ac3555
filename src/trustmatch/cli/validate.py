"""``trustmatch validate``: check scenario files and show what they hold."""

from __future__ import annotations

import json
from pathlib import Path

import click

from trustmatch.cli.common import language
from trustmatch.cli.help import CatalogueCommand
from trustmatch.cli.terminal import terminal_width
from trustmatch.errors import EXIT_INPUT, ScenarioError
from trustmatch.i18n import message
from trustmatch.scenario import load_scenario
from trustmatch.scenario.summary import summarize, summary_lines


@click.command("validate", cls=CatalogueCommand)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--override", "overrides", multiple=True, metavar="NAME")
@click.option("--set", "sets", multiple=True, metavar="PATH=VALUE")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def command(
    ctx: click.Context,
    files: tuple[Path, ...],
    overrides: tuple[str, ...],
    sets: tuple[str, ...],
    as_json: bool,
) -> None:
    """Check scenario FILES and summarise each: actors, needs, competitors, project types.

    Every problem of a file is listed as FILE:LINE:COLUMN: where: message, list entries counted
    from 1 (JSON also gives the dotted path, counted from 0, as --set takes it). Exit status 0
    when every file is valid (warnings allowed), 2 when any file has an error.
    """
    results = []
    failed = False
    lang = language(ctx)
    for index, path in enumerate(files):
        try:
            loaded = load_scenario(path, overrides=overrides, sets=sets)
        except ScenarioError as error:
            failed = True
            results.append({"file": str(path), "valid": False,
                            "problems": [p.to_dict(lang) for p in error.problems]})
            if not as_json:
                click.echo(error.render(lang), err=True)
            continue
        results.append({
            "file": str(path),
            "valid": True,
            "sha256": loaded.file_sha256,
            "overrides": list(loaded.overrides),
            "sets": list(loaded.sets),
            "summary": summarize(loaded.scenario),
            "problems": [p.to_dict(lang) for p in loaded.warnings],
        })
        if not as_json:
            if index:
                click.echo("")
            click.echo(message("cli.validate.valid", lang, path=str(path),
                               name=loaded.scenario.name))
            for line in summary_lines(loaded, lang, terminal_width()):
                click.echo(line)
    if as_json:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    if failed:
        ctx.exit(EXIT_INPUT)
