"""`trustmatch validate --lang de|en`: findings in the reader's language, entries counted from 1."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustmatch.cli import cli
from trustmatch.i18n import de, en
from trustmatch.scenario.reader import readable_path

TINY = """\
name: tiny
resources:
  budget_eur: 5000
actors:
  - id: a
    name: A GmbH
    kind: company
    markets: [m]
    needs:
      - need: visibility
        weight: 2
  - id: b
    name: B GmbH
    kind: company
    needs:
      - need: visibility
        weight: 1
needs:
  - id: visibility
    label: Visibility
project_types:
  - id: workshop
    label: Workshop
    participants: {min: 2, max: 6}
    uses:
      budget_eur: {fixed: 500}
overrides:
  small: {resources.budget_eur: 2500}
"""

# Each broken variant: the change to TINY, extra arguments, and what the reader is told, per
# language: FILE:LINE:COLUMN, then the path (entries counted from 1) and the finding.
CASES = {
    "unknown-key": (
        ("        weight: 2", "        wieght: 2"), (),
        {"de": ":11:9: Mitglieder, Eintrag 1 (a), Bedarfe, Eintrag 1, wieght: unbekannter "
               "Schlüssel „wieght“; gemeint ist vielleicht „weight“?",
         "en": ":11:9: actors, entry 1 (a), needs, entry 1, wieght: unknown key 'wieght'; "
               "did you mean 'weight'?"},
    ),
    "wrong-type": (
        ("        weight: 1", "        weight: viel"), (),
        {"de": ":17:17: Mitglieder, Eintrag 2 (b), Bedarfe, Eintrag 1, weight: muss eine Zahl "
               "sein (angegeben: 'viel')",
         "en": ":17:17: actors, entry 2 (b), needs, entry 1, weight: must be a number "
               "(got 'viel')"},
    ),
    "bad-number": (
        ("  budget_eur: 5000", "  budget_eur: -5000"), (),
        {"de": ":3:15: resources.budget_eur: muss mindestens 0 sein (angegeben: -5000)",
         "en": ":3:15: resources.budget_eur: must be at least 0 (got -5000)"},
    ),
    "missing-field": (
        ("    name: B GmbH\n", ""), (),
        {"de": ":12:5: Mitglieder, Eintrag 2 (b): der Pflichtschlüssel „name“ fehlt",
         "en": ":12:5: actors, entry 2 (b): the required key 'name' is missing"},
    ),
    "yaml-syntax": (
        ("    markets: [m]", "    markets: [m"), (),
        {"de": ":9:10: kein gültiges YAML: eine Liste in eckigen Klammern „[…]“ wird nicht mit "
               "„]“ geschlossen",
         "en": ":9:10: not valid YAML: a list in brackets '[...]' is not closed with ']'"},
    ),
    "duplicate-id": (
        ("  - id: b", "  - id: a"), (),
        {"de": ":12:9: Mitglieder, Eintrag 2 (a), id: die Mitglieds-ID „a“ ist zweimal "
               "vergeben (zuerst in Eintrag 1)",
         "en": ":12:9: actors, entry 2 (a), id: the actor id 'a' is used twice (first in "
               "entry 1)"},
    ),
}


def _validate(path: Path, lang: str, *extra: str):
    return CliRunner().invoke(cli, ["--lang", lang, "validate", str(path), *extra])


def _fragments(text: str) -> list[str]:
    return [literal for literal, *_ in string.Formatter().parse(text) if literal]


def english_sentences() -> set[str]:
    """Pieces of the English findings (3 words or more) that no German finding contains."""
    areas = ("scenario.", "ledger.", "errors.")
    german = " ".join(
        text for key, entry in de.MESSAGES.items() if key.startswith(areas)
        for text in (entry.values() if isinstance(entry, dict) else [entry])
    )
    pieces = set()
    for key, entry in en.MESSAGES.items():
        if not key.startswith(areas):
            continue
        for text in entry.values() if isinstance(entry, dict) else [entry]:
            for piece in _fragments(text):
                piece = piece.strip(" ;:()'")
                if len(piece.split()) >= 3 and piece not in german:
                    pieces.add(piece)
    return pieces


def assert_no_english(output: str) -> None:
    found = sorted(piece for piece in english_sentences() if piece in output)
    assert not found, f"English in German output: {found}\n{output}"


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_broken_scenario_is_refused_in_the_readers_language(tmp_path, case, lang):
    (old, new), extra, expected = CASES[case]
    assert old in TINY
    path = tmp_path / "broken.yaml"
    path.write_text(TINY.replace(old, new, 1), encoding="utf-8")
    result = _validate(path, lang, *extra)
    assert result.exit_code == 2, result.output
    assert f"{path}{expected[lang]}" in result.output
    assert "Traceback" not in result.output
    summary = result.output.splitlines()[0]
    if case == "yaml-syntax":
        assert summary == {"de": f"{path} kann nicht gelesen werden:",
                           "en": f"{path} cannot be read:"}[lang]
    else:
        assert summary == {"de": f"{path} ist kein gültiges Szenario (ein Fehler):",
                           "en": f"{path} is not a valid scenario (1 error):"}[lang]
    if lang == "de":
        assert_no_english(result.output)


def test_bad_overrides_are_refused_in_german_with_a_hint(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(TINY, encoding="utf-8")
    result = _validate(path, "de", "--override", "smal", "--set", "actors.b.sizee=3",
                       "--set", "actors.5.size=3")
    assert result.exit_code == 2, result.output
    out = result.output
    assert "\n  Befehlszeile: unbekannte Variante „smal“; gemeint ist vielleicht „small“? " \
        "(dieses Szenario legt fest: small)" in out
    assert "\n  Befehlszeile: --set actors.b.sizee=3: unbekannter Schlüssel „sizee“ in " \
        "„actors.1“; gemeint ist vielleicht „size“?" in out
    # Positions in --set count from 0, as the user writes them there.
    assert "--set actors.5.size=3: „actors“ hat 2 Einträge (Stellen 0 bis 1); eine Stelle 5 " \
        "gibt es nicht" in out
    assert_no_english(out)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "\n  Befehlszeile: phases: muss mindestens 1 sein (angegeben: 0)\n"),
     ("en", "\n  command line: phases: must be at least 1 (got 0)\n")],
)
def test_a_bad_set_value_names_the_command_line_in_the_readers_language(tmp_path, lang,
                                                                         expected):
    path = tmp_path / "s.yaml"
    path.write_text(TINY, encoding="utf-8")
    result = _validate(path, lang, "--set", "phases=0")
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert "<command line>" not in result.output
    if lang == "de":
        assert_no_english(result.output)


def test_a_bad_override_in_the_file_is_located_in_german(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(TINY.replace("{resources.budget_eur: 2500}", "{resources.budget: 2500}"),
                    encoding="utf-8")
    result = _validate(path, "de")
    assert result.exit_code == 2, result.output
    assert (f"{path}:28:11: overrides.small: „resources.budget“: „resources“ hat keinen Eintrag "
            "„budget“; gemeint ist vielleicht „budget_eur“? (Einträge: budget_eur)"
            ) in result.output
    assert_no_english(result.output)


def test_warnings_of_a_valid_scenario_are_german(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(TINY.replace("{min: 2, max: 6}", "{min: 3, max: 6}"), encoding="utf-8")
    result = _validate(path, "de")
    assert result.exit_code == 0, result.output
    assert (f"{path}:22:5: Warnung: Projektarten, Eintrag 1 (workshop): die Projektart "
            "„workshop“ braucht mindestens 3 Teilnehmende, aber nur 2 Mitglieder nennen "
            "überhaupt einen Bedarf: sie wird womöglich nie geplant") in result.output
    assert_no_english(result.output)


def test_json_keeps_the_machine_path_and_gives_the_readable_one(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(TINY.replace("        weight: 2", "        wieght: 2"), encoding="utf-8")
    result = _validate(path, "de", "--json")
    assert result.exit_code == 2
    [report] = json.loads(result.output)
    [problem] = report["problems"]
    assert problem["path"] == "actors.0.needs.0.wieght"
    assert problem["shown_path"] == "Mitglieder, Eintrag 1 (a), Bedarfe, Eintrag 1, wieght"
    assert problem["key"] == "scenario.finding.unknown_key"
    assert problem["message"] == "unbekannter Schlüssel „wieght“; gemeint ist vielleicht „weight“?"
    assert (problem["line"], problem["column"]) == (11, 9)


@pytest.mark.parametrize(
    ("path", "lang", "expected"),
    [
        (("competition", "pairs", 0, 1), "de", "competition.pairs, Eintrag 1, zweites Mitglied"),
        (("trust", "known", 2, "pair", 0), "en", "trust.known, entry 3, pair, first actor"),
        (("project_types", 0, "participants", "min"), "de",
         "Projektarten, Eintrag 1 (workshop), participants.min"),
        (("projects", 0, "participants", 1), "en", "projects, entry 1, participants, entry 2"),
        (("resources", "budget_eur"), "de", "resources.budget_eur"),
    ],
)
def test_paths_for_people_name_entries_in_words(path, lang, expected):
    data = {"project_types": [{"id": "workshop"}], "projects": [{"participants": ["a", "b"]}]}
    assert readable_path(path, data, lang) == expected


def test_a_bad_date_is_explained_in_german(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(TINY + "calendar: {start: 1. März}\n", encoding="utf-8")
    result = _validate(path, "de")
    assert result.exit_code == 2, result.output
    assert (f"{path}:29:19: calendar.start: muss ein Datum im Format JJJJ-MM-TT sein, "
            "z. B. 2026-03-01 (angegeben: '1. März')") in result.output
    assert_no_english(result.output)
