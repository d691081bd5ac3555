"""The planner's reasons and explanations, said in one language from the message catalogue.

The planner stores every reason as data (:class:`~trustmatch.results.Reason`: a catalogue key
and typed values: member ids, need ids, amounts of a resource, numbers, nested reasons). This
module builds those values (:func:`actor`, :func:`needs`, :func:`amount`, …) and says a reason
in the reader's language (:func:`say_reason`): members by name, needs and project types by the
scenario's labels in that language, amounts in the resource's unit, numbers in the language's
format. No sentence is ever translated from English text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trustmatch.i18n import catalogue, format_amount, format_number, message
from trustmatch.i18n.words import ScenarioWords
from trustmatch.results import ProjectRef, Reason, ReasonParam

OLD_RESULT_KEY = "plan.reason.from_older_result"
"""Said for a reason of a result written before reasons were stored as data."""


def reason(key: str, **params: ReasonParam) -> Reason:
    """Return the reason ``key`` naming ``params`` (see :class:`~trustmatch.results.Reason`)."""
    return Reason(key=key, params=params)


def actor(actor_id: str) -> ReasonParam:
    """A member, said by name."""
    return ReasonParam(kind="actor", value=actor_id)


def actors(actor_ids: Sequence[str]) -> ReasonParam:
    """Members, said by name as a readable list."""
    return ReasonParam(kind="actors", value=list(actor_ids))


def need(need_id: str) -> ReasonParam:
    """A need or theme, said by its label in quotation marks."""
    return ReasonParam(kind="need", value=need_id)


def needs(need_ids: Sequence[str]) -> ReasonParam:
    """Needs or themes, said by their labels in quotation marks as a readable list."""
    return ReasonParam(kind="needs", value=list(need_ids))


def project_type(type_id: str) -> ReasonParam:
    """A project type, said by its name."""
    return ReasonParam(kind="type", value=type_id)


def projects(refs: Sequence[ProjectRef]) -> ReasonParam:
    """Planned projects, said by their names as a readable list."""
    return ReasonParam(kind="projects", value=list(refs))


def resource(key: str) -> ReasonParam:
    """A resource, said by its name."""
    return ReasonParam(kind="resource", value=key)


def amount(key: str, value: float) -> ReasonParam:
    """An amount of a resource, said in its unit (``1.500 €``, ``24 h``)."""
    return ReasonParam(kind="amount", value=round(float(value), 6), resource=key)


def uses(amounts: Mapping[str, float]) -> ReasonParam:
    """What a project uses of every resource, said as a readable list."""
    return ReasonParam(kind="uses", value={k: round(float(v), 6) for k, v in amounts.items()})


def count(value: int) -> ReasonParam:
    """A whole number (named ``count``, it also chooses the plural form)."""
    return ReasonParam(kind="count", value=int(value))


def number(value: float) -> ReasonParam:
    """A value such as a fixed project's worth, said whole or with one decimal."""
    return ReasonParam(kind="number", value=round(float(value), 6))


def decimal(value: float) -> ReasonParam:
    """A trust value or a share, said with two decimals."""
    return ReasonParam(kind="decimal", value=round(float(value), 6))


def level(sensitivity: str) -> ReasonParam:
    """A sensitivity level, said by its name."""
    return ReasonParam(kind="level", value=sensitivity)


def word(key: str) -> ReasonParam:
    """A word or phrase of the catalogue (``themes.fit.supplier.recruit``)."""
    return ReasonParam(kind="word", value=key)


def text(value: str) -> ReasonParam:
    """The members' own words, said as they are."""
    return ReasonParam(kind="text", value=value)


def quote(value: str) -> ReasonParam:
    """The members' own words, quoted (``„…“`` / ``“…”``)."""
    return ReasonParam(kind="quote", value=value)


def nested(inner: Reason) -> ReasonParam:
    """A reason inside a reason (said as a whole sentence)."""
    return ReasonParam(kind="reason", value=inner)


def say_reason(said: Reason, words: ScenarioWords) -> str:
    """Return a reason as a sentence in the words' language.

    Args:
        said: The reason (a catalogue key and its values).
        words: The scenario's words in the reader's language.

    Returns:
        The sentence. A reason without a key (from a result written before reasons were stored
        as data) is the catalogue's advice to plan again, never the stored English text.

    Raises:
        KeyError: The key is not in the language's catalogue.
    """
    if not said.key:
        return message(OLD_RESULT_KEY, words.lang)
    values = {name: say_param(param, words) for name, param in said.params.items()}
    plural = said.params.get("count")
    if isinstance(catalogue(words.lang)[said.key], Mapping):
        values.pop("count", None)  # message() says the count itself
        number = float(plural.value) if plural is not None else 1.0  # type: ignore[arg-type]
        return message(said.key, words.lang, count=number, **values)
    return message(said.key, words.lang, **values)


def say_param(param: ReasonParam, words: ScenarioWords) -> str:
    """Return one value of a reason as the reader says it (see :class:`ReasonParam`)."""
    kind, value, lang = param.kind, param.value, words.lang
    if kind == "actor":
        return words.actor(str(value))
    if kind == "actors":
        return words.join(words.actors(value))  # type: ignore[arg-type]
    if kind == "need":
        return words.quoted_need(str(value))
    if kind == "needs":
        return words.needs(value)  # type: ignore[arg-type]
    if kind == "type":
        return words.project_type(str(value))
    if kind == "projects":
        return words.join([words.project(ref.id, ref.type, ref.needs, ref.label)
                           for ref in value])  # type: ignore[union-attr]
    if kind == "resource":
        return words.resource(str(value))
    if kind == "amount":
        return words.amount(str(param.resource), float(value))  # type: ignore[arg-type]
    if kind == "uses":
        amounts = [message("plan.why.amount", lang, amount=words.amount(key, value[key]),
                           resource=words.resource(key))
                   for key in words.ordered(value)]  # type: ignore[arg-type,index]
        return words.join(amounts) or message("plan.why.no_cost", lang)
    if kind == "count":
        return format_number(float(value), lang)  # type: ignore[arg-type]
    if kind == "number":
        return format_amount(float(value), lang)  # type: ignore[arg-type]
    if kind == "decimal":
        return format_number(float(value), lang, 2)  # type: ignore[arg-type]
    if kind == "level":
        return message(f"common.sensitivity.{value}", lang)
    if kind == "word":
        return message(str(value), lang)
    if kind == "quote":
        return message("common.quoted", lang, text=str(value))
    if kind == "reason":
        return say_reason(value, words)  # type: ignore[arg-type]
    return str(value)


def said_in_english(said: Reason, words: ScenarioWords) -> str:
    """Return the English sentence stored next to a reason (``reason``, ``why`` fields)."""
    if words.lang != "en":
        words = ScenarioWords(words.scenario, "en", words.theme_labels)
    return say_reason(said, words)


def keys_used(said: Reason) -> list[str]:
    """Return the catalogue keys a reason's sentence is made of (its own and nested ones)."""
    found = [said.key] if said.key else []
    for param in said.params.values():
        if param.kind == "reason" and isinstance(param.value, Reason):
            found += keys_used(param.value)
        elif param.kind == "word":
            found.append(str(param.value))
    for param in said.params.values():
        if param.kind == "uses":
            found.append("plan.why.amount" if param.value else "plan.why.no_cost")
    return found
