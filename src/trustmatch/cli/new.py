"""``trustmatch new``: write a commented starter scenario that validates and plans.

The starter's needs catalogue and project types are the defaults of
:mod:`trustmatch.survey.defaults` (the same as a scenario imported from a needs survey), put in
place of the marker lines ``#@ default-needs`` and ``#@ default-project-types``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.errors import Problem, UserError

STARTERS: dict[str, str] = {"en": "starter.yaml", "de": "starter.de.yaml"}
"""The starter scenario shipped in ``trustmatch.scenario`` per language of its comments (with
marker lines); both hold the same data."""
NEEDS_MARKER = "#@ default-needs\n"
"""Line of the starter replaced by the default needs catalogue."""
TYPES_MARKER = "#@ default-project-types\n"
"""Line of the starter replaced by the default project types."""


def starter_text(lang: str = "en") -> str:
    """Return the text of the commented starter scenario, default project types included.

    Args:
        lang: Language of the comments and examples (``en`` or ``de``).
    """
    from trustmatch.survey.yamltext import default_blocks

    text = files("trustmatch.scenario").joinpath(STARTERS[lang]).read_text(encoding="utf-8")
    # The starter speaks both languages: every label as {en: …, de: …}.
    needs, kinds = default_blocks(None)
    return text.replace(NEEDS_MARKER, needs).replace(TYPES_MARKER, kinds)


@click.command("new", cls=CatalogueCommand)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True)
@lang_option
def command(path: Path, force: bool, lang: str) -> None:
    """Write a commented starter scenario to PATH; edit it, then `trustmatch validate PATH`.

    Its comments are in the language of --lang (default: the locale's).
    """
    from trustmatch.errors import output_error
    from trustmatch.i18n import message

    if path.exists() and not force:
        raise UserError(Problem(str(path), None, None, "", message("cli.new.exists", lang)),
                        summary=message("cli.nothing_written", lang))
    try:
        path.write_text(starter_text(lang), encoding="utf-8")
    except OSError as error:
        raise output_error(path, error, lang) from None
    click.echo(message("cli.new.written", lang, path=path))
