"""Creating clusters and editing members and project types through the app's forms."""

from __future__ import annotations

import re
import shutil
import threading
import warnings
from pathlib import Path

import pytest
from app_fixtures import capacities, csrf_of, sha_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from trustmatch.app import clusters as ops
from trustmatch.app import create_app
from trustmatch.errors import Problem, ScenarioError
from trustmatch.i18n.phrase import say
from trustmatch.scenario import load_scenario
from trustmatch.scenario.reader import path_words

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def web(tmp_path):
    folder = tmp_path / "clusters"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / "young-cluster.yaml", folder / "young-cluster.yaml")
    client = TestClient(create_app(folder), base_url=BASE)
    client.folder = folder
    return client


def scenario(web):
    return load_scenario(web.folder / "young-cluster.yaml").scenario


def test_a_cluster_made_by_hand_validates_and_keeps_the_starters_comments(web):
    token = csrf_of(web.get("/").text)
    made = web.post("/new/blank", follow_redirects=False,
                    data={"csrf_token": token, "name": "Optik Nord", "budget": "15.000",
                          "hours": "120"})
    assert made.status_code == 303 and made.headers["location"] == "/c/optik-nord"
    text = (web.folder / "optik-nord.yaml").read_text(encoding="utf-8")
    assert "# A trustmatch scenario: one young cluster" in text
    loaded = load_scenario(web.folder / "optik-nord.yaml").scenario
    assert loaded.name == "optik-nord"
    assert capacities(web.folder / "optik-nord.yaml") == {"budget_eur": 15000, "manager_hours": 120}
    again = web.post("/new/blank", data={"csrf_token": token, "name": "optik nord",
                                         "budget": "1"})
    assert again.headers["X-Form-Outcome"] == "invalid"
    assert "optik-nord.yaml already exists" in again.text


def test_add_edit_and_remove_members_and_their_needs(web):
    page = web.get("/c/young-cluster/members/new").text
    added = web.post("/c/young-cluster/members/new", follow_redirects=False, data={
        "csrf_token": csrf_of(page), "file_sha256": sha_of(page), "name": "Dachdeckerei Baur",
        "kind": "company", "markets": "Dächer, timber-buildings", "size": "14",
        "capacity": "2", "need.0.text": "Wir suchen Partner für Holzdächer",
        "need.0.weight": "3"})
    assert added.status_code == 303
    actor = next(a for a in scenario(web).actors if a.name == "Dachdeckerei Baur")
    assert actor.id == "dachdeckerei-baur"
    assert actor.markets == ["daecher", "timber-buildings"] and actor.size == 14
    assert [(n.text, n.weight) for n in actor.needs] == [("Wir suchen Partner für Holzdächer",
                                                          3)]
    assert "max_projects_per_phase" not in (web.folder / "young-cluster.yaml").read_text(
        encoding="utf-8").split("id: dachdeckerei-baur")[1]
    # Edit: a catalogue need instead of the text, a second need, and back again.
    page = web.get("/c/young-cluster/members/dachdeckerei-baur/edit").text
    assert 'value="Wir suchen Partner für Holzdächer"' in page
    web.post("/c/young-cluster/members/dachdeckerei-baur/edit", data={
        "csrf_token": csrf_of(page), "file_sha256": sha_of(page), "name": "Dachdeckerei Baur",
        "kind": "company", "markets": "daecher", "size": "", "capacity": "3",
        "need.0.tag": "skilled-workers", "need.0.weight": "4",
        "need.1.text": "Sichtbarkeit", "need.1.weight": "1"})
    actor = next(a for a in scenario(web).actors if a.id == "dachdeckerei-baur")
    assert [(n.need, n.text, n.weight) for n in actor.needs] == [
        ("skilled-workers", None, 4), (None, "Sichtbarkeit", 1)]
    assert actor.size is None and actor.max_projects_per_phase == 3
    page = web.get("/c/young-cluster/members/dachdeckerei-baur/edit").text
    web.post("/c/young-cluster/members/dachdeckerei-baur/edit", data={
        "csrf_token": csrf_of(page), "file_sha256": sha_of(page), "name": "Dachdeckerei Baur",
        "kind": "company", "capacity": "3", "need.0.tag": "skilled-workers",
        "need.0.weight": "4", "need.0.remove": "1", "need.1.text": "Sichtbarkeit",
        "need.1.weight": "1"})
    actor = next(a for a in scenario(web).actors if a.id == "dachdeckerei-baur")
    assert [n.text for n in actor.needs] == ["Sichtbarkeit"]
    # A need row left without text or tag is a problem beside that row.
    page = web.get("/c/young-cluster/members/dachdeckerei-baur/edit").text
    refused = web.post("/c/young-cluster/members/dachdeckerei-baur/edit", data={
        "csrf_token": csrf_of(page), "file_sha256": sha_of(page), "name": "",
        "kind": "firm", "capacity": "3", "need.0.text": "", "need.0.weight": "0"})
    assert refused.headers["X-Form-Outcome"] == "invalid"
    for field, text in (("name", "Please fill this in."),
                        ("kind", "Please choose one of the options."),
                        ("need.0.text", "Write the need or choose one from the list")):
        assert f'id="e-{field}" role="alert">{text}' in refused.text
    # Remove the member again: it is gone, and so are the pairs that named it.
    page = web.get("/c/young-cluster/members/dachdeckerei-baur/edit").text
    gone = web.post("/c/young-cluster/members/dachdeckerei-baur/delete", follow_redirects=False,
                    data={"csrf_token": csrf_of(page), "file_sha256": sha_of(page)})
    assert gone.status_code == 303
    assert all(a.id != "dachdeckerei-baur" for a in scenario(web).actors)
    original = (ROOT / "scenarios" / "young-cluster.yaml").read_text(encoding="utf-8")
    assert (web.folder / "young-cluster.yaml").read_text(encoding="utf-8") == original


def test_removing_a_member_named_in_known_trust_removes_those_pairs(web):
    before = scenario(web)
    named = [k.pair for k in before.trust.known]
    assert named, "the young cluster knows some trust"
    actor = named[0][0]
    page = web.get(f"/c/young-cluster/members/{actor}/edit").text
    web.post(f"/c/young-cluster/members/{actor}/delete",
             data={"csrf_token": csrf_of(page), "file_sha256": sha_of(page)})
    after = scenario(web)
    assert all(a.id != actor for a in after.actors)
    assert all(actor not in k.pair for k in after.trust.known)


def test_project_types_are_edited_and_added(web):
    page = web.get("/c/young-cluster/types/workshop/edit").text
    assert 'name="use.budget_eur.fixed"' in page
    values = {"csrf_token": csrf_of(page), "file_sha256": sha_of(page), "label": "Workshop",
              "ambition": "1", "min": "3", "max": "12", "trust": "0", "success": "0,85",
              "use.budget_eur.fixed": "900", "use.budget_eur.per": "",
              "use.manager_hours.fixed": "20", "use.manager_hours.per": ""}
    saved = web.post("/c/young-cluster/types/workshop/edit", data=values,
                     follow_redirects=False)
    assert saved.status_code == 303
    workshop = next(t for t in scenario(web).project_types if t.id == "workshop")
    assert workshop.participants.max == 12 and workshop.success_probability == 0.85
    assert workshop.uses["budget_eur"].fixed == 900
    page = web.get("/c/young-cluster/types/new").text
    web.post("/c/young-cluster/types/new", data={
        "csrf_token": csrf_of(page), "file_sha256": sha_of(page), "label": "Gemeinsame Exkursion",
        "ambition": "2", "min": "4", "max": "8", "trust": "0.4", "success": "0.7",
        "use.budget_eur.fixed": "2000", "use.budget_eur.per": "150",
        "use.manager_hours.fixed": "", "use.manager_hours.per": ""})
    trip = next(t for t in scenario(web).project_types if t.id == "gemeinsame-exkursion")
    assert trip.ambition == 2 and trip.trust_required == 0.4
    assert trip.uses["budget_eur"].per_participant == 150 and "manager_hours" not in trip.uses


def test_planning_runs_beside_the_pages_and_reports_progress(web, monkeypatch):
    release = threading.Event()
    entered = threading.Event()
    real = ops.plan_next_phase

    def held(workspace, cluster, replications, progress):
        progress(1, 5)
        entered.set()
        assert release.wait(120)
        return real(workspace, cluster, 1, lambda done, total: progress(done, 5))

    monkeypatch.setattr(ops, "plan_next_phase", held)
    token = csrf_of(web.get("/").text)
    started = web.post("/c/young-cluster/plan", data={"csrf_token": token},
                       follow_redirects=False)
    assert started.headers["location"] == "/c/young-cluster/planning"
    assert entered.wait(120)
    # While the planning waits, every page answers.
    assert web.get("/c/young-cluster").status_code == 200
    assert "Waiting to start" in web.get("/c/young-cluster/planning").text
    status = web.get("/c/young-cluster/planning.json").json()
    assert status == {"state": "running", "done": 1, "total": 5,
                      "text": "1 of 5 simulated runs done"}
    # A second click does not start a second run.
    web.post("/c/young-cluster/plan", data={"csrf_token": token})
    release.set()
    for _ in range(600):
        status = web.get("/c/young-cluster/planning.json").json()
        if status["state"] != "running":
            break
        threading.Event().wait(0.2)  # polling a condition, as the page does
    assert status["state"] == "done"
    page = web.get("/c/young-cluster").text
    assert "Recommended projects for phase 1" in page
    assert (web.folder / "young-cluster.plan.json").exists()


def test_a_planning_run_refused_for_its_input_shows_the_problems_in_the_pages_language(
    web, monkeypatch
):
    def refused(workspace, cluster, replications, progress):
        raise ScenarioError([Problem.said(
            "young-cluster.yaml", 12, 5, "actors.0.size",
            say("scenario.finding.at_least", bound=1, got=0),
            where=path_words(("actors", 0, "size")),
        )])

    monkeypatch.setattr(ops, "plan_next_phase", refused)
    german = {"Accept-Language": "de-DE,de;q=0.9"}
    web.post("/c/young-cluster/plan", data={"csrf_token": csrf_of(web.get("/").text)})
    for _ in range(600):
        if web.get("/c/young-cluster/planning.json").json()["state"] == "failed":
            break
        threading.Event().wait(0.1)  # polling a condition, as the page does
    page = " ".join(web.get("/c/young-cluster", headers=german).text.split())
    assert ("<code>young-cluster.yaml:12:5: Mitglieder, Eintrag 1, size: muss mindestens 1 sein "
            "(angegeben: 0)</code>") in page
    page = " ".join(web.get("/c/young-cluster").text.split())
    assert ("<code>young-cluster.yaml:12:5: actors, entry 1, size: must be at least 1 "
            "(got 0)</code>") in page


def test_a_planning_run_on_a_broken_ledger_says_so(web):
    (web.folder / "young-cluster.ledger.yaml").write_text("scenario: [\n", encoding="utf-8")
    page = web.get("/c/young-cluster").text
    assert "The ledger has 1 problem" in page
    assert "young-cluster.ledger.yaml:" in page


def test_saving_a_form_unchanged_leaves_the_file_byte_for_byte(web):
    original = (web.folder / "young-cluster.yaml").read_bytes()
    for path in ("/c/young-cluster/types/workshop/edit", "/c/young-cluster/budgets",
                 "/c/young-cluster/members/holzbau-maier/edit",
                 "/c/young-cluster/members/zimmerei-faller/edit"):
        page = web.get(path).text
        values = dict(re.findall(r'name="([^"]+)" type="text" value="([^"]*)"', page))
        values |= dict(re.findall(r'<select id="[^"]+" name="([^"]+)">(?:(?!</select>).)*?'
                                  r'<option value="([^"]*)" selected', page, re.S))
        values |= {"csrf_token": csrf_of(page), "file_sha256": sha_of(page)}
        saved = web.post(path, data=values, follow_redirects=False)
        assert saved.status_code == 303, (path, saved.text[-2000:])
        assert (web.folder / "young-cluster.yaml").read_bytes() == original, path
