"""``trustmatch compare``: mean and 95 % t interval per group, printed and as CSV."""

from __future__ import annotations

import csv
import os
import sqlite3
import statistics
from pathlib import Path

import pytest
from scipy import stats

from trustmatch.batch import BatchSpec, compare, run_batch
from trustmatch.cli import main

TINY = Path(__file__).with_name("tiny-cluster.yaml")


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compare")
    (folder / "tiny-cluster.yaml").write_bytes(TINY.read_bytes())
    spec = BatchSpec(
        name="compare-test",
        scenarios=["tiny-cluster.yaml"],
        overrides=[[], ["half-budget"]],
        grid={"competition.tolerance": [0.1, 0.25]},
        strategies=["optimal", "greedy"],
        replications=4,
        root_seed=11,
    )
    out = folder / "r.sqlite"
    cwd = os.getcwd()
    os.chdir(folder)  # a spec built in code finds its scenarios from the current directory
    try:
        run_batch(spec, out, executor="local", progress=False)
    finally:
        os.chdir(cwd)
    return out


def last_phase_values(path, metric: str, strategy: str, overrides: str) -> list[float]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            f"SELECT p.{metric} FROM phases p JOIN runs r USING (run_id) "
            "WHERE r.strategy = ? AND r.overrides = ? AND p.phase = 2",
            (strategy, overrides),
        ).fetchall()
    finally:
        connection.close()
    return [row[0] for row in rows]


def test_groups_hold_mean_and_t_interval(results):
    table = compare(results, by=["strategy", "override"])
    assert [g.key for g in table.groups] == [
        ("optimal", "(none)"), ("greedy", "(none)"),
        ("optimal", "half-budget"), ("greedy", "half-budget"),
    ]
    group = table.groups[2]
    values = last_phase_values(results, "cluster_trust", "optimal", '["half-budget"]')
    assert len(values) == 8 and group.runs == 8 and group.failed == 0
    summary = group.metrics["cluster_trust"]
    mean = statistics.fmean(values)
    half = stats.t.ppf(0.975, 7) * statistics.stdev(values) / 8**0.5
    assert summary.n == 8
    assert summary.mean == pytest.approx(mean)
    assert (summary.low, summary.high) == (pytest.approx(mean - half), pytest.approx(mean + half))


def test_phase_number_selects_that_phase(results):
    first = compare(results, by=["strategy"], phase=1, metrics=["projects_chosen"])
    last = compare(results, by=["strategy"], phase="last", metrics=["projects_chosen"])
    assert first.metrics == ("projects_chosen",)
    assert first.groups[0].metrics["projects_chosen"].n == 16
    assert {g.key for g in first.groups} == {g.key for g in last.groups}


def test_cli_prints_table_and_writes_csv(results, tmp_path, capsys):
    out_csv = tmp_path / "table.csv"
    code = main(["compare", str(results), "--by", "strategy,competition.tolerance",
                 "--csv", str(out_csv)])
    printed = capsys.readouterr().out
    assert code == 0
    lines = printed.splitlines()
    assert lines[0].split()[:5] == ["strategy", "competition.tolerance", "runs", "failed",
                                    "objective"]
    assert "95 % t interval" in lines[-1]
    assert any(line.startswith("greedy") and " 0.1 " in line for line in lines)
    with open(out_csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    expected = compare(results, by=["strategy", "competition.tolerance"])
    for row, group in zip(rows, expected.groups, strict=True):
        assert (row["strategy"], row["competition.tolerance"]) == group.key
        assert int(row["runs"]) == 8
        s = group.metrics["objective"]
        assert float(row["objective_mean"]) == s.mean
        assert float(row["objective_low"]) == s.low and float(row["objective_high"]) == s.high


def test_unknown_key_metric_and_phase_are_input_errors(results, capsys):
    code = main(["compare", str(results), "--by", "colour", "--metrics", "happiness",
                 "--phase", "first"])
    err = capsys.readouterr().err
    assert code == 2
    assert "'colour' is not a way to group runs" in err
    assert "'happiness' is not a stored metric" in err
    assert "'first' is not a phase" in err


def test_missing_results_file_is_an_input_error(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "none.sqlite")]) == 2
    assert "no such results file" in capsys.readouterr().err
