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

from trustmatch.results import SolverStatus

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
        message: Plain words when there is no (proven) optimum.
    """

    status: SolverStatus
    has_solution: bool
    bound: float | None
    message: str = ""


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
    """PuLP's HiGHS adapter with an optional MIP start, improvement and no status guessing."""

    def __init__(
        self,
        start: Mapping[pulp.LpVariable, float] | None = None,
        blocks: Sequence[Sequence[pulp.LpVariable]] | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        # The time limit covers PuLP handing the model to HiGHS too (seconds at 3,000 actors).
        self.started = time.perf_counter()
        self.start = start or {}
        self.blocks = blocks or []
        self.improved: _Incumbent | None = None
        self.improve_seconds = 0.0

    def callSolver(self, lp):  # noqa: D102 - PuLP's own hook
        highs = lp.solverModel
        if self.timeLimit:
            left = max(float(self.timeLimit) - (time.perf_counter() - self.started), 0.5)
            highs.setOptionValue("time_limit", left)
        if self.start and self.blocks and self.timeLimit:
            began = time.perf_counter()
            self.improved = _improve(highs, self.start, self.blocks, IMPROVE_SHARE * left)
            self.improve_seconds = time.perf_counter() - began
            highs.setOptionValue("time_limit", max(left - self.improve_seconds, 0.5))
        if highs.getNumRow() >= INTERIOR_POINT_ROWS:
            # Large models: the dual simplex needs minutes for the root LP (3,000 actors: no
            # bound at all within 120 s); the interior point method solves it several times faster.
            highs.setOptionValue("mip_lp_solver", "ipm")
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
        values = list(lp.solverModel.getSolution().col_value)
        if self.improved is not None and not _final_beats(lp.solverModel, self.improved):
            values = list(self.improved.values)
        for var in lp.variables():
            var.varValue = values[var.index] if var.index < len(values) else None
        return pulp.constants.LpStatusNotSolved, pulp.constants.LpSolutionNoSolutionFound


INTERIOR_POINT_ROWS = 20_000
"""From this many rows on, HiGHS solves the MIP's root LP by the interior point method."""

IMPROVE_SHARE = 0.5
"""Share of the time limit spent improving the start by large-neighbourhood search."""

NEIGHBOURHOOD_SHARE = 0.1
"""First share of the blocks freed together in one improvement step (then adapted)."""


@dataclass
class _Incumbent:
    """The best solution of the improvement search (HiGHS' own sense: minimisation)."""

    values: np.ndarray
    objective: float
    integer_columns: np.ndarray

    def integer_start(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the integer columns and their values (a start HiGHS completes)."""
        return self.integer_columns, np.round(self.values[self.integer_columns])


def _final_beats(highs, incumbent: _Incumbent) -> bool:
    info = highs.getInfo()
    if info.primal_solution_status != 2:
        return False
    return info.objective_function_value <= incumbent.objective + 1e-9 * max(
        1.0, abs(incumbent.objective)
    )


def _improve(highs, start, blocks, seconds: float) -> _Incumbent | None:
    """Large-neighbourhood search from a start: free a few blocks, fix the rest, solve, repeat.

    Each step fixes every integer column outside a random set of blocks (one block per candidate
    slot: its ``x`` and ``y``) at the incumbent's values and lets HiGHS solve the small sub-MIP
    within a short time limit; a better solution becomes the incumbent. The neighbourhood grows
    when a step is solved to optimality (it was too easy) and shrinks when a step runs out of
    time; it ends early once the neighbourhood is the whole model and solved. The search only
    ever finds valid solutions of the whole model (the sub-MIPs are restrictions of it); the
    proof (bound) comes from the solve that follows on the full model.
    Seeded, so the sequence of neighbourhoods is the same on every run.
    """
    import highspy

    began = time.perf_counter()
    column_sets = [np.array(sorted({v.index for v in block}), dtype=np.int32) for block in blocks]
    column_sets = [c for c in column_sets if len(c)]
    if not column_sets:
        return None
    integer_columns = np.unique(np.concatenate(column_sets))
    lp = highs.getLp()
    lower = np.array(lp.col_lower_, dtype=np.float64)
    upper = np.array(lp.col_upper_, dtype=np.float64)
    values = np.zeros(highs.getNumCol())
    for var, value in start.items():
        values[var.index] = value
    free_count = max(1, round(NEIGHBOURHOOD_SHARE * len(column_sets)))
    step_seconds = max(0.3, seconds / 20.0)
    rng = np.random.default_rng(0)
    status = highspy.HighsModelStatus
    incumbent: _Incumbent | None = None
    free: list[int] = []  # the first step completes the start (everything fixed)
    try:
        while True:
            left = seconds - (time.perf_counter() - began)
            if left < 0.05 or (incumbent is not None and left < 0.2):
                break
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
            step = min(step_seconds, left) if incumbent is not None else left
            highs.setOptionValue("time_limit", float(step))
            highs.run()
            # Read everything before the bounds change: a model change resets the solution.
            info = highs.getInfo()
            solved = highs.getModelStatus() == status.kOptimal
            if info.primal_solution_status == 2 and (
                incumbent is None or info.objective_function_value < incumbent.objective - 1e-9
            ):
                incumbent = _Incumbent(
                    np.array(highs.getSolution().col_value, dtype=np.float64),
                    info.objective_function_value,
                    integer_columns,
                )
            highs.changeColsBounds(len(columns), columns, lower[columns], upper[columns])
            if incumbent is None:
                return None  # the start itself is not valid: leave the search to HiGHS
            if solved and len(free) == len(column_sets):
                break  # the whole model was the neighbourhood: the incumbent is optimal
            if free:
                if solved:
                    free_count = min(len(column_sets), free_count + max(1, free_count // 5))
                else:
                    free_count = max(1, free_count - max(1, free_count // 5))
            free = sorted(rng.choice(len(column_sets), free_count, replace=False).tolist())
    finally:
        highs.changeColsBounds(len(lower), np.arange(len(lower), dtype=np.int32), lower, upper)
        highs.clearSolver()
    return incumbent


def solve(
    lp: pulp.LpProblem,
    solver: str,
    *,
    time_limit: float,
    mip_gap: float,
    start: Mapping[pulp.LpVariable, float] | None = None,
    blocks: Sequence[Sequence[pulp.LpVariable]] | None = None,
) -> SolveReport:
    """Solve a maximisation problem and report honestly how it ended.

    Args:
        lp: The problem (always a maximisation here).
        solver: ``highs`` or ``cbc``.
        time_limit: Seconds the solver may take.
        mip_gap: Relative gap at which the solver may stop (0 = prove optimality).
        start: Optional feasible values to start from (HiGHS only).
        blocks: Optional groups of integer variables (e.g. one candidate slot each). With a
            start, HiGHS first improves the start by large-neighbourhood search over these blocks
            for :data:`IMPROVE_SHARE` of the time limit, then solves the whole model from the
            best solution found (the bound and any proof come from that solve).

    Returns:
        The mapped outcome; when ``has_solution`` the variables hold the solution.
    """
    if not lp.variables():
        return SolveReport(SolverStatus.OPTIMAL, True, 0.0, "")
    if solver == "highs":
        return _solve_highs(lp, time_limit, mip_gap, start, blocks)
    if solver == "cbc":
        return _solve_cbc(lp, time_limit, mip_gap)
    raise ValueError(f"unknown solver {solver!r}; choose one of {', '.join(SOLVERS)}")


def _solve_highs(lp, time_limit, mip_gap, start, blocks) -> SolveReport:
    import highspy

    adapter = _Highs(
        start=start, blocks=blocks, msg=False, timeLimit=time_limit, gapRel=mip_gap, threads=1,
        mip_abs_gap=0.0 if mip_gap == 0 else 1e-6,
    )
    try:
        with quiet_stdout():
            lp.solve(adapter)
    except Exception as error:  # HiGHS failing is reported, not raised
        return SolveReport(SolverStatus.ERROR, False, None, f"HiGHS failed: {error}")
    highs = lp.solverModel
    model_status = highs.getModelStatus()
    info = highs.getInfo()
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    improved = adapter.improved is not None and not _final_beats(highs, adapter.improved)
    has_solution = has_solution or improved
    # PuLP hands HiGHS the negated objective of a maximisation, so the dual bound flips sign.
    bound = -info.mip_dual_bound if math.isfinite(info.mip_dual_bound) else None
    status = highspy.HighsModelStatus
    if model_status == status.kOptimal and has_solution and not improved:
        return SolveReport(SolverStatus.OPTIMAL, True, bound)
    if model_status in (status.kInfeasible, status.kUnboundedOrInfeasible):
        return SolveReport(SolverStatus.INFEASIBLE, False, None, "HiGHS found no valid portfolio.")
    if model_status in (status.kTimeLimit, status.kInterrupt, status.kIterationLimit,
                        status.kSolutionLimit, status.kMemoryLimit, status.kObjectiveBound,
                        status.kObjectiveTarget, status.kHighsInterrupt):
        why = highs.modelStatusToString(model_status).lower()
        if has_solution:
            return SolveReport(
                SolverStatus.FEASIBLE, True, bound,
                f"HiGHS stopped ({why}) before proving optimality.",
            )
        return SolveReport(
            SolverStatus.TIME_LIMIT, False, bound, f"HiGHS stopped ({why}) without any solution."
        )
    return SolveReport(
        SolverStatus.ERROR, False, None,
        f"HiGHS ended with status '{highs.modelStatusToString(model_status)}'.",
    )


def _solve_cbc(lp, time_limit, mip_gap) -> SolveReport:
    with warnings.catch_warnings():
        # PuLP 3 announces that the bundled CBC moves to an extra in PuLP 4; it works today.
        warnings.simplefilter("ignore", DeprecationWarning)
        adapter = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit, gapRel=mip_gap, threads=1)
    try:
        lp.solve(adapter)
    except Exception as error:  # CBC missing or crashing is reported, not raised
        return SolveReport(SolverStatus.ERROR, False, None, f"CBC failed: {error}")
    valid = _satisfies_everything(lp)
    if valid and lp.status == pulp.constants.LpStatusOptimal:
        if lp.sol_status == pulp.constants.LpSolutionOptimal:
            bound = pulp.value(lp.objective) if mip_gap == 0 else None
            return SolveReport(SolverStatus.OPTIMAL, True, bound)
        return SolveReport(
            SolverStatus.FEASIBLE, True, None, "CBC stopped before proving optimality."
        )
    if lp.status == pulp.constants.LpStatusInfeasible and lp.sol_status != 2:
        return SolveReport(SolverStatus.INFEASIBLE, False, None, "CBC found no valid portfolio.")
    if valid:
        return SolveReport(
            SolverStatus.FEASIBLE, True, None, "CBC stopped before proving optimality."
        )
    return SolveReport(
        SolverStatus.TIME_LIMIT, False, None, "CBC stopped without a valid integer solution."
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
