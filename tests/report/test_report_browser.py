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


def test_clicking_a_member_of_the_interactive_network_shows_projects_contacts_and_trust(
        browser, hostile_loaded, hostile_roadmap, tmp_path):
    path = tmp_path / "report.html"
    render_report(hostile_loaded, roadmap=hostile_roadmap, output=path, date=REPORT_DATE)
    browser.open(path)
    browser.settle()
    actors = hostile_loaded.scenario.actors
    index = next(i for i, actor in enumerate(actors) if actor.name == HOSTILE_NAME)
    # The embedded data is JSON text: the name reads back exactly and made no element.
    raw = browser.evaluate("document.getElementById('network-data').textContent")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert browser.evaluate(
        "JSON.parse(document.getElementById('network-data').textContent)"
        f".members[{index}].name") == HOSTILE_NAME
    browser.click(f'#network .node[data-member="{index}"]')
    browser.settle(0.1)
    panel = json.loads(browser.evaluate(
        "JSON.stringify({name: document.querySelector('.network-panel h4').textContent,"
        " headings: Array.from(document.querySelectorAll('.network-panel h5'))"
        ".map(h => h.textContent), items: Array.from(document.querySelectorAll("
        "'.network-panel li')).map(li => li.textContent),"
        " initiative: document.querySelector('.network-panel .initiative').textContent,"
        " chosen: document.querySelector('select[name=member]').value,"
        " selected: document.querySelectorAll('#network .node.selected').length})"))
    assert panel["name"] == HOSTILE_NAME
    assert panel["chosen"] == str(index) and panel["selected"] == 1
    assert panel["headings"][:4] == ["Needs", "Projects", "Works together with", "Competitors"] \
        or panel["headings"][:3] == ["Needs", "Projects", "Works together with"]
    own = [(phase.plan.phase, project.label) for phase in hostile_roadmap.phases
           for project in phase.plan.projects
           if actors[index].id in project.participants]
    assert own, "the hostile member takes part in projects"
    for number, label in own:
        assert any(item.startswith(f"Phase {number}: {label} (") for item in panel["items"])
    first = hostile_roadmap.phases[0].plan.phase
    assert any(item.startswith(f"Phase {first}: ") and item.endswith("(recommended)")
               for item in panel["items"])
    partners = {b if a == actors[index].id else a
                for phase in hostile_roadmap.phases for project in phase.plan.projects
                if actors[index].id in project.participants
                for a in project.participants for b in project.participants if a != b}
    names = {actor.id: actor.name for actor in actors}
    for partner in partners - {actors[index].id}:
        assert any(item.startswith(names[partner] + " – trust ") for item in panel["items"])
    expected = hostile_roadmap.phases[-1].trust_after.initiative.get(
        actors[index].id, hostile_roadmap.phases[-1].trust_after.prior_mean)
    assert panel["initiative"] == f"{expected:.2f}"
    # Still nothing but the report's own two scripts, no dialog, no markup from names.
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("document.querySelectorAll('#network b, #network script').length") == 0
    assert browser.problems() == []


def test_network_filters_by_theme_and_by_phase(browser, hostile_loaded, hostile_roadmap,
                                               tmp_path):
    path = tmp_path / "report.html"
    render_report(hostile_loaded, roadmap=hostile_roadmap, output=path, date=REPORT_DATE)
    browser.open(path)
    browser.settle()
    data = json.loads(browser.evaluate(
        "document.getElementById('network-data').textContent"))
    total = len(data["members"])

    def choose(name: str, value: str) -> dict:
        return json.loads(browser.evaluate(
            f"(() => {{ const s = document.querySelector('select[name={name}]');"
            f" s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change'));"
            " return JSON.stringify({count: document.querySelector('.network-count')"
            ".textContent, faded: document.querySelectorAll('#network .node.faded').length,"
            " lines: document.querySelectorAll('#network .edge:not(.hidden)').length}); })()"))

    theme = 0
    in_theme = sum(1 for member in data["members"] if theme in member["themes"])
    shown = choose("theme", str(theme))
    assert shown["count"] == f"{in_theme} of {total} members shown"
    assert shown["faded"] == total - in_theme
    everyone = choose("theme", "")
    assert everyone["count"] == f"{total} of {total} members shown"
    phase = data["phases"][-1]["number"]
    taking_part = sum(1 for member in data["members"]
                      if any(data["projects"][k]["phase"] == phase for k in member["projects"]))
    in_phase = choose("phase", str(phase))
    assert in_phase["count"] == f"{taking_part} of {total} members shown"
    active = [any(data["projects"][k]["phase"] == phase for k in member["projects"])
              for member in data["members"]]
    expected = sum(1 for pair in data["pairs"] if active[pair["a"]] and active[pair["b"]] and (
        pair["competitors"] or any(data["projects"][k]["phase"] == phase
                                   for k in pair["projects"])))
    assert in_phase["lines"] == expected
    assert everyone["lines"] == len(data["pairs"])
    assert browser.problems() == []
