"""A broken book is refused in the reader's language: file:line, entries counted from 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from catalogue_text import catalogue_pieces
from trustmatch.book.store import BookError, parse_book
from trustmatch.cli import cli
from trustmatch.i18n import en

SMALL = str(Path(__file__).with_name("small-cluster.yaml"))

BROKEN = (
    "format: trustmatch-book/1\n"
    "scenario: small-cluster\n"
    "entries:\n"
    "  - period: 0\n"                                                    # line 4
    "    cluster: {members: -3}\n"
    "  - period: 1\n"
    "    member: a\n"
    "    figures: {revenue_growth_pct: [9, 2], satisfaction: 7}\n"      # line 8
    "  - period: 1\n"                                                    # line 9: both scopes
    "    cluster: {members: 4}\n"
    "    figures: {employees: 3}\n"
)

EXPECTED = {
    "de": [
        "Das Buch ist fehlerhaft:",
        ":4:13: Eintrag 1, period: muss mindestens 1 sein (angegeben: 0)",
        ":5:24: Eintrag 1, cluster.members: muss mindestens 0 sein (angegeben: -3)",
        ":8:35: Eintrag 2, figures.revenue_growth_pct: das untere Ende 9 der Spanne liegt über "
        "ihrem oberen Ende 2",
        ":8:57: Eintrag 2, figures.satisfaction: darf höchstens 5 sein (angegeben: 7)",
        ":9:5: Eintrag 3: entweder „cluster“ (die Zahlen des Clusters) oder „member“ mit "
        "„figures“ angeben",
    ],
    "en": [
        "The book is malformed:",
        ":4:13: entry 1, period: must be at least 1 (got 0)",
        ":5:24: entry 1, cluster.members: must be at least 0 (got -3)",
        ":8:35: entry 2, figures.revenue_growth_pct: the band's low end 9 is above its high "
        "end 2",
        ":8:57: entry 2, figures.satisfaction: must be at most 5 (got 7)",
        ":9:5: entry 3: give either 'cluster' (the cluster's figures) or 'member' with "
        "'figures'",
    ],
}


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def assert_no_english_sentence(output: str) -> None:
    found = sorted(piece for piece in catalogue_pieces(en.MESSAGES) if piece in output)
    assert not found, f"English in German output: {found}\n{output}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_broken_book_is_refused_in_the_readers_language(tmp_path, lang):
    book = tmp_path / "book.yaml"
    book.write_text(BROKEN, encoding="utf-8")
    result = _run("--lang", lang, "book", "show", str(book), "--scenario", SMALL)
    assert result.exit_code == 2, result.output
    summary, *located = EXPECTED[lang]
    assert result.output.startswith(summary + "\n"), result.output
    for expected in located:
        assert f"\n  {book}{expected}\n" in result.output, (expected, result.output)
    assert "entries.0" not in result.output and "Traceback" not in result.output
    if lang == "de":
        assert_no_english_sentence(result.output)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", [":4:25: Eintrag 1, member: „zz“ ist kein Mitglied dieses Clusters",
             ":4:14: Eintrag 1, period: Periode 7 liegt nach der letzten Phase des Szenarios "
             "(3)"]),
     ("en", [":4:25: entry 1, member: 'zz' is not a member of this cluster",
             ":4:14: entry 1, period: period 7 is after the last phase of the scenario (3)"])],
)
def test_a_book_that_does_not_fit_is_refused_in_the_readers_language(tmp_path, lang, expected):
    book = tmp_path / "book.yaml"
    book.write_text("format: trustmatch-book/1\nscenario: small-cluster\nentries:\n"
                    "  - {period: 7, member: zz, figures: {employees: 3}}\n", encoding="utf-8")
    result = _run("--lang", lang, "book", "record", str(book), "--scenario", SMALL,
                  "--period", "1", "members=5")
    assert result.exit_code == 2, result.output
    for located in expected:
        assert f"{book}{located}" in result.output, result.output
    if lang == "de":
        assert result.output.startswith("Das Buch passt nicht zum Szenario:")
        assert_no_english_sentence(result.output)


def test_the_machine_path_stays_dotted_and_counted_from_zero():
    with pytest.raises(BookError) as caught:
        parse_book(BROKEN, "book.yaml", lang="de")
    first = caught.value.problems[0].to_dict("de")
    assert (first["path"], first["shown_path"]) == ("entries.0.period", "Eintrag 1, period")
    assert first["message"] == "muss mindestens 1 sein (angegeben: 0)"
