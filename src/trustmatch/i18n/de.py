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
    "common.strategy.optimal": "bisheriger Planer",
    "common.strategy.lookahead": "vorausschauend",
    "common.strategy.greedy": "Greedy",
    "common.strategy.random": "zufällig",
    "common.strategy.big-bang": "Big Bang",
    "common.strategy.no-fairness": "ohne Fairness",
    "common.strategy_means.optimal": (
        "plant wie vor der Vorausschau, bei der jeder bediente Bedarf mit seinem Gewicht "
        "zählt, gleich durch welches Projekt"
    ),
    "common.strategy_means.lookahead": (
        "plant mit dem Optimierer den Weg über mehrere Phasen und legt nur die nächste fest"
    ),
    "common.strategy_means.greedy": (
        "nimmt die Projekte mit dem meisten Nutzen je Kosten zuerst, ohne vorauszuplanen"
    ),
    "common.strategy_means.random": "wählt gültige Projekte zufällig aus (ein Vergleichsmaßstab)",
    "common.strategy_means.big-bang": (
        "übergeht das Vertrauen und beginnt sofort mit den anspruchsvollsten Projekten"
    ),
    "common.strategy_means.no-fairness": (
        "wie „eine Phase“, lässt aber die Regel weg, dass Wettbewerber etwa gleich viel Nutzen "
        "haben müssen"
    ),
    "common.strategy_means.one-phase": (
        "lässt den Optimierer die besten Projekte nur für diese Phase wählen"
    ),
    "common.strategy.one-phase": "eine Phase",
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
    "cli.roadmap.used_item": "{resource} {used} (verfügbar: {available})",
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
        "one": "Strategien für {name}: {phases}, je ein simulierter Verlauf, Startwert {seed}",
        "other": (
            "Strategien für {name}: {phases}, je {count} simulierte Verläufe, Startwert {seed} "
            "(Mittelwert ± Standardabweichung über die Verläufe)"
        ),
    },
    "cli.strategies.phases": {"one": "eine Phase", "other": "{count} Phasen"},
    "cli.strategies.col_strategy": "Strategie",
    "cli.strategies.col.final_cluster_trust": "Vertrauen am Ende",
    "cli.strategies.col.projects_succeeded": "Erfolge",
    "cli.strategies.col.highest_ambition": "Höchste Stufe",
    "cli.strategies.col.money_spent": "Ausgaben",
    "cli.strategies.col.worst_competitor_imbalance": "Abstand Wettbewerber (max.)",
    "cli.strategies.col.projects_chosen": "Gewählte Projekte",
    "cli.strategies.means": "{name}: {text}.",
    "cli.strategies.verdict_unfair.final_cluster_trust": (
        "„{name}“ erreicht mehr Vertrauen ({value}), lässt aber den Abstand zwischen zwei "
        "Wettbewerbern auf {gap} wachsen, mehr als die {tolerance}, die das Szenario erlaubt."
    ),
    "cli.strategies.verdict_unfair.value_delivered": (
        "„{name}“ bringt mehr Nutzen ({value}), lässt aber den Abstand zwischen zwei "
        "Wettbewerbern auf {gap} wachsen, mehr als die {tolerance}, die das Szenario erlaubt."
    ),
    "cli.strategies.verdict_one.final_cluster_trust": (
        "Fazit: „{name}“ hinterlässt im Cluster ein Vertrauen von {value}."
    ),
    "cli.strategies.verdict_one.value_delivered": (
        "Fazit: „{name}“ bringt einen Nutzen von {value}."
    ),
    "cli.strategies.verdict.final_cluster_trust": (
        "Fazit: Unter den Strategien, die Wettbewerber im Gleichgewicht halten, hinterlässt "
        "„{name}“ das meiste Vertrauen im Cluster ({value}; danach „{second}“ mit "
        "{second_value})."
    ),
    "cli.strategies.verdict.value_delivered": (
        "Fazit: Unter den Strategien, die Wettbewerber im Gleichgewicht halten, bringt "
        "„{name}“ den meisten Nutzen ({value}; danach „{second}“ mit {second_value})."
    ),
    "cli.strategies.neutral": (
        "; neutrale Simulation (ohne Einfluss von Vertrauen, Größe und Anspruch)"
    ),
    "cli.strategies.equal_money": "; gleiches Budget: höchstens {amount} über alle Phasen",
    "cli.strategies.col.largest_connected_share": "Größtes Netz (Anteil)",
    "cli.strategies.col.members_reached": "Erreichte Mitglieder",
    "cli.strategies.col.value_per_money": "Nutzen je {money}",
    "cli.strategies.col.value_delivered": "Erzielter Nutzen",
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
        "das bekannte Vertrauen zwischen „{a}“ und „{b}“ ist hier {value}, in Eintrag "
        "{position} von trust.known aber {earlier}; bitte nur einmal angeben"
    ),
    # cli commands (issue 15, part 2)
    # record
    "cli.record.recorded": (
        "In {ledger} eingetragen: Phase {phase}, {project}: {outcome} ({participants}). "
        "{entries}"
    ),
    "cli.record.participants": {
        "one": "ein Mitglied nahm teil",
        "other": "{count} Mitglieder nahmen teil",
    },
    "cli.record.entries": {
        "one": "Das Projektbuch enthält einen Eintrag.",
        "other": "Das Projektbuch enthält {count} Einträge.",
    },
    # batch
    "cli.batch.title": {
        "one": "Serie „{name}“: ein Lauf, {executor}",
        "other": "Serie „{name}“: {count} Läufe, {executor}",
    },
    "cli.batch.counts": (
        "fertig {done}, fehlgeschlagen {failed}, übersprungen {skipped} (schon gespeichert)"
    ),
    "cli.batch.elapsed": "Dauer {seconds} s",
    "cli.batch.per_run": "{elapsed}, {seconds} s je Lauf ({rate} Läufe je Sekunde)",
    "cli.batch.results": "Ergebnisse: {path}",
    "cli.batch.failed_runs": "fehlgeschlagene Läufe sind mit ihrem Fehler gespeichert: {query}",
    "cli.batch.executor.local": "gerechnet in diesem Prozess",
    "cli.batch.executor.processes": {
        "one": "gerechnet in einem Prozess",
        "other": "gerechnet in {count} Prozessen",
    },
    "cli.batch.executor.dask_local": {
        "one": "gerechnet in einem lokalen Dask-Cluster mit einem Prozess",
        "other": "gerechnet in einem lokalen Dask-Cluster mit {count} Prozessen",
    },
    "cli.batch.executor.dask_at": {
        "one": "gerechnet mit Dask unter {address} (ein Rechenkern)",
        "other": "gerechnet mit Dask unter {address} ({count} Rechenkerne)",
    },
    "cli.batch.progress": "Serie {name}",
    "cli.batch.interrupted": (
        "Abgebrochen. Die fertigen Läufe sind in {out} gespeichert; derselbe Befehl mit --resume "
        "setzt die Serie fort."
    ),
    "cli.batch.worker_stopped": (
        "Ein Rechenprozess hat unerwartet aufgehört ({error}). Wird run_batch aus einem Skript "
        "aufgerufen, muss der Aufruf unter `if __name__ == \"__main__\":` stehen (die "
        "Rechenprozesse laden das Skript); andernfalls war womöglich der Arbeitsspeicher "
        "erschöpft. Die {count} bisher fertigen Läufe sind gespeichert; derselbe Befehl mit "
        "--resume setzt die Serie fort."
    ),
    "cli.batch.cannot_start": "Die Rechenprozesse der Serie können nicht starten",
    "cli.batch.unknown_executor": (
        "„{name}“ ist keine bekannte Ausführungsart; wählen Sie eine von {choices}"
    ),
    "cli.batch.jobs_at_least_one": "muss mindestens 1 sein (angegeben: {got})",
    "cli.batch.needs_dask": "geht nur zusammen mit --executor dask",
    "cli.batch.dask_missing": (
        "für Dask muss die optionale Erweiterung installiert sein: pip install "
        "'trustmatch[dask]'"
    ),
    "cli.batch.dask_unreachable": (
        "der Dask-Scheduler unter {address} ist nicht erreichbar ({error}); prüfen Sie die "
        "Adresse und ob `dask scheduler` läuft"
    ),
    # batch spec: the problems of a batch specification (read by trustmatch.batch.spec)
    "batch.spec.summary": {
        "one": "Die Serienbeschreibung {file} enthält einen Fehler",
        "other": "Die Serienbeschreibung {file} enthält {count} Fehler",
    },
    "batch.spec.cannot_read": "Die Serienbeschreibung kann nicht gelesen werden",
    "batch.spec.not_yaml": "Die Serienbeschreibung ist kein gültiges YAML",
    "batch.spec.too_large": (
        "ist größer als {limit} KB; eine Serienbeschreibung nennt Muster und Werte, keine Daten"
    ),
    "batch.spec.no_file": "diese Datei gibt es nicht",
    "batch.spec.unreadable": "kann nicht gelesen werden: {reason}",
    "batch.spec.not_mapping": "muss eine Zuordnung von Einstellungen sein (name:, scenarios:, …)",
    "batch.spec.given_twice": "ist doppelt angegeben",
    "batch.spec.not_a_setting": "ist keine Einstellung einer Serie{hint} (erlaubt: {names})",
    "batch.spec.too_many_runs": (
        "die Beschreibung ergibt {runs} Läufe; erlaubt sind höchstens {limit} in einer Serie "
        "(bitte auf mehrere Serien aufteilen)"
    ),
    "batch.spec.no_match": "keine Szenariodatei passt zu „{pattern}“ (gesucht in {folder})",
    "batch.spec.not_a_path": (
        "„{path}“ ist kein Pfad im Szenario in der Form abschnitt.schlüssel (ohne Leerzeichen)"
    ),
    "batch.spec.value_twice": "„{path}“ nennt einen Wert zweimal",
    "batch.spec.strategy_twice": "eine Strategie ist doppelt genannt",
    "batch.spec.override_set_twice": "eine Gruppe von Varianten ist doppelt genannt",
    # results files of a batch (read by the store)
    "results.cannot_use": "Die Ergebnisdatei kann nicht verwendet werden",
    "results.no_folder": "den Ordner {folder} gibt es nicht",
    "results.is_folder": "ist ein Ordner; geben Sie einen Dateinamen an, etwa results.sqlite",
    "results.other_layout": (
        "wurde von {version} mit einem anderen Tabellenaufbau geschrieben; schreiben Sie in eine "
        "neue Datei (--out)."
    ),
    "results.older_version": "einer älteren Version von trustmatch",
    "results.runs_without_spec": (
        "enthält Läufe, aber keine Beschreibung der Serie; wählen Sie eine andere Datei (--out)"
    ),
    "results.other_batch": (
        "enthält die Ergebnisse einer anderen Serie („{name}“, oder derselben Beschreibung, "
        "bevor sich ihre Einstellungen oder Szenariodateien geändert haben). Ein Fortsetzen "
        "würde zwei Serien vermischen: schreiben Sie in eine neue Datei (--out) oder stellen "
        "Sie die Beschreibung und die Szenariodateien wieder her, mit denen sie entstand."
    ),
    "results.holds_runs": {
        "one": (
            "enthält schon einen Lauf dieser Serie. Setzen Sie sie mit --resume fort oder "
            "wählen Sie eine andere Datei (--out)."
        ),
        "other": (
            "enthält schon {count} Läufe dieser Serie. Setzen Sie sie mit --resume fort oder "
            "wählen Sie eine andere Datei (--out)."
        ),
    },
    "results.no_such_file": "diese Ergebnisdatei gibt es nicht",
    "results.cannot_open": "kann nicht geöffnet werden ({reason})",
    # compare
    "cli.compare.col.scenario": "Szenario",
    "cli.compare.col.override": "Variante",
    "cli.compare.col.strategy": "Strategie",
    "cli.compare.col.replication": "Wiederholung",
    "cli.compare.col.parameters": "Parameter",
    "cli.compare.col.runs": "Läufe",
    "cli.compare.col.failed": "fehlgeschl.",
    "cli.compare.col.objective": "Zielwert",
    "cli.compare.col.gap": "Lücke",
    "cli.compare.col.cost": "Kosten",
    "cli.compare.col.cluster_trust": "Vertrauen",
    "cli.compare.col.projects_chosen": "gewählt",
    "cli.compare.col.projects_succeeded": "erfolgreich",
    "cli.compare.col.ambition_reached": "Anspruch",
    "cli.compare.col.worst_competitor_imbalance": "Ungleichgewicht",
    "cli.compare.col.served_share": "bedient",
    "cli.compare.col.value_delivered": "Nutzen",
    "cli.compare.col.value_per_money": "Nutzen/Geld",
    "cli.compare.col.members_reached": "erreicht",
    "cli.compare.col.largest_connected_share": "verbunden",
    "cli.compare.none": "(keine)",
    "cli.compare.note_last": (
        "Kennzahlen der letzten Phase: Mittelwert ± halbe Breite des 95-%-t-Intervalls über "
        "die Läufe."
    ),
    "cli.compare.note_phase": (
        "Kennzahlen der Phase {phase}: Mittelwert ± halbe Breite des 95-%-t-Intervalls über "
        "die Läufe."
    ),
    "cli.compare.csv_written": "CSV-Datei {path} geschrieben",
    "cli.compare.refused": "So lässt sich die Serie nicht vergleichen",
    "cli.compare.unknown_key": (
        "nach „{key}“ lassen sich die Läufe nicht gruppieren; wählen Sie aus {choices}"
    ),
    "cli.compare.key_twice": "ein Schlüssel ist doppelt angegeben",
    "cli.compare.unknown_metric": (
        "„{metric}“ ist keine gespeicherte Kennzahl; wählen Sie aus {choices}"
    ),
    "cli.compare.bad_phase": (
        "„{phase}“ ist keine Phase: geben Sie „last“ oder eine Phasennummer an (1, 2, …)"
    ),
    # new, schema, generate
    "cli.new.exists": (
        "gibt es schon; wählen Sie einen anderen Namen oder überschreiben Sie die Datei mit "
        "--force"
    ),
    "cli.new.written": (
        "Ein Startszenario steht in {path}; als Nächstes: trustmatch validate {path}"
    ),
    "cli.schema.written": "Das JSON-Schema der Szenariodateien steht in {path}",
    "cli.generate.header": "Künstlicher Cluster, erzeugt von trustmatch {version}:",
    "cli.generate.header_same": (
        "Derselbe Befehl schreibt immer dieselbe Datei. Ändern Sie sie nach Belieben; "
        "`trustmatch validate` prüft sie."
    ),
    "cli.generate.written": {
        "one": "Ein künstlicher Cluster mit einem Mitglied (Startwert {seed}) steht in {path}.",
        "other": (
            "Ein künstlicher Cluster mit {count} Mitgliedern (Startwert {seed}) steht in {path}."
        ),
    },
    # how the optimization ended: solver and lookahead notes (shown on failure and with --debug)
    "cli.solver.failed": "{solver} ist fehlgeschlagen: {error}",
    "cli.solver.safety_clock_plan": (
        "Die Sicherheitsuhr (das {factor}-Fache der Zeitgrenze, mindestens {seconds} s) hat "
        "HiGHS angehalten, bevor die gezählte Rechenarbeit getan war: Dieser Plan kann von "
        "Lauf zu Lauf verschieden sein."
    ),
    "cli.solver.safety_clock_none": (
        "Die Sicherheitsuhr (das {factor}-Fache der Zeitgrenze, mindestens {seconds} s) hat "
        "HiGHS angehalten, bevor ein Plan gefunden war."
    ),
    "cli.solver.unconfirmed": (
        "HiGHS meldete ein Optimum, das die eigene Lösung nicht bestätigt; dies ist der beste "
        "Plan, der die Prüfung bestanden hat."
    ),
    "cli.solver.no_valid_plan": "{solver} hat keine gültige Auswahl an Projekten gefunden.",
    "cli.solver.stopped_unproven": (
        "{solver} hat angehalten ({why}), bevor nachgewiesen war, dass es die beste Auswahl ist."
    ),
    "cli.solver.stopped_no_plan": "{solver} hat angehalten ({why}), ohne einen Plan zu finden.",
    "cli.solver.ended": "{solver} endete mit dem Zustand „{status}“.",
    "cli.solver.cbc_unproven": (
        "{solver} hat angehalten, bevor nachgewiesen war, dass es die beste Auswahl ist."
    ),
    "cli.solver.cbc_no_plan": "{solver} hat angehalten, ohne einen gültigen Plan zu finden.",
    "cli.solver.stop.time_limit": "Zeitgrenze erreicht",
    "cli.solver.stop.work_limit": "Grenze der Rechenarbeit erreicht",
    "cli.solver.stop.safety_clock": "von der Sicherheitsuhr angehalten",
    "cli.solver.stop.unconfirmed": "mit einem Optimum, das die eigene Lösung nicht bestätigt",
    "cli.solver.stop.iteration_limit": "Grenze der Rechenschritte erreicht",
    "cli.solver.stop.interrupted": "unterbrochen",
    "cli.solver.stop.memory_limit": "Speichergrenze erreicht",
    "cli.solver.stop.solution_limit": "Grenze der Lösungen erreicht",
    "cli.solver.stop.other": "aus einem anderen Grund",
    "cli.solver.horizon_shortened": (
        "Der Planungshorizont wurde auf {phases} Phasen verkürzt, damit das Rechenmodell "
        "höchstens {binaries} Ja-Nein-Entscheidungen enthält."
    ),
    "cli.solver.lookahead_greedy": (
        "Die vorausschauende Planung hat innerhalb der Zeitgrenze keinen Plan gefunden; dies "
        "ist der Plan der Greedy-Strategie für diese Phase."
    ),
    "cli.solver.compact_model": (
        "Optimal für das vereinfachte Modell, das ein Paar, das sich in zwei Projekten trifft, "
        "doppelt zählt; der wahre Wert des Plans liegt innerhalb der angegebenen Lücke zum "
        "Optimum."
    ),
    "cli.solver.no_time_left": (
        "Die Zeitgrenze war aufgebraucht, bevor der Optimierer beginnen konnte."
    ),
    "cli.solver.greedy_start": (
        "Der Optimierer hat innerhalb der Zeitgrenze keinen eigenen Plan gefunden; dies ist der "
        "Plan der Greedy-Strategie, mit dem er begonnen hat."
    ),
    "cli.solver.greedy_fallback": (
        "Der Optimierer hat innerhalb der Zeitgrenze keinen eigenen Plan gefunden; dies ist der "
        "Plan der Greedy-Strategie (mit mehr Zeit findet sich vielleicht ein besserer)."
    ),
    # cli help (issue 15): texts of --help, see trustmatch.cli.help
    # help: click's headings and placeholders
    "cli.help.usage": "Aufruf:",
    "cli.help.options": "Optionen",
    "cli.help.commands": "Befehle",
    "cli.help.options_metavar": "[OPTIONEN]",
    "cli.help.command_metavar": "BEFEHL [ARGUMENTE]...",
    "cli.help.required": "erforderlich",
    "cli.help.default": "Standard: {default}",
    # help: options that mean the same in every command
    "cli.help.option.help": "Diese Hilfe zeigen und beenden.",
    "cli.help.option.quiet": "Ohne Fortschrittsbalken und Zwischenmeldungen.",
    "cli.help.option.lang": (
        "Sprache der Ausgabe: en (Englisch) oder de (Deutsch); Standard: das --lang vor dem "
        "Befehl, sonst die Spracheinstellung des Systems."
    ),
    "cli.help.option.override": (
        "Eine benannte Variante aus dem Abschnitt overrides des Szenarios anwenden (mehrfach "
        "möglich)."
    ),
    "cli.help.option.set": (
        "Eine Einstellung ändern, z. B. --set resources.budget_eur=12000 (mehrfach möglich)."
    ),
    "cli.help.option.solver": "Optimierer für die Pläne (Standard: der im Szenario genannte).",
    "cli.help.option.time-limit": (
        "Sekunden für die Planung jeder Phase, Optimierer eingeschlossen (Standard: wie im "
        "Szenario festgelegt)."
    ),
    "cli.help.option.reproducible": (
        "Den Optimierer jeder Phase nach einer festen Menge Arbeit anhalten statt an der "
        "Zeitgrenze: bei jedem Aufruf derselbe Plan, wie ausgelastet der Rechner auch ist."
    ),
    "cli.help.option.phases": "Zu planende Phasen (Standard: die Phasen des Szenarios).",
    "cli.help.option.seed": (
        "Startwert des Zufalls für die simulierten Ergebnisse (Standard: der des Szenarios)."
    ),
    "cli.help.option.jobs": (
        "Prozesse, auf denen die Durchläufe laufen (Standard: alle Prozessorkerne, wenn sich ihr "
        "Start bei der Menge an Arbeit lohnt, sonst nur dieser). Die Ergebnisse sind für jedes N "
        "gleich."
    ),
    "cli.help.option.force": "PATH überschreiben, falls vorhanden.",
    "cli.help.option.date": "Datum des Eintrags, JJJJ-MM-TT (Standard: heute).",
    "cli.help.option.note": "Eine freie Notiz zum Eintrag.",
    # help: the group
    "cli.help.trustmatch": (
        "trustmatch: plant vertrauensbildende Projekte für einen jungen Unternehmens-Cluster.\n\n"
        "Zuerst `trustmatch validate FILE`, dann `trustmatch plan FILE`. Rückgabewerte: 0 in "
        "Ordnung, 1 interner Fehler, 2 ungültige Eingabe, 3 keine brauchbare Antwort des "
        "Optimierers."
    ),
    "cli.help.trustmatch.version": "Die Version zeigen und beenden.",
    "cli.help.trustmatch.debug": "Bei einem Fehler die vollständige technische Fehlerspur zeigen.",
    "cli.help.trustmatch.lang": (
        "Sprache der Ausgabe: en (Englisch) oder de (Deutsch); Standard: die Spracheinstellung des "
        "Systems (LANG)."
    ),
    # help: the command table
    "cli.help.short.validate": "Szenariodateien prüfen und ihren Inhalt zusammenfassen.",
    "cli.help.short.new": "Ein kommentiertes, gültiges Startszenario schreiben.",
    "cli.help.short.schema": "Das JSON-Schema der Szenariodateien für Editoren ausgeben.",
    "cli.help.short.generate": (
        "Einen künstlichen Cluster (mit Startwert) als Szenariodatei schreiben."
    ),
    "cli.help.short.themes": "Zeigen, wie sich die Bedarfe der Mitglieder zu Themen gruppieren.",
    "cli.help.short.plan": "Die nächste Phase planen: Projekte, Teilnehmende, Kosten und Gründe.",
    "cli.help.short.roadmap": "Phase für Phase planen, während das Vertrauen wächst (simuliert).",
    "cli.help.short.record": "Festhalten, wie ein geplantes Projekt wirklich verlaufen ist.",
    "cli.help.short.strategies": (
        "Planungsstrategien über wiederholte Durchläufe des Fahrplans vergleichen."
    ),
    "cli.help.short.batch": (
        "Eine Reihe von Fahrplänen rechnen und in einer SQLite-Ergebnisdatei speichern."
    ),
    "cli.help.short.compare": (
        "Die Durchläufe einer Reihe vergleichen: Mittelwerte und 95-%-Intervalle."
    ),
    "cli.help.short.report": "Den Bericht für das Clustermanagement schreiben (HTML/Markdown/PDF).",
    "cli.help.short.survey-template": (
        "Die Arbeitsmappe der Bedarfsumfrage zum Verschicken schreiben."
    ),
    "cli.help.short.import-survey": "Ausgefüllte Umfrage-Arbeitsmappen in ein Szenario umwandeln.",
    "cli.help.short.app": "Die lokale Web-Anwendung im Browser öffnen.",
    "cli.help.short.book": "Das Buch des Clustermanagements: Kennzahlen und Netzwerk.",
    "cli.help.short.meetings": "Auftakttreffen der geplanten Projekte.",
    "cli.help.short.book.record": "Kennzahlen einer Periode erfassen.",
    "cli.help.short.book.import": (
        "Die Kennzahlen der Mitglieder aus einer Umfrage-Arbeitsmappe erfassen."
    ),
    "cli.help.short.book.show": "Das Netzwerk und die Kennzahlen je Phase zeigen.",
    # help: validate
    "cli.help.validate": (
        "Szenariodateien (FILES) prüfen und jede zusammenfassen: Mitglieder, Bedarfe, "
        "Wettbewerber, Projektarten.\n\n"
        "Jedes Problem einer Datei erscheint als DATEI:ZEILE:SPALTE: Ort: Meldung; Listeneinträge "
        "werden ab 1 gezählt (JSON nennt zusätzlich den Pfad mit Punkten, ab 0 gezählt, wie --set "
        "ihn erwartet). Rückgabewert 0, wenn jede Datei gültig ist (Warnungen erlaubt), 2, wenn "
        "eine Datei einen Fehler enthält."
    ),
    "cli.help.validate.override": (
        "Eine benannte Variante aus dem Abschnitt overrides der Datei anwenden (mehrfach möglich, "
        "in der angegebenen Reihenfolge)."
    ),
    "cli.help.validate.set": (
        "Einen Wert über seinen Pfad mit Punkten setzen, z. B. resources.budget_eur=12000 "
        "(mehrfach möglich, nach den Varianten angewandt)."
    ),
    "cli.help.validate.json": "Das Ergebnis jeder Datei als JSON auf der Standardausgabe ausgeben.",
    # help: new, schema, generate
    "cli.help.new": (
        "Ein kommentiertes Startszenario nach PATH schreiben; danach bearbeiten und mit "
        "`trustmatch validate PATH` prüfen.\n\n"
        "Die Kommentare stehen in der Sprache von --lang (Standard: die Spracheinstellung des "
        "Systems)."
    ),
    "cli.help.schema": (
        "Das JSON-Schema der Szenariodateien ausgeben (aus den Modellen des Formats erzeugt).\n\n"
        "Die YAML-Unterstützung des Editors darauf verweisen, z. B. mit der ersten Zeile `# "
        "yaml-language-server: $schema=trustmatch-scenario.schema.json`. Die Beschreibungen im "
        "Schema selbst sind englisch; --lang wählt die Sprache der Meldungen."
    ),
    "cli.help.schema.output": "Zu schreibende Datei (Standard: die Standardausgabe).",
    "cli.help.generate": (
        "Einen künstlichen Cluster mit ACTORS Mitgliedern als Szenariodatei schreiben.\n\n"
        "Der Cluster hat Gruppen von Wettbewerbern, getaggte Bedarfe, die sich je Gruppe auf "
        "wenige Themen konzentrieren, bekanntes Vertrauen aus früherer Zusammenarbeit, "
        "Projektarten jeder Ambitionsstufe und Ressourcen, die mit seiner Größe wachsen. Dient den "
        "Messungen der Skalierung und als Ausgangspunkt für Experimente."
    ),
    "cli.help.generate.actors": "Anzahl der Mitglieder des Clusters.",
    "cli.help.generate.seed": "Startwert jeder Zufallsziehung (gleicher Startwert, gleiche Datei).",
    "cli.help.generate.output": "Zu schreibende Datei (Standard: Ausgabe auf der Standardausgabe).",
    # help: themes
    "cli.help.themes": (
        "Zeigen, wie die Bedarfe in FILE zu Themen gruppiert sind und welche Zuordnungen "
        "unsicher sind.\n\n"
        "Jedes Thema listet seine Aussagen mit dem Mitglied, der Stelle des Bedarfs in der Liste "
        "des Mitglieds und der Sicherheit der Zuordnung. Korrekturen der Gruppierung gehören in "
        "den Abschnitt themes.corrections des Szenarios (siehe README, Abschnitt „Need themes“)."
    ),
    "cli.help.themes.json": (
        "Themen, Aussagen, Sicherheiten und ähnliche Aussagen als JSON ausgeben."
    ),
    "cli.help.themes.unsure": "Nur die Aussagen zeigen, deren Thema unsicher ist.",
    # help: plan
    "cli.help.plan": (
        "Die nächste Phase von FILE planen: welche Projekte, wer teilnimmt, was es kostet und "
        "warum."
    ),
    "cli.help.plan.strategy": (
        "lookahead (den Weg über mehrere Phasen planen, diese Phase festlegen), one-phase, optimal "
        "(der Planer vor der Vorausschau) oder ein Vergleichsverfahren."
    ),
    "cli.help.plan.gap": (
        "Relativer Abstand zum bestmöglichen Plan, bei dem der Optimierer aufhören darf (Standard: "
        "wie im Szenario festgelegt)."
    ),
    "cli.help.plan.json": (
        "Zusätzlich das vollständige Ergebnis als JSON schreiben („-“: Standardausgabe, ohne die "
        "Tabelle)."
    ),
    "cli.help.plan.ledger": (
        "Die Phase nach den in diesem Projektbuch festgehaltenen Ergebnissen planen (`trustmatch "
        "record`), ausgehend vom Vertrauen, das aus ihnen folgt."
    ),
    # help: roadmap
    "cli.help.roadmap": (
        "Phase für Phase planen, während das Vertrauen wächst, und das Ergebnis jedes Projekts "
        "auslosen.\n\n"
        "Phase 1 wird aus dem anfänglichen Vertrauen geplant; ihre Projekte gelingen oder "
        "scheitern zufällig (mit Startwert), das Vertrauen wird fortgeschrieben, und Phase 2 wird "
        "aus dem neuen Vertrauen geplant: So werden mit wachsendem Vertrauen ehrgeizigere Projekte "
        "möglich. Mit --replications R läuft der Fahrplan R-mal, und eine Übersichtstabelle zeigt, "
        "wie Vertrauen im Cluster, Erfolge und Ambition über die Durchläufe streuen."
    ),
    "cli.help.roadmap.strategy": "Wie die Projekte jeder Phase ausgewählt werden.",
    "cli.help.roadmap.replications": (
        "Simulierte Durchläufe; bei mehr als 1 kommt die Übersichtstabelle hinzu."
    ),
    "cli.help.roadmap.ledger": (
        "Nach den in diesem Projektbuch festgehaltenen Ergebnissen beginnen."
    ),
    "cli.help.roadmap.json": (
        "Zusätzlich das vollständige Ergebnis als JSON in diese Datei schreiben („-“: "
        "Standardausgabe)."
    ),
    # help: record
    "cli.help.record": (
        "Das Ergebnis eines geplanten Projekts im Projektbuch LEDGER festhalten (wird "
        "angelegt, falls es fehlt).\n\n"
        "Das Projektbuch wächst nur: Jeder Eintrag wird vollständig oder gar nicht angehängt, "
        "frühere Einträge bleiben unverändert, und ein Projekt kann je Phase einmal festgehalten "
        "werden. `trustmatch plan FILE --ledger LEDGER` plant danach die nächste Phase aus dem "
        "Vertrauen, das aus diesen Ergebnissen folgt."
    ),
    "cli.help.record.plan": (
        "Der Plan, aus dem das Projekt stammt: die Datei, die `trustmatch plan --json` geschrieben "
        "hat."
    ),
    "cli.help.record.phase": "Phase, in der das Projekt lief (Standard: die Phase des Plans).",
    "cli.help.record.project": "Das Projekt, wie der Plan es nennt (seine Kennung).",
    "cli.help.record.result": (
        "Was geschehen ist; cancelled = hat nicht stattgefunden (ändert kein Vertrauen)."
    ),
    "cli.help.record.participants": (
        "Die Mitglieder, die wirklich teilgenommen haben (ihre Kennungen), falls nicht die "
        "geplanten."
    ),
    "cli.help.record.scenario": "Szenariodatei: --participants gegen alle ihre Mitglieder prüfen.",
    # help: strategies
    "cli.help.strategies": (
        "Planungsstrategien für FILE über wiederholte Durchläufe des Fahrplans vergleichen.\n\n"
        "`lookahead` (den Weg planen, eine Phase festlegen), `one-phase`, `optimal` (der Planer "
        "vor der Vorausschau), `big-bang` (Vertrauen außer Acht lassen), `greedy`, `random` und "
        "`no-fairness`: erbrachter Nutzen (Gewicht des Bedarfs x Nutzen gelungener Projekte), "
        "Nutzen je 1.000 an Geld, erreichte Mitglieder, Anteil der Mitglieder im größten "
        "zusammenhängenden Teil des Netzwerks (wer mit wem gearbeitet hat), Vertrauen im Cluster "
        "am Ende, gelungene Projekte, höchste Ambition, ausgegebenes Geld und der größte "
        "Unterschied zwischen den bedienten Anteilen zweier Wettbewerber."
    ),
    "cli.help.strategies.replications": (
        "Durchläufe des Fahrplans je Strategie (dieselben Startwerte für jede Strategie)."
    ),
    "cli.help.strategies.strategy": (
        "Nur diese Strategien vergleichen (mehrfach möglich; Standard: alle)."
    ),
    "cli.help.strategies.equal-money": (
        "Jeder Strategie dasselbe Geld für den ganzen Fahrplan geben: die niedrigsten mittleren "
        "Ausgaben der verglichenen Strategien (aus einem ersten Durchgang) oder --money-cap; nicht "
        "ausgegebenes Geld wird übertragen."
    ),
    "cli.help.strategies.money-cap": "Geld für den ganzen Fahrplan, für jede Strategie gleich.",
    "cli.help.strategies.neutral": (
        "Neutrale Simulation: gleiche Erfolgschancen, keine Wirkung von Vertrauen, Größe oder "
        "Ambition."
    ),
    "cli.help.strategies.markdown": "Die Tabelle als Markdown ausgeben.",
    "cli.help.strategies.json": (
        "Zusätzlich die Zahlen jedes Durchlaufs als JSON schreiben („-“: Standardausgabe)."
    ),
    # help: batch, compare
    "cli.help.batch": (
        "Jede Kombination aus Szenario, Variante, Gitterpunkt, Strategie und Wiederholung von "
        "SPEC rechnen.\n\n"
        "Jeder fertige Durchlauf wird sofort in der Ergebnisdatei gespeichert; die Reihe lässt "
        "sich jederzeit anhalten (Strg-C) und später mit --resume fortsetzen. Verglichen werden "
        "die Ergebnisse mit `trustmatch compare RESULTS.sqlite --by strategy`."
    ),
    "cli.help.batch.out": "SQLite-Ergebnisdatei (wird angelegt, falls sie fehlt).",
    "cli.help.batch.jobs": "Gleichzeitig arbeitende Prozesse (Standard: alle Prozessorkerne).",
    "cli.help.batch.executor": (
        "Wo die Durchläufe laufen: in diesem Prozess, in mehreren lokalen Prozessen oder auf einem "
        "Dask-Rechnerverbund."
    ),
    "cli.help.batch.dask-address": (
        "Ein laufender Dask-Scheduler (Standard bei --executor dask: ein lokaler Rechnerverbund)."
    ),
    "cli.help.batch.resume": (
        "Eine unterbrochene Reihe fortsetzen: gespeicherte Durchläufe überspringen."
    ),
    "cli.help.batch.quiet": "Ohne Fortschrittsbalken.",
    "cli.help.compare": (
        "Die Durchläufe einer Reihe vergleichen: Mittelwert und 95-%-Intervall (Student-t) je "
        "Gruppe.\n\n"
        "Das Intervall ist Mittelwert ± t(0,975; n-1)·s/√n über die Durchläufe jeder Gruppe; eine "
        "Gruppe aus einem Durchlauf hat kein Intervall. Fehlgeschlagene Durchläufe werden gezählt, "
        "haben aber keine Kennzahlen."
    ),
    "cli.help.compare.by": (
        "Durchläufe gruppieren nach: scenario, override, strategy, replication, parameters oder "
        "dem Pfad mit Punkten eines Gitterparameters."
    ),
    "cli.help.compare.csv": "Zusätzlich eine CSV-Datei hierhin schreiben.",
    "cli.help.compare.phase": "Die letzte Phase jedes Durchlaufs vergleichen oder Phase N.",
    "cli.help.compare.metrics": (
        "Zu zeigende Kennzahlen (Standard: alle): objective, gap, cost, cluster_trust, "
        "projects_chosen, projects_succeeded, ambition_reached, worst_competitor_imbalance, "
        "served_share."
    ),
    # help: report
    "cli.help.report": (
        "Den Bericht für das Clustermanagement schreiben: Zusammenfassung, Projekte, "
        "Abbildungen, Hinweise.\n\n"
        "Ohne --roadmap plant der Bericht die Phasen selbst und simuliert sie --replications-mal "
        "für die Spanne des erwarteten Vertrauens. Die HTML-Datei ist in sich geschlossen: Sie "
        "öffnet sich ohne Internet und lässt sich so, wie sie ist, per E-Mail verschicken. Eine "
        ".pdf-Ausgabe ist derselbe Bericht, auf A4 gedruckt vom Chromium-Browser ohne Fenster "
        "(Paket `chromium` installieren)."
    ),
    "cli.help.report.roadmap": (
        "Diesen Fahrplan verwenden (geschrieben von `trustmatch roadmap --json`), statt einen zu "
        "berechnen."
    ),
    "cli.help.report.ledger": (
        "Den Fahrplan nach den in diesem Projektbuch festgehaltenen Ergebnissen beginnen."
    ),
    "cli.help.report.book": (
        "Das Buch des Clustermanagements (Kennzahlen je Periode) in den Abschnitt zum Netzwerk "
        "aufnehmen."
    ),
    "cli.help.report.batch": (
        "Den Vergleich der Strategien aus diesen Ergebnissen einer Reihe aufnehmen."
    ),
    "cli.help.report.replications": (
        "Simulierte Durchläufe hinter der Spanne des Vertrauens (wenn der Fahrplan berechnet "
        "wird)."
    ),
    "cli.help.report.phases": (
        "Phasen des berechneten Fahrplans (Standard: die Phasen des Szenarios)."
    ),
    "cli.help.report.time-limit": (
        "Sekunden des Optimierers je Phase des berechneten Fahrplans (Standard: wie im Szenario "
        "festgelegt); ein kleinerer Wert liefert den Bericht eines großen Clusters früher."
    ),
    "cli.help.report.lang": (
        "Sprache des Berichts: en (Englisch) oder de (Deutsch); Standard: das --lang vor dem "
        "Befehl, sonst die Spracheinstellung des Systems."
    ),
    "cli.help.report.format": (
        "html (eine in sich geschlossene Datei), md (Markdown mit PNG-Abbildungen in einem Ordner "
        "daneben) oder pdf (A4, gedruckt vom Chromium-Browser ohne Fenster). Standard: nach der "
        "Endung der Ausgabedatei, sonst html."
    ),
    "cli.help.report.output": (
        "Zu schreibende Datei, z. B. bericht.html, bericht.md oder bericht.pdf."
    ),
    # help: survey-template, import-survey
    "cli.help.survey-template": (
        "Die Arbeitsmappe der Bedarfsumfrage PATH (.xlsx) zum Verschicken an die Mitglieder "
        "schreiben.\n\n"
        "Blätter: Anleitung, Mitglieder (Name, Art, Märkte, Beschäftigte), Bedarfe (in den eigenen "
        "Worten der Mitglieder, Wichtigkeit 1-5), bekannte Wettbewerber und frühere Zusammenarbeit "
        "(freiwillig), mit Auswahllisten. Ausfüllen lassen, dann `trustmatch import-survey PATH -o "
        "cluster.yaml --budget N`."
    ),
    "cli.help.import-survey": (
        "Eine ausgefüllte Umfrage (SURVEY.xlsx oder SURVEY.csv eines Webformulars) in ein "
        "Szenario umwandeln.\n\n"
        "Das Szenario enthält die Mitglieder mit aus ihren Namen gebildeten Kennungen, ihre "
        "Bedarfe in ihren eigenen Worten (Gewicht = Wichtigkeit), die genannten Wettbewerber und "
        "frühere Zusammenarbeit, die Standard-Projektarten und das Budget (und die Stunden) je "
        "Phase. Jedes Problem wird an seiner Zelle gemeldet, alle auf einmal (Rückgabewert 2). "
        "CSV-Spalten: Name, Art, Märkte, Größe, Bedarf 1, Wichtigkeit 1, Bedarf 2, Wichtigkeit 2, "
        "..., Wettbewerber, Zusammenarbeit (englische Spaltenköpfe gehen auch; mehrere Namen in "
        "einer Zelle durch „;“ getrennt)."
    ),
    "cli.help.import-survey.output": "Zu schreibende Szenariodatei (- für die Standardausgabe).",
    "cli.help.import-survey.budget": "Geld je Phase (Halbjahr) für gemeinsame Projekte, in Euro.",
    "cli.help.import-survey.hours": (
        "Stunden des Clustermanagements je Phase für Projekte (Standard: nicht eingeplant)."
    ),
    "cli.help.import-survey.name": (
        "Name des Szenarios (Standard: aus dem Dateinamen der Umfrage gebildet)."
    ),
    "cli.help.import-survey.lang": (
        "Sprache der Bezeichnungen, Kommentare und Meldungen (Standard: das --lang vor dem Befehl, "
        "sonst die der Umfrage)."
    ),
    "cli.help.import-survey.force": "Die Ausgabedatei überschreiben, falls vorhanden.",
    # help: app
    "cli.help.app": (
        "Die Web-Anwendung für den Ordner FOLDER öffnen (Standard: der aktuelle): Cluster, "
        "Pläne, Ergebnisse, Bericht.\n\n"
        "FOLDER enthält die Szenariodateien (NAME.yaml); die Anwendung legt das Projektbuch jedes "
        "Clusters (NAME.ledger.yaml) und den letzten Plan (NAME.plan.json) daneben, damit die "
        "Befehlszeile mit denselben Dateien weiterarbeiten kann. FOLDER darf auch eine einzelne "
        "Szenariodatei sein: Die Anwendung öffnet dann diese."
    ),
    "cli.help.app.port": (
        "Port, auf dem die Anwendung lauscht (ein anderer freier, falls er belegt ist; 0: "
        "irgendein freier Port)."
    ),
    "cli.help.app.host": (
        "Auf dieser Adresse statt 127.0.0.1 lauschen, z. B. 0.0.0.0 für das Büronetz. Dann wird "
        "ein Zugangsschlüssel ausgegeben, den jeder Browser vorweisen muss."
    ),
    "cli.help.app.no-browser": "Den Browser nicht öffnen.",
    "cli.help.app.replications": (
        "Simulierte Durchläufe hinter der Spanne des erwarteten Vertrauens jedes Plans."
    ),
    # help: book
    "cli.help.book": (
        "Das Buch des Clustermanagements: Kennzahlen je Periode und das Netzwerk der "
        "Mitglieder.\n\n"
        "Das Buch (eine YAML-Datei neben dem Projektbuch) wächst nur: die Kennzahlen des Clusters "
        "und die von Mitgliedern gemeldeten Kennzahlen je Periode (Phase) erfassen; `trustmatch "
        "book show` stellt sie dann neben die Projekte des Projektbuchs und vermisst das Netzwerk."
    ),
    "cli.help.book.record": (
        "Kennzahlen einer Periode im Buch BOOK erfassen (wird angelegt, falls es fehlt).\n\n"
        "Kennzahlen des Clusters: members, members_joined, members_left, events_held, "
        "event_participants, projects_run, projects_succeeded, funding_raised_eur, "
        "press_mentions, fair_appearances, international_contacts, satisfaction, "
        "satisfaction_responses.\n\n"
        "Kennzahlen eines Mitglieds (mit --member; eine Zahl oder eine Spanne VON..BIS, z. B. "
        "revenue_growth_pct=5..10): revenue_growth_pct, production_growth_pct, sick_leave_pct, "
        "employees, rnd_staff, export_share_pct, satisfaction (1-5)."
    ),
    "cli.help.book.record.scenario": (
        "Die Szenariodatei des Clusters (Mitglieder und Phasen werden an ihr geprüft)."
    ),
    "cli.help.book.record.period": "Die Periode (Phase), zu der die Kennzahlen gehören.",
    "cli.help.book.record.member": (
        "Das Mitglied, dessen Kennzahlen es sind (seine Kennung; weglassen für die des Clusters)."
    ),
    "cli.help.book.import": (
        "Die Kennzahlen der Mitglieder aus dem Kennzahlen-Blatt einer Umfrage-Arbeitsmappe im "
        "Buch BOOK erfassen.\n\n"
        "Eine Zeile je Mitglied: Zahlen oder Spannen wie 5-10, <10 oder >10, wo ein Mitglied die "
        "genaue Zahl nicht nennen möchte. Alle Zeilen werden zusammen erfasst oder keine, wenn "
        "eine Zelle falsch ist."
    ),
    "cli.help.book.import.survey": (
        "Die ausgefüllte Umfrage-Arbeitsmappe (ihr Blatt Kennzahlen / Indicators)."
    ),
    "cli.help.book.import.scenario": (
        "Die Szenariodatei des Clusters (Mitglieder werden über den Namen zugeordnet)."
    ),
    "cli.help.book.import.period": "Die Periode (Phase), zu der die Kennzahlen gehören.",
    "cli.help.book.show": (
        "Das Netzwerk je Phase zeigen und, mit BOOK, die Kennzahlen neben den Aktivitäten.\n\n"
        "Mit --ledger wird das Netzwerk aus den Projekten vermessen, die wirklich stattgefunden "
        "haben; mit --forecast N folgen die nächsten N simulierten Phasen des Fahrplans, als "
        "Vorhersage gekennzeichnet."
    ),
    "cli.help.book.show.scenario": "Die Szenariodatei des Clusters.",
    "cli.help.book.show.ledger": (
        "Das Projektbuch der festgehaltenen Projekte (wer wirklich zusammengearbeitet hat)."
    ),
    "cli.help.book.show.forecast": (
        "N simulierte Phasen nach den erfassten anfügen (eine Vorhersage, als solche "
        "gekennzeichnet)."
    ),
    "cli.help.book.show.seed": "Startwert der simulierten Phasen (Standard: der des Szenarios).",
    "cli.help.book.show.json": "Zusätzlich alles als JSON schreiben (- für die Standardausgabe).",
    # help: meetings
    "cli.help.meetings": (
        "Für jedes Projekt aus PLAN.json einen Termin für das Auftakttreffen vorschlagen und "
        "die Einladungen schreiben.\n\n"
        "Jedes Projekt erhält den frühesten Tag seiner Phase, an dem alle Teilnehmenden kommen "
        "können (die Wochentage für Treffen aus dem Szenario, standardmäßig Dienstag bis "
        "Donnerstag um 10:00 Uhr; die Wochentage und Daten, an denen Mitglieder verhindert sind; "
        "niemand hat zwei Auftakttreffen an einem Tag). Eine .ics-Datei je Projekt sowie "
        "participants.csv / participants.xlsx für Serienbriefe werden in den Ordner geschrieben."
    ),
    "cli.help.meetings.scenario": (
        "Die Szenariodatei des Clusters (Verfügbarkeit der Mitglieder, Kalender)."
    ),
    "cli.help.meetings.phase": (
        "Phase einer Plandatei mit mehreren Phasen (Standard: die einzige Phase des Plans)."
    ),
    "cli.help.meetings.start": (
        "Erster Tag von Phase 1, JJJJ-MM-TT (Standard: wie im Kalender des Szenarios festgelegt)."
    ),
    "cli.help.meetings.out": (
        "Ordner für die Einladungen (.ics) und die Listen der Teilnehmenden (wird angelegt, falls "
        "er fehlt)."
    ),
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
    "plan.contact.planner_choice": (
        "In Phase {phase} war ein Projekt mit {name} zulässig, doch der Plan setzte die Mittel und "
        "die Zeit der Mitglieder für andere Projekte ein."
    ),
    # reasons and whys (issue 15, part 3): the planner's reasons, stored as key + values
    "plan.reason.from_older_result": (
        "Diese Begründung stammt aus einem Plan, den eine ältere Version von trustmatch "
        "gespeichert hat; planen Sie erneut, um sie zu sehen."
    ),
    "plan.why.generated": {
        "one": "Bedient {needs} für {people}; {contacts}; Kosten: {uses}.",
        "other": "Bringt {people} zu {needs} zusammen; {contacts}; Kosten: {uses}.",
    },
    "plan.why.fixed_value": {
        "one": "Beteiligt {people} an einem festen Projekt mit dem Wert {value}; {contacts}; "
        "Kosten: {uses}.",
        "other": "Bringt {people} in einem festen Projekt mit dem Wert {value} zusammen; "
        "{contacts}; Kosten: {uses}.",
    },
    "plan.why.no_need": {
        "one": "Beteiligt {people}, bedient aber keinen genannten Bedarf; {contacts}; Kosten: "
        "{uses}.",
        "other": "Bringt {people} zusammen, bedient aber keinen genannten Bedarf; {contacts}; "
        "Kosten: {uses}.",
    },
    "plan.why.contacts": {"one": "ein neuer Kontakt", "other": "{count} neue Kontakte"},
    "plan.why.no_contacts": "keine neuen Kontakte",
    "plan.why.amount": "{amount} ({resource})",
    "plan.why.no_cost": "keine",
    "plan.reason.dropped": (
        "Zu wenige der anderen interessierten Mitglieder haben mit {name} ein Vertrauen von "
        "mindestens {threshold}, um eine Gruppe von {size} zu bilden."
    ),
    "plan.reason.dropped_rivals": (
        "Zu wenige der anderen interessierten Mitglieder haben mit {name} ein Vertrauen von "
        "mindestens {threshold} (unter Wettbewerbern mindestens {rivals}, da die Sensibilität "
        "des Projekts „{level}“ ist), um eine Gruppe von {size} zu bilden."
    ),
    "plan.reason.dropped_rivals_only": (
        "Zu wenige der anderen interessierten Mitglieder kommen mit {name} für eine Gruppe von "
        "{size} in Frage: Unter Wettbewerbern braucht es ein Vertrauen von mindestens {rivals}, "
        "da die Sensibilität des Projekts „{level}“ ist."
    ),
    "plan.reason.rival_trust": (
        "{name} und {other} stehen im Wettbewerb; ihr gegenseitiges Vertrauen liegt mit {have} "
        "unter den {need}, die Wettbewerber für ein Projekt der Sensibilität „{level}“ brauchen."
    ),
    "plan.reason.rival_trust_more": {
        "one": "{name} und {other} stehen im Wettbewerb; ihr gegenseitiges Vertrauen liegt mit "
        "{have} unter den {need}, die Wettbewerber für ein Projekt der Sensibilität „{level}“ "
        "brauchen (und auch zu einem weiteren teilnehmenden Mitglied reicht das Vertrauen "
        "nicht).",
        "other": "{name} und {other} stehen im Wettbewerb; ihr gegenseitiges Vertrauen liegt "
        "mit {have} unter den {need}, die Wettbewerber für ein Projekt der Sensibilität "
        "„{level}“ brauchen (und auch zu {count} weiteren Teilnehmenden reicht das Vertrauen "
        "nicht).",
    },
    "plan.reason.trust_below": (
        "Das Vertrauen zwischen {name} und {other} liegt mit {have} unter den {need}, die dieses "
        "Projekt braucht."
    ),
    "plan.reason.trust_below_more": {
        "one": "Das Vertrauen zwischen {name} und {other} liegt mit {have} unter den {need}, "
        "die dieses Projekt braucht (und auch zu einem weiteren teilnehmenden Mitglied "
        "reicht es nicht).",
        "other": "Das Vertrauen zwischen {name} und {other} liegt mit {have} unter den {need}, "
        "die dieses Projekt braucht (und auch zu {count} weiteren Teilnehmenden reicht es "
        "nicht).",
    },
    "plan.reason.at_limit": {
        "one": "{name} ist in dieser Phase bereits an einem Projekt beteiligt (Obergrenze: "
        "{limit}).",
        "other": "{name} ist in dieser Phase bereits an {count} Projekten beteiligt "
        "(Obergrenze: {limit}).",
    },
    "plan.reason.full": (
        "Für {name} ist kein Platz mehr: Das Projekt ist voll (höchstens {size} Teilnehmende)."
    ),
    "plan.reason.already_served": {
        "one": "Der Bedarf {needs} von {name} wird bereits durch {projects} bedient.",
        "other": "Die Bedarfe {needs} von {name} werden bereits durch {projects} bedient.",
    },
    "plan.reason.balance_join": (
        "Eine Teilnahme würde in dieser Phase deutlich mehr Bedarfe von {name} bedienen als von "
        "{rival} (beide stehen im Wettbewerb; die bedienten Anteile dürfen höchstens um "
        "{tolerance} voneinander abweichen)."
    ),
    "plan.reason.resource_left": (
        "Für {name} ist zu wenig übrig ({resource}): Ein weiteres Mitglied braucht {needed}, "
        "übrig sind noch {left}."
    ),
    "plan.reason.not_worth_it": (
        "Die Teilnahme von {name} würde den Plan nicht verbessern: Der Aufwand wiegt hier "
        "schwerer als der Nutzen, oder die Kapazität ist in einem anderen Projekt besser "
        "eingesetzt."
    ),
    "plan.reason.pair_too_low": (
        "Das gegenseitige Vertrauen von {name} und {other} beträgt nur {have}; das Projekt "
        "braucht {need}."
    ),
    "plan.reason.pair_too_low_more": {
        "one": "Das gegenseitige Vertrauen von {name} und {other} beträgt nur {have}; das "
        "Projekt braucht {need} (ein solches Paar).",
        "other": "Das gegenseitige Vertrauen von {name} und {other} beträgt nur {have}; das "
        "Projekt braucht {need} (insgesamt {count} solche Paare).",
    },
    "plan.reason.no_group_yet": (
        "Die Projektart „{type}“ braucht {size} Teilnehmende, die einander mindestens "
        "{threshold} vertrauen; unter den {members} interessierten Mitgliedern gibt es eine "
        "solche Gruppe noch nicht."
    ),
    "plan.reason.no_group_yet_rivals": (
        "Die Projektart „{type}“ braucht {size} Teilnehmende, die einander mindestens "
        "{threshold} vertrauen (unter Wettbewerbern mindestens {rivals}, da ihre Sensibilität "
        "„{level}“ ist); unter den {members} interessierten Mitgliedern gibt es eine solche "
        "Gruppe noch nicht."
    ),
    "plan.reason.no_group_yet_rivals_only": (
        "Die Projektart „{type}“ braucht {size} Teilnehmende, und Wettbewerber unter ihnen "
        "brauchen ein gegenseitiges Vertrauen von mindestens {rivals} (da ihre Sensibilität "
        "„{level}“ ist); unter den {members} interessierten Mitgliedern gibt es eine solche "
        "Gruppe noch nicht."
    ),
    "plan.reason.type_unused": (
        "Die Projektart „{type}“ behandelt keinen Bedarf, den ein Mitglied genannt hat."
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
    "themes.join": "{first} und {last}",
    "themes.reason.no-plan": (
        "Für diese Phase wurde innerhalb der Zeitgrenze kein Plan gefunden; zu diesem Bedarf "
        "lässt sich daher noch nichts sagen: Planen Sie erneut mit mehr Zeit (--time-limit)."
    ),
    "themes.reason.no-capacity": (
        "{actor} nimmt an keinen Projekten teil (höchstens 0 Projekte pro Phase)."
    ),
    "themes.reason.not-matched": (
        "{label} passt zu keinem Bedarf des Katalogs, daher behandelt ihn keine Projektart; "
        "er ähnelt {tag_label}: Bitte prüfen Sie die Zuordnung."
    ),
    "themes.reason.no-project-type": (
        "Keine Projektart behandelt {label}; legen Sie dafür eine Projektart (oder ein festes "
        "Projekt) an."
    ),
    "themes.reason.similar": (
        "Kein anderes Mitglied nennt genau diesen Bedarf, aber {other} nennt etwas Ähnliches: "
        "{text} – bitte prüfen Sie die Zuordnung."
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
    "report.summary_cost_item": "{used} der verfügbaren {available} ({resource}, {share})",
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
        "voraussichtlich bei {end} (heute: {start}; mindestens 80 % der {runs} simulierten "
        "Verläufe enden bei diesem Wert)."
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
        "So entsteht der Hinweis: Ein neues Mitglied wird nur empfohlen, wo es die Lösung ist, "
        "also wo kein anderes Mitglied den Bedarf nennt und auch keines der passenden Art ihn "
        "bedienen könnte, oder wo weniger Mitglieder ihn nennen, als das kleinste Projekt dafür "
        "braucht. Jeder andere offene Bedarf hat eine eigene Lösung: Vertrauen, das mit "
        "Einstiegsprojekten wächst, eine höhere Projektgrenze, ein Projekt, das auch das "
        "konkurrierende Mitglied bedient, mehr Mittel, eine Projektart oder zuerst die Nachfrage "
        "bei einem passenden Mitglied. Wen Sie gewinnen sollten, richtet sich zuerst nach dem "
        "Thema des Bedarfs ({topics}); nennen seine Wörter keines dieser Themen, entscheidet, "
        "wer ihn nennt: {stater}."
    ),
    "report.recruit_topic": "{topic} → {who}",
    "report.recruit_stater": (
        "nur Start-ups, Hochschulen, Forschungseinrichtungen, Verbände oder öffentliche Stellen "
        "→ {company}; sonst bei einem sensiblen Bedarf {research}, ansonsten {supplier}"
    ),
    "report.more_reasons": {
        "one": "Ein ähnlicher Grund für ein weiteres Mitglied.",
        "other": "{count} ähnliche Gründe für weitere Mitglieder.",
    },
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
        "one": "ein Wettbewerbspaar, Vertrauen {trust}",
        "other": "{count} Wettbewerbspaare, mittleres Vertrauen {trust}",
    },
    "figures.more_members": {
        "one": "und ein weiteres Mitglied",
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
        "Ergebnisse von {runs} Serienläufen je Strategie: Clustervertrauen am Ende, "
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
    "survey.sheet.instructions": "Anleitung",
    "survey.sheet.members": "Mitglieder",
    "survey.sheet.needs": "Bedarfe",
    "survey.sheet.competitors": "Wettbewerber",
    "survey.sheet.cooperation": "Zusammenarbeit",
    "survey.sheet.lists": "Listen",
    "survey.column.members.name": "Name",
    "survey.column.members.kind": "Art",
    "survey.column.members.markets": "Märkte",
    "survey.column.members.size": "Beschäftigte",
    "survey.column.needs.member": "Mitglied",
    "survey.column.needs.need": "Bedarf (in eigenen Worten)",
    "survey.column.needs.importance": "Wichtigkeit",
    "survey.column.competitors.member": "Mitglied",
    "survey.column.competitors.competitor": "Wettbewerber",
    "survey.column.cooperation.member": "Mitglied",
    "survey.column.cooperation.partner": "Partner",
    "survey.column.cooperation.experience": "Erfahrung",
    "survey.hint.members.name": "Der Name, unter dem alle das Mitglied kennen, z. B. "
    "Sägewerk Keller GmbH.",
    "survey.hint.members.kind": "Aus der Liste wählen: Unternehmen, Start-up, Zulieferer, "
    "Hochschule, Forschungseinrichtung, Verband oder öffentliche Einrichtung.",
    "survey.hint.members.markets": "Die Märkte, auf denen das Mitglied verkauft, durch Kommas "
    "getrennt (Firmen auf demselben Markt gelten als Wettbewerber).",
    "survey.hint.members.size": "Zahl der Beschäftigten (freiwillig).",
    "survey.hint.needs.member": "Das Mitglied aus der Liste wählen (Namen aus dem Blatt "
    "Mitglieder).",
    "survey.hint.needs.need": "Ein Bedarf je Zeile, in eigenen Worten, z. B. „Wir finden "
    "keine Auszubildenden“.",
    "survey.hint.needs.importance": "Wie wichtig der Bedarf ist: 1 (etwas) bis 5 (sehr).",
    "survey.hint.competitors.member": "Ein Mitglied, das ein anderes als Wettbewerber sieht.",
    "survey.hint.competitors.competitor": "Das Mitglied, mit dem es im Wettbewerb steht.",
    "survey.hint.cooperation.member": "Ein Mitglied, das schon mit einem anderen "
    "zusammengearbeitet hat.",
    "survey.hint.cooperation.partner": "Das Mitglied, mit dem es zusammengearbeitet hat.",
    "survey.hint.cooperation.experience": "Wie die Zusammenarbeit lief: gut, gemischt oder "
    "schlecht.",
    "survey.kind.company": "Unternehmen",
    "survey.kind.startup": "Start-up",
    "survey.kind.supplier": "Zulieferer",
    "survey.kind.university": "Hochschule",
    "survey.kind.research": "Forschungseinrichtung",
    "survey.kind.association": "Verband",
    "survey.kind.public": "Öffentliche Einrichtung",
    "survey.experience.good": "gut",
    "survey.experience.mixed": "gemischt",
    "survey.experience.poor": "schlecht",
    "survey.csv.need": "Bedarf",
    "survey.csv.importance": "Wichtigkeit",
    "survey.csv.competitors": "Wettbewerber",
    "survey.csv.cooperation": "Frühere Zusammenarbeit",
    "survey.need.skilled-workers": "Fachkräfte und Auszubildende gewinnen und halten",
    "survey.need.visibility": "Regionale und internationale Sichtbarkeit",
    "survey.need.training": "Weiterbildung und Qualifizierung",
    "survey.need.sustainability": "Nachhaltigkeit und Kreislaufwirtschaft",
    "survey.need.purchasing": "Kosten senken durch gemeinsamen Einkauf",
    "survey.need.energy-costs": "Energiekosten senken, Energie effizienter nutzen",
    "survey.need.digitalisation": "Digitalisierung von Abläufen und Produkten",
    "survey.need.new-markets": "Neue Märkte und Auslandsmärkte erschließen",
    "survey.need.innovation": "Forschung, Entwicklung und neue Produkte",
    "survey.type.workshop": "Workshop zum Erfahrungsaustausch",
    "survey.type.company-visits": "Betriebsbesichtigungen: Mitglieder besuchen einander",
    "survey.type.open-day": "Gemeinsamer Tag der offenen Tür für Schüler, Studierende und "
    "Öffentlichkeit",
    "survey.type.joint-training": "Gemeinsame Weiterbildung",
    "survey.type.joint-purchasing": "Gemeinsamer Einkauf (Energie, Material, Dienstleistungen)",
    "survey.type.trade-fair-booth": "Gemeinschaftsstand auf einer Messe",
    "survey.type.joint-pilot": "Gemeinsames Pilotprojekt (Digitalisierung, Energie, "
    "Nachhaltigkeit)",
    "survey.type.joint-market-entry": "Gemeinsame Erschließung eines neuen oder ausländischen "
    "Marktes",
    "survey.type.joint-rnd": "Gemeinsames Forschungs- und Entwicklungsprojekt",
    "survey.instructions.title": "Bedarfsumfrage des Clusters",
    "survey.instructions.purpose": "Mit dieser Umfrage erfährt das Clustermanagement, was jedes "
    "Mitglied braucht. Wo sich Bedarfe überschneiden, schlägt es kleine gemeinsame "
    "Startprojekte vor (einen Workshop, Betriebsbesichtigungen, einen Tag der offenen Tür) und, "
    "sobald Vertrauen gewachsen ist, anspruchsvollere bis hin zu gemeinsamer Forschung und "
    "Entwicklung.",
    "survey.instructions.members": "Blatt „Mitglieder“: eine Zeile je Mitglied mit Name, Art "
    "(aus der Liste wählen), den Märkten, auf denen es verkauft, und auf Wunsch der Zahl der "
    "Beschäftigten.",
    "survey.instructions.needs": "Blatt „Bedarfe“: eine Zeile je Bedarf. Das Mitglied aus der "
    "Liste wählen und den Bedarf in eigenen Worten beschreiben, so wie man es einer Kollegin "
    "oder einem Kollegen sagen würde; jedes Mitglied kann beliebig viele Bedarfe nennen.",
    "survey.instructions.importance": "Wichtigkeit: 1 heißt „wäre schön“, 5 heißt „für uns "
    "sehr wichtig“.",
    "survey.instructions.competitors": "Blatt „Wettbewerber“ (freiwillig): Paare von "
    "Mitgliedern, die miteinander im Wettbewerb stehen, auch über einen gemeinsamen Markt "
    "hinaus. Kein Projekt verschafft dann einem von beiden einen Vorteil auf Kosten des anderen.",
    "survey.instructions.cooperation": "Blatt „Zusammenarbeit“ (freiwillig): Paare von "
    "Mitgliedern, die schon zusammengearbeitet haben, und wie es lief (gut, gemischt oder "
    "schlecht).",
    "survey.instructions.confidential": "Die Angaben nutzt nur das Clustermanagement, um "
    "gemeinsame Projekte zu planen. Bitte die Blätter und die Überschriften in der ersten Zeile "
    "nicht umbenennen.",
    "survey.instructions.import": "Für das Clustermanagement: trustmatch import-survey "
    "DIESE-DATEI.xlsx -o cluster.yaml --budget 30000 --hours 200",
    "survey.template.required": " (Pflichtfeld)",
    "survey.template.invalid.kinds": "Bitte eine Art aus der Liste wählen.",
    "survey.template.invalid.importance": "Bitte eine ganze Zahl von 1 bis 5 angeben.",
    "survey.template.invalid.experience": "Bitte gut, gemischt oder schlecht wählen.",
    "survey.template.invalid.members": "Bitte ein Mitglied aus dem Blatt Mitglieder wählen.",
    "survey.error.folder": "ist ein Ordner, keine Umfragedatei",
    "survey.error.no_file": "Datei nicht gefunden",
    "survey.error.unreadable": "kann nicht gelesen werden: {reason}",
    "survey.error.file_too_large": "die Datei ist {size} MB groß; Umfragedateien dürfen "
    "höchstens {limit} MB groß sein",
    "survey.error.not_xlsx": "keine Excel-Arbeitsmappe (.xlsx) und keine CSV-Datei; die "
    "Umfrage bitte als .xlsx speichern oder das Formular als .csv exportieren",
    "survey.error.zip_entries": "die Arbeitsmappe besteht aus {count} Teilen; erlaubt sind "
    "höchstens {limit}",
    "survey.error.zip_too_large": "die Arbeitsmappe ist entpackt {size} MB groß; erlaubt sind "
    "höchstens {limit} MB",
    "survey.error.broken_xlsx": "die Arbeitsmappe lässt sich nicht öffnen ({reason}); bitte im "
    "Tabellenprogramm öffnen und erneut als .xlsx speichern",
    "survey.error.no_members_sheet": "kein Blatt mit den Mitgliedern: erwartet wird ein Blatt "
    "namens {expected}, vorhanden sind {found}",
    "survey.error.missing_column": "keine Spalte „{column}“ in der ersten Zeile; bitte die "
    "Überschriften der Vorlage beibehalten",
    "survey.error.too_many_rows": "mehr als {limit} Zeilen; eine Umfrage darf höchstens {limit} "
    "Zeilen je Blatt haben",
    "survey.error.binary": "keine Textdatei; bitte das Formular als CSV exportieren",
    "survey.error.csv_syntax": "die CSV-Datei ist hier nicht lesbar: {reason}",
    "survey.error.empty": "die Datei ist leer",
    "survey.error.required": "{column} fehlt",
    "survey.error.too_long": "zu lang ({length} Zeichen, höchstens {limit})",
    "survey.error.size": "die Zahl der Beschäftigten muss eine ganze Zahl sein (angegeben: "
    "{got})",
    "survey.error.importance": "die Wichtigkeit muss 1 bis 5 sein (angegeben: {got})",
    "survey.error.kinds": "unbekannte Art {got}; möglich sind: {options}",
    "survey.error.experience": "unbekannte Angabe {got}; möglich sind: {options}",
    "survey.error.duplicate_member": "„{name}“ steht zweimal in der Liste (zuerst in {first})",
    "survey.error.too_many_members": "mehr als {limit} Mitglieder; eine Umfrage darf höchstens "
    "{limit} Mitglieder enthalten",
    "survey.error.no_members": "keine Mitglieder: bitte mindestens eine Zeile der Mitglieder "
    "ausfüllen",
    "survey.error.did_you_mean": "; gemeint ist vielleicht „{name}“?",
    "survey.error.unknown_member": "unbekanntes Mitglied {name}: nicht unter den Mitgliedern"
    "{hint}",
    "survey.error.self_pair": "„{name}“ ist mit sich selbst gepaart",
    "survey.error.budget": "das Budget muss ein Betrag in Euro sein, 0 oder mehr",
    "survey.error.hours": "die Stunden müssen eine Zahl sein, 0 oder mehr",
    "survey.error.name": "der Name darf nicht leer sein, nicht mit Leerzeichen beginnen oder "
    "enden und höchstens 200 Zeichen lang sein",
    "survey.error.more": {
        "one": "... und {count} weiteres Problem",
        "other": "... und {count} weitere Probleme",
    },
    "survey.error.summary": {
        "one": "{file} kann nicht importiert werden ({count} Fehler)",
        "other": "{file} kann nicht importiert werden ({count} Fehler)",
    },
    "survey.warning.unknown_column": "die Spalte „{column}“ wird nicht gelesen; gemeint ist "
    "vielleicht „{suggestion}“?",
    "survey.warning.no_needs": "„{name}“ nennt keinen Bedarf und kann erst an Projekten "
    "teilnehmen, wenn ein Bedarf eingetragen ist",
    "survey.yaml.header": "Das Cluster laut Bedarfsumfrage {source}: {members}, {needs}.\n"
    "Geschrieben von `trustmatch import-survey`. Prüfen und die ersten Projekte planen:\n\n"
    "    trustmatch validate DIESE-DATEI\n    trustmatch plan DIESE-DATEI\n\nDie Bedarfe stehen "
    "in den Worten der Mitglieder; ihr Gewicht ist die Wichtigkeit (1-5) aus der Umfrage.\n"
    "Projektarten und Bedarfskatalog unten sind die Vorgaben von trustmatch: Kosten, "
    "Vertrauensschwellen und Bezeichnungen bitte an das Cluster anpassen.",
    "survey.yaml.members": {"one": "{count} Mitglied", "other": "{count} Mitglieder"},
    "survey.yaml.needs": {"one": "{count} Bedarf", "other": "{count} Bedarfe"},
    "survey.yaml.description": "Importiert aus der Bedarfsumfrage {source}.",
    "survey.yaml.seed": "gleicher Startwert, gleiche Ergebnisse",
    "survey.yaml.phases": "Planungsabschnitte, z. B. Halbjahre",
    "survey.yaml.resources": "verfügbar in jedem Abschnitt",
    "survey.yaml.budget": "Euro für gemeinsame Projekte (--budget)",
    "survey.yaml.hours": "Stunden des Clustermanagements für Projekte (--hours)",
    "survey.yaml.objective": "wie viel jeder Teil eines Plans zählt",
    "survey.yaml.need_value": "je Punkt Wichtigkeit eines erfüllten Bedarfs",
    "survey.yaml.new_contacts": "je Paar von Mitgliedern, das zum ersten Mal zusammenarbeitet",
    "survey.yaml.cost": "je ausgegebenem Euro",
    "survey.yaml.actors": "die Mitglieder; der Kommentar zeigt, woher sie in der Umfrage stammen",
    "survey.yaml.member_needs": "in den Worten des Mitglieds; Gewicht = Wichtigkeit",
    "survey.yaml.derive": "Firmen auf demselben Markt sind Wettbewerber",
    "survey.yaml.pairs": "in der Umfrage genannte Wettbewerber",
    "survey.yaml.tolerance": "größter Unterschied der erfüllten Bedarfsanteile von Wettbewerbern",
    "survey.yaml.prior_mean": "Vertrauen zwischen Mitgliedern ohne gemeinsame Projekte (0-1)",
    "survey.yaml.prior_strength": "wie fest diese Annahme ist",
    "survey.yaml.known": "in der Umfrage genannte frühere Zusammenarbeit",
    "survey.yaml.catalogue": "Bedarfskatalog: die Worte der Mitglieder werden diesen zugeordnet",
    "survey.yaml.project_types": "vom Startprojekt (Anspruch 1) bis zur gemeinsamen F&E (4)",
    "survey.yaml.overrides": "Was wäre, wenn: trustmatch plan DIESE-DATEI --override half-budget",
    "survey.cli.template_written": "Umfrage-Arbeitsmappe {path} geschrieben; an die Mitglieder "
    "senden, danach: trustmatch import-survey {path} -o cluster.yaml --budget 30000",
    "survey.cli.imported": "{path} geschrieben ({members}, {needs}); weiter mit: "
    "trustmatch plan {path}",
    "survey.cli.exists": "gibt es schon; bitte einen anderen Namen wählen oder mit --force "
    "überschreiben",
    "survey.cli.cannot_write": "kann nicht geschrieben werden: {reason}",
    "survey.cli.nothing_written": "Nichts geschrieben",
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
    "app.plan.used": "{used} von {available}",
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
    "app.plan.serves": "Deckt ab",
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
    "app.plan.trust_band": "Spanne in 8 von 10 simulierten Durchläufen",
    "app.plan.band": "{low} bis {high}",
    "app.plan.figures": "Fahrplan, Grafiken und vollständiger Bericht",
    "app.plan.running_title": "Phase {phase} wird geplant",
    "app.plan.running_note": (
        "Sie können diese Seite verlassen; die Planung läuft weiter und der Plan erscheint auf "
        "der Seite des Clusters."
    ),
    "app.plan.queued": "Wartet auf den Start …",
    "app.plan.progress": {
        "one": "Simulierte Durchläufe: {done} von {count} fertig",
        "other": "Simulierte Durchläufe: {done} von {count} fertig",
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
    "app.member.capacity": "Projekte je Phase (höchstens)",
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
        "one": "{count} beschäftigte Person",
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
    "app.member.delivered": "Bisher erreicht",
    "app.member.delivered_level": "durch ein gelungenes Projekt der Stufe {level} (Phase {phase})",
    "app.member.delivered_note": (
        "Ein weiteres Projekt zu einem dieser Bedarfe zählt nur mit dem voll, was es über diese "
        "Stufe hinaus bringt; der Rest zählt zu {share}."
    ),
    "app.member.not_again": (
        "in Phase {phase} nicht noch einmal mit denselben Mitgliedern; danach wieder möglich"
    ),
    "app.budgets.title": "Budgets je Phase",
    "app.budgets.lead": "Was der Cluster in jeder Phase für gemeinsame Projekte aufwenden kann.",
    "app.budgets.edit": "Budgets ändern",
    "app.resource.budget_eur": "Budget",
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
    "app.type.min": "Teilnehmende (mindestens)",
    "app.type.max": "Teilnehmende (höchstens)",
    "app.type.max_below_min": "Darf nicht unter der Mindestzahl der Teilnehmenden liegen.",
    "app.type.trust": "Nötiges Vertrauen",
    "app.type.success": "Erfolgsaussicht",
    "app.type.share_hint": "Zwischen 0 und 1, z. B. 0,5.",
    "app.type.fixed": "Fest",
    "app.type.per": "Je Teilnahme",
    "app.type.gone": "Diese Projektart steht nicht mehr in der Datei.",
    "app.kind.company": "Unternehmen",
    "app.kind.startup": "Start-up",
    "app.kind.supplier": "Zulieferbetrieb",
    "app.kind.university": "Hochschule",
    "app.kind.research": "Forschungseinrichtung",
    "app.kind.association": "Verband",
    "app.kind.public": "Öffentliche Einrichtung",
    "app.field.required": "Bitte ausfüllen.",
    "app.field.too_long": "Höchstens {limit} Zeichen.",
    "app.field.not_a_number": "Bitte geben Sie eine Zahl ein.",
    "app.field.whole_number": "Bitte geben Sie eine ganze Zahl ein.",
    "app.field.at_least": "Muss mindestens {limit} sein (eingegeben: {value}).",
    "app.field.at_most": "Darf höchstens {limit} sein (eingegeben: {value}).",
    "app.field.above": "Muss größer als {limit} sein (eingegeben: {value}).",
    "app.field.choose": "Bitte wählen Sie eine der Möglichkeiten.",
    "app.field.names": "Bitte verwenden Sie in jedem Namen Buchstaben oder Ziffern.",
    "app.edit.save": "Speichern",
    "app.edit.cancel": "Abbrechen",
    "app.edit.conflict": (
        "Nicht gespeichert: Die Datei wurde inzwischen geändert (in einem anderen Tab oder "
        "außerhalb der App). Laden Sie die Seite neu, um den aktuellen Stand zu sehen, und nehmen"
        " Sie Ihre Änderung dann erneut vor."
    ),
    "app.edit.reload": "Mit dem aktuellen Stand neu laden",
    "app.figures.title": "Fahrplan, Grafiken und Bericht",
    "app.figures.frame": "Der Bericht des Clusters",
    "app.report.download_html": "Bericht herunterladen (HTML)",
    "app.report.download_pdf": "Bericht herunterladen (PDF)",
    "app.report.pdf_failed": (
        "Die PDF-Datei ließ sich hier nicht erstellen; der HTML-Bericht enthält dasselbe."
    ),
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
    'book.survey_no_sheet': (
        'die Arbeitsmappe hat kein Blatt „Kennzahlen“ (oder „Indicators“); bitte mit '
        '`trustmatch survey-template` eine neue Vorlage schreiben und ihr Blatt Kennzahlen '
        'ausfüllen'
    ),
    'book.survey_unknown_member': (
        '„{name}“ ist kein Mitglied dieses Clusters (bitte den Namen vom Blatt Mitglieder '
        'verwenden)'
    ),
    'book.survey_bad_cell': (
        'muss eine Zahl oder eine Spanne wie 5-10, <10 oder >10 sein (angegeben: „{got}“)'
    ),
    'book.survey_note': 'aus der Umfrage {file}',
    'book.imported': {
        'one': 'Die Kennzahlen von 1 Mitglied für Periode {period} in {book} eingetragen.',
        'other': (
            'Die Kennzahlen von {count} Mitgliedern für Periode {period} in {book} eingetragen.'
        ),
    },
    'survey.sheet.indicators': 'Kennzahlen',
    'survey.column.indicators.member': 'Mitglied',
    'survey.column.indicators.revenue_growth_pct': 'Umsatzwachstum %',
    'survey.column.indicators.production_growth_pct': 'Produktionswachstum %',
    'survey.column.indicators.sick_leave_pct': 'Krankenstand %',
    'survey.column.indicators.employees': 'Beschäftigte',
    'survey.column.indicators.rnd_staff': 'Beschäftigte in F&E',
    'survey.column.indicators.export_share_pct': 'Exportanteil %',
    'survey.column.indicators.satisfaction': 'Zufriedenheit (1-5)',
    'survey.hint.indicators.member': (
        'Das Mitglied aus der Liste wählen (Namen vom Blatt Mitglieder).'
    ),
    'survey.hint.indicators.revenue_growth_pct': (
        'Wachstum des Jahresumsatzes gegenüber dem Vorjahr in Prozent: eine Zahl (4,5) oder, '
        'wenn lieber, eine Spanne (0-5, <0, >10).'
    ),
    'survey.hint.indicators.production_growth_pct': (
        'Wachstum der Produktion (Menge) gegenüber dem Vorjahr in Prozent: eine Zahl oder eine '
        'Spanne (0-5).'
    ),
    'survey.hint.indicators.sick_leave_pct': (
        'Anteil der Arbeitstage, die durch Krankheit ausfallen, in Prozent: eine Zahl oder eine '
        'Spanne (3-5).'
    ),
    'survey.hint.indicators.employees': (
        'Zahl der Beschäftigten: eine Zahl oder eine Spanne (10-49).'
    ),
    'survey.hint.indicators.rnd_staff': (
        'Beschäftigte in Forschung und Entwicklung: eine Zahl oder eine Spanne (1-5).'
    ),
    'survey.hint.indicators.export_share_pct': (
        'Anteil des Umsatzes im Ausland in Prozent: eine Zahl oder eine Spanne (10-25).'
    ),
    'survey.hint.indicators.satisfaction': (
        'Wie zufrieden sind Sie mit dem Cluster? 1 (gar nicht) bis 5 (sehr).'
    ),
    'survey.instructions.indicators': (
        'Kennzahlen (freiwillig, einmal im Jahr): die Zahlen jedes Mitglieds für das Buch des '
        'Clustermanagements – Umsatz- und Produktionswachstum, Krankenstand, Beschäftigte, '
        'Beschäftigte in F&E, Exportanteil und Zufriedenheit mit dem Cluster. Wo genaue Zahlen '
        'vertraulich sind, genügen Spannen wie 5-10; Zahlen werden nur für Gruppen von '
        'mindestens drei Mitgliedern gezeigt.'
    ),
    'book.file_header': (
        'trustmatch-Buch: die Kennzahlen des Clusters je Periode (Phase), geführt vom '
        'Clustermanagement.\n'
        'Nur anfügen: Einträge mit `trustmatch book record` ergänzen; frühere Einträge nicht '
        'ändern oder löschen.'
    ),
    'book.malformed': 'Das Buch ist fehlerhaft',
    'book.missing': 'Das Buch fehlt',
    'book.does_not_fit': 'Das Buch passt nicht zum Szenario',
    'book.not_recorded': 'Es wurde nichts eingetragen',
    'book.error_empty': 'das Buch ist leer; es braucht „scenario“ und „entries“',
    'book.error_not_mapping': 'ein Buch muss eine Zuordnung mit „scenario“ und „entries“ sein',
    'book.error_unknown_key': (
        'unbekannter Schlüssel (bitte die Schreibweise prüfen; das Format des Buchs steht in '
        "der README, Abschnitt „The manager's book“)"
    ),
    'book.error_missing': 'fehlt',
    'book.error_at_least': 'muss mindestens {bound} sein (angegeben: {got})',
    'book.error_at_most': 'darf höchstens {bound} sein (angegeben: {got})',
    'book.error_number': 'muss eine Zahl sein (angegeben: {got!r})',
    'book.error_whole_number': 'muss eine ganze Zahl sein (angegeben: {got!r})',
    'book.error_figure': 'muss eine Zahl oder eine Spanne [von, bis] sein (angegeben: {got!r})',
    'book.error_no_file': 'diese Buchdatei gibt es nicht',
    'book.error_band_no_end': 'eine Spanne braucht mindestens ein Ende: [von, bis]',
    'book.error_band_order': (
        'das untere Ende {low} der Spanne liegt über ihrem oberen Ende {high}'
    ),
    'book.error_cluster_or_member': (
        'entweder „cluster“ (die Zahlen des Clusters) oder „member“ mit „figures“ angeben'
    ),
    'book.error_member_needs_figures': (
        'der Eintrag eines Mitglieds braucht „figures“ (und kein „cluster“)'
    ),
    'book.error_unreadable': 'das Buch lässt sich nicht lesen: {reason}',
    'book.error_recorded_twice': (
        '{figure} für Periode {period} ist schon in Eintrag {entry} erfasst; das Buch wird nur '
        'ergänzt, nicht geändert'
    ),
    'book.error_other_scenario': 'dieses Buch gehört zum Cluster „{book}“, nicht zu „{scenario}“',
    'book.error_unknown_member': '„{member}“ ist kein Mitglied dieses Clusters',
    'book.error_period_beyond': (
        'Periode {period} liegt nach der letzten Phase des Szenarios ({phases})'
    ),
    'book.cli_figure_form': (
        'jede Kennzahl als NAME=WERT angeben, z. B. events_held=3 oder revenue_growth_pct=5..10'
    ),
    'book.cli_unknown_figure': 'unbekannte Kennzahl{hint}; bekannt sind: {known}',
    'book.did_you_mean': ' (gemeint ist vielleicht „{name}“?)',
    'book.cli_bad_value': (
        'muss eine Zahl (4,2) oder eine Spanne VON..BIS sein (5..10, ..10, 10..) (angegeben: '
        '„{got}“)'
    ),
    'book.the_cluster': 'den Cluster',
    'book.recorded': {
        'one': '1 Kennzahl für {whose} in Periode {period} in {book} eingetragen.',
        'other': '{count} Kennzahlen für {whose} in Periode {period} in {book} eingetragen.',
    },
    'book.comparison_heading_one': (
        'Mitglieder mit und ohne Projektbeteiligung (Periode {period}; Gruppen unter {min} '
        'Mitgliedern werden nicht gezeigt):'
    ),
    'book.network_heading': 'Das Netzwerk der Mitglieder (wer mit wem zusammengearbeitet hat)',
    'book.col_phase': 'Phase',
    'book.col_ties': 'Verbindungen',
    'book.col_density': 'Dichte',
    'book.col_largest': 'Im größten Teil',
    'book.col_isolated': 'Isoliert',
    'book.col_trust': 'Mittleres Vertrauen',
    'book.col_centralisation': 'Zentralisierung',
    'book.phase_before': 'vorher',
    'book.simulated_mark': '(simuliert)',
    'book.simulated_note': (
        'Mit (simuliert) markierte Phasen sind eine Prognose der Roadmap, keine Aufzeichnung.'
    ),
    'book.isolated_line': 'Noch ohne gemeinsames Projekt: {names}.',
    'book.brokers_line': 'Brückenglieder (ohne sie zerfällt das Netzwerk): {names}.',
    'book.kinds_line': 'Verbindungen zwischen Arten von Mitgliedern: {pairs}.',
    'book.nobody': 'niemand',
    'book.names_more': {
        'one': '{names} und 1 weiteres',
        'other': '{names} und {count} weitere',
    },
    'book.kind_company': 'Unternehmen',
    'book.kind_startup': 'Start-up',
    'book.kind_supplier': 'Zulieferbetrieb',
    'book.kind_university': 'Hochschule',
    'book.kind_research': 'Forschungseinrichtung',
    'book.kind_association': 'Verband',
    'book.kind_public': 'öffentliche Stelle',
    'book.effects_heading': 'Was den Cluster vorangebracht hat',
    'book.no_figures': 'keine Kennzahlen des Clusters erfasst',
    'book.period_line': (
        'Periode {period}: {figures}. Aktivitäten: {run} Projekte fanden statt, {succeeded} '
        'davon erfolgreich; {members} Mitglieder nahmen teil; {contacts} neue Kontakte.'
    ),
    'book.comparison_heading': (
        'Mitglieder mit und ohne Projektbeteiligung (Periode {first} → {last}; Gruppen unter '
        '{min} Mitgliedern werden nicht gezeigt):'
    ),
    'book.took_part': 'mit Beteiligung',
    'book.did_not': 'ohne Beteiligung',
    'book.group_suppressed': {
        'one': 'nicht gezeigt (1 Mitglied, weniger als {min})',
        'other': 'nicht gezeigt ({count} Mitglieder, weniger als {min})',
    },
    'book.group_line': {
        'one': '{first} → {last}, Veränderung {change} (1 Mitglied)',
        'other': '{first} → {last}, Veränderung {change} ({count} Mitglieder)',
    },
    'book.not_cause': (
        'Diese Zahlen stehen nebeneinander, sie beweisen keine Ursache: Mitglieder, die sich an '
        'Projekten beteiligen, können sich in vielem von den anderen unterscheiden.'
    ),
    'book.gains_heading': (
        'Projektarten, denen die größten Zuwächse an Vertrauen und Kontakten folgten:'
    ),
    'book.gain_line': {
        'one': (
            '{type}: 1 Projekt, Vertrauen {trust} über die Paare der Teilnehmenden, {contacts} '
            'neue Kontakte'
        ),
        'other': (
            '{type}: {count} Projekte, Vertrauen {trust} über die Paare der Teilnehmenden, '
            '{contacts} neue Kontakte'
        ),
    },
    'book.figure_members': 'Mitglieder',
    'book.figure_members_joined': 'Beitritte',
    'book.figure_members_left': 'Austritte',
    'book.figure_events_held': 'Veranstaltungen',
    'book.figure_event_participants': 'Teilnahmen an Veranstaltungen',
    'book.figure_projects_run': 'durchgeführte Projekte',
    'book.figure_projects_succeeded': 'erfolgreiche Projekte',
    'book.figure_funding_raised_eur': 'eingeworbene Fördermittel (€)',
    'book.figure_press_mentions': 'Presseberichte',
    'book.figure_fair_appearances': 'Messeauftritte',
    'book.figure_international_contacts': 'internationale Kontakte',
    'book.figure_satisfaction': 'Zufriedenheit (1–5)',
    'book.figure_satisfaction_responses': 'Antworten zur Zufriedenheit',
    'book.figure_revenue_growth_pct': 'Umsatzwachstum (%)',
    'book.figure_production_growth_pct': 'Produktionswachstum (%)',
    'book.figure_sick_leave_pct': 'Krankenstand (%)',
    'book.figure_employees': 'Beschäftigte',
    'book.figure_rnd_staff': 'Beschäftigte in Forschung und Entwicklung',
    'book.figure_export_share_pct': 'Exportanteil (%)',
    'book.kickoff_summary': 'Auftakttreffen: {project}',
    'book.kickoff_category': 'Cluster-Auftakt',
    'book.agenda_intro': 'Auftakttreffen des Clusterprojekts „{project}“.',
    'book.agenda_needs': 'Das Projekt greift diese Bedarfe der Mitglieder auf: {needs}.',
    'book.agenda_why': 'Warum es empfohlen wurde: {why}',
    'book.agenda_items': (
        'Tagesordnung: 1. Kennenlernen. 2. Ziele und was jedes Mitglied einbringt. 3. Erste '
        'Schritte, Rollen und Termine. 4. Wie wir uns gegenseitig auf dem Laufenden halten.'
    ),
    'book.agenda_participants': 'Teilnehmende: {names}.',
    'book.meetings_refused': 'Es wurden keine Einladungen geschrieben',
    'book.meetings_other_scenario': (
        'der Plan wurde für den Cluster „{plan}“ erstellt, nicht für „{scenario}“'
    ),
    'book.meetings_no_start': (
        'das Szenario nennt keinen Beginn von Phase 1 (calendar.start): bitte mit --start '
        'JJJJ-MM-TT angeben'
    ),
    'book.cannot_write': 'hier kann nicht geschrieben werden: {reason}',
    'book.meetings_window': 'Auftakttreffen für Phase {phase} ({first} bis {last}):',
    'book.meeting_line': {
        'one': '{project}: {day}, {time} Uhr (1 teilnehmendes Mitglied)',
        'other': '{project}: {day}, {time} Uhr ({count} Teilnehmende)',
    },
    'book.meeting_none': (
        '{project}: kein Tag der Phase passt allen Teilnehmenden (verhindert oder schon '
        'verplant: {names})'
    ),
    'book.meetings_written': {
        'one': (
            '1 Einladung und die Teilnehmerlisten (participants.csv, participants.xlsx) in '
            '{folder} geschrieben.'
        ),
        'other': (
            '{count} Einladungen und die Teilnehmerlisten (participants.csv, participants.xlsx) '
            'in {folder} geschrieben.'
        ),
    },
    'book.xlsx_sheet': 'Teilnehmende',
    'book.fig_panel_before': 'Vor dem ersten Projekt',
    'book.fig_panel_phase': 'Nach Phase {phase}',
    'book.fig_panel_simulated': 'Nach Phase {phase} (simuliert)',
    'book.fig_panel_counts': '{ties} Verbindungen, {isolated} isoliert',
    'book.fig_panels_title': 'Das Netzwerk der Mitglieder, Phase für Phase',
    'book.fig_panels_caption': (
        'Jeder Punkt ist ein Mitglied (Farbe: Art des Mitglieds; roter Rand: noch kein '
        'gemeinsames Projekt), jede Linie verbindet zwei Mitglieder, die zusammengearbeitet '
        'haben. Gestrichelte Linien in simulierten Phasen sind eine Prognose.'
    ),
    'book.fig_simulated_legend': 'Prognose (simuliert)',
    'book.fig_recorded_legend': 'erfasst',
    'book.report_heading': 'Das Netzwerk und das Buch des Clustermanagements',
    'book.report_intro': (
        'Wer mit wem zusammengearbeitet hat, Phase für Phase (aus den im Projektbuch erfassten '
        'Projekten und der schon vorher bekannten Zusammenarbeit), und die Kennzahlen, die das '
        'Clustermanagement führt.'
    ),
    'book.col_figure': 'Kennzahl',
    'book.col_group': 'Mitglieder',
    'book.col_first': 'Erste Periode',
    'book.col_last': 'Letzte Periode',
    'book.col_change': 'Veränderung',
    'book.col_members': 'Mitglieder hinter der Veränderung',
    'book.fig_measure_density': 'Dichte',
    'book.fig_measure_largest_part_share': 'Anteil im größten verbundenen Teil',
    'book.fig_measure_mean_trust': 'Mittleres Vertrauen',
    'book.fig_measure_degree_centralisation': 'Zentralisierung (Grad)',
    'book.fig_lines_title': 'Wie sich das Netzwerk entwickelt',
    'book.fig_lines_caption': (
        'Dichte: Anteil aller Paare von Mitgliedern, die zusammengearbeitet haben. Größter '
        'Teil: Anteil der Mitglieder, die über gemeinsame Projekte miteinander verbunden sind. '
        'Zentralisierung: 1, wenn alles über ein Mitglied läuft, 0, wenn die Verbindungen '
        'gleichmäßig verteilt sind.'
    ),
    'book.xlsx_project': 'Projekt-ID',
    'book.xlsx_project_label': 'Projekt',
    'book.xlsx_date': 'Datum',
    'book.xlsx_time': 'Uhrzeit',
    'book.xlsx_member': 'Mitglieds-ID',
    'book.xlsx_member_name': 'Mitglied',
    'book.xlsx_kind': 'Art',
    'book.xlsx_email': 'E-Mail',
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # scenario: validation findings (issue 15)
    # ---------------------------------------------------------------------------------------
    "errors.found": {"one": "{count} Fehler gefunden", "other": "{count} Fehler gefunden"},
    "errors.warning": "Warnung: ",
    # places of problems that are no file: options and text given on the command line
    "errors.place.command_line": "Befehlszeile",
    "errors.place.input": "Eingabe",
    "errors.place.batch_spec": "Serienbeschreibung",
    "errors.place.book": "Buch",
    "errors.place.ledger": "Protokoll",
    "scenario.shown.empty": "nichts (leer)",
    "scenario.shown.mapping": "eine Zuordnung",
    "scenario.shown.list": "eine Liste",
    "scenario.path.list.actors": "Mitglieder",
    "scenario.path.list.needs": "Bedarfe",
    "scenario.path.list.project_types": "Projektarten",
    "scenario.path.list.projects": "Projekte",
    "scenario.path.list.participants": "Teilnehmende",
    "scenario.path.list.addresses": "behandelte Bedarfe",
    "scenario.path.entry": "Eintrag {number}",
    "scenario.path.entry_named": "Eintrag {number} ({id})",
    "scenario.path.pair_first": "erstes Mitglied",
    "scenario.path.pair_second": "zweites Mitglied",
    "scenario.finding.invalid_summary": "{file} ist kein gültiges Szenario",
    "scenario.finding.invalid_count": {
        "one": "{file} ist kein gültiges Szenario (ein Fehler)",
        "other": "{file} ist kein gültiges Szenario ({count} Fehler)",
    },
    "scenario.finding.top_level": (
        "die oberste Ebene muss eine Zuordnung von Abschnitten sein (name:, actors:, "
        "resources:, …), nicht {got}"
    ),
    "scenario.finding.did_you_mean": "; gemeint ist vielleicht „{name}“?",
    "scenario.finding.more": {"one": "… (ein weiterer)", "other": "… ({count} weitere)"},
    "scenario.finding.none": "keine",
    "scenario.finding.or": " oder ",
    "scenario.finding.allowed_here": "; erlaubt sind hier: {names}",
    "scenario.finding.quote_the_comma": (
        "; ist dies das Ende eines Textes mit einem Komma darin, den ganzen Text in "
        "Anführungszeichen setzen"
    ),
    "scenario.finding.unknown_key": "unbekannter Schlüssel „{name}“{hint}",
    "scenario.finding.missing": "der Pflichtschlüssel „{name}“ fehlt",
    "scenario.finding.not_finite": (
        "muss eine endliche Zahl sein (NaN und unendlich sind nicht erlaubt; angegeben: {got})"
    ),
    "scenario.finding.not_finite_plain": (
        "muss eine endliche Zahl sein (NaN und unendlich sind nicht erlaubt)"
    ),
    "scenario.finding.not_a_number": "muss eine Zahl sein (angegeben: {got})",
    "scenario.finding.not_a_whole_number": "muss eine ganze Zahl sein (angegeben: {got})",
    "scenario.finding.not_true_or_false": "muss true oder false sein (angegeben: {got})",
    "scenario.finding.not_text": "muss ein Text sein (angegeben: {got})",
    "scenario.finding.not_a_date": (
        "muss ein Datum im Format JJJJ-MM-TT sein, z. B. 2026-03-01 (angegeben: {got})"
    ),
    "scenario.finding.not_an_email": (
        "muss eine E-Mail-Adresse wie name@example.org sein (angegeben: {got})"
    ),
    "scenario.finding.bad_pattern": "hat hier nicht die erwartete Form (angegeben: {got})",
    "scenario.finding.empty": "darf nicht leer sein",
    "scenario.finding.spaces_around": "darf nicht mit Leerzeichen beginnen oder enden",
    "scenario.finding.too_long": {
        "one": "ist zu lang (höchstens {count} Zeichen)",
        "other": "ist zu lang (höchstens {count} Zeichen)",
    },
    "scenario.finding.at_least": "muss mindestens {bound} sein (angegeben: {got})",
    "scenario.finding.more_than": "muss größer als {bound} sein (angegeben: {got})",
    "scenario.finding.at_most": "darf höchstens {bound} sein (angegeben: {got})",
    "scenario.finding.less_than": "muss kleiner als {bound} sein (angegeben: {got})",
    "scenario.finding.one_of": "muss einer dieser Werte sein: {names} (angegeben: {got}){hint}",
    "scenario.finding.word_or_need_ids": (
        "muss {choices} oder eine Liste von Bedarfs-IDs sein (angegeben: {got})"
    ),
    "scenario.finding.not_a_mapping": (
        "muss eine Zuordnung von Schlüsseln zu Werten sein (angegeben: {got})"
    ),
    "scenario.finding.not_a_list": "muss eine Liste sein (angegeben: {got})",
    "scenario.finding.not_a_pair": "muss ein Paar aus den IDs zweier Mitglieder sein, z. B. [a, b]",
    "scenario.finding.not_a_pair_got": (
        "muss ein Paar aus den IDs zweier Mitglieder sein, z. B. [a, b] (angegeben: {got})"
    ),
    "scenario.finding.too_few_entries": {
        "one": "muss mindestens einen Eintrag haben",
        "other": "muss mindestens {count} Einträge haben",
    },
    "scenario.finding.too_many_entries": {
        "one": "darf höchstens einen Eintrag haben",
        "other": "darf höchstens {count} Einträge haben",
    },
    "scenario.finding.as_said": "ungültig: {text}",
    "scenario.finding.label_language": (
        "„label“ ist für die Sprache „{language}“ angegeben; als einen Text oder je Sprache "
        "als {{en: …, de: …}} angeben"
    ),
    "scenario.finding.need_or_text": (
        "genau eines angeben: „need“ (einen Bedarf aus dem Katalog) oder „text“ (freien Text)"
    ),
    "scenario.finding.blank_text": "„text“ darf nicht leer sein",
    "scenario.finding.end_before_start": "„end“ ({end}) liegt vor „start“ ({start})",
    "scenario.finding.tag_or_same_as": (
        "genau eines angeben: „tag“ (einen Bedarf aus dem Katalog) oder „same_as“ (einen "
        "anderen Bedarf)"
    ),
    "scenario.finding.clock_time": (
        "muss eine Uhrzeit im Format HH:MM sein, z. B. 10:00 (angegeben: {got})"
    ),
    "scenario.finding.time_zone": "unbekannte Zeitzone {got} (z. B. Europe/Berlin)",
    "scenario.finding.duplicate_id.actors": (
        "die Mitglieds-ID „{id}“ ist zweimal vergeben (zuerst in Eintrag {first}); jede ID darf "
        "nur einmal vorkommen"
    ),
    "scenario.finding.duplicate_id.needs": (
        "die Bedarfs-ID „{id}“ ist zweimal vergeben (zuerst in Eintrag {first}); jede ID darf "
        "nur einmal vorkommen"
    ),
    "scenario.finding.duplicate_id.project_types": (
        "die ID „{id}“ der Projektart ist zweimal vergeben (zuerst in Eintrag {first}); jede ID "
        "darf nur einmal vorkommen"
    ),
    "scenario.finding.duplicate_id.projects": (
        "die Projekt-ID „{id}“ ist zweimal vergeben (zuerst in Eintrag {first}); jede ID darf "
        "nur einmal vorkommen"
    ),
    "scenario.finding.unknown.actors": (
        "unbekanntes Mitglied „{name}“: steht nicht unter „actors“{hint}"
    ),
    "scenario.finding.unknown.needs": (
        "unbekannter Bedarf „{name}“: steht nicht unter „needs“{hint}"
    ),
    "scenario.finding.unknown.project_types": (
        "unbekannte Projektart „{name}“: steht nicht unter „project_types“{hint}"
    ),
    "scenario.finding.known.actors": " (bekannte Mitglieder: {names})",
    "scenario.finding.known.needs": " (bekannte Bedarfe: {names})",
    "scenario.finding.known.project_types": " (bekannte Projektarten: {names})",
    "scenario.finding.unknown_actor": (
        "unbekanntes Mitglied „{name}“: steht nicht unter „actors“{hint}"
    ),
    "scenario.finding.self_pair.competitor": (
        "„{actor}“ steht zweimal im Paar: ein Mitglied kann nicht mit sich selbst im "
        "Wettbewerb stehen"
    ),
    "scenario.finding.self_pair.not_competing": (
        "„{actor}“ steht zweimal im Paar: ein Mitglied kann nicht als „nicht im Wettbewerb“ "
        "mit sich selbst eingetragen werden"
    ),
    "scenario.finding.self_pair.trust": (
        "„{actor}“ steht zweimal im Paar: Vertrauen lässt sich nur zwischen zwei verschiedenen "
        "Mitgliedern angeben"
    ),
    "scenario.finding.no_capacity": (
        "die Ressource „{name}“ hat keine Kapazität: sie steht nicht unter „resources“ "
        "(bekannte Ressourcen: {names}){hint}"
    ),
    "scenario.finding.min_above_max": (
        "mindestens {low}, aber höchstens {high} Teilnehmende: min ist größer als max"
    ),
    "scenario.finding.min_above_max_default": (
        "mindestens {low}, aber höchstens {high} Teilnehmende: min ist größer als max (der "
        "andere Wert ist die Voreinstellung)"
    ),
    "scenario.finding.no_such_statement": {
        "one": (
            "„{actor}“ nennt {count} Bedarf; einen Bedarf {position} gibt es nicht (gezählt "
            "wird ab 1)"
        ),
        "other": (
            "„{actor}“ nennt {count} Bedarfe; einen Bedarf {position} gibt es nicht (gezählt "
            "wird ab 1)"
        ),
    },
    "scenario.finding.no_such_text": (
        "„{actor}“ nennt keinen Bedarf mit diesem Text (als freier Text genannt: {texts})"
    ),
    "scenario.finding.which_statement": {
        "one": (
            "„{actor}“ nennt {count} Bedarf: mit „need“ (seiner Stelle, gezählt ab 1) oder "
            "„text“ angeben, welcher gemeint ist"
        ),
        "other": (
            "„{actor}“ nennt {count} Bedarfe: mit „need“ (der Stelle, gezählt ab 1) oder "
            "„text“ angeben, welcher gemeint ist"
        ),
    },
    "scenario.finding.too_few_with_needs": {
        "one": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber nur "
            "{count} Mitglied nennt überhaupt einen Bedarf: sie wird womöglich nie geplant"
        ),
        "other": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber nur "
            "{count} Mitglieder nennen überhaupt einen Bedarf: sie wird womöglich nie geplant"
        ),
    },
    "scenario.finding.too_few_addressed": {
        "one": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber nur "
            "{count} Mitglied nennt einen der Bedarfe, die sie behandelt: sie wird womöglich "
            "nie geplant"
        ),
        "other": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber nur "
            "{count} Mitglieder nennen einen der Bedarfe, die sie behandelt: sie wird womöglich "
            "nie geplant"
        ),
    },
    "scenario.finding.too_few_addressed_free": {
        "one": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber höchstens "
            "{count} Mitglied kommt infrage (mit einem der Bedarfe, die sie behandelt: {tagged}; "
            "mit frei formulierten Bedarfen, die noch dazu passen können: {free}): sie wird "
            "womöglich nie geplant"
        ),
        "other": (
            "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber höchstens "
            "{count} Mitglieder kommen infrage (mit einem der Bedarfe, die sie behandelt: "
            "{tagged}; mit frei formulierten Bedarfen, die noch dazu passen können: {free}): sie "
            "wird womöglich nie geplant"
        ),
    },
    "scenario.finding.no_actor_with_needs": (
        "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber kein Mitglied "
        "nennt überhaupt einen Bedarf: sie wird womöglich nie geplant"
    ),
    "scenario.finding.no_actor_addressed": (
        "die Projektart „{type}“ braucht mindestens {minimum} Teilnehmende, aber kein Mitglied "
        "nennt einen der Bedarfe, die sie behandelt, oder frei formulierte Bedarfe, die dazu "
        "passen können: sie wird womöglich nie geplant"
    ),
    "scenario.finding.project_id_is_type": (
        "die ID „{id}“ gehört schon einer Projektart; das Projekt braucht eine eigene ID"
    ),
    "scenario.finding.participant_twice": "„{actor}“ ist zweimal als Teilnehmende eingetragen",
    "scenario.read.summary": "{file} kann nicht gelesen werden",
    "scenario.read.too_large": (
        "die Datei ist {size} MB groß; Szenariodateien dürfen höchstens {limit} MB groß sein"
    ),
    "scenario.read.is_folder": "ist ein Ordner, keine Szenariodatei",
    "scenario.read.no_file": "diese Datei gibt es nicht",
    "scenario.read.unreadable": "kann nicht gelesen werden: {reason}",
    "scenario.read.grew": "die Datei ist größer, als Szenariodateien sein dürfen",
    "scenario.read.text_too_large": "der Text ist größer, als Szenariodateien sein dürfen",
    "scenario.read.not_utf8": (
        "dies ist keine Textdatei in UTF-8 (das Byte {byte} ist nicht lesbar); das Szenario als "
        "UTF-8-Text speichern"
    ),
    "scenario.read.nul": (
        "die Datei enthält ein NUL-Zeichen: sie ist offenbar eine Binärdatei, kein YAML-Text"
    ),
    "scenario.read.yaml": "kein gültiges YAML (Meldung des YAML-Lesers: „{problem}“)",
    "scenario.read.yaml_known": "kein gültiges YAML: {problem}",
    "scenario.read.tab": (
        "kein gültiges YAML: hier steht ein Tabulator; YAML rückt nur mit Leerzeichen ein, "
        "nicht mit Tabulatoren"
    ),
    "scenario.read.too_deep_yaml": (
        "viel zu tief verschachtelt (mehr als {depth} Ebenen); ein Szenario braucht etwa 6"
    ),
    "scenario.read.too_deep": (
        "mehr als {depth} Ebenen tief verschachtelt; ein Szenario braucht etwa 6"
    ),
    "scenario.read.second_document": (
        "hier beginnt ein zweites YAML-Dokument („---“); eine Szenariodatei enthält genau ein "
        "Dokument"
    ),
    "scenario.read.empty": (
        "die Datei ist leer; ein Szenario braucht mindestens „name“ und „actors“ "
        "(`trustmatch new DATEI` schreibt eine Vorlage)"
    ),
    "scenario.read.too_many_values": (
        "die Datei enthält mehr als {limit} Werte; mehr dürfen Szenariodateien nicht enthalten "
        "(ein Cluster mit 10.000 Mitgliedern braucht etwa 200.000)"
    ),
    "scenario.read.tag": (
        "das Tag „{tag}“ ist nicht erlaubt: Szenariodateien enthalten nur einfache Werte (Text, "
        "Zahlen, true/false, Listen und Zuordnungen); das Tag entfernen"
    ),
    "scenario.read.not_as": "„{value}“ lässt sich nicht als {kind} lesen",
    "scenario.read.kind.int": "ganze Zahl",
    "scenario.read.kind.float": "Zahl",
    "scenario.read.kind.bool": "true oder false",
    "scenario.read.kind.null": "leerer Wert",
    "scenario.read.key_twice": (
        "der Schlüssel „{key}“ steht zweimal in dieser Zuordnung (zuerst in Zeile {line}); "
        "jeder Schlüssel darf nur einmal vorkommen"
    ),
    "scenario.read.complex_key": (
        "ein Schlüssel muss ein einfacher Name sein, keine Liste und keine Zuordnung"
    ),
    "scenario.read.alias_key": "ein Schlüssel muss ein einfacher Name sein, kein Alias",
    "scenario.read.merge": (
        "„<<“ (Zusammenführen) braucht eine Zuordnung oder eine Liste von Zuordnungen, z. B. "
        "„<<: *defaults“"
    ),
    "scenario.read.no_anchor": (
        "der Alias „*{name}“ verweist auf keinen Anker „&{name}“ weiter oben"
    ),
    "scenario.read.too_many_aliases": (
        "Aliase („*name“) wiederholen in dieser Datei mehr als {limit} Werte; das ist weit mehr, "
        "als ein Cluster braucht, und sieht nach einem „Billion-Laughs“-Angriff aus; die Werte "
        "ausschreiben oder weniger Aliase verwenden"
    ),
    "scenario.yaml.mapping_values": (
        "ein Doppelpunkt, wo kein Schlüssel stehen kann (ein Text mit „: “ darin braucht "
        "Anführungszeichen, oder die Einrückung stimmt nicht)"
    ),
    "scenario.yaml.expected_colon": "ein Schlüssel ohne „:“ dahinter",
    "scenario.yaml.expected_key": (
        "eine Zeile, die nicht wie die Schlüssel um sie herum eingerückt ist (die Leerzeichen "
        "am Zeilenanfang prüfen)"
    ),
    "scenario.yaml.expected_dash": (
        "eine Zeile, die nicht wie die Einträge der Liste um sie herum eingerückt ist (jeder "
        "beginnt mit „- “)"
    ),
    "scenario.yaml.expected_value": "hier fehlt ein Wert",
    "scenario.yaml.expected_bracket": (
        "eine Liste in eckigen Klammern „[…]“ wird nicht mit „]“ geschlossen"
    ),
    "scenario.yaml.expected_brace": (
        "eine Zuordnung in geschweiften Klammern wird nicht mit ihrer Klammer geschlossen"
    ),
    "scenario.yaml.bad_character": (
        "ein Zeichen, mit dem hier kein Wert beginnen kann (ein Text, der mit „@“, „`“ oder "
        "„%“ beginnt, braucht Anführungszeichen)"
    ),
    "scenario.yaml.unexpected_end": (
        "die Datei endet mitten in einem Wert (ein Anführungszeichen nicht geschlossen?)"
    ),
    "scenario.yaml.bad_escape": (
        "ein Backslash „\\“ in doppelten Anführungszeichen, den YAML nicht lesen kann; "
        "einfache Anführungszeichen verwenden"
    ),
    "scenario.yaml.undefined_alias": "ein Alias „*name“ ohne Anker „&name“ davor",
    "scenario.yaml.block_end": (
        "etwas nach dem Ende einer Liste oder Zuordnung (die Einrückung dieser Zeile prüfen)"
    ),
    "scenario.yaml.duplicate_anchor": "ein Ankername „&name“ ist zweimal vergeben",
    "scenario.yaml.unexpected_colon": "ein Doppelpunkt, wo keiner stehen kann",
    "scenario.override.at": "„{path}“",
    "scenario.override.top_level": "die oberste Ebene",
    "scenario.override.not_a_path": (
        "„{path}“ ist kein Pfad mit Punkten wie „resources.budget_eur“"
    ),
    "scenario.override.single_value": "{where} ist ein einzelner Wert; es hat keinen Teil „{part}“",
    "scenario.override.unknown_key": (
        "unbekannter Schlüssel „{key}“ in {where}{hint} (gültige Schlüssel: {names})"
    ),
    "scenario.override.overrides_itself": "eine Variante kann die Varianten selbst nicht ändern",
    "scenario.override.not_a_mapping": "{where} ist in diesem Szenario keine Zuordnung",
    "scenario.override.not_a_list": "{where} ist in diesem Szenario keine Liste",
    "scenario.override.no_entry": "{where} hat keinen Eintrag „{name}“{hint} (Einträge: {names})",
    "scenario.override.no_position": {
        "one": "{where} hat {count} Eintrag (Stelle 0); eine Stelle {position} gibt es nicht",
        "other": (
            "{where} hat {count} Einträge (Stellen 0 bis {last}); eine Stelle {position} gibt "
            "es nicht"
        ),
    },
    "scenario.override.no_id": (
        "{where} hat keinen Eintrag mit der ID „{id}“{hint} (IDs: {names}; oder eine Stelle "
        "angeben, gezählt ab 0)"
    ),
    "scenario.override.not_path_value": (
        "„{text}“ hat nicht die Form PFAD=WERT, z. B. --set resources.budget_eur=12000"
    ),
    "scenario.override.unreadable_value": "der Wert „{value}“ lässt sich nicht lesen: {reason}",
    "scenario.override.in_definition": "„{path}“: {reason}",
    "scenario.override.in_set": "--set {text}: {reason}",
    "scenario.override.unknown": "unbekannte Variante „{name}“{hint} ({known})",
    "scenario.override.defined": "dieses Szenario legt fest: {names}",
    "scenario.override.none_defined": (
        "dieses Szenario legt keine Varianten fest (siehe seinen Abschnitt „overrides“)"
    ),
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
    "ledger.empty": "das Protokoll ist leer; es braucht „scenario“ und „entries“",
    "ledger.not_a_mapping": (
        "ein Protokoll muss eine Zuordnung mit „scenario“ und „entries“ sein"
    ),
    "ledger.summary.malformed": "Das Protokoll ist fehlerhaft",
    "ledger.summary.unreadable": "Das Protokoll kann nicht gelesen werden",
    "ledger.summary.missing": "Das Protokoll fehlt",
    "ledger.summary.not_recorded": "Das Ergebnis kann nicht erfasst werden",
    "ledger.summary.does_not_fit": "Das Protokoll passt nicht zum Szenario",
    "ledger.unknown_key": (
        "unbekannter Schlüssel „{name}“{hint} (das Format des Protokolls beschreibt die README)"
    ),
    "ledger.allowed_here": "; erlaubt sind hier: {names}",
    "ledger.recorded_twice": (
        "das Projekt „{project}“ der Phase {phase} ist schon in Eintrag {first} erfasst"
    ),
    "ledger.no_file": "diese Protokolldatei gibt es nicht",
    "ledger.unreadable": "das Protokoll kann nicht gelesen werden: {reason}",
    "ledger.no_plan_file": "diese Plandatei gibt es nicht",
    "ledger.plan_not_json": "kein JSON-Plan von trustmatch: {reason}",
    "ledger.not_a_plan": (
        "kein Plan von `trustmatch plan --json` (oder `roadmap --json`)"
    ),
    "ledger.which_phase": "der Plan umfasst die Phasen {phases}: bitte mit --phase eine wählen",
    "ledger.no_such_phase": (
        "der Plan {plan} hat keine Phase {phase} (er umfasst die Phasen {phases})"
    ),
    "ledger.no_project_chosen": "(keine: der Plan hat kein Projekt gewählt)",
    "ledger.no_such_project": (
        "Phase {phase} des Plans hat kein Projekt „{project}“; gültige Projekt-IDs: {valid}"
    ),
    "ledger.no_such_result": (
        "„{result}“ ist kein Ergebnis; möglich sind success, failure oder cancelled"
    ),
    "ledger.no_participants": "bitte mindestens ein Mitglied nennen",
    "ledger.unknown_participants": {
        "one": "unbekanntes Mitglied {names}; bekannte Mitglieder: {known}",
        "other": "unbekannte Mitglieder {names}; bekannte Mitglieder: {known}",
    },
    "ledger.other_scenario_outcome": (
        "dieses Protokoll gehört zum Szenario „{ledger}“, das Ergebnis zum Szenario „{outcome}“"
    ),
    "ledger.already_recorded": (
        "das Projekt „{project}“ der Phase {phase} ist schon erfasst ({result}); im Protokoll "
        "wird nur ergänzt, nie geändert"
    ),
    "ledger.other_scenario": (
        "dieses Protokoll gehört zum Szenario „{ledger}“, nicht zu „{scenario}“"
    ),
    "ledger.not_a_member": "„{actor}“ ist kein Mitglied des Szenarios „{scenario}“",
    "ledger.participant_twice": "„{actor}“ ist doppelt genannt (zuerst als Eintrag {first})",
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
    # ---------------------------------------------------------------------------------------
    # click: click's own messages (usage errors, --help notes), keyed by click's English text
    # (issue 15; trustmatch.cli.click_language gives them to click)
    # ---------------------------------------------------------------------------------------
    "click:Aborted!":
        "Abgebrochen.",
    "click:Missing command.":
        "Es fehlt ein Befehl.",
    "click:Error: {message}":
        "Fehler: {message}",
    "click:Try '{command} {option}' for help.":
        "Hilfe: '{command} {option}'.",
    "click:Missing argument":
        "Es fehlt das Argument",
    "click:Missing option":
        "Es fehlt die Option",
    "click:Missing parameter":
        "Es fehlt der Parameter",
    "click:Missing {param_type}":
        "Es fehlt: {param_type}",
    "click:Missing parameter: {param_name}":
        "Es fehlt der Parameter {param_name}",
    "click:Invalid value for {param_hint}: {message}":
        "Ungültiger Wert für {param_hint}: {message}",
    "click:Invalid value: {message}":
        "Ungültiger Wert: {message}",
    "click:No such option {name!r}.":
        "Unbekannte Option {name!r}.",
    "click:No such command {name!r}.":
        "Unbekannter Befehl {name!r}.",
    "click:Could not open file {filename!r}: {message}":
        "Die Datei {filename!r} lässt sich nicht öffnen: {message}",
    "click:unknown error":
        "unbekannter Fehler",
    "click:Option {name!r} does not take a value.":
        "Die Option {name!r} nimmt keinen Wert.",
    "click:Argument {name!r} takes {nargs} values.":
        "Das Argument {name!r} braucht {nargs} Werte.",
    "click:Invalid start character for option ({option})":
        "Ungültiges erstes Zeichen einer Option ({option})",
    "click:file":
        "Datei",
    "click:directory":
        "Ordner",
    "click:path":
        "Pfad",
    "click:Choose from:\n\t{choices}":
        "Zur Wahl:\n\t{choices}",
    "click:{value} is not in the range {range}.":
        "{value} liegt nicht im Bereich {range}.",
    "click:{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} ist kein gültiger Wahrheitswert. Verstanden werden: {states}",
    "click:{value!r} is not a valid {number_type}.":
        "{value!r} ist keine gültige {number_type}.",
    "click:{value!r} is not a valid UUID.":
        "{value!r} ist keine gültige UUID.",
    "click:{name} {filename!r} is a file.":
        "{name} {filename!r} ist eine Datei.",
    "click:{name} {filename!r} is a directory.":
        "{name} {filename!r} ist ein Ordner.",
    "click:{name} {filename!r} is not readable.":
        "{name} {filename!r} lässt sich nicht lesen.",
    "click:{name} {filename!r} is not writable.":
        "{name} {filename!r} lässt sich nicht schreiben.",
    "click:{name} {filename!r} is not executable.":
        "{name} {filename!r} lässt sich nicht ausführen.",
    "click:{name} {filename!r} does not exist.":
        "{name} {filename!r} gibt es nicht.",
    "click:Usage:":
        "Aufruf:",
    "click:Options":
        "Optionen",
    "click:Commands":
        "Befehle",
    "click:default: {default}":
        "Standard: {default}",
    "click:env var: {var}":
        "Umgebungsvariable: {var}",
    "click:Show this message and exit.":
        "Diese Hilfe zeigen und beenden.",
    "click:Show the version and exit.":
        "Die Version zeigen und beenden.",
    "click:%(prog)s, version %(version)s":
        "%(prog)s, Version %(version)s",
    "click:Do you want to continue?":
        "Fortfahren?",
    "click:Confirm the action without prompting.":
        "Ohne Rückfrage bestätigen.",
    "click:Repeat for confirmation":
        "Zur Bestätigung wiederholen",
    "click:Error: The two entered values do not match.":
        "Fehler: Die beiden Eingaben stimmen nicht überein.",
    "click:Error: invalid input":
        "Fehler: ungültige Eingabe",
    "click:Press any key to continue...":
        "Weiter mit einer beliebigen Taste …",
    "click:Got unexpected extra argument ({args})": {
        "one": "Unerwartetes zusätzliches Argument ({args})",
        "other": "Unerwartete zusätzliche Argumente ({args})",
    },
    "click:Did you mean {possibility}?": {
        "one": "Gemeint ist vielleicht {possibility}?",
        "other": "(Gemeint ist vielleicht eines von: {possibilities}?)",
    },
    "click:Option {name!r} requires an argument.": {
        "one": "Die Option {name!r} braucht einen Wert.",
        "other": "Die Option {name!r} braucht {nargs} Werte.",
    },
    "click:{value!r} is not {choice}.": {
        "one": "{value!r} ist nicht {choice}.",
        "other": "{value!r} ist keiner dieser Werte: {choices}.",
    },
    "click:Takes {nargs} values but 1 was given.": {
        "one": "Braucht {nargs} Werte, angegeben wurde 1.",
        "other": "Braucht {nargs} Werte, angegeben wurden {len}.",
    },
    "click:Choice({choices})": "Auswahl({choices})",
    "click:{value!r} does not match the format {format}.": {
        "one": "{value!r} passt nicht zum Format {format}.",
        "other": "{value!r} passt zu keinem der Formate {formats}.",
    },
    "click:{len_type} values are required, but {len_value} was given.": {
        "one": "{len_type} Werte sind nötig, angegeben wurde {len_value}.",
        "other": "{len_type} Werte sind nötig, angegeben wurden {len_value}.",
    },
    "click.word:File": "Datei",
    "click.word:Directory": "Ordner",
    "click.word:Path": "Pfad",
    "click.word:integer": "ganze Zahl",
    "click.word:integer range": "ganze Zahl",
    "click.word:float": "Zahl",
    "click.word:float range": "Zahl",
    "click.word:boolean": "Wahrheitswert",
    "click.word:text": "Text",
}
"""Key → text (or plural forms) in this language."""
