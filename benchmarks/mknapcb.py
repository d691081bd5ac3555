"""OR-Library ``mknapcb1`` through trustmatch and directly through HiGHS: our modelling overhead.

Each instance (Chu & Beasley 1998; 5 knapsack constraints x 100 items; the file gives the proven
optimal value) is solved to proven optimality twice:

(a) as a trustmatch scenario of explicit projects (one single-member actor per item; value =
    profit; ``uses`` = weights; resources = capacities; no needs, contacts or fairness;
    ``mip_gap`` 0) through the planner API: ``prepare`` + ``plan_phase``;
(b) as the same 0/1 program handed to HiGHS directly with highspy (no PuLP): one ``passModel``.

Both run HiGHS single-threaded with relative and absolute gap 0. The ratio (a)/(b) of the median
wall-clock times over ``--repeat`` runs is trustmatch's modelling overhead (issue 7 target: at most
1.5). Branch-and-bound paths depend on the column order, so a ratio below 1 is possible.

Usage::

    python benchmarks/mknapcb.py                    # both instances, 3 runs each
    python benchmarks/mknapcb.py --repeat 1 --direct-only
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = REPO_ROOT.parent / "shared" / "reference" / "orlib" / "mknapcb1_first2.txt"


@dataclass(frozen=True)
class Instance:
    """One multidimensional knapsack problem: maximise p.x s.t. W x <= b, x binary."""

    name: str
    profits: np.ndarray
    weights: np.ndarray  # m x n
    capacities: np.ndarray
    best_known: float


def read_instances(path: Path) -> list[Instance]:
    """Read an OR-Library ``mknapcb`` file (format in the folder's README)."""
    tokens = path.read_text().split()
    pos = 0

    def take(count: int) -> list[float]:
        nonlocal pos
        values = [float(t) for t in tokens[pos : pos + count]]
        pos += count
        return values

    (count,) = take(1)
    instances = []
    for k in range(int(count)):
        n, m, best = take(3)
        n, m = int(n), int(m)
        profits = np.array(take(n))
        weights = np.array(take(n * m)).reshape(m, n)
        capacities = np.array(take(m))
        instances.append(Instance(f"{path.stem}#{k + 1}", profits, weights, capacities, best))
    return instances


def as_scenario(instance: Instance) -> dict:
    """Return the instance as trustmatch scenario data made of explicit projects only."""
    n = len(instance.profits)
    m = len(instance.capacities)
    resources = {f"c{i + 1}": float(instance.capacities[i]) for i in range(m)}
    return {
        "name": f"mknap-{instance.name.replace('#', '-')}",
        "description": "OR-Library multidimensional knapsack as explicit projects.",
        "phases": 1,
        "resources": resources,
        "objective": {"need_value": 1.0, "new_contacts": 0.0, "cost": 0.0},
        "actors": [
            {"id": f"item-{j + 1:03d}", "name": f"Item {j + 1}", "kind": "company"}
            for j in range(n)
        ],
        "competition": {"derive_from_markets": False},
        "projects": [
            {
                "id": f"project-{j + 1:03d}",
                "participants": [f"item-{j + 1:03d}"],
                "value": float(instance.profits[j]),
                "uses": {f"c{i + 1}": float(instance.weights[i, j]) for i in range(m)},
            }
            for j in range(n)
        ],
        "planning": {"mip_gap": 0.0, "time_limit": 3600.0},
    }


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def solve_direct(instance: Instance, time_limit: float) -> tuple[float, float, str]:
    """Solve with highspy directly; return (seconds, objective, status)."""
    import highspy

    m, n = instance.weights.shape
    start = time.perf_counter()
    with _quiet_stdout():  # HiGHS prints its banner on stdout when the first instance is made
        highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 0.0)
    highs.setOptionValue("threads", 1)
    highs.setOptionValue("time_limit", float(time_limit))
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = m
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.col_cost_ = instance.profits
    lp.col_lower_ = np.zeros(n)
    lp.col_upper_ = np.ones(n)
    lp.row_lower_ = np.full(m, -highspy.kHighsInf)
    lp.row_upper_ = instance.capacities
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.arange(0, n * m + 1, n, dtype=np.int32)
    lp.a_matrix_.index_ = np.tile(np.arange(n, dtype=np.int32), m)
    lp.a_matrix_.value_ = instance.weights.ravel()
    lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    highs.passModel(lp)
    highs.run()
    seconds = time.perf_counter() - start
    status = highs.modelStatusToString(highs.getModelStatus())
    return seconds, float(highs.getInfo().objective_function_value), status


def solve_trustmatch(instance: Instance, time_limit: float) -> tuple[float, float, str]:
    """Solve through the planner API; return (seconds, objective, status)."""
    from trustmatch.planner import plan_phase, prepare
    from trustmatch.scenario import scenario_from_dict
    from trustmatch.trust import initial_trust

    scenario = scenario_from_dict(as_scenario(instance))
    start = time.perf_counter()
    context = prepare(scenario)
    plan = plan_phase(
        context, initial_trust(scenario), 1, solver="highs", time_limit=time_limit, mip_gap=0.0
    )
    seconds = time.perf_counter() - start
    objective = plan.solver.objective if plan.solver.objective is not None else float("nan")
    return seconds, float(objective), plan.solver.status.value


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="OR-Library file.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per instance and method.")
    parser.add_argument("--time-limit", type=float, default=600.0, help="Seconds per solve.")
    parser.add_argument(
        "--direct-only", action="store_true", help="Skip the trustmatch solve (planner missing)."
    )
    args = parser.parse_args(argv)
    if not args.file.exists():
        print(f"OR-Library file not found: {args.file}", file=sys.stderr)
        return 2

    header = (
        "| instance | best known | direct obj | direct s (median) | trustmatch obj "
        "| trustmatch status | trustmatch s (median) | overhead ratio |"
    )
    lines = [header, "|" + " --- |" * 8]
    ratios = []
    for instance in read_instances(args.file):
        direct = [solve_direct(instance, args.time_limit) for _ in range(args.repeat)]
        direct_s = statistics.median(d[0] for d in direct)
        direct_obj = direct[0][1]
        if args.direct_only:
            ours_cells = ["pending", "pending", "pending", "pending"]
        else:
            ours = [solve_trustmatch(instance, args.time_limit) for _ in range(args.repeat)]
            ours_s = statistics.median(o[0] for o in ours)
            ratios.append(ours_s / direct_s)
            ours_cells = [
                f"{ours[0][1]:.0f}", ours[0][2], f"{ours_s:.2f}", f"{ours_s / direct_s:.2f}"
            ]
        lines.append(
            f"| {instance.name} | {instance.best_known:.0f} | {direct_obj:.0f} "
            f"| {direct_s:.2f} | " + " | ".join(ours_cells) + " |"
        )
        sys.stdout.flush()
    print("\n".join(lines))
    if ratios:
        print(f"\nmean overhead ratio: {statistics.mean(ratios):.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
