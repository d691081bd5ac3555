"""The batch driver: expand the spec, skip stored runs, execute the rest, store as they finish.

The driver keeps at most a small window of runs in flight (twice the number of workers), so a
batch of a million runs holds no more than a few results in memory; each finished run is
committed to the results file at once, in one transaction with its phases.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trustmatch.batch.executors import open_executor
from trustmatch.batch.runs import RunSpec, expand_runs
from trustmatch.batch.spec import BatchSpec, load_spec
from trustmatch.batch.store import ResultsStore
from trustmatch.batch.worker import describe_error, execute_run
from trustmatch.i18n import message, resolve_language

RunFunction = Callable[[RunSpec], dict[str, Any]]
"""A top-level (picklable) function that executes one run, like :func:`execute_run`."""


class BatchAborted(Exception):
    """The executor broke down (not a run's fault); stored runs are kept for ``--resume``."""


@dataclass(frozen=True)
class BatchSummary:
    """What a batch did.

    Attributes:
        name: The batch's name.
        out: The results file.
        total: Runs in the spec.
        done: Runs completed in this invocation.
        failed: Runs that failed in this invocation (recorded with their error).
        skipped: Runs already stored before this invocation (``--resume``).
        elapsed: Wall-clock seconds of this invocation.
        executor: Where the runs executed, e.g. ``2 processes`` (English, for scripts).
        executor_key: The catalogue key saying where, in the reader's language (empty: say
            ``executor``).
        workers: How many runs executed at the same time.
        address: The Dask scheduler's address, if one was used.
    """

    name: str
    out: Path
    total: int
    done: int
    failed: int
    skipped: int
    elapsed: float
    executor: str
    executor_key: str = ""
    workers: int = 1
    address: str = ""

    @property
    def seconds_per_run(self) -> float | None:
        """Wall-clock seconds per run executed in this invocation (None when none ran)."""
        executed = self.done + self.failed
        return self.elapsed / executed if executed else None

    @property
    def runs_per_second(self) -> float | None:
        """Runs executed per wall-clock second in this invocation (None when none ran)."""
        executed = self.done + self.failed
        return executed / self.elapsed if executed and self.elapsed > 0 else None

    def render(self, lang: str | None = None) -> str:
        """Return the summary as a few lines of text in ``lang`` (default: the chosen one)."""
        from trustmatch.i18n import Messages

        say = Messages(lang)
        per_run = self.seconds_per_run
        timing = say("cli.batch.elapsed", seconds=say.number(self.elapsed, 1))
        if per_run is not None:
            timing = say("cli.batch.per_run", elapsed=timing, seconds=say.number(per_run, 3),
                         rate=say.number(self.runs_per_second or 0.0, 2))
        executor = (say(self.executor_key, count=self.workers, address=self.address)
                    if self.executor_key else self.executor)
        lines = [
            say("cli.batch.title", count=self.total, name=self.name, executor=executor),
            "  " + say("cli.batch.counts", done=say.number(self.done),
                       failed=say.number(self.failed), skipped=say.number(self.skipped)),
            f"  {timing}",
            "  " + say("cli.batch.results", path=self.out),
        ]
        if self.failed:
            query = f"sqlite3 {self.out} \"SELECT run_id, error FROM runs WHERE status='failed'\""
            lines.append("  " + say("cli.batch.failed_runs", query=query))
        return "\n".join(lines)


def run_batch(
    spec_path_or_spec: str | Path | BatchSpec,
    out: str | Path,
    *,
    jobs: int | None = None,
    executor: str = "processes",
    dask_address: str | None = None,
    resume: bool = False,
    progress: bool | None = None,
    run_function: RunFunction = execute_run,
) -> BatchSummary:
    """Run a batch: every scenario x override set x grid point x strategy x replication.

    Args:
        spec_path_or_spec: A batch spec file, or a spec built in code (scenario patterns are
            then relative to the current directory).
        out: The SQLite results file (created when missing).
        jobs: Number of workers (default: all cores; ignored by ``local``).
        executor: ``local`` (in-process), ``processes`` (default) or ``dask``.
        dask_address: A running Dask scheduler; without it ``dask`` starts a local cluster.
        resume: Continue a batch whose results file already holds some runs (those are skipped).
        progress: Show a progress bar on stderr (default: only when stderr is a terminal).
        run_function: What executes one run (tests and benchmarks may pass their own); it must
            be a top-level function so that worker processes can import it.

    Returns:
        The counts and timings of this invocation.

    Raises:
        BatchSpecError: The spec is invalid (every problem located).
        StoreError: The results file belongs to another batch, or holds runs without ``resume``.
        ExecutorError: The executor cannot be started.
    """
    started = time.perf_counter()
    loaded = load_spec(spec_path_or_spec)
    runs = expand_runs(loaded)
    out = Path(out)
    with ResultsStore(out) as store:
        spec_json = json.dumps(loaded.spec.model_dump(mode="json"), sort_keys=True)
        store.claim(loaded.spec.name, loaded.fingerprint, spec_json, resume=resume)
        stored = store.stored_ids()
        todo = [run for run in runs if run.run_id not in stored]
        skipped = len(runs) - len(todo)
        show = sys.stderr.isatty() if progress is None else progress
        counts = {"done": 0, "failed": 0}
        description, description_key, workers = executor, "", 1
        if todo:
            with open_executor(executor, jobs, dask_address) as opened:
                description, description_key = opened.description, opened.description_key
                workers = opened.workers
                with _progress_bar(len(runs), skipped, show, loaded.spec.name) as bar:
                    _drive(opened.executor, 2 * opened.workers, todo, store, run_function,
                           counts, bar)
    return BatchSummary(
        name=loaded.spec.name,
        out=out,
        total=len(runs),
        done=counts["done"],
        failed=counts["failed"],
        skipped=skipped,
        elapsed=time.perf_counter() - started,
        executor=description,
        executor_key=description_key,
        workers=workers,
        address=dask_address or "",
    )


def _drive(
    executor: cf.Executor,
    window: int,
    todo: list[RunSpec],
    store: ResultsStore,
    run_function: RunFunction,
    counts: dict[str, int],
    bar: Any,
) -> None:
    """Keep ``window`` runs in flight and store each as it finishes."""
    pending = iter(todo)
    in_flight: dict[cf.Future, RunSpec] = {}
    try:
        while True:
            while len(in_flight) < window:
                run = next(pending, None)
                if run is None:
                    break
                in_flight[executor.submit(run_function, run)] = run
            if not in_flight:
                return
            finished, _ = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: in_flight[f].index):
                run = in_flight.pop(future)
                outcome = _outcome(run, future)
                if store.record(run, outcome):
                    counts[outcome["status"]] += 1
                bar.update(1)
    except cf.BrokenExecutor as error:
        for future in in_flight:
            future.cancel()
        raise BatchAborted(
            message("cli.batch.worker_stopped", resolve_language(), error=error,
                    count=counts["done"] + counts["failed"])
        ) from None
    except BaseException:
        # Ctrl-C: what is stored stays stored; the rest is cancelled and picked up again by
        # --resume.
        for future in in_flight:
            future.cancel()
        raise


def _outcome(run: RunSpec, future: cf.Future) -> dict[str, Any]:
    """Return a finished future's outcome; an executor-level failure becomes a failed run."""
    try:
        return future.result()
    except (cf.CancelledError, cf.BrokenExecutor):
        raise
    except Exception as error:  # the worker died or the result could not be shipped back
        return {
            "run_id": run.run_id,
            "status": "failed",
            "error": "The run could not be executed on its worker: " + describe_error(error),
            "phases": [],
            "seconds": 0.0,
            "cpu_seconds": 0.0,
        }


class _NoBar:
    def update(self, n: int) -> None:
        del n

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None


def _progress_bar(total: int, initial: int, show: bool, name: str) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm

    lang = resolve_language()
    return tqdm(
        total=total,
        initial=initial,
        desc=message("cli.batch.progress", lang, name=name),
        unit=" " + message("cli.progress.unit_run", lang),
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.1,
    )
