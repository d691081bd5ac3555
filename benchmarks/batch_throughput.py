"""Batch throughput: runs per second on 1 and 2 processes and on Dask with 2 local workers.

Each configuration runs the same batch (the bundled young cluster, 4 phases, one strategy,
``--runs`` replications) twice over:

* end to end: ``run_batch`` into a fresh SQLite file, including starting the workers (each
  imports the solver stack once) and storing every row;
* steady state: the same runs on workers that have already warmed up, straight through the
  executor (no start-up, no store), i.e. what a long batch settles at; the configurations take
  turns for ``--rounds`` rounds and the best round of each is kept.

A "machine check" (a pure CPU loop on 1 and 2 processes) shows how much parallel speed-up the
machine offers at that moment: on a machine shared with other jobs it is below 2, and no batch
can beat it.

Usage::

    python benchmarks/batch_throughput.py [--runs 40] [--rounds 3] [--strategy optimal]
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import tempfile
import time
from pathlib import Path

from trustmatch.batch import BatchSpec, expand_runs, load_spec, run_batch
from trustmatch.batch.executors import open_executor
from trustmatch.batch.worker import execute_run

ROOT = Path(__file__).resolve().parent.parent
CONFIGURATIONS = (("processes", 1), ("processes", 2), ("dask", 2))


def make_spec(runs: int, strategy: str, phases: int) -> BatchSpec:
    return BatchSpec(
        name="throughput",
        scenarios=["scenarios/young-cluster.yaml"],
        strategies=[strategy],
        replications=runs,
        root_seed=2026,
        phases=phases,
    )


def end_to_end(spec: BatchSpec, executor: str, jobs: int, folder: Path) -> tuple[float, float]:
    """Return runs/s of ``run_batch`` and the driver process's CPU seconds per run.

    The driver's CPU (expanding, submitting, receiving, storing) is the part of a batch that
    does not run in parallel; with Dask it includes the local scheduler, which runs in the
    driver process.
    """
    out = folder / f"{executor}-{jobs}.sqlite"
    cpu_started = time.process_time()
    summary = run_batch(spec, out, executor=executor, jobs=jobs, progress=False)
    driver = (time.process_time() - cpu_started) / summary.total
    assert summary.failed == 0 and summary.done == summary.total, summary.render()
    return summary.done / summary.elapsed, driver


def steady_state(spec: BatchSpec, rounds: int) -> tuple[dict, dict]:
    """Return the best runs/s of each configuration over interleaved rounds on warm workers.

    All executors stay open and take turns, so a burst of load from other jobs on the machine
    hits every configuration alike; the best round is the least disturbed one. Also returns
    each configuration's mean CPU seconds per run, measured inside the workers: when it does
    not grow with the number of workers, the runs do not slow each other down and the
    speed-up is only bounded by the free cores.
    """
    runs = expand_runs(load_spec(spec, base_dir=ROOT))
    best = dict.fromkeys(CONFIGURATIONS, 0.0)
    cpu: dict[tuple[str, int], list[float]] = {c: [] for c in CONFIGURATIONS}
    with contextlib.ExitStack() as stack:
        opened = {c: stack.enter_context(open_executor(*c)) for c in CONFIGURATIONS}
        for (_, jobs), executor in opened.items():
            cf.wait([executor.executor.submit(execute_run, run) for run in runs[: 2 * jobs]])
        for _ in range(rounds):
            for configuration, executor in opened.items():
                started = time.perf_counter()
                futures = [executor.executor.submit(execute_run, run) for run in runs]
                for future in cf.as_completed(futures):
                    outcome = future.result()
                    assert outcome["status"] == "done", outcome["error"]
                    cpu[configuration].append(outcome["cpu_seconds"])
                rate = len(runs) / (time.perf_counter() - started)
                best[configuration] = max(best[configuration], rate)
    return best, {c: sum(v) / len(v) for c, v in cpu.items()}


def burn(n: int) -> int:
    """Pure CPU work: the calibration's unit (no I/O, no solver)."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def calibration(tasks: int = 8, size: int = 2_000_000) -> float:
    """Return the speed-up a pure CPU loop gets from 1 to 2 processes on this machine right now.

    On a machine shared with other jobs this is well below 2, and no batch can do better.
    """
    context = multiprocessing.get_context("spawn")
    seconds = {}
    for workers in (1, 2):
        with context.Pool(workers) as pool:
            pool.map(burn, [10] * workers)  # start the workers first
            started = time.perf_counter()
            pool.map(burn, [size] * tasks, chunksize=1)
            seconds[workers] = time.perf_counter() - started
    return seconds[1] / seconds[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="runs per configuration")
    parser.add_argument("--strategy", default="optimal")
    parser.add_argument("--phases", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3, help="steady-state rounds (best kept)")
    args = parser.parse_args()
    spec = make_spec(args.runs, args.strategy, args.phases)
    print(
        f"young-cluster, {args.phases} phases, strategy {args.strategy}, {args.runs} runs per "
        f"configuration; {os.cpu_count()} cores, load average before: "
        + " ".join(f"{v:.2f}" for v in os.getloadavg())
    )
    print(f"machine check: a pure CPU loop runs {calibration():.2f}x faster on 2 processes than "
          "on 1 right now (2.00x on an idle 2-core machine)")
    cwd = os.getcwd()
    os.chdir(ROOT)  # the spec's scenario path is relative to the repository
    try:
        with tempfile.TemporaryDirectory() as folder:
            measured = {c: end_to_end(spec, *c, Path(folder)) for c in CONFIGURATIONS}
        totals = {c: rate for c, (rate, _) in measured.items()}
        driver = {c: seconds for c, (_, seconds) in measured.items()}
        steady, cpu = steady_state(spec, args.rounds)
    finally:
        os.chdir(cwd)
    results = {c: (totals[c], steady[c]) for c in CONFIGURATIONS}
    base_total, base_steady = results[("processes", 1)]
    print(f"{'executor':<20} {'runs/s end-to-end':>18} {'speed-up':>9} "
          f"{'runs/s steady':>14} {'speed-up':>9} {'CPU s/run':>10} {'driver ms/run':>14}")
    for (executor, jobs), (total, rate) in results.items():
        label = f"{executor} x{jobs}" if executor == "processes" else f"dask, {jobs} workers"
        print(f"{label:<20} {total:>18.2f} {total / base_total:>8.2f}x "
              f"{rate:>14.2f} {rate / base_steady:>8.2f}x {cpu[(executor, jobs)]:>10.3f} "
              f"{1000 * driver[(executor, jobs)]:>14.1f}")
    print("load average after: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    print(f"machine check after: {calibration():.2f}x")


if __name__ == "__main__":
    main()
