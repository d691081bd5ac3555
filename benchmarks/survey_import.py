"""Time `import_survey` on synthetic form exports of growing size (issue 16).

Writes a form CSV with N members (three needs each, drawn with a fixed seed from a list of
typical German needs) to a temporary folder, imports it and prints, per size, the seconds of the
import (read, check, YAML text, validation of that text) and the size of the YAML.

    python benchmarks/survey_import.py                  # 10, 100, 1,000, 5,000 members
    python benchmarks/survey_import.py --sizes 100,2000 --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path

from trustmatch.survey import import_survey

NEEDS = (
    "Fachkräfte und Auszubildende finden", "Energiekosten senken", "Sichtbarkeit bei Kunden",
    "Digitalisierung der Planung", "Export nach Frankreich", "Weiterbildung für Meister",
    "Gemeinsamer Einkauf von Rohstoffen", "Forschung an neuen Produkten",
)
KINDS = ("Unternehmen", "Zulieferer", "Start-up", "Hochschule", "Verband")


def write_form(path: Path, members: int, seed: int = 1) -> None:
    """Write a German form export with ``members`` rows."""
    draw = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Name", "Art", "Märkte", "Beschäftigte", "Bedarf 1", "Wichtigkeit 1",
                         "Bedarf 2", "Wichtigkeit 2", "Bedarf 3", "Wichtigkeit 3"])
        for number in range(members):
            needs = []
            for _ in range(3):
                needs += [f"{draw.choice(NEEDS)} ({number % 11})", draw.randint(1, 5)]
            writer.writerow([f"Mitglied {number} GmbH", draw.choice(KINDS),
                             f"Markt {number % 40}", draw.randint(1, 500), *needs])


def main() -> None:
    """Run the sizes and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median shown)")
    args = parser.parse_args()
    import_survey(Path(__file__).parents[1] / "scenarios" / "survey-form-example.csv",
                  budget=1)  # warm up: imports of pydantic, yaml, the loader
    print(f"{'members':>8} {'median s':>9} {'YAML KB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(text) for text in args.sizes.split(",")):
            path = Path(folder) / f"form-{size}.csv"
            write_form(path, size)
            seconds = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = import_survey(path, budget=20000, hours=150)
                seconds.append(time.perf_counter() - start)
            print(f"{size:>8} {statistics.median(seconds):>9.3f} "
                  f"{len(result.yaml_text.encode()) / 1024:>8.0f}")


if __name__ == "__main__":
    main()
