"""``trustmatch new``: write a commented starter scenario that validates."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click

from trustmatch.errors import Problem, UserError

STARTER = "starter.yaml"
"""The starter scenario shipped in ``trustmatch.scenario``."""


def starter_text() -> str:
    """Return the text of the commented starter scenario."""
    return files("trustmatch.scenario").joinpath(STARTER).read_text(encoding="utf-8")


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
