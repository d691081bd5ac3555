"""``--help`` in the reader's language: every text of click's help pages from the catalogue.

click writes a command's help from its docstring and the options' ``help=`` texts. Here the
options carry no ``help=`` text (the catalogue is the one source of every sentence, so the two
cannot drift apart) and the commands' docstrings are notes for developers; the command classes
format the pages from the message catalogue (section ``# cli help`` of
``trustmatch.i18n.en``/``de``):

- ``cli.help.<command>``: what the command does (the page's text, paragraphs split by a blank
  line); ``<command>`` is ``plan``, ``book.show``, … and ``trustmatch`` for the group itself;
- ``cli.help.<command>.<option>``: one option (``<option>`` is its long name without dashes,
  ``time-limit``), else ``cli.help.option.<option>`` for an option that means the same in every
  command (``--help``, ``--quiet``, ``--solver``, …);
- ``cli.help.short.<command>``: the line in the command table of the group's help;
- ``cli.help.usage``, ``cli.help.options``, …: click's headings and placeholders.

The language is the one in effect (:func:`trustmatch.i18n.resolve_language`: the group's
``--lang``, else the locale), or the command's own ``--lang`` when it is given on the same
command line as ``--help``: ``--help`` is answered while the line is still being read, before
``--lang`` has been applied, so the line is looked at for it first.
"""

from __future__ import annotations

import copy
import inspect

import click

from trustmatch.i18n import LANGUAGES, message, resolve_language

ROOT_NAME = "trustmatch"
"""The group's name, and the first part of its help keys."""

HELP_LANGUAGE = "trustmatch.help_language"
"""Key in ``click.Context.meta``: the ``--lang`` found on the command line (see module doc)."""


def language_on_line(args: list[str]) -> str | None:
    """Return the value of the last ``--lang X`` / ``--lang=X`` among ``args`` (None: none).

    Args:
        args: The command line still to be read (up to ``--``; later words are not options).
    """
    found = None
    for position, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and position + 1 < len(args):
            value = args[position + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            found = value
    return found


def help_language(ctx: click.Context) -> str:
    """Return the language of the help page: ``--lang`` on this line, else the one in effect."""
    on_line = ctx.meta.get(HELP_LANGUAGE)
    if on_line:
        return on_line
    chosen = (ctx.find_root().obj or {}).get("lang")
    return resolve_language(chosen if isinstance(chosen, str) else None)


def command_key(ctx: click.Context) -> str:
    """Return the catalogue name of the command ``ctx`` runs (``plan``, ``book.show``)."""
    names = []
    while ctx is not None:
        names.append(ctx.command.name or "")
        ctx = ctx.parent
    names.reverse()
    if names[0] == ROOT_NAME and len(names) > 1:
        names = names[1:]
    return ".".join(names)


def option_name(param: click.Parameter) -> str:
    """Return the name of an option in help keys: its long name without dashes (``time-limit``)."""
    long_names = [opt for opt in param.opts if opt.startswith("--")]
    return long_names[0][2:] if long_names else (param.name or "")


def option_help_keys(command: str, param: click.Parameter) -> tuple[str, str]:
    """Return the keys of an option's help: the command's own, then the shared one.

    Args:
        command: The command's catalogue name (:func:`command_key`).
        param: The option.
    """
    name = option_name(param)
    return f"cli.help.{command}.{name}", f"cli.help.option.{name}"


def option_help(command: str, param: click.Parameter, lang: str) -> str:
    """Return the help text of an option in ``lang``.

    Raises:
        KeyError: Neither key of :func:`option_help_keys` is in the catalogue.
    """
    own, shared = option_help_keys(command, param)
    try:
        return message(own, lang)
    except KeyError:
        return message(shared, lang)


class CatalogueHelp:
    """What a command class adds to format its help page from the catalogue (see module doc)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:  # noqa: D102
        if any("--lang" in getattr(param, "opts", ()) for param in self.params):
            on_line = language_on_line(args)
            if on_line:
                ctx.meta[HELP_LANGUAGE] = on_line
        return super().parse_args(ctx, args)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:  # noqa: D102
        lang = help_language(ctx)
        pieces = super().collect_usage_pieces(ctx)
        translated = {
            "[OPTIONS]": message("cli.help.options_metavar", lang),
            "COMMAND [ARGS]...": message("cli.help.command_metavar", lang),
        }
        return [translated.get(piece, piece) for piece in pieces]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:  # noqa: D102
        pieces = self.collect_usage_pieces(ctx)
        prefix = message("cli.help.usage", help_language(ctx)) + " "
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:  # noqa: D102
        text = inspect.cleandoc(message(f"cli.help.{command_key(ctx)}", help_language(ctx)))
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:  # noqa: D102
        lang = help_language(ctx)
        command = command_key(ctx)
        rows = []
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument) or getattr(param, "hidden", False):
                continue
            shown = copy.copy(param)
            shown.help = option_help(command, param, lang)
            spec, text = shown.get_help_record(ctx)
            rows.append((spec, translate_extras(text, lang)))
        if rows:
            with formatter.section(message("cli.help.options", lang)):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the commands with their line of the command table from the catalogue."""
        lang = help_language(ctx)
        prefix = command_key(ctx)
        prefix = "" if prefix == ROOT_NAME else prefix + "."
        rows = [
            (name, message(f"cli.help.short.{prefix}{name}", lang))
            for name in self.list_commands(ctx)
        ]
        if rows:
            with formatter.section(message("cli.help.commands", lang)):
                formatter.write_dl(rows)


def translate_extras(text: str, lang: str) -> str:
    """Return an option's help with click's bracketed notes in ``lang`` (``[default: 1]``)."""
    if "  [" not in text:
        return text
    help_text, _, extras = text.rpartition("  [")
    notes = []
    for note in extras.removesuffix("]").split("; "):
        if note == "required":
            note = message("cli.help.required", lang)
        elif note.startswith("default: "):
            note = message("cli.help.default", lang, default=note.removeprefix("default: "))
        notes.append(note)
    return f"{help_text}  [{'; '.join(notes)}]"


class CatalogueCommand(CatalogueHelp, click.Command):
    """A command whose help page comes from the catalogue."""


class CatalogueGroup(CatalogueHelp, click.Group):
    """A group whose help page comes from the catalogue, as do its commands' (by default)."""

    command_class = CatalogueCommand
    group_class = type
