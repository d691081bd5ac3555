"""`trustmatch new` writes a starter that validates; `trustmatch schema` prints the format."""

import json

from trustmatch.cli import main
from trustmatch.scenario import load_scenario
from trustmatch.scenario.models import Scenario


def test_new_writes_a_commented_starter_that_validates(tmp_path, capsys):
    path = tmp_path / "cluster.yaml"
    assert main(["new", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# A trustmatch scenario")
    loaded = load_scenario(path)
    assert loaded.warnings == ()
    assert {t.ambition for t in loaded.scenario.project_types} >= {1, 4}
    for override in loaded.scenario.overrides:
        load_scenario(path, overrides=[override])
    capsys.readouterr()
    assert main(["validate", str(path)]) == 0


def test_new_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    path = tmp_path / "mine.yaml"
    path.write_text("keep me", encoding="utf-8")
    assert main(["new", str(path)]) == 2
    assert "already exists; choose another name or add --force" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "keep me"
    assert main(["new", "--force", str(path)]) == 0
    assert load_scenario(path).scenario.name == "my-cluster"


def test_schema_is_clean_json_describing_every_field(capsys):
    assert main(["schema"]) == 0
    captured = capsys.readouterr()
    schema = json.loads(captured.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == set(Scenario.model_fields)
    assert schema["required"] == ["name", "actors"]
    actor = schema["$defs"]["Actor"]
    assert actor["additionalProperties"] is False
    assert actor["properties"]["max_projects_per_phase"]["description"] == (
        "How many projects the actor can join in one phase (default 2)."
    )
    for definition in schema["$defs"].values():
        for name, field in definition.get("properties", {}).items():
            assert field.get("description"), name


def test_schema_written_to_a_file(tmp_path, capsys):
    target = tmp_path / "scenario.schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "trustmatch scenario"


def test_new_starter_plans_starter_projects_with_the_default_project_types(tmp_path, capsys):
    from trustmatch.planner import plan
    from trustmatch.survey.defaults import DEFAULT_PROJECT_TYPES

    path = tmp_path / "cluster.yaml"
    assert main(["new", str(path)]) == 0
    loaded = load_scenario(path)
    assert [t.id for t in loaded.scenario.project_types] == [
        t.id for t in DEFAULT_PROJECT_TYPES]
    projects = plan(loaded).phases[0].projects
    assert len(projects) >= 1
    assert all(p.ambition == 1 for p in projects)  # nobody trusts anybody enough yet
