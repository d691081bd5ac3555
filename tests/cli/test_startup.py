"""Start-up: the CLI imports a command's module only when it runs.

The heavy stack is imported only when the work needs it. No timing here: which modules are
imported is what decides the cost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from trustmatch.cli import COMMANDS, cli, load_command, module_exists
from trustmatch.cli.common import SOLVER_CHOICES, STRATEGY_CHOICES

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
HEAVY = ("sklearn", "scipy", "pulp", "highspy", "matplotlib", "jinja2", "networkx", "pandas")
"""Top-level packages that cost a second or more of CPU to import together."""

PROBE = """
import json, sys
from trustmatch.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
packages = sorted({name.split(".")[0] for name in sys.modules})
print("\\n@@" + json.dumps({"code": code, "modules": packages}))
"""


def imported_by(*args: str) -> tuple[int, set[str], str]:
    """Run the CLI in a fresh interpreter; return its exit code and the packages it imported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=False
    )
    head, _, tail = done.stdout.rpartition("\n@@")
    report = json.loads(tail)
    return report["code"], set(report["modules"]), head + done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["validate", str(YOUNG)],
        ["plan", "--help"],
        ["--lang", "de", "plan", "--help"],
        ["report", "--help"],
        ["roadmap", "no-such-file.yaml"],
    ],
    ids=lambda args: " ".join(a if "/" not in a else Path(a).name for a in args),
)
def test_quick_commands_import_none_of_the_heavy_stack(args):
    code, modules, output = imported_by(*args)
    assert code in (0, 2), output
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_a_refused_scenario_is_refused_before_the_planner_is_imported(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nactors: 3\n", encoding="utf-8")
    for command in (["plan"], ["roadmap"], ["strategies"], ["report", "-o", str(tmp_path / "r")]):
        code, modules, output = imported_by(command[0], str(bad), *command[1:])
        assert code == 2, output
        assert "actors: must be a list" in output
        assert not modules & set(HEAVY), (command, sorted(modules & set(HEAVY)))


def test_help_lists_every_command_whose_module_exists():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = {
        line.split()[0]
        for line in result.output.split("Commands:")[1].splitlines()
        if line.strip()
    }
    expected = {name for name, entry in COMMANDS.items() if module_exists(entry.module)}
    assert listed == expected
    assert {"validate", "plan", "roadmap", "record", "report", "batch", "compare"} <= listed


def test_the_table_matches_the_commands_the_modules_define():
    for name, entry in COMMANDS.items():
        if not module_exists(entry.module):
            continue
        command = load_command(name)
        assert command is not None and command.name == name, name
        first_line = (command.help or "").strip().splitlines()[0]
        assert first_line, name


def test_commands_of_modules_not_in_this_build_are_unknown():
    for name, entry in COMMANDS.items():
        if not module_exists(entry.module):
            result = CliRunner().invoke(cli, [name])
            assert result.exit_code == 2 and "No such command" in result.output


def test_the_mirrored_choices_match_the_library():
    from trustmatch.cli import report
    from trustmatch.optimize.solvers import SOLVERS
    from trustmatch.planner import STRATEGIES
    from trustmatch.report.render import DEFAULT_REPLICATIONS, FORMATS

    assert SOLVER_CHOICES == SOLVERS
    assert STRATEGY_CHOICES == STRATEGIES
    assert (report.FORMATS, report.DEFAULT_REPLICATIONS) == (FORMATS, DEFAULT_REPLICATIONS)


def test_quiet_works_after_the_subcommand_too():
    result = CliRunner().invoke(cli, ["validate", "-q", str(YOUNG)])
    assert result.exit_code == 0, result.output
    assert "valid scenario" in result.output


def test_quiet_after_the_subcommand_turns_progress_off(monkeypatch):
    import types

    import trustmatch.cli
    import trustmatch.cli.roadmap

    # As if stderr were a terminal: progress would be on unless -q says otherwise.
    terminal = types.SimpleNamespace(stderr=types.SimpleNamespace(isatty=lambda: True))
    monkeypatch.setattr(trustmatch.cli, "sys", terminal)
    seen: list[bool] = []
    original = trustmatch.cli.roadmap.is_quiet

    def spy(ctx):
        seen.append(original(ctx))
        return seen[-1]

    monkeypatch.setattr(trustmatch.cli.roadmap, "is_quiet", spy)
    tiny = ROOT / "tests" / "batch" / "tiny-cluster.yaml"
    for args, quiet in (([], False), (["-q"], True), (["--quiet"], True)):
        result = CliRunner().invoke(
            cli, ["roadmap", str(tiny), "--phases", "1", "--strategy", "greedy", *args]
        )
        assert result.exit_code == 0, result.output
        assert seen[-1] is quiet, args
    result = CliRunner().invoke(cli, ["-q", "roadmap", str(tiny), "--phases", "1"])
    assert result.exit_code == 0 and seen[-1] is True
