"""The optimal strategy reaches proven optima.

Brute force on small selection problems, and the OR-Library multidimensional knapsack problems of
Petersen with their published optimum.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from checker import Checker, Spec
from hypothesis import given, settings
from hypothesis import strategies as st
from random_scenarios import random_scenario, random_trust

from trustmatch.planner import plan_phase, prepare
from trustmatch.results import SolverStatus
from trustmatch.scenario import scenario_from_dict
from trustmatch.trust import initial_trust

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ORLIB = SHARED / "reference" / "orlib"


def brute_force(scenario, themes, trust, strategy: str = "one-phase") -> float:
    """Best objective over every subset of the explicit projects (the empty one included)."""
    checker = Checker(scenario, themes, trust)
    theme_list = list(themes)
    specs = []
    for project in scenario.projects:
        addressed = [t.id for t in theme_list if set(t.needs) & set(project.addresses)]
        specs.append(Spec(project.type, project.id, addressed, sorted(set(project.participants))))
    best = 0.0
    for size in range(1, len(specs) + 1):
        for subset in combinations(specs, size):
            chosen = list(subset)
            if not checker.violations(chosen):
                best = max(best, checker.objective(chosen, strategy))
    return best


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1))
def test_optimal_matches_brute_force_on_explicit_projects(seed):
    scenario = random_scenario(seed, explicit_only=True, max_explicit=10)
    trust = random_trust(scenario, seed)
    context = prepare(scenario)
    phase = plan_phase(context, trust, 1, mip_gap=0.0)
    assert phase.solver.status == SolverStatus.OPTIMAL
    expected = brute_force(scenario, context.themes.themes, trust)
    assert phase.solver.objective == pytest.approx(expected, abs=1e-6)


def test_brute_force_case_with_contacts_and_fairness_is_nontrivial():
    # Two competitors a0/a1; the rich project serves only a0 (unfair alone), the pair project
    # brings both plus new contacts: the optimum must take the fair combination.
    data = {
        "name": "fair-pick",
        "resources": {"budget": 10},
        "objective": {"need_value": 1.0, "new_contacts": 1.0, "cost": 0.0},
        "needs": [{"id": "n0", "label": "Need 0"}, {"id": "n1", "label": "Need 1"}],
        "actors": [
            {"id": "a0", "name": "A0", "kind": "company", "markets": ["m"],
             "needs": [{"need": "n0", "weight": 3}, {"need": "n1", "weight": 1}]},
            {"id": "a1", "name": "A1", "kind": "company", "markets": ["m"],
             "needs": [{"need": "n1", "weight": 1}]},
            {"id": "a2", "name": "A2", "kind": "university",
             "needs": [{"need": "n1", "weight": 2}]},
        ],
        "competition": {"tolerance": 0.3},
        "projects": [
            {"id": "solo", "participants": ["a0", "a2"], "addresses": ["n0"],
             "uses": {"budget": 5}},
            {"id": "pair", "participants": ["a0", "a1", "a2"], "addresses": ["n1"],
             "uses": {"budget": 5}},
        ],
    }
    scenario = scenario_from_dict(data)
    trust = initial_trust(scenario)
    context = prepare(scenario)
    phase = plan_phase(context, trust, 1, strategy="optimal")
    expected = brute_force(scenario, context.themes.themes, trust, "optimal")
    assert phase.solver.objective == pytest.approx(expected)
    # solo alone: a0 share 0.75 vs a1 0 -> unfair; pair gives every share 1.0 for a1, 0.25 a0;
    # solo + pair: a0 1.0, a1 1.0 -> fair, value 3+1+1+2 = 7 plus 3 new contacts.
    assert expected == pytest.approx(10.0)
    assert [p.id for p in phase.projects] == ["solo", "pair"]
    # The objective of issue 13 adds the contact rule: 3 members with needs reached, 2.0 each
    # (both projects are of ambition 1, benefit 1.0, so the need value stays 7).
    phase = plan_phase(context, trust, 1, strategy="one-phase")
    expected = brute_force(scenario, context.themes.themes, trust, "one-phase")
    assert phase.solver.objective == pytest.approx(expected) == pytest.approx(16.0)
    assert [p.id for p in phase.projects] == ["solo", "pair"]


def read_mknap(path: Path) -> list[tuple[list[float], list[list[float]], list[float], float]]:
    """Parse an OR-Library mknap file: K; then per problem n m opt, profits, rows, capacities."""
    numbers = [float(x) for x in path.read_text().split()]
    position = 0

    def take(count):
        nonlocal position
        chunk = numbers[position : position + count]
        position += count
        return chunk

    problems = []
    (count,) = take(1)
    for _ in range(int(count)):
        n, m, optimum = take(3)
        n, m = int(n), int(m)
        profits = take(n)
        rows = [take(n) for _ in range(m)]
        capacities = take(m)
        problems.append((profits, rows, capacities, optimum))
    return problems


def knapsack_scenario(name, profits, rows, capacities):
    """A scenario of explicit projects, one actor each, that is exactly the knapsack problem."""
    n = len(profits)
    return scenario_from_dict(
        {
            "name": name,
            "resources": {f"r{i}": capacities[i] for i in range(len(rows))},
            "objective": {"need_value": 1.0, "new_contacts": 0.0, "cost": 0.0},
            "actors": [
                {"id": f"item{j}", "name": f"Item {j}", "kind": "association"} for j in range(n)
            ],
            "projects": [
                {
                    "id": f"p{j}",
                    "participants": [f"item{j}"],
                    "value": profits[j],
                    "uses": {f"r{i}": rows[i][j] for i in range(len(rows))},
                }
                for j in range(n)
            ],
        }
    )


@pytest.mark.skipif(not (ORLIB / "mknap1.txt").exists(), reason="shared/reference/orlib missing")
def test_petersen_knapsacks_reach_the_published_optimum():
    problems = read_mknap(ORLIB / "mknap1.txt")
    assert len(problems) == 7
    for k, (profits, rows, capacities, optimum) in enumerate(problems, start=1):
        scenario = knapsack_scenario(f"mknap1-{k}", profits, rows, capacities)
        phase = plan_phase(prepare(scenario), initial_trust(scenario), 1, mip_gap=0.0)
        assert phase.solver.status == SolverStatus.OPTIMAL, k
        assert phase.solver.objective == pytest.approx(optimum, abs=1e-6), k
        assert phase.solver.gap == 0.0
        chosen = {p.id for p in phase.projects}
        assert sum(profits[int(p[1:])] for p in chosen) == pytest.approx(optimum)
