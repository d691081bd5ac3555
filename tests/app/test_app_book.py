"""The app's report shows the network per phase and the manager's book once they exist."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from trustmatch import roadmap
from trustmatch.app import create_app
from trustmatch.book.models import BookEntry
from trustmatch.book.store import record_entries
from trustmatch.ledger import append_entry, entry_from_plan, read_plan
from trustmatch.results import to_json
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"


def test_a_recorded_ledger_and_book_appear_in_the_apps_report(tmp_path):
    folder = tmp_path / "clusters"
    folder.mkdir()
    shutil.copy(YOUNG, folder / "young-cluster.yaml")
    loaded = load_scenario(folder / "young-cluster.yaml")
    plan_file = folder / "young-cluster.plan.json"
    plan_file.write_text(to_json(roadmap(loaded, replications=1, phases=2)), encoding="utf-8")
    web = TestClient(create_app(folder), base_url="http://127.0.0.1:8765")
    before = web.get("/c/young-cluster/report")
    assert before.status_code == 200 and 'id="book"' not in before.text
    planned = read_plan(plan_file, 1)
    first = sorted(planned.projects)[0]
    append_entry(folder / "young-cluster.ledger.yaml", entry_from_plan(planned, first, "success"),
                 scenario=loaded.scenario.name)
    record_entries(folder / "young-cluster.book.yaml",
                   [BookEntry(period=1, cluster={"members": 16, "events_held": 2})],
                   scenario=loaded.scenario, lang="en")
    after = web.get("/c/young-cluster/report")
    assert after.status_code == 200
    assert 'id="book"' in after.text and 'id="fig-network-phases"' in after.text
    assert "What moved the cluster" in after.text and "events held 2" in after.text
    german = web.get("/c/young-cluster/report", headers={"Accept-Language": "de"}).text
    assert "Was den Cluster vorangebracht hat" in german
    # the recorded phase 1 is measured from the ledger, not again from the saved roadmap
    assert "<td>1</td>" in german
    assert ">1 (simuliert)</td>" not in german
