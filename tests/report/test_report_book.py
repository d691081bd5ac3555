"""The report with a recorded ledger and the manager's book, opened in headless Chromium."""

from __future__ import annotations

import json

import pytest
from report_fixtures import REPORT_DATE, REPOSITORY

from trustmatch.book.models import BookEntry
from trustmatch.book.store import record_entries
from trustmatch.ledger import append_entry, entry_from_plan, read_plan
from trustmatch.planner import plan
from trustmatch.report import render_report
from trustmatch.scenario import load_scenario

YOUNG = REPOSITORY / "scenarios" / "young-cluster.yaml"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """A young cluster with two recorded outcomes and a book of one period."""
    folder = tmp_path_factory.mktemp("book-report")
    loaded = load_scenario(YOUNG)
    plan_file = folder / "plan.json"
    plan_file.write_text(plan(loaded).model_dump_json(), encoding="utf-8")
    planned = read_plan(plan_file)
    ledger = folder / "ledger.yaml"
    projects = sorted(planned.projects)
    for project, result in zip(projects[:2], ("success", "failure"), strict=True):
        entry = entry_from_plan(planned, project, result)
        append_entry(ledger, entry, scenario=loaded.scenario.name)
    took_part = sorted({a for p in projects[:2] for a in planned.projects[p].participants})[:4]
    others = [a.id for a in loaded.scenario.actors
              if all(a.id not in planned.projects[p].participants for p in projects[:2])][:2]
    book = folder / "book.yaml"
    entries = [BookEntry(period=1, cluster={"members": 16, "events_held": 3})]
    entries += [BookEntry(period=1, member=m, figures={"sick_leave_pct": 4 + i})
                for i, m in enumerate([*took_part, *others])]
    record_entries(book, entries, scenario=loaded.scenario, lang="en")
    return loaded, ledger, book, took_part, others


def test_report_shows_the_network_per_phase_and_the_indicators(browser, recorded, tmp_path):
    loaded, ledger, book, took_part, others = recorded
    assert len(took_part) == 4 and len(others) == 2
    for lang, heading, hidden in (("en", "What moved the cluster", "not shown"),
                                  ("de", "Was den Cluster vorangebracht hat", "nicht gezeigt")):
        path = tmp_path / f"report-{lang}.html"
        render_report(loaded, ledger=ledger, book=book, lang=lang, output=path,
                      replications=1, phases=2, time_limit=1.0, date=REPORT_DATE)
        browser.open(path)
        browser.settle()
        assert browser.problems() == []
        section = json.loads(browser.evaluate(
            "JSON.stringify((() => { const s = document.querySelector('#book');"
            " return {heading: s.querySelector('h2').textContent,"
            " figures: Array.from(s.querySelectorAll('figure svg[role=img]')).map(f => [f.id,"
            "   f.getBoundingClientRect().width]),"
            " phases: Array.from(s.querySelectorAll('table.book-network tbody tr'))"
            "   .map(r => r.cells[0].textContent),"
            " effects: s.querySelector('#book-effects').textContent,"
            " comparison: Array.from(s.querySelectorAll('table.book-comparison tbody tr'))"
            "   .map(r => Array.from(r.cells).map(c => c.textContent))}; })())"
        ))
        assert [f[0] for f in section["figures"]] == ["fig-network-phases", "fig-network-measures"]
        assert all(width > 300 for _, width in section["figures"])
        # before, the recorded phase 1, then the roadmap's phases 2-3 as a forecast
        assert len(section["phases"]) == 4
        assert section["phases"][2].endswith(("(simulated)", "(simuliert)"))
        assert section["effects"] == heading
        took, did_not = section["comparison"]
        assert took[2:5] == [v.replace(".", ",") if lang == "de" else v
                             for v in ("5.5", "5.5", "0.0")]
        # two members without projects: their group shows no figure at all
        assert did_not[2].startswith(hidden) and did_not[3:5] == ["", ""]
