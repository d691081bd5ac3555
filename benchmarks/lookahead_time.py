"""How long does the lookahead take? A 4-phase roadmap against the one-phase planner, same run.

For each scenario and seed the roadmap (``trustmatch.roadmap.roadmap``, phases 4) is timed with
``--strategy optimal`` (the planner before issue 13), ``one-phase`` and ``lookahead`` (the
default), alternating, so that machine load hits all of them alike; prints the mean seconds per
roadmap and the ratio lookahead / optimal.

Usage (from the repository root)::

    python benchmarks/lookahead_time.py --seeds 5 scenarios/young-cluster.yaml \
        scenarios/regional-network.yaml
"""

from __future__ import annotations

import argparse
import time

from trustmatch.roadmap import roadmap
from trustmatch.scenario import load_scenario

STRATEGIES = ("optimal", "one-phase", "lookahead")
"""Timed strategies."""


def main() -> None:
    """Time the roadmaps and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="+", help="scenario files")
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    for path in args.scenarios:
        loaded = load_scenario(path)
        seconds = {s: [] for s in STRATEGIES}
        slowest = 0.0
        for seed in range(1, args.seeds + 1):
            for strategy in STRATEGIES:
                began = time.perf_counter()
                roadmap(loaded, phases=4, seed=seed, strategy=strategy)
                took = time.perf_counter() - began
                seconds[strategy].append(took)
                if strategy == "lookahead":
                    slowest = max(slowest, took)
        mean = {s: sum(v) / len(v) for s, v in seconds.items()}
        print(
            f"{path}: " + ", ".join(f"{s} {mean[s]:.2f} s" for s in STRATEGIES)
            + f"; lookahead / optimal {mean['lookahead'] / mean['optimal']:.1f}x, slowest "
            f"lookahead roadmap {slowest:.1f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
