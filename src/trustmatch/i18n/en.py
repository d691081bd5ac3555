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
    "figures.actor_needs": "Who needs what",
    "figures.actor_needs_caption": (
        "Members (left and right, coloured by kind) and the need themes they stated (middle, "
        "coloured by sensitivity). Members are grouped by their most important theme; thicker "
        "lines mean more important needs."
    ),
    "figures.sensitivity": "Sensitivity: {level}",
    "figures.overlap": "Which themes share members",
    "figures.overlap_caption": (
        "Number of members two themes have in common; the columns are numbered like the rows, "
        "and the diagonal counts the members of each theme. Themes with many shared members are "
        "good ground for joint projects."
    ),
    "figures.overlap_truncated": "Showing the {shown} themes with the most members (of {total}).",
    "figures.shared_members": "Shared members",
    "figures.trust_network": "Competitors and trust",
    "figures.trust_network_caption": (
        "Members grouped by the markets in which they compete, the others by kind; the number "
        "in a circle is its members. A line between two groups stands for the pairs of their "
        "members who have worked together or know each other: the more pairs, the wider; its "
        "colour is their mean trust {when}. The colour of a circle is the trust between the "
        "competitors in it."
    ),
    "figures.when_end": "at the end of the roadmap (phase {phase})",
    "figures.when_start": "today",
    "figures.group_market": "Competitors in {markets}",
    "figures.group_competitors": "Competitors",
    "figures.group_rivals": {
        "one": "1 competitor pair, trust {trust}",
        "other": "{count} competitor pairs, mean trust {trust}",
    },
    "figures.more_members": {
        "one": "and 1 more member",
        "other": "and {count} more members",
    },
    "figures.group_link": "pairs who worked together (width: how many)",
    "figures.group_node": "group of members (number: how many)",
    "figures.pair_trust": "Mutual trust (0 = none, 1 = full)",
    "figures.trust_phases": "Cluster trust over the phases",
    "figures.trust_phases_caption": (
        "Mean trust between all pairs of members, today and after each phase, if the "
        "recommendations are followed: the line is the typical run (the median of {runs} "
        "simulated runs), the band holds the middle 80 % of them (10–90 %)."
    ),
    "figures.trust_phases_caption_single": (
        "Mean trust between all pairs of members, today and after each phase of one simulated "
        "run of the recommendations."
    ),
    "figures.initiative_explained": (
        "Trust in the initiative is how much the members trust the cluster initiative itself "
        "(mean over all members, from 0 to 1): it grows with every project of the cluster that "
        "goes well for them and is shown for the simulated run of the roadmap below."
    ),
    "figures.band": "10–90 % of the simulated runs",
    "figures.median": "Typical run (median)",
    "figures.one_run": "Simulated run",
    "figures.initiative_trust": "Trust in the initiative (mean over members)",
    "figures.phase_axis": "Phase",
    "figures.trust_axis": "Trust (0 = none, 1 = full)",
    "figures.today": "today",
    "figures.roadmap": "Roadmap",
    "figures.roadmap_caption": (
        "The projects of each phase, coloured by ambition. The recommended phase carries no "
        "mark: how its projects go is up to the cluster."
    ),
    "figures.roadmap_caption_simulated": (
        "The phases after it are one simulated continuation, planned again after each phase "
        "from simulated outcomes; their grey marks in dashed circles show how the projects "
        "went in this simulation, not a forecast."
    ),
    "figures.column_recommended": "recommended now",
    "figures.column_recorded": "recorded",
    "figures.column_simulated": "simulated",
    "figures.column_planned": "planned",
    "figures.recorded_mark": "{mark} {outcome} (recorded)",
    "figures.simulated_mark": "{mark} {outcome} in the simulation",
    "figures.participants": {"one": "1 participant", "other": "{count} participants"},
    "figures.no_projects": "no projects",
    "figures.more_projects": {"one": "+ 1 more", "other": "+ {count} more"},
    "figures.batch": "Strategy comparison",
    "figures.batch_caption": (
        "Results of {runs} batch runs by strategy: cluster trust at the end, total cost and "
        "number of successful projects (boxes: middle half of the runs, line: median)."
    ),
    "figures.final_trust": "Cluster trust at the end",
    "figures.total_cost": "Total cost",
    "figures.succeeded": "Successful projects",
    # The interactive network of the HTML report and the PDF (owned by the figures engineer).
    "figures.phase": "Phase {phase}",
    "figures.status_recommended": "recommended",
    "figures.status_planned": "planned",
    "figures.status_recorded": "recorded: {outcome}",
    "figures.status_simulated": "simulated: {outcome}",
    "figures.network_title": "Explore the network",
    "figures.network_intro": (
        "Click a member (or choose one in the list) to see their projects, contacts and trust. "
        "Lines join members who take part in a project together; dashed lines join competitors. "
        "The colour of a line is the pair's trust at the end of the roadmap, from red (low) to "
        "green (high). In a cluster with many competitors only the chosen member's are drawn."
    ),
    "figures.network_member": "Member:",
    "figures.network_theme": "Theme:",
    "figures.network_phase": "Phase:",
    "figures.network_static_note": (
        "The printed report shows this overview; the HTML file also has an interactive network."
    ),
    "figures.network_all_themes": "all themes",
    "figures.network_all_phases": "all phases",
    "figures.network_choose_member": "choose a member …",
    "figures.network_members_shown": "{shown} of {total} members shown",
    "figures.network_themes": "Needs",
    "figures.network_no_themes": "no stated needs",
    "figures.network_projects": "Projects",
    "figures.network_no_projects": "no project in the roadmap",
    "figures.network_contacts": "Works together with",
    "figures.network_no_contacts": "nobody yet",
    "figures.network_competitors": "Competitors",
    "figures.network_trust": "trust",
    "figures.network_initiative": "Trust in the initiative",
    "figures.network_initiative_explained": (
        "How much this member trusts the cluster initiative itself (0 = not at all, 1 = fully): "
        "it grows with every project of the cluster that goes well for them."
    ),
    "figures.network_hint": "Click a member to see their projects, contacts and trust.",
    # The summary sentence when the band of simulated runs is flat (one value).
    "figures.summary_trust_flat": (
        "If the plan is followed, cluster trust is expected to rise from {start} to {end} by "
        "the end of phase {phases} (at least 80 % of the {runs} simulated runs end at this "
        "value)."
    ),
    "figures.pdf_no_browser_summary": "The PDF cannot be written",
    "figures.pdf_no_browser": (
        "no Chromium browser was found to print the report. Install one (Debian and Ubuntu: "
        "sudo apt-get install chromium) or write the HTML report (-o report.html) and print it "
        "from your browser."
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
