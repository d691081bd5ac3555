"""The network per phase: each measure against hand-computed values and against networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from trustmatch.book.network import degree_centralisation, network_from_ledger

YOUNG = Path(__file__).resolve().parents[2] / "scenarios" / "young-cluster.yaml"


def test_every_measure_matches_the_hand_computed_values(small, small_ledger):
    before, after_1, after_2 = network_from_ledger(small, small_ledger)
    assert (before.phase, before.source, before.ties, before.isolated) == (
        0, "known", 0, ["a", "b", "c", "d", "e"]
    )
    assert before.mean_trust == pytest.approx(0.3)
    # phase 1: triangle a-b-c; trust of its pairs (0.6 + 1) / (2 + 1)
    assert after_1.ties == 3
    assert after_1.density == pytest.approx(0.3)
    assert after_1.largest_part_share == pytest.approx(0.6)
    assert after_1.isolated == ["d", "e"]
    assert after_1.mean_trust == pytest.approx(0.3 + 3 * (1.6 / 3 - 0.3) / 10)
    assert after_1.degree_centralisation == pytest.approx(4 / 12)
    assert after_1.brokers == []
    assert after_1.ties_between_kinds == {"company-company": 1, "company-research": 2}
    # phase 2: c-d failed (a tie, trust 0.6 / 3); a-e cancelled (no tie)
    assert after_2.ties == 4
    assert after_2.density == pytest.approx(0.4)
    assert after_2.largest_part_share == pytest.approx(0.8)
    assert after_2.isolated == ["e"]
    assert after_2.mean_trust == pytest.approx(0.3 + (3 * (1.6 / 3 - 0.3) + (0.2 - 0.3)) / 10)
    assert after_2.degree_centralisation == pytest.approx(7 / 12)
    assert after_2.brokers == ["c"]
    assert after_2.ties_between_kinds == {
        "company-company": 1, "company-research": 2, "research-supplier": 1
    }


def test_measures_agree_with_networkx_on_a_random_ledger(small):
    import random

    from trustmatch.ledger import Ledger, LedgerEntry, LoadedLedger

    rng = random.Random(5)
    members = ["a", "b", "c", "d", "e"]
    entries = []
    for phase in (1, 2, 3):
        for k in range(2):
            group = rng.sample(members, rng.randint(2, 3))
            entries.append(LedgerEntry(phase=phase, project=f"p{phase}{k}", ambition=1,
                                       result=rng.choice(["success", "failure"]),
                                       participants=group))
    metrics = network_from_ledger(small, LoadedLedger(Ledger(scenario="small-cluster",
                                                             entries=entries)))
    for measured in metrics[1:]:
        graph = nx.Graph()
        graph.add_nodes_from(members)
        for e in entries:
            if e.phase <= measured.phase:
                graph.add_edges_from(nx.complete_graph(e.participants).edges)
        assert measured.ties == graph.number_of_edges()
        assert measured.density == pytest.approx(nx.density(graph))
        largest = max(len(c) for c in nx.connected_components(graph))
        assert measured.largest_part_share == pytest.approx(largest / 5)
        assert measured.isolated == sorted(nx.isolates(graph))
        assert measured.brokers == sorted(nx.articulation_points(graph))


def test_degree_centralisation_of_a_star_is_one_and_of_a_ring_zero():
    assert degree_centralisation(nx.star_graph(5)) == pytest.approx(1.0)
    assert degree_centralisation(nx.cycle_graph(6)) == pytest.approx(0.0)
    assert degree_centralisation(nx.path_graph(2)) == 0.0


def test_a_simulated_roadmap_continues_the_record_marked_as_forecast():
    from trustmatch import load_scenario, roadmap
    from trustmatch.book.network import network_from_roadmap

    loaded = load_scenario(YOUNG)
    result = roadmap(loaded, phases=2, seed=3)
    metrics = network_from_roadmap(loaded.scenario, result)
    assert [m.phase for m in metrics] == [0, 1, 2]
    assert [m.source for m in metrics] == ["known", "simulated", "simulated"]
    assert metrics[2].ties >= metrics[1].ties >= metrics[0].ties
    assert metrics[2].mean_trust == pytest.approx(result.phases[1].trust_after.mean)
