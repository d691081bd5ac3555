"""``trustmatch schema``: print the JSON Schema of scenario files for editors."""

from __future__ import annotations

from pathlib import Path

import click

from trustmatch.errors import Problem, UserError
from trustmatch.scenario.schema import scenario_schema_json


@click.command("schema")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def command(output: Path | None) -> None:
    """Print the JSON Schema of scenario files (generated from the format's models).

    Point your editor's YAML support at it, e.g. with the first line
    `# yaml-language-server: $schema=trustmatch-scenario.schema.json`.
    """
    text = scenario_schema_json()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(Problem(str(output), None, None, "",
                                f"cannot be written: {error.strerror or error}")) from None
    click.echo(f"wrote the JSON Schema of scenario files to {output}", err=True)
