"""The planner's plain-words reasons (who was left out, why a need is open) in the reader's words.

The planner (:mod:`trustmatch.explain`) writes its reasons as English sentences with members'
names, labels, resource keys and numbers inside. Each known sentence form is matched by a
pattern and said again from the message catalogue (``report.reason.…``) in the reader's
language, with the same names, the scenario's labels in that language, resources by their name
and numbers in the language's format. A sentence of an unknown form is shown as it is, so a new
wording in the planner degrades to the planner's text, never to a wrong statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from trustmatch.i18n import catalogue, format_number, join_list, message

_MORE = r"(?: \(and (?P<more>\d+) more participants\))?"
_NUMBER = r"[\d.]+"
_COMPETITORS = rf"(?: \(competitors (?P<c>{_NUMBER}), sensitivity (?P<s>\w+)\))?"
_AMOUNT = r"[\d ,.]+"

AmountFormatter = Callable[[str, float], str]
"""Formats an amount of a resource (key, value) for the reader, e.g. ``960 €``."""


@dataclass(frozen=True)
class _Context:
    lang: str
    labels: Mapping[str, str]
    amount: AmountFormatter | None


def _number(text: str, lang: str, digits: int = 2) -> str:
    return format_number(float(text), lang, digits)


def _parse_amount(text: str) -> float | None:
    cleaned = text.replace(" ", "").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _trust_values(m: re.Match[str], c: _Context, *names: str) -> dict[str, str]:
    return {name: _number(m[name], c.lang) for name in names if m[name]}


def _label(text: str, c: _Context) -> str:
    return c.labels.get(text, text)


def _labels(text: str, c: _Context, quoted: bool = False) -> str:
    """Return a list the planner joined ("'A' and 'B'", "x:1, y:2 and z:3") in the reader's words.

    Each item is looked up alone; a text that does not split into known items stays as it is.
    """
    items = re.split(r", | and ", text)
    if quoted:
        items = [item.strip("'") for item in items]
    if len(items) > 1 and not all(item in c.labels for item in items):
        items = [text.strip("'") if quoted else text]
    named = [_label(item, c) for item in items]
    if quoted:
        named = [message("common.quoted", c.lang, text=item) for item in named]
    return join_list(named, c.lang)


def _extras(m: re.Match[str], c: _Context) -> dict[str, str]:
    """The optional parts: competitors' threshold and sensitivity, further participants."""
    values = {"competitors": "", "more": ""}
    if "c" in m.re.groupindex and m["c"]:
        level = message(f"common.sensitivity.{m['s']}", c.lang) if m["s"] in (
            "none", "low", "medium", "high") else m["s"]
        values["competitors"] = message("report.reason.part_competitors", c.lang,
                                        value=_number(m["c"], c.lang), level=level)
    if "more" in m.re.groupindex and m["more"]:
        values["more"] = message("report.reason.part_more", c.lang, count=int(m["more"]))
    return values


def _resource(m: re.Match[str], c: _Context) -> dict[str, str]:
    key = m["r"]
    values = {"resource": c.labels.get(key, key)}
    for name in ("n", "m"):
        if name in m.re.groupindex:
            value = _parse_amount(m[name])
            if value is not None and c.amount is not None:
                values[name] = c.amount(key, value)
            elif value is not None:
                values[name] = format_number(value, c.lang)
            else:
                values[name] = m[name]
    return values


Rewrite = Callable[[re.Match[str], _Context], dict[str, object]]

_PATTERNS: list[tuple[re.Pattern[str], str, Rewrite]] = [
    (re.compile(rf"(?P<a>.+?) trusts too few of the other interested members at least "
                rf"(?P<x>{_NUMBER}){_COMPETITORS} to form a group of (?P<n>\d+)\.?"),
     "trusts_too_few",
     lambda m, c: {"name": m["a"], "count": int(m["n"]), **_trust_values(m, c, "x"),
                   **_extras(m, c)}),
    (re.compile(rf"(?P<a>.+?) and (?P<b>.+) trust each other only (?P<x>{_NUMBER}); the project "
                rf"needs (?P<y>{_NUMBER})(?: \((?P<k>\d+) such pairs\))?\."),
     "pair_too_low",
     lambda m, c: {"first": m["a"], "second": m["b"], **_trust_values(m, c, "x", "y"),
                   "pairs": message("report.reason.part_pairs", c.lang, count=int(m["k"]))
                   if m["k"] else ""}),
    (re.compile(rf"project type '(?P<t>.+)' needs (?P<n>\d+) participants who trust each other "
                rf"at least (?P<x>{_NUMBER}){_COMPETITORS}; among the (?P<k>\d+) members "
                rf"interested in it no such group exists yet\.?"),
     "no_group_yet",
     lambda m, c: {"type": _label(m["t"], c), "count": int(m["n"]), "members": m["k"],
                   **_trust_values(m, c, "x"), **_extras(m, c)}),
    (re.compile(r"(?P<a>.+) already takes part in (?P<n>\d+) projects this phase "
                r"\(its limit is (?P<m>\d+)\)\."),
     "at_limit",
     lambda m, c: {"name": m["a"], "count": int(m["n"]), "limit": m["m"]}),
    (re.compile(rf"(?P<a>.+?) competes with (?P<b>.+); their trust (?P<x>{_NUMBER}) is below "
                rf"the (?P<y>{_NUMBER}) competitors need for a project of sensitivity "
                rf"'(?P<s>\w+)'{_MORE}\."),
     "competitor_trust",
     lambda m, c: {"first": m["a"], "second": m["b"], **_trust_values(m, c, "x", "y"),
                   "level": message(f"common.sensitivity.{m['s']}", c.lang)
                   if m["s"] in ("none", "low", "medium", "high") else m["s"],
                   "more": _extras(m, c)["more"]}),
    (re.compile(rf"Trust between (?P<a>.+?) and (?P<b>.+) is (?P<x>{_NUMBER}), below the "
                rf"(?P<y>{_NUMBER}) this project needs{_MORE}\."),
     "trust_below",
     lambda m, c: {"first": m["a"], "second": m["b"], **_trust_values(m, c, "x", "y"),
                   "more": _extras(m, c)["more"]}),
    (re.compile(r"The project is full \((?P<n>\d+) participants at most\)\."),
     "full", lambda m, c: {"count": int(m["n"])}),
    (re.compile(r"Its need on (?P<l>.+) is already served by (?P<w>.+)\."),
     "already_served",
     lambda m, c: {"need": _labels(m["l"], c, quoted=True), "project": _labels(m["w"], c)}),
    (re.compile(rf"Joining would serve (?P<a>.+?) much more of its needs than its competitor "
                rf"(?P<b>.+) gets this phase \(served shares may differ by at most "
                rf"(?P<t>{_NUMBER})\)\."),
     "balance_join",
     lambda m, c: {"first": m["a"], "second": m["b"], **_trust_values(m, c, "t")}),
    (re.compile(rf"Not enough (?P<r>.+?) left: one more participant needs (?P<n>{_AMOUNT}), "
                rf"(?P<m>{_AMOUNT}) remain\."),
     "resource_left", _resource),
    (re.compile(r"Adding (?P<a>.+) would not improve the plan: its cost outweighs what it adds "
                r"here, or its capacity is better used in another project\."),
     "not_worth_it", lambda m, c: {"name": m["a"]}),
    (re.compile(r"(?P<a>.+) takes part in no projects \(its capacity per phase is 0\)\."),
     "no_capacity", lambda m, c: {"name": m["a"]}),
    (re.compile(r"No project type addresses '(?P<l>.+)'; add a project type \(or an explicit "
                r"project\) for it\."),
     "no_type", lambda m, c: {"need": _label(m["l"], c)}),
    (re.compile(r"No other member states this need: recruit a member who shares '(?P<l>.+)' "
                r"\(a supplier, start-up or research partner\) so that a joint project becomes "
                r"possible\."),
     "sole", lambda m, c: {"need": _label(m["l"], c)}),
    (re.compile(r"Only (?P<n>\d+) members state this need, fewer than the (?P<m>\d+) "
                r"participants the smallest project type for it needs: recruit members who "
                r"share '(?P<l>.+)'\."),
     "too_few", lambda m, c: {"count": int(m["n"]), "least": m["m"], "need": _label(m["l"], c)}),
    (re.compile(r"(?P<a>.+) already takes part in (?P<n>\d+) projects \(its limit\): other "
                r"projects served more of its needs\."),
     "busy", lambda m, c: {"name": m["a"], "count": int(m["n"])}),
    (re.compile(rf"Competitor balance: serving it would put (?P<a>.+?) too far ahead of its "
                rf"competitor (?P<b>.+) \(served shares may differ by at most "
                rf"(?P<t>{_NUMBER})\); a project that serves (?P<c2>.+) too would make room for "
                rf"it\."),
     "balance_need",
     lambda m, c: {"first": m["a"], "second": m["b"], "third": m["c2"],
                   **_trust_values(m, c, "t")}),
    (re.compile(r"Not enough (?P<r>.+?) left for a project on it: the resources went to "
                r"projects worth more; more resources would allow it\."),
     "resource_spent", _resource),
    (re.compile(r"No valid group could be formed for it this phase: the other members who share "
                r"it are kept out by their capacity or the competitor balance, or it was worth "
                r"less than its cost\."),
     "no_valid_group", lambda m, c: {}),
]
"""Known English sentence forms, their catalogue key and the values they fill in (full match)."""

TRUST_PREFIX = "Not enough trust yet: "
"""How the planner starts a reason that only missing trust causes (its rest is a reason)."""


def reason_in(
    lang: str,
    reason: str,
    labels: Mapping[str, str] | None = None,
    amount: AmountFormatter | None = None,
) -> str:
    """Return a planner reason in the reader's language and words (unknown forms as they are).

    Args:
        lang: ``en`` or ``de``.
        reason: The planner's English reason.
        labels: The scenario's labels and resource keys as the planner writes them -> the names
            in ``lang`` (from :func:`trustmatch.i18n.words.label_translations`).
        amount: Formats an amount of a resource (key, value), e.g. ``960 €``.
    """
    context = _Context(lang, labels or {}, amount)
    if reason.startswith(TRUST_PREFIX):
        rest = reason_in(lang, reason[len(TRUST_PREFIX):], labels, amount)
        return message("report.reason.trust_first", lang, text=rest)
    for pattern, key, rewrite in _PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            values = rewrite(match, context)
            count = values.pop("count", None)
            full = f"report.reason.{key}"
            if full not in catalogue(lang):
                return reason
            return message(full, lang, count=count, **values)
    return reason
