"""An independent checker of a phase plan, written from the issue text (not from the model code).

It recomputes everything from the scenario, the themes and the trust state: competitor pairs,
resource use, served needs, new pairs and the objective; and reports every broken rule in words.

The objective follows the strategy (issue 13): ``optimal`` counts each served need's weight;
every other strategy counts weight x benefit (the type's ``benefit``, else
``objective.benefit_per_ambition`` of its ambition), the best project per need, with
the repeat rule ``f * min(b, b0) + max(0, b - b0)`` for a need delivered at b0 before, plus
``members_reached`` per member with needs who has met nobody and joins a project of a type with
at least two participants; and no project of a non-recurring type may repeat one of ``ran``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

LEVELS = ["none", "low", "medium", "high"]
TOL = 1e-6


def competitors_of(scenario) -> set[tuple[str, str]]:
    """Competitor pairs as the issue defines them: explicit pairs + firms sharing a market."""
    firms = {"company", "startup", "supplier"}
    pairs = {tuple(sorted(p)) for p in scenario.competition.pairs if p[0] != p[1]}
    if scenario.competition.derive_from_markets:
        for a, b in combinations(scenario.actors, 2):
            if a.kind in firms and b.kind in firms and set(a.markets) & set(b.markets):
                pairs.add(tuple(sorted((a.id, b.id))))
    pairs -= {tuple(sorted(p)) for p in scenario.competition.not_competing}
    return pairs


@dataclass
class Spec:
    """What the checker needs to know about one chosen project."""

    type: str | None
    explicit: str | None
    needs: list[str]
    participants: list[str]


def spec_of(project, scenario) -> Spec:
    explicit_ids = {p.id for p in scenario.projects}
    return Spec(
        type=project.type,
        explicit=project.id if project.id in explicit_ids else None,
        needs=list(project.needs),
        participants=list(project.participants),
    )


class Checker:
    """Checks portfolios of one phase of a scenario given its themes and the trust state."""

    def __init__(self, scenario, themes, trust, *, delivered=None, ran=()):
        self.scenario = scenario
        self.trust = trust
        self.delivered = dict(delivered or {})
        self.ran = set(ran)
        self.themes = {t.id: t for t in themes}
        self.types = {t.id: t for t in scenario.project_types}
        self.explicit = {p.id: p for p in scenario.projects}
        self.catalogue = {n.id: n for n in scenario.needs}
        self.competitors = competitors_of(scenario)
        self.weight = {
            (a, t.id): w for t in themes for a, w in t.actors.items() if w > 0
        }
        self.total = {a.id: 0.0 for a in scenario.actors}
        for (a, _), w in self.weight.items():
            self.total[a] += w

    # --- project attributes, from the issue text -------------------------------------------
    def sensitivity(self, spec: Spec) -> str:
        if spec.explicit:
            project = self.explicit[spec.explicit]
            ptype = self.types.get(project.type) if project.type else None
            own = project.sensitivity or (ptype.sensitivity if ptype else "none")
        else:
            own = self.types[spec.type].sensitivity
        levels = [own] + [self.themes[t].sensitivity for t in spec.needs]
        return max(levels, key=LEVELS.index)

    def trust_required(self, spec: Spec) -> float:
        if spec.explicit:
            project = self.explicit[spec.explicit]
            if project.trust_required is not None:
                return project.trust_required
            ptype = self.types.get(project.type) if project.type else None
            return ptype.trust_required if ptype else 0.0
        return self.types[spec.type].trust_required

    def uses(self, spec: Spec) -> dict[str, float]:
        n = len(spec.participants)
        out: dict[str, float] = {}
        if spec.explicit:
            project = self.explicit[spec.explicit]
            ptype = self.types.get(project.type) if project.type else None
            if ptype:
                for r, u in ptype.uses.items():
                    out[r] = u.fixed + u.per_participant * n
            out.update(project.uses)
        else:
            for r, u in self.types[spec.type].uses.items():
                out[r] = u.fixed + u.per_participant * n
        return out

    def served(self, spec: Spec) -> set[tuple[str, str]]:
        if spec.explicit and self.explicit[spec.explicit].value is not None:
            return set()
        return {
            (a, t) for a in spec.participants for t in spec.needs if (a, t) in self.weight
        }

    def fixed_value(self, spec: Spec) -> float:
        if spec.explicit and self.explicit[spec.explicit].value is not None:
            return self.explicit[spec.explicit].value
        return 0.0

    # --- the rules ----------------------------------------------------------------------------
    def violations(self, specs: list[Spec], *, trust_rules=True, fairness=True) -> list[str]:
        errors: list[str] = []
        load: dict[str, int] = {}
        used: dict[str, float] = {}
        served: set[tuple[str, str]] = set()
        co = self.scenario.competition.co_participation_trust
        for spec in specs:
            people = spec.participants
            if len(set(people)) != len(people):
                errors.append(f"{spec}: duplicate participant")
            if spec.explicit:
                if sorted(people) != sorted(set(self.explicit[spec.explicit].participants)):
                    errors.append(f"{spec.explicit}: participants are not the fixed ones")
            else:
                ptype = self.types[spec.type]
                if not ptype.participants.min <= len(people) <= ptype.participants.max:
                    errors.append(f"{spec.type}: {len(people)} participants")
                for t in spec.needs:
                    catalogue_ids = set(self.themes[t].needs)
                    if ptype.addresses != "any" and not catalogue_ids & set(ptype.addresses):
                        errors.append(f"{spec.type} does not address {t}")
                for a in people:
                    if not any((a, t) in self.weight for t in spec.needs):
                        errors.append(f"{a} states no need {spec.type} addresses")
            if trust_rules:
                need = self.trust_required(spec)
                level = self.sensitivity(spec)
                for a, b in combinations(people, 2):
                    value = self.trust.pair_trust(a, b)
                    if value < need - 1e-9:
                        errors.append(f"{a},{b}: trust {value} < required {need}")
                    if tuple(sorted((a, b))) in self.competitors:
                        if value < getattr(co, level) - 1e-9:
                            errors.append(f"competitors {a},{b} trust {value} at {level}")
            for a in people:
                load[a] = load.get(a, 0) + 1
            for r, v in self.uses(spec).items():
                used[r] = used.get(r, 0.0) + v
            served |= self.served(spec)
        for actor in self.scenario.actors:
            if load.get(actor.id, 0) > actor.max_projects_per_phase:
                errors.append(f"{actor.id} in {load[actor.id]} projects")
        for r, cap in self.scenario.capacities.items():
            if used.get(r, 0.0) > cap + TOL * max(1.0, cap):
                errors.append(f"{r}: {used[r]} > {cap}")
        if fairness:
            shares = self.shares(served)
            for a, b in self.competitors:
                if self.total.get(a, 0) > 0 and self.total.get(b, 0) > 0:
                    if abs(shares[a] - shares[b]) > self.scenario.competition.tolerance + TOL:
                        errors.append(f"fairness {a} {shares[a]} vs {b} {shares[b]}")
        return errors

    def shares(self, served: set[tuple[str, str]]) -> dict[str, float]:
        got = {a: 0.0 for a in self.total}
        for a, t in served:
            got[a] += self.weight[(a, t)]
        return {a: (got[a] / w if w > 0 else 0.0) for a, w in self.total.items()}

    def benefit(self, spec: Spec, strategy: str) -> float:
        if strategy == "optimal":
            return 1.0
        if spec.explicit:
            project = self.explicit[spec.explicit]
            ptype = self.types.get(project.type) if project.type else None
            ambition = project.ambition or (ptype.ambition if ptype else 1)
            chance = project.success_probability or (
                ptype.success_probability if ptype else 0.8
            )
        else:
            ptype = self.types[spec.type]
            ambition, chance = ptype.ambition, ptype.success_probability
        if ptype is not None and ptype.benefit is not None:
            benefit = ptype.benefit
        else:
            benefit = self.scenario.objective.benefit_per_ambition[ambition]
        del chance  # the reported phase value uses the nominal benefit for every strategy
        return benefit

    def min_size(self, spec: Spec) -> int:
        if spec.explicit:
            return len(self.explicit[spec.explicit].participants)
        return self.types[spec.type].participants.min

    def objective(self, specs: list[Spec], strategy: str = "one-phase") -> float:
        weights = self.scenario.objective
        best: dict[tuple[str, str], float] = {}
        value = 0.0
        pairs: set[tuple[str, str]] = set()
        reached: set[str] = set()
        cost = 0.0
        resource = weights.cost_resource or next(iter(self.scenario.resources), None)
        met = {a for pair in self.trust.met for a in pair}
        for spec in specs:
            for key in self.served(spec):
                best[key] = max(best.get(key, 0.0), self.benefit(spec, strategy))
            value += self.fixed_value(spec)
            for a, b in combinations(spec.participants, 2):
                if not self.trust.has_met(a, b):
                    pairs.add(tuple(sorted((a, b))))
            if strategy != "optimal" and self.min_size(spec) >= 2:
                reached |= {a for a in spec.participants if a not in met and self.total[a] > 0}
            if resource:
                cost += self.uses(spec).get(resource, 0.0)
        repeat = weights.repeat_factor if strategy != "optimal" else 1.0
        for key, b in best.items():
            before = self.delivered.get(key, 0.0) if strategy != "optimal" else 0.0
            value += self.weight[key] * (repeat * min(b, before) + max(0.0, b - before))
        bonus = weights.members_reached * len(reached) if strategy != "optimal" else 0.0
        return (
            weights.need_value * value + weights.new_contacts * len(pairs) + bonus
            - weights.cost * cost
        )

    def check_phase(
        self, phase, *, trust_rules=True, fairness=True, strategy="one-phase"
    ) -> list[str]:
        """Every rule on a PhasePlan, plus the consistency of its reported numbers.

        ``strategy`` picks the objective (see the module docstring). The lookahead's
        ``solver.objective`` covers its whole horizon, so its phase value is read from the
        reported terms; for the other strategies both must match the recomputed value.
        """
        specs = [spec_of(p, self.scenario) for p in phase.projects]
        errors = self.violations(specs, trust_rules=trust_rules, fairness=fairness)
        if strategy != "optimal":
            for project, spec in zip(phase.projects, specs, strict=True):
                ptype = self.types.get(spec.type) if spec.type else None
                if (ptype is None or not ptype.recurring) and (
                    project.group, tuple(sorted(project.participants))
                ) in self.ran:
                    errors.append(f"{project.id} repeats the project of the phase before")
        ids = [p.id for p in phase.projects]
        if len(set(ids)) != len(ids):
            errors.append("duplicate project ids")
        for project, spec in zip(phase.projects, specs, strict=True):
            if project.sensitivity != self.sensitivity(spec):
                errors.append(f"{project.id}: sensitivity {project.sensitivity}")
            for r, v in self.uses(spec).items():
                if abs(project.uses.get(r, 0.0) - v) > 1e-6:
                    errors.append(f"{project.id}: uses {r}")
            if project.participants != sorted(project.participants):
                errors.append(f"{project.id}: participants not sorted")
        if phase.solver.status.has_solution:
            expected = self.objective(specs, strategy)
            terms = phase.objective_terms
            reported = (
                terms["need_value"] + terms["new_contacts"] + terms.get("members_reached", 0.0)
                - terms["cost"]
            )
            if abs(reported - expected) > 1e-5 * max(1.0, abs(expected)):
                errors.append(f"phase value {reported} != recomputed {expected}")
            if strategy != "lookahead" and abs(phase.solver.objective - expected) > 1e-5 * max(
                1.0, abs(expected)
            ):
                errors.append(f"objective {phase.solver.objective} != recomputed {expected}")
        served = set().union(*(self.served(s) for s in specs)) if specs else set()
        shares = self.shares(served)
        for actor, share in phase.served_share.items():
            if abs(share - shares[actor]) > 1e-6:
                errors.append(f"served share of {actor}")
        return errors
