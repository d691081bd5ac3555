"""The same batch on every executor stores identical rows (timings aside), whatever --jobs."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trustmatch import __version__
from trustmatch.batch import run_batch
from trustmatch.batch.executors import open_executor
from trustmatch.batch.runs import replication_seed
from trustmatch.batch.worker import THREAD_VARIABLES
from trustmatch.cli import main

TINY = Path(__file__).with_name("tiny-cluster.yaml")

SETTINGS = dict(
    overrides=[[], ["half-budget"]],
    grid={"competition.tolerance": [0.1, 0.25]},
    strategies=["optimal", "greedy", "big-bang"],
    replications=2,
    root_seed=2026,
)
RUNS = 2 * 2 * 3 * 2


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


@pytest.fixture
def reference(tmp_path, write_spec, stored):
    spec = write_spec(**SETTINGS)
    out = tmp_path / "local.sqlite"
    summary = run_batch(spec, out, executor="local", progress=False)
    assert (summary.total, summary.done, summary.failed, summary.skipped) == (RUNS, RUNS, 0, 0)
    return spec, stored(out)


def test_local_batch_stores_every_run_and_phase(reference, tmp_path):
    _, (runs, phases) = reference
    assert len(runs) == RUNS
    assert len(phases) == RUNS * 2  # the tiny scenario has two phases
    connection = sqlite3.connect(tmp_path / "local.sqlite")
    connection.row_factory = sqlite3.Row
    rows = connection.execute("SELECT * FROM runs ORDER BY run_index").fetchall()
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    connection.close()
    assert {r["status"] for r in rows} == {"done"} and {r["error"] for r in rows} == {""}
    assert {(r["replication"], r["seed"]) for r in rows} == {
        (1, replication_seed(2026, 1)), (2, replication_seed(2026, 2))
    }
    first = rows[0]
    assert (first["scenario"], first["scenario_name"]) == ("scenarios/tiny-cluster.yaml",
                                                           "tiny-cluster")
    assert first["file_sha256"] == hashlib.sha256(TINY.read_bytes()).hexdigest()
    assert json.loads(first["parameters"]) == {"competition.tolerance": 0.1}
    assert json.loads(rows[-1]["overrides"]) == ["half-budget"]
    assert json.loads(first["versions"])["trustmatch"] == __version__
    assert first["seconds"] > 0 and first["phases"] == 2
    assert meta["batch_name"] == "tiny-batch" and len(meta["spec_fingerprint"]) == 64
    # the strategies really differ: the optimum beats the baselines somewhere
    assert len({p[2] for p in phases}) > 3


def test_processes_with_two_jobs_store_identical_rows(tmp_path, reference, stored):
    spec, expected = reference
    out = tmp_path / "processes.sqlite"
    summary = run_batch(spec, out, executor="processes", jobs=2, progress=False)
    assert summary.executor == "2 processes" and summary.done == RUNS
    assert stored(out) == expected


def test_dask_cluster_stores_identical_rows(tmp_path, reference, dask_cluster, stored):
    spec, expected = reference
    out = tmp_path / "dask.sqlite"
    summary = run_batch(
        spec, out, executor="dask", dask_address=dask_cluster.scheduler_address, progress=False
    )
    assert summary.done == RUNS and "dask at tcp://" in summary.executor
    assert stored(out) == expected


def test_cli_batch_prints_the_summary(tmp_path, reference, capsys, stored):
    spec, expected = reference
    out = tmp_path / "cli.sqlite"
    code = main(["batch", str(spec), "--out", str(out), "--executor", "local", "--quiet"])
    printed = capsys.readouterr()
    assert code == 0
    assert f"Batch 'tiny-batch': {RUNS} runs on in-process" in printed.out
    assert f"done {RUNS}, failed 0, skipped 0" in printed.out
    assert "runs/s" in printed.out
    assert printed.err == ""  # --quiet: no progress bar
    assert stored(out) == expected


def test_unknown_dask_address_is_a_clear_error(tmp_path, write_spec, capsys):
    spec = write_spec(replications=1)
    code = main([
        "batch", str(spec), "--out", str(tmp_path / "r.sqlite"), "--executor", "local",
        "--dask-address", "tcp://127.0.0.1:1",
    ])
    assert code == 2
    assert "--dask-address: needs --executor dask" in capsys.readouterr().err


def test_progress_bar_shows_rate_and_eta_on_request(tmp_path, write_spec, capsys):
    spec = write_spec(strategies=["greedy"], replications=3)
    run_batch(spec, tmp_path / "r.sqlite", executor="local", progress=True)
    err = capsys.readouterr().err
    assert "Batch tiny-batch: 100%" in err and "3/3" in err  # labelled
    assert "runs/s" in err or "s/ runs" in err  # tqdm's rate
    assert "<00:00" in err  # elapsed<remaining: the ETA


def test_missing_dask_extra_is_explained(tmp_path, write_spec, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    spec = write_spec(replications=1)
    code = main(["batch", str(spec), "--out", str(tmp_path / "r.sqlite"), "--executor", "dask"])
    assert code == 2
    assert "pip install 'trustmatch[dask]'" in capsys.readouterr().err


def thread_settings(_: object) -> dict[str, object]:
    """Run inside a worker: the thread caps it works under."""
    import os

    import numpy  # noqa: F401 - loads the BLAS whose threads must be capped
    from threadpoolctl import threadpool_info

    return {
        "variables": {name: os.environ.get(name) for name in THREAD_VARIABLES},
        "pools": sorted({pool["num_threads"] for pool in threadpool_info()}),
    }


@pytest.mark.parametrize("name", ["processes", "dask"])
def test_workers_run_solvers_on_one_thread(name, dask_cluster):
    address = dask_cluster.scheduler_address if name == "dask" else None
    with open_executor(name, jobs=1, dask_address=address) as opened:
        settings = opened.executor.submit(thread_settings, None).result()
    assert settings["variables"] == dict.fromkeys(THREAD_VARIABLES, "1")
    assert settings["pools"] in ([], [1])


def test_a_worker_process_solves_on_one_thread():
    # In a child process: pinning changes process-wide settings.
    code = (
        "from trustmatch.optimize import solvers\n"
        "from trustmatch.batch import worker\n"
        "solvers.os.cpu_count = lambda: 8\n"
        "before = solvers.concurrent_threads()\n"
        "worker.pin_solver_threads()\n"
        "print(before, solvers.concurrent_threads())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # Workers already fill the cores: a large phase must not add a second solver thread.
    assert done.stdout.split() == ["2", "1"]


def test_reproducible_phases_store_identical_rows_on_one_or_two_threads(tmp_path, stored):
    # A 60-member cluster whose phases stop before the optimum is proven: the local executor
    # solves on two threads, process workers on one, and a clock-limited stop would differ.
    import yaml

    from trustmatch.synthetic import generate_scenario

    data = generate_scenario(60, seed=0)
    data["phases"] = 2
    data.setdefault("planning", {})["time_limit"] = 1.0
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "sixty.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({
        "name": "sixty", "scenarios": ["scenarios/sixty.yaml"],
        "grid": {"planning.reproducible": [True]}, "replications": 2, "root_seed": 7,
    }), encoding="utf-8")
    local = run_batch(spec, tmp_path / "local.sqlite", executor="local", progress=False)
    workers = run_batch(spec, tmp_path / "processes.sqlite", executor="processes", jobs=2,
                        progress=False)
    assert local.done == workers.done == 2
    runs, phases = stored(tmp_path / "local.sqlite")
    assert len(phases) == 4
    assert stored(tmp_path / "processes.sqlite") == (runs, phases)
    connection = sqlite3.connect(tmp_path / "local.sqlite")
    statuses = {row[0] for row in connection.execute("SELECT solver_status FROM phases")}
    connection.close()
    assert "feasible" in statuses  # not proven: the work limit, not the optimum, ended it
