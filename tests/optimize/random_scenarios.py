"""Small random scenarios (tagged needs only) and random trust states for property tests."""

from __future__ import annotations

import numpy as np

from trustmatch.scenario import scenario_from_dict
from trustmatch.trust import initial_trust

LEVELS = ["none", "low", "medium", "high"]


def random_scenario(seed: int, *, explicit_only: bool = False, max_explicit: int = 3):
    """Return a small random scenario built from a seed."""
    rng = np.random.default_rng(seed)
    n_needs = int(rng.integers(2, 5))
    needs = [
        {"id": f"n{k}", "label": f"Need {k}", "sensitivity": LEVELS[int(rng.integers(0, 4))]}
        for k in range(n_needs)
    ]
    n_actors = int(rng.integers(3, 8))
    kinds = ["company", "supplier", "university", "startup"]
    actors = []
    for k in range(n_actors):
        kind = kinds[int(rng.integers(0, len(kinds)))]
        chosen = rng.choice(n_needs, size=int(rng.integers(0, min(3, n_needs) + 1)), replace=False)
        actors.append(
            {
                "id": f"a{k}",
                "name": f"Actor {k}",
                "kind": kind,
                "markets": [f"m{int(rng.integers(0, 3))}"] if kind != "university" else [],
                "max_projects_per_phase": int(rng.choice([0, 1, 2, 2])),
                "needs": [
                    {"need": f"n{int(j)}", "weight": float(rng.integers(1, 4))} for j in chosen
                ],
            }
        )
    ids = [a["id"] for a in actors]
    types = []
    if not explicit_only:
        for k in range(int(rng.integers(1, 4))):
            low = int(rng.integers(1, 4))
            addresses = (
                "any"
                if rng.random() < 0.4
                else [f"n{int(j)}" for j in rng.choice(n_needs, size=2, replace=False)]
            )
            types.append(
                {
                    "id": f"t{k}",
                    "label": f"Type {k}",
                    "ambition": int(rng.integers(1, 5)),
                    "participants": {"min": low, "max": low + int(rng.integers(0, 4))},
                    "uses": {
                        "budget": {
                            "fixed": float(rng.integers(0, 5)),
                            "per_participant": float(rng.integers(0, 3)),
                        }
                    },
                    "sensitivity": LEVELS[int(rng.integers(0, 4))],
                    "trust_required": float(rng.choice([0.0, 0.2, 0.35, 0.5])),
                    "addresses": addresses,
                }
            )
    projects = []
    n_projects = int(rng.integers(1 if explicit_only else 0, max_explicit + 1))
    for k in range(n_projects):
        people = rng.choice(ids, size=int(rng.integers(1, min(4, len(ids)) + 1)), replace=False)
        project = {
            "id": f"p{k}",
            "participants": sorted(str(p) for p in people),
            "addresses": [f"n{int(j)}" for j in rng.choice(n_needs, size=1)],
            "uses": {"budget": float(rng.integers(1, 6))},
        }
        if rng.random() < 0.4:
            project["value"] = float(rng.integers(0, 6))
        if rng.random() < 0.3:
            project["trust_required"] = float(rng.choice([0.2, 0.5]))
        if rng.random() < 0.3:
            project["sensitivity"] = LEVELS[int(rng.integers(0, 4))]
        projects.append(project)
    known = []
    for a, b in zip(ids, ids[1:], strict=False):
        if rng.random() < 0.4:
            known.append({"pair": [a, b], "value": float(rng.choice([0.2, 0.45, 0.6, 0.9]))})
    data = {
        "name": f"random-{seed}",
        "seed": seed,
        "resources": {"budget": float(rng.integers(3, 16))},
        "objective": {
            "need_value": float(rng.choice([0.0, 1.0, 2.0])),
            "new_contacts": float(rng.choice([0.0, 0.5, 1.0])),
            "cost": float(rng.choice([0.0, 0.1, 0.5])),
        },
        "needs": needs,
        "actors": actors,
        "competition": {
            "tolerance": float(rng.choice([0.0, 0.2, 0.5])),
            "pairs": [[ids[0], ids[-1]]] if rng.random() < 0.3 else [],
        },
        "trust": {"known": known},
        "project_types": types,
        "projects": projects,
        "planning": {"max_projects_per_theme": int(rng.integers(1, 4))},
    }
    return scenario_from_dict(data)


def random_trust(scenario, seed: int):
    """Return the initial trust, sometimes moved by a few recorded joint projects."""
    rng = np.random.default_rng(seed + 1)
    trust = initial_trust(scenario)
    ids = sorted(a.id for a in scenario.actors)
    for _ in range(int(rng.integers(0, 4))):
        people = rng.choice(ids, size=min(len(ids), 2), replace=False)
        result = ["success", "failure", "cancelled"][int(rng.integers(0, 3))]
        trust = trust.record([str(p) for p in people], result, int(rng.integers(1, 4)))
    return trust
