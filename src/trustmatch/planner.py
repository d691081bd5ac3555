"""The phase planner: needs -> themes -> candidate projects -> integer program -> explained plan.

Library API::

    context = prepare(scenario)                     # once per scenario
    phase_plan = plan_phase(context, trust, phase)  # once per phase, any trust state
    result = plan(loaded_scenario)                  # one phase, with themes and unserved needs

Strategies:

* ``lookahead`` (the default): plans the next ``planning.horizon`` phases together, knowing the
  trust this phase's projects build and what it unlocks, and recommends only this phase
  (:mod:`trustmatch.optimize.lookahead`).
* ``one-phase``: the integer program of :mod:`trustmatch.optimize.model` for this phase alone,
  with the scenario's objective (benefit per ambition, repeat factor, contact rule).
* ``optimal``: the planner before issue 13, kept under its old name so that existing batch
  specs and results keep their meaning: the one-phase program with every served need worth its
  weight whatever the project (no benefit per ambition, no repeat factor, no contact rule, no
  rule against repeating a project).
* ``no-fairness``: ``one-phase`` without the no-competitive-loss rows.
* the baselines ``greedy``, ``random`` and ``big-bang`` of :mod:`trustmatch.optimize.strategies`
  (scenario objective).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from trustmatch import __version__
from trustmatch.candidates import (
    CandidateGroup,
    PhaseCandidates,
    candidate_groups,
    phase_candidates,
)
from trustmatch.explain import (
    left_out_reasons,
    portfolio_facts,
    unserved_reason,
    why_project,
)
from trustmatch.i18n.reasons import said_in_english
from trustmatch.i18n.words import ScenarioWords
from trustmatch.needs import NeedThemes, find_themes
from trustmatch.needs.fit import MemberFit, member_fit
from trustmatch.optimize.lookahead import solve_lookahead
from trustmatch.optimize.model import build_model
from trustmatch.optimize.portfolio import (
    PhaseProblem,
    PlanHistory,
    Selection,
    evaluate,
    violations,
)
from trustmatch.optimize.solvers import phrase, solve
from trustmatch.optimize.strategies import big_bang, greedy, random_portfolio
from trustmatch.outcomes import success_probability
from trustmatch.results import (
    PathProject,
    PhasePlan,
    PlannedProject,
    PlanResult,
    Reason,
    ScenarioRef,
    SolverOutcome,
    SolverStatus,
    StoredPhrase,
    UnservedNeed,
    say_phrases,
)
from trustmatch.scenario import LoadedScenario, Scenario
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.trust import TrustState, initial_trust, pair_key

STRATEGIES = (
    "lookahead", "one-phase", "optimal", "greedy", "random", "big-bang", "no-fairness",
)
"""Planning strategies: the lookahead, the one-phase program, the old planner, the baselines."""

DEFAULT_STRATEGY = "lookahead"
"""The strategy of ``plan``, ``roadmap``, ``strategies``, batch runs and the report."""

PROGRAM_STRATEGIES = ("lookahead", "one-phase", "optimal", "no-fairness")
"""Strategies solved as an integer program (the others are constructive baselines)."""

DIGITS = 6
"""Decimals kept for floats in results (stable JSON across platforms)."""

MAX_ASKED = 3
"""Members of the fitting kind named in an "ask them first" reason."""


@dataclass(frozen=True)
class PlanningContext:
    """What a scenario's phases share: computed once by :func:`prepare`, reused every phase.

    Attributes:
        scenario: The scenario.
        themes: The need themes.
        competitors: Competitor pairs (a, b), a < b, sorted.
        groups: Trust-independent candidate groups (generated, then explicit).
        notes: Notes about inputs that lead nowhere (catalogue reasons).
        weights: Actor -> theme -> need weight (every actor present, possibly empty).
        total_weight: Actor -> total need weight.
        names: Actor id -> display name.
    """

    scenario: Scenario
    themes: NeedThemes
    competitors: list[tuple[str, str]]
    groups: list[CandidateGroup]
    notes: list[Reason] = field(default_factory=list)
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    total_weight: dict[str, float] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @cached_property
    def words(self) -> ScenarioWords:
        """The scenario's words in English: the text stored with every reason is said in them."""
        return ScenarioWords(self.scenario, "en",
                             {theme.id: theme.label for theme in self.themes.themes})

    @property
    def theme_by_id(self):
        """Theme id -> theme."""
        return {t.id: t for t in self.themes.themes}


def prepare(scenario: Scenario) -> PlanningContext:
    """Compute what every phase of a scenario shares: themes, competitors, candidate groups."""
    themes = find_themes(scenario)
    weights: dict[str, dict[str, float]] = {a.id: {} for a in scenario.actors}
    for theme in themes.themes:
        for actor, weight in sorted(theme.actors.items()):
            if weight > 0:
                weights[actor][theme.id] = float(weight)
    total = {a: sum(w for _, w in sorted(ws.items())) for a, ws in weights.items()}
    groups, notes = candidate_groups(scenario, themes.themes)
    return PlanningContext(
        scenario=scenario,
        themes=themes,
        competitors=list(competitor_pairs(scenario)),
        groups=groups,
        notes=notes,
        weights=weights,
        total_weight=total,
        names={a.id: a.name for a in scenario.actors},
    )


def phase_problem(
    context: PlanningContext,
    trust: TrustState,
    strategy: str = DEFAULT_STRATEGY,
    history: PlanHistory | None = None,
) -> PhaseProblem:
    """Return the optimization problem :func:`plan_phase` solves for this trust and strategy.

    For benchmarks and baselines that must work on exactly the planner's problem (same
    candidate slots, eligible actors, conflict pairs, weights and limits).

    Args:
        context: From :func:`prepare`.
        trust: Trust at the start of the phase.
        strategy: One of :data:`STRATEGIES` (``big-bang`` ignores trust, ``no-fairness`` drops
            the balance rule, ``optimal`` uses the objective before issue 13).
        history: What earlier phases delivered and ran (for the repeat rules).
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    return _problem(context, trust, strategy, history)[0]


def _problem(
    context: PlanningContext, trust: TrustState, strategy: str,
    history: PlanHistory | None = None, *, phases_left: int = 1, planned: int = 1,
) -> tuple[PhaseProblem, PhaseCandidates]:
    scenario = context.scenario
    resources, pooled = phase_allowance(scenario, history, phases_left, planned)
    co_participation = {
        level: scenario.competition.co_participation_trust.for_level(level)
        for level in ("none", "low", "medium", "high")
    }
    competitors = frozenset(context.competitors)
    ignore_trust = strategy == "big-bang"
    phase = phase_candidates(
        context.groups, trust, competitors, co_participation,
        names=context.names, ignore_trust=ignore_trust,
    )
    fairness_pairs = [
        (a, b)
        for a, b in context.competitors
        if context.total_weight.get(a, 0) > 0 and context.total_weight.get(b, 0) > 0
    ]
    problem = PhaseProblem(
        candidates=phase.candidates,
        weights=context.weights,
        total_weight=context.total_weight,
        fairness_pairs=fairness_pairs,
        competitors=competitors,
        co_participation=co_participation,
        tolerance=scenario.competition.tolerance,
        capacity={a.id: a.max_projects_per_phase for a in scenario.actors},
        resources=resources,
        pooled=pooled,
        need_value=scenario.objective.need_value,
        contact_value=scenario.objective.new_contacts,
        cost_value=scenario.objective.cost,
        cost_resource=scenario.cost_resource,
        trust=trust,
        enforce_fairness=strategy != "no-fairness",
        enforce_trust=not ignore_trust,
    )
    if strategy != "optimal":  # the objective of issue 13; "optimal" keeps the one before
        history = history or PlanHistory()
        problem = replace(
            problem,
            use_benefit=True,
            repeat_factor=scenario.objective.repeat_factor,
            delivered_before=history.delivered,
            reach_value=scenario.objective.members_reached,
            ran_before=history.ran,
            expected_value=strategy == "lookahead",
            success=(
                expected_successes(context, phase.candidates, trust)
                if strategy == "lookahead" else {}
            ),
        )
    else:
        problem = replace(problem, use_benefit=False)
    return problem, phase


def phase_allowance(
    scenario, history: PlanHistory | None, phases_left: int, planned: int
) -> tuple[dict[str, float], dict[str, float]]:
    """Return the capacity per phase and the pooled limit over the planned phases.

    A resource with a ``total`` over the roadmap may use, in the ``planned`` phases a plan
    looks at, at most their even share of what is left of the total (``left * planned /
    phases_left``), and in any one phase at most its ``capacity`` and what is left. Unused
    shares carry over: a plan that starts small leaves more to the phases after it.

    Args:
        scenario: The scenario (``capacities`` and ``totals``).
        history: What earlier phases spent (``spent``); None: nothing yet.
        phases_left: Phases still to plan, this one included.
        planned: Phases this plan looks at (1, or the lookahead's horizon).

    Returns:
        Resource -> capacity in each planned phase, and resource -> most use over all planned
        phases together (only resources with a total).
    """
    capacities = dict(scenario.capacities)
    pooled: dict[str, float] = {}
    spent = history.spent if history is not None else {}
    for resource, total in sorted(scenario.totals.items()):
        left = max(0.0, total - spent.get(resource, 0.0))
        share = left * min(planned, phases_left) / max(1, phases_left)
        if planned <= 1:
            capacities[resource] = min(capacities.get(resource, share), share)
        else:
            capacities[resource] = min(capacities.get(resource, left), left)
            pooled[resource] = share
    return capacities, pooled


def expected_successes(
    context: PlanningContext, candidates: Sequence, trust: TrustState
) -> dict[str, float]:
    """Group key -> the success chance the lookahead expects of its projects this phase.

    The simulation's formula (:mod:`trustmatch.outcomes`) at the group's minimum size, with the
    mean trust among its eligible members in place of the participants' (who they are is what
    the program decides).
    """
    from trustmatch.outcomes import MAX_PROBABILITY, MIN_PROBABILITY, mean_mutual_trust

    settings = context.scenario.simulation
    out: dict[str, float] = {}
    for candidate in candidates:
        group = candidate.group
        if group.key in out:
            continue
        people = candidate.eligible[:40]  # enough pairs for a mean; bounded work
        p = (
            group.base_success
            + settings.trust_effect * (mean_mutual_trust(people, trust) - trust.prior_mean)
            - settings.ambition_penalty * (group.ambition - 1)
        )
        out[group.key] = min(MAX_PROBABILITY, max(MIN_PROBABILITY, p))
    return out


def plan_phase(
    context: PlanningContext,
    trust: TrustState,
    phase: int,
    *,
    strategy: str = "one-phase",
    seed: int = 0,
    solver: str | None = None,
    time_limit: float | None = None,
    mip_gap: float | None = None,
    history: PlanHistory | None = None,
    phases_left: int | None = None,
) -> PhasePlan:
    """Plan one phase: choose projects and participants given the trust at the phase's start.

    Args:
        context: From :func:`prepare`.
        trust: Trust at the start of the phase (pairs that have met are no new contacts).
        phase: Phase number (1-based), recorded in the result.
        strategy: One of :data:`STRATEGIES` (default ``one-phase``: this function plans one
            phase; :func:`plan` and the roadmap default to :data:`DEFAULT_STRATEGY`).
        seed: Seed of the ``random`` strategy.
        solver: ``highs`` or ``cbc`` (default: ``planning.solver``).
        time_limit: Seconds for planning the phase: candidates, model and solver (default:
            ``planning.time_limit``).
        mip_gap: Relative gap to stop at (default: ``planning.mip_gap``; the lookahead's
            default is ``planning.lookahead_gap``).
        history: What earlier phases delivered and ran (repeat factor, no exact repeats).
        phases_left: Phases still to plan, this one included (default: the scenario's
            ``phases`` from this phase on); caps the lookahead's horizon.

    Returns:
        The phase's portfolio. Check ``solver.status``: without a solution the portfolio is empty.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    started = time.perf_counter()
    settings = context.scenario.planning
    if phases_left is None:
        phases_left = max(1, context.scenario.phases - phase + 1)
    planned = min(settings.horizon, phases_left) if strategy == "lookahead" else 1
    problem, candidates = _problem(
        context, trust, strategy, history, phases_left=phases_left, planned=planned
    )
    bound: float | None = None
    phrases: tuple[StoredPhrase, ...] = ()
    horizon_objective: float | None = None
    path: list[PathProject] = []
    horizon = 1
    if strategy == "lookahead" and planned > 1:
        name = solver or settings.solver
        allowed_gap = settings.lookahead_gap if mip_gap is None else mip_gap
        outcome = solve_lookahead(
            problem,
            context.groups,
            horizon=min(settings.horizon, phases_left),
            discount=settings.lookahead_discount,
            simulation=context.scenario.simulation,
            names=context.names,
            solver=name,
            time_limit=settings.time_limit if time_limit is None else time_limit,
            mip_gap=allowed_gap,
            started=started,
            reproducible=settings.reproducible,
            integer_later=settings.lookahead_later == "integer",
        )
        status, bound, phrases, portfolio = (
            outcome.status, outcome.bound, outcome.phrases, outcome.portfolio
        )
        horizon_objective, horizon = outcome.objective, outcome.horizon
        path = [
            PathProject(
                phase=phase + offset,
                group=s.candidate.group.key,
                type=s.candidate.group.type_id,
                label=s.candidate.group.label,
                ambition=s.candidate.group.ambition,
                needs=list(s.candidate.group.themes),
                participants=list(s.participants),
            )
            for offset, selections in outcome.later
            for s in selections
        ]
    elif strategy in PROGRAM_STRATEGIES:
        name = solver or settings.solver
        allowed_gap = settings.mip_gap if mip_gap is None else mip_gap
        status, bound, phrases, portfolio = _solve_program(
            problem,
            name,
            time_limit=settings.time_limit if time_limit is None else time_limit,
            mip_gap=allowed_gap,
            started=started,
            reproducible=settings.reproducible,
        )
    else:
        if strategy == "greedy":
            portfolio = greedy(problem)
        elif strategy == "random":
            portfolio = random_portfolio(problem, seed)
        else:
            portfolio = big_bang(problem)
        status, name = SolverStatus.HEURISTIC, strategy
        allowed_gap = 0.0
    # Results show what the phase's projects deliver at their nominal benefit; the lookahead's
    # expected values live only in its horizon objective.
    problem = replace(problem, expected_value=False)
    broken = violations(problem, portfolio)
    if broken:  # never hand out an invalid plan, whatever the solver said
        raise RuntimeError(f"{name} produced an invalid portfolio: {'; '.join(broken[:5])}")
    evaluation = evaluate(problem, portfolio)
    value = evaluation.objective if horizon_objective is None else horizon_objective
    objective = round(value, DIGITS) if status.has_solution else None
    gap = None
    if objective is not None and bound is not None:
        bound = max(bound, value)
        gap = _relative_gap(value, bound)
        bound = round(bound, DIGITS)
        if status == SolverStatus.OPTIMAL and (gap is None or gap > allowed_gap + 1e-6):
            # Only with the compact contact count: the model counted a pair meeting in two
            # projects twice, so its optimum is an upper bound, not this portfolio's value.
            status = SolverStatus.FEASIBLE
            phrases = (phrase("compact_model"),)
    projects = _planned_projects(context, problem, candidates, portfolio, trust)
    notes = [said_in_english(note, context.words) for note in context.notes] + [
        said_in_english(candidates.blocked[k], context.words) for k in sorted(candidates.blocked)
    ]
    return PhasePlan(
        phase=phase,
        solver=SolverOutcome(
            name=name,
            status=status,
            objective=objective,
            bound=bound,
            gap=gap,
            seconds=round(time.perf_counter() - started, 3),
            message=say_phrases(phrases, "en"),
            phrases=list(phrases),
        ),
        projects=projects,
        resources_used={
            r: round(evaluation.uses.get(r, 0.0), DIGITS)
            for r in sorted(set(context.scenario.resources) | set(evaluation.uses))
        },
        resources_available=dict(sorted(context.scenario.capacities.items())),
        served_share={a: round(v, DIGITS) for a, v in sorted(evaluation.shares.items())},
        objective_terms={k: round(v, DIGITS) for k, v in evaluation.terms.items()},
        trust_before=trust.snapshot(),
        notes=notes,
        horizon=horizon,
        path=path,
    )


def _relative_gap(objective: float, bound: float) -> float | None:
    """Return (bound - objective) / |objective|; 0 when they meet, None when undefined (0 plan)."""
    distance = bound - objective
    if distance <= 1e-9 * max(1.0, abs(bound)):
        return 0.0
    if abs(objective) < 1e-9:
        return None  # HiGHS calls this gap infinite; JSON has no infinity
    return round(distance / abs(objective), DIGITS)


START_FROM_GREEDY_BINARIES = 2_000
"""From this many binary variables on, HiGHS starts from the greedy portfolio."""

MAX_CONTACT_ROUNDS = 4
"""Solves at most per phase with the compact contact count (see :func:`_solve_program`)."""


def _solve_program(
    problem: PhaseProblem,
    solver: str,
    *,
    time_limit: float,
    mip_gap: float,
    started: float | None = None,
    reproducible: bool = False,
) -> tuple[SolverStatus, float | None, tuple[StoredPhrase, ...], list[Selection]]:
    """Solve the integer program; with the compact contact count, repair double counting.

    When the model counts contacts per project (large phases), a solution may let a pair meet in
    two projects and earn the bonus twice in the model. Such pairs are then counted exactly and
    the program solved again (at most :data:`MAX_CONTACT_ROUNDS` times, within the time limit).
    Every round's bound is a valid upper bound (the model never undercounts); the best true
    portfolio and the lowest bound are kept.

    The time limit counts from ``started`` (the start of planning the phase: candidates, model,
    greedy start and solver all come out of it), else from now. With ``reproducible`` every
    round gets the counted work of the whole time limit instead (see
    :func:`trustmatch.optimize.solvers.work_limit`), so that the plan never depends on the clock.

    Guarantee: unless the inputs are infeasible, the result always has a plan. When the solver
    stops before any plan of its own (time limit, error), the greedy portfolio (valid by
    construction) is returned with status ``feasible`` and a message saying so; so a phase
    never ends without a plan, whatever the size of the cluster and the time limit.

    Returns:
        Status, bound, what to say about it (catalogue phrases) and portfolio (empty only for
        infeasible inputs).
    """
    started = time.perf_counter() if started is None else started
    exact_pairs: frozenset[tuple[str, str]] = frozenset()
    best: list[Selection] | None = None
    best_value = float("-inf")
    bound: float | None = None
    status, phrases = SolverStatus.ERROR, ()
    start_portfolio: list[Selection] | None = None
    for _ in range(MAX_CONTACT_ROUNDS):
        remaining = time_limit - (time.perf_counter() - started)
        if reproducible:
            remaining = time_limit
        elif best is not None and remaining <= 0.05 * time_limit:
            break
        elif best is None and remaining <= 0:
            # The time went into building candidates: no time left for a model, so the
            # greedy plan below is the answer (see the guarantee in the docstring).
            status = SolverStatus.TIME_LIMIT
            phrases = (phrase("no_time_left"),)
            break
        model = build_model(problem, exact_pairs=exact_pairs)
        start = None
        if solver == "highs" and model.stats["binaries"] >= START_FROM_GREEDY_BINARIES:
            # Large phases: HiGHS' own heuristics may find little within the time limit; the
            # greedy portfolio (valid by construction) gives it a good first plan to improve.
            if best is None:
                start_portfolio = greedy(problem)
            start = model.start_values(best if best is not None else start_portfolio)
            if not reproducible:
                remaining = time_limit - (time.perf_counter() - started)
        report = solve(
            model.lp, solver, time_limit=max(remaining, min(time_limit, 0.01)), mip_gap=mip_gap,
            start=start, blocks=model.blocks, reproducible=reproducible,
        )
        if report.bound is not None:
            bound = report.bound if bound is None else min(bound, report.bound)
        if not report.has_solution:
            if best is None and start_portfolio is not None:
                # The solver stopped before accepting anything: the greedy start it was given
                # is still a valid plan, and the bound (if any) still holds for it.
                best = start_portfolio
                status = SolverStatus.FEASIBLE
                phrases = (*report.phrases, phrase("greedy_start"))
            elif best is None:
                status, phrases = report.status, report.phrases
            break
        portfolio = model.portfolio(list(problem.candidates))
        value = evaluate(problem, portfolio).objective
        if value > best_value:
            best, best_value = portfolio, value
            status, phrases = report.status, report.phrases
        doubles = _pairs_meeting_twice(problem, portfolio)
        if model.exact_contacts or not doubles or report.status != SolverStatus.OPTIMAL:
            break
        exact_pairs = exact_pairs | doubles
    if best is None and not status.has_solution and status != SolverStatus.INFEASIBLE:
        # The guarantee: a phase always gets a plan. The greedy portfolio is valid by
        # construction and takes a fraction of a second even for large clusters, so when the
        # solver stops (time limit, error) before any plan of its own, the greedy one is given.
        best = start_portfolio if start_portfolio is not None else greedy(problem)
        status = SolverStatus.FEASIBLE
        phrases = (*phrases, phrase("greedy_fallback"))
    return status, bound, phrases, best or []


def _pairs_meeting_twice(
    problem: PhaseProblem, portfolio: list[Selection]
) -> frozenset[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    twice: set[tuple[str, str]] = set()
    for selection in portfolio:
        for a, b in combinations(selection.participants, 2):
            if problem.trust.has_met(a, b):
                continue
            (twice if (a, b) in seen else seen).add((a, b))
    return frozenset(twice)


def _planned_projects(
    context: PlanningContext,
    problem: PhaseProblem,
    candidates: PhaseCandidates,
    portfolio: list[Selection],
    trust: TrustState,
) -> list[PlannedProject]:
    order = {c.index_key: i for i, c in enumerate(problem.candidates)}
    portfolio = sorted(portfolio, key=lambda s: order[s.candidate.index_key])
    numbers: dict[str, int] = {}
    project_ids: dict[int, str] = {}
    for selection in portfolio:
        group = selection.candidate.group
        if group.explicit:
            project_ids[id(selection)] = group.key
        else:
            numbers[group.key] = numbers.get(group.key, 0) + 1
            project_ids[id(selection)] = f"{group.key}:{numbers[group.key]}"
    facts = portfolio_facts(problem, portfolio)
    counted_needs: set[tuple[str, str]] = set()
    counted_pairs: set[tuple[str, str]] = set()
    projects: list[PlannedProject] = []
    for selection in portfolio:
        group = selection.candidate.group
        people = selection.participants
        fresh = [
            (a, t) for a in people for t in group.serves.get(a, ()) if (a, t) not in counted_needs
        ]
        counted_needs.update(fresh)
        pairs = [
            pair_key(a, b)
            for a, b in combinations(people, 2)
            if not trust.has_met(a, b) and pair_key(a, b) not in counted_pairs
        ]
        counted_pairs.update(pairs)
        benefit = problem.benefit(group)
        value = (group.value or 0.0) + sum(problem.need_worth(a, t, benefit) for a, t in fresh)
        uses = {r: round(v, DIGITS) for r, v in selection.uses().items()}
        why = why_project(selection, new_contacts=len(pairs), uses=uses)
        projects.append(
            PlannedProject(
                id=project_ids[id(selection)],
                type=group.type_id,
                label=group.label,
                ambition=group.ambition,
                sensitivity=group.sensitivity,
                needs=list(group.themes),
                participants=list(people),
                uses=uses,
                value=round(value, DIGITS),
                new_contacts=pairs,
                success_probability=round(
                    success_probability(
                        group.base_success, group.ambition, group.min_participants, people,
                        trust, context.scenario.simulation,
                    ),
                    DIGITS,
                ),
                why=said_in_english(why, context.words),
                why_key=why.key,
                why_params=why.params,
                left_out=left_out_reasons(
                    problem, portfolio, selection, words=context.words,
                    dropped=candidates.dropped, project_ids=project_ids, facts=facts,
                ),
                group=group.key,
                benefit=round(benefit, DIGITS),
            )
        )
    return projects


def plan(
    source: LoadedScenario | Scenario,
    *,
    strategy: str = DEFAULT_STRATEGY,
    trust: TrustState | None = None,
    phase: int = 1,
    seed: int | None = None,
    solver: str | None = None,
    time_limit: float | None = None,
    mip_gap: float | None = None,
    history: PlanHistory | None = None,
) -> PlanResult:
    """Plan one phase of a scenario and explain it (``trustmatch plan``).

    Args:
        source: A loaded scenario (keeps file hash and overrides) or a scenario built in code.
        strategy: One of :data:`STRATEGIES`.
        trust: Trust at the phase's start (default: the scenario's initial trust).
        phase: Phase number recorded in the result.
        seed: Seed (default: the scenario's ``seed``).
        solver: ``highs`` or ``cbc`` (default: ``planning.solver``).
        time_limit: Seconds for planning the phase: candidates, model and solver (default:
            ``planning.time_limit``).
        mip_gap: Relative gap to stop at (default: ``planning.mip_gap``).
        history: What recorded phases delivered, ran and spent (repeat rules, totals; see
            :func:`trustmatch.roadmap.ledger_history`); default: nothing.

    Returns:
        The plan with themes, the phase's portfolio and the unserved needs, what trust allows
        and the trust path to the rest (``outlook``) and the members without any joint project
        and why (``no_contact``; see :mod:`trustmatch.trust_path`). Check
        ``phases[0].solver.status`` before using the portfolio.
    """
    if isinstance(source, LoadedScenario):
        scenario = source.scenario
        ref = ScenarioRef(
            name=scenario.name,
            file_sha256=source.file_sha256,
            overrides=list(source.overrides),
            sets=list(source.sets),
        )
    else:
        scenario = source
        ref = ScenarioRef(name=scenario.name, file_sha256="")
    seed = scenario.seed if seed is None else seed
    context = prepare(scenario)
    trust = initial_trust(scenario) if trust is None else trust
    phase_plan = plan_phase(
        context,
        trust,
        phase,
        strategy=strategy,
        seed=seed,
        solver=solver,
        time_limit=time_limit,
        mip_gap=mip_gap,
        history=history,
    )
    return PlanResult(
        trustmatch_version=__version__,
        seed=seed,
        strategy=strategy,
        scenario=ref,
        themes=list(context.themes.themes),
        phases=[phase_plan],
        unserved=find_unserved(context, [phase_plan]),
        **trust_explanations(context, [trust], [phase_plan], strategy=strategy),
    )


def trust_explanations(
    context: PlanningContext,
    trusts: Sequence[TrustState],
    plans: Sequence[PhasePlan],
    *,
    strategy: str,
) -> dict:
    """Return the ``outlook`` and ``no_contact`` fields of a plan or roadmap result.

    See :mod:`trustmatch.trust_path`. After recorded phases (the first phase planned is later
    than phase 1) the first phase's "unlocked" list compares with the cluster's initial trust.
    """
    from trustmatch.trust_path import no_contact, phase_outlooks

    previous = None
    if plans and plans[0].phase > 1:
        previous = initial_trust(context.scenario)
    return {
        "outlook": phase_outlooks(context, trusts, plans, previous=previous, previous_phase=1),
        "no_contact": no_contact(context, trusts, plans, strategy=strategy),
    }


class _SnapshotTrust:
    """Pairwise trust read back from a phase's ``trust_before`` snapshot (for explanations)."""

    def __init__(self, plan: PhasePlan):
        snapshot = plan.trust_before
        self.prior_mean = snapshot.prior_mean
        self._pairs = {pair_key(a, b): v for a, b, v in snapshot.pairs}

    def pair_trust(self, a: str, b: str) -> float:
        return self._pairs.get(pair_key(a, b), self.prior_mean)


def find_unserved(context: PlanningContext, phases: Sequence[PhasePlan]) -> list[UnservedNeed]:
    """Return every actor's need theme that no project of the given phases serves, with why.

    The reason is a hint for the cluster manager: recruit a member who shares the need, add a
    project type, wait for trust to grow (judged with the trust of the last phase given), or
    find more resources.
    """
    groups = {g.key: g for g in context.groups}
    served: set[tuple[str, str]] = set()
    for phase_plan in phases:
        for project in phase_plan.projects:
            group = groups.get(project.id) or groups.get(project.id.rsplit(":", 1)[0])
            if group is None:
                continue
            for actor in project.participants:
                served.update((actor, t) for t in group.serves.get(actor, ()))
    blocked: dict[str, Reason] = {}
    dropped: dict[tuple[str, str], Reason] = {}
    load: dict[str, int] = {}
    shares: dict[str, float] = dict(phases[-1].served_share) if phases else {}
    if phases:
        last = phases[-1]
        co_participation = {
            level: context.scenario.competition.co_participation_trust.for_level(level)
            for level in ("none", "low", "medium", "high")
        }
        state = phase_candidates(
            context.groups, _SnapshotTrust(last), frozenset(context.competitors),
            co_participation, names=context.names,
        )
        blocked, dropped = state.blocked, state.dropped
        for project in last.projects:
            for actor in project.participants:
                load[actor] = load.get(actor, 0) + 1
    types_by_theme: dict[str, list[tuple[str, int]]] = {}
    explicit_by_theme: dict[str, set[str]] = {}
    for group in context.groups:
        for theme in group.themes:
            if group.explicit:
                for actor, served_themes in group.serves.items():
                    if theme in served_themes:
                        explicit_by_theme.setdefault(theme, set()).add(actor)
    for ptype in context.scenario.project_types:
        for theme in _themes_of_type(context, ptype.addresses):
            types_by_theme.setdefault(theme, []).append((ptype.id, ptype.participants.min))
    capacity = {a.id: a.max_projects_per_phase for a in context.scenario.actors}
    generated_by_theme: dict[str, list[str]] = {}
    for group in context.groups:
        if not group.explicit:
            for theme_id in dict.fromkeys(group.themes):
                generated_by_theme.setdefault(theme_id, []).append(group.key)
    rival_pairs: dict[str, list[tuple[str, str]]] = {}
    for a, b in context.competitors:
        rival_pairs.setdefault(a, []).append((a, b))
        if b != a:
            rival_pairs.setdefault(b, []).append((a, b))
    short_by_theme: dict[str, str | None] = {}
    has_plan = not phases or phases[-1].solver.status.has_solution
    kinds = {a.id: a.kind for a in context.scenario.actors}
    catalogue = {need.id: need for need in context.scenario.needs}
    out: list[UnservedNeed] = []
    for theme in context.themes.themes:
        keys = generated_by_theme.get(theme.id, [])
        fit: MemberFit | None = None
        for actor in sorted(theme.actors):
            if theme.actors[actor] <= 0 or (actor, theme.id) in served:
                continue
            if theme.id not in short_by_theme:  # the same for every actor of the theme
                short_by_theme[theme.id] = _short_resource(
                    [groups[k] for k in keys if k not in blocked], phases[-1] if phases else None
                )
            if fit is None:
                fit = member_fit(
                    [theme.label, *(s.text for s in theme.statements)],
                    sorted({kinds.get(a, "company") for a in theme.actors}),
                    theme.sensitivity,
                )
            can_join = any(
                k not in blocked and (k, actor) not in dropped and actor in groups[k].interested
                for k in keys
            )
            near = context.themes.similar_elsewhere(actor, theme.id)
            resembles = context.themes.resembles.get(theme.id)
            reason = unserved_reason(
                theme=theme,
                actor=actor,
                addressing_types=types_by_theme.get(theme.id, []),
                explicit_addressing=actor in explicit_by_theme.get(theme.id, set()),
                capacity=capacity.get(actor, 0),
                blocked=[blocked[k] for k in keys if k in blocked],
                dropped=[dropped[(k, actor)] for k in keys if (k, actor) in dropped],
                load=load.get(actor, 0),
                can_join=can_join,
                rival=_rival_behind(context, shares, actor, theme.id, rival_pairs.get(actor, ())),
                tolerance=context.scenario.competition.tolerance,
                short_resource=short_by_theme[theme.id],
                has_plan=has_plan,
                similar=(near.actor, near.text) if near is not None else None,
                similar_need=near.theme if near is not None and near.theme in catalogue
                and catalogue[near.theme].label == near.text else None,
                resembles=catalogue[resembles].label if resembles in catalogue else None,
                resembles_id=resembles if resembles in catalogue else None,
                fit=fit.fit,
                ask=sorted(
                    a for a, kind in kinds.items()
                    if kind in fit.kinds and a != actor and a not in theme.actors
                    and capacity.get(a, 0) > 0
                )[:MAX_ASKED],
            )
            facts = dict(reason.facts)
            if isinstance(facts.get("detail"), Reason):  # JSON keeps the English sentence
                facts["detail"] = said_in_english(facts["detail"], context.words)
            out.append(UnservedNeed(
                actor=actor, need=theme.id, label=theme.label,
                reason=said_in_english(reason.said, context.words),
                kind=reason.kind, facts=facts, key=reason.said.key, params=reason.said.params,
            ))
    return sorted(out, key=lambda u: (u.actor, u.need))


def _themes_of_type(context: PlanningContext, addresses) -> list[str]:
    from trustmatch.needs import themes_addressed

    return list(themes_addressed(list(context.themes.themes), addresses))


def _rival_behind(
    context: PlanningContext,
    shares: dict[str, float],
    actor: str,
    theme: str,
    pairs: Sequence[tuple[str, str]],
) -> str | None:
    """A competitor that would fall too far behind if the actor's need on the theme were served.

    ``pairs`` are the actor's competitor pairs, in the order of ``context.competitors``.
    """
    total = context.total_weight.get(actor, 0.0)
    if total <= 0:
        return None
    after = shares.get(actor, 0.0) + context.weights[actor].get(theme, 0.0) / total
    limit = context.scenario.competition.tolerance + 1e-9
    for a, b in pairs:
        rival = b if a == actor else a
        if context.total_weight.get(rival, 0.0) > 0 and after - shares.get(rival, 0.0) > limit:
            return rival
    return None


def _short_resource(groups: list[CandidateGroup], last: PhasePlan | None) -> str | None:
    """A resource whose remainder is too small for the smallest project of every group."""
    if last is None or not groups:
        return None
    short: str | None = None
    for group in groups:
        uses = group.uses(group.min_participants)
        lacking = sorted(
            r for r, v in uses.items()
            if r in last.resources_available
            and last.resources_used.get(r, 0.0) + v > last.resources_available[r] + 1e-9
        )
        if not lacking:
            return None
        short = short or lacking[0]
    return short
