"""Solver adapters (HiGHS through PuLP, CBC) and an honest mapping of how a solve ended.

Traps handled here (measured on this project's models):

* PuLP reports a HiGHS stop at the time limit as "Optimal". We read HiGHS' own model status, the
  primal solution status and the MIP dual bound instead.
* PuLP's HiGHS adapter fails on model statuses it does not know (memory or solution limit); our
  adapter maps every status.
* HiGHS prints a banner on stdout once per process even with ``msg=False``: file descriptor 1 is
  pointed at ``/dev/null`` while HiGHS runs (reference counted, so concurrent solves in threads
  restore it correctly), keeping machine-readable output on stdout clean.
* When CBC finds no integer solution PuLP still fills the variables with root-LP values that break
  constraints: a CBC answer is accepted only after checking every row, bound and integrality.
* A solve stopped by the clock returns what it had at that moment, which depends on the machine
  and its load. With ``reproducible`` the solvers stop on counted work instead
  (:class:`WorkLimit`), so the same model gives the same plan on every run.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import pulp

from trustmatch.results import SolverStatus, StoredPhrase, say_phrases

SOLVERS = ("highs", "cbc")
"""Solver names accepted by ``--solver`` and ``planning.solver``."""

CHECK_TOLERANCE = 1e-6
"""Largest row violation or distance from integrality accepted in a CBC answer."""


@dataclass(frozen=True)
class SolveReport:
    """How a solve ended.

    Attributes:
        status: The mapped status.
        has_solution: Whether the variables hold a valid portfolio.
        bound: Best proven upper bound on the objective (None when unknown).
        phrases: Plain words when there is no (proven) optimum, said in the reader's language
            (``message``: in English).
    """

    status: SolverStatus
    has_solution: bool
    bound: float | None
    phrases: tuple[StoredPhrase, ...] = ()

    @property
    def message(self) -> str:
        """The phrases in English (empty for a proven optimum)."""
        return say_phrases(self.phrases, "en")


def phrase(key: str, terms: Mapping[str, str] | None = None, **values: str | float) -> StoredPhrase:
    """Return the catalogue sentence ``cli.solver.<key>`` with its values (said later)."""
    return StoredPhrase(key=f"cli.solver.{key}", values=values, terms=dict(terms or {}))


STOP_REASONS: dict[str, str] = {
    "time limit reached": "time_limit",
    "work limit reached": "work_limit",
    "stopped by the safety clock": "safety_clock",
    "with an optimum its own solution does not confirm": "unconfirmed",
    "iteration limit reached": "iteration_limit",
    "interrupted by user": "interrupted",
    "memory limit reached": "memory_limit",
    "solution limit reached": "solution_limit",
}
"""Why HiGHS stopped, as the adapter and HiGHS write it → ``cli.solver.stop.<key>``."""


def stop_reason(why: str) -> dict[str, str]:
    """Return the ``terms`` saying why HiGHS stopped (a reason it has no word for: as written)."""
    return {"why": f"cli.solver.stop.{STOP_REASONS.get(why.strip().lower(), 'other')}"}


_stdout_lock = threading.Lock()
_stdout_users = 0
_stdout_saved: int | None = None


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Point file descriptor 1 at /dev/null meanwhile (HiGHS writes its banner there)."""
    global _stdout_users, _stdout_saved
    with _stdout_lock:
        if _stdout_users == 0:
            try:
                sys.stdout.flush()
            except (AttributeError, ValueError):
                pass
            devnull = os.open(os.devnull, os.O_WRONLY)
            _stdout_saved = os.dup(1)
            os.dup2(devnull, 1)
            os.close(devnull)
        _stdout_users += 1
    try:
        yield
    finally:
        with _stdout_lock:
            _stdout_users -= 1
            if _stdout_users == 0 and _stdout_saved is not None:
                os.dup2(_stdout_saved, 1)
                os.close(_stdout_saved)
                _stdout_saved = None


class _Highs(pulp.HiGHS):
    """PuLP's HiGHS adapter with an optional MIP start, improvement and no status guessing.

    With a start and blocks (large phases) the improvement search and HiGHS on the whole model
    run side by side on two threads when the machine has two cores
    (:func:`_solve_concurrently`), one after the other otherwise. With ``reproducible`` both
    stop on counted work (:func:`_solve_by_work`).
    """

    def __init__(
        self,
        start: Mapping[pulp.LpVariable, float] | None = None,
        blocks: Sequence[Sequence[pulp.LpVariable]] | None = None,
        reproducible: bool = False,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.reproducible = reproducible
        # The time limit covers PuLP handing the model to HiGHS too (seconds at 3,000 actors).
        self.started = time.perf_counter()
        self.start = start or {}
        self.blocks = blocks or []
        self.improved: _Incumbent | None = None
        self.concurrent: _Concurrent | None = None
        self.checker: _Checker | None = None
        self.improve_seconds = 0.0

    def callSolver(self, lp):  # noqa: D102 - PuLP's own hook
        highs = lp.solverModel
        if self.reproducible and self.timeLimit:
            work = work_limit(float(self.timeLimit), highs.getNumCol())
            self.concurrent = _solve_by_work(
                highs, self.start, self.blocks, work, concurrent_threads()
            )
            return
        if self.timeLimit:
            limit = float(self.timeLimit)
            handed_over = time.perf_counter() - self.started
            # Handing the solution back (values into PuLP, the portfolio and its explanations)
            # takes about as long as handing the model over: keep that much in reserve.
            reserve = min(handed_over, HAND_BACK_SHARE * limit)
            left = max(limit - handed_over - reserve, min(limit, 0.05))
            highs.setOptionValue("time_limit", left)
        if self.start and self.blocks and self.timeLimit and concurrent_threads() > 1:
            self.concurrent = _solve_concurrently(highs, self.start, self.blocks, left)
            return
        if self.start and self.blocks and self.timeLimit:
            began = time.perf_counter()
            self.checker = _Checker(highs)
            self.improved = _improve(
                highs, self.start, self.blocks, IMPROVE_SHARE * left, checker=self.checker
            )
            self.improve_seconds = time.perf_counter() - began
            highs.setOptionValue("time_limit", max(left - self.improve_seconds, 0.5))
        _root_lp_method(highs)
        if self.improved is not None:
            columns, values = self.improved.integer_start()
            highs.setSolution(len(columns), columns, values)
        elif self.start:
            # A partial start (the integer variables): HiGHS completes the continuous ones.
            pairs = sorted((var.index, float(value)) for var, value in self.start.items())
            indices = np.array([i for i, _ in pairs], dtype=np.int32)
            values = np.array([v for _, v in pairs], dtype=np.float64)
            highs.setSolution(len(pairs), indices, values)
        highs.run()

    def findSolutionValues(self, lp):  # noqa: D102 - PuLP's own hook
        if self.concurrent is not None:
            values = list(self.concurrent.values) if self.concurrent.values is not None else []
            for var in lp.variables():
                var.varValue = values[var.index] if var.index < len(values) else None
            return pulp.constants.LpStatusNotSolved, pulp.constants.LpSolutionNoSolutionFound
        values = list(lp.solverModel.getSolution().col_value)
        if self.improved is not None and not _final_beats(
            lp.solverModel, self.improved, self.checker
        ):
            values = list(self.improved.values)
        for var in lp.variables():
            var.varValue = values[var.index] if var.index < len(values) else None
        return pulp.constants.LpStatusNotSolved, pulp.constants.LpSolutionNoSolutionFound


HAND_BACK_SHARE = 0.02
"""Largest share of the time limit kept in reserve for handing the solution back."""

INTERIOR_POINT_ROWS = 20_000
"""From this many rows on, HiGHS solves the MIP's root LP by the interior point method."""

IMPROVE_SHARE = 0.5
"""Share of the time limit spent improving the start by large-neighbourhood search."""

STEP_DIVISOR = 40.0
"""Time limit of one improvement step: this share of the search's time (at least 0.3 s).
Measured at 1,000 actors, 60 s: 20 -> 2,164-2,174, 40 -> 2,184, 80 -> 2,181, 10 -> 2,132."""

NEIGHBOURHOOD_SHARE = 0.1
"""First share of the blocks freed together in one improvement step (then adapted)."""


@dataclass
class _Incumbent:
    """The best solution of the improvement search (HiGHS' own sense: minimisation)."""

    values: np.ndarray
    objective: float
    integer_columns: np.ndarray
    proven: bool = False
    """Whether the search solved the whole model to optimality (then this is the optimum)."""
    stopped_by_clock: bool = False
    """Whether a work-limited search was cut short by its safety clock (see :class:`WorkLimit`)."""

    def integer_start(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the integer columns and their values (a start HiGHS completes)."""
        return self.integer_columns, np.round(self.values[self.integer_columns])


def _root_lp_method(highs) -> None:
    if highs.getNumRow() >= INTERIOR_POINT_ROWS:
        # Large models: the dual simplex needs minutes for the root LP (3,000 actors: no
        # bound at all within 120 s); the interior point method solves it several times faster.
        highs.setOptionValue("mip_lp_solver", "ipm")


CONCURRENT_THREADS: int | None = None
"""Threads for a large solve (see :func:`_solve_concurrently`); None = 2 when the machine has
two or more cores. Set it to 1 where runs already share the cores (batch workers do)."""


LARGE_MODEL_TIME_SHARE = 0.9
"""Share of the time limit given to HiGHS on the whole model when that model is large."""

OVERDUE_GRACE = 0.2
"""Seconds the whole-model solve may run past the time limit before it is interrupted."""

LEAVE_BEHIND_AFTER = 1.0
"""Seconds waited for an interrupted whole-model solve to stop before the plan is returned
without it. HiGHS was seen to answer an interrupt 6.6 s late at 3,000 actors, and one run in
seven there ended 7.4 s past its time limit."""


SAFETY_FACTOR = 30.0
"""A work-limited solve (:class:`WorkLimit`) is stopped by the clock only after this many times
its time limit (and not before :data:`SAFETY_MIN_SECONDS`); it says so, since the plan may then
differ between runs. The rates behind the counted work were fitted on one-phase programs; the
lookahead's horizon program needs up to about 18 times its limit on a busy two-core machine
(60 members, 1 s), so the clock stays well behind that."""

SAFETY_MIN_SECONDS = 60.0
"""Shortest safety clock of a work-limited solve: a tiny time limit still gets its minimum work
(:data:`WORK_MIN_CHECKS`, two search steps) done by counting, not by the clock."""

WORK_CHECK_RATES = ((2_072, 21.0), (5_475, 3.3), (17_226, 0.53), (50_305, 0.025))
"""HiGHS progress checks (calls of its MIP interrupt callback, at fixed points of its
algorithm: after presolve, the root LP, each round of cuts, each node) per second on the whole
model, by the model's number of columns: the unit of counted work (:class:`WorkLimit`).
Measured on 2 cores, one thread, synthetic clusters of 100, 300, 1,000 and 3,000 actors
(seed 0); rates in between and beyond are interpolated on a log-log scale. At 3,000 actors
the third check comes after the root LP (45 s), the fourth after the first round of cuts
(151 s)."""

WORK_MIN_CHECKS = 3
"""Fewest progress checks on the whole model: the third comes after the root LP, so there is
always a bound to report the gap against."""

WORK_STEP_RATES = ((5_475, 4.5), (17_226, 0.9), (50_305, 0.9))
"""Steps of a work-limited improvement search per second of time limit, by the model's number
of columns (interpolated like :data:`WORK_CHECK_RATES`). Measured with 20 checks a step, both
threads busy: 0.2 s a step at 300 actors, about 1 s at 1,000 and at 3,000."""

WORK_STEP_CHECKS = 20
"""Progress checks of one step of a work-limited improvement search."""

WORK_CBC_NODES_PER_SECOND = 5.0
"""Branch-and-bound nodes of a work-limited CBC solve per second of time limit (CBC has no
callback through PuLP; nodes are its only counted limit). Measured: 30 nodes in 7.5 s at 60
actors."""


@dataclass(frozen=True)
class WorkLimit:
    """Counted work in place of the clock, so that the same model gives the same plan every run.

    A solve that stops on the clock returns whatever it had at that moment, which depends on the
    machine and on whatever else runs on it. Counted work does not. The unit is HiGHS' progress
    check (its MIP interrupt callback, called at fixed points of the algorithm: after a round of
    cuts, a node, a heuristic), derived from the time limit so that planning takes roughly that
    long on a two-core laptop.

    Attributes:
        checks: Progress checks of HiGHS on the whole model.
        steps: Steps of the improvement search (when there is a start to improve).
        step_checks: Progress checks of one step.
        cbc_nodes: Branch-and-bound nodes of a CBC solve.
        safety_seconds: Clock stop meant never to be reached; when it is, the plan may differ
            between runs and the solver report says so.
    """

    checks: int
    steps: int
    step_checks: int
    cbc_nodes: int
    safety_seconds: float


def _rate(points: tuple[tuple[int, float], ...], columns: int) -> float:
    """Return a measured rate at this model size, interpolated on a log-log scale."""
    if columns <= points[0][0]:
        return points[0][1]
    for (low_columns, low_rate), (high_columns, high_rate) in zip(points, points[1:], strict=False):
        if columns <= high_columns or (high_columns, high_rate) == points[-1]:
            slope = math.log(high_rate / low_rate) / math.log(high_columns / low_columns)
            return low_rate * (columns / low_columns) ** slope
    return points[-1][1]  # not reached: the last segment extrapolates


def work_limit(time_limit: float, columns: int) -> WorkLimit:
    """Return the counted work that stands for ``time_limit`` seconds on a model this large."""
    return WorkLimit(
        checks=max(WORK_MIN_CHECKS, round(time_limit * _rate(WORK_CHECK_RATES, columns))),
        steps=max(2, round(time_limit * _rate(WORK_STEP_RATES, columns))),
        step_checks=WORK_STEP_CHECKS,
        cbc_nodes=max(1, round(time_limit * WORK_CBC_NODES_PER_SECOND)),
        safety_seconds=max(SAFETY_FACTOR * time_limit, SAFETY_MIN_SECONDS),
    )


class _WorkCounter:
    """HiGHS MIP interrupt callback: stops the solve at its ``budget``-th progress check."""

    def __init__(self, budget: int):
        self.budget = budget
        self.count = 0

    def reset(self) -> None:
        self.count = 0

    def __call__(self, event) -> None:
        self.count += 1
        # HiGHS keeps the flag between runs of one instance: set it both ways.
        event.interrupt(self.count >= self.budget)


def concurrent_threads() -> int:
    """Return how many threads a large HiGHS solve uses (1 or 2)."""
    if CONCURRENT_THREADS is not None:
        return max(1, min(2, CONCURRENT_THREADS))
    return 2 if (os.cpu_count() or 1) >= 2 else 1


@dataclass
class _Concurrent:
    """How the two searches of a concurrent solve ended, combined (HiGHS' minimisation sense)."""

    status: object
    """HiGHS model status of the full-model search (the proof, if any, comes from it)."""
    values: np.ndarray | None
    """The best solution of either search (None when neither found one)."""
    objective: float | None
    dual_bound: float
    """The full-model search's dual bound (a lower bound on the minimised objective)."""
    proven: bool
    """Whether the neighbourhood search solved the whole model to optimality."""
    status_text: str
    stopped_by_clock: bool = False
    """Whether a work-limited solve (:class:`WorkLimit`) was stopped by its safety clock."""


def _solve_concurrently(highs, start, blocks, seconds: float) -> _Concurrent:
    """Two threads: HiGHS on the whole model (bound, proof) and the neighbourhood search (plans).

    On one core the two must share the time limit: half for the search, half for the whole
    model, and HiGHS' root cut loop then takes all of the second half on a large model (300
    actors: ~8 s of a 10 s limit). With two cores each gets the full limit. HiGHS releases the
    interpreter lock while it solves, so two threads of one process run on two cores. The search
    starts from the start (see below why HiGHS does not); it stops as soon as the whole model is
    solved, and
    the whole-model solve is cancelled when the search proves optimality on its own (the
    neighbourhood became the whole model). Which plan is kept is decided by objective value; on
    a tie the whole-model solve's plan, so a proven optimum does not depend on thread timing.
    """
    import highspy

    checker = _Checker(highs)
    partner = _whole_model_copy(highs)
    partner_seconds = seconds
    if partner.getNumRow() >= INTERIOR_POINT_ROWS:
        # On large models HiGHS checks its time limit only between rounds of its root cut loop
        # (one round took 46 s at 3,000 actors) and reacts to an interrupt only seconds later
        # (up to 6.6 s measured): ask it to stop early enough.
        partner_seconds = LARGE_MODEL_TIME_SHARE * seconds
        partner.setOptionValue("time_limit", partner_seconds)
    # No start for the whole-model solve: given one (partial or complete), HiGHS 1.16 was seen
    # to end "optimal" with the optimum's value but the start's columns as its solution (small
    # hypothesis scenarios, seeds 941 and 36375390). The search starts from it instead.
    solved = threading.Event()
    overdue = threading.Event()
    failure: list[BaseException] = []

    def stop_when_overdue(event) -> None:
        # HiGHS checks its time limit only now and then inside the interior point method and
        # the root cut loop (measured: 5-11 s late at 3,000 actors); this stops it on request.
        if overdue.is_set():
            event.interrupt()

    # The best dual bound seen so far, for the case that the solve is left behind (below).
    bound_seen = [-math.inf]

    def record_bound_and_stop_when_overdue(event) -> None:
        bound = event.data_out.mip_dual_bound
        if math.isfinite(bound) and bound > bound_seen[0]:
            bound_seen[0] = bound
        stop_when_overdue(event)

    partner.cbIpmInterrupt += stop_when_overdue
    partner.cbSimplexInterrupt += stop_when_overdue
    partner.cbMipInterrupt += record_bound_and_stop_when_overdue

    limits = (
        highspy.HighsModelStatus.kTimeLimit,
        highspy.HighsModelStatus.kInterrupt,
        highspy.HighsModelStatus.kHighsInterrupt,
    )

    def whole_model() -> None:
        try:
            partner.run()
            if partner.getModelStatus() not in limits:
                solved.set()  # proven (or settled otherwise): the search can stop
        except BaseException as error:  # reported below, on the calling thread
            failure.append(error)

    worker = threading.Thread(target=whole_model, name="highs-whole-model", daemon=True)
    # Its own time limit is not enough (see above): the interrupt is requested at the same time.
    deadline = threading.Timer(partner_seconds, overdue.set)
    deadline.daemon = True
    began = time.perf_counter()
    worker.start()
    deadline.start()
    improved = None
    try:
        improved = _improve(highs, start, blocks, seconds, stop=solved, checker=checker)
    finally:
        if improved is not None and improved.proven:
            overdue.set()
        worker.join(timeout=max(seconds - (time.perf_counter() - began), 0.0) + OVERDUE_GRACE)
        overdue.set()
        deadline.cancel()
        worker.join(timeout=LEAVE_BEHIND_AFTER)
    if worker.is_alive():
        # Asked to stop, it has not: leave it to stop at its next check (its numbers are not read
        # while it runs) rather than keep the user waiting. Its bound is the last one it showed.
        dual_bound = bound_seen[0]
        if improved is not None and improved.proven:
            dual_bound = max(dual_bound, improved.objective)
        return _Concurrent(
            status=highspy.HighsModelStatus.kInterrupt,
            values=improved.values if improved is not None else None,
            objective=improved.objective if improved is not None else None,
            dual_bound=dual_bound,
            proven=improved is not None and improved.proven,
            status_text="time limit reached",
        )
    if failure:
        raise failure[0]
    settled = _combine(partner, checker, improved)
    if settled.status == highspy.HighsModelStatus.kUnknown:
        settled.status_text = "with an optimum its own solution does not confirm"
    elif settled.status in limits:
        settled.status_text = "time limit reached"  # interrupts here come from the clock only
    else:
        settled.status_text = partner.modelStatusToString(settled.status).lower()
    return settled


def _combine(partner, checker: _Checker, improved: _Incumbent | None) -> _Concurrent:
    """Combine the whole-model solve's outcome with the search's best plan (either may be none).

    The better plan is kept (on a tie the whole-model solve's); a proof the whole-model solve's
    own solution does not back becomes status unknown; a search that solved the whole model
    proves its plan optimal. ``status_text`` is left for the caller to say.
    """
    import highspy

    status = partner.getModelStatus()
    values, objective = None, None
    found = checker.read(partner)
    if found is not None:
        values, objective = found
    if status == highspy.HighsModelStatus.kOptimal and (
        found is None or not checker.agrees(partner, objective)
    ):
        status = highspy.HighsModelStatus.kUnknown  # a proof its own solution does not back
    if improved is not None and (
        objective is None
        or improved.objective < objective - 1e-9 * max(1.0, abs(objective))
    ):
        values, objective = improved.values, improved.objective
    dual_bound = partner.getInfo().mip_dual_bound
    if improved is not None and improved.proven:
        dual_bound = improved.objective if not math.isfinite(dual_bound) else max(
            dual_bound, improved.objective
        )
    return _Concurrent(
        status=status,
        values=values,
        objective=objective,
        dual_bound=dual_bound,
        proven=improved is not None and improved.proven,
        status_text="",
    )


def _whole_model_copy(highs):
    """Return a second HiGHS instance on the same model and options, single-threaded."""
    import highspy

    partner = highspy.Highs()
    partner.setOptionValue("output_flag", False)
    partner.passModel(highs.getLp())
    for option in ("mip_rel_gap", "mip_abs_gap", "time_limit"):
        partner.setOptionValue(option, highs.getOptionValue(option)[1])
    partner.setOptionValue("threads", 1)
    _root_lp_method(partner)  # not for the search: its small sub-problems suit the simplex
    return partner


def _solve_by_work(highs, start, blocks, work: WorkLimit, threads: int) -> _Concurrent:
    """Solve with counted work: the same model gives the same plan on every run.

    Two independent computations, each stopped by counted work, never by the clock: HiGHS on
    the whole model (``work.checks`` progress checks) and, given a start, the improvement
    search (``work.steps`` steps of ``work.step_checks`` checks). With two threads they run side
    by side, with one the whole model first; neither reads anything from the other, so the
    result does not depend on the number of threads. The search is skipped (or stops, and its
    plan is not looked at) once the whole model is solved (optimal, or within the allowed gap).
    Otherwise the better plan is kept; on a tie the whole-model solve's.
    """
    import highspy

    began = time.perf_counter()
    checker = _Checker(highs)
    partner = _whole_model_copy(highs)
    partner.setOptionValue("time_limit", work.safety_seconds)
    partner.cbMipInterrupt += _WorkCounter(work.checks)
    solved = threading.Event()
    failure: list[BaseException] = []

    def whole_model() -> None:
        try:
            partner.run()
            if partner.getModelStatus() == highspy.HighsModelStatus.kOptimal:
                found = checker.read(partner)
                if found is not None and checker.agrees(partner, found[1]):
                    solved.set()
        except BaseException as error:  # reported below, on the calling thread
            failure.append(error)

    improved = None
    search = bool(start) and bool(blocks)
    if threads > 1 and search:
        worker = threading.Thread(target=whole_model, name="highs-whole-model", daemon=True)
        worker.start()
        try:
            improved = _improve(
                highs, start, blocks, work.safety_seconds, stop=solved, checker=checker,
                work=work,
            )
        finally:
            worker.join()
    else:
        whole_model()
        if search and not solved.is_set() and not failure:
            left = work.safety_seconds - (time.perf_counter() - began)
            improved = _improve(
                highs, start, blocks, max(left, 0.0), checker=checker, work=work,
            )
    if failure:
        raise failure[0]
    if solved.is_set():
        # Settled by the whole model (optimum, or within the allowed gap): the search may have
        # been stopped at any point, so its plan is not looked at.
        improved = None
    settled = _combine(partner, checker, improved)
    settled.stopped_by_clock = (
        partner.getModelStatus() == highspy.HighsModelStatus.kTimeLimit
        or (improved is not None and improved.stopped_by_clock)
    )
    settled.status_text = (
        "stopped by the safety clock" if settled.stopped_by_clock else "work limit reached"
    )
    return settled


class _Checker:
    """Recomputes a HiGHS solution's objective from the model and checks every row and bound.

    HiGHS 1.16 was seen to report, after a sequence of bound changes and partial starts on one
    small model, "optimal" with an objective value (21) that its own solution vector does not
    have (13, optimum 16). Solutions are therefore accepted on their recomputed value only, and
    only when they satisfy the model; a claimed proof counts only when the two values agree.
    Build it before any bounds are changed.
    """

    def __init__(self, highs):
        import highspy
        from scipy import sparse

        lp = highs.getLp()
        matrix = lp.a_matrix_
        shape = (lp.num_row_, lp.num_col_)
        data = (np.asarray(matrix.value_), np.asarray(matrix.index_), np.asarray(matrix.start_))
        if matrix.format_ == highspy.MatrixFormat.kRowwise:
            self.rows = sparse.csr_matrix(data, shape=shape)
        else:
            self.rows = sparse.csc_matrix(data, shape=shape).tocsr()
        self.cost = np.asarray(lp.col_cost_, dtype=np.float64)
        self.offset = float(lp.offset_)
        self.row_lower = np.asarray(lp.row_lower_, dtype=np.float64)
        self.row_upper = np.asarray(lp.row_upper_, dtype=np.float64)
        self.col_lower = np.asarray(lp.col_lower_, dtype=np.float64)
        self.col_upper = np.asarray(lp.col_upper_, dtype=np.float64)
        kinds = list(lp.integrality_)
        self.integer = np.array(
            [kind != highspy.HighsVarType.kContinuous for kind in kinds] or [False] * shape[1],
            dtype=bool,
        )

    def objective(self, values: np.ndarray) -> float | None:
        """Return the objective of a solution (HiGHS' sense), or None if it breaks the model."""
        if len(values) != len(self.cost):
            return None
        tolerance = CHECK_TOLERANCE
        if np.any(values < self.col_lower - tolerance) or np.any(
            values > self.col_upper + tolerance
        ):
            return None
        if np.any(np.abs(values[self.integer] - np.round(values[self.integer])) > tolerance):
            return None
        activity = self.rows @ values
        scale = tolerance * np.maximum(1.0, np.abs(activity))
        if np.any(activity < self.row_lower - scale) or np.any(activity > self.row_upper + scale):
            return None
        return float(self.cost @ values + self.offset)

    def read(self, highs) -> tuple[np.ndarray, float] | None:
        """Return the solution HiGHS holds and its checked objective, or None."""
        if highs.getInfo().primal_solution_status != 2:
            return None
        values = np.array(highs.getSolution().col_value, dtype=np.float64)
        objective = self.objective(values)
        return None if objective is None else (values, objective)

    @staticmethod
    def agrees(highs, objective: float) -> bool:
        """Whether HiGHS' reported objective is the one recomputed (a proof is credible)."""
        reported = highs.getInfo().objective_function_value
        return abs(reported - objective) <= 1e-6 * max(1.0, abs(objective))


def _final_beats(highs, incumbent: _Incumbent, checker: _Checker) -> bool:
    final = checker.read(highs)
    if final is None:
        return False
    return final[1] <= incumbent.objective + 1e-9 * max(1.0, abs(incumbent.objective))


def _improve(
    highs,
    start,
    blocks,
    seconds: float,
    stop: threading.Event | None = None,
    checker: _Checker | None = None,
    work: WorkLimit | None = None,
) -> _Incumbent | None:
    """Large-neighbourhood search from a start: free a few blocks, fix the rest, solve, repeat.

    Each step fixes every integer column outside a set of blocks (one block per candidate slot:
    its ``x`` first, then its ``y``) at the incumbent's values and lets HiGHS solve the small
    sub-MIP within a short time limit; a better solution becomes the incumbent. Two kinds of
    step take turns (each with its own size, grown when a step is solved to optimality and shrunk
    when it runs out of time):

    * random blocks;
    * the blocks in use (first variable 1: the open projects) plus a few unused ones, see
      :data:`OPEN_EXTRA_DIVISOR`. Who sits in which open project decides which needs and which
      competitors are served; random steps free only two or three open projects at a time, too
      few to seat a whole market of competitors (measured at 300 actors, 10 s: 751 instead of
      719 over three seeds; 1,000 actors, 60 s: 2,287 instead of 2,164).

    It ends early once a neighbourhood is the whole model and solved. The search only
    ever finds valid solutions of the whole model (the sub-MIPs are restrictions of it), each one
    checked by ``checker``; the proof (bound) comes from HiGHS on the whole model, afterwards or
    on a second thread (``stop`` is set when that solve settles the phase).
    Seeded, so the sequence of neighbourhoods is the same on every run. With ``work`` the
    search takes ``work.steps`` steps of at most ``work.step_checks`` HiGHS progress checks each
    instead of watching the clock (``seconds`` is then only the safety clock), so its result
    is the same on every run.
    """
    import highspy

    began = time.perf_counter()
    blocks = [block for block in blocks if len(block)]
    if not blocks:
        return None
    column_sets = [np.array(sorted({v.index for v in block}), dtype=np.int32) for block in blocks]
    # The first variable of a block says whether it is in use (a slot's x: the project runs).
    first_columns = np.array([block[0].index for block in blocks], dtype=np.int64)
    integer_columns = np.unique(np.concatenate(column_sets))
    checker = checker or _Checker(highs)
    lower = checker.col_lower.copy()
    upper = checker.col_upper.copy()
    values = np.zeros(highs.getNumCol())
    for var, value in start.items():
        values[var.index] = value
    sizes = {"random": max(1, round(NEIGHBOURHOOD_SHARE * len(column_sets))), "open": None}
    step_seconds = max(0.3, seconds / STEP_DIVISOR)
    counter = _WorkCounter(work.step_checks) if work is not None else None
    if counter is not None:
        highs.cbMipInterrupt += counter
    rng = np.random.default_rng(0)
    status = highspy.HighsModelStatus
    incumbent: _Incumbent | None = None
    free: list[int] = []  # the first step completes the start (everything fixed)
    kind = "start"
    steps = 0
    overrun = 0.0
    try:
        while True:
            # A step may run past its own limit (HiGHS' presolve of the whole model is not
            # interrupted: ~1-3 s at 3,000 actors); keep the worst seen overrun in reserve.
            left = seconds - (time.perf_counter() - began) - overrun
            if work is not None:
                left = seconds - (time.perf_counter() - began)
                if steps >= work.steps and incumbent is not None:
                    break
                if left < 0.05:
                    if incumbent is not None:
                        incumbent.stopped_by_clock = True
                    break
            elif left < 0.05 or (incumbent is not None and left < 0.2):
                break
            if stop is not None and stop.is_set() and incumbent is not None:
                break  # the whole-model solve settled it: nothing left to improve
            keep = np.ones(len(values), dtype=bool)
            for k in free:
                keep[column_sets[k]] = False
            columns = integer_columns[keep[integer_columns]]
            base = incumbent.values if incumbent is not None else values
            fixed_values = np.round(base[columns])
            highs.changeColsBounds(len(columns), columns, fixed_values, fixed_values)
            if incumbent is not None:
                start_columns, start_values = incumbent.integer_start()
                highs.setSolution(len(start_columns), start_columns, start_values)
            # The first step only completes the start (all integers fixed): let it finish.
            step = min(step_seconds, left) if incumbent is not None and work is None else left
            highs.setOptionValue("time_limit", float(step))
            step_began = time.perf_counter()
            if counter is not None:
                counter.reset()
            highs.run()
            overrun = max(overrun, time.perf_counter() - step_began - step)
            # Read everything before the bounds change: a model change resets the solution.
            found = checker.read(highs)
            solved = highs.getModelStatus() == status.kOptimal and (
                found is not None and checker.agrees(highs, found[1])
            )
            if found is not None and (
                incumbent is None or found[1] < incumbent.objective - 1e-9
            ):
                incumbent = _Incumbent(found[0], found[1], integer_columns)
            highs.changeColsBounds(len(columns), columns, lower[columns], upper[columns])
            if incumbent is None:
                return None  # the start itself is not valid: leave the search to HiGHS
            if solved and len(free) == len(column_sets):
                incumbent.proven = True
                break  # the whole model was the neighbourhood: the incumbent is optimal
            if kind in sizes and sizes[kind] is not None:
                size = sizes[kind]
                if solved:
                    sizes[kind] = min(len(column_sets), size + max(1, size // 5))
                else:
                    sizes[kind] = max(1, size - max(1, size // 5))
            steps += 1
            kind = "random" if steps % (OPEN_STEPS_PER_RANDOM + 1) == 1 else "open"
            if kind == "open":
                free = _open_neighbourhood(incumbent.values, first_columns, sizes, rng)
            if kind == "random" or not free:
                kind = "random"
                free = sorted(
                    rng.choice(len(column_sets), sizes["random"], replace=False).tolist()
                )
    finally:
        highs.changeColsBounds(len(lower), np.arange(len(lower), dtype=np.int32), lower, upper)
        if counter is not None:
            highs.cbMipInterrupt -= counter
        highs.clearSolver()
    return incumbent


OPEN_STEPS_PER_RANDOM = 1
"""Open-projects steps per random step in the improvement search (300 actors, 10 s, mean of
three seeds: 1 -> 741, 2 -> 745, 3 -> 745: within the noise)."""

OPEN_EXTRA_DIVISOR = 8
"""An open-projects step also frees one unused block per this many open ones (at least
:data:`OPEN_EXTRA_MIN`), so that a project can be swapped for another. Measured at 1,000 actors
(60 s, ~70 open projects): divisor 2 -> 2,269, 4 -> 2,318, 8 -> 2,335; at 300 actors (10 s, three
seeds, 23 open) 2, 4, 6 or 8 unused ones gave 744-754, within the noise."""

OPEN_EXTRA_MIN = 4
"""Fewest unused blocks an open-projects step frees."""


def _open_neighbourhood(values, first_columns, sizes, rng) -> list[int]:
    """Return the blocks of an open-projects step, chosen at random with ``rng``.

    The open blocks (all of them, or ``sizes["open"]`` after time-outs) and a few unused ones;
    empty when nothing is open.
    """
    in_use = np.flatnonzero(values[first_columns] > 0.5)
    unused = np.flatnonzero(values[first_columns] <= 0.5)
    if not len(in_use):
        return []
    if sizes["open"] is None:
        sizes["open"] = len(in_use)
    count = min(sizes["open"], len(in_use))
    chosen = in_use if count == len(in_use) else rng.choice(in_use, count, replace=False)
    extra = min(len(unused), max(OPEN_EXTRA_MIN, count // OPEN_EXTRA_DIVISOR))
    swapped = rng.choice(unused, extra, replace=False) if extra else []
    return sorted({int(k) for k in chosen} | {int(k) for k in swapped})


def solve(
    lp: pulp.LpProblem,
    solver: str,
    *,
    time_limit: float,
    mip_gap: float,
    start: Mapping[pulp.LpVariable, float] | None = None,
    blocks: Sequence[Sequence[pulp.LpVariable]] | None = None,
    reproducible: bool = False,
) -> SolveReport:
    """Solve a maximisation problem and report honestly how it ended.

    Args:
        lp: The problem (always a maximisation here).
        solver: ``highs`` or ``cbc``.
        time_limit: Seconds the solver may take.
        mip_gap: Relative gap at which the solver may stop (0 = prove optimality).
        start: Optional feasible values to start from (HiGHS only).
        blocks: Optional groups of integer variables (e.g. one candidate slot each), the first
            one of each saying whether the block is in use (a slot's ``x``). With a start,
            the start is improved by large-neighbourhood search over these blocks while HiGHS
            solves the whole model on a second thread (two or more cores), or first, for
            :data:`IMPROVE_SHARE` of the time limit, before HiGHS solves the whole model from
            the best solution found (one core); the bound and any proof come from the
            whole-model solve.
        reproducible: Stop on counted work (:func:`work_limit`, derived from ``time_limit``
            and the model's size) instead of the clock, so that the same model gives the same
            solution on every run, whatever the machine's load and the number of threads (with
            the same software versions); the time taken
            then varies instead (a safety clock stops it at :data:`SAFETY_FACTOR` times the
            limit, and the report says so).

    Returns:
        The mapped outcome; when ``has_solution`` the variables hold the solution.
    """
    if not lp.variables():
        return SolveReport(SolverStatus.OPTIMAL, True, 0.0)
    if solver == "highs":
        return _solve_highs(lp, time_limit, mip_gap, start, blocks, reproducible)
    if solver == "cbc":
        return _solve_cbc(lp, time_limit, mip_gap, reproducible)
    raise ValueError(f"unknown solver {solver!r}; choose one of {', '.join(SOLVERS)}")


def _solve_highs(lp, time_limit, mip_gap, start, blocks, reproducible=False) -> SolveReport:
    import highspy

    adapter = _Highs(
        start=start, blocks=blocks, reproducible=reproducible, msg=False, timeLimit=time_limit,
        gapRel=mip_gap, threads=1, mip_abs_gap=0.0 if mip_gap == 0 else 1e-6,
    )
    try:
        with quiet_stdout():
            lp.solve(adapter)
    except Exception as error:  # HiGHS failing is reported, not raised
        return SolveReport(SolverStatus.ERROR, False, None,
                           (phrase("failed", solver="HiGHS", error=str(error)),))
    highs = lp.solverModel
    status = highspy.HighsModelStatus
    concurrent = adapter.concurrent
    if concurrent is not None:
        model_status = concurrent.status
        has_solution = concurrent.values is not None
        dual_bound = concurrent.dual_bound
        why = concurrent.status_text
        proven = has_solution and (concurrent.proven or model_status == status.kOptimal)
    else:
        model_status = highs.getModelStatus()
        info = highs.getInfo()
        has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
        improved = adapter.improved is not None and not _final_beats(
            highs, adapter.improved, adapter.checker
        )
        has_solution = has_solution or improved
        dual_bound = info.mip_dual_bound
        why = highs.modelStatusToString(model_status).lower()
        proven = model_status == status.kOptimal and has_solution and not improved
        if proven and adapter.checker is not None:
            final = adapter.checker.read(highs)
            proven = final is not None and adapter.checker.agrees(highs, final[1])
    # PuLP hands HiGHS the negated objective of a maximisation, so the dual bound flips sign.
    bound = -dual_bound if math.isfinite(dual_bound) else None
    if concurrent is not None and concurrent.stopped_by_clock:
        # Counted work was asked for, and the clock stopped it: say what that costs.
        if has_solution:
            return SolveReport(
                SolverStatus.OPTIMAL if proven else SolverStatus.FEASIBLE, True, bound,
                (phrase("safety_clock_plan", factor=SAFETY_FACTOR, seconds=SAFETY_MIN_SECONDS),),
            )
        return SolveReport(
            SolverStatus.TIME_LIMIT, False, bound,
            (phrase("safety_clock_none", factor=SAFETY_FACTOR, seconds=SAFETY_MIN_SECONDS),),
        )
    if proven:
        return SolveReport(SolverStatus.OPTIMAL, True, bound)
    if model_status == status.kOptimal and has_solution:
        return SolveReport(
            SolverStatus.FEASIBLE, True, bound, (phrase("unconfirmed"),),
        )
    if model_status in (status.kInfeasible, status.kUnboundedOrInfeasible):
        return SolveReport(SolverStatus.INFEASIBLE, False, None,
                           (phrase("no_valid_plan", solver="HiGHS"),))
    if model_status in (status.kTimeLimit, status.kInterrupt, status.kIterationLimit,
                        status.kSolutionLimit, status.kMemoryLimit, status.kObjectiveBound,
                        status.kObjectiveTarget, status.kHighsInterrupt, status.kUnknown):
        if has_solution:
            return SolveReport(
                SolverStatus.FEASIBLE, True, bound,
                (phrase("stopped_unproven", stop_reason(why), solver="HiGHS", text=why),),
            )
        return SolveReport(
            SolverStatus.TIME_LIMIT, False, bound,
            (phrase("stopped_no_plan", stop_reason(why), solver="HiGHS", text=why),),
        )
    return SolveReport(
        SolverStatus.ERROR, False, None, (phrase("ended", solver="HiGHS", status=why),),
    )


def _solve_cbc(lp, time_limit, mip_gap, reproducible=False) -> SolveReport:
    limits: dict[str, float] = {"timeLimit": time_limit}
    if reproducible:
        work = work_limit(time_limit, len(lp.variables()))
        limits = {"timeLimit": work.safety_seconds, "maxNodes": work.cbc_nodes}
    with warnings.catch_warnings():
        # PuLP 3 announces that the bundled CBC moves to an extra in PuLP 4; it works today.
        warnings.simplefilter("ignore", DeprecationWarning)
        adapter = pulp.PULP_CBC_CMD(msg=False, gapRel=mip_gap, threads=1, **limits)
    try:
        lp.solve(adapter)
    except Exception as error:  # CBC missing or crashing is reported, not raised
        return SolveReport(SolverStatus.ERROR, False, None,
                           (phrase("failed", solver="CBC", error=str(error)),))
    valid = _satisfies_everything(lp)
    if valid and lp.status == pulp.constants.LpStatusOptimal:
        if lp.sol_status == pulp.constants.LpSolutionOptimal:
            bound = pulp.value(lp.objective) if mip_gap == 0 else None
            return SolveReport(SolverStatus.OPTIMAL, True, bound)
        return SolveReport(
            SolverStatus.FEASIBLE, True, None, (phrase("cbc_unproven", solver="CBC"),)
        )
    if lp.status == pulp.constants.LpStatusInfeasible and lp.sol_status != 2:
        return SolveReport(SolverStatus.INFEASIBLE, False, None,
                           (phrase("no_valid_plan", solver="CBC"),))
    if valid:
        return SolveReport(
            SolverStatus.FEASIBLE, True, None, (phrase("cbc_unproven", solver="CBC"),)
        )
    return SolveReport(
        SolverStatus.TIME_LIMIT, False, None, (phrase("cbc_no_plan", solver="CBC"),)
    )


def _satisfies_everything(lp: pulp.LpProblem) -> bool:
    """Whether the current values meet every bound, integrality and row of the problem."""
    for var in lp.variables():
        value = var.varValue
        if var.name == "__dummy":  # PuLP's placeholder for an empty objective or row
            continue
        if value is None:
            return False
        if var.lowBound is not None and value < var.lowBound - CHECK_TOLERANCE:
            return False
        if var.upBound is not None and value > var.upBound + CHECK_TOLERANCE:
            return False
        if var.cat == pulp.LpInteger and abs(value - round(value)) > CHECK_TOLERANCE:
            return False
    # PuLP 3 returns the rows from a call (the dict access is deprecated), PuLP 2 from a dict.
    rows = lp.constraints() if callable(lp.constraints) else lp.constraints.values()
    return all(row.valid(CHECK_TOLERANCE) for row in rows)
