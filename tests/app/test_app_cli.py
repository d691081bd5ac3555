"""``trustmatch app`` as a command: cheap to import, refuses what it cannot serve."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from trustmatch.cli import cli


def test_importing_the_command_does_not_import_the_web_stack():
    code = ("import sys, trustmatch.cli.app; "
            "heavy = [m for m in ('starlette', 'uvicorn', 'ruamel.yaml', 'multipart') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_a_file_that_is_no_scenario_is_refused_in_words(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    result = CliRunner().invoke(cli, ["app", str(other), "--no-browser", "--lang", "de"])
    assert result.exit_code == 2
    assert "Die App kann nicht starten" in result.output
    assert "Traceback" not in result.output
