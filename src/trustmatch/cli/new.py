"""``trustmatch new``: write a commented starter scenario that validates and plans.

The starter's needs catalogue and project types are the defaults of
:mod:`trustmatch.survey.defaults` (the same as a scenario imported from a needs survey), put in
place of the marker lines ``#@ default-needs`` and ``#@ default-project-types``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click

from trustmatch.errors import Problem, UserError

STARTER = "starter.yaml"
"""The starter scenario shipped in ``trustmatch.scenario`` (with marker lines)."""
NEEDS_MARKER = "#@ default-needs\n"
"""Line of the starter replaced by the default needs catalogue."""
TYPES_MARKER = "#@ default-project-types\n"
"""Line of the starter replaced by the default project types."""


def starter_text() -> str:
    """Return the text of the commented starter scenario, default project types included."""
    from trustmatch.survey.yamltext import default_blocks

    text = files("trustmatch.scenario").joinpath(STARTER).read_text(encoding="utf-8")
    needs, kinds = default_blocks("en")
    return text.replace(NEEDS_MARKER, needs).replace(TYPES_MARKER, kinds)


@click.command("new")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def command(path: Path, force: bool) -> None:
    """Write a commented starter scenario to PATH; edit it, then `trustmatch validate PATH`."""
    if path.exists() and not force:
        raise UserError(
            Problem(str(path), None, None, "",
                    "already exists; choose another name or add --force to overwrite it"),
            summary="Nothing written",
        )
    try:
        path.write_text(starter_text(), encoding="utf-8")
    except OSError as error:
        raise UserError(Problem(str(path), None, None, "",
                                f"cannot be written: {error.strerror or error}"),
                        summary="Nothing written") from None
    click.echo(f"wrote a starter scenario to {path}; next: trustmatch validate {path}")
