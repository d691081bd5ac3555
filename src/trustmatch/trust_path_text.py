"""Sentences about trust for the reader: what it unlocked, the trust path, members without contact.

Builds the words from the result models of :mod:`trustmatch.trust_path` through the message
catalogue (:mod:`trustmatch.i18n`, keys ``plan.trust.*`` and ``plan.contact.*``): member names
and project type labels, never ids. The terminal (``plan``, ``roadmap``) and the report use the
same sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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


def join(items: Sequence[str], lang: str) -> str:
    """Return ``A``, ``A and B`` or ``A, B and C`` in the language."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return message("plan.trust.and", lang, head=", ".join(items[:-1]), last=items[-1])


def _trust(value: float, lang: str) -> str:
    return format_number(value, lang, 2)


def _project(item: UnlockedProject | TrustPath, lang: str) -> str:
    if item.theme is None:
        return item.type_label
    return message(
        "plan.trust.project_on_theme", lang, type=item.type_label, theme=item.theme_label
    )


def _quoted(labels: Sequence[str], lang: str) -> str:
    return join([message("plan.trust.quoted", lang, text=label) for label in labels], lang)


def _names(ids: Sequence[str], names: Mapping[str, str], lang: str) -> str:
    return join([names.get(a, a) for a in ids], lang)


def unlocked_sentence(item: UnlockedProject, names: Mapping[str, str], lang: str) -> str:
    """Return "Joint purchasing on 'Energy' (ambition 2): now possible for A, B and C. ..."."""
    text = message(
        "plan.trust.unlocked", lang, project=_project(item, lang), ambition=item.ambition,
        members=_names(item.members, names, lang),
    )
    if item.new_pairs:
        text += " " + message("plan.trust.new_pairs", lang, count=len(item.new_pairs))
    return text


def path_sentences(path: TrustPath, names: Mapping[str, str], lang: str) -> list[str]:
    """Return the trust path to one project: what it needs, the closest group, the forecast."""
    competitor = path.competitor_trust > path.trust_required
    values = {
        "project": _project(path, lang),
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


def outlook_text(outlook: PhaseOutlook, names: Mapping[str, str], lang: str) -> OutlookText:
    """Return the sentences of one phase's outlook."""
    unlocked = [unlocked_sentence(item, names, lang) for item in outlook.unlocked]
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
        paths=[path_sentences(path, names, lang) for path in outlook.out_of_reach],
    )


def outlook_lines(
    outlook: PhaseOutlook, names: Mapping[str, str], lang: str | None = None
) -> list[str]:
    """Return one phase's outlook as terminal lines (language: :func:`reader_language`)."""
    lang = reader_language(lang)
    text = outlook_text(outlook, names, lang)
    lines = [text.heading]
    if text.unlocked:
        lines.append("  " + text.unlocked_heading)
        lines += [f"    + {sentence}" for sentence in text.unlocked]
    lines.append("  " + text.paths_heading)
    lines += [f"    - {' '.join(sentences)}" for sentences in text.paths]
    return lines


def phases_label(phases: Sequence[int], lang: str) -> str:
    """Return "phase 1" or "phases 1-2"."""
    if not phases:
        return ""
    span = str(phases[0]) if len(phases) == 1 else f"{phases[0]}–{phases[-1]}"
    return message("plan.contact.phases", lang, count=len(phases), phases=span)


def no_contact_sentence(item: NoContact, names: Mapping[str, str], lang: str) -> str:
    """Return why a member has no joint project, as one or two sentences."""
    name = names.get(item.actor, item.actor)
    key = f"plan.contact.{item.reason}"
    needs = _quoted(item.need_labels, lang)
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
            project=item.project_label, trusted=item.trusted, others=item.sharers,
        )
        if item.unmatched_needs:
            text += " " + message(
                "plan.contact.unmatched", lang, needs=_quoted(item.unmatched_needs, lang)
            )
        return text
    if item.reason == "competitor_balance":
        return message(
            key, lang, phase=item.phase, name=name,
            rival=names.get(item.others[0], item.others[0]) if item.others else "",
            tolerance=_trust(item.tolerance or 0.0, lang),
        )
    if item.reason == "resources":
        return message(
            key, lang, phase=item.phase, resource=item.resource, name=name,
            needed=format_number(item.resource_needed or 0.0, lang),
            left=format_number(item.resource_left or 0.0, lang),
        )
    return message(key, lang, phase=item.phase, name=name)


def no_contact_lines(
    items: Sequence[NoContact], names: Mapping[str, str], lang: str | None = None
) -> list[str]:
    """Return the members without a joint project as terminal lines (none: no lines)."""
    lang = reader_language(lang)
    if not items:
        return []
    lines = [message("plan.contact.heading", lang, phases=phases_label(items[0].phases, lang))]
    lines += [f"  - {no_contact_sentence(item, names, lang)}" for item in items]
    return lines


def trust_lines(
    outlooks: Sequence[PhaseOutlook],
    items: Sequence[NoContact],
    names: Mapping[str, str],
    lang: str | None = None,
) -> list[str]:
    """Return the outlook of every phase and the members without contact, each after a blank."""
    lang = reader_language(lang)
    lines: list[str] = []
    for outlook in outlooks:
        lines += ["", *outlook_lines(outlook, names, lang)]
    contact = no_contact_lines(items, names, lang)
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
