"""Plain-words explanations for the cluster manager.

* :func:`why_project`: whose needs a chosen project serves, the new contacts it makes, its cost.
* :func:`left_out_reasons`: for every interested actor not taking part in a chosen project, why
  (trust below a threshold with whom, capacity reached, competitor balance, resources, project
  full, need already served elsewhere, or simply not worth its cost).
* :func:`unserved_reason`: why a stated need stays unserved, phrased as a hint (recruit a member
  who shares it, add a project type, wait for trust to grow, more budget).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trustmatch.candidates import TRUST_EPSILON, Candidate, pair_threshold
from trustmatch.optimize.portfolio import (
    FEASIBILITY_TOLERANCE,
    PhaseProblem,
    Selection,
    served_shares,
    unfair_pairs,
)
from trustmatch.results import LeftOut, Theme
from trustmatch.trust import pair_key


def join_names(names: Sequence[str]) -> str:
    """Return ``A``, ``A and B`` or ``A, B and C``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def format_amount(value: float) -> str:
    """Return a number without needless decimals (``950``, ``12.5``)."""
    rounded = round(value, 2)
    if rounded == int(rounded):
        return f"{int(rounded):,}".replace(",", " ")
    return f"{rounded:,.2f}".replace(",", " ")


def describe_uses(uses: Mapping[str, float]) -> str:
    """Return ``950 budget_eur and 15 manager_hours`` (resources with zero use left out)."""
    parts = [f"{format_amount(v)} {r}" for r, v in sorted(uses.items()) if v > 0]
    return join_names(parts) if parts else "no resources"


def why_project(
    selection: Selection,
    *,
    weights: Mapping[str, Mapping[str, float]],
    themes: Mapping[str, Theme],
    names: Mapping[str, str],
    new_contacts: int,
    uses: Mapping[str, float],
) -> str:
    """Return why a project is in the portfolio, in one sentence.

    Example: "Brings Optik Nord GmbH, Südoptik AG and Glashütte Saalfeld together on 'Finding
    and keeping skilled workers' (need weight 7); 3 new contacts; costs 950 budget_eur and
    15 manager_hours."
    """
    group = selection.candidate.group
    people = [names[a] for a in selection.participants]
    served_themes = sorted({t for a in selection.participants for t in group.serves.get(a, ())})
    weight = sum(
        weights[a][t] for a in selection.participants for t in group.serves.get(a, ())
    )
    if group.value is not None:
        what = f"fixed value {format_amount(group.value)}"
    elif served_themes:
        labels = join_names([f"'{themes[t].label}'" for t in served_themes])
        what = f"on {labels} (need weight {format_amount(weight)})"
    else:
        what = "(it serves no stated need)"
    verb = "Brings" if len(people) > 1 else "Gives"
    subject = f"{join_names(people)} together" if len(people) > 1 else join_names(people)
    contacts = (
        "no new contacts"
        if new_contacts == 0
        else "1 new contact"
        if new_contacts == 1
        else f"{new_contacts} new contacts"
    )
    if group.value is not None:
        return f"{verb} {subject} ({what}); {contacts}; costs {describe_uses(uses)}."
    return f"{verb} {subject} {what}; {contacts}; costs {describe_uses(uses)}."


@dataclass(frozen=True)
class PortfolioFacts:
    """What every left-out explanation of one portfolio reads, computed once per portfolio.

    Attributes:
        load: Actor -> projects it takes part in.
        served: (actor, theme) pairs the portfolio serves.
        uses: Resource -> total use (summed in portfolio order).
        shares: Actor -> served share (actors with needs only), as :func:`served_shares`.
        unfair: Competitor pairs already out of balance.
        rival_pairs: Actor -> the fairness pairs it belongs to, in the problem's order.
        projects_of: Actor -> the selections it takes part in, in portfolio order.
    """

    load: dict[str, int]
    served: set[tuple[str, str]]
    uses: dict[str, float]
    shares: dict[str, float]
    unfair: frozenset[tuple[str, str]]
    rival_pairs: dict[str, list[tuple[str, str]]]
    projects_of: dict[str, list[Selection]]


def portfolio_facts(problem: PhaseProblem, portfolio: Sequence[Selection]) -> PortfolioFacts:
    """Return the indexes :func:`left_out_reasons` needs, so that no reason scans the portfolio.

    Args:
        problem: The phase problem.
        portfolio: The whole portfolio, in the order the projects are listed.
    """
    load: dict[str, int] = {}
    served: set[tuple[str, str]] = set()
    uses: dict[str, float] = {}
    projects_of: dict[str, list[Selection]] = {}
    for other in portfolio:
        for a in other.participants:
            load[a] = load.get(a, 0) + 1
            projects_of.setdefault(a, []).append(other)
            for t in other.candidate.group.serves.get(a, ()):
                served.add((a, t))
        for r, v in other.uses().items():
            uses[r] = uses.get(r, 0.0) + v
    rival_pairs: dict[str, list[tuple[str, str]]] = {}
    for a, b in problem.fairness_pairs:
        rival_pairs.setdefault(a, []).append((a, b))
        rival_pairs.setdefault(b, []).append((a, b))
    shares = served_shares(problem, served)
    return PortfolioFacts(
        load=load,
        served=served,
        uses=uses,
        shares=shares,
        unfair=frozenset(unfair_pairs(problem, shares)),
        rival_pairs=rival_pairs,
        projects_of=projects_of,
    )


def left_out_reasons(
    problem: PhaseProblem,
    portfolio: Sequence[Selection],
    selection: Selection,
    *,
    names: Mapping[str, str],
    themes: Mapping[str, Theme],
    dropped: Mapping[tuple[str, str], str],
    project_ids: Mapping[int, str],
    facts: PortfolioFacts | None = None,
) -> list[LeftOut]:
    """Return, for every interested actor not taking part in a chosen project, why not.

    Args:
        problem: The phase problem.
        portfolio: The whole portfolio.
        selection: The project to explain.
        names: Actor id -> display name.
        themes: Theme id -> theme.
        dropped: (group key, actor) -> why the actor could not join that group this phase.
        project_ids: ``id(selection)`` -> project id, to name other projects.
        facts: :func:`portfolio_facts` of the portfolio (computed here when not given; pass it
            when explaining every project of one portfolio).
    """
    candidate = selection.candidate
    group = candidate.group
    if group.explicit:
        return []
    if facts is None:
        facts = portfolio_facts(problem, portfolio)
    taking_part = set(selection.participants)
    out: list[LeftOut] = []
    for actor in group.interested:
        if actor in taking_part:
            continue
        reason = _left_out_reason(
            problem, selection, actor, facts=facts, names=names, themes=themes,
            dropped=dropped, project_ids=project_ids,
        )
        out.append(LeftOut(actor=actor, reason=reason))
    return out


def _left_out_reason(
    problem, selection, actor, *, facts: PortfolioFacts, names, themes, dropped, project_ids,
) -> str:
    load, served, uses = facts.load, facts.served, facts.uses
    candidate: Candidate = selection.candidate
    group = candidate.group
    if (group.key, actor) in dropped:
        return f"{names[actor]} {dropped[(group.key, actor)]}."
    if problem.enforce_trust:
        blockers = []
        for other in selection.participants:
            need = pair_threshold(
                group, actor, other, problem.competitors, problem.co_participation
            )
            have = problem.trust.pair_trust(actor, other)
            if have < need - TRUST_EPSILON:
                rival = pair_key(actor, other) in problem.competitors
                blockers.append((other, have, need, rival))
        if blockers:
            other, have, need, rival = blockers[0]
            role = "competes with" if rival else "and"
            more = f" (and {len(blockers) - 1} more participants)" if len(blockers) > 1 else ""
            if rival:
                return (
                    f"{names[actor]} {role} {names[other]}; their trust {have:.2f} is below the "
                    f"{need:.2f} competitors need for a project of sensitivity "
                    f"'{group.sensitivity}'{more}."
                )
            return (
                f"Trust between {names[actor]} and {names[other]} is {have:.2f}, below the "
                f"{need:.2f} this project needs{more}."
            )
    limit = problem.capacity.get(actor, 0)
    if load.get(actor, 0) >= limit:
        return (
            f"{names[actor]} already takes part in {load.get(actor, 0)} projects this phase "
            f"(its limit is {limit})."
        )
    if len(selection.participants) >= group.max_participants:
        return f"The project is full ({group.max_participants} participants at most)."
    own = [t for t in group.serves.get(actor, ())]
    if own and all((actor, t) in served for t in own):
        where = [
            project_ids[id(other)]
            for other in facts.projects_of.get(actor, ())
            if any(t in other.candidate.group.serves.get(actor, ()) for t in own)
        ]
        labels = join_names([f"'{themes[t].label}'" for t in own])
        return f"Its need on {labels} is already served by {join_names(where)}."
    newly_unfair = _newly_unfair(problem, facts, actor, own)
    if newly_unfair is not None:
        a, b = newly_unfair
        rival = b if a == actor else a
        return (
            f"Joining would serve {names[actor]} much more of its needs than its competitor "
            f"{names[rival]} gets this phase (served shares may differ by at most "
            f"{problem.tolerance:.2f})."
        )
    for resource, per in sorted(group.per_participant_use.items()):
        limit_r = problem.resources.get(resource)
        if per > 0 and limit_r is not None and uses.get(resource, 0.0) + per > limit_r + (
            FEASIBILITY_TOLERANCE * max(1.0, limit_r)
        ):
            return (
                f"Not enough {resource} left: one more participant needs {format_amount(per)}, "
                f"{format_amount(max(0.0, limit_r - uses.get(resource, 0.0)))} remain."
            )
    return (
        f"Adding {names[actor]} would not improve the plan: its cost outweighs what it adds "
        "here, or its capacity is better used in another project."
    )


def _newly_unfair(
    problem: PhaseProblem, facts: PortfolioFacts, actor: str, own: Sequence[str]
) -> tuple[str, str] | None:
    """Return the first fairness pair that serving the actor's own needs too would unbalance.

    Only the actor's share changes, so only its own pairs can newly break; the share is summed
    exactly as :func:`served_shares` sums it (same order, same floats).
    """
    if not problem.enforce_fairness or not own:
        return None
    total = problem.total_weight.get(actor, 0.0)
    if total <= 0:
        return None
    more_served = {(actor, t) for t in own}
    got = sum(
        w
        for t, w in sorted(problem.weights[actor].items())
        if (actor, t) in facts.served or (actor, t) in more_served
    )
    share = got / total
    limit = problem.tolerance + FEASIBILITY_TOLERANCE
    for a, b in facts.rival_pairs.get(actor, ()):
        rival = b if a == actor else a
        if (a, b) not in facts.unfair and abs(share - facts.shares.get(rival, 0.0)) > limit:
            return (a, b)
    return None


UNSERVED_KINDS: tuple[str, ...] = (
    "no-plan",
    "no-capacity",
    "not-matched",
    "no-project-type",
    "similar",
    "ask-member",
    "sole",
    "too-few",
    "trust",
    "capacity",
    "competitor-balance",
    "resources",
    "no-valid-group",
)
"""Kinds of reason a need stays unserved, in the order they are checked.

``no-plan``: the phase has no plan at all (nothing else can be said). ``no-capacity``: the
member takes part in no projects. ``not-matched``: a free-text theme no project type addresses
that resembles a catalogue need (check the grouping). ``no-project-type``: nothing addresses
the need. ``similar``: nobody else states it, but another member states something similar
(check the grouping). ``ask-member``: nobody else states it, but a member of the kind that fits
could serve it (ask it first). ``sole``: truly unshared, and no member of the fitting kind:
recruit one. ``too-few``: fewer members state it than the smallest project needs: recruit.
``trust``: only missing trust keeps the groups from forming. ``capacity``: the member is at its
project limit. ``competitor-balance``: serving it would put the member too far ahead of a
competitor. ``resources``: a resource is too short for even the smallest project on it.
``no-valid-group``: none of these; the groups were worth less than their cost.
"""

RECRUITING_KINDS: frozenset[str] = frozenset({"sole", "too-few"})
"""Reason kinds whose remedy is a new member (every other kind has another remedy)."""


@dataclass(frozen=True)
class UnservedReason:
    """Why a need stays unserved: a kind of :data:`UNSERVED_KINDS` and the facts it rests on.

    Attributes:
        kind: One of :data:`UNSERVED_KINDS`.
        facts: What the sentence says, as ids and numbers (rendered by
            :func:`describe_unserved` in any language).
    """

    kind: str
    facts: dict[str, object]


def unserved_reason(
    *,
    theme: Theme,
    actor: str,
    addressing_types: Sequence[tuple[str, int]],
    explicit_addressing: bool,
    capacity: int,
    blocked: Sequence[str],
    dropped: Sequence[str],
    load: int,
    can_join: bool,
    rival: str | None,
    tolerance: float,
    short_resource: str | None,
    has_plan: bool = True,
    similar: tuple[str, str] | None = None,
    resembles: str | None = None,
    fit: str = "supplier",
    ask: Sequence[str] = (),
) -> UnservedReason:
    """Return why an actor's need theme stays unserved (the kinds of :data:`UNSERVED_KINDS`).

    Args:
        theme: The need theme.
        actor: The actor stating the need.
        addressing_types: (type id, min participants) of each type that addresses the theme.
        explicit_addressing: Whether an explicit project addresses the theme for the actor.
        capacity: The actor's project capacity per phase.
        blocked: Why each group on this theme could not run (last planned phase).
        dropped: Why the actor could not join each group on this theme (last planned phase).
        load: Projects the actor took part in during the last planned phase.
        can_join: Whether some candidate project on the theme could take the actor (trust
            allowing) in the last planned phase.
        rival: A competitor that would fall too far behind if this need were served too.
        tolerance: The competitor balance tolerance.
        short_resource: A resource too short for even the smallest project on the theme.
        has_plan: Whether the last phase has a plan at all (without one, no other reason holds).
        similar: (actor, statement) of another member's loosely similar statement in another
            theme, for a need nobody else states.
        resembles: Label of a catalogue need that a free-text theme resembles.
        fit: The kind of member that fits the need (:mod:`trustmatch.needs.fit`).
        ask: Members of the fitting kind who do not state the need (asked before recruiting).
    """
    sharers = sorted(a for a, w in theme.actors.items() if w > 0)
    facts: dict[str, object] = {"actor": actor, "label": theme.label}
    if not has_plan:
        return UnservedReason("no-plan", facts)
    if capacity == 0:
        return UnservedReason("no-capacity", facts)
    if not addressing_types and not explicit_addressing:
        if resembles is not None and not theme.needs:
            return UnservedReason("not-matched", {**facts, "tag_label": resembles})
        return UnservedReason("no-project-type", facts)
    if len(sharers) < 2 and not explicit_addressing:
        if similar is not None:
            return UnservedReason("similar", {**facts, "other": similar[0], "text": similar[1]})
        if ask:
            return UnservedReason("ask-member", {**facts, "fit": fit, "members": list(ask)})
        return UnservedReason("sole", {**facts, "fit": fit})
    smallest = min((m for _, m in addressing_types), default=None)
    if smallest is not None and len(sharers) < smallest and not explicit_addressing:
        return UnservedReason(
            "too-few", {**facts, "count": len(sharers), "smallest": smallest, "fit": fit}
        )
    if not can_join and dropped:
        return UnservedReason("trust", {**facts, "detail": dropped[0], "subject": actor})
    if not can_join and blocked:
        return UnservedReason("trust", {**facts, "detail": blocked[0]})
    if load >= capacity:
        return UnservedReason("capacity", {**facts, "load": load})
    if rival is not None:
        return UnservedReason(
            "competitor-balance", {**facts, "rival": rival, "tolerance": tolerance}
        )
    if short_resource is not None:
        return UnservedReason("resources", {**facts, "resource": short_resource})
    return UnservedReason("no-valid-group", facts)


def describe_unserved(
    reason: UnservedReason, lang: str, names: Mapping[str, str]
) -> str:
    """Return the reason as one sentence for the manager, in ``lang``.

    Args:
        reason: From :func:`unserved_reason`.
        lang: ``en`` or ``de``.
        names: Actor id -> display name.
    """
    from trustmatch.i18n import format_number, message

    facts = reason.facts
    values: dict[str, object] = {
        "actor": names.get(str(facts["actor"]), str(facts["actor"])),
        "label": facts["label"],
    }
    count = None
    kind = reason.kind
    if kind == "not-matched":
        values["tag_label"] = facts["tag_label"]
    elif kind == "similar":
        values["other"] = names.get(str(facts["other"]), str(facts["other"]))
        values["text"] = facts["text"]
    elif kind == "ask-member":
        members = [names.get(m, m) for m in facts["members"]]  # type: ignore[attr-defined]
        values["members"] = _join(members, lang)
        values["fit"] = message(f"themes.fit.{facts['fit']}.who", lang)
        count = len(members)
    elif kind in ("sole", "too-few"):
        values["fit"] = message(f"themes.fit.{facts['fit']}.recruit", lang)
        if kind == "too-few":
            count = int(facts["count"])  # type: ignore[arg-type]
            values["smallest"] = format_number(int(facts["smallest"]), lang)  # type: ignore[arg-type]
    elif kind == "trust":
        from trustmatch.report.reasons import reason_in

        detail = str(facts["detail"])
        if "subject" in facts:
            detail = f"{values['actor']} {detail}."
        elif not detail.endswith("."):
            detail += "."
        values["detail"] = reason_in(lang, detail)
    elif kind == "capacity":
        count = int(facts["load"])  # type: ignore[arg-type]
    elif kind == "competitor-balance":
        values["rival"] = names.get(str(facts["rival"]), str(facts["rival"]))
        values["tolerance"] = format_number(float(facts["tolerance"]), lang, 2)  # type: ignore[arg-type]
    elif kind == "resources":
        values["resource"] = facts["resource"]
    key = f"themes.reason.{kind}"
    return message(key, lang, count=count, **values) if count is not None else message(
        key, lang, **values
    )


def _join(names: Sequence[str], lang: str) -> str:
    from trustmatch.i18n import message

    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return message("themes.join", lang, first=", ".join(names[:-1]), last=names[-1])
