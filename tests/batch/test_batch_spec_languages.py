"""A broken batch spec is refused in the reader's language: file:line, entries counted from 1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from catalogue_text import catalogue_pieces
from trustmatch.batch import load_spec
from trustmatch.cli import cli
from trustmatch.errors import BatchSpecError
from trustmatch.i18n import en

BROKEN = """\
name: broken
scenarios: [scenarios/tiny-cluster.yaml]
grid:
  competition.tolerance: [0.1, 0.1]
strategies: [optimal, gready]
replications: 0
colour: blue
"""

EXPECTED = {
    "de": [
        "Die Serienbeschreibung {spec} enthält 4 Fehler:",
        "{spec}:3:1: grid: „competition.tolerance“ nennt einen Wert zweimal",
        "{spec}:5:23: strategies, Eintrag 2: muss einer dieser Werte sein: lookahead, "
        "one-phase, optimal, greedy, random, big-bang, no-fairness (angegeben: 'gready'); "
        "gemeint ist vielleicht „greedy“?",
        "{spec}:6:1: replications: muss mindestens 1 sein (angegeben: 0)",
        "{spec}:7:1: colour: ist keine Einstellung einer Serie (erlaubt: name, description, ",
    ],
    "en": [
        "The batch spec {spec} has 4 errors:",
        "{spec}:3:1: grid: 'competition.tolerance' lists a value twice",
        "{spec}:5:23: strategies, entry 2: must be one of lookahead, one-phase, optimal, "
        "greedy, random, big-bang, no-fairness (got 'gready'); did you mean 'greedy'?",
        "{spec}:6:1: replications: must be at least 1 (got 0)",
        "{spec}:7:1: colour: is not a batch setting (allowed: name, description, ",
    ],
}


def _batch(spec, lang: str, tmp_path):
    return CliRunner().invoke(cli, ["--lang", lang, "batch", str(spec), "--out",
                                    str(tmp_path / "r.sqlite"), "--executor", "local"])


def assert_no_english_sentence(output: str) -> None:
    found = sorted(piece for piece in catalogue_pieces(en.MESSAGES) if piece in output)
    assert not found, f"English in German output: {found}\n{output}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_broken_spec_is_refused_in_the_readers_language(tmp_path, write_spec, lang):
    write_spec()
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN, encoding="utf-8")
    result = _batch(spec, lang, tmp_path)
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    summary, *located = (text.format(spec=spec) for text in EXPECTED[lang])
    assert lines[0] == summary
    for expected in located:
        assert any(line.strip().startswith(expected) for line in lines), (expected, lines)
    assert "strategies.1" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.sqlite").exists()
    if lang == "de":
        assert_no_english_sentence(result.output)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", ":4:3: scenarios, Eintrag 2: keine Szenariodatei passt zu „elsewhere/*.yaml“ "
            "(gesucht in {folder})"),
     ("en", ":4:3: scenarios, entry 2: no scenario file matches 'elsewhere/*.yaml' "
            "(looked in {folder})")],
)
def test_an_unmatched_pattern_is_counted_from_one(tmp_path, write_spec, lang, expected):
    spec = write_spec(scenarios=["scenarios/tiny-cluster.yaml", "elsewhere/*.yaml"])
    result = _batch(spec, lang, tmp_path)
    assert result.exit_code == 2, result.output
    assert f"{spec}{expected.format(folder=tmp_path)}" in result.output
    if lang == "de":
        assert result.output.startswith(f"Die Serienbeschreibung {spec} enthält einen Fehler:")
        assert_no_english_sentence(result.output)


def test_a_key_given_twice_and_bad_yaml_are_german(tmp_path, write_spec):
    write_spec()
    twice = tmp_path / "twice.yaml"
    twice.write_text("name: x\nscenarios: [scenarios/tiny-cluster.yaml]\nreplications: 2\n"
                     "replications: 3\n", encoding="utf-8")
    result = _batch(twice, "de", tmp_path)
    assert f"{twice}:4:1: replications: ist doppelt angegeben" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nscenarios: [a, b\n", encoding="utf-8")
    result = _batch(bad, "de", tmp_path)
    assert result.exit_code == 2
    assert result.output.startswith("Die Serienbeschreibung ist kein gültiges YAML:\n")
    assert f"{bad}:3:1: kein gültiges YAML" in result.output
    missing = tmp_path / "missing.yaml"
    result = _batch(missing, "de", tmp_path)
    assert "Die Serienbeschreibung kann nicht gelesen werden:" in result.output
    assert_no_english_sentence(result.output)


def test_the_machine_path_stays_dotted_and_counted_from_zero(tmp_path, write_spec):
    spec = write_spec(scenarios=["scenarios/tiny-cluster.yaml", "elsewhere/*.yaml"])
    with pytest.raises(BatchSpecError) as caught:
        load_spec(spec)
    [problem] = caught.value.problems
    as_json = json.loads(json.dumps(problem.to_dict("de")))
    assert as_json["path"] == "scenarios.1"
    assert as_json["shown_path"] == "scenarios, Eintrag 2"
    assert as_json["key"] == "batch.spec.no_match"
