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
from collections import Counter
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

from trustmatch.i18n import message
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

PAGE_WIDTH = 7.15
"""Width of the figures in inches: the printable width of an A4 page with 14 mm margins, so a
figure is printed at its own size and its text keeps its size on paper."""

PAGE_HEIGHT = 9.2
"""Height in inches that a figure may take on an A4 page (with its heading and caption)."""

FONT = 8
"""Size in points of the smallest text in a figure (at least 7 pt on paper, see PAGE_WIDTH)."""

LINE = FONT * 1.18 / 72
"""Height in inches of one line of figure text (line spacing 1.1 plus a little room)."""

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


def say(t: Translator, key: str, count: float | None = None, **values: object) -> str:
    """Return the figure text ``figures.<key>`` of the message catalogue in ``t``'s language."""
    return message(f"figures.{key}", t.lang, count=count, **values)


def wrap_all(text: str, width: int) -> str:
    """Return the whole of ``text`` wrapped to lines of at most ``width`` characters.

    Nothing is cut: a word longer than a line keeps its own line (broken only at hyphens).
    """
    return "\n".join(textwrap.wrap(" ".join(text.split()), max(width, 4),
                                   break_long_words=False) or [""])


def _chars(inches: float, size: float) -> int:
    """Return how many characters of ``size`` pt text fit in ``inches`` (DejaVu: ~0.56 em)."""
    return max(4, int(inches * 72 / (size * 0.56)))


def _kind_handles(t: Translator, kinds: Sequence[str]) -> list[Artist]:
    return [
        Line2D([], [], marker="o", linestyle="", markersize=7, color=KIND_COLOURS[kind],
               label=t.kind(kind))
        for kind in KIND_COLOURS
        if kind in kinds
    ]


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


# --- 1 actor-need graph --------------------------------------------------------------------


def _spread(wanted: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Return positions near ``wanted`` (sorted ascending) at least ``gap`` apart in [low, high].

    A forward sweep pushes crowded positions apart; when they overflow ``high`` the whole set is
    shifted back and, if still too wide, spread evenly.
    """
    return _spread_sizes(wanted, [gap] * len(wanted), low, high)


def _spread_sizes(
    wanted: Sequence[float], sizes: Sequence[float], low: float, high: float
) -> list[float]:
    """Return centres near ``wanted`` (ascending) of items ``sizes`` long that do not overlap.

    Like :func:`_spread`, with one length per item: item ``i`` covers ``centre ± sizes[i] / 2``.
    """
    positions: list[float] = []
    for index, value in enumerate(wanted):
        if positions:
            value = max(value, positions[-1] + (sizes[index - 1] + sizes[index]) / 2)
        else:
            value = max(value, low + sizes[0] / 2)
        positions.append(value)
    overflow = positions[-1] + sizes[-1] / 2 - high if positions else 0.0
    if overflow > 0:
        positions = [p - overflow for p in positions]
        for index in range(len(positions) - 2, -1, -1):
            positions[index] = min(positions[index],
                                   positions[index + 1] - (sizes[index] + sizes[index + 1]) / 2)
        if positions[0] - sizes[0] / 2 < low:
            # Not enough room: stack the items from the bottom (the canvas is made tall enough).
            positions, edge = [], low
            for size in sizes:
                positions.append(edge + size / 2)
                edge += size
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
    Every member has its own row, tall enough for its full name wrapped on up to three lines,
    so labels cannot collide and no name is cut; the canvas grows with the number of members.
    The page width is fixed (:data:`PAGE_WIDTH`), so the text keeps its size on paper.
    """
    ordered_themes = theme_order(themes)
    groups = grouped_actors(actors, themes)
    sides: tuple[list[tuple[Actor, str | None]], list[tuple[Actor, str | None]]] = ([], [])
    for theme_id, members in groups:
        side = sides[0] if len(sides[0]) <= len(sides[1]) else sides[1]
        side.extend((actor, theme_id) for actor in members)
    width = PAGE_WIDTH
    name_x, dot_x = 1.95, 2.03  # inches: names end at name_x on the left, dots beside them
    box_width = 1.75
    name_chars = _chars(name_x - 0.05, FONT)
    theme_chars = _chars(box_width - 0.12, FONT)
    names = {actor.id: wrap_all(actor.name, name_chars) for actor in actors}
    labels = {theme.id: wrap_all(theme.label, theme_chars) for theme in ordered_themes}
    most_lines = max((name.count("\n") + 1 for name in names.values()), default=1)
    row = LINE * most_lines + 0.07
    rows = max(len(sides[0]), len(sides[1]), 1)
    box_heights = {key: LINE * (label.count("\n") + 1) + 0.1 for key, label in labels.items()}
    themes_height = sum(box_heights.values()) + 0.06 * len(box_heights)
    legend_height = 0.55
    plot_height = max(3.0, row * rows, themes_height + 0.1)
    height = plot_height + legend_height + 0.1
    figure = new_figure(width, height)
    axes = figure.add_axes((0.0, legend_height / height, 1.0, plot_height / height))
    axes.set_axis_off()
    axes.set_xlim(0, width)
    axes.set_ylim(0, plot_height)

    positions: dict[str, tuple[float, float]] = {}
    group_rows: dict[str | None, list[float]] = {}
    # When the themes need more height than the members, the member rows spread out with them.
    row = min(plot_height / rows, 2.5 * row)
    for side_index, side in enumerate(sides):
        x = dot_x if side_index == 0 else width - dot_x
        top = plot_height - (plot_height - row * len(side)) / 2
        for number, (actor, theme_id) in enumerate(side):
            y = top - (number + 0.5) * row
            positions[actor.id] = (x, y)
            group_rows.setdefault(theme_id, []).append(y)

    # Themes: near their group's members, pushed apart so that no two boxes overlap.
    wanted = []
    for theme in ordered_themes:
        ys = group_rows.get(theme.id) or [positions[a][1] for a in theme.actors if a in positions]
        wanted.append((plot_height - (float(np.mean(ys)) if ys else plot_height / 2), theme.id))
    wanted.sort()
    sizes = [box_heights[theme_id] + 0.06 for _, theme_id in wanted]
    downs = _spread_sizes([y for y, _ in wanted], sizes, 0.02, plot_height - 0.02)
    theme_y = {theme_id: plot_height - y for (_, theme_id), y in zip(wanted, downs, strict=True)}

    centre = width / 2
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
            tx = centre - box_width / 2 if ax_ < centre else centre + box_width / 2
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
        ty, box = theme_y[theme.id], box_heights[theme.id]
        axes.add_patch(FancyBboxPatch(
            (centre - box_width / 2, ty - box / 2), box_width, box,
            boxstyle="round,pad=0,rounding_size=0.06", zorder=3,
            facecolor=SENSITIVITY_COLOURS[theme.sensitivity], edgecolor="#777777", linewidth=0.6,
        ))
        axes.text(centre, ty, labels[theme.id], ha="center", va="center", fontsize=FONT,
                  zorder=4, linespacing=1.1)
    placed = [actor for side in sides for actor, _ in side]
    axes.scatter([positions[a.id][0] for a in placed], [positions[a.id][1] for a in placed],
                 s=28, c=[KIND_COLOURS[a.kind] for a in placed], zorder=4,
                 edgecolors="white", linewidths=0.5)
    for side_index, side in enumerate(sides):
        for actor, _ in side:
            x, y = positions[actor.id]
            axes.text(
                x - 0.08 if side_index == 0 else x + 0.08, y, names[actor.id],
                ha="right" if side_index == 0 else "left", va="center", fontsize=FONT,
                zorder=4, linespacing=1.1,
            )

    kinds = sorted({actor.kind for actor in actors})
    handles: list[Artist] = _kind_handles(t, kinds)
    sensitivities = sorted({theme.sensitivity for theme in ordered_themes},
                           key=list(SENSITIVITY_COLOURS).index)
    handles += [
        Patch(facecolor=SENSITIVITY_COLOURS[level], edgecolor="#777777",
              label=say(t, "sensitivity", level=t.sensitivity(level)))
        for level in sensitivities
    ]
    figure.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4), frameon=False,
                  fontsize=FONT, handlelength=1.2, columnspacing=1.2)
    return ReportFigure(fig_id, say(t, "actor_needs"), say(t, "actor_needs_caption"), figure)


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
    """Draw the theme overlap matrix as an annotated heat map.

    Each theme's full label (numbered, wrapped) stands once, left of its row; the columns carry
    only the numbers, so no label is cut or shown twice. Rows grow with the longest label.
    """
    ordered = theme_order(themes)
    caption = say(t, "overlap_caption")
    if len(ordered) > MAX_OVERLAP_THEMES:
        caption += " " + say(t, "overlap_truncated", shown=MAX_OVERLAP_THEMES,
                             total=len(ordered))
        ordered = ordered[:MAX_OVERLAP_THEMES]
    size = max(len(ordered), 1)
    label_width = 2.7
    chars = _chars(label_width - 0.1, FONT)
    labels = [wrap_all(f"{number}. {theme.label}", chars)
              for number, theme in enumerate(ordered, start=1)] or [""]
    most_lines = max(label.count("\n") + 1 for label in labels)
    cell = max(0.3, LINE * most_lines + 0.06)
    room = PAGE_WIDTH - label_width - 0.9
    if cell * size > room and most_lines == 1:
        cell = max(0.22, room / size)
    matrix_width = cell * size
    width = label_width + matrix_width + 0.9
    height = matrix_width + 0.55
    figure = new_figure(width, height)
    axes = figure.add_axes((label_width / width, 0.05 / height, matrix_width / width,
                            matrix_width / height))
    matrix = overlap_matrix(ordered) if ordered else np.zeros((1, 1), dtype=int)
    top = max(int(matrix.max()), 1)
    image = axes.imshow(matrix, cmap="Blues", vmin=0, vmax=top, interpolation="nearest",
                        aspect="auto")
    axes.set_xticks(range(size), [str(n) for n in range(1, size + 1)], fontsize=FONT)
    axes.xaxis.tick_top()
    axes.set_yticks(range(size), labels, fontsize=FONT, linespacing=1.1)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if size <= 25:
        for i in range(size):
            for j in range(size):
                value = int(matrix[i, j])
                if value:
                    axes.text(j, i, str(value), ha="center", va="center", fontsize=FONT,
                              color="white" if value > top * 0.55 else "black")
    colorbar_axes = figure.add_axes(((label_width + matrix_width + 0.15) / width,
                                     0.05 / height + 0.2 * matrix_width / height,
                                     0.14 / width, 0.6 * matrix_width / height))
    colorbar = figure.colorbar(image, cax=colorbar_axes)
    colorbar.set_label(say(t, "shared_members"), fontsize=FONT)
    colorbar.ax.tick_params(labelsize=FONT)
    colorbar.locator = matplotlib.ticker.MaxNLocator(integer=True)
    colorbar.update_ticks()
    return ReportFigure(fig_id, say(t, "overlap"), caption, figure)


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


@dataclass(frozen=True)
class MemberGroup:
    """Members drawn as one node of the grouped network.

    Attributes:
        title: Heading of the group (its markets, or a kind of member).
        members: The members, by name.
    """

    title: str
    members: tuple[Actor, ...]


def member_groups(
    actors: Sequence[Actor], competitors: Sequence[tuple[str, str]], t: Translator
) -> list[MemberGroup]:
    """Return the members in groups: firms that compete (share markets), then the rest by kind.

    A competitor group (a connected part of the competitor graph) is titled by the markets its
    members share; members without competitors are grouped by kind. Groups are ordered as on
    :func:`circle_order`.
    """
    by_id = {actor.id: actor for actor in actors}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(by_id))
    graph.add_edges_from(sorted((a, b) for a, b in competitors if a in by_id and b in by_id))
    components = [sorted(component) for component in nx.connected_components(graph)]
    rivals = sorted((c for c in components if len(c) > 1), key=lambda c: (-len(c), c[0]))
    groups = []
    for component in rivals:
        members = tuple(sorted((by_id[i] for i in component),
                               key=lambda a: (a.name.casefold(), a.id)))
        markets = Counter(market for actor in members for market in actor.markets)
        shared = [market for market, count in sorted(markets.items(), key=lambda m: (-m[1], m[0]))
                  if count > 1][:3]
        title = say(t, "group_market", markets=t.join(shared)) if shared else say(
            t, "group_competitors")
        groups.append(MemberGroup(title, members))
    singles: dict[str, list[Actor]] = {}
    for component in components:
        if len(component) == 1:
            actor = by_id[component[0]]
            singles.setdefault(actor.kind, []).append(actor)
    for kind in KIND_COLOURS:
        if kind in singles:
            members = tuple(sorted(singles[kind], key=lambda a: (a.name.casefold(), a.id)))
            title = t.kind(kind, len(members))
            groups.append(MemberGroup(title[:1].upper() + title[1:], members))
    return groups


def trust_network_figure(
    actors: Sequence[Actor],
    themes: Sequence[Theme],
    competitors: Sequence[tuple[str, str]],
    snapshot: TrustSnapshot,
    t: Translator,
    *,
    when: str,
    fig_id: str = "fig-trust-network",
    names_per_group: int | None = None,
) -> ReportFigure:
    """Draw members grouped by market (competitors) or kind, with trust between the groups.

    One node per group, sized by its members, placed on a circle; next to it the group's title
    and its members' full names (wrapped; beyond ``names_per_group`` the rest is counted), and
    inside the group how many competitor pairs it holds and their trust. A line between two
    groups stands for every pair of their members whose trust is known: its width grows with
    the number of pairs, its colour is their mean trust. This stays readable at 200 members,
    where a ring of 200 names would not; the HTML report adds the interactive network.

    ``names_per_group`` (default: as many as keep the figure on one A4 page at full text size,
    between 4 and 40) limits the names listed per group; the rest is counted.
    """
    groups = member_groups(actors, competitors, t)
    group_of = {actor.id: index for index, group in enumerate(groups) for actor in group.members}
    trust = {tuple(sorted((a, b))): value for a, b, value in snapshot.pairs}
    norm = Normalize(vmin=0.0, vmax=1.0)
    cmap = matplotlib.colormaps[TRUST_CMAP]
    rival_set = {tuple(sorted(pair)) for pair in competitors
                 if pair[0] in group_of and pair[1] in group_of}

    between: dict[tuple[int, int], list[float]] = {}
    for (a, b), value in sorted(trust.items()):
        if a in group_of and b in group_of and group_of[a] != group_of[b]:
            key = tuple(sorted((group_of[a], group_of[b])))
            between.setdefault(key, []).append(value)
    inside = {index: [trust.get(pair, snapshot.prior_mean) for pair in sorted(rival_set)
                      if group_of[pair[0]] == index == group_of[pair[1]]]
              for index in range(len(groups))}

    chars = _chars(2.05, FONT)
    count = max(len(groups), 1)
    # Nodes on a circle, the first at the top; labels left or right of the circle, spread so
    # that they never overlap (the canvas grows when the labels need more room).
    angles = [math.pi / 2 - 2 * math.pi * (index + 0.5) / count for index in range(count)]
    right = [i for i in range(count) if math.cos(angles[i]) >= 0]
    left = [i for i in range(count) if math.cos(angles[i]) < 0]

    def labels(limit: int) -> tuple[list[tuple[str, str]], list[float], float]:
        texts = []
        for index, group in enumerate(groups):
            shown = [actor.name for actor in group.members[:limit]]
            # Names as one wrapped sentence ("A, B and C"): a name broken over two lines
            # cannot be taken for two members.
            if len(group.members) > len(shown):
                listed = ", ".join(shown) + " " + say(t, "more_members",
                                                      count=len(group.members) - len(shown))
            else:
                listed = t.join(shown)
            lines = [wrap_all(listed, chars)]
            if inside[index]:
                lines.append(wrap_all(say(t, "group_rivals", count=len(inside[index]),
                                          trust=t.trust(float(np.mean(inside[index])))),
                                      chars))
            texts.append((wrap_all(group.title, chars), "\n".join(lines)))
        heights = [LINE * (title.count("\n") + 1 + body.count("\n") + 1) + 0.12
                   for title, body in texts]
        tallest = max((sum(heights[i] + 0.08 for i in side) for side in (left, right) if side),
                      default=1.0)
        return texts, heights, tallest

    if names_per_group is None:
        # As many names as keep the figure on one A4 page at full text size (at least 4).
        names_per_group = 40
        texts, heights, side_height = labels(names_per_group)
        while side_height > PAGE_HEIGHT - 1.2 and names_per_group > 4:
            names_per_group = max(4, int(names_per_group * 0.75))
            texts, heights, side_height = labels(names_per_group)
    else:
        texts, heights, side_height = labels(names_per_group)

    width = PAGE_WIDTH
    radius = 1.05
    centre_x = width / 2
    label_gap = 0.28
    plot_height = max(2 * radius + 1.0, side_height + 0.2)
    legend_height = 0.9
    height = plot_height + legend_height
    figure = new_figure(width, height)
    axes = figure.add_axes((0.0, legend_height / height, 1.0, plot_height / height))
    axes.set_axis_off()
    axes.set_xlim(0, width)
    axes.set_ylim(0, plot_height)
    centre_y = plot_height / 2
    point = [(centre_x + radius * math.cos(a), centre_y + radius * math.sin(a)) for a in angles]
    sizes = [len(group.members) for group in groups]
    most = max(sizes, default=1)

    lines, colours, line_widths = [], [], []
    for (a, b), values in sorted(between.items()):
        lines.append([point[a], point[b]])
        colours.append(cmap(norm(float(np.mean(values)))))
        line_widths.append(min(1.0 + 0.6 * len(values), 9.0))
    if lines:
        axes.add_collection(LineCollection(lines, colors=colours, linewidths=line_widths,
                                           alpha=0.85, zorder=1, capstyle="round"))
    axes.scatter([p[0] for p in point], [p[1] for p in point],
                 s=[120 + 900 * size / most for size in sizes],
                 c=[cmap(norm(float(np.mean(inside[i])))) if inside[i] else "#d9dee4"
                    for i in range(len(groups))],
                 edgecolors="#444444", linewidths=0.8, zorder=2)
    for index, size in enumerate(sizes):
        axes.text(point[index][0], point[index][1], t.number(size), ha="center", va="center",
                  fontsize=FONT, fontweight="bold", zorder=3)

    for side, x, align in ((right, centre_x + radius + label_gap, "left"),
                           (left, centre_x - radius - label_gap, "right")):
        if not side:
            continue
        order = sorted(side, key=lambda i: -point[i][1])
        wanted = [plot_height - point[i][1] for i in order]
        downs = _spread_sizes(wanted, [heights[i] + 0.08 for i in order], 0.05,
                              plot_height - 0.05)
        for i, down in zip(order, downs, strict=True):
            title, body = texts[i]
            top = plot_height - down + heights[i] / 2
            axes.text(x, top - 0.04, title, ha=align, va="top", fontsize=FONT,
                      fontweight="bold", zorder=3, linespacing=1.1)
            title_height = LINE * (title.count("\n") + 1) + 0.02
            axes.text(x, top - 0.04 - title_height, body, ha=align, va="top", fontsize=FONT,
                      linespacing=1.1, zorder=3, color="#222222")
            anchor_y = plot_height - down
            axes.plot([point[i][0], x + (-0.05 if align == "left" else 0.05)],
                      [point[i][1], anchor_y], color="#bbbbbb", linewidth=0.6, zorder=0)

    style_handles = [
        Line2D([], [], color="#444444", linewidth=2.5, label=say(t, "group_link")),
        Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor="#d9dee4",
               markeredgecolor="#444444", label=say(t, "group_node")),
    ]
    figure.legend(handles=style_handles, loc="lower left", bbox_to_anchor=(0.02, 0.0),
                  frameon=False, fontsize=FONT)
    mappable = matplotlib.cm.ScalarMappable(norm=norm, cmap=cmap)
    colorbar_axes = figure.add_axes((0.62, 0.45 * legend_height / height, 0.33,
                                     0.12 / height))
    colorbar = figure.colorbar(mappable, cax=colorbar_axes, orientation="horizontal")
    colorbar.set_label(say(t, "pair_trust"), fontsize=FONT)
    colorbar.ax.tick_params(labelsize=FONT)
    caption = say(t, "trust_network_caption", when=when)
    return ReportFigure(fig_id, say(t, "trust_network"), caption, figure)


# --- 4 cluster trust over phases -----------------------------------------------------------


def _initiative_mean(snapshot: TrustSnapshot, actor_count: int) -> float:
    known = list(snapshot.initiative.values())
    missing = max(actor_count - len(known), 0)
    return (sum(known) + missing * snapshot.prior_mean) / max(len(known) + missing, 1)


def trust_phases_figure(
    roadmap: RoadmapResult, actor_count: int, t: Translator, *, fig_id: str = "fig-trust-phases"
) -> ReportFigure:
    """Draw cluster trust after each phase: the typical run (median) and the 10-90 % band.

    With Monte Carlo runs the figure shows their median and band, never one random run (which
    may lie outside the band and would be read as the forecast); without, the one simulated
    run, labelled as such. The mean trust in the initiative of that run is drawn thin and
    explained in the caption.
    """
    figure = new_figure(PAGE_WIDTH, 3.9)
    axes = figure.add_axes((0.1, 0.14, 0.62, 0.8))
    phases = roadmap.phases
    start = phases[0].plan.trust_before if phases else None
    # The first point is the trust before the roadmap's first phase (after a ledger's phases).
    start_x = phases[0].plan.phase - 1 if phases else 0
    xs = [start_x] + [phase.plan.phase for phase in phases]
    run = ([start.mean] if start else []) + [phase.trust_after.mean for phase in phases]
    initiative = ([_initiative_mean(start, actor_count)] if start else []) + [
        _initiative_mean(phase.trust_after, actor_count) for phase in phases
    ]
    values = list(initiative)
    if roadmap.monte_carlo:
        carlo = sorted(roadmap.monte_carlo, key=lambda item: item.phase)
        band_x = [start_x] + [item.phase for item in carlo]
        first = run[0] if run else carlo[0].cluster_trust.q50
        low = [first] + [item.cluster_trust.q10 for item in carlo]
        high = [first] + [item.cluster_trust.q90 for item in carlo]
        median = [first] + [item.cluster_trust.q50 for item in carlo]
        if any(h - lo > 0.005 for lo, h in zip(low, high, strict=True)):
            axes.fill_between(band_x, low, high, color="#9ecae1", alpha=0.55, linewidth=0,
                              label=say(t, "band"))
        axes.plot(band_x, median, color="#08519c", linewidth=2.2, marker="o", markersize=4,
                  label=say(t, "median"))
        values += low + high
        caption = say(t, "trust_phases_caption", runs=roadmap.replications)
    else:
        if run:
            axes.plot(xs[: len(run)], run, color="#08519c", linewidth=2.0, marker="o",
                      markersize=4, label=say(t, "one_run"))
        values += run
        caption = say(t, "trust_phases_caption_single")
    if run:
        axes.plot(xs[: len(initiative)], initiative, color="#e6550d", linewidth=1.2,
                  linestyle=":", marker=".", label=say(t, "initiative_trust"))
    caption += " " + say(t, "initiative_explained")
    axes.set_xlabel(say(t, "phase_axis"), fontsize=FONT + 1)
    axes.set_ylabel(say(t, "trust_axis"), fontsize=FONT + 1)
    axes.set_xticks(xs, [say(t, "today") if x == 0 else t.number(x) for x in xs])
    axes.tick_params(labelsize=FONT + 1)
    if values:
        low_y, high_y = min(values), max(values)
        margin = max(0.03, 0.1 * (high_y - low_y))
        axes.set_ylim(max(0.0, low_y - margin), min(1.0, high_y + margin))
    axes.yaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda value, _: t.number(value, 2))
    )
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    handles, names = axes.get_legend_handles_labels()
    figure.legend(handles, [wrap_all(name, 26) for name in names], loc="upper left",
                  bbox_to_anchor=(0.74, 0.94), frameon=False, fontsize=FONT)
    return ReportFigure(fig_id, say(t, "trust_phases"), caption, figure)


# --- 5 roadmap timeline --------------------------------------------------------------------

SIMULATED_MARKS: dict[str, str] = {"success": "\u2714", "failure": "\u2718",
                                   "cancelled": "\u2013"}
"""Mark of a simulated outcome (grey, in a dashed ring: a simulation, not a forecast)."""


def roadmap_figure(
    roadmap: RoadmapResult,
    t: Translator,
    *,
    recommended: int | None = None,
    fig_id: str = "fig-roadmap",
    max_rows: int = 14,
) -> ReportFigure:
    """Draw the roadmap: one column per phase, one box per project coloured by ambition.

    The recommended phase is marked as the recommendation and its projects carry no outcome
    mark (what will happen is not known). Phases recorded in a ledger show the recorded
    outcome; the phases after the recommendation are one simulated continuation, marked as
    simulated, with grey marks that no reader takes for a forecast. Phases with more than
    ``max_rows`` projects show the first ones and a "+ N more" line.
    """
    phases = roadmap.phases
    columns = max(len(phases), 1)
    rows = max([min(len(phase.plan.projects), max_rows + 1) for phase in phases] or [1])
    rows = max(rows, 1)
    # Up to four phases fit the page at full text size; more phases widen the canvas.
    width = PAGE_WIDTH if columns <= 4 else 1.75 * columns
    column_width = width / columns
    # Box text is a little smaller than the rest (still above 7 pt on paper): long German
    # words such as "Betriebsbesichtigungen" fit a line.
    box_font = FONT - 0.5
    chars = _chars(column_width - 0.1 - 0.07 - 0.36, box_font)
    labels = {}
    for phase in phases:
        for project in phase.plan.projects:
            labels[(phase.plan.phase, project.id)] = wrap_all(project.label, chars)
    most_lines = max((label.count("\n") + 1 for label in labels.values()), default=1)
    box = LINE * box_font / FONT * (most_lines + 1) + 0.14
    header = 0.62
    legend_height = 0.75
    plot_height = header + rows * (box + 0.08)
    height = plot_height + legend_height
    figure = new_figure(width, height)
    axes = figure.add_axes((0.0, legend_height / height, 1.0, plot_height / height))
    axes.set_axis_off()
    axes.set_xlim(0, width)
    axes.set_ylim(plot_height, 0)
    seen: set[str] = set()
    for column, phase in enumerate(phases):
        number = phase.plan.phase
        left = column * column_width
        recorded = bool(phase.outcomes) and all(o.source == "recorded" for o in phase.outcomes)
        if number == recommended:
            state = "recommended"
        elif recorded:
            state = "recorded"
        elif recommended is not None and number > recommended:
            state = "simulated"
        else:
            state = "simulated" if phase.outcomes else "planned"
        seen.add(state)
        axes.text(left + column_width / 2, 0.2, say(t, "phase", phase=number), ha="center",
                  va="center", fontsize=FONT + 1, fontweight="bold")
        axes.text(left + column_width / 2, 0.42, say(t, f"column_{state}"), ha="center",
                  va="center", fontsize=FONT,
                  color="#08519c" if state == "recommended" else "#555555",
                  style="normal" if state == "recommended" else "italic")
        outcome = {item.project: item for item in phase.outcomes}
        projects = sorted(phase.plan.projects, key=lambda p: (-p.ambition, p.label, p.id))
        if not projects:
            axes.text(left + column_width / 2, header + box / 2, say(t, "no_projects"),
                      ha="center", va="center", fontsize=FONT, color="#777777", style="italic")
        shown = projects if len(projects) <= max_rows + 1 else projects[:max_rows]
        for row, project in enumerate(shown):
            level = min(max(project.ambition, 1), 4)
            top = header + row * (box + 0.08)
            axes.add_patch(FancyBboxPatch(
                (left + 0.05, top), column_width - 0.1, box,
                boxstyle="round,pad=0,rounding_size=0.08",
                facecolor=AMBITION_COLOURS[level - 1],
                edgecolor="#08519c" if state == "recommended" else "white",
                linewidth=1.4 if state == "recommended" else 1.0,
            ))
            detail = say(t, "participants", count=len(project.participants))
            axes.text(left + 0.12, top + box / 2,
                      f"{labels[(number, project.id)]}\n{detail}", ha="left", va="center",
                      fontsize=box_font, color=AMBITION_TEXT[level - 1], linespacing=1.1)
            item = outcome.get(project.id)
            if item is None or state == "recommended":
                continue
            mark_x, mark_y = left + column_width - 0.2, top + box / 2
            if item.source == "recorded":
                mark, colour = OUTCOME_MARKS[item.result]
                axes.text(mark_x, mark_y, mark, ha="center", va="center", fontsize=FONT + 3,
                          color=colour, fontweight="bold",
                          bbox={"boxstyle": "circle,pad=0.12", "facecolor": "white",
                                "edgecolor": "none"})
                seen.add(f"recorded_{item.result}")
            else:
                axes.text(mark_x, mark_y, SIMULATED_MARKS[item.result], ha="center",
                          va="center", fontsize=FONT + 1, color="#555555",
                          bbox={"boxstyle": "circle,pad=0.18", "facecolor": "white",
                                "edgecolor": "#888888", "linestyle": (0, (2, 1.5)),
                                "linewidth": 0.7})
                seen.add(f"simulated_{item.result}")
        if len(shown) < len(projects):
            axes.text(left + column_width / 2, header + len(shown) * (box + 0.08) + box / 2,
                      say(t, "more_projects", count=len(projects) - len(shown)),
                      ha="center", va="center", fontsize=FONT, color="#555555")
    levels = sorted({min(max(p.ambition, 1), 4) for ph in phases for p in ph.plan.projects})
    handles: list[Artist] = [
        Patch(facecolor=AMBITION_COLOURS[level - 1], label=f"{level}: {t.ambition(level)}")
        for level in levels
    ]
    for result in OUTCOME_MARKS:
        if f"recorded_{result}" in seen:
            handles.append(Line2D([], [], linestyle="none", label=say(
                t, "recorded_mark", mark=OUTCOME_MARKS[result][0], outcome=t.outcome(result))))
        if f"simulated_{result}" in seen:
            handles.append(Line2D([], [], linestyle="none", label=say(
                t, "simulated_mark", mark=SIMULATED_MARKS[result], outcome=t.outcome(result))))
    if handles:
        figure.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4),
                      frameon=False, fontsize=FONT, handlelength=1.2, handletextpad=0.3,
                      columnspacing=1.0)
    caption = say(t, "roadmap_caption")
    if "simulated" in seen:
        caption += " " + say(t, "roadmap_caption_simulated")
    return ReportFigure(fig_id, say(t, "roadmap"), caption, figure)


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
    names = [("final_trust", "final_trust"), ("total_cost", "total_cost"),
             ("succeeded", "succeeded")]
    strategies = sorted({s for metric in metrics.values() for s in metric})
    # Wider than the page only when many strategies are compared (then the text shrinks).
    width = max(PAGE_WIDTH, 0.55 * len(strategies) * 3 + 1.0)
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
        axes.set_title(say(t, label), fontsize=FONT + 1)
        axes.tick_params(axis="x", labelrotation=30, labelsize=FONT)
        axes.tick_params(axis="y", labelsize=FONT)
        for tick in axes.get_xticklabels():
            tick.set_horizontalalignment("right")
        axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    figure.tight_layout()
    return ReportFigure(fig_id, say(t, "batch"), say(t, "batch_caption", runs=runs), figure)
