"""The beta trust model: hand-computed values, monotonicity, forgetting, known pairs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustmatch.scenario import scenario_from_dict
from trustmatch.trust import TrustState, initial_trust


def make_scenario(n_actors: int = 4, **trust) -> object:
    return scenario_from_dict(
        {
            "name": "trust-test",
            "actors": [
                {"id": f"a{i}", "name": f"Actor {i}", "kind": "company"} for i in range(n_actors)
            ],
            "trust": {"prior_mean": 0.3, "prior_strength": 2.0, **trust},
        }
    )


def test_prior_pair_has_prior_mean():
    trust = initial_trust(make_scenario())
    assert trust.pair_trust("a0", "a1") == pytest.approx(0.3)
    assert trust.cluster_trust() == pytest.approx(0.3)
    assert not trust.has_met("a0", "a1")


def test_hand_computed_success_then_failure():
    # a0 = 0.6, b0 = 1.4; success of ambition 2: (0.6 + 2) / (2 + 2) = 0.65
    trust = initial_trust(make_scenario()).record(["a0", "a1"], "success", 2)
    assert trust.pair_trust("a1", "a0") == pytest.approx(0.65)
    # then a failure of ambition 1: (0.6 + 2) / (2 + 2 + 1) = 0.52
    trust = trust.record(["a0", "a1"], "failure", 1)
    assert trust.pair_trust("a0", "a1") == pytest.approx(0.52)
    assert trust.has_met("a0", "a1")
    # initiative trust has the same form over the projects each actor joined
    assert trust.initiative_trust("a0") == pytest.approx(0.52)
    assert trust.initiative_trust("a3") == pytest.approx(0.3)


def test_cluster_trust_is_mean_over_all_pairs():
    trust = initial_trust(make_scenario(4)).record(["a0", "a1", "a2"], "success", 1)
    # three pairs at (0.6 + 1) / (2 + 1) = 0.5333..., three pairs at the prior 0.3
    expected = (3 * (1.6 / 3) + 3 * 0.3) / 6
    assert trust.cluster_trust() == pytest.approx(expected)
    assert trust.snapshot().mean == pytest.approx(expected, abs=1e-6)
    assert len(trust.snapshot().pairs) == 3


def test_cluster_trust_scales_to_thousands_of_actors():
    trust = initial_trust(make_scenario(3000))
    trust = trust.record(["a0", "a1"], "success", 4)
    n_pairs = 3000 * 2999 / 2
    expected = 0.3 + ((0.6 + 4) / (2 + 4) - 0.3) / n_pairs
    assert trust.cluster_trust() == pytest.approx(expected, rel=1e-12)


def test_known_value_enters_as_pseudo_counts():
    scenario = make_scenario(known=[{"pair": ["a1", "a0"], "value": 0.8}], known_strength=5.0)
    trust = initial_trust(scenario)
    assert trust.pair_trust("a0", "a1") == pytest.approx(0.8)
    assert trust.has_met("a0", "a1")
    # a = 4, b = 1; failure of ambition 3: 4 / (5 + 3) = 0.5
    assert trust.record(["a0", "a1"], "failure", 3).pair_trust("a0", "a1") == pytest.approx(0.5)


def test_known_strength_defaults_to_prior_strength():
    trust = initial_trust(make_scenario(known=[{"pair": ["a0", "a1"], "value": 0.8}]))
    # a = 1.6, b = 0.4; success of ambition 2: 3.6 / 4 = 0.9
    assert trust.record(["a0", "a1"], "success", 2).pair_trust("a0", "a1") == pytest.approx(0.9)


def test_forgetting_shrinks_evidence_toward_the_base():
    trust = initial_trust(make_scenario(forgetting=0.5)).record(["a0", "a1"], "success", 2)
    aged = trust.end_phase()
    # r = 2 * 0.5 = 1: (0.6 + 1) / (2 + 1)
    assert aged.pair_trust("a0", "a1") == pytest.approx(1.6 / 3)
    assert aged.initiative_trust("a0") == pytest.approx(1.6 / 3)
    assert aged.has_met("a0", "a1")
    far = aged
    for _ in range(60):
        far = far.end_phase()
    assert far.pair_trust("a0", "a1") == pytest.approx(0.3, abs=1e-9)


def test_no_forgetting_keeps_state():
    trust = initial_trust(make_scenario()).record(["a0", "a1"], "success", 2)
    assert trust.end_phase().pair_trust("a0", "a1") == trust.pair_trust("a0", "a1")


def test_cancelled_changes_nothing():
    trust = initial_trust(make_scenario())
    after = trust.record(["a0", "a1"], "cancelled", 3)
    assert after.pair_trust("a0", "a1") == pytest.approx(0.3)
    assert not after.has_met("a0", "a1")
    assert after.initiative_trust("a0") == pytest.approx(0.3)


def test_unknown_result_is_refused():
    with pytest.raises(ValueError):
        initial_trust(make_scenario()).record(["a0", "a1"], "won", 1)


def test_states_are_immutable():
    trust = initial_trust(make_scenario())
    trust.record(["a0", "a1"], "success", 1)
    assert trust.pair_trust("a0", "a1") == pytest.approx(0.3)
    assert trust.cluster_trust() == pytest.approx(0.3)


history = st.lists(
    st.tuples(st.sampled_from(["success", "failure"]), st.integers(1, 4)), max_size=6
)


@settings(max_examples=60, deadline=None)
@given(
    past=history,
    ambition=st.integers(1, 4),
    prior_mean=st.floats(0.05, 0.95),
    strength=st.floats(0.5, 10),
)
def test_success_raises_failure_lowers_and_ambition_weights(past, ambition, prior_mean, strength):
    trust = TrustState(
        actors=("a", "b"), prior_a=prior_mean * strength, prior_b=(1 - prior_mean) * strength
    )
    for result, level in past:
        trust = trust.record(["a", "b"], result, level)
    before = trust.pair_trust("a", "b")
    up = trust.record(["a", "b"], "success", ambition).pair_trust("a", "b")
    down = trust.record(["a", "b"], "failure", ambition).pair_trust("a", "b")
    assert down < before < up
    if ambition < 4:
        assert trust.record(["a", "b"], "success", ambition + 1).pair_trust("a", "b") > up
        assert trust.record(["a", "b"], "failure", ambition + 1).pair_trust("a", "b") < down


@settings(max_examples=40, deadline=None)
@given(past=history, forgetting=st.floats(0.01, 0.99))
def test_forgetting_moves_toward_prior(past, forgetting):
    trust = TrustState(actors=("a", "b"), prior_a=0.6, prior_b=1.4, forgetting=forgetting)
    for result, level in past:
        trust = trust.record(["a", "b"], result, level)
    before = trust.pair_trust("a", "b")
    after = trust.end_phase().pair_trust("a", "b")
    assert abs(after - 0.3) <= abs(before - 0.3) + 1e-12


@settings(max_examples=40, deadline=None)
@given(
    projects=st.lists(
        st.tuples(
            st.lists(st.sampled_from([f"a{i}" for i in range(6)]), min_size=1, max_size=4),
            st.sampled_from(["success", "failure", "cancelled"]),
            st.integers(1, 4),
        ),
        max_size=8,
    ),
    forgetting=st.sampled_from([0.0, 0.3]),
)
def test_cluster_trust_equals_brute_force_mean(projects, forgetting):
    scenario = make_scenario(6, forgetting=forgetting, known=[{"pair": ["a1", "a4"], "value": 0.9}])
    trust = initial_trust(scenario)
    for people, result, level in projects:
        trust = trust.end_phase().record(people, result, level)
    ids = [f"a{i}" for i in range(6)]
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]
    brute = sum(trust.pair_trust(a, b) for a, b in pairs) / len(pairs)
    assert trust.cluster_trust() == pytest.approx(brute, abs=1e-12)
