"""``trustmatch schema``: print the JSON Schema of scenario files for editors."""

from __future__ import annotations

from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.scenario.schema import scenario_schema_json


@click.command("schema", cls=CatalogueCommand)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@lang_option
def command(output: Path | None, lang: str) -> None:
    """Print the JSON Schema of scenario files (generated from the format's models).

    Point your editor's YAML support at it, e.g. with the first line
    `# yaml-language-server: $schema=trustmatch-scenario.schema.json`. The schema's own
    descriptions are English; --lang chooses the language of the messages.
    """
    from trustmatch.errors import output_error
    from trustmatch.i18n import message

    text = scenario_schema_json()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise output_error(output, error, lang) from None
    click.echo(message("cli.schema.written", lang, path=output), err=True)
