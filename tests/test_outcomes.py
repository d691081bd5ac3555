"""Success probability and seeded simulated outcomes."""

from __future__ import annotations

import pytest

from trustmatch.outcomes import (
    outcome_rng,
    replication_seed,
    simulate_outcome,
    success_probability,
)
from trustmatch.results import PlannedProject
from trustmatch.scenario.models import SimulationSettings
from trustmatch.trust import TrustState

SETTINGS = SimulationSettings(trust_effect=0.5, size_penalty=0.02, ambition_penalty=0.05)
PRIOR = TrustState(actors=("a", "b", "c", "d"), prior_a=0.6, prior_b=1.4)


def test_probability_hand_computed():
    trusted = PRIOR.record(["a", "b"], "success", 2)  # pair a-b at 0.65
    # mean trust of a, b, c: (0.65 + 0.3 + 0.3) / 3; 3 participants, minimum 2, ambition 3
    expected = 0.8 + 0.5 * ((0.65 + 0.6) / 3 - 0.3) - 0.02 * 1 - 0.05 * 2
    p = success_probability(0.8, 3, 2, ["a", "b", "c"], trusted, SETTINGS)
    assert p == pytest.approx(expected)


def test_probability_clipped_and_monotone():
    assert success_probability(1.0, 1, 2, ["a", "b"], PRIOR, SETTINGS) == 0.99
    assert success_probability(0.05, 4, 2, ["a", "b", "c", "d"], PRIOR, SETTINGS) == 0.01
    low = success_probability(0.7, 1, 2, ["a", "b"], PRIOR, SETTINGS)
    high = success_probability(
        0.7, 1, 2, ["a", "b"], PRIOR.record(["a", "b"], "success", 1), SETTINGS
    )
    assert high > low
    assert success_probability(0.7, 2, 2, ["a", "b"], PRIOR, SETTINGS) < low
    assert success_probability(0.7, 1, 2, ["a", "b", "c"], PRIOR, SETTINGS) < low


def _project(pid: str, p: float) -> PlannedProject:
    return PlannedProject(
        id=pid,
        type="workshop",
        label=pid,
        ambition=1,
        sensitivity="none",
        needs=[],
        participants=["a", "b"],
        uses={},
        value=1.0,
        new_contacts=[],
        success_probability=p,
        why="",
    )


def test_outcome_streams_are_keyed_by_seed_phase_and_project():
    first = outcome_rng(7, 1, "workshop:x:1").random()
    assert outcome_rng(7, 1, "workshop:x:1").random() == first
    assert outcome_rng(7, 2, "workshop:x:1").random() != first
    assert outcome_rng(8, 1, "workshop:x:1").random() != first
    assert outcome_rng(7, 1, "workshop:x:2").random() != first


def test_simulated_outcome_uses_probability():
    draws = [simulate_outcome(_project(f"p{i}", 0.7), seed=3, phase=1) for i in range(400)]
    share = sum(o.result == "success" for o in draws) / len(draws)
    assert 0.6 < share < 0.8
    assert all(o.source == "simulated" and o.probability == 0.7 for o in draws)
    assert simulate_outcome(_project("x", 0.99), 1, 1).result in ("success", "failure")
    # the same draw with a higher probability can only turn a failure into a success
    for i in range(50):
        low = simulate_outcome(_project(f"p{i}", 0.3), 5, 2).result
        high = simulate_outcome(_project(f"p{i}", 0.6), 5, 2).result
        assert not (low == "success" and high == "failure")


def test_replication_seeds():
    assert replication_seed(42, 0) == 42
    seeds = [replication_seed(42, i) for i in range(1, 50)]
    assert len(set(seeds)) == 49
    assert all(0 <= s < 2**63 for s in seeds)
    assert replication_seed(42, 3) == replication_seed(42, 3) != replication_seed(43, 3)
