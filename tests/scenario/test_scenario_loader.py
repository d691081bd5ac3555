"""The library API of scenario loading: located, collected problems; provenance; YAML features."""

import hashlib
import textwrap
from pathlib import Path

import pytest

from trustmatch.cli import main
from trustmatch.errors import ScenarioError
from trustmatch.scenario import (
    LoadedScenario,
    Scenario,
    load_scenario,
    load_scenario_text,
    scenario_from_dict,
)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
REFERENCE = SHARED / "examples" / "reference-scenario.yaml"

MANY_PROBLEMS = textwrap.dedent(
    """\
    name: many
    resources:
      budget_eur: -10
    actors:
      - id: a
        name: A
        kind: compnay
        needs:
          - need: visibilty
            weight: 2
      - id: b
        name: B
        kind: company
        size: lots
    needs:
      - id: visibility
        label: Visibility
    competition:
      pairs:
        - [b, b]
    project_types:
      - id: fair
        label: Fair
        participants: {min: 5, max: 4}
        uses: {money: {fixed: 1}}
    """
)


def _problems(text: str, **kwargs) -> list[tuple]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml", **kwargs)
    return [(p.line, p.column, p.path, p.message, p.severity) for p in caught.value.problems]


def test_all_problems_of_a_file_are_collected_in_file_order():
    problems = _problems(MANY_PROBLEMS)
    located = [(line, column, path) for line, column, path, _m, _s in problems]
    assert located == [
        (3, 15, "resources.budget_eur"),
        (7, 11, "actors.0.kind"),
        (9, 15, "actors.0.needs.0.need"),
        (14, 11, "actors.1.size"),
        (20, 7, "competition.pairs.0"),
        (24, 33, "project_types.0.participants.max"),
        (25, 12, "project_types.0.uses.money"),
    ]
    messages = [m for *_, m, _s in problems]
    assert "must be at least 0 (got -10)" in messages[0]
    assert "did you mean 'company'?" in messages[1]
    assert messages[2] == "unknown need 'visibilty': not in 'needs'; did you mean 'visibility'?"
    assert messages[3] == "must be a whole number (got 'lots')"
    assert messages[4] == "an actor cannot be a competitor of itself ('b')"


def test_error_text_has_the_file_line_column_path_format():
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(MANY_PROBLEMS, "s.yaml")
    rendered = caught.value.render().splitlines()
    assert rendered[0] == "s.yaml is not a valid scenario (7 errors):"
    assert rendered[1] == "  s.yaml:3:15: resources.budget_eur: must be at least 0 (got -10)"


def test_missing_key_points_at_the_parent_mapping():
    text = "name: x\nactors:\n  - id: a\n    kind: company\n"
    assert _problems(text) == [(3, 5, "actors.0", "the required key 'name' is missing", "error")]


def test_unknown_key_points_at_the_key_and_suggests_the_field():
    text = "name: x\nactors:\n  - id: a\n    name: A\n    kind: company\n    markts: [m]\n"
    assert _problems(text) == [
        (6, 5, "actors.0.markts", "unknown key 'markts'; did you mean 'markets'?", "error")
    ]


def test_unknown_key_without_a_close_match_lists_the_allowed_keys():
    text = "name: x\ntrust:\n  colour: blue\nactors:\n  - {id: a, name: A, kind: company}\n"
    [(line, column, path, message, _)] = _problems(text)
    assert (line, column, path) == (3, 3, "trust.colour")
    assert message.startswith("unknown key 'colour'; allowed here: model, prior_mean")


def test_comma_in_unquoted_flow_text_gets_a_hint():
    text = "name: x\nneeds:\n  - {id: v, label: Visibility, nationally and abroad}\n" \
           "actors:\n  - {id: a, name: A, kind: company}\n"
    [(_l, _c, path, message, _)] = _problems(text)
    assert path == "needs.0.nationally and abroad"
    assert "put the whole text in quotes" in message


def test_cross_reference_problems_are_reported_even_when_types_fail():
    text = textwrap.dedent(
        """\
        name: x
        phases: many
        actors:
          - {id: a, name: A, kind: company}
        competition:
          pairs: [[a, ghost]]
        """
    )
    problems = _problems(text)
    assert [(p[0], p[2]) for p in problems] == [(2, "phases"), (6, "competition.pairs.0.1")]
    assert problems[1][3] == "unknown actor 'ghost': not in 'actors' (known actors: a)"


def test_nan_and_infinity_and_empty_ids_are_refused_with_locations():
    text = textwrap.dedent(
        """\
        name: x
        resources: {budget_eur: .inf}
        trust: {prior_strength: .nan}
        actors:
          - {id: "  ", name: A, kind: company}
        """
    )
    assert [(p[0], p[1], p[2]) for p in _problems(text)] == [
        (2, 25, "resources.budget_eur"),
        (3, 25, "trust.prior_strength"),
        (5, 10, "actors.0.id"),
    ]


def test_warnings_travel_with_the_loaded_scenario():
    text = textwrap.dedent(
        """\
        name: x
        actors:
          - {id: a, name: A, kind: company, needs: [{need: rnd}]}
          - {id: b, name: B, kind: company, needs: [{text: "Forschungspartner gesucht"}]}
        needs: [{id: rnd, label: Research}]
        project_types:
          - {id: lab, label: Joint lab, participants: {min: 3, max: 5}, addresses: [rnd]}
          - {id: meet, label: Meeting, participants: {min: 2, max: 5}}
          - {id: big, label: Big event, participants: {min: 3, max: 9}}
        """
    )
    loaded = load_scenario_text(text, "s.yaml")
    assert [(w.line, w.column, w.path, w.severity) for w in loaded.warnings] == [
        (7, 5, "project_types.0", "warning"),
        (9, 5, "project_types.2", "warning"),
    ]
    assert "at most 2 actors may take part (stating a need it addresses: 1; stating " \
        "free-text needs that may still match it: 1)" in loaded.warnings[0].message
    assert "but only 2 actors state any need" in loaded.warnings[1].message
    assert loaded.warnings[0].path == "project_types.0"
    assert loaded.warnings[0].format().startswith(
        "s.yaml:7:5: warning: project types, entry 1 (lab): ")


def test_load_scenario_records_provenance(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("name: x\nactors: [{id: a, name: A, kind: company}]\n", encoding="utf-8")
    loaded = load_scenario(path, overrides=[], sets=["phases=2"])
    assert isinstance(loaded, LoadedScenario)
    assert loaded.path == path
    assert loaded.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert loaded.sets == ("phases=2",)
    assert loaded.scenario.phases == 2
    assert loaded.warnings == ()


def test_anchors_aliases_and_merge_keys_work_and_do_not_share_values():
    text = textwrap.dedent(
        """\
        name: x
        resources: {budget_eur: 1000}
        actors:
          - &firm {id: a, name: A, kind: company, markets: [m]}
          - <<: *firm
            id: b
            name: B
        project_types:
          - &starter {id: w, label: W, uses: {budget_eur: {fixed: 100}}}
          - {<<: *starter, id: v, label: V}
        """
    )
    loaded = load_scenario_text(text, sets=["actors.b.markets=[n]"])
    actors = loaded.scenario.actors
    assert [(a.id, a.kind, a.markets) for a in actors] == [
        ("a", "company", ["m"]), ("b", "company", ["n"]),
    ]
    assert loaded.scenario.project_types[1].uses["budget_eur"].fixed == 100


def test_scenario_from_dict_runs_the_same_checks_and_names_the_source():
    data = {"name": "x", "actors": [{"id": "a", "name": "A", "kind": "company"}],
            "competition": {"pairs": [["a", "z"]]}}
    with pytest.raises(ScenarioError) as caught:
        scenario_from_dict(data, source="generated")
    [problem] = caught.value.problems
    assert problem.path == "competition.pairs.0.1"
    # People count from 1: the second id of the first pair.
    assert problem.format() == (
        "generated: competition.pairs, entry 1, second actor: unknown actor 'z': not in "
        "'actors' (known actors: a)"
    )
    del data["competition"]
    assert isinstance(scenario_from_dict(data), Scenario)


def test_yaml_timestamps_stay_text_and_booleans_stay_booleans():
    text = "name: 2024-05-01\ncompetition: {derive_from_markets: no}\n" \
           "actors: [{id: a, name: A, kind: company}]\n"
    scenario = load_scenario_text(text).scenario
    assert scenario.name == "2024-05-01"
    assert scenario.competition.derive_from_markets is False


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/examples is not beside the repo")
def test_reference_scenario_loads_unchanged_and_validates_on_the_command_line(capsys):
    loaded = load_scenario(REFERENCE)
    assert loaded.scenario.name == "optics-valley-young"
    assert len(loaded.scenario.actors) == 14
    assert loaded.warnings == ()
    assert main(["validate", str(REFERENCE)]) == 0
    assert "valid scenario 'optics-valley-young'" in capsys.readouterr().out
