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
    # trust path (i13-unlock): what trust has unlocked, what it still takes, no contact
    "plan.trust.heading": "Was das Vertrauen erlaubt (Phase {phase})",
    "plan.trust.unlocked_heading": (
        "Neu möglich (zu Beginn von Phase {since} reichte das Vertrauen noch nicht):"
    ),
    "plan.trust.unlocked": "{project} (Anspruchsstufe {ambition}): jetzt möglich für {members}.",
    "plan.trust.new_pairs": {
        "one": "1 Paar von Mitgliedern vertraut einander jetzt genug.",
        "other": "{count} Paare von Mitgliedern vertrauen einander jetzt genug.",
    },
    "plan.trust.paths_heading": "Noch außer Reichweite – und der Weg dorthin:",
    "plan.trust.nothing_out_of_reach": (
        "Das Vertrauen reicht bereits für jede Projektart zu den Bedarfen der Mitglieder."
    ),
    "plan.trust.project_on_theme": "{type} zu „{theme}“",
    "plan.trust.needs": (
        "{project} (Anspruchsstufe {ambition}): braucht gegenseitiges Vertrauen von mindestens "
        "{threshold} unter {size} der {interested} interessierten Mitglieder."
    ),
    "plan.trust.needs_competitors": (
        "{project} (Anspruchsstufe {ambition}): braucht gegenseitiges Vertrauen von mindestens "
        "{threshold} unter {size} der {interested} interessierten Mitglieder ({competitor} zwischen"
        " Wettbewerbern)."
    ),
    "plan.trust.nearest": {
        "one": (
            "Am nächsten dran: {members}; gemeinsam fehlt ihnen noch 1 erfolgreiches Projekt der "
            "Anspruchsstufe 1."
        ),
        "other": (
            "Am nächsten dran: {members}; gemeinsam fehlen ihnen noch {count} erfolgreiche Projekte"
            " der Anspruchsstufe 1."
        ),
    },
    "plan.trust.nearest_found": {
        "one": (
            "Nah dran (beste gefundene Gruppe): {members}; gemeinsam fehlt ihnen noch 1 "
            "erfolgreiches Projekt der Anspruchsstufe 1."
        ),
        "other": (
            "Nah dran (beste gefundene Gruppe): {members}; gemeinsam fehlen ihnen noch {count} "
            "erfolgreiche Projekte der Anspruchsstufe 1."
        ),
    },
    "plan.trust.or_ambition": {
        "one": "(oder 1 der Anspruchsstufe {ambition})",
        "other": "(oder {count} der Anspruchsstufe {ambition})",
    },
    "plan.trust.never": (
        "Keine Gruppe der Interessierten kann das erreichen: ein Paar bräuchte Vertrauen von 1."
    ),
    "plan.trust.reached": (
        "Mit den geplanten gemeinsamen Projekten kommen {members} bis zum Ende von Phase {phase} "
        "dorthin (bei erwartetem Verlauf)."
    ),
    "plan.trust.not_reached": (
        "Die geplanten Projekte bringen innerhalb des Planungszeitraums (bis zum Ende von Phase "
        "{phase}) keine Gruppe dorthin."
    ),
    "plan.trust.quoted": "„{text}“",
    "plan.trust.and": "{head} und {last}",
    "plan.trust.report_heading": "Was das Vertrauen möglich gemacht hat und was noch fehlt",
    "plan.trust.report_intro_roadmap": (
        "Für jede Phase des Fahrplans: die Projekte, die das gewachsene Vertrauen seit der Phase "
        "davor möglich gemacht hat, und für jedes Projekt, das noch außer Reichweite ist, das "
        "nötige Vertrauen, die Mitglieder, die ihm am nächsten sind, und ob die geplanten Projekte "
        "sie dorthin bringen (gerechnet mit der Erfolgschance jedes Projekts). Die Phasen nach der "
        "empfohlenen folgen dem simulierten Fahrplan."
    ),
    "plan.trust.report_intro_plan": (
        "Die Projekte, für die das Vertrauen noch nicht reicht, das jeweils nötige Vertrauen, die "
        "Mitglieder, die ihnen am nächsten sind, und ob die empfohlenen Projekte sie dorthin "
        "bringen (gerechnet mit der Erfolgschance jedes Projekts)."
    ),
    "plan.contact.heading": "Mitglieder ohne gemeinsames Projekt ({phases})",
    "plan.contact.phases": {
        "one": "Phase {phases}",
        "other": "Phasen {phases}",
    },
    "plan.contact.capacity": "{name} kann an keinem Projekt teilnehmen (Projekte je Phase: 0).",
    "plan.contact.no_theme": (
        "Die Bedarfe von {name} gehören zu keinem Bedarfsthema, an dem ein Projekt arbeiten könnte."
    ),
    "plan.contact.no_project_type": (
        "Keine Projektart richtet sich an die Bedarfe von {name} ({needs}): Legen Sie eine "
        "Projektart dafür an."
    ),
    "plan.contact.too_few_members": {
        "one": (
            "Zu wenige Mitglieder teilen die Bedarfe von {name} ({needs}): kein anderes Mitglied "
            "nennt sie, das kleinste Projekt dazu braucht {size}. Gewinnen Sie Mitglieder, die sie "
            "teilen."
        ),
        "other": (
            "Zu wenige Mitglieder teilen die Bedarfe von {name} ({needs}): höchstens {count} nennen"
            " einen davon, das kleinste Projekt dazu braucht {size}. Gewinnen Sie Mitglieder, die "
            "sie teilen."
        ),
    },
    "plan.contact.trust": (
        "In Phase {phase} ließ sich für „{project}“ mit {name} keine Gruppe von {size} Mitgliedern "
        "bilden, die einander mindestens {threshold} vertrauen: {name} vertraut {trusted} der "
        "{others} anderen Interessierten so weit."
    ),
    "plan.contact.unmatched": "Für die übrigen Bedarfe ({needs}) ist kein Projekt möglich.",
    "plan.contact.competitor_balance": (
        "In Phase {phase} hätte ein Projekt für {name} den Ausgleich im Wettbewerb mit {rival} "
        "verletzt: Die bedienten Anteile der eigenen Bedarfe dürfen höchstens um {tolerance} "
        "auseinanderliegen. Ein Projekt, das auch die Bedarfe von {rival} bedient, könnte Raum "
        "dafür schaffen."
    ),
    "plan.contact.resources": (
        "In Phase {phase} blieb zu wenig {resource} für ein Projekt mit {name}: das kleinste "
        "braucht {needed}, übrig waren {left}."
    ),
    "plan.contact.no_plan": (
        "In Phase {phase} ließ sich kein Plan berechnen (siehe die Meldung oben); daher hat kein "
        "Mitglied ein Projekt erhalten."
    ),
    "plan.contact.planner_choice": (
        "In Phase {phase} war ein Projekt mit {name} zulässig, doch der Plan setzte die Mittel und "
        "die Zeit der Mitglieder für andere Projekte ein."
    ),
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
