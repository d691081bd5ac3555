"""Need themes: catalogue tags, matching of free text to tags, clustering of the rest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import adjusted_rand_score

from trustmatch.needs import (
    LABEL_LENGTH,
    NeedThemes,
    find_themes,
    normalise,
    themes_addressed,
)
from trustmatch.scenario import load_scenario, scenario_from_dict
from trustmatch.scenario.models import Scenario

FIXTURES = Path(__file__).parents[1] / "needs_fixtures"
LABELLED = yaml.safe_load((FIXTURES / "labelled_statements.yaml").read_text(encoding="utf-8"))
REFERENCE = Path(__file__).resolve().parents[2].parent / "shared/examples/reference-scenario.yaml"

MIN_ARI_ALL = 0.85
"""Measured 0.947 on tuning + holdout statements at the default threshold (0.855 before the
lexicon of issue 14)."""
MIN_ARI_HOLDOUT = 0.85
"""Measured 0.961 (0.656 before issue 14; the new lexicon was written after reading this file,
so it is no longer strictly held out: see tests/needs/labelled_members.yaml for that)."""
MIN_MATCH_ACCURACY = 0.85
"""Measured 0.92 (81 of 88) on tuning + holdout statements at the default threshold."""


def _one_statement_per_actor(
    statements: list[dict], catalogue: list[dict] | None = None, **themes: float
) -> Scenario:
    data: dict = {
        "name": "labelled",
        "actors": [
            {"id": f"a{i:03d}", "name": f"Actor {i}", "kind": "company",
             "needs": [{"text": s["text"]}]}
            for i, s in enumerate(statements)
        ],
    }
    if catalogue:
        data["needs"] = catalogue
    if themes:
        data["themes"] = themes
    return scenario_from_dict(data)


def _predicted(found: NeedThemes, count: int) -> list[str]:
    return [found.assignment[(f"a{i:03d}", 0)] for i in range(count)]


def _ari(statements: list[dict]) -> float:
    found = find_themes(_one_statement_per_actor(statements))
    return adjusted_rand_score(
        [s["theme"] for s in statements], _predicted(found, len(statements))
    )


def _partition(found: NeedThemes) -> set[frozenset[tuple[str, str]]]:
    return {frozenset((s.actor, s.text) for s in theme.statements) for theme in found.themes}


def _small(**extra) -> Scenario:
    data = {
        "name": "small",
        "needs": [
            {"id": "skilled-workers", "label": "Finding and keeping skilled workers"},
            {"id": "export-asia", "label": "Entering Asian markets", "sensitivity": "medium"},
            {"id": "glass-melting", "label": "Glass melting technology", "sensitivity": "high",
             "keywords": ["Schmelzwanne", "Glasschmelze"]},
        ],
        "actors": [
            {"id": "nord", "name": "Nord", "kind": "company", "needs": [
                {"need": "skilled-workers", "weight": 3},
                {"text": "gemeinsamer Messestand auf der Photonics West", "weight": 2},
                {"need": "skilled-workers", "weight": 1},
            ]},
            {"id": "sued", "name": "Süd", "kind": "company", "needs": [
                {"text": "Fachkräftemangel in der Fertigung", "weight": 2},
                {"text": "joint trade fair booth abroad"},
                {"need": "export-asia"},
            ]},
            {"id": "glas", "name": "Glas", "kind": "supplier", "needs": [
                {"text": "Know-how zur Schmelzwanne teilen", "weight": 1.5},
                {"text": "Kontakte zu Investoren"},
            ]},
            {"id": "verband", "name": "Verband", "kind": "association"},
        ],
    }
    data.update(extra)
    return scenario_from_dict(data)


def test_normalise_spells_out_umlauts_and_drops_punctuation():
    assert normalise("Fachkräfte für die Glasschmelze!") == "fachkraefte fuer die glasschmelze"
    assert normalise("Größe & Maß, R&D") == "groesse mass rnd"


def test_clustering_recovers_hand_labelled_themes():
    tuning, holdout = LABELLED["tuning"], LABELLED["holdout"]
    assert len(tuning) + len(holdout) >= 40
    ari_tuning, ari_holdout, ari_all = _ari(tuning), _ari(holdout), _ari(tuning + holdout)
    report = (
        f"adjusted Rand index: tuning {ari_tuning:.3f} ({len(tuning)} statements), "
        f"holdout {ari_holdout:.3f} ({len(holdout)}), all {ari_all:.3f}"
    )
    print(report)
    assert ari_all >= MIN_ARI_ALL, report
    assert ari_holdout >= MIN_ARI_HOLDOUT, report


def test_free_text_is_matched_to_the_right_catalogue_tags():
    statements = LABELLED["tuning"] + LABELLED["holdout"]
    catalogue = LABELLED["catalogue"]
    tags = {need["id"] for need in catalogue}
    found = find_themes(_one_statement_per_actor(statements, catalogue))
    predicted = _predicted(found, len(statements))
    expected = [s["theme"] if s["theme"] in tags else None for s in statements]
    got = [p if p in tags else None for p in predicted]
    correct = sum(e == g for e, g in zip(expected, got, strict=True))
    accuracy = correct / len(statements)
    wrong = [
        (s["text"], e, g)
        for s, e, g in zip(statements, expected, got, strict=True) if e != g
    ]
    report = (
        f"catalogue match accuracy {accuracy:.3f} ({correct}/{len(statements)}); wrong: {wrong}"
    )
    print(report)
    assert accuracy >= MIN_MATCH_ACCURACY, report
    # Statements outside the catalogue are never forced into a tag.
    false_tags = [(text, g) for text, e, g in wrong if e is None and g is not None]
    assert not false_tags, report


def test_matched_statements_keep_their_words_and_the_tag_its_label():
    found = find_themes(_small())
    workers = found.theme("skilled-workers")
    assert workers.label == "Finding and keeping skilled workers"
    assert workers.needs == ["skilled-workers"]
    texts = [(s.actor, s.text) for s in workers.statements]
    assert texts == [
        ("nord", "Finding and keeping skilled workers"),
        ("nord", "Finding and keeping skilled workers"),
        ("sued", "Fachkräftemangel in der Fertigung"),
    ]
    assert workers.actors == {"nord": 4.0, "sued": 2.0}
    # Catalogue keywords bring a statement to a tag it shares no label word with.
    melting = found.theme("glass-melting")
    assert melting.sensitivity == "high"
    assert [s.actor for s in melting.statements] == ["glas"]
    assert melting.actors == {"glas": 1.5}


def test_tagged_needs_go_to_their_catalogue_theme():
    found = find_themes(_small())
    assert found.assignment[("nord", 0)] == "skilled-workers"
    assert found.assignment[("nord", 2)] == "skilled-workers"
    asia = found.theme("export-asia")
    assert (asia.label, asia.needs, asia.sensitivity) == (
        "Entering Asian markets", ["export-asia"], "medium"
    )
    assert [(s.actor, s.text) for s in asia.statements] == [("sued", "Entering Asian markets")]


def test_unmatched_free_text_forms_numbered_themes_in_file_order():
    found = find_themes(_small())
    fair = found.theme(found.assignment[("nord", 1)])
    assert fair.id == "theme-1"
    assert found.assignment[("sued", 1)] == "theme-1"
    assert fair.needs == [] and fair.sensitivity == "none"
    assert fair.actors == {"nord": 2.0, "sued": 1.0}
    assert found.assignment[("glas", 1)] == "theme-2"
    assert found.theme("theme-2").label == "Kontakte zu Investoren"


def test_every_statement_is_in_exactly_one_theme():
    scenarios = [_small(), _one_statement_per_actor(LABELLED["tuning"], LABELLED["catalogue"])]
    if REFERENCE.exists():
        scenarios.append(load_scenario(REFERENCE).scenario)
    for scenario in scenarios:
        found = find_themes(scenario)
        stated = {(a.id, i) for a in scenario.actors for i in range(len(a.needs))}
        assert set(found.assignment) == stated
        assert sum(len(t.statements) for t in found.themes) == len(stated)
        assert [t.id for t in found.themes] == sorted(t.id for t in found.themes)
        for (actor, index), theme_id in found.assignment.items():
            need = scenario.actor(actor).needs[index]
            theme = found.theme(theme_id)
            text = need.text if need.text is not None else theme.label
            assert any(s.actor == actor and s.text == text for s in theme.statements)
        total = {a.id: sum(n.weight for n in a.needs) for a in scenario.actors if a.needs}
        weights = found.actor_weights()
        assert {a: pytest.approx(sum(w.values())) for a, w in weights.items()} == total


def test_same_scenario_gives_identical_themes():
    scenario = _one_statement_per_actor(LABELLED["tuning"] + LABELLED["holdout"])
    assert find_themes(scenario) == find_themes(scenario)


def test_grouping_does_not_depend_on_the_order_of_actors():
    statements = LABELLED["tuning"] + LABELLED["holdout"]
    data = {
        "name": "order",
        "needs": LABELLED["catalogue"][:3],
        "actors": [
            {"id": f"a{i:03d}", "name": "x", "kind": "company",
             "needs": [{"text": s["text"]}, {"need": "visibility"}]}
            for i, s in enumerate(statements)
        ],
    }
    forward = find_themes(scenario_from_dict(data))
    data["actors"] = data["actors"][::-1][1::2] + data["actors"][::-1][0::2]
    shuffled = find_themes(scenario_from_dict(data))
    assert _partition(forward) == _partition(shuffled)
    # Catalogue themes keep their ids; free-text themes keep their labels.
    assert {t.id for t in forward.themes if t.needs} == {t.id for t in shuffled.themes if t.needs}
    assert sorted(t.label for t in forward.themes) == sorted(t.label for t in shuffled.themes)


def test_cluster_threshold_controls_the_grouping():
    statements = LABELLED["tuning"][:20]
    together = find_themes(_one_statement_per_actor(statements, cluster_threshold=0.0))
    apart = find_themes(_one_statement_per_actor(statements, cluster_threshold=1.0))
    assert len(together.themes) == 1
    assert len(apart.themes) == len({s["text"] for s in statements})


def test_catalogue_match_threshold_controls_matching():
    catalogue = LABELLED["catalogue"]
    statements = [
        {"text": "Fachkräftemangel in der Fertigung"},
        {"text": "Messeauftritte zusammen organisieren"},
    ]
    strict = find_themes(
        _one_statement_per_actor(statements, catalogue, catalogue_match_threshold=1.0)
    )
    loose = find_themes(_one_statement_per_actor(statements, catalogue))
    assert all(t.id.startswith("theme-") for t in strict.themes)
    assert [t.id for t in loose.themes] == ["skilled-workers", "trade-fair"]


def test_free_theme_ids_never_collide_with_catalogue_ids():
    catalogue = _small().model_dump()["needs"]
    scenario = _small(needs=[*catalogue, {"id": "theme-1", "label": "Quantum computing hardware"}])
    found = find_themes(scenario)
    assert "theme-1" not in found.assignment.values()
    assert found.assignment[("nord", 1)] == "theme-2"


def test_long_statements_get_short_labels():
    text = ("Wir suchen dringend Partner für eine gemeinsame Beschaffung von Spezialgläsern, "
            "Beschichtungen und Energie, weil die Preise seit zwei Jahren stark steigen")
    found = find_themes(_one_statement_per_actor([{"text": text}]))
    label = found.themes[0].label
    assert len(label) <= LABEL_LENGTH and label.endswith("…")
    assert text.startswith(label[:-1])
    assert found.themes[0].statements[0].text == text


def test_themes_addressed():
    found = find_themes(_small())
    every = [t.id for t in found.themes]
    assert themes_addressed(found, "any") == every
    assert themes_addressed(found.themes, "any") == every
    assert themes_addressed(found, ["export-asia", "purchasing"]) == ["export-asia"]
    assert themes_addressed(found, ["glass-melting", "skilled-workers"]) == [
        "glass-melting", "skilled-workers"
    ]
    assert themes_addressed(found, []) == []
    with pytest.raises(ValueError):
        themes_addressed(found, "all")


def test_actor_weights_and_theme_lookup():
    found = find_themes(_small())
    weights = found.actor_weights()
    assert weights["nord"] == {"skilled-workers": 4.0, "theme-1": 2.0}
    assert "verband" not in weights
    with pytest.raises(KeyError):
        found.theme("no-such-theme")


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference scenario not available")
def test_reference_scenario_gives_sensible_themes():
    scenario = load_scenario(REFERENCE).scenario
    found = find_themes(scenario)
    workers = found.theme("skilled-workers")
    texts = {s.text for s in workers.statements}
    assert "Fachkräfte für die Glasschmelze fehlen" in texts
    assert "Nachwuchs: Azubis und Ingenieure gewinnen" in texts
    fair = {found.assignment[(a, i)] for a, i in
            [("optik-nord", 2), ("optik-sued", 2), ("mikrooptik", 1)]}
    assert len(fair) == 1
    fair_theme = found.theme(fair.pop())
    assert set(fair_theme.actors) == {"optik-nord", "optik-sued", "mikrooptik"}
    investors = found.assignment[("photon-start", 1)]
    students = found.assignment[("uni", 0)]
    assert len({investors, students, fair_theme.id, "skilled-workers"}) == 4
    tagged = {n.need for a in scenario.actors for n in a.needs if n.need}
    assert tagged <= {t.id for t in found.themes}


_TEXTS = sorted({s["text"] for s in LABELLED["tuning"] + LABELLED["holdout"]})
_TAGS = [need["id"] for need in LABELLED["catalogue"]]


@settings(max_examples=25, deadline=None)
@given(
    needs=st.lists(
        st.lists(
            st.tuples(
                st.one_of(st.sampled_from(_TAGS), st.sampled_from(_TEXTS).map(lambda t: "=" + t)),
                st.sampled_from([0.5, 1.0, 2.0, 3.0]),
            ),
            max_size=3,
        ),
        min_size=1,
        max_size=12,
    ),
    seed=st.integers(0, 2**32 - 1),
)
def test_themes_partition_the_statements_whatever_the_order(needs, seed):
    def actor(i, stated):
        return {
            "id": f"m{i}", "name": f"Member {i}", "kind": "company",
            "needs": [
                {"text": v[1:], "weight": w} if v.startswith("=") else {"need": v, "weight": w}
                for v, w in stated
            ],
        }

    actors = [actor(i, stated) for i, stated in enumerate(needs)]
    data = {"name": "random", "needs": LABELLED["catalogue"], "actors": actors}
    found = find_themes(scenario_from_dict(data))
    stated = {(a["id"], k) for a in actors for k in range(len(a["needs"]))}
    assert set(found.assignment) == stated
    assert sum(len(t.statements) for t in found.themes) == len(stated)
    assert all(t.statements and t.actors for t in found.themes)
    for (member, k), theme_id in found.assignment.items():
        need = actors[int(member[1:])]["needs"][k]
        if "need" in need:
            assert theme_id == need["need"]
    free_ids = sorted(
        (t for t in found.themes if not t.needs),
        key=lambda t: min(
            (int(a[1:]), k) for (a, k), tid in found.assignment.items() if tid == t.id
        ),
    )
    assert [t.id for t in free_ids] == [f"theme-{n}" for n in range(1, len(free_ids) + 1)]
    order = np.random.default_rng(seed).permutation(len(actors))
    shuffled = find_themes(scenario_from_dict({**data, "actors": [actors[i] for i in order]}))
    assert _partition(shuffled) == _partition(found)
    assert sorted(t.label for t in shuffled.themes) == sorted(t.label for t in found.themes)
