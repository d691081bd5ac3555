"""Start-up cost: CPU seconds each command takes, next to ``python -c pass``, in one run.

Every command runs in a fresh interpreter (as a user's shell starts it) ``--repeat`` times, in
turns, and the median CPU time (user + system, of the child process, from ``os.wait4``) is
printed next to that of ``python -c pass`` measured in the same rounds: what the Python start
costs on this machine at this moment, and what trustmatch adds to it. CPU time, not wall time:
on a machine shared with other jobs the wall time grows with the load, the CPU time much less.

With ``--baseline REV`` the same commands also run on the sources of git revision REV (exported
with ``git archive`` to a temporary folder) and a column gives the ratio, side by side in the
same rounds.

Usage::

    python benchmarks/startup.py [--repeat 5] [--baseline 2449922]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
YOUNG = "scenarios/young-cluster.yaml"
BAD = "name: x\nactors: 3\n"

COMMANDS: tuple[tuple[str, list[str]], ...] = (
    ("python -c pass", ["-c", "pass"]),
    ("trustmatch --version", ["-m", "trustmatch", "--version"]),
    ("trustmatch --help", ["-m", "trustmatch", "--help"]),
    ("trustmatch plan --help", ["-m", "trustmatch", "plan", "--help"]),
    ("trustmatch validate young-cluster", ["-m", "trustmatch", "validate", YOUNG]),
    ("trustmatch validate bad.yaml", ["-m", "trustmatch", "validate", "{bad}"]),
    ("trustmatch plan bad.yaml", ["-m", "trustmatch", "plan", "{bad}"]),
    ("trustmatch report bad.yaml", ["-m", "trustmatch", "report", "{bad}", "-o", "{out}"]),
    ("import trustmatch.planner", ["-c", "import trustmatch.planner"]),
)
"""Label and interpreter arguments of each measured command."""


def cpu_seconds(arguments: list[str], source: Path) -> float:
    """Run the interpreter with ``arguments`` and return its CPU seconds (user + system)."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    process = subprocess.Popen(
        [sys.executable, *arguments], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def export_sources(revision: str, folder: Path) -> Path:
    """Write ``src/`` of a git revision into ``folder`` and return the path to put on sys.path."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "src"], cwd=ROOT, check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds (median is shown)")
    parser.add_argument("--baseline", default=None, metavar="REV",
                        help="also measure the sources of this git revision")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bad = folder / "bad.yaml"
        bad.write_text(BAD, encoding="utf-8")
        sources = {"now": ROOT / "src"}
        if args.baseline:
            sources[args.baseline] = export_sources(args.baseline, folder / "baseline")
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.repeat):
            for label, arguments in COMMANDS:
                filled = [a.format(bad=bad, out=folder / "r.html") for a in arguments]
                for name, source in sources.items():
                    times.setdefault((label, name), []).append(cpu_seconds(filled, source))
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"CPU seconds per command (median of {args.repeat}, user + system); "
          f"{os.cpu_count()} cores, load average {load}")
    header = f"{'command':<36}{'now':>8}{'minus python':>14}"
    if args.baseline:
        header += f"{args.baseline[:12]:>14}{'ratio':>8}"
    print(header)
    python = statistics.median(times[("python -c pass", "now")])
    for label, _ in COMMANDS:
        now = statistics.median(times[(label, "now")])
        line = f"{label:<36}{now:>8.3f}{now - python:>14.3f}"
        if args.baseline:
            before = statistics.median(times[(label, args.baseline)])
            line += f"{before:>14.3f}{before / now:>7.1f}x"
        print(line)


if __name__ == "__main__":
    main()
