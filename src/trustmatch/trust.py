"""Trust between members and in the initiative: the beta reputation model (Jøsang & Ismail 2002).

Pairwise trust. For a pair (i, j) with base pseudo-counts a, b and ambition-weighted evidence
r (successes) and s (failures) of the projects both took part in::

    trust(i, j) = (a + r) / (a + b + r + s)

* Prior: a = a0 = prior_mean * prior_strength, b = b0 = (1 - prior_mean) * prior_strength, so a
  pair without history has trust ``prior_mean``.
* A ``known`` value v replaces the prior of its pair by the equivalent pseudo-counts
  a = v * K, b = (1 - v) * K with K = ``known_strength`` (default ``prior_strength``): the pair
  starts at v, and later evidence moves it exactly as it would move a prior of strength K.
  Known pairs count as having worked together (no "new contact").
* Evidence: a project of ambition level L that succeeds adds L to r of every pair of its
  participants; a failure adds L to s. A cancelled project did not take place: it changes nothing
  (no evidence, and its participants still count as new contacts for each other).
* Forgetting f: :meth:`TrustState.end_phase` multiplies every r and s by (1 - f). The roadmap and
  the ledger call it once per phase *before* recording that phase's outcomes, so when the next
  phase is planned, evidence that is k phases old counts (1 - f)^k and the newest counts fully.
  Base pseudo-counts (prior and ``known``) never fade, so trust shrinks back toward them.

Hand-computed example (prior_mean 0.3, prior_strength 2: a0 = 0.6, b0 = 1.4): after a successful
ambition-2 project, trust = (0.6 + 2) / (2 + 2) = 0.65; after a further failed ambition-1
project, (0.6 + 2) / (2 + 3) = 0.52.

Trust in the initiative. Each actor's trust in the cluster initiative has the same form with the
prior pseudo-counts a0, b0 and the ambition-weighted evidence of every project it joined
(a single-participant project counts too), and fades with the same forgetting.

Cluster trust. The mean pairwise trust over all n(n-1)/2 pairs of actors. Only pairs that differ
from the prior (known or with evidence) are visited: with D the sum of their deviations from the
prior mean, cluster trust = prior_mean + D / (n(n-1)/2), so it stays cheap for thousands of actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import combinations

from trustmatch.results import TrustSnapshot
from trustmatch.scenario.models import Scenario

Pair = tuple[str, str]
"""Two actor ids with the smaller first."""

RESULTS: tuple[str, ...] = ("success", "failure", "cancelled")
"""The possible outcomes of a project."""


def pair_key(a: str, b: str) -> Pair:
    """Return the canonical (sorted) key of a pair of actors."""
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class TrustState:
    """Everything known about trust at one moment; immutable, updates return a new state.

    Attributes:
        actors: Every actor id, sorted.
        prior_a: Prior pseudo-count of successes (prior_mean * prior_strength).
        prior_b: Prior pseudo-count of failures ((1 - prior_mean) * prior_strength).
        forgetting: Share of evidence forgotten per phase.
        base: Pair -> (a, b) pseudo-counts for pairs with a ``known`` trust value.
        evidence: Pair -> (r, s) ambition-weighted successes and failures of joint projects.
        met: Pairs that have worked together (a joint project that took place, recorded or
            simulated, or a ``known`` entry): such pairs are not "new contacts".
        initiative: Actor -> (r, s) evidence of its trust in the cluster initiative.
    """

    actors: tuple[str, ...]
    prior_a: float
    prior_b: float
    forgetting: float = 0.0
    base: Mapping[Pair, tuple[float, float]] = field(default_factory=dict)
    evidence: Mapping[Pair, tuple[float, float]] = field(default_factory=dict)
    met: frozenset[Pair] = frozenset()
    initiative: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def prior_mean(self) -> float:
        """Trust between two actors with no history."""
        return self.prior_a / (self.prior_a + self.prior_b)

    def pair_trust(self, a: str, b: str) -> float:
        """Return the mutual trust of two actors (between 0 and 1)."""
        key = pair_key(a, b)
        base_a, base_b = self.base.get(key, (self.prior_a, self.prior_b))
        r, s = self.evidence.get(key, (0.0, 0.0))
        return (base_a + r) / (base_a + base_b + r + s)

    def has_met(self, a: str, b: str) -> bool:
        """Whether the two actors have worked together before (so they are no new contact)."""
        return pair_key(a, b) in self.met

    @cached_property
    def met_actors(self) -> frozenset[str]:
        """Actors who have worked with at least one other member (or have a ``known`` trust)."""
        return frozenset(a for pair in self.met for a in pair)

    def initiative_trust(self, actor: str) -> float:
        """Return an actor's trust in the cluster initiative."""
        r, s = self.initiative.get(actor, (0.0, 0.0))
        return (self.prior_a + r) / (self.prior_a + self.prior_b + r + s)

    @cached_property
    def _non_prior(self) -> tuple[tuple[str, str, float], ...]:
        # Cached: the state is immutable, and cluster_trust/snapshot both need this list.
        keys = sorted(set(self.base) | set(self.evidence))
        prior = self.prior_mean
        out = []
        for a, b in keys:
            value = self.pair_trust(a, b)
            if abs(value - prior) > 1e-12:
                out.append((a, b, value))
        return tuple(out)

    def non_prior_pairs(self) -> list[tuple[str, str, float]]:
        """Return every pair whose trust differs from the prior, sorted, as (a, b, trust)."""
        return list(self._non_prior)

    def cluster_trust(self) -> float:
        """Return the mean pairwise trust over all pairs of actors (see the module docstring)."""
        n = len(self.actors)
        total_pairs = n * (n - 1) // 2
        prior = self.prior_mean
        if total_pairs == 0:
            return prior
        deviations = sum(value - prior for _, _, value in self._non_prior)
        return prior + deviations / total_pairs

    def snapshot(self, digits: int = 6) -> TrustSnapshot:
        """Return the state as a JSON-ready snapshot (values rounded to ``digits``)."""
        return TrustSnapshot(
            prior_mean=round(self.prior_mean, digits),
            mean=round(self.cluster_trust(), digits),
            pairs=[(a, b, round(v, digits)) for a, b, v in self._non_prior],
            initiative={
                actor: round(self.initiative_trust(actor), digits)
                for actor in sorted(self.initiative)
            },
        )

    def record(self, participants: Iterable[str], result: str, ambition: int) -> TrustState:
        """Return the state after one project with these participants ended with ``result``.

        Args:
            participants: Actor ids that took part.
            result: ``success``, ``failure`` or ``cancelled``.
            ambition: The project's ambition level; it weights the evidence.

        Raises:
            ValueError: If ``result`` is not one of :data:`RESULTS`.
        """
        return self.record_many([(participants, result, ambition)])

    def record_many(self, projects: Iterable[tuple[Iterable[str], str, int]]) -> TrustState:
        """Return the state after several projects ended (one copy of the state for all).

        Args:
            projects: ``(participants, result, ambition)`` for each project, as in :meth:`record`.

        Raises:
            ValueError: If a result is not one of :data:`RESULTS`.
        """
        evidence = dict(self.evidence)
        initiative = dict(self.initiative)
        met = set(self.met)
        for participants, result, ambition in projects:
            if result not in RESULTS:
                raise ValueError(f"unknown result {result!r}; expected one of {RESULTS}")
            if result == "cancelled":
                continue
            people = sorted(set(participants))
            weight = float(ambition)
            success = result == "success"
            for a, b in combinations(people, 2):
                met.add((a, b))
                r, s = evidence.get((a, b), (0.0, 0.0))
                evidence[(a, b)] = (r + weight, s) if success else (r, s + weight)
            for actor in people:
                r, s = initiative.get(actor, (0.0, 0.0))
                initiative[actor] = (r + weight, s) if success else (r, s + weight)
        return replace(self, evidence=evidence, initiative=initiative, met=frozenset(met))

    def end_phase(self) -> TrustState:
        """Return the state one phase later: all evidence shrinks by the forgetting share."""
        if self.forgetting == 0.0:
            return self
        keep = 1.0 - self.forgetting
        return replace(
            self,
            evidence={k: (r * keep, s * keep) for k, (r, s) in self.evidence.items()},
            initiative={k: (r * keep, s * keep) for k, (r, s) in self.initiative.items()},
        )


def initial_trust(scenario: Scenario) -> TrustState:
    """Return the trust state before the first phase (prior and ``known`` values)."""
    settings = scenario.trust
    prior_a = settings.prior_mean * settings.prior_strength
    prior_b = (1.0 - settings.prior_mean) * settings.prior_strength
    known_strength = settings.known_strength or settings.prior_strength
    base = {}
    for entry in settings.known:
        key = pair_key(*entry.pair)
        base[key] = (entry.value * known_strength, (1.0 - entry.value) * known_strength)
    return TrustState(
        actors=tuple(sorted(a.id for a in scenario.actors)),
        prior_a=prior_a,
        prior_b=prior_b,
        forgetting=settings.forgetting,
        base=base,
        met=frozenset(base),
    )
