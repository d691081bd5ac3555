"""Interrupted batches: kill -9 mid-way, resume, and end with exactly one row set per run."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from trustmatch.batch import StoreError, run_batch
from trustmatch.cli import main

SETTINGS = dict(
    overrides=[[], ["half-budget"]],
    strategies=["optimal", "greedy"],
    replications=15,
    root_seed=7,
)
RUNS = 2 * 2 * 15


def count_runs(path) -> int:
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            return connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.OperationalError:  # the driver has not created the tables yet
        return 0


PARKED_DRIVER = """
import sys, time
from trustmatch.batch import store

record = store.ResultsStore.record


def record_then_park(self, run, outcome):
    stored = record(self, run, outcome)
    if self.count_runs() >= 3:
        # Parked after a committed run: the batch cannot finish before the test's Ctrl-C
        # arrives, however fast or busy the machine is.
        while True:
            time.sleep(0.5)
    return stored


store.ResultsStore.record = record_then_park
from trustmatch.cli import main

sys.exit(main(sys.argv[1:]))
"""
"""Runs the real CLI, with the store parked once three runs are stored."""


def test_killed_batch_resumes_to_exactly_the_uninterrupted_rows(tmp_path, write_spec, stored):
    spec = write_spec(**SETTINGS)
    out = tmp_path / "killed.sqlite"
    driver = PARKED_DRIVER.replace(">= 3", ">= 5").replace(
        "from trustmatch.cli import main\n\nsys.exit(main(sys.argv[1:]))",
        "from trustmatch.batch import run_batch\n\nif __name__ == '__main__':\n"
        "    run_batch(sys.argv[1], sys.argv[2], executor='processes', jobs=2, progress=False)",
    )
    command = [sys.executable, "-c", driver, str(spec), str(out)]
    # A session of its own, so that whatever is left can be cleaned up at once.
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while count_runs(out) < 5:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the batch stored no runs in time"
            time.sleep(0.02)
        workers = psutil.Process(process.pid).children()
        process.kill()  # kill -9 of the driver alone: its workers must not linger
        process.wait()
        _, alive = psutil.wait_procs(workers, timeout=15)
        assert workers and not alive
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    interrupted_runs, interrupted_phases = stored(out)
    assert len(interrupted_runs) == 5  # the driver was parked after its fifth stored run
    # every stored run is complete: its phases were committed with it
    assert len(interrupted_phases) == 2 * len(interrupted_runs)

    summary = run_batch(spec, out, executor="local", resume=True, progress=False)
    assert summary.skipped == len(interrupted_runs)
    assert summary.done == RUNS - len(interrupted_runs) and summary.failed == 0

    reference = tmp_path / "uninterrupted.sqlite"
    run_batch(spec, reference, executor="local", progress=False)
    assert stored(out) == stored(reference)
    runs, phases = stored(out)
    assert len(runs) == RUNS and len(phases) == 2 * RUNS


def test_resume_of_a_finished_batch_runs_nothing(tmp_path, write_spec, stored):
    spec = write_spec(replications=2, strategies=["greedy"])
    out = tmp_path / "r.sqlite"
    run_batch(spec, out, executor="local", progress=False)
    before = stored(out)
    again = run_batch(spec, out, executor="local", resume=True, progress=False)
    assert (again.done, again.failed, again.skipped) == (0, 0, 2)
    assert stored(out) == before


def test_existing_results_without_resume_are_refused(tmp_path, write_spec, capsys):
    spec = write_spec(replications=2, strategies=["greedy"])
    out = tmp_path / "r.sqlite"
    args = ["batch", str(spec), "--out", str(out), "--executor", "local", "--quiet"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 2
    assert "already holds 2 runs of this batch. Add --resume" in capsys.readouterr().err


def test_resuming_with_a_different_spec_is_refused(tmp_path, write_spec, capsys, stored):
    out = tmp_path / "r.sqlite"
    run_batch(write_spec(replications=2), out, executor="local", progress=False)
    before = stored(out)
    changed = write_spec(replications=3)
    args = ["batch", str(changed), "--out", str(out), "--executor", "local", "--resume"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "holds the results of a different batch" in err and "new --out" in err
    assert stored(out) == before


def test_a_file_that_is_not_a_results_store_is_refused(tmp_path, write_spec):
    out = tmp_path / "notes.sqlite"
    out.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="is not a trustmatch results file"):
        run_batch(write_spec(), out, executor="local", progress=False)


def test_ctrl_c_stops_cleanly_and_resume_completes(tmp_path, write_spec, stored):
    spec = write_spec(**SETTINGS)
    out = tmp_path / "interrupted.sqlite"
    command = [
        sys.executable, "-c", PARKED_DRIVER, "--quiet", "batch", str(spec), "--out", str(out),
        "--executor", "local",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300  # a safety net against a hang, not a measurement
        while count_runs(out) < 3:
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "the batch stored no runs in time"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert "Interrupted. Finished runs are stored" in err and "--resume" in err
    assert "Traceback" not in err
    runs, phases = stored(out)
    assert len(runs) == 3 and len(phases) == 2 * len(runs)

    code = main(["batch", str(spec), "--out", str(out), "--executor", "local", "--resume", "-q"])
    assert code == 0
    runs, phases = stored(out)
    assert len(runs) == RUNS and len(phases) == 2 * RUNS
