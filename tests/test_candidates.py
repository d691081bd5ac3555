"""Candidate groups (types x themes x interested actors) and the per-phase trust filter."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from trustmatch.candidates import candidate_groups, conflict_cliques, phase_candidates
from trustmatch.needs import find_themes
from trustmatch.scenario import load_scenario
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import initial_trust

REFERENCE = Path(__file__).parent / "planner-reference.yaml"
CO = {"none": 0.0, "low": 0.25, "medium": 0.5, "high": 0.8}


def _setup():
    scenario = load_scenario(REFERENCE).scenario
    themes = find_themes(scenario).themes
    groups, notes = candidate_groups(scenario, themes)
    return scenario, themes, {g.key: g for g in groups}, notes


def test_groups_follow_what_each_type_addresses():
    scenario, themes, groups, _ = _setup()
    theme_ids = {t.id for t in themes}
    # open-day addresses visibility and skilled workers only; the workshop addresses anything.
    open_days = {g.themes[0] for g in groups.values() if g.type_id == "open-day" and not g.explicit}
    assert open_days <= {t.id for t in themes if {"visibility", "skilled-workers"} & set(t.needs)}
    assert "open-day:visibility" in groups
    workshops = {g.themes[0] for g in groups.values() if g.type_id == "workshop"}
    assert "skilled-workers" in workshops and "ultrafast-laser-rnd" in workshops
    assert workshops <= theme_ids
    # Interested actors are exactly those who state a need in the theme.
    rnd = groups["joint-rnd:ultrafast-laser-rnd"]
    assert set(rnd.interested) == {"laserwerk", "pulslaser", "uni", "institut"}
    assert rnd.serves["uni"] == ("ultrafast-laser-rnd",)


def test_sensitivity_is_the_highest_of_type_and_need():
    _, _, groups, _ = _setup()
    assert groups["workshop:ultrafast-laser-rnd"].sensitivity == "high"  # type none, need high
    assert groups["workshop:skilled-workers"].sensitivity == "none"
    assert groups["trade-fair-booth:visibility"].sensitivity == "medium"  # type medium


def test_explicit_projects_keep_their_participants_and_use():
    _, _, groups, _ = _setup()
    night = groups["long-night-of-science"]
    assert night.explicit and night.interested == ("institut", "photon-start", "uni", "verband")
    assert night.uses(4) == {"budget_eur": 2000.0, "manager_hours": 20.0}
    assert night.type_id == "open-day" and night.ambition == 1
    assert night.serves["verband"] == ("visibility",)


def test_trust_blocks_groups_in_words_and_opens_them_when_it_grows():
    scenario, _, groups, _ = _setup()
    names = {a.id: a.name for a in scenario.actors}
    competitors = frozenset(competitor_pairs(scenario))
    trust = initial_trust(scenario)
    phase = phase_candidates(list(groups.values()), trust, competitors, CO, names=names)
    blocked = phase.blocked["joint-purchasing:purchasing"]
    assert blocked.key == "plan.reason.no_group_yet"
    assert blocked.params["threshold"].value == 0.35
    assert blocked.params["type"].value == "joint-purchasing"
    assert not any(c.group.key == "joint-purchasing:purchasing" for c in phase.candidates)
    # Joint R&D needs trust 0.6: PulsLaser trusts nobody that much yet and is dropped; of the
    # rest, only the known pairs (uni-institut 0.8, uni-laserwerk 0.7) may work together.
    rnd = [c for c in phase.candidates if c.group.key == "joint-rnd:ultrafast-laser-rnd"]
    assert len(rnd) == scenario.planning.max_projects_per_theme
    assert rnd[0].eligible == ("institut", "laserwerk", "uni")
    assert rnd[0].conflicts == (("institut", "laserwerk"),)
    dropped = phase.dropped[("joint-rnd:ultrafast-laser-rnd", "pulslaser")]
    assert dropped.params["name"].value == "pulslaser"
    assert dropped.params["threshold"].value == 0.6
    # Two successful joint projects later, the purchasing pool can form.
    for _ in range(2):
        trust = trust.record(["coat-tec", "feinmechanik", "optik-sued"], "success", 1)
    phase = phase_candidates(list(groups.values()), trust, competitors, CO, names=names)
    assert "joint-purchasing:purchasing" not in phase.blocked
    assert any(c.group.key == "joint-purchasing:purchasing" for c in phase.candidates)


def test_conflict_cliques_cover_every_conflict_pair_with_real_cliques():
    actors = [f"a{k}" for k in range(7)]
    conflicts = [(a, b) for a, b in combinations(actors[:5], 2)] + [("a4", "a5"), ("a5", "a6")]
    cliques = conflict_cliques(actors, conflicts)
    conflict_set = set(conflicts)
    covered = {tuple(sorted(p)) for c in cliques for p in combinations(c, 2)}
    assert conflict_set <= covered
    assert covered <= conflict_set  # only real cliques
    assert ("a0", "a1", "a2", "a3", "a4") in cliques  # the big clique is one row
