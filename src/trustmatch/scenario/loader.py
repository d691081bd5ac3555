"""Load a scenario: read the YAML safely, apply overrides, validate, check cross-references.

Every problem of a file is collected and raised together as one :class:`ScenarioError`, each
located as ``FILE:LINE:COLUMN: path: message`` (the path counted from 1, in the reader's
language; JSON keeps the dotted path) and listed in file order. Warnings (the
scenario is usable but something looks wrong) travel with the loaded scenario.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from trustmatch.errors import Problem, ScenarioError
from trustmatch.i18n.phrase import say
from trustmatch.scenario.checks import check_references
from trustmatch.scenario.messages import Finding, findings_from_validation, shown
from trustmatch.scenario.models import Scenario
from trustmatch.scenario.overrides import COMMAND_LINE, apply_overrides, check_definitions
from trustmatch.scenario.reader import (
    Document,
    Location,
    Marks,
    dotted,
    path_words,
    read_file,
    read_text,
)


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


def _locate(finding: Finding, marks: Marks, data: Any = None) -> Problem:
    where = marks.locate(finding.path, prefer_key=finding.at_key)
    return Problem.said(
        where.file, where.line, where.column, dotted(finding.path), finding.phrase,
        finding.severity, where=path_words(finding.path, data) if finding.path else None,
    )


def _file_order(problem: Problem) -> tuple[Any, ...]:
    return (
        0 if problem.file == COMMAND_LINE else 1,
        problem.line or 0,
        problem.column or 0,
        problem.path,
        problem.message,
    )


def _validate(
    data: Any, marks: Marks, overrides: Sequence[str] = (), sets: Sequence[str] = ()
) -> tuple[Scenario, tuple[Problem, ...]]:
    """Apply overrides to raw data, validate it and check it; return scenario and warnings."""
    source = marks.default.file
    if not isinstance(data, dict):
        where = marks.locate(())
        raise ScenarioError(
            [
                Problem.said(
                    where.file, where.line, where.column, "",
                    say("scenario.finding.top_level", got=shown(data)),
                )
            ],
            summary=say("scenario.finding.invalid_summary", file=source),
        )
    problems = check_definitions(data, marks)
    problems += apply_overrides(data, marks, overrides, sets)
    findings: list[Finding] = []
    scenario: Scenario | None = None
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        findings += findings_from_validation(error, data)
    findings += check_references(data)
    problems += [_locate(f, marks, data) for f in findings]
    problems.sort(key=_file_order)
    errors = [p for p in problems if p.severity == "error"]
    if errors or scenario is None:
        raise ScenarioError(
            problems, summary=say("scenario.finding.invalid_count", count=len(errors), file=source)
        )
    return scenario, tuple(problems)


def _loaded(
    document: Document,
    overrides: Sequence[str],
    sets: Sequence[str],
    path: Path | None = None,
    raw: bytes = b"",
) -> LoadedScenario:
    scenario, warnings = _validate(document.data, document.marks, overrides, sets)
    return LoadedScenario(
        scenario=scenario,
        path=path,
        file_sha256=hashlib.sha256(raw).hexdigest() if path is not None else "",
        overrides=tuple(overrides),
        sets=tuple(sets),
        warnings=warnings,
    )


def load_scenario(
    path: str | Path,
    overrides: Sequence[str] = (),
    sets: Sequence[str] = (),
) -> LoadedScenario:
    """Read, patch and validate a scenario file.

    Args:
        path: The YAML file.
        overrides: Names of overrides from the file's ``overrides`` section, applied in order.
        sets: ``PATH=VALUE`` settings (VALUE read as YAML), applied after the overrides.

    Returns:
        The validated scenario with its provenance and warnings.

    Raises:
        ScenarioError: Every problem of the file, located; nothing is returned then.
    """
    path = Path(path)
    document, raw = read_file(path)
    return _loaded(document, overrides, sets, path, raw)


def load_scenario_text(
    text: str,
    source: str = "<input>",
    overrides: Sequence[str] = (),
    sets: Sequence[str] = (),
) -> LoadedScenario:
    """Like :func:`load_scenario`, for YAML text (e.g. from a notebook cell or a database).

    Args:
        text: The scenario as YAML text.
        source: Name shown in messages in place of a file name.
        overrides: Names of overrides to apply, in order.
        sets: ``PATH=VALUE`` settings, applied after the overrides.
    """
    return _loaded(read_text(text, source), overrides, sets)


def scenario_from_dict(data: dict[str, Any], source: str = "<input>") -> Scenario:
    """Validate plain data as a scenario (no overrides), with the same checks as files.

    Args:
        data: The scenario as dicts and lists (not changed).
        source: Name shown in messages (there are no line numbers).

    Raises:
        ScenarioError: Every problem, with its dotted path.
    """
    scenario, _warnings = _validate(data, Marks(default=Location(source)))
    return scenario
