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
    "app.nav.label": "Cluster",
    "app.nav.overview": "Übersicht",
    "app.nav.members": "Mitglieder",
    "app.nav.budgets": "Budgets",
    "app.nav.types": "Projektarten",
    "app.nav.figures": "Fahrplan und Grafiken",
    "app.index.title": "Ihre Cluster",
    "app.index.lead": (
        "Planen Sie die nächsten Projekte Ihres Clusters, halten Sie fest, wie sie gelaufen sind,"
        " und planen Sie weiter."
    ),
    "app.index.folder": "Ordner: {folder}",
    "app.index.clusters": "Cluster in diesem Ordner",
    "app.index.none": "In diesem Ordner gibt es noch keinen Cluster. Legen Sie unten einen an.",
    "app.upload.title": "Aus einer Bedarfsumfrage",
    "app.upload.lead": (
        "Laden Sie die ausgefüllte Umfrage-Arbeitsmappe (.xlsx), den CSV-Export Ihres "
        "Webformulars oder eine Szenariodatei (.yaml) hoch."
    ),
    "app.upload.file": "Umfrage- oder Szenariodatei",
    "app.upload.submit": "Cluster anlegen",
    "app.upload.missing": "Bitte wählen Sie eine Datei zum Hochladen.",
    "app.upload.kind": "Bitte laden Sie eine Datei im Format .xlsx, .csv oder .yaml hoch.",
    "app.upload.unreadable": "Diese Datei lässt sich nicht lesen: Sie ist kein UTF-8-Text.",
    "app.upload.problems": {
        "one": "Die Datei enthält {count} Fehler; bitte korrigieren und erneut hochladen:",
        "other": "Die Datei enthält {count} Fehler; bitte korrigieren und erneut hochladen:",
    },
    "app.blank.title": "Von Hand",
    "app.blank.lead": (
        "Beginnen Sie mit einem Beispielcluster aus fünf Mitgliedern und ersetzen Sie diese in "
        "den Formularen durch Ihre eigenen."
    ),
    "app.blank.submit": "Beispielcluster anlegen",
    "app.new.name": "Name des Clusters",
    "app.new.name_hint": "Daraus wird der Dateiname, z. B. holzcluster-schwarzwald.yaml.",
    "app.new.budget": "Budget je Phase (€)",
    "app.new.hours": "Ihre Stunden je Phase",
    "app.new.optional": "Optional.",
    "app.new.bad_name": "Bitte verwenden Sie Buchstaben und Ziffern im Namen.",
    "app.new.exists": (
        "{file} gibt es in diesem Ordner schon; bitte wählen Sie einen anderen Namen."
    ),
    "app.cluster.files": "Dateien: {scenario} (der Cluster), {ledger} (was geschehen ist)",
    "app.cluster.invalid": {
        "one": (
            "Die Szenariodatei enthält {count} Fehler. Bitte korrigieren Sie ihn in der Datei und"
            " laden Sie die Seite neu:"
        ),
        "other": (
            "Die Szenariodatei enthält {count} Fehler. Bitte korrigieren Sie sie in der Datei und"
            " laden Sie die Seite neu:"
        ),
    },
    "app.cluster.ledger_invalid": {
        "one": "Das Projektbuch enthält {count} Fehler; geplant wird erst, wenn er behoben ist:",
        "other": (
            "Das Projektbuch enthält {count} Fehler; geplant wird erst, wenn sie behoben sind:"
        ),
    },
    "app.plan.title": "Planung für Phase {phase}",
    "app.plan.none": (
        "Noch ist nichts geplant. Die Planung dauert einige Sekunden bis zu einer Minute."
    ),
    "app.plan.stale": (
        "Seit dieser Plan für Phase {phase} erstellt wurde, haben sich der Cluster oder die "
        "festgehaltenen Ergebnisse geändert: Planen Sie neu, um das zu berücksichtigen."
    ),
    "app.plan.button": "Phase {phase} planen",
    "app.plan.recommended": "Empfohlene Projekte für Phase {phase}",
    "app.plan.status.optimal": "Der beste Plan im Rahmen Ihrer Budgets (nachgewiesen).",
    "app.plan.status.feasible": (
        "Ein guter Plan; die Zeit reichte nicht, um nachzuweisen, dass es der beste ist."
    ),
    "app.plan.status.heuristic": "Ein Plan nach einer einfachen Regel, nicht optimiert.",
    "app.plan.status.infeasible": "Kein Plan passt zu diesen Budgets und Regeln.",
    "app.plan.status.time_limit": "Die Zeit reichte nicht, um einen Plan zu finden.",
    "app.plan.status.error": "Die Planung ist fehlgeschlagen.",
    "app.plan.no_projects": "In dieser Phase passt kein Projekt.",
    "app.plan.ambition": "Stufe {level}",
    "app.plan.participants": "Teilnehmende",
    "app.plan.serves": "Dient",
    "app.plan.contacts": {
        "one": "{count} neuer Kontakt",
        "other": "{count} neue Kontakte",
    },
    "app.plan.roadmap": "Fahrplan",
    "app.plan.roadmap_note": (
        "Spätere Phasen setzen voraus, dass die empfohlenen Projekte wie erwartet verlaufen; "
        "planen Sie neu, sobald Sie festgehalten haben, wie es wirklich lief."
    ),
    "app.plan.phase": "Phase",
    "app.plan.projects": "Projekte",
    "app.plan.trust_after": "Vertrauen im Cluster danach",
    "app.plan.figures": "Fahrplan, Grafiken und vollständiger Bericht",
    "app.plan.running_title": "Phase {phase} wird geplant",
    "app.plan.running_note": (
        "Sie können diese Seite verlassen; die Planung läuft weiter und der Plan erscheint auf "
        "der Seite des Clusters."
    ),
    "app.plan.queued": "Wartet auf den Start …",
    "app.plan.progress": {
        "one": "{done} von {count} simuliertem Durchlauf fertig",
        "other": "{done} von {count} simulierten Durchläufen fertig",
    },
    "app.plan.done": "Fertig.",
    "app.plan.back": "Zurück zum Cluster",
    "app.plan.failed_input": (
        "Der Plan konnte nicht erstellt werden: Die Dateien des Clusters enthalten Fehler."
    ),
    "app.plan.failed_solver": (
        "Der Plan konnte nicht erstellt werden: Die Optimierung lieferte kein brauchbares "
        "Ergebnis."
    ),
    "app.plan.failed_internal": (
        "Der Plan konnte wegen eines Fehlers in trustmatch nicht erstellt werden. Die "
        "Einzelheiten stehen im Terminal, in dem die App läuft."
    ),
    "app.record.title": "Was ist in Phase {phase} geschehen?",
    "app.record.lead": (
        "Halten Sie jedes Projekt fest, sobald es stattgefunden hat. Die Ergebnisse kommen ins "
        "Projektbuch und verändern das Vertrauen, von dem der nächste Plan ausgeht."
    ),
    "app.record.who_came": "Wer war dabei?",
    "app.record.who": {
        "one": "{count} teilnehmende Organisation",
        "other": "{count} teilnehmende Organisationen",
    },
    "app.record.note": "Notiz (optional)",
    "app.record.submit": "Festhalten",
    "app.record.nobody": "Bitte kreuzen Sie mindestens eine teilnehmende Organisation an.",
    "app.record.already": (
        "Dieses Projekt ist für diese Phase schon festgehalten; das Projektbuch behält den ersten"
        " Eintrag."
    ),
    "app.record.refused": (
        "Das Ergebnis konnte nicht festgehalten werden; die Einzelheiten stehen im Terminal, in "
        "dem die App läuft."
    ),
    "app.record.refused_title": "Nicht festgehalten",
    "app.record.no_plan": (
        "Es gibt noch keinen Plan, zu dem Ergebnisse festgehalten werden können; bitte zuerst "
        "planen."
    ),
    "app.result.success": "erfolgreich",
    "app.result.failure": "gescheitert",
    "app.result.cancelled": "hat nicht stattgefunden",
    "app.members.title": {
        "one": "{count} Mitglied",
        "other": "{count} Mitglieder",
    },
    "app.members.needs": "Bedarfe",
    "app.members.add": "Mitglied hinzufügen",
    "app.member.name": "Name",
    "app.member.kind": "Art",
    "app.member.markets": "Märkte",
    "app.member.markets_hint": (
        "Kurze Namen, durch Kommas getrennt; Mitglieder im selben Markt gelten als Wettbewerber."
    ),
    "app.member.size": "Beschäftigte",
    "app.member.capacity": "Höchstens Projekte je Phase",
    "app.member.needs": "Bedarfe",
    "app.member.needs_hint": (
        "In den eigenen Worten des Mitglieds oder ein Bedarf aus der Liste; Wichtigkeit von 1 "
        "(gering) bis 5 (hoch)."
    ),
    "app.member.own_words": "(in eigenen Worten)",
    "app.member.need_tag": "Aus der Liste",
    "app.member.need_text": "Bedarf",
    "app.member.need_new": "Neuer Bedarf",
    "app.member.need_weight": "Wichtigkeit",
    "app.member.need_remove": "entfernen",
    "app.member.need_empty": (
        "Bitte beschreiben Sie den Bedarf oder wählen Sie einen aus der Liste (oder kreuzen Sie "
        "„entfernen“ an)."
    ),
    "app.member.new_title": "Neues Mitglied",
    "app.member.edit_title": "Mitglied bearbeiten",
    "app.member.edit": "bearbeiten",
    "app.member.delete": "Dieses Mitglied aus dem Cluster entfernen",
    "app.member.gone": "Dieses Mitglied steht nicht mehr in der Datei.",
    "app.member.employees": {
        "one": "{count} Beschäftigte Person",
        "other": "{count} Beschäftigte",
    },
    "app.member.projects": "Projekte",
    "app.member.recommended": "Jetzt empfohlen",
    "app.member.with": "mit",
    "app.member.recorded": "Bisher durchgeführt",
    "app.member.later": "Später geplant (wenn alles wie erwartet verläuft)",
    "app.member.no_projects": "Noch kein Projekt.",
    "app.member.trust": "Vertrauen",
    "app.member.initiative": "Vertrauen in die Clusterinitiative: {value}",
    "app.member.contacts": {
        "one": "{count} Kontakt aus gemeinsamen Projekten",
        "other": "{count} Kontakte aus gemeinsamen Projekten",
    },
    "app.member.together": "Gemeinsame Projekte",
    "app.member.pair_trust": "Vertrauen",
    "app.member.no_contacts": (
        "Noch kein gemeinsames Projekt festgehalten; das Vertrauen zu den anderen liegt beim "
        "Anfangswert von {value}."
    ),
    "app.member.weight": "Wichtigkeit {value}",
    "app.member.served": "Anteil der Bedarfe, den die empfohlenen Projekte abdecken: {value}",
    "app.member.open_needs": "Offene Bedarfe",
    "app.budgets.title": "Budgets je Phase",
    "app.budgets.lead": "Was der Cluster in jeder Phase für gemeinsame Projekte aufwenden kann.",
    "app.budgets.edit": "Budgets ändern",
    "app.resource.budget_eur": "Budget (€)",
    "app.resource.manager_hours": "Stunden des Clustermanagements",
    "app.resource.lab_days": "Labortage",
    "app.types.title": {
        "one": "{count} Projektart",
        "other": "{count} Projektarten",
    },
    "app.types.edit": "bearbeiten",
    "app.types.add": "Projektart hinzufügen",
    "app.type.new_title": "Neue Projektart",
    "app.type.edit_title": "Projektart bearbeiten",
    "app.type.label": "Name",
    "app.type.ambition": "Anspruch",
    "app.type.ambition_hint": (
        "1 = Einstiegsprojekt … 4 = sehr anspruchsvoll (gemeinsame Forschung)."
    ),
    "app.type.participants": "Teilnehmende",
    "app.type.min": "Mindestens Teilnehmende",
    "app.type.max": "Höchstens Teilnehmende",
    "app.type.max_below_min": "Darf nicht unter der Mindestzahl der Teilnehmenden liegen.",
    "app.type.trust": "Nötiges Vertrauen",
    "app.type.success": "Erfolgsaussicht",
    "app.type.share_hint": "Zwischen 0 und 1, z. B. 0,5.",
    "app.type.fixed": "Fest",
    "app.type.per": "Je Teilnehmende",
    "app.type.gone": "Diese Projektart steht nicht mehr in der Datei.",
    "app.kind.company": "Unternehmen",
    "app.kind.startup": "Start-up",
    "app.kind.supplier": "Zulieferbetrieb",
    "app.kind.university": "Hochschule",
    "app.kind.research": "Forschungseinrichtung",
    "app.kind.association": "Verband",
    "app.kind.public": "öffentliche Einrichtung",
    "app.field.required": "Bitte ausfüllen.",
    "app.field.too_long": "Höchstens {limit} Zeichen.",
    "app.field.not_a_number": "Bitte geben Sie eine Zahl ein.",
    "app.field.whole_number": "Bitte geben Sie eine ganze Zahl ein.",
    "app.field.at_least": "Muss mindestens {limit} sein (eingegeben: {value}).",
    "app.field.at_most": "Darf höchstens {limit} sein (eingegeben: {value}).",
    "app.field.above": "Muss größer als {limit} sein (eingegeben: {value}).",
    "app.field.choose": "Bitte wählen Sie eine der Möglichkeiten.",
    "app.field.names": "Bitte verwenden Sie in jedem Namen Buchstaben oder Ziffern.",
    "app.field.rejected": "Dieser Wert passt nicht zum übrigen Cluster.",
    "app.edit.save": "Speichern",
    "app.edit.cancel": "Abbrechen",
    "app.edit.conflict": (
        "Nicht gespeichert: Die Datei wurde inzwischen geändert (in einem anderen Tab oder "
        "außerhalb der App). Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und nehmen"
        " Sie Ihre Änderung dann erneut vor."
    ),
    "app.edit.reload": "Mit dem aktuellen Stand neu laden",
    "app.edit.rejected_at": (
        "Nicht gespeichert: Die Änderung passt nicht zum übrigen Cluster (bei {path})."
    ),
    "app.figures.title": "Fahrplan, Grafiken und Bericht",
    "app.figures.frame": "Der Bericht des Clusters",
    "app.report.download_html": "Bericht herunterladen (HTML)",
    "app.report.download_pdf": "Bericht herunterladen (PDF)",
    "app.report.no_plan": "Planen Sie zuerst die nächste Phase; der Bericht zeigt diesen Plan.",
    "app.error.title": "Das hat nicht geklappt",
    "app.error.back": "Zurück zur Startseite",
    "app.refused.generic": "Die Anfrage konnte nicht bearbeitet werden.",
    "app.refused.not_found": "Diese Seite oder Datei gibt es in diesem Ordner nicht.",
    "app.refused.csrf": (
        "Dieses Formular ist abgelaufen oder stammt nicht aus dieser App. Bitte laden Sie die "
        "Seite neu und senden Sie es erneut."
    ),
    "app.refused.too_large": "Die hochgeladene Datei ist zu groß.",
    "app.refused.host": "Diese Adresse gehört nicht zur App.",
    "app.refused.token": (
        "Öffnen Sie die App mit der Adresse, die im Terminal beim Start ausgegeben wurde (sie "
        "enthält den Zugangsschlüssel)."
    ),
    "app.cli.running": "trustmatch-App für {folder}: {address}",
    "app.cli.stop": "Beenden mit Strg+C.",
    "app.cli.exposed": (
        "Warnung: Die App ist unter {host} erreichbar, also auch von anderen Rechnern im Netz. "
        "Jeder Browser muss den folgenden Zugangsschlüssel vorlegen."
    ),
    "app.cli.token": "Zugangsschlüssel: {token}",
    "app.cli.not_scenario": (
        "Bitte einen Ordner oder eine Szenariodatei mit der Endung .yaml angeben"
    ),
    "app.cli.cannot_bind": "{host} kann nicht verwendet werden: {error}",
    "app.cli.cannot_start": "Die App kann nicht starten",
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
