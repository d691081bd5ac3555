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
    "common.strategy.optimal": "old planner",
    "common.strategy.lookahead": "lookahead",
    "common.strategy.greedy": "greedy",
    "common.strategy.random": "random",
    "common.strategy.big-bang": "big bang",
    "common.strategy.no-fairness": "no fairness",
    "common.strategy_means.optimal": (
        "plans as before the lookahead, where every served need counts its weight whatever the "
        "project"
    ),
    "common.strategy_means.lookahead": (
        "plans the path over several phases with the optimizer and commits only the next one"
    ),
    "common.strategy_means.greedy": (
        "takes the projects with the most value per cost first, without planning ahead"
    ),
    "common.strategy_means.random": "picks valid projects at random (a yardstick)",
    "common.strategy_means.big-bang": (
        "ignores trust and starts with the most ambitious projects at once"
    ),
    "common.strategy_means.no-fairness": (
        "like “one phase”, but drops the rule that competitors must benefit about equally"
    ),
    "common.strategy_means.one-phase": (
        "lets the optimizer choose the best projects for this phase alone"
    ),
    "common.strategy.one-phase": "one phase",
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
        "one": "Strategies on {name}: {phases}, one simulated run each, seed {seed}",
        "other": (
            "Strategies on {name}: {phases}, {count} simulated runs each, seed {seed} (mean ± "
            "standard deviation over the runs)"
        ),
    },
    "cli.strategies.phases": {"one": "one phase", "other": "{count} phases"},
    "cli.strategies.col_strategy": "Strategy",
    "cli.strategies.col.final_cluster_trust": "Trust at the end",
    "cli.strategies.col.projects_succeeded": "Successes",
    "cli.strategies.col.highest_ambition": "Highest level",
    "cli.strategies.col.money_spent": "Money spent",
    "cli.strategies.col.worst_competitor_imbalance": "Competitor gap (max.)",
    "cli.strategies.col.projects_chosen": "Projects chosen",
    "cli.strategies.means": "{name}: {text}.",
    "cli.strategies.verdict_unfair.final_cluster_trust": (
        "“{name}” ends with more trust ({value}), but lets the gap between two competitors "
        "grow to {gap}, more than the {tolerance} the scenario allows."
    ),
    "cli.strategies.verdict_unfair.value_delivered": (
        "“{name}” delivers more ({value}), but lets the gap between two competitors grow to "
        "{gap}, more than the {tolerance} the scenario allows."
    ),
    "cli.strategies.verdict_one.final_cluster_trust": (
        "Verdict: “{name}” leaves the cluster with trust {value}."
    ),
    "cli.strategies.verdict_one.value_delivered": "Verdict: “{name}” delivers a value of {value}.",
    "cli.strategies.verdict.final_cluster_trust": (
        "Verdict: among the strategies that keep competitors balanced, “{name}” leaves the "
        "cluster with the most trust ({value}; next: “{second}” with {second_value})."
    ),
    "cli.strategies.verdict.value_delivered": (
        "Verdict: among the strategies that keep competitors balanced, “{name}” delivers the "
        "most value ({value}; next: “{second}” with {second_value})."
    ),
    "cli.strategies.neutral": "; neutral simulation (no trust, size or ambition effect)",
    "cli.strategies.equal_money": "; equal money: at most {amount} over all phases",
    "cli.strategies.col.largest_connected_share": "Largest network (share)",
    "cli.strategies.col.members_reached": "Members reached",
    "cli.strategies.col.value_per_money": "Value per {money}",
    "cli.strategies.col.value_delivered": "Value delivered",
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
        "the known trust of '{a}' and '{b}' is {value} here but {earlier} in entry {position} "
        "of trust.known; give it once"
    ),
    # cli commands (issue 15, part 2)
    # record
    "cli.record.recorded": (
        "Recorded in {ledger}: phase {phase}, {project}: {outcome} ({participants}). {entries}"
    ),
    "cli.record.participants": {"one": "one participant", "other": "{count} participants"},
    "cli.record.entries": {
        "one": "The ledger holds one entry.",
        "other": "The ledger holds {count} entries.",
    },
    # batch
    "cli.batch.title": {
        "one": "Batch '{name}': one run on {executor}",
        "other": "Batch '{name}': {count} runs on {executor}",
    },
    "cli.batch.counts": "done {done}, failed {failed}, skipped {skipped} (already stored)",
    "cli.batch.elapsed": "{seconds} s elapsed",
    "cli.batch.per_run": "{elapsed}, {seconds} s per run ({rate} runs/s)",
    "cli.batch.results": "results: {path}",
    "cli.batch.failed_runs": "failed runs are stored with their error: {query}",
    "cli.batch.executor.local": "in-process",
    "cli.batch.executor.processes": {"one": "1 process", "other": "{count} processes"},
    "cli.batch.executor.dask_local": {
        "one": "dask LocalCluster of 1 worker",
        "other": "dask LocalCluster of {count} workers",
    },
    "cli.batch.executor.dask_at": {
        "one": "dask at {address} (1 worker thread)",
        "other": "dask at {address} ({count} worker threads)",
    },
    "cli.batch.progress": "Batch {name}",
    "cli.batch.interrupted": (
        "Interrupted. Finished runs are stored in {out}; run the same command with --resume to "
        "continue."
    ),
    "cli.batch.worker_stopped": (
        "A worker process stopped unexpectedly ({error}). When run_batch is called from a "
        "script, the call must sit under `if __name__ == \"__main__\":` (workers import the "
        "script); otherwise the machine may have run out of memory. The {count} runs finished "
        "so far are stored; run the same command with --resume to continue."
    ),
    "cli.batch.cannot_start": "Cannot start the batch workers",
    "cli.batch.unknown_executor": "unknown executor '{name}'; choose one of {choices}",
    "cli.batch.jobs_at_least_one": "must be at least 1 (got {got})",
    "cli.batch.needs_dask": "needs --executor dask",
    "cli.batch.dask_missing": (
        "the Dask executor needs the optional extra: pip install 'trustmatch[dask]'"
    ),
    "cli.batch.dask_unreachable": (
        "cannot reach the Dask scheduler at {address} ({error}); check the address and that "
        "`dask scheduler` is running"
    ),
    # batch spec: the problems of a batch specification (read by trustmatch.batch.spec)
    "batch.spec.summary": {
        "one": "The batch spec {file} has {count} error",
        "other": "The batch spec {file} has {count} errors",
    },
    "batch.spec.cannot_read": "Cannot read the batch spec",
    "batch.spec.not_yaml": "The batch spec is not valid YAML",
    "batch.spec.too_large": (
        "is larger than {limit} KB; a batch spec lists patterns and values, not data"
    ),
    "batch.spec.no_file": "no such file",
    "batch.spec.unreadable": "cannot be read: {reason}",
    "batch.spec.not_mapping": "must be a mapping of settings (name:, scenarios:, ...)",
    "batch.spec.given_twice": "is given twice",
    "batch.spec.not_a_setting": "is not a batch setting{hint} (allowed: {names})",
    "batch.spec.too_many_runs": (
        "the spec expands to {runs} runs; at most {limit} are allowed in one batch (split it "
        "into several)"
    ),
    "batch.spec.no_match": "no scenario file matches '{pattern}' (looked in {folder})",
    "batch.spec.not_a_path": "'{path}' is not a dotted scenario path (no spaces allowed)",
    "batch.spec.value_twice": "'{path}' lists a value twice",
    "batch.spec.strategy_twice": "a strategy is listed twice",
    "batch.spec.override_set_twice": "an override set is listed twice",
    # results files of a batch (read by the store)
    "results.cannot_use": "Cannot use the results file",
    "results.no_folder": "the folder {folder} does not exist",
    "results.is_folder": "is a folder; give a file name such as results.sqlite",
    "results.other_layout": (
        "was written by {version} with another table layout; write to a new --out file."
    ),
    "results.older_version": "an older trustmatch",
    "results.runs_without_spec": "holds runs but no batch spec; choose another --out",
    "results.other_batch": (
        "holds the results of a different batch ('{name}', or the same spec before its settings "
        "or scenario files changed). Resuming would mix two batches: write to a new --out file, "
        "or restore the spec and scenario files it was made with."
    ),
    "results.holds_runs": {
        "one": (
            "already holds one run of this batch. Add --resume to continue it, or choose "
            "another --out file."
        ),
        "other": (
            "already holds {count} runs of this batch. Add --resume to continue it, or choose "
            "another --out file."
        ),
    },
    "results.no_such_file": "no such results file",
    "results.cannot_open": "cannot be opened ({reason})",
    # compare
    "cli.compare.col.scenario": "scenario",
    "cli.compare.col.override": "override",
    "cli.compare.col.strategy": "strategy",
    "cli.compare.col.replication": "replication",
    "cli.compare.col.parameters": "parameters",
    "cli.compare.col.runs": "runs",
    "cli.compare.col.failed": "failed",
    "cli.compare.col.objective": "objective",
    "cli.compare.col.gap": "gap",
    "cli.compare.col.cost": "cost",
    "cli.compare.col.cluster_trust": "trust",
    "cli.compare.col.projects_chosen": "chosen",
    "cli.compare.col.projects_succeeded": "succeeded",
    "cli.compare.col.ambition_reached": "ambition",
    "cli.compare.col.worst_competitor_imbalance": "imbalance",
    "cli.compare.col.served_share": "served",
    "cli.compare.col.value_delivered": "value",
    "cli.compare.col.value_per_money": "value/money",
    "cli.compare.col.members_reached": "reached",
    "cli.compare.col.largest_connected_share": "connected",
    "cli.compare.none": "(none)",
    "cli.compare.note_last": (
        "Metrics of the last phase: mean ± half-width of the 95 % t interval over runs."
    ),
    "cli.compare.note_phase": (
        "Metrics of phase {phase}: mean ± half-width of the 95 % t interval over runs."
    ),
    "cli.compare.csv_written": "CSV written to {path}",
    "cli.compare.refused": "Cannot compare the batch that way",
    "cli.compare.unknown_key": "'{key}' is not a way to group runs; choose from {choices}",
    "cli.compare.key_twice": "a key is given twice",
    "cli.compare.unknown_metric": "'{metric}' is not a stored metric; choose from {choices}",
    "cli.compare.bad_phase": "'{phase}' is not a phase: give 'last' or a phase number (1, 2, ...)",
    # new, schema, generate
    "cli.new.exists": "already exists; choose another name or add --force to overwrite it",
    "cli.new.written": "wrote a starter scenario to {path}; next: trustmatch validate {path}",
    "cli.schema.written": "wrote the JSON Schema of scenario files to {path}",
    "cli.generate.header": "Synthetic cluster generated by trustmatch {version}:",
    "cli.generate.header_same": (
        "The same command always writes the same file. Edit freely; `trustmatch validate` "
        "checks it."
    ),
    "cli.generate.written": {
        "one": "Wrote a synthetic cluster of one actor (seed {seed}) to {path}.",
        "other": "Wrote a synthetic cluster of {count} actors (seed {seed}) to {path}.",
    },
    # how the optimization ended: solver and lookahead notes (shown on failure and with --debug)
    "cli.solver.failed": "{solver} failed: {error}",
    "cli.solver.safety_clock_plan": (
        "The safety clock ({factor} times the time limit, at least {seconds} s) stopped HiGHS "
        "before its counted work was done: this plan may differ between runs."
    ),
    "cli.solver.safety_clock_none": (
        "The safety clock ({factor} times the time limit, at least {seconds} s) stopped HiGHS "
        "before it found any plan."
    ),
    "cli.solver.unconfirmed": (
        "HiGHS reported an optimum its own solution does not confirm; this is the best plan "
        "that passed the check."
    ),
    "cli.solver.no_valid_plan": "{solver} found no valid portfolio.",
    "cli.solver.stopped_unproven": "{solver} stopped ({why}) before proving optimality.",
    "cli.solver.stopped_no_plan": "{solver} stopped ({why}) without any solution.",
    "cli.solver.ended": "{solver} ended with status '{status}'.",
    "cli.solver.cbc_unproven": "{solver} stopped before proving optimality.",
    "cli.solver.cbc_no_plan": "{solver} stopped without a valid integer solution.",
    "cli.solver.stop.time_limit": "time limit reached",
    "cli.solver.stop.work_limit": "work limit reached",
    "cli.solver.stop.safety_clock": "stopped by the safety clock",
    "cli.solver.stop.unconfirmed": "with an optimum its own solution does not confirm",
    "cli.solver.stop.iteration_limit": "iteration limit reached",
    "cli.solver.stop.interrupted": "interrupted",
    "cli.solver.stop.memory_limit": "memory limit reached",
    "cli.solver.stop.solution_limit": "solution limit reached",
    "cli.solver.stop.other": "for another reason",
    "cli.solver.horizon_shortened": (
        "The horizon was shortened to {phases} phases to keep the program within {binaries} "
        "binary variables."
    ),
    "cli.solver.lookahead_greedy": (
        "The lookahead found no plan within the time limit; this is the greedy plan of this "
        "phase."
    ),
    "cli.solver.compact_model": (
        "Optimal for the compact model, which counts a pair meeting in two projects twice; the "
        "plan's true value is within the reported gap of the optimum."
    ),
    "cli.solver.no_time_left": "The time limit was used up before the solver could start.",
    "cli.solver.greedy_start": (
        "The solver found no plan of its own within the time limit; this is the greedy plan it "
        "started from."
    ),
    "cli.solver.greedy_fallback": (
        "The solver found no plan of its own within the time limit; this is the greedy plan (a "
        "longer time limit may find a better one)."
    ),
    # cli help (issue 15): texts of --help, see trustmatch.cli.help
    # help: click's headings and placeholders
    "cli.help.usage": "Usage:",
    "cli.help.options": "Options",
    "cli.help.commands": "Commands",
    "cli.help.options_metavar": "[OPTIONS]",
    "cli.help.command_metavar": "COMMAND [ARGS]...",
    "cli.help.required": "required",
    "cli.help.default": "default: {default}",
    # help: options that mean the same in every command
    "cli.help.option.help": "Show this message and exit.",
    "cli.help.option.quiet": "No progress bars or chatter on stderr.",
    "cli.help.option.lang": (
        "Language of the output: en or de (default: the global --lang, else the locale)."
    ),
    "cli.help.option.override": (
        "Apply a named variant from the scenario's overrides section (repeatable)."
    ),
    "cli.help.option.set": (
        "Change one setting, e.g. --set resources.budget_eur=12000 (repeatable)."
    ),
    "cli.help.option.solver": "Optimizer for the plans (default: the one the scenario names).",
    "cli.help.option.time-limit": (
        "Seconds for planning each phase, optimizer included (default: as the scenario sets it)."
    ),
    "cli.help.option.reproducible": (
        "Stop the optimizer of each phase after a fixed amount of work instead of at the time "
        "limit: the same plan on every run, however busy the machine."
    ),
    "cli.help.option.phases": "Phases to plan (default: the scenario's phases).",
    "cli.help.option.seed": "Root seed of the simulated outcomes (default: the scenario's seed).",
    "cli.help.option.jobs": (
        "Processes the replications run on (default: every core when the work is long enough to "
        "repay starting them, else this one). The results are the same for any N."
    ),
    "cli.help.option.force": "Overwrite PATH if it exists.",
    "cli.help.option.date": "Date of the entry, YYYY-MM-DD (default: today).",
    "cli.help.option.note": "A free note kept with the entry.",
    # help: the group
    "cli.help.trustmatch": (
        "trustmatch: plan trust-building projects for a young business cluster.\n\n"
        "Start with `trustmatch validate FILE`, then `trustmatch plan FILE`. Exit codes: 0 ok, 1 "
        "internal error, 2 invalid input, 3 no usable answer of the optimizer."
    ),
    "cli.help.trustmatch.version": "Show the version and exit.",
    "cli.help.trustmatch.debug": "Show the full traceback when something fails.",
    "cli.help.trustmatch.lang": (
        "Language of the output: en or de (default: from the locale, LANG)."
    ),
    # help: the command table
    "cli.help.short.validate": "Check scenario files and summarise what they hold.",
    "cli.help.short.new": "Write a commented starter scenario that validates.",
    "cli.help.short.schema": "Print the JSON Schema of scenario files for editors.",
    "cli.help.short.generate": "Write a seeded synthetic cluster as a scenario file.",
    "cli.help.short.themes": "Show how the members' needs group into themes.",
    "cli.help.short.plan": "Plan the next phase: projects, participants, cost and why.",
    "cli.help.short.roadmap": "Plan phase after phase as trust grows (simulated).",
    "cli.help.short.record": "Record what really happened to a planned project.",
    "cli.help.short.strategies": "Compare planning strategies over replications of the roadmap.",
    "cli.help.short.batch": "Run a batch of roadmaps into a SQLite results file.",
    "cli.help.short.compare": "Compare the runs of a batch: means and 95 % intervals.",
    "cli.help.short.report": "Write the report a cluster manager reads (HTML/Markdown/PDF).",
    "cli.help.short.survey-template": "Write the needs survey workbook to send out.",
    "cli.help.short.import-survey": "Turn filled-in survey workbooks into a scenario.",
    "cli.help.short.app": "Open the local web app in the browser.",
    "cli.help.short.book": "The manager's book: indicators, network, meetings.",
    "cli.help.short.meetings": "Kick-off meetings of the planned projects.",
    "cli.help.short.book.record": "Record figures for one period.",
    "cli.help.short.book.import": "Record the members' figures from a survey workbook.",
    "cli.help.short.book.show": "Show the network and the indicators per phase.",
    # help: validate
    "cli.help.validate": (
        "Check scenario FILES and summarise each: members, needs, competitors, project types.\n\n"
        "Every problem of a file is listed as FILE:LINE:COLUMN: where: message, list entries "
        "counted from 1 (JSON also gives the dotted path, counted from 0, as --set takes it). Exit "
        "status 0 when every file is valid (warnings allowed), 2 when any file has an error."
    ),
    "cli.help.validate.override": (
        "Apply a named variant from the file's overrides section (repeatable, applied in order)."
    ),
    "cli.help.validate.set": (
        "Set one value by dotted path, e.g. resources.budget_eur=12000 (repeatable, applied after "
        "the variants)."
    ),
    "cli.help.validate.json": "Print the result of every file as JSON on standard output.",
    # help: new, schema, generate
    "cli.help.new": (
        "Write a commented starter scenario to PATH; edit it, then `trustmatch validate PATH`.\n\n"
        "Its comments are in the language of --lang (default: the locale's)."
    ),
    "cli.help.schema": (
        "Print the JSON Schema of scenario files (generated from the format's models).\n\n"
        "Point the editor's YAML support at it, e.g. with the first line `# yaml-language-server: "
        "$schema=trustmatch-scenario.schema.json`. The schema's own descriptions are English; "
        "--lang chooses the language of the messages."
    ),
    "cli.help.schema.output": "File to write (default: standard output).",
    "cli.help.generate": (
        "Write a synthetic cluster of ACTORS members as a scenario file.\n\n"
        "The cluster has competitor groups, tagged needs concentrated on a few themes per group, "
        "known trust from earlier cooperation, project types of every ambition level and resources "
        "that grow with its size. Used by the scale benchmarks; a starting point for experiments."
    ),
    "cli.help.generate.actors": "Number of cluster members.",
    "cli.help.generate.seed": "Seed of every random draw (same seed, same file).",
    "cli.help.generate.output": "File to write (default: print to standard output).",
    # help: themes
    "cli.help.themes": (
        "Show how the needs in FILE are grouped into themes, and which assignments are unsure.\n\n"
        "Each theme lists its statements with the member, the position of the need in the member's "
        "list and the confidence of the assignment. Correct the grouping in the scenario's "
        "themes.corrections section (see the README, section \"Need themes\")."
    ),
    "cli.help.themes.json": (
        "Print the themes, statements, confidences and similar statements as JSON."
    ),
    "cli.help.themes.unsure": "Show only the statements whose theme is unsure.",
    # help: plan
    "cli.help.plan": (
        "Plan the next phase of FILE: which projects, who takes part, what it costs, and why."
    ),
    "cli.help.plan.strategy": (
        "lookahead (plan the path, commit this phase), one-phase, optimal (the planner before the "
        "lookahead) or a baseline to compare it with."
    ),
    "cli.help.plan.gap": (
        "Relative distance to the best possible plan at which the optimizer may stop (default: as "
        "the scenario sets it)."
    ),
    "cli.help.plan.json": (
        "Also write the full result as JSON ('-': standard output, without the table)."
    ),
    "cli.help.plan.ledger": (
        "Plan the phase after the outcomes recorded in this ledger (`trustmatch record`), from the "
        "trust they imply."
    ),
    # help: roadmap
    "cli.help.roadmap": (
        "Plan phase after phase as trust grows, drawing each project's outcome.\n\n"
        "Phase 1 is planned from the initial trust; its projects succeed or fail at random "
        "(seeded), trust is updated, and phase 2 is planned from the new trust, so more ambitious "
        "projects unlock as trust grows. With --replications R the roadmap is run R times and a "
        "summary table shows how cluster trust, successes and ambition spread over the runs."
    ),
    "cli.help.roadmap.strategy": "How each phase's projects are chosen.",
    "cli.help.roadmap.replications": "Simulated runs; more than 1 adds the summary table.",
    "cli.help.roadmap.ledger": "Start after the outcomes recorded in this ledger.",
    "cli.help.roadmap.json": (
        "Also write the full result as JSON to this file ('-': standard output)."
    ),
    # help: record
    "cli.help.record": (
        "Record the outcome of one planned project in LEDGER (created if missing).\n\n"
        "The ledger only grows: each record is appended atomically, earlier entries are never "
        "changed, and a project can be recorded once per phase. `trustmatch plan FILE --ledger "
        "LEDGER` then plans the next phase from the trust these outcomes imply."
    ),
    "cli.help.record.plan": (
        "The plan the project came from: the file `trustmatch plan --json` wrote."
    ),
    "cli.help.record.phase": "Phase the project ran in (default: the plan's phase).",
    "cli.help.record.project": "The project as the plan names it (its id).",
    "cli.help.record.result": "What happened; cancelled = did not take place (changes no trust).",
    "cli.help.record.participants": (
        "The members who really took part (their ids), if not the planned ones."
    ),
    "cli.help.record.scenario": "Scenario file: check --participants against all of its members.",
    # help: strategies
    "cli.help.strategies": (
        "Compare planning strategies on FILE over replications of the roadmap.\n\n"
        "`lookahead` (plan the path, commit one phase), `one-phase`, `optimal` (the planner before "
        "the lookahead), `big-bang` (ignore trust), `greedy`, `random` and `no-fairness`: value "
        "delivered (need weight x benefit of successful projects), value per 1,000 of money, "
        "members reached, share of members in the largest connected part of the "
        "who-worked-with-whom network, final cluster trust, projects succeeded, highest ambition, "
        "money spent and the worst gap between two competitors' served shares."
    ),
    "cli.help.strategies.replications": (
        "Roadmap runs per strategy (the same seeds for every strategy)."
    ),
    "cli.help.strategies.strategy": "Compare only these strategies (repeatable; default: all).",
    "cli.help.strategies.equal-money": (
        "Give every strategy the same money for the whole roadmap: the lowest mean spending of the "
        "compared strategies (a first pass), or --money-cap; unused money carries over."
    ),
    "cli.help.strategies.money-cap": (
        "Money for the whole roadmap for every strategy (equal money)."
    ),
    "cli.help.strategies.neutral": (
        "Neutral simulation: equal chances of success, no effect of trust, size or ambition."
    ),
    "cli.help.strategies.markdown": "Print the table as Markdown.",
    "cli.help.strategies.json": "Also write every run's numbers as JSON ('-': standard output).",
    # help: batch, compare
    "cli.help.batch": (
        "Run every scenario x variant x grid point x strategy x replication of SPEC.\n\n"
        "Each finished run is stored in the results file at once; stop the batch at any time "
        "(Ctrl-C) and continue it later with --resume. Compare the results with `trustmatch "
        "compare RESULTS.sqlite --by strategy`."
    ),
    "cli.help.batch.out": "SQLite results file (created when missing).",
    "cli.help.batch.jobs": "Workers running at the same time (default: all cores).",
    "cli.help.batch.executor": (
        "Where runs execute: in this process, a local process pool, or a Dask cluster."
    ),
    "cli.help.batch.dask-address": (
        "A running Dask scheduler (default with --executor dask: a local cluster)."
    ),
    "cli.help.batch.resume": "Continue an interrupted batch: skip stored runs.",
    "cli.help.batch.quiet": "No progress bar.",
    "cli.help.compare": (
        "Compare the runs of a batch: mean and 95 % interval (Student's t) per group.\n\n"
        "The interval is mean ± t(0.975, n-1)·s/√n over the runs of each group; a group of one run "
        "has no interval. Failed runs are counted but have no metrics."
    ),
    "cli.help.compare.by": (
        "Group runs by: scenario, override, strategy, replication, parameters, or a grid "
        "parameter's dotted path."
    ),
    "cli.help.compare.csv": "Also write CSV here.",
    "cli.help.compare.phase": "Compare each run's last phase, or phase N.",
    "cli.help.compare.metrics": (
        "Metrics to show (default: all): objective, gap, cost, cluster_trust, projects_chosen, "
        "projects_succeeded, ambition_reached, worst_competitor_imbalance, served_share."
    ),
    # help: report
    "cli.help.report": (
        "Write the report a cluster manager reads: summary, projects, figures, hints.\n\n"
        "Without --roadmap the report plans the phases itself and simulates them --replications "
        "times for the band of expected trust. The HTML file is self-contained: it opens offline "
        "and can be mailed as it is. A .pdf output is the same report printed on A4 by headless "
        "Chromium (install the `chromium` package)."
    ),
    "cli.help.report.roadmap": (
        "Use this roadmap (written by `trustmatch roadmap --json`) instead of computing one."
    ),
    "cli.help.report.ledger": "Start the roadmap after the outcomes recorded in this ledger.",
    "cli.help.report.book": (
        "Add the manager's book (indicators per period) to the network section."
    ),
    "cli.help.report.batch": "Add the strategy comparison from these batch results.",
    "cli.help.report.replications": (
        "Simulated runs behind the trust band (when the roadmap is computed)."
    ),
    "cli.help.report.phases": "Phases of the computed roadmap (default: the scenario's phases).",
    "cli.help.report.time-limit": (
        "Optimizer seconds per phase of the computed roadmap (default: as the scenario sets it); "
        "lower it to get a report of a large cluster sooner."
    ),
    "cli.help.report.lang": (
        "Language of the report: en or de (default: the global --lang, else the locale)."
    ),
    "cli.help.report.format": (
        "html (one self-contained file), md (Markdown with PNG figures in a folder beside it) or "
        "pdf (A4, printed by headless Chromium). Default: from the output's suffix, else html."
    ),
    "cli.help.report.output": "File to write, e.g. report.html, report.md or report.pdf.",
    # help: survey-template, import-survey
    "cli.help.survey-template": (
        "Write the needs-survey workbook PATH (.xlsx) to send to the members.\n\n"
        "Sheets: instructions, members (name, kind, markets, employees), needs (in the members' "
        "own words, importance 1-5), known competitors and earlier cooperation (optional), with "
        "drop-down lists. Fill it in, then `trustmatch import-survey PATH -o cluster.yaml --budget "
        "N`."
    ),
    "cli.help.import-survey": (
        "Turn a filled survey (SURVEY.xlsx, or a web form's SURVEY.csv) into a scenario.\n\n"
        "The scenario has the members with ids made from their names, their needs in their own "
        "words (weight = importance), the competitors and earlier cooperation named, the default "
        "project types and the budget (and hours) per phase. Every problem is reported at its "
        "cell, all at once (exit 2). CSV columns: name, kind, markets, size, need 1, importance 1, "
        "need 2, importance 2, ..., competitors, cooperation (German headers work too; several "
        "names in one cell separated by ';')."
    ),
    "cli.help.import-survey.output": "Scenario file to write (- for standard output).",
    "cli.help.import-survey.budget": "Money per phase (half-year) for joint projects, in euros.",
    "cli.help.import-survey.hours": (
        "The cluster manager's hours per phase for projects (default: not planned)."
    ),
    "cli.help.import-survey.name": (
        "Name of the scenario (default: made from the survey's file name)."
    ),
    "cli.help.import-survey.lang": (
        "Language of labels, comments and messages (default: the global --lang, else the "
        "survey's)."
    ),
    "cli.help.import-survey.force": "Overwrite the output file if it exists.",
    # help: app
    "cli.help.app": (
        "Open the web app on FOLDER (default: here): clusters, plans, outcomes, report.\n\n"
        "FOLDER holds the scenario files (NAME.yaml); the app keeps each cluster's ledger "
        "(NAME.ledger.yaml) and last plan (NAME.plan.json) beside it, so the command line can go "
        "on with the same files. FOLDER may also be one scenario file: the app then opens on it."
    ),
    "cli.help.app.port": "Port to listen on (another free one if it is taken; 0: any free port).",
    "cli.help.app.host": (
        "Listen on this address instead of 127.0.0.1, e.g. 0.0.0.0 for the office network. Then a "
        "token is printed that every browser must present."
    ),
    "cli.help.app.no-browser": "Do not open the browser.",
    "cli.help.app.replications": "Simulated runs behind the band of expected trust of each plan.",
    # help: book
    "cli.help.book": (
        "The cluster manager's book: indicators per period and the network of members.\n\n"
        "The book (a YAML file beside the ledger) only grows: record the cluster's figures and the "
        "figures members report per period (phase), then `trustmatch book show` sets them beside "
        "the projects of the ledger and measures the network."
    ),
    "cli.help.book.record": (
        "Record figures for one period in BOOK (created if missing).\n\n"
        "Cluster figures: members, members_joined, members_left, events_held, "
        "event_participants, projects_run, projects_succeeded, funding_raised_eur, "
        "press_mentions, fair_appearances, international_contacts, satisfaction, "
        "satisfaction_responses.\n\n"
        "Member figures (with --member; a number or a band LOW..HIGH, e.g. "
        "revenue_growth_pct=5..10): revenue_growth_pct, production_growth_pct, sick_leave_pct, "
        "employees, rnd_staff, export_share_pct, satisfaction (1-5)."
    ),
    "cli.help.book.record.scenario": (
        "The cluster's scenario file (members and phases are checked against it)."
    ),
    "cli.help.book.record.period": "The period (phase) the figures belong to.",
    "cli.help.book.record.member": (
        "The member whose figures these are (its id; leave out for the cluster's own)."
    ),
    "cli.help.book.import": (
        "Record the members' figures from a survey workbook's indicators sheet in BOOK.\n\n"
        "One row per member: numbers, or bands such as 5-10, <10 or >10 where a member will not "
        "give the exact figure. All rows are recorded together, or none when a cell is wrong."
    ),
    "cli.help.book.import.survey": (
        "The filled survey workbook (its sheet Indicators / Kennzahlen)."
    ),
    "cli.help.book.import.scenario": "The cluster's scenario file (members are matched by name).",
    "cli.help.book.import.period": "The period (phase) the figures belong to.",
    "cli.help.book.show": (
        "Show the network per phase and, with BOOK, the indicators beside the activities.\n\n"
        "With --ledger the network is measured from the projects that really took place; with "
        "--forecast N the roadmap's next N simulated phases follow, marked as a forecast."
    ),
    "cli.help.book.show.scenario": "The cluster's scenario file.",
    "cli.help.book.show.ledger": "The ledger of recorded projects (who really worked together).",
    "cli.help.book.show.forecast": (
        "Add N simulated phases after the recorded ones (a forecast, marked so)."
    ),
    "cli.help.book.show.seed": "Seed of the simulated phases (default: the scenario's seed).",
    "cli.help.book.show.json": "Also write everything as JSON (- for standard output).",
    # help: meetings
    "cli.help.meetings": (
        "Propose a kick-off date for every project of PLAN.json and write the invitations.\n\n"
        "Each project gets the earliest day of its phase on which every participant can come (the "
        "scenario's meeting weekdays, by default Tuesday to Thursday at 10:00; the members' "
        "unavailable weekdays and dates; nobody in two kick-offs on one day). One .ics file per "
        "project and participants.csv / participants.xlsx for mail merges are written to the "
        "folder."
    ),
    "cli.help.meetings.scenario": "The cluster's scenario file (members' availability, calendar).",
    "cli.help.meetings.phase": "Phase of a multi-phase plan file (default: the plan's only phase).",
    "cli.help.meetings.start": (
        "First day of phase 1, YYYY-MM-DD (default: as the scenario's calendar sets it)."
    ),
    "cli.help.meetings.out": (
        "Folder for the invitations (.ics) and participant lists (created if missing)."
    ),
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
    "plan.contact.planner_choice": (
        "In phase {phase} a project with {name} was allowed, but the plan used the resources and "
        "the members' time for other projects."
    ),
    # reasons and whys (issue 15, part 3): the planner's reasons, stored as key + values
    "plan.reason.from_older_result": (
        "This reason comes from a plan saved by an older version of trustmatch; plan again to "
        "see it."
    ),
    "plan.why.generated": {
        "one": "Serves {needs} for {people}; {contacts}; costs {uses}.",
        "other": "Brings {people} together on {needs}; {contacts}; costs {uses}.",
    },
    "plan.why.fixed_value": {
        "one": "Involves {people} in a fixed project worth {value}; {contacts}; costs {uses}.",
        "other": "Brings {people} together in a fixed project worth {value}; {contacts}; costs "
        "{uses}.",
    },
    "plan.why.no_need": {
        "one": "Involves {people}, though it serves no stated need; {contacts}; costs {uses}.",
        "other": "Brings {people} together, though it serves no stated need; {contacts}; costs "
        "{uses}.",
    },
    "plan.why.contacts": {"one": "one new contact", "other": "{count} new contacts"},
    "plan.why.no_contacts": "no new contacts",
    "plan.why.amount": "{amount} ({resource})",
    "plan.why.no_cost": "nothing",
    "plan.reason.dropped": (
        "{name} trusts too few of the other interested members at least {threshold} to form a "
        "group of {size}."
    ),
    "plan.reason.dropped_rivals": (
        "{name} trusts too few of the other interested members at least {threshold} "
        "(competitors at least {rivals}, as the project's sensitivity is “{level}”) to form a "
        "group of {size}."
    ),
    "plan.reason.dropped_rivals_only": (
        "{name} trusts too few of its competitors among the interested members at least "
        "{rivals} (as the project's sensitivity is “{level}”) to form a group of {size}."
    ),
    "plan.reason.rival_trust": (
        "{name} competes with {other}; their trust {have} is below the {need} competitors need "
        "for a project of sensitivity “{level}”."
    ),
    "plan.reason.rival_trust_more": {
        "one": "{name} competes with {other}; their trust {have} is below the {need} "
        "competitors need for a project of sensitivity “{level}” (and one more participant "
        "is trusted too little).",
        "other": "{name} competes with {other}; their trust {have} is below the {need} "
        "competitors need for a project of sensitivity “{level}” (and {count} more "
        "participants are trusted too little).",
    },
    "plan.reason.trust_below": (
        "Trust between {name} and {other} is {have}, below the {need} this project needs."
    ),
    "plan.reason.trust_below_more": {
        "one": "Trust between {name} and {other} is {have}, below the {need} this project "
        "needs (and one more participant is trusted too little).",
        "other": "Trust between {name} and {other} is {have}, below the {need} this project "
        "needs (and {count} more participants are trusted too little).",
    },
    "plan.reason.at_limit": {
        "one": "{name} already takes part in one project this phase (its limit is {limit}).",
        "other": "{name} already takes part in {count} projects this phase (its limit is "
        "{limit}).",
    },
    "plan.reason.full": "No room for {name}: the project is full (at most {size} participants).",
    "plan.reason.already_served": {
        "one": "The need {needs} of {name} is already served by {projects}.",
        "other": "The needs {needs} of {name} are already served by {projects}.",
    },
    "plan.reason.balance_join": (
        "Joining would serve much more of the needs of {name} than of its competitor {rival} "
        "this phase (served shares may differ by at most {tolerance})."
    ),
    "plan.reason.resource_left": (
        "Not enough {resource} left for {name}: one more participant needs {needed}, {left} "
        "remain."
    ),
    "plan.reason.not_worth_it": (
        "Adding {name} would not improve the plan: its cost outweighs what it adds here, or its "
        "capacity is better used in another project."
    ),
    "plan.reason.pair_too_low": (
        "{name} and {other} trust each other only {have}; the project needs {need}."
    ),
    "plan.reason.pair_too_low_more": {
        "one": "{name} and {other} trust each other only {have}; the project needs {need} "
        "(one such pair).",
        "other": "{name} and {other} trust each other only {have}; the project needs {need} "
        "({count} such pairs).",
    },
    "plan.reason.no_group_yet": (
        "The project type “{type}” needs {size} participants who trust each other at least "
        "{threshold}; among the {members} members interested in it no such group exists yet."
    ),
    "plan.reason.no_group_yet_rivals": (
        "The project type “{type}” needs {size} participants who trust each other at least "
        "{threshold} (competitors at least {rivals}, as its sensitivity is “{level}”); among the "
        "{members} members interested in it no such group exists yet."
    ),
    "plan.reason.no_group_yet_rivals_only": (
        "The project type “{type}” needs {size} participants, and competitors among them need "
        "mutual trust of at least {rivals} (as its sensitivity is “{level}”); among the "
        "{members} members interested in it no such group exists yet."
    ),
    "plan.reason.type_unused": "The project type “{type}” addresses no need any member stated.",
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
        "{label} matches no catalogue need, so no project type addresses it; it resembles "
        "{tag_label}: check the grouping."
    ),
    "themes.reason.no-project-type": (
        "No project type addresses {label}; add a project type (or a fixed project) for it."
    ),
    "themes.reason.similar": (
        "No other member states exactly this, but {other} states something similar: {text} "
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
        "{phases} (today: {start}; in 80% of {runs} simulated runs between {low} and {high})."
    ),
    "report.summary_trust_flat": (
        "If the plan is followed, cluster trust is expected to be {end} at the end of phase "
        "{phases} (today: {start}; at least 80% of the {runs} simulated runs end at this "
        "value)."
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
        "How the hint is chosen: a new member is advised only where one is the remedy, that is "
        "where nobody else states the need and no member of the fitting kind could serve it, or "
        "where fewer members state it than the smallest project for it needs. Every other open "
        "need has its own remedy: trust that grows with starter projects, a higher project "
        "limit, a project that serves the competitor too, more resources, a project type or "
        "asking a fitting member first. Whom to recruit follows the need's topic first "
        "({topics}); where the need's words name none of these topics, who states it decides: "
        "{stater}."
    ),
    "report.recruit_topic": "{topic} → {who}",
    "report.recruit_stater": (
        "only start-ups, universities, research institutes, associations or public bodies → "
        "{company}; otherwise {research} for a sensitive need, else {supplier}"
    ),
    "report.more_reasons": {
        "one": "One similar reason for another member.",
        "other": "{count} similar reasons for other members.",
    },
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
    "survey.error.unknown_member": "unknown member {name}: not among the members{hint}",
    "survey.error.self_pair": "\"{name}\" is paired with itself",
    "survey.error.budget": "the budget must be a number of euros, 0 or more",
    "survey.error.hours": "the hours must be a number, 0 or more",
    "survey.error.name": "the name must not be empty, start or end with spaces, or be longer "
    "than 200 characters",
    "survey.error.more": {
        "one": "... and {count} more problem",
        "other": "... and {count} more problems",
    },
    "survey.error.summary": {
        "one": "{file} cannot be imported ({count} error)",
        "other": "{file} cannot be imported ({count} errors)",
    },
    "survey.warning.unknown_column": "the column \"{column}\" is not read; did you mean "
    "\"{suggestion}\"?",
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
    "survey.cli.imported": "Wrote {path} ({members}, {needs}); next: trustmatch plan {path}",
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
    "app.plan.trust_band": "Range in 8 of 10 simulated runs",
    "app.plan.band": "{low} to {high}",
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
    "app.member.delivered": "Delivered so far",
    "app.member.delivered_level": "by a successful project of level {level} (phase {phase})",
    "app.member.delivered_note": (
        "A further project on one of these needs counts in full only for what it adds above "
        "this level; the rest counts {share}."
    ),
    "app.member.not_again": (
        "not again with the same members in phase {phase}; it may come back after that"
    ),
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
    "app.edit.save": "Save",
    "app.edit.cancel": "Cancel",
    "app.edit.conflict": (
        "Not saved: the file was changed in the meantime (in another tab or outside the app). "
        "Reload the page to see the current state, then make your change again."
    ),
    "app.edit.reload": "Reload with the current state",
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
    'book.survey_no_sheet': (
        "the workbook has no sheet 'Indicators' (or 'Kennzahlen'); write a new template with "
        '`trustmatch survey-template` and fill in its indicators sheet'
    ),
    'book.survey_unknown_member': (
        "'{name}' is not a member of this cluster (use the name from the Members sheet)"
    ),
    'book.survey_bad_cell': "must be a number or a band such as 5-10, <10 or >10 (got '{got}')",
    'book.survey_note': 'from the survey {file}',
    'book.imported': {
        'one': 'Recorded the figures of 1 member for period {period} in {book}.',
        'other': 'Recorded the figures of {count} members for period {period} in {book}.',
    },
    'survey.sheet.indicators': 'Indicators',
    'survey.column.indicators.member': 'Member',
    'survey.column.indicators.revenue_growth_pct': 'Revenue growth %',
    'survey.column.indicators.production_growth_pct': 'Production growth %',
    'survey.column.indicators.sick_leave_pct': 'Sick leave %',
    'survey.column.indicators.employees': 'Employees',
    'survey.column.indicators.rnd_staff': 'R&D staff',
    'survey.column.indicators.export_share_pct': 'Export share %',
    'survey.column.indicators.satisfaction': 'Satisfaction (1-5)',
    'survey.hint.indicators.member': (
        'Pick the member from the list (names from the Members sheet).'
    ),
    'survey.hint.indicators.revenue_growth_pct': (
        'Growth of yearly revenue against the year before, in percent: a number (4.5) or a band '
        'if you prefer (0-5, <0, >10).'
    ),
    'survey.hint.indicators.production_growth_pct': (
        'Growth of production (output volume) against the year before, in percent: a number or '
        'a band (0-5).'
    ),
    'survey.hint.indicators.sick_leave_pct': (
        'Share of working days lost to illness, in percent: a number or a band (3-5).'
    ),
    'survey.hint.indicators.employees': 'Head count: a number or a band (10-49).',
    'survey.hint.indicators.rnd_staff': (
        'People working in research and development: a number or a band (1-5).'
    ),
    'survey.hint.indicators.export_share_pct': (
        'Share of revenue earned abroad, in percent: a number or a band (10-25).'
    ),
    'survey.hint.indicators.satisfaction': (
        'How satisfied are you with the cluster? 1 (not at all) to 5 (very).'
    ),
    'survey.instructions.indicators': (
        "Indicators (optional, once a year): each member's figures for the cluster management's "
        'book — revenue and production growth, sick leave, employees, R&D staff, export share '
        'and satisfaction with the cluster. Bands such as 5-10 are welcome where exact numbers '
        'are confidential; figures are only ever shown for groups of at least three members.'
    ),
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
    'book.error_band_no_end': 'a band needs at least one end: [low, high]',
    'book.error_band_order': "the band's low end {low} is above its high end {high}",
    'book.error_cluster_or_member': (
        "give either 'cluster' (the cluster's figures) or 'member' with 'figures'"
    ),
    'book.error_member_needs_figures': "a member's entry needs 'figures' (and no 'cluster')",
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
    # scenario: validation findings (issue 15)
    # ---------------------------------------------------------------------------------------
    "errors.found": {"one": "{count} error found", "other": "{count} errors found"},
    "errors.warning": "warning: ",
    # places of problems that are no file: options and text given on the command line
    "errors.place.command_line": "command line",
    "errors.place.input": "input",
    "errors.place.batch_spec": "batch spec",
    "errors.place.book": "book",
    "errors.place.ledger": "ledger",
    "scenario.shown.empty": "nothing (empty)",
    "scenario.shown.mapping": "a mapping",
    "scenario.shown.list": "a list",
    "scenario.path.list.actors": "actors",
    "scenario.path.list.needs": "needs",
    "scenario.path.list.project_types": "project types",
    "scenario.path.list.projects": "projects",
    "scenario.path.list.participants": "participants",
    "scenario.path.list.addresses": "addresses",
    "scenario.path.entry": "entry {number}",
    "scenario.path.entry_named": "entry {number} ({id})",
    "scenario.path.pair_first": "first actor",
    "scenario.path.pair_second": "second actor",
    "scenario.finding.invalid_summary": "{file} is not a valid scenario",
    "scenario.finding.invalid_count": {
        "one": "{file} is not a valid scenario ({count} error)",
        "other": "{file} is not a valid scenario ({count} errors)",
    },
    "scenario.finding.top_level": (
        "the top level must be a mapping of sections (name:, actors:, resources:, ...), "
        "not {got}"
    ),
    "scenario.finding.did_you_mean": "; did you mean '{name}'?",
    "scenario.finding.more": {"one": "... ({count} more)", "other": "... ({count} more)"},
    "scenario.finding.none": "none",
    "scenario.finding.or": " or ",
    "scenario.finding.allowed_here": "; allowed here: {names}",
    "scenario.finding.quote_the_comma": (
        "; if this is the end of a text that contains a comma, put the whole text in quotes"
    ),
    "scenario.finding.unknown_key": "unknown key '{name}'{hint}",
    "scenario.finding.missing": "the required key '{name}' is missing",
    "scenario.finding.not_finite": (
        "must be a finite number (NaN and infinity are not allowed) (got {got})"
    ),
    "scenario.finding.not_finite_plain": (
        "must be a finite number (NaN and infinity are not allowed)"
    ),
    "scenario.finding.not_a_number": "must be a number (got {got})",
    "scenario.finding.not_a_whole_number": "must be a whole number (got {got})",
    "scenario.finding.not_true_or_false": "must be true or false (got {got})",
    "scenario.finding.not_text": "must be text (got {got})",
    "scenario.finding.not_a_date": "must be a date as YYYY-MM-DD, e.g. 2026-03-01 (got {got})",
    "scenario.finding.not_an_email": (
        "must be an e-mail address such as name@example.org (got {got})"
    ),
    "scenario.finding.bad_pattern": "is not written as expected here (got {got})",
    "scenario.finding.empty": "must not be empty",
    "scenario.finding.spaces_around": "must not start or end with spaces",
    "scenario.finding.too_long": {
        "one": "is too long (at most {count} character)",
        "other": "is too long (at most {count} characters)",
    },
    "scenario.finding.at_least": "must be at least {bound} (got {got})",
    "scenario.finding.more_than": "must be more than {bound} (got {got})",
    "scenario.finding.at_most": "must be at most {bound} (got {got})",
    "scenario.finding.less_than": "must be less than {bound} (got {got})",
    "scenario.finding.one_of": "must be one of {names} (got {got}){hint}",
    "scenario.finding.word_or_need_ids": "must be {choices} or a list of need ids (got {got})",
    "scenario.finding.not_a_mapping": "must be a mapping of keys to values (got {got})",
    "scenario.finding.not_a_list": "must be a list (got {got})",
    "scenario.finding.not_a_pair": "must be a pair of two actor ids, e.g. [a, b]",
    "scenario.finding.not_a_pair_got": "must be a pair of two actor ids, e.g. [a, b] (got {got})",
    "scenario.finding.too_few_entries": {
        "one": "must have at least {count} entry",
        "other": "must have at least {count} entries",
    },
    "scenario.finding.too_many_entries": {
        "one": "must have at most {count} entry",
        "other": "must have at most {count} entries",
    },
    "scenario.finding.as_said": "{text}",
    "scenario.finding.label_language": (
        "'label' is given for the language '{language}'; give it as one text or per language "
        "as {{en: …, de: …}}"
    ),
    "scenario.finding.need_or_text": (
        "give either 'need' (a catalogue tag) or 'text' (free text), not both"
    ),
    "scenario.finding.blank_text": "'text' must not be blank",
    "scenario.finding.end_before_start": "'end' ({end}) is before 'start' ({start})",
    "scenario.finding.tag_or_same_as": (
        "give either 'tag' (a catalogue need) or 'same_as' (another need)"
    ),
    "scenario.finding.clock_time": "must be a time of day as HH:MM, e.g. 10:00 (got {got})",
    "scenario.finding.time_zone": "unknown time zone {got} (e.g. Europe/Berlin)",
    "scenario.finding.duplicate_id.actors": (
        "the actor id '{id}' is used twice (first in entry {first}); ids must be unique"
    ),
    "scenario.finding.duplicate_id.needs": (
        "the need id '{id}' is used twice (first in entry {first}); ids must be unique"
    ),
    "scenario.finding.duplicate_id.project_types": (
        "the project type id '{id}' is used twice (first in entry {first}); ids must be unique"
    ),
    "scenario.finding.duplicate_id.projects": (
        "the project id '{id}' is used twice (first in entry {first}); ids must be unique"
    ),
    "scenario.finding.unknown.actors": "unknown actor '{name}': not in 'actors'{hint}",
    "scenario.finding.unknown.needs": "unknown need '{name}': not in 'needs'{hint}",
    "scenario.finding.unknown.project_types": (
        "unknown project type '{name}': not in 'project_types'{hint}"
    ),
    "scenario.finding.known.actors": " (known actors: {names})",
    "scenario.finding.known.needs": " (known needs: {names})",
    "scenario.finding.known.project_types": " (known project types: {names})",
    "scenario.finding.unknown_actor": "unknown actor '{name}': not in 'actors'{hint}",
    "scenario.finding.self_pair.competitor": (
        "an actor cannot be a competitor of itself ('{actor}')"
    ),
    "scenario.finding.self_pair.not_competing": (
        "an actor cannot be listed as not competing with itself ('{actor}')"
    ),
    "scenario.finding.self_pair.trust": (
        "an actor cannot be given a trust value with itself ('{actor}')"
    ),
    "scenario.finding.no_capacity": (
        "resource '{name}' has no capacity: it is not listed under 'resources' "
        "(known resources: {names}){hint}"
    ),
    "scenario.finding.min_above_max": (
        "at least {low} but at most {high} participants: min is larger than max"
    ),
    "scenario.finding.min_above_max_default": (
        "at least {low} but at most {high} participants: min is larger than max (the other is "
        "the default)"
    ),
    "scenario.finding.no_such_statement": {
        "one": (
            "actor '{actor}' states {count} need; there is no need {position} (positions count "
            "from 1)"
        ),
        "other": (
            "actor '{actor}' states {count} needs; there is no need {position} (positions "
            "count from 1)"
        ),
    },
    "scenario.finding.no_such_text": (
        "actor '{actor}' states no need with this text (its free-text needs: {texts})"
    ),
    "scenario.finding.which_statement": {
        "one": (
            "actor '{actor}' states {count} need: say which one with 'need' (its position, "
            "counted from 1) or 'text'"
        ),
        "other": (
            "actor '{actor}' states {count} needs: say which one with 'need' (its position, "
            "counted from 1) or 'text'"
        ),
    },
    "scenario.finding.too_few_with_needs": {
        "one": (
            "project type '{type}' needs at least {minimum} participants, but only {count} "
            "actor states any need: it may never be planned"
        ),
        "other": (
            "project type '{type}' needs at least {minimum} participants, but only {count} "
            "actors state any need: it may never be planned"
        ),
    },
    "scenario.finding.too_few_addressed": {
        "one": (
            "project type '{type}' needs at least {minimum} participants, but only {count} "
            "actor states a need it addresses: it may never be planned"
        ),
        "other": (
            "project type '{type}' needs at least {minimum} participants, but only {count} "
            "actors state a need it addresses: it may never be planned"
        ),
    },
    "scenario.finding.too_few_addressed_free": {
        "one": (
            "project type '{type}' needs at least {minimum} participants, but at most {count} "
            "actor may take part (stating a need it addresses: {tagged}; stating free-text "
            "needs that may still match it: {free}): it may never be planned"
        ),
        "other": (
            "project type '{type}' needs at least {minimum} participants, but at most {count} "
            "actors may take part (stating a need it addresses: {tagged}; stating free-text "
            "needs that may still match it: {free}): it may never be planned"
        ),
    },
    "scenario.finding.no_actor_with_needs": (
        "project type '{type}' needs at least {minimum} participants, but no actor states any "
        "need: it may never be planned"
    ),
    "scenario.finding.no_actor_addressed": (
        "project type '{type}' needs at least {minimum} participants, but no actor states a "
        "need it addresses or free-text needs that may match it: it may never be planned"
    ),
    "scenario.finding.project_id_is_type": (
        "the project id '{id}' is also the id of a project type; give the project its own id"
    ),
    "scenario.finding.participant_twice": "the actor '{actor}' is listed twice as a participant",
    "scenario.read.summary": "{file} cannot be read",
    "scenario.read.too_large": (
        "the file is {size} MB; scenario files are limited to {limit} MB"
    ),
    "scenario.read.is_folder": "is a folder, not a scenario file",
    "scenario.read.no_file": "no such file",
    "scenario.read.unreadable": "cannot be read: {reason}",
    "scenario.read.grew": "the file is larger than the limit for scenario files",
    "scenario.read.text_too_large": "the text is larger than the limit for scenario files",
    "scenario.read.not_utf8": (
        "this is not a text file in UTF-8 (byte {byte} cannot be read); save the scenario as "
        "UTF-8 text"
    ),
    "scenario.read.nul": (
        "the file contains a NUL character: it looks like a binary file, not YAML text"
    ),
    "scenario.read.yaml": "not valid YAML: {problem}",
    "scenario.read.yaml_known": "not valid YAML: {problem}",
    "scenario.read.tab": (
        "not valid YAML: a tab character here; YAML indentation must use spaces, not tabs"
    ),
    "scenario.read.too_deep_yaml": (
        "nested far too deeply (more than {depth} levels); a scenario needs about 6"
    ),
    "scenario.read.too_deep": "nested more than {depth} levels deep; a scenario needs about 6",
    "scenario.read.second_document": (
        "a second YAML document starts here ('---'); a scenario file holds exactly one document"
    ),
    "scenario.read.empty": (
        "the file is empty; a scenario needs at least 'name' and 'actors' "
        "(`trustmatch new FILE` writes a starter)"
    ),
    "scenario.read.too_many_values": (
        "the file holds more than {limit} values; scenario files are limited to that many "
        "(a cluster of 10,000 actors needs about 200,000)"
    ),
    "scenario.read.tag": (
        "the tag '{tag}' is not allowed: scenario files hold plain values only (text, numbers, "
        "true/false, lists and mappings); remove the tag"
    ),
    "scenario.read.not_as": "'{value}' cannot be read as {kind}",
    "scenario.read.kind.int": "a whole number",
    "scenario.read.kind.float": "a number",
    "scenario.read.kind.bool": "true or false",
    "scenario.read.kind.null": "an empty value",
    "scenario.read.key_twice": (
        "the key '{key}' appears twice in this mapping (first on line {line}); each key may "
        "appear once"
    ),
    "scenario.read.complex_key": "a key must be a plain name, not a list or mapping",
    "scenario.read.alias_key": "a key must be a plain name, not an alias",
    "scenario.read.merge": (
        "'<<' (merge) needs a mapping or a list of mappings, e.g. '<<: *defaults'"
    ),
    "scenario.read.no_anchor": "the alias '*{name}' refers to no anchor '&{name}' above it",
    "scenario.read.too_many_aliases": (
        "aliases ('*name') repeat more than {limit} values in this file; this is far more than "
        "any cluster needs and looks like a 'billion laughs' attack; write the values out or "
        "use fewer aliases"
    ),
    "scenario.yaml.mapping_values": (
        "a colon ':' where no key can stand (a text with ': ' in it needs quotes, or the "
        "indentation is wrong)"
    ),
    "scenario.yaml.expected_colon": "a key without ':' after it",
    "scenario.yaml.expected_key": (
        "a line that is not indented like the keys around it (check the spaces at its start)"
    ),
    "scenario.yaml.expected_dash": (
        "a line that is not indented like the entries of the list around it (each starts "
        "with '- ')"
    ),
    "scenario.yaml.expected_value": "a value is missing here",
    "scenario.yaml.expected_bracket": "a list in brackets '[...]' is not closed with ']'",
    "scenario.yaml.expected_brace": "a mapping in curly braces is not closed with its brace",
    "scenario.yaml.bad_character": (
        "a character that cannot start a value here (a text starting with '@', '`' or '%' "
        "needs quotes)"
    ),
    "scenario.yaml.unexpected_end": "the file ends in the middle of a value (a quote not closed?)",
    "scenario.yaml.bad_escape": (
        "a backslash '\\' in double quotes that YAML cannot read; use single quotes"
    ),
    "scenario.yaml.undefined_alias": "an alias '*name' with no anchor '&name' before it",
    "scenario.yaml.block_end": (
        "something after the end of a list or mapping (check the indentation of this line)"
    ),
    "scenario.yaml.duplicate_anchor": "an anchor name '&name' used twice",
    "scenario.yaml.unexpected_colon": "a colon ':' where none can stand",
    "scenario.override.at": "'{path}'",
    "scenario.override.top_level": "the top level",
    "scenario.override.not_a_path": "'{path}' is not a dotted path such as 'resources.budget_eur'",
    "scenario.override.single_value": "{where} is a single value; it has no part '{part}'",
    "scenario.override.unknown_key": "unknown key '{key}' in {where}{hint} (valid keys: {names})",
    "scenario.override.overrides_itself": "an override cannot change the overrides themselves",
    "scenario.override.not_a_mapping": "{where} is not a mapping in this scenario",
    "scenario.override.not_a_list": "{where} is not a list in this scenario",
    "scenario.override.no_entry": "{where} has no entry '{name}'{hint} (entries: {names})",
    "scenario.override.no_position": {
        "one": (
            "{where} has {count} entry (position 0); there is no position {position}"
        ),
        "other": (
            "{where} has {count} entries (positions 0 to {last}); there is no position "
            "{position}"
        ),
    },
    "scenario.override.no_id": (
        "{where} has no entry with id '{id}'{hint} (ids: {names}; or give a position from 0)"
    ),
    "scenario.override.not_path_value": (
        "'{text}' is not PATH=VALUE, e.g. --set resources.budget_eur=12000"
    ),
    "scenario.override.unreadable_value": "the value '{value}' cannot be read: {reason}",
    "scenario.override.in_definition": "'{path}': {reason}",
    "scenario.override.in_set": "--set {text}: {reason}",
    "scenario.override.unknown": "unknown override '{name}'{hint} ({known})",
    "scenario.override.defined": "this scenario defines: {names}",
    "scenario.override.none_defined": (
        "this scenario defines no overrides (see its 'overrides' section)"
    ),
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
    "ledger.empty": "the ledger is empty; it needs 'scenario' and 'entries'",
    "ledger.not_a_mapping": "a ledger must be a mapping with 'scenario' and 'entries'",
    "ledger.summary.malformed": "The ledger is malformed",
    "ledger.summary.unreadable": "The ledger cannot be read",
    "ledger.summary.missing": "The ledger is missing",
    "ledger.summary.not_recorded": "The outcome cannot be recorded",
    "ledger.summary.does_not_fit": "The ledger does not fit the scenario",
    "ledger.unknown_key": "unknown key '{name}'{hint} (see the ledger format in the README)",
    "ledger.allowed_here": "; allowed here: {names}",
    "ledger.recorded_twice": (
        "project {project!r} of phase {phase} is already recorded in entry {first}"
    ),
    "ledger.no_file": "no such ledger file",
    "ledger.unreadable": "cannot read the ledger: {reason}",
    "ledger.no_plan_file": "no such plan file",
    "ledger.plan_not_json": "not a JSON plan written by trustmatch: {reason}",
    "ledger.not_a_plan": "not a plan written by `trustmatch plan --json` (or `roadmap --json`)",
    "ledger.which_phase": "the plan covers phases {phases}: say which one with --phase",
    "ledger.no_such_phase": "the plan {plan} has no phase {phase} (it covers {phases})",
    "ledger.no_project_chosen": "(none: the plan chose no project)",
    "ledger.no_such_project": (
        "phase {phase} of the plan has no project {project!r}; valid project ids: {valid}"
    ),
    "ledger.no_such_result": "{result!r} is no result; use success, failure or cancelled",
    "ledger.no_participants": "name at least one actor",
    "ledger.unknown_participants": {
        "one": "unknown actor {names}; known actors: {known}",
        "other": "unknown actors {names}; known actors: {known}",
    },
    "ledger.other_scenario_outcome": (
        "this ledger belongs to scenario {ledger!r}, the outcome to scenario {outcome!r}"
    ),
    "ledger.already_recorded": (
        "project {project!r} of phase {phase} is already recorded ({result}); the ledger is "
        "append-only"
    ),
    "ledger.other_scenario": "this ledger belongs to scenario {ledger!r}, not to {scenario!r}",
    "ledger.not_a_member": "{actor!r} is not a member of scenario {scenario!r}",
    "ledger.participant_twice": "{actor!r} is named twice (first as entry {first})",
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
    # ---------------------------------------------------------------------------------------
    # click: click's own messages (usage errors, --help notes), keyed by click's English text
    # (issue 15; trustmatch.cli.click_language gives them to click)
    # ---------------------------------------------------------------------------------------
    "click:Aborted!":
        "Aborted!",
    "click:Missing command.":
        "Missing command.",
    "click:Error: {message}":
        "Error: {message}",
    "click:Try '{command} {option}' for help.":
        "Try '{command} {option}' for help.",
    "click:Missing argument":
        "Missing argument",
    "click:Missing option":
        "Missing option",
    "click:Missing parameter":
        "Missing parameter",
    "click:Missing {param_type}":
        "Missing {param_type}",
    "click:Missing parameter: {param_name}":
        "Missing parameter: {param_name}",
    "click:Invalid value for {param_hint}: {message}":
        "Invalid value for {param_hint}: {message}",
    "click:Invalid value: {message}":
        "Invalid value: {message}",
    "click:No such option {name!r}.":
        "No such option {name!r}.",
    "click:No such command {name!r}.":
        "No such command {name!r}.",
    "click:Could not open file {filename!r}: {message}":
        "Could not open file {filename!r}: {message}",
    "click:unknown error":
        "unknown error",
    "click:Option {name!r} does not take a value.":
        "Option {name!r} does not take a value.",
    "click:Argument {name!r} takes {nargs} values.":
        "Argument {name!r} takes {nargs} values.",
    "click:Invalid start character for option ({option})":
        "Invalid start character for option ({option})",
    "click:file":
        "file",
    "click:directory":
        "directory",
    "click:path":
        "path",
    "click:Choose from:\n\t{choices}":
        "Choose from:\n\t{choices}",
    "click:{value} is not in the range {range}.":
        "{value} is not in the range {range}.",
    "click:{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} is not a valid boolean. Recognized values: {states}",
    "click:{value!r} is not a valid {number_type}.":
        "{value!r} is not a valid {number_type}.",
    "click:{value!r} is not a valid UUID.":
        "{value!r} is not a valid UUID.",
    "click:{name} {filename!r} is a file.":
        "{name} {filename!r} is a file.",
    "click:{name} {filename!r} is a directory.":
        "{name} {filename!r} is a directory.",
    "click:{name} {filename!r} is not readable.":
        "{name} {filename!r} is not readable.",
    "click:{name} {filename!r} is not writable.":
        "{name} {filename!r} is not writable.",
    "click:{name} {filename!r} is not executable.":
        "{name} {filename!r} is not executable.",
    "click:{name} {filename!r} does not exist.":
        "{name} {filename!r} does not exist.",
    "click:Usage:":
        "Usage:",
    "click:Options":
        "Options",
    "click:Commands":
        "Commands",
    "click:default: {default}":
        "default: {default}",
    "click:env var: {var}":
        "env var: {var}",
    "click:Show this message and exit.":
        "Show this message and exit.",
    "click:Show the version and exit.":
        "Show the version and exit.",
    "click:%(prog)s, version %(version)s":
        "%(prog)s, version %(version)s",
    "click:Do you want to continue?":
        "Do you want to continue?",
    "click:Confirm the action without prompting.":
        "Confirm the action without prompting.",
    "click:Repeat for confirmation":
        "Repeat for confirmation",
    "click:Error: The two entered values do not match.":
        "Error: The two entered values do not match.",
    "click:Error: invalid input":
        "Error: invalid input",
    "click:Press any key to continue...":
        "Press any key to continue...",
    "click:Got unexpected extra argument ({args})": {
        "one": "Got unexpected extra argument ({args})",
        "other": "Got unexpected extra arguments ({args})",
    },
    "click:Did you mean {possibility}?": {
        "one": "Did you mean {possibility}?",
        "other": "(Did you mean one of: {possibilities}?)",
    },
    "click:Option {name!r} requires an argument.": {
        "one": "Option {name!r} requires an argument.",
        "other": "Option {name!r} requires {nargs} arguments.",
    },
    "click:{value!r} is not {choice}.": {
        "one": "{value!r} is not {choice}.",
        "other": "{value!r} is not one of {choices}.",
    },
    "click:Takes {nargs} values but 1 was given.": {
        "one": "Takes {nargs} values but 1 was given.",
        "other": "Takes {nargs} values but {len} were given.",
    },
    "click:Choice({choices})": "Choice({choices})",
    "click:{value!r} does not match the format {format}.": {
        "one": "{value!r} does not match the format {format}.",
        "other": "{value!r} does not match the formats {formats}.",
    },
    "click:{len_type} values are required, but {len_value} was given.": {
        "one": "{len_type} values are required, but {len_value} was given.",
        "other": "{len_type} values are required, but {len_value} were given.",
    },
    "click.word:File": "File",
    "click.word:Directory": "Directory",
    "click.word:Path": "Path",
    "click.word:integer": "integer",
    "click.word:integer range": "integer range",
    "click.word:float": "float",
    "click.word:float range": "float range",
    "click.word:boolean": "boolean",
    "click.word:text": "text",
}
"""Key → text (or plural forms) in this language."""
