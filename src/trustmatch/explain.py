"""Plain-words explanations for the cluster manager.

* :func:`why_project`: whose needs a chosen project serves, the new contacts it makes, its cost.
* :func:`left_out_reasons`: for every interested actor not taking part in a chosen project, why
  (trust below a threshold with whom, capacity reached, competitor balance, resources, project
  full, need already served elsewhere, or simply not worth its cost).
* :func:`unserved_reason`: why a stated need stays unserved, phrased as a hint (recruit a member
  who shares it, add a project type, wait for trust to grow, more budget).

Every reason is data, a catalogue key and the values its sentence names
(:class:`~trustmatch.results.Reason`): members, needs and resources by id, amounts, numbers.
:mod:`trustmatch.i18n.reasons` says it in the reader's language; the English sentence stored
next to it in the results is said the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from trustmatch.candidates import TRUST_EPSILON, Candidate, pair_threshold
from trustmatch.i18n import reasons as said
from trustmatch.i18n.reasons import said_in_english
from trustmatch.i18n.words import ScenarioWords
from trustmatch.optimize.portfolio import (
    FEASIBILITY_TOLERANCE,
    PhaseProblem,
    Selection,
    served_shares,
    unfair_pairs,
)
from trustmatch.results import LeftOut, ProjectRef, Reason, Theme
from trustmatch.trust import pair_key


def project_ref(selection: Selection, project_id: str) -> ProjectRef:
    """Return how a reason names a chosen project (id, type and needs, for its name)."""
    group = selection.candidate.group
    return ProjectRef(id=project_id, type=group.type_id, needs=list(group.themes),
                      label=group.label)


def why_project(selection: Selection, *, new_contacts: int, uses: Mapping[str, float]) -> Reason:
    """Return why a project is in the portfolio: whose needs it serves, contacts, cost.

    Said in English: "Brings Optik Nord GmbH, Südoptik AG and Glashütte Saalfeld together on
    “Finding and keeping skilled workers”; 3 new contacts; costs €950 and 15 h staff time."

    Args:
        selection: The chosen project.
        new_contacts: Pairs of participants who work together for the first time.
        uses: The project's use of every resource.
    """
    group = selection.candidate.group
    served_themes = sorted({t for a in selection.participants for t in group.serves.get(a, ())})
    contacts = (
        said.nested(said.reason("plan.why.contacts", count=said.count(new_contacts)))
        if new_contacts else said.word("plan.why.no_contacts")
    )
    common = {
        "count": said.count(len(selection.participants)),
        "people": said.actors(selection.participants),
        "contacts": contacts,
        "uses": said.uses({r: v for r, v in uses.items() if v > 0}),
    }
    if group.value is not None:
        return said.reason("plan.why.fixed_value", value=said.number(group.value), **common)
    if served_themes:
        return said.reason("plan.why.generated", needs=said.needs(served_themes), **common)
    return said.reason("plan.why.no_need", **common)


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
    words: ScenarioWords,
    dropped: Mapping[tuple[str, str], Reason],
    project_ids: Mapping[int, str],
    facts: PortfolioFacts | None = None,
) -> list[LeftOut]:
    """Return, for every interested actor not taking part in a chosen project, why not.

    Args:
        problem: The phase problem.
        portfolio: The whole portfolio.
        selection: The project to explain.
        words: The scenario's words (the English text stored with each reason is said in them).
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
            problem, selection, actor, facts=facts, dropped=dropped, project_ids=project_ids,
        )
        out.append(LeftOut(actor=actor, reason=said_in_english(reason, words), key=reason.key,
                           params=reason.params))
    return out


def _left_out_reason(
    problem: PhaseProblem,
    selection: Selection,
    actor: str,
    *,
    facts: PortfolioFacts,
    dropped: Mapping[tuple[str, str], Reason],
    project_ids: Mapping[int, str],
) -> Reason:
    load, served, uses = facts.load, facts.served, facts.uses
    candidate: Candidate = selection.candidate
    group = candidate.group
    name = said.actor(actor)
    if (group.key, actor) in dropped:
        return dropped[(group.key, actor)]
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
            values = {"name": name, "other": said.actor(other), "have": said.decimal(have),
                      "need": said.decimal(need)}
            if rival:
                values["level"] = said.level(group.sensitivity)
            key = "plan.reason.rival_trust" if rival else "plan.reason.trust_below"
            if len(blockers) > 1:
                return said.reason(f"{key}_more", count=said.count(len(blockers) - 1), **values)
            return said.reason(key, **values)
    limit = problem.capacity.get(actor, 0)
    if load.get(actor, 0) >= limit:
        return said.reason("plan.reason.at_limit", name=name,
                           count=said.count(load.get(actor, 0)), limit=said.count(limit))
    if len(selection.participants) >= group.max_participants:
        return said.reason("plan.reason.full", name=name,
                           size=said.count(group.max_participants))
    own = [t for t in group.serves.get(actor, ())]
    if own and all((actor, t) in served for t in own):
        where = [
            project_ref(other, project_ids[id(other)])
            for other in facts.projects_of.get(actor, ())
            if any(t in other.candidate.group.serves.get(actor, ()) for t in own)
        ]
        return said.reason("plan.reason.already_served", name=name, count=said.count(len(own)),
                           needs=said.needs(own), projects=said.projects(where))
    newly_unfair = _newly_unfair(problem, facts, actor, own)
    if newly_unfair is not None:
        a, b = newly_unfair
        rival = b if a == actor else a
        return said.reason("plan.reason.balance_join", name=name, rival=said.actor(rival),
                           tolerance=said.decimal(problem.tolerance))
    for resource, per in sorted(group.per_participant_use.items()):
        limit_r = problem.resources.get(resource)
        if per > 0 and limit_r is not None and uses.get(resource, 0.0) + per > limit_r + (
            FEASIBILITY_TOLERANCE * max(1.0, limit_r)
        ):
            return said.reason(
                "plan.reason.resource_left", name=name, resource=said.resource(resource),
                needed=said.amount(resource, per),
                left=said.amount(resource, max(0.0, limit_r - uses.get(resource, 0.0))),
            )
    return said.reason("plan.reason.not_worth_it", name=name)


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
        facts: What the sentence says, as ids and numbers (stored in the result's ``facts``).
        said: The sentence as a catalogue reason (``themes.reason.<kind>`` and its values).
    """

    kind: str
    facts: dict[str, object]
    said: Reason = field(default_factory=lambda: Reason(key=""))


def unserved_reason(
    *,
    theme: Theme,
    actor: str,
    addressing_types: Sequence[tuple[str, int]],
    explicit_addressing: bool,
    capacity: int,
    blocked: Sequence[Reason],
    dropped: Sequence[Reason],
    load: int,
    can_join: bool,
    rival: str | None,
    tolerance: float,
    short_resource: str | None,
    has_plan: bool = True,
    similar: tuple[str, str] | None = None,
    similar_need: str | None = None,
    resembles: str | None = None,
    resembles_id: str | None = None,
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
        similar_need: The catalogue need that similar statement is (a tagged need, said by its
            label in the reader's language); None for the member's own words.
        resembles: Label of a catalogue need that a free-text theme resembles.
        resembles_id: Id of that catalogue need (said by its label in the reader's language).
        fit: The kind of member that fits the need (:mod:`trustmatch.needs.fit`).
        ask: Members of the fitting kind who do not state the need (asked before recruiting).
    """
    sharers = sorted(a for a, w in theme.actors.items() if w > 0)
    facts: dict[str, object] = {"actor": actor, "label": theme.label}
    who = {"actor": said.actor(actor), "label": said.need(theme.id)}

    def found(kind: str, more: dict[str, object] | None = None, **values) -> UnservedReason:
        return UnservedReason(kind, {**facts, **(more or {})},
                              said.reason(f"themes.reason.{kind}", **who, **values))

    if not has_plan:
        return found("no-plan")
    if capacity == 0:
        return found("no-capacity")
    if not addressing_types and not explicit_addressing:
        if resembles is not None and not theme.needs:
            tag = said.need(resembles_id) if resembles_id else said.quote(resembles)
            return found("not-matched", {"tag_label": resembles, "tag": resembles_id},
                         tag_label=tag)
        return found("no-project-type")
    if len(sharers) < 2 and not explicit_addressing:
        if similar is not None:
            return found("similar", {"other": similar[0], "text": similar[1]},
                         other=said.actor(similar[0]),
                         text=said.need(similar_need) if similar_need else said.quote(similar[1]))
        if ask:
            return found("ask-member", {"fit": fit, "members": list(ask)},
                         members=said.actors(ask), count=said.count(len(ask)),
                         fit=said.word(f"themes.fit.{fit}.who"))
        return found("sole", {"fit": fit}, fit=said.word(f"themes.fit.{fit}.recruit"))
    smallest = min((m for _, m in addressing_types), default=None)
    if smallest is not None and len(sharers) < smallest and not explicit_addressing:
        return found("too-few", {"count": len(sharers), "smallest": smallest, "fit": fit},
                     count=said.count(len(sharers)), smallest=said.count(smallest),
                     fit=said.word(f"themes.fit.{fit}.recruit"))
    if not can_join and dropped:
        return found("trust", {"detail": dropped[0], "subject": actor},
                     detail=said.nested(dropped[0]))
    if not can_join and blocked:
        return found("trust", {"detail": blocked[0]}, detail=said.nested(blocked[0]))
    if load >= capacity:
        return found("capacity", {"load": load}, count=said.count(load))
    if rival is not None:
        return found("competitor-balance", {"rival": rival, "tolerance": tolerance},
                     rival=said.actor(rival), tolerance=said.decimal(tolerance))
    if short_resource is not None:
        return found("resources", {"resource": short_resource},
                     resource=said.resource(short_resource))
    return found("no-valid-group")
