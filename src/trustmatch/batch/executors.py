"""Where runs execute: one small interface, ``concurrent.futures.Executor``, three back-ends.

* ``local``: in the driver's own process, one run after the other (for debugging).
* ``processes``: a local process pool (the default), one worker per core. Workers are started
  with the ``spawn`` method, so no solver state or lock is inherited from the driver.
* ``dask``: a Dask distributed cluster: the scheduler at ``--dask-address``, or a
  ``LocalCluster`` started for the batch when no address is given. Needs the optional extra
  ``trustmatch[dask]``.

Every worker process caps numerical libraries at one thread
(:func:`trustmatch.batch.worker.pin_solver_threads`); the planner itself asks HiGHS for one
thread.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from trustmatch.batch.worker import init_process_worker, pin_solver_threads
from trustmatch.errors import Problem, UserError
from trustmatch.i18n import message, resolve_language

EXECUTORS: tuple[str, ...] = ("local", "processes", "dask")
"""Names of the executors, as given to ``--executor``."""


class ExecutorError(UserError):
    """The chosen executor cannot be used (a missing extra, an unreachable scheduler...).

    Args:
        text: What is wrong and what to do, in plain words.
        option: The command-line option at fault.
    """

    def __init__(self, text: str, option: str = "--executor"):
        super().__init__(
            Problem("<command line>", None, None, option, text),
            summary=message("cli.batch.cannot_start", resolve_language()),
        )


def _say(key: str, **values: object) -> str:
    return message(key, resolve_language(), **values)


@dataclass(frozen=True)
class OpenExecutor:
    """An executor ready for runs.

    Attributes:
        executor: Submit runs here (``submit(fn, run)`` returns a ``concurrent.futures.Future``).
        name: ``local``, ``processes`` or ``dask``.
        workers: How many runs execute at the same time.
        description_key: Catalogue key saying where the runs execute (its count is
            ``workers``), so the summary says it in the reader's language.
        address: The Dask scheduler's address (empty for the others).
    """

    executor: cf.Executor
    name: str
    workers: int
    description_key: str
    address: str = ""

    @property
    def description(self) -> str:
        """Where the runs execute, in English, e.g. ``2 processes`` or ``dask at tcp://...``."""
        return message(self.description_key, "en", count=self.workers, address=self.address)


class InProcessExecutor(cf.Executor):
    """Runs each submitted call at once, in the calling thread (the ``local`` executor)."""

    def __init__(self) -> None:
        self._shutdown = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future:
        """Run ``fn(*args, **kwargs)`` now and return a finished future."""
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future: cf.Future = cf.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as error:  # the future carries it, as with the other executors
            future.set_exception(error)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Refuse further calls (nothing runs in the background)."""
        self._shutdown = True


def default_jobs() -> int:
    """Return the number of cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def open_executor(
    name: str = "processes", jobs: int | None = None, dask_address: str | None = None
) -> Iterator[OpenExecutor]:
    """Start an executor for a batch and stop it afterwards.

    Args:
        name: ``local``, ``processes`` or ``dask``.
        jobs: Worker processes (``processes``; default all cores) or local Dask workers (when
            no address is given; default all cores). Ignored by ``local``.
        dask_address: Address of a running Dask scheduler, e.g. ``tcp://scheduler.example.org:8786``.

    Yields:
        The open executor.

    Raises:
        ExecutorError: Unknown executor, bad ``jobs``, Dask missing or unreachable.
    """
    if name not in EXECUTORS:
        raise ExecutorError(_say("cli.batch.unknown_executor", name=name,
                                 choices=", ".join(EXECUTORS)))
    if jobs is not None and jobs < 1:
        raise ExecutorError(_say("cli.batch.jobs_at_least_one", got=jobs), "--jobs")
    if dask_address is not None and name != "dask":
        raise ExecutorError(_say("cli.batch.needs_dask"), "--dask-address")
    if name != "local" and getattr(multiprocessing.current_process(), "_inheriting", False):
        # A spawned worker is importing the user's script, which starts a batch at import time.
        raise RuntimeError(
            "a batch was started while a worker process was importing the main script: put the "
            "call to run_batch under `if __name__ == \"__main__\":` in your script"
        )
    if name == "local":
        executor = InProcessExecutor()
        try:
            yield OpenExecutor(executor, "local", 1, "cli.batch.executor.local")
        finally:
            executor.shutdown()
    elif name == "processes":
        workers = jobs or default_jobs()
        pool = cf.ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_process_worker,
            initargs=(os.getpid(),),
        )
        try:
            yield OpenExecutor(pool, "processes", workers, "cli.batch.executor.processes")
        except BaseException:
            _stop_now(pool)
            raise
        else:
            pool.shutdown(wait=True)
    else:
        with _dask_executor(jobs, dask_address) as opened:
            yield opened


def _stop_now(pool: cf.ProcessPoolExecutor) -> None:
    """Stop a process pool without waiting for the runs in progress (Ctrl-C, a crash).

    ``shutdown`` alone would wait for every running run to finish, which may take long; the
    runs it abandons are not stored and ``--resume`` starts them again.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


@contextlib.contextmanager
def _dask_executor(jobs: int | None, address: str | None) -> Iterator[OpenExecutor]:
    try:
        from distributed import Client, LocalCluster
        from distributed.diagnostics.plugin import WorkerPlugin
    except ImportError:
        raise ExecutorError(_say("cli.batch.dask_missing")) from None

    class PinSolverThreads(WorkerPlugin):
        """Caps numerical libraries at one thread on every worker, also on late joiners."""

        name = "trustmatch-pin-solver-threads"

        def setup(self, worker: Any) -> None:
            pin_solver_threads()

    with contextlib.ExitStack() as stack:
        if address is None:
            workers = jobs or default_jobs()
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    # Dask's own chatter (worker start and stop) would bury the progress bar.
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
            description = "cli.batch.executor.dask_local"
        else:
            try:
                client = stack.enter_context(Client(address, timeout="20s"))
            except (OSError, TimeoutError) as error:
                raise ExecutorError(_say("cli.batch.dask_unreachable", address=address,
                                         error=error), "--dask-address") from None
            threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
            workers = max(1, threads)
            description = "cli.batch.executor.dask_at"
        client.register_plugin(PinSolverThreads())
        executor = client.get_executor(pure=False)
        try:
            yield OpenExecutor(executor, "dask", workers, description, address or "")
        finally:
            executor.shutdown(wait=False)
