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
    "common.kind.company": {"one": "company", "other": "companies"},
    "common.kind.startup": {"one": "start-up", "other": "start-ups"},
    "common.kind.supplier": {"one": "supplier", "other": "suppliers"},
    "common.kind.university": {"one": "university", "other": "universities"},
    "common.kind.research": {"one": "research institute", "other": "research institutes"},
    "common.kind.association": {"one": "association", "other": "associations"},
    "common.kind.public": {"one": "public body", "other": "public bodies"},
    "common.ambition.1": "starter",
    "common.ambition.2": "building",
    "common.ambition.3": "ambitious",
    "common.ambition.4": "most ambitious",
    "common.sensitivity.none": "none",
    "common.sensitivity.low": "low",
    "common.sensitivity.medium": "medium",
    "common.sensitivity.high": "high",
    "common.outcome.success": "success",
    "common.outcome.failure": "failure",
    "common.outcome.cancelled": "cancelled",
    "common.outcome.planned": "planned",
    "common.status.optimal": "proven best",
    "common.status.feasible": "valid, not proven best",
    "common.status.infeasible": "no valid choice of projects",
    "common.status.time_limit": "time limit reached",
    "common.status.heuristic": "chosen by a rule of thumb",
    "common.status.error": "the optimizer failed",
    "common.status.other": "no proven answer",
    "common.and": " and ",
    "common.quoted": "“{text}”",
    "common.project_on": "{type} on {needs}",
    "common.amount_of": "{resource}: {amount}",
    "common.strategy.optimal": "optimal",
    "common.strategy.lookahead": "lookahead",
    "common.strategy.greedy": "greedy",
    "common.strategy.random": "random",
    "common.strategy.big-bang": "big bang",
    "common.strategy.no-fairness": "no fairness",
    "common.strategy_means.optimal": (
        "lets the optimizer choose the best projects for this phase under every rule"
    ),
    "common.strategy_means.lookahead": (
        "lets the optimizer plan several phases ahead and commits only the next one"
    ),
    "common.strategy_means.greedy": (
        "takes the projects with the most value per cost first, without planning ahead"
    ),
    "common.strategy_means.random": "picks valid projects at random (a yardstick)",
    "common.strategy_means.big-bang": (
        "ignores trust and starts with the most ambitious projects at once"
    ),
    "common.strategy_means.no-fairness": (
        "drops the rule that competitors must benefit about equally"
    ),
    #
    #
    # ---------------------------------------------------------------------------------------
    # cli: the command-line shell, errors, progress (issues 15, 18)
    # ---------------------------------------------------------------------------------------
    "cli.progress.run": "Simulating runs",
    "cli.progress.unit_run": "runs",
    "cli.progress.phase": "Planning phases",
    "cli.progress.unit_phase": "phases",
    "cli.progress.strategy_run": "Comparing strategies",
    "cli.progress.unit_strategy_run": "runs",
    "cli.report.written": "Wrote {path} ({size} kB).",
    "cli.report.written_with_figures": {
        "one": "Wrote {path} ({size} kB) and one figure file.",
        "other": "Wrote {path} ({size} kB) and {count} figure files.",
    },
    "cli.roadmap.title": {
        "one": "Roadmap for {name}: one phase, strategy “{strategy}”",
        "other": "Roadmap for {name}: {count} phases, strategy “{strategy}”",
    },
    "cli.roadmap.phase": (
        "Phase {phase}: cluster trust {before} → {after}; highest ambition reached: {level}"
    ),
    "cli.roadmap.phase_unlocked": (
        "Phase {phase}: cluster trust {before} → {after}; highest ambition reached: {level} (the "
        "first success at this level)"
    ),
    "cli.roadmap.no_portfolio": "No valid choice of projects this phase.",
    "cli.roadmap.no_project": "No project this phase (nothing fits the trust and the resources).",
    "cli.roadmap.project": "{outcome}: {label} (ambition {level}, chance {chance})",
    "cli.roadmap.used_item": "{resource} {used} of {available}",
    "cli.roadmap.used": "Used: {items}. Optimization: {status}.",
    "cli.roadmap.total": {
        "one": "{succeeded} of one project succeeded; highest ambition reached: {level}.",
        "other": "{succeeded} of {count} projects succeeded; highest ambition reached: {level}.",
    },
    "cli.roadmap.unserved": {
        "one": "One stated need was served in no phase; “trustmatch plan” says why.",
        "other": "{count} stated needs were served in no phase; “trustmatch plan” says why.",
    },
    "cli.roadmap.monte_carlo": (
        "Over {count} simulated runs (median, in brackets 10–90 % of the runs; share of runs "
        "that reached each ambition level so far):"
    ),
    "cli.roadmap.col_phase": "Phase",
    "cli.roadmap.col_trust": "Cluster trust",
    "cli.roadmap.col_succeeded": "Projects succeeded",
    "cli.roadmap.col_reached": "≥ {level}",
    "cli.strategies.title": {
        "one": "Strategies on {name}: {phases} phases, one simulated run each, seed {seed}",
        "other": (
            "Strategies on {name}: {phases} phases, {count} simulated runs each, seed {seed} "
            "(mean ± standard deviation over the runs)"
        ),
    },
    "cli.strategies.col_strategy": "Strategy",
    "cli.strategies.col.final_cluster_trust": "Trust at the end",
    "cli.strategies.col.projects_succeeded": "Successes",
    "cli.strategies.col.highest_ambition": "Highest level",
    "cli.strategies.col.money_spent": "Money spent",
    "cli.strategies.col.worst_competitor_imbalance": "Competitor gap (max.)",
    "cli.strategies.col.projects_chosen": "Projects chosen",
    "cli.strategies.verdict": (
        "Verdict: among the strategies that keep competitors balanced, “{name}” leaves the "
        "cluster with the most trust ({value}; next: “{second}” with {second_value})."
    ),
    "cli.strategies.verdict_one": "Verdict: “{name}” leaves the cluster with trust {value}.",
    "cli.strategies.verdict_unfair": (
        "“{name}” ends with more trust ({value}), but lets the gap between two competitors "
        "grow to {gap}, more than the {tolerance} the scenario allows."
    ),
    "cli.strategies.means": "{name}: {text}.",
    "cli.validate.valid": "{path}: valid scenario '{name}'",
    "cli.validate.actors": "actors",
    "cli.validate.needs_stated": "needs stated",
    "cli.validate.needs_stated_text": "{count}: {tagged} tagged, {free} free text",
    "cli.validate.catalogue": "needs catalogue",
    "cli.validate.sensitivity": "(sensitivity {counts})",
    "cli.validate.competitor_pairs": "competitor pairs",
    "cli.validate.project_types": "project types",
    "cli.validate.ambition_level": "ambition {level}: {ids}",
    "cli.validate.explicit_projects": "explicit projects",
    "cli.validate.resources": "resources",
    "cli.validate.per_phase": "{resources} per phase",
    "cli.validate.phases": "phases",
    "cli.validate.phases_text": "{phases} (seed {seed})",
    "cli.validate.overrides": "overrides",
    "cli.validate.applied": "(applied: {names})",
    "cli.validate.warnings": "warnings",
    "cli.validate.none": "none",
    "cli.validate.more": {"one": "one more", "other": "{count} more"},
    "cli.plan.title": {
        "one": "{name}, phase {phase}: one project recommended",
        "other": "{name}, phase {phase}: {count} projects recommended",
    },
    "cli.plan.facts": "Ambition {level} ({ambition}) · chance of success {chance} · {uses}",
    "cli.plan.participants": {
        "one": "Participant: {names}",
        "other": "Participants ({count}): {names}",
    },
    "cli.plan.why": "Why: {text}",
    "cli.plan.left_out": "Not in it: {text}",
    "cli.plan.unserved": {
        "one": "One need stays open ({members}):",
        "other": "{count} needs stay open ({members}):",
    },
    "cli.plan.members": {"one": "stated by one member", "other": "stated by {count} members"},
    "cli.plan.more_members": {"one": "one more", "other": "{count} more"},
    "cli.plan.similar": {
        "one": "One similar reason for another member.",
        "other": "{count} similar reasons for other members.",
    },
    "cli.plan.unserved_need": "{need}: {names}",
    "cli.plan.solver": "Optimization: {status} ({name}, {seconds} s).",
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
    "report.title": "Cluster report: {name}",
    "report.subtitle": "Recommended trust-building projects, prepared by trustmatch on {date}",
    "report.contents": "Contents",
    "report.h_summary": "Summary",
    "report.summary_cluster": {
        "one": "{name} has one member: {kinds}.",
        "other": "{name} has {count} members: {kinds}.",
    },
    "report.summary_themes": {
        "one": "Their stated needs form one theme.",
        "other": "Their stated needs form {count} themes.",
    },
    "report.summary_shared": {
        "one": (
            "One of them is shared by at least two members; such overlaps are where joint projects "
            "can start."
        ),
        "other": (
            "{count} of them are shared by at least two members; these overlaps are where joint "
            "projects can start."
        ),
    },
    "report.summary_shared_none": "No theme is shared by two members yet.",
    "report.summary_competitors": {
        "one": (
            "One pair of members competes; every recommended project keeps the benefit of the two "
            "balanced, so neither has to fear a competitive loss."
        ),
        "other": (
            "{count} pairs of members compete with each other; every recommended project keeps the "
            "benefit of competitors balanced, so none of them has to fear a competitive loss."
        ),
    },
    "report.summary_projects": {
        "one": "We recommend starting phase {phase} with one project:",
        "other": "We recommend starting phase {phase} with {count} projects:",
    },
    "report.summary_project_item": {
        "one": "{label} (one participant)",
        "other": "{label} ({count} participants)",
    },
    "report.summary_no_projects": "No project can be recommended for phase {phase}.",
    "report.summary_cost": "Together they use {uses}.",
    "report.summary_cost_item": "{used} of {available} ({resource}, {share})",
    "report.summary_cost_item_open": "{used} ({resource})",
    "report.summary_contacts": {
        "one": "They bring one pair of members together for the first time.",
        "other": "They bring {count} pairs of members together for the first time.",
    },
    "report.summary_contacts_none": "They bring no new pairs of members together.",
    "report.summary_served": {
        "one": "They serve needs of one member.",
        "other": "They serve needs of {count} members.",
    },
    "report.summary_trust_band": (
        "If the plan is followed, cluster trust is expected to be {end} at the end of phase "
        "{phases} (today: {start}; between {low} and {high} in 80% of {runs} simulated runs)."
    ),
    "report.summary_trust_flat": (
        "If the plan is followed, cluster trust is expected to be {end} at the end of phase "
        "{phases} (today: {start}; the same in all {runs} simulated runs)."
    ),
    "report.summary_trust_single": (
        "If the plan is followed, cluster trust is expected to be {end} at the end of phase "
        "{phases} (today: {start}; one simulated run)."
    ),
    "report.summary_ambition": (
        "Along the way the cluster reaches projects of ambition level {level} of 4 ({label})."
    ),
    "report.summary_no_roadmap": (
        "No roadmap was computed, so the report shows no trust development."
    ),
    "report.summary_trust_scale": (
        "Trust is measured from 0 (none) to 1 (full); members who never worked together start at "
        "{prior}."
    ),
    "report.h_next": "What to do next",
    "report.next_invite": "Invite the participants of the recommended projects and agree on dates.",
    "report.next_record": (
        "When the phase is over, record what happened (command “trustmatch record”) and plan the "
        "next phase from the real outcomes."
    ),
    "report.next_recruit": {
        "one": (
            "Look for a new member for the need no current member can serve together with others "
            "(see “Unserved needs”)."
        ),
        "other": (
            "Look for new members for the {count} needs no current member can serve together with "
            "others (see “Unserved needs”)."
        ),
    },
    "report.next_solver": (
        "Note: the optimizer did not prove that this is the best choice of projects ({status}). "
        "Let it compute longer before you rely on the details."
    ),
    "report.h_portfolio": "Recommended projects for phase {phase}",
    "report.portfolio_intro": (
        "Each project below serves needs several members share. Participants were chosen so that "
        "every pair trusts each other enough for the project and no competitor gains at "
        "another's expense."
    ),
    "report.portfolio_empty": "No projects are recommended for this phase.",
    "report.col_type": "Project type",
    "report.col_ambition": "Ambition",
    "report.col_participants": "Participants",
    "report.col_needs": "Needs served",
    "report.col_contacts": "New contacts",
    "report.col_cost": "Cost",
    "report.col_success": "Chance of success",
    "report.col_why": "Why",
    "report.col_left_out": "Left out",
    "report.none_left_out": "nobody",
    "report.no_new_contacts": "none (they all know each other)",
    "report.why_generated": {
        "one": "{needs} for one participant; new contacts: {contacts}; cost: {cost}.",
        "other": "{needs} for {count} participants; new contacts: {contacts}; cost: {cost}.",
    },
    "report.resources_total": "Resources used in phase {phase}",
    "report.col_resource": "Resource",
    "report.col_used": "Used",
    "report.col_available": "Available",
    "report.col_share": "Share",
    "report.h_figures": "The cluster in figures",
    "report.h_batch": "Comparing strategies",
    "report.batch_intro": (
        "The batch results in {path} hold {count} runs of these strategies: {strategies}."
    ),
    "report.col_strategy": "Strategy",
    "report.col_runs": "Runs",
    "report.col_final_trust": "Final trust (median)",
    "report.col_total_cost": "Cost (median)",
    "report.col_succeeded": "Successful projects (median)",
    "report.h_unserved": "Unserved needs and whom to recruit",
    "report.unserved_intro": (
        "These needs were not served by any planned project. Where no current member can serve a "
        "need together with others, a new member can close the gap."
    ),
    "report.unserved_none": "Every stated need is served by at least one planned project.",
    "report.col_need": "Need",
    "report.col_stated_by": "Stated by",
    "report.col_reason": "Why it is open",
    "report.col_recruit": "Whom to recruit",
    "report.recruit_rules": (
        "How the hint is chosen: the need's words decide first (research and technology → "
        "research partner; skills, training and students → university; materials, purchasing, "
        "parts and logistics → supplier; founding, financing and new ideas → start-up; "
        "markets, export and visibility → established company); otherwise who states it "
        "decides (only start-ups, universities, research institutes, associations or public "
        "bodies → an established company; firms → a research partner for sensitive needs, else "
        "a supplier). Needs that only missing trust keeps open need no new member: they become "
        "possible as trust grows."
    ),
    "report.recruit_research": "a research partner",
    "report.recruit_university": "a university or college",
    "report.recruit_supplier": "a supplier",
    "report.recruit_startup": "a start-up",
    "report.recruit_company": "an established company",
    "report.because_words": "the need is about {topic}",
    "report.because_stater": "it is stated by {who}",
    "report.topic_research": "research and technology",
    "report.topic_university": "skills and training",
    "report.topic_supplier": "materials and supply",
    "report.topic_startup": "founders and new ideas",
    "report.topic_company": "markets and visibility",
    "report.recruit_trust_first": "nobody yet: build trust first",
    "report.because_trust": (
        "the members who share it do not trust each other enough yet; starter projects build "
        "that trust"
    ),
    "report.more_reasons": {
        "one": "and one similar reason for another member",
        "other": "and {count} similar reasons for other members",
    },
    "report.sole_need": "Only one member states it.",
    "report.h_provenance": "Where these results come from",
    "report.prov_version": "trustmatch version",
    "report.prov_scenario": "Scenario",
    "report.prov_hash": "Scenario file SHA-256",
    "report.prov_overrides": "Variants applied",
    "report.prov_sets": "Changed settings",
    "report.prov_seed": "Random seed",
    "report.prov_strategy": "Strategy",
    "report.prov_solver": "Optimization",
    "report.prov_solver_item": "phase {phase}: {status} ({name})",
    "report.prov_gap": "at most {gap} from the best possible",
    "report.prov_replications": "Simulated runs",
    "report.prov_roadmap_source": "Roadmap",
    "report.prov_batch": "Batch results",
    "report.prov_resources": "Resources (key: name, unit)",
    "report.prov_date": "Date",
    "report.prov_none": "none",
    "report.source_computed": "computed for this report",
    "report.source_file": "read from {path}",
    "report.source_given": "passed in by the caller",
    "report.source_ledger": "computed from the ledger {path}",
    "report.no_figure": "(no data for this figure)",
    "report.reason.trust_first": "Not enough trust yet: {text}",
    "report.reason.part_competitors": " (competitors {value}, sensitivity {level})",
    "report.reason.part_more": {
        "one": " (and one more participant)",
        "other": " (and {count} more participants)",
    },
    "report.reason.part_pairs": {"one": " (one such pair)", "other": " ({count} such pairs)"},
    "report.reason.trusts_too_few": (
        "{name} trusts too few of the other interested members at least {x}{competitors} to "
        "form a group of {count}."
    ),
    "report.reason.pair_too_low": (
        "{first} and {second} trust each other only {x}; the project needs {y}{pairs}."
    ),
    "report.reason.no_group_yet": (
        "the project type “{type}” needs {count} participants who trust each other at least "
        "{x}{competitors}; among the {members} members interested in it no such group exists "
        "yet."
    ),
    "report.reason.at_limit": {
        "one": "{name} already takes part in one project this phase (its limit is {limit}).",
        "other": "{name} already takes part in {count} projects this phase (its limit is {limit}).",
    },
    "report.reason.competitor_trust": (
        "{first} competes with {second}; their trust {x} is below the {y} competitors need for "
        "a project of sensitivity “{level}”{more}."
    ),
    "report.reason.trust_below": (
        "Trust between {first} and {second} is {x}, below the {y} this project needs{more}."
    ),
    "report.reason.full": "The project is full ({count} participants at most).",
    "report.reason.already_served": "Its need on “{need}” is already served by {project}.",
    "report.reason.balance_join": (
        "Joining would serve {first} much more of its needs than its competitor {second} gets "
        "this phase (served shares may differ by at most {t})."
    ),
    "report.reason.resource_left": (
        "Not enough {resource} left: one more participant needs {n}, {m} remain."
    ),
    "report.reason.not_worth_it": (
        "Adding {name} would not improve the plan: its cost outweighs what it adds here, or "
        "its capacity is better used in another project."
    ),
    "report.reason.no_capacity": "{name} takes part in no projects (its capacity per phase is 0).",
    "report.reason.no_type": (
        "No kind of project in the scenario addresses “{need}”; describe one for it (a project "
        "type or a project)."
    ),
    "report.reason.sole": (
        "No other member states this need: recruit a member who shares “{need}” (a supplier, "
        "start-up or research partner) so that a joint project becomes possible."
    ),
    "report.reason.too_few": {
        "one": (
            "Only one member states this need, fewer than the {least} participants the "
            "smallest fitting project type needs: recruit members who share “{need}”."
        ),
        "other": (
            "Only {count} members state this need, fewer than the {least} participants the "
            "smallest fitting project type needs: recruit members who share “{need}”."
        ),
    },
    "report.reason.busy": {
        "one": (
            "{name} already takes part in one project (its limit): other projects served more "
            "of its needs."
        ),
        "other": (
            "{name} already takes part in {count} projects (its limit): other projects served "
            "more of its needs."
        ),
    },
    "report.reason.balance_need": (
        "Competitor balance: serving it would put {first} too far ahead of its competitor "
        "{second} (served shares may differ by at most {t}); a project that serves {third} too "
        "would make room for it."
    ),
    "report.reason.resource_spent": (
        "Not enough {resource} left for a project on it: the resources went to projects worth "
        "more; more resources would allow it."
    ),
    "report.reason.no_valid_group": (
        "No valid group could be formed for it this phase: the other members who share it are "
        "kept out by their capacity or the competitor balance, or it was worth less than its "
        "cost."
    ),
    #
    #
    #
    # ---------------------------------------------------------------------------------------
    # figures: titles, axes and legends of the figures and the interactive network (issue 15)
    # ---------------------------------------------------------------------------------------
    "figures.fig_actor_needs": "Who needs what",
    "figures.fig_actor_needs_caption": (
        "Members (left and right, coloured by kind) and the need themes they stated (middle, "
        "coloured by sensitivity). Members are grouped by their most important theme; thicker "
        "lines mean more important needs."
    ),
    "figures.fig_overlap": "Which themes share members",
    "figures.fig_overlap_caption": (
        "Number of members two themes have in common (the diagonal: members in the theme). "
        "Themes with many shared members are good ground for joint projects."
    ),
    "figures.fig_overlap_truncated": (
        "Showing the {shown} themes with the most members (of {total})."
    ),
    "figures.fig_trust_network": "Competitors and trust",
    "figures.fig_trust_network_caption": (
        "Members on a circle, competitors next to each other. Solid lines join members who have "
        "worked together or know each other, dashed lines join competitors; the colour shows "
        "their mutual trust {when}."
    ),
    "figures.trust_when_end": "at the end of the roadmap (phase {phase})",
    "figures.trust_when_start": "today",
    "figures.fig_trust_phases": "Cluster trust over the phases",
    "figures.fig_trust_phases_caption": (
        "Mean trust between all pairs of members, today and after each planned phase. The band "
        "holds 80 % of {runs} simulated runs (10–90 %), the line is their median."
    ),
    "figures.fig_trust_phases_caption_single": (
        "Mean trust between all pairs of members, today and after each planned phase of one "
        "simulated run."
    ),
    "figures.fig_roadmap": "Roadmap",
    "figures.fig_roadmap_caption": (
        "The projects of each phase, coloured by ambition; the mark shows how they went "
        "(simulated, or recorded where you recorded them)."
    ),
    "figures.fig_batch": "Strategy comparison",
    "figures.fig_batch_caption": (
        "Results of {runs} batch runs by strategy: cluster trust at the end, total cost and "
        "number of successful projects (boxes: middle half of the runs, line: median)."
    ),
    "figures.ax_phase": "Phase",
    "figures.ax_trust": "Trust (0 = none, 1 = full)",
    "figures.ax_initiative_trust": "Trust in the initiative (mean)",
    "figures.ax_band": "10–90 % of simulated runs",
    "figures.ax_median": "Median of simulated runs",
    "figures.ax_this_run": "Roadmap shown below",
    "figures.ax_pair_trust": "Mutual trust",
    "figures.ax_shared_members": "Shared members",
    "figures.ax_worked_together": "worked together / known",
    "figures.ax_competitors": "competitors",
    "figures.ax_no_needs": "(no stated needs)",
    "figures.ax_sensitivity": "Sensitivity: {level}",
    "figures.ax_final_trust": "Cluster trust at the end",
    "figures.ax_total_cost": "Total cost",
    "figures.ax_succeeded": "Successful projects",
    "figures.ax_participants": "{count} participants",
    "figures.ax_no_projects": "no projects",
    "figures.ax_more_projects": "+ {count} more",
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
