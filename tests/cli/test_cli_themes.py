"""`trustmatch themes`: the themes with their statements, unsure ones flagged, JSON, German."""

from __future__ import annotations

import json
from pathlib import Path

from trustmatch.cli import main

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"


def test_themes_lists_every_statement_and_flags_the_unsure_one(capsys):
    assert main(["themes", str(YOUNG), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("12 themes from 46 stated needs (9 in the members' own words).\n")
    assert "1 assignment is unsure: please check it." in out
    # The skilled-worker need in the members' own words joins its catalogue need.
    skilled = out[out.index("[skilled-workers]"):]
    skilled = " ".join(skilled[:skilled.index("\n\n")].split())  # lines wrapped to 80 columns
    assert "Planungsbüro Hug Tragwerksplanung, need 3: \u201cTragwerksplaner mit Holzbau" in skilled
    # A statement continues on lines indented by four spaces.
    unsure = [" ".join(part.split()) for part in out.replace("\n    ", " ").splitlines()
              if part.startswith("  ? ")]
    assert len(unsure) == 1 and "sawdust from the sawmills" in unsure[0]
    assert "unsure, please check" in unsure[0]
    assert "something similar: Sägewerk Kaltenbach" in out
    # The hint shows a correction that would load as written.
    assert "      - {actor: pellets-hochschwarzwald, need: 2, tag: residue-use}" in out


def test_themes_in_german_and_unsure_only(capsys):
    assert main(["themes", str(YOUNG), "--lang", "de", "--unsure"]) == 0
    out = capsys.readouterr().out
    assert "12 Themen aus 46 genannten Bedarfen" in out
    assert "1 Zuordnung ist unsicher" in out
    assert "unsicher, bitte prüfen" in out and "Sicherheit 50\u00a0%" in out
    assert "[skilled-workers]" not in out  # --unsure: only themes with an unsure statement


def test_themes_json_for_scripts(capsys):
    assert main(["themes", str(YOUNG), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {theme["id"]: theme for theme in data["themes"]}
    assert by_id["skilled-workers"]["catalogue"] is True
    statement = by_id["skilled-workers"]["statements"][0]
    assert set(statement) == {"actor", "text", "need", "confidence", "unsure", "corrected",
                              "similar"}
    assert [u["actor"] for u in data["unsure"]] == ["pellets-hochschwarzwald"]
    lonely = next(t for t in data["themes"] if t["statements"][0]["unsure"])
    assert lonely["statements"][0]["similar"]["actor"] == "saegewerk-kaltenbach"


def test_a_correction_in_the_file_is_shown_and_an_unknown_tag_is_a_located_error(
    tmp_path, capsys
):
    text = YOUNG.read_text(encoding="utf-8")
    fixed = tmp_path / "fixed.yaml"
    fixed.write_text(text + "\nthemes:\n  corrections:\n"
                     "    - {actor: pellets-hochschwarzwald, need: 2, tag: residue-use}\n",
                     encoding="utf-8")
    assert main(["themes", str(fixed), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "No assignment is unsure." in out
    assert "corrected by hand" in out
    broken = tmp_path / "broken.yaml"
    broken.write_text(text + "\nthemes:\n  corrections:\n"
                      "    - {actor: pellets-hochschwarzwald, need: 2, tag: residue}\n",
                      encoding="utf-8")
    lines = text.count("\n") + 4
    assert main(["themes", str(broken)]) == 2
    err = capsys.readouterr().err
    assert (f"{broken}:{lines}:54: themes.corrections, entry 1, tag: unknown need 'residue': "
            "not in 'needs'") in err
    assert "Traceback" not in err


def test_output_read_only_in_part_is_not_an_error():
    """``trustmatch themes FILE | head``: the reader stops early; no "internal error"."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "trustmatch", "themes", str(YOUNG)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    process.stdout.close()  # the reader is gone before the first line: every write fails
    _, errors = process.communicate(timeout=300)
    assert process.returncode == 0, errors.decode()
    assert b"Internal error" not in errors and b"Traceback" not in errors
