"""Which lookahead settings deliver more value with equal money? Variants side by side.

A companion of ``benchmarks/path_value.py`` for the time-boxed follow-up of issue 13: every
variant is the scenario with some settings changed (``--set``-style ``PATH=VALUE`` items,
joined by ``;``), run through ``trustmatch.strategy_comparison.compare_strategies`` with one
fixed spending cap over the whole roadmap (``--money-cap``, e.g. the cap that ``path_value.py``
prints for the equal-money mode), over the same replication seeds as the other variants (common
random numbers). When ``optimal`` (the planner before issue 13) is among the strategies, each
row also gives its value as a multiple of the old planner's in the same variant. Before the
table it lists the project types whose cheapest project (minimum size) costs more than the cap:
with that cap they can never be planned, whatever the strategy.

Does planning better close the gap to the issue's 1.15x, or do the scenario's economics limit
it? The variants below plan the whole roadmap exactly (horizon 4, later phases integer, gap 0)
and run a simulation that behaves as the planner expects (no size penalty, no trust effect on
success): if the lookahead still delivers little more than the old planner there, the limit is
not the planning.

Usage (from the repository root; about a minute per variant on the reference scenario)::

    python benchmarks/path_value_variants.py ../shared/examples/reference-scenario.yaml \
        --money-cap 7375 --replications 5 --strategies lookahead,one-phase,optimal \
        base "planning.horizon=3" "planning.lookahead_later=integer" \
        "project_types.0.recurring=true"

    python benchmarks/path_value_variants.py scenarios/young-cluster.yaml --money-cap 47850 \
        --replications 20 --strategies lookahead,optimal base \
        "planning.horizon=4;planning.lookahead_later=integer;planning.lookahead_gap=0" \
        "simulation.size_penalty=0;simulation.trust_effect=0" \
        "simulation.size_penalty=0;simulation.trust_effect=0;planning.horizon=4;planning.lookahead_later=integer;planning.lookahead_gap=0"

    python benchmarks/path_value_variants.py scenarios/regional-network.yaml --money-cap 56927 \
        --replications 20 --strategies lookahead,optimal,no-fairness base "planning.horizon=3" \
        "simulation.size_penalty=0;simulation.trust_effect=0" "planning.max_projects_per_theme=4"
"""

from __future__ import annotations

import argparse
import time

from trustmatch.scenario import load_scenario
from trustmatch.strategy_comparison import compare_strategies


def cheapest_cost(project_type, resource: str) -> float:
    """Return what the smallest project of a type costs on ``resource``."""
    use = project_type.uses.get(resource)
    if use is None:
        return 0.0
    return use.fixed + use.per_participant * project_type.participants.min


def main() -> None:
    """Print the types out of the cap's reach and one row per variant and strategy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", help="scenario file")
    parser.add_argument("variants", nargs="*", default=["base"],
                        help="'base' or PATH=VALUE items joined by ';'")
    parser.add_argument("--money-cap", type=float, required=True,
                        help="spending cap over the whole roadmap on the cost resource")
    parser.add_argument("--replications", type=int, default=5)
    parser.add_argument("--phases", type=int, default=4)
    parser.add_argument("--strategies", default="lookahead,one-phase,optimal")
    args = parser.parse_intermixed_args()
    strategies = tuple(args.strategies.split(","))

    scenario = load_scenario(args.scenario).scenario
    resource = scenario.cost_resource
    too_dear = [
        f"{t.id} (ambition {t.ambition}, {cheapest_cost(t, resource):,.0f})"
        for t in scenario.project_types
        if resource is not None and cheapest_cost(t, resource) > args.money_cap
    ]
    print(f"{args.scenario}: cap {args.money_cap:,.0f} {resource} over the roadmap; types whose "
          f"cheapest project costs more: {', '.join(too_dear) or 'none'}\n")
    print("| variant | strategy | value delivered | against the old planner | money spent | "
          "highest ambition | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for variant in args.variants:
        sets = [] if variant == "base" else variant.split(";")
        loaded = load_scenario(args.scenario, sets=sets)
        began = time.perf_counter()
        result = compare_strategies(
            loaded, strategies=strategies, replications=args.replications, phases=args.phases,
            money_cap=args.money_cap,
        )
        seconds = time.perf_counter() - began
        old = {row.strategy: row.metrics["value_delivered"].mean for row in result.strategies}.get(
            "optimal"
        )
        for row in result.strategies:
            value = row.metrics["value_delivered"]
            money = row.metrics["money_spent"]
            ambition = row.metrics["highest_ambition"]
            ratio = f"{value.mean / old:.2f}x" if old else ""
            print(f"| {variant} | {row.strategy} | {value.mean:.1f} ± {value.std:.1f} | {ratio} | "
                  f"{money.mean:,.0f} | {ambition.mean:.2f} | {seconds:.0f} |", flush=True)


if __name__ == "__main__":
    main()
