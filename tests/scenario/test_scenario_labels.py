"""Words for readers in the scenario: labels per language, resources with label and unit."""

from __future__ import annotations

import pytest

from trustmatch.errors import ScenarioError
from trustmatch.i18n.words import ScenarioWords
from trustmatch.scenario import load_scenario_text
from trustmatch.scenario.schema import scenario_schema

SCENARIO = """\
name: tiny
title: {en: Tiny cluster, de: Kleiner Cluster}
description: {en: Two firms., de: Zwei Firmen.}
resources:
  budget_eur: {capacity: 12000, label: {en: Budget, de: Budget}, unit: €}
  lab_days: {capacity: 4, label: {en: Lab, de: Labor}, unit: {en: days, de: Tage}}
  hours: 20
needs:
  - id: skilled-workers
    label: {en: Finding skilled workers, de: Fachkräfte finden}
actors:
  - {id: a, name: A GmbH, kind: company, needs: [{need: skilled-workers}]}
  - {id: b, name: B AG, kind: company, needs: [{need: skilled-workers}]}
project_types:
  - id: workshop
    label: {de: Erfahrungsaustausch, en: Experience exchange}
    uses: {budget_eur: {fixed: 1500}}
"""


def _load(text: str = SCENARIO, sets: tuple[str, ...] = ()):
    return load_scenario_text(text, "s.yaml", sets=list(sets)).scenario


def test_labels_per_language_and_the_plain_label_stays_one_string():
    scenario = _load()
    need = scenario.needs[0]
    assert need.label == "Finding skilled workers"  # what free text is matched against
    assert need.label_in("de") == "Fachkräfte finden"
    ptype = scenario.project_types[0]
    assert (ptype.label, ptype.label_in("de")) == ("Experience exchange", "Erfahrungsaustausch")
    assert scenario.title_in("de") == "Kleiner Cluster"
    assert scenario.description_in("en") == "Two firms."


def test_resources_in_words_and_as_plain_numbers():
    scenario = _load()
    assert scenario.capacities == {"budget_eur": 12000, "lab_days": 4, "hours": 20}
    words = ScenarioWords(scenario, "de")
    assert words.amount("budget_eur", 1500) == "1.500\u00a0€"
    assert words.amount("lab_days", 2) == "2\u00a0Tage"
    assert words.resource("hours") == "hours"  # no label given: the key
    english = ScenarioWords(scenario, "en")
    assert english.amount("budget_eur", 1500) == "€1,500"
    assert english.amount_with_name("lab_days", 2) == "Lab: 2\u00a0days"


def test_a_number_set_on_a_resource_in_words_changes_its_capacity_only():
    scenario = _load(sets=("resources.budget_eur=9000",))
    assert scenario.capacities["budget_eur"] == 9000
    assert ScenarioWords(scenario, "de").amount("budget_eur", 9000) == "9.000\u00a0€"


def test_mistakes_in_the_words_are_located_and_named():
    bad = SCENARIO.replace("unit: €}", "unitt: €}").replace("{en: Finding", "{fr: Finding")
    with pytest.raises(ScenarioError) as caught:
        _load(bad)
    lines = [problem.format() for problem in caught.value.problems]
    assert any("resources.budget_eur.unitt: unknown key 'unitt'; did you mean 'unit'?" in line
               for line in lines), lines
    assert any("needs, entry 1 (skilled-workers): 'label' is given for the language 'fr'" in line
               for line in lines), lines
    assert len(lines) == 2


def test_the_json_schema_accepts_both_forms():
    schema = scenario_schema()
    label = schema["$defs"]["CatalogueNeed"]["properties"]["label"]
    assert {branch["type"] for branch in label["anyOf"]} == {"string", "object"}
    resources = schema["properties"]["resources"]["additionalProperties"]["anyOf"]
    assert {"type": "number", "minimum": 0} in resources
