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
from trustmatch.errors import EXIT_INPUT, EXIT_INTERNAL, SolverError, UserError
from trustmatch.i18n import LANGUAGES, message, resolve_language, speaking


class CommandEntry(NamedTuple):
    """Where a command lives and what ``trustmatch --help`` says about it.

    Attributes:
        module: Module of ``trustmatch.cli`` defining the command (as ``command``, or in a tuple
            ``commands``).
        short_help: The line ``trustmatch --help`` shows (the module is not imported for it).
    """

    module: str
    short_help: str


COMMANDS: dict[str, CommandEntry] = {
    "validate": CommandEntry("validate", "Check scenario files and summarise what they hold."),
    "new": CommandEntry("new", "Write a commented starter scenario that validates."),
    "schema": CommandEntry("schema", "Print the JSON Schema of scenario files for editors."),
    "generate": CommandEntry("generate", "Write a seeded synthetic cluster as a scenario file."),
    "themes": CommandEntry("themes", "Show how the members' needs group into themes."),
    "plan": CommandEntry("plan", "Plan the next phase: projects, participants, cost and why."),
    "roadmap": CommandEntry("roadmap", "Plan phase after phase as trust grows (simulated)."),
    "record": CommandEntry("record", "Record what really happened to a planned project."),
    "strategies": CommandEntry(
        "compare_strategies", "Compare planning strategies over replications of the roadmap."
    ),
    "batch": CommandEntry("batch", "Run a batch of roadmaps into a SQLite results file."),
    "compare": CommandEntry("compare", "Compare the runs of a batch: means and 95 % intervals."),
    "report": CommandEntry("report", "Write the report a cluster manager reads (HTML/Markdown)."),
    "survey-template": CommandEntry("survey", "Write the needs survey workbook to send out."),
    "import-survey": CommandEntry("survey", "Turn filled-in survey workbooks into a scenario."),
    "app": CommandEntry("app", "Open the local web app in the browser."),
    "book": CommandEntry("book", "The manager's book: indicators, network, meetings."),
    "meetings": CommandEntry("meetings", "Kick-off meetings of the planned projects."),
}
"""Command name → module and one-line help, in the order ``--help`` lists them.

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
                help="No progress bars or chatter on stderr.",
            )
        )
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _accept_quiet_anywhere(sub)


class TrustmatchGroup(click.Group):
    """A lazy click group that reports user errors without a traceback (unless ``--debug``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: D102 - click's own method
        return [name for name, entry in COMMANDS.items() if module_exists(entry.module)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: D102
        command = load_command(cmd_name)
        if command is not None:
            _accept_quiet_anywhere(command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands with their help from the table, importing none of them."""
        rows = [(name, COMMANDS[name].short_help) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

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
