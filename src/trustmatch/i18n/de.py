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
    #
    #
    # ---------------------------------------------------------------------------------------
    # cli: the command-line shell, errors, progress (issues 15, 18)
    # ---------------------------------------------------------------------------------------
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
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # figures: titles, axes and legends of the figures and the interactive network (issue 15)
    # ---------------------------------------------------------------------------------------
    # Titles, captions, axes and legends of the figures.
    "figures.actor_needs": "Wer braucht was",
    "figures.actor_needs_caption": (
        "Mitglieder (links und rechts, farbig nach Art) und die Bedarfsthemen, die sie genannt "
        "haben (Mitte, farbig nach Sensibilität). Die Mitglieder sind nach ihrem wichtigsten "
        "Thema gruppiert; dickere Linien stehen für wichtigere Bedarfe."
    ),
    "figures.sensitivity": "Sensibilität: {level}",
    "figures.overlap": "Welche Themen Mitglieder teilen",
    "figures.overlap_caption": (
        "Anzahl der Mitglieder, die zwei Themen gemeinsam haben; die Spalten sind wie die "
        "Zeilen nummeriert, die Diagonale zählt die Mitglieder jedes Themas. Themen mit vielen "
        "gemeinsamen Mitgliedern eignen sich gut für gemeinsame Projekte."
    ),
    "figures.overlap_truncated": (
        "Gezeigt werden die {shown} Themen mit den meisten Mitgliedern (von {total})."
    ),
    "figures.shared_members": "Gemeinsame Mitglieder",
    "figures.trust_network": "Wettbewerb und Vertrauen",
    "figures.trust_network_caption": (
        "Mitglieder, gruppiert nach den Märkten, auf denen sie im Wettbewerb stehen, die übrigen "
        "nach Art; die Zahl im Kreis nennt die Mitglieder der Gruppe. Eine Linie zwischen zwei "
        "Gruppen steht für die Paare ihrer Mitglieder, die zusammengearbeitet haben oder sich "
        "kennen: je mehr Paare, desto breiter; ihre Farbe zeigt das mittlere Vertrauen {when}. "
        "Die Farbe eines Kreises zeigt das Vertrauen zwischen den Wettbewerbern darin."
    ),
    "figures.when_end": "am Ende des Fahrplans (Phase {phase})",
    "figures.when_start": "heute",
    "figures.group_market": "Im Wettbewerb: {markets}",
    "figures.group_competitors": "Im Wettbewerb",
    "figures.group_rivals": {
        "one": "1 Wettbewerbspaar, Vertrauen {trust}",
        "other": "{count} Wettbewerbspaare, mittleres Vertrauen {trust}",
    },
    "figures.more_members": {
        "one": "und 1 weiteres Mitglied",
        "other": "und {count} weitere Mitglieder",
    },
    "figures.group_link": "Paare mit gemeinsamer Arbeit (Breite: wie viele)",
    "figures.group_node": "Gruppe von Mitgliedern (Zahl: wie viele)",
    "figures.pair_trust": "Gegenseitiges Vertrauen (0 = keines, 1 = volles)",
    "figures.trust_phases": "Clustervertrauen im Verlauf der Phasen",
    "figures.trust_phases_caption": (
        "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder Phase, "
        "wenn die Empfehlungen umgesetzt werden: Die Linie ist der typische Verlauf (der Median "
        "von {runs} simulierten Verläufen), das Band enthält die mittleren 80 % davon "
        "(10–90 %)."
    ),
    "figures.trust_phases_caption_single": (
        "Mittleres Vertrauen zwischen allen Paaren von Mitgliedern, heute und nach jeder Phase "
        "eines simulierten Verlaufs der Empfehlungen."
    ),
    "figures.initiative_explained": (
        "Das Vertrauen in die Clusterinitiative gibt an, wie sehr die Mitglieder der "
        "Clusterinitiative selbst vertrauen (Mittelwert über alle Mitglieder, von 0 bis 1): Es "
        "wächst mit jedem Clusterprojekt, das für sie gut verläuft, und ist für den simulierten "
        "Verlauf des Fahrplans unten dargestellt."
    ),
    "figures.band": "10–90 % der simulierten Verläufe",
    "figures.median": "Typischer Verlauf (Median)",
    "figures.one_run": "Simulierter Verlauf",
    "figures.initiative_trust": "Vertrauen in die Clusterinitiative (Mittelwert)",
    "figures.phase_axis": "Phase",
    "figures.trust_axis": "Vertrauen (0 = keines, 1 = volles)",
    "figures.today": "heute",
    "figures.roadmap": "Fahrplan",
    "figures.roadmap_caption": (
        "Die Projekte jeder Phase, farbig nach Anspruchsstufe. Die empfohlene Phase trägt kein "
        "Zeichen: Wie ihre Projekte verlaufen, liegt beim Cluster."
    ),
    "figures.roadmap_caption_simulated": (
        "Die Phasen danach sind eine simulierte Fortsetzung, nach jeder Phase aus simulierten "
        "Ergebnissen neu geplant; ihre grauen Zeichen in gestrichelten Kreisen zeigen, wie die "
        "Projekte in dieser Simulation verlaufen sind – keine Vorhersage."
    ),
    "figures.column_recommended": "jetzt empfohlen",
    "figures.column_recorded": "erfasst",
    "figures.column_simulated": "simuliert",
    "figures.column_planned": "geplant",
    "figures.recorded_mark": "{mark} {outcome} (erfasst)",
    "figures.simulated_mark": "{mark} {outcome} in der Simulation",
    "figures.participants": {
        "one": "1 Mitglied nimmt teil",
        "other": "{count} Mitglieder nehmen teil",
    },
    "figures.no_projects": "keine Projekte",
    "figures.more_projects": {"one": "+ 1 weiteres", "other": "+ {count} weitere"},
    "figures.batch": "Strategievergleich",
    "figures.batch_caption": (
        "Ergebnisse von {runs} Batch-Läufen je Strategie: Clustervertrauen am Ende, "
        "Gesamtkosten und Zahl der erfolgreichen Projekte (Kästen: mittlere Hälfte der Läufe, "
        "Linie: Median)."
    ),
    "figures.final_trust": "Clustervertrauen am Ende",
    "figures.total_cost": "Gesamtkosten",
    "figures.succeeded": "Erfolgreiche Projekte",
    # The interactive network of the HTML report and the PDF (owned by the figures engineer).
    "figures.phase": "Phase {phase}",
    "figures.status_recommended": "empfohlen",
    "figures.status_planned": "geplant",
    "figures.status_recorded": "erfasst: {outcome}",
    "figures.status_simulated": "simuliert: {outcome}",
    "figures.network_title": "Das Netzwerk erkunden",
    "figures.network_intro": (
        "Klicken Sie auf ein Mitglied (oder wählen Sie es in der Liste), um seine Projekte, "
        "Kontakte und sein Vertrauen zu sehen. Linien verbinden Mitglieder, die gemeinsam an "
        "einem Projekt teilnehmen; gestrichelte Linien verbinden Wettbewerber. Die Farbe einer "
        "Linie zeigt das Vertrauen des Paares am Ende des Fahrplans, von Rot (gering) bis Grün "
        "(hoch). Gibt es viele Wettbewerber, werden nur die des gewählten Mitglieds gezeigt."
    ),
    "figures.network_member": "Mitglied:",
    "figures.network_theme": "Thema:",
    "figures.network_phase": "Phase:",
    "figures.network_static_note": (
        "Der gedruckte Bericht zeigt diese Übersicht; die HTML-Datei enthält zusätzlich ein "
        "interaktives Netzwerk."
    ),
    "figures.network_all_themes": "alle Themen",
    "figures.network_all_phases": "alle Phasen",
    "figures.network_choose_member": "Mitglied auswählen …",
    "figures.network_members_shown": "{shown} von {total} Mitgliedern angezeigt",
    "figures.network_themes": "Bedarfe",
    "figures.network_no_themes": "keine Bedarfe genannt",
    "figures.network_projects": "Projekte",
    "figures.network_no_projects": "kein Projekt im Fahrplan",
    "figures.network_contacts": "Arbeitet zusammen mit",
    "figures.network_no_contacts": "noch niemandem",
    "figures.network_competitors": "Wettbewerber",
    "figures.network_trust": "Vertrauen",
    "figures.network_initiative": "Vertrauen in die Clusterinitiative",
    "figures.network_initiative_explained": (
        "Wie sehr dieses Mitglied der Clusterinitiative selbst vertraut (0 = gar nicht, "
        "1 = voll): Es wächst mit jedem Clusterprojekt, das für das Mitglied gut verläuft."
    ),
    "figures.network_hint": (
        "Klicken Sie auf ein Mitglied, um seine Projekte, Kontakte und sein Vertrauen zu sehen."
    ),
    # The summary sentence when the band of simulated runs is flat (one value).
    "figures.summary_trust_flat": (
        "Wenn der Plan umgesetzt wird, steigt das Clustervertrauen voraussichtlich von {start} "
        "auf {end} bis zum Ende von Phase {phases} (mindestens 80 % der {runs} simulierten "
        "Verläufe enden bei diesem Wert)."
    ),
    "figures.pdf_no_browser_summary": "Die PDF-Datei kann nicht geschrieben werden",
    "figures.pdf_no_browser": (
        "Es wurde kein Chromium-Browser gefunden, um den Bericht zu drucken. Installieren Sie "
        "einen (Debian und Ubuntu: sudo apt-get install chromium) oder schreiben Sie den "
        "HTML-Bericht (-o bericht.html) und drucken Sie ihn aus Ihrem Browser."
    ),
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
