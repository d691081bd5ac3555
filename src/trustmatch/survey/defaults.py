"""Default project types and needs catalogue for a young cluster, in German and English.

Both ``trustmatch import-survey`` (a scenario from a needs survey) and ``trustmatch new`` (the
starter scenario) take their project types from here, so a cluster manager starts from the same,
sensible menu: cheap starter projects that need no trust (workshop, company visits, open day),
then projects that open up after the first successes (joint training, joint purchasing, a shared
trade-fair booth), then the ambitious ones (a joint pilot, joint market entry, joint R&D).

The trust thresholds follow the default trust model (prior 0.3 with strength 2): one successful
starter project lifts a pair to 0.53, two to 0.65, a starter plus an ambition-2 success to 0.72.
So ambition 2 (0.45) opens after one joint success, ambition 3 (0.6) after two, joint R&D
(0.7) after a starter and an ambition-2 project went well.

Labels are catalogue entries (``survey.type.<id>`` and ``survey.need.<id>`` in
``trustmatch.i18n``); the keywords of a catalogue need are listed in both languages because the
members write their needs in either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trustmatch.i18n import message

BUDGET = "budget_eur"
"""Name of the money resource in generated scenarios."""
HOURS = "manager_hours"
"""Name of the cluster manager's time resource in generated scenarios."""


@dataclass(frozen=True)
class DefaultNeed:
    """A need of the default catalogue.

    Attributes:
        id: The tag, used by project types' ``addresses``.
        sensitivity: Competitive information a project on it exposes (none/low/medium/high).
        keywords: Words in German and English that match a member's free text to this need.
    """

    id: str
    sensitivity: str
    keywords: tuple[str, ...]

    def to_data(self, lang: str) -> dict[str, Any]:
        """Return the catalogue entry as scenario data, labelled in ``lang``."""
        return {
            "id": self.id,
            "label": message(f"survey.need.{self.id}", lang),
            "sensitivity": self.sensitivity,
            "keywords": list(self.keywords),
        }


@dataclass(frozen=True)
class DefaultProjectType:
    """A default project type: what it costs, how much trust it needs, what it is good for.

    Attributes:
        id: Id of the type in the scenario.
        ambition: 1 = starter ... 4 = most ambitious.
        participants: Smallest and largest number of participants.
        budget: Money as (fixed, per participant), in euros.
        hours: The cluster manager's hours as (fixed, per participant).
        sensitivity: Competitive information the project exposes.
        trust_required: Mutual trust every two participants need.
        success_probability: Chance of success before trust, size and ambition effects.
        addresses: ``any`` need, or the ids of catalogue needs it serves.
    """

    id: str
    ambition: int
    participants: tuple[int, int]
    budget: tuple[float, float]
    hours: tuple[float, float]
    sensitivity: str
    trust_required: float
    success_probability: float
    addresses: str | tuple[str, ...] = "any"

    def to_data(self, lang: str, resources: tuple[str, ...] = (BUDGET, HOURS)) -> dict[str, Any]:
        """Return the project type as scenario data, labelled in ``lang``.

        Args:
            lang: Language of the label.
            resources: The resources the scenario has; uses of others are left out (a use of a
                resource without a capacity would be an error).
        """
        uses: dict[str, dict[str, float]] = {}
        for name, (fixed, per_participant) in ((BUDGET, self.budget), (HOURS, self.hours)):
            if name in resources:
                uses[name] = {"fixed": fixed, "per_participant": per_participant}
        return {
            "id": self.id,
            "label": message(f"survey.type.{self.id}", lang),
            "ambition": self.ambition,
            "participants": {"min": self.participants[0], "max": self.participants[1]},
            "uses": uses,
            "sensitivity": self.sensitivity,
            "trust_required": self.trust_required,
            "success_probability": self.success_probability,
            "addresses": self.addresses if isinstance(self.addresses, str)
            else list(self.addresses),
        }


DEFAULT_NEEDS: tuple[DefaultNeed, ...] = (
    DefaultNeed("skilled-workers", "none", (
        "Fachkräfte", "Fachkräftemangel", "Azubis", "Auszubildende", "Ausbildung", "Nachwuchs",
        "Personal", "Mitarbeitende", "Bewerber", "skilled workers", "apprentices", "staff",
        "recruiting", "talent", "employees",
    )),
    DefaultNeed("visibility", "none", (
        "Sichtbarkeit", "Marketing", "Image", "Öffentlichkeit", "Bekanntheit", "Presse", "Marke",
        "visibility", "publicity", "branding", "awareness",
    )),
    DefaultNeed("training", "none", (
        "Weiterbildung", "Schulung", "Qualifizierung", "Seminar", "Kurs", "Lehrgang", "training",
        "course", "qualification", "skills",
    )),
    DefaultNeed("sustainability", "none", (
        "Nachhaltigkeit", "CO2", "Klima", "Klimaschutz", "Recycling", "Kreislaufwirtschaft",
        "Reststoffe", "Abfall", "sustainability", "climate", "recycling", "circular", "waste",
    )),
    DefaultNeed("purchasing", "low", (
        "Einkauf", "Beschaffung", "Rohstoffe", "Material", "Einkaufspreise", "Rabatt",
        "Lieferanten", "purchasing", "procurement", "raw materials", "suppliers", "discount",
    )),
    DefaultNeed("energy-costs", "low", (
        "Energie", "Energiekosten", "Strom", "Strompreis", "Gas", "Energieeffizienz", "energy",
        "electricity", "energy costs", "efficiency",
    )),
    DefaultNeed("digitalisation", "low", (
        "Digitalisierung", "Software", "IT", "Daten", "Automatisierung", "KI", "digital",
        "software", "data", "automation", "AI", "IT security",
    )),
    DefaultNeed("new-markets", "medium", (
        "Export", "Ausland", "international", "Markt", "Märkte", "Vertrieb", "Neukunden", "export",
        "abroad", "markets", "sales", "new customers",
    )),
    DefaultNeed("innovation", "high", (
        "Forschung", "Entwicklung", "Innovation", "F&E", "Produktentwicklung", "Prototyp",
        "Patent", "research", "development", "R&D", "prototype", "new products",
    )),
)
"""The default needs catalogue, from the least to the most sensitive."""

DEFAULT_PROJECT_TYPES: tuple[DefaultProjectType, ...] = (
    DefaultProjectType("workshop", 1, (3, 12), (800, 60), (12, 1), "none", 0.0, 0.9),
    DefaultProjectType("company-visits", 1, (3, 8), (400, 80), (10, 2), "none", 0.0, 0.9),
    DefaultProjectType("open-day", 1, (3, 10), (2000, 150), (24, 2), "none", 0.0, 0.85,
                       ("skilled-workers", "visibility")),
    DefaultProjectType("joint-training", 2, (3, 10), (2500, 250), (25, 2), "none", 0.45, 0.85,
                       ("training", "skilled-workers", "digitalisation", "sustainability")),
    DefaultProjectType("joint-purchasing", 2, (3, 8), (1500, 0), (30, 2), "low", 0.45, 0.8,
                       ("purchasing", "energy-costs")),
    DefaultProjectType("trade-fair-booth", 2, (3, 6), (6000, 800), (40, 3), "medium", 0.45, 0.75,
                       ("visibility", "new-markets")),
    DefaultProjectType("joint-pilot", 3, (3, 5), (9000, 0), (45, 3), "low", 0.6, 0.7,
                       ("digitalisation", "sustainability", "energy-costs")),
    DefaultProjectType("joint-market-entry", 3, (3, 5), (10000, 500), (50, 3), "medium", 0.6,
                       0.65, ("new-markets",)),
    DefaultProjectType("joint-rnd", 4, (2, 5), (15000, 0), (60, 4), "high", 0.7, 0.55,
                       ("innovation", "digitalisation", "sustainability")),
)
"""The default project types, from starter (ambition 1) to joint R&D (ambition 4)."""


@dataclass(frozen=True)
class DefaultSettings:
    """Scenario settings a generated scenario starts from (documented in its comments).

    Attributes:
        seed: Root seed of the random draws.
        phases: Planning periods (half-years).
        need_value: Objective weight of served need weight.
        new_contacts: Objective weight of each new pair of members working together.
        cost: Objective weight per euro spent.
        tolerance: Largest difference of competitors' served shares of their needs.
        prior_mean: Trust between members who have not worked together.
        prior_strength: How firmly that prior is held.
        experience_trust: Known trust after earlier cooperation, by how it went.
    """

    seed: int = 1
    phases: int = 4
    need_value: float = 1.0
    new_contacts: float = 0.6
    cost: float = 0.0001
    tolerance: float = 0.4
    prior_mean: float = 0.3
    prior_strength: float = 2.0
    experience_trust: dict[str, float] = field(
        default_factory=lambda: {"good": 0.6, "mixed": 0.4, "poor": 0.15}
    )


DEFAULTS = DefaultSettings()
"""The settings generated scenarios use."""


def project_types_data(
    lang: str, resources: tuple[str, ...] = (BUDGET, HOURS)
) -> list[dict[str, Any]]:
    """Return the default project types as scenario data, labelled in ``lang``."""
    return [kind.to_data(lang, resources) for kind in DEFAULT_PROJECT_TYPES]


def needs_data(lang: str) -> list[dict[str, Any]]:
    """Return the default needs catalogue as scenario data, labelled in ``lang``."""
    return [need.to_data(lang) for need in DEFAULT_NEEDS]
