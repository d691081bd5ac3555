"""Load a scenario file.

Provisional minimal version: the full loader (node marks, limits, collected cross-reference
errors, overrides) replaces this module.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from trustmatch.errors import Problem, ScenarioError
from trustmatch.scenario.models import Scenario


@dataclass(frozen=True)
class LoadedScenario:
    """A validated scenario and where it came from.

    Attributes:
        scenario: The validated scenario (overrides already applied).
        path: File it was read from (None when built in code).
        file_sha256: SHA-256 of the file's bytes ("" when built in code).
        overrides: Named overrides applied, in order.
        sets: Ad-hoc ``PATH=VALUE`` settings applied, in order.
        warnings: Problems of severity ``warning`` (the scenario is usable).
    """

    scenario: Scenario
    path: Path | None = None
    file_sha256: str = ""
    overrides: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = field(default_factory=tuple)


def scenario_from_dict(data: dict[str, Any], source: str = "<input>") -> Scenario:
    """Validate plain data as a scenario (no overrides)."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as error:
        problems = [
            Problem(source, None, None, ".".join(str(p) for p in e["loc"]), e["msg"])
            for e in error.errors()
        ]
        raise ScenarioError(problems) from None


def load_scenario(
    path: str | Path,
    overrides: list[str] | tuple[str, ...] = (),
    sets: list[str] | tuple[str, ...] = (),
) -> LoadedScenario:
    """Read, patch and validate a scenario file."""
    path = Path(path)
    raw = path.read_bytes()
    data = yaml.safe_load(raw)
    return LoadedScenario(
        scenario=scenario_from_dict(data, str(path)),
        path=path,
        file_sha256=hashlib.sha256(raw).hexdigest(),
        overrides=tuple(overrides),
        sets=tuple(sets),
    )
