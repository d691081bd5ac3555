"""Named overrides and --set: stacking, paths by position and id, located problems."""

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustmatch.cli import main
from trustmatch.errors import ScenarioError
from trustmatch.scenario import load_scenario, load_scenario_text

SCENARIO = textwrap.dedent(
    """\
    name: base
    resources:
      budget_eur: 20000
      manager_hours: 100
    actors:
      - id: optik-nord
        name: Optik Nord
        kind: company
      - id: dr.weber
        name: Dr. Weber Consulting
        kind: supplier
    competition:
      tolerance: 0.3
    overrides:
      half-budget:
        resources.budget_eur: 10000
      strict-fairness:
        competition.tolerance: 0.1
      tiny-budget:
        resources.budget_eur: 500
      broken:
        resources.budget_eur: -3
        trust.prior_mean: 7
    """
)


def _load(**kwargs):
    return load_scenario_text(SCENARIO, "s.yaml", **kwargs).scenario


def _problems(**kwargs) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(SCENARIO, "s.yaml", **kwargs)
    return [p.format() for p in caught.value.problems]


def test_overrides_stack_in_the_order_given():
    assert _load(overrides=["half-budget", "tiny-budget"]).capacities["budget_eur"] == 500
    assert _load(overrides=["tiny-budget", "half-budget"]).capacities["budget_eur"] == 10000
    both = _load(overrides=["half-budget", "strict-fairness"])
    assert (both.capacities["budget_eur"], both.competition.tolerance) == (10000, 0.1)
    assert _load().capacities["budget_eur"] == 20000


def test_set_comes_after_the_overrides_and_reads_values_as_yaml():
    scenario = _load(
        overrides=["half-budget"],
        sets=["resources.budget_eur=12000", "competition.derive_from_markets=false",
              "actors.optik-nord.markets=[optics, lasers]"],
    )
    assert scenario.capacities["budget_eur"] == 12000
    assert scenario.competition.derive_from_markets is False
    assert scenario.actor("optik-nord").markets == ["optics", "lasers"]


def test_list_entries_by_position_or_by_id_even_with_dots_in_the_id():
    assert _load(sets=["actors.0.max_projects_per_phase=4"]).actors[0].max_projects_per_phase == 4
    by_id = _load(sets=["actors.optik-nord.max_projects_per_phase=5", "actors.dr.weber.size=3"])
    assert by_id.actor("optik-nord").max_projects_per_phase == 5
    assert by_id.actor("dr.weber").size == 3


def test_keys_left_to_their_default_can_be_set():
    scenario = _load(sets=["trust.forgetting=0.2", "competition.co_participation_trust.low=0.4"])
    assert scenario.trust.forgetting == 0.2
    assert scenario.competition.co_participation_trust.low == 0.4


def test_unknown_override_name_lists_the_valid_ones():
    assert _problems(overrides=["half-budgt"]) == [
        "<command line>: unknown override 'half-budgt'; did you mean 'half-budget'? "
        "(this scenario defines: broken, half-budget, strict-fairness, tiny-budget)"
    ]


def test_unknown_path_lists_the_valid_keys_where_it_fails():
    [problem] = _problems(sets=["trust.forgeting=0.1"])
    assert problem.startswith(
        "<command line>: --set trust.forgeting=0.1: unknown key 'forgeting' in 'trust'; "
        "did you mean 'forgetting'? (valid keys: model, prior_mean, prior_strength, forgetting"
    )
    [problem] = _problems(sets=["actors.optik-sued.size=3"])
    assert "'actors' has no entry with id 'optik-sued'; did you mean 'optik-nord'?" in problem
    [problem] = _problems(sets=["actors.7.size=3"])
    assert "'actors' has 2 entries (positions 0 to 1); there is no position 7" in problem
    [problem] = _problems(sets=["resources.budget_eur.fixed=3"])
    assert (
        "unknown key 'fixed' in 'resources.budget_eur' (valid keys: capacity, total, label, unit)"
        in problem
    )
    [problem] = _problems(sets=["seed.fixed=3"])
    assert "'seed' is a single value; it has no part 'fixed'" in problem
    [problem] = _problems(sets=["budget"])
    assert "'budget' is not PATH=VALUE" in problem


def test_problems_in_override_values_point_at_the_override_definition():
    assert _problems(overrides=["broken"]) == [
        "s.yaml:22:27: resources.budget_eur: must be at least 0 (got -3)",
        "s.yaml:23:23: trust.prior_mean: must be less than 1 (got 7)",
    ]


def test_problems_in_set_values_point_at_the_command_line():
    assert _problems(sets=["resources.manager_hours=-1"]) == [
        "<command line>: resources.manager_hours: must be at least 0 (got -1)"
    ]


def test_a_bad_path_in_an_unused_override_is_reported_at_its_line():
    text = SCENARIO + "  typo:\n    resources.budgt_eur: 1\n"
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml")
    [problem] = [p.format() for p in caught.value.problems]
    assert problem.startswith(
        "s.yaml:25:5: overrides.typo: 'resources.budgt_eur': 'resources' has no entry "
        "'budgt_eur'; did you mean 'budget_eur'?"
    )


def test_overrides_cannot_change_the_overrides():
    [problem] = _problems(sets=["overrides.half-budget=1"])
    assert "an override cannot change the overrides themselves" in problem


def test_overrides_and_set_through_the_command_line(tmp_path, capsys):
    path = tmp_path / "s.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    code = main(["validate", str(path), "--override", "half-budget", "--override",
                 "strict-fairness", "--set", "resources.manager_hours=80"])
    out = capsys.readouterr().out.replace("\n" + " " * 21, " ")  # rows wrapped to the terminal
    assert code == 0
    assert "budget_eur 10,000, manager_hours 80 per phase" in out
    assert "(applied: half-budget, strict-fairness, --set resources.manager_hours=80)" in out
    loaded = load_scenario(path, overrides=["half-budget"], sets=["phases=3"])
    assert (loaded.overrides, loaded.sets) == (("half-budget",), ("phases=3",))
    code = main(["validate", str(path), "--override", "nope"])
    assert code == 2
    assert "\n  command line: unknown override 'nope'" in capsys.readouterr().err


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_any_non_negative_budget_set_on_the_command_line_is_taken(budget):
    scenario = _load(sets=[f"resources.budget_eur={budget!r}"])
    assert scenario.capacities["budget_eur"] == budget
