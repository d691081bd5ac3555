"""The who-worked-with-whom network of the cluster, measured phase by phase.

Evaluators of cluster programmes measure the network before and after (Giuliani & Pietrobelli,
IDB-TN-317): how dense it is, how many members are in its largest connected part, who is still
isolated, which kinds of member are tied to each other (firm-research, firm-supplier), how much it
hangs on a few members (degree centralisation) and who are its brokers (members whose removal
splits the network). Here a tie is a pair of members who took part in a joint project that took
place (success or failure; a cancelled project did not take place), or who were known to work
together before (the scenario's known trust: phase 0). Ties accumulate over the phases; trust is
the beta-reputation trust after each phase (:mod:`trustmatch.trust`).

The same measures are computed from a simulated roadmap; those phases are marked ``simulated``
(a forecast, not a record).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from trustmatch.scenario.models import Scenario
from trustmatch.trust import initial_trust, pair_key

Tie = tuple[str, str]
"""A pair of member ids, sorted."""


class NetworkModel(BaseModel):
    """Base of the network result models: strict and immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class NetworkMetrics(NetworkModel):
    """The network after one phase (phase 0: before the first project)."""

    phase: int
    """Phase after which the network is measured (0 = before any project)."""
    source: Literal["known", "recorded", "simulated"]
    """``known`` (earlier cooperation only), ``recorded`` (ledger) or ``simulated`` (forecast)."""
    members: int
    """Members of the cluster."""
    ties: int
    """Pairs of members who have worked together."""
    density: float
    """Ties as a share of all possible pairs (0-1)."""
    largest_part_share: float
    """Share of members in the largest connected part of the network (0-1)."""
    isolated: list[str]
    """Members without any tie (ids, sorted)."""
    mean_trust: float
    """Mean pairwise trust over all pairs of members (cluster trust)."""
    ties_between_kinds: dict[str, int]
    """Ties per pair of member kinds, e.g. ``company-research`` (kinds sorted, joined by -)."""
    degree_centralisation: float
    """Freeman degree centralisation (0: everyone equally tied, 1: a star around one member)."""
    brokers: list[str]
    """Members whose removal splits a connected part of the network (articulation points)."""
    edges: list[Tie] = Field(default_factory=list)
    """The ties themselves (for figures)."""


def measure(
    scenario: Scenario,
    ties: Iterable[Tie],
    mean_trust: float,
    phase: int,
    source: Literal["known", "recorded", "simulated"],
) -> NetworkMetrics:
    """Measure the network of ``ties`` among the scenario's members.

    Args:
        scenario: The cluster (its members and their kinds).
        ties: Pairs of members who have worked together.
        mean_trust: Cluster trust at the same moment.
        phase: Phase number the measurement belongs to.
        source: Where the ties come from.

    Returns:
        The measures, computed with networkx.
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(actor.id for actor in scenario.actors)
    edges = sorted({pair_key(a, b) for a, b in ties if a != b})
    graph.add_edges_from(edges)
    n = graph.number_of_nodes()
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    between: dict[str, int] = {}
    for a, b in edges:
        key = "-".join(sorted((kinds[a], kinds[b])))
        between[key] = between.get(key, 0) + 1
    largest = max((len(part) for part in nx.connected_components(graph)), default=0)
    return NetworkMetrics(
        phase=phase,
        source=source,
        members=n,
        ties=len(edges),
        density=round(nx.density(graph), 6) if n > 1 else 0.0,
        largest_part_share=round(largest / n, 6) if n else 0.0,
        isolated=sorted(node for node, degree in graph.degree() if degree == 0),
        mean_trust=round(mean_trust, 6),
        ties_between_kinds=dict(sorted(between.items())),
        degree_centralisation=round(degree_centralisation(graph), 6),
        brokers=sorted(nx.articulation_points(graph)),
        edges=edges,
    )


def degree_centralisation(graph) -> float:
    """Return Freeman's degree centralisation of an undirected graph.

    ``sum(max_degree - degree(v)) / ((n - 1) * (n - 2))``: 1 for a star, 0 when every member
    has the same number of ties; 0 for fewer than three members.
    """
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [degree for _, degree in graph.degree()]
    top = max(degrees)
    return sum(top - degree for degree in degrees) / ((n - 1) * (n - 2))


def known_ties(scenario: Scenario) -> list[Tie]:
    """Return the pairs known to have worked together before (the scenario's known trust)."""
    return sorted(pair_key(*entry.pair) for entry in scenario.trust.known)


def project_ties(participants: Sequence[str]) -> list[Tie]:
    """Return every pair of a project's participants."""
    return [pair_key(a, b) for a, b in combinations(sorted(set(participants)), 2)]


def network_from_ledger(scenario: Scenario, ledger) -> list[NetworkMetrics]:
    """Measure the network before the first phase and after every recorded phase.

    Args:
        scenario: The cluster.
        ledger: A :class:`trustmatch.ledger.LoadedLedger` or ``Ledger`` (checked against the
            scenario as ``plan --ledger`` does).

    Returns:
        One measurement per phase, phase 0 (known cooperation) first.
    """
    from trustmatch.ledger import LoadedLedger, apply_ledger

    loaded = ledger if isinstance(ledger, LoadedLedger) else LoadedLedger(ledger)
    apply_ledger(scenario, loaded, initial_trust(scenario))  # raises on a foreign ledger
    entries = loaded.ledger.entries
    trust = initial_trust(scenario)
    ties = set(known_ties(scenario))
    out = [measure(scenario, ties, trust.cluster_trust(), 0, "known")]
    last = max((entry.phase for entry in entries), default=0)
    for phase in range(1, last + 1):
        done = [e for e in entries if e.phase == phase]
        trust = trust.end_phase().record_many((e.participants, e.result, e.ambition) for e in done)
        for entry in done:
            if entry.result != "cancelled":
                ties.update(project_ties(entry.participants))
        out.append(measure(scenario, ties, trust.cluster_trust(), phase, "recorded"))
    return out


def network_from_roadmap(
    scenario: Scenario, roadmap, start: list[NetworkMetrics] | None = None
) -> list[NetworkMetrics]:
    """Measure the network after each phase of a (simulated) roadmap.

    Args:
        scenario: The cluster.
        roadmap: A :class:`trustmatch.results.RoadmapResult`.
        start: The measurements the roadmap continues (e.g. :func:`network_from_ledger` of the
            recorded phases); without it, the roadmap starts from the known cooperation.

    Returns:
        The starting measurements followed by one per roadmap phase; phases whose outcomes were
        drawn by the simulation are marked ``simulated``.
    """
    out = list(start) if start else [
        measure(scenario, known_ties(scenario), initial_trust(scenario).cluster_trust(), 0,
                "known")
    ]
    ties = set(out[-1].edges)
    measured = out[-1].phase
    for phase in roadmap.phases:
        if phase.plan.phase <= measured:  # already measured from the record
            continue
        for outcome in phase.outcomes:
            if outcome.result != "cancelled":
                ties.update(project_ties(outcome.participants))
        recorded = bool(phase.outcomes) and all(o.source == "recorded" for o in phase.outcomes)
        out.append(
            measure(
                scenario,
                ties,
                phase.trust_after.mean,
                phase.plan.phase,
                "recorded" if recorded else "simulated",
            )
        )
    return out
