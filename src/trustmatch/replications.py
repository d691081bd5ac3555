"""Monte Carlo replications of the rolling horizon: shared plans made once, runs on an executor.

Three things make many replications cheaper than running the roadmap again and again:

* **What is identical is planned once.** Every replication starts from the same trust, so for a
  strategy that draws no random numbers (all but ``random``) the first phase's plan is the same
  in every replication: it is planned once and shared; only the outcome draws differ.
* **A situation reached again is not planned again.** Replications that drew the same
  outcomes so far stand at the same trust, and then get the same plan (:class:`PlanMemo`): with
  three projects in phase 1 there are at most eight distinct phase-2 situations, however many
  replications run. Each worker process keeps its own memo.
* **Replications run on the available cores.** They are independent: each is a pure function
  of its seed, so they run on any :mod:`concurrent.futures` executor (the batch runs' process
  pool, :func:`trustmatch.batch.executors.open_executor`) and are put back in replication
  order. The results are the same whatever the number of workers.

Replication ``i`` uses the seed ``replication_seed(seed, i)`` as before (replication 0 the root
seed), so results equal those of running :func:`trustmatch.roadmap.simulate_phases` one by one.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from trustmatch.optimize.portfolio import PlanHistory
from trustmatch.planner import DEFAULT_STRATEGY, PlanningContext, plan_phase
from trustmatch.results import PhasePlan, RoadmapPhase
from trustmatch.trust import TrustState

RANDOM_STRATEGIES: frozenset[str] = frozenset({"random"})
"""Strategies whose plans depend on the replication's seed (their first phase is not shared)."""

TASKS_PER_WORKER = 4
"""Replications are sent in about this many chunks per worker: progress stays visible and a
slow chunk does not hold up the others, while each chunk ships the planning context once."""

AUTO_PARALLEL_SECONDS = 10.0
"""With ``jobs=None``, replications go to worker processes only when their planning is expected
to take at least this long in one process: each worker first spends about 2 s importing the
solver stack, which shorter work does not repay. The estimate (the shared first phase's planning
CPU time × the other phases × replications) only decides where the runs execute, never what they
return."""

Reduce = Callable[[list[RoadmapPhase]], Any]
"""Turns one replication's phases into what the caller keeps (a top-level function, so that
worker processes can import it)."""


PLAN_MEMO_SIZE = 512
"""Plans a memo keeps (a few MB at most); later distinct situations are planned as before."""


class PlanMemo:
    """Plans already made, by phase and trust: a situation reached again is not planned again.

    Replications that drew the same outcomes so far stand at the same trust, and for a strategy
    that draws no random numbers the same trust gives the same plan: with a few projects per
    phase most replications share their second phase's plan too. Only usable for one context,
    strategy, solver and time limit (a :class:`Replications`).
    """

    def __init__(self, limit: int = PLAN_MEMO_SIZE) -> None:
        self.limit = limit
        self.plans: dict[tuple[Any, ...], PhasePlan] = {}

    @staticmethod
    def key(phase: int, trust: TrustState, history: PlanHistory) -> tuple[Any, ...]:
        """Return what the plan of ``phase`` depends on besides the fixed settings.

        The phase also fixes how many phases are left (the lookahead's horizon).
        """
        return (
            phase,
            tuple(sorted(trust.evidence.items())),
            tuple(sorted(trust.met)),
            tuple(sorted(trust.initiative.items())),
            tuple(sorted(history.delivered.items())),
            tuple(sorted(history.ran)),
            tuple(sorted(history.spent.items())),
        )

    def get(self, phase: int, trust: TrustState, history: PlanHistory) -> PhasePlan | None:
        """Return the plan made for this phase, trust and history, if any."""
        return self.plans.get(self.key(phase, trust, history))

    def put(self, phase: int, trust: TrustState, history: PlanHistory, plan: PhasePlan) -> None:
        """Keep a plan (unless the memo is full)."""
        if len(self.plans) < self.limit:
            self.plans[self.key(phase, trust, history)] = plan


@dataclass(frozen=True)
class Replications:
    """One rolling horizon to replicate: everything a worker needs besides the seeds.

    Attributes:
        context: From :func:`trustmatch.planner.prepare`.
        trust: Trust at the start of ``first_phase``.
        first_phase: Number of the first phase to plan.
        phases: How many phases to plan.
        strategy: Planning strategy.
        solver: ``highs`` or ``cbc`` (None: the scenario's).
        time_limit: Solver seconds per phase (None: the scenario's).
        first_plan: The first phase's plan when it is the same in every replication.
        history: What the phases before ``first_phase`` delivered, ran and spent (from a
            ledger; empty without one).
    """

    context: PlanningContext
    trust: TrustState
    first_phase: int
    phases: int
    strategy: str = DEFAULT_STRATEGY
    solver: str | None = None
    time_limit: float | None = None
    first_plan: PhasePlan | None = None
    history: PlanHistory = field(default_factory=PlanHistory)

    def with_shared_first_plan(self) -> tuple[Replications, float | None]:
        """Plan the first phase once when it is shared by every replication.

        Returns:
            These replications with ``first_plan`` set (unchanged for a random strategy), and
            the CPU seconds the planning took (None when nothing was planned).
        """
        if self.first_plan is not None or self.strategy in RANDOM_STRATEGIES:
            return self, None
        # CPU time (this process and its solver threads): on a busy machine the wall time
        # would overstate the work and start workers that cannot get a core anyway.
        started = time.process_time()
        first_plan = plan_phase(
            self.context,
            self.trust,
            self.first_phase,
            strategy=self.strategy,
            seed=0,  # not used by strategies that draw no random numbers
            solver=self.solver,
            time_limit=self.time_limit,
            history=self.history,
            phases_left=self.phases,
        )
        return replace(self, first_plan=first_plan), time.process_time() - started

    def memo(self) -> PlanMemo | None:
        """Return a plan memo holding the shared first plan (None for a random strategy)."""
        if self.strategy in RANDOM_STRATEGIES:
            return None
        memo = PlanMemo()
        if self.first_plan is not None:
            memo.put(self.first_phase, self.trust, self.history, self.first_plan)
        return memo

    def run(self, seed: int, full: bool, plans: PlanMemo | None = None) -> list[RoadmapPhase]:
        """Run one replication with ``seed`` (see :func:`trustmatch.roadmap.simulate_phases`).

        Args:
            seed: The replication's seed.
            full: Keep ``trust_after`` with every pair.
            plans: Plans of situations other replications reached (see :class:`PlanMemo`).
        """
        from trustmatch.roadmap import simulate_phases

        return simulate_phases(
            self.context,
            self.trust,
            first_phase=self.first_phase,
            phases=self.phases,
            seed=seed,
            strategy=self.strategy,
            solver=self.solver,
            time_limit=self.time_limit,
            full=full,
            history=self.history,
            plans=plans if plans is not None else self.memo(),
        )


def _run_chunk(
    replications: Replications,
    chunk: Sequence[tuple[int, int]],
    full: Collection[int],
    reduce: Reduce | None,
    plans: PlanMemo | None = None,
) -> list[tuple[int, Any]]:
    """Run ``(index, seed)`` replications; return ``(index, phases or reduce(phases))``."""
    out = []
    plans = plans if plans is not None else replications.memo()
    for index, seed in chunk:
        phases = replications.run(seed, index in full, plans)
        out.append((index, phases if index in full or reduce is None else reduce(phases)))
    return out


def run_replications(
    replications: Replications,
    seeds: Sequence[int],
    *,
    full: Collection[int] = (0,),
    reduce: Reduce | None = None,
    jobs: int | None = 1,
    progress: Callable[[int, int], None] | None = None,
    executor: cf.Executor | None = None,
) -> list[Any]:
    """Run one replication per seed, on ``jobs`` processes, and return them in seed order.

    Args:
        replications: What to replicate (its first phase is planned once here if shared).
        seeds: One seed per replication.
        full: Indices whose phases are kept in full (``trust_after`` with every pair).
        reduce: Applied to the phases of every other replication in the worker (keeps memory
            and traffic small); None keeps the phases.
        jobs: Worker processes (1: in this process; None: every core when the work is long
            enough to repay starting them, see :data:`AUTO_PARALLEL_SECONDS`). Results do not
            depend on it.
        progress: Called as ``progress(done, total)`` as replications finish.
        executor: Run on this executor (already open; ``jobs`` then only sets how finely the
            replications are split) instead of starting one.

    Returns:
        Per seed, in order: its phases (for ``full`` indices, or without ``reduce``) or
        ``reduce(phases)``.
    """
    from trustmatch.batch.executors import default_jobs, open_executor

    shared, seconds = replications.with_shared_first_plan()
    total = len(seeds)
    if jobs is None:
        estimate = (seconds or 0.0) * max(1, replications.phases - 1) * total
        jobs = default_jobs() if estimate >= AUTO_PARALLEL_SECONDS else 1
    workers = min(jobs, max(1, total))
    indexed = list(enumerate(seeds))
    size = max(1, -(-total // (workers * TASKS_PER_WORKER))) if workers > 1 else 1
    chunks = [indexed[start:start + size] for start in range(0, total, size)]
    results: list[Any] = [None] * total
    done = 0

    def collect(finished: list[tuple[int, Any]]) -> None:
        nonlocal done
        for index, value in finished:
            results[index] = value
        done += len(finished)
        if progress is not None:
            progress(done, total)

    if workers == 1 and executor is None:
        plans = shared.memo()  # one memo for all: every situation is planned once
        for chunk in chunks:
            collect(_run_chunk(shared, chunk, frozenset(full), reduce, plans))
        return results
    with contextlib.ExitStack() as stack:
        if executor is None:
            executor = stack.enter_context(open_executor("processes", workers)).executor
        futures = [
            executor.submit(_run_chunk, shared, chunk, frozenset(full), reduce)
            for chunk in chunks
        ]
        try:
            for future in cf.as_completed(futures):
                collect(future.result())
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return results
