"""Overrides: named patches from the scenario file and ad-hoc ``--set PATH=VALUE`` settings.

A patch replaces the value at a dotted path of the raw data before validation, so the patched
scenario is validated like any other. Paths follow the format: keys of sections
(``trust.prior_mean``), names in free mappings (``resources.budget_eur``) and list entries by
position (``actors.0.size``) or, easier to read, by id (``actors.optik-nord.size``). A path the
format does not know is an error that lists the valid keys where it fails; a key the format knows
but the file leaves out (a default) may be set.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from trustmatch.errors import Problem
from trustmatch.i18n.phrase import Phrase, PhraseError, say
from trustmatch.scenario.fields import ROOT, Slot, child_slot, did_you_mean, listing
from trustmatch.scenario.reader import Location, Marks, PathKey, dotted, read_text

COMMAND_LINE = "<command line>"
"""File name shown for problems in ``--override`` and ``--set`` options."""


class PathError(PhraseError):
    """A dotted path that does not lead anywhere in the scenario (the phrase says why)."""


def _fail(key: str, /, **values: Any) -> PathError:
    return PathError(say(f"scenario.override.{key}", **values))


def _where(resolved: list[str | int]) -> Phrase:
    # The dotted form, positions from 0: the form the user writes in --set and overrides.
    if not resolved:
        return say("scenario.override.top_level")
    return say("scenario.override.at", path=dotted(tuple(resolved)))


def _match_name(segments: list[str], start: int, names: Sequence[str]) -> tuple[str, int] | None:
    """Match segments[start:] against names; ids may contain dots, so try the longest first."""
    for end in range(len(segments), start, -1):
        candidate = ".".join(segments[start:end])
        if candidate in names:
            return candidate, end
    return None


def resolve(data: Any, path: str, value: Any = None, apply: bool = False) -> PathKey:
    """Find (and with ``apply`` set) the place a dotted path names in raw scenario data.

    Args:
        data: The scenario as plain data (a dict); changed in place when ``apply`` is set.
        path: Dotted path, e.g. ``actors.optik-nord.max_projects_per_phase``.
        value: The new value.
        apply: Set the value; otherwise only check that the path is valid.

    Returns:
        The path as a tuple, list entries by position.

    Raises:
        PathError: The path names no place of the format or of this scenario.
    """
    segments = path.split(".")
    if not path or any(not s for s in segments):
        raise _fail("not_a_path", path=path)
    slot: Slot | None = ROOT
    node: Any = data
    resolved: list[str | int] = []
    i = 0
    while i < len(segments):
        segment = segments[i]
        step: str | int
        if slot is None or slot.kind == "value":
            raise _fail("single_value", where=_where(resolved), part=segment)
        if slot.kind == "model":
            fields = slot.field_names()
            if segment not in fields:
                raise _fail("unknown_key", key=segment, where=_where(resolved),
                            hint=did_you_mean(segment, fields), names=listing(fields))
            if not resolved and segment == "overrides":
                raise _fail("overrides_itself")
            if not isinstance(node, dict):
                raise _fail("not_a_mapping", where=_where(resolved))
            step, i = segment, i + 1
        elif slot.kind == "mapping":
            if not isinstance(node, dict):
                raise _fail("not_a_mapping", where=_where(resolved))
            names = [str(k) for k in node]
            found = _match_name(segments, i, names)
            if found is None:
                raise _fail("no_entry", where=_where(resolved), name=segment,
                            hint=did_you_mean(segment, names),
                            names=listing(names) or say("scenario.finding.none"))
            step, i = found
        else:  # list or pair
            if not isinstance(node, list):
                raise _fail("not_a_list", where=_where(resolved))
            if segment.isdigit():
                position = int(segment)
                if position >= len(node):
                    raise _fail("no_position", count=len(node), where=_where(resolved),
                                last=str(len(node) - 1), position=str(position))
                step, i = position, i + 1
            else:
                ids = [e.get("id") if isinstance(e, dict) else None for e in node]
                names = sorted({x for x in ids if isinstance(x, str) and x})
                found = _match_name(segments, i, names)
                if found is None:
                    raise _fail("no_id", where=_where(resolved), id=segment,
                                hint=did_you_mean(segment, names),
                                names=listing(names) or say("scenario.finding.none"))
                step, i = ids.index(found[0]), found[1]
        resolved.append(step)
        slot = child_slot(slot, step)
        last = i >= len(segments)
        if last:
            if apply:
                node[step] = value
            break
        child = node.get(step) if isinstance(node, dict) else node[step]  # type: ignore[index]
        if child is None and slot is not None and slot.kind in ("model", "mapping"):
            child = {}
            if apply:
                node[step] = child
        node = child
    return tuple(resolved)


def parse_set(text: str) -> tuple[str, Any]:
    """Split ``PATH=VALUE`` and read VALUE as YAML (``12000``, ``true``, ``[a, b]``, text).

    Raises:
        PathError: There is no ``=`` or the value is not valid YAML.
    """
    path, sep, raw = text.partition("=")
    if not sep:
        raise _fail("not_path_value", text=text)
    if not raw.strip():
        return path.strip(), None
    try:
        value = read_text(raw, COMMAND_LINE).data
    except Exception as error:  # noqa: BLE001 - any reading problem is the user's value
        problems = getattr(error, "problems", None)
        reason: Any = str(error)
        if problems:
            reason = problems[0].phrase if problems[0].phrase is not None else problems[0].message
        raise _fail("unreadable_value", value=raw, reason=reason) from None
    return path.strip(), value


def _definitions(data: Any) -> dict[str, Any]:
    overrides = data.get("overrides") if isinstance(data, dict) else None
    return overrides if isinstance(overrides, dict) else {}


def check_definitions(data: Any, marks: Marks) -> list[Problem]:
    """Return a problem for every path in the file's ``overrides`` that leads nowhere.

    Checked whether or not the override is used, so a typo shows up at ``validate`` time.
    """
    problems: list[Problem] = []
    for name, patch in _definitions(data).items():
        if not isinstance(patch, dict):
            continue  # validation reports that the override is not a mapping
        for path in patch:
            try:
                resolve(data, str(path))
            except PathError as error:
                where = marks.locate(("overrides", name, path), prefer_key=True)
                problems.append(
                    Problem.said(
                        where.file, where.line, where.column, f"overrides.{name}",
                        say("scenario.override.in_definition", path=str(path),
                            reason=error.phrase),
                    )
                )
    return problems


def _capacity_path(data: Any, path: str, value: Any) -> str:
    """Return ``resources.X.capacity`` for a number set on a resource written with its words.

    ``--set resources.budget_eur=12000`` then changes the capacity and keeps the label and unit
    of ``budget_eur: {capacity: 30000, label: Budget, unit: €}``.
    """
    parts = path.split(".")
    resources = data.get("resources") if isinstance(data, dict) else None
    if (
        len(parts) == 2 and parts[0] == "resources" and isinstance(resources, dict)
        and isinstance(resources.get(parts[1]), dict)
        and isinstance(value, (int, float)) and not isinstance(value, bool)
    ):
        return path + ".capacity"
    return path


def apply_overrides(
    data: Any, marks: Marks, names: Sequence[str], sets: Sequence[str]
) -> list[Problem]:
    """Apply named overrides, then ``--set`` settings, in order, to raw data in place.

    Locations of changed values are moved to where the change was defined: the override's line
    in the file, or ``<command line>`` for ``--set``.

    Args:
        data: The scenario as plain data (a dict).
        marks: Locations of ``data``; updated for every changed value.
        names: Names of overrides defined in the file's ``overrides`` section.
        sets: ``PATH=VALUE`` texts.

    Returns:
        Problems with the overrides or settings (those that fail are skipped).
    """
    problems: list[Problem] = []
    defined = _definitions(data)
    command_line = Marks(default=Location(COMMAND_LINE))
    for name in names:
        patch = defined.get(name)
        if patch is None:
            choices = sorted(str(n) for n in defined)
            known = (
                say("scenario.override.defined", names=listing(choices)) if choices
                else say("scenario.override.none_defined")
            )
            problems.append(Problem.said(
                COMMAND_LINE, None, None, "",
                say("scenario.override.unknown", name=name, hint=did_you_mean(name, choices),
                    known=known),
            ))
            continue
        if not isinstance(patch, dict):
            continue  # validation reports it
        for path, value in patch.items():
            try:
                target = _capacity_path(data, str(path), value)
                resolved = resolve(data, target, copy.deepcopy(value), apply=True)
            except PathError:
                continue  # check_definitions reports it at the override's line
            marks.replace_subtree(resolved, marks, ("overrides", name, path))
    for text in sets:
        try:
            path, value = parse_set(text)
            resolved = resolve(data, _capacity_path(data, path, value), value, apply=True)
        except PathError as error:
            problems.append(Problem.said(
                COMMAND_LINE, None, None, "",
                say("scenario.override.in_set", text=text, reason=error.phrase),
            ))
            continue
        marks.replace_subtree(resolved, command_line, ())
    return problems
