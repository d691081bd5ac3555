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
    'book.file_header': (
        "trustmatch book: the cluster's figures per period (phase), kept by the cluster "
        'manager.\n'
        'Append-only: add entries with `trustmatch book record`; do not edit or remove earlier '
        'entries.'
    ),
    'book.malformed': 'The book is malformed',
    'book.missing': 'The book is missing',
    'book.does_not_fit': 'The book does not fit the scenario',
    'book.not_recorded': 'Nothing was recorded',
    'book.error_empty': "the book is empty; it needs 'scenario' and 'entries'",
    'book.error_not_mapping': "a book must be a mapping with 'scenario' and 'entries'",
    'book.error_unknown_key': (
        "unknown key (check the spelling; the book's format is in the README, section 'The "
        "manager's book')"
    ),
    'book.error_missing': 'is missing',
    'book.error_at_least': 'must be at least {bound} (got {got})',
    'book.error_at_most': 'must be at most {bound} (got {got})',
    'book.error_number': 'must be a number (got {got!r})',
    'book.error_whole_number': 'must be a whole number (got {got!r})',
    'book.error_figure': 'must be a number or a band [low, high] (got {got!r})',
    'book.error_no_file': 'no such book file',
    'book.error_unreadable': 'cannot read the book: {reason}',
    'book.error_recorded_twice': (
        '{figure} of period {period} is already recorded in entry {entry}; the book is '
        'append-only'
    ),
    'book.error_other_scenario': "this book belongs to the cluster '{book}', not to '{scenario}'",
    'book.error_unknown_member': "'{member}' is not a member of this cluster",
    'book.error_period_beyond': (
        'period {period} is after the last phase of the scenario ({phases})'
    ),
    'book.cli_figure_form': (
        'write each figure as NAME=VALUE, e.g. events_held=3 or revenue_growth_pct=5..10'
    ),
    'book.cli_unknown_figure': 'unknown figure{hint}; known figures: {known}',
    'book.did_you_mean': " (did you mean '{name}'?)",
    'book.cli_bad_value': (
        "must be a number (4.2) or a band LOW..HIGH (5..10, ..10, 10..) (got '{got}')"
    ),
    'book.the_cluster': 'the cluster',
    'book.recorded': {
        'one': 'Recorded 1 figure of {whose} for period {period} in {book}.',
        'other': 'Recorded {count} figures of {whose} for period {period} in {book}.',
    },
    'book.comparison_heading_one': (
        'Members who took part in projects and those who did not (period {period}; groups under '
        '{min} members are not shown):'
    ),
    'book.network_heading': 'The network of members (who has worked with whom)',
    'book.col_phase': 'Phase',
    'book.col_ties': 'Ties',
    'book.col_density': 'Density',
    'book.col_largest': 'In largest part',
    'book.col_isolated': 'Isolated',
    'book.col_trust': 'Mean trust',
    'book.col_centralisation': 'Centralisation',
    'book.phase_before': 'before',
    'book.simulated_mark': '(simulated)',
    'book.simulated_note': 'Phases marked (simulated) are a forecast of the roadmap, not a record.',
    'book.isolated_line': 'Still without any joint project: {names}.',
    'book.brokers_line': 'Brokers (the network splits without them): {names}.',
    'book.kinds_line': 'Ties between kinds of member: {pairs}.',
    'book.nobody': 'nobody',
    'book.names_more': {
        'one': '{names} and 1 more',
        'other': '{names} and {count} more',
    },
    'book.kind_company': 'company',
    'book.kind_startup': 'start-up',
    'book.kind_supplier': 'supplier',
    'book.kind_university': 'university',
    'book.kind_research': 'research institute',
    'book.kind_association': 'association',
    'book.kind_public': 'public body',
    'book.effects_heading': 'What moved the cluster',
    'book.no_figures': 'no cluster figures recorded',
    'book.period_line': (
        'Period {period}: {figures}. Activities: {run} projects took place, {succeeded} '
        'succeeded; {members} members took part; {contacts} new contacts.'
    ),
    'book.comparison_heading': (
        'Members who took part in projects and those who did not (period {first} → {last}; '
        'groups under {min} members are not shown):'
    ),
    'book.took_part': 'took part',
    'book.did_not': 'did not take part',
    'book.group_suppressed': {
        'one': 'not shown (1 member, fewer than {min})',
        'other': 'not shown ({count} members, fewer than {min})',
    },
    'book.group_line': {
        'one': '{first} → {last}, change {change} (1 member)',
        'other': '{first} → {last}, change {change} ({count} members)',
    },
    'book.not_cause': (
        'These figures are set side by side, not a proof of cause: members who take part in '
        'projects may differ from the others in many ways.'
    ),
    'book.gains_heading': 'Project types that preceded the largest gains in trust and contacts:',
    'book.gain_line': {
        'one': (
            "{type}: 1 project, trust {trust} over its participants' pairs, {contacts} new "
            'contacts'
        ),
        'other': (
            "{type}: {count} projects, trust {trust} over their participants' pairs, {contacts} "
            'new contacts'
        ),
    },
    'book.figure_members': 'members',
    'book.figure_members_joined': 'members joined',
    'book.figure_members_left': 'members left',
    'book.figure_events_held': 'events held',
    'book.figure_event_participants': 'event participants',
    'book.figure_projects_run': 'projects run',
    'book.figure_projects_succeeded': 'projects succeeded',
    'book.figure_funding_raised_eur': 'funding raised (€)',
    'book.figure_press_mentions': 'press mentions',
    'book.figure_fair_appearances': 'trade-fair appearances',
    'book.figure_international_contacts': 'international contacts',
    'book.figure_satisfaction': 'satisfaction (1-5)',
    'book.figure_satisfaction_responses': 'satisfaction answers',
    'book.figure_revenue_growth_pct': 'revenue growth (%)',
    'book.figure_production_growth_pct': 'production growth (%)',
    'book.figure_sick_leave_pct': 'sick leave (%)',
    'book.figure_employees': 'employees',
    'book.figure_rnd_staff': 'R&D staff',
    'book.figure_export_share_pct': 'export share (%)',
    'book.kickoff_summary': 'Kick-off: {project}',
    'book.kickoff_category': 'Cluster kick-off',
    'book.agenda_intro': 'Kick-off meeting of the cluster project "{project}".',
    'book.agenda_needs': 'The project serves these needs of its members: {needs}.',
    'book.agenda_why': 'Why it was recommended: {why}',
    'book.agenda_items': (
        'Agenda: 1. Getting to know each other. 2. Goals and what each member brings. 3. First '
        'steps, roles and dates. 4. How we keep each other informed.'
    ),
    'book.agenda_participants': 'Participants: {names}.',
    'book.meetings_refused': 'No invitations were written',
    'book.meetings_other_scenario': (
        "the plan was made for the cluster '{plan}', not for '{scenario}'"
    ),
    'book.meetings_no_start': (
        'the scenario gives no start date of phase 1 (calendar.start): give it with --start '
        'YYYY-MM-DD'
    ),
    'book.cannot_write': 'cannot write here: {reason}',
    'book.meetings_window': 'Kick-off meetings for phase {phase} ({first} to {last}):',
    'book.meeting_line': {
        'one': '{project}: {day}, {time} (1 participant)',
        'other': '{project}: {day}, {time} ({count} participants)',
    },
    'book.meeting_none': (
        '{project}: no day of the phase suits every participant (unavailable or already booked: '
        '{names})'
    ),
    'book.meetings_written': {
        'one': (
            'Wrote 1 invitation and the participant lists (participants.csv, participants.xlsx) '
            'to {folder}.'
        ),
        'other': (
            'Wrote {count} invitations and the participant lists (participants.csv, '
            'participants.xlsx) to {folder}.'
        ),
    },
    'book.xlsx_sheet': 'Participants',
    'book.fig_panel_before': 'Before the first project',
    'book.fig_panel_phase': 'After phase {phase}',
    'book.fig_panel_simulated': 'After phase {phase} (simulated)',
    'book.fig_panel_counts': '{ties} ties, {isolated} isolated',
    'book.fig_panels_title': 'The network of members, phase by phase',
    'book.fig_panels_caption': (
        'Each dot is a member (colour: kind of member; red ring: no joint project yet), each '
        'line two members who have worked together. Dashed lines in simulated phases are a '
        'forecast.'
    ),
    'book.fig_simulated_legend': 'forecast (simulated)',
    'book.fig_recorded_legend': 'recorded',
    'book.report_heading': "The network and the manager's book",
    'book.report_intro': (
        'Who has worked with whom, phase by phase (from the projects recorded in the ledger and '
        'the cooperation known before), and the figures the cluster management keeps.'
    ),
    'book.col_figure': 'Figure',
    'book.col_group': 'Members',
    'book.col_first': 'First period',
    'book.col_last': 'Last period',
    'book.col_change': 'Change',
    'book.col_members': 'Members behind the change',
    'book.fig_measure_density': 'Density',
    'book.fig_measure_largest_part_share': 'Share in the largest connected part',
    'book.fig_measure_mean_trust': 'Mean trust',
    'book.fig_measure_degree_centralisation': 'Degree centralisation',
    'book.fig_lines_title': 'How the network develops',
    'book.fig_lines_caption': (
        'Density: share of all pairs of members who have worked together. Largest part: share '
        'of members connected to each other through joint projects. Centralisation: 1 when '
        'everything runs through one member, 0 when ties are spread evenly.'
    ),
    'book.xlsx_project': 'Project id',
    'book.xlsx_project_label': 'Project',
    'book.xlsx_date': 'Date',
    'book.xlsx_time': 'Time',
    'book.xlsx_member': 'Member id',
    'book.xlsx_member_name': 'Member',
    'book.xlsx_kind': 'Kind',
    'book.xlsx_email': 'E-mail',
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
