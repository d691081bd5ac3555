"""Report and roadmap time: today's sources against an earlier revision, side by side.

For each scenario the same command runs on the sources of git revision ``--baseline`` (exported
with ``git archive`` to a temporary folder: the code before shared plans and worker processes)
and on the current sources with ``--jobs 1``, ``--jobs 2`` and the automatic choice, in turns,
``--repeat`` times. Printed: median wall seconds and CPU seconds (the command and every worker
process it started), and the ratio of the baseline's wall time to each. All runs of one scenario
write the same report apart from the date and the solver seconds (checked: the summary section
of the HTML is compared).

On a machine shared with other jobs the wall times move with the load (printed before and
after); the CPU seconds show the work saved by planning shared situations once, whatever the
load; the ``--jobs 2`` column can only gain on wall time when a second core is free.

Usage::

    python benchmarks/reports.py [--baseline 2449922] [--repeat 1] [--command report|roadmap]
        [--scenarios scenarios/young-cluster.yaml,scenarios/regional-network.yaml]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = "scenarios/young-cluster.yaml,scenarios/regional-network.yaml"


def export_sources(revision: str, folder: Path) -> Path:
    """Write ``src/`` of a git revision into ``folder`` and return the path to put on sys.path."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "src"], cwd=ROOT, check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def measure(arguments: list[str], source: Path) -> tuple[float, float]:
    """Run ``python -m trustmatch ARGUMENTS``; return (wall seconds, CPU seconds incl. workers)."""
    env = {**os.environ, "PYTHONPATH": str(source), "SOURCE_DATE_EPOCH": "1795000000"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "trustmatch", "--quiet", *arguments], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"failed: {' '.join(arguments)}\n{process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="2449922", metavar="REV")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--command", choices=("report", "roadmap"), default="report")
    parser.add_argument("--replications", type=int, default=20)
    parser.add_argument("--scenarios", default=SCENARIOS)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average before: "
          + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        baseline = export_sources(args.baseline, folder / "baseline")
        configurations = {
            f"{args.baseline[:7]} (before)": (baseline, []),
            "now --jobs 1": (ROOT / "src", ["--jobs", "1"]),
            "now --jobs 2": (ROOT / "src", ["--jobs", "2"]),
            "now (automatic)": (ROOT / "src", []),
        }
        print(f"{'scenario':<24}{'configuration':<22}{'wall s':>9}{'CPU s':>9}{'speed-up':>10}")
        for scenario in args.scenarios.split(","):
            times: dict[str, list[tuple[float, float]]] = {}
            outputs: dict[str, str] = {}
            for _ in range(args.repeat):
                for name, (source, extra) in configurations.items():
                    out = folder / f"{len(times.get(name, []))}-{len(outputs)}.html"
                    if args.command == "report":
                        command = ["report", scenario, "--replications",
                                   str(args.replications), "-o", str(out)]
                    else:
                        out = out.with_suffix(".json")
                        command = ["roadmap", scenario, "--replications",
                                   str(args.replications), "--json", str(out)]
                    if source == baseline:
                        extra = []  # the baseline has no --jobs
                    times.setdefault(name, []).append(measure(command + extra, source))
                    outputs[name] = out.read_text(encoding="utf-8")
            reference = statistics.median(w for w, _ in times[next(iter(configurations))])
            for name in configurations:
                wall = statistics.median(w for w, _ in times[name])
                cpu = statistics.median(c for _, c in times[name])
                print(f"{Path(scenario).stem:<24}{name:<22}{wall:>9.1f}{cpu:>9.1f}"
                      f"{reference / wall:>9.2f}x")
            if args.command == "report":
                summaries = {_summary(text) for text in outputs.values()}
                print(f"{'':<24}same summary in every configuration: {len(summaries) == 1}")
    print("load average after: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))


def _summary(html: str) -> str:
    """Return the report's summary section (numbers and recommended projects)."""
    start = html.find('id="summary"')
    return html[start:html.find("</section>", start)]


if __name__ == "__main__":
    main()
