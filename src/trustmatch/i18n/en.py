"""The English message catalogue: every sentence trustmatch writes for a person, by key.

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
    "common.language_name": "English",
    #
    #
    # ---------------------------------------------------------------------------------------
    # cli: the command-line shell, errors, progress (issues 15, 18)
    # ---------------------------------------------------------------------------------------
    "cli.solver_failed": "The solver gave no usable answer: {reason}",
    "cli.interrupted": "Interrupted.",
    "cli.internal_error": (
        "Internal error: {kind}: {error}\nThis is a bug in trustmatch, not in your input. "
        "Run again with --debug for the traceback and please report it."
    ),
    "cli.cannot_write": "cannot be written: {reason}",
    "cli.nothing_written": "Nothing written",
    "cli.os_reason.permission": "no permission to write there",
    "cli.os_reason.no_folder": "the folder does not exist",
    "cli.os_reason.not_a_folder": "a part of the path is a file, not a folder",
    "cli.os_reason.is_a_folder": "it is a folder; give a file name",
    "cli.os_reason.disk_full": "the disk is full",
    "cli.os_reason.read_only": "the file system is read-only",
    "cli.os_reason.name_too_long": "the name is too long",
    "cli.created_folder": "Created the folder {folder} (it did not exist).",
    "cli.out_of_range": "must be between {low} and {high} (got {value})",
    "cli.alias_inside_anchor": (
        "the alias '*{name}' stands inside the value anchored as '&{name}': a value cannot "
        "contain itself"
    ),
    "cli.invisible_character": (
        "must not contain control or invisible characters ({code} at character {position}): they "
        "make an id look like another"
    ),
    "cli.known_trust_twice": (
        "the known trust of '{a}' and '{b}' is {value} here but {earlier} in "
        "trust.known.{position}; give it once"
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
    "results.not_results": "is not a trustmatch results file ({reason})",
    "results.damaged": (
        "is damaged (SQLite's integrity check: {details}); restore it from a copy or run "
        "the batch into a new --out"
    ),
    "results.foreign_table": (
        "has a table '{table}' that trustmatch did not write (it lacks the columns "
        "{missing}); choose another --out"
    ),
    "results.no_such_phase": (
        "the batch has no phase {phase}: its runs cover phases {first} to {last}"
    ),
    "ledger.participant_twice": "{actor!r} is named twice (first at position {first})",
    "ledger.unknown_type": "the scenario has no project type {type!r} (its types: {known})",
    "ledger.phase_beyond": {
        "one": (
            "phase {phase} is beyond the scenario's single phase (raise 'phases' in the scenario "
            "to record later phases)"
        ),
        "other": (
            "phase {phase} is beyond the scenario's {count} phases (raise 'phases' in the "
            "scenario to record later phases)"
        ),
    },
    "ledger.phase_gap": {
        "one": (
            "phase {phase} is recorded, but phase {missing} before it is not; record what "
            "happened in it first (cancelled for a project that did not take place)"
        ),
        "other": (
            "phase {phase} is recorded, but phases {missing} before it are not; record what "
            "happened in them first (cancelled for a project that did not take place)"
        ),
    },
    "ledger.scenario_changed": (
        "the scenario file changed since the ledger was created (hash {stored}… then, {now}… "
        "now); the recorded outcomes are replayed into the changed scenario"
    ),
    #
    #
    #
}
"""Key → text (or plural forms) in this language."""
