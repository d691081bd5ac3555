"""What a worker does for one run: roadmap a scenario and turn it into plain result rows.

Everything here is importable without side effects and exchanges only plain data
(:class:`~trustmatch.batch.runs.RunSpec` in, a dict out), so the in-process executor, a process
pool and Dask workers all run the same function and produce the same rows.
"""

from __future__ import annotations

import functools
import os
import platform
import socket
import time
import traceback
from importlib import metadata
from typing import Any

from trustmatch.batch.runs import RunSpec

PHASE_METRICS: tuple[str, ...] = (
    "objective",
    "gap",
    "cost",
    "cluster_trust",
    "projects_chosen",
    "projects_succeeded",
    "ambition_reached",
    "worst_competitor_imbalance",
    "served_share",
    "value_delivered",
    "value_per_money",
    "members_reached",
    "largest_connected_share",
)
"""The metrics stored for each phase of a run, in column order. The last four are cumulative
over the run's phases up to this one (see :func:`trustmatch.roadmap.run_metrics`)."""

THREAD_VARIABLES: tuple[str, ...] = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
"""Environment variables that cap the threads of numerical libraries."""


def pin_solver_threads() -> None:
    """Cap numerical libraries at one thread in this (worker) process.

    Workers already run in parallel, one per core; letting each also spawn a thread per core
    oversubscribes the machine. Call it once when a worker process starts (the process pool's
    initializer, a Dask worker plugin), never in the user's own process.
    """
    from trustmatch.optimize import solvers

    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    # A large phase otherwise solves on two threads (see trustmatch.optimize.solvers).
    solvers.CONCURRENT_THREADS = 1
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # only caps libraries loaded before this call; the variables do the rest
        return
    threadpool_limits(limits=1)


def init_process_worker(driver_pid: int | None = None) -> None:
    """Initialise a process-pool worker: one solver thread, Ctrl-C left to the driver.

    Args:
        driver_pid: The driver's process id; the worker exits when the driver is gone (a driver
            killed with ``kill -9`` cannot stop its workers itself).
    """
    import signal
    import threading

    # The terminal sends Ctrl-C to the whole process group; the driver alone decides what
    # happens (stop, keep what is stored), so workers must not die with a traceback of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pin_solver_threads()
    if driver_pid is not None:
        watchdog = threading.Thread(
            target=_exit_without_driver, args=(driver_pid,), name="driver-watchdog", daemon=True
        )
        watchdog.start()


def _exit_without_driver(driver_pid: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != driver_pid:  # re-parented: the driver died
            os._exit(1)


@functools.cache
def software_versions() -> dict[str, str]:
    """Return the versions of trustmatch, Python and the solver stack in this process."""
    from trustmatch import __version__

    versions = {"trustmatch": __version__, "python": platform.python_version()}
    for package in ("numpy", "pulp", "highspy", "scikit-learn", "networkx"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = ""
    return versions


def execute_run(run: RunSpec) -> dict[str, Any]:
    """Run one batch run and return its result as plain data; never raises for a bad run.

    Args:
        run: The run to execute.

    Returns:
        A dict with ``run_id``, ``status`` (``done`` or ``failed``), ``error`` (plain words,
        empty when done), ``scenario_name``, ``file_sha256``, ``phases_run``, ``phases`` (one
        dict of :data:`PHASE_METRICS` plus ``phase`` and ``solver_status`` per phase),
        ``seconds`` (wall clock), ``cpu_seconds`` (CPU time of the worker process), ``worker``
        and ``versions``.
    """
    started = time.perf_counter()
    cpu_started = time.process_time()
    outcome: dict[str, Any] = {
        "run_id": run.run_id,
        "status": "failed",
        "error": "",
        "scenario_name": "",
        "file_sha256": run.file_sha256,
        "phases_run": None,
        "phases": [],
        "seconds": 0.0,
        "cpu_seconds": 0.0,
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "versions": software_versions(),
    }
    try:
        outcome.update(_roadmap_rows(run))
        outcome["status"] = "done"
    except Exception as error:  # a failing run is recorded with its error, the batch goes on
        outcome["error"] = describe_error(error)
    outcome["seconds"] = time.perf_counter() - started
    outcome["cpu_seconds"] = time.process_time() - cpu_started
    return outcome


def describe_error(error: BaseException) -> str:
    """Return an error in plain words: a user error's located problems, else type and place."""
    from trustmatch.errors import SolverError, UserError

    if isinstance(error, UserError):
        return error.render()
    if isinstance(error, SolverError):
        return f"The solver gave no usable answer: {error.message}"
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if frames:
        last = frames[-1]
        where = f" (at {os.path.basename(last.filename)}:{last.lineno} in {last.name})"
    return f"Internal error: {type(error).__name__}: {error}{where}"


def _roadmap_rows(run: RunSpec) -> dict[str, Any]:
    from trustmatch.planner import prepare
    from trustmatch.roadmap import fairness_pairs, roadmap

    loaded = load_run_scenario(run)
    scenario = loaded.scenario
    phases = run.phases if run.phases is not None else scenario.phases
    result = roadmap(loaded, phases=phases, seed=run.seed, strategy=run.strategy)
    competitors = fairness_pairs(scenario)
    context = prepare(scenario)
    return {
        "scenario_name": scenario.name,
        "file_sha256": run.file_sha256 or loaded.file_sha256,
        "phases_run": phases,
        "phases": [
            phase_row(phase, scenario, competitors, result.phases[: index + 1], context)
            for index, phase in enumerate(result.phases)
        ],
    }


def load_run_scenario(run: RunSpec) -> Any:
    """Load a run's scenario with its overrides and grid values applied.

    The scenario comes from the bytes shipped with the run (the file as it was when the batch
    started); only a run built without them reads the file itself.
    """
    from trustmatch.scenario import load_scenario
    from trustmatch.scenario.loader import load_scenario_text

    overrides, sets = list(run.overrides), run.sets
    if run.scenario_bytes:
        try:
            text = run.scenario_bytes.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass  # the loader reads the file itself and says where the bad byte is
        else:
            return load_scenario_text(text, run.scenario, overrides=overrides, sets=sets)
    return load_scenario(run.scenario_path, overrides=overrides, sets=sets)


def phase_row(
    phase: Any,
    scenario: Any,
    competitors: list[tuple[str, str]] | None = None,
    so_far: list[Any] | None = None,
    context: Any = None,
) -> dict[str, Any]:
    """Return the stored row of one roadmap phase: ``phase``, the metrics, ``solver_status``.

    Args:
        phase: A :class:`trustmatch.results.RoadmapPhase`.
        scenario: The scenario the roadmap ran on.
        competitors: The scenario's competitor pairs with needs (computed when None).
        so_far: The run's phases up to and including this one, for the cumulative metrics
            (default: this phase alone).
        context: From :func:`trustmatch.planner.prepare` (computed when None).
    """
    from trustmatch.roadmap import fairness_pairs, phase_metrics, run_metrics

    competitors = fairness_pairs(scenario) if competitors is None else competitors
    metrics = phase_metrics(phase, scenario, competitors=competitors)
    totals = run_metrics(so_far or [phase], scenario, competitors, context)
    for name in ("value_delivered", "value_per_money", "largest_connected_share"):
        metrics[name] = totals[name]
    metrics["members_reached"] = int(totals["members_reached"])
    # The roadmap calls the mean served share ``mean_served_share``; the store's column is
    # ``served_share`` as the batch issue names it.
    metrics["served_share"] = metrics.pop("mean_served_share")
    row = {"phase": metrics["phase"]}
    row.update({name: metrics[name] for name in PHASE_METRICS})
    row["solver_status"] = metrics["status"]
    return row
