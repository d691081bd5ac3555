"""Who competes with whom: explicit pairs plus firms that share a market."""

from __future__ import annotations

from itertools import combinations

from trustmatch.scenario.models import FIRM_KINDS, Scenario


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def competitor_pairs(scenario: Scenario) -> list[tuple[str, str]]:
    """Return every competitor pair (a, b) with a < b, sorted.

    Pairs come from ``competition.pairs`` and, when ``derive_from_markets`` is on, from firms
    (company, startup, supplier) that share at least one market; ``not_competing`` removes pairs.
    """
    competition = scenario.competition
    pairs: set[tuple[str, str]] = {_key(a, b) for a, b in competition.pairs if a != b}
    if competition.derive_from_markets:
        by_market: dict[str, list[str]] = {}
        for actor in scenario.actors:
            if actor.kind in FIRM_KINDS:
                for market in actor.markets:
                    by_market.setdefault(market, []).append(actor.id)
        for members in by_market.values():
            for a, b in combinations(sorted(set(members)), 2):
                pairs.add((a, b))
    pairs -= {_key(a, b) for a, b in competition.not_competing}
    return sorted(pairs)
