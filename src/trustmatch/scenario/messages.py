"""Turn pydantic's validation errors into plain-words findings at dotted paths of the file.

A finding carries a catalogue phrase, not a sentence: it is written in the reader's language
when it is shown (``trustmatch validate --lang de``), and in English for logs and JSON keys.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from trustmatch.i18n.phrase import Joined, Phrase, PhraseError, joined, say
from trustmatch.scenario.fields import ROOT, Slot, child_slot, did_you_mean, listing

PathKey = tuple[str | int, ...]
"""A dotted path as a tuple: mapping keys are strings, list positions integers."""


@dataclass(frozen=True)
class Finding:
    """A problem found in scenario data, before it is located in a file.

    Attributes:
        path: Where, as a path tuple.
        phrase: What is wrong, as a catalogue phrase (written in the reader's language when it
            is shown).
        severity: ``error`` or ``warning``.
        at_key: Point at the key naming the value rather than at the value (unknown keys).
    """

    path: PathKey
    phrase: Phrase | Joined
    severity: Literal["error", "warning"] = "error"
    at_key: bool = False

    @property
    def key(self) -> str | None:
        """The catalogue key of the message (None for joined pieces)."""
        return getattr(self.phrase, "key", None)

    @property
    def message(self) -> str:
        """What is wrong, in English (for logs, JSON and code that wants a plain string)."""
        return self.phrase.render("en")


def shown(value: Any) -> str | Phrase:
    """Return a value as a consultant would write it in YAML (shortened when long).

    Values written in words (``nothing (empty)``, ``a mapping``) are phrases, so they are
    written in the reader's language.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return say("scenario.shown.empty")
    if isinstance(value, float) and math.isnan(value):
        return ".nan"
    if isinstance(value, float) and math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f"'{text}'"
    if isinstance(value, dict):
        return say("scenario.shown.mapping")
    if isinstance(value, list):
        return say("scenario.shown.list")
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


def _plain(error: dict[str, Any], value: Any, parent_slot: Slot | None, name: str) -> Any:
    """Return pydantic's error as a phrase for a consultant."""
    allowed = parent_slot.field_names() if parent_slot is not None else []
    pair = parent_slot is not None and parent_slot.kind == "pair"
    return error_phrase(error, value, name, allowed, pair)


def error_phrase(
    error: Mapping[str, Any], value: Any, name: str, allowed: Sequence[str] = (),
    pair: bool = False,
) -> Phrase | Joined:
    """Return one of pydantic's errors as a phrase in plain words (also used for ledgers).

    Args:
        error: One item of ``ValidationError.errors()``.
        value: The value the error is about (shown as the user wrote it).
        name: The last key of the error's path (the unknown or missing key).
        allowed: The keys allowed where the error is (for "did you mean").
        pair: The value should be a pair of actor ids.
    """
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = shown(value)

    def finding(key: str, **values: Any) -> Phrase:
        return say(f"scenario.finding.{key}", **values)

    if kind == "extra_forbidden":
        hint: Any = did_you_mean(name, allowed)
        if not hint and allowed:
            hint = finding("allowed_here", names=listing(allowed))
        if value is None and " " in name:
            hint = joined([hint, finding("quote_the_comma")])
        return finding("unknown_key", name=name, hint=hint)
    if kind in ("finite_number",):
        return finding("not_finite", got=got)
    if kind in ("float_type", "float_parsing"):
        return finding("not_a_number", got=got)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return finding("not_a_whole_number", got=got)
    if kind in ("bool_type", "bool_parsing"):
        return finding("not_true_or_false", got=got)
    if kind == "string_type":
        return finding("not_text", got=got)
    if kind.startswith(("date_", "datetime_")):
        return finding("not_a_date", got=got)
    if kind == "string_pattern_mismatch":
        return finding("not_an_email" if name == "email" else "bad_pattern", got=got)
    if kind == "string_too_short":
        return finding("empty")
    if kind == "string_too_long":
        return finding("too_long", count=int(ctx.get("max_length") or 0))
    if kind == "greater_than_equal":
        return finding("at_least", bound=_bound(ctx.get("ge")), got=got)
    if kind == "greater_than":
        return finding("more_than", bound=_bound(ctx.get("gt")), got=got)
    if kind == "less_than_equal":
        return finding("at_most", bound=_bound(ctx.get("le")), got=got)
    if kind == "less_than":
        return finding("less_than", bound=_bound(ctx.get("lt")), got=got)
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        hint = did_you_mean(str(value), expected) if isinstance(value, str) else ""
        return finding("one_of", names=listing(expected), got=got, hint=hint)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return finding("not_a_mapping", got=got)
    if kind in ("list_type", "tuple_type"):
        if pair:
            return finding("not_a_pair_got", got=got)
        return finding("not_a_list", got=got)
    if kind == "too_short":
        return finding("too_few_entries", count=int(ctx.get("min_length") or 0))
    if kind == "too_long":
        return finding("too_many_entries", count=int(ctx.get("max_length") or 0))
    if kind == "value_error":
        raised = ctx.get("error")
        if isinstance(raised, PhraseError):
            return raised.phrase
        return finding("as_said", text=str(error["msg"]).removeprefix("Value error, "))
    if kind == "missing":
        return finding("missing", name=name)
    return finding("as_said", text=str(error["msg"]))


def _bound(value: Any) -> int | float | str:
    """Return a bound of a range as a number (written per language), whole when it is whole."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)):
        return value
    return str(value)


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
            findings.append(Finding(path[:-1], say("scenario.finding.not_a_pair")))
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
                choices = joined([repr(e) for e in expected], say("scenario.finding.or"))
                findings.append(
                    Finding(
                        path,
                        say("scenario.finding.word_or_need_ids", choices=choices,
                            got=shown(value)),
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
