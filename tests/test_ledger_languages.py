"""A ledger's problems in the reader's language: file, line, entries counted from 1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from trustmatch.cli import cli

ROOT = Path(__file__).resolve().parents[1]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"

GOOD = {"phase": 1, "project": "workshop:x:1", "result": "success",
        "participants": ["zimmerei-faller", "saegewerk-kaltenbach"], "type": "workshop",
        "ambition": 1}


def _ledger(tmp_path: Path, *entries: dict) -> Path:
    path = tmp_path / "ledger.yaml"
    data = {"format": "trustmatch-ledger/1", "scenario": "holzcluster-schwarzwald",
            "entries": list(entries)}
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _plan(ledger: Path, lang: str):
    return CliRunner().invoke(cli, ["--lang", lang, "plan", str(YOUNG), "--ledger", str(ledger),
                                    "--strategy", "greedy"])


MALFORMED = ({**GOOD}, {**GOOD, "project": "b", "result": "won", "colour": "red"})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", ["Das Protokoll ist fehlerhaft:",
                ":14:11: Eintrag 2, result: muss einer dieser Werte sein: success, failure, "
                "cancelled (angegeben: 'won')",
                ":18:3: Eintrag 2, colour: unbekannter Schlüssel „colour“; erlaubt sind hier: "
                "phase, project, result"]),
        ("en", ["The ledger is malformed:",
                ":14:11: entry 2, result: must be one of success, failure, cancelled "
                "(got 'won')",
                ":18:3: entry 2, colour: unknown key 'colour'; allowed here: phase, project, "
                "result"]),
    ],
)
def test_a_malformed_ledger_entry_is_located_in_the_readers_language(tmp_path, lang, expected):
    ledger = _ledger(tmp_path, *MALFORMED)
    result = _plan(ledger, lang)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(expected[0]), result.output
    for located in expected[1:]:
        assert f"{ledger}{located}" in result.output, result.output
    assert "Traceback" not in result.output


def test_a_ledger_that_does_not_fit_is_refused_in_german(tmp_path):
    ledger = _ledger(tmp_path, {**GOOD, "participants": ["zimmerei-faller", "niemand"]},
                     {**GOOD, "phase": 3, "project": "c"})
    result = _plan(ledger, "de")
    assert result.exit_code == 2, result.output
    out = result.output
    assert out.startswith("Das Protokoll passt nicht zum Szenario:"), out
    assert (f"{ledger}:9:5: Eintrag 1, Teilnehmende, Eintrag 2: „niemand“ ist kein Mitglied "
            "des Szenarios „holzcluster-schwarzwald“") in out
    assert (f"{ledger}:12:10: Eintrag 2, phase: Phase 3 ist erfasst, die Phase 2 davor aber "
            "nicht") in out
    for english in ("is not a member", "is recorded", "does not fit"):
        assert english not in out


def test_a_participant_named_twice_is_counted_from_one(tmp_path):
    ledger = _ledger(tmp_path, {**GOOD, "participants": ["zimmerei-faller", "zimmerei-faller"]})
    result = _plan(ledger, "en")
    assert result.exit_code == 2, result.output
    assert (f"{ledger}:9:5: entry 1, participants, entry 2: 'zimmerei-faller' is named twice "
            "(first as entry 1)") in result.output
