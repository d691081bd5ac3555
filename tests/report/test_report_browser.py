"""The HTML report opened in a real headless Chromium, as a cluster manager would open it."""

from __future__ import annotations

import io
import json
import time

import matplotlib.image
import pytest
from report_fixtures import BUNDLED, HOSTILE_NAME, REPORT_DATE

from trustmatch.report import render_report
from trustmatch.scenario import load_scenario

pytestmark = pytest.mark.browser

FIGURES = ["fig-actor-needs", "fig-theme-overlap", "fig-trust-network", "fig-trust-phases",
           "fig-roadmap"]
"""Figures every report with a computed roadmap has, in order."""

MAX_BYTES = 5 * 1024 * 1024
"""The largest bundled scenario's report must stay below this size."""

MAX_RENDER_SECONDS = 10.0
"""... and render (figures and page, from its roadmap) in less than this. Computing the roadmap
is the planner's work and is not counted: its time depends on the solver (see the README)."""


def non_white_share(png: bytes) -> float:
    pixels = matplotlib.image.imread(io.BytesIO(png), format="png")[..., :3]
    return float((pixels.min(axis=2) < 0.94).mean())


FIGURE_WIDTHS = (
    "JSON.stringify(Array.from(document.querySelectorAll('figure svg[role=img]'))"
    ".map(s => [s.id, s.getAttribute('aria-label'), s.getBoundingClientRect().width]))"
)


def check_page(page, path, figures=FIGURES) -> None:
    """Open a report and check what a reader would see, on screen and with the print style."""
    page.open(path)
    page.settle()
    assert page.problems() == []
    svgs = json.loads(page.evaluate(FIGURE_WIDTHS))
    assert [item[0] for item in svgs] == figures
    # On screen the interactive network stands in for the static network figure ...
    assert all(len(label) > 20 and (width > 300 or name == "fig-trust-network")
               for name, label, width in svgs)
    assert page.evaluate("document.getElementById('network').hidden") is False
    assert page.evaluate("document.querySelectorAll('#network .node').length") > 0
    # ... and on paper the static figure is back and the interactive part and navigation go.
    page.emulate_print()
    assert all(width > 300 for _, _, width in json.loads(page.evaluate(FIGURE_WIDTHS)))
    assert page.evaluate("getComputedStyle(document.getElementById('network')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
    page.call("Emulation.setEmulatedMedia", {"media": ""}, session=True)
    # Self-contained: only the inline network script and its JSON data, no resources loaded
    # from anywhere, UTF-8 declared.
    scripts = json.loads(page.evaluate(
        "JSON.stringify(Array.from(document.scripts).map(s => [s.type, s.src]))"))
    assert scripts == [["application/json", ""], ["", ""]]
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert page.requests() == [path.resolve().as_uri()]
    assert non_white_share(page.screenshot()) > 0.03


@pytest.mark.parametrize("scenario", BUNDLED, ids=[path.stem for path in BUNDLED])
def test_every_bundled_scenario_renders_a_clean_page(browser, bundled_roadmap, scenario,
                                                    tmp_path):
    loaded, computed = bundled_roadmap(scenario)
    for lang in ("en", "de"):
        path = tmp_path / f"report-{lang}.html"
        render_report(loaded, roadmap=computed, lang=lang, output=path, date=REPORT_DATE)
        check_page(browser, path)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_hostile_names_appear_as_text_never_as_markup(browser, hostile_loaded, hostile_roadmap,
                                                      lang, tmp_path):
    path = tmp_path / "report.html"
    render_report(hostile_loaded, roadmap=hostile_roadmap, lang=lang, output=path,
                  date=REPORT_DATE)
    check_page(browser, path)  # includes: no dialog opened, no script element
    text = browser.evaluate("document.body.innerText")
    assert HOSTILE_NAME in text
    assert "Ελληνική Μηχανική Α.Ε." in text and "Оптика Восток ООО" in text
    assert "Müller & Söhne GmbH" in text
    # The name is also text inside the figures (matplotlib escaped it in the SVG).
    svg_texts = json.loads(browser.evaluate(
        "JSON.stringify(Array.from(document.querySelectorAll('svg text')).map(t => t.textContent))"
    ))
    assert any(HOSTILE_NAME[:20] in value for value in svg_texts)
    # Markup in names created no elements (the two scripts are the report's own).
    assert browser.evaluate("document.querySelectorAll('b').length") == 0
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("document.title").startswith(
        {"en": "Cluster report", "de": "Clusterbericht"}[lang]
    )


def test_largest_bundled_scenario_is_small_and_quick(browser, bundled_roadmap, tmp_path):
    largest = max(BUNDLED, key=lambda path: len(load_scenario(path).scenario.actors))
    loaded, computed = bundled_roadmap(largest)
    path = tmp_path / "report.html"
    started = time.perf_counter()
    render_report(loaded, roadmap=computed, output=path, date=REPORT_DATE)
    seconds = time.perf_counter() - started
    size = path.stat().st_size
    print(f"{largest.name}: {len(loaded.scenario.actors)} members, {size / 1024:.0f} kB, "
          f"{seconds:.2f} s")
    assert size < MAX_BYTES
    assert seconds < MAX_RENDER_SECONDS
    check_page(browser, path)


def test_the_browser_check_catches_dialogs_console_errors_and_scripts(browser, tmp_path):
    # Guards the guard: an unescaped name would look like this page.
    path = tmp_path / "bad.html"
    path.write_text('<!DOCTYPE html><meta charset="utf-8"><p>x</p>'
                    '<script>console.error("boom"); alert(1)</script>', encoding="utf-8")
    browser.open(path)
    browser.settle()
    problems = browser.problems()
    assert any(p.startswith("console.error") for p in problems)
    assert any(p.startswith("dialog: alert") for p in problems)
    assert browser.evaluate("document.scripts.length") == 1
