"""Trust between members and in the initiative: the beta reputation model.

For a pair (i, j) with base pseudo-counts a, b (from the prior, or from a ``known`` value) and
ambition-weighted evidence r (successes) and s (failures) of their joint projects::

    trust(i, j) = (a + r) / (a + b + r + s)

Prior: a0 = prior_mean * prior_strength, b0 = (1 - prior_mean) * prior_strength.
A ``known`` value v enters as equivalent pseudo-counts a = v * K, b = (1 - v) * K with
K = ``known_strength`` (default ``prior_strength``), so it counts as much as the prior would and
later evidence moves it the same way. A success of a project of ambition level L adds L to r for
every pair of its participants, a failure adds L to s, a cancelled project adds nothing (but the
participants did meet). ``forgetting`` f multiplies r and s by (1 - f) at the end of each phase,
pulling trust back toward its base.

Each actor's trust in the initiative has the same form over all projects it joined (prior a0, b0).
Cluster trust is the mean pairwise trust over all pairs of actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations

from trustmatch.results import TrustSnapshot
from trustmatch.scenario.models import Scenario

Pair = tuple[str, str]
"""Two actor ids with the smaller first."""


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
        met: Pairs that have worked together (a joint project, recorded or simulated, or a
            ``known`` entry): such pairs are not "new contacts".
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

    def initiative_trust(self, actor: str) -> float:
        """Return an actor's trust in the cluster initiative."""
        r, s = self.initiative.get(actor, (0.0, 0.0))
        return (self.prior_a + r) / (self.prior_a + self.prior_b + r + s)

    def non_prior_pairs(self) -> list[tuple[str, str, float]]:
        """Return every pair whose trust differs from the prior, sorted, as (a, b, trust)."""
        keys = sorted(set(self.base) | set(self.evidence))
        prior = self.prior_mean
        out = []
        for a, b in keys:
            value = self.pair_trust(a, b)
            if abs(value - prior) > 1e-12:
                out.append((a, b, value))
        return out

    def cluster_trust(self) -> float:
        """Return the mean pairwise trust over all pairs of actors."""
        n = len(self.actors)
        total_pairs = n * (n - 1) // 2
        if total_pairs == 0:
            return self.prior_mean
        prior = self.prior_mean
        deviations = sum(value - prior for _, _, value in self.non_prior_pairs())
        return prior + deviations / total_pairs

    def snapshot(self, digits: int = 6) -> TrustSnapshot:
        """Return the state as a JSON-ready snapshot (values rounded to ``digits``)."""
        return TrustSnapshot(
            prior_mean=round(self.prior_mean, digits),
            mean=round(self.cluster_trust(), digits),
            pairs=[(a, b, round(v, digits)) for a, b, v in self.non_prior_pairs()],
            initiative={
                actor: round(self.initiative_trust(actor), digits)
                for actor in sorted(self.initiative)
            },
        )

    def record(
        self, participants: Iterable[str], result: str, ambition: int
    ) -> TrustState:
        """Return the state after one project with these participants ended with ``result``.

        Args:
            participants: Actor ids that took part.
            result: ``success``, ``failure`` or ``cancelled``.
            ambition: The project's ambition level; it weights the evidence.
        """
        people = sorted(set(participants))
        evidence = dict(self.evidence)
        initiative = dict(self.initiative)
        met = set(self.met)
        weight = float(ambition)
        for a, b in combinations(people, 2):
            met.add((a, b))
            if result == "cancelled":
                continue
            r, s = evidence.get((a, b), (0.0, 0.0))
            evidence[(a, b)] = (r + weight, s) if result == "success" else (r, s + weight)
        if result != "cancelled":
            for actor in people:
                r, s = initiative.get(actor, (0.0, 0.0))
                initiative[actor] = (r + weight, s) if result == "success" else (r, s + weight)
        return replace(self, evidence=evidence, initiative=initiative, met=frozenset(met))

    def end_phase(self) -> TrustState:
        """Return the state after a phase ends: evidence shrinks by the forgetting share."""
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
