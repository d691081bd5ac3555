"""Problems in a filled survey are reported at their cell, all at once, in the survey's language."""

from __future__ import annotations

import pytest
from survey_fixtures import MEMBERS_DE, fill

from trustmatch.errors import UserError
from trustmatch.survey import SurveyError, import_survey, write_template


def lines(error: UserError) -> list[str]:
    return [problem.format() for problem in error.problems]


def test_every_problem_of_a_german_workbook_at_its_cell_at_once(tmp_path):
    template = write_template(tmp_path / "vorlage.xlsx", lang="de")
    survey = fill(
        template, tmp_path / "survey.xlsx", "de",
        members=[*MEMBERS_DE[:3],
                 ("Zimmerei Faller GmbH", "Unternehmen", None, None),    # row 5: twice
                 ("Glaserei Ost", "Firma", None, "ca. 50"),              # row 6: kind, size
                 (None, "Verband", "Holz", None)],                       # row 7: no name
        needs=[("Zimmerei Faller GmbH", "Fachkräfte", 5),
               ("Holzbau Schäfer KG", "Fachkräfte", 4),
               ("Sägewerk Müller & Söhne", "Nachwuchs", 4),
               ("Zimmerei Faler GmbH", "Sichtbarkeit", 3),                # row 5: typo
               ("Holzbau Schäfer KG", None, 2),                          # row 6: no need
               ("Sägewerk Müller & Söhne", "Energiekosten", "hoch")],     # row 7: importance
        cooperation=[("Holzbau Schäfer KG", "Holzbau Schäfer KG", "gut"),  # with itself
                     ("Holzbau Schäfer KG", "Zimmerei Faller GmbH", "super")],
    )
    with pytest.raises(SurveyError) as caught:
        import_survey(survey, budget=10000)
    error = caught.value
    assert error.summary == f"{survey} kann nicht importiert werden (9 Fehler)"
    assert lines(error) == [
        f'{survey}: Mitglieder!A5: „Zimmerei Faller GmbH“ steht zweimal in der Liste '
        "(zuerst in Mitglieder!A2)",
        f'{survey}: Mitglieder!B6: unbekannte Art „Firma“; möglich sind: Unternehmen, Start-up, '
        "Zulieferer, Hochschule, Forschungseinrichtung, Verband, Öffentliche Einrichtung",
        f'{survey}: Mitglieder!D6: die Zahl der Beschäftigten muss eine ganze Zahl sein '
        '(angegeben: „ca. 50“)',
        f"{survey}: Mitglieder!A7: Name fehlt",
        f'{survey}: Bedarfe!A5: unbekanntes Mitglied „Zimmerei Faler GmbH“: nicht unter den '
        'Mitgliedern; gemeint ist vielleicht „Zimmerei Faller GmbH“?',
        f"{survey}: Bedarfe!B6: Bedarf (in eigenen Worten) fehlt",
        f'{survey}: Bedarfe!C7: die Wichtigkeit muss 1 bis 5 sein (angegeben: „hoch“)',
        f'{survey}: Zusammenarbeit!B2: „Holzbau Schäfer KG“ ist mit sich selbst gepaart',
        f'{survey}: Zusammenarbeit!C3: unbekannte Angabe „super“; möglich sind: gut, gemischt, '
        "schlecht",
    ]


def test_english_workbook_speaks_english(tmp_path):
    template = write_template(tmp_path / "template.xlsx", lang="en")
    survey = fill(template, tmp_path / "survey.xlsx", "en",
                  members=[("Acme", "Company", None, None)],
                  needs=[("Acme", "skilled workers", 0), ("Acme", "visibility", 6),
                         ("Acme", "energy", 2.5), ("Acme", "export", "3.5 (quite)"),
                         ("Acme", "sales", True)])
    with pytest.raises(SurveyError) as caught:
        import_survey(survey, budget=100)
    assert caught.value.summary == f"{survey} cannot be imported (5 errors)"
    assert [p.path for p in caught.value.problems] == ["Needs!C2", "Needs!C3", "Needs!C4",
                                                        "Needs!C5", "Needs!C6"]
    assert caught.value.problems[0].message == "importance must be 1-5 (got \"0\")"


def test_renamed_header_and_missing_members_sheet_are_named(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Tabelle1"
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(SurveyError) as caught:
        import_survey(tmp_path / "other.xlsx", budget=100, lang="en")
    assert "no sheet with the members: expected a sheet named \"Members\" / \"Mitglieder\", " \
           "found \"Tabelle1\"" in caught.value.render()

    book = Workbook()
    sheet = book.active
    sheet.title = "Members"
    sheet.append(["Firm", "Kind"])
    sheet.append(["Acme", "company"])
    book.save(tmp_path / "renamed.xlsx")
    with pytest.raises(SurveyError) as caught:
        import_survey(tmp_path / "renamed.xlsx", budget=100)
    assert lines(caught.value) == [
        f'{tmp_path / "renamed.xlsx"}: Members!1: no column "Name" in the first row; keep the '
        "headers of the template"]


def test_a_member_without_needs_is_a_warning_not_an_error(tmp_path):
    template = write_template(tmp_path / "template.xlsx", lang="en")
    survey = fill(template, tmp_path / "survey.xlsx", "en",
                  members=[("Acme", "company", None, None), ("Beta", "supplier", None, None)],
                  needs=[("Acme", "skilled workers", 3)])
    result = import_survey(survey, budget=100)
    assert [(w.path, w.severity) for w in result.warnings] == [("Members!A3", "warning")]
    assert "\"Beta\" states no need" in result.warnings[0].message


def test_budget_must_be_a_non_negative_number(german_survey):
    with pytest.raises(SurveyError) as caught:
        import_survey(german_survey, budget=-1, hours=float("nan"), lang="en", name=" x")
    assert [p.path for p in caught.value.problems] == ["--budget", "--hours", "--name"]


def test_an_unfilled_template_says_there_are_no_members(tmp_path):
    template = write_template(tmp_path / "vorlage.xlsx", lang="de")
    with pytest.raises(SurveyError) as caught:
        import_survey(template, budget=100)
    assert lines(caught.value) == [
        f"{template}: keine Mitglieder: bitte mindestens eine Zeile der Mitglieder ausfüllen"]


def test_sheets_the_scenario_does_not_use_are_not_checked(tmp_path):
    from openpyxl import load_workbook

    template = write_template(tmp_path / "vorlage.xlsx", lang="de")
    survey = fill(template, tmp_path / "survey.xlsx", "de", members=MEMBERS_DE[:1],
                  needs=[(MEMBERS_DE[0][0], "Fachkräfte", 4)])
    book = load_workbook(survey)
    extra = [name for name in book.sheetnames
             if name not in ("Anleitung", "Mitglieder", "Bedarfe", "Wettbewerber",
                             "Zusammenarbeit", "Listen")]
    for name in extra:  # e.g. the book's indicators: headers removed
        book[name].delete_rows(1)
    book.create_sheet("Notizen").append(["irgendwas", "Mitglied?"])
    book.save(survey)
    assert import_survey(survey, budget=100).members == 1
