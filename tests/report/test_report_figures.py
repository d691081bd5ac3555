"""The figures: full names, readable at 15, 80 and 200 members and on A4, SVG safe for inlining."""

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


LONG_NAME = "Handwerkskammer Freiburg (Bezirk Hochschwarzwald) und Umgebung e.V."
"""A member name far longer than a label line: it must be wrapped, never cut."""


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("members", [15, 80])
def test_need_graph_shows_full_names_wrapped_without_collisions(members):
    scenario = scenario_from_dict(generate_scenario(members, seed=5))
    actors = [scenario.actors[0].model_copy(update={"name": LONG_NAME}), *scenario.actors[1:]]
    themes = tagged_themes(scenario)
    t = Translator("en")
    with figures.report_style():
        item = figures.actor_need_figure(actors, themes, t)
        item.figure.canvas.draw()
        axes = item.figure.axes[0]
        names = {actor.name for actor in actors}
        member_labels = [text for text in axes.texts if flat(text.get_text()) in names]
        theme_labels = [text for text in axes.texts if text not in member_labels]
    assert sorted(flat(text.get_text()) for text in member_labels) == sorted(
        actor.name for actor in actors)
    long_label = next(text for text in member_labels if flat(text.get_text()) == LONG_NAME)
    assert "\n" in long_label.get_text()  # wrapped, and (above) complete
    assert overlapping_labels(item.figure, member_labels) == []
    assert overlapping_labels(item.figure, theme_labels) == []
    # Page width and at least 8 pt: printed on A4 the text stays readable (>= 7 pt).
    assert item.figure.get_size_inches()[0] == pytest.approx(figures.PAGE_WIDTH)
    assert min(text.get_fontsize() for text in axes.texts) >= figures.FONT
    if members == 80:
        assert item.figure.get_size_inches()[1] > 8


def test_overlap_matrix_names_each_theme_once_in_full():
    label = "Finding apprentices and skilled carpenters, joiners and sawyers in the region"
    themes = [
        Theme(id="a", label=label, needs=[], statements=[], actors={"x": 1, "y": 1, "z": 1}),
        Theme(id="b", label="B", needs=[], statements=[], actors={"y": 2, "z": 1}),
    ]
    with figures.report_style():
        item = figures.theme_overlap_figure(themes, Translator("en"))
        item.figure.canvas.draw()
        axes = item.figure.axes[0]
        rows = [flat(tick.get_text()) for tick in axes.get_yticklabels()]
        columns = [tick.get_text() for tick in axes.get_xticklabels()]
    assert rows == [f"1. {label}", "2. B"]
    assert columns == ["1", "2"]
    assert item.figure.get_size_inches()[0] <= figures.PAGE_WIDTH + 0.01


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


@pytest.mark.parametrize("members", [15, 200])
def test_grouped_network_stays_readable_up_to_200_members(members):
    scenario = scenario_from_dict(generate_scenario(members, seed=5))
    themes = tagged_themes(scenario)
    trust = initial_trust(scenario)
    pairs = competitor_pairs(scenario)
    t = Translator("de")
    with figures.report_style():
        item = figures.trust_network_figure(
            scenario.actors, themes, pairs, trust.snapshot(), t, when="heute",
        )
        item.figure.canvas.draw()
        texts = [text for text in item.figure.axes[0].texts]
        renderer = item.figure.canvas.get_renderer()
        canvas = item.figure.bbox
        outside = [text.get_text() for text in texts
                   if not canvas.contains(*text.get_window_extent(renderer).min)
                   or not canvas.contains(*text.get_window_extent(renderer).max)]
    assert overlapping_labels(item.figure, texts) == []
    assert outside == []
    assert min(text.get_fontsize() for text in texts) >= figures.FONT
    assert item.figure.get_size_inches()[0] == pytest.approx(figures.PAGE_WIDTH)
    # One node per group, not one label per member; every member is in exactly one group,
    # and competitors share their group.
    groups = figures.member_groups(scenario.actors, pairs, t)
    assert len(groups) < 20
    grouped = [actor.id for group in groups for actor in group.members]
    assert sorted(grouped) == sorted(actor.id for actor in scenario.actors)
    group_of = {actor.id: index for index, group in enumerate(groups) for actor in group.members}
    assert all(group_of[a] == group_of[b] for a, b in pairs)
    written = flat("\n".join(text.get_text() for text in texts))
    named = sum(1 for actor in scenario.actors if flat(actor.name) in written)
    counted = sum(int(n) for n in re.findall(r"und (\d+) weitere Mitglieder", written))
    counted += written.count("und 1 weiteres Mitglied")
    assert named + counted >= members
    if members == 15:
        assert named == members  # a small cluster: every name, in full


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
    # The name may be wrapped over two lines; each part is escaped text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svgs[0]
    assert "&amp; &#34;Co&#34;" in svgs[0] or "&amp; \"Co\"" in svgs[0]
    # Math text is off: the dollar signs stay in the text.
    assert "$x$" in svgs[0]


def test_overlap_matrix_counts_shared_members():
    themes = [
        Theme(id="a", label="A", needs=[], statements=[], actors={"x": 1, "y": 1, "z": 1}),
        Theme(id="b", label="B", needs=[], statements=[], actors={"y": 2, "z": 1}),
        Theme(id="c", label="C", needs=[], statements=[], actors={"w": 1}),
    ]
    assert figures.overlap_matrix(themes).tolist() == [[3, 2, 0], [2, 2, 0], [0, 0, 1]]


def test_roadmap_marks_no_outcome_on_the_recommendation_and_simulated_ones_as_simulated(
    hostile_roadmap,
):
    t = Translator("en")
    first = hostile_roadmap.phases[0].plan.phase
    with figures.report_style():
        item = figures.roadmap_figure(hostile_roadmap, t, recommended=first)
        item.figure.canvas.draw()
        axes = item.figure.axes[0]
        column_width = item.figure.get_size_inches()[0] / len(hostile_roadmap.phases)
        first_column = [text.get_text() for text in axes.texts
                        if text.get_position()[0] < column_width]
        marks = [text for text in axes.texts if text.get_text() in ("\u2714", "\u2718")]
        legend = [text.get_text() for text in item.figure.legends[0].get_texts()]
    assert "recommended now" in first_column
    assert not any(mark in text for text in first_column for mark in ("\u2714", "\u2718"))
    later = sum(len(phase.outcomes) for phase in hostile_roadmap.phases[1:])
    assert later > 0 and len(marks) == later
    # Simulated outcomes are grey, never a red failure mark; the legend says "simulation".
    assert {text.get_color() for text in marks} == {"#555555"}
    assert any("in the simulation" in text for text in legend)
    assert "simulated continuation" in item.caption
    assert min(text.get_fontsize() for text in axes.texts) >= 7.5


def test_trust_figure_shows_the_typical_run_and_the_band_not_one_random_run(hostile_roadmap):
    t = Translator("de")
    with figures.report_style():
        item = figures.trust_phases_figure(hostile_roadmap, 5, t)
        labels = [text.get_text().replace("\n", " ")
                  for text in item.figure.legends[0].get_texts()]
    assert labels[0] == "10–90 % der simulierten Verläufe"
    assert "Typischer Verlauf (Median)" in labels
    assert not any("Fahrplan" in label for label in labels)
    assert "Vertrauen in die Clusterinitiative gibt an" in item.caption
    median = [line for line in item.figure.axes[0].get_lines()
              if line.get_label() == "Typischer Verlauf (Median)"][0]
    carlo = sorted(hostile_roadmap.monte_carlo, key=lambda m: m.phase)
    assert list(median.get_ydata()[1:]) == [m.cluster_trust.q50 for m in carlo]
