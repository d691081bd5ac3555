"""``--help`` of the group and of every command, in German and English, from the catalogue."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from catalogue_text import catalogue_pieces
from trustmatch.cli import COMMANDS, cli, module_exists
from trustmatch.cli.help import option_help_keys
from trustmatch.i18n import LANGUAGES, catalogue

CHROME_KEYS = (
    "usage", "options", "commands", "options_metavar", "command_metavar", "required", "default",
)
"""Keys of click's headings and placeholders (``cli.help.<key>``)."""


def all_commands() -> list[tuple[tuple[str, ...], click.Command]]:
    """Return every command with the words that call it (the group itself: no words)."""
    found: list[tuple[tuple[str, ...], click.Command]] = [((), cli)]
    for name, entry in COMMANDS.items():
        if not module_exists(entry.module):
            continue
        command = cli.get_command(click.Context(cli), name)
        found.append(((name,), command))
        if isinstance(command, click.Group):
            found += [((name, sub_name), sub) for sub_name, sub in command.commands.items()]
    return found


COMMANDS_AND_PATHS = all_commands()


def key_of(path: tuple[str, ...]) -> str:
    """Return the catalogue name of the command called by ``path``."""
    return ".".join(path) or "trustmatch"


def shown_options(command: click.Command) -> list[click.Parameter]:
    """Return the options ``--help`` of ``command`` lists (``--help`` itself included)."""
    params = command.get_params(click.Context(command, help_option_names=["-h", "--help"]))
    return [p for p in params if isinstance(p, click.Option) and not p.hidden]


def option_text(path: tuple[str, ...], option: click.Parameter, lang: str) -> str:
    """Return the help text the catalogue holds for ``option`` in ``lang``."""
    own, shared = option_help_keys(key_of(path), option)
    return catalogue(lang).get(own) or catalogue(lang)[shared]


def squeezed(text: str) -> str:
    """Return ``text`` without whitespace (help is wrapped, and may break at a hyphen)."""
    return "".join(text.split())


def help_of(path: tuple[str, ...], lang: str, **invoke) -> str:
    """Return the output of ``trustmatch --lang LANG PATH --help``."""
    result = CliRunner().invoke(cli, ["--lang", lang, *path, "--help"], **invoke)
    assert result.exit_code == 0, result.output
    return result.output


ENGLISH_HELP = catalogue_pieces(
    {k: v for k, v in catalogue("en").items() if k.startswith("cli.help.")}, min_words=3
)
"""The English help sentences (each three words or more), which German help must not contain."""


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS_AND_PATHS, ids=[key_of(p) for p, _ in COMMANDS_AND_PATHS]
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_speaks_the_language_with_the_catalogue_texts(path, command, lang):
    output = help_of(path, lang)
    words = catalogue(lang)
    assert output.startswith(words["cli.help.usage"] + " trustmatch")
    assert words["cli.help.options"] + ":" in output
    assert squeezed(words[f"cli.help.{key_of(path)}"]) in squeezed(output)
    for option in shown_options(command):
        assert squeezed(option_text(path, option, lang)) in squeezed(output), option.opts
    if isinstance(command, click.Group):
        assert words["cli.help.commands"] + ":" in output
        prefix = "" if not path else key_of(path) + "."
        for name in command.list_commands(click.Context(command)):
            assert squeezed(words[f"cli.help.short.{prefix}{name}"]) in squeezed(output), name
    if lang == "de":
        flat = " ".join(output.split())
        english = sorted(piece for piece in ENGLISH_HELP if piece in flat)
        assert not english, english
        for heading in ("Usage:", "Options:", "Commands:", "[OPTIONS]", "Show this message"):
            assert heading not in output


def test_german_help_from_the_locale_and_from_the_command_s_own_lang():
    german = {"LANG": "de_DE.UTF-8"}
    result = CliRunner().invoke(cli, ["plan", "--help"], env=german)
    assert result.exit_code == 0 and result.output.startswith("Aufruf: trustmatch plan")
    assert "Die nächste Phase von FILE planen" in result.output
    result = CliRunner().invoke(cli, ["--help"], env=german)
    assert "Befehle:" in result.output and "Die nächste Phase planen" in result.output
    # --help is answered before --lang is applied; the line is read for it first.
    result = CliRunner().invoke(cli, ["record", "--lang", "de", "--help"])
    assert result.exit_code == 0 and "Das Ergebnis eines geplanten Projekts" in result.output
    result = CliRunner().invoke(cli, ["--help", "--lang=de"])
    assert result.output.startswith("Aufruf: trustmatch [OPTIONEN] BEFEHL [ARGUMENTE]...")
    result = CliRunner().invoke(cli, ["--lang", "de", "record", "--lang", "en", "--help"])
    assert "Record the outcome of one planned project" in result.output


def test_click_s_notes_are_translated():
    output = help_of(("record",), "de")
    assert "[erforderlich]" in " ".join(output.split()) and "required" not in output
    output = help_of(("roadmap",), "de")
    assert "[Standard: lookahead]" in " ".join(output.split()) and "default:" not in output


def help_keys_in_use() -> set[str]:
    """Return every help key ``--help`` of some command reads."""
    used = {f"cli.help.{key}" for key in CHROME_KEYS}
    for path, command in COMMANDS_AND_PATHS:
        used.add(f"cli.help.{key_of(path)}")
        if path:
            used.add(f"cli.help.short.{key_of(path)}")
        for option in shown_options(command):
            own, shared = option_help_keys(key_of(path), option)
            used.add(own if own in catalogue("en") else shared)
    return used


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_command_and_option_has_help_in_every_catalogue(lang):
    words = catalogue(lang)
    missing = []
    for path, command in COMMANDS_AND_PATHS:
        for key in (f"cli.help.{key_of(path)}", *([f"cli.help.short.{key_of(path)}"] * bool(path))):
            if key not in words:
                missing.append(key)
        for option in shown_options(command):
            own, shared = option_help_keys(key_of(path), option)
            if own not in words and shared not in words:
                missing.append(own)
    assert not missing, missing


def test_no_help_text_is_left_over_in_the_catalogue():
    stale = {k for k in catalogue("en") if k.startswith("cli.help.")} - help_keys_in_use()
    assert not stale, sorted(stale)


def test_the_catalogue_is_the_only_source_of_option_help():
    """No option carries an English ``help=`` of its own that could drift from the catalogue.

    (click's own ``--help`` and ``--version`` bring theirs; the pages show the catalogue's.)
    """
    for path, command in all_commands():
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help", "version"):
                assert not param.help, f"{' '.join(path)} {param.opts[0]}: help= in the code"
