"""Seeded synthetic clusters of any size, for benchmarks and scale tests.

:func:`generate_scenario` returns plain data (lists and dicts) that
:func:`trustmatch.scenario.scenario_from_dict` accepts and that ``trustmatch generate`` writes as
YAML. The structure imitates a real cluster (or a network of clusters) rather than uniform noise:

* a needs catalogue of generic themes (skilled workers, visibility, purchasing...) and
  domain-specific ones (research, testing, standards of one technology domain), each with a
  sensitivity;
* competitor groups (markets) of firms; every market concentrates its members' need weight on a
  few focus themes, so overlaps are dense inside a market and sparse across markets;
* actors of mixed kinds: companies, suppliers, start-ups in markets, and universities, research
  institutes, associations and public bodies outside them;
* 2-4 tagged needs per actor, plus a few free-text needs (German or English) only in small
  clusters, so that clusters of 1,000 actors and more stay essentially tagged;
* earlier cooperation as small groups of actors with known mutual trust, so that ambitious
  projects are possible from the first phase for a few groups;
* project types at every ambition level 1-4: starter projects need no trust, ambitious ones
  need more trust and expose more sensitive information;
* per-phase resources (budget, manager hours) that grow with the cluster, sized so that only a
  part of the members can be served in one phase.

The same ``actors``, ``seed`` and knobs always give identical data; every random draw comes from
one :func:`numpy.random.default_rng` seeded from ``seed``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

GENERIC_THEMES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("skilled-workers", "Finding and keeping skilled workers", "none",
     ("Fachkräfte", "apprentices", "Azubis", "recruiting", "talent")),
    ("visibility", "Regional and international visibility of the cluster", "none",
     ("marketing", "Sichtbarkeit", "image", "brand")),
    ("purchasing", "Better prices for materials and energy through joint purchasing", "low",
     ("Einkauf", "Energiepreise", "raw materials", "suppliers")),
    ("digitalisation", "Digitalising production and administration", "low",
     ("Digitalisierung", "ERP", "software", "Industrie 4.0")),
    ("energy-efficiency", "Lower energy use in production", "low",
     ("Energieeffizienz", "energy costs", "heat recovery")),
    ("funding", "Applying for public funding programmes", "none",
     ("Fördermittel", "grants", "subsidies", "Förderprogramme")),
    ("export-asia", "Entering Asian markets", "medium",
     ("Export", "China", "Japan", "Asien", "trade fair")),
    ("export-americas", "Entering North and South American markets", "medium",
     ("Export", "USA", "Amerika", "trade fair")),
    ("certification", "Certification and quality management", "low",
     ("ISO 9001", "Zertifizierung", "audits", "quality")),
    ("circular-economy", "Recycling and circular production", "low",
     ("Kreislaufwirtschaft", "recycling", "waste", "Nachhaltigkeit")),
    ("cybersecurity", "Protection against cyber attacks", "medium",
     ("IT-Sicherheit", "cyber", "ransomware", "security")),
    ("logistics", "Shared logistics and warehousing", "low",
     ("Logistik", "transport", "Lager", "shipping")),
    ("founders", "Contacts to investors and experienced founders", "none",
     ("Investoren", "Gründer", "venture capital", "mentoring")),
    ("students", "Industry partners for theses and internships", "none",
     ("Abschlussarbeiten", "Praktika", "students", "Studierende")),
)
"""Themes every cluster has: (id, label, sensitivity, keywords)."""

DOMAINS: tuple[tuple[str, str], ...] = (
    ("optics", "precision optics"),
    ("lasers", "industrial lasers"),
    ("sensors", "sensor systems"),
    ("plastics", "plastics processing"),
    ("metal", "metalworking"),
    ("automotive", "automotive components"),
    ("medtech", "medical devices"),
    ("food", "food processing"),
    ("software", "industrial software"),
    ("hydrogen", "hydrogen technology"),
    ("textiles", "technical textiles"),
    ("chemistry", "specialty chemicals"),
    ("batteries", "battery systems"),
    ("aerospace", "aerospace parts"),
    ("robotics", "robotics and automation"),
    ("microelectronics", "microelectronics"),
    ("wood", "wood and furniture"),
    ("printing", "additive manufacturing"),
    ("agritech", "agricultural technology"),
    ("water", "water technology"),
)
"""Technology domains: (id, readable name). Each market belongs to one domain."""

DOMAIN_THEMES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("rnd", "Joint research on {name}", "high", ("Forschung", "research", "R&D", "Entwicklung")),
    ("testing", "Access to testing and measurement labs for {name}", "low",
     ("Prüflabor", "testing", "Messtechnik", "lab")),
    ("standards", "Shaping standards and regulation in {name}", "medium",
     ("Normung", "standards", "regulation", "Zulassung")),
    ("prototyping", "Shared prototyping facilities for {name}", "low",
     ("Prototypen", "prototyping", "pilot line", "Werkstatt")),
    ("training", "Specialist training courses in {name}", "none",
     ("Weiterbildung", "training", "Schulung", "courses")),
)
"""Templates of domain-specific themes: (suffix, label template, sensitivity, keywords)."""

FREE_TEXT_TEMPLATES: tuple[str, ...] = (
    "Wir brauchen Unterstützung beim Thema {keyword}: {label}",
    "We are looking for partners on {keyword} ({label})",
    "Uns fehlt es an {keyword}; {label} wäre für uns wichtig",
    "{label} - especially {keyword}",
)
"""How members phrase a need in an interview (German and English)."""

KIND_SHARES: tuple[tuple[str, float], ...] = (
    ("company", 0.44),
    ("supplier", 0.2),
    ("startup", 0.14),
    ("university", 0.05),
    ("research", 0.07),
    ("association", 0.06),
    ("public", 0.04),
)
"""Share of each kind of actor in a generated cluster."""

NAME_PARTS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Nord", "Süd", "West", "Ost", "Alpha", "Berg", "Tal", "Fluss", "Stern", "Licht", "Feld",
     "Stadt", "Wald", "Brücke", "Hafen", "Quelle", "Nova", "Terra", "Vario", "Linea"),
    ("tec", "werk", "form", "tronic", "systems", "technik", "labs", "works", "concept",
     "solutions"),
)
"""Syllables for readable firm names."""

LEGAL_FORMS: dict[str, str] = {
    "company": "GmbH",
    "supplier": "GmbH & Co. KG",
    "startup": "UG",
}
"""Legal form appended to firm names, by kind."""

PROJECT_TYPES: tuple[dict[str, Any], ...] = (
    {
        "id": "workshop", "label": "Experience-exchange workshop", "ambition": 1,
        "participants": {"min": 3, "max": 10},
        "uses": {"budget_eur": {"fixed": 800, "per_participant": 60},
                 "manager_hours": {"fixed": 12, "per_participant": 1}},
        "sensitivity": "none", "trust_required": 0.0, "success_probability": 0.9,
        "addresses": "any",
    },
    {
        "id": "open-day", "label": "Joint open day", "ambition": 1,
        "participants": {"min": 4, "max": 12},
        "uses": {"budget_eur": {"fixed": 2500, "per_participant": 200},
                 "manager_hours": {"fixed": 24, "per_participant": 2}},
        "sensitivity": "none", "trust_required": 0.0, "success_probability": 0.85,
        "addresses": ["skilled-workers", "visibility", "students"],
    },
    {
        "id": "joint-training", "label": "Joint training course", "ambition": 2,
        "participants": {"min": 3, "max": 8},
        "uses": {"budget_eur": {"fixed": 2000, "per_participant": 300},
                 "manager_hours": {"fixed": 20, "per_participant": 1}},
        "sensitivity": "low", "trust_required": 0.35, "success_probability": 0.8,
        "addresses": "none-sensitivity",
    },
    {
        "id": "joint-purchasing", "label": "Joint purchasing pool", "ambition": 2,
        "participants": {"min": 3, "max": 8},
        "uses": {"budget_eur": {"fixed": 1500},
                 "manager_hours": {"fixed": 25, "per_participant": 2}},
        "sensitivity": "low", "trust_required": 0.35, "success_probability": 0.75,
        "addresses": "low-sensitivity",
    },
    {
        "id": "trade-fair-booth", "label": "Shared booth at an international trade fair",
        "ambition": 2,
        "participants": {"min": 3, "max": 6},
        "uses": {"budget_eur": {"fixed": 6000, "per_participant": 1000},
                 "manager_hours": {"fixed": 40, "per_participant": 3}},
        "sensitivity": "medium", "trust_required": 0.4, "success_probability": 0.75,
        "addresses": ["visibility", "export-asia", "export-americas"],
    },
    {
        "id": "shared-lab", "label": "Shared lab or pilot line", "ambition": 3,
        "participants": {"min": 2, "max": 5},
        "uses": {"budget_eur": {"fixed": 9000},
                 "manager_hours": {"fixed": 50}},
        "sensitivity": "low", "trust_required": 0.5, "success_probability": 0.7,
        "addresses": "medium-sensitivity",
    },
    {
        "id": "joint-rnd", "label": "Joint pre-competitive R&D project", "ambition": 4,
        "participants": {"min": 2, "max": 5},
        "uses": {"budget_eur": {"fixed": 15000},
                 "manager_hours": {"fixed": 60, "per_participant": 4}},
        "sensitivity": "high", "trust_required": 0.6, "success_probability": 0.6,
        "addresses": "high-sensitivity",
    },
)
"""Project types; ``addresses`` of the form ``LEVEL-sensitivity`` stands for every catalogue
theme of that sensitivity (and of ``low`` for ``medium``: a shared lab serves testing and
prototyping as well as standards work)."""

_ADDRESSED_LEVELS: dict[str, tuple[str, ...]] = {
    "none-sensitivity": ("none",),
    "low-sensitivity": ("low",),
    "medium-sensitivity": ("low", "medium"),
    "high-sensitivity": ("high",),
}


@dataclass(frozen=True)
class Knobs:
    """Settings of a synthetic cluster; every one has a default that scales with its size.

    Attributes:
        themes: Number of catalogue themes (default: one per ten actors, 10 to 400).
        market_size: Mean number of firms per market (competitor group).
        focus_themes: Themes each market concentrates its members' needs on.
        focus_share: Chance that a firm's need is one of its market's focus themes.
        free_text_share: Share of actors with one free-text need (default 0.2 up to 100
            actors, 0.05 up to 300, none above).
        known_group_share: Groups of earlier cooperation per actor (each 2-4 actors).
        served_fraction: Rough share of actors the per-phase resources can serve.
        budget_per_served_actor: Budget (EUR) per actor the resources are meant to serve.
        hours_per_served_actor: Manager hours per actor the resources are meant to serve.
        contact_weight: Objective weight of a new contact.
        tolerance: No-competitive-loss tolerance.
        phases: Planning periods.
    """

    themes: int | None = None
    market_size: float = 8.0
    focus_themes: int = 4
    focus_share: float = 0.8
    free_text_share: float | None = None
    known_group_share: float = 0.08
    served_fraction: float = 0.3
    budget_per_served_actor: float = 700.0
    hours_per_served_actor: float = 5.0
    contact_weight: float = 0.25
    tolerance: float = 0.25
    phases: int = 4


def _default_theme_count(actors: int) -> int:
    # About ten members per theme, so each theme interests ~30 actors at every size from 100 up
    # (a network of clusters has more, narrower themes than one cluster).
    return int(min(400, max(10, round(actors / 10))))


def _default_free_text_share(actors: int) -> float:
    if actors <= 100:
        return 0.2
    if actors <= 300:
        return 0.05
    return 0.0


def _catalogue(count: int, rng: np.random.Generator) -> list[dict[str, Any]]:
    """Return ``count`` catalogue themes: about 60 % generic, the rest domain-specific.

    Domain themes cycle through the templates while moving through the domains, so even a small
    catalogue has themes of every sensitivity (research is ``high``) and of several domains.
    """
    generic = min(len(GENERIC_THEMES), max(1, -(-count * 3 // 5)))
    needs: list[dict[str, Any]] = [
        {"id": theme_id, "label": label, "sensitivity": sensitivity, "keywords": list(keywords)}
        for theme_id, label, sensitivity, keywords in GENERIC_THEMES[:generic]
    ]
    domain_order = [int(i) for i in rng.permutation(len(DOMAINS))]
    combos = len(DOMAINS) * len(DOMAIN_THEMES)
    for k in range(count - generic):
        rounds, position = divmod(k % combos, len(DOMAINS))
        domain_id, domain_name = DOMAINS[domain_order[position]]
        suffix, label, sensitivity, keywords = DOMAIN_THEMES[
            (position + rounds) % len(DOMAIN_THEMES)
        ]
        repeat = k // combos
        needs.append({
            "id": f"{suffix}-{domain_id}" + (f"-{repeat + 1}" if repeat else ""),
            "label": label.format(name=domain_name)
            + (f" (regional chapter {repeat + 1})" if repeat else ""),
            "sensitivity": sensitivity,
            "keywords": [*keywords, domain_name],
        })
    return needs


def _kinds(actors: int, rng: np.random.Generator) -> list[str]:
    """Return the kind of every actor: exact shares (largest remainder), seeded order."""
    shares = np.array([share for _, share in KIND_SHARES])
    raw = shares / shares.sum() * actors
    counts = np.floor(raw).astype(int)
    for index in np.argsort(-(raw - counts), kind="stable")[: actors - int(counts.sum())]:
        counts[index] += 1
    kinds = [
        kind for (kind, _), n in zip(KIND_SHARES, counts, strict=True) for _ in range(int(n))
    ]
    return [kinds[i] for i in rng.permutation(actors)]


def _actor_name(kind: str, rng: np.random.Generator, domain: str) -> str:
    first, second = NAME_PARTS
    stem = f"{first[int(rng.integers(len(first)))]}{second[int(rng.integers(len(second)))]}"
    if kind in LEGAL_FORMS:
        return f"{stem} {LEGAL_FORMS[kind]}"
    return {
        "university": f"University institute of {domain} ({stem})",
        "research": f"Research institute for {domain} ({stem})",
        "association": f"Business association {stem}",
        "public": f"Regional development agency {stem}",
    }[kind]


def _draw_needs(
    rng: np.random.Generator,
    focus: list[int],
    focus_weights: np.ndarray,
    theme_count: int,
    focus_share: float,
    count: int,
) -> list[int]:
    """Return ``count`` distinct theme indices, mostly from the focus themes."""
    chosen: list[int] = []
    attempts = 0
    while len(chosen) < count and attempts < 50:
        attempts += 1
        if rng.random() < focus_share:
            theme = focus[int(rng.choice(len(focus), p=focus_weights))]
        else:
            theme = int(rng.integers(theme_count))
        if theme not in chosen:
            chosen.append(theme)
    return chosen


def _project_types(catalogue: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the project types, with ``addresses`` resolved to catalogue ids."""
    by_level: dict[str, list[str]] = {}
    for need in catalogue:
        by_level.setdefault(need["sensitivity"], []).append(need["id"])
    ids = {need["id"] for need in catalogue}
    types = []
    for template in PROJECT_TYPES:
        project_type = copy.deepcopy(template)  # callers may edit the data they get
        addresses = template["addresses"]
        if isinstance(addresses, str) and addresses in _ADDRESSED_LEVELS:
            resolved = [
                need_id for level in _ADDRESSED_LEVELS[addresses]
                for need_id in by_level.get(level, [])
            ]
        elif isinstance(addresses, list):
            resolved = [need_id for need_id in addresses if need_id in ids]
        else:
            resolved = addresses
        if resolved == []:
            continue  # the catalogue has no theme this type could serve
        project_type["addresses"] = resolved
        types.append(project_type)
    return types


def generate_scenario(actors: int, seed: int = 0, **knobs: Any) -> dict[str, Any]:
    """Return a synthetic cluster of ``actors`` members as plain scenario data.

    Args:
        actors: Number of cluster members (at least 3).
        seed: Seed of every random draw; the same seed gives identical data.
        **knobs: Overrides of the :class:`Knobs` defaults (e.g. ``themes=40``).

    Returns:
        A dict that :func:`trustmatch.scenario.scenario_from_dict` accepts.

    Raises:
        ValueError: For fewer than 3 actors, a negative seed or an unknown knob.
    """
    if actors < 3:
        raise ValueError("a synthetic cluster needs at least 3 actors")
    if seed < 0:
        raise ValueError("the seed must not be negative")
    unknown = sorted(set(knobs) - set(Knobs.__dataclass_fields__))
    if unknown:
        raise ValueError(
            f"unknown knob(s) {', '.join(unknown)}; "
            f"known: {', '.join(sorted(Knobs.__dataclass_fields__))}"
        )
    settings = Knobs(**knobs)
    rng = np.random.default_rng(np.random.SeedSequence([seed, actors]))

    theme_count = settings.themes or _default_theme_count(actors)
    catalogue = _catalogue(theme_count, rng)
    theme_count = len(catalogue)
    kinds = _kinds(actors, rng)
    firm_count = sum(kind in LEGAL_FORMS for kind in kinds)
    market_count = max(1, round(firm_count / settings.market_size))

    # Each market: a domain, a few focus themes and concentrated (Dirichlet) weights on them.
    markets = []
    domains_in_catalogue = sorted(
        {d for d, _ in DOMAINS if any(n["id"].endswith(f"-{d}") or f"-{d}-" in n["id"]
                                      for n in catalogue)}
    ) or [d for d, _ in DOMAINS]
    domain_names = dict(DOMAINS)
    for m in range(market_count):
        domain_id = domains_in_catalogue[int(rng.integers(len(domains_in_catalogue)))]
        domain_name = domain_names[domain_id]
        focus_count = min(settings.focus_themes, theme_count)
        # A market's own domain themes are five times as likely to be among its focus themes.
        affinity = np.array(
            [5.0 if domain_id in need["id"].split("-") else 1.0 for need in catalogue]
        )
        focus = sorted(
            int(t)
            for t in rng.choice(
                theme_count, size=focus_count, replace=False, p=affinity / affinity.sum()
            )
        )
        weights = rng.dirichlet(np.full(focus_count, 1.0))
        markets.append((f"market-{m + 1:03d}-{domain_id}", domain_name, focus, weights))

    free_share = (
        _default_free_text_share(actors)
        if settings.free_text_share is None
        else settings.free_text_share
    )
    actor_list: list[dict[str, Any]] = []
    firm_index = 0
    for index, kind in enumerate(kinds, start=1):
        is_firm = kind in LEGAL_FORMS
        if is_firm:
            # Firms spread over markets in order, so every market has about market_size firms.
            market_id, domain_name, focus, weights = markets[firm_index % market_count]
            firm_index += 1
        else:
            market_id, domain_name, focus, weights = markets[int(rng.integers(market_count))]
        actor: dict[str, Any] = {
            "id": f"{kind}-{index:04d}",
            "name": _actor_name(kind, rng, domain_name),
            "kind": kind,
        }
        if is_firm:
            actor_markets = [market_id]
            if rng.random() < 0.1 and market_count > 1:
                other = markets[int(rng.integers(market_count))][0]
                if other != market_id:
                    actor_markets.append(other)
            actor["markets"] = sorted(actor_markets)
            actor["size"] = int(
                {"company": rng.integers(20, 800), "supplier": rng.integers(10, 300),
                 "startup": rng.integers(2, 30)}[kind]
            )
            actor["max_projects_per_phase"] = 1 if kind == "startup" else int(rng.integers(1, 3))
        else:
            actor["size"] = int(rng.integers(10, 600))
            actor["max_projects_per_phase"] = 3 if kind in ("university", "research") else 2
        need_count = int(rng.integers(2, 5))
        themes = _draw_needs(
            rng, focus, weights, theme_count,
            settings.focus_share if is_firm else settings.focus_share / 2, need_count,
        )
        needs: list[dict[str, Any]] = [
            {"need": catalogue[t]["id"], "weight": int(rng.integers(1, 4))} for t in themes
        ]
        if rng.random() < free_share:
            # Phrased from a catalogue theme's label and keywords, the way the needs module
            # will have to recognise it.
            theme = catalogue[focus[int(rng.choice(len(focus), p=weights))]]
            template = FREE_TEXT_TEMPLATES[int(rng.integers(len(FREE_TEXT_TEMPLATES)))]
            keyword = theme["keywords"][int(rng.integers(len(theme["keywords"])))]
            needs.append({
                "text": template.format(keyword=keyword, label=theme["label"]),
                "weight": int(rng.integers(1, 4)),
            })
        actor["needs"] = needs
        actor_list.append(actor)

    known = _known_trust(actor_list, rng, settings.known_group_share)
    project_types = _project_types(catalogue)
    served = settings.served_fraction * actors
    budget = round(served * settings.budget_per_served_actor, -2) + 5000.0
    hours = float(round(served * settings.hours_per_served_actor)) + 60.0

    return {
        "name": f"synthetic-{actors}-seed-{seed}",
        "description": (
            f"Synthetic cluster of {actors} actors in {market_count} competitor groups with "
            f"{theme_count} need themes (trustmatch.synthetic, seed {seed})."
        ),
        "seed": seed,
        "phases": settings.phases,
        "resources": {"budget_eur": budget, "manager_hours": hours},
        "objective": {
            "need_value": 1.0,
            "new_contacts": settings.contact_weight,
            "cost": 0.0001,
            "cost_resource": "budget_eur",
        },
        "needs": catalogue,
        "actors": actor_list,
        "competition": {
            "derive_from_markets": True,
            "tolerance": settings.tolerance,
            "co_participation_trust": {"none": 0.0, "low": 0.25, "medium": 0.5, "high": 0.8},
        },
        "trust": {
            "model": "beta",
            "prior_mean": 0.3,
            "prior_strength": 2.0,
            "forgetting": 0.0,
            "known": known,
        },
        "project_types": project_types,
    }


def _known_trust(
    actor_list: list[dict[str, Any]], rng: np.random.Generator, group_share: float
) -> list[dict[str, Any]]:
    """Return known trust from earlier cooperation: small groups sharing a need, all pairs."""
    by_need: dict[str, list[str]] = {}
    for actor in actor_list:
        for need in actor["needs"]:
            if "need" in need:
                by_need.setdefault(need["need"], []).append(actor["id"])
    shared = sorted(need for need, members in by_need.items() if len(members) >= 2)
    if not shared:
        return []
    values: dict[tuple[str, str], float] = {}
    for _ in range(max(1, round(group_share * len(actor_list)))):
        members = by_need[shared[int(rng.integers(len(shared)))]]
        size = int(min(len(members), rng.integers(2, 5)))
        group = sorted(members[int(i)] for i in rng.choice(len(members), size, replace=False))
        level = float(rng.uniform(0.4, 0.85))
        for a, b in combinations(group, 2):
            values[(a, b)] = round(max(values.get((a, b), 0.0), level), 2)
    return [{"pair": [a, b], "value": value} for (a, b), value in sorted(values.items())]
