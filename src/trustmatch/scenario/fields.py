"""What the scenario format allows at a dotted path: used for "did you mean" and for overrides."""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from trustmatch.i18n.phrase import Joined, Phrase, joined, say
from trustmatch.scenario.models import Scenario


@dataclass(frozen=True)
class Slot:
    """The kind of value the format expects at one place.

    Attributes:
        kind: ``model`` (fixed keys), ``mapping`` (free names), ``list``, ``pair`` or ``value``.
        model: The pydantic model when ``kind`` is ``model``.
        item: The expected type of entries (mapping values, list items).
    """

    kind: Literal["model", "mapping", "list", "pair", "value"]
    model: type[BaseModel] | None = None
    item: Any = None

    def field_names(self) -> list[str]:
        """Return the keys a ``model`` slot allows, in the order of the format."""
        return list(self.model.model_fields) if self.model is not None else []


def _unwrap(annotation: Any) -> list[Any]:
    """Return the alternatives of an annotation without Annotated and None."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        options: list[Any] = []
        for arg in get_args(annotation):
            if arg is not type(None):
                options.extend(_unwrap(arg))
        return options
    return [annotation]


def slot_of(annotation: Any) -> Slot:
    """Return the slot described by a type annotation (containers win over plain values)."""
    options = _unwrap(annotation)
    for option in options:
        if isinstance(option, type) and issubclass(option, BaseModel):
            return Slot("model", model=option)
    for option in options:
        origin = get_origin(option)
        if origin is dict:
            return Slot("mapping", item=get_args(option)[1])
        if origin is list:
            return Slot("list", item=get_args(option)[0])
        if origin is tuple:
            return Slot("pair", item=get_args(option)[0])
    return Slot("value", item=annotation)


ROOT = Slot("model", model=Scenario)
"""The slot of a whole scenario file."""


def child_slot(slot: Slot, step: str | int) -> Slot | None:
    """Return the slot one step below ``slot`` (None when the format has no such place)."""
    if slot.kind == "model":
        assert slot.model is not None
        info = slot.model.model_fields.get(str(step))
        return None if info is None else slot_of(info.annotation)
    if slot.kind in ("mapping", "list", "pair"):
        return slot_of(slot.item)
    return None


def slot_at(path: tuple[str | int, ...]) -> Slot | None:
    """Return the slot at a dotted path of a scenario (None when the format has no such place)."""
    slot: Slot | None = ROOT
    for step in path:
        if slot is None:
            return None
        slot = child_slot(slot, step)
    return slot


def did_you_mean(word: str, choices: typing.Iterable[str]) -> Phrase | str:
    """Return the hint ``; did you mean 'x'?`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return say("scenario.finding.did_you_mean", name=close[0]) if close else ""


def listing(choices: typing.Iterable[str], limit: int = 25) -> Joined:
    """Return choices as ``a, b, c`` (shortened with a count when there are many)."""
    items = list(choices)
    if len(items) > limit:
        more = say("scenario.finding.more", count=len(items) - limit)
        return joined([", ".join(items[:limit]), more], ", ")
    return joined([", ".join(items)])
