"""click's own messages (usage errors) in the reader's language, from the catalogues."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.cli.click_language import CLICK_MODULES
from trustmatch.i18n import de, en

YOUNG = str(Path(__file__).resolve().parents[2] / "scenarios" / "young-cluster.yaml")

FULLY_SHOWN = ("click.exceptions", "click.parser", "click.types")
"""click's modules whose every message can reach a user of trustmatch."""

ALSO_SHOWN = (
    "Aborted!", "Missing command.", "Options", "Commands", "default: {default}", "Usage:",
    "Show this message and exit.", "Show the version and exit.",
    "Got unexpected extra argument ({args})", "Takes {nargs} values but 1 was given.",
)
"""Messages of click's other modules that a user of trustmatch can meet."""


def click_messages(module_name: str) -> set[str]:
    """Return the texts ``module_name`` passes to ``_()`` or (singular) to ``ngettext()``."""
    source = Path(importlib.import_module(module_name).__file__).read_text()
    found = set()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext") and node.args
                and isinstance(node.args[0], ast.Constant)):
            found.add(node.args[0].value)
    return found


def test_every_click_message_a_user_can_meet_is_in_both_catalogues():
    held = {key.removeprefix("click:") for key in de.MESSAGES if key.startswith("click:")}
    for module in FULLY_SHOWN:
        assert click_messages(module) <= held, module
    assert set(ALSO_SHOWN) <= held
    # And nothing is held that click no longer says (a click upgrade changed a text).
    said = set().union(*(click_messages(m) for m in CLICK_MODULES))
    assert held <= said, sorted(held - said)
    assert {k for k in en.MESSAGES if k.startswith("click")} == {
        k for k in de.MESSAGES if k.startswith("click")
    }


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (["plan", "--bogus", YOUNG], "Unbekannte Option '--bogus'.",
         "No such option '--bogus'."),
        (["plan"], "Es fehlt das Argument 'FILE'.", "Missing argument 'FILE'."),
        (["roadmap", YOUNG, "--phases", "abc"],
         "Ungültiger Wert für '--phases': 'abc' ist keine gültige ganze Zahl.",
         "Invalid value for '--phases': 'abc' is not a valid integer range."),
        (["roadmap", YOUNG, "--phases", "0"], "0 liegt nicht im Bereich",
         "0 is not in the range"),
        (["plann"], "Unbekannter Befehl 'plann'.", "No such command 'plann'."),
        (["plan", "no-such-file.yaml"], "Datei 'no-such-file.yaml' gibt es nicht.",
         "File 'no-such-file.yaml' does not exist."),
        (["plan", "--strat", "greedy", YOUNG], "Gemeint ist vielleicht eines von:",
         "Did you mean one of:"),
        (["plan", "--strategy", "best", YOUNG], "'best' ist keiner dieser Werte:",
         "'best' is not one of"),
    ],
)
def test_usage_errors_speak_the_reader_s_language(args, german, english):
    runner = CliRunner()
    said = runner.invoke(cli, ["--lang", "de", *args])
    assert said.exit_code == 2
    assert german in said.output and "Fehler: " in said.output and "Aufruf:" in said.output
    for words in (english, "Error:", "Try '", "Usage:"):
        assert words not in said.output
    plain = runner.invoke(cli, ["--lang", "en", *args])
    assert english in plain.output and "Error: " in plain.output and "Fehler" not in plain.output


def test_the_locale_chooses_the_language_of_click_s_messages():
    said = CliRunner().invoke(cli, ["plann"], env={"LANG": "de_DE.UTF-8", "LC_ALL": ""})
    assert "Unbekannter Befehl 'plann'." in said.output


def test_a_command_s_own_lang_counts_for_click_s_messages_too():
    said = CliRunner().invoke(cli, ["record", "--lang", "de", "--bogus"])
    assert "Unbekannte Option '--bogus'." in said.output and "Error" not in said.output
