"""Shared fixtures of the report tests: scenarios, a computed roadmap, headless Chromium."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from headless_chromium import ChromiumPage, find_browser  # noqa: E402
from report_fixtures import HOSTILE  # noqa: E402

from trustmatch.roadmap import roadmap  # noqa: E402
from trustmatch.scenario import load_scenario  # noqa: E402


@pytest.fixture(scope="session")
def hostile_loaded():
    return load_scenario(HOSTILE)


@pytest.fixture(scope="session")
def hostile_roadmap(hostile_loaded):
    return roadmap(hostile_loaded, replications=4)


@pytest.fixture(scope="session")
def bundled_roadmap():
    """Return a quick roadmap of a bundled scenario (2 runs, 1 s per solve), computed once."""
    cache = {}

    def compute(path: Path):
        if path not in cache:
            loaded = load_scenario(path)
            cache[path] = (loaded, roadmap(loaded, replications=2, time_limit=1.0))
        return cache[path]

    return compute


@pytest.fixture(scope="module")
def browser():
    executable = find_browser()
    if executable is None:
        pytest.skip(
            "no headless Chromium found: install the Debian package `chromium` "
            "(`.ci/run` installs it when missing)"
        )
    with ChromiumPage(executable, width=1280, height=1600) as page:
        yield page
