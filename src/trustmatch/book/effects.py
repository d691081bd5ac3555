"""What moved the cluster: the book's indicators beside the activities of each period.

Three views, none of them a proof of cause (the report and the terminal say so):

* per period, the cluster's figures (book) beside what the cluster did (ledger: projects run and
  succeeded, members who took part, new contacts);
* members who took part in projects against those who did not: for each per-member figure, the
  mean in the first and in the last period the book has, and the mean change of the members
  with both, with the number of members behind every figure. A group of fewer than
  :data:`MIN_GROUP` members shows nothing (a member must not be identifiable from a band);
* the project types that preceded the largest gains in trust and contacts: for every project that
  took place, the rise of its participants' mutual trust over its phase and the new contacts it
  made, added up per type.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from pydantic import BaseModel, ConfigDict

from trustmatch.book.models import CLUSTER_FIGURES, MEMBER_FIGURES, Book, midpoint
from trustmatch.scenario.models import Scenario
from trustmatch.trust import initial_trust, pair_key

MIN_GROUP = 3
"""Smallest group of members whose figures are shown."""


class EffectsModel(BaseModel):
    """Base of the result models: strict and immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class PeriodActivity(EffectsModel):
    """One period: the cluster's figures beside its activities."""

    period: int
    """Period (phase) number."""
    figures: dict[str, float]
    """The cluster's figures recorded in the book for the period (name → value)."""
    projects_run: int
    """Projects that took place (ledger)."""
    projects_succeeded: int
    """Of those, the successful ones."""
    members_in_projects: int
    """Members who took part in at least one of them."""
    new_contacts: int
    """Pairs of members who worked together for the first time."""


class GroupFigure(EffectsModel):
    """One per-member figure for one group of members; ``None`` where the group is too small."""

    members: int
    """Members in the group who reported the figure in the first or last period."""
    first: float | None
    """Mean in the first period (None: fewer than MIN_GROUP members reported it)."""
    last: float | None
    """Mean in the last period (None: fewer than MIN_GROUP members reported it)."""
    change: float | None
    """Mean change of the members who reported both (None: fewer than MIN_GROUP)."""
    change_members: int
    """Members behind ``change``."""


class FigureComparison(EffectsModel):
    """Members who took part in projects against those who did not, for one figure."""

    figure: str
    """Name of the per-member figure."""
    took_part: GroupFigure
    """Members with at least one joint project that took place."""
    did_not: GroupFigure
    """Members without any."""


class TypeGain(EffectsModel):
    """What the projects of one type preceded."""

    type: str
    """Project type id."""
    projects: int
    """Projects of the type that took place."""
    trust_gain: float
    """Rise of the participants' mutual trust over the projects' phases, added up over pairs."""
    new_contacts: int
    """Pairs who worked together for the first time in these projects."""


class ClusterEffects(EffectsModel):
    """What moved the cluster (see the module docstring)."""

    first_period: int | None
    """First period with per-member figures."""
    last_period: int | None
    """Last period with per-member figures."""
    periods: list[PeriodActivity]
    """Figures beside activities, per period."""
    comparisons: list[FigureComparison]
    """Participants against non-participants, per figure."""
    type_gains: list[TypeGain]
    """Project types by the trust gain they preceded (largest first)."""


def _member_values(book: Book, period: int, figure: str) -> dict[str, float]:
    out = {}
    for entry in book.entries:
        if entry.member is not None and entry.period == period:
            value = midpoint(entry.recorded().get(figure))
            if value is not None:
                out[entry.member] = value
    return out


def _group(first: dict[str, float], last: dict[str, float], members: set[str]) -> GroupFigure:
    a = {m: v for m, v in first.items() if m in members}
    b = {m: v for m, v in last.items() if m in members}
    both = sorted(set(a) & set(b))

    def mean(values: Sequence[float]) -> float | None:
        return round(sum(values) / len(values), 6) if len(values) >= MIN_GROUP else None

    return GroupFigure(
        members=len(set(a) | set(b)),
        first=mean(list(a.values())),
        last=mean(list(b.values())),
        change=mean([b[m] - a[m] for m in both]),
        change_members=len(both),
    )


def cluster_effects(scenario: Scenario, book: Book, ledger=None) -> ClusterEffects:
    """Set the book's indicators beside the ledger's activities (see the module docstring).

    Args:
        scenario: The cluster.
        book: The manager's book.
        ledger: The ledger (:class:`trustmatch.ledger.LoadedLedger` or ``Ledger``), or None.

    Returns:
        The three views; figures of groups under :data:`MIN_GROUP` members are left out.
    """
    entries = [] if ledger is None else list(getattr(ledger, "ledger", ledger).entries)
    periods = sorted({e.period for e in book.entries} | {e.phase for e in entries})
    trust = initial_trust(scenario)
    met = set(trust.met)
    activities = []
    gains: dict[str, list[float]] = {}
    took_part: set[str] = set()
    for period in range(1, max(periods, default=0) + 1):
        done = [e for e in entries if e.phase == period and e.result != "cancelled"]
        before = trust.end_phase()
        after = before.record_many(
            (e.participants, e.result, e.ambition) for e in entries if e.phase == period
        )
        new_pairs: set[tuple[str, str]] = set()
        for entry in done:
            pairs = [pair_key(a, b) for a, b in combinations(sorted(set(entry.participants)), 2)]
            fresh = [p for p in pairs if p not in met and p not in new_pairs]
            new_pairs.update(fresh)
            rise = sum(after.pair_trust(*p) - before.pair_trust(*p) for p in pairs)
            key = entry.type or entry.project
            total = gains.setdefault(key, [0, 0.0, 0])
            total[0] += 1
            total[1] += rise
            total[2] += len(fresh)
            took_part.update(entry.participants)
        met |= new_pairs
        trust = after
        figures: dict[str, float] = {}
        for entry in book.entries:
            if entry.member is None and entry.period == period:
                figures.update({k: float(v) for k, v in entry.recorded().items()})
        if period in periods:
            activities.append(
                PeriodActivity(
                    period=period,
                    figures={k: figures[k] for k in CLUSTER_FIGURES if k in figures},
                    projects_run=len(done),
                    projects_succeeded=sum(e.result == "success" for e in done),
                    members_in_projects=len({a for e in done for a in e.participants}),
                    new_contacts=len(new_pairs),
                )
            )
    member_periods = sorted({e.period for e in book.entries if e.member is not None})
    comparisons = []
    first_period = member_periods[0] if member_periods else None
    last_period = member_periods[-1] if member_periods else None
    if first_period is not None:
        everyone = {actor.id for actor in scenario.actors}
        for figure in MEMBER_FIGURES:
            first = _member_values(book, first_period, figure)
            last = _member_values(book, last_period, figure)
            if not first and not last:
                continue
            comparisons.append(
                FigureComparison(
                    figure=figure,
                    took_part=_group(first, last, took_part),
                    did_not=_group(first, last, everyone - took_part),
                )
            )
    type_gains = sorted(
        (
            TypeGain(type=key, projects=int(n), trust_gain=round(rise, 6), new_contacts=int(c))
            for key, (n, rise, c) in gains.items()
        ),
        key=lambda gain: (-gain.trust_gain, -gain.new_contacts, gain.type),
    )
    return ClusterEffects(
        first_period=first_period,
        last_period=last_period,
        periods=activities,
        comparisons=comparisons,
        type_gains=type_gains,
    )
