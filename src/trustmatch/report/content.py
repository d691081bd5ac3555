"""What the report says: plain-language sentences and tables built from the pipeline's results.

This module turns the results (plan, roadmap, batch runs) into a language-specific view that both
templates (HTML and Markdown) render as they are. Everything here is plain text: escaping is the
templates' job, so no string built here is ever marked safe.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from trustmatch import __version__
from trustmatch.i18n import message
from trustmatch.i18n.reasons import say_reason
from trustmatch.i18n.words import SOLVER_NAMES, ScenarioWords
from trustmatch.report.batchruns import BatchRuns
from trustmatch.report.i18n import Translator
from trustmatch.report.recruiting import group_unserved, remedy
from trustmatch.results import (
    PhasePlan,
    PlannedProject,
    PlanResult,
    RoadmapResult,
    Theme,
    UnservedNeed,
)
from trustmatch.scenario import LoadedScenario
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.scenario.models import ActorKind
from trustmatch.trust_path import contact_phases
from trustmatch.trust_path_text import OutlookText, no_contact_sentence, outlook_text, phases_label


@dataclass(frozen=True)
class ReportInputs:
    """Everything a report is made from.

    Attributes:
        loaded: The scenario as loaded (with file hash, overrides and sets).
        plan: The plan whose first phase is recommended (None: take it from the roadmap).
        roadmap: The roadmap (None: the report shows no trust development or timeline).
        batch: Batch runs to compare strategies (None: no comparison section).
        roadmap_source: ``computed``, ``file`` or ``ledger``: where the roadmap came from.
        roadmap_path: The roadmap or ledger file, when one was given.
        generated_on: The report's date (the only thing that changes between identical runs).
    """

    loaded: LoadedScenario
    plan: PlanResult | None = None
    roadmap: RoadmapResult | None = None
    batch: BatchRuns | None = None
    roadmap_source: str = "computed"
    roadmap_path: str | None = None
    generated_on: dt.date = field(default_factory=dt.date.today)

    @property
    def themes(self) -> list[Theme]:
        """The need themes (from the plan, else from the roadmap)."""
        if self.plan is not None:
            return list(self.plan.themes)
        if self.roadmap is not None:
            return list(self.roadmap.themes)
        return []

    @property
    def recommended(self) -> PhasePlan | None:
        """The phase whose portfolio the report recommends.

        The plan's phase when a plan is given; else the roadmap's first phase that has not been
        recorded in a ledger (the next thing to do), else its first phase.
        """
        if self.plan is not None and self.plan.phases:
            return self.plan.phases[0]
        if self.roadmap is None or not self.roadmap.phases:
            return None
        for phase in self.roadmap.phases:
            if not phase.outcomes or any(o.source != "recorded" for o in phase.outcomes):
                return phase.plan
        return self.roadmap.phases[0].plan

    @property
    def unserved(self) -> list[UnservedNeed]:
        """Needs left unserved: over the whole roadmap when there is one, else in the plan."""
        if self.roadmap is not None:
            return list(self.roadmap.unserved)
        return list(self.plan.unserved) if self.plan is not None else []


@dataclass(frozen=True)
class ProjectView:
    """One recommended project, ready to print."""

    label: str
    type: str
    ambition: str
    ambition_level: int
    participants: list[str]
    needs: list[str]
    new_contacts: list[str]
    contacts_count: int
    cost: str
    uses: list[str]
    success: str
    why: str
    why_is_planner_text: bool
    left_out: list[str]


@dataclass(frozen=True)
class ResourceRow:
    """Use of one resource in the recommended phase."""

    name: str
    used: str
    available: str
    share: str


@dataclass(frozen=True)
class UnservedRow:
    """One unserved need with the recruiting hint."""

    need: str
    stated_by: list[str]
    reasons: list[str]
    recruit: str
    because: str


@dataclass(frozen=True)
class BatchRow:
    """One strategy's medians over the batch runs."""

    strategy: str
    runs: int
    final_trust: str
    total_cost: str
    succeeded: str


@dataclass(frozen=True)
class SummaryBlock:
    """A paragraph of the summary, optionally followed by a list (the recommended projects)."""

    text: str
    items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReportView:
    """Every text of the report in one language (figures are added by the renderer)."""

    lang: str
    title: str
    subtitle: str
    summary: list[SummaryBlock]
    next_steps: list[str]
    portfolio_heading: str
    projects: list[ProjectView]
    resources: list[ResourceRow]
    resources_heading: str
    unserved: list[UnservedRow]
    unsure: list[str]
    """The needs whose theme is unsure, one line each, for the manager to check."""
    unsure_heading: str
    unsure_intro: str
    batch_intro: str | None
    batch_rows: list[BatchRow]
    provenance: list[tuple[str, str]]
    labels: dict[str, str]
    trust_heading: str = ""
    trust_intro: str = ""
    trust_phases: list[OutlookText] = field(default_factory=list)
    no_contact_heading: str = ""
    no_contact: list[str] = field(default_factory=list)


def _unsure(themes: Sequence[Theme], names: dict[str, str], lang: str) -> list[str]:
    """Return one line per statement whose theme is unsure (see ``trustmatch themes``)."""
    from trustmatch.i18n import format_percent

    return [
        message(
            "themes.report.unsure_alone" if len(theme.statements) == 1 and not theme.needs
            else "themes.report.unsure_item",
            lang, name=names.get(s.actor, s.actor), text=s.text, theme=theme.label,
            value=format_percent(s.confidence, lang),
        )
        for theme in themes for s in theme.statements if s.unsure
    ]


def actor_names(loaded: LoadedScenario) -> dict[str, str]:
    """Return actor id -> display name."""
    return {actor.id: actor.name for actor in loaded.scenario.actors}


def theme_labels(
    themes: Sequence[Theme], loaded: LoadedScenario, lang: str = "en"
) -> dict[str, str]:
    """Return theme or catalogue need id -> readable label in ``lang``.

    A theme that stands for one catalogue need takes the need's label in the language; a theme
    of free-text statements keeps its label (the members' own words).
    """
    catalogue = {need.id: need.label_in(lang) for need in loaded.scenario.needs}
    labels = dict(catalogue)
    for theme in themes:
        own = [catalogue[need] for need in theme.needs if need in catalogue]
        labels[theme.id] = own[0] if len(own) == 1 else theme.label
    return labels


def scenario_words(inputs: ReportInputs, lang: str) -> ScenarioWords:
    """Return the scenario's words in ``lang`` for the report's themes."""
    return ScenarioWords(inputs.loaded.scenario, lang,
                         theme_labels(inputs.themes, inputs.loaded, lang))


def localized_themes(themes: Sequence[Theme], loaded: LoadedScenario, lang: str) -> list[Theme]:
    """Return the themes with their labels in ``lang`` (for the figures, which print them)."""
    labels = theme_labels(themes, loaded, lang)
    return [theme.model_copy(update={"label": labels.get(theme.id, theme.label)})
            for theme in themes]


def localized_phase(plan: PhasePlan, words: ScenarioWords) -> PhasePlan:
    """Return a phase's plan with its projects' labels in the words' language."""
    projects = [
        project.model_copy(update={"label": words.project(project.id, project.type,
                                                          project.needs, project.label)})
        for project in plan.projects
    ]
    return plan.model_copy(update={"projects": projects})


def localized_roadmap(roadmap: RoadmapResult, words: ScenarioWords) -> RoadmapResult:
    """Return the roadmap with its themes' and projects' labels in the words' language."""
    phases = [phase.model_copy(update={"plan": localized_phase(phase.plan, words)})
              for phase in roadmap.phases]
    themes = [theme.model_copy(update={"label": words.need(theme.id)}) for theme in roadmap.themes]
    return roadmap.model_copy(update={"phases": phases, "themes": themes})


def _kinds_sentence(kinds: Sequence[ActorKind], t: Translator) -> str:
    counts = Counter(kinds)
    order = ["company", "startup", "supplier", "university", "research", "association", "public"]
    return t.join([t.kinds_count(kind, counts[kind]) for kind in order if counts[kind]])


def project_view(
    project: PlannedProject,
    words: ScenarioWords,
    kinds: dict[str, str],
    cost_resource: str | None,
    t: Translator,
) -> ProjectView:
    """Return one planned project as printable text in the translator's language."""
    cost = project.uses.get(cost_resource) if cost_resource is not None else None
    cost_text = words.amount(cost_resource, cost) if cost is not None else "–"
    needs = [words.need(need) for need in project.needs]
    participants = [
        f"{words.actor(actor)} ({t.kind(kinds[actor])})" if actor in kinds else actor
        for actor in project.participants
    ]
    contacts = [f"{words.actor(a)} – {words.actor(b)}" for a, b in sorted(project.new_contacts)]
    # The planner's own "why" is English with weights and ids; the report says it in words.
    why = t(
        "why_generated",
        count=len(project.participants),
        needs=words.needs(project.needs) or "–",
        contacts=t.number(len(project.new_contacts)),
        cost=cost_text,
    )
    left_out = []
    for item in project.left_out:
        name = words.actor(item.actor)
        # Most reasons already start with the member's name; do not say it twice.
        reason = say_reason(item.said, words)
        left_out.append(reason if name in reason else f"{name}: {reason}")
    level = min(max(project.ambition, 1), 4)
    return ProjectView(
        label=words.project(project.id, project.type, project.needs, project.label),
        type=words.project_type(project.type),
        ambition=f"{level} – {t.ambition(level)}",
        ambition_level=level,
        participants=participants,
        needs=needs,
        new_contacts=contacts,
        contacts_count=len(project.new_contacts),
        cost=cost_text,
        uses=[words.amount_with_name(key, project.uses[key])
              for key in words.ordered(project.uses)],
        success=t.percent(project.success_probability),
        why=why,
        why_is_planner_text=False,
        left_out=left_out,
    )


def _summary(
    inputs: ReportInputs, t: Translator, words: ScenarioWords, unserved_count: int
) -> tuple[list[SummaryBlock], list[str]]:
    scenario = inputs.loaded.scenario
    themes = inputs.themes
    sentences = []
    description = " ".join(scenario.description_in(t.lang).split())
    if description:
        sentences.append(description)
    sentences.append(t("summary_cluster", count=len(scenario.actors),
                       name=scenario.title_in(t.lang),
                       kinds=_kinds_sentence([a.kind for a in scenario.actors], t)))
    if themes:
        sentences.append(t("summary_themes", count=len(themes)))
        shared = sum(1 for theme in themes if len(theme.actors) >= 2)
        if len(themes) > 1:
            sentences.append(t("summary_shared", count=shared) if shared
                             else t("summary_shared_none"))
    pairs = competitor_pairs(scenario)
    if pairs:
        sentences.append(t("summary_competitors", count=len(pairs)))
    paragraphs = [SummaryBlock(" ".join(sentences))]

    phase = inputs.recommended
    next_steps = []
    if phase is not None and phase.projects:
        items = [
            t("summary_project_item", count=len(p.participants),
              label=words.project(p.id, p.type, p.needs, p.label))
            for p in phase.projects
        ]
        paragraphs.append(SummaryBlock(
            t("summary_projects", count=len(items), phase=phase.phase), items
        ))
        uses = []
        for key in words.ordered(phase.resources_used):
            used = phase.resources_used[key]
            available = phase.resources_available.get(key)
            if available:
                uses.append(t("summary_cost_item", used=words.amount(key, used),
                              available=words.amount(key, available),
                              resource=words.resource(key), share=t.percent(used / available)))
            else:
                uses.append(t("summary_cost_item_open", used=words.amount(key, used),
                              resource=words.resource(key)))
        text = [t("summary_cost", uses=t.join(uses))] if uses else []
        contacts = {tuple(pair) for p in phase.projects for pair in p.new_contacts}
        text.append(t("summary_contacts", count=len(contacts)) if contacts
                    else t("summary_contacts_none"))
        served = sum(1 for share in phase.served_share.values() if share > 0)
        if not served:
            served = len({a for p in phase.projects for a in p.participants})
        text.append(t("summary_served", count=served))
        paragraphs.append(SummaryBlock(" ".join(text)))
        next_steps.append(t("next_invite"))
    elif phase is not None:
        paragraphs.append(SummaryBlock(t("summary_no_projects", phase=phase.phase)))

    roadmap = inputs.roadmap
    if phase is not None and not phase.solver.status.has_solution:
        # No plan, no advice: no forecast, nothing to record, nobody to recruit.
        return paragraphs, [message("themes.report.no_plan_next", t.lang)]
    if roadmap is not None and roadmap.phases:
        start = roadmap.phases[0].plan.trust_before
        end = roadmap.phases[-1].trust_after
        last_phase = roadmap.phases[-1].plan.phase
        band = next((m for m in roadmap.monte_carlo if m.phase == last_phase), None)
        if band is not None:
            low, high = t.trust(band.cluster_trust.q10), t.trust(band.cluster_trust.q90)
            values = dict(start=t.trust(start.mean), end=t.trust(band.cluster_trust.q50),
                          phases=last_phase, runs=t.number(roadmap.replications))
            # A band that is flat at two decimals is said once, not "between 0.37 and 0.37".
            text = (t("summary_trust_flat", **values) if low == high
                    else t("summary_trust_band", low=low, high=high, **values))
        else:
            text = t("summary_trust_single", start=t.trust(start.mean), end=t.trust(end.mean),
                     phases=last_phase)
        if roadmap.highest_ambition > 1:
            level = min(roadmap.highest_ambition, 4)
            text += " " + t("summary_ambition", level=level, label=t.ambition(level))
        text += " " + t("summary_trust_scale", prior=t.trust(start.prior_mean))
        paragraphs.append(SummaryBlock(text))
    else:
        paragraphs.append(SummaryBlock(t("summary_no_roadmap")))

    next_steps.append(t("next_record"))
    if unserved_count:
        next_steps.append(t("next_recruit", count=unserved_count))
    if phase is not None and phase.solver.status.value not in ("optimal", "heuristic"):
        next_steps.append(t("next_solver", status=t.status(phase.solver.status.value)))
    return paragraphs, next_steps


def _provenance(inputs: ReportInputs, t: Translator) -> list[tuple[str, str]]:
    """Return the details part: versions, files, settings and keys (ids belong here)."""
    loaded = inputs.loaded
    scenario = loaded.scenario
    result = inputs.roadmap or inputs.plan
    none = t("prov_none")
    words = ScenarioWords(scenario, t.lang)
    rows = [
        (t("prov_version"), __version__),
        (t("prov_scenario"), f"{scenario.title_in(t.lang)} ({scenario.name})"),
        (t("prov_hash"), loaded.file_sha256 or none),
        (t("prov_overrides"), ", ".join(loaded.overrides) or none),
        (t("prov_sets"), ", ".join(loaded.sets) or none),
        (t("prov_seed"), str(result.seed if result is not None else scenario.seed)),
    ]
    if result is not None:
        rows.append((t("prov_strategy"), t.strategy(result.strategy)))
    if inputs.roadmap is not None:
        phases = [phase.plan for phase in inputs.roadmap.phases]
    else:
        phases = list(inputs.plan.phases) if inputs.plan is not None else []
    statuses = []
    for phase in phases:
        status = t.status(phase.solver.status.value)
        if phase.solver.gap:
            status += ", " + t("prov_gap", gap=t.percent(phase.solver.gap, 1))
        name = SOLVER_NAMES.get(phase.solver.name, phase.solver.name)
        statuses.append(t("prov_solver_item", phase=phase.phase, name=name, status=status))
    rows.append((t("prov_solver"), "; ".join(statuses) or none))
    if scenario.resources:
        rows.append((t("prov_resources"), "; ".join(
            f"{key}: {words.resource(key)}" + (f", {unit}" if (unit := scenario.resource_unit(
                key, t.lang)) else "")
            for key in scenario.resources
        )))
    if inputs.roadmap is not None:
        rows.append((t("prov_replications"), t.number(inputs.roadmap.replications)))
        if inputs.roadmap_source == "file":
            source = t("source_file", path=inputs.roadmap_path or "")
        elif inputs.roadmap_source == "given":
            source = t("source_given")
        elif inputs.roadmap_source == "ledger":
            source = t("source_ledger", path=inputs.roadmap_path or "")
        else:
            source = t("source_computed")
        rows.append((t("prov_roadmap_source"), source))
    if inputs.batch is not None:
        rows.append((t("prov_batch"), inputs.batch.path))
    rows.append((t("prov_date"), inputs.generated_on.isoformat()))
    return rows


def _batch_rows(batch: BatchRuns, t: Translator, words: ScenarioWords) -> list[BatchRow]:
    cost_resource = words.scenario.cost_resource
    rows = []
    for strategy in batch.strategies:
        def median(metric: str, digits: int, strategy: str = strategy) -> str:
            values = sorted(batch.metrics.get(metric, {}).get(strategy, []))
            if not values:
                return "–"
            middle = len(values) // 2
            value = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
            if metric == "total_cost" and cost_resource is not None:
                return words.amount(cost_resource, value)
            return t.number(value, digits)

        rows.append(BatchRow(
            strategy=t.strategy(strategy),
            runs=batch.runs_by_strategy.get(strategy, 0),
            final_trust=median("final_trust", 2),
            total_cost=median("total_cost", 0),
            succeeded=median("succeeded", 1),
        ))
    return rows


MAX_REASONS = 2
"""Reasons shown per unserved need; the rest is counted."""

LABEL_KEYS: tuple[str, ...] = (
    "contents", "h_summary", "h_next", "portfolio_intro", "portfolio_empty", "col_type",
    "col_ambition", "col_participants", "col_needs", "col_contacts", "col_cost", "col_success",
    "col_why", "col_left_out", "none_left_out", "no_new_contacts", "col_resource",
    "col_used", "col_available", "col_share", "h_figures", "h_batch", "col_strategy", "col_runs",
    "col_final_trust", "col_total_cost", "col_succeeded", "h_unserved", "unserved_intro",
    "unserved_none", "col_need", "col_stated_by", "col_reason", "col_recruit",
    "h_provenance", "no_figure",
)
"""Labels the templates print directly."""


def build_view(inputs: ReportInputs, t: Translator) -> ReportView:
    """Return every text of the report in the translator's language."""
    loaded = inputs.loaded
    scenario = loaded.scenario
    words = scenario_words(inputs, t.lang)
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    names = actor_names(loaded)
    groups = group_unserved(inputs.unserved, inputs.themes, scenario)
    unserved_rows = []
    for group in groups:
        reasons = [say_reason(entry.said, words) for entry in group.entries]
        reasons = list(dict.fromkeys(reasons))
        if len(reasons) > MAX_REASONS:
            # The reasons per member mostly repeat each other with another name.
            reasons = [*reasons[:MAX_REASONS], t("more_reasons", count=len(reasons) - MAX_REASONS)]
        recruit, because = remedy(group, t.lang)
        unserved_rows.append(UnservedRow(
            need=words.need(group.need),
            stated_by=words.actors(group.actors),
            reasons=reasons,
            recruit=recruit,
            because=because,
        ))
    to_recruit = sum(1 for group in groups if group.recruit)
    summary, next_steps = _summary(inputs, t, words, to_recruit)
    phase = inputs.recommended
    projects = []
    resources = []
    if phase is not None:
        projects = [
            project_view(p, words, kinds, scenario.cost_resource, t)
            for p in phase.projects
        ]
        for key in words.ordered(set(phase.resources_used) | set(phase.resources_available)):
            used = phase.resources_used.get(key, 0.0)
            available = phase.resources_available.get(key)
            resources.append(ResourceRow(
                name=words.resource(key),
                used=words.amount(key, used),
                available=words.amount(key, available) if available is not None else "–",
                share=t.percent(used / available) if available else "–",
            ))
    batch_intro = None
    batch_rows: list[BatchRow] = []
    if inputs.batch is not None:
        batch_intro = t("batch_intro", count=inputs.batch.runs, path=inputs.batch.path,
                        strategies=t.join([t.strategy(s) for s in inputs.batch.strategies]))
        batch_rows = _batch_rows(inputs.batch, t, words)
    phase_number = phase.phase if phase is not None else 1
    return ReportView(
        lang=t.lang,
        title=t("title", name=scenario.title_in(t.lang)),
        subtitle=t("subtitle", date=t.date(inputs.generated_on)),
        summary=summary,
        next_steps=next_steps,
        portfolio_heading=t("h_portfolio", phase=phase_number),
        projects=projects,
        resources=resources,
        resources_heading=t("resources_total", phase=phase_number),
        unserved=unserved_rows,
        unsure=_unsure(localized_themes(inputs.themes, loaded, t.lang), names, t.lang),
        unsure_heading=message("themes.report.unsure_heading", t.lang),
        unsure_intro=message("themes.report.unsure_intro", t.lang),
        batch_intro=batch_intro,
        batch_rows=batch_rows,
        provenance=_provenance(inputs, t),
        labels={**{key: t(key) for key in LABEL_KEYS}, "recruit_rules": t.recruit_rules()},
        **_trust_path_view(inputs, t.lang),
    )


def _trust_path_view(inputs: ReportInputs, lang: str) -> dict:
    """The trust-path section: per phase what trust unlocked and what it still takes."""
    from trustmatch.i18n import message

    result = inputs.roadmap if inputs.roadmap is not None else inputs.plan
    if result is None or not result.outlook:
        return {}
    scenario = inputs.loaded.scenario
    names = actor_names(inputs.loaded)
    plans = [p.plan for p in result.phases] if inputs.roadmap is not None else result.phases
    planned = all(p.solver.status.has_solution for p in contact_phases(plans))
    # Without a plan nobody got a project, and the report says to plan again instead.
    no_contact = list(result.no_contact) if planned else []
    return {
        "trust_heading": message("plan.trust.report_heading", lang),
        "trust_intro": message(
            "plan.trust.report_intro_roadmap" if inputs.roadmap is not None
            else "plan.trust.report_intro_plan",
            lang,
        ),
        "trust_phases": [
            outlook_text(outlook, names, lang, scenario) for outlook in result.outlook
        ],
        "no_contact_heading": message(
            "plan.contact.heading", lang, phases=phases_label(no_contact[0].phases, lang)
        ) if no_contact else "",
        "no_contact": [
            no_contact_sentence(item, names, lang, scenario) for item in no_contact
        ],
    }
