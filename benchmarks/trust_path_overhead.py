"""What the trust explanations cost next to planning: unlocked projects, trust paths, no contact.

For each scenario the roadmap (``--phases`` phases, the scenario's seed and time limit, the
default strategy) is computed once through :func:`trustmatch.roadmap.roadmap`, which now
includes the explanations, and then the explanations alone are computed again from the same
phases (:func:`trustmatch.planner.trust_explanations`), so both times come from the same run on
the same machine. Reported: the roadmap's seconds, the explanations' seconds and their share, and
how many trust paths, unlocked projects and members without contact there were.

Usage::

    python benchmarks/trust_path_overhead.py [--phases 4] [--actors 1000]

``--actors N`` adds a synthetic cluster of N members (``trustmatch generate --seed 1``) planned
with ``--time-limit 10`` per phase.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from trustmatch import load_scenario
from trustmatch.planner import prepare, trust_explanations
from trustmatch.roadmap import phase_start_trusts, roadmap, roadmap_start

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = [
    ROOT / "scenarios" / "young-cluster.yaml",
    ROOT / "scenarios" / "regional-network.yaml",
]


def measure(path: Path, phases: int, time_limit: float | None) -> dict:
    """Return the timings and counts of one scenario."""
    loaded = load_scenario(path)
    started = time.perf_counter()
    result = roadmap(loaded, phases=phases, time_limit=time_limit)
    total = time.perf_counter() - started
    context = prepare(loaded.scenario)
    start = roadmap_start(loaded.scenario, None, phases).trust
    trusts = phase_start_trusts(start, result.phases)
    started = time.perf_counter()
    explained = trust_explanations(
        context, trusts, [p.plan for p in result.phases], strategy=result.strategy
    )
    alone = time.perf_counter() - started
    assert explained["outlook"] == result.outlook and explained["no_contact"] == result.no_contact
    return {
        "scenario": f"{loaded.scenario.name} ({len(loaded.scenario.actors)} members)",
        "strategy": result.strategy,
        "roadmap_s": total,
        "explanations_s": alone,
        "paths": sum(len(o.out_of_reach) for o in result.outlook),
        "unlocked": sum(len(o.unlocked) for o in result.outlook),
        "no_contact": len(result.no_contact),
    }


def main() -> None:
    """Measure and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phases", type=int, default=4)
    parser.add_argument("--actors", type=int, default=0, help="add a synthetic cluster")
    args = parser.parse_args()
    runs = [(path, None) for path in SCENARIOS]
    with tempfile.TemporaryDirectory() as folder:
        if args.actors:
            synthetic = Path(folder) / f"synthetic-{args.actors}.yaml"
            from trustmatch.cli.generate import scenario_yaml
            from trustmatch.synthetic import generate_scenario

            text = scenario_yaml(generate_scenario(args.actors, 1), args.actors, 1)
            synthetic.write_text(text, encoding="utf-8")
            runs.append((synthetic, 10.0))
        print(f"{args.phases} phases, the default strategy; {os.cpu_count()} cores, "
              f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
        header = (f"{'scenario':<44} {'strategy':<10} {'roadmap s':>9} {'explain s':>9} "
                  f"{'share':>6} {'paths':>6} {'unlocked':>8} {'no contact':>10}")
        print(header)
        for path, limit in runs:
            row = measure(path, args.phases, limit)
            print(f"{row['scenario']:<44} {row['strategy']:<10} {row['roadmap_s']:>9.2f} "
                  f"{row['explanations_s']:>9.3f} "
                  f"{row['explanations_s'] / row['roadmap_s']:>6.1%} {row['paths']:>6} "
                  f"{row['unlocked']:>8} {row['no_contact']:>10}")


if __name__ == "__main__":
    main()
