"""A web form's CSV export (one row per member) becomes a scenario; problems by line and column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustmatch.planner import plan
from trustmatch.survey import SurveyError, import_survey

EXAMPLE = Path(__file__).parents[2] / "scenarios" / "survey-form-example.csv"
# Printable text as a form would export it (no control characters, no lone surrogates).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)


def test_bundled_german_form_export_imports_and_plans():
    result = import_survey(EXAMPLE, budget=20000, hours=150)
    scenario = result.scenario
    assert result.lang == "de"
    assert (result.members, result.needs) == (8, 18)
    assert scenario.actor("saegewerk-mueller-soehne").needs[1].text == (
        "Strom und Gas gemeinsam günstiger einkaufen")
    assert scenario.actor("waldbesitzerverband-suedschwarzwald").kind == "association"
    assert scenario.actor("schreinerei-vogt").size == 12
    assert scenario.competition.pairs == [("holzbau-schaefer", "zimmerei-faller")]
    # Named by both sides: one known-trust entry ("worked together" counts as good).
    assert [(k.pair, k.value) for k in scenario.trust.known] == [
        (("hochschule-rottenburg", "saegewerk-mueller-soehne"), 0.6)]
    assert len(plan(result.loaded).phases[0].projects) >= 1


def test_english_comma_separated_export_with_extra_columns(tmp_path):
    path = tmp_path / "form.csv"
    path.write_text(
        "Timestamp,Email address,Name,Type,Markets,Employees,Need 1,Importance 1,need_2,"
        "importance_2,Competitors\n"
        '2026-01-01,a@example.org,Acme Ltd,company,"tools, machines",12,"we need skilled '
        'workers, urgently",5,,,Beta GmbH\n'
        "2026-01-02,b@example.org,Beta GmbH,Company,tools,30,skilled workers,4 - very important,"
        "export,3 (medium),\n"
        "2026-01-03,c@example.org,Gamma Institute,research,,,skilled workers for the lab,3,,,\n",
        encoding="utf-8",
    )
    result = import_survey(path, budget=3000)
    scenario = result.scenario
    assert result.lang == "en"
    assert [a.id for a in scenario.actors] == ["acme", "beta", "gamma-institute"]
    assert scenario.actor("acme").markets == ["tools", "machines"]
    assert [a.size for a in scenario.actors] == [12, 30, None]
    assert scenario.actor("acme").needs[0].text == "we need skilled workers, urgently"
    assert [n.weight for n in scenario.actor("beta").needs] == [4, 3]
    assert scenario.competition.pairs == [("acme", "beta")]


def test_problems_point_at_line_and_column_of_the_csv(tmp_path):
    path = tmp_path / "form.csv"
    path.write_bytes(
        "Name;Art;Bedarf 1;Wichtigkeit 1;Bedarf 2;Wichtigkeit 2;Wettbewerber\n"
        "Möbel Köhler;Unternehmen;Fachkräfte;hoch;Energie;;\n"
        ";Verband;Sichtbarkeit;3;;;\n"
        "Glas Ost;Firma;Fachkräfte;2;;;Möbel Kohler\n".encode("cp1252")
    )
    with pytest.raises(SurveyError) as caught:
        import_survey(path, budget=1000)
    assert [p.format() for p in caught.value.problems] == [
        f'{path}:2:4: Wichtigkeit 1: die Wichtigkeit muss 1 bis 5 sein (angegeben: „hoch“)',
        f"{path}:2:6: Wichtigkeit 2: Wichtigkeit fehlt",
        f"{path}:3:1: Name: Name fehlt",
        f'{path}:4:2: Art: unbekannte Art „Firma“; möglich sind: Unternehmen, Start-up, '
        "Zulieferer, Hochschule, Forschungseinrichtung, Verband, Öffentliche Einrichtung",
        f'{path}:4:7: Wettbewerber: unbekanntes Mitglied „Möbel Kohler“: nicht unter den '
        'Mitgliedern; gemeint ist vielleicht „Möbel Köhler“?',
    ]


def test_a_form_without_a_name_column_is_refused_at_the_header(tmp_path):
    path = tmp_path / "form.csv"
    path.write_text("Firma,Art\nAcme,company\n", encoding="utf-8")
    with pytest.raises(SurveyError) as caught:
        import_survey(path, budget=1000, lang="en")
    assert caught.value.problems[0].format() == (
        f'{path}:1: no column "Name" in the first row; keep the headers of the template')


def test_a_misspelt_column_is_a_warning_with_a_suggestion(tmp_path):
    path = tmp_path / "form.csv"
    path.write_text("name,kind,need 1,importnce 1,Timestamp\nAcme,company,skilled workers,3,x\n",
                    encoding="utf-8")
    with pytest.raises(SurveyError) as caught:
        import_survey(path, budget=1000)
    assert [p.format() for p in caught.value.problems] == [
        f'{path}:1:4: warning: importnce 1: the column "importnce 1" is not read; did you mean '
        '"importance 1"?',
        f"{path}:2:3: need 1: Importance is missing",
    ]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4))
def test_any_names_and_needs_survive_the_import_unchanged(tmp_path, answers):
    path = tmp_path / "form.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "kind", "need 1", "importance 1"])
        for number, (name, need) in enumerate(answers):
            writer.writerow([f"M{number} {name}", "company", f"N {need}", 3])
    scenario = import_survey(path, budget=100).scenario
    cleaned = [(" ".join(f"M{n} {name}".split()), " ".join(f"N {need}".split()))
               for n, (name, need) in enumerate(answers)]
    assert [(" ".join(a.name.split()), " ".join(a.needs[0].text.split()))
            for a in scenario.actors] == cleaned


def test_a_form_export_saved_as_a_workbook_is_read_like_its_csv(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"  # as Microsoft Forms exports responses
    sheet.append(["ID", "Start time", "Name", "Kind", "Need 1", "Importance 1", "Need 2",
                  "Importance 2", "Competitors"])
    sheet.append([1, "2026-03-01", "Acme Ltd", "Company", "skilled workers", 5, "export", 3,
                  "Beta AG"])
    sheet.append([2, "2026-03-02", "Beta AG", "company", "skilled workers", 4, None, None, None])
    sheet.append([3, "2026-03-02", "Gamma KG", "supplier", "skilled staff", "high", None, None,
                  None])
    path = tmp_path / "responses.xlsx"
    book.save(path)
    with pytest.raises(SurveyError) as caught:
        import_survey(path, budget=1000)
    assert [p.format() for p in caught.value.problems] == [
        f'{path}: Sheet1!F4: importance must be 1-5 (got "high")']
    sheet["F4"] = 2
    book.save(path)
    scenario = import_survey(path, budget=1000).scenario
    assert [a.id for a in scenario.actors] == ["acme", "beta", "gamma"]
    assert [n.text for n in scenario.actor("acme").needs] == ["skilled workers", "export"]
    assert scenario.competition.pairs == [("acme", "beta")]
