"""The report's section on what trust unlocked, the trust paths and members without contact."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import escape

from trustmatch import load_scenario
from trustmatch.report import render_report
from trustmatch.roadmap import roadmap

FIXTURES = Path(__file__).resolve().parents[1] / "trust_path_fixtures"
MINI = FIXTURES / "mini.yaml"
LEDGER = FIXTURES / "two-workshops.yaml"


@pytest.fixture(scope="module")
def mini():
    """The roadmap of phases 3 and 4 after two recorded successful workshops of A, B and C."""
    loaded = load_scenario(MINI)
    return loaded, roadmap(loaded, phases=2, replications=2, ledger=LEDGER)


@pytest.fixture(scope="module")
def fresh():
    """The roadmap of phases 1 and 2 from the prior."""
    loaded = load_scenario(MINI)
    return loaded, roadmap(loaded, phases=2)


def section(html: str) -> str:
    return html[html.index('id="trust-path"'):html.index('id="figures"')]


def test_the_report_says_what_trust_unlocked_and_what_it_still_takes(mini, fresh):
    loaded, result = mini
    html = render_report(loaded, roadmap=result, date="2026-11-27").text
    assert '<a href="#trust-path">What trust has unlocked, and what it still takes</a>' in html
    part = section(html)
    for phase in (3, 4):
        assert f"<h3>What trust allows (phase {phase})</h3>" in part
    # The recorded workshops unlock Joint R&D for phase 3 (0.65 >= 0.6), against phase 1.
    assert "<p>Newly possible (trust did not allow it at the start of phase 1):</p>" in part
    assert escape(
        "Joint R&D on 'Joint research on coatings' (ambition 3): now possible for Alpha GmbH, "
        "Beta AG and Gamma KG."
    ) in part
    # The members without contact are judged after the ledger: Alpha, Beta and Gamma met.
    assert "Kappa Holz may take part in no project" in part
    assert "Alpha GmbH may" not in part
    # From the prior: two successful ambition-1 projects needed (x >= 1.5).
    loaded, result = fresh
    part = section(render_report(loaded, roadmap=result, date="2026-11-27").text)
    assert escape(
        "Joint R&D on 'Joint research on coatings' (ambition 3): needs trust 0.60 among 3 of the "
        "6 interested members. Closest: Alpha GmbH, Beta AG and Delta Werkstatt, who need 2 more "
        "successful joint projects of ambition 1 together (or 1 of ambition 2)."
    ) in part
    assert "Members without a joint project (phases 1–2)" in part


def test_german_and_markdown_reports_carry_the_same_section(mini, tmp_path):
    loaded, result = mini
    html = render_report(loaded, roadmap=result, lang="de", date="2026-11-27").text
    part = section(html)
    assert "Was das Vertrauen möglich gemacht hat und was noch fehlt" in part
    assert "<h3>Was das Vertrauen erlaubt (Phase 3)</h3>" in part
    assert "jetzt möglich für Alpha GmbH, Beta AG und Gamma KG" in part
    assert "Mitglieder ohne gemeinsames Projekt (Phase 3)" in part
    for english in ("What trust", "Closest", "needs trust", "ambition"):
        assert english not in part
    out = tmp_path / "report.md"
    render_report(loaded, roadmap=result, output=out, date="2026-11-27")
    markdown = out.read_text(encoding="utf-8")
    assert "## What trust has unlocked, and what it still takes" in markdown
    assert "### What trust allows (phase 4)" in markdown
    # (Markdown output escapes HTML characters, as everywhere in the Markdown report.)
    assert "- Joint R&amp;D on 'Joint research on coatings' (ambition 3): now possible" in markdown
