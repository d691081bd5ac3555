"""The data behind the report's interactive member network, and its safe embedding in HTML.

The HTML report carries the network as JSON inside ``<script type="application/json">`` and a
small inline script (``templates/network.js``) that draws it: click a member to see their
projects, contacts and trust; filter by theme or phase. Everything is in the one file, nothing
is requested from anywhere.

Members' names are the user's text: :func:`embed_json` escapes every character that could end
the script element or change how the JSON is read (``<``, ``>``, ``&``, U+2028, U+2029), and the
script puts names in the page as text only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from importlib.resources import files

import matplotlib
import networkx as nx
import numpy as np
from matplotlib.colors import Normalize, to_hex

from trustmatch.i18n import message
from trustmatch.report.figures import KIND_COLOURS, TRUST_CMAP, main_themes, theme_order
from trustmatch.report.i18n import Translator
from trustmatch.results import PhasePlan, RoadmapResult, Theme, TrustSnapshot
from trustmatch.scenario.models import Actor

RIVAL_LIMIT = 120
"""Up to this many competitor pairs all are drawn; above, only the chosen member's."""

LABEL_LIMIT = 30
"""Up to this many members every name is written next to its point; above, names show on
hover and for the chosen member and their contacts."""

_JSON_ESCAPES: dict[str, str] = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
"""Characters replaced by JSON escapes in embedded data (same value once parsed)."""

UI_KEYS: tuple[str, ...] = (
    "all_themes", "all_phases", "choose_member", "members_shown", "themes", "no_themes",
    "projects", "no_projects", "contacts", "no_contacts", "competitors", "trust", "initiative",
    "initiative_explained", "hint",
)
"""Texts of the network's controls and panel (catalogue keys ``figures.network_<key>``)."""


def embed_json(value: object) -> str:
    """Return ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``json.dumps`` escapes quotes and backslashes; this also escapes ``<``, ``>`` and ``&`` (so
    no ``</script>`` or ``<!--`` can appear) and the line separators U+2028 and U+2029. Parsed
    with ``JSON.parse`` the text gives back exactly the original strings.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    for character, escaped in _JSON_ESCAPES.items():
        text = text.replace(character, escaped)
    return text


def network_script() -> str:
    """Return the inline script that draws the network (``templates/network.js``)."""
    return files("trustmatch.report").joinpath("templates/network.js").read_text(encoding="utf-8")


def layout(
    actors: Sequence[Actor], themes: Sequence[Theme], pairs: Sequence[tuple[str, str]]
) -> dict[str, tuple[float, float]]:
    """Return a position in [0, 1]² for every member: members of one theme close together.

    A force layout (networkx's spring layout with a fixed seed, so the same inputs always give
    the same picture) over the pairs that worked together, plus a strong pull between members
    who share their main theme.
    """
    graph = nx.Graph()
    graph.add_nodes_from(sorted(actor.id for actor in actors))
    main = main_themes(actors, themes)
    by_theme: dict[str, list[str]] = {}
    for actor_id, theme_id in sorted(main.items()):
        if theme_id is not None:
            by_theme.setdefault(theme_id, []).append(actor_id)
    for members in by_theme.values():
        for index, first in enumerate(members):
            for second in members[index + 1:]:
                graph.add_edge(first, second, weight=3.0)
    for first, second in sorted(pairs):
        if graph.has_node(first) and graph.has_node(second):
            weight = graph.edges[first, second]["weight"] if graph.has_edge(first, second) else 0
            graph.add_edge(first, second, weight=weight + 1.0)
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.5, 0.5)}
    # A weak pull of every member to a hidden hub keeps members without links near the rest
    # (a force layout pushes unconnected parts far apart, squeezing everyone else together).
    hub = object()
    for node in sorted(graph.nodes):
        graph.add_edge(hub, node, weight=0.15)
    positions = nx.spring_layout(graph, seed=7, iterations=150, weight="weight")
    positions.pop(hub)
    nodes = sorted(positions)
    points = np.array([positions[node] for node in nodes], dtype=float)
    points = _spread_out(points)
    low, span = points.min(axis=0), np.ptp(points, axis=0)
    span[span == 0] = 1.0
    points = (points - low) / span
    return {node: (round(float(x), 4), round(float(y), 4))
            for node, (x, y) in zip(nodes, points, strict=True)}


def _spread_out(points: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Return the points with outliers pulled in and close neighbours pushed apart.

    A force layout leaves members without links far out (squeezing all others into a corner)
    and lets dense groups overlap; both make names unreadable. Points farther from the centre
    than 1.2 times the 90th percentile distance are pulled in to it; then, in a few rounds,
    every pair closer than a minimum distance (scaled to the number of members) moves apart.
    """
    count = len(points)
    if count < 2:
        return points
    centre = points.mean(axis=0)
    offsets = points - centre
    radii = np.hypot(offsets[:, 0], offsets[:, 1])
    limit = 1.2 * float(np.quantile(radii, 0.9)) or 1.0
    far = radii > limit
    points = points.copy()
    points[far] = centre + offsets[far] / radii[far, None] * limit
    size = float(np.ptp(points, axis=0).max()) or 1.0
    minimum = size * min(0.12, 0.9 / math.sqrt(count))
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        distance = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(distance, 1e12)  # far, finite: no pair with itself, no 0 / inf
        close = distance < minimum
        if not close.any():
            break
        # Coincident points get a fixed direction (from their order), so runs stay identical.
        safe = np.where(distance == 0, 1.0, distance)
        push = np.where(close, (minimum - distance) / safe / 2, 0.0)
        push = np.where(distance == 0, minimum / 2, push)
        points = points + (delta * push[..., None]).sum(axis=1) * 0.5
    return points


def _status(t: Translator, phase: int, recommended: int | None, outcome, source) -> str:
    if outcome is None or phase == recommended:
        key = "status_recommended" if phase == recommended else "status_planned"
        return message(f"figures.{key}", t.lang)
    key = "status_recorded" if source == "recorded" else "status_simulated"
    return message(f"figures.{key}", t.lang, outcome=t.outcome(outcome))


def network_data(
    actors: Sequence[Actor],
    themes: Sequence[Theme],
    competitors: Sequence[tuple[str, str]],
    phases: Sequence[PhasePlan],
    outcomes: dict[tuple[int, str], tuple[str, str]],
    snapshot: TrustSnapshot | None,
    recommended: int | None,
    t: Translator,
) -> dict[str, object]:
    """Return the network's data for the inline script (plain JSON values, all text readable).

    Args:
        actors: The scenario's members.
        themes: The need themes.
        competitors: Competitor pairs.
        phases: The planned phases (the roadmap's, or the plan's).
        outcomes: (phase, project id) -> (result, source) for projects with an outcome.
        snapshot: Trust shown (at the end of the roadmap; None: the prior for everyone).
        recommended: The phase the report recommends (its projects carry no outcome).
        t: Translator.
    """
    index = {actor.id: position for position, actor in enumerate(actors)}
    ordered_themes = theme_order(themes)
    theme_index = {theme.id: position for position, theme in enumerate(ordered_themes)}
    projects: list[dict[str, object]] = []
    member_projects: dict[str, list[int]] = {actor.id: [] for actor in actors}
    pair_projects: dict[tuple[str, str], list[int]] = {}
    for phase in phases:
        for project in sorted(phase.projects, key=lambda p: (-p.ambition, p.label, p.id)):
            result, source = outcomes.get((phase.phase, project.id), (None, None))
            number = len(projects)
            members = [a for a in project.participants if a in index]
            projects.append({
                "label": project.label,
                "phase": phase.phase,
                "phase_label": message("figures.phase", t.lang, phase=phase.phase),
                "status": _status(t, phase.phase, recommended, result, source),
                "participants": [index[a] for a in members],
            })
            for actor_id in members:
                member_projects[actor_id].append(number)
            for first_position, first in enumerate(members):
                for second in members[first_position + 1:]:
                    pair_projects.setdefault(tuple(sorted((first, second))), []).append(number)
    prior = snapshot.prior_mean if snapshot is not None else 0.5
    trust = {tuple(sorted((a, b))): value for a, b, value in snapshot.pairs} if snapshot else {}
    rivals = {tuple(sorted(pair)) for pair in competitors
              if pair[0] in index and pair[1] in index}
    norm = Normalize(vmin=0.0, vmax=1.0)
    cmap = matplotlib.colormaps[TRUST_CMAP]
    pairs = []
    for pair in sorted(set(pair_projects) | rivals):
        value = trust.get(pair, prior)
        pairs.append({
            "a": index[pair[0]], "b": index[pair[1]],
            "trust": t.trust(value), "colour": to_hex(cmap(norm(value))),
            "competitors": pair in rivals,
            "projects": pair_projects.get(pair, []),
        })
    positions = layout(actors, themes, sorted(pair_projects))
    initiative = snapshot.initiative if snapshot is not None else {}
    members = []
    for actor in actors:
        x, y = positions[actor.id]
        own_themes = sorted(
            theme_index[theme.id] for theme in ordered_themes if actor.id in theme.actors
        )
        value = initiative.get(actor.id, prior)
        members.append({
            "name": actor.name,
            "kind_label": t.kind(actor.kind),
            "colour": KIND_COLOURS[actor.kind],
            "x": x, "y": y,
            "themes": own_themes,
            "projects": member_projects[actor.id],
            "initiative": t.trust(value),
        })
    return {
        "members": members,
        "themes": [theme.label for theme in ordered_themes],
        "phases": [
            {"number": phase.phase,
             "label": message("figures.phase", t.lang, phase=phase.phase)}
            for phase in phases
        ],
        "projects": projects,
        "pairs": pairs,
        "label_limit": LABEL_LIMIT,
        "rival_limit": RIVAL_LIMIT,
        "text": {key: message(f"figures.network_{key}", t.lang) for key in UI_KEYS},
    }


def roadmap_outcomes(roadmap: RoadmapResult | None) -> dict[tuple[int, str], tuple[str, str]]:
    """Return (phase, project id) -> (result, source) of every outcome in a roadmap."""
    if roadmap is None:
        return {}
    return {
        (phase.plan.phase, item.project): (item.result, item.source)
        for phase in roadmap.phases for item in phase.outcomes
    }
