"""How close the automatic need themes come to a person's grouping (adjusted Rand index).

Prints the index on every part of the labelled sets in ``tests/needs`` (new member statements)
and ``tests/needs_fixtures`` (the older set), with and without the sets' catalogue, and on the
bundled scenarios against the hand labels in ``tests/needs/bundled_labels.yaml``.

Parts: ``development`` was used to build the lexicon; ``heldout`` was measured once before any
tuning (0.584 without, 0.658 with the catalogue) and then used for tuning too; ``fresh`` was
written after all tuning and never tuned on. Run::

    PYTHONPATH=src python benchmarks/themes_quality.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

from trustmatch.needs.quality import adjusted_rand, scenario_adjusted_rand
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    (ROOT / "tests/needs/labelled_members.yaml", ("development", "heldout", "fresh")),
    (ROOT / "tests/needs_fixtures/labelled_statements.yaml", ("tuning", "holdout")),
)


def main() -> None:
    """Print one line per labelled part and per bundled scenario."""
    print(f"{'set':28} {'part':12} {'n':>4} {'no catalogue':>13} {'catalogue':>10}")
    for path, parts in SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        everything = []
        for part in parts:
            statements = data[part]
            everything += statements
            print(
                f"{path.name:28} {part:12} {len(statements):4d} "
                f"{adjusted_rand(statements):13.3f} "
                f"{adjusted_rand(statements, data['catalogue']):10.3f}"
            )
        print(
            f"{path.name:28} {'all':12} {len(everything):4d} {adjusted_rand(everything):13.3f} "
            f"{adjusted_rand(everything, data['catalogue']):10.3f}"
        )
    labels = yaml.safe_load((ROOT / "tests/needs/bundled_labels.yaml").read_text("utf-8"))
    print()
    print(f"{'bundled scenario':28} {'all needs':>10} {'free text only':>15}")
    for name, entries in labels.items():
        scenario = load_scenario(ROOT / "scenarios" / name).scenario
        every, free = scenario_adjusted_rand(scenario, entries)
        print(f"{name:28} {every:10.3f} {free:15.3f}")


if __name__ == "__main__":
    main()
