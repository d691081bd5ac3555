"""Candidate projects: project types x need themes x eligible actors, plus explicit projects.

Participant subsets are never enumerated. A *generated* candidate is a slot
``(type, theme, k)`` for ``k = 1 .. planning.max_projects_per_theme``: the integer program decides
whether the slot is opened and which of its *eligible* actors (those who state a need in the
theme) take part. An *explicit* candidate is a project from the scenario with fixed participants.

Two stages, because trust changes between phases and the rest does not:

* :func:`candidate_groups` (once per scenario): which types can address which themes, who is
  interested, the resource use, sensitivity and settings of each group.
* :func:`phase_candidates` (once per phase): applies the current trust. Pairs that may never be in
  one project together (``trust_required``, competitors below the co-participation threshold) are
  found; actors who cannot find enough compatible partners are dropped from a group (a project
  of ``min`` participants needs every participant compatible with ``min - 1`` others); groups and
  explicit projects that cannot be formed at all are reported in plain words; extra slots of a
  group are dropped when one project can hold every eligible actor (see :func:`useful_slots`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from trustmatch.i18n import reasons as said
from trustmatch.results import Reason, ReasonParam, Theme
from trustmatch.scenario.models import SENSITIVITY_ORDER, Scenario
from trustmatch.trust import TrustState, pair_key

TRUST_EPSILON = 1e-9
"""Trust values within this distance of a threshold count as reaching it (float noise)."""

DEFAULT_SUCCESS_PROBABILITY = 0.8
"""Success probability of an explicit project without type and without its own value."""


def highest_sensitivity(levels: Sequence[str]) -> str:
    """Return the most sensitive of some sensitivity levels (``none`` for no levels)."""
    return max(levels, key=SENSITIVITY_ORDER.index, default="none")


@dataclass(frozen=True)
class CandidateGroup:
    """Everything about a kind of candidate project that does not depend on trust.

    A generated group is one project type on one theme; an explicit group is one explicit project.

    Attributes:
        key: Stable readable id: ``type:theme`` (generated) or the explicit project's id.
        label: Readable name, e.g. ``Experience-exchange workshop on 'Finding skilled workers'``.
        type_id: Project type id (None for an explicit project without a type).
        explicit: Whether the participants are fixed (an explicit project).
        themes: Theme ids the project addresses.
        interested: Actors who state a need in an addressed theme (generated), or the fixed
            participants (explicit), sorted.
        serves: Actor -> theme ids whose need the project serves when the actor takes part.
        ambition: Ambition level 1-4.
        sensitivity: Highest sensitivity of the type (or explicit setting) and addressed themes.
        trust_required: Mutual trust every two participants need.
        base_success: Success probability before trust, size and ambition effects.
        min_participants: Smallest number of participants.
        max_participants: Largest number of participants.
        fixed_use: Resource -> use independent of the number of participants.
        per_participant_use: Resource -> use per participant.
        value: Fixed value of an explicit project (counted in place of needs), else None.
        slots: How many projects of this group may run in one phase.
        benefit: What serving one unit of need weight delivers (the type's ``benefit``, else
            ``objective.benefit_per_ambition`` of the ambition level).
        recurring: Whether the same project (same participants) may run again in a later phase.
        expected_success: The success chance planners expect of it: ``base_success`` at the
            minimum size and the prior trust, minus the ambition penalty (clipped like a
            simulated chance; see :mod:`trustmatch.outcomes`).
    """

    key: str
    label: str
    type_id: str | None
    explicit: bool
    themes: tuple[str, ...]
    interested: tuple[str, ...]
    serves: Mapping[str, tuple[str, ...]]
    ambition: int
    sensitivity: str
    trust_required: float
    base_success: float
    min_participants: int
    max_participants: int
    fixed_use: Mapping[str, float]
    per_participant_use: Mapping[str, float]
    value: float | None
    slots: int
    benefit: float = 1.0
    recurring: bool = False
    expected_success: float = 1.0

    def uses(self, participants: int) -> dict[str, float]:
        """Return the use of every resource for a project with this many participants."""
        names = sorted(set(self.fixed_use) | set(self.per_participant_use))
        return {
            r: self.fixed_use.get(r, 0.0) + self.per_participant_use.get(r, 0.0) * participants
            for r in names
        }


@dataclass(frozen=True)
class Candidate:
    """One candidate project of a phase, with trust already applied.

    Attributes:
        group: The trust-independent description.
        slot: 1-based slot number within the group (always 1 for an explicit project).
        eligible: Actors who may take part this phase (fixed participants if explicit), sorted.
        conflicts: Pairs of eligible actors that may not take part together, each (a, b), a < b.
    """

    group: CandidateGroup
    slot: int
    eligible: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...] = ()

    @property
    def index_key(self) -> str:
        """Unique key of the slot, e.g. ``workshop:skilled-workers#2``."""
        return f"{self.group.key}#{self.slot}"


@dataclass(frozen=True)
class PhaseCandidates:
    """The candidates of one phase and what could not be formed, in words.

    Attributes:
        candidates: Every candidate slot, in a stable order.
        blocked: Group key -> why it cannot run this phase (a catalogue reason).
        dropped: (group key, actor) -> why the actor cannot join that group this phase.
    """

    candidates: list[Candidate]
    blocked: dict[str, Reason] = field(default_factory=dict)
    dropped: dict[tuple[str, str], Reason] = field(default_factory=dict)


def _addressed_theme_ids(themes: Sequence[Theme], addresses: str | Sequence[str]) -> list[str]:
    """Theme ids a project addresses (mirrors ``trustmatch.needs.themes_addressed``)."""
    from trustmatch.needs import themes_addressed

    return list(themes_addressed(list(themes), addresses))


def candidate_groups(scenario: Scenario, themes: Sequence[Theme]) -> tuple[
    list[CandidateGroup], list[Reason]
]:
    """Return the trust-independent candidate groups and notes about input that leads nowhere.

    Args:
        scenario: The scenario.
        themes: The need themes found in it.

    Returns:
        The groups (generated ones by type then theme order, then explicit projects) and notes
        such as "project type 'x' addresses no need anyone stated" (as catalogue reasons).
    """
    theme_by_id = {t.id: t for t in themes}
    capacity = {a.id: a.max_projects_per_phase for a in scenario.actors}
    groups: list[CandidateGroup] = []
    notes: list[Reason] = []
    slots = scenario.planning.max_projects_per_theme
    for ptype in scenario.project_types:
        addressed = _addressed_theme_ids(themes, ptype.addresses)
        if not addressed:
            notes.append(said.reason("plan.reason.type_unused", type=said.project_type(ptype.id)))
        for theme_id in addressed:
            theme = theme_by_id[theme_id]
            interested = tuple(
                sorted(a for a, w in theme.actors.items() if w > 0 and capacity.get(a, 0) > 0)
            )
            if len(interested) < ptype.participants.min:
                continue  # explained per need by find_unserved (too few members share it)
            groups.append(
                CandidateGroup(
                    key=f"{ptype.id}:{theme_id}",
                    label=f"{ptype.label} on '{theme.label}'",
                    type_id=ptype.id,
                    explicit=False,
                    themes=(theme_id,),
                    interested=interested,
                    serves={a: (theme_id,) for a in interested},
                    ambition=ptype.ambition,
                    sensitivity=highest_sensitivity([ptype.sensitivity, theme.sensitivity]),
                    trust_required=ptype.trust_required,
                    base_success=ptype.success_probability,
                    min_participants=ptype.participants.min,
                    max_participants=min(ptype.participants.max, len(interested)),
                    fixed_use={r: u.fixed for r, u in sorted(ptype.uses.items())},
                    per_participant_use={
                        r: u.per_participant for r, u in sorted(ptype.uses.items())
                    },
                    value=None,
                    slots=slots,
                    benefit=_benefit(scenario, ptype, ptype.ambition),
                    recurring=ptype.recurring,
                )
            )
    groups = [replace(g, expected_success=_expected(scenario, g)) for g in groups]
    types = {t.id: t for t in scenario.project_types}
    for project in scenario.projects:
        group = _explicit_group(project, types.get(project.type or ""), themes, theme_by_id)
        ptype = types.get(project.type or "")
        groups.append(
            replace(
                group,
                benefit=_benefit(scenario, ptype, group.ambition),
                recurring=bool(ptype and ptype.recurring),
                expected_success=_expected(scenario, group),
            )
        )
    return groups, notes


def _expected(scenario: Scenario, group: CandidateGroup) -> float:
    from trustmatch.outcomes import MAX_PROBABILITY, MIN_PROBABILITY

    p = group.base_success - scenario.simulation.ambition_penalty * (group.ambition - 1)
    return min(MAX_PROBABILITY, max(MIN_PROBABILITY, p))


def _benefit(scenario: Scenario, ptype, ambition: int) -> float:
    """The type's own ``benefit``, else the scenario's benefit of the ambition level."""
    if ptype is not None and ptype.benefit is not None:
        return float(ptype.benefit)
    return float(scenario.objective.benefit_per_ambition[ambition])


def _explicit_group(project, ptype, themes, theme_by_id) -> CandidateGroup:
    participants = tuple(sorted(set(project.participants)))
    addressed = _addressed_theme_ids(themes, project.addresses) if project.addresses else []
    if project.value is not None:
        serves: dict[str, tuple[str, ...]] = {a: () for a in participants}
    else:
        serves = {
            a: tuple(t for t in addressed if theme_by_id[t].actors.get(a, 0) > 0)
            for a in participants
        }
    own_sensitivity = project.sensitivity or (ptype.sensitivity if ptype else "none")
    sensitivity = highest_sensitivity(
        [own_sensitivity, *(theme_by_id[t].sensitivity for t in addressed)]
    )
    # The explicit project's own totals win; resources it does not list fall back to the type.
    fixed: dict[str, float] = {}
    if ptype is not None:
        for resource, use in ptype.uses.items():
            fixed[resource] = use.fixed + use.per_participant * len(participants)
    fixed.update(project.uses)

    def inherited(own, from_type, default):
        if own is not None:
            return own
        return from_type if ptype is not None else default

    return CandidateGroup(
        key=project.id,
        label=project.label or project.id,
        type_id=project.type,
        explicit=True,
        themes=tuple(addressed),
        interested=participants,
        serves=serves,
        ambition=inherited(project.ambition, ptype and ptype.ambition, 1),
        sensitivity=sensitivity,
        trust_required=inherited(project.trust_required, ptype and ptype.trust_required, 0.0),
        base_success=inherited(
            project.success_probability,
            ptype and ptype.success_probability,
            DEFAULT_SUCCESS_PROBABILITY,
        ),
        min_participants=ptype.participants.min if ptype is not None else len(participants),
        max_participants=len(participants),
        fixed_use=dict(sorted(fixed.items())),
        per_participant_use={},
        value=project.value,
        slots=1,
    )


def pair_threshold(
    group: CandidateGroup, a: str, b: str, competitors: frozenset[tuple[str, str]],
    co_participation: Mapping[str, float],
) -> float:
    """Return the mutual trust two actors need to take part in a project of this group together."""
    threshold = group.trust_required
    if pair_key(a, b) in competitors:
        threshold = max(threshold, co_participation[group.sensitivity])
    return threshold


def phase_candidates(
    groups: Sequence[CandidateGroup],
    trust: TrustState,
    competitors: frozenset[tuple[str, str]],
    co_participation: Mapping[str, float],
    *,
    names: Mapping[str, str] | None = None,
    ignore_trust: bool = False,
) -> PhaseCandidates:
    """Apply the current trust to the candidate groups.

    Args:
        groups: The trust-independent groups.
        trust: Trust at the start of the phase.
        competitors: Competitor pairs (a, b) with a < b.
        co_participation: Sensitivity level -> trust two competitors need to join one project.
        names: Not used any more: the reasons name members by id and are said in the
            reader's words later (:mod:`trustmatch.i18n.reasons`); kept for existing callers.
        ignore_trust: Drop the trust conditions (``big-bang`` strategy).

    Returns:
        The phase's candidates with their conflict pairs, and what is blocked and why.
    """
    out = PhaseCandidates(candidates=[])
    rivals: dict[str, set[str]] = {}
    for a, b in competitors:
        rivals.setdefault(a, set()).add(b)
        rivals.setdefault(b, set()).add(a)
    for group in groups:
        conflicts: list[tuple[str, str]] = []
        shortfall: dict[tuple[str, str], float] = {}
        if not ignore_trust:
            for a, b in _pairs_to_check(group, rivals):
                need = pair_threshold(group, a, b, competitors, co_participation)
                if need > 0 and trust.pair_trust(a, b) < need - TRUST_EPSILON:
                    conflicts.append((a, b))
                    shortfall[(a, b)] = need
        if group.explicit:
            if conflicts:
                a, b = conflicts[0]
                values = dict(name=said.actor(a), other=said.actor(b),
                              have=said.decimal(trust.pair_trust(a, b)),
                              need=said.decimal(shortfall[(a, b)]))
                out.blocked[group.key] = (
                    said.reason("plan.reason.pair_too_low_more", count=said.count(len(conflicts)),
                                **values)
                    if len(conflicts) > 1 else said.reason("plan.reason.pair_too_low", **values)
                )
                continue
            out.candidates.append(Candidate(group, 1, group.interested, ()))
            continue
        eligible = _prune(group, conflicts)
        suffix, threshold = _threshold_values(group, co_participation)
        for actor in group.interested:
            if actor not in eligible:
                out.dropped[(group.key, actor)] = said.reason(
                    f"plan.reason.dropped{suffix}", name=said.actor(actor),
                    size=said.count(group.min_participants), **threshold,
                )
        if len(eligible) < group.min_participants:
            out.blocked[group.key] = said.reason(
                f"plan.reason.no_group_yet{suffix}",
                type=said.project_type(str(group.type_id)),
                size=said.count(group.min_participants),
                members=said.count(len(group.interested)), **threshold,
            )
            continue
        eligible_set = set(eligible)
        kept = tuple(p for p in conflicts if p[0] in eligible_set and p[1] in eligible_set)
        for slot in range(1, useful_slots(group, eligible, kept) + 1):
            out.candidates.append(Candidate(group, slot, eligible, kept))
    return out


def useful_slots(
    group: CandidateGroup, eligible: Sequence[str], conflicts: Sequence[tuple[str, str]]
) -> int:
    """Return how many slots of a group the program needs: 1 when everyone fits in one project.

    When all eligible actors fit in one project (no more than ``max``) and none are in conflict,
    two projects of the group are always dominated by one with their participants merged: the
    same needs served, every pair of both plus the pairs across, one fixed cost instead of two,
    no more capacity used. Dropping the extra slots keeps the optimum and removes the hardest
    symmetry of the program (which members go to which of two identical projects).
    """
    if len(eligible) <= group.max_participants and not conflicts:
        return 1
    return group.slots


def _pairs_to_check(
    group: CandidateGroup, rivals: Mapping[str, set[str]]
) -> list[tuple[str, str]]:
    """Pairs whose trust matters: all when the type needs trust, else only competitor pairs."""
    if group.trust_required > 0:
        return list(combinations(group.interested, 2))
    members = set(group.interested)
    return sorted(
        (a, b) for a in group.interested for b in rivals.get(a, ()) if a < b and b in members
    )


def _threshold_values(
    group: CandidateGroup, co_participation: Mapping[str, float]
) -> tuple[str, dict[str, ReasonParam]]:
    """The trust a group needs, as a reason's values, and the key suffix that says them.

    ``""``: only the type's trust; ``_rivals``: competitors need more; ``_rivals_only``: the
    type needs none, only competitors do (a sentence about "at least 0.00" would mislead).
    """
    competitor_need = co_participation[group.sensitivity]
    values = {"threshold": said.decimal(group.trust_required)}
    if competitor_need <= group.trust_required:
        return "", values
    values["rivals"] = said.decimal(competitor_need)
    values["level"] = said.level(group.sensitivity)
    if group.trust_required <= 0:
        del values["threshold"]
        return "_rivals_only", values
    return "_rivals", values


def _prune(group: CandidateGroup, conflicts: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Drop actors compatible with fewer than ``min - 1`` others (they can never take part).

    This is the ``(min - 1)``-core of the compatibility graph (the complete graph without the
    conflict pairs), peeled on the sparse conflict graph: an actor's compatible degree is the
    number of others left minus its conflicts among them.
    """
    if not conflicts or group.min_participants <= 1:
        return group.interested
    needed = group.min_participants - 1
    clashes: dict[str, set[str]] = {a: set() for a in group.interested}
    for a, b in conflicts:
        if a != b:
            clashes[a].add(b)
            clashes[b].add(a)
    alive = set(group.interested)
    clashing = {a: len(others) for a, others in clashes.items()}
    removed = True
    while removed:
        removed = False
        for actor in sorted(alive):
            if actor in alive and len(alive) - 1 - clashing[actor] < needed:
                alive.discard(actor)
                for other in clashes[actor]:
                    clashing[other] -= 1
                removed = True
    return tuple(sorted(alive))


def conflict_cliques(
    actors: Sequence[str], conflicts: Sequence[tuple[str, str]]
) -> list[tuple[str, ...]]:
    """Cover every conflict pair by cliques of the conflict graph (greedy, deterministic).

    At most one member of each clique may take part in a project; one clique row replaces all the
    pairwise rows it covers and is much tighter in the LP relaxation.

    Args:
        actors: The eligible actors, sorted.
        conflicts: Pairs that may not take part together.

    Returns:
        Cliques (each sorted, size >= 2) covering every conflict pair.
    """
    if not conflicts:
        return []
    adjacency: dict[str, set[str]] = {a: set() for a in actors}
    for a, b in conflicts:
        adjacency[a].add(b)
        adjacency[b].add(a)
    uncovered = {pair_key(a, b) for a, b in conflicts}
    order = {a: i for i, a in enumerate(actors)}
    cliques: list[tuple[str, ...]] = []
    for a, b in sorted(uncovered, key=lambda p: (order[p[0]], order[p[1]])):
        if (a, b) not in uncovered:
            continue
        clique = [a, b]
        common = adjacency[a] & adjacency[b]
        while common:
            # Prefer the vertex that covers most still-uncovered pairs with the clique.
            best = max(
                sorted(common, key=order.__getitem__),
                key=lambda c: sum(pair_key(c, m) in uncovered for m in clique),
            )
            clique.append(best)
            common &= adjacency[best]
        members = tuple(sorted(clique, key=order.__getitem__))
        for p, q in combinations(members, 2):
            uncovered.discard(pair_key(p, q))
        cliques.append(members)
    return cliques
