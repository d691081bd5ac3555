"""trustmatch: a recommendation engine for the managers of young regional business clusters.

The library API (the CLI is a thin shell over it)::

    from trustmatch import load_scenario, plan, roadmap, run_batch, render_report

    scenario = load_scenario("scenarios/young-cluster.yaml", overrides=["half-budget"])
    result = plan(scenario)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API: dict[str, str] = {
    "load_scenario": "trustmatch.scenario",
    "LoadedScenario": "trustmatch.scenario",
    "plan": "trustmatch.planner",
    "roadmap": "trustmatch.roadmap",
    "run_batch": "trustmatch.batch",
    "render_report": "trustmatch.report",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    # Lazy so that `import trustmatch` stays cheap and free of side effects (batch workers).
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'trustmatch' has no attribute {name!r}")
