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
import warnings
from collections.abc import Iterator, Mapping
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
    """PuLP's HiGHS adapter with an optional MIP start and without its status guessing."""

    def __init__(self, start: Mapping[pulp.LpVariable, float] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.start = start or {}

    def callSolver(self, lp):  # noqa: D102 - PuLP's own hook
        if self.start:
            # A partial start (the integer variables): HiGHS completes the continuous ones.
            pairs = sorted((var.index, float(value)) for var, value in self.start.items())
            indices = np.array([i for i, _ in pairs], dtype=np.int32)
            values = np.array([v for _, v in pairs], dtype=np.float64)
            lp.solverModel.setSolution(len(pairs), indices, values)
        lp.solverModel.run()

    def findSolutionValues(self, lp):  # noqa: D102 - PuLP's own hook
        values = list(lp.solverModel.getSolution().col_value)
        for var in lp.variables():
            var.varValue = values[var.index] if var.index < len(values) else None
        return pulp.constants.LpStatusNotSolved, pulp.constants.LpSolutionNoSolutionFound


def solve(
    lp: pulp.LpProblem,
    solver: str,
    *,
    time_limit: float,
    mip_gap: float,
    start: Mapping[pulp.LpVariable, float] | None = None,
) -> SolveReport:
    """Solve a maximisation problem and report honestly how it ended.

    Args:
        lp: The problem (always a maximisation here).
        solver: ``highs`` or ``cbc``.
        time_limit: Seconds the solver may take.
        mip_gap: Relative gap at which the solver may stop (0 = prove optimality).
        start: Optional feasible values to start from (HiGHS only).

    Returns:
        The mapped outcome; when ``has_solution`` the variables hold the solution.
    """
    if not lp.variables():
        return SolveReport(SolverStatus.OPTIMAL, True, 0.0, "")
    if solver == "highs":
        return _solve_highs(lp, time_limit, mip_gap, start)
    if solver == "cbc":
        return _solve_cbc(lp, time_limit, mip_gap)
    raise ValueError(f"unknown solver {solver!r}; choose one of {', '.join(SOLVERS)}")


def _solve_highs(lp, time_limit, mip_gap, start) -> SolveReport:
    import highspy

    adapter = _Highs(
        start=start, msg=False, timeLimit=time_limit, gapRel=mip_gap, threads=1,
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
    # PuLP hands HiGHS the negated objective of a maximisation, so the dual bound flips sign.
    bound = -info.mip_dual_bound if math.isfinite(info.mip_dual_bound) else None
    status = highspy.HighsModelStatus
    if model_status == status.kOptimal and has_solution:
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
