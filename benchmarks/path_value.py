"""Does planning the path pay off? Value delivered over 4 phases, strategy by strategy.

Runs ``trustmatch.strategy_comparison.compare_strategies`` (the library behind
``trustmatch strategies``) on each scenario given, for the lookahead (the default), the one-phase
program with the benefit rule (``one-phase``), the planner before issue 13 (``optimal``),
``greedy`` and ``big-bang``, over the same replication seeds (common random numbers), and prints
one Markdown table per scenario and mode plus the ratios the issue asks about. Modes: the
scenario's budget (``normal``), the equal-money mode (``--equal-money``: every strategy gets the
lowest mean spending of the compared strategies as its money for the whole roadmap) and the
neutral simulation (``--neutral``).

Usage (from the repository root, a few minutes per scenario and mode on a laptop)::

    python benchmarks/path_value.py --replications 20 --modes normal,equal-money \
        ../shared/examples/reference-scenario.yaml scenarios/young-cluster.yaml \
        scenarios/regional-network.yaml
"""

from __future__ import annotations

import argparse
import time

from trustmatch.cli.compare_strategies import render_comparison
from trustmatch.scenario import load_scenario
from trustmatch.strategy_comparison import compare_strategies

STRATEGIES = ("lookahead", "one-phase", "optimal", "greedy", "big-bang")
"""The compared strategies, in table order."""


def main() -> None:
    """Print the tables and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="+", help="scenario files")
    parser.add_argument("--replications", type=int, default=20)
    parser.add_argument("--phases", type=int, default=4)
    parser.add_argument("--modes", default="normal,equal-money",
                        help="comma-separated: normal, equal-money, neutral")
    args = parser.parse_args()
    for path in args.scenarios:
        loaded = load_scenario(path)
        for mode in args.modes.split(","):
            began = time.perf_counter()
            result = compare_strategies(
                loaded, strategies=STRATEGIES, replications=args.replications,
                phases=args.phases, equal_money=mode == "equal-money", neutral=mode == "neutral",
            )
            seconds = time.perf_counter() - began
            print(f"### {path} ({mode})\n")
            print(render_comparison(result, markdown=True))
            value = {row.strategy: row.metrics["value_delivered"].mean for row in result.strategies}
            money = {row.strategy: row.metrics["money_spent"].mean for row in result.strategies}
            base = value["lookahead"]
            ratios = ", ".join(
                f"{s} {base / value[s]:.2f}x" for s in STRATEGIES[1:] if value[s] > 0
            )
            print(
                f"value delivered, lookahead against: {ratios}; money spent, lookahead / optimal: "
                f"{money['lookahead'] / money['optimal']:.2f} ({seconds:.0f} s)\n",
                flush=True,
            )


if __name__ == "__main__":
    main()
