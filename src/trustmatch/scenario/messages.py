"""Turn pydantic's validation errors into plain-words findings at dotted paths of the file."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from trustmatch.scenario.fields import ROOT, Slot, child_slot, did_you_mean, listing

PathKey = tuple[str | int, ...]
"""A dotted path as a tuple: mapping keys are strings, list positions integers."""


@dataclass(frozen=True)
class Finding:
    """A problem found in scenario data, before it is located in a file.

    Attributes:
        path: Where, as a path tuple.
        message: What is wrong, in plain words.
        severity: ``error`` or ``warning``.
        at_key: Point at the key naming the value rather than at the value (unknown keys).
    """

    path: PathKey
    message: str
    severity: Literal["error", "warning"] = "error"
    at_key: bool = False


def shown(value: Any) -> str:
    """Return a value as a consultant would write it in YAML (shortened when long)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (empty)"
    if isinstance(value, float) and math.isnan(value):
        return ".nan"
    if isinstance(value, float) and math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f"'{text}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _walk(
    data: Any, slot: Slot | None, loc: tuple[Any, ...]
) -> tuple[PathKey, Any, Slot | None, bool]:
    """Follow pydantic's location through the data, dropping union-branch labels.

    Returns the cleaned path, the value found there, its slot and whether a label was dropped.
    """
    path: list[str | int] = []
    dropped = False
    for step in loc:
        is_key = isinstance(data, dict) and isinstance(step, str) and not _union_label(step, data)
        is_field = slot is not None and slot.kind == "model" and step in slot.field_names()
        is_position = isinstance(data, list) and isinstance(step, int)
        if not (is_key or is_field or is_position):
            dropped = True  # e.g. "literal['any']": which alternative of a union failed
            continue
        path.append(step)
        slot = child_slot(slot, step) if slot is not None else None
        if is_key or is_position:
            try:
                data = data[step]
            except (KeyError, IndexError):
                data = None
        else:
            data = None
    return tuple(path), data, slot, dropped


_UNION_LABEL = re.compile(r"^(?:[A-Z]\w*|function-\w+\[.*\]|constrained-\w+|\w+\[.*\])$")
"""How pydantic names the alternative of a union that failed (a model, a constrained type)."""


def _union_label(step: str, data: dict) -> bool:
    """Whether ``step`` names a union alternative rather than a key of the mapping ``data``."""
    return step not in data and _UNION_LABEL.match(step) is not None


def _plain(error: dict[str, Any], value: Any, parent_slot: Slot | None, name: str) -> str:
    """Return pydantic's error as a sentence for a consultant."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = f" (got {shown(value)})"
    if kind == "extra_forbidden":
        allowed = parent_slot.field_names() if parent_slot is not None else []
        hint = did_you_mean(name, allowed)
        if not hint and allowed:
            hint = f"; allowed here: {listing(allowed)}"
        if value is None and " " in name:
            hint += (
                "; if this is the end of a text that contains a comma, put the whole text in "
                "quotes"
            )
        return f"unknown key '{name}'{hint}"
    if kind in ("finite_number",):
        return f"must be a finite number (NaN and infinity are not allowed){got}"
    if kind in ("float_type", "float_parsing"):
        return f"must be a number{got}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number{got}"
    if kind in ("bool_type", "bool_parsing"):
        return f"must be true or false{got}"
    if kind == "string_type":
        return f"must be text{got}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "greater_than_equal":
        return f"must be at least {_number(ctx.get('ge'))}{got}"
    if kind == "greater_than":
        return f"must be more than {_number(ctx.get('gt'))}{got}"
    if kind == "less_than_equal":
        return f"must be at most {_number(ctx.get('le'))}{got}"
    if kind == "less_than":
        return f"must be less than {_number(ctx.get('lt'))}{got}"
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        hint = did_you_mean(str(value), expected) if isinstance(value, str) else ""
        return f"must be one of {listing(expected)}{got}{hint}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"must be a mapping of keys to values{got}"
    if kind in ("list_type", "tuple_type"):
        if parent_slot is not None and parent_slot.kind == "pair":
            return f"must be a pair of two actor ids, e.g. [a, b]{got}"
        return f"must be a list{got}"
    if kind == "too_short":
        return f"must have at least {ctx.get('min_length')} entries"
    if kind == "too_long":
        return f"must have at most {ctx.get('max_length')} entries"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    if kind == "missing":
        return f"the required key '{name}' is missing"
    return str(error["msg"])


def findings_from_validation(error: ValidationError, data: Any) -> list[Finding]:
    """Return one finding per distinct problem pydantic found in scenario ``data``.

    Args:
        error: What ``Scenario.model_validate(data)`` raised.
        data: The data that was validated (used to follow locations and show values).
    """
    findings: list[Finding] = []
    seen: set[PathKey] = set()
    for item in error.errors(include_url=False):
        path, value, _slot, dropped = _walk(data, ROOT, tuple(item["loc"]))
        kind = item["type"]
        if kind == "missing" and len(path) >= 1 and isinstance(path[-1], int):
            # A pair with one actor: pydantic reports the missing second item.
            findings.append(Finding(path[:-1], "must be a pair of two actor ids, e.g. [a, b]"))
            continue
        if dropped:
            # A resource is a number or a mapping: the alternative the user wrote explains it.
            if isinstance(value, dict) and kind in ("float_type", "float_parsing"):
                continue
            if not isinstance(value, dict) and kind in ("model_type", "model_attributes_type",
                                                         "dict_type"):
                continue
            if isinstance(value, list) and kind == "literal_error":
                continue  # the list alternative of a union explains the problem better
            if kind == "list_type" and not isinstance(value, list):
                continue
            if kind == "literal_error":
                expected = re.findall(r"'([^']*)'", str((item.get("ctx") or {}).get("expected")))
                findings.append(
                    Finding(
                        path,
                        f"must be {' or '.join(repr(e) for e in expected)} "
                        f"or a list of need ids (got {shown(value)})",
                    )
                )
                continue
        if path in seen and kind != "extra_forbidden":
            continue
        seen.add(path)
        parent_path, _parent, parent_slot, _ = _walk(data, ROOT, path[:-1])
        name = str(path[-1]) if path else ""
        if kind == "missing":
            findings.append(Finding(parent_path, _plain(item, None, parent_slot, name)))
        elif kind == "extra_forbidden":
            findings.append(Finding(path, _plain(item, value, parent_slot, name), at_key=True))
        else:
            findings.append(Finding(path, _plain(item, value, parent_slot, name)))
    return findings
