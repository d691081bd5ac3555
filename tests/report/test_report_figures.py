"""The figures: readable member labels at 15 and at 80 members, SVG export safe for inlining."""

from __future__ import annotations

import re
from itertools import combinations

import numpy as np
import pytest

from trustmatch.report import figures
from trustmatch.report.i18n import Translator
from trustmatch.results import Statement, Theme
from trustmatch.scenario import scenario_from_dict
from trustmatch.scenario.competition import competitor_pairs
from trustmatch.synthetic import generate_scenario
from trustmatch.trust import initial_trust


def tagged_themes(scenario) -> list[Theme]:
    """One theme per catalogue need, as the needs step makes them for tagged needs."""
    catalogue = {need.id: need for need in scenario.needs}
    weights: dict[str, dict[str, float]] = {}
    statements: dict[str, list[Statement]] = {}
    for actor in scenario.actors:
        for need in actor.needs:
            if need.need is None:
                continue
            weights.setdefault(need.need, {})
            weights[need.need][actor.id] = weights[need.need].get(actor.id, 0.0) + need.weight
            statements.setdefault(need.need, []).append(
                Statement(actor=actor.id, text=catalogue[need.need].label)
            )
    return [
        Theme(id=need_id, label=catalogue[need_id].label, needs=[need_id],
              sensitivity=catalogue[need_id].sensitivity, statements=statements[need_id],
              actors=weights[need_id])
        for need_id in sorted(weights)
    ]


def overlapping_labels(figure, texts) -> list[tuple[str, str]]:
    renderer = figure.canvas.get_renderer()
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in texts]
    return [
        (a, b) for (a, box_a), (b, box_b) in combinations(boxes, 2) if box_a.overlaps(box_b)
    ]


@pytest.mark.parametrize("members", [15, 80])
def test_member_labels_of_the_need_graph_do_not_collide(members):
    scenario = scenario_from_dict(generate_scenario(members, seed=5))
    themes = tagged_themes(scenario)
    t = Translator("en")
    with figures.report_style():
        item = figures.actor_need_figure(scenario.actors, themes, t)
        item.figure.canvas.draw()
        axes = item.figure.axes[0]
        names = {figures.shorten(actor.name, 34) for actor in scenario.actors} | {
            figures.shorten(actor.name, 30) for actor in scenario.actors
        }
        member_labels = [text for text in axes.texts if text.get_text() in names]
        theme_labels = [text for text in axes.texts if text not in member_labels]
    assert len(member_labels) == members
    assert overlapping_labels(item.figure, member_labels) == []
    assert overlapping_labels(item.figure, theme_labels) == []
    # Labels stay at least 6.5 pt high, and the canvas grows instead of shrinking the text.
    assert min(text.get_fontsize() for text in member_labels) >= 6.5
    if members == 80:
        assert item.figure.get_size_inches()[1] > 8


def rotated_box(text, renderer) -> np.ndarray:
    """Corners (display units) of a label rotated about its anchor (rotation_mode anchor)."""
    angle = np.radians(text.get_rotation())
    rotation = text.get_rotation()
    text.set_rotation(0)
    extent = text.get_window_extent(renderer)
    text.set_rotation(rotation)
    width, height = extent.width, extent.height
    anchor = text.get_transform().transform(text.get_position())
    along = np.array([np.cos(angle), np.sin(angle)])
    across = np.array([-np.sin(angle), np.cos(angle)])
    start, end = (0.0, width) if text.get_horizontalalignment() == "left" else (-width, 0.0)
    return np.array([anchor + a * along + b * across
                     for a, b in ((start, -height / 2), (end, -height / 2),
                                  (end, height / 2), (start, height / 2))])


def boxes_overlap(first: np.ndarray, second: np.ndarray) -> bool:
    """Separating-axis test of two convex quadrilaterals."""
    for box in (first, second):
        for index in range(4):
            edge = box[(index + 1) % 4] - box[index]
            axis = np.array([-edge[1], edge[0]])
            a, b = first @ axis, second @ axis
            if a.max() <= b.min() or b.max() <= a.min():
                return False
    return True


@pytest.mark.parametrize("members", [15, 80])
def test_trust_network_labels_do_not_collide(members):
    scenario = scenario_from_dict(generate_scenario(members, seed=5))
    themes = tagged_themes(scenario)
    trust = initial_trust(scenario)
    with figures.report_style():
        item = figures.trust_network_figure(
            scenario.actors, themes, competitor_pairs(scenario), trust.snapshot(),
            Translator("de"), when="heute",
        )
        item.figure.canvas.draw()
        texts = [text for text in item.figure.axes[0].texts]
        renderer = item.figure.canvas.get_renderer()
        boxes = [(text.get_text(), rotated_box(text, renderer)) for text in texts]
    assert len(texts) == members
    assert [(a, b) for (a, box_a), (b, box_b) in combinations(boxes, 2)
            if boxes_overlap(box_a, box_b)] == []


def test_competitors_sit_next_to_each_other_on_the_circle():
    scenario = scenario_from_dict(generate_scenario(40, seed=2))
    pairs = competitor_pairs(scenario)
    order = [actor.id for actor in figures.circle_order(scenario.actors, pairs)]
    position = {actor: index for index, actor in enumerate(order)}
    assert sorted(order) == sorted(actor.id for actor in scenario.actors)
    distances = [min(abs(position[a] - position[b]), 40 - abs(position[a] - position[b]))
                 for a, b in pairs]
    # Competitor groups are contiguous, so the mean chord spans a small part of the circle.
    assert sum(distances) / len(distances) < 8


def test_svg_export_is_inline_ready_with_unique_ids_and_escaped_text():
    scenario = scenario_from_dict(generate_scenario(12, seed=1))
    themes = tagged_themes(scenario)
    name = '$x$ <script>alert(1)</script> & "Co"'
    hostile = scenario.actors[0].model_copy(update={"name": name})
    actors = [hostile, *scenario.actors[1:]]
    t = Translator("en")
    with figures.report_style():
        svgs = [
            figures.export_svg(figures.actor_need_figure(actors, themes, t)),
            figures.export_svg(figures.theme_overlap_figure(themes, t)),
        ]
    ids = []
    for svg, expected in zip(svgs, ["fig-actor-needs", "fig-theme-overlap"], strict=True):
        assert svg.startswith(f'<svg id="{expected}" role="img" aria-label="')
        assert "<?xml" not in svg and "<!DOCTYPE" not in svg
        found = re.findall(r'\bid="([^"]+)"', svg)
        assert all(value == expected or value.startswith(expected + "-") for value in found)
        ids += found
    assert len(ids) == len(set(ids))
    assert "<script>" not in svgs[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in svgs[0]
    # Math text is off: the dollar signs stay in the text.
    assert "$x$" in svgs[0]


def test_overlap_matrix_counts_shared_members():
    themes = [
        Theme(id="a", label="A", needs=[], statements=[], actors={"x": 1, "y": 1, "z": 1}),
        Theme(id="b", label="B", needs=[], statements=[], actors={"y": 2, "z": 1}),
        Theme(id="c", label="C", needs=[], statements=[], actors={"w": 1}),
    ]
    assert figures.overlap_matrix(themes).tolist() == [[3, 2, 0], [2, 2, 0], [0, 0, 1]]
