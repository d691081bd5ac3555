"""The manager's corrections of the grouping (themes.corrections): applied, validated, planned."""

from __future__ import annotations

import pytest

from trustmatch.errors import ScenarioError
from trustmatch.needs import find_themes
from trustmatch.planner import plan
from trustmatch.scenario import load_scenario, scenario_from_dict

SCENARIO = """\
name: corrections
needs:
  - {id: skilled-workers, label: Fachkräfte gewinnen}
  - {id: trade-fair, label: Gemeinsamer Messeauftritt}
actors:
  - id: nord
    name: Nord GmbH
    kind: company
    needs:
      - {text: "Fachkräftemangel in der Montage"}
      - {text: "Gemeinschaftsstand auf der Hannover Messe"}
  - {id: sued, name: Süd AG, kind: company, needs: [{text: "joint appearance at Hannover"}]}
  - {id: west, name: West KG, kind: supplier, needs: [{text: "Parkplätze für Besucher"}]}
project_types:
  - {id: workshop, label: Workshop, ambition: 1, participants: {min: 2, max: 6},
     addresses: any}
"""


def _write(tmp_path, corrections: str = ""):
    path = tmp_path / "scenario.yaml"
    text = SCENARIO + (f"themes:\n  corrections:\n{corrections}" if corrections else "")
    path.write_text(text, encoding="utf-8")
    return path


def test_without_corrections_the_paraphrase_stands_alone_and_is_flagged(tmp_path):
    found = find_themes(load_scenario(_write(tmp_path)).scenario)
    alone = found.theme(found.assignment[("sued", 0)])
    assert [s.actor for s in alone.statements] == ["sued"]
    assert found.assignment[("nord", 1)] == "trade-fair"


def test_a_correction_moves_a_statement_to_a_tag_or_to_another_statements_theme(tmp_path):
    path = _write(tmp_path, "    - {actor: sued, tag: trade-fair}\n"
                            "    - {actor: west, same_as: {actor: nord, need: 1}}\n")
    found = find_themes(load_scenario(path).scenario)
    assert found.assignment[("sued", 0)] == "trade-fair"
    assert found.assignment[("west", 0)] == found.assignment[("nord", 0)] == "skilled-workers"
    moved = [s for s in found.theme("trade-fair").statements if s.actor == "sued"][0]
    assert moved.corrected and moved.confidence == 1.0 and not moved.unsure
    kept = [s for s in found.theme("skilled-workers").statements if s.actor == "nord"][0]
    assert not kept.corrected


def test_a_statement_can_be_named_by_its_text(tmp_path):
    path = _write(tmp_path, "    - {actor: nord, text: 'fachkräftemangel  in der montage',"
                            " tag: trade-fair}\n")
    assert find_themes(load_scenario(path).scenario).assignment[("nord", 0)] == "trade-fair"


def test_corrections_are_applied_before_planning(tmp_path):
    path = _write(tmp_path, "    - {actor: sued, tag: trade-fair}\n")
    result = plan(load_scenario(path))
    trade_fair = next(t for t in result.themes if t.id == "trade-fair")
    assert set(trade_fair.actors) == {"nord", "sued"}
    assert any(set(p.participants) == {"nord", "sued"} for p in result.phases[0].projects)


def test_unknown_tags_actors_and_needs_are_located_errors(tmp_path):
    path = _write(tmp_path, "    - {actor: sued, tag: trade-fiar}\n"
                            "    - {actor: ost, tag: trade-fair}\n"
                            "    - {actor: nord, tag: trade-fair}\n"
                            "    - {actor: west, need: 3, same_as: {actor: sued, need: 2}}\n"
                            "    - {actor: west, tag: trade-fair, same_as: {actor: sued}}\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    text = caught.value.render()
    assert (f"{path}:19:26: themes.corrections, entry 1, tag: unknown need 'trade-fiar': not in "
            "'needs'; did you mean 'trade-fair'?") in text
    assert f"{path}:20:15: themes.corrections, entry 2, actor: unknown actor 'ost'" in text
    assert (f"{path}:21:7: themes.corrections, entry 3: actor 'nord' states 2 needs: say which one "
            "with 'need'") in text
    assert (f"{path}:22:27: themes.corrections, entry 4, need: actor 'west' states 1 need; "
            "there is ") in text
    assert (f"{path}:22:59: themes.corrections, entry 4, same_as.need: actor 'sued' states 1 need; "
            "there is no need 2") in text
    assert ("themes.corrections, entry 5: give either 'tag' (a catalogue need) or 'same_as' "
            "(another need)") in text


def test_a_scenario_built_in_code_resolves_corrections_the_same_way():
    scenario = scenario_from_dict({
        "name": "code",
        "needs": [{"id": "skilled-workers", "label": "Skilled workers"}],
        "actors": [{"id": "a", "name": "A", "kind": "company",
                    "needs": [{"text": "Parkplätze"}, {"text": "Kantine"}]}],
        "themes": {"corrections": [{"actor": "a", "need": 2, "tag": "skilled-workers"}]},
    })
    assert find_themes(scenario).assignment[("a", 1)] == "skilled-workers"
