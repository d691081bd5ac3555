"""The cluster as graphs (networkx): who needs what, who competes, who trusts whom.

* :func:`actor_theme_graph`: bipartite actors x themes, edge weight = the actor's need weight;
* :func:`overlaps` and :func:`theme_overlap_matrix`: themes several actors share;
* :func:`competitor_graph`: competitor pairs (explicit and derived from markets);
* :func:`trust_graph`: pairs whose trust differs from the prior.

Nodes and edges are added in sorted order so that drawings and exports are reproducible.
"""

from __future__ import annotations

import networkx as nx

from trustmatch.errors import Problem, ScenarioError
from trustmatch.needs import NeedThemes
from trustmatch.results import Theme
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.scenario.models import Scenario
from trustmatch.trust import TrustState


def actor_theme_graph(scenario: Scenario, themes: NeedThemes) -> nx.Graph:
    """Return the bipartite graph of actors and the themes of their needs.

    Actor nodes carry ``bipartite=0``, ``kind`` and ``name``; theme nodes carry ``bipartite=1``,
    ``label``, ``sensitivity`` and ``needs``. An edge joins an actor to each theme it stated a need
    in; its ``weight`` is the actor's total need weight in that theme. Every actor is a node, also
    one without needs.

    Args:
        scenario: The scenario (for the actors).
        themes: The need themes found in it.

    Returns:
        The bipartite graph.

    Raises:
        ScenarioError: A member and a need theme have the same id (they would be one node).
    """
    graph = nx.Graph()
    actor_ids = {actor.id for actor in scenario.actors}
    clashes = sorted(actor_ids.intersection(theme.id for theme in themes.themes))
    if clashes:
        raise ScenarioError(
            [
                Problem(
                    "<scenario>", None, None, "actors",
                    f"'{name}' is the id of a member and of a need theme; give one of them "
                    "another id",
                )
                for name in clashes
            ],
            summary="Members and needs share ids",
        )
    for actor in sorted(scenario.actors, key=lambda a: a.id):
        graph.add_node(actor.id, bipartite=0, kind=actor.kind, name=actor.name)
    for theme in themes.themes:
        graph.add_node(
            theme.id,
            bipartite=1,
            label=theme.label,
            sensitivity=theme.sensitivity,
            needs=list(theme.needs),
        )
    for theme in themes.themes:
        for actor, weight in sorted(theme.actors.items()):
            graph.add_edge(actor, theme.id, weight=weight)
    return graph


def overlaps(themes: NeedThemes) -> list[Theme]:
    """Return the themes shared by at least two actors (sorted by id)."""
    return [theme for theme in themes.themes if len(theme.actors) >= 2]


def competitor_graph(scenario: Scenario) -> nx.Graph:
    """Return every actor as a node (with ``kind`` and ``name``), competitor pairs as edges."""
    graph = nx.Graph()
    for actor in sorted(scenario.actors, key=lambda a: a.id):
        graph.add_node(actor.id, kind=actor.kind, name=actor.name)
    graph.add_edges_from(competitor_pairs(scenario))
    return graph


def trust_graph(trust: TrustState) -> nx.Graph:
    """Return every actor as a node, and an edge with attribute ``trust`` per pair off the prior.

    Pairs at the prior (no history) have no edge: their trust is ``trust.prior_mean``.
    """
    graph = nx.Graph()
    graph.add_nodes_from(sorted(trust.actors))
    for a, b, value in trust.non_prior_pairs():
        graph.add_edge(a, b, trust=value)
    return graph


def theme_overlap_matrix(themes: NeedThemes) -> tuple[list[str], list[list[int]]]:
    """Return theme ids and, for each two themes, how many actors state needs in both.

    The diagonal holds each theme's number of actors.
    """
    ids = [theme.id for theme in themes.themes]
    members = [set(theme.actors) for theme in themes.themes]
    matrix = [[len(row & column) for column in members] for row in members]
    return ids, matrix
