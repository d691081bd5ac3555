"""Every strategy's portfolio keeps every rule, checked by the independent checker."""

from __future__ import annotations

import pytest
from checker import Checker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from random_scenarios import random_scenario, random_trust

from trustmatch.planner import STRATEGIES, plan_phase, prepare
from trustmatch.results import SolverStatus


def _check(seed: int, strategy: str) -> None:
    scenario = random_scenario(seed)
    trust = random_trust(scenario, seed)
    context = prepare(scenario)
    phase = plan_phase(context, trust, 1, strategy=strategy, seed=seed, time_limit=20)
    assert phase.solver.status.has_solution
    if strategy in ("optimal", "one-phase", "no-fairness"):
        assert phase.solver.status == SolverStatus.OPTIMAL
    if strategy == "lookahead":  # optimal within planning.lookahead_gap: the status says so
        assert phase.solver.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE)
        assert phase.horizon == 2
    checker = Checker(scenario, context.themes.themes, trust)
    errors = checker.check_phase(
        phase,
        trust_rules=strategy != "big-bang",
        fairness=strategy != "no-fairness",
        strategy=strategy,
    )
    assert errors == [], (seed, strategy, errors)


@pytest.mark.parametrize("strategy", STRATEGIES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1))
def test_every_strategy_keeps_every_rule(strategy, seed):
    _check(seed, strategy)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**31 - 1))
def test_optimal_is_at_least_as_good_as_every_baseline(seed):
    scenario = random_scenario(seed)
    trust = random_trust(scenario, seed)
    context = prepare(scenario)
    best = plan_phase(context, trust, 1, strategy="one-phase").solver.objective
    for strategy in ("greedy", "random"):
        other = plan_phase(context, trust, 1, strategy=strategy, seed=seed).solver.objective
        assert other <= best + 1e-6, (seed, strategy)
    relaxed = plan_phase(context, trust, 1, strategy="no-fairness").solver.objective
    assert relaxed >= best - 1e-6
