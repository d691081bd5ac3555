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
    "cli.solver_failed": "Die Optimierung lieferte keine brauchbare Antwort: {reason}",
    "cli.interrupted": "Abgebrochen.",
    "cli.internal_error": (
        "Interner Fehler: {kind}: {error}\nDas ist ein Fehler in trustmatch, nicht in "
        "Ihrer Eingabe. Führen Sie den Befehl mit --debug erneut aus, um den genauen "
        "Ablauf zu sehen, und melden Sie den Fehler bitte."
    ),
    "cli.cannot_write": "kann nicht geschrieben werden: {reason}",
    "cli.nothing_written": "Nichts geschrieben",
    "cli.os_reason.permission": "keine Schreibberechtigung an dieser Stelle",
    "cli.os_reason.no_folder": "der Ordner existiert nicht",
    "cli.os_reason.not_a_folder": "ein Teil des Pfades ist eine Datei, kein Ordner",
    "cli.os_reason.is_a_folder": "das ist ein Ordner; bitte einen Dateinamen angeben",
    "cli.os_reason.disk_full": "der Datenträger ist voll",
    "cli.os_reason.read_only": "das Dateisystem ist schreibgeschützt",
    "cli.os_reason.name_too_long": "der Name ist zu lang",
    "cli.created_folder": "Der Ordner {folder} wurde angelegt (er existierte noch nicht).",
    "cli.out_of_range": (
        "muss zwischen {low} und {high} liegen (angegeben: {value})"
    ),
    "cli.alias_inside_anchor": (
        "der Verweis '*{name}' steht innerhalb des Werts, der als '&{name}' verankert ist: ein "
        "Wert kann sich nicht selbst enthalten"
    ),
    "cli.invisible_character": (
        "darf keine Steuer- oder unsichtbaren Zeichen enthalten ({code} an Stelle {position}): "
        "sie lassen eine Kennung wie eine andere aussehen"
    ),
    "cli.known_trust_twice": (
        "das bekannte Vertrauen zwischen '{a}' und '{b}' ist hier {value}, in "
        "trust.known.{position} aber {earlier}; geben Sie es nur einmal an"
    ),
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
    "results.not_results": "ist keine Ergebnisdatei von trustmatch ({reason})",
    "results.damaged": (
        "ist beschädigt (Integritätsprüfung von SQLite: {details}); stellen Sie die Datei"
        " aus einer Kopie wieder her oder schreiben Sie die Läufe in eine neue Datei "
        "(--out)"
    ),
    "results.foreign_table": (
        "enthält eine Tabelle '{table}', die nicht von trustmatch stammt (es fehlen die "
        "Spalten {missing}); wählen Sie eine andere Datei (--out)"
    ),
    "results.no_such_phase": (
        "die Läufe haben keine Phase {phase}, sondern die Phasen {first} bis {last}"
    ),
    "ledger.participant_twice": "{actor!r} ist doppelt genannt (zuerst an Position {first})",
    "ledger.unknown_type": (
        "das Szenario hat keine Projektart {type!r} (seine Projektarten: {known})"
    ),
    "ledger.phase_beyond": {
        "one": (
            "Phase {phase} liegt nach der einzigen Phase des Szenarios (erhöhen Sie 'phases' im "
            "Szenario, um spätere Phasen zu erfassen)"
        ),
        "other": (
            "Phase {phase} liegt nach den {count} Phasen des Szenarios (erhöhen Sie 'phases' im "
            "Szenario, um spätere Phasen zu erfassen)"
        ),
    },
    "ledger.phase_gap": {
        "one": (
            "Phase {phase} ist erfasst, die Phase {missing} davor aber nicht; erfassen Sie "
            "zuerst, was in ihr geschah (cancelled für ein Projekt, das nicht stattfand)"
        ),
        "other": (
            "Phase {phase} ist erfasst, die Phasen {missing} davor aber nicht; erfassen Sie "
            "zuerst, was in ihnen geschah (cancelled für ein Projekt, das nicht stattfand)"
        ),
    },
    "ledger.scenario_changed": (
        "die Szenariodatei hat sich geändert, seit das Protokoll angelegt wurde (Prüfsumme damals"
        " {stored}…, jetzt {now}…); die erfassten Ergebnisse werden in das geänderte Szenario "
        "übernommen"
    ),
    #
    #
    #
}
"""Key → text (or plural forms) in this language."""
