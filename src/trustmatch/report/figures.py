"""The report's figures, drawn with matplotlib and exported as inline SVG or PNG.

Figures are built on :class:`matplotlib.figure.Figure` with an explicit Agg canvas, never through
``pyplot``: nothing is registered in pyplot's global figure list (so nothing leaks in a long batch
or notebook session) and the user's chosen backend is left alone. Every figure is drawn inside
:func:`matplotlib.rc_context` with :data:`RC`, so the output does not depend on the user's
matplotlib settings; SVG text stays text (``svg.fonttype: none``), which keeps files small and
searchable, and matplotlib escapes it. Math text is switched off, so a ``$`` in a member's name
is just a dollar sign.
"""

from __future__ import annotations

import io
import math
import re
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib
import networkx as nx
import numpy as np
from markupsafe import escape
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Patch

from trustmatch.report.i18n import Translator
from trustmatch.results import RoadmapResult, Theme, TrustSnapshot
from trustmatch.scenario.models import Actor

RC: dict[str, object] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "trustmatch-report",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "text.parse_math": False,
    "text.usetex": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "figure.dpi": 100,
    "savefig.dpi": 110,
    "path.simplify": True,
}
"""matplotlib settings every figure is drawn with."""

KIND_COLOURS: dict[str, str] = {
    "company": "#1f77b4",
    "startup": "#ff7f0e",
    "supplier": "#2ca02c",
    "university": "#9467bd",
    "research": "#8c564b",
    "association": "#e377c2",
    "public": "#7f7f7f",
}
"""Marker colour of each kind of member (matplotlib's colour-blind-aware tab10 colours)."""

SENSITIVITY_COLOURS: dict[str, str] = {
    "none": "#e8f4e8",
    "low": "#fff5cc",
    "medium": "#ffe0b3",
    "high": "#f8c9c4",
}
"""Fill colour of a theme box by the theme's sensitivity."""

AMBITION_COLOURS: tuple[str, ...] = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")
"""Fill colour of a project by ambition level 1-4 (light: starter, dark: most ambitious)."""

AMBITION_TEXT: tuple[str, ...] = ("#000000", "#000000", "#ffffff", "#ffffff")
"""Text colour readable on each ambition colour."""

OUTCOME_MARKS: dict[str, tuple[str, str]] = {
    "success": ("\u2714", "#1a7f37"),
    "failure": ("\u2718", "#c62828"),
    "cancelled": ("\u2013", "#555555"),
    "planned": ("\u25cb", "#555555"),
}
"""Mark and colour of each project outcome on the roadmap."""

TRUST_CMAP = "RdYlGn"
"""Colour map of trust values: red (low) to green (high)."""

MAX_OVERLAP_THEMES = 40
"""The overlap matrix shows at most this many themes (those with the most members)."""

SVG_ROOT_ATTRIBUTES = re.compile(r"<svg\b")
_TAG = re.compile(r"<[^<>]+>")
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)
_ID_ATTRIBUTE = re.compile(r'\bid="([^"]+)"')
_URL_REFERENCE = re.compile(r"url\(#([^)]+)\)")
_HREF_REFERENCE = re.compile(r'(xlink:href|href)="#([^"]+)"')


@dataclass(frozen=True)
class ReportFigure:
    """One drawn figure, ready to export.

    Attributes:
        id: Stable element id, e.g. ``fig-actor-needs`` (also the PNG file name).
        title: Heading of the figure.
        caption: Sentence under the figure.
        figure: The matplotlib figure.
    """

    id: str
    title: str
    caption: str
    figure: Figure


@contextmanager
def report_style() -> Iterator[None]:
    """Draw and save figures with the report's own matplotlib settings."""
    with matplotlib.rc_context(RC):
        yield


def new_figure(width: float, height: float) -> Figure:
    """Return a figure of the given size in inches attached to an Agg canvas (no pyplot)."""
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure


def shorten(text: str, limit: int) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: max(1, limit - 1)].rstrip() + "\u2026"


def wrap(text: str, width: int, lines: int) -> str:
    """Return ``text`` wrapped to ``width`` characters, at most ``lines`` lines."""
    parts = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = shorten(parts[-1] + " \u2026", width)
    return "\n".join(parts)


def export_svg(item: ReportFigure) -> str:
    """Return the figure as an ``<svg>`` element for inline use in HTML.

    The XML prolog goes, every internal id (clip paths, hatches) is prefixed with the figure's id
    so that several inline SVGs never share an id, and the root gets ``id``, ``role="img"`` and an
    escaped ``aria-label``.
    """
    buffer = io.StringIO()
    with report_style():
        item.figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    # The RDF metadata only names matplotlib (with a URL); the report's footer says what made it.
    text = _METADATA.sub("", text, count=1)
    prefix = item.id

    def rename_in_tag(match: re.Match[str]) -> str:
        tag = match.group(0)
        tag = _ID_ATTRIBUTE.sub(lambda m: f'id="{prefix}-{m.group(1)}"', tag)
        tag = _URL_REFERENCE.sub(lambda m: f"url(#{prefix}-{m.group(1)})", tag)
        return _HREF_REFERENCE.sub(lambda m: f'{m.group(1)}="#{prefix}-{m.group(2)}"', tag)

    # Only tags are rewritten: text content (members' names) must stay exactly as written.
    text = _TAG.sub(rename_in_tag, text)
    label = escape(f"{item.title}. {item.caption}")
    return SVG_ROOT_ATTRIBUTES.sub(
        f'<svg id="{escape(prefix)}" role="img" aria-label="{label}"', text, count=1
    ).strip()


def export_png(item: ReportFigure) -> bytes:
    """Return the figure as PNG bytes (for the Markdown report)."""
    buffer = io.BytesIO()
    with report_style():
        item.figure.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    return buffer.getvalue()


# --- layout shared by the member figures ---------------------------------------------------


def main_themes(actors: Sequence[Actor], themes: Sequence[Theme]) -> dict[str, str | None]:
    """Return each member's main theme: the theme with its highest need weight (None if none).

    Ties go to the theme listed first (themes come sorted from the needs step).
    """
    best: dict[str, tuple[float, int, str]] = {}
    for index, theme in enumerate(themes):
        for actor_id, weight in theme.actors.items():
            candidate = (weight, -index, theme.id)
            if actor_id not in best or candidate > best[actor_id]:
                best[actor_id] = candidate
    return {actor.id: (best[actor.id][2] if actor.id in best else None) for actor in actors}


def theme_order(themes: Sequence[Theme]) -> list[Theme]:
    """Return the themes with members, the most widely shared first (then by label and id)."""
    return sorted(
        (theme for theme in themes if theme.actors),
        key=lambda theme: (-len(theme.actors), theme.label, theme.id),
    )


def grouped_actors(
    actors: Sequence[Actor], themes: Sequence[Theme]
) -> list[tuple[str | None, list[Actor]]]:
    """Return the members grouped by main theme, groups in :func:`theme_order`, names sorted."""
    main = main_themes(actors, themes)
    groups: list[tuple[str | None, list[Actor]]] = []
    for theme in theme_order(themes):
        members = [actor for actor in actors if main[actor.id] == theme.id]
        if members:
            groups.append((theme.id, sorted(members, key=lambda a: (a.name.casefold(), a.id))))
    loners = [actor for actor in actors if main[actor.id] is None]
    if loners:
        groups.append((None, sorted(loners, key=lambda a: (a.name.casefold(), a.id))))
    return groups


def _kind_legend(axes, t: Translator, kinds: Sequence[str], **options) -> None:
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=KIND_COLOURS[kind],
               label=t.kind(kind))
        for kind in KIND_COLOURS
        if kind in kinds
    ]
    axes.add_artist(axes.legend(handles=handles, frameon=False, **options))


# --- 1 actor-need graph --------------------------------------------------------------------


def _spread(wanted: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Return positions near ``wanted`` (sorted ascending) at least ``gap`` apart in [low, high].

    A forward sweep pushes crowded positions apart; when they overflow ``high`` the whole set is
    shifted back and, if still too wide, spread evenly.
    """
    positions: list[float] = []
    for value in wanted:
        value = max(value, low if not positions else positions[-1] + gap)
        positions.append(value)
    overflow = positions[-1] - high if positions else 0.0
    if overflow > 0:
        positions = [p - overflow for p in positions]
        for index in range(len(positions) - 2, -1, -1):
            positions[index] = min(positions[index], positions[index + 1] - gap)
        if positions[0] < low:
            count = len(positions)
            step = (high - low) / max(count - 1, 1)
            positions = [low + i * step for i in range(count)] if count > 1 else [(low + high) / 2]
    return positions


def actor_need_figure(
    actors: Sequence[Actor],
    themes: Sequence[Theme],
    t: Translator,
    *,
    fig_id: str = "fig-actor-needs",
) -> ReportFigure:
    """Draw members and need themes as a bipartite graph, laid out by theme.

    Themes sit in the middle column; members stand left and right, grouped by their main theme
    (whole groups go to the shorter side, so every group stays together and near its theme).
    Every member has its own row, so labels cannot collide; long names are shortened, and the
    canvas grows with the number of members.
    """
    ordered_themes = theme_order(themes)
    groups = grouped_actors(actors, themes)
    sides: tuple[list[tuple[Actor, str | None]], list[tuple[Actor, str | None]]] = ([], [])
    for theme_id, members in groups:
        side = sides[0] if len(sides[0]) <= len(sides[1]) else sides[1]
        side.extend((actor, theme_id) for actor in members)
    rows = max(len(sides[0]), len(sides[1]), 1)
    theme_lines = 3
    height = max(4.0, 0.21 * rows + 1.6, 0.64 * len(ordered_themes) + 1.2)
    font = 8 if rows <= 40 else 7
    name_limit = 34 if rows <= 40 else 30
    figure = new_figure(11.0, height)
    bottom = 0.65 / height
    axes = figure.add_axes((0.0, bottom, 1.0, 1.0 - bottom))
    axes.set_axis_off()
    axes.set_xlim(-1.05, 3.05)
    axes.set_ylim(-0.02, 1.02)

    positions: dict[str, tuple[float, float]] = {}
    group_rows: dict[str | None, list[float]] = {}
    for side_index, side in enumerate(sides):
        count = len(side)
        x = 0.0 if side_index == 0 else 2.0
        for row, (actor, theme_id) in enumerate(side):
            y = 1.0 - (row + 0.5) / rows if count else 0.5
            positions[actor.id] = (x, y)
            group_rows.setdefault(theme_id, []).append(y)

    # Themes: near their group's members, pushed apart to leave room for two-line labels.
    wanted = []
    for theme in ordered_themes:
        ys = group_rows.get(theme.id) or [positions[a][1] for a in theme.actors if a in positions]
        wanted.append((float(np.mean(ys)) if ys else 0.5, theme.id))
    wanted.sort(key=lambda item: -item[0])
    gap = 0.62 / height
    ys_down = _spread([1.0 - y for y, _ in wanted], gap, 0.02, 0.98)
    theme_y = {theme_id: 1.0 - y for (_, theme_id), y in zip(wanted, ys_down, strict=True)}

    box_half_width = 0.4
    # Box height in data units: two 8 pt lines plus padding, on an axes of 0.93 * height inches.
    text_height = (theme_lines * 8 * 1.3 + 8) / 72  # inches: the lines plus padding
    box_height = min(text_height / ((1.0 - bottom) * height) * 1.04, gap * 0.85)
    main = main_themes(actors, themes)
    # Lines to the main theme stand out; the rest stay in the background. One collection per
    # kind of line: thousands of single lines would make drawing slow.
    segments: dict[bool, list] = {True: [], False: []}
    widths: dict[bool, list[float]] = {True: [], False: []}
    for theme in ordered_themes:
        ty = theme_y[theme.id]
        for actor_id, weight in sorted(theme.actors.items()):
            if actor_id not in positions:
                continue
            ax_, ay = positions[actor_id]
            tx = 1.0 - box_half_width if ax_ < 1.0 else 1.0 + box_half_width
            is_main = main.get(actor_id) == theme.id
            segments[is_main].append([(ax_, ay), (tx, ty)])
            widths[is_main].append(min(0.5 + 0.45 * weight, 3.0))
    for is_main in (False, True):
        axes.add_collection(LineCollection(
            segments[is_main], linewidths=widths[is_main], zorder=1 + is_main,
            colors="#2f4f6f" if is_main else "#6d8aa8", alpha=0.6 if is_main else 0.22,
            capstyle="round",
        ))
    for theme in ordered_themes:
        ty = theme_y[theme.id]
        axes.add_patch(FancyBboxPatch(
            (1.0 - box_half_width, ty - box_height / 2), 2 * box_half_width, box_height,
            boxstyle="round,pad=0,rounding_size=0.02", mutation_aspect=0.3, zorder=3,
            facecolor=SENSITIVITY_COLOURS[theme.sensitivity], edgecolor="#777777", linewidth=0.6,
        ))
        axes.text(1.0, ty, wrap(theme.label, 32, theme_lines), ha="center", va="center",
                  fontsize=8, zorder=4, linespacing=1.1)
    placed = [actor for side in sides for actor, _ in side]
    axes.scatter([positions[a.id][0] for a in placed], [positions[a.id][1] for a in placed],
                 s=28, c=[KIND_COLOURS[a.kind] for a in placed], zorder=4,
                 edgecolors="white", linewidths=0.5)
    for side_index, side in enumerate(sides):
        for actor, _ in side:
            x, y = positions[actor.id]
            axes.text(
                x - 0.04 if side_index == 0 else x + 0.04, y, shorten(actor.name, name_limit),
                ha="right" if side_index == 0 else "left", va="center", fontsize=font, zorder=4,
            )

    kinds = sorted({actor.kind for actor in actors})
    handles: list[Artist] = [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=KIND_COLOURS[kind],
               label=t.kind(kind))
        for kind in KIND_COLOURS
        if kind in kinds
    ]
    sensitivities = sorted({theme.sensitivity for theme in ordered_themes},
                           key=list(SENSITIVITY_COLOURS).index)
    handles += [
        Patch(facecolor=SENSITIVITY_COLOURS[level], edgecolor="#777777",
              label=t("ax_sensitivity", level=t.sensitivity(level)))
        for level in sensitivities
    ]
    figure.legend(handles=handles, loc="lower center", ncol=min(len(handles), 6), frameon=False,
                  fontsize=8)
    return ReportFigure(fig_id, t("fig_actor_needs"), t("fig_actor_needs_caption"), figure)


# --- 2 theme overlap -----------------------------------------------------------------------


def overlap_matrix(themes: Sequence[Theme]) -> np.ndarray:
    """Return the number of members each pair of themes shares (diagonal: members per theme)."""
    members = [set(theme.actors) for theme in themes]
    size = len(themes)
    matrix = np.zeros((size, size), dtype=int)
    for i in range(size):
        for j in range(size):
            matrix[i, j] = len(members[i] & members[j])
    return matrix


def theme_overlap_figure(
    themes: Sequence[Theme], t: Translator, *, fig_id: str = "fig-theme-overlap"
) -> ReportFigure:
    """Draw the theme overlap matrix as an annotated heat map."""
    ordered = theme_order(themes)
    caption = t("fig_overlap_caption")
    if len(ordered) > MAX_OVERLAP_THEMES:
        caption += " " + t("fig_overlap_truncated", shown=MAX_OVERLAP_THEMES, total=len(ordered))
        ordered = ordered[:MAX_OVERLAP_THEMES]
    size = max(len(ordered), 1)
    side = max(4.0, 0.36 * size + 2.6)
    figure = new_figure(side + 1.6, side)
    axes = figure.add_subplot()
    matrix = overlap_matrix(ordered) if ordered else np.zeros((1, 1), dtype=int)
    top = max(int(matrix.max()), 1)
    image = axes.imshow(matrix, cmap="Blues", vmin=0, vmax=top, interpolation="nearest")
    labels = [shorten(theme.label, 40) for theme in ordered] or [""]
    axes.set_xticks(range(size), labels, rotation=45, ha="right", rotation_mode="anchor",
                    fontsize=8)
    axes.set_yticks(range(size), labels, fontsize=8)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if size <= 25:
        for i in range(size):
            for j in range(size):
                value = int(matrix[i, j])
                if value:
                    axes.text(j, i, str(value), ha="center", va="center", fontsize=7,
                              color="white" if value > top * 0.55 else "black")
    colorbar = figure.colorbar(image, ax=axes, fraction=0.04, pad=0.02)
    colorbar.set_label(t("ax_shared_members"))
    colorbar.locator = matplotlib.ticker.MaxNLocator(integer=True)
    colorbar.update_ticks()
    return ReportFigure(fig_id, t("fig_overlap"), caption, figure)


# --- 3 competitor and trust network --------------------------------------------------------


def circle_order(actors: Sequence[Actor], competitors: Sequence[tuple[str, str]]) -> list[Actor]:
    """Return the members in circle order: competitor groups together, the largest group first.

    Groups are the connected components of the competitor graph (firms sharing markets form
    one); inside a group members are ordered by their first market, then name. Members without
    competitors come last, by kind and name.
    """
    by_id = {actor.id: actor for actor in actors}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(by_id))
    graph.add_edges_from(sorted((a, b) for a, b in competitors if a in by_id and b in by_id))

    def member_key(actor: Actor) -> tuple[str, str, str]:
        return (min(actor.markets, default="~"), actor.name.casefold(), actor.id)

    components = [sorted(component) for component in nx.connected_components(graph)]
    groups = sorted((c for c in components if len(c) > 1), key=lambda c: (-len(c), c[0]))
    singles = sorted((by_id[c[0]] for c in components if len(c) == 1),
                     key=lambda a: (a.kind, a.name.casefold(), a.id))
    ordered = [actor for group in groups
               for actor in sorted((by_id[i] for i in group), key=member_key)]
    return ordered + singles



def trust_network_figure(
    actors: Sequence[Actor],
    themes: Sequence[Theme],
    competitors: Sequence[tuple[str, str]],
    snapshot: TrustSnapshot,
    t: Translator,
    *,
    when: str,
    fig_id: str = "fig-trust-network",
) -> ReportFigure:
    """Draw members on a circle with trust edges and competitor edges coloured by trust.

    Members are ordered by competitor group (see :func:`circle_order`), so most competitor edges
    are short chords near the rim and do not cross the whole circle. Solid edges are
    pairs whose trust is known or has changed; dashed edges are competitor pairs. A colour bar
    gives the scale. Labels stand radially outside the circle.
    """
    order = circle_order(actors, competitors)
    count = max(len(order), 1)
    size = 7.0 if count <= 20 else min(7.0 + 0.085 * (count - 20), 14.0)
    font = 8 if count <= 20 else (7 if count <= 50 else 6)
    name_limit = 28 if count <= 50 else 24
    limit = 1.62 if count <= 50 else 1.5
    # Legends and colour bar go right of the longest label on the right-hand side of the circle
    # (a DejaVu character is about 0.6 em wide), so labels never run into them.
    longest = max((len(shorten(actor.name, name_limit)) for actor in order), default=0)
    label_inches = longest * font * 0.6 / 72
    reach = size / 2 + 1.06 * size / (2 * limit) + label_inches + 0.15
    side_x = max(size, reach)
    width = side_x + 2.4
    figure = new_figure(width, size)
    axes = figure.add_axes((0.0, 0.02, size / width, 0.96))
    axes.set_axis_off()
    axes.set_aspect("equal")
    axes.set_xlim(-limit, limit)
    axes.set_ylim(-limit, limit)
    angle = {actor.id: math.pi / 2 - 2 * math.pi * index / count
             for index, actor in enumerate(order)}
    point = {key: (math.cos(a), math.sin(a)) for key, a in angle.items()}

    trust = {(a, b): value for a, b, value in snapshot.pairs}
    norm = Normalize(vmin=0.0, vmax=1.0)
    cmap = matplotlib.colormaps[TRUST_CMAP]

    competitor_set = {tuple(sorted(pair)) for pair in competitors}
    worked = [(a, b, value) for (a, b), value in sorted(trust.items())
              if a in point and b in point and (a, b) not in competitor_set]
    rivals = [(a, b, trust.get((a, b), snapshot.prior_mean)) for a, b in sorted(competitor_set)
              if a in point and b in point]
    for pairs, style, line_width, layer in ((rivals, (0, (3, 2)), 1.4, 1), (worked, "-", 1.2, 2)):
        if pairs:
            axes.add_collection(LineCollection(
                [[point[a], point[b]] for a, b, _ in pairs],
                colors=[cmap(norm(value)) for _, _, value in pairs],
                linestyles=[style], linewidths=line_width, alpha=0.85, zorder=layer,
            ))

    axes.scatter([point[a.id][0] for a in order], [point[a.id][1] for a in order], s=40,
                 c=[KIND_COLOURS[a.kind] for a in order], zorder=3, edgecolors="white",
                 linewidths=0.6)
    for actor in order:
        x, y = point[actor.id]
        degrees = math.degrees(angle[actor.id]) % 360
        left_side = 90 < degrees < 270
        axes.text(
            1.06 * x, 1.06 * y, shorten(actor.name, name_limit), fontsize=font,
            rotation=degrees - 180 if left_side else degrees, rotation_mode="anchor",
            ha="right" if left_side else "left", va="center", zorder=3,
        )
    kinds = sorted({actor.kind for actor in actors})
    side = side_x / width
    kind_handles = [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=KIND_COLOURS[kind],
               label=t.kind(kind))
        for kind in KIND_COLOURS
        if kind in kinds
    ]
    figure.legend(handles=kind_handles, loc="upper left", bbox_to_anchor=(side, 0.98),
                  frameon=False, fontsize=8)
    style_handles = [
        Line2D([], [], color="#444444", linestyle="-", label=t("ax_worked_together")),
        Line2D([], [], color="#444444", linestyle=(0, (3, 2)), label=t("ax_competitors")),
    ]
    figure.legend(handles=style_handles, loc="lower left", bbox_to_anchor=(side, 0.02),
                  frameon=False, fontsize=8)
    mappable = matplotlib.cm.ScalarMappable(norm=norm, cmap=cmap)
    colorbar_axes = figure.add_axes((side + 0.02, 0.35, 0.2 / width, 0.3))
    colorbar = figure.colorbar(mappable, cax=colorbar_axes)
    colorbar.set_label(t("ax_pair_trust"))
    caption = t("fig_trust_network_caption", when=when)
    return ReportFigure(fig_id, t("fig_trust_network"), caption, figure)


# --- 4 cluster trust over phases -----------------------------------------------------------


def _initiative_mean(snapshot: TrustSnapshot, actor_count: int) -> float:
    known = list(snapshot.initiative.values())
    missing = max(actor_count - len(known), 0)
    return (sum(known) + missing * snapshot.prior_mean) / max(len(known) + missing, 1)


def trust_phases_figure(
    roadmap: RoadmapResult, actor_count: int, t: Translator, *, fig_id: str = "fig-trust-phases"
) -> ReportFigure:
    """Draw cluster trust after each phase, with the Monte Carlo 10-90 % band and median."""
    figure = new_figure(8.0, 4.2)
    axes = figure.add_subplot()
    phases = roadmap.phases
    start = phases[0].plan.trust_before if phases else None
    # The first point is the trust before the roadmap's first phase (after a ledger's phases).
    start_x = phases[0].plan.phase - 1 if phases else 0
    xs = [start_x] + [phase.plan.phase for phase in phases]
    run = ([start.mean] if start else []) + [phase.trust_after.mean for phase in phases]
    initiative = ([_initiative_mean(start, actor_count)] if start else []) + [
        _initiative_mean(phase.trust_after, actor_count) for phase in phases
    ]
    values = list(run) + list(initiative)
    if roadmap.monte_carlo:
        carlo = sorted(roadmap.monte_carlo, key=lambda item: item.phase)
        band_x = [start_x] + [item.phase for item in carlo]
        first = run[0] if run else carlo[0].cluster_trust.q50
        low = [first] + [item.cluster_trust.q10 for item in carlo]
        high = [first] + [item.cluster_trust.q90 for item in carlo]
        median = [first] + [item.cluster_trust.q50 for item in carlo]
        axes.fill_between(band_x, low, high, color="#9ecae1", alpha=0.55, linewidth=0,
                          label=t("ax_band"))
        axes.plot(band_x, median, color="#08519c", linewidth=2.2, marker="o", markersize=4,
                  label=t("ax_median"))
        values += low + high
        caption = t("fig_trust_phases_caption", runs=roadmap.replications)
    else:
        caption = t("fig_trust_phases_caption_single")
    if run:
        axes.plot(xs[: len(run)], run, color="#333333", linestyle="--", linewidth=1.2,
                  marker=".", label=t("ax_this_run"))
        axes.plot(xs[: len(initiative)], initiative, color="#e6550d", linewidth=1.2,
                  linestyle=":", marker=".", label=t("ax_initiative_trust"))
    axes.set_xlabel(t("ax_phase"))
    axes.set_ylabel(t("ax_trust"))
    axes.set_xticks(xs)
    if values:
        low_y, high_y = min(values), max(values)
        margin = max(0.03, 0.1 * (high_y - low_y))
        axes.set_ylim(max(0.0, low_y - margin), min(1.0, high_y + margin))
    axes.yaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda value, _: t.number(value, 2))
    )
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.legend(loc="upper left", frameon=False, fontsize=8)
    return ReportFigure(fig_id, t("fig_trust_phases"), caption, figure)


# --- 5 roadmap timeline --------------------------------------------------------------------


def roadmap_figure(
    roadmap: RoadmapResult, t: Translator, *, fig_id: str = "fig-roadmap", max_rows: int = 14
) -> ReportFigure:
    """Draw the roadmap: one column per phase, one box per project coloured by ambition.

    A mark in each box shows the outcome (success, failure, cancelled). Phases with more than
    ``max_rows`` projects show the first ones and a "+ N more" line.
    """
    phases = roadmap.phases
    columns = max(len(phases), 1)
    rows = max([min(len(phase.plan.projects), max_rows + 1) for phase in phases] or [1])
    rows = max(rows, 1)
    width = min(max(2.5 * columns + 0.6, 6.0), 26.0)
    height = 0.74 * rows + 1.5
    figure = new_figure(width, height)
    axes = figure.add_axes((0.0, 0.16 if rows < 4 else 0.1, 1.0, 0.78 if rows < 4 else 0.84))
    axes.set_axis_off()
    axes.set_xlim(0, columns)
    axes.set_ylim(rows + 0.1, -0.7)
    # Characters of 7 pt text that fit in a box (a DejaVu character is about 0.6 em wide).
    label_width = max(10, int((width / columns * 0.9 - 0.4) * 72 / (7 * 0.6)))
    for column, phase in enumerate(phases):
        axes.text(column + 0.5, -0.45, f"{t('ax_phase')} {phase.plan.phase}", ha="center",
                  va="center", fontsize=9, fontweight="bold")
        outcome = {item.project: item.result for item in phase.outcomes}
        projects = sorted(phase.plan.projects, key=lambda p: (-p.ambition, p.label, p.id))
        if not projects:
            axes.text(column + 0.5, 0.45, t("ax_no_projects"), ha="center", va="center",
                      fontsize=8, color="#777777", style="italic")
        shown = projects if len(projects) <= max_rows + 1 else projects[:max_rows]
        for row, project in enumerate(shown):
            level = min(max(project.ambition, 1), 4)
            axes.add_patch(FancyBboxPatch(
                (column + 0.05, row + 0.08), 0.9, 0.84,
                boxstyle="round,pad=0,rounding_size=0.08",
                facecolor=AMBITION_COLOURS[level - 1], edgecolor="white", linewidth=1.0,
            ))
            text = wrap(project.label, label_width, 3)
            detail = t("ax_participants", count=len(project.participants))
            axes.text(column + 0.1, row + 0.5, f"{text}\n{detail}", ha="left", va="center",
                      fontsize=7, color=AMBITION_TEXT[level - 1], linespacing=1.15,
                      clip_on=True)
            mark, colour = OUTCOME_MARKS[outcome.get(project.id, "planned")]
            axes.text(column + 0.9, row + 0.5, mark, ha="center", va="center", fontsize=11,
                      color=colour, fontweight="bold",
                      bbox={"boxstyle": "circle,pad=0.12", "facecolor": "white",
                            "edgecolor": "none"})
        if len(shown) < len(projects):
            axes.text(column + 0.5, len(shown) + 0.5,
                      t("ax_more_projects", count=len(projects) - len(shown)),
                      ha="center", va="center", fontsize=8, color="#555555")
    levels = sorted({min(max(p.ambition, 1), 4) for ph in phases for p in ph.plan.projects})
    handles = [Patch(facecolor=AMBITION_COLOURS[level - 1], label=f"{level}: {t.ambition(level)}")
               for level in levels]
    results = [result for result in OUTCOME_MARKS
               if any(o.result == result for ph in phases for o in ph.outcomes)]
    handles += [Line2D([], [], linestyle="none", label=f"{OUTCOME_MARKS[result][0]} "
                       f"{t.outcome(result)}") for result in results]
    if handles:
        legend = axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0),
                             ncol=min(len(handles), 7), frameon=False, fontsize=8,
                             handlelength=1.2, handletextpad=0.3)
        for text, result in zip(legend.get_texts()[-len(results) or len(handles):],
                                results, strict=False):
            text.set_color(OUTCOME_MARKS[result][1])
    return ReportFigure(fig_id, t("fig_roadmap"), t("fig_roadmap_caption"), figure)


# --- 6 batch comparison --------------------------------------------------------------------


def batch_figure(
    metrics: Mapping[str, Mapping[str, Sequence[float]]],
    runs: int,
    t: Translator,
    *,
    fig_id: str = "fig-batch",
) -> ReportFigure:
    """Draw box plots of final trust, total cost and successful projects by strategy.

    Args:
        metrics: Metric (``final_trust``, ``total_cost``, ``succeeded``) -> strategy -> values.
        runs: Number of runs behind the values (for the caption).
        t: Translator.
        fig_id: Element id.
    """
    names = [("final_trust", "ax_final_trust"), ("total_cost", "ax_total_cost"),
             ("succeeded", "ax_succeeded")]
    strategies = sorted({s for metric in metrics.values() for s in metric})
    width = max(9.0, 1.0 * len(strategies) * 3 + 1.5)
    figure = new_figure(width, 3.8)
    axes_list = figure.subplots(1, 3)
    for axes, (metric, label) in zip(axes_list, names, strict=True):
        data = [
            [v for v in metrics.get(metric, {}).get(s, []) if not math.isnan(v)] or [math.nan]
            for s in strategies
        ]
        axes.boxplot(data, tick_labels=strategies, widths=0.6, patch_artist=True,
                     boxprops={"facecolor": "#c6dbef", "edgecolor": "#08519c"},
                     medianprops={"color": "#08306b", "linewidth": 1.8},
                     flierprops={"markersize": 3})
        axes.set_title(t(label), fontsize=9)
        axes.tick_params(axis="x", labelrotation=30, labelsize=8)
        for tick in axes.get_xticklabels():
            tick.set_horizontalalignment("right")
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    figure.tight_layout()
    return ReportFigure(fig_id, t("fig_batch"), t("fig_batch_caption", runs=runs), figure)
