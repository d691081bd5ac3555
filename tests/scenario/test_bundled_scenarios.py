"""The scenarios shipped in scenarios/ validate and have the shape the README promises."""

import re
from collections import Counter
from pathlib import Path

import pytest

from trustmatch.cli import main
from trustmatch.scenario import load_scenario
from trustmatch.scenario.competition import competitor_pairs

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
GERMAN = re.compile(r"\b(wir|und|für|die|der|den|unsere[rn]?|zu)\b|[äöüß]", re.IGNORECASE)
HAND_WRITTEN = ["young-cluster.yaml", "regional-network.yaml"]


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_bundled_scenario_validates_without_warnings_with_every_override(name):
    path = SCENARIOS / name
    loaded = load_scenario(path)
    assert loaded.warnings == ()
    assert main(["validate", str(path)]) == 0
    for override in loaded.scenario.overrides:
        assert load_scenario(path, overrides=[override]).warnings == ()


def test_young_cluster_is_small_bilingual_and_climbs_the_ambition_ladder():
    scenario = load_scenario(SCENARIOS / "young-cluster.yaml").scenario
    assert 10 <= len(scenario.actors) <= 20
    texts = [n.text for a in scenario.actors for n in a.needs if n.text]
    german = [t for t in texts if GERMAN.search(t)]
    assert german and len(german) < len(texts)  # German and English free text
    assert scenario.needs and competitor_pairs(scenario) and scenario.trust.known
    levels = {t.ambition for t in scenario.project_types}
    assert levels == {1, 2, 3, 4}
    prior = scenario.trust.prior_mean
    for kind in scenario.project_types:
        if kind.ambition == 1:
            assert kind.trust_required == 0
        else:
            assert kind.trust_required > prior
    # Starter projects fit the budget several times a phase; the most ambitious at least once.
    budget = scenario.capacities["budget_eur"]
    starter_costs = [t.uses["budget_eur"].fixed + 4 * t.uses["budget_eur"].per_participant
                     for t in scenario.project_types if t.ambition == 1]
    assert all(3 * cost <= budget for cost in starter_costs)
    assert all(t.uses["budget_eur"].fixed < budget for t in scenario.project_types)
    assert len(scenario.overrides) >= 3


def test_regional_network_is_mid_sized_mixed_with_several_competitor_groups():
    scenario = load_scenario(SCENARIOS / "regional-network.yaml").scenario
    assert 40 <= len(scenario.actors) <= 80
    kinds = Counter(a.kind for a in scenario.actors)
    assert set(kinds) == {"company", "startup", "supplier", "university", "research",
                          "association", "public"}
    markets_with_rivals = Counter()
    for a, b in competitor_pairs(scenario):
        shared = set(scenario.actor(a).markets) & set(scenario.actor(b).markets)
        markets_with_rivals.update(shared)
    assert len(markets_with_rivals) >= 5
