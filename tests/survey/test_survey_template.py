"""The survey workbook: sheets, headers, notes and drop-down lists in the chosen language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from trustmatch.survey import write_template
from trustmatch.survey.build import make_id, unique_ids
from trustmatch.survey.layout import DATA_SHEETS


def validations(sheet) -> dict[str, str]:
    """Cell range → formula of every drop-down list of a sheet."""
    return {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}


def test_german_template_has_german_sheets_headers_and_drop_downs(tmp_path):
    book = load_workbook(write_template(tmp_path / "umfrage.xlsx", lang="de"))
    assert book.sheetnames == ["Anleitung", "Mitglieder", "Bedarfe", "Wettbewerber",
                               "Zusammenarbeit", "Kennzahlen", "Listen"]
    assert book["Listen"].sheet_state == "hidden"
    assert book.active.title == "Mitglieder"
    members, needs = book["Mitglieder"], book["Bedarfe"]
    assert [c.value for c in members[1]] == ["Name", "Art", "Märkte", "Beschäftigte"]
    assert [c.value for c in needs[1]] == ["Mitglied", "Bedarf (in eigenen Worten)",
                                           "Wichtigkeit"]
    assert [c.value for c in book["Zusammenarbeit"][1]] == ["Mitglied", "Partner", "Erfahrung"]
    assert members.freeze_panes == "A2"
    assert members["B1"].comment.text.startswith("Aus der Liste wählen: Unternehmen, Start-up")
    assert validations(members) == {"B2:B501": "trustmatch_kinds"}
    assert validations(needs) == {"A2:A501": "trustmatch_members", "C2:C501": '"1,2,3,4,5"'}
    assert validations(book["Zusammenarbeit"])["C2:C501"] == "trustmatch_experience"
    names = {name: book.defined_names[name].attr_text for name in book.defined_names}
    assert names == {"trustmatch_kinds": "'Listen'!$A$1:$A$7",
                     "trustmatch_experience": "'Listen'!$B$1:$B$3",
                     "trustmatch_members": "'Mitglieder'!$A$2:$A$501"}
    assert [book["Listen"].cell(row=r, column=1).value for r in range(1, 8)] == [
        "Unternehmen", "Start-up", "Zulieferer", "Hochschule", "Forschungseinrichtung",
        "Verband", "Öffentliche Einrichtung"]
    instructions = " ".join(str(c.value) for c in book["Anleitung"]["A"] if c.value)
    assert instructions.startswith("Bedarfsumfrage des Clusters")
    assert "Wichtigkeit: 1 heißt" in instructions and "Members" not in instructions


def test_english_template_and_every_sheet_of_the_layout(tmp_path):
    book = load_workbook(write_template(tmp_path / "survey.xlsx", lang="en"))
    assert book.sheetnames == ["Instructions", *[s.title("en") for s in DATA_SHEETS], "Lists"]
    assert [c.value for c in book["Needs"][1]] == ["Member", "Need (in your own words)",
                                                   "Importance"]
    assert book["Needs"]["C1"].comment.text == (
        "How important this need is: 1 (a little) to 5 (very).")


@pytest.mark.parametrize(("name", "expected"), [
    ("Sägewerk Müller & Söhne GmbH & Co. KG", "saegewerk-mueller-soehne"),
    ("Straßenbau Weiß e.V.", "strassenbau-weiss"),
    ("Électricité Côte d'Or SARL", "electricite-cote-d-or"),
    ("GmbH", "gmbh"),
    ("!!!", "member"),
])
def test_ids_are_made_from_names(name, expected):
    assert make_id(name) == expected


def test_ids_are_unique():
    assert unique_ids(["Müller GmbH", "Müller AG", "Mueller", "Müller-2"]) == [
        "mueller", "mueller-2", "mueller-3", "mueller-2-2"]


def test_template_can_be_written_to_a_stream_for_a_download():
    import io

    stream = write_template(io.BytesIO(), lang="de")
    book = load_workbook(io.BytesIO(stream.getvalue()))
    assert book.sheetnames[1] == "Mitglieder"
