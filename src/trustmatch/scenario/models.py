"""The scenario format: strict, frozen pydantic models, one per section of a scenario file.

Every field carries a docstring; the docstrings become the descriptions of the generated JSON
Schema (``trustmatch schema``), so editors show them while a consultant types.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from trustmatch.i18n.phrase import Number, PhraseError, say

Language = Literal["en", "de"]
"""A language trustmatch speaks (see ``trustmatch.i18n``)."""

Sensitivity = Literal["none", "low", "medium", "high"]
"""How much competitive information a project on a need exposes."""

SENSITIVITY_ORDER: tuple[str, ...] = ("none", "low", "medium", "high")
"""Sensitivity levels from the least to the most sensitive."""

ActorKind = Literal[
    "company", "startup", "supplier", "university", "research", "association", "public"
]
"""The kinds of cluster member."""

FIRM_KINDS: frozenset[str] = frozenset({"company", "startup", "supplier"})
"""Kinds of actor that compete in markets (used when competition is derived from markets)."""

DEFAULT_MAX_PROJECTS_PER_PHASE = 2
"""Projects an actor takes part in per phase when its ``max_projects_per_phase`` is not given."""


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise PhraseError(say("scenario.finding.not_finite_plain"))
    return value


def _identifier(value: str) -> str:
    if not value.strip():
        raise PhraseError(say("scenario.finding.empty"))
    if value != value.strip():
        raise PhraseError(say("scenario.finding.spaces_around"))
    # Control and format characters (a right-to-left override, a zero-width space) make an id
    # print differently from what it is, so two ids that look alike would not be alike.
    for position, character in enumerate(value):
        if unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp"):
            raise PhraseError(say("cli.invisible_character", code=f"U+{ord(character):04X}",
                                  position=position + 1))
    return value


Identifier = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_identifier)]
"""An id: a non-empty string without surrounding spaces."""

MAX_WEIGHT = 1_000_000.0
"""Largest need weight, objective weight or trust strength a cluster can mean (relative units)."""

MAX_AMOUNT = 1_000_000_000.0
"""Largest capacity or use of a resource per phase (a billion euros or hours is no cluster's)."""

MAX_SECONDS = 7 * 24 * 3600.0
"""Longest time limit for planning one phase (a week)."""


def at_most(high: float, low: float = 0.0) -> AfterValidator:
    """Return a validator refusing values above ``high``, naming the whole range in its message.

    Values this large pass type checks but break the solver's arithmetic (1e308 ends as a
    misleading solver status), so they are refused where the user wrote them.

    Args:
        high: Largest value allowed.
        low: Smallest value allowed (only for the message; ``Field`` checks it).
    """

    def check(value: float) -> float:
        if value > high:
            raise PhraseError(say("cli.out_of_range", low=Number(low), high=Number(high),
                                  value=f"{value:g}"))
        return value

    return AfterValidator(check)


NonNegative = Annotated[float, Field(ge=0), AfterValidator(_finite)]
"""A finite number >= 0."""

Amount = Annotated[float, Field(ge=0), AfterValidator(_finite), at_most(MAX_AMOUNT)]
"""A capacity or use of a resource: 0 to :data:`MAX_AMOUNT`."""

Weight = Annotated[float, Field(ge=0), AfterValidator(_finite), at_most(MAX_WEIGHT)]
"""A weight of the objective: 0 to :data:`MAX_WEIGHT`."""

Positive = Annotated[float, Field(gt=0), AfterValidator(_finite)]
"""A finite number > 0."""

Share = Annotated[float, Field(ge=0, le=1), AfterValidator(_finite)]
"""A finite number between 0 and 1."""


Label = Annotated[str, Field(min_length=1, max_length=300)]
"""A readable name, in one language."""

_LABEL_SCHEMA: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 300}
LabelPerLanguage = Annotated[
    str, Field(min_length=1, max_length=300),
    WithJsonSchema({"anyOf": [_LABEL_SCHEMA, {
        "type": "object", "minProperties": 1, "additionalProperties": False,
        "properties": {"en": _LABEL_SCHEMA, "de": _LABEL_SCHEMA},
    }]}),
]
"""A label written as one string or as ``{de: …, en: …}`` (kept as one string; see ``labels``)."""

LocalText = Label | dict[Language, Label]
"""A text for people: one string for every language, or one per language (``{de: …, en: …}``)."""


def text_in(value: str | dict[str, str] | None, lang: str, default: str = "") -> str:
    """Return the text of ``value`` in ``lang``.

    Args:
        value: One string for every language, or a mapping language -> string.
        lang: ``en`` or ``de``.
        default: Returned when ``value`` is empty.

    Returns:
        The text in ``lang``; the other language's text when the author gave only that one.
    """
    if not value:
        return default
    if isinstance(value, str):
        return value
    return value.get(lang) or next(iter(value.values()))


def _split_label(data: Any) -> Any:
    """Accept ``label: {de: …, en: …}``: keep ``label`` as one string and the rest in ``labels``.

    ``label`` stays a plain string (English when given) because the pipeline matches free-text
    needs against it and names candidates by it; ``labels`` holds every language given.
    """
    if isinstance(data, dict) and isinstance(data.get("label"), dict) and data["label"]:
        unknown = [str(key) for key in data["label"] if key not in ("en", "de")]
        if unknown:
            raise PhraseError(say("scenario.finding.label_language", language=unknown[0]))
        data = dict(data)
        given = data.pop("label")
        data["labels"] = {**given, **(data.get("labels") or {})}
        first = next(iter(given.values()))
        data["label"] = given.get("en", first) if isinstance(given, dict) else first
    return data


class StrictModel(BaseModel):
    """Base of every scenario model: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        allow_inf_nan=False,
        validate_default=True,
    )


class NeedStatement(StrictModel):
    """One need an actor stated: either a tag from the needs catalogue or free text."""

    need: Identifier | None = None
    """Id of a need in the needs catalogue (give this or ``text``)."""
    text: Annotated[str, Field(min_length=1, max_length=2000)] | None = None
    """The need in the actor's own words, German or English (give this or ``need``)."""
    weight: Annotated[Positive, at_most(MAX_WEIGHT)] = 1.0
    """How important this need is to the actor (relative to its other needs)."""

    @model_validator(mode="after")
    def _exactly_one_form(self) -> NeedStatement:
        if (self.need is None) == (self.text is None):
            raise PhraseError(say("scenario.finding.need_or_text"))
        if self.text is not None and not self.text.strip():
            raise PhraseError(say("scenario.finding.blank_text"))
        return self


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""A day of the week, in English, lower case."""

WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
)
"""The days of the week in order (``date.weekday()`` is the index)."""


class DateRange(StrictModel):
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    """First day (YYYY-MM-DD)."""
    end: dt.date
    """Last day (YYYY-MM-DD), not before ``start``."""

    @model_validator(mode="after")
    def _in_order(self) -> DateRange:
        if self.end < self.start:
            raise PhraseError(say("scenario.finding.end_before_start", end=str(self.end),
                                  start=str(self.start)))
        return self


class Availability(StrictModel):
    """When a member cannot attend meetings (used to propose kick-off dates)."""

    weekdays: list[Weekday] = Field(default_factory=list)
    """Days of the week the member is never available (e.g. ``[monday, friday]``)."""
    dates: list[DateRange] = Field(default_factory=list)
    """Date ranges the member is not available (holidays, trade fairs, peak season)."""


class Actor(StrictModel):
    """A member of the cluster (or a candidate member)."""

    id: Identifier
    """Unique id used everywhere else in the scenario."""
    name: Annotated[str, Field(min_length=1, max_length=300)]
    """Display name."""
    kind: ActorKind
    """company, startup, supplier, university, research, association or public."""
    markets: list[Identifier] = Field(default_factory=list)
    """Markets the actor sells in; firms sharing a market compete (see ``competition``)."""
    size: Annotated[int, Field(ge=0)] | None = None
    """Number of employees (informational)."""
    max_projects_per_phase: Annotated[int, Field(ge=0, le=100)] = DEFAULT_MAX_PROJECTS_PER_PHASE
    """How many projects the actor can join in one phase (default 2)."""
    needs: list[NeedStatement] = Field(default_factory=list)
    """The needs the actor stated, each a catalogue tag or free text, with a weight."""
    email: Annotated[str, Field(max_length=320, pattern=r"^[^@\s<>]+@[^@\s<>]+$")] | None = None
    """Contact address for invitations (kick-off meetings); optional."""
    unavailable: Availability = Field(default_factory=Availability)
    """When the member cannot attend meetings (weekdays, date ranges)."""


class CatalogueNeed(StrictModel):
    """A need in the catalogue: a tag actors can refer to and project types can address."""

    id: Identifier
    """Unique id of the need (the tag)."""
    label: LabelPerLanguage
    """Readable label, also used to match free-text needs to this tag; may be given per
    language as ``label: {de: …, en: …}`` (then ``labels`` holds them)."""
    labels: dict[Language, Label] = Field(default_factory=dict)
    """The label in each language (from ``label: {de: …, en: …}``); the report and the
    terminal use the reader's language and fall back to ``label``."""
    sensitivity: Sensitivity = "none"
    """How much competitive information a project on this need exposes."""
    keywords: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)
    """Extra words and synonyms (any language) that help match free text to this need."""

    @model_validator(mode="before")
    @classmethod
    def _label_per_language(cls, data: Any) -> Any:
        return _split_label(data)

    def label_in(self, lang: str) -> str:
        """Return the label in ``lang`` (``label`` when the author gave none in that language)."""
        return self.labels.get(lang, self.label)


class CoParticipationTrust(StrictModel):
    """Mutual trust two competitors need to join the same project, by the project's sensitivity."""

    none: Share = 0.0
    """Threshold for projects of sensitivity ``none``."""
    low: Share = 0.25
    """Threshold for projects of sensitivity ``low``."""
    medium: Share = 0.5
    """Threshold for projects of sensitivity ``medium``."""
    high: Share = 0.8
    """Threshold for projects of sensitivity ``high``."""

    def for_level(self, sensitivity: str) -> float:
        """Return the threshold for one sensitivity level."""
        return float(getattr(self, sensitivity))


ActorPair = tuple[Identifier, Identifier]
"""Two actor ids."""


class Competition(StrictModel):
    """Who competes with whom, and how strictly the plan must avoid a competitive loss."""

    derive_from_markets: bool = True
    """Firms (company, startup, supplier) that share a market are competitors."""
    pairs: list[ActorPair] = Field(default_factory=list)
    """Competitor pairs that the markets do not show."""
    not_competing: list[ActorPair] = Field(default_factory=list)
    """Pairs that share a market but do not compete (removed from the derived pairs)."""
    tolerance: Share = 0.25
    """Largest allowed difference between two competitors' served share of their own needs."""
    co_participation_trust: CoParticipationTrust = Field(default_factory=CoParticipationTrust)
    """Mutual trust two competitors need to join one project, by the project's sensitivity."""


class KnownTrust(StrictModel):
    """Pairwise trust known from earlier cooperation."""

    pair: ActorPair
    """The two actors."""
    value: Share
    """Their mutual trust, between 0 and 1."""


class TrustSettings(StrictModel):
    """The trust model (beta reputation) and what is known before the first phase."""

    model: Literal["beta"] = "beta"
    """Trust model; ``beta`` is the beta reputation model (Jøsang & Ismail 2002)."""
    prior_mean: Annotated[float, Field(gt=0, lt=1), AfterValidator(_finite)] = 0.3
    """Pairwise trust between members who have not worked together."""
    prior_strength: Annotated[Positive, at_most(MAX_WEIGHT)] = 2.0
    """Pseudo-observations behind the prior (higher: trust moves more slowly)."""
    forgetting: Annotated[float, Field(ge=0, lt=1), AfterValidator(_finite)] = 0.0
    """Share of past evidence forgotten per phase (evidence shrinks toward the prior)."""
    known: list[KnownTrust] = Field(default_factory=list)
    """Pairwise trust known from earlier cooperation."""
    known_strength: Annotated[Positive, at_most(MAX_WEIGHT)] | None = None
    """Pseudo-observations behind a ``known`` value (default: the same as ``prior_strength``)."""


class Resource(StrictModel):
    """A resource with the words a reader sees: ``{capacity: 30000, label: Budget, unit: €}``."""

    capacity: Amount
    """Capacity available in each phase."""
    label: LocalText | None = None
    """What the reader calls it (``Budget``, or ``{de: Stunden des Clustermanagements, en:
    Cluster manager's hours}``); default: the resource's key."""
    unit: LocalText | None = None
    """Unit of the amounts: a currency (``€``, ``EUR``, ``CHF``) is written as money, any other
    unit (``h``, ``{de: Tage, en: days}``) after the number; default: none."""


class ResourceUse(StrictModel):
    """Use of one resource by a project: a fixed part plus a part per participant."""

    fixed: Amount = 0.0
    """Use independent of the number of participants."""
    per_participant: Amount = 0.0
    """Additional use for each participant."""


class ParticipantRange(StrictModel):
    """Smallest and largest number of participants of a project."""

    min: Annotated[int, Field(ge=1, le=10_000)] = 2
    """Smallest number of participants."""
    max: Annotated[int, Field(ge=1, le=10_000)] = 10
    """Largest number of participants."""


class ProjectType(StrictModel):
    """A kind of project the cluster can run, from starter (ambition 1) to most ambitious (4)."""

    id: Identifier
    """Unique id of the project type."""
    label: LabelPerLanguage
    """Readable name; may be given per language as ``label: {de: …, en: …}`` (then ``labels``
    holds them)."""
    labels: dict[Language, Label] = Field(default_factory=dict)
    """The name in each language (from ``label: {de: …, en: …}``); the report and the terminal
    use the reader's language and fall back to ``label``."""
    ambition: Annotated[int, Field(ge=1, le=4)] = 1
    """1 = starter project ... 4 = most ambitious project."""
    participants: ParticipantRange = Field(default_factory=ParticipantRange)
    """Smallest and largest number of participants."""
    uses: dict[Identifier, ResourceUse] = Field(default_factory=dict)
    """Use of each named resource (fixed + per participant)."""
    sensitivity: Sensitivity = "none"
    """How much competitive information the project exposes (the highest of this and its needs')."""
    trust_required: Share = 0.0
    """Mutual trust every two participants need."""
    success_probability: Annotated[float, Field(gt=0, le=1), AfterValidator(_finite)] = 0.8
    """Chance of success before trust, size and ambition effects."""
    addresses: Literal["any"] | list[Identifier] = "any"
    """``any`` need or theme, or a list of catalogue need ids."""
    benefit: Positive | None = None
    """What serving one unit of need weight with this type delivers (default:
    ``objective.benefit_per_ambition`` of its ambition level)."""
    recurring: bool = False
    """The type may run again with the same participants on the same need in a later phase (a
    yearly open day); other types never repeat a project of an earlier phase exactly."""

    @model_validator(mode="before")
    @classmethod
    def _label_per_language(cls, data: Any) -> Any:
        return _split_label(data)

    def label_in(self, lang: str) -> str:
        """Return the name in ``lang`` (``label`` when the author gave none in that language)."""
        return self.labels.get(lang, self.label)


class ExplicitProject(StrictModel):
    """A fully specified candidate project, chosen or not like the generated ones."""

    id: Identifier
    """Unique id (distinct from the project type ids)."""
    label: LabelPerLanguage | None = None
    """Readable name (default: the type's name, else the id); may be given per language as
    ``label: {de: …, en: …}`` (then ``labels`` holds them)."""
    labels: dict[Language, Label] = Field(default_factory=dict)
    """The name in each language (from ``label: {de: …, en: …}``)."""
    type: Identifier | None = None
    """Project type it belongs to; ambition, sensitivity and trust settings are inherited."""
    participants: list[Identifier] = Field(min_length=1)
    """The fixed participants (actor ids)."""
    addresses: list[Identifier] = Field(default_factory=list)
    """Catalogue needs the project serves for its participants."""
    uses: dict[Identifier, Amount] = Field(default_factory=dict)
    """Total use of each named resource."""
    value: Amount | None = None
    """Fixed value, counted in place of the needs it serves (a pure selection problem)."""
    ambition: Annotated[int, Field(ge=1, le=4)] | None = None
    """Ambition level (default: the type's, else 1)."""
    sensitivity: Sensitivity | None = None
    """Sensitivity (default: the type's, else none)."""
    trust_required: Share | None = None
    """Mutual trust every two participants need (default: the type's, else 0)."""
    success_probability: Annotated[float, Field(gt=0, le=1), AfterValidator(_finite)] | None = None
    """Chance of success before trust effects (default: the type's, else 0.8)."""

    @model_validator(mode="before")
    @classmethod
    def _label_per_language(cls, data: Any) -> Any:
        return _split_label(data)


DEFAULT_BENEFIT_PER_AMBITION: dict[int, float] = {1: 1.0, 2: 1.5, 3: 2.0, 4: 3.0}
"""Benefit per unit of need weight by ambition level when the scenario gives none."""


class ObjectiveWeights(StrictModel):
    """Weights of the three terms of the objective."""

    need_value: Weight = 1.0
    """Weight of served need weight (each actor's need counted once per phase)."""
    new_contacts: Weight = 0.5
    """Weight of each pair of actors working together for the first time."""
    cost: Weight = 0.0
    """Weight per unit of ``cost_resource`` spent."""
    cost_resource: Identifier | None = None
    """The resource that counts as cost (default: the first resource)."""
    benefit_per_ambition: dict[Annotated[int, Field(ge=1, le=4)], Positive] = Field(
        default_factory=lambda: dict(DEFAULT_BENEFIT_PER_AMBITION)
    )
    """What serving one unit of need weight delivers, by the project's ambition level (levels
    left out keep their default: 1 -> 1.0, 2 -> 1.5, 3 -> 2.0, 4 -> 3.0); a project type's
    ``benefit`` overrides it."""
    repeat_factor: Share = 0.5
    """Share of the benefit a need earns again when a later phase serves it at no higher benefit
    than an earlier successful project did: value = repeat_factor * min(b, b_before) +
    max(0, b - b_before)."""
    members_reached: NonNegative = 2.0
    """Bonus for each member with stated needs who gets a first joint project (the contact rule:
    nobody who states needs stays without contact when budget and rules allow)."""

    @field_validator("benefit_per_ambition", mode="after")
    @classmethod
    def _fill_levels(cls, value: dict[int, float]) -> dict[int, float]:
        return {**DEFAULT_BENEFIT_PER_AMBITION, **value}


class StatementRef(StrictModel):
    """One stated need of an actor: by its position in the actor's list, or by its words."""

    actor: Identifier
    """Id of the actor who stated the need."""
    need: Annotated[int, Field(ge=1)] | None = None
    """Position of the need in the actor's ``needs`` list, counted from 1 (give this or
    ``text``; neither is needed when the actor states only one need)."""
    text: Annotated[str, Field(min_length=1, max_length=2000)] | None = None
    """The need's free text as the actor wrote it (spaces and case do not matter)."""

    def resolve(self, scenario: Scenario) -> tuple[str, int]:
        """Return (actor id, index in ``actor.needs``, counted from 0) of the referenced need.

        Raises:
            ValueError: The actor, position or text does not exist (the scenario checks report
                this with file and line before any planning).
        """
        found = {a.id: a for a in scenario.actors}.get(self.actor)
        if found is None:
            raise ValueError(f"unknown actor '{self.actor}'")
        index = statement_index(found, self.need, self.text)
        if index is None:
            raise ValueError(f"actor '{self.actor}' has no such need")
        return (self.actor, index)


def _same_words(text: str) -> str:
    return " ".join(text.lower().split())


def statement_index(actor: Actor, need: int | None, text: str | None) -> int | None:
    """Return the 0-based index of an actor's need given by position or text (None if none)."""
    if need is not None:
        return need - 1 if need <= len(actor.needs) else None
    if text is not None:
        wanted = _same_words(text)
        for index, statement in enumerate(actor.needs):
            if statement.text is not None and _same_words(statement.text) == wanted:
                return index
        return None
    return 0 if len(actor.needs) == 1 else None


class ThemeCorrection(StatementRef):
    """The manager's correction of the grouping: this need belongs to a tag or with another.

    Example (YAML)::

        themes:
          corrections:
            - {actor: holzbau-mueller, need: 2, tag: skilled-workers}
            - {actor: messebau-ost, same_as: {actor: optik-nord, need: 1}}
    """

    tag: Identifier | None = None
    """Catalogue need id the statement belongs to (give this or ``same_as``)."""
    same_as: StatementRef | None = None
    """Another need whose theme the statement belongs to (give this or ``tag``)."""

    @model_validator(mode="after")
    def _one_target(self) -> ThemeCorrection:
        if (self.tag is None) == (self.same_as is None):
            raise PhraseError(say("scenario.finding.tag_or_same_as"))
        return self


class ThemeSettings(StrictModel):
    """How free-text needs are turned into themes."""

    catalogue_match_threshold: Share = 0.5
    """Similarity (0-1) above which free-text needs are matched to a catalogue tag (a group of
    statements on average, a statement of a group of one on its own)."""
    cluster_threshold: Share = 0.25
    """Similarity (0-1) above which free-text needs are grouped into one theme (on average)."""
    unsure_below: Share = 0.6
    """Confidence (0-1) below which a statement's theme is flagged unsure for the manager."""
    similar_threshold: Share = 0.1
    """Similarity (0-1) from which another member's statement counts as "something similar"
    for a need nobody else states (the advice then says to check the grouping)."""
    corrections: list[ThemeCorrection] = Field(default_factory=list)
    """The manager's corrections of the grouping, applied in order before planning."""


class PlanningSettings(StrictModel):
    """Settings of the phase planner."""

    solver: Literal["highs", "cbc"] = "highs"
    """Integer-programming solver (HiGHS when installed, else CBC)."""
    time_limit: Annotated[Positive, at_most(MAX_SECONDS)] = 60.0
    """Seconds for planning one phase: candidates, model, greedy start and solver."""
    mip_gap: Share = 0.0
    """Relative optimality gap at which the solver may stop (0 = prove optimality)."""
    reproducible: bool = False
    """Stop the solver after a fixed amount of work instead of at ``time_limit``, so that a phase
    not proven optimal still gets the same plan on every run, however fast or busy the machine;
    ``time_limit`` then sets how much work (about that many seconds on a two-core laptop)."""
    max_projects_per_theme: Annotated[int, Field(ge=1, le=20)] = 2
    """How many projects of one type may run on one theme in one phase."""
    horizon: Annotated[int, Field(ge=1, le=10)] = 2
    """Phases the ``lookahead`` strategy plans together (this one included, never beyond the
    phases left); only the first is recommended."""
    lookahead_discount: Share = 0.8
    """Weight of each later phase of the lookahead relative to the one before."""
    lookahead_gap: Share = 0.01
    """Relative gap at which the lookahead's solver may stop (its model is several phases big)."""
    lookahead_later: Literal["relaxed", "integer"] = "relaxed"
    """How the lookahead plans the phases after this one: ``relaxed`` (their linear relaxation:
    fast, an optimistic estimate of what this phase's trust unlocks; the path lists the projects
    open at least half) or ``integer`` (whole projects and participants: slower)."""


class SimulationSettings(StrictModel):
    """How simulated project outcomes depend on trust, size and ambition."""

    trust_effect: NonNegative = 0.5
    """How much the participants' mean mutual trust above the prior raises success."""
    size_penalty: NonNegative = 0.02
    """Drop in success probability per participant beyond the type's minimum."""
    ambition_penalty: NonNegative = 0.05
    """Drop in success probability per ambition level above 1."""


def _clock_time(value: str) -> str:
    hours, _, minutes = value.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise PhraseError(say("scenario.finding.clock_time", got=repr(value)))
    return f"{int(hours):02d}:{int(minutes):02d}"


def _time_zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise PhraseError(say("scenario.finding.time_zone", got=repr(value))) from None
    return value


class CalendarSettings(StrictModel):
    """When the phases fall in the calendar, and when kick-off meetings may take place."""

    start: dt.date | None = None
    """First day of phase 1 (YYYY-MM-DD); needed for dated meetings and book periods."""
    months_per_phase: Annotated[int, Field(ge=1, le=60)] = 6
    """Length of a phase in months (6 = half-years)."""
    meeting_weekdays: list[Weekday] = Field(
        default_factory=lambda: ["tuesday", "wednesday", "thursday"], min_length=1
    )
    """Days of the week on which kick-off meetings may be held."""
    meeting_time: Annotated[str, AfterValidator(_clock_time)] = "10:00"
    """Start time of kick-off meetings (HH:MM, local time)."""
    meeting_minutes: Annotated[int, Field(ge=15, le=600)] = 120
    """Length of a kick-off meeting in minutes."""
    meetings_per_day: Annotated[int, Field(ge=1, le=10)] = 1
    """Kick-off meetings the cluster management can hold on one day."""
    timezone: Annotated[str, AfterValidator(_time_zone)] = "Europe/Berlin"
    """Time zone of the meetings (IANA name)."""


class Scenario(StrictModel):
    """A cluster described for trustmatch: its members, needs, resources and projects."""

    name: Identifier
    """Short name of the scenario."""
    title: LocalText | None = None
    """The cluster's name as readers see it in the report (default: ``name``), one string or
    ``{de: …, en: …}``."""
    description: str | dict[Language, str] = ""
    """What the scenario describes, one string or ``{de: …, en: …}``."""
    seed: Annotated[int, Field(ge=0, le=2**63 - 1)] = 0
    """Root seed of every random draw (clustering ties, simulated outcomes)."""
    phases: Annotated[int, Field(ge=1, le=100)] = 4
    """Number of planning periods (for example half-years)."""
    resources: dict[Identifier, Amount | Resource] = Field(default_factory=dict)
    """Capacity of each named resource available in each phase: a number, or
    ``{capacity: …, label: …, unit: …}`` with the words a reader sees."""
    objective: ObjectiveWeights = Field(default_factory=ObjectiveWeights)
    """Weights of the objective's terms."""
    needs: list[CatalogueNeed] = Field(default_factory=list)
    """The needs catalogue: tags actors can refer to."""
    actors: list[Actor] = Field(min_length=1)
    """The cluster's members."""
    competition: Competition = Field(default_factory=Competition)
    """Who competes with whom and the no-competitive-loss tolerance."""
    trust: TrustSettings = Field(default_factory=TrustSettings)
    """Trust model and prior knowledge."""
    project_types: list[ProjectType] = Field(default_factory=list)
    """Kinds of project the cluster can run."""
    projects: list[ExplicitProject] = Field(default_factory=list)
    """Fully specified candidate projects."""
    themes: ThemeSettings = Field(default_factory=ThemeSettings)
    """How free-text needs are grouped into themes."""
    planning: PlanningSettings = Field(default_factory=PlanningSettings)
    """Solver and candidate settings."""
    simulation: SimulationSettings = Field(default_factory=SimulationSettings)
    """How simulated outcomes depend on trust, size and ambition."""
    calendar: CalendarSettings = Field(default_factory=CalendarSettings)
    """Dates of the phases and when kick-off meetings may take place."""
    overrides: dict[Identifier, dict[str, Any]] = Field(default_factory=dict)
    """Named patches by dotted path, applied before validation (``--override NAME``)."""

    @field_validator("description", mode="before")
    @classmethod
    def _none_description(cls, value: Any) -> Any:
        return "" if value is None else value

    # Convenience look-ups used throughout the pipeline.
    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id."""
        return self._actors_by_id()[actor_id]

    def _actors_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    @property
    def capacities(self) -> dict[str, float]:
        """Capacity of each resource per phase, by key."""
        return {
            key: value.capacity if isinstance(value, Resource) else float(value)
            for key, value in self.resources.items()
        }

    def resource_label(self, key: str, lang: str) -> str:
        """Return what a reader calls resource ``key`` in ``lang`` (default: the key)."""
        value = self.resources.get(key)
        label = value.label if isinstance(value, Resource) else None
        return text_in(label, lang, default=key)

    def resource_unit(self, key: str, lang: str) -> str:
        """Return the unit of resource ``key`` in ``lang`` (empty when none is given)."""
        value = self.resources.get(key)
        return text_in(value.unit if isinstance(value, Resource) else None, lang)

    def title_in(self, lang: str) -> str:
        """Return the cluster's name for readers in ``lang`` (default: ``name``)."""
        return text_in(self.title, lang, default=self.name)

    def description_in(self, lang: str) -> str:
        """Return the description in ``lang`` (empty when none is given)."""
        return text_in(self.description, lang)

    @property
    def cost_resource(self) -> str | None:
        """The resource counted as cost: ``objective.cost_resource`` or the first resource."""
        if self.objective.cost_resource is not None:
            return self.objective.cost_resource
        return next(iter(self.resources), None)
