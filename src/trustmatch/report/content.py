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
from trustmatch.explain import UnservedReason, describe_unserved
from trustmatch.i18n import message
from trustmatch.report.batchruns import BatchRuns
from trustmatch.report.i18n import Translator
from trustmatch.report.reasons import reason_in
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


def theme_labels(themes: Sequence[Theme], loaded: LoadedScenario) -> dict[str, str]:
    """Return theme or catalogue need id -> readable label."""
    labels = {need.id: need.label for need in loaded.scenario.needs}
    labels.update({theme.id: theme.label for theme in themes})
    return labels


def _kinds_sentence(kinds: Sequence[ActorKind], t: Translator) -> str:
    counts = Counter(kinds)
    order = ["company", "startup", "supplier", "university", "research", "association", "public"]
    parts = [f"{counts[kind]} {t.kind(kind, counts[kind])}" for kind in order if counts[kind]]
    return t.join(parts)


def _cost_of(project: PlannedProject, cost_resource: str | None) -> float | None:
    if cost_resource is None:
        return None
    return project.uses.get(cost_resource)


def _uses_text(uses: dict[str, float], t: Translator) -> list[str]:
    return [f"{t.number(value)} {name}" for name, value in sorted(uses.items())]


def project_view(
    project: PlannedProject,
    names: dict[str, str],
    kinds: dict[str, str],
    labels: dict[str, str],
    cost_resource: str | None,
    t: Translator,
) -> ProjectView:
    """Return one planned project as printable text."""
    cost = _cost_of(project, cost_resource)
    cost_text = f"{t.number(cost)} {cost_resource}" if cost is not None else "–"
    needs = [labels.get(need, need) for need in project.needs]
    participants = [
        f"{names.get(actor, actor)} ({t.kind(kinds[actor])})" if actor in kinds else actor
        for actor in project.participants
    ]
    contacts = [
        f"{names.get(a, a)} – {names.get(b, b)}" for a, b in sorted(project.new_contacts)
    ]
    why = project.why
    is_planner_text = True
    if t.lang != "en" or not why:
        # The planner explains in English; a German report builds its own sentence.
        why = t(
            "why_generated",
            needs=t.join(needs) or "–",
            served=len(project.participants),
            contacts=len(project.new_contacts),
            cost=cost_text,
        )
        is_planner_text = False
    left_out = []
    for item in project.left_out:
        name = names.get(item.actor, item.actor)
        # Most reasons already start with the member's name; do not say it twice.
        reason = reason_in(t.lang, item.reason)
        left_out.append(reason if name in reason else f"{name}: {reason}")
    type_label = project.type or "–"
    return ProjectView(
        label=project.label,
        type=type_label,
        ambition=f"{project.ambition} – {t.ambition(min(max(project.ambition, 1), 4))}",
        ambition_level=min(max(project.ambition, 1), 4),
        participants=participants,
        needs=needs,
        new_contacts=contacts,
        contacts_count=len(project.new_contacts),
        cost=cost_text,
        uses=_uses_text(project.uses, t),
        success=t.percent(project.success_probability),
        why=why,
        why_is_planner_text=is_planner_text,
        left_out=left_out,
    )


def _summary(
    inputs: ReportInputs, t: Translator, unserved_count: int
) -> tuple[list[SummaryBlock], list[str]]:
    scenario = inputs.loaded.scenario
    themes = inputs.themes
    paragraphs = []
    cluster = t("summary_cluster", name=scenario.name, members=len(scenario.actors),
                kinds=_kinds_sentence([a.kind for a in scenario.actors], t))
    if scenario.description.strip():
        cluster = " ".join(scenario.description.split()) + " " + cluster
    shared = sum(1 for theme in themes if len(theme.actors) >= 2)
    cluster += " " + t("summary_themes", themes=len(themes), shared=shared)
    pairs = competitor_pairs(scenario)
    if pairs:
        cluster += " " + t("summary_competitors", pairs=len(pairs))
    paragraphs.append(SummaryBlock(cluster))

    phase = inputs.recommended
    next_steps = []
    if phase is not None and phase.projects:
        items = [
            t("summary_project_item", label=p.label, count=len(p.participants))
            for p in phase.projects
        ]
        key = "summary_one_project" if len(items) == 1 else "summary_projects"
        paragraphs.append(SummaryBlock(
            t(key, phase=phase.phase, count=len(items), projects="").rstrip(" .:") + ":", items
        ))
        uses = []
        for name in sorted(phase.resources_used):
            used = phase.resources_used[name]
            available = phase.resources_available.get(name)
            if available:
                uses.append(t("summary_cost_item", used=t.number(used), resource=name,
                              available=t.number(available), share=t.percent(used / available)))
            else:
                uses.append(t("summary_cost_item_open", used=t.number(used), resource=name))
        text = t("summary_cost", uses=t.join(uses)) if uses else ""
        contacts = {tuple(pair) for p in phase.projects for pair in p.new_contacts}
        served = sum(1 for share in phase.served_share.values() if share > 0)
        if not served:
            served = len({a for p in phase.projects for a in p.participants})
        text += " " + t("summary_contacts", contacts=len(contacts), served=served)
        paragraphs.append(SummaryBlock(text.strip()))
        next_steps.append(t("next_invite"))
    elif phase is not None:
        paragraphs.append(SummaryBlock(
            t("summary_no_projects", phase=phase.phase, message=phase.solver.message)
        ))

    roadmap = inputs.roadmap
    if phase is not None and not phase.solver.status.has_solution:
        # No plan, no advice: no forecast, nothing to record, nobody to recruit.
        return paragraphs, [message("themes.report.no_plan_next", t.lang)]
    if roadmap is not None and roadmap.phases:
        start = roadmap.phases[0].plan.trust_before
        end = roadmap.phases[-1].trust_after
        last_phase = roadmap.phases[-1].plan.phase
        band = next((m for m in roadmap.monte_carlo if m.phase == last_phase), None)
        if band is not None and t.trust(band.cluster_trust.q10) == t.trust(
                band.cluster_trust.q90):
            # A flat band: say the value once, not "between 0.37 and 0.37".
            text = message("figures.summary_trust_flat", t.lang, start=t.trust(start.mean),
                           end=t.trust(band.cluster_trust.q50), phases=last_phase,
                           runs=roadmap.replications)
        elif band is not None:
            text = t("summary_trust_band", start=t.trust(start.mean),
                     end=t.trust(band.cluster_trust.q50), phases=last_phase,
                     runs=roadmap.replications, low=t.trust(band.cluster_trust.q10),
                     high=t.trust(band.cluster_trust.q90))
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
    loaded = inputs.loaded
    result = inputs.roadmap or inputs.plan
    none = t("prov_none")
    rows = [
        (t("prov_version"), __version__),
        (t("prov_scenario"), loaded.scenario.name),
        (t("prov_hash"), loaded.file_sha256 or none),
        (t("prov_overrides"), ", ".join(loaded.overrides) or none),
        (t("prov_sets"), ", ".join(loaded.sets) or none),
        (t("prov_seed"), str(result.seed if result is not None else loaded.scenario.seed)),
    ]
    if result is not None:
        rows.append((t("prov_strategy"), result.strategy))
    if inputs.roadmap is not None:
        phases = [phase.plan for phase in inputs.roadmap.phases]
    else:
        phases = list(inputs.plan.phases) if inputs.plan is not None else []
    statuses = []
    for phase in phases:
        status = t.status(phase.solver.status.value)
        if phase.solver.gap:
            status += f" (gap {t.percent(phase.solver.gap)})"
        statuses.append(t("prov_solver_item", phase=phase.phase, name=phase.solver.name,
                          status=status))
    rows.append((t("prov_solver"), "; ".join(statuses) or none))
    if inputs.roadmap is not None:
        rows.append((t("prov_replications"), str(inputs.roadmap.replications)))
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


def _batch_rows(batch: BatchRuns, t: Translator) -> list[BatchRow]:
    rows = []
    for strategy in batch.strategies:
        def median(metric: str, digits: int, strategy: str = strategy) -> str:
            values = sorted(batch.metrics.get(metric, {}).get(strategy, []))
            if not values:
                return "–"
            middle = len(values) // 2
            value = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
            return t.number(value, digits)

        rows.append(BatchRow(
            strategy=strategy,
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
    "unserved_none", "col_need", "col_stated_by", "col_reason", "col_recruit", "recruit_rules",
    "h_provenance", "no_figure",
)
"""Labels the templates print directly."""


def build_view(inputs: ReportInputs, t: Translator) -> ReportView:
    """Return every text of the report in the translator's language."""
    loaded = inputs.loaded
    scenario = loaded.scenario
    names = actor_names(loaded)
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    labels = theme_labels(inputs.themes, loaded)
    groups = group_unserved(inputs.unserved, inputs.themes, scenario)
    unserved_rows = []
    for group in groups:
        reasons = [
            describe_unserved(UnservedReason(e.kind, e.facts), t.lang, names)
            if e.kind else reason_in(t.lang, e.reason)
            for e in group.entries
        ]
        reasons = list(dict.fromkeys(reasons))
        if len(reasons) > MAX_REASONS:
            # The reasons per member mostly repeat each other with another name.
            reasons = [*reasons[:MAX_REASONS], t("more_reasons", count=len(reasons) - MAX_REASONS)]
        recruit, because = remedy(group, t.lang)
        unserved_rows.append(UnservedRow(
            need=group.label,
            stated_by=[names.get(actor, actor) for actor in group.actors],
            reasons=reasons,
            recruit=recruit,
            because=because,
        ))
    to_recruit = sum(1 for group in groups if group.recruit)
    summary, next_steps = _summary(inputs, t, to_recruit)
    phase = inputs.recommended
    projects = []
    resources = []
    if phase is not None:
        projects = [
            project_view(p, names, kinds, labels, scenario.cost_resource, t)
            for p in phase.projects
        ]
        for name in sorted(set(phase.resources_used) | set(phase.resources_available)):
            used = phase.resources_used.get(name, 0.0)
            available = phase.resources_available.get(name)
            resources.append(ResourceRow(
                name=name,
                used=t.number(used),
                available=t.number(available) if available is not None else "–",
                share=t.percent(used / available) if available else "–",
            ))
    batch_intro = None
    batch_rows: list[BatchRow] = []
    if inputs.batch is not None:
        batch_intro = t("batch_intro", path=inputs.batch.path, runs=inputs.batch.runs,
                        strategies=len(inputs.batch.strategies))
        batch_rows = _batch_rows(inputs.batch, t)
    phase_number = phase.phase if phase is not None else 1
    return ReportView(
        lang=t.lang,
        title=t("title", name=scenario.name),
        subtitle=t("subtitle", date=t.date(inputs.generated_on)),
        summary=summary,
        next_steps=next_steps,
        portfolio_heading=t("h_portfolio", phase=phase_number),
        projects=projects,
        resources=resources,
        resources_heading=t("resources_total", phase=phase_number),
        unserved=unserved_rows,
        unsure=_unsure(inputs.themes, names, t.lang),
        unsure_heading=message("themes.report.unsure_heading", t.lang),
        unsure_intro=message("themes.report.unsure_intro", t.lang),
        batch_intro=batch_intro,
        batch_rows=batch_rows,
        provenance=_provenance(inputs, t),
        labels={key: t(key) for key in LABEL_KEYS},
    )
