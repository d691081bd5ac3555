"""Graphs of the cluster: actors x themes, competitors, trust."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.algorithms import bipartite

from trustmatch.errors import ScenarioError
from trustmatch.graph import (
    actor_theme_graph,
    competitor_graph,
    overlaps,
    theme_overlap_matrix,
    trust_graph,
)
from trustmatch.needs import find_themes
from trustmatch.scenario import scenario_from_dict
from trustmatch.trust import initial_trust


def _scenario(**extra):
    data = {
        "name": "graphs",
        "needs": [
            {"id": "skilled-workers", "label": "Finding and keeping skilled workers"},
            {"id": "purchasing", "label": "Joint purchasing", "sensitivity": "low"},
            {"id": "cleanroom", "label": "Access to a cleanroom"},
        ],
        "actors": [
            {"id": "a-optik", "name": "A Optik", "kind": "company", "markets": ["optics"],
             "needs": [{"need": "skilled-workers", "weight": 3}, {"need": "purchasing"},
                       {"text": "Fachkräftemangel", "weight": 2}]},
            {"id": "b-optik", "name": "B Optik", "kind": "company", "markets": ["optics"],
             "needs": [{"need": "skilled-workers", "weight": 2},
                       {"text": "Kontakte zu Investoren"}]},
            {"id": "c-coat", "name": "C Coat", "kind": "supplier", "markets": ["coatings"],
             "needs": [{"need": "purchasing", "weight": 2}, {"need": "cleanroom"}]},
            {"id": "uni", "name": "Uni", "kind": "university", "markets": ["optics"]},
        ],
        "competition": {"pairs": [["c-coat", "uni"]]},
        "trust": {"known": [{"pair": ["b-optik", "a-optik"], "value": 0.7}]},
    }
    data.update(extra)
    return scenario_from_dict(data)


def test_actor_theme_graph_is_bipartite_with_need_weights():
    scenario = _scenario()
    themes = find_themes(scenario)
    graph = actor_theme_graph(scenario, themes)
    actors = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    theme_nodes = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 1}
    assert actors == {"a-optik", "b-optik", "c-coat", "uni"}
    assert theme_nodes == {"skilled-workers", "purchasing", "cleanroom", "theme-1"}
    assert bipartite.is_bipartite_node_set(graph, actors)
    assert graph.nodes["a-optik"] == {"bipartite": 0, "kind": "company", "name": "A Optik"}
    assert graph.nodes["purchasing"]["label"] == "Joint purchasing"
    assert graph.nodes["purchasing"]["sensitivity"] == "low"
    # A tagged need and a free-text need in the same theme add up.
    assert graph["a-optik"]["skilled-workers"]["weight"] == 5.0
    assert graph["c-coat"]["purchasing"]["weight"] == 2.0
    assert graph["b-optik"]["theme-1"]["weight"] == 1.0
    assert graph.degree("uni") == 0
    for actor in scenario.actors:
        stated = sum(n.weight for n in actor.needs)
        assert graph.degree(actor.id, weight="weight") == pytest.approx(stated)


def test_actor_theme_graph_rejects_a_theme_named_like_an_actor():
    scenario = _scenario()
    themes = find_themes(scenario)
    clashing = _scenario(
        actors=[*scenario.model_dump()["actors"],
                {"id": "purchasing", "name": "Purchasing GmbH", "kind": "company"}]
    )
    with pytest.raises(ScenarioError, match="'purchasing' is the id of a member and of a need"):
        actor_theme_graph(clashing, themes)


def test_overlaps_are_themes_shared_by_two_actors():
    themes = find_themes(_scenario())
    shared = overlaps(themes)
    assert [t.id for t in shared] == ["purchasing", "skilled-workers"]
    assert all(len(t.actors) >= 2 for t in shared)


def test_theme_overlap_matrix_counts_shared_actors():
    ids, matrix = theme_overlap_matrix(find_themes(_scenario()))
    assert ids == ["cleanroom", "purchasing", "skilled-workers", "theme-1"]
    assert matrix == [
        [1, 1, 0, 0],  # cleanroom: c-coat
        [1, 2, 1, 0],  # purchasing: a-optik, c-coat
        [0, 1, 2, 1],  # skilled-workers: a-optik, b-optik
        [0, 0, 1, 1],  # theme-1 (investors): b-optik
    ]


def test_competitor_graph_has_every_actor_and_every_competitor_pair():
    scenario = _scenario()
    graph = competitor_graph(scenario)
    assert set(graph.nodes) == {"a-optik", "b-optik", "c-coat", "uni"}
    # The university shares a market but is no firm; the explicit pair is added.
    assert {tuple(sorted(e)) for e in graph.edges} == {("a-optik", "b-optik"), ("c-coat", "uni")}
    assert graph.nodes["uni"]["kind"] == "university"
    removed = competitor_graph(_scenario(competition={"not_competing": [["b-optik", "a-optik"]]}))
    assert list(removed.edges) == []
    assert removed.number_of_nodes() == 4


def test_trust_graph_has_an_edge_per_pair_off_the_prior():
    trust = initial_trust(_scenario())
    graph = trust_graph(trust)
    assert set(graph.nodes) == {"a-optik", "b-optik", "c-coat", "uni"}
    assert list(graph.edges(data="trust")) == [("a-optik", "b-optik", pytest.approx(0.7))]
    after = trust_graph(trust.record(["c-coat", "uni", "a-optik"], "success", 1))
    # The three pairs of the joint project plus the known pair.
    assert {tuple(sorted(e)) for e in after.edges} == {
        ("a-optik", "b-optik"), ("a-optik", "c-coat"), ("a-optik", "uni"), ("c-coat", "uni")
    }
    assert after["c-coat"]["uni"]["trust"] == pytest.approx(trust.record(
        ["c-coat", "uni"], "success", 1).pair_trust("c-coat", "uni"))
    assert after["c-coat"]["uni"]["trust"] > trust.prior_mean
    assert nx.is_connected(after.subgraph(["a-optik", "b-optik", "c-coat", "uni"]))
