"""The command-line shell: one place that turns errors into messages and exit codes.

Every command lives in its own module of this package and calls the library API; this module only
assembles them and formats what goes wrong. The group is lazy: it knows every command's name,
module and one-line help from a static table (:data:`COMMANDS`), and imports a command's module
only when that command runs, so that ``trustmatch --version``, ``--help`` and a refused input
answer at once instead of first importing the solver stack.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import traceback
from typing import NamedTuple

import click

from trustmatch import __version__
from trustmatch.cli.click_language import install as install_click_language
from trustmatch.cli.help import ROOT_NAME, CatalogueGroup, language_on_line
from trustmatch.errors import EXIT_INPUT, EXIT_INTERNAL, SolverError, UserError
from trustmatch.i18n import LANGUAGES, message, resolve_language, speaking

install_click_language()


class CommandEntry(NamedTuple):
    """Where a command lives (its line in ``trustmatch --help`` is ``cli.help.short.<name>``).

    Attributes:
        module: Module of ``trustmatch.cli`` defining the command (as ``command``, or in a tuple
            ``commands``).
    """

    module: str


COMMANDS: dict[str, CommandEntry] = {
    "validate": CommandEntry("validate"),
    "new": CommandEntry("new"),
    "schema": CommandEntry("schema"),
    "generate": CommandEntry("generate"),
    "themes": CommandEntry("themes"),
    "plan": CommandEntry("plan"),
    "roadmap": CommandEntry("roadmap"),
    "record": CommandEntry("record"),
    "strategies": CommandEntry("compare_strategies"),
    "batch": CommandEntry("batch"),
    "compare": CommandEntry("compare"),
    "report": CommandEntry("report"),
    "survey-template": CommandEntry("survey"),
    "import-survey": CommandEntry("survey"),
    "app": CommandEntry("app"),
    "book": CommandEntry("book"),
    "meetings": CommandEntry("meetings"),
}
"""Command name → module, in the order ``--help`` lists them (each line from the catalogue).

Commands whose module is not part of this build are left out of ``--help`` and unknown."""


COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(e.module for e in COMMANDS.values()))
"""Modules of ``trustmatch.cli`` that define commands (each ``command`` or ``commands``)."""


def module_exists(module: str) -> bool:
    """Whether ``trustmatch.cli.<module>`` is part of this build (found without importing it)."""
    return importlib.util.find_spec(f"trustmatch.cli.{module}") is not None


def load_command(name: str) -> click.Command | None:
    """Import the module of command ``name`` and return the command (None if not in this build).

    Args:
        name: A key of :data:`COMMANDS`.
    """
    entry = COMMANDS.get(name)
    if entry is None or not module_exists(entry.module):
        return None
    module = importlib.import_module(f"trustmatch.cli.{entry.module}")
    # A module defines one ``command`` or several in ``commands``.
    defined = getattr(module, "commands", None) or (module.command,)
    for command in defined:
        if command.name == name:
            return command
    return None


def reader_language() -> str:
    """Return the language to speak: the group's ``--lang`` where there is one, else the locale."""
    ctx = click.get_current_context(silent=True)
    chosen = (ctx.find_root().obj or {}).get("lang") if ctx is not None else None
    return resolve_language(chosen if isinstance(chosen, str) else None)


def _say(key: str, **values: object) -> str:
    return message(f"cli.{key}", reader_language(), **values)


def _set_quiet(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.ensure_object(dict)["quiet"] = True


def _accept_quiet_anywhere(command: click.Command) -> None:
    """Let ``-q``/``--quiet`` follow the subcommand too (``trustmatch plan -q FILE``)."""
    taken = {opt for param in command.params for opt in getattr(param, "opts", ())}
    if not {"-q", "--quiet"} & taken:
        command.params.append(
            click.Option(
                ["--quiet", "-q"],
                is_flag=True,
                expose_value=False,
                callback=_set_quiet,
            )
        )
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _accept_quiet_anywhere(sub)


class TrustmatchGroup(CatalogueGroup):
    """A lazy click group that reports user errors without a traceback (unless ``--debug``).

    Its help page and its commands' come from the catalogue (:mod:`trustmatch.cli.help`); the
    command table lists the commands without importing any of them.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: D102 - click's own method
        return [name for name, entry in COMMANDS.items() if module_exists(entry.module)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: D102
        command = load_command(cmd_name)
        if command is not None:
            _accept_quiet_anywhere(command)
        return command

    def main(self, args=None, *rest, **options):  # noqa: D102 - click's own method
        # click's own messages (usage errors) are written outside ``invoke``, sometimes before
        # the group has read --lang: the language on the command line is in effect throughout.
        line = list(sys.argv[1:] if args is None else args)
        with speaking(language_on_line(line)):
            return super().main(args, *rest, **options)

    def invoke(self, ctx: click.Context):  # noqa: D102 - click's own method
        # Library code below a command (results files, ledgers) speaks the chosen language too.
        with speaking(ctx.params.get("lang")):
            return self._invoke_reporting_errors(ctx)

    def _invoke_reporting_errors(self, ctx: click.Context):
        debug = bool(ctx.params.get("debug"))
        try:
            return super().invoke(ctx)
        except UserError as error:
            if debug:
                traceback.print_exc()
            click.echo(error.render(reader_language()), err=True)
            ctx.exit(error.exit_code)
        except SolverError as error:
            if debug:
                traceback.print_exc()
            click.echo(_say("solver_failed", reason=error.message), err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo(_say("interrupted"), err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # The reader of the output stopped early (`trustmatch themes FILE | head`): that is
            # what they asked for, not a failure. Later writes and the final flush go nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except Exception as error:  # the one place that catches everything
            if debug:
                raise
            click.echo(
                _say("internal_error", kind=type(error).__name__, error=str(error)), err=True
            )
            ctx.exit(EXIT_INTERNAL)


@click.group(
    ROOT_NAME, cls=TrustmatchGroup, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, "--version", prog_name="trustmatch")
@click.option("--debug", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default=None)
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
