"""What a scenario holds, counted for a consultant's quick check (``trustmatch validate``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from trustmatch.scenario.competition import competitor_pairs
from trustmatch.scenario.loader import LoadedScenario
from trustmatch.scenario.models import SENSITIVITY_ORDER, ActorKind, Scenario

_KIND_ORDER: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]


def summarize(scenario: Scenario) -> dict[str, Any]:
    """Return the counts ``validate`` shows, as JSON-ready data in a fixed order.

    Args:
        scenario: A validated scenario.
    """
    kinds = Counter(actor.kind for actor in scenario.actors)
    statements = [need for actor in scenario.actors for need in actor.needs]
    tagged = sum(1 for need in statements if need.need is not None)
    sensitivities = Counter(need.sensitivity for need in scenario.needs)
    ambition: dict[str, list[str]] = {}
    for kind in sorted(scenario.project_types, key=lambda t: (t.ambition, t.id)):
        ambition.setdefault(str(kind.ambition), []).append(kind.id)
    pairs = competitor_pairs(scenario)
    return {
        "name": scenario.name,
        "phases": scenario.phases,
        "seed": scenario.seed,
        "actors": len(scenario.actors),
        "actors_by_kind": {k: kinds[k] for k in _KIND_ORDER if kinds[k]},
        "needs_stated": len(statements),
        "needs_tagged": tagged,
        "needs_free_text": len(statements) - tagged,
        "catalogue_needs": len(scenario.needs),
        "catalogue_by_sensitivity": {s: sensitivities[s] for s in SENSITIVITY_ORDER
                                     if sensitivities[s]},
        "competitor_pairs": [list(pair) for pair in pairs],
        "project_types_by_ambition": ambition,
        "explicit_projects": [project.id for project in scenario.projects],
        "resources": scenario.capacities,
        "overrides_defined": list(scenario.overrides),
    }


def _counts(counter: dict[str, int]) -> str:
    return ", ".join(f"{count} {name}" for name, count in counter.items())


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def summary_lines(loaded: LoadedScenario) -> list[str]:
    """Return the summary of a loaded scenario as readable lines (without the file name).

    Args:
        loaded: A scenario as returned by :func:`trustmatch.scenario.load_scenario`.
    """
    facts = summarize(loaded.scenario)
    pairs = facts["competitor_pairs"]
    shown_pairs = ", ".join(f"{a} / {b}" for a, b in pairs[:8])
    if len(pairs) > 8:
        shown_pairs += f", ... ({len(pairs) - 8} more)"
    levels = "; ".join(
        f"ambition {level}: {', '.join(ids)}"
        for level, ids in facts["project_types_by_ambition"].items()
    )
    projects = facts["explicit_projects"]
    applied = list(loaded.overrides) + [f"--set {s}" for s in loaded.sets]
    overrides = ", ".join(facts["overrides_defined"]) or "none"
    if applied:
        overrides += f" (applied: {', '.join(applied)})"
    resources = ", ".join(f"{n} {_number(v)}" for n, v in facts["resources"].items())
    rows = [
        ("actors", f"{facts['actors']}: {_counts(facts['actors_by_kind'])}"),
        (
            "needs stated",
            f"{facts['needs_stated']}: {facts['needs_tagged']} tagged, "
            f"{facts['needs_free_text']} free text",
        ),
        (
            "needs catalogue",
            f"{facts['catalogue_needs']}"
            + (f" (sensitivity {_counts(facts['catalogue_by_sensitivity'])})"
               if facts["catalogue_needs"] else ""),
        ),
        ("competitor pairs", f"{len(pairs)}" + (f": {shown_pairs}" if pairs else "")),
        ("project types", f"{sum(len(v) for v in facts['project_types_by_ambition'].values())}"
         + (f" ({levels})" if levels else "")),
        ("explicit projects",
         f"{len(projects)}" + (f": {', '.join(projects)}" if projects else "")),
        ("resources", (resources + " per phase") if resources else "none"),
        ("phases", f"{facts['phases']} (seed {facts['seed']})"),
        ("overrides", overrides),
        ("warnings", str(len(loaded.warnings)) if loaded.warnings else "none"),
    ]
    lines = [f"  {label:<18} {text}" for label, text in rows]
    lines += ["    " + problem.format() for problem in loaded.warnings]
    return lines
