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
    "themes.join": "{first} und {last}",
    "themes.reason.no-plan": (
        "Für diese Phase wurde innerhalb der Zeitgrenze kein Plan gefunden; zu diesem Bedarf "
        "lässt sich daher noch nichts sagen: Planen Sie erneut mit mehr Zeit (--time-limit)."
    ),
    "themes.reason.no-capacity": (
        "{actor} nimmt an keinen Projekten teil (höchstens 0 Projekte pro Phase)."
    ),
    "themes.reason.not-matched": (
        "„{label}“ passt zu keinem Bedarf des Katalogs, daher behandelt ihn keine Projektart; "
        "er ähnelt „{tag_label}“: Bitte prüfen Sie die Zuordnung."
    ),
    "themes.reason.no-project-type": (
        "Keine Projektart behandelt „{label}“; legen Sie dafür eine Projektart (oder ein festes "
        "Projekt) an."
    ),
    "themes.reason.similar": (
        "Kein anderes Mitglied nennt genau diesen Bedarf, aber {other} nennt etwas Ähnliches: "
        "„{text}“ – bitte prüfen Sie die Zuordnung."
    ),
    "themes.reason.ask-member": {
        "one": "Kein anderes Mitglied nennt diesen Bedarf, aber {members} ({fit}) könnte ihn "
        "bedienen: Fragen Sie nach, ob der Bedarf geteilt wird, bevor Sie neue Mitglieder "
        "suchen.",
        "other": "Kein anderes Mitglied nennt diesen Bedarf, aber {members} ({fit}) könnten "
        "ihn bedienen: Fragen Sie nach, ob sie den Bedarf teilen, bevor Sie neue Mitglieder "
        "suchen.",
    },
    "themes.reason.sole": (
        "Kein anderes Mitglied nennt diesen Bedarf, und keines kann ihn bedienen: Gewinnen Sie "
        "{fit}, damit ein gemeinsames Projekt möglich wird."
    ),
    "themes.reason.too-few": {
        "one": "Nur {count} Mitglied nennt diesen Bedarf, weniger als die {smallest} "
        "Teilnehmenden, die die kleinste passende Projektart braucht: Gewinnen Sie {fit}.",
        "other": "Nur {count} Mitglieder nennen diesen Bedarf, weniger als die {smallest} "
        "Teilnehmenden, die die kleinste passende Projektart braucht: Gewinnen Sie {fit}.",
    },
    "themes.reason.trust": (
        "Noch nicht genug Vertrauen: {detail} Einstiegsprojekte bauen dieses Vertrauen auf; "
        "ein neues Mitglied ist nicht nötig."
    ),
    "themes.reason.capacity": {
        "one": "{actor} ist bereits an {count} Projekt beteiligt (mehr sind nicht möglich), "
        "und andere Projekte bedienten mehr der eigenen Bedarfe: Eine höhere Grenze oder die "
        "nächste Phase würde es ermöglichen.",
        "other": "{actor} ist bereits an {count} Projekten beteiligt (mehr sind nicht möglich), "
        "und andere Projekte bedienten mehr der eigenen Bedarfe: Eine höhere Grenze oder die "
        "nächste Phase würde es ermöglichen.",
    },
    "themes.reason.competitor-balance": (
        "Wettbewerbsbalance: Den Bedarf zu bedienen brächte {actor} zu weit vor den "
        "Wettbewerber {rival} (die bedienten Anteile dürfen höchstens um {tolerance} "
        "abweichen); ein Projekt, das auch {rival} bedient, würde Raum dafür schaffen."
    ),
    "themes.reason.resources": (
        "Nicht genug {resource} für ein Projekt dazu: Die Mittel gingen an wertvollere "
        "Projekte; mehr {resource} würde es ermöglichen."
    ),
    "themes.reason.no-valid-group": (
        "In dieser Phase ließ sich keine gültige Gruppe dafür bilden: Die anderen Mitglieder "
        "mit diesem Bedarf waren durch ihre Kapazität oder die Wettbewerbsbalance "
        "ausgeschlossen, oder er war weniger wert als seine Kosten."
    ),
    "themes.fit.investor.recruit": "Investoren oder eine Bank",
    "themes.fit.investor.who": "Kapitalgeber",
    "themes.fit.research.recruit": "ein Forschungsinstitut oder eine Hochschule",
    "themes.fit.research.who": "Forschung",
    "themes.fit.university.recruit": "eine Hochschule oder eine Berufsschule",
    "themes.fit.university.who": "Bildung",
    "themes.fit.supplier.recruit": "einen Zulieferer",
    "themes.fit.supplier.who": "Zulieferer",
    "themes.fit.customer.recruit": "ein Unternehmen, das Kunde werden könnte",
    "themes.fit.customer.who": "mögliche Kundschaft",
    "themes.fit.startup.recruit": "ein Technologie-Start-up",
    "themes.fit.startup.who": "Start-up",
    "themes.fit.company.recruit": "ein etabliertes Unternehmen",
    "themes.fit.company.who": "etabliertes Unternehmen",
    "themes.remedy.recruit": "{who}",
    "themes.remedy.no-plan": "noch nichts: mit mehr Zeit erneut planen",
    "themes.remedy.no-capacity": "niemanden: das Mitglied nimmt an keinen Projekten teil",
    "themes.remedy.not-matched": "noch niemanden: Zuordnung prüfen",
    "themes.remedy.no-project-type": "niemanden: eine Projektart dafür anlegen",
    "themes.remedy.similar": "noch niemanden: Zuordnung prüfen",
    "themes.remedy.ask-member": "noch niemanden: zuerst die passenden Mitglieder fragen",
    "themes.remedy.sole": "ein neues Mitglied",
    "themes.remedy.too-few": "neue Mitglieder",
    "themes.remedy.trust": "noch niemanden: erst Vertrauen aufbauen",
    "themes.remedy.capacity": "niemanden: eine höhere Projektgrenze oder die nächste Phase",
    "themes.remedy.competitor-balance": "niemanden: ein Projekt, das auch den Wettbewerber bedient",
    "themes.remedy.resources": "niemanden: mehr Mittel",
    "themes.remedy.no-valid-group": "niemanden: die Gruppen waren weniger wert als ihre Kosten",
    "themes.because.words": "der Bedarf betrifft {topic}",
    "themes.because.stater": "es passt zu den Mitgliedern, die ihn nennen",
    "themes.topic.investor": "Geld",
    "themes.topic.research": "Forschung und Technologie",
    "themes.topic.university": "Fachkräfte und Ausbildung",
    "themes.topic.supplier": "Material, Energie und Beschaffung",
    "themes.topic.customer": "Kundschaft",
    "themes.topic.startup": "digitale Werkzeuge",
    "themes.topic.company": "Märkte und Sichtbarkeit",
    "themes.cli.summary": {
        "one": "{count} Thema aus {needs} genannten Bedarfen ({free} in eigenen Worten der "
        "Mitglieder).",
        "other": "{count} Themen aus {needs} genannten Bedarfen ({free} in eigenen Worten der "
        "Mitglieder).",
    },
    "themes.cli.unsure": {
        "one": "{count} Zuordnung ist unsicher: Bitte prüfen Sie sie.",
        "other": "{count} Zuordnungen sind unsicher: Bitte prüfen Sie sie.",
    },
    "themes.cli.none_unsure": "Keine Zuordnung ist unsicher.",
    "themes.cli.catalogue_theme": "Bedarf aus dem Katalog",
    "themes.cli.free_theme": "neues Thema aus den Worten der Mitglieder",
    "themes.cli.members": {
        "one": "genannt von {count} Mitglied",
        "other": "genannt von {count} Mitgliedern",
    },
    "themes.cli.statement": "{name}, Bedarf {position}: \u201e{text}\u201c",
    "themes.cli.confidence": "Sicherheit {value}",
    "themes.cli.unsure_mark": "unsicher, bitte prüfen",
    "themes.cli.corrected_mark": "von Hand zugeordnet",
    "themes.cli.similar": "ähnlich: {other}, \u201e{text}\u201c",
    "themes.cli.how_to_correct": (
        "Um die Zuordnung zu korrigieren, tragen Sie den Bedarf in der Szenariodatei unter "
        "themes.corrections ein, mit dem Kürzel eines Katalogbedarfs oder einem anderen Bedarf, "
        "zu dem er gehört, zum Beispiel:"
    ),
    "themes.report.no_plan_next": (
        "Planen Sie erneut mit mehr Zeit (--time-limit): Ohne Plan gibt es noch keine Prognose "
        "und keine Hinweise zu den Bedarfen."
    ),
    "themes.report.unsure_heading": "Zu prüfende Zuordnungen",
    "themes.report.unsure_intro": (
        "Bei den Themen dieser Bedarfe ist sich trustmatch unsicher. Bitte prüfen Sie sie; eine "
        "Korrektur in der Szenariodatei (themes.corrections) gilt für alle weiteren Pläne."
    ),
    "themes.report.unsure_alone": (
        "{name}: \u201e{text}\u201c bildet ein eigenes Thema (Sicherheit {value})"
    ),
    "themes.report.unsure_item": "{name}: \u201e{text}\u201c \u2192 {theme} (Sicherheit {value})",
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
