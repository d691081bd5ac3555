"""The interactive network's data: escaped for a script element, complete, deterministic."""

from __future__ import annotations

import json

import pytest
from report_fixtures import HOSTILE_NAME

from trustmatch.report.i18n import Translator
from trustmatch.report.network import embed_json, network_data, roadmap_outcomes
from trustmatch.scenario.competition import competitor_pairs

HOSTILE_TEXTS = [
    HOSTILE_NAME,
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "a\u2028b\u2029c",
    "Müller & Söhne \"GmbH\" 'x' \\ back",
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_embedded_json_cannot_end_the_script_and_reads_back_exactly(text):
    embedded = embed_json({"name": text, "list": [text]})
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in embedded
    assert json.loads(embedded) == {"name": text, "list": [text]}


def network_of(loaded, roadmap, lang="en"):
    scenario = loaded.scenario
    return network_data(
        scenario.actors, roadmap.themes, competitor_pairs(scenario),
        [phase.plan for phase in roadmap.phases], roadmap_outcomes(roadmap),
        roadmap.phases[-1].trust_after, roadmap.phases[0].plan.phase, Translator(lang),
    )


def test_network_data_holds_every_member_their_projects_and_contacts(hostile_loaded,
                                                                    hostile_roadmap):
    data = network_of(hostile_loaded, hostile_roadmap)
    names = [member["name"] for member in data["members"]]
    assert names == [actor.name for actor in hostile_loaded.scenario.actors]
    assert HOSTILE_NAME in names
    planned = sum(len(phase.plan.projects) for phase in hostile_roadmap.phases)
    assert len(data["projects"]) == planned
    first = hostile_roadmap.phases[0].plan
    recommended = [p for p in data["projects"] if p["phase"] == first.phase]
    assert {p["status"] for p in recommended} == {"recommended"}
    later = [p for p in data["projects"] if p["phase"] != first.phase]
    assert later and all(p["status"].startswith("simulated: ") for p in later)
    # Every pair that shares a project is a link, and each member lists its projects.
    for number, project in enumerate(data["projects"]):
        for index in project["participants"]:
            assert number in data["members"][index]["projects"]
    linked = {frozenset((pair["a"], pair["b"])) for pair in data["pairs"] if pair["projects"]}
    for project in data["projects"]:
        people = sorted(project["participants"])
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                assert frozenset((a, b)) in linked
    assert all(0 <= m["x"] <= 1 and 0 <= m["y"] <= 1 for m in data["members"])
    # German texts for a German report.
    german = network_of(hostile_loaded, hostile_roadmap, "de")
    assert german["text"]["hint"].startswith("Klicken Sie")
    assert {p["status"] for p in german["projects"] if p["phase"] == first.phase} == {
        "empfohlen"}


def test_network_layout_is_the_same_on_every_run(hostile_loaded, hostile_roadmap):
    first = network_of(hostile_loaded, hostile_roadmap)
    second = network_of(hostile_loaded, hostile_roadmap)
    assert embed_json(first) == embed_json(second)
