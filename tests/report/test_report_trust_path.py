"""The report's section on what trust unlocked, the trust paths and members without contact."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import escape

from trustmatch import load_scenario
from trustmatch.report import render_report
from trustmatch.roadmap import roadmap

MINI = Path(__file__).resolve().parents[1] / "trust_path_fixtures" / "mini.yaml"


@pytest.fixture(scope="module")
def mini():
    loaded = load_scenario(MINI)
    return loaded, roadmap(loaded, phases=3, replications=2)


def section(html: str) -> str:
    return html[html.index('id="trust-path"'):html.index('id="figures"')]


def test_the_report_says_what_trust_unlocked_and_what_it_still_takes(mini):
    loaded, result = mini
    html = render_report(loaded, roadmap=result, date="2026-11-27").text
    assert '<a href="#trust-path">What trust has unlocked, and what it still takes</a>' in html
    part = section(html)
    for phase in (1, 2, 3):
        assert f"<h3>What trust allows (phase {phase})</h3>" in part
    # Two successful workshops of the three (seed 7) unlock Joint R&D for phase 3.
    assert escape(
        "Joint R&D on 'Joint research on coatings' (ambition 3): now possible for Alpha GmbH, "
        "Beta AG and Gamma KG."
    ) in part
    # Phase 1: two successful ambition-1 projects needed (x >= 1.5), reached by the end of
    # phase 2 with the planned workshops (p = 0.95: (0.6 + 1.9) / 4 = 0.625).
    assert escape(
        "Closest: Alpha GmbH, Beta AG and Delta Werkstatt, who need 2 more successful joint "
        "projects of ambition 1 together (or 1 of ambition 2). With the planned joint projects, "
        "Alpha GmbH, Beta AG and Gamma KG get there by the end of phase 2 (expected outcomes)."
    ) in part
    assert "Members without a joint project (phases 1–2)" in part
    assert "Kappa Holz may take part in no project" in part


def test_german_and_markdown_reports_carry_the_same_section(mini, tmp_path):
    loaded, result = mini
    html = render_report(loaded, roadmap=result, lang="de", date="2026-11-27").text
    part = section(html)
    assert "Was das Vertrauen möglich gemacht hat und was noch fehlt" in part
    assert "<h3>Was das Vertrauen erlaubt (Phase 3)</h3>" in part
    assert "jetzt möglich für Alpha GmbH, Beta AG und Gamma KG" in part
    assert "Mitglieder ohne gemeinsames Projekt (Phasen 1–2)" in part
    for english in ("What trust", "Closest", "needs trust", "ambition"):
        assert english not in part
    out = tmp_path / "report.md"
    render_report(loaded, roadmap=result, output=out, date="2026-11-27")
    markdown = out.read_text(encoding="utf-8")
    assert "## What trust has unlocked, and what it still takes" in markdown
    assert "### What trust allows (phase 3)" in markdown
    # (Markdown output escapes HTML characters, as everywhere in the Markdown report.)
    assert "- Joint R&amp;D on 'Joint research on coatings' (ambition 3): now possible" in markdown
