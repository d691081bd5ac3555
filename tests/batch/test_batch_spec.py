"""The batch spec: validation with located errors, deterministic expansion, ids and seeds."""

from __future__ import annotations

import numpy as np
import pytest

from trustmatch.batch import BatchSpec, expand_runs, load_spec
from trustmatch.batch.runs import replication_seed
from trustmatch.cli import main
from trustmatch.errors import BatchSpecError
from trustmatch.planner import STRATEGIES

SPEC_WITH_ERRORS = """\
name: broken
scenarios: [scenarios/tiny-cluster.yaml, scenarios/missing-*.yaml]
overrides: [[], [half-budget]]
grid:
  competition.tolerance: []
strategies: [optimal, gready]
replications: 0
colour: blue
"""


def test_errors_are_located_and_collected(tmp_path, write_spec):
    write_spec()  # puts the tiny scenario in place
    path = tmp_path / "broken.yaml"
    path.write_text(SPEC_WITH_ERRORS, encoding="utf-8")
    with pytest.raises(BatchSpecError) as caught:
        load_spec(path)
    found = {(p.path, p.line): p.message for p in caught.value.problems}
    assert ("grid.competition.tolerance", 5) in found
    assert ("strategies.1", 6) in found
    assert ("replications", 7) in found
    assert "is not a batch setting" in found[("colour", 8)]


def test_cli_prints_located_errors_and_exits_2(tmp_path, write_spec, capsys):
    write_spec()
    path = tmp_path / "broken.yaml"
    path.write_text(SPEC_WITH_ERRORS, encoding="utf-8")
    code = main(["batch", str(path), "--out", str(tmp_path / "r.sqlite"), "--executor", "local"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:6:" in err and "strategies, entry 2:" in err
    assert "Traceback" not in err
    assert not (tmp_path / "r.sqlite").exists()


def test_unmatched_scenario_pattern_is_located(tmp_path, write_spec):
    path = write_spec(scenarios=["scenarios/tiny-cluster.yaml", "elsewhere/*.yaml"])
    with pytest.raises(BatchSpecError) as caught:
        load_spec(path)
    [problem] = caught.value.problems
    assert problem.path == "scenarios.1"
    assert problem.line == 4 and "no scenario file matches 'elsewhere/*.yaml'" in problem.message


def test_not_yaml_is_reported_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nscenarios: [a, b\n", encoding="utf-8")
    with pytest.raises(BatchSpecError) as caught:
        load_spec(path)
    assert caught.value.problems[0].line is not None
    assert "not valid YAML" in caught.value.problems[0].message


def test_strategies_are_the_planners():
    field = BatchSpec.model_fields["strategies"]
    allowed = field.annotation.__args__[0].__args__
    assert set(allowed) == set(STRATEGIES)


def test_expansion_is_the_full_product_in_a_fixed_order(write_spec):
    path = write_spec(
        overrides=[[], ["half-budget"]],
        grid={"competition.tolerance": [0.1, 0.25], "trust.prior_mean": [0.3, 0.4, 0.5]},
        strategies=["optimal", "greedy"],
        replications=3,
        root_seed=2026,
        phases=2,
    )
    runs = expand_runs(load_spec(path))
    assert len(runs) == 1 * 2 * (2 * 3) * 2 * 3
    assert [r.index for r in runs] == list(range(len(runs)))
    assert len({r.run_id for r in runs}) == len(runs)
    assert runs == expand_runs(load_spec(path))
    first = runs[0]
    assert first.overrides == () and first.strategy == "optimal" and first.replication == 1
    assert first.parameters == (("competition.tolerance", 0.1), ("trust.prior_mean", 0.3))
    assert first.sets == ["competition.tolerance=0.1", "trust.prior_mean=0.3"]
    # common random numbers: replication r has the same seed in every configuration
    seeds = {(r.replication, r.seed) for r in runs}
    assert len(seeds) == 3
    expected = np.random.SeedSequence(2026, spawn_key=(2,)).generate_state(1, np.uint64)[0] >> 1
    assert replication_seed(2026, 2) == int(expected)


def test_run_ids_depend_only_on_the_run(write_spec):
    small = expand_runs(load_spec(write_spec(strategies=["optimal"], replications=2)))
    large = expand_runs(
        load_spec(write_spec("large.yaml", strategies=["greedy", "optimal"], replications=3))
    )
    large_ids = {r.run_id for r in large}
    assert {r.run_id for r in small} <= large_ids


def test_fingerprint_follows_spec_and_scenario_bytes(tmp_path, write_spec):
    path = write_spec(replications=2)
    before = load_spec(path).fingerprint
    assert load_spec(path).fingerprint == before
    scenario = tmp_path / "scenarios" / "tiny-cluster.yaml"
    scenario.write_text(scenario.read_text() + "\n# edited\n")
    assert load_spec(path).fingerprint != before


def test_a_key_given_twice_is_reported(tmp_path, write_spec):
    write_spec()
    path = tmp_path / "twice.yaml"
    path.write_text(
        "name: twice\nscenarios: [scenarios/tiny-cluster.yaml]\nreplications: 2\n"
        "replications: 3\n",
        encoding="utf-8",
    )
    with pytest.raises(BatchSpecError) as caught:
        load_spec(path)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.message) == ("replications", 4, "is given twice")
