"""The batch specification: a YAML file naming what to run, validated with located errors.

Example (paths and globs are relative to the spec file)::

    name: budget-vs-strategy
    scenarios: [scenarios/young-cluster.yaml]
    overrides: [[], [half-budget]]
    grid:
      competition.tolerance: [0.1, 0.25]
    strategies: [optimal, greedy, big-bang]
    replications: 3
    root_seed: 2026
    phases: 4
"""

from __future__ import annotations

import glob
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trustmatch.errors import BatchSpecError, Problem
from trustmatch.i18n.phrase import Phrase, PhraseError, say
from trustmatch.scenario.fields import did_you_mean, listing
from trustmatch.scenario.messages import error_phrase
from trustmatch.scenario.reader import _char_at, _OsReason, _yaml_message, path_words

StrategyName = Literal[
    "lookahead", "one-phase", "optimal", "greedy", "random", "big-bang", "no-fairness"
]
"""The planning strategies a batch can compare (the planner's ``STRATEGIES``)."""

GridValue = bool | int | float | str | None | list[Any]
"""One value of a grid parameter: anything ``--set PATH=VALUE`` accepts."""

MAX_SPEC_BYTES = 1024 * 1024
"""Largest batch spec file accepted (a spec lists patterns and values, never data)."""

MAX_RUNS = 1_000_000
"""Largest number of runs one spec may expand to (a typo guard: ``replications: 1000000``)."""


class BatchSpec(BaseModel):
    """What a batch runs: every scenario x override set x grid point x strategy x replication."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, use_attribute_docstrings=True, allow_inf_nan=False
    )

    name: Annotated[str, Field(min_length=1, max_length=200)]
    """Short name of the batch (stored with the results)."""
    description: str = ""
    """What the batch compares."""
    scenarios: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    """Scenario files or glob patterns, relative to the spec file."""
    overrides: list[list[Annotated[str, Field(min_length=1)]]] = Field(
        default_factory=lambda: [[]], min_length=1
    )
    """Override sets: each a list of the scenario's override names, applied in order."""
    grid: dict[
        Annotated[str, Field(min_length=1)], Annotated[list[GridValue], Field(min_length=1)]
    ] = Field(default_factory=dict)
    """Dotted scenario paths -> values to try; every combination is run (``--set PATH=VALUE``)."""
    strategies: list[StrategyName] = Field(default_factory=lambda: ["lookahead"], min_length=1)
    """Planning strategies to compare."""
    replications: Annotated[int, Field(ge=1, le=100_000)] = 1
    """Runs per combination, each with its own seed derived from ``root_seed``."""
    root_seed: Annotated[int, Field(ge=0, le=2**63 - 1)] = 0
    """Seed from which every run's seed is derived."""
    phases: Annotated[int, Field(ge=1, le=100)] | None = None
    """Phases per roadmap (default: each scenario's own ``phases``)."""

    @field_validator("description", mode="before")
    @classmethod
    def _none_description(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("grid")
    @classmethod
    def _grid_values(cls, grid: dict[str, list[Any]]) -> dict[str, list[Any]]:
        for path, values in grid.items():
            if path != path.strip() or " " in path:
                raise PhraseError(say("batch.spec.not_a_path", path=path))
            encoded = [json.dumps(v, sort_keys=True) for v in values]
            if len(set(encoded)) != len(encoded):
                raise PhraseError(say("batch.spec.value_twice", path=path))
        return grid

    @field_validator("strategies")
    @classmethod
    def _distinct_strategies(cls, strategies: list[str]) -> list[str]:
        if len(set(strategies)) != len(strategies):
            raise PhraseError(say("batch.spec.strategy_twice"))
        return strategies

    @field_validator("overrides")
    @classmethod
    def _distinct_override_sets(cls, sets: list[list[str]]) -> list[list[str]]:
        if len({tuple(s) for s in sets}) != len(sets):
            raise PhraseError(say("batch.spec.override_set_twice"))
        return sets


@dataclass(frozen=True)
class LoadedSpec:
    """A validated batch spec, the scenario files its patterns matched, and its fingerprint.

    Attributes:
        spec: The validated spec.
        path: The spec file (None for a spec built in code).
        base_dir: Directory the scenario patterns are relative to.
        scenario_files: ``(label, absolute path)`` of every matched scenario file, in spec order;
            the label is the path as written relative to ``base_dir``.
        scenario_hashes: SHA-256 of each matched file, in the same order.
        scenario_bytes: The content of each matched file, in the same order (shipped with each
            run, so that workers on other machines need no shared file system).
    """

    spec: BatchSpec
    path: Path | None
    base_dir: Path
    scenario_files: tuple[tuple[str, Path], ...]
    scenario_hashes: tuple[str, ...]
    scenario_bytes: tuple[bytes, ...] = field(default=(), repr=False)

    @property
    def fingerprint(self) -> str:
        """SHA-256 over the spec's content and the matched scenario files' bytes.

        A results file remembers it, so that ``--resume`` refuses to mix two different batches.
        """
        labels = [label for label, _ in self.scenario_files]
        payload = {
            "spec": self.spec.model_dump(mode="json"),
            "scenarios": [list(p) for p in zip(labels, self.scenario_hashes, strict=True)],
        }
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()


def load_spec(source: str | Path | BatchSpec, base_dir: str | Path | None = None) -> LoadedSpec:
    """Read and validate a batch spec, and find its scenario files.

    Args:
        source: Path of a YAML spec file, or a spec built in code.
        base_dir: Directory scenario patterns are relative to (default: the spec file's
            directory, or the current directory for a spec built in code).

    Returns:
        The validated spec with its scenario files.

    Raises:
        BatchSpecError: Every problem found, each with file, line, column and field path.
    """
    if isinstance(source, BatchSpec):
        spec, path, marks = source, None, {}
        where = "<batch spec>"
        base = Path(base_dir) if base_dir is not None else Path.cwd()
    else:
        path = Path(source)
        where = str(path)
        spec, marks = _parse(path)
        base = Path(base_dir) if base_dir is not None else path.resolve().parent
    files, problems = _match_scenarios(spec, base.resolve(), where, marks)
    total = len(files) * len(spec.overrides) * len(spec.strategies) * spec.replications
    for values in spec.grid.values():
        total *= len(values)
    if total > MAX_RUNS:
        problems.append(
            _problem(where, marks, (), say("batch.spec.too_many_runs", runs=total, limit=MAX_RUNS))
        )
    if problems:
        raise BatchSpecError(problems, summary=_summary(where, problems))
    contents = tuple(p.read_bytes() for _, p in files)
    hashes = tuple(hashlib.sha256(content).hexdigest() for content in contents)
    return LoadedSpec(spec, path, base.resolve(), tuple(files), hashes, contents)


def _summary(where: str, problems: list[Problem]) -> Phrase:
    return say("batch.spec.summary", count=len(problems), file=where)


def _parse(path: Path) -> tuple[BatchSpec, dict[str, tuple[int, int]]]:
    where = str(path)
    try:
        if path.stat().st_size > MAX_SPEC_BYTES:
            raise BatchSpecError(
                Problem.said(where, None, None, "",
                             say("batch.spec.too_large", limit=MAX_SPEC_BYTES // 1024)),
                summary=say("batch.spec.cannot_read"),
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BatchSpecError(
            Problem.said(where, None, None, "", say("batch.spec.no_file")),
            summary=say("batch.spec.cannot_read"),
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = _OsReason(error) if isinstance(error, OSError) else str(error)
        raise BatchSpecError(
            Problem.said(where, None, None, "", say("batch.spec.unreadable", reason=reason)),
            summary=say("batch.spec.cannot_read"),
        ) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        if isinstance(error, yaml.MarkedYAMLError):
            reason = _yaml_message(error, _char_at(text, mark))
        else:  # pragma: no cover - every parser error carries a mark
            reason = say("scenario.read.yaml", problem=str(error))
        raise BatchSpecError(
            Problem.said(where, line, column, "", reason), summary=say("batch.spec.not_yaml"),
        ) from None
    marks: dict[str, tuple[int, int]] = {}
    duplicates: list[Problem] = []
    if node is not None:
        _collect_marks(node, "", marks, duplicates, where)
    if duplicates:
        raise BatchSpecError(duplicates, summary=_summary(where, duplicates))
    if not isinstance(data, dict):
        problem = Problem.said(where, 1, 1, "", say("batch.spec.not_mapping"))
        raise BatchSpecError(problem, summary=_summary(where, [problem]))
    try:
        return BatchSpec.model_validate(data), marks
    except ValidationError as error:
        problems = []
        for item in error.errors():
            problems.append(_problem(where, marks, tuple(item["loc"]), _message(item), data))
        raise BatchSpecError(problems, summary=_summary(where, problems)) from None


def _message(item: Any) -> Any:
    """Return one of pydantic's errors as a phrase in plain words (as the scenario's are)."""
    names = [part for part in item["loc"] if isinstance(part, str)]
    name = names[-1] if names else ""
    if item["type"] == "extra_forbidden" and len(item["loc"]) == 1:
        allowed = list(BatchSpec.model_fields)
        return say("batch.spec.not_a_setting", hint=did_you_mean(name, allowed),
                   names=listing(allowed))
    return error_phrase(item, item.get("input"), name)


def _collect_marks(
    node: yaml.Node,
    path: str,
    marks: dict[str, tuple[int, int]],
    duplicates: list[Problem],
    where: str,
) -> None:
    """Record the line and column of every node by dotted path; report keys given twice."""
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            child = f"{path}.{key.value}" if path else str(key.value)
            position = (key.start_mark.line + 1, key.start_mark.column + 1)
            if str(key.value) in seen:
                # YAML keeps the last value silently; a consultant rarely means that.
                where_words = path_words(_path_key(child))
                duplicates.append(Problem.said(where, *position, child,
                                               say("batch.spec.given_twice"), where=where_words))
            seen.add(str(key.value))
            _collect_marks(value, child, marks, duplicates, where)
            # A field is reported at its key, where the consultant reads its name.
            marks[child] = position
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            item_path = f"{path}.{index}" if path else str(index)
            _collect_marks(item, item_path, marks, duplicates, where)


def _problem(
    where: str, marks: dict[str, tuple[int, int]], path: tuple[Any, ...], message: Any,
    data: Any = None,
) -> Problem:
    """Locate a path at its own node, else at the nearest enclosing node that has a mark.

    People read the path in words with entries counted from 1 (``scenarios, entry 2``); the
    problem's ``path`` stays dotted and counted from 0 (``scenarios.1``) for JSON.
    """
    dotted = ".".join(str(part) for part in path)
    probe = dotted
    while probe not in marks and probe:
        probe = probe.rpartition(".")[0]
    line, column = marks.get(probe, (None, None))
    words = path_words(path, data) if path else None
    return Problem.said(where, line, column, dotted, message, where=words)


def _path_key(dotted: str) -> tuple[str | int, ...]:
    """Return a dotted path of the spec as a tuple (list positions as numbers)."""
    return tuple(int(part) if part.isdigit() else part for part in dotted.split(".") if part)


def _match_scenarios(
    spec: BatchSpec, base: Path, where: str, marks: dict[str, tuple[int, int]]
) -> tuple[list[tuple[str, Path]], list[Problem]]:
    files: list[tuple[str, Path]] = []
    seen: set[Path] = set()
    problems: list[Problem] = []
    for index, pattern in enumerate(spec.scenarios):
        full = pattern if Path(pattern).is_absolute() else str(base / pattern)
        matches = sorted(Path(m) for m in glob.glob(full, recursive=True) if Path(m).is_file())
        if not matches:
            problems.append(
                _problem(where, marks, ("scenarios", index),
                         say("batch.spec.no_match", pattern=pattern, folder=str(base)))
            )
        for match in matches:
            resolved = match.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                label = resolved.relative_to(base).as_posix()
            except ValueError:
                label = resolved.as_posix()
            files.append((label, resolved))
    return files, problems
