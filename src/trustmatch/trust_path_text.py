"""Sentences about trust for the reader: what it unlocked, the trust path, members without contact.

Builds the words from the result models of :mod:`trustmatch.trust_path` through the message
catalogue (:mod:`trustmatch.i18n`, keys ``plan.trust.*`` and ``plan.contact.*``): member names
and project type labels, never ids. The terminal (``plan``, ``roadmap``) and the report use the
same sentences.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from trustmatch import i18n
from trustmatch.i18n import format_number, message, resolve_language
from trustmatch.results import NoContact, PhaseOutlook, TrustPath, UnlockedProject


@dataclass(frozen=True)
class OutlookText:
    """The sentences of one phase's outlook.

    Attributes:
        heading: "What trust allows (phase N)".
        unlocked_heading: The heading of the newly possible projects (empty when none).
        unlocked: One sentence per newly possible project.
        paths_heading: The heading of the projects still out of reach.
        paths: Per project out of reach, its sentences (needs, closest group, forecast).
    """

    heading: str
    unlocked_heading: str
    unlocked: list[str] = field(default_factory=list)
    paths_heading: str = ""
    paths: list[list[str]] = field(default_factory=list)


class Labels:
    """The scenario's words for ids, in the reader's language when the scenario gives them.

    Results carry the labels of the scenario file (``type_label``, ``need_labels``...); with the
    scenario at hand, project types, catalogue needs and resources are named in the reader's
    language where the scenario model offers per-language labels (``label_in``,
    ``resource_label``, ``resource_unit``), and amounts get the resource's unit.

    Attributes:
        scenario: The scenario (None: the labels stored in the results are used as they are).
        lang: ``en`` or ``de``.
    """

    def __init__(self, scenario=None, lang: str = "en"):
        self.scenario = scenario
        self.lang = lang

    def _label(self, items, item_id: str | None, fallback: str) -> str:
        if self.scenario is None or item_id is None:
            return fallback
        for item in items:
            if item.id == item_id:
                label_in = getattr(item, "label_in", None)
                return label_in(self.lang) if label_in is not None else (item.label or fallback)
        return fallback

    def project_type(self, type_id: str | None, fallback: str) -> str:
        """Return a project type's name (``fallback`` for an explicit project or none)."""
        items = self.scenario.project_types if self.scenario is not None else ()
        return self._label(items, type_id, fallback)

    def need(self, need_id: str | None, fallback: str) -> str:
        """Return a need theme's label (free-text themes keep their own words)."""
        items = self.scenario.needs if self.scenario is not None else ()
        return self._label(items, need_id, fallback)

    def resource(self, key: str) -> str:
        """Return what the reader calls a resource (its key when the scenario names none)."""
        named = getattr(self.scenario, "resource_label", None)
        return named(key, self.lang) if named is not None else key

    def amount(self, key: str, value: float) -> str:
        """Return an amount of a resource, in its unit when the scenario gives one."""
        unit_of = getattr(self.scenario, "resource_unit", None)
        in_unit = getattr(i18n, "format_amount", None)
        if unit_of is not None and in_unit is not None:
            return in_unit(value, self.lang, unit_of(key, self.lang))
        return format_number(value, self.lang)


def join(items: Sequence[str], lang: str) -> str:
    """Return ``A``, ``A and B`` or ``A, B and C`` in the language."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return message("plan.trust.and", lang, head=", ".join(items[:-1]), last=items[-1])


def _trust(value: float, lang: str) -> str:
    return format_number(value, lang, 2)


def _project(item: UnlockedProject | TrustPath, labels: Labels) -> str:
    if item.theme is None:
        return item.type_label
    return message(
        "plan.trust.project_on_theme", labels.lang,
        type=labels.project_type(item.type, item.type_label),
        theme=labels.need(item.theme, item.theme_label),
    )


def _quoted(labels: Sequence[str], lang: str) -> str:
    return join([message("plan.trust.quoted", lang, text=label) for label in labels], lang)


def _names(ids: Sequence[str], names: Mapping[str, str], lang: str) -> str:
    return join([names.get(a, a) for a in ids], lang)


def unlocked_sentence(
    item: UnlockedProject, names: Mapping[str, str], lang: str, scenario=None
) -> str:
    """Return "Joint purchasing on 'Energy' (ambition 2): now possible for A, B and C. ..."."""
    labels = Labels(scenario, lang)
    text = message(
        "plan.trust.unlocked", lang, project=_project(item, labels), ambition=item.ambition,
        members=_names(item.members, names, lang),
    )
    if item.new_pairs:
        text += " " + message("plan.trust.new_pairs", lang, count=len(item.new_pairs))
    return text


def path_sentences(
    path: TrustPath, names: Mapping[str, str], lang: str, scenario=None
) -> list[str]:
    """Return the trust path to one project: what it needs, the closest group, the forecast."""
    competitor = path.competitor_trust > path.trust_required
    values = {
        "project": _project(path, Labels(scenario, lang)),
        "ambition": path.ambition,
        "threshold": _trust(path.trust_required, lang),
        "size": path.min_participants,
        "interested": len(path.interested),
    }
    if competitor:
        needs = message(
            "plan.trust.needs_competitors", lang, competitor=_trust(path.competitor_trust, lang),
            **values,
        )
    else:
        needs = message("plan.trust.needs", lang, **values)
    lines = [needs]
    if not path.nearest:
        lines.append(message("plan.trust.never", lang))
    else:
        together = {
            level: max((gap.successes_needed.get(level, 0) for gap in path.gaps), default=0)
            for level in ("1", "2")
        }
        key = "plan.trust.nearest" if path.nearest_proven else "plan.trust.nearest_found"
        closest = message(
            key, lang, count=together["1"], members=_names(path.nearest, names, lang)
        )
        if 0 < together["2"] < together["1"]:
            closest = closest.rstrip(".") + " " + message(
                "plan.trust.or_ambition", lang, count=together["2"], ambition=2
            ) + "."
        lines.append(closest)
    if path.reached_after_phase is not None:
        lines.append(
            message(
                "plan.trust.reached", lang, members=_names(path.reached_by, names, lang),
                phase=path.reached_after_phase,
            )
        )
    else:
        lines.append(message("plan.trust.not_reached", lang, phase=path.horizon))
    return lines


def outlook_text(
    outlook: PhaseOutlook, names: Mapping[str, str], lang: str, scenario=None
) -> OutlookText:
    """Return the sentences of one phase's outlook (labels: see :class:`Labels`)."""
    unlocked = [unlocked_sentence(item, names, lang, scenario) for item in outlook.unlocked]
    return OutlookText(
        heading=message("plan.trust.heading", lang, phase=outlook.phase),
        unlocked_heading=(
            message("plan.trust.unlocked_heading", lang, since=outlook.compared_with_phase)
            if unlocked
            else ""
        ),
        unlocked=unlocked,
        paths_heading=message("plan.trust.paths_heading", lang)
        if outlook.out_of_reach
        else message("plan.trust.nothing_out_of_reach", lang),
        paths=[path_sentences(path, names, lang, scenario) for path in outlook.out_of_reach],
    )


def outlook_lines(
    outlook: PhaseOutlook,
    names: Mapping[str, str],
    lang: str | None = None,
    scenario=None,
    *,
    width: int | None = None,
    indent: str = "",
) -> list[str]:
    """Return one phase's outlook as terminal lines (language: :func:`reader_language`).

    Args:
        outlook: The phase's outlook.
        names: Actor id -> display name.
        lang: ``en`` or ``de`` (default: :func:`reader_language`).
        scenario: The scenario, for its labels in the reader's language (optional).
        width: Wrap every line to this many columns (None: one line per sentence group).
        indent: Put before every line (counted in ``width``).
    """
    lang = reader_language(lang)
    text = outlook_text(outlook, names, lang, scenario)
    lines = _block(text.heading, indent, "", width)
    if text.unlocked:
        lines += _block(text.unlocked_heading, indent + "  ", "", width)
        for sentence in text.unlocked:
            lines += _block(sentence, indent + "    ", "+ ", width)
    lines += _block(text.paths_heading, indent + "  ", "", width)
    for sentences in text.paths:
        lines += _block(" ".join(sentences), indent + "    ", "- ", width)
    return lines


def _block(text: str, indent: str, marker: str, width: int | None) -> list[str]:
    """One paragraph: on one line, or wrapped at word boundaries with a hanging indent."""
    if width is None:
        return [f"{indent}{marker}{text}"]
    return textwrap.wrap(
        " ".join(text.split()), width=width, initial_indent=indent + marker,
        subsequent_indent=" " * len(indent + marker), break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def phases_label(phases: Sequence[int], lang: str) -> str:
    """Return "phase 1" or "phases 1-2"."""
    if not phases:
        return ""
    span = str(phases[0]) if len(phases) == 1 else f"{phases[0]}–{phases[-1]}"
    return message("plan.contact.phases", lang, count=len(phases), phases=span)


def no_contact_sentence(
    item: NoContact, names: Mapping[str, str], lang: str, scenario=None
) -> str:
    """Return why a member has no joint project, as one or two sentences."""
    labels = Labels(scenario, lang)
    name = names.get(item.actor, item.actor)
    key = f"plan.contact.{item.reason}"
    pairs = zip(item.needs, item.need_labels, strict=True)
    need_label = {need: labels.need(need, label) for need, label in pairs}
    needs = _quoted(list(need_label.values()), lang)
    if item.reason in ("capacity", "no_theme"):
        return message(key, lang, name=name)
    if item.reason == "no_project_type":
        return message(key, lang, name=name, needs=needs)
    if item.reason == "too_few_members":
        return message(
            key, lang, count=item.sharers or 1, name=name, needs=needs, size=item.min_participants
        )
    if item.reason == "trust":
        text = message(
            key, lang, phase=item.phase, size=item.min_participants,
            threshold=_trust(item.threshold or 0.0, lang), name=name,
            project=labels.project_type(item.project, item.project_label),
            trusted=item.trusted, others=item.sharers,
        )
        if item.unmatched_needs:
            unmatched = [need_label.get(need, need) for need in item.unmatched_needs]
            text += " " + message("plan.contact.unmatched", lang, needs=_quoted(unmatched, lang))
        return text
    if item.reason == "competitor_balance":
        return message(
            key, lang, phase=item.phase, name=name,
            rival=names.get(item.others[0], item.others[0]) if item.others else "",
            tolerance=_trust(item.tolerance or 0.0, lang),
        )
    if item.reason == "resources":
        return message(
            key, lang, phase=item.phase, resource=labels.resource(item.resource or ""),
            name=name, needed=labels.amount(item.resource or "", item.resource_needed or 0.0),
            left=labels.amount(item.resource or "", item.resource_left or 0.0),
        )
    return message(key, lang, phase=item.phase, name=name)


def no_contact_lines(
    items: Sequence[NoContact],
    names: Mapping[str, str],
    lang: str | None = None,
    scenario=None,
    *,
    width: int | None = None,
) -> list[str]:
    """Return the members without a joint project as terminal lines (none: no lines).

    Arguments as :func:`outlook_lines`.
    """
    lang = reader_language(lang)
    if not items:
        return []
    heading = message("plan.contact.heading", lang, phases=phases_label(items[0].phases, lang))
    lines = _block(heading, "", "", width)
    for item in items:
        lines += _block(no_contact_sentence(item, names, lang, scenario), "  ", "- ", width)
    return lines


def trust_lines(
    outlooks: Sequence[PhaseOutlook],
    items: Sequence[NoContact],
    names: Mapping[str, str],
    lang: str | None = None,
    scenario=None,
    *,
    width: int | None = None,
) -> list[str]:
    """Return the outlook of every phase and the members without contact, each after a blank.

    Arguments as :func:`outlook_lines`.
    """
    lang = reader_language(lang)
    lines: list[str] = []
    for outlook in outlooks:
        lines += ["", *outlook_lines(outlook, names, lang, scenario, width=width)]
    contact = no_contact_lines(items, names, lang, scenario, width=width)
    if contact:
        lines += ["", *contact]
    return lines


def reader_language(lang: str | None = None) -> str:
    """Return the language to write in: ``lang``, else the command line's, else the locale's.

    The command line's language is the ``lang`` entry of the running click command's context
    object, when a global option sets one.
    """
    if lang is None:
        try:
            import click

            context = click.get_current_context(silent=True)
        except ImportError:  # pragma: no cover - click is a dependency
            context = None
        obj = context.find_root().obj if context is not None else None
        if isinstance(obj, dict):
            lang = obj.get("lang")
    return resolve_language(lang)
