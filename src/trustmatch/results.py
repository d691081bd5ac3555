"""Result models shared by the planner, the roadmap, batch runs and reports.

These are the contract between the pipeline's steps: the planner fills them, the CLI prints them,
the report draws them, and :func:`to_json` makes the stable JSON that consultants script against.
Timings live only in ``solver.seconds`` (and in batch timing columns), so two runs with the same
inputs and seed produce identical JSON apart from those.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ResultModel(BaseModel):
    """Base of every result model: immutable, no unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class SolverStatus(str, Enum):
    """How a phase's optimization ended. Never read a result without looking at this."""

    OPTIMAL = "optimal"
    """Proven optimal (within the configured relative gap, 0 by default)."""
    FEASIBLE = "feasible"
    """A valid portfolio, but optimality is not proven; ``gap`` says how far it may be off."""
    INFEASIBLE = "infeasible"
    """No valid portfolio exists; ``message`` says why in words."""
    TIME_LIMIT = "time_limit"
    """The time limit was reached without any valid portfolio."""
    HEURISTIC = "heuristic"
    """A baseline strategy (greedy, random): valid, but no optimality claim is made."""
    ERROR = "error"
    """The solver failed; ``message`` says how."""

    @property
    def has_solution(self) -> bool:
        """Whether a valid portfolio comes with this status."""
        return self in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE, SolverStatus.HEURISTIC)


class StoredPhrase(ResultModel):
    """A sentence kept in a result as a catalogue key and its values, said in a language later.

    Numbers stay numbers until they are said (``1.5`` → ``1,5`` in German); a value named in
    ``terms`` is itself a catalogue key (a stop reason) and is said in the same language.
    Unlike :class:`trustmatch.i18n.phrase.Phrase` (validation findings, never stored) it is part
    of the result's JSON, so a plan file read back says it in any language.
    """

    key: str
    """Catalogue key of the sentence (``trustmatch.i18n``)."""
    values: dict[str, str | int | float] = Field(default_factory=dict)
    """Placeholder → value (numbers formatted for the reader when said)."""
    terms: dict[str, str] = Field(default_factory=dict)
    """Placeholder → catalogue key of a word or phrase filled in."""

    def text(self, lang: str) -> str:
        """Return the sentence in ``lang`` (``en`` or ``de``)."""
        from trustmatch.i18n import format_number, message

        shown: dict[str, object] = {}
        for name, value in self.values.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                shown[name] = value
            else:
                # As many decimals as the value has, up to two (2.5 → "2,5", 30.0 → "30").
                digits = next(d for d in (0, 1, 2) if d == 2 or round(value, d) == value)
                shown[name] = format_number(value, lang, digits)
        for name, key in self.terms.items():
            shown[name] = message(key, lang, **shown)
        return message(self.key, lang, **shown)


def say_phrases(phrases: list[StoredPhrase] | tuple[StoredPhrase, ...], lang: str) -> str:
    """Return phrases as one text in ``lang``, sentence after sentence."""
    return " ".join(phrase.text(lang) for phrase in phrases)


class SolverOutcome(ResultModel):
    """What the solver (or baseline strategy) reported for one phase."""

    name: str
    """Solver or strategy that produced the portfolio (``highs``, ``cbc``, ``greedy``...)."""
    status: SolverStatus
    """How the optimization ended."""
    objective: float | None = None
    """Objective value of the portfolio (None without a solution)."""
    bound: float | None = None
    """Best proven upper bound on the objective (None when unknown)."""
    gap: float | None = None
    """Relative gap between objective and bound (0 = proven optimal, None when unknown)."""
    seconds: float = 0.0
    """Wall-clock seconds for building and solving (the only timing in the JSON)."""
    message: str = ""
    """Plain-words explanation in English, e.g. why the problem is infeasible (``phrases`` in
    English; kept for scripts that read it)."""
    phrases: list[StoredPhrase] = Field(default_factory=list)
    """The explanation as catalogue sentences: what a reader sees, in their language
    (:func:`say_phrases`)."""

    def explanation(self, lang: str) -> str:
        """Return the explanation in ``lang`` (the English ``message`` when no phrases)."""
        return say_phrases(self.phrases, lang) if self.phrases else self.message


class Statement(ResultModel):
    """A need as an actor put it."""

    actor: str
    """Actor id."""
    text: str
    """The statement (free text, or the catalogue label for a tagged need)."""
    need: int = 0
    """Position of the need in the actor's ``needs`` list, counted from 1 (0 when unknown)."""
    confidence: float = 1.0
    """How sure the grouping is that the statement belongs to this theme (0-1; 1 for a tagged
    or corrected need)."""
    unsure: bool = False
    """Whether the confidence is below ``themes.unsure_below``: the manager should check it."""
    corrected: bool = False
    """Whether a correction in ``themes.corrections`` put the statement here."""


class Theme(ResultModel):
    """A group of needs that several actors share (a catalogue tag or a cluster of free text)."""

    id: str
    """Theme id: the catalogue need id, or ``theme-N`` for a cluster of free-text needs."""
    label: str
    """Readable label."""
    needs: list[str]
    """Catalogue need ids this theme stands for (empty for a pure free-text theme)."""
    sensitivity: Literal["none", "low", "medium", "high"] = "none"
    """Highest sensitivity of the needs in the theme."""
    statements: list[Statement]
    """Every statement that belongs to the theme."""
    actors: dict[str, float] = Field(default_factory=dict)
    """Actor id -> total weight of that actor's needs in this theme."""


ReasonParamKind = Literal[
    "actor", "actors", "need", "needs", "type", "projects", "resource", "amount", "uses",
    "count", "number", "decimal", "level", "word", "text", "quote", "reason",
]
"""How a reason's parameter is said (see :class:`ReasonParam`)."""


class ProjectRef(ResultModel):
    """A planned project a reason names: enough to call it by its name in any language."""

    id: str
    """Project id (as in :attr:`PlannedProject.id`)."""
    type: str | None = None
    """Project type id (None for an explicit project without a type)."""
    needs: list[str] = Field(default_factory=list)
    """Need or theme ids the project addresses."""
    label: str = ""
    """The planner's label (used when nothing better is known)."""


class ReasonParam(ResultModel):
    """One value a reason's sentence names, with how it is said.

    ``actor`` / ``actors``: member ids (said by name); ``need`` / ``needs``: need or theme ids
    (said by label, quoted); ``type``: a project type id (said by its name); ``projects``: the
    projects named (:class:`ProjectRef`); ``resource``: a resource key (said by its name);
    ``amount``: an amount of the resource ``resource`` (said in its unit); ``uses``: resource
    key -> amount (said as a list); ``count``: a whole number (the parameter named ``count``
    also chooses the plural form); ``number``: a value (whole, or with one decimal);
    ``decimal``: a trust value or share (two decimals);
    ``level``: a sensitivity level; ``word``: a catalogue key (said as its text); ``text``:
    the members' own words (said as they are); ``quote``: the same in quotation marks;
    ``reason``: a nested :class:`Reason`.
    """

    kind: ReasonParamKind
    """How the value is said."""
    value: (
        int | float | str | list[str] | dict[str, float] | list[ProjectRef] | Reason | None
    ) = None
    """The value: ids, numbers, a catalogue key or a nested reason (see the class)."""
    resource: str | None = None
    """The resource an ``amount`` is of."""


class Reason(ResultModel):
    """A reason or explanation as data: a catalogue key and the values its sentence names.

    Said in any language by :func:`trustmatch.i18n.reasons.say_reason`; the English text
    stored next to it (``reason``, ``why``) is the same sentence said in English.
    """

    key: str
    """Catalogue key of the sentence (``plan.reason.…``, ``plan.why.…``, ``themes.reason.…``)."""
    params: dict[str, ReasonParam] = Field(default_factory=dict)
    """Placeholder -> value."""


ReasonParam.model_rebuild()


class LeftOut(ResultModel):
    """An actor that could have joined a project but did not, and why."""

    actor: str
    """Actor id."""
    reason: str
    """Why, in plain words (English; ``key`` and ``params`` for other languages)."""
    key: str = ""
    """Catalogue key of the reason (empty in results written before issue 15)."""
    params: dict[str, ReasonParam] = Field(default_factory=dict)
    """The values the reason names (see :class:`Reason`)."""

    @property
    def said(self) -> Reason:
        """The reason as a :class:`Reason`."""
        return Reason(key=self.key, params=self.params)


class PlannedProject(ResultModel):
    """One project of a phase's portfolio."""

    id: str
    """Project id, unique within the plan (e.g. ``workshop:skilled-workers:1``)."""
    type: str | None
    """Project type id (None for an explicit project without a type)."""
    label: str
    """Readable name."""
    ambition: int
    """Ambition level 1-4."""
    sensitivity: Literal["none", "low", "medium", "high"]
    """Highest sensitivity of the type and of the needs addressed."""
    needs: list[str]
    """Need or theme ids the project addresses."""
    participants: list[str]
    """Actor ids taking part (sorted)."""
    uses: dict[str, float]
    """Use of each resource."""
    value: float
    """Need value it contributes (served need weight, or the fixed value of an explicit project)."""
    new_contacts: list[tuple[str, str]]
    """Pairs of participants who work together for the first time (each counted once per phase)."""
    success_probability: float
    """Chance of success given the participants' trust, size and ambition."""
    why: str
    """Plain-words reason: whose needs it serves, new contacts, cost (English; ``why_key`` and
    ``why_params`` for other languages)."""
    left_out: list[LeftOut] = Field(default_factory=list)
    """Interested actors not taking part, with the reason."""
    group: str = ""
    """Candidate group the project belongs to (``type:theme``, or the explicit project's id)."""
    benefit: float = 1.0
    """What one unit of need weight served by the project delivers (its type's benefit)."""
    why_key: str = ""
    """Catalogue key of the reason it is in the plan (empty in results written before
    issue 15)."""
    why_params: dict[str, ReasonParam] = Field(default_factory=dict)
    """The values that reason names (see :class:`Reason`)."""

    @property
    def said_why(self) -> Reason:
        """Why the project is in the plan, as a :class:`Reason`."""
        return Reason(key=self.why_key, params=self.why_params)


class PathProject(ResultModel):
    """A project the lookahead planned for a later phase of its horizon (not a recommendation)."""

    phase: int
    """Phase number it was planned for."""
    group: str
    """Candidate group (``type:theme``, or the explicit project's id)."""
    type: str | None
    """Project type id (None for an explicit project without a type)."""
    label: str
    """Readable name."""
    ambition: int
    """Ambition level 1-4."""
    needs: list[str]
    """Need or theme ids the project addresses."""
    participants: list[str]
    """Actor ids planned to take part (sorted)."""


class TrustSnapshot(ResultModel):
    """Pairwise trust at one moment."""

    prior_mean: float
    """Trust between actors with no history."""
    mean: float
    """Cluster trust: mean pairwise trust over all pairs of actors."""
    pairs: list[tuple[str, str, float]]
    """Every pair whose trust is not at the prior, as ``[a, b, value]`` with a < b, sorted."""
    initiative: dict[str, float] = Field(default_factory=dict)
    """Each actor's trust in the cluster initiative."""


class PhasePlan(ResultModel):
    """The portfolio for one phase and everything needed to check and explain it."""

    phase: int
    """Phase number, starting at 1."""
    solver: SolverOutcome
    """How the optimization ended."""
    projects: list[PlannedProject]
    """The chosen projects."""
    resources_used: dict[str, float]
    """Total use of each resource."""
    resources_available: dict[str, float] = Field(default_factory=dict)
    """Capacity of each resource in this phase."""
    served_share: dict[str, float]
    """Actor id -> fraction of its own need weight served (actors with needs only)."""
    objective_terms: dict[str, float] = Field(default_factory=dict)
    """The objective split into ``need_value``, ``new_contacts`` and ``cost`` (weighted)."""
    trust_before: TrustSnapshot
    """Trust at the start of the phase."""
    notes: list[str] = Field(default_factory=list)
    """Plain-words notes on the inputs: candidate projects that cannot be formed, and why."""
    horizon: int = 1
    """Phases planned together (the ``lookahead`` strategy; 1 for every other strategy)."""
    path: list[PathProject] = Field(default_factory=list)
    """The later phases of the lookahead's plan (re-planned after this phase's outcomes)."""


class UnservedNeed(ResultModel):
    """A need no project serves, with the reason: the manager's hint for recruiting."""

    actor: str
    """Actor id."""
    need: str
    """Theme id (catalogue need id or free-text theme)."""
    label: str = ""
    """Readable label of the need."""
    reason: str
    """Why it is unserved, in plain words (English; ``kind`` and ``facts`` for other
    languages)."""
    kind: str = ""
    """What keeps it unserved: one of ``trustmatch.explain.UNSERVED_KINDS``."""
    facts: dict[str, Any] = Field(default_factory=dict)
    """What the reason rests on (actor ids, numbers, the similar statement...)."""
    key: str = ""
    """Catalogue key of the reason (empty in results written before issue 15)."""
    params: dict[str, ReasonParam] = Field(default_factory=dict)
    """The values the reason names (see :class:`Reason`)."""

    @property
    def said(self) -> Reason:
        """The reason as a :class:`Reason`."""
        return Reason(key=self.key, params=self.params)


class PairGap(ResultModel):
    """How far two members are from the mutual trust a project needs (beta reputation model)."""

    members: tuple[str, str]
    """The two actor ids, the smaller first."""
    trust: float
    """Their mutual trust now."""
    needed: float
    """The mutual trust they need: the type's ``trust_required``, or for two competitors the
    co-participation trust of the project's sensitivity when that is higher."""
    competitors: bool
    """Whether the two compete (so the co-participation threshold applies)."""
    successes_needed: dict[str, int] = Field(default_factory=dict)
    """Ambition level (``"1"``..``"4"``) -> successful joint projects of that ambition (each adds
    its level to the pair's evidence) that bring the pair to ``needed`` from now on; empty when
    no number of successes can (``needed`` is 1)."""


class UnlockedProject(ResultModel):
    """A project (a type on one need theme, or an explicit project) that trust has made possible."""

    type: str | None
    """Project type id (None for an explicit project without a type)."""
    theme: str | None
    """Need theme id it works on (None for an explicit project)."""
    type_label: str
    """Readable name of the project type (or of the explicit project)."""
    theme_label: str
    """Readable label of the need theme (empty for an explicit project)."""
    ambition: int
    """Ambition level 1-4."""
    trust_required: float
    """Mutual trust every two participants need."""
    competitor_trust: float
    """Mutual trust two competitors among the interested need to join it together (by its
    sensitivity; equal to ``trust_required`` when none of them compete)."""
    min_participants: int
    """Smallest number of participants."""
    interested: list[str]
    """Members who state a need it serves (the fixed participants of an explicit project)."""
    members: list[str]
    """Interested members who now belong to at least one group of ``min_participants`` members
    who all trust each other as much as the project needs."""
    new_pairs: list[tuple[str, str]] = Field(default_factory=list)
    """Pairs of interested members whose trust reaches what they need now but did not at the
    start of the previous phase."""


class TrustPath(ResultModel):
    """What it takes to make a project possible that trust does not allow yet."""

    type: str | None
    """Project type id (None for an explicit project without a type)."""
    theme: str | None
    """Need theme id it works on (None for an explicit project)."""
    type_label: str
    """Readable name of the project type (or of the explicit project)."""
    theme_label: str
    """Readable label of the need theme (empty for an explicit project)."""
    ambition: int
    """Ambition level 1-4."""
    trust_required: float
    """Mutual trust every two participants need."""
    competitor_trust: float
    """Mutual trust two competitors among the interested need to join it together (by its
    sensitivity; equal to ``trust_required`` when none of them compete)."""
    min_participants: int
    """Smallest number of participants."""
    interested: list[str]
    """Members who state a need it serves (the fixed participants of an explicit project)."""
    nearest: list[str]
    """``min_participants`` interested members who need the fewest successful ambition-1
    joint projects together to get there (the most any of their pairs needs; empty when no
    such group can get there)."""
    nearest_proven: bool
    """Whether ``nearest`` was found by trying every group (else by a greedy search)."""
    gaps: list[PairGap] = Field(default_factory=list)
    """The pairs of ``nearest`` whose trust is still below what they need."""
    reached_after_phase: int | None = None
    """Phase by whose end the planned joint projects bring a group there, with expected
    outcomes (each project counts its success probability as success, the rest as failure);
    None when they do not within the horizon."""
    reached_by: list[str] = Field(default_factory=list)
    """The members of that group (empty when not reached)."""
    horizon: int
    """Last phase of the plan or roadmap (the end of the forecast)."""


class PhaseOutlook(ResultModel):
    """What trust allows at the start of a phase: new projects, and the trust path to the rest."""

    phase: int
    """Phase number."""
    compared_with_phase: int | None = None
    """The phase at whose start ``unlocked`` compares trust: the previous phase (after recorded
    phases, the first phase); None for the first phase of a cluster (nothing to compare)."""
    unlocked: list[UnlockedProject] = Field(default_factory=list)
    """Projects possible at the start of this phase that were not at the start of
    ``compared_with_phase``."""
    out_of_reach: list[TrustPath] = Field(default_factory=list)
    """Projects trust does not allow yet at the start of this phase, each with its trust path."""


NoContactReason = Literal[
    "capacity",
    "no_theme",
    "no_project_type",
    "too_few_members",
    "trust",
    "competitor_balance",
    "resources",
    "planner_choice",
]
"""Why a member has no joint project: see :class:`NoContact`."""


class NoContact(ResultModel):
    """A member who states needs but has no joint project in the first phases, and why.

    Reasons, the first that applies: ``capacity`` (it may take part in no project),
    ``no_theme`` (its needs fall into no theme), ``no_project_type`` (no project type or explicit
    project addresses its needs), ``too_few_members`` (fewer members share each of its needs
    than the smallest project on it needs), ``trust`` (in every phase considered, each project
    on its needs lacked a group of members who trust each other enough, with it),
    ``competitor_balance`` (serving it would have put it too far ahead of a competitor),
    ``resources`` (what was left of a resource was too little for a project with it),
    ``planner_choice`` (a project with it was allowed, but the plan chose others). Phases
    without any plan are not explained member by member.
    """

    actor: str
    """Actor id."""
    phases: list[int]
    """The phases considered (up to phase 2, or the plan's phase)."""
    reason: NoContactReason
    """Why it has no joint project (see the class description)."""
    needs: list[str] = Field(default_factory=list)
    """Need theme ids it states."""
    need_labels: list[str] = Field(default_factory=list)
    """Their readable labels."""
    phase: int | None = None
    """The phase the reason refers to (for reasons found in one phase)."""
    project: str | None = None
    """Project type id (or explicit project id) the reason is about (``trust``)."""
    project_label: str = ""
    """Readable name of that project type (empty when none)."""
    threshold: float | None = None
    """The mutual trust that project needs (``trust``)."""
    trusted: int | None = None
    """How many other interested members it trusted that much (``trust``)."""
    min_participants: int | None = None
    """Participants that project needs at least (``trust``, ``too_few_members``)."""
    sharers: int | None = None
    """Members who share its most widely shared need (``too_few_members``); the other members
    interested in that project (``trust``)."""
    unmatched_needs: list[str] = Field(default_factory=list)
    """Need theme ids (of ``needs``) no possible project serves at all (no project type for
    them, or too few members share them), beside the ones trust holds back (``trust``)."""
    others: list[str] = Field(default_factory=list)
    """Members the reason names: the competitor (``competitor_balance``)."""
    tolerance: float | None = None
    """Largest allowed difference of served shares between competitors (``competitor_balance``)."""
    resource: str | None = None
    """The resource that was short (``resources``)."""
    resource_needed: float | None = None
    """What the smallest project with it would have used of that resource (``resources``)."""
    resource_left: float | None = None
    """What was left of it in that phase (``resources``)."""


class ScenarioRef(ResultModel):
    """Which scenario a result came from."""

    name: str
    """Scenario name."""
    file_sha256: str
    """SHA-256 of the scenario file's bytes (empty for a scenario built in code)."""
    overrides: list[str] = Field(default_factory=list)
    """Named overrides applied, in order."""
    sets: list[str] = Field(default_factory=list)
    """Ad-hoc ``PATH=VALUE`` settings applied, in order."""


class PlanResult(ResultModel):
    """The output of ``trustmatch plan``: one phase's portfolio with its explanation."""

    trustmatch_version: str
    """Version that produced the result."""
    seed: int
    """Seed used."""
    strategy: str
    """Strategy used (``optimal``, ``greedy``, ``random``, ``big-bang``, ``no-fairness``)."""
    scenario: ScenarioRef
    """Where the scenario came from."""
    themes: list[Theme]
    """Need themes found."""
    phases: list[PhasePlan]
    """The planned phase (one entry for ``plan``)."""
    unserved: list[UnservedNeed]
    """Needs left unserved, with reasons."""
    outlook: list[PhaseOutlook] = Field(default_factory=list)
    """Per phase: the projects trust has newly made possible, and the trust path to the rest."""
    no_contact: list[NoContact] = Field(default_factory=list)
    """Members who state needs but have no joint project in the plan, and why."""


class ProjectOutcome(ResultModel):
    """What happened to one project of a phase."""

    project: str
    """Project id."""
    result: Literal["success", "failure", "cancelled"]
    """Outcome."""
    probability: float | None = None
    """Success probability used for the draw (None for recorded outcomes)."""
    participants: list[str]
    """Who actually took part."""
    source: Literal["simulated", "recorded"]
    """Drawn by the simulation or recorded in the ledger."""


class RoadmapPhase(ResultModel):
    """One phase of a roadmap: the plan, what happened, and trust after."""

    plan: PhasePlan
    """The phase's portfolio."""
    outcomes: list[ProjectOutcome]
    """Outcome of each project."""
    trust_after: TrustSnapshot
    """Trust at the end of the phase."""
    ambition_reached: int
    """Highest ambition level among this phase's successful projects (0 if none)."""


class QuantileBand(ResultModel):
    """Mean and 10/50/90 % quantiles of a quantity over Monte Carlo replications."""

    mean: float
    """Mean."""
    q10: float
    """10 % quantile."""
    q50: float
    """Median."""
    q90: float
    """90 % quantile."""


class MonteCarloPhase(ResultModel):
    """Summary of one phase over replications."""

    phase: int
    """Phase number."""
    cluster_trust: QuantileBand
    """Cluster trust at the end of the phase."""
    projects_succeeded: QuantileBand
    """Number of successful projects in the phase."""
    reached_ambition: dict[str, float]
    """Ambition level (``"1"``..``"4"``) -> share of runs that reached it by this phase."""


class RoadmapResult(ResultModel):
    """The output of ``trustmatch roadmap``: phases planned on a rolling horizon."""

    trustmatch_version: str
    """Version that produced the result."""
    seed: int
    """Seed used."""
    strategy: str
    """Strategy used."""
    scenario: ScenarioRef
    """Where the scenario came from."""
    themes: list[Theme]
    """Need themes found."""
    phases: list[RoadmapPhase]
    """Every phase in order (of the first replication when ``replications`` > 1)."""
    highest_ambition: int
    """Highest ambition level reached by a successful project."""
    unserved: list[UnservedNeed] = Field(default_factory=list)
    """Needs no phase served, with reasons."""
    replications: int = 1
    """Number of Monte Carlo replications."""
    monte_carlo: list[MonteCarloPhase] = Field(default_factory=list)
    """Per-phase summary over replications (empty when ``replications`` is 1)."""
    outlook: list[PhaseOutlook] = Field(default_factory=list)
    """Per phase (of the run shown): the projects trust has newly made possible, and the trust
    path to the rest."""
    no_contact: list[NoContact] = Field(default_factory=list)
    """Members who state needs but have no joint project by the end of phase 2, and why."""


def to_jsonable(model: BaseModel) -> dict[str, Any]:
    """Return a model as plain JSON data (enums as their values)."""
    return model.model_dump(mode="json")


def to_json(model: BaseModel) -> str:
    """Return a model as stable, human-readable JSON (same inputs and seed -> same text)."""
    return json.dumps(to_jsonable(model), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
