"""Monte Carlo replications: the shared first phase is planned once.

Any number of worker processes gives the same result.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import trustmatch.replications
import trustmatch.roadmap
from trustmatch.outcomes import replication_seed, simulate_outcome
from trustmatch.results import to_json
from trustmatch.roadmap import roadmap
from trustmatch.scenario import load_scenario
from trustmatch.strategy_comparison import compare_strategies

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "batch" / "tiny-cluster.yaml"
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"


def comparable(result) -> dict:
    """The result as JSON data without the solver's wall-clock seconds."""
    data = json.loads(to_json(result))
    for phase in data["phases"]:
        (phase.get("plan") or phase)["solver"]["seconds"] = 0.0
    return data


@pytest.fixture
def plan_calls(monkeypatch) -> list[int]:
    """Count the phases the planner plans (as called by the roadmap and the replications)."""
    calls: list[int] = []
    original = trustmatch.roadmap.plan_phase

    def counting(context, trust, phase, **kwargs):
        calls.append(phase)
        return original(context, trust, phase, **kwargs)

    monkeypatch.setattr(trustmatch.roadmap, "plan_phase", counting)
    monkeypatch.setattr(trustmatch.replications, "plan_phase", counting)
    return calls


def test_each_situation_is_planned_once_for_all_replications(plan_calls):
    loaded = load_scenario(YOUNG)
    result = roadmap(loaded, replications=8, phases=3, strategy="greedy")
    assert plan_calls.count(1) == 1
    first = result.phases[0].plan
    # Phase 2 starts from the trust phase 1's outcomes left: one plan per distinct outcome.
    patterns = {
        tuple(simulate_outcome(p, replication_seed(loaded.scenario.seed, i), 1).result
              for p in first.projects)
        for i in range(8)
    }
    assert plan_calls.count(2) == len(patterns) < 8
    assert plan_calls.count(3) <= 8
    assert len(result.monte_carlo) == 3


def test_a_random_strategy_plans_every_first_phase(plan_calls):
    roadmap(load_scenario(YOUNG), replications=3, phases=2, strategy="random")
    assert plan_calls.count(1) == 3


def test_sharing_the_first_phase_changes_no_number(monkeypatch):
    loaded = load_scenario(YOUNG)
    shared = comparable(roadmap(loaded, replications=4, phases=3))
    monkeypatch.setattr(trustmatch.replications, "RANDOM_STRATEGIES", frozenset({"optimal"}))
    planned_each_time = comparable(roadmap(loaded, replications=4, phases=3))
    assert shared == planned_each_time


def test_the_number_of_worker_processes_changes_nothing():
    loaded = load_scenario(TINY)
    one = comparable(roadmap(loaded, replications=6, jobs=1))
    two = comparable(roadmap(loaded, replications=6, jobs=2))
    assert one == two
    assert len(one["monte_carlo"]) == 2


def test_strategies_share_first_phases_and_match_one_by_one(plan_calls):
    loaded = load_scenario(YOUNG)
    result = compare_strategies(loaded, strategies=("optimal", "greedy"), replications=3,
                                phases=2, jobs=1)
    assert plan_calls.count(1) == 2  # once per strategy
    assert plan_calls.count(2) <= 6
    assert [row.strategy for row in result.strategies] == ["optimal", "greedy"]
    assert all(len(row.runs) == 3 for row in result.strategies)
