"""English and German words, sentences and number formats of the report.

The report's readers are cluster managers, many of them German, so every label and sentence the
report writes itself exists in both languages. Text that users or other pipeline steps wrote
(actor names, need statements, the planner's "why") is shown as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "de")
"""Languages the report can be written in."""

STRINGS: dict[str, dict[str, str]] = {
    # Page frame
    "title": {"en": "Cluster report: {name}", "de": "Clusterbericht: {name}"},
    "subtitle": {
        "en": "Recommended trust-building projects, prepared by trustmatch on {date}",
        "de": "Empfohlene Projekte zum Vertrauensaufbau, erstellt von trustmatch am {date}",
    },
    "contents": {"en": "Contents", "de": "Inhalt"},
    # 1 Summary
    "h_summary": {"en": "Summary", "de": "Zusammenfassung"},
    "summary_cluster": {
        "en": "{name} has {members} members: {kinds}.",
        "de": "{name} hat {members} Mitglieder: {kinds}.",
    },
    "summary_themes": {
        "en": "Their stated needs form {themes} themes; {shared} of them are shared by at least "
        "two members, and these overlaps are where joint projects can start.",
        "de": "Ihre genannten Bedarfe bilden {themes} Themen; {shared} davon teilen mindestens "
        "zwei Mitglieder – an diesen Überschneidungen können gemeinsame Projekte ansetzen.",
    },
    "summary_competitors": {
        "en": "{pairs} pairs of members compete with each other; every recommended project keeps "
        "the benefit of competitors balanced, so none of them has to fear a competitive loss.",
        "de": "{pairs} Paare von Mitgliedern sind Wettbewerber; jedes empfohlene Projekt verteilt "
        "den Nutzen zwischen Wettbewerbern ausgewogen, sodass keiner einen Wettbewerbsnachteil "
        "fürchten muss.",
    },
    "summary_projects": {
        "en": "We recommend starting phase {phase} with {count} projects:{projects}",
        "de": "Wir empfehlen, Phase {phase} mit {count} Projekten zu beginnen:{projects}",
    },
    "summary_one_project": {
        "en": "We recommend starting phase {phase} with one project:{projects}",
        "de": "Wir empfehlen, Phase {phase} mit einem Projekt zu beginnen:{projects}",
    },
    "summary_project_item": {
        "en": "{label} ({count} participants)",
        "de": "{label} ({count} Teilnehmende)",
    },
    "summary_no_projects": {
        "en": "No project can be recommended for phase {phase}. {message}",
        "de": "Für Phase {phase} kann kein Projekt empfohlen werden. {message}",
    },
    "summary_cost": {
        "en": "Together they use {uses}.",
        "de": "Zusammen benötigen sie {uses}.",
    },
    "summary_cost_item": {
        "en": "{used} of {available} {resource} ({share})",
        "de": "{used} von {available} {resource} ({share})",
    },
    "summary_cost_item_open": {"en": "{used} {resource}", "de": "{used} {resource}"},
    "summary_contacts": {
        "en": "They bring {contacts} pairs of members together for the first time and serve "
        "needs of {served} members.",
        "de": "Sie bringen {contacts} Paare von Mitgliedern erstmals zusammen und bedienen Bedarfe "
        "von {served} Mitgliedern.",
    },
    "summary_trust_band": {
        "en": "If the plan is followed, cluster trust is expected to rise from {start} to {end} "
        "by the end of phase {phases} (in 80 % of {runs} simulated runs between {low} and {high}).",
        "de": "Wenn der Plan umgesetzt wird, steigt das Clustervertrauen voraussichtlich von "
        "{start} auf {end} bis zum Ende von Phase {phases} (in 80 % von {runs} simulierten "
        "Verläufen zwischen {low} und {high}).",
    },
    "summary_trust_single": {
        "en": "If the plan is followed, cluster trust is expected to go from {start} to {end} "
        "by the end of phase {phases} (one simulated run).",
        "de": "Wenn der Plan umgesetzt wird, entwickelt sich das Clustervertrauen voraussichtlich "
        "von {start} auf {end} bis zum Ende von Phase {phases} (ein simulierter Verlauf).",
    },
    "summary_ambition": {
        "en": "Along the way the cluster reaches projects of ambition level {level} of 4 "
        "({label}).",
        "de": "Dabei erreicht der Cluster Projekte der Anspruchsstufe {level} von 4 ({label}).",
    },
    "summary_no_roadmap": {
        "en": "No roadmap was computed, so the report shows no trust development.",
        "de": "Es wurde kein Fahrplan berechnet; der Bericht zeigt daher keine "
        "Vertrauensentwicklung.",
    },
    "summary_trust_scale": {
        "en": "Trust is measured from 0 (none) to 1 (full); members who never worked together "
        "start at {prior}.",
        "de": "Vertrauen wird von 0 (keines) bis 1 (volles) gemessen; Mitglieder, die noch nie "
        "zusammengearbeitet haben, beginnen bei {prior}.",
    },
    "h_next": {"en": "What to do next", "de": "Nächste Schritte"},
    "next_invite": {
        "en": "Invite the participants of the recommended projects and agree on dates.",
        "de": "Laden Sie die Teilnehmenden der empfohlenen Projekte ein und vereinbaren Sie "
        "Termine.",
    },
    "next_record": {
        "en": "When the phase is over, record what happened (trustmatch record) and plan the next "
        "phase from the real outcomes.",
        "de": "Halten Sie nach der Phase fest, wie die Projekte gelaufen sind (trustmatch record), "
        "und planen Sie die nächste Phase mit den echten Ergebnissen.",
    },
    "next_recruit": {
        "en": "Look for new members for the needs no current member can serve together "
        "({count}; see “Unserved needs”).",
        "de": "Suchen Sie neue Mitglieder für die Bedarfe, die kein heutiges Mitglied gemeinsam "
        "mit anderen bedienen kann ({count}; siehe „Offene Bedarfe“).",
    },
    "next_solver": {
        "en": "Note: the optimizer did not prove this portfolio to be the best one (status: "
        "{status}). Allow it more time (planning.time_limit) before you rely on the details.",
        "de": "Hinweis: Der Optimierer hat nicht bewiesen, dass dieses Portfolio das beste ist "
        "(Status: {status}). Geben Sie ihm mehr Zeit (planning.time_limit), bevor Sie sich auf "
        "Einzelheiten verlassen.",
    },
    # 2 Portfolio
    "h_portfolio": {
        "en": "Recommended projects for phase {phase}",
        "de": "Empfohlene Projekte für Phase {phase}",
    },
    "portfolio_intro": {
        "en": "Each project below serves needs several members share. Participants were chosen "
        "so that every pair trusts each other enough for the project and no competitor gains at "
        "another's expense.",
        "de": "Jedes Projekt bedient Bedarfe, die mehrere Mitglieder teilen. Die Teilnehmenden "
        "sind so gewählt, dass jedes Paar einander für das Projekt genug vertraut und kein "
        "Wettbewerber auf Kosten eines anderen gewinnt.",
    },
    "portfolio_empty": {
        "en": "No projects are recommended for this phase.",
        "de": "Für diese Phase werden keine Projekte empfohlen.",
    },
    "col_type": {"en": "Type", "de": "Art"},
    "col_ambition": {"en": "Ambition", "de": "Anspruch"},
    "col_participants": {"en": "Participants", "de": "Teilnehmende"},
    "col_needs": {"en": "Needs served", "de": "Bediente Bedarfe"},
    "col_contacts": {"en": "New contacts", "de": "Neue Kontakte"},
    "col_cost": {"en": "Cost", "de": "Kosten"},
    "col_success": {"en": "Chance of success", "de": "Erfolgschance"},
    "col_why": {"en": "Why", "de": "Warum"},
    "col_left_out": {"en": "Left out", "de": "Nicht dabei"},
    "none_left_out": {"en": "nobody", "de": "niemand"},
    "no_new_contacts": {"en": "none (they know each other)", "de": "keine (sie kennen sich)"},
    "why_generated": {
        "en": "Serves {needs} for {served} participants; new contacts: {contacts}; cost: {cost}.",
        "de": "Bedient {needs} für {served} Teilnehmende; neue Kontakte: {contacts}; Kosten: "
        "{cost}.",
    },
    "resources_total": {
        "en": "Resources used in phase {phase}",
        "de": "Ressourcen in Phase {phase}",
    },
    "col_resource": {"en": "Resource", "de": "Ressource"},
    "col_used": {"en": "Used", "de": "Genutzt"},
    "col_available": {"en": "Available", "de": "Verfügbar"},
    "col_share": {"en": "Share", "de": "Anteil"},
    # 3 Figures
    "h_figures": {"en": "The cluster in figures", "de": "Der Cluster in Abbildungen"},
    "fig_actor_needs": {"en": "Who needs what", "de": "Wer braucht was"},
    "fig_actor_needs_caption": {
        "en": "Members (left and right, coloured by kind) and the need themes they stated "
        "(middle, coloured by sensitivity). Members are grouped by their most important theme; "
        "thicker lines mean more important needs.",
        "de": "Mitglieder (links und rechts, farbig nach Art) und die Bedarfsthemen, die sie "
        "genannt haben (Mitte, farbig nach Sensibilität). Mitglieder sind nach ihrem wichtigsten "
        "Thema gruppiert; dickere Linien bedeuten wichtigere Bedarfe.",
    },
    "fig_overlap": {"en": "Which themes share members", "de": "Welche Themen Mitglieder teilen"},
    "fig_overlap_caption": {
        "en": "Number of members two themes have in common (the diagonal: members in the theme). "
        "Themes with many shared members are good ground for joint projects.",
        "de": "Anzahl der Mitglieder, die zwei Themen gemeinsam haben (Diagonale: Mitglieder im "
        "Thema). Themen mit vielen gemeinsamen Mitgliedern eignen sich für gemeinsame Projekte.",
    },
    "fig_overlap_truncated": {
        "en": "Showing the {shown} themes with the most members (of {total}).",
        "de": "Gezeigt werden die {shown} Themen mit den meisten Mitgliedern (von {total}).",
    },
    "fig_trust_network": {"en": "Competitors and trust", "de": "Wettbewerber und Vertrauen"},
    "fig_trust_network_caption": {
        "en": "Members on a circle, competitors next to each other. Solid lines join members "
        "who have worked together or know each other, dashed lines join competitors; the colour "
        "shows their mutual trust {when}.",
        "de": "Mitglieder auf einem Kreis, Wettbewerber nebeneinander. Durchgezogene Linien "
        "verbinden Mitglieder, die zusammengearbeitet haben oder sich kennen, gestrichelte Linien "
        "verbinden Wettbewerber; die Farbe zeigt ihr gegenseitiges Vertrauen {when}.",
    },
    "trust_when_end": {
        "en": "at the end of the roadmap (phase {phase})",
        "de": "am Ende des Fahrplans (Phase {phase})",
    },
    "trust_when_start": {"en": "today", "de": "heute"},
    "fig_trust_phases": {
        "en": "Cluster trust over the phases",
        "de": "Clustervertrauen über die Phasen",
    },
    "fig_trust_phases_caption": {
        "en": "Mean trust between all pairs of members, today and after each planned phase. "
        "The band holds 80 % of {runs} simulated runs (10–90 %), the line is their median.",
        "de": "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder "
        "geplanten Phase. Das Band enthält 80 % von {runs} simulierten Verläufen (10–90 %), die "
        "Linie ist ihr Median.",
    },
    "fig_trust_phases_caption_single": {
        "en": "Mean trust between all pairs of members, today and after each planned phase of "
        "one simulated run.",
        "de": "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder "
        "geplanten Phase eines simulierten Verlaufs.",
    },
    "fig_roadmap": {"en": "Roadmap", "de": "Fahrplan"},
    "fig_roadmap_caption": {
        "en": "The projects of each phase, coloured by ambition; the mark shows how they went "
        "(simulated, or recorded where you recorded them).",
        "de": "Die Projekte jeder Phase, farbig nach Anspruch; das Zeichen zeigt, wie sie "
        "verlaufen sind (simuliert oder, wo festgehalten, tatsächlich).",
    },
    "fig_batch": {"en": "Strategy comparison", "de": "Strategievergleich"},
    "fig_batch_caption": {
        "en": "Results of {runs} batch runs by strategy: cluster trust at the end, total cost and "
        "number of successful projects (boxes: middle half of the runs, line: median).",
        "de": "Ergebnisse von {runs} Batch-Läufen nach Strategie: Clustervertrauen am Ende, "
        "Gesamtkosten und Zahl erfolgreicher Projekte (Kästen: mittlere Hälfte der Läufe, "
        "Linie: Median).",
    },
    "h_batch": {"en": "Comparing strategies", "de": "Strategien im Vergleich"},
    "batch_intro": {
        "en": "The batch results in {path} hold {runs} runs of {strategies} strategies.",
        "de": "Die Batch-Ergebnisse in {path} enthalten {runs} Läufe mit {strategies} "
        "Strategien.",
    },
    "col_strategy": {"en": "Strategy", "de": "Strategie"},
    "col_runs": {"en": "Runs", "de": "Läufe"},
    "col_final_trust": {"en": "Final trust (median)", "de": "Vertrauen am Ende (Median)"},
    "col_total_cost": {"en": "Cost (median)", "de": "Kosten (Median)"},
    "col_succeeded": {
        "en": "Successful projects (median)",
        "de": "Erfolgreiche Projekte (Median)",
    },
    # Figure inner labels
    "ax_phase": {"en": "Phase", "de": "Phase"},
    "ax_trust": {"en": "Trust (0 = none, 1 = full)", "de": "Vertrauen (0 = keines, 1 = volles)"},
    "ax_initiative_trust": {
        "en": "Trust in the initiative (mean)",
        "de": "Vertrauen in die Initiative (Mittel)",
    },
    "ax_band": {"en": "10–90 % of simulated runs", "de": "10–90 % der simulierten Verläufe"},
    "ax_median": {"en": "Median of simulated runs", "de": "Median der simulierten Verläufe"},
    "ax_this_run": {"en": "Roadmap shown below", "de": "Unten gezeigter Fahrplan"},
    "ax_pair_trust": {"en": "Mutual trust", "de": "Gegenseitiges Vertrauen"},
    "ax_shared_members": {"en": "Shared members", "de": "Gemeinsame Mitglieder"},
    "ax_worked_together": {"en": "worked together / known", "de": "zusammengearbeitet / bekannt"},
    "ax_competitors": {"en": "competitors", "de": "Wettbewerber"},
    "ax_no_needs": {"en": "(no stated needs)", "de": "(keine Bedarfe genannt)"},
    "ax_sensitivity": {"en": "Sensitivity: {level}", "de": "Sensibilität: {level}"},
    "ax_final_trust": {"en": "Cluster trust at the end", "de": "Clustervertrauen am Ende"},
    "ax_total_cost": {"en": "Total cost", "de": "Gesamtkosten"},
    "ax_succeeded": {"en": "Successful projects", "de": "Erfolgreiche Projekte"},
    "ax_participants": {"en": "{count} participants", "de": "{count} Teilnehmende"},
    "ax_no_projects": {"en": "no projects", "de": "keine Projekte"},
    "ax_more_projects": {"en": "+ {count} more", "de": "+ {count} weitere"},
    # 4 Unserved needs
    "h_unserved": {
        "en": "Unserved needs and whom to recruit",
        "de": "Offene Bedarfe und wen Sie gewinnen sollten",
    },
    "unserved_intro": {
        "en": "These needs were not served by any planned project. Where no current member can "
        "serve a need together with others, a new member can close the gap.",
        "de": "Diese Bedarfe bedient kein geplantes Projekt. Wo kein heutiges Mitglied einen "
        "Bedarf gemeinsam mit anderen bedienen kann, kann ein neues Mitglied die Lücke schließen.",
    },
    "unserved_none": {
        "en": "Every stated need is served by at least one planned project.",
        "de": "Jeder genannte Bedarf wird von mindestens einem geplanten Projekt bedient.",
    },
    "col_need": {"en": "Need", "de": "Bedarf"},
    "col_stated_by": {"en": "Stated by", "de": "Genannt von"},
    "col_reason": {"en": "Why it is open", "de": "Warum offen"},
    "col_recruit": {"en": "Whom to recruit", "de": "Wen gewinnen"},
    "recruit_rules": {
        "en": "How the hint is chosen: the need's words decide first (research and technology → "
        "research partner; skills, training and students → university; materials, purchasing, "
        "parts and logistics → supplier; founders, investors and new ideas → start-up; markets, "
        "export and visibility → established company); otherwise, who states it (a start-up or "
        "research body → an established company, a firm → a research partner for sensitive "
        "needs, else a supplier). Needs that only missing trust keeps open need no new member: "
        "they become possible as trust grows.",
        "de": "So entsteht der Hinweis: Zuerst entscheiden die Wörter des Bedarfs (Forschung und "
        "Technologie → Forschungspartner; Fachkräfte, Ausbildung und Studierende → Hochschule; "
        "Material, Einkauf, Teile und Logistik → Zulieferer; Gründer, Investoren und neue Ideen "
        "→ Start-up; Märkte, Export und Sichtbarkeit → etabliertes Unternehmen); sonst, wer ihn "
        "nennt (ein Start-up oder eine Forschungseinrichtung → ein etabliertes Unternehmen, eine "
        "Firma → ein Forschungspartner bei sensiblen Bedarfen, sonst ein Zulieferer). Bedarfe, "
        "die nur fehlendes Vertrauen offenhält, brauchen kein neues Mitglied: sie werden mit "
        "wachsendem Vertrauen möglich.",
    },
    "recruit_research": {"en": "a research partner", "de": "einen Forschungspartner"},
    "recruit_university": {"en": "a university or college", "de": "eine Hochschule"},
    "recruit_supplier": {"en": "a supplier", "de": "einen Zulieferer"},
    "recruit_startup": {"en": "a start-up", "de": "ein Start-up"},
    "recruit_company": {"en": "an established company", "de": "ein etabliertes Unternehmen"},
    "because_words": {
        "en": "the need is about {topic}",
        "de": "der Bedarf betrifft {topic}",
    },
    "because_stater": {
        "en": "it is stated by {who}",
        "de": "ihn nennen {who}",
    },
    "topic_research": {"en": "research and technology", "de": "Forschung und Technologie"},
    "topic_university": {"en": "skills and training", "de": "Fachkräfte und Ausbildung"},
    "topic_supplier": {"en": "materials and supply", "de": "Material und Beschaffung"},
    "topic_startup": {"en": "founders and new ideas", "de": "Gründung und neue Ideen"},
    "topic_company": {"en": "markets and visibility", "de": "Märkte und Sichtbarkeit"},
    "recruit_trust_first": {
        "en": "nobody yet: build trust first",
        "de": "noch niemanden: erst Vertrauen aufbauen",
    },
    "because_trust": {
        "en": "the members who share it do not trust each other enough yet; starter projects "
        "build that trust",
        "de": "die Mitglieder, die ihn teilen, vertrauen einander noch nicht genug; "
        "Einstiegsprojekte bauen dieses Vertrauen auf",
    },
    "more_reasons": {
        "en": "and {count} similar reasons for other members",
        "de": "und {count} ähnliche Gründe für weitere Mitglieder",
    },
    "sole_need": {
        "en": "only one member states it",
        "de": "nur ein Mitglied nennt ihn",
    },
    # 5 Provenance
    "h_provenance": {"en": "Where these results come from", "de": "Herkunft der Ergebnisse"},
    "prov_version": {"en": "trustmatch version", "de": "trustmatch-Version"},
    "prov_scenario": {"en": "Scenario", "de": "Szenario"},
    "prov_hash": {"en": "Scenario file SHA-256", "de": "SHA-256 der Szenariodatei"},
    "prov_overrides": {"en": "Overrides", "de": "Varianten (Overrides)"},
    "prov_sets": {"en": "Settings (--set)", "de": "Einstellungen (--set)"},
    "prov_seed": {"en": "Seed", "de": "Startwert (Seed)"},
    "prov_strategy": {"en": "Strategy", "de": "Strategie"},
    "prov_solver": {"en": "Solver status", "de": "Status des Lösers"},
    "prov_solver_item": {
        "en": "phase {phase}: {name} {status}",
        "de": "Phase {phase}: {name} {status}",
    },
    "prov_replications": {"en": "Simulated runs", "de": "Simulierte Verläufe"},
    "prov_roadmap_source": {"en": "Roadmap", "de": "Fahrplan"},
    "prov_batch": {"en": "Batch results", "de": "Batch-Ergebnisse"},
    "prov_date": {"en": "Date", "de": "Datum"},
    "prov_none": {"en": "none", "de": "keine"},
    "source_computed": {"en": "computed for this report", "de": "für diesen Bericht berechnet"},
    "source_file": {"en": "read from {path}", "de": "gelesen aus {path}"},
    "source_given": {"en": "passed in by the caller", "de": "vom Aufrufer übergeben"},
    "source_ledger": {
        "en": "computed from the ledger {path}",
        "de": "berechnet aus dem Projektbuch {path}",
    },
    "no_figure": {"en": "(no data for this figure)", "de": "(keine Daten für diese Abbildung)"},
}
"""Every report string by key, then language. Placeholders use ``str.format`` names."""

KIND_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "company": {"en": ("company", "companies"), "de": ("Unternehmen", "Unternehmen")},
    "startup": {"en": ("start-up", "start-ups"), "de": ("Start-up", "Start-ups")},
    "supplier": {"en": ("supplier", "suppliers"), "de": ("Zulieferer", "Zulieferer")},
    "university": {"en": ("university", "universities"), "de": ("Hochschule", "Hochschulen")},
    "research": {
        "en": ("research institute", "research institutes"),
        "de": ("Forschungseinrichtung", "Forschungseinrichtungen"),
    },
    "association": {"en": ("association", "associations"), "de": ("Verband", "Verbände")},
    "public": {
        "en": ("public body", "public bodies"),
        "de": ("öffentliche Stelle", "öffentliche Stellen"),
    },
}
"""Singular and plural name of each actor kind."""

AMBITION_NAMES: dict[int, dict[str, str]] = {
    1: {"en": "starter", "de": "Einstieg"},
    2: {"en": "building", "de": "Aufbau"},
    3: {"en": "ambitious", "de": "anspruchsvoll"},
    4: {"en": "most ambitious", "de": "sehr anspruchsvoll"},
}
"""Name of each ambition level."""

SENSITIVITY_NAMES: dict[str, dict[str, str]] = {
    "none": {"en": "none", "de": "keine"},
    "low": {"en": "low", "de": "gering"},
    "medium": {"en": "medium", "de": "mittel"},
    "high": {"en": "high", "de": "hoch"},
}
"""Name of each sensitivity level."""

OUTCOME_NAMES: dict[str, dict[str, str]] = {
    "success": {"en": "success", "de": "Erfolg"},
    "failure": {"en": "failure", "de": "Fehlschlag"},
    "cancelled": {"en": "cancelled", "de": "abgesagt"},
    "planned": {"en": "planned", "de": "geplant"},
}
"""Name of each project outcome."""

STATUS_NAMES: dict[str, dict[str, str]] = {
    "optimal": {"en": "optimal", "de": "optimal"},
    "feasible": {"en": "valid, not proven optimal", "de": "zulässig, nicht als optimal bewiesen"},
    "infeasible": {"en": "no valid portfolio", "de": "kein zulässiges Portfolio"},
    "time_limit": {"en": "time limit reached", "de": "Zeitlimit erreicht"},
    "heuristic": {"en": "heuristic", "de": "Heuristik"},
    "error": {"en": "solver error", "de": "Fehler des Lösers"},
}
"""Readable name of each solver status."""

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}
"""Month names for dates."""


@dataclass(frozen=True)
class Translator:
    """Words, sentences and number formats in one language.

    Attributes:
        lang: ``en`` or ``de``.
    """

    lang: str = "en"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown report language {self.lang!r}; use one of {LANGUAGES}")

    def __call__(self, key: str, **values: object) -> str:
        """Return the string ``key`` in this language with the placeholders filled in."""
        text = STRINGS[key][self.lang]
        return text.format(**values) if values else text

    def kind(self, kind: str, count: int = 1) -> str:
        """Return the name of an actor kind, singular or plural by ``count``."""
        singular, plural = KIND_NAMES[kind][self.lang]
        return singular if count == 1 else plural

    def ambition(self, level: int) -> str:
        """Return the name of an ambition level (1-4)."""
        return AMBITION_NAMES[level][self.lang]

    def sensitivity(self, level: str) -> str:
        """Return the name of a sensitivity level."""
        return SENSITIVITY_NAMES[level][self.lang]

    def outcome(self, result: str) -> str:
        """Return the name of a project outcome."""
        return OUTCOME_NAMES[result][self.lang]

    def status(self, status: str) -> str:
        """Return the readable name of a solver status."""
        return STATUS_NAMES.get(status, {}).get(self.lang, status)

    def number(self, value: float, digits: int = 0) -> str:
        """Return a number with the language's thousands and decimal separators."""
        text = f"{value:,.{digits}f}"
        if self.lang == "de":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def percent(self, share: float) -> str:
        """Return a share (0-1) as a whole percentage, e.g. ``52 %``."""
        return f"{self.number(100 * share)}\u00a0%"

    def trust(self, value: float) -> str:
        """Return a trust value (0-1) with two decimals."""
        return self.number(value, 2)

    def date(self, day: dt.date) -> str:
        """Return a date written out, e.g. ``26 November 2026`` / ``26. November 2026``."""
        month = MONTHS[self.lang][day.month - 1]
        if self.lang == "de":
            return f"{day.day}. {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def join(self, items: list[str]) -> str:
        """Return items as a readable list: ``a, b and c`` / ``a, b und c``."""
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        conjunction = " und " if self.lang == "de" else " and "
        return ", ".join(items[:-1]) + conjunction + items[-1]
