"""The German message catalogue: every sentence trustmatch writes for a person, by key.

Keys are grouped by the part of trustmatch that speaks them; keep each part's keys under its
heading (one heading per package or command) so that work on different parts does not collide.
Values are ``str.format`` templates, or plural forms keyed by CLDR category (``one``,
``other``) chosen by ``count``. See ``trustmatch.i18n``.
"""

from __future__ import annotations

MESSAGES: dict[str, str | dict[str, str]] = {
    # ---------------------------------------------------------------------------------------
    # common: words used everywhere
    # ---------------------------------------------------------------------------------------
    "common.language_name": "Deutsch",
    "common.kind.company": {"one": "Unternehmen", "other": "Unternehmen"},
    "common.kind.startup": {"one": "Start-up", "other": "Start-ups"},
    "common.kind.supplier": {"one": "Zulieferer", "other": "Zulieferer"},
    "common.kind.university": {"one": "Hochschule", "other": "Hochschulen"},
    "common.kind.research": {"one": "Forschungseinrichtung", "other": "Forschungseinrichtungen"},
    "common.kind.association": {"one": "Verband", "other": "Verbände"},
    "common.kind.public": {"one": "öffentliche Stelle", "other": "öffentliche Stellen"},
    "common.ambition.1": "Einstieg",
    "common.ambition.2": "Aufbau",
    "common.ambition.3": "anspruchsvoll",
    "common.ambition.4": "sehr anspruchsvoll",
    "common.sensitivity.none": "keine",
    "common.sensitivity.low": "gering",
    "common.sensitivity.medium": "mittel",
    "common.sensitivity.high": "hoch",
    "common.outcome.success": "Erfolg",
    "common.outcome.failure": "Fehlschlag",
    "common.outcome.cancelled": "abgesagt",
    "common.outcome.planned": "geplant",
    "common.status.optimal": "nachweislich die beste Auswahl",
    "common.status.feasible": "gültig, aber nicht als beste nachgewiesen",
    "common.status.infeasible": "keine gültige Auswahl an Projekten",
    "common.status.time_limit": "Zeitlimit erreicht",
    "common.status.heuristic": "nach einer Faustregel gewählt",
    "common.status.error": "Fehler im Optimierer",
    "common.status.other": "kein nachgewiesenes Ergebnis",
    "common.and": " und ",
    "common.quoted": "„{text}“",
    "common.project_on": "{type} zu {needs}",
    "common.amount_of": "{resource}: {amount}",
    "common.strategy.optimal": "optimiert",
    "common.strategy.lookahead": "vorausschauend",
    "common.strategy.greedy": "Greedy",
    "common.strategy.random": "zufällig",
    "common.strategy.big-bang": "Big Bang",
    "common.strategy.no-fairness": "ohne Fairness",
    "common.strategy_means.optimal": (
        "lässt den Optimierer unter allen Regeln die besten Projekte dieser Phase wählen"
    ),
    "common.strategy_means.lookahead": (
        "lässt den Optimierer mehrere Phasen vorausplanen und legt nur die nächste fest"
    ),
    "common.strategy_means.greedy": (
        "nimmt die Projekte mit dem meisten Nutzen je Kosten zuerst, ohne vorauszuplanen"
    ),
    "common.strategy_means.random": "wählt gültige Projekte zufällig aus (ein Vergleichsmaßstab)",
    "common.strategy_means.big-bang": (
        "übergeht das Vertrauen und beginnt sofort mit den anspruchsvollsten Projekten"
    ),
    "common.strategy_means.no-fairness": (
        "lässt die Regel weg, dass Wettbewerber etwa gleich viel Nutzen haben müssen"
    ),
    #
    #
    # ---------------------------------------------------------------------------------------
    # cli: the command-line shell, errors, progress (issues 15, 18)
    # ---------------------------------------------------------------------------------------
    "cli.progress.run": "Simulierte Verläufe",
    "cli.progress.unit_run": "Verläufe",
    "cli.progress.phase": "Geplante Phasen",
    "cli.progress.unit_phase": "Phasen",
    "cli.progress.strategy_run": "Strategien im Vergleich",
    "cli.progress.unit_strategy_run": "Verläufe",
    "cli.report.written": "{path} geschrieben ({size} kB).",
    "cli.report.written_with_figures": {
        "one": "{path} geschrieben ({size} kB), dazu eine Abbildungsdatei.",
        "other": "{path} geschrieben ({size} kB), dazu {count} Abbildungsdateien.",
    },
    "cli.roadmap.title": {
        "one": "Fahrplan für {name}: eine Phase, Strategie „{strategy}“",
        "other": "Fahrplan für {name}: {count} Phasen, Strategie „{strategy}“",
    },
    "cli.roadmap.phase": (
        "Phase {phase}: Clustervertrauen {before} → {after}; höchste erreichte Anspruchsstufe: "
        "{level}"
    ),
    "cli.roadmap.phase_unlocked": (
        "Phase {phase}: Clustervertrauen {before} → {after}; höchste erreichte Anspruchsstufe: "
        "{level} (der erste Erfolg auf dieser Stufe)"
    ),
    "cli.roadmap.no_portfolio": "In dieser Phase gibt es keine gültige Auswahl an Projekten.",
    "cli.roadmap.no_project": (
        "Kein Projekt in dieser Phase (nichts passt zu Vertrauen und Ressourcen)."
    ),
    "cli.roadmap.project": "{outcome}: {label} (Anspruch {level}, Erfolgschance {chance})",
    "cli.roadmap.used_item": "{resource} {used} von {available}",
    "cli.roadmap.used": "Genutzt: {items}. Optimierung: {status}.",
    "cli.roadmap.total": {
        "one": (
            "{succeeded} von einem Projekt erfolgreich; höchste erreichte Anspruchsstufe: "
            "{level}."
        ),
        "other": (
            "{succeeded} von {count} Projekten erfolgreich; höchste erreichte Anspruchsstufe: "
            "{level}."
        ),
    },
    "cli.roadmap.unserved": {
        "one": (
            "Ein genannter Bedarf wurde in keiner Phase bedient; warum, zeigt „trustmatch "
            "plan“."
        ),
        "other": (
            "{count} genannte Bedarfe wurden in keiner Phase bedient; warum, zeigt „trustmatch "
            "plan“."
        ),
    },
    "cli.roadmap.monte_carlo": (
        "Über {count} simulierte Verläufe (Median, in Klammern 10–90 % der Verläufe; Anteil der "
        "Verläufe, die eine Anspruchsstufe bis dahin erreicht haben):"
    ),
    "cli.roadmap.col_phase": "Phase",
    "cli.roadmap.col_trust": "Clustervertrauen",
    "cli.roadmap.col_succeeded": "Erfolgreiche Projekte",
    "cli.roadmap.col_reached": "≥ {level}",
    "cli.strategies.title": {
        "one": (
            "Strategien für {name}: {phases} Phasen, je ein simulierter Verlauf, Startwert "
            "{seed}"
        ),
        "other": (
            "Strategien für {name}: {phases} Phasen, je {count} simulierte Verläufe, Startwert "
            "{seed} (Mittelwert ± Standardabweichung über die Verläufe)"
        ),
    },
    "cli.strategies.col_strategy": "Strategie",
    "cli.strategies.col.final_cluster_trust": "Vertrauen am Ende",
    "cli.strategies.col.projects_succeeded": "Erfolge",
    "cli.strategies.col.highest_ambition": "Höchste Stufe",
    "cli.strategies.col.money_spent": "Ausgaben",
    "cli.strategies.col.worst_competitor_imbalance": "Abstand Wettbewerber (max.)",
    "cli.strategies.col.projects_chosen": "Gewählte Projekte",
    "cli.strategies.verdict": (
        "Fazit: Unter den Strategien, die Wettbewerber im Gleichgewicht halten, hinterlässt "
        "„{name}“ das meiste Vertrauen im Cluster ({value}; danach „{second}“ mit "
        "{second_value})."
    ),
    "cli.strategies.verdict_one": (
        "Fazit: „{name}“ hinterlässt im Cluster ein Vertrauen von {value}."
    ),
    "cli.strategies.verdict_unfair": (
        "„{name}“ erreicht mehr Vertrauen ({value}), lässt aber den Abstand zwischen zwei "
        "Wettbewerbern auf {gap} wachsen, mehr als die {tolerance}, die das Szenario erlaubt."
    ),
    "cli.strategies.means": "{name}: {text}.",
    "cli.validate.valid": "{path}: gültiges Szenario „{name}“",
    "cli.validate.actors": "Mitglieder",
    "cli.validate.needs_stated": "genannte Bedarfe",
    "cli.validate.needs_stated_text": "{count}: {tagged} aus dem Katalog, {free} als freier Text",
    "cli.validate.catalogue": "Bedarfskatalog",
    "cli.validate.sensitivity": "(Sensibilität {counts})",
    "cli.validate.competitor_pairs": "Wettbewerberpaare",
    "cli.validate.project_types": "Projektarten",
    "cli.validate.ambition_level": "Anspruch {level}: {ids}",
    "cli.validate.explicit_projects": "feste Projekte",
    "cli.validate.resources": "Ressourcen",
    "cli.validate.per_phase": "{resources} je Phase",
    "cli.validate.phases": "Phasen",
    "cli.validate.phases_text": "{phases} (Startwert {seed})",
    "cli.validate.overrides": "Varianten",
    "cli.validate.applied": "(angewendet: {names})",
    "cli.validate.warnings": "Warnungen",
    "cli.validate.none": "keine",
    "cli.validate.more": {"one": "ein weiteres", "other": "{count} weitere"},
    "cli.plan.title": {
        "one": "{name}, Phase {phase}: ein Projekt empfohlen",
        "other": "{name}, Phase {phase}: {count} Projekte empfohlen",
    },
    "cli.plan.facts": "Anspruch {level} ({ambition}) · Erfolgschance {chance} · {uses}",
    "cli.plan.participants": {
        "one": "Teilnehmend: {names}",
        "other": "Teilnehmende ({count}): {names}",
    },
    "cli.plan.why": "Warum: {text}",
    "cli.plan.left_out": "Nicht dabei: {text}",
    "cli.plan.unserved": {
        "one": "Ein Bedarf bleibt offen ({members}):",
        "other": "{count} Bedarfe bleiben offen ({members}):",
    },
    "cli.plan.members": {
        "one": "genannt von einem Mitglied",
        "other": "genannt von {count} Mitgliedern",
    },
    "cli.plan.more_members": {"one": "ein weiteres Mitglied", "other": "{count} weitere"},
    "cli.plan.similar": {
        "one": "Ein ähnlicher Grund für ein weiteres Mitglied.",
        "other": "{count} ähnliche Gründe für weitere Mitglieder.",
    },
    "cli.plan.unserved_need": "{need}: {names}",
    "cli.plan.solver": "Optimierung: {status} ({name}, {seconds} s).",
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # plan and roadmap: the planner's reasons, what trust unlocked, the trust path (issue 13)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # strategies: the comparison of strategies and its verdict (issue 13)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # themes: needs grouped into themes, unsure assignments, reasons for unserved needs (issue 14)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # report: the HTML / Markdown / PDF report (issue 15)
    # ---------------------------------------------------------------------------------------
    "report.title": "Clusterbericht: {name}",
    "report.subtitle": (
        "Empfohlene Projekte zum Vertrauensaufbau, erstellt von trustmatch am {date}"
    ),
    "report.contents": "Inhalt",
    "report.h_summary": "Zusammenfassung",
    "report.summary_cluster": {
        "one": "{name} hat ein Mitglied: {kinds}.",
        "other": "{name} hat {count} Mitglieder: {kinds}.",
    },
    "report.summary_themes": {
        "one": "Die genannten Bedarfe bilden ein Thema.",
        "other": "Die genannten Bedarfe lassen sich zu {count} Themen zusammenfassen.",
    },
    "report.summary_shared": {
        "one": (
            "Eines davon teilen mindestens zwei Mitglieder – an solchen Überschneidungen können "
            "gemeinsame Projekte ansetzen."
        ),
        "other": (
            "{count} davon teilen jeweils mindestens zwei Mitglieder – an diesen Überschneidungen "
            "können gemeinsame Projekte ansetzen."
        ),
    },
    "report.summary_shared_none": "Noch teilen keine zwei Mitglieder ein Thema.",
    "report.summary_competitors": {
        "one": (
            "Ein Paar von Mitgliedern steht im Wettbewerb; jedes empfohlene Projekt verteilt den "
            "Nutzen zwischen beiden ausgewogen, sodass niemand einen Wettbewerbsnachteil fürchten "
            "muss."
        ),
        "other": (
            "{count} Paare von Mitgliedern stehen im Wettbewerb miteinander; jedes empfohlene "
            "Projekt verteilt den Nutzen zwischen Wettbewerbern ausgewogen, sodass niemand einen "
            "Wettbewerbsnachteil fürchten muss."
        ),
    },
    "report.summary_projects": {
        "one": "Wir empfehlen, Phase {phase} mit einem Projekt zu beginnen:",
        "other": "Wir empfehlen, Phase {phase} mit {count} Projekten zu beginnen:",
    },
    "report.summary_project_item": {
        "one": "{label} (ein teilnehmendes Mitglied)",
        "other": "{label} ({count} Teilnehmende)",
    },
    "report.summary_no_projects": "Für Phase {phase} kann kein Projekt empfohlen werden.",
    "report.summary_cost": "Zusammen benötigen sie {uses}.",
    "report.summary_cost_item": "{used} von {available} ({resource}, {share})",
    "report.summary_cost_item_open": "{used} ({resource})",
    "report.summary_contacts": {
        "one": "Sie bringen ein Paar von Mitgliedern erstmals zusammen.",
        "other": "Sie bringen {count} Paare von Mitgliedern erstmals zusammen.",
    },
    "report.summary_contacts_none": "Sie bringen keine neuen Paare von Mitgliedern zusammen.",
    "report.summary_served": {
        "one": "Sie bedienen Bedarfe eines Mitglieds.",
        "other": "Sie bedienen Bedarfe von {count} Mitgliedern.",
    },
    "report.summary_trust_band": (
        "Wenn der Plan umgesetzt wird, liegt das Clustervertrauen am Ende von Phase {phases} "
        "voraussichtlich bei {end} (heute: {start}; in 80 % von {runs} simulierten Verläufen "
        "zwischen {low} und {high})."
    ),
    "report.summary_trust_flat": (
        "Wenn der Plan umgesetzt wird, liegt das Clustervertrauen am Ende von Phase {phases} "
        "voraussichtlich bei {end} (heute: {start}; in allen {runs} simulierten Verläufen "
        "gleich)."
    ),
    "report.summary_trust_single": (
        "Wenn der Plan umgesetzt wird, liegt das Clustervertrauen am Ende von Phase {phases} "
        "voraussichtlich bei {end} (heute: {start}; ein simulierter Verlauf)."
    ),
    "report.summary_ambition": (
        "Dabei erreicht der Cluster Projekte der Anspruchsstufe {level} von 4 ({label})."
    ),
    "report.summary_no_roadmap": (
        "Es wurde kein Fahrplan berechnet; der Bericht zeigt daher keine Vertrauensentwicklung."
    ),
    "report.summary_trust_scale": (
        "Vertrauen wird von 0 (keines) bis 1 (volles) gemessen; Mitglieder, die noch nie "
        "zusammengearbeitet haben, beginnen bei {prior}."
    ),
    "report.h_next": "Nächste Schritte",
    "report.next_invite": (
        "Laden Sie die Teilnehmenden der empfohlenen Projekte ein und vereinbaren Sie Termine."
    ),
    "report.next_record": (
        "Halten Sie nach der Phase fest, wie die Projekte gelaufen sind (Befehl „trustmatch "
        "record“), und planen Sie die nächste Phase mit den echten Ergebnissen."
    ),
    "report.next_recruit": {
        "one": (
            "Suchen Sie ein neues Mitglied für den Bedarf, den kein heutiges Mitglied "
            "gemeinsam mit anderen bedienen kann (siehe „Offene Bedarfe“)."
        ),
        "other": (
            "Suchen Sie neue Mitglieder für die {count} Bedarfe, die kein heutiges Mitglied "
            "gemeinsam mit anderen bedienen kann (siehe „Offene Bedarfe“)."
        ),
    },
    "report.next_solver": (
        "Hinweis: Der Optimierer hat nicht nachgewiesen, dass dies die beste Auswahl an "
        "Projekten ist ({status}). Lassen Sie ihn länger rechnen, bevor Sie sich auf die "
        "Einzelheiten verlassen."
    ),
    "report.h_portfolio": "Empfohlene Projekte für Phase {phase}",
    "report.portfolio_intro": (
        "Jedes Projekt bedient Bedarfe, die mehrere Mitglieder teilen. Die Teilnehmenden sind so "
        "gewählt, dass jedes Paar einander für das Projekt genug vertraut und kein Wettbewerber "
        "auf Kosten eines anderen gewinnt."
    ),
    "report.portfolio_empty": "Für diese Phase werden keine Projekte empfohlen.",
    "report.col_type": "Projektart",
    "report.col_ambition": "Anspruch",
    "report.col_participants": "Teilnehmende",
    "report.col_needs": "Bediente Bedarfe",
    "report.col_contacts": "Neue Kontakte",
    "report.col_cost": "Kosten",
    "report.col_success": "Erfolgschance",
    "report.col_why": "Warum",
    "report.col_left_out": "Nicht dabei",
    "report.none_left_out": "niemand",
    "report.no_new_contacts": "keine (alle kennen sich bereits)",
    "report.why_generated": {
        "one": "{needs} für ein teilnehmendes Mitglied; neue Kontakte: {contacts}; Kosten: {cost}.",
        "other": "{needs} für {count} Teilnehmende; neue Kontakte: {contacts}; Kosten: {cost}.",
    },
    "report.resources_total": "Ressourcen in Phase {phase}",
    "report.col_resource": "Ressource",
    "report.col_used": "Genutzt",
    "report.col_available": "Verfügbar",
    "report.col_share": "Anteil",
    "report.h_figures": "Der Cluster in Abbildungen",
    "report.h_batch": "Strategien im Vergleich",
    "report.batch_intro": (
        "Die Ergebnisse der Serienläufe in {path} umfassen {count} Läufe mit diesen Strategien: "
        "{strategies}."
    ),
    "report.col_strategy": "Strategie",
    "report.col_runs": "Läufe",
    "report.col_final_trust": "Vertrauen am Ende (Median)",
    "report.col_total_cost": "Kosten (Median)",
    "report.col_succeeded": "Erfolgreiche Projekte (Median)",
    "report.h_unserved": "Offene Bedarfe und wen Sie gewinnen sollten",
    "report.unserved_intro": (
        "Diese Bedarfe bedient kein geplantes Projekt. Wo kein heutiges Mitglied einen Bedarf "
        "gemeinsam mit anderen bedienen kann, kann ein neues Mitglied die Lücke schließen."
    ),
    "report.unserved_none": (
        "Jeder genannte Bedarf wird von mindestens einem geplanten Projekt bedient."
    ),
    "report.col_need": "Bedarf",
    "report.col_stated_by": "Genannt von",
    "report.col_reason": "Warum offen",
    "report.col_recruit": "Wen gewinnen",
    "report.recruit_rules": (
        "So entsteht der Hinweis: Zuerst entscheiden die Wörter des Bedarfs (Forschung und "
        "Technologie → Forschungspartner; Fachkräfte, Ausbildung und Studium → Hochschule; "
        "Material, Einkauf, Teile und Logistik → Zulieferer; Gründung, Finanzierung und neue "
        "Ideen → Start-up; Märkte, Export und Sichtbarkeit → etabliertes Unternehmen); sonst "
        "entscheidet, wer ihn nennt (nur Start-ups, Hochschulen, Forschungseinrichtungen, "
        "Verbände oder öffentliche Stellen → ein etabliertes Unternehmen; Firmen → ein "
        "Forschungspartner bei sensiblen Bedarfen, sonst ein Zulieferer). Bedarfe, die nur "
        "fehlendes Vertrauen offenhält, brauchen kein neues Mitglied: Sie werden mit "
        "wachsendem Vertrauen möglich."
    ),
    "report.recruit_research": "einen Forschungspartner",
    "report.recruit_university": "eine Hochschule",
    "report.recruit_supplier": "einen Zulieferer",
    "report.recruit_startup": "ein Start-up",
    "report.recruit_company": "ein etabliertes Unternehmen",
    "report.because_words": "der Bedarf betrifft {topic}",
    "report.because_stater": "ihn nennen {who}",
    "report.topic_research": "Forschung und Technologie",
    "report.topic_university": "Fachkräfte und Ausbildung",
    "report.topic_supplier": "Material und Beschaffung",
    "report.topic_startup": "Gründung und neue Ideen",
    "report.topic_company": "Märkte und Sichtbarkeit",
    "report.recruit_trust_first": "noch niemanden: erst Vertrauen aufbauen",
    "report.because_trust": (
        "die Mitglieder, die ihn teilen, vertrauen einander noch nicht genug; Einstiegsprojekte "
        "bauen dieses Vertrauen auf"
    ),
    "report.more_reasons": {
        "one": "und ein ähnlicher Grund für ein weiteres Mitglied",
        "other": "und {count} ähnliche Gründe für weitere Mitglieder",
    },
    "report.sole_need": "Nur ein Mitglied nennt ihn.",
    "report.h_provenance": "Herkunft der Ergebnisse",
    "report.prov_version": "trustmatch-Version",
    "report.prov_scenario": "Szenario",
    "report.prov_hash": "SHA-256 der Szenariodatei",
    "report.prov_overrides": "Angewendete Varianten",
    "report.prov_sets": "Geänderte Einstellungen",
    "report.prov_seed": "Startwert der Zufallszahlen",
    "report.prov_strategy": "Strategie",
    "report.prov_solver": "Optimierung",
    "report.prov_solver_item": "Phase {phase}: {status} ({name})",
    "report.prov_gap": "höchstens {gap} vom bestmöglichen Wert entfernt",
    "report.prov_replications": "Simulierte Verläufe",
    "report.prov_roadmap_source": "Fahrplan",
    "report.prov_batch": "Ergebnisse der Serienläufe",
    "report.prov_resources": "Ressourcen (Schlüssel: Name, Einheit)",
    "report.prov_date": "Datum",
    "report.prov_none": "keine",
    "report.source_computed": "für diesen Bericht berechnet",
    "report.source_file": "gelesen aus {path}",
    "report.source_given": "vom Aufrufer übergeben",
    "report.source_ledger": "berechnet aus dem Projektbuch {path}",
    "report.no_figure": "(keine Daten für diese Abbildung)",
    "report.reason.trust_first": "Noch nicht genug Vertrauen: {text}",
    "report.reason.part_competitors": " (Wettbewerber {value}, Sensibilität {level})",
    "report.reason.part_more": {
        "one": " (und ein weiteres teilnehmendes Mitglied)",
        "other": " (und {count} weitere Teilnehmende)",
    },
    "report.reason.part_pairs": {"one": " (ein solches Paar)", "other": " ({count} solche Paare)"},
    "report.reason.trusts_too_few": (
        "{name} vertraut zu wenigen der anderen interessierten Mitglieder mindestens "
        "{x}{competitors}, um eine Gruppe von {count} zu bilden."
    ),
    "report.reason.pair_too_low": (
        "{first} und {second} vertrauen einander nur {x}; das Projekt braucht {y}{pairs}."
    ),
    "report.reason.no_group_yet": (
        "die Projektart „{type}“ braucht {count} Teilnehmende, die einander mindestens "
        "{x}{competitors} vertrauen; unter den {members} interessierten Mitgliedern gibt es "
        "eine solche Gruppe noch nicht."
    ),
    "report.reason.at_limit": {
        "one": (
            "{name} ist in dieser Phase bereits an einem Projekt beteiligt (Obergrenze: "
            "{limit})."
        ),
        "other": (
            "{name} ist in dieser Phase bereits an {count} Projekten beteiligt (Obergrenze: "
            "{limit})."
        ),
    },
    "report.reason.competitor_trust": (
        "{first} steht im Wettbewerb mit {second}; ihr Vertrauen {x} liegt unter den {y}, die "
        "Wettbewerber für ein Projekt der Sensibilität „{level}“ brauchen{more}."
    ),
    "report.reason.trust_below": (
        "Das Vertrauen zwischen {first} und {second} beträgt {x} und liegt unter den {y}, die "
        "dieses Projekt braucht{more}."
    ),
    "report.reason.full": "Das Projekt ist voll (höchstens {count} Teilnehmende).",
    "report.reason.already_served": "Der Bedarf zu „{need}“ wird bereits durch {project} bedient.",
    "report.reason.balance_join": (
        "Mit einer Teilnahme würden bei {first} deutlich mehr der eigenen Bedarfe erfüllt als "
        "bei {second} in dieser Phase – beide stehen im Wettbewerb (die bedienten Anteile "
        "dürfen höchstens um {t} abweichen)."
    ),
    "report.reason.resource_left": (
        "Zu wenig übrig ({resource}): ein weiteres Mitglied braucht {n}, übrig sind noch {m}."
    ),
    "report.reason.not_worth_it": (
        "{name} dazuzunehmen verbessert den Plan nicht: die Kosten überwiegen den Nutzen hier, "
        "oder die Kapazität ist in einem anderen Projekt besser eingesetzt."
    ),
    "report.reason.no_capacity": "{name} nimmt an keinen Projekten teil (Kapazität pro Phase: 0).",
    "report.reason.no_type": (
        "Keine Projektart im Szenario behandelt „{need}“; legen Sie dafür eine Projektart oder "
        "ein konkretes Projekt an."
    ),
    "report.reason.sole": (
        "Kein anderes Mitglied nennt diesen Bedarf: Gewinnen Sie ein Mitglied, das „{need}“ "
        "teilt (einen Zulieferer, ein Start-up oder einen Forschungspartner), damit ein "
        "gemeinsames Projekt möglich wird."
    ),
    "report.reason.too_few": {
        "one": (
            "Nur ein Mitglied nennt diesen Bedarf, weniger als die {least} Teilnehmenden, die "
            "die kleinste passende Projektart braucht: Gewinnen Sie Mitglieder, die „{need}“ "
            "teilen."
        ),
        "other": (
            "Nur {count} Mitglieder nennen diesen Bedarf, weniger als die {least} "
            "Teilnehmenden, die die kleinste passende Projektart braucht: Gewinnen Sie "
            "Mitglieder, die „{need}“ teilen."
        ),
    },
    "report.reason.busy": {
        "one": (
            "{name} ist bereits an einem Projekt beteiligt (die Obergrenze): andere Projekte "
            "bedienten mehr der eigenen Bedarfe."
        ),
        "other": (
            "{name} ist bereits an {count} Projekten beteiligt (die Obergrenze): andere "
            "Projekte bedienten mehr der eigenen Bedarfe."
        ),
    },
    "report.reason.balance_need": (
        "Wettbewerbsbalance: Den Bedarf zu bedienen, brächte {first} gegenüber {second} zu "
        "weit nach vorn – beide stehen im Wettbewerb (die bedienten Anteile dürfen höchstens "
        "um {t} abweichen); ein Projekt, das auch {third} bedient, würde Raum dafür schaffen."
    ),
    "report.reason.resource_spent": (
        "Zu wenig übrig ({resource}) für ein Projekt dazu: die Mittel gingen an wertvollere "
        "Projekte; mehr Mittel würden es ermöglichen."
    ),
    "report.reason.no_valid_group": (
        "In dieser Phase ließ sich keine gültige Gruppe dafür bilden: die anderen Mitglieder "
        "mit diesem Bedarf waren durch ihre Kapazität oder die Wettbewerbsbalance "
        "ausgeschlossen, oder er war weniger wert als seine Kosten."
    ),
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # figures: titles, axes and legends of the figures and the interactive network (issue 15)
    # ---------------------------------------------------------------------------------------
    "figures.fig_actor_needs": "Wer braucht was",
    "figures.fig_actor_needs_caption": (
        "Mitglieder (links und rechts, farbig nach Art) und die Bedarfsthemen, die sie genannt "
        "haben (Mitte, farbig nach Sensibilität). Mitglieder sind nach ihrem wichtigsten Thema "
        "gruppiert; dickere Linien bedeuten wichtigere Bedarfe."
    ),
    "figures.fig_overlap": "Welche Themen Mitglieder teilen",
    "figures.fig_overlap_caption": (
        "Anzahl der Mitglieder, die zwei Themen gemeinsam haben (Diagonale: Mitglieder im "
        "Thema). Themen mit vielen gemeinsamen Mitgliedern eignen sich für gemeinsame Projekte."
    ),
    "figures.fig_overlap_truncated": (
        "Gezeigt werden die {shown} Themen mit den meisten Mitgliedern (von {total})."
    ),
    "figures.fig_trust_network": "Wettbewerber und Vertrauen",
    "figures.fig_trust_network_caption": (
        "Mitglieder auf einem Kreis, Wettbewerber nebeneinander. Durchgezogene Linien verbinden "
        "Mitglieder, die zusammengearbeitet haben oder sich kennen, gestrichelte Linien "
        "verbinden Wettbewerber; die Farbe zeigt ihr gegenseitiges Vertrauen {when}."
    ),
    "figures.trust_when_end": "am Ende des Fahrplans (Phase {phase})",
    "figures.trust_when_start": "heute",
    "figures.fig_trust_phases": "Clustervertrauen über die Phasen",
    "figures.fig_trust_phases_caption": (
        "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder "
        "geplanten Phase. Das Band enthält 80 % von {runs} simulierten Verläufen (10–90 %), die "
        "Linie ist ihr Median."
    ),
    "figures.fig_trust_phases_caption_single": (
        "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder "
        "geplanten Phase eines simulierten Verlaufs."
    ),
    "figures.fig_roadmap": "Fahrplan",
    "figures.fig_roadmap_caption": (
        "Die Projekte jeder Phase, farbig nach Anspruch; das Zeichen zeigt, wie sie verlaufen "
        "sind (simuliert oder, wo festgehalten, tatsächlich)."
    ),
    "figures.fig_batch": "Strategievergleich",
    "figures.fig_batch_caption": (
        "Ergebnisse von {runs} Serienläufen nach Strategie: Clustervertrauen am Ende, "
        "Gesamtkosten und Zahl erfolgreicher Projekte (Kästen: mittlere Hälfte der Läufe, Linie: "
        "Median)."
    ),
    "figures.ax_phase": "Phase",
    "figures.ax_trust": "Vertrauen (0 = keines, 1 = volles)",
    "figures.ax_initiative_trust": "Vertrauen in die Initiative (Mittelwert)",
    "figures.ax_band": "10–90 % der simulierten Verläufe",
    "figures.ax_median": "Median der simulierten Verläufe",
    "figures.ax_this_run": "Unten gezeigter Fahrplan",
    "figures.ax_pair_trust": "Gegenseitiges Vertrauen",
    "figures.ax_shared_members": "Gemeinsame Mitglieder",
    "figures.ax_worked_together": "zusammengearbeitet / bekannt",
    "figures.ax_competitors": "Wettbewerber",
    "figures.ax_no_needs": "(keine Bedarfe genannt)",
    "figures.ax_sensitivity": "Sensibilität: {level}",
    "figures.ax_final_trust": "Clustervertrauen am Ende",
    "figures.ax_total_cost": "Gesamtkosten",
    "figures.ax_succeeded": "Erfolgreiche Projekte",
    "figures.ax_participants": "{count} Teilnehmende",
    "figures.ax_no_projects": "keine Projekte",
    "figures.ax_more_projects": "+ {count} weitere",
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # survey: the needs survey workbook and its import (issue 16)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # app: the local web app (issue 16)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # book: the manager's book, network metrics, kick-off meetings (issue 17)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # ledger and results files (issue 18)
    # ---------------------------------------------------------------------------------------
    #
    #
    #
}
"""Key → text (or plural forms) in this language."""
