"""Success probability of a project and seeded simulated outcomes.

A project succeeds with probability::

    p = base + trust_effect * (mean_trust - prior_mean)
             - size_penalty * (participants - min_participants)
             - ambition_penalty * (ambition - 1)

clipped to [0.01, 0.99], where ``base`` is the type's ``success_probability`` and ``mean_trust``
the participants' mean mutual trust (the prior mean for a single participant). The parameters
live in the scenario's ``simulation`` section.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from trustmatch.scenario.models import SimulationSettings
from trustmatch.trust import TrustState

MIN_PROBABILITY = 0.01
"""No project is certain to fail."""
MAX_PROBABILITY = 0.99
"""No project is certain to succeed."""


def mean_mutual_trust(participants: Sequence[str], trust: TrustState) -> float:
    """Return the participants' mean pairwise trust (the prior mean for fewer than two)."""
    pairs = list(combinations(sorted(participants), 2))
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
