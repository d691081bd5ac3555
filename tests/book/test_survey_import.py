"""Book figures from the survey workbook: template → filled indicators sheet → book."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from trustmatch.book.store import load_book
from trustmatch.book.survey_import import parse_cell
from trustmatch.cli import cli
from trustmatch.survey import write_template

SMALL = str(Path(__file__).resolve().parent / "small-cluster.yaml")


def fill(template: Path, rows: list[list[object]], lang: str) -> Path:
    workbook = load_workbook(template)
    sheet = workbook["Kennzahlen" if lang == "de" else "Indicators"]
    for row in rows:
        sheet.append(row)
    workbook.save(template)
    return template


def test_cells_read_as_numbers_or_bands():
    assert parse_cell(4.5) == 4.5
    assert parse_cell("4,5 %") == 4.5
    assert parse_cell("5-10") == (5.0, 10.0)
    assert parse_cell("-3..-1") == (-3.0, -1.0)
    assert parse_cell("5 bis 10") == (5.0, 10.0)
    assert parse_cell("<10") == (None, 10.0)
    assert parse_cell("ab 10") == (10.0, None)
    with pytest.raises(ValueError):
        parse_cell("hoch")


def test_a_filled_template_becomes_book_entries(tmp_path: Path):
    workbook = tmp_path / "umfrage.xlsx"
    write_template(workbook, lang="de")
    fill(workbook, [["Alpha GmbH", "5-10", None, "4,2", 12, None, None, 4],
                    ["Beta AG", 3, 2, None, "10-49", 1, "<10", 5]], "de")
    book = tmp_path / "book.yaml"
    result = CliRunner().invoke(cli, ["book", "import", str(book), "--survey", str(workbook),
                                      "--scenario", SMALL, "--period", "1", "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert "Die Kennzahlen von 2 Mitgliedern für Periode 1" in result.output
    entries = load_book(book).book.entries
    alpha, beta = entries
    assert (alpha.member, alpha.figures.revenue_growth_pct, alpha.figures.sick_leave_pct) == (
        "a", (5.0, 10.0), 4.2)
    assert (beta.member, beta.figures.employees, beta.figures.export_share_pct) == (
        "b", (10.0, 49.0), (None, 10.0))
    assert beta.figures.satisfaction == 5


def test_wrong_cells_are_located_by_sheet_and_cell(tmp_path: Path):
    workbook = tmp_path / "survey.xlsx"
    write_template(workbook, lang="en")
    fill(workbook, [["Alpha GmbH", "lots", None, None, None, None, None, 9],
                    ["Nobody Ltd", 3]], "en")
    book = tmp_path / "book.yaml"
    result = CliRunner().invoke(cli, ["book", "import", str(book), "--survey", str(workbook),
                                      "--scenario", SMALL, "--period", "1", "--lang", "en"])
    assert result.exit_code == 2
    assert "Indicators!B2: must be a number or a band such as 5-10" in result.output
    assert "Indicators!H2: must be at most 5 (got 9)" in result.output
    assert "Indicators!A3: 'Nobody Ltd' is not a member of this cluster" in result.output
    assert not book.exists()
