"""Unserved needs grouped by need, with the remedy that fits what keeps each one open.

Recruiting is advised only where a new member is the remedy (reason kinds ``sole`` and
``too-few`` of :data:`trustmatch.explain.UNSERVED_KINDS`: nobody else states the need and no
member can serve it, or too few members state it for the smallest project), and then with the
kind of member that fits the need (:mod:`trustmatch.needs.fit`: investors for funding, research
for R&D, suppliers for material...). Every other cause gets its own remedy: build trust with
starter projects, a higher project limit or the next phase, a project that serves the
competitor too, more resources, a project type, ask a fitting member, check the grouping, or
plan again with more time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trustmatch.explain import RECRUITING_KINDS, UNSERVED_KINDS
from trustmatch.needs.fit import MemberFit, member_fit
from trustmatch.results import Theme, UnservedNeed
from trustmatch.scenario.models import Scenario

TRUST_KIND = "trust"
"""The reason kind of a need that only missing trust keeps unserved."""


@dataclass(frozen=True)
class UnservedGroup:
    """One unserved need with everyone who states it.

    Attributes:
        need: Theme id.
        label: Readable label.
        actors: Ids of the members whose need it is (sorted).
        reasons: The distinct reasons (English) given by the planner, in order of first
            appearance.
        entries: The unserved entries themselves (for reasons in another language).
        kind: The main reason kind: the first of :data:`~trustmatch.explain.UNSERVED_KINDS`
            that any member's reason has.
        sole: Whether only one member states the need at all.
        recruit: Whether a new member is the remedy (see the module docstring).
        trust_limited: Whether every reason is missing trust: the need will become servable as
            trust grows, so recruiting is not the remedy.
        fit: Which kind of member fits the need.
    """

    need: str
    label: str
    actors: tuple[str, ...]
    reasons: tuple[str, ...]
    entries: tuple[UnservedNeed, ...]
    kind: str
    sole: bool
    recruit: bool
    trust_limited: bool
    fit: MemberFit


def group_unserved(
    unserved: Sequence[UnservedNeed], themes: Sequence[Theme], scenario: Scenario
) -> list[UnservedGroup]:
    """Group unserved needs by need and find the remedy of each.

    Args:
        unserved: Unserved (actor, need) entries from a plan or roadmap.
        themes: The need themes, for labels, statements and sensitivity.
        scenario: The scenario, for the kinds of the members.

    Returns:
        One group per need: needs a new member could close first, then the others; within
        each, the needs stated by more members first, then by label.
    """
    theme_by_id = {theme.id: theme for theme in themes}
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    by_need: dict[str, list[UnservedNeed]] = {}
    for entry in unserved:
        by_need.setdefault(entry.need, []).append(entry)
    order = {kind: position for position, kind in enumerate(UNSERVED_KINDS)}
    groups = []
    for need_id, entries in by_need.items():
        theme = theme_by_id.get(need_id)
        label = theme.label if theme else (entries[0].label or need_id)
        actors = tuple(sorted({entry.actor for entry in entries}))
        reasons = tuple(dict.fromkeys(entry.reason for entry in entries if entry.reason))
        entry_kinds = [entry.kind for entry in entries if entry.kind in order]
        kind = min(entry_kinds, key=order.__getitem__) if entry_kinds else "no-valid-group"
        statements = [s.text for s in theme.statements] if theme else []
        groups.append(
            UnservedGroup(
                need=need_id,
                label=label,
                actors=actors,
                reasons=reasons,
                entries=tuple(entries),
                kind=kind,
                sole=theme is not None and len(theme.actors) <= 1,
                recruit=kind in RECRUITING_KINDS,
                trust_limited=bool(entry_kinds) and all(k == TRUST_KIND for k in entry_kinds),
                fit=member_fit(
                    [label, *statements],
                    sorted({kinds.get(actor, "company") for actor in actors}),
                    theme.sensitivity if theme else "none",
                ),
            )
        )
    return sorted(
        groups, key=lambda group: (not group.recruit, -len(group.actors), group.label, group.need)
    )


def remedy(group: UnservedGroup, lang: str) -> tuple[str, str]:
    """Return (what to do, why) for an unserved need in ``lang``.

    For a need a new member would close: whom to recruit and the need's topic or who states
    it; otherwise the remedy of the group's reason kind and no why.
    """
    from trustmatch.i18n import message

    if group.recruit:
        who = message(f"themes.fit.{group.fit.fit}.recruit", lang)
        because = message(
            f"themes.because.{group.fit.rule}", lang,
            topic=message(f"themes.topic.{group.fit.fit}", lang),
        )
        return message("themes.remedy.recruit", lang, who=who), because
    return message(f"themes.remedy.{group.kind}", lang), ""
