"""Success probability of a project and seeded, reproducible simulated outcomes.

A project succeeds with probability::

    p = base + trust_effect * (mean_trust - prior_mean)
             - size_penalty * (participants - min_participants)
             - ambition_penalty * (ambition - 1)

clipped to [0.01, 0.99], where ``base`` is the type's (or explicit project's)
``success_probability``, ``mean_trust`` the participants' mean mutual trust at the start of the
phase (the prior mean for a single participant), and ``participants - min_participants`` is
never negative. ``trust_effect``, ``size_penalty`` and ``ambition_penalty`` live in the
scenario's ``simulation`` section (defaults 0.5, 0.02, 0.05).

Simulated draw: project ``id`` of phase ``k`` under seed ``S`` succeeds when ``u < p``, where
``u`` is the first ``random()`` of ``numpy.random.default_rng(SeedSequence(S, spawn_key=(1, k,
w1..w4)))`` and w1..w4 are the first 16 bytes of SHA-256(id) as four 32-bit words. Every project
has its own random stream, so an outcome never depends on which other projects were chosen, on
the order of evaluation, or on how many workers run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from trustmatch.results import PlannedProject, ProjectOutcome
from trustmatch.scenario.models import SimulationSettings
from trustmatch.trust import TrustState

MIN_PROBABILITY = 0.01
"""No project is certain to fail."""
MAX_PROBABILITY = 0.99
"""No project is certain to succeed."""

OUTCOME_STREAM = 1
"""First word of the spawn key of outcome streams (keeps them apart from other uses of a seed)."""
REPLICATION_STREAM = 2
"""First word of the spawn key that derives Monte Carlo replication seeds."""


def mean_mutual_trust(participants: Sequence[str], trust: TrustState) -> float:
    """Return the participants' mean pairwise trust (the prior mean for fewer than two)."""
    pairs = list(combinations(sorted(set(participants)), 2))
    if not pairs:
        return trust.prior_mean
    return sum(trust.pair_trust(a, b) for a, b in pairs) / len(pairs)


def success_probability(
    base: float,
    ambition: int,
    min_participants: int,
    participants: Sequence[str],
    trust: TrustState,
    settings: SimulationSettings,
) -> float:
    """Return the chance that a project succeeds (see the module docstring for the formula)."""
    p = (
        base
        + settings.trust_effect * (mean_mutual_trust(participants, trust) - trust.prior_mean)
        - settings.size_penalty * max(0, len(participants) - min_participants)
        - settings.ambition_penalty * (ambition - 1)
    )
    return min(MAX_PROBABILITY, max(MIN_PROBABILITY, p))


def _id_words(project_id: str) -> tuple[int, ...]:
    digest = hashlib.sha256(project_id.encode("utf-8")).digest()
    return tuple(int.from_bytes(digest[i : i + 4], "little") for i in range(0, 16, 4))


def outcome_rng(seed: int, phase: int, project_id: str) -> np.random.Generator:
    """Return the random stream of one project in one phase (see the module docstring)."""
    key = (OUTCOME_STREAM, phase, *_id_words(project_id))
    return np.random.default_rng(np.random.SeedSequence(seed, spawn_key=key))


def replication_seed(root_seed: int, replication: int) -> int:
    """Return the seed of Monte Carlo replication ``replication`` (0 keeps the root seed).

    Replication i > 0 uses 63 bits drawn from ``SeedSequence(root_seed, spawn_key=(2, i))``, so
    replication 0 of a Monte Carlo run is exactly the single run with the root seed.
    """
    if replication == 0:
        return root_seed
    sequence = np.random.SeedSequence(root_seed, spawn_key=(REPLICATION_STREAM, replication))
    return int(sequence.generate_state(1, dtype=np.uint64)[0]) & (2**63 - 1)


def simulate_outcome(project: PlannedProject, seed: int, phase: int) -> ProjectOutcome:
    """Draw whether a planned project succeeds, with its ``success_probability``.

    Args:
        project: The planned project (its ``success_probability`` was computed by the planner
            from the trust at the start of the phase).
        seed: The run's seed.
        phase: The phase the project runs in.
    """
    probability = project.success_probability
    draw = outcome_rng(seed, phase, project.id).random()
    return ProjectOutcome(
        project=project.id,
        result="success" if draw < probability else "failure",
        probability=probability,
        participants=list(project.participants),
        source="simulated",
    )
