"""A survey template round-trips: template → filled by the test → import → validate → plan."""

from __future__ import annotations

import yaml
from survey_fixtures import NEEDS_DE, fill

from trustmatch.planner import plan
from trustmatch.scenario import load_scenario
from trustmatch.survey import import_survey, write_template


def test_template_filled_imported_validates_and_plans_a_project(german_survey, tmp_path):
    result = import_survey(german_survey, budget=20000, hours=150)
    assert result.lang == "de"
    assert (result.members, result.needs) == (6, 6)
    out = result.write(tmp_path / "cluster.yaml")

    loaded = load_scenario(out)  # the written file validates on its own
    scenario = loaded.scenario
    assert [a.id for a in scenario.actors] == [
        "zimmerei-faller", "holzbau-schaefer", "saegewerk-mueller-soehne",
        "hochschule-rottenburg", "planungsbuero-gruen", "handwerkskammer-freiburg",
    ]
    faller = scenario.actor("zimmerei-faller")
    assert (faller.name, faller.kind, faller.markets, faller.size) == (
        "Zimmerei Faller GmbH", "company", ["Holzbau"], 40)
    assert scenario.actor("planungsbuero-gruen").markets == ["Planung", "Software"]
    assert scenario.actor("handwerkskammer-freiburg").kind == "public"
    # Needs exactly as the members wrote them, weight = importance.
    stated = [(scenario.actor(a.id).name, n.text, n.weight)
              for a in scenario.actors for n in a.needs]
    assert sorted(stated) == sorted((m, t, float(w)) for m, t, w in NEEDS_DE)
    assert scenario.competition.pairs == [("holzbau-schaefer", "zimmerei-faller")]
    assert [(k.pair, k.value) for k in scenario.trust.known] == [
        (("hochschule-rottenburg", "saegewerk-mueller-soehne"), 0.6)]
    assert scenario.resources == {"budget_eur": 20000, "manager_hours": 150}
    assert {t.ambition for t in scenario.project_types} == {1, 2, 3, 4}
    assert "Workshop zum Erfahrungsaustausch" in [t.label for t in scenario.project_types]

    result_plan = plan(loaded)
    projects = result_plan.phases[0].projects
    assert len(projects) >= 1
    together = set().union(*(set(p.participants) for p in projects))
    assert {"zimmerei-faller", "holzbau-schaefer"} <= together  # the shared need, both rivals


def test_generated_yaml_is_readable_and_commented(german_survey):
    text = import_survey(german_survey, budget=20000, hours=150).yaml_text
    assert text.startswith("# Das Cluster laut Bedarfsumfrage umfrage.xlsx: 6 Mitglieder, "
                           "6 Bedarfe.")
    assert "  - id: zimmerei-faller" in text and "# Mitglieder!A2" in text
    assert "weight: 5" in text and "# Bedarfe!C2" in text
    # A need with a colon, quotes and a hash stays exactly as written (quoted, not cut).
    assert '- text: "Digitale Planung: \\"BIM\\" von Anfang an #wichtig"' in text
    assert "      - text: Wir finden keine Azubis und Fachkräfte" in text
    data = yaml.safe_load(text)
    assert data["actors"][4]["needs"][0]["text"] == NEEDS_DE[4][1]
    assert "English" not in text and "Experience-exchange" not in text


def test_english_template_imports_with_english_labels(tmp_path):
    template = write_template(tmp_path / "template.xlsx", lang="en")
    survey = fill(template, tmp_path / "survey.xlsx", "en",
                  members=[("Acme Ltd", "Company", "tools", 12), ("Beta Labs", "Start-up", None, 3),
                           ("City University", "University", None, None)],
                  needs=[("Acme Ltd", "we cannot find skilled workers", 4),
                         ("Beta Labs", "hiring developers is hard", "3"),
                         ("City University", "jobs for our graduates", 2.0)])
    result = import_survey(survey, budget=5000)
    assert result.lang == "en"
    assert [a.kind for a in result.scenario.actors] == ["company", "startup", "university"]
    assert [n.weight for a in result.scenario.actors for n in a.needs] == [4, 3, 2]
    assert result.scenario.resources == {"budget_eur": 5000}
    assert all(set(t.uses) == {"budget_eur"} for t in result.scenario.project_types)
    assert "Experience-exchange workshop" in [t.label for t in result.scenario.project_types]


def test_lang_option_overrides_the_survey_language(german_survey):
    result = import_survey(german_survey, budget=1000, lang="en", name="timber")
    assert result.scenario.name == "timber"
    assert result.yaml_text.startswith("# The cluster as described by the needs survey")


def test_a_german_survey_gives_a_scenario_without_english_sentences(german_survey):
    from trustmatch.i18n import en

    text = import_survey(german_survey, budget=20000, hours=150).yaml_text
    english = [value for key, value in en.MESSAGES.items()
               if key.startswith(("survey.yaml.", "survey.type.", "survey.need.", "survey.kind."))
               and isinstance(value, str) and len(value.split()) > 1]
    assert english and not [sentence for sentence in english
                            if sentence.split("{")[0].strip() in text]


def test_an_upload_imports_from_its_bytes_like_the_file(german_survey):
    from trustmatch.survey import SurveyError, import_survey_bytes, reading

    from_file = import_survey(german_survey, budget=20000, display="umfrage.xlsx")
    upload = import_survey_bytes(german_survey.read_bytes(), "C:\\fakepath\\umfrage.xlsx",
                                 budget=20000)
    assert upload.yaml_text == from_file.yaml_text
    assert upload.source == "umfrage.xlsx"
    too_big = b"name,kind\n" + b"x" * reading.MAX_FILE_BYTES
    try:
        import_survey_bytes(too_big, "form.csv", budget=1, lang="en")
    except SurveyError as error:
        assert error.problems[0].format() == (
            "form.csv: the file is 10.0 MB; survey files are limited to 10 MB")
    else:
        raise AssertionError("an upload above the limit was accepted")


def test_write_replaces_the_file_atomically_and_leaves_no_temporary_file(german_survey, tmp_path):
    out = tmp_path / "out" / "cluster.yaml"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    mode = 0o640
    result = import_survey(german_survey, budget=100)
    assert result.write(out) == out
    assert out.read_text(encoding="utf-8") == result.yaml_text
    assert [p.name for p in out.parent.iterdir()] == ["cluster.yaml"]
    assert out.stat().st_mode & 0o777 == mode  # not the temporary file's private 0600
