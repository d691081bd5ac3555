"""The rolling-horizon roadmap: staging, reproducibility, Monte Carlo, validity of every phase."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from trustmatch import roadmap as roadmap_api
from trustmatch.ledger import LedgerEntry, append_entry
from trustmatch.planner import STRATEGIES, prepare
from trustmatch.results import to_json
from trustmatch.roadmap import advance, phase_metrics, roadmap
from trustmatch.scenario import load_scenario
from trustmatch.trust import initial_trust

ROOT = Path(__file__).resolve().parents[1]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
SCENARIO_FILE = YOUNG


def _checker_module():
    spec = importlib.util.spec_from_file_location(
        "roadmap_checker", ROOT / "tests" / "optimize" / "checker.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def loaded():
    return load_scenario(SCENARIO_FILE)


def _without_timings(result) -> str:
    data = json.loads(to_json(result))
    for phase in data["phases"]:
        phase["plan"]["solver"]["seconds"] = 0.0
    return json.dumps(data, sort_keys=True)


def test_package_exposes_roadmap(loaded):
    # `trustmatch.roadmap` is the function's module too; calling it calls the function
    import trustmatch

    assert callable(roadmap_api) and callable(trustmatch.roadmap)
    assert _without_timings(roadmap_api(loaded, phases=1)) == _without_timings(
        roadmap(loaded, phases=1)
    )


def test_starts_small_and_climbs_for_most_seeds(loaded):
    climbed = 0
    for seed in range(10):
        result = roadmap(loaded, phases=4, seed=seed)
        assert len(result.phases) == 4
        first = result.phases[0].plan
        assert first.projects, "phase 1 should start some projects"
        assert {p.ambition for p in first.projects} == {1}
        later = max(p.ambition_reached for p in result.phases[1:])
        climbed += later >= 2
        assert result.highest_ambition == max(p.ambition_reached for p in result.phases)
    assert climbed >= 7, f"only {climbed} of 10 seeds climbed above ambition 1"


def test_same_seed_same_json_different_seed_different_outcomes(loaded):
    first = roadmap(loaded, phases=3, seed=11)
    again = roadmap(loaded, phases=3, seed=11)
    assert _without_timings(first) == _without_timings(again)
    outcomes = {
        seed: [
            (o.project, o.result)
            for p in roadmap(loaded, phases=3, seed=seed).phases
            for o in p.outcomes
        ]
        for seed in (11, 12, 13)
    }
    assert len({tuple(v) for v in outcomes.values()}) > 1


def test_trust_flows_from_phase_to_phase(loaded):
    result = roadmap(loaded, phases=3, seed=5)
    trust = initial_trust(loaded.scenario)
    for phase in result.phases:
        assert phase.plan.trust_before == trust.snapshot()
        trust = advance(trust, phase.plan, phase.outcomes)
        assert phase.trust_after == trust.snapshot()
        for outcome in phase.outcomes:
            assert outcome.source == "simulated"
            project = next(p for p in phase.plan.projects if p.id == outcome.project)
            assert outcome.probability == project.success_probability
    # a pair in one project of a phase: success raises its trust, failure lowers it (compared
    # with the trust it would have had after the phase's forgetting alone)
    checked = 0
    trust = initial_trust(loaded.scenario)
    for phase in result.phases:
        aged = trust.end_phase()
        trust = advance(trust, phase.plan, phase.outcomes)
        seen: dict[tuple[str, str], list[str]] = {}
        for outcome in phase.outcomes:
            people = sorted(outcome.participants)
            for i, a in enumerate(people):
                for b in people[i + 1 :]:
                    seen.setdefault((a, b), []).append(outcome.result)
        for (a, b), results in seen.items():
            if len(results) == 1:
                old, new = aged.pair_trust(a, b), trust.pair_trust(a, b)
                assert (new > old) if results[0] == "success" else (new < old)
                checked += 1
    assert checked > 0


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_every_phase_keeps_the_planner_rules(loaded, strategy):
    checker_module = _checker_module()
    scenario = loaded.scenario
    themes = prepare(scenario).themes.themes
    result = roadmap(loaded, phases=4, seed=3, strategy=strategy)
    trust = initial_trust(scenario)
    delivered: dict[tuple[str, str], float] = {}  # the repeat rules' history, recomputed here
    ran: set[tuple[str, tuple[str, ...]]] = set()
    for phase in result.phases:
        checker = checker_module.Checker(scenario, themes, trust, delivered=delivered, ran=ran)
        errors = checker.check_phase(
            phase.plan,
            trust_rules=strategy != "big-bang",
            fairness=strategy != "no-fairness",
            strategy=strategy,
        )
        assert errors == [], f"{strategy} phase {phase.plan.phase}: {errors}"
        trust = advance(trust, phase.plan, phase.outcomes)
        results = {o.project: o.result for o in phase.outcomes}
        ran = set()  # the rule: never the same project in two phases running
        for project in phase.plan.projects:
            spec = checker_module.spec_of(project, scenario)
            ran.add((project.group, tuple(sorted(project.participants))))
            if results[project.id] == "success":
                for key in checker.served(spec):
                    delivered[key] = max(delivered.get(key, 0.0), checker.benefit(spec, strategy))


def test_monte_carlo_summary(loaded):
    single = roadmap(loaded, phases=3, seed=2)
    many = roadmap(loaded, phases=3, seed=2, replications=4)
    assert [p.outcomes for p in many.phases] == [p.outcomes for p in single.phases]
    assert len(many.monte_carlo) == 3
    previous = {str(level): 0.0 for level in (1, 2, 3, 4)}
    for row in many.monte_carlo:
        for band in (row.cluster_trust, row.projects_succeeded):
            assert band.q10 <= band.q50 <= band.q90
            assert band.q10 <= band.mean <= band.q90 or band.q10 == band.q90
        for level, share in row.reached_ambition.items():
            assert 0.0 <= share <= 1.0
            assert share >= previous[level]  # reached by this phase: never decreases
        assert row.reached_ambition["1"] >= row.reached_ambition["2"]
        previous = row.reached_ambition
    # the first phase's trust band contains replication 0's value
    first = many.monte_carlo[0].cluster_trust
    assert first.q10 - 1e-9 <= single.phases[0].trust_after.mean or first.q10 == first.q90


def test_progress_is_reported(loaded):
    seen = []
    roadmap(
        loaded, phases=1, replications=3, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_roadmap_continues_after_the_ledger(loaded, tmp_path):
    plain = roadmap(loaded, phases=1, seed=1)
    first = plain.phases[0].plan.projects[0]
    ledger = tmp_path / "ledger.yaml"
    append_entry(
        ledger,
        LedgerEntry(
            phase=1,
            project=first.id,
            result="success",
            participants=first.participants,
            ambition=first.ambition,
        ),
        scenario=loaded.scenario.name,
    )
    result = roadmap(loaded, seed=1, ledger=ledger)
    assert [p.plan.phase for p in result.phases] == list(range(2, loaded.scenario.phases + 1))
    start = result.phases[0].plan.trust_before
    assert start.mean > plain.phases[0].plan.trust_before.mean
    pairs = {(a, b) for a, b, _ in start.pairs}
    people = sorted(first.participants)
    assert (people[0], people[1]) in pairs


def test_phase_metrics(loaded):
    result = roadmap(loaded, phases=2, seed=4)
    phase = result.phases[0]
    metrics = phase_metrics(phase, loaded.scenario)
    cost_resource = loaded.scenario.cost_resource
    assert metrics["phase"] == 1
    assert metrics["projects_chosen"] == len(phase.plan.projects)
    assert metrics["projects_succeeded"] == sum(o.result == "success" for o in phase.outcomes)
    assert metrics["cost"] == pytest.approx(
        sum(p.uses.get(cost_resource, 0.0) for p in phase.plan.projects)
    )
    assert metrics["cluster_trust"] == phase.trust_after.mean
    assert metrics["objective"] == phase.plan.solver.objective
    assert metrics["ambition_reached"] == phase.ambition_reached
    assert (
        0.0 <= metrics["worst_competitor_imbalance"] <= loaded.scenario.competition.tolerance + 1e-6
    )
    shares = [phase.plan.served_share.get(a.id, 0.0) for a in loaded.scenario.actors if a.needs]
    assert metrics["mean_served_share"] == pytest.approx(sum(shares) / len(shares), abs=1e-6)


def test_invalid_arguments(loaded):
    with pytest.raises(ValueError):
        roadmap(loaded, replications=0)
    with pytest.raises(ValueError):
        roadmap(loaded, phases=0)


def test_after_the_ledger_the_repeat_rules_and_a_total_know_the_recorded_phase(loaded, tmp_path):
    """A recorded phase counts for the repeat rules and for a total over the roadmap.

    Its projects may not run again at once, the needs they served earn the repeat factor, and
    its money is gone from the total.
    """
    from trustmatch.roadmap import ledger_history

    budget = loaded.scenario.resources["budget_eur"].model_copy(update={"total": 60_000})
    scenario = loaded.scenario.model_copy(
        update={"resources": {**loaded.scenario.resources, "budget_eur": budget}}
    )
    first = roadmap(scenario, phases=1, seed=1).phases[0].plan
    ledger = tmp_path / "ledger.yaml"
    for project in first.projects:
        append_entry(
            ledger,
            LedgerEntry(phase=1, project=project.id, result="success",
                        participants=project.participants, ambition=project.ambition),
            scenario=scenario.name,
        )
    history = ledger_history(scenario, ledger)
    ran = {(p.group, tuple(sorted(p.participants))) for p in first.projects}
    assert history.ran == frozenset(ran)
    assert history.spent["budget_eur"] == pytest.approx(first.resources_used["budget_eur"])
    groups = {g.key: g for g in prepare(scenario).groups}
    best: dict = {}
    for p in first.projects:
        for actor in p.participants:
            for theme in groups[p.group].serves.get(actor, ()):
                best[(actor, theme)] = max(best.get((actor, theme), 0.0), p.benefit)
    assert best and dict(history.delivered) == best
    result = roadmap(scenario, phases=3, seed=1, ledger=ledger)
    second = result.phases[0].plan
    assert second.phase == 2
    assert not ran & {(p.group, tuple(sorted(p.participants))) for p in second.projects}
    spent = first.resources_used["budget_eur"]
    # One-phase plans get the even share of what is left; the lookahead's two planned
    # phases of three get two thirds of it together.
    assert second.resources_used["budget_eur"] <= (60_000 - spent) * 2 / 3 + 1e-6


def test_a_members_record_names_what_was_delivered_and_what_may_not_run_again(loaded):
    """member_record gives the best successful level per need and what may not run again.

    The last phase's projects may not run with the same members in the next phase (recurring
    ones may).
    """
    from trustmatch.ledger import Ledger
    from trustmatch.roadmap import member_record

    context = prepare(loaded.scenario)
    groups = {g.key: g for g in context.groups}
    energy = next(g for g in groups.values() if g.type_id == "joint-energy-purchasing")
    starter, actor = next((g, a) for g in groups.values() if g.type_id == "company-visits"
                          for a in g.interested if a in energy.interested)
    workshop = next(g for g in groups.values()
                    if g.type_id == "workshop" and g.themes == starter.themes)
    assert energy.recurring and not starter.recurring and not workshop.recurring
    others = [a for a in starter.interested if a != actor][:2]
    partners = [a for a in energy.interested if a != actor][:2]

    def entry(phase, group, result, people):
        return LedgerEntry(phase=phase, project=f"{group.key}:0", result=result,
                           participants=[actor, *people], ambition=group.ambition)

    ledger = Ledger(scenario=loaded.scenario.name, entries=[
        entry(1, starter, "success", others),
        entry(2, energy, "success", partners),
        entry(2, workshop, "failure", others),
        entry(2, starter, "cancelled", others),
    ])
    record = member_record(context, ledger, actor)
    assert record.next_phase == 3
    # Phase 1's success is not the phase just before; the recurring tender may run again; the
    # failed workshop took place, so it may not; the cancelled visit did not take place.
    assert record.not_again == frozenset({f"{workshop.key}:0"})
    theme = starter.serves[actor][0]
    assert record.delivered[theme] == (1, 1)
    assert record.delivered[energy.serves[actor][0]] == (2, 2)
    assert member_record(context, ledger, "nobody") == ({}, frozenset(), 3)
    assert member_record(context, None, actor) == ({}, frozenset(), 1)
