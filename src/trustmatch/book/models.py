"""The book file: what the cluster manager keeps on the cluster, period by period.

A book is a YAML file beside the ledger that, like the ledger, only ever grows::

    format: trustmatch-book/1
    scenario: holzcluster-schwarzwald     # the scenario's name
    created: 2027-06-30
    entries:
      - period: 1                         # the phase (half-year or year) the figures belong to
        cluster:                          # figures of the cluster as a whole
          members: 16
          events_held: 3
          event_participants: 74
          press_mentions: 4
        date: 2027-06-30
      - period: 1
        member: zimmerei-faller           # figures a member reported
        figures:
          revenue_growth_pct: [5, 10]     # a band where a firm will not give the exact number
          sick_leave_pct: 4.2             # or the exact number
          satisfaction: 4                 # 1-5, from the yearly member survey
        date: 2027-07-02

Every figure is optional: record what is known. A per-member figure is a number or a band
``[low, high]`` (``null`` for an open end: ``[10, null]`` = "more than 10").
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trustmatch.i18n.phrase import PhraseError, say
from trustmatch.scenario.models import Identifier

BOOK_FORMAT = "trustmatch-book/1"
"""Value of the ``format`` key of every book this version writes and reads."""

Count = Annotated[int, Field(ge=0, le=10_000_000)]
"""A count of things or people."""

Amount = Annotated[float, Field(ge=0, le=1e12, allow_inf_nan=False)]
"""An amount of money."""

Percent = Annotated[float, Field(ge=-1000, le=1000, allow_inf_nan=False)]
"""A percentage (growth may be negative)."""

Score = Annotated[float, Field(ge=1, le=5, allow_inf_nan=False)]
"""A satisfaction score from 1 (very unsatisfied) to 5 (very satisfied)."""


class BookModel(BaseModel):
    """Base of the book models: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, use_attribute_docstrings=True, allow_inf_nan=False
    )


class ClusterFigures(BookModel):
    """Figures of the cluster as a whole for one period (every one optional)."""

    members: Count | None = None
    """Members at the end of the period."""
    members_joined: Count | None = None
    """Members who joined during the period."""
    members_left: Count | None = None
    """Members who left during the period."""
    events_held: Count | None = None
    """Events the cluster management held (meetings, workshops, visits)."""
    event_participants: Count | None = None
    """People who attended those events, added up."""
    projects_run: Count | None = None
    """Joint projects that took place."""
    projects_succeeded: Count | None = None
    """Of those, the ones that reached their goal."""
    funding_raised_eur: Amount | None = None
    """Public or private funding raised for the cluster's projects, in euros."""
    press_mentions: Count | None = None
    """Regional visibility: articles and broadcasts that mention the cluster."""
    fair_appearances: Count | None = None
    """Visibility: joint appearances at trade fairs."""
    international_contacts: Count | None = None
    """International visibility: contacts with clusters or partners abroad."""
    satisfaction: Score | None = None
    """Mean member satisfaction (1-5) from the yearly member survey."""
    satisfaction_responses: Count | None = None
    """Members who answered the satisfaction question."""


Band = tuple[Percent | None, Percent | None]
"""A band ``[low, high]``; either end may be ``null`` (open)."""

Figure = Percent | Band
"""A number, or a band where the exact number is not given."""


class MemberFigures(BookModel):
    """Figures one member reported for one period (every one optional)."""

    revenue_growth_pct: Figure | None = None
    """Growth of yearly revenue against the year before, in percent."""
    production_growth_pct: Figure | None = None
    """Growth of production (output volume) against the year before, in percent."""
    sick_leave_pct: Figure | None = None
    """Sick-leave rate: share of working days lost to illness, in percent."""
    employees: Figure | None = None
    """Employees (head count)."""
    rnd_staff: Figure | None = None
    """Staff working in research and development (head count)."""
    export_share_pct: Figure | None = None
    """Share of revenue earned abroad, in percent."""
    satisfaction: Score | None = None
    """The member's satisfaction with the cluster (1-5) from the yearly member survey."""

    @field_validator(
        "revenue_growth_pct",
        "production_growth_pct",
        "sick_leave_pct",
        "employees",
        "rnd_staff",
        "export_share_pct",
    )
    @classmethod
    def _band_in_order(cls, value: Any) -> Any:
        if isinstance(value, tuple):
            low, high = value
            if low is None and high is None:
                raise PhraseError(say("book.error_band_no_end"))
            if low is not None and high is not None and low > high:
                raise PhraseError(say("book.error_band_order", low=low, high=high))
        return value


class BookEntry(BookModel):
    """One recording: the cluster's figures, or one member's, for one period."""

    period: Annotated[int, Field(ge=1, le=100)]
    """The period (phase) the figures belong to, 1 = the first."""
    member: Identifier | None = None
    """The member who reported ``figures``; leave out for the cluster's own figures."""
    cluster: ClusterFigures | None = None
    """Figures of the cluster as a whole (give this, or ``member`` and ``figures``)."""
    figures: MemberFigures | None = None
    """The member's figures (with ``member``)."""
    date: dt.date | None = None
    """When the figures were recorded."""
    note: str = ""
    """Free note of the cluster manager (e.g. where the figures come from)."""

    @field_validator("note", mode="before")
    @classmethod
    def _none_note(cls, value: Any) -> Any:
        return "" if value is None else value

    @model_validator(mode="after")
    def _one_scope(self) -> BookEntry:
        if self.member is None:
            if self.cluster is None or self.figures is not None:
                raise PhraseError(say("book.error_cluster_or_member"))
        elif self.figures is None or self.cluster is not None:
            raise PhraseError(say("book.error_member_needs_figures"))
        return self

    def recorded(self) -> dict[str, object]:
        """Return the figures this entry records (name → value), without the empty ones."""
        block = self.cluster if self.member is None else self.figures
        assert block is not None
        return {name: value for name, value in block if value is not None}


class Book(BookModel):
    """A whole book: which scenario it belongs to, and the recordings in file order."""

    format: Literal["trustmatch-book/1"] = BOOK_FORMAT
    """Book format version."""
    scenario: Identifier
    """Name of the scenario (cluster) the book belongs to."""
    created: dt.date | None = None
    """When the book was created."""
    entries: list[BookEntry] = Field(default_factory=list)
    """Recordings, in the order they were made."""

    @field_validator("entries", mode="before")
    @classmethod
    def _none_entries(cls, value: Any) -> Any:
        return [] if value is None else value


CLUSTER_FIGURES: tuple[str, ...] = tuple(ClusterFigures.model_fields)
"""Names of the cluster-level figures, in the order of the format."""

MEMBER_FIGURES: tuple[str, ...] = tuple(MemberFigures.model_fields)
"""Names of the per-member figures, in the order of the format."""


def midpoint(value: object) -> float | None:
    """Return a figure as one number: the number itself, or the middle of a closed band.

    An open band (``[10, null]``) counts as its known end: the only number it gives.
    """
    if value is None:
        return None
    if isinstance(value, tuple):
        low, high = value
        if low is None:
            return float(high)  # type: ignore[arg-type]
        if high is None:
            return float(low)
        return (float(low) + float(high)) / 2
    return float(value)  # type: ignore[arg-type]
