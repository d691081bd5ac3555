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
    "themes.join": "{first} and {last}",
    "themes.reason.no-plan": (
        "No plan was found for this phase within the time limit, so nothing can be said about "
        "this need yet: plan again with a longer time limit (--time-limit)."
    ),
    "themes.reason.no-capacity": (
        "{actor} takes part in no projects (it can join 0 projects per phase)."
    ),
    "themes.reason.not-matched": (
        "'{label}' matches no catalogue need, so no project type addresses it; it resembles "
        "'{tag_label}': check the grouping."
    ),
    "themes.reason.no-project-type": (
        "No project type addresses '{label}'; add a project type (or a fixed project) for it."
    ),
    "themes.reason.similar": (
        "No other member states exactly this, but {other} states something similar: '{text}' "
        "— check the grouping."
    ),
    "themes.reason.ask-member": {
        "one": "No other member states this need, but {members} ({fit}) could serve it: ask "
        "whether it shares the need before recruiting.",
        "other": "No other member states this need, but {members} ({fit}) could serve it: ask "
        "them whether they share the need before recruiting.",
    },
    "themes.reason.sole": (
        "No other member states this need and no member can serve it: recruit {fit}, so that "
        "a joint project becomes possible."
    ),
    "themes.reason.too-few": {
        "one": "Only {count} member states this need, fewer than the {smallest} participants "
        "the smallest project type for it needs: recruit {fit}.",
        "other": "Only {count} members state this need, fewer than the {smallest} participants "
        "the smallest project type for it needs: recruit {fit}.",
    },
    "themes.reason.trust": (
        "Not enough trust yet: {detail} Starter projects build that trust; no new member is "
        "needed."
    ),
    "themes.reason.capacity": {
        "one": "{actor} already takes part in {count} project (its limit), and other projects "
        "served more of its needs: a higher limit or the next phase would allow it.",
        "other": "{actor} already takes part in {count} projects (its limit), and other "
        "projects served more of its needs: a higher limit or the next phase would allow it.",
    },
    "themes.reason.competitor-balance": (
        "Competitor balance: serving it would put {actor} too far ahead of its competitor "
        "{rival} (served shares may differ by at most {tolerance}); a project that serves "
        "{rival} too would make room for it."
    ),
    "themes.reason.resources": (
        "Not enough {resource} left for a project on it: the resources went to projects worth "
        "more; more {resource} would allow it."
    ),
    "themes.reason.no-valid-group": (
        "No valid group could be formed for it this phase: the other members who share it are "
        "kept out by their capacity or the competitor balance, or it was worth less than its "
        "cost."
    ),
    "themes.fit.investor.recruit": "an investor or a bank",
    "themes.fit.investor.who": "investors",
    "themes.fit.research.recruit": "a research institute or a university",
    "themes.fit.research.who": "research",
    "themes.fit.university.recruit": "a university or a vocational school",
    "themes.fit.university.who": "education",
    "themes.fit.supplier.recruit": "a supplier",
    "themes.fit.supplier.who": "supplier",
    "themes.fit.customer.recruit": "a company that could become a customer",
    "themes.fit.customer.who": "possible customer",
    "themes.fit.startup.recruit": "a tech start-up",
    "themes.fit.startup.who": "start-up",
    "themes.fit.company.recruit": "an established company",
    "themes.fit.company.who": "established company",
    "themes.remedy.recruit": "{who}",
    "themes.remedy.no-plan": "nothing yet: plan again with a longer time limit",
    "themes.remedy.no-capacity": "nobody: the member joins no projects",
    "themes.remedy.not-matched": "nobody yet: check the grouping",
    "themes.remedy.no-project-type": "nobody: add a project type for it",
    "themes.remedy.similar": "nobody yet: check the grouping",
    "themes.remedy.ask-member": "nobody yet: ask the fitting members first",
    "themes.remedy.sole": "a new member",
    "themes.remedy.too-few": "new members",
    "themes.remedy.trust": "nobody yet: build trust first",
    "themes.remedy.capacity": "nobody: a higher project limit or the next phase",
    "themes.remedy.competitor-balance": "nobody: a project that serves the competitor too",
    "themes.remedy.resources": "nobody: more resources",
    "themes.remedy.no-valid-group": "nobody: the groups were worth less than their cost",
    "themes.because.words": "the need is about {topic}",
    "themes.because.stater": "it fits the members who state it",
    "themes.topic.investor": "money",
    "themes.topic.research": "research and technology",
    "themes.topic.university": "skills and training",
    "themes.topic.supplier": "materials, energy and supply",
    "themes.topic.customer": "customers",
    "themes.topic.startup": "digital tools",
    "themes.topic.company": "markets and visibility",
    "themes.cli.summary": {
        "one": "{count} theme from {needs} stated needs ({free} in the members' own words).",
        "other": "{count} themes from {needs} stated needs ({free} in the members' own words).",
    },
    "themes.cli.unsure": {
        "one": "{count} assignment is unsure: please check it.",
        "other": "{count} assignments are unsure: please check them.",
    },
    "themes.cli.none_unsure": "No assignment is unsure.",
    "themes.cli.catalogue_theme": "catalogue need",
    "themes.cli.free_theme": "new theme from the members' own words",
    "themes.cli.members": {
        "one": "stated by {count} member",
        "other": "stated by {count} members",
    },
    "themes.cli.statement": "{name}, need {position}: \u201c{text}\u201d",
    "themes.cli.confidence": "confidence {value}",
    "themes.cli.unsure_mark": "unsure, please check",
    "themes.cli.corrected_mark": "corrected by hand",
    "themes.cli.similar": "something similar: {other}, \u201c{text}\u201d",
    "themes.cli.how_to_correct": (
        "To correct the grouping, list the statement under themes.corrections in the scenario "
        "file, with the tag of a catalogue need or another statement to join, for example:"
    ),
    "themes.report.no_plan_next": (
        "Plan again with a longer time limit (--time-limit): without a plan there is no "
        "forecast and no advice on needs yet."
    ),
    "themes.report.unsure_heading": "Assignments to check",
    "themes.report.unsure_intro": (
        "trustmatch is unsure about these needs' themes. Check them; a correction in the "
        "scenario file (themes.corrections) fixes the grouping for every later plan."
    ),
    "themes.report.unsure_alone": (
        "{name}: \u201c{text}\u201d forms a theme of its own (confidence {value})"
    ),
    "themes.report.unsure_item": "{name}: \u201c{text}\u201d \u2192 {theme} (confidence {value})",
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
