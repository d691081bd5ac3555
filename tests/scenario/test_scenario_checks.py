"""Cross-reference checks, each with its exact location, through the library API."""

import textwrap

import pytest

from trustmatch.errors import ScenarioError
from trustmatch.scenario import load_scenario_text
from trustmatch.scenario.checks import check_references

HEAD = textwrap.dedent(
    """\
    name: x
    resources: {budget_eur: 1000, hours: 10}
    needs:
      - {id: visibility, label: Visibility}
      - {id: rnd, label: Research}
    actors:
      - {id: a, name: A, kind: company, needs: [{need: visibility}]}
      - {id: b, name: B, kind: company, needs: [{need: visibility}, {need: rnd}]}
      - {id: c, name: C, kind: university, needs: [{text: "Partner für Abschlussarbeiten"}]}
    """
)


def _errors(tail: str) -> list[tuple[int, int, str, str]]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(HEAD + textwrap.dedent(tail), "s.yaml")
    return [(p.line, p.column, p.path, p.message) for p in caught.value.errors]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "project_types:\n  - {id: w, label: W}\n  - {id: w, label: W2}\n",
            (12, 10, "project_types.1.id", "the project type id 'w' is used twice (first in "
                                          "entry 1); ids must be unique"),
        ),
        (
            "needs2: 1\n",
            (10, 1, "needs2", "unknown key 'needs2'; did you mean 'needs'?"),
        ),
        (
            "competition:\n  not_competing: [[a, d]]\n",
            (11, 23, "competition.not_competing.0.1",
             "unknown actor 'd': not in 'actors' (known actors: a, b, c)"),
        ),
        (
            "trust:\n  known:\n    - {pair: [c, c], value: 0.5}\n",
            (12, 14, "trust.known.0.pair",
             "an actor cannot be given a trust value with itself ('c')"),
        ),
        (
            "project_types:\n  - {id: w, label: W, addresses: [visibility, rnd, export]}\n",
            (11, 52, "project_types.0.addresses.2",
             "unknown need 'export': not in 'needs' (known needs: rnd, visibility)"),
        ),
        (
            "projects:\n  - {id: p, participants: [a, b], addresses: [rdn]}\n",
            (11, 47, "projects.0.addresses.0",
             "unknown need 'rdn': not in 'needs'; did you mean 'rnd'?"),
        ),
        (
            "projects:\n  - {id: p, participants: [a, b], uses: {hour: 3}}\n",
            (11, 42, "projects.0.uses.hour",
             "resource 'hour' has no capacity: it is not listed under 'resources' (known "
             "resources: budget_eur, hours); did you mean 'hours'?"),
        ),
        (
            "objective: {cost_resource: euro}\n",
            (10, 28, "objective.cost_resource",
             "resource 'euro' has no capacity: it is not listed under 'resources' (known "
             "resources: budget_eur, hours)"),
        ),
        (
            "project_types:\n  - {id: w, label: W, participants: {min: 12}}\n",
            (11, 43, "project_types.0.participants.min",
             "at least 12 but at most 10 participants: min is larger than max (the other is "
             "the default)"),
        ),
        (
            "projects:\n  - {id: p, type: wokshop, participants: [a]}\n"
            "project_types:\n  - {id: workshop, label: W}\n",
            (11, 19, "projects.0.type",
             "unknown project type 'wokshop': not in 'project_types'; did you mean 'workshop'?"),
        ),
    ],
)
def test_cross_reference_error_is_located(tail, expected):
    assert _errors(tail) == [expected]


def test_type_no_actor_set_could_fill_is_a_warning_not_an_error():
    tail = (
        "project_types:\n"
        "  - {id: lab, label: Lab, participants: {min: 3, max: 4}, addresses: [rnd]}\n"
        "  - {id: fair, label: Fair, participants: {min: 4, max: 8}}\n"
        "  - {id: day, label: Day, participants: {min: 2, max: 8}, addresses: [visibility]}\n"
    )
    loaded = load_scenario_text(HEAD + tail, "s.yaml")
    assert [(w.line, w.column, w.path) for w in loaded.warnings] == [
        (11, 5, "project_types.0"), (12, 5, "project_types.1"),
    ]
    # b states rnd; c states only free text, which may turn out to be rnd when planning.
    assert loaded.warnings[0].message == (
        "project type 'lab' needs at least 3 participants, but at most 2 actors may take part "
        "(stating a need it addresses: 1; stating free-text needs that may still match it: 1): "
        "it may never be planned"
    )
    assert "but only 3 actors state any need" in loaded.warnings[1].message


def test_checks_tolerate_data_of_the_wrong_type():
    assert check_references([1, 2]) == []
    broken = {"actors": "none", "needs": [3, None], "competition": {"pairs": "x"},
              "project_types": [{"participants": "many", "addresses": 5}],
              "projects": [{"participants": [1, None]}]}
    assert check_references(broken) == []


FREE_TEXT_ONLY = textwrap.dedent(
    """\
    name: x
    needs: [{id: rnd, label: Research}]
    actors:
      - {id: a, name: A, kind: company, needs: [{text: "Forschungspartner gesucht"}]}
      - {id: b, name: B, kind: company, needs: [{text: "Gemeinsame Forschung"}]}
      - {id: c, name: C, kind: university, needs: [{text: "Partner für Abschlussarbeiten"}]}
    project_types:
    """
)


def test_free_text_needs_count_as_possible_participants_not_as_none():
    # Before: "at most 0 actors state a need it addresses" although free text may match later.
    fits = FREE_TEXT_ONLY + "  - {id: lab, label: Lab, participants: {min: 3}, addresses: [rnd]}\n"
    assert load_scenario_text(fits, "s.yaml").warnings == ()
    too_big = fits.replace("{min: 3}", "{min: 4, max: 6}")
    [warning] = load_scenario_text(too_big, "s.yaml").warnings
    assert warning.message == (
        "project type 'lab' needs at least 4 participants, but at most 3 actors may take part "
        "(stating a need it addresses: 0; stating free-text needs that may still match it: 3): "
        "it may never be planned"
    )
    assert "Mitglieder kommen infrage" in warning.format("de")
