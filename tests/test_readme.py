"""Every command the README shows runs as written (on a copy of the bundled scenarios).

The commands are taken from the README's ``bash`` blocks, section by section (the README is
organised in ``<!-- section: name -->`` blocks; the set-up before the first block is
``quick-start``, of whose chained lines only the ``trustmatch`` command runs: the virtualenv and
``pip install`` are the reader's). They run in order in one folder, so that the record loop
(``plan --json`` → ``record`` → ``plan --ledger``) works as a reader would use it.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from trustmatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTIONS = ("quick-start", "scenarios", "plan", "roadmap", "scale")
"""Sections whose commands are run."""

SLOW = (
    "--replications 200",
    "strategies scenarios/young-cluster.yaml --replications 20",
    "strategies scenarios/regional-network.yaml",
)
"""Commands that take minutes (Monte Carlo over many runs): run only with README_ALL=1."""


def readme_sections(text: str) -> dict[str, str]:
    """Return section name → its Markdown (``quick-start``: everything before the first)."""
    sections = {"quick-start": text.split("<!-- section:", 1)[0]}
    for name, body in re.findall(
        r"<!-- section: ([\w-]+) -->(.*?)<!-- /section: \1 -->", text, flags=re.S
    ):
        sections[name] = body
    return sections


def commands(markdown: str) -> list[str]:
    """Return the ``trustmatch`` commands of the ``bash`` blocks, continuation lines joined."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", markdown, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if "&&" in words:  # set-up chains: the trustmatch command after the last &&
                words = words[len(words) - words[::-1].index("&&"):]
            if words and words[0] == "trustmatch":
                found.append(shlex.join(words))
    return found


ALL = [
    (section, command)
    for section in SECTIONS
    for command in commands(readme_sections(README.read_text(encoding="utf-8"))[section])
]


def test_the_sections_have_commands_to_run():
    sections = {section for section, _ in ALL}
    assert sections == set(SECTIONS)
    assert any(c.startswith("trustmatch record") for _, c in ALL)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "scenarios", folder / "scenarios")
    return folder


@pytest.mark.parametrize(("section", "command"), ALL, ids=[f"{s}: {c}" for s, c in ALL])
def test_readme_command_runs_as_written(section, command, workdir, monkeypatch, capsys):
    if any(slow in command for slow in SLOW) and not os.environ.get("README_ALL"):
        pytest.skip("takes minutes; run with README_ALL=1")
    monkeypatch.chdir(workdir)
    code = main(shlex.split(command)[1:])
    captured = capsys.readouterr()
    assert code == 0, f"{command}\n{captured.out[-2000:]}\n{captured.err[-2000:]}"
    assert "Traceback" not in captured.err
