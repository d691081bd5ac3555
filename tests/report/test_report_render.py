"""Rendering through the library API and the CLI: languages, Markdown, batch results, errors."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from markupsafe import escape
from report_fixtures import HOSTILE, HOSTILE_NAME, REPORT_DATE

from trustmatch.cli import main
from trustmatch.errors import UserError
from trustmatch.report import render_report
from trustmatch.results import to_json


def test_same_inputs_and_date_give_identical_html(hostile_loaded, hostile_roadmap):
    first = render_report(hostile_loaded, roadmap=hostile_roadmap, date=REPORT_DATE)
    second = render_report(hostile_loaded, roadmap=hostile_roadmap, date=REPORT_DATE)
    assert first.text == second.text
    later = render_report(hostile_loaded, roadmap=hostile_roadmap, date="2027-01-02")
    assert later.text != first.text
    assert later.text.replace("2027-01-02", REPORT_DATE).replace(
        "2 January 2027", "27 November 2026") == first.text


def test_html_escapes_user_text_and_has_every_section(hostile_loaded, hostile_roadmap):
    html = render_report(hostile_loaded, roadmap=hostile_roadmap, date=REPORT_DATE).text
    # The only scripts are the report's own: the network's JSON data and its inline script.
    assert re.findall(r"<script[^>]*>", html) == [
        '<script type="application/json" id="network-data">', "<script>"]
    assert html.count("</script>") == 2 and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34;" in html
    for section in ("summary", "portfolio", "figures", "unserved", "provenance"):
        assert f'id="{section}"' in html
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org", "")
    first_phase = hostile_roadmap.phases[0].plan
    for project in first_phase.projects:
        assert f"<h3>{escape(project.label)}</h3>" in html
    assert hostile_loaded.file_sha256 in html
    assert REPORT_DATE in html


def test_german_report(hostile_loaded, hostile_roadmap):
    html = render_report(hostile_loaded, roadmap=hostile_roadmap, lang="de",
                         date=REPORT_DATE).text
    assert '<html lang="de">' in html
    for words in ("Zusammenfassung", "Nächste Schritte", "Empfohlene Projekte für Phase 1",
                  "Der Cluster in Abbildungen", "Herkunft der Ergebnisse",
                  "Offene Bedarfe und wen Sie gewinnen sollten", "27. November 2026",
                  "Wer braucht was", "Clustervertrauen im Verlauf der Phasen"):
        assert words in html
    # German numbers: decimal comma in trust values, e.g. "von 0,30 auf".
    assert re.search(r"von 0,\d\d auf 0,\d\d", html)
    assert "Summary" not in html and "What to do next" not in html


def test_unserved_needs_get_a_recruiting_hint(hostile_loaded, hostile_roadmap):
    # Only the university states "Prüflabor für Werkstoffe": nobody to share it with.
    html = render_report(hostile_loaded, roadmap=hostile_roadmap, date=REPORT_DATE).text
    unserved = html[html.index('id="unserved"'):html.index('id="provenance"')]
    assert "Prüflabor für Werkstoffe" in unserved
    assert "a research institute or a university" in unserved
    assert "No other member states this need and no member can serve it" in unserved


def test_markdown_report_with_png_figures_beside_it(hostile_loaded, hostile_roadmap, tmp_path):
    out = tmp_path / "out" / "report.md"
    result = render_report(hostile_loaded, roadmap=hostile_roadmap, format="md", output=out,
                           date=REPORT_DATE)
    text = out.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert links == [f"report_figures/{name}.png" for name in result.figure_ids]
    for link in links:
        assert (out.parent / link).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # User text is escaped for Markdown: no raw HTML, no table or emphasis breakage.
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;alert\\(1\\)" not in text  # parentheses are not escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"" in text
    assert "\\$100 Widgets" not in text and "$100 Widgets" in text
    assert "## Summary" in text and "## Where these results come from" in text


def test_cli_writes_html_from_a_roadmap_file(tmp_path, hostile_roadmap, capsys):
    roadmap_file = tmp_path / "roadmap.json"
    roadmap_file.write_text(to_json(hostile_roadmap), encoding="utf-8")
    out = tmp_path / "report.html"
    code = main(["report", str(HOSTILE), "--roadmap", str(roadmap_file), "--lang", "de",
                 "-o", str(out), "--date", REPORT_DATE])
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert f"gelesen aus {roadmap_file}" in html
    assert html.count('<svg id="fig-') == 5
    assert "Wrote" in capsys.readouterr().out


def test_cli_computes_a_markdown_report(tmp_path):
    out = tmp_path / "r.md"
    code = main(["report", str(HOSTILE), "--replications", "2", "-o", str(out),
                 "--date", REPORT_DATE])
    assert code == 0
    assert len(list((tmp_path / "r_figures").glob("*.png"))) == 5
    assert "Simulated runs:** 2" in out.read_text(encoding="utf-8")


def test_cli_refuses_roadmap_and_ledger_together(tmp_path, capsys):
    file = tmp_path / "x.json"
    file.write_text("{}", encoding="utf-8")
    code = main(["report", str(HOSTILE), "--roadmap", str(file), "--ledger", str(file),
                 "-o", str(tmp_path / "r.html")])
    assert code == 2
    assert "either --roadmap or --ledger" in capsys.readouterr().err


def test_cli_explains_a_file_that_is_not_a_roadmap(tmp_path, capsys):
    file = tmp_path / "plan.json"
    file.write_text(json.dumps({"phases": "nope"}), encoding="utf-8")
    code = main(["report", str(HOSTILE), "--roadmap", str(file), "-o", str(tmp_path / "r.html")])
    assert code == 2
    err = capsys.readouterr().err
    assert "not a roadmap" in err and str(file) in err
    assert not (tmp_path / "r.html").exists()


RUN_COLUMNS = (
    "(run_id, run_index, scenario, scenario_name, file_sha256, overrides, parameters, strategy,"
    " replication, seed, phases, status, error, seconds, cpu_seconds, finished_at, worker,"
    " versions)"
)


def make_store(path) -> None:
    """A results store made by the batch package, filled with two strategies' runs."""
    from trustmatch.batch.store import ResultsStore

    ResultsStore(path).close()
    connection = sqlite3.connect(path)
    runs = [("optimal", 0.50, 9000, 4), ("optimal", 0.54, 9500, 5), ("optimal", 0.52, 8000, 4),
            ("greedy", 0.41, 7000, 3), ("greedy", 0.39, 6500, 2)]
    for index, (strategy, trust, cost, succeeded) in enumerate(runs):
        run_id = f"run-{index}"
        connection.execute(
            f"INSERT INTO runs {RUN_COLUMNS} VALUES (?, ?, 's.yaml', 's', '', '[]', '{{}}', ?,"
            " 0, 1, 2, 'done', '', 1.0, 1.0, '2026-11-27T00:00:00Z', 'w', '{}')",
            (run_id, index, strategy),
        )
        for phase, share in ((1, 0.5), (2, 1.0)):
            connection.execute(
                "INSERT INTO phases (run_id, phase, cost, cluster_trust, projects_succeeded) "
                "VALUES (?, ?, ?, ?, ?)",
                (run_id, phase, cost * share / 1.5, trust * (0.8 if phase == 1 else 1.0),
                 succeeded // 2 if phase == 1 else succeeded - succeeded // 2))
    connection.execute(
        f"INSERT INTO runs {RUN_COLUMNS} VALUES ('run-x', 9, 's.yaml', 's', '', '[]', '{{}}',"
        " 'random', 0, 1, NULL, 'failed', 'boom', 1.0, 1.0, '2026-11-27T00:00:00Z', 'w', '{}')")
    connection.commit()
    connection.close()


def test_batch_results_add_the_strategy_comparison(hostile_loaded, hostile_roadmap, tmp_path):
    store = tmp_path / "results.sqlite"
    make_store(store)
    result = render_report(hostile_loaded, roadmap=hostile_roadmap, batch=store,
                           date=REPORT_DATE)
    html = result.text
    assert result.figure_ids[-1] == "fig-batch"
    section = html[html.index('id="batch"'):html.index('id="unserved"')]
    assert "5 runs of 2 strategies" in section
    # Medians per strategy: final trust, cost over both phases, successes over both phases.
    rows = re.findall(r"<tr><td>(\w+)</td><td class=\"num\">(\d+)</td><td class=\"num\">"
                      r"([\d.]+)</td><td class=\"num\">([\d,]+)</td><td class=\"num\">([\d.]+)",
                      section)
    assert rows == [("greedy", "2", "0.40", "6,750", "2.5"), ("optimal", "3", "0.52", "9,000",
                                                            "4.0")]
    assert '<svg id="fig-batch"' in section
    assert "random" not in section  # the failed run is left out


def test_a_missing_batch_store_is_a_user_error(hostile_loaded, hostile_roadmap, tmp_path):
    with pytest.raises(UserError, match="results"):
        render_report(hostile_loaded, roadmap=hostile_roadmap, batch=tmp_path / "none.sqlite")


def test_hostile_name_in_the_portfolio(hostile_loaded, hostile_roadmap):
    html = render_report(hostile_loaded, roadmap=hostile_roadmap, date=REPORT_DATE).text
    assert HOSTILE_NAME not in html  # only its escaped form is in the file


def test_cli_report_after_a_ledger_recommends_the_next_phase(tmp_path):
    plan_file, ledger = tmp_path / "plan.json", tmp_path / "ledger.yaml"
    assert main(["plan", str(HOSTILE), "--json", str(plan_file)]) == 0
    project = json.loads(plan_file.read_text(encoding="utf-8"))["phases"][0]["projects"][0]["id"]
    assert main(["record", str(ledger), "--plan", str(plan_file), "--project", project,
                 "--result", "success", "--date", REPORT_DATE]) == 0
    out = tmp_path / "report.html"
    assert main(["report", str(HOSTILE), "--ledger", str(ledger), "--replications", "2",
                 "-o", str(out), "--date", REPORT_DATE]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Recommended projects for phase 2" in html
    assert f"computed from the ledger {ledger}" in html
    assert "by the end of phase 3" in html


def test_a_plan_alone_gives_a_report_without_trust_development(hostile_loaded):
    from trustmatch.planner import plan

    result = render_report(hostile_loaded, plan=plan(hostile_loaded), date=REPORT_DATE)
    assert result.figure_ids == ["fig-actor-needs", "fig-theme-overlap", "fig-trust-network"]
    assert "No roadmap was computed" in result.text
    assert "Recommended projects for phase 1" in result.text
