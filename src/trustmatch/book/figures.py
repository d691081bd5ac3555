"""Figures of the book: the network per phase (small multiples) and a line chart per measure.

Drawn with the report's matplotlib settings and exported like the report's own figures
(:class:`trustmatch.report.figures.ReportFigure`), so the report shows them inline (HTML) or as
PNG files (Markdown).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from trustmatch.book.network import NetworkMetrics
from trustmatch.i18n import Messages
from trustmatch.scenario.models import Scenario

PANEL_INCHES = 2.6
"""Width and height of one phase's panel."""

MAX_PANELS = 8
"""At most this many phases are drawn (the first and the latest ones)."""


def _layout(scenario: Scenario, metrics: Sequence[NetworkMetrics]) -> dict[str, tuple]:
    import networkx as nx

    # One layout for every panel, computed on all ties that ever exist, so that a member stays
    # in the same place from phase to phase and the growth is visible.
    # Members who never work with anyone would be pushed far out and squeeze the rest: they
    # stand in a row below the network instead.
    graph = nx.Graph()
    for item in metrics:
        graph.add_edges_from(item.edges)
    positions = {}
    if graph.number_of_nodes():
        positions = nx.spring_layout(
            graph, seed=7, k=1.8 / math.sqrt(max(2, graph.number_of_nodes()))
        )
    alone = [actor.id for actor in scenario.actors if actor.id not in positions]
    for index, actor_id in enumerate(alone):
        positions[actor_id] = (-1.0 + 2.0 * (index + 0.5) / len(alone), -1.35)
    return positions


def network_panels_figure(
    scenario: Scenario, metrics: Sequence[NetworkMetrics], say: Messages
):
    """Return the network after each phase, one small panel per phase (a ReportFigure)."""
    from trustmatch.report.figures import KIND_COLOURS, ReportFigure, new_figure

    shown = list(metrics)
    if len(shown) > MAX_PANELS:
        shown = shown[:2] + shown[-(MAX_PANELS - 2):]
    columns = min(4, len(shown))
    rows = math.ceil(len(shown) / columns)
    figure = new_figure(PANEL_INCHES * columns, PANEL_INCHES * rows + 0.5)
    positions = _layout(scenario, metrics)
    kinds = {actor.id: actor.kind for actor in scenario.actors}
    size = max(10.0, 160.0 / math.sqrt(max(1, len(scenario.actors))))
    for index, item in enumerate(shown):
        axes = figure.add_subplot(rows, columns, index + 1)
        for a, b in item.edges:
            (xa, ya), (xb, yb) = positions[a], positions[b]
            axes.plot([xa, xb], [ya, yb], color="#8a8a8a", linewidth=0.6, alpha=0.7,
                      linestyle="--" if item.source == "simulated" else "-", zorder=1)
        isolated = set(item.isolated)
        for actor_id, (x, y) in positions.items():
            axes.scatter([x], [y], s=size, color=KIND_COLOURS[kinds[actor_id]],
                         edgecolors="#c62828" if actor_id in isolated else "white",
                         linewidths=1.4 if actor_id in isolated else 0.6, zorder=2)
        if item.phase == 0:
            title = say("book.fig_panel_before")
        elif item.source == "simulated":
            title = say("book.fig_panel_simulated", phase=item.phase)
        else:
            title = say("book.fig_panel_phase", phase=item.phase)
        axes.set_title(title + "\n" + say("book.fig_panel_counts", ties=item.ties,
                                          isolated=len(item.isolated)), fontsize=8)
        axes.set_xticks([])
        axes.set_yticks([])
        axes.set_xlim(-1.15, 1.15)
        axes.set_ylim(-1.5, 1.15)
        for spine in axes.spines.values():
            spine.set_visible(False)
    from matplotlib.lines import Line2D

    present = sorted(set(kinds.values()), key=list(KIND_COLOURS).index)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=KIND_COLOURS[k], label=say("book.kind_" + k))
        for k in present
    ]
    figure.legend(handles=handles, loc="lower center", ncol=min(4, len(handles)), fontsize=8,
                  frameon=False)
    figure.subplots_adjust(bottom=0.5 / (PANEL_INCHES * rows + 0.5) + 0.08)
    return ReportFigure(
        "fig-network-phases",
        say("book.fig_panels_title"),
        say("book.fig_panels_caption"),
        figure,
    )


MEASURES: tuple[str, ...] = ("density", "largest_part_share", "mean_trust",
                             "degree_centralisation")
"""The measures drawn as lines, each between 0 and 1."""


def network_lines_figure(metrics: Sequence[NetworkMetrics], say: Messages):
    """Return one line chart per network measure over the phases (a ReportFigure)."""
    from trustmatch.report.figures import ReportFigure, new_figure

    figure = new_figure(8.0, 2.4)
    phases = [item.phase for item in metrics]
    recorded = [i for i, item in enumerate(metrics) if item.source != "simulated"]
    last_recorded = recorded[-1] if recorded else 0
    for index, measure in enumerate(MEASURES):
        axes = figure.add_subplot(1, len(MEASURES), index + 1)
        values = [getattr(item, measure) for item in metrics]
        axes.plot(phases[: last_recorded + 1], values[: last_recorded + 1], marker="o",
                  color="#2171b5", linewidth=1.5)
        if last_recorded < len(metrics) - 1:
            axes.plot(phases[last_recorded:], values[last_recorded:], marker="o",
                      color="#2171b5", linestyle="--", alpha=0.6)
        axes.set_title(say("book.fig_measure_" + measure), fontsize=8)
        axes.set_xticks(phases)
        axes.set_xticklabels([say("book.phase_before") if p == 0 else str(p) for p in phases],
                             fontsize=7)
        axes.set_ylim(0, 1)
        axes.set_xlabel(say("book.col_phase"), fontsize=7)
    if last_recorded < len(metrics) - 1:
        from matplotlib.lines import Line2D

        figure.legend(
            handles=[
                Line2D([], [], color="#2171b5", marker="o", label=say("book.fig_recorded_legend")),
                Line2D([], [], color="#2171b5", marker="o", linestyle="--", alpha=0.6,
                       label=say("book.fig_simulated_legend")),
            ],
            loc="lower center", ncol=2, fontsize=8, frameon=False,
        )
        figure.tight_layout(rect=(0, 0.1, 1, 1))
    else:
        figure.tight_layout()
    return ReportFigure(
        "fig-network-measures",
        say("book.fig_lines_title"),
        say("book.fig_lines_caption"),
        figure,
    )
