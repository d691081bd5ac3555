"""A failing run is recorded with its error; the rest of the batch completes."""

from __future__ import annotations

import sqlite3

from trustmatch.batch import run_batch
from trustmatch.cli import main


def runs_by_status(path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT status, overrides, parameters, error, "
            "(SELECT COUNT(*) FROM phases p WHERE p.run_id = r.run_id) "
            "FROM runs r ORDER BY run_index"
        ).fetchall()
    finally:
        connection.close()
    grouped: dict[str, list[tuple]] = {}
    for status, *rest in rows:
        grouped.setdefault(status, []).append(tuple(rest))
    return grouped


def test_invalid_override_and_value_fail_alone(tmp_path, write_spec, capsys):
    spec = write_spec(
        overrides=[[], ["no-such-override"]],
        grid={"competition.tolerance": [0.25, 7]},  # 7 is not a share between 0 and 1
        strategies=["greedy"],
        replications=2,
    )
    out = tmp_path / "r.sqlite"
    code = main(["batch", str(spec), "--out", str(out), "--executor", "local", "--quiet"])
    printed = capsys.readouterr().out
    assert code == 0
    assert "done 2, failed 6, skipped 0" in printed
    assert "status='failed'" in printed  # the summary says how to list the errors
    grouped = runs_by_status(out)
    assert [(o, p, n) for o, p, _, n in grouped["done"]] == [
        ("[]", '{"competition.tolerance": 0.25}', 2)
    ] * 2
    errors = [e for _, _, e, _ in grouped["failed"]]
    assert len(errors) == 6
    assert sum("unknown override 'no-such-override'" in e for e in errors) == 4
    assert sum("competition.tolerance" in e for e in errors) >= 2
    assert all(n == 0 for *_, n in grouped["failed"])  # failed runs have no phases


def test_broken_scenario_file_fails_its_runs_only(tmp_path, write_spec):
    (tmp_path / "scenarios" / "zz-broken.yaml").write_text("name: broken\nactors: 3\n")
    spec = write_spec(scenarios=["scenarios/*.yaml"], strategies=["greedy"], replications=2)
    summary = run_batch(spec, tmp_path / "r.sqlite", executor="local", progress=False)
    assert (summary.done, summary.failed) == (2, 2)
    failed = runs_by_status(tmp_path / "r.sqlite")["failed"]
    assert all("zz-broken.yaml" in error and "actors" in error for _, _, error, _ in failed)


def test_deleted_failed_runs_are_run_again_on_resume(tmp_path, write_spec):
    spec = write_spec(overrides=[[], ["no-such-override"]], strategies=["greedy"], replications=2)
    out = tmp_path / "r.sqlite"
    first = run_batch(spec, out, executor="local", progress=False)
    assert (first.done, first.failed) == (2, 2)
    connection = sqlite3.connect(out)
    with connection:
        connection.execute("DELETE FROM runs WHERE status = 'failed'")
    connection.close()
    again = run_batch(spec, out, executor="local", resume=True, progress=False)
    assert (again.done, again.failed, again.skipped) == (0, 2, 2)
    assert sum(len(rows) for rows in runs_by_status(out).values()) == 4
