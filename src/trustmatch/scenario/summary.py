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


def summary_lines(loaded: LoadedScenario, lang: str = "en", width: int | None = None) -> list[str]:
    """Return the summary of a loaded scenario as readable lines (without the file name).

    The summary is for the scenario's author, so it names ids (competitor pairs, project types)
    as the file writes them; labels, counts and numbers are in ``lang``.

    Args:
        loaded: A scenario as returned by :func:`trustmatch.scenario.load_scenario`.
        lang: ``en`` or ``de``.
        width: Wrap each row to this many columns (None: one line per row).
    """
    import textwrap

    from trustmatch.i18n import Messages
    from trustmatch.i18n.words import ScenarioWords

    say = Messages(lang)
    words = ScenarioWords(loaded.scenario, lang)
    facts = summarize(loaded.scenario)
    none = say("cli.validate.none")
    pairs = facts["competitor_pairs"]
    shown_pairs = ", ".join(f"{a} / {b}" for a, b in pairs[:8])
    if len(pairs) > 8:
        shown_pairs += ", … " + say("cli.validate.more", count=len(pairs) - 8)
    levels = "; ".join(
        say("cli.validate.ambition_level", level=level, ids=", ".join(ids))
        for level, ids in facts["project_types_by_ambition"].items()
    )
    kinds = ", ".join(
        f"{say.number(count)} {say(f'common.kind.{kind}', count=count)}"
        for kind, count in facts["actors_by_kind"].items()
    )
    sensitivities = ", ".join(
        f"{say.number(count)} {say(f'common.sensitivity.{level}')}"
        for level, count in facts["catalogue_by_sensitivity"].items()
    )
    projects = facts["explicit_projects"]
    applied = list(loaded.overrides) + [f"--set {s}" for s in loaded.sets]
    overrides = ", ".join(facts["overrides_defined"]) or none
    if applied:
        overrides += " " + say("cli.validate.applied", names=", ".join(applied))
    resources = ", ".join(f"{key} {words.amount(key, value)}"
                          for key, value in facts["resources"].items())
    rows = [
        ("actors", f"{say.number(facts['actors'])}: {kinds}"),
        ("needs_stated", say("cli.validate.needs_stated_text", count=facts["needs_stated"],
                             tagged=say.number(facts["needs_tagged"]),
                             free=say.number(facts["needs_free_text"]))),
        ("catalogue", say.number(facts["catalogue_needs"])
         + (" " + say("cli.validate.sensitivity", counts=sensitivities)
            if facts["catalogue_needs"] else "")),
        ("competitor_pairs", say.number(len(pairs)) + (f": {shown_pairs}" if pairs else "")),
        ("project_types",
         say.number(sum(len(v) for v in facts["project_types_by_ambition"].values()))
         + (f" ({levels})" if levels else "")),
        ("explicit_projects",
         say.number(len(projects)) + (f": {', '.join(projects)}" if projects else "")),
        ("resources", say("cli.validate.per_phase", resources=resources) if resources else none),
        ("phases", say("cli.validate.phases_text", phases=facts["phases"], seed=facts["seed"])),
        ("overrides", overrides),
        ("warnings", say.number(len(loaded.warnings)) if loaded.warnings else none),
    ]
    labels = {key: say(f"cli.validate.{key}") for key, _ in rows}
    column = max(18, *(len(label) for label in labels.values()))
    lines = []
    for key, text in rows:
        line = f"  {labels[key]:<{column}} {text}"
        if width is None:
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width, subsequent_indent=" " * (column + 3),
                                   break_long_words=False, break_on_hyphens=False)
    lines += ["    " + problem.format(say.lang) for problem in loaded.warnings]
    return lines
