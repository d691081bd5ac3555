"""The phase integer program: competitor-clique fairness rows and MIP starts."""

from __future__ import annotations

import pytest

from trustmatch.optimize import model as model_module
from trustmatch.optimize.model import build_model
from trustmatch.optimize.portfolio import Selection, evaluate, violations
from trustmatch.optimize.solvers import solve
from trustmatch.optimize.strategies import greedy
from trustmatch.planner import _problem, plan_phase, prepare
from trustmatch.results import SolverStatus
from trustmatch.scenario import scenario_from_dict
from trustmatch.synthetic import generate_scenario
from trustmatch.trust import initial_trust


@pytest.fixture(scope="module")
def market_cluster():
    """A 30-actor synthetic cluster: markets of several competitors, a tight tolerance."""
    scenario = scenario_from_dict(generate_scenario(30, 1, tolerance=0.1, market_size=5.0))
    context = prepare(scenario)
    trust = initial_trust(scenario)
    problem, _ = _problem(context, trust, "optimal")
    return scenario, context, trust, problem


def test_clique_band_rows_give_the_same_optimum_as_pairwise_rows(market_cluster, monkeypatch):
    _, context, trust, problem = market_cluster
    monkeypatch.setattr(model_module, "FAIRNESS_CLIQUE_PAIRS", 0)
    banded = build_model(problem).stats
    assert banded["fairness_rows"] < 2 * len(problem.fairness_pairs)  # cliques were used
    with_cliques = plan_phase(context, trust, 1, mip_gap=0.0, time_limit=60)
    monkeypatch.setattr(model_module, "FAIRNESS_CLIQUE_MIN", 10**9)
    assert build_model(problem).stats["fairness_rows"] == 2 * len(problem.fairness_pairs)
    pairwise = plan_phase(context, trust, 1, mip_gap=0.0, time_limit=60)
    assert with_cliques.solver.status == pairwise.solver.status == SolverStatus.OPTIMAL
    assert with_cliques.solver.objective == pytest.approx(pairwise.solver.objective, abs=1e-6)
    assert with_cliques.solver.objective > 0
    unfair = plan_phase(context, trust, 1, strategy="no-fairness", mip_gap=0.0, time_limit=60)
    assert unfair.solver.objective >= with_cliques.solver.objective - 1e-6


def test_market_rows_keep_the_optimum_and_tighten_the_relaxation(market_cluster, monkeypatch):
    _, context, trust, problem = market_cluster
    with_rows = build_model(problem)
    assert with_rows.stats["market_rows"] > 0
    planned = plan_phase(context, trust, 1, mip_gap=0.0, time_limit=60)
    relaxed_with = _relaxation_bound(with_rows)
    monkeypatch.setattr(model_module, "MARKET_ROWS", False)
    without_rows = build_model(problem)
    assert without_rows.stats["market_rows"] == 0
    plain = plan_phase(context, trust, 1, mip_gap=0.0, time_limit=60)
    assert planned.solver.status == plain.solver.status == SolverStatus.OPTIMAL
    # Valid inequalities: the optimum is the same plan value, the portfolio is fair.
    assert planned.solver.objective == pytest.approx(plain.solver.objective, abs=1e-6)
    assert planned.solver.objective > 0
    assert relaxed_with < _relaxation_bound(without_rows) - 0.5  # 114.1 against 115.1
    assert relaxed_with >= planned.solver.objective - 1e-6


def _relaxation_bound(built) -> float:
    for var in built.lp.variables():
        var.cat = "Continuous"
    report = solve(built.lp, "highs", time_limit=60, mip_gap=0.0)
    assert report.status == SolverStatus.OPTIMAL
    return built.lp.objective.value()


def test_a_start_on_a_later_slot_is_moved_to_the_first_slot(market_cluster):
    _, _, _, problem = market_cluster
    portfolio = greedy(problem)
    used = {s.candidate.index_key for s in portfolio}
    second = {c.group.key: c for c in problem.candidates if c.slot == 2}
    movable = [
        s for s in portfolio
        if s.candidate.group.key in second and second[s.candidate.group.key].index_key not in used
    ]
    assert movable, "the fixture needs a greedy project whose group has a free second slot"
    moved = Selection(second[movable[0].candidate.group.key], movable[0].participants)
    portfolio = [moved if s is movable[0] else s for s in portfolio]
    assert violations(problem, portfolio) == []
    later = [moved.candidate]
    built = build_model(problem)
    values = built.start_values(portfolio)
    first = problem.candidates.index(
        next(c for c in problem.candidates if c.group.key == later[0].group.key and c.slot == 1)
    )
    assert values[built.opens[first]] == 1.0
    assert values[built.opens[problem.candidates.index(later[0])]] == 0.0
    # The start is valid for the model (symmetry rows included): a search from it keeps its value.
    report = solve(built.lp, "highs", time_limit=30, mip_gap=0.0, start=values,
                   blocks=built.blocks)
    assert report.has_solution
    found = evaluate(problem, built.portfolio(list(problem.candidates))).objective
    assert found >= evaluate(problem, portfolio).objective - 1e-6


def test_the_improvement_search_never_reports_more_than_it_proves(market_cluster):
    _, _, _, problem = market_cluster
    built = build_model(problem)
    start = built.start_values(greedy(problem))
    report = solve(built.lp, "highs", time_limit=30, mip_gap=0.0, start=start,
                   blocks=built.blocks)
    portfolio = built.portfolio(list(problem.candidates))
    assert violations(problem, portfolio) == []
    value = evaluate(problem, portfolio).objective
    assert report.bound is not None and report.bound >= value - 1e-6
    if report.status == SolverStatus.OPTIMAL:
        assert report.bound == pytest.approx(value, abs=1e-6) or not built.exact_contacts
