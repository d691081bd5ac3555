"""Generated plans whose unserved needs cover every reason kind (shared by the reason tests)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache

from trustmatch.planner import PlanningContext, find_unserved, plan_phase, prepare
from trustmatch.results import PhasePlan, SolverOutcome, SolverStatus, UnservedNeed
from trustmatch.scenario import scenario_from_dict
from trustmatch.synthetic import generate_scenario
from trustmatch.trust import initial_trust

FREE_TEXT = [
    # (statement, kind of the member who states it)
    ("Investoren für unsere Wachstumsphase", "startup"),
    ("Referenzkunden im Maschinenbau finden", "startup"),
    ("Parkplätze für Besucher am Werk", "company"),
    ("Besucherführungen durch die Werkshalle organisieren", "supplier"),
    ("Kantine für die Belegschaft im Gewerbegebiet", "company"),
    ("Imagefilm über unsere Lehrwerkstatt drehen", "company"),
    ("Gewerbegebiet mit Glasfaser erschließen", "public"),
    ("Schaufenster in der Innenstadt für Produkte der Region", "association"),
    ("Ladesäulen für Dienstwagen am Werksgelände", "company"),
    ("Dienstwagen teilen statt kaufen", "supplier"),
    ("Lower rents in the industrial park", "company"),
]


@dataclass(frozen=True)
class PlannedCase:
    """One generated scenario, planned for one phase, with its unserved needs."""

    name: str
    context: PlanningContext
    phase: PhasePlan
    unserved: list[UnservedNeed]


def _variants() -> list[tuple[str, dict]]:
    out = []
    for seed in (1, 2, 3):
        out.append((f"base-{seed}", generate_scenario(24, seed=seed)))
    tight = generate_scenario(24, seed=4)
    tight["resources"] = {r: v * 0.15 for r, v in tight["resources"].items()}
    out.append(("tight-budget", tight))
    narrow = generate_scenario(24, seed=5)
    tags = [need["id"] for need in narrow["needs"]]
    for ptype in narrow["project_types"]:
        if ptype["addresses"] == "any":
            ptype["addresses"] = tags[:3]
    narrow["actors"][0]["max_projects_per_phase"] = 0
    for number, (text, kind) in enumerate(FREE_TEXT):
        narrow["actors"].append({
            "id": f"free-{number}", "name": f"Free Text Member {number}", "kind": kind,
            "needs": [{"text": text}, {"need": tags[0]}],
        })
    out.append(("narrow-with-free-text", narrow))
    free = generate_scenario(24, seed=6)
    # Without a funding tag, a need for investors is a theme of its own.
    free["needs"] = [need for need in free["needs"] if need["id"] != "funding"]
    for ptype in free["project_types"]:
        if isinstance(ptype["addresses"], list):
            ptype["addresses"] = [t for t in ptype["addresses"] if t != "funding"]
    for actor in free["actors"]:
        actor["needs"] = [n for n in actor["needs"] if n.get("need") != "funding"]
    for number, (text, kind) in enumerate(FREE_TEXT):
        free["actors"].append({
            "id": f"free-{number}", "name": f"Free Text Member {number}", "kind": kind,
            "needs": [{"text": text}],
        })
    out.append(("free-text", free))
    limits = generate_scenario(24, seed=7)
    for ptype in limits["project_types"]:
        if ptype["id"] == "workshop":
            # Small, trust-demanding, expensive per head: "full", "trust" and "not enough
            # budget left for one more" happen.
            ptype["participants"] = {"min": 3, "max": 4}
            ptype["trust_required"] = 0.3
            ptype["uses"]["budget_eur"]["per_participant"] = 1500
    for known in limits["trust"]["known"][::2]:
        known["value"] = 0.1
    out.append(("limits", limits))
    return out


@cache
def planned_cases() -> tuple[PlannedCase, ...]:
    """Return every generated case, planned with the greedy strategy (fast, valid)."""
    cases = []
    for name, data in _variants():
        scenario = scenario_from_dict(copy.deepcopy(data))
        context = prepare(scenario)
        phase = plan_phase(context, initial_trust(scenario), 1, strategy="greedy")
        cases.append(PlannedCase(name, context, phase, find_unserved(context, [phase])))
        if name == "base-1":
            # A phase that found no plan in time: what a solver without a start plan reports.
            empty = phase.model_copy(update={
                "solver": SolverOutcome(name="highs", status=SolverStatus.TIME_LIMIT,
                                        message="Time limit reached without a solution."),
                "projects": [], "served_share": {}, "resources_used": {},
            })
            cases.append(PlannedCase("no-plan", context, empty, find_unserved(context, [empty])))
    return tuple(cases)
