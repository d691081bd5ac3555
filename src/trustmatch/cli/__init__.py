"""The command-line shell: one place that turns errors into messages and exit codes.

Every command lives in its own module of this package and calls the library API; this module only
assembles them and formats what goes wrong.
"""

from __future__ import annotations

import importlib
import sys
import traceback

import click

from trustmatch import __version__
from trustmatch.errors import EXIT_INPUT, EXIT_INTERNAL, SolverError, UserError
from trustmatch.i18n import LANGUAGES

COMMAND_MODULES: tuple[str, ...] = (
    "validate",
    "new",
    "schema",
    "plan",
    "roadmap",
    "record",
    "compare_strategies",
    "batch",
    "compare",
    "report",
    "generate",
    "themes",
    "survey",
    "app",
    "book",
    "meetings",
)
"""Modules of ``trustmatch.cli`` that each define a click command named ``command``."""


class TrustmatchGroup(click.Group):
    """A click group that reports user errors without a traceback (unless ``--debug``)."""

    def invoke(self, ctx: click.Context):  # noqa: D102 - click's own method
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except UserError as error:
            if debug:
                traceback.print_exc()
            click.echo(error.render(), err=True)
            ctx.exit(error.exit_code)
        except SolverError as error:
            if debug:
                traceback.print_exc()
            click.echo(f"The solver gave no usable answer: {error.message}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)
        except Exception as error:  # the one place that catches everything
            if debug:
                raise
            click.echo(
                f"Internal error: {type(error).__name__}: {error}\n"
                "This is a bug in trustmatch, not in your input. "
                "Run again with --debug for the traceback and please report it.",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=TrustmatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="trustmatch")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or chatter on stderr.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None,
              help="Language of the output: en or de (default: from the locale, LANG).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool, lang: str | None) -> None:
    """trustmatch: plan trust-building projects for a young business cluster.

    Start with `trustmatch validate FILE`, then `trustmatch plan FILE`.
    Exit codes: 0 ok, 1 internal error, 2 invalid input, 3 no usable solver answer.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["quiet"] = quiet or not sys.stderr.isatty()
    ctx.obj["lang"] = lang


def _register_commands() -> None:
    for module_name in COMMAND_MODULES:
        qualified = f"trustmatch.cli.{module_name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name == qualified:  # command not part of this build
                continue
            raise
        # A module defines one ``command`` or several in ``commands``.
        commands = getattr(module, "commands", None) or (module.command,)
        for command in commands:
            cli.add_command(command)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (the console script's entry point)."""
    try:
        cli.main(args=argv, prog_name="trustmatch", standalone_mode=True)
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        click.echo(str(code), err=True)
        return EXIT_INPUT
    return 0
