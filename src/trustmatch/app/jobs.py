"""Planning runs in a worker thread, so the page stays responsive and can show progress.

One run at a time per cluster (a second "plan" while one runs shows the running one). A run
computes the roadmap from the scenario and the ledger (:func:`trustmatch.roadmap`, its first
phase is the recommendation for the next phase) and saves it atomically as ``NAME.plan.json``.
The page polls :meth:`Jobs.status` and shows ``done`` of ``total`` simulated runs.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from trustmatch.errors import Problem, SolverError, UserError

log = logging.getLogger("trustmatch.app")


@dataclass(frozen=True)
class JobStatus:
    """Where a planning run stands.

    Attributes:
        state: ``queued``, ``running``, ``done`` or ``failed``.
        done: Simulated runs finished.
        total: Simulated runs in all.
        error_key: Catalogue key of the failure (``failed`` only).
        problems: What is behind a failure: the located problems of input errors (written in
            the page's language when shown), or the solver's account as text.
    """

    state: str
    done: int = 0
    total: int = 0
    error_key: str = ""
    problems: tuple[Problem | str, ...] = field(default_factory=tuple)

    def problem_lines(self, lang: str) -> list[str]:
        """Return the problems behind a failure as lines in ``lang`` (file:line: path: text)."""
        return [p.format(lang) if isinstance(p, Problem) else p for p in self.problems]


class Jobs:
    """The planning runs of the app: one daemon worker thread takes them in order.

    The worker is a daemon so that stopping the app (Ctrl+C) never waits for a running plan;
    the plan file is written atomically, so an interrupted run leaves the previous plan.
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[str, Callable[[Callable[[int, int], None]], None]]] = \
            queue.Queue()
        self._status: dict[str, JobStatus] = {}
        self._lock = threading.Lock()
        self._worker = threading.Thread(target=self._work, name="trustmatch-plan", daemon=True)
        self._worker.start()

    def _work(self) -> None:
        while True:
            key, work = self._queue.get()
            self._run(key, work)

    def status(self, key: str) -> JobStatus | None:
        """Return the status of the latest run for ``key`` (None if there was none)."""
        with self._lock:
            return self._status.get(key)

    def start(
        self, key: str, total: int, work: Callable[[Callable[[int, int], None]], None]
    ) -> bool:
        """Queue ``work(progress)`` for ``key`` unless a run for it is queued or running.

        Returns:
            True if a new run was queued.
        """
        with self._lock:
            current = self._status.get(key)
            if current is not None and current.state in ("queued", "running"):
                return False
            self._status[key] = JobStatus("queued", 0, total)
        self._queue.put((key, work))
        return True

    def _update(self, key: str, **changes: object) -> None:
        with self._lock:
            self._status[key] = replace(self._status[key], **changes)  # type: ignore[arg-type]

    def _run(self, key: str, work: Callable[[Callable[[int, int], None]], None]) -> None:
        self._update(key, state="running")

        def progress(done: int, total: int) -> None:
            self._update(key, done=done, total=total)

        try:
            work(progress)
        except UserError as error:
            self._update(key, state="failed", error_key="app.plan.failed_input",
                         problems=tuple(error.problems))
            return
        except SolverError as error:
            self._update(key, state="failed", error_key="app.plan.failed_solver",
                         problems=(error.message,))
            return
        except Exception:  # the worker must never die silently: log it, tell the page
            log.exception("planning %s failed", key)
            self._update(key, state="failed", error_key="app.plan.failed_internal")
            return
        self._update(key, state="done")
