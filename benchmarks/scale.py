"""Scale benchmark: the planner against the straightforward formulation and greedy, side by side.

For every cluster size (synthetic clusters from :mod:`trustmatch.synthetic`) and seed, it plans
phase 1 (initial trust) with several methods and prints ONE table:

* ``planner-highs`` / ``planner-cbc``: ``trustmatch.planner.plan_phase(strategy="optimal")``;
* ``planner-highs-work``: the same with ``planning.reproducible: true`` (stops on counted work,
  not on the clock: the same plan on every run; not in the default set of methods);
* ``greedy``: the greedy baseline strategy, with its objective as a ratio of the optimum (or of
  the best proven bound when no method proved optimality: then the ratio is a lower bound);
* ``baseline-highs`` / ``baseline-cbc``: the straightforward formulation of
  ``benchmarks/baseline_model.py`` on the very same candidates, solved by the planner's solver
  adapter (same honest status mapping, same settings) — so every speed-up is measured in the same
  run on the same problem.

Each (size, seed, method) case runs in a fresh subprocess (``--case``), so memory and caches do not
leak between cases; the child reports its own peak RSS plus the peak RSS of its children (the CBC
process). A case that overruns its hard wall-clock limit is killed and reported as ``killed``.

Columns: ``vars``/``rows`` of the integer program; ``prepare s`` (themes, candidate groups: once
per scenario); ``build s`` (integer program construction); ``solve s``; ``total s`` (prepare +
plan, i.e. what a user waits for); ``status``; ``gap``; ``objective``; ``vs best`` (objective /
best known optimum or bound); ``peak MB``. See ``benchmarks/README.md`` for how build and solve
seconds are measured while the planner does not report them itself.

Usage::

    python benchmarks/scale.py                  # 30 ... 3,000 actors, ~15 min on 2 cores
    python benchmarks/scale.py --quick          # 30 and 100 actors
    python benchmarks/scale.py --sizes 300,1000 --seeds 1,2 --json results.json
    python benchmarks/scale.py --methods planner-highs,baseline-highs --time-limit 60
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
METHODS = ("planner-highs", "planner-cbc", "greedy", "baseline-highs", "baseline-cbc",
           "planner-highs-work")
DEFAULT_METHODS = ("planner-highs", "planner-cbc", "greedy", "baseline-highs")
DEFAULT_SIZES = (30, 100, 300, 1000, 3000)
QUICK_SIZES = (30, 100)
TARGET_SECONDS = {30: 10.0, 100: 10.0, 300: 10.0, 1000: 60.0, 3000: 120.0}
"""Solver time limit per size: the issue's target total time for that size."""
CBC_OVERRUN = 1.6
"""CBC overruns its time limit by up to 60 %."""
WORK_OVERRUN = 2.0
"""A work-limited solve (``planner-highs-work``) may take this many times its time limit (it
measured 0.6-1.4 times on 2 cores)."""
DEFAULT_CAPS = {"planner-cbc": 1000, "baseline-highs": 1000, "baseline-cbc": 1000, "greedy": 1000}
"""Largest size each secondary method runs at by default (``--full`` lifts the caps): above
1,000 actors they take minutes without an answer and would push the run far beyond 15 min."""


# --------------------------------------------------------------------------------------------
# One case, in the child process
# --------------------------------------------------------------------------------------------


def _peak_mb() -> float:
    """Peak RSS of this process plus that of its largest child (CBC runs as a child)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024.0  # Linux reports KiB


def _phase_problem(context: Any, trust: Any) -> Any:
    """Return the planner's PhaseProblem for phase 1 (the baselines solve the same problem)."""
    from trustmatch.planner import phase_problem

    return phase_problem(context, trust)


class _StageClock:
    """Times the planner's stages inside a real ``plan_phase`` call.

    ``trustmatch.planner`` calls ``_problem`` (phase candidates), ``build_model`` and ``solve`` by
    their module-level names, so wrapping those names measures each stage of the genuine call
    without building anything twice. (The README asks the planner to report these itself.)
    """

    STAGES = {"_problem": "candidates_s", "build_model": "build_s", "solve": "solve_s",
              "greedy": "greedy_s"}

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.stats: dict[str, int] = {}
        self._saved: dict[str, Any] = {}

    def __enter__(self) -> _StageClock:
        from trustmatch import planner

        for name, column in self.STAGES.items():
            original = getattr(planner, name, None)
            if original is None:  # the planner was refactored: measure what is still there
                continue
            self._saved[name] = original
            setattr(planner, name, self._timed(original, column))
        return self

    def __exit__(self, *exc: object) -> None:
        from trustmatch import planner

        for name, original in self._saved.items():
            setattr(planner, name, original)

    def _timed(self, function: Any, column: str) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            result = function(*args, **kwargs)
            self.seconds[column] = self.seconds.get(column, 0.0) + time.perf_counter() - start
            stats = getattr(result, "stats", None)
            if isinstance(stats, dict):
                self.stats = dict(stats)
            return result

        return wrapper


def run_case(size: int, seed: int, method: str, time_limit: float, mip_gap: float) -> dict:
    """Run one case in this process and return its measurements."""
    from trustmatch.planner import plan_phase, prepare
    from trustmatch.scenario import scenario_from_dict
    from trustmatch.synthetic import generate_scenario
    from trustmatch.trust import initial_trust

    row: dict[str, Any] = {"actors": size, "seed": seed, "method": method,
                           "time_limit": time_limit}
    start = time.perf_counter()
    data = generate_scenario(size, seed)
    if method.endswith("-work"):
        data.setdefault("planning", {})["reproducible"] = True
    scenario = scenario_from_dict(data)
    row["generate_s"] = time.perf_counter() - start

    start = time.perf_counter()
    context = prepare(scenario)
    row["prepare_s"] = time.perf_counter() - start
    trust = initial_trust(scenario)

    if method.startswith("planner-") or method == "greedy":
        solver = "cbc" if method == "planner-cbc" else "highs"  # planner-highs(-work)
        strategy = "greedy" if method == "greedy" else "optimal"
        with _StageClock() as clock:
            start = time.perf_counter()
            plan = plan_phase(context, trust, 1, strategy=strategy, solver=solver,
                              time_limit=time_limit, mip_gap=mip_gap)
            row["plan_s"] = time.perf_counter() - start
        outcome = plan.solver
        row.update(clock.seconds)
        row.update(status=outcome.status.value, objective=outcome.objective, bound=outcome.bound,
                   gap=outcome.gap, solver_seconds=outcome.seconds, projects=len(plan.projects))
        if clock.stats:
            row.update(variables=clock.stats.get("variables"),
                       constraints=clock.stats.get("constraints"), model_stats=clock.stats)
        # Explanations, evaluation and result assembly: everything plan_phase does besides.
        row["other_s"] = row["plan_s"] - sum(clock.seconds.values())
    else:
        from baseline_model import build_baseline
        from trustmatch.optimize.portfolio import evaluate, violations
        from trustmatch.optimize.solvers import solve

        start = time.perf_counter()
        problem = _phase_problem(context, trust)
        row["candidates_s"] = time.perf_counter() - start
        start = time.perf_counter()
        model = build_baseline(problem)
        row["build_s"] = time.perf_counter() - start
        row["variables"], row["constraints"] = model.size
        solver = method.removeprefix("baseline-")
        start = time.perf_counter()
        report = solve(model.lp, solver, time_limit=time_limit, mip_gap=mip_gap)
        row["solve_s"] = time.perf_counter() - start
        row["plan_s"] = row["candidates_s"] + row["build_s"] + row["solve_s"]
        row["status"] = report.status.value
        row["bound"] = report.bound
        if report.has_solution:
            portfolio = model.portfolio(problem)
            broken = violations(problem, portfolio)
            row["objective"] = round(evaluate(problem, portfolio).objective, 6)
            if broken:
                row["status"] = "invalid"
                row["message"] = broken[0]
        if row.get("objective") is not None and row["bound"] is not None:
            row["bound"] = max(row["bound"], row["objective"])
            row["gap"] = _gap(row["objective"], row["bound"])
        elif row["status"] == "optimal":
            row["gap"] = 0.0
    row["total_s"] = row["prepare_s"] + row["plan_s"]
    row["peak_mb"] = _peak_mb()
    return row


def _gap(objective: float, bound: float) -> float:
    """Relative gap as HiGHS defines it: |bound - objective| / max(|objective|, tiny)."""
    return abs(bound - objective) / max(abs(objective), 1e-9)


# --------------------------------------------------------------------------------------------
# The driver, in the parent process
# --------------------------------------------------------------------------------------------


def _spawn(size: int, seed: int, method: str, time_limit: float, mip_gap: float,
           hard_limit: float) -> dict:
    """Run one case in a fresh interpreter; return its row (or a row saying how it failed)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    command = [sys.executable, str(Path(__file__).resolve()), "--case", str(size), str(seed),
               method, str(time_limit), str(mip_gap), str(out)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    start = time.perf_counter()
    try:
        completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   timeout=hard_limit, env=env, text=True, check=False)
        text = out.read_text() if out.exists() else ""
        if completed.returncode == 0 and text:
            return json.loads(text)
        last = (completed.stderr or "").strip().splitlines()[-1:] or ["no output"]
        status = "crashed"
        message = last[0]
    except subprocess.TimeoutExpired:
        status, message = "killed", f"no answer within the hard limit of {hard_limit:.0f} s"
    finally:
        out.unlink(missing_ok=True)
    return {"actors": size, "seed": seed, "method": method, "status": status,
            "message": message, "total_s": time.perf_counter() - start}


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        if abs(value) >= 1000:
            return f"{value:,.0f}"
        return f"{value:.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _fmt_gap(gap: float | None) -> str:
    if gap is None:
        return "-"
    if gap > 10:
        return "> 1000 %"
    return f"{100 * gap:.2f} %"


def _reference(rows: list[dict]) -> tuple[float | None, str]:
    """Reference value of one (size, seed): the optimum when known, else the best proven bound.

    The optimum is known when the best objective any method found meets the smallest proven
    bound. (A method's own "optimal" is not enough: a relaxed model can be optimal for itself.)
    """
    objectives = [r["objective"] for r in rows if r.get("objective") is not None]
    bounds = [r["bound"] for r in rows if r.get("bound") is not None]
    if not bounds:
        return None, ""
    best_bound = min(bounds)
    if objectives and best_bound - max(objectives) <= 1e-6 * max(1.0, abs(max(objectives))):
        return max(objectives), "optimum"
    return best_bound, "bound"


def _table(rows: list[dict]) -> str:
    columns = ["actors", "seed", "method", "vars", "rows", "prepare s", "cand s", "build s",
               "greedy s", "solve s", "total s", "status", "gap", "objective", "vs best",
               "peak MB"]
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    groups: dict[tuple[int, int], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["actors"], row["seed"]), []).append(row)
    for (_, _), members in sorted(groups.items()):
        reference, kind = _reference(members)
        for row in members:
            ratio = "-"
            if reference and row.get("objective") is not None:
                ratio = f"{row['objective'] / reference:.3f}" + ("" if kind == "optimum" else "+")
            gap = row.get("gap")
            cells = [
                _fmt(row["actors"]), _fmt(row["seed"]), row["method"],
                _fmt(row.get("variables")), _fmt(row.get("constraints")),
                _fmt(row.get("prepare_s")), _fmt(row.get("candidates_s")),
                _fmt(row.get("build_s")), _fmt(row.get("greedy_s")), _fmt(row.get("solve_s")),
                _fmt(row.get("total_s")), row.get("status", "-"),
                _fmt_gap(gap),
                _fmt(row.get("objective"), 1), ratio, _fmt(row.get("peak_mb"), 0),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _speedups(rows: list[dict]) -> list[str]:
    """Planner vs baseline with the same solver: time ratio when both proved, else the gaps."""
    notes = []
    by_key = {(r["actors"], r["seed"], r["method"]): r for r in rows}
    for (size, seed, method), planner_row in sorted(by_key.items()):
        if not method.startswith("planner-"):
            continue
        solver = method.removeprefix("planner-")
        base = by_key.get((size, seed, f"baseline-{solver}"))
        if base is None:
            continue
        if planner_row.get("status") == base.get("status") == "optimal":
            ratio = base["total_s"] / max(planner_row["total_s"], 1e-9)
            notes.append(f"- {size} actors, seed {seed}, {solver}: planner {ratio:.1f}x faster "
                         f"({planner_row['total_s']:.2f} s vs {base['total_s']:.2f} s)")
        else:
            notes.append(
                f"- {size} actors, seed {seed}, {solver}: planner {planner_row.get('status')} "
                f"(gap {_fmt(planner_row.get('gap'), 4)}, {_fmt(planner_row.get('total_s'))} s) "
                f"vs baseline {base.get('status')} (gap {_fmt(base.get('gap'), 4)}, "
                f"{_fmt(base.get('total_s'))} s)"
            )
    return notes


def code_fingerprint() -> str:
    """Short hash of the planner's code, so a table can be tied to the code that produced it."""
    import hashlib

    import trustmatch

    package = Path(trustmatch.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([package / "planner.py", package / "candidates.py",
                        *package.glob("optimize/*.py")]):
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _parse_list(text: str, kind=int) -> list:
    return [kind(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--case``, one case) and print the table."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--case"]:
        size, seed, method, time_limit, mip_gap, out = argv[1:7]
        row = run_case(int(size), int(seed), method, float(time_limit), float(mip_gap))
        Path(out).write_text(json.dumps(row, default=str))
        return 0

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_parse_list, default=list(DEFAULT_SIZES),
                        help="Comma-separated cluster sizes (default 30,100,300,1000,3000).")
    parser.add_argument("--quick", action="store_true", help="Only 30 and 100 actors.")
    parser.add_argument("--seeds", type=_parse_list, default=[0], help="Comma-separated seeds.")
    parser.add_argument("--methods", type=lambda t: _parse_list(t, str),
                        default=list(DEFAULT_METHODS),
                        help=f"Comma-separated, from {', '.join(METHODS)}.")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="Solver seconds per case (default: the target time of the size: "
                             "10 s up to 300 actors, 60 s for 1,000, 120 s for 3,000).")
    parser.add_argument("--mip-gap", type=float, default=0.0,
                        help="Relative gap at which solvers may stop (default 0: prove).")
    parser.add_argument("--budget", type=float, default=1000.0,
                        help="Seconds for the whole run; cases that would not fit are skipped.")
    parser.add_argument("--full", action="store_true",
                        help="Run every method at every size (default: only planner-highs "
                             "above 1,000 actors).")
    parser.add_argument("--json", type=Path, default=None, help="Also write every row here.")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.methods) - set(METHODS))
    if unknown:
        parser.error(f"unknown method(s) {', '.join(unknown)}; choose from {', '.join(METHODS)}")
    sizes = list(QUICK_SIZES) if args.quick else args.sizes

    rows: list[dict] = []
    fingerprint = code_fingerprint()
    started = time.perf_counter()
    for size in sizes:
        limit = args.time_limit or TARGET_SECONDS.get(size, 60.0)
        for seed in args.seeds:
            for method in args.methods:
                cap = None if args.full else DEFAULT_CAPS.get(method)
                if cap is not None and size > cap:
                    rows.append({"actors": size, "seed": seed, "method": method,
                                 "status": f"not run (> {cap} actors; --full)"})
                    continue
                worst = limit * (CBC_OVERRUN if method.endswith("cbc") else
                                 WORK_OVERRUN if method.endswith("-work") else 1.0)
                # Room for generation, prepare and build (which grow with the size), not more:
                # CBC can ignore its limit for minutes and would eat the whole budget.
                hard = worst * 1.25 + 20.0 + size / 20.0
                elapsed = time.perf_counter() - started
                if elapsed + worst > args.budget:
                    rows.append({"actors": size, "seed": seed, "method": method,
                                 "status": "skipped (budget)"})
                    continue
                print(f"[{elapsed:6.0f} s] {size} actors, seed {seed}, {method} ...",
                      file=sys.stderr, flush=True)
                rows.append(_spawn(size, seed, method, limit, args.mip_gap, hard))
    print(_table(rows))
    notes = _speedups(rows)
    if notes:
        print("\nPlanner vs straightforward baseline (same solver, same candidates):")
        print("\n".join(notes))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nWall time {time.perf_counter() - started:.0f} s; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average {load} at the end; mip_gap {args.mip_gap}; "
          f"planner code {fingerprint}"
          + ("" if code_fingerprint() == fingerprint else " (CHANGED during the run!)") + ".")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
