"""``trustmatch generate``: write a seeded synthetic cluster as a scenario file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
import yaml

from trustmatch import __version__
from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.errors import output_error
from trustmatch.i18n import message
from trustmatch.synthetic import generate_scenario

try:  # the C emitter is ~10x faster for clusters of thousands of actors
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


def scenario_yaml(data: dict[str, Any], actors: int, seed: int, lang: str = "en") -> str:
    """Return generated scenario data as YAML text with a header saying how it was made.

    Args:
        data: Scenario data from :func:`trustmatch.synthetic.generate_scenario`.
        actors: Number of actors it was generated for.
        seed: Seed it was generated with.
        lang: Language of the header's comments (``en`` or ``de``).
    """
    header = (
        "# " + message("cli.generate.header", lang, version=__version__) + "\n"
        f"#   trustmatch generate --actors {actors} --seed {seed}\n"
        "# " + message("cli.generate.header_same", lang) + "\n"
    )
    body = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
        default_flow_style=None,
    )
    return header + body


@click.command("generate", cls=CatalogueCommand)
@click.option(
    "--actors", "-n", type=click.IntRange(min=3, max=100_000), required=True,
)
@click.option("--seed", "-s", type=click.IntRange(min=0), default=0, show_default=True)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
)
@lang_option
def command(actors: int, seed: int, output: Path | None, lang: str) -> None:
    """Write a synthetic cluster of ACTORS members as a scenario file.

    The cluster has competitor groups, tagged needs concentrated on a few themes per group,
    known trust from earlier cooperation, project types of every ambition level and resources
    that grow with its size. Used by the scale benchmarks; a starting point for experiments.
    """
    text = scenario_yaml(generate_scenario(actors, seed), actors, seed, lang)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise output_error(output, error, lang) from None
    click.echo(message("cli.generate.written", lang, count=actors, seed=seed, path=output),
               err=True)
