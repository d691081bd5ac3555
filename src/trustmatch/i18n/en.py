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
    "survey.sheet.instructions": "Instructions",
    "survey.sheet.members": "Members",
    "survey.sheet.needs": "Needs",
    "survey.sheet.competitors": "Competitors",
    "survey.sheet.cooperation": "Cooperation",
    "survey.sheet.lists": "Lists",
    "survey.column.members.name": "Name",
    "survey.column.members.kind": "Kind",
    "survey.column.members.markets": "Markets",
    "survey.column.members.size": "Employees",
    "survey.column.needs.member": "Member",
    "survey.column.needs.need": "Need (in your own words)",
    "survey.column.needs.importance": "Importance",
    "survey.column.competitors.member": "Member",
    "survey.column.competitors.competitor": "Competitor",
    "survey.column.cooperation.member": "Member",
    "survey.column.cooperation.partner": "Partner",
    "survey.column.cooperation.experience": "How it went",
    "survey.hint.members.name": "The member's name as everyone knows it, e.g. Sawmill Keller Ltd.",
    "survey.hint.members.kind": "Pick from the list: company, start-up, supplier, university, "
    "research institute, association or public body.",
    "survey.hint.members.markets": "The markets the member sells in, separated by commas "
    "(firms that share a market are treated as competitors).",
    "survey.hint.members.size": "Number of employees (optional).",
    "survey.hint.needs.member": "Pick the member from the list (names from the Members sheet).",
    "survey.hint.needs.need": "One need per row, in the member's own words, e.g. "
    "\"We cannot find apprentices\".",
    "survey.hint.needs.importance": "How important this need is: 1 (a little) to 5 (very).",
    "survey.hint.competitors.member": "A member who sees another member as a competitor.",
    "survey.hint.competitors.competitor": "The member it competes with.",
    "survey.hint.cooperation.member": "A member who has worked with another member before.",
    "survey.hint.cooperation.partner": "The member it worked with.",
    "survey.hint.cooperation.experience": "How the cooperation went: good, mixed or poor.",
    "survey.kind.company": "Company",
    "survey.kind.startup": "Start-up",
    "survey.kind.supplier": "Supplier",
    "survey.kind.university": "University",
    "survey.kind.research": "Research institute",
    "survey.kind.association": "Association",
    "survey.kind.public": "Public body",
    "survey.experience.good": "good",
    "survey.experience.mixed": "mixed",
    "survey.experience.poor": "poor",
    "survey.csv.need": "need",
    "survey.csv.importance": "importance",
    "survey.csv.competitors": "competitors",
    "survey.csv.cooperation": "cooperation",
    "survey.need.skilled-workers": "Finding and keeping skilled workers and apprentices",
    "survey.need.visibility": "Regional and international visibility",
    "survey.need.training": "Further training and qualification",
    "survey.need.sustainability": "Sustainability and circular economy",
    "survey.need.purchasing": "Lower costs through joint purchasing",
    "survey.need.energy-costs": "Lower energy costs and more efficient use of energy",
    "survey.need.digitalisation": "Digitalisation of processes and products",
    "survey.need.new-markets": "Entering new and foreign markets",
    "survey.need.innovation": "Research, development and new products",
    "survey.type.workshop": "Experience-exchange workshop",
    "survey.type.company-visits": "Company visits: members visit each other's sites",
    "survey.type.open-day": "Joint open day for pupils, students and the public",
    "survey.type.joint-training": "Joint training course",
    "survey.type.joint-purchasing": "Joint purchasing (energy, materials, services)",
    "survey.type.trade-fair-booth": "Shared booth at a trade fair",
    "survey.type.joint-pilot": "Joint pilot project (digitalisation, energy, sustainability)",
    "survey.type.joint-market-entry": "Joint entry into a new or foreign market",
    "survey.type.joint-rnd": "Joint research and development project",
    "survey.instructions.title": "Needs survey of the cluster",
    "survey.instructions.purpose": "With this survey the cluster management learns what each "
    "member needs. Where needs overlap, it proposes small joint starter projects (a workshop, "
    "company visits, an open day) and, as the members come to trust each other, more ambitious "
    "ones up to joint research and development.",
    "survey.instructions.members": "Sheet \"Members\": one row per member with its name, its "
    "kind (pick from the list), the markets it sells in and, if you like, its number of "
    "employees.",
    "survey.instructions.needs": "Sheet \"Needs\": one row per need. Pick the member from the "
    "list and write the need in your own words, as you would say it to a colleague; a member "
    "may state as many needs as it has.",
    "survey.instructions.importance": "Importance: 1 means \"would be nice\", 5 means \"very "
    "important to us\".",
    "survey.instructions.competitors": "Sheet \"Competitors\" (optional): pairs of members who "
    "compete with each other beyond sharing a market. No project will let one of them gain at "
    "the other's expense.",
    "survey.instructions.cooperation": "Sheet \"Cooperation\" (optional): pairs of members who "
    "have worked together before, and how it went (good, mixed or poor).",
    "survey.instructions.confidential": "The answers are used only by the cluster management "
    "to plan joint projects. Please do not rename the sheets or the headers in the first row.",
    "survey.instructions.import": "For the cluster management: trustmatch import-survey "
    "THIS-FILE.xlsx -o cluster.yaml --budget 30000 --hours 200",
    "survey.template.required": " (required)",
    "survey.template.invalid.kinds": "Please pick a kind of member from the list.",
    "survey.template.invalid.importance": "Please give a whole number from 1 to 5.",
    "survey.template.invalid.experience": "Please pick good, mixed or poor.",
    "survey.template.invalid.members": "Please pick a member listed on the Members sheet.",
    "survey.error.folder": "is a folder, not a survey file",
    "survey.error.no_file": "no such file",
    "survey.error.unreadable": "cannot be read: {reason}",
    "survey.error.file_too_large": "the file is {size} MB; survey files are limited to "
    "{limit} MB",
    "survey.error.not_xlsx": "this is not an Excel workbook (.xlsx) or a CSV file; save the "
    "survey as .xlsx, or export the form as .csv",
    "survey.error.zip_entries": "the workbook holds {count} parts; at most {limit} are accepted",
    "survey.error.zip_too_large": "the workbook unpacks to {size} MB; at most {limit} MB are "
    "accepted",
    "survey.error.broken_xlsx": "the workbook cannot be opened ({reason}); open it in your "
    "spreadsheet program and save it again as .xlsx",
    "survey.error.no_members_sheet": "no sheet with the members: expected a sheet named "
    "{expected}, found {found}",
    "survey.error.missing_column": "no column \"{column}\" in the first row; keep the headers "
    "of the template",
    "survey.error.too_many_rows": "more than {limit} rows; a survey is limited to {limit} rows "
    "per sheet",
    "survey.error.binary": "this is not a text file; export the form as CSV",
    "survey.error.csv_syntax": "the CSV file cannot be read here: {reason}",
    "survey.error.empty": "the file is empty",
    "survey.error.required": "{column} is missing",
    "survey.error.too_long": "too long ({length} characters, at most {limit})",
    "survey.error.size": "the number of employees must be a whole number (got {got})",
    "survey.error.importance": "importance must be 1-5 (got {got})",
    "survey.error.kinds": "unknown kind of member {got}; choose one of: {options}",
    "survey.error.experience": "unknown answer {got}; choose one of: {options}",
    "survey.error.duplicate_member": "the member \"{name}\" is listed twice (first at {first})",
    "survey.error.too_many_members": "more than {limit} members; a survey is limited to "
    "{limit} members",
    "survey.error.no_members": "no members: fill in at least one row of the members",
    "survey.error.did_you_mean": "; did you mean \"{name}\"?",
    "survey.error.unknown_member": "unknown member {name}: not on the sheet \"{sheet}\"{hint}",
    "survey.error.self_pair": "\"{name}\" is paired with itself",
    "survey.error.budget": "the budget must be a number of euros, 0 or more",
    "survey.error.hours": "the hours must be a number, 0 or more",
    "survey.error.summary": {
        "one": "{file} cannot be imported ({count} error)",
        "other": "{file} cannot be imported ({count} errors)",
    },
    "survey.warning.no_needs": "\"{name}\" states no need; it can join projects only once it "
    "does",
    "survey.yaml.header": "The cluster as described by the needs survey {source}: {members}, "
    "{needs}.\nWritten by `trustmatch import-survey`. Check it and plan the first projects:\n\n"
    "    trustmatch validate THIS-FILE\n    trustmatch plan THIS-FILE\n\nThe needs stay in the "
    "members' own words; their weight is the importance (1-5) given in the survey.\nThe "
    "project types and the needs catalogue below are trustmatch's defaults: change costs, "
    "trust thresholds and labels to fit the cluster.",
    "survey.yaml.members": {"one": "{count} member", "other": "{count} members"},
    "survey.yaml.needs": {"one": "{count} need", "other": "{count} needs"},
    "survey.yaml.description": "Imported from the needs survey {source}.",
    "survey.yaml.seed": "same seed, same results",
    "survey.yaml.phases": "planning periods, e.g. half-years",
    "survey.yaml.resources": "available in each phase",
    "survey.yaml.budget": "euros for joint projects (--budget)",
    "survey.yaml.hours": "the cluster manager's hours for projects (--hours)",
    "survey.yaml.objective": "how much each part of a plan counts",
    "survey.yaml.need_value": "per point of importance of a served need",
    "survey.yaml.new_contacts": "per pair of members working together for the first time",
    "survey.yaml.cost": "per euro spent",
    "survey.yaml.actors": "the members; the comment says where each came from in the survey",
    "survey.yaml.member_needs": "in the member's own words; weight = importance",
    "survey.yaml.derive": "firms that share a market compete",
    "survey.yaml.pairs": "competitors named in the survey",
    "survey.yaml.tolerance": "largest difference of competitors' served shares of needs",
    "survey.yaml.prior_mean": "trust between members who have not worked together (0-1)",
    "survey.yaml.prior_strength": "how firmly that is held",
    "survey.yaml.known": "earlier cooperation named in the survey",
    "survey.yaml.catalogue": "needs catalogue: members' own words are matched to these",
    "survey.yaml.project_types": "from starter (ambition 1) to joint R&D (4)",
    "survey.yaml.overrides": "what if: trustmatch plan THIS-FILE --override half-budget",
    "survey.cli.template_written": "Wrote the survey workbook {path}; send it to the members, "
    "then: trustmatch import-survey {path} -o cluster.yaml --budget 30000",
    "survey.cli.imported": "Wrote {path} with {members} and {needs}; next: trustmatch plan "
    "{path}",
    "survey.cli.exists": "already exists; choose another name or add --force to overwrite it",
    "survey.cli.cannot_write": "cannot be written: {reason}",
    "survey.cli.nothing_written": "Nothing written",
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # app: the local web app (issue 16)
    # ---------------------------------------------------------------------------------------
    "app.nav.label": "Cluster",
    "app.nav.overview": "Overview",
    "app.nav.members": "Members",
    "app.nav.budgets": "Budgets",
    "app.nav.types": "Project types",
    "app.nav.figures": "Roadmap and figures",
    "app.index.title": "Your clusters",
    "app.index.lead": (
        "Plan the next projects of your cluster, record what happened and plan again."
    ),
    "app.index.folder": "Folder: {folder}",
    "app.index.clusters": "Clusters in this folder",
    "app.index.none": "There is no cluster in this folder yet. Create one below.",
    "app.upload.title": "From a needs survey",
    "app.upload.lead": (
        "Upload the filled-in survey workbook (.xlsx), the CSV export of your web form, or a "
        "scenario file (.yaml)."
    ),
    "app.upload.file": "Survey or scenario file",
    "app.upload.submit": "Create the cluster",
    "app.upload.missing": "Choose a file to upload.",
    "app.upload.kind": "Upload an .xlsx, .csv or .yaml file.",
    "app.upload.unreadable": "This file cannot be read: it is not UTF-8 text.",
    "app.upload.problems": {
        "one": "The file has {count} problem; correct it and upload it again:",
        "other": "The file has {count} problems; correct them and upload it again:",
    },
    "app.blank.title": "By hand",
    "app.blank.lead": (
        "Start from an example cluster with five members and replace them with yours in the forms."
    ),
    "app.blank.submit": "Create an example cluster",
    "app.new.name": "Name of the cluster",
    "app.new.name_hint": "Becomes the file name, e.g. holzcluster-schwarzwald.yaml.",
    "app.new.budget": "Budget per phase (€)",
    "app.new.hours": "Your hours per phase",
    "app.new.optional": "Optional.",
    "app.new.bad_name": "Use letters and digits in the name.",
    "app.new.exists": "{file} already exists in this folder; choose another name.",
    "app.cluster.files": "Files: {scenario} (the cluster), {ledger} (what happened)",
    "app.cluster.invalid": {
        "one": (
            "The scenario file has {count} problem. Correct it in the file, then reload this page:"
        ),
        "other": (
            "The scenario file has {count} problems. Correct them in the file, then reload this "
            "page:"
        ),
    },
    "app.cluster.ledger_invalid": {
        "one": "The ledger has {count} problem; planning waits until it is corrected:",
        "other": "The ledger has {count} problems; planning waits until they are corrected:",
    },
    "app.plan.title": "Plan for phase {phase}",
    "app.plan.none": "Nothing is planned yet. Planning takes a few seconds to a minute.",
    "app.plan.stale": (
        "The cluster or the recorded outcomes changed since this plan for phase {phase} was made:"
        " plan again to take them into account."
    ),
    "app.plan.button": "Plan phase {phase}",
    "app.plan.recommended": "Recommended projects for phase {phase}",
    "app.plan.used": "{used} of {available}",
    "app.plan.status.optimal": "The best plan under your budgets (proven).",
    "app.plan.status.feasible": "A good plan; the time was too short to prove it is the best.",
    "app.plan.status.heuristic": "A plan made by a simple rule, not optimised.",
    "app.plan.status.infeasible": "No plan fits these budgets and rules.",
    "app.plan.status.time_limit": "The time ran out before any plan was found.",
    "app.plan.status.error": "The planning failed.",
    "app.plan.no_projects": "No project fits this phase.",
    "app.plan.ambition": "level {level}",
    "app.plan.participants": "Participants",
    "app.plan.serves": "Serves",
    "app.plan.contacts": {
        "one": "{count} new contact",
        "other": "{count} new contacts",
    },
    "app.plan.roadmap": "Roadmap",
    "app.plan.roadmap_note": (
        "Later phases assume the recommended projects go as expected; plan again after recording "
        "what really happened."
    ),
    "app.plan.phase": "Phase",
    "app.plan.projects": "Projects",
    "app.plan.trust_after": "Cluster trust afterwards",
    "app.plan.figures": "Roadmap, figures and the full report",
    "app.plan.running_title": "Planning phase {phase}",
    "app.plan.running_note": (
        "You can leave this page; the planning goes on and the plan appears on the cluster page."
    ),
    "app.plan.queued": "Waiting to start …",
    "app.plan.progress": {
        "one": "{done} of {count} simulated run done",
        "other": "{done} of {count} simulated runs done",
    },
    "app.plan.done": "Done.",
    "app.plan.back": "Back to the cluster",
    "app.plan.failed_input": "The plan could not be made: the cluster's files have problems.",
    "app.plan.failed_solver": "The plan could not be made: the optimisation gave no usable answer.",
    "app.plan.failed_internal": (
        "The plan could not be made because of an error in trustmatch. The details are in the "
        "terminal where the app runs."
    ),
    "app.record.title": "What happened in phase {phase}?",
    "app.record.lead": (
        "Record each project once it has taken place. Outcomes go into the ledger and change the "
        "trust the next plan starts from."
    ),
    "app.record.who_came": "Who came?",
    "app.record.who": {
        "one": "{count} participant",
        "other": "{count} participants",
    },
    "app.record.note": "Note (optional)",
    "app.record.submit": "Record",
    "app.record.nobody": "Tick at least one participant.",
    "app.record.already": (
        "This project is already recorded for this phase; the ledger keeps the first record."
    ),
    "app.record.refused": (
        "The outcome could not be recorded; the details are in the terminal where the app runs."
    ),
    "app.record.refused_title": "Not recorded",
    "app.record.no_plan": "There is no plan to record outcomes for; plan first.",
    "app.result.success": "success",
    "app.result.failure": "failure",
    "app.result.cancelled": "did not take place",
    "app.members.title": {
        "one": "{count} member",
        "other": "{count} members",
    },
    "app.members.needs": "Needs",
    "app.members.add": "Add a member",
    "app.member.name": "Name",
    "app.member.kind": "Kind",
    "app.member.markets": "Markets",
    "app.member.markets_hint": (
        "Short names separated by commas; members of the same market count as competitors."
    ),
    "app.member.size": "Employees",
    "app.member.capacity": "Projects per phase at most",
    "app.member.needs": "Needs",
    "app.member.needs_hint": (
        "In the member's own words, or a need from the list; importance from 1 (low) to 5 (high)."
    ),
    "app.member.own_words": "(in own words)",
    "app.member.need_tag": "From the list",
    "app.member.need_text": "Need",
    "app.member.need_new": "New need",
    "app.member.need_weight": "Importance",
    "app.member.need_remove": "remove",
    "app.member.need_empty": "Write the need or choose one from the list (or tick remove).",
    "app.member.new_title": "New member",
    "app.member.edit_title": "Edit member",
    "app.member.edit": "edit",
    "app.member.delete": "Remove this member from the cluster",
    "app.member.gone": "This member is no longer in the file.",
    "app.member.employees": {
        "one": "{count} employee",
        "other": "{count} employees",
    },
    "app.member.projects": "Projects",
    "app.member.recommended": "Recommended now",
    "app.member.with": "with",
    "app.member.recorded": "Done so far",
    "app.member.later": "Planned later (if all goes as expected)",
    "app.member.no_projects": "No project yet.",
    "app.member.trust": "Trust",
    "app.member.initiative": "Trust in the cluster initiative: {value}",
    "app.member.contacts": {
        "one": "{count} contact from joint projects",
        "other": "{count} contacts from joint projects",
    },
    "app.member.together": "Joint projects",
    "app.member.pair_trust": "Trust",
    "app.member.no_contacts": (
        "No joint project recorded yet; trust towards the others is at the starting value of "
        "{value}."
    ),
    "app.member.weight": "importance {value}",
    "app.member.served": "Share of the needs the recommended projects serve: {value}",
    "app.member.open_needs": "Open needs",
    "app.budgets.title": "Budgets per phase",
    "app.budgets.lead": "What the cluster can spend on joint projects in each phase.",
    "app.budgets.edit": "Change the budgets",
    "app.resource.budget_eur": "Budget",
    "app.resource.manager_hours": "Cluster manager's hours",
    "app.resource.lab_days": "Lab days",
    "app.types.title": {
        "one": "{count} project type",
        "other": "{count} project types",
    },
    "app.types.edit": "edit",
    "app.types.add": "Add a project type",
    "app.type.new_title": "New project type",
    "app.type.edit_title": "Edit project type",
    "app.type.label": "Name",
    "app.type.ambition": "Ambition",
    "app.type.ambition_hint": "1 = starter project … 4 = most ambitious (joint R&D).",
    "app.type.participants": "Participants",
    "app.type.min": "Participants at least",
    "app.type.max": "Participants at most",
    "app.type.max_below_min": "Must not be below the least number of participants.",
    "app.type.trust": "Trust needed",
    "app.type.success": "Chance of success",
    "app.type.share_hint": "Between 0 and 1, e.g. 0.5.",
    "app.type.fixed": "Fixed",
    "app.type.per": "Per participant",
    "app.type.gone": "This project type is no longer in the file.",
    "app.kind.company": "company",
    "app.kind.startup": "start-up",
    "app.kind.supplier": "supplier",
    "app.kind.university": "university",
    "app.kind.research": "research institute",
    "app.kind.association": "association",
    "app.kind.public": "public body",
    "app.field.required": "Please fill this in.",
    "app.field.too_long": "At most {limit} characters.",
    "app.field.not_a_number": "Please enter a number.",
    "app.field.whole_number": "Please enter a whole number.",
    "app.field.at_least": "Must be at least {limit} (got {value}).",
    "app.field.at_most": "Must be at most {limit} (got {value}).",
    "app.field.above": "Must be more than {limit} (got {value}).",
    "app.field.choose": "Please choose one of the options.",
    "app.field.names": "Use letters or digits in each name.",
    "app.field.rejected": "This value does not fit the rest of the cluster.",
    "app.edit.save": "Save",
    "app.edit.cancel": "Cancel",
    "app.edit.conflict": (
        "Not saved: the file was changed in the meantime (in another tab or outside the app). "
        "Reload the page to see the current state, then make your change again."
    ),
    "app.edit.reload": "Reload with the current state",
    "app.edit.rejected_at": (
        "Not saved: the change does not fit the rest of the cluster (at {path})."
    ),
    "app.figures.title": "Roadmap, figures and report",
    "app.figures.frame": "The report of the cluster",
    "app.report.download_html": "Download the report (HTML)",
    "app.report.download_pdf": "Download the report (PDF)",
    "app.report.pdf_failed": (
        "The PDF could not be made here; the HTML report holds the same content."
    ),
    "app.report.no_plan": "Plan the next phase first; the report shows that plan.",
    "app.error.title": "That did not work",
    "app.error.back": "Back to the start page",
    "app.refused.generic": "The request could not be handled.",
    "app.refused.not_found": "There is no such page or file in this folder.",
    "app.refused.csrf": (
        "This form has expired or did not come from this app. Reload the page and send it again."
    ),
    "app.refused.too_large": "The upload is too large.",
    "app.refused.host": "This address is not the app's address.",
    "app.refused.token": (
        "Open the app with the address printed in the terminal where it was started (it contains "
        "the access token)."
    ),
    "app.cli.running": "trustmatch app on {folder}: {address}",
    "app.cli.stop": "Stop it with Ctrl+C.",
    "app.cli.exposed": (
        "Warning: the app listens on {host}, so other machines on the network can reach it. Every"
        " browser must present the access token below."
    ),
    "app.cli.token": "Access token: {token}",
    "app.cli.not_scenario": "give a folder or a scenario file ending in .yaml",
    "app.cli.cannot_bind": "cannot listen on {host}: {error}",
    "app.cli.cannot_start": "The app cannot start",
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
