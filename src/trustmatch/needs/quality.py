"""How well the grouping matches a person's: adjusted Rand index against hand labels.

For a manager (or a developer) who labels a set of statements and wants to know how far the
automatic themes can be trusted on their kind of writing; ``benchmarks/themes_quality.py``
prints the figures for the labelled sets in ``tests/needs``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def labelled_scenario(
    statements: Sequence[Mapping[str, Any]], catalogue: Sequence[Mapping[str, Any]] = ()
):
    """Return a scenario with one member per statement (``a000``, ``a001``...).

    Args:
        statements: Mappings with a ``text`` (and usually a ``theme``, ignored here).
        catalogue: Needs catalogue entries (``id``, ``label``, optional ``keywords``...).
    """
    from trustmatch.scenario import scenario_from_dict

    data: dict[str, Any] = {
        "name": "labelled",
        "actors": [
            {"id": f"a{i:03d}", "name": f"Member {i}", "kind": "company",
             "needs": [{"text": s["text"]}]}
            for i, s in enumerate(statements)
        ],
    }
    if catalogue:
        data["needs"] = [dict(entry) for entry in catalogue]
    return scenario_from_dict(data)


def adjusted_rand(
    statements: Sequence[Mapping[str, Any]], catalogue: Sequence[Mapping[str, Any]] = ()
) -> float:
    """Return the adjusted Rand index of the found themes against the statements' ``theme``.

    1 means the same grouping as the person's, 0 what chance would give.

    Args:
        statements: Mappings with ``text`` and ``theme`` (the person's label).
        catalogue: Optional needs catalogue the grouping may use.
    """
    from sklearn.metrics import adjusted_rand_score

    from trustmatch.needs.grouping import find_themes

    found = find_themes(labelled_scenario(statements, catalogue))
    predicted = [found.assignment[(f"a{i:03d}", 0)] for i in range(len(statements))]
    return float(adjusted_rand_score([s["theme"] for s in statements], predicted))


def scenario_adjusted_rand(scenario, labels: Sequence[Mapping[str, Any]]) -> tuple[float, float]:
    """Return the index over all needs of a scenario and over its free-text needs only.

    Args:
        scenario: A validated scenario.
        labels: For every free-text need: ``actor``, ``need`` (position from 1) and ``theme``
            (a catalogue tag or any other name); tagged needs count with their tag.

    Raises:
        KeyError: A free-text need has no label.
    """
    from sklearn.metrics import adjusted_rand_score

    from trustmatch.needs.grouping import find_themes

    found = find_themes(scenario)
    wanted = {(entry["actor"], entry["need"] - 1): entry["theme"] for entry in labels}
    truth, predicted, free_truth, free_predicted = [], [], [], []
    for actor in scenario.actors:
        for index, need in enumerate(actor.needs):
            label = need.need if need.need is not None else wanted[(actor.id, index)]
            truth.append(label)
            predicted.append(found.assignment[(actor.id, index)])
            if need.need is None:
                free_truth.append(label)
                free_predicted.append(found.assignment[(actor.id, index)])
    return (
        float(adjusted_rand_score(truth, predicted)),
        float(adjusted_rand_score(free_truth, free_predicted)),
    )
