"""Scenario files: models, safe loading with located errors, overrides, JSON Schema."""

from __future__ import annotations

from trustmatch.scenario.loader import (
    LoadedScenario,
    load_scenario,
    load_scenario_text,
    scenario_from_dict,
)
from trustmatch.scenario.models import Scenario

__all__ = [
    "LoadedScenario",
    "Scenario",
    "load_scenario",
    "load_scenario_text",
    "scenario_from_dict",
]
