"""Unserved needs grouped by need, with a hint which kind of new member would close the gap.

The hint follows two simple, documented rules (the report prints them, ``recruit_rules``):

1. **The need's words** (theme label and the members' own statements, English or German) are
   matched against keyword stems, checked in this order: research and technology -> a research
   partner; skills, training and students -> a university; materials, purchasing, parts and
   logistics -> a supplier; founders, investors and new ideas -> a start-up; markets, export and
   visibility -> an established company.
2. Otherwise **who states it** decides: when only start-ups, universities, research institutes,
   associations or public bodies state it -> an established company; else (firms state it) a
   research partner for a medium or highly sensitive need, a supplier for the rest.

A need that only missing trust keeps unserved is marked ``trust_limited``: the report then
advises to build trust with starter projects first rather than to recruit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trustmatch.results import Theme, UnservedNeed
from trustmatch.scenario.models import Scenario

RECRUIT_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("research", (
        "research", "r&d", "forschung", "entwicklung", "technolog", "prototyp", "laborator",
        "labor", "testing", "prüf", "patent", "measurement", "messtechnik", "cleanroom",
        "reinraum", "simulation", "material science", "werkstoff",
    )),
    ("university", (
        "skilled", "fachkr", "worker", "talent", "apprentic", "azubi", "ausbild", "training",
        "weiterbild", "student", "graduate", "absolvent", "nachwuchs", "ingenieur", "engineer",
        "course", "schulung", "qualifi",
    )),
    ("supplier", (
        "purchas", "einkauf", "raw material", "rohstoff", "material", "supply", "supplie",
        "liefer", "parts", "teile", "component", "komponent", "logistic", "logistik", "energy",
        "energie", "beschaffung", "warehous", "lager",
    )),
    ("startup", (
        "founder", "gründ", "investor", "start-up", "startup", "venture", "digital", "software",
        "idea", "idee", "innovation",
    )),
    ("company", (
        "market", "markt", "märkt", "export", "visib", "sichtbar", "trade fair", "messe",
        "customer", "kunde", "sales", "vertrieb", "marketing", "brand",
    )),
)
"""Recruiting kind -> keyword stems (matched at the start of a word, case-insensitive)."""

TRUST_REASON_PREFIX = "Not enough trust yet"
"""How the planner starts the reason of a need that only missing trust keeps unserved."""

NON_FIRM_KINDS: frozenset[str] = frozenset(
    {"startup", "university", "research", "association", "public"}
)
"""Kinds of member that mostly need an established company as partner."""

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + ")", re.IGNORECASE))
    for kind, stems in RECRUIT_KEYWORDS
)


@dataclass(frozen=True)
class RecruitingHint:
    """Which kind of member to recruit for an unserved need, and on which rule.

    Attributes:
        kind: ``research``, ``university``, ``supplier``, ``startup`` or ``company``.
        rule: ``words`` (the need's words decided) or ``stater`` (who states it decided).
    """

    kind: str
    rule: str


@dataclass(frozen=True)
class UnservedGroup:
    """One unserved need with everyone who states it.

    Attributes:
        need: Theme id.
        label: Readable label.
        actors: Ids of the members whose need it is (sorted).
        reasons: The distinct reasons given by the planner, in order of first appearance.
        sole: Whether only one member states the need at all (nobody to share it with).
        trust_limited: Whether every reason is missing trust: the need will become servable as
            trust grows, so recruiting is not the first remedy.
        hint: Which kind of member to recruit.
    """

    need: str
    label: str
    actors: tuple[str, ...]
    reasons: tuple[str, ...]
    sole: bool
    trust_limited: bool
    hint: RecruitingHint


def recruiting_hint(text: str, stater_kinds: Sequence[str], sensitivity: str) -> RecruitingHint:
    """Return the kind of member to recruit for a need (rules in the module docstring).

    Args:
        text: The need's words: label and statements.
        stater_kinds: Kinds of the members who state the need.
        sensitivity: The need's sensitivity level.
    """
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return RecruitingHint(kind, "words")
    if stater_kinds and all(kind in NON_FIRM_KINDS for kind in stater_kinds):
        return RecruitingHint("company", "stater")
    if sensitivity in ("medium", "high"):
        return RecruitingHint("research", "stater")
    return RecruitingHint("supplier", "stater")


def group_unserved(
    unserved: Sequence[UnservedNeed], themes: Sequence[Theme], scenario: Scenario
) -> list[UnservedGroup]:
    """Group unserved needs by need and add a recruiting hint to each.

    Args:
        unserved: Unserved (actor, need) entries from a plan or roadmap.
        themes: The need themes, for labels, statements and sensitivity.
        scenario: The scenario, for the kinds of the members.

    Returns:
        One group per need: needs a new member could close first, then those that wait for
        trust; within each, the needs stated by more members first, then by label.
    """
    theme_by_id = {theme.id: theme for theme in themes}
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    by_need: dict[str, list[UnservedNeed]] = {}
    for entry in unserved:
        by_need.setdefault(entry.need, []).append(entry)
    groups = []
    for need_id, entries in by_need.items():
        theme = theme_by_id.get(need_id)
        label = theme.label if theme else (entries[0].label or need_id)
        actors = tuple(sorted({entry.actor for entry in entries}))
        reasons = tuple(dict.fromkeys(entry.reason for entry in entries if entry.reason))
        statements = [s.text for s in theme.statements] if theme else []
        text = " ".join([label, need_id, *statements])
        sensitivity = theme.sensitivity if theme else "none"
        stater_kinds = sorted({kinds.get(actor, "company") for actor in actors})
        sole = theme is not None and len(theme.actors) <= 1
        groups.append(
            UnservedGroup(
                need=need_id,
                label=label,
                actors=actors,
                reasons=reasons,
                sole=sole,
                trust_limited=bool(reasons) and all(
                    reason.startswith(TRUST_REASON_PREFIX) for reason in reasons
                ),
                hint=recruiting_hint(text, stater_kinds, sensitivity),
            )
        )
    return sorted(
        groups, key=lambda group: (group.trust_limited, -len(group.actors), group.label, group.need)
    )
