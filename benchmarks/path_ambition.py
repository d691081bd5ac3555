"""Does the default roadmap climb, avoid exact repeats and bring everyone into contact?

For each scenario and seeds 1..N, the default 4-phase roadmap (``trustmatch roadmap FILE
--phases 4 --seed S``) is checked for: a proposed project above ambition 1 in phases 2-4; two
phases running the same project (type, needs, participants) of a type not marked ``recurring``
(the rule), and, for information, such a project coming back after a phase without it;
members with stated needs who have had no joint project by the end of phase 2.

Usage (from the repository root)::

    python benchmarks/path_ambition.py --seeds 10 ../shared/examples/reference-scenario.yaml \
        scenarios/young-cluster.yaml scenarios/regional-network.yaml
"""

from __future__ import annotations

import argparse

from trustmatch.roadmap import roadmap
from trustmatch.scenario import load_scenario


def main() -> None:
    """Print one line per scenario."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="+", help="scenario files")
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--strategy", default="lookahead")
    args = parser.parse_args()
    for path in args.scenarios:
        loaded = load_scenario(path)
        scenario = loaded.scenario
        recurring = {t.id for t in scenario.project_types if t.recurring}
        with_needs = {a.id for a in scenario.actors if a.needs}
        climbing, repeats, returns, alone = 0, 0, 0, []
        for seed in range(1, args.seeds + 1):
            result = roadmap(loaded, phases=4, seed=seed, strategy=args.strategy)
            later = [p for phase in result.phases[1:] for p in phase.plan.projects]
            climbing += any(p.ambition > 1 for p in later)
            seen: set = set()
            previous: set = set()
            for phase in result.phases:
                keys = {
                    (p.type, tuple(p.needs), tuple(p.participants))
                    for p in phase.plan.projects if p.type not in recurring
                }
                repeats += len(keys & previous)
                returns += len((keys & seen) - previous)
                seen |= keys
                previous = keys
            reached = set()
            for phase in result.phases[:2]:
                took_place = {o.project for o in phase.outcomes if o.result != "cancelled"}
                for p in phase.plan.projects:
                    if p.id in took_place and len(p.participants) >= 2:
                        reached.update(p.participants)
            alone.append(len(with_needs - reached))
        print(
            f"{path} ({args.strategy}): above ambition 1 after phase 1 in {climbing} of "
            f"{args.seeds} seeds; the same non-recurring project two phases running: {repeats} "
            f"(back after a break: {returns}); members "
            f"with needs but no joint project after phase 2: {min(alone)}-{max(alone)} of "
            f"{len(with_needs)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
