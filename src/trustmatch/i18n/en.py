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
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # plan and roadmap: the planner's reasons, what trust unlocked, the trust path (issue 13)
    # ---------------------------------------------------------------------------------------
    # trust path (i13-unlock): what trust has unlocked, what it still takes, no contact
    "plan.trust.heading": "What trust allows (phase {phase})",
    "plan.trust.unlocked_heading": (
        "Newly possible (trust did not allow it at the start of phase {since}):"
    ),
    "plan.trust.unlocked": "{project} (ambition {ambition}): now possible for {members}.",
    "plan.trust.new_pairs": {
        "one": "1 pair of members now has enough mutual trust.",
        "other": "{count} pairs of members now have enough mutual trust.",
    },
    "plan.trust.paths_heading": "Still out of reach, and the trust path to it:",
    "plan.trust.nothing_out_of_reach": (
        "Trust already allows every project type on the members' needs."
    ),
    "plan.trust.project_on_theme": "{type} on '{theme}'",
    "plan.trust.needs": (
        "{project} (ambition {ambition}): needs trust {threshold} among {size} of the {interested} "
        "interested members."
    ),
    "plan.trust.needs_competitors": (
        "{project} (ambition {ambition}): needs trust {threshold} among {size} of the {interested} "
        "interested members ({competitor} between competitors)."
    ),
    "plan.trust.nearest": {
        "one": (
            "Closest: {members}, who need 1 more successful joint project of ambition 1 together."
        ),
        "other": (
            "Closest: {members}, who need {count} more successful joint projects of ambition 1 "
            "together."
        ),
    },
    "plan.trust.nearest_found": {
        "one": (
            "Close (best group found): {members}, who need 1 more successful joint project of "
            "ambition 1 together."
        ),
        "other": (
            "Close (best group found): {members}, who need {count} more successful joint projects "
            "of ambition 1 together."
        ),
    },
    "plan.trust.or_ambition": {
        "one": "(or 1 of ambition {ambition})",
        "other": "(or {count} of ambition {ambition})",
    },
    "plan.trust.never": (
        "No group of interested members can get there: some pair would need trust 1."
    ),
    "plan.trust.reached": (
        "With the planned joint projects, {members} get there by the end of phase {phase} (expected"
        " outcomes)."
    ),
    "plan.trust.not_reached": (
        "The planned projects do not bring any group there within the horizon (by the end of phase "
        "{phase})."
    ),
    "plan.trust.quoted": "'{text}'",
    "plan.trust.and": "{head} and {last}",
    "plan.trust.report_heading": "What trust has unlocked, and what it still takes",
    "plan.trust.report_intro_roadmap": (
        "Per phase of the roadmap: the projects that trust has made possible since the phase "
        "before, and for each project still out of reach the trust it needs, the members closest to"
        " it and whether the planned projects get them there (counting each project's chance of "
        "success). The phases after the recommended one follow the simulated roadmap."
    ),
    "plan.trust.report_intro_plan": (
        "The projects trust does not allow yet, the trust each needs, the members closest to it and"
        " whether the recommended projects get them there (counting each project's chance of "
        "success)."
    ),
    "plan.contact.heading": "Members without a joint project ({phases})",
    "plan.contact.phases": {
        "one": "phase {phases}",
        "other": "phases {phases}",
    },
    "plan.contact.capacity": (
        "{name} may take part in no project (its number of projects per phase is 0)."
    ),
    "plan.contact.no_theme": (
        "The needs {name} states fall into no need theme a project could work on."
    ),
    "plan.contact.no_project_type": (
        "No project type addresses the needs of {name} ({needs}): add a project type for them."
    ),
    "plan.contact.too_few_members": {
        "one": (
            "Too few members share the needs of {name} ({needs}): no other member states them, and "
            "the smallest project on them needs {size}. Recruit members who share them."
        ),
        "other": (
            "Too few members share the needs of {name} ({needs}): at most {count} state one of "
            "them, and the smallest project on them needs {size}. Recruit members who share them."
        ),
    },
    "plan.contact.trust": (
        "In phase {phase} no group of {size} members who trust each other at least {threshold} "
        "could be formed with {name} for '{project}': {name} trusts {trusted} of the {others} other"
        " interested members that much."
    ),
    "plan.contact.unmatched": "No project can serve its other needs ({needs}).",
    "plan.contact.competitor_balance": (
        "In phase {phase}, serving the needs of {name} would have put it too far ahead of its "
        "competitor {rival} (their served shares may differ by at most {tolerance}); a project that"
        " also serves {rival} could make room for it."
    ),
    "plan.contact.resources": (
        "In phase {phase} too little {resource} was left for a project with {name}: the smallest "
        "one needs {needed}, {left} remained."
    ),
    "plan.contact.no_plan": (
        "In phase {phase} no plan could be computed (see the message above), so no member was given"
        " a project."
    ),
    "plan.contact.planner_choice": (
        "In phase {phase} a project with {name} was allowed, but the plan used the resources and "
        "the members' time for other projects."
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
