"""Options and helpers that several commands share, so they read and behave the same."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from trustmatch.errors import output_error

if TYPE_CHECKING:
    from trustmatch.ledger import LoadedLedger
    from trustmatch.scenario import LoadedScenario

SOLVER_CHOICES: tuple[str, ...] = ("highs", "cbc")
"""Mirrors :data:`trustmatch.optimize.solvers.SOLVERS` (here so ``--help`` imports no solver)."""

STRATEGY_CHOICES: tuple[str, ...] = (
    "lookahead", "one-phase", "optimal", "greedy", "random", "big-bang", "no-fairness",
)
"""Mirrors :data:`trustmatch.planner.STRATEGIES` (here so ``--help`` imports no planner)."""

DEFAULT_STRATEGY = "lookahead"
"""Mirrors :data:`trustmatch.planner.DEFAULT_STRATEGY`."""

MAX_SECONDS = 7 * 24 * 3600.0
"""Mirrors :data:`trustmatch.scenario.models.MAX_SECONDS`: the longest ``--time-limit``."""

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while long work goes on."""


def scenario_file_options(function: Callable) -> Callable:
    """Add FILE, ``--override NAME`` (repeatable) and ``--set PATH=VALUE`` (repeatable)."""
    function = click.option(
        "--set",
        "sets",
        metavar="PATH=VALUE",
        multiple=True,
    )(function)
    function = click.option(
        "--override",
        "overrides",
        metavar="NAME",
        multiple=True,
    )(function)
    return click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))(
        function
    )


def solver_options(function: Callable) -> Callable:
    """Add ``--solver``, ``--time-limit`` and ``--reproducible`` (defaults from the scenario).

    ``--reproducible`` stands for ``--set planning.reproducible=true``: the command must also
    take ``--set`` (:func:`scenario_file_options`).
    """
    command = function

    @functools.wraps(command)
    def with_reproducible(*args, reproducible: bool = False, **kwargs):
        if reproducible:
            kwargs["sets"] = (*kwargs.get("sets", ()), "planning.reproducible=true")
        return command(*args, **kwargs)

    function = click.option(
        "--reproducible",
        is_flag=True,
        default=False,
    )(with_reproducible)
    function = click.option(
        "--time-limit",
        type=click.FloatRange(min=0, min_open=True, max=MAX_SECONDS),
        default=None,
        metavar="S",
    )(function)
    return click.option(
        "--solver",
        type=click.Choice(SOLVER_CHOICES),
        default=None,
    )(function)


def language(ctx: click.Context, lang: str | None = None) -> str:
    """Return the language to speak.

    ``lang`` (a command's own ``--lang``) first, else the global ``--lang``, else the locale's
    (``LANG``; English unless it names German).
    """
    from trustmatch.i18n import resolve_language

    return resolve_language(lang or (ctx.obj or {}).get("lang"))


def lang_option(function: Callable) -> Callable:
    """Add ``--lang en|de``; the command receives the language to speak as ``lang``.

    Given after the command (``trustmatch record --lang de ...``) it counts like the global
    ``trustmatch --lang de record ...``; without either, the locale decides (``LANG``).
    """
    from trustmatch.i18n import LANGUAGES

    def chosen(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
        from trustmatch.i18n import speaking

        if value:
            # The shell's own messages (an interrupted run, a solver failure) follow it too.
            ctx.find_root().ensure_object(dict)["lang"] = value
        lang = language(ctx, value)
        # Library code below the command (results files, ledgers) speaks it meanwhile.
        ctx.with_resource(speaking(lang))
        return lang

    return click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=None,
        callback=chosen,
    )(function)


def is_debug(ctx: click.Context) -> bool:
    """Whether ``--debug`` was given (then ids and solver details are shown too)."""
    return bool((ctx.obj or {}).get("debug", False))


def is_quiet(ctx: click.Context) -> bool:
    """Whether progress bars are off (``--quiet``, or stderr is not a terminal)."""
    return bool((ctx.obj or {}).get("quiet", True))


@contextmanager
def progress_bar(
    total: int, enabled: bool, unit: str = "run", desc: str | None = None,
    lang: str = "en",
) -> Iterator[ProgressCallback | None]:
    """Yield a ``progress(done, total)`` callback drawing a labelled tqdm bar on stderr (or None).

    Args:
        total: How many steps the work has.
        enabled: Draw the bar (off with ``--quiet`` or when stderr is not a terminal).
        unit: What a step is: ``run`` (a simulated roadmap run) or ``phase``.
        desc: The bar's label (default: what the steps are, in ``lang``).
        lang: ``en`` or ``de``.
    """
    if not enabled or total <= 1:
        yield None
        return
    from tqdm import tqdm

    from trustmatch.i18n import message

    label = desc or message(f"cli.progress.{unit}", lang)
    unit_name = message(f"cli.progress.unit_{unit}", lang)
    with tqdm(total=total, unit=f" {unit_name}", desc=label, file=sys.stderr,
              leave=False) as bar:

        def advance(done: int, _total: int) -> None:
            bar.update(done - bar.n)

        yield advance


def write_json(text: str, out: Path) -> None:
    """Write JSON text to a file, or to standard output for ``-``.

    Raises:
        UserError: The file cannot be written (exit 2, with the path and the reason).
    """
    if str(out) == "-":
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise output_error(out, error) from None


def phases_option(function: Callable) -> Callable:
    """Add ``--phases N`` (default: the scenario's phases)."""
    return click.option(
        "--phases",
        type=click.IntRange(1, 100),
        metavar="N",
        default=None,
    )(function)


def seed_option(function: Callable) -> Callable:
    """Add ``--seed S`` (default: the scenario's seed)."""
    return click.option(
        "--seed",
        type=click.IntRange(0, 2**63 - 1),
        metavar="S",
        default=None,
    )(function)


def json_out_option(help_text: str) -> Callable[[Callable], Callable]:
    """Return a decorator adding ``--json OUT.json`` (``-`` for standard output)."""
    return click.option(
        "--json",
        "json_out",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="OUT.json",
        default=None,
    )


def checked_ledger(loaded: LoadedScenario, path: Path | None) -> LoadedLedger | None:
    """Load a ledger, refuse it if it cannot fit the scenario, and print its warnings.

    Args:
        loaded: The scenario the ledger is replayed into.
        path: The ledger file (None: no ledger).

    Raises:
        LedgerError: The ledger is malformed or cannot belong to the scenario.
    """
    if path is None:
        return None
    from trustmatch.errors import LedgerError
    from trustmatch.ledger import DOES_NOT_FIT, check_ledger, load_ledger

    ledger = load_ledger(path)
    problems = check_ledger(loaded.scenario, ledger, loaded.file_sha256)
    if any(p.severity == "error" for p in problems):
        raise LedgerError(problems, DOES_NOT_FIT)
    for problem in problems:
        click.echo(problem.format(language(click.get_current_context())), err=True)
    return ledger


def check_writable(path: Path | str | None, *, create_folders: bool = False) -> None:
    """Refuse an output file that cannot be written, before any work is done for it.

    Args:
        path: The output file (None or ``-``: nothing to check).
        create_folders: The command creates missing folders on the way (else a missing
            folder is an error).

    Raises:
        UserError: With the path and the reason (exit 2).
    """
    import errno
    import os

    if path is None or str(path) == "-":
        return
    path = Path(path)
    if path.is_dir():
        raise output_error(path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    folder = path.absolute().parent
    while not folder.exists():
        if not create_folders:
            raise output_error(path, FileNotFoundError(errno.ENOENT, "No such directory"))
        folder = folder.parent
    if not folder.is_dir():
        raise output_error(path, NotADirectoryError(errno.ENOTDIR, "Not a directory"))
    target = path if path.exists() else folder
    if not os.access(target, os.W_OK):
        raise output_error(path, PermissionError(errno.EACCES, "Permission denied"))


def jobs_option(function: Callable) -> Callable:
    """Add ``--jobs N``: processes the replications run on (default: automatic)."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        metavar="N",
        default=None,
    )(function)
