"""The app's server side through Starlette's test client: safety rules and file handling."""

from __future__ import annotations

import difflib
import os
import shutil
import warnings
from pathlib import Path

import pytest
from app_fixtures import capacities, csrf_of, filled_survey, sha_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from trustmatch.app import create_app
from trustmatch.app.workspace import OutsideFolder, Workspace
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
NETWORK = ROOT / "scenarios" / "regional-network.yaml"
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def folder(tmp_path):
    clusters = tmp_path / "clusters"
    clusters.mkdir()
    shutil.copy(YOUNG, clusters / "young-cluster.yaml")
    return clusters


def client(folder: Path, **settings) -> TestClient:
    return TestClient(create_app(folder, **settings), base_url=BASE)


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


# --- CSRF ------------------------------------------------------------------------------------


def post_routes(app) -> list[str]:
    paths = []
    for route in app.starlette.routes:
        if "POST" in (getattr(route, "methods", None) or ()):
            path = route.path.replace("{name}", "young-cluster")
            path = path.replace("{actor}", "holzbau-maier").replace("{type}", "workshop")
            paths.append(path)
    return paths


def test_every_form_is_refused_without_the_sessions_csrf_token(folder):
    app = create_app(folder)
    web = TestClient(app, base_url=BASE)
    page = web.get("/c/young-cluster/budgets")
    token, sha = csrf_of(page.text), sha_of(page.text)
    routes = post_routes(app)
    assert len(routes) >= 10
    before = (folder / "young-cluster.yaml").read_bytes()
    for path in routes:
        missing = web.post(path, data={"file_sha256": sha, "res.budget_eur": "1"})
        assert missing.status_code == 403, path
        assert "did not come from this app" in missing.text
        forged = web.post(path, data={"csrf_token": token + "x", "file_sha256": sha})
        assert forged.status_code == 403, path
    # A token of another browser session does not work either.
    other = TestClient(app, base_url=BASE)
    other.get("/")
    stolen = other.post("/c/young-cluster/budgets",
                        data={"csrf_token": token, "file_sha256": sha, "res.budget_eur": "1",
                              "res.manager_hours": "1"})
    assert stolen.status_code == 403
    assert (folder / "young-cluster.yaml").read_bytes() == before
    # The right token in the right session passes.
    saved = web.post("/c/young-cluster/budgets", follow_redirects=False,
                     data={"csrf_token": token, "file_sha256": sha, "res.budget_eur": "29000",
                           "res.manager_hours": "220"})
    assert saved.status_code == 303
    assert capacities(folder / "young-cluster.yaml")["budget_eur"] == 29000


def test_a_post_from_another_site_is_refused_even_with_a_token(folder):
    web = client(folder)
    page = web.get("/c/young-cluster/budgets")
    for origin in ("http://evil.example", "null"):  # "null": a sandboxed frame or a file
        answer = web.post("/c/young-cluster/budgets", headers={"Origin": origin},
                          data={"csrf_token": csrf_of(page.text),
                                "file_sha256": sha_of(page.text),
                                "res.budget_eur": "1", "res.manager_hours": "1"})
        assert answer.status_code == 403, origin


def test_other_host_names_are_refused_and_a_token_is_needed_off_loopback(folder):
    assert client(folder).get("/", headers={"Host": "evil.example:8765"}).status_code == 400
    web = TestClient(create_app(folder, access_token="s3cret-token",
                                allowed_hosts=("127.0.0.1", "office-pc")), base_url=BASE)
    refused = web.get("/c/young-cluster")
    assert refused.status_code == 403
    assert "access token" in refused.text
    assert web.get("/?token=wrong").status_code == 403
    entry = web.get("/c/young-cluster?token=s3cret-token", follow_redirects=False)
    assert entry.status_code == 303
    assert entry.headers["location"] == "/c/young-cluster"
    assert web.get("/c/young-cluster").status_code == 200  # the cookie carries the token now


# --- paths -----------------------------------------------------------------------------------


def test_no_path_outside_the_folder_can_be_read(folder, tmp_path):
    secret = tmp_path / "secret.yaml"
    shutil.copy(YOUNG, secret)
    (folder / "link.yaml").symlink_to(secret)
    (folder / "link.ledger.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    web = client(folder)
    home = web.get("/")
    assert "young-cluster.yaml" in home.text and "link.yaml" not in home.text
    for path in ("/c/link", "/c/%2e%2e%2fsecret", "/c/..%2Fsecret",
                 "/c/young-cluster/members/..%2F..%2Fsecret", "/c/secret",
                 "/c/link/report.html", "/static/..%2Fserver.py", "/static/../server.py"):
        answer = web.get(path)
        assert answer.status_code == 404, path
        assert "holzcluster" not in answer.text
    workspace = Workspace(folder)
    for name in ("../secret.yaml", "/etc/passwd", "link.yaml", "..", "a/b.yaml", "x\x00.yaml"):
        with pytest.raises(OutsideFolder):
            workspace.path(name)


def test_a_ledger_link_pointing_out_of_the_folder_is_never_written(folder, tmp_path):
    outside = tmp_path / "outside.ledger.yaml"
    (folder / "young-cluster.ledger.yaml").symlink_to(outside)
    workspace = Workspace(folder)
    with pytest.raises(OutsideFolder):
        workspace.cluster("young-cluster")
    assert client(folder).get("/c/young-cluster").status_code == 404
    assert not outside.exists()


# --- uploads ---------------------------------------------------------------------------------


def test_uploads_above_the_limit_are_refused_before_anything_is_written(folder, tmp_path):
    survey = filled_survey(tmp_path)
    web = client(folder, max_upload_bytes=2_000)
    token = csrf_of(web.get("/").text)
    answer = web.post("/new/upload", data={"csrf_token": token, "name": "big", "budget": "1"},
                      files={"file": ("survey.xlsx", survey.read_bytes())})
    assert survey.stat().st_size > 2_000
    assert answer.status_code == 413
    assert "too large" in answer.text
    assert sorted(p.name for p in folder.iterdir()) == ["young-cluster.yaml"]


def test_a_hostile_scenario_upload_is_refused_with_located_problems(folder):
    web = client(folder)
    token = csrf_of(web.get("/").text)
    for broken in ("billion-laughs.yaml", "python-object-tag.yaml", "deep-nesting.yaml"):
        data = (ROOT / "tests" / "scenario" / "broken" / broken).read_bytes()
        answer = web.post("/new/upload", data={"csrf_token": token, "name": "evil",
                                               "budget": "1000"},
                          files={"file": (broken, data)})
        assert answer.headers["X-Form-Outcome"] == "invalid", broken
        assert f"{broken}:" in answer.text  # FILE:LINE:COLUMN: located like the CLI
        assert not (folder / "evil.yaml").exists()


def test_a_survey_upload_becomes_a_cluster_and_a_broken_one_says_which_cell(folder, tmp_path):
    survey = filled_survey(tmp_path)
    web = client(folder)
    token = csrf_of(web.get("/").text)
    created = web.post("/new/upload", follow_redirects=False,
                       data={"csrf_token": token, "name": "Holz Cluster", "budget": "20.000",
                             "hours": "150"},
                       files={"file": ("umfrage.xlsx", survey.read_bytes())})
    assert created.status_code == 303 and created.headers["location"] == "/c/holz-cluster"
    loaded = load_scenario(folder / "holz-cluster.yaml")
    assert capacities(folder / "holz-cluster.yaml")["budget_eur"] == 20000
    assert len(loaded.scenario.actors) == 7
    from openpyxl import load_workbook

    workbook = load_workbook(survey)
    workbook.worksheets[[ws.title for ws in workbook.worksheets].index("Needs")]["C3"] = "high"
    workbook.save(tmp_path / "broken.xlsx")
    refused = web.post("/new/upload",
                       data={"csrf_token": token, "name": "other", "budget": "1000"},
                       files={"file": ("broken.xlsx", (tmp_path / "broken.xlsx").read_bytes())})
    assert refused.headers["X-Form-Outcome"] == "invalid"
    assert "broken.xlsx: Needs!C3" in refused.text
    assert not (folder / "other.yaml").exists()


# --- edits -----------------------------------------------------------------------------------


def test_a_save_against_a_changed_file_is_refused_and_nothing_is_lost(folder):
    web = client(folder)
    first_tab = web.get("/c/young-cluster/budgets").text
    second_tab = web.get("/c/young-cluster/budgets").text
    token = csrf_of(first_tab)
    assert sha_of(first_tab) == sha_of(second_tab)
    saved = web.post("/c/young-cluster/budgets", follow_redirects=False,
                     data={"csrf_token": token, "file_sha256": sha_of(first_tab),
                           "res.budget_eur": "31000", "res.manager_hours": "220"})
    assert saved.status_code == 303
    late = web.post("/c/young-cluster/budgets",
                    data={"csrf_token": token, "file_sha256": sha_of(second_tab),
                          "res.budget_eur": "12000", "res.manager_hours": "220"})
    assert late.headers["X-Form-Outcome"] == "conflict"
    assert "the file was changed in the meantime" in late.text
    assert 'value="12000"' in late.text  # the manager's input is still in the form
    assert capacities(folder / "young-cluster.yaml")["budget_eur"] == 31000
    # The same for a member edited in two tabs, and for a file changed outside the app.
    form = web.get("/c/young-cluster/members/holzbau-maier/edit").text
    text = (folder / "young-cluster.yaml").read_text(encoding="utf-8")
    (folder / "young-cluster.yaml").write_text(text.replace("size: 60", "size: 61"),
                                               encoding="utf-8")
    answer = web.post("/c/young-cluster/members/holzbau-maier/edit",
                      data={"csrf_token": token, "file_sha256": sha_of(form), "name": "X",
                            "kind": "company", "capacity": "2"})
    assert answer.headers["X-Form-Outcome"] == "conflict"
    assert "size: 61" in (folder / "young-cluster.yaml").read_text(encoding="utf-8")


def test_edits_keep_comments_order_and_layout(folder):
    web = client(folder)
    before = (folder / "young-cluster.yaml").read_text(encoding="utf-8")
    page = web.get("/c/young-cluster/members/holzbau-maier/edit").text
    assert 'value="Holzbau Maier GmbH"' in page
    fields = {"csrf_token": csrf_of(page), "file_sha256": sha_of(page),
              "name": "Holzbau Maier GmbH & Co. KG", "kind": "company",
              "markets": "timber-buildings", "size": "60", "capacity": "2"}
    for row, (need, weight) in enumerate((("public-tenders", "3"), ("fire-safety-approval", "3"),
                                          ("skilled-workers", "2"))):
        fields |= {f"need.{row}.tag": need, f"need.{row}.weight": weight}
    fields |= {"need.1.weight": "4", "need.3.text": "Gemeinsamer Messestand in Basel",
               "need.3.weight": "2"}
    saved = web.post("/c/young-cluster/members/holzbau-maier/edit", data=fields,
                     follow_redirects=False)
    assert saved.status_code == 303, saved.text
    after = (folder / "young-cluster.yaml").read_text(encoding="utf-8")
    head, member = before.split("  - id: holzbau-maier\n", 1)
    member = member.replace("    name: Holzbau Maier GmbH\n",
                            "    name: Holzbau Maier GmbH & Co. KG\n", 1)
    member = member.replace(
        "      - need: fire-safety-approval\n        weight: 3\n"
        "      - need: skilled-workers\n        weight: 2\n",
        "      - need: fire-safety-approval\n        weight: 4\n"
        "      - need: skilled-workers\n        weight: 2\n"
        "      - text: Gemeinsamer Messestand in Basel\n        weight: 2\n", 1)
    assert after == head + "  - id: holzbau-maier\n" + member
    # Flow-style files stay flow style: only the edited member's item changes.
    shutil.copy(NETWORK, folder / "regional-network.yaml")
    before = (folder / "regional-network.yaml").read_text(encoding="utf-8")
    page = web.get("/c/regional-network/budgets").text
    web.post("/c/regional-network/budgets",
             data={"csrf_token": csrf_of(page), "file_sha256": sha_of(page),
                   "res.budget_eur": "95000", "res.manager_hours": "520", "res.lab_days": "40"})
    after = (folder / "regional-network.yaml").read_text(encoding="utf-8")
    removed, added = changed_lines(before, after)  # one line, whatever the file's layout
    assert removed.startswith("-") and "90000" in removed
    assert added == "+" + removed[1:].replace("90000", "95000")
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_validation_messages_stand_beside_the_field_in_the_managers_language(folder):
    web = client(folder)
    german = {"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"}
    page = web.get("/c/young-cluster/budgets", headers=german).text
    assert "Budgets je Phase" in page
    answer = web.post("/c/young-cluster/budgets", headers=german,
                      data={"csrf_token": csrf_of(page), "file_sha256": sha_of(page),
                            "res.budget_eur": "viel", "res.manager_hours": "-5"})
    assert answer.headers["X-Form-Outcome"] == "invalid"
    html = " ".join(answer.text.split())
    assert ('aria-describedby="e-res.budget_eur" inputmode="decimal"> <span class="error" '
            'id="e-res.budget_eur" role="alert">Bitte geben Sie eine Zahl ein.</span>') in html
    assert "Muss mindestens 0 sein (eingegeben: -5)." in html
    page = web.get("/c/young-cluster/types/workshop/edit").text
    answer = web.post("/c/young-cluster/types/workshop/edit",
                      data={"csrf_token": csrf_of(page), "file_sha256": sha_of(page),
                            "label": "Workshop", "ambition": "7", "min": "5", "max": "3",
                            "trust": "0", "success": "0.8"})
    assert answer.headers["X-Form-Outcome"] == "invalid"
    assert "Must be at most 4 (got 7)." in answer.text
    assert "Must not be below the least number of participants." in answer.text
    assert os.listdir(folder) == ["young-cluster.yaml"]


def test_a_body_above_the_limit_is_refused_by_its_length_before_it_is_read(folder):
    web = client(folder, max_upload_bytes=1_000)
    token = csrf_of(web.get("/").text)
    answer = web.post("/new/upload", data={"csrf_token": token, "name": "big", "budget": "1"},
                      files={"file": ("survey.csv", b"name,kind\n" + b"x,company\n" * 20_000)})
    assert answer.status_code == 413
    assert os.listdir(folder) == ["young-cluster.yaml"]


def test_german_pages_hold_no_english_sentence_of_the_app(folder):
    from trustmatch.i18n import de, en

    english = [text for key, entry in en.MESSAGES.items() if key.startswith("app.")
               for text in (entry.values() if isinstance(entry, dict) else [entry])
               if "{" not in text and len(text.split()) > 2]
    web = client(folder)
    german = {"Accept-Language": "de"}
    pages = ["/", "/c/young-cluster", "/c/young-cluster/budgets",
             "/c/young-cluster/members/new", "/c/young-cluster/members/holzbau-maier",
             "/c/young-cluster/members/holzbau-maier/edit", "/c/young-cluster/types/new",
             "/c/young-cluster/figures", "/c/no-such-cluster"]
    for path in pages:
        html = web.get(path, headers=german).text
        assert 'lang="de"' in html, path
        left = [text for text in english if text in html and text not in de.MESSAGES.values()]
        assert left == [], path


def saved_plan(folder: Path) -> None:
    from trustmatch import roadmap
    from trustmatch.results import to_json

    loaded = load_scenario(folder / "young-cluster.yaml")
    (folder / "young-cluster.plan.json").write_text(to_json(roadmap(loaded, replications=1)),
                                                    encoding="utf-8")


def test_the_report_is_served_from_the_saved_plan_as_a_page_and_a_file(folder):
    from trustmatch.app.server import pdf_available

    saved_plan(folder)
    web = client(folder)
    page = web.get("/c/young-cluster")
    assert "Recommended projects for phase 1" in page.text
    view = web.get("/c/young-cluster/report")
    assert view.status_code == 200 and "<svg" in view.text
    assert "default-src 'none'" in view.headers["Content-Security-Policy"]
    download = web.get("/c/young-cluster/report.html", headers={"Accept-Language": "de"})
    assert download.headers["Content-Disposition"] == \
        'attachment; filename="young-cluster-report-de.html"'
    assert '<html lang="de"' in download.text
    figures = web.get("/c/young-cluster/figures").text
    assert ("report.pdf" in figures) == pdf_available()
    if not pdf_available():
        assert web.get("/c/young-cluster/report.pdf").status_code == 404


def test_the_report_is_offered_as_pdf_when_the_report_module_prints_one(folder):
    from trustmatch.app.server import pdf_available

    if not pdf_available():
        pytest.skip("trustmatch.report has no PDF output in this build")
    saved_plan(folder)
    pdf = client(folder).get("/c/young-cluster/report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_the_csv_export_of_a_web_form_becomes_a_cluster(folder):
    rows = [
        "Name,Art,Märkte,Größe,Bedarf 1,Wichtigkeit 1,Bedarf 2,Wichtigkeit 2",
        "Zimmerei Faller GmbH,Unternehmen,Holzbau,40,Wir finden keine Azubis,5,"
        "Sichtbarkeit bei Bauherren,3",
        "Holzbau Schäfer KG,Unternehmen,Holzbau,25,Fachkräfte fehlen,4,,",
        "Hochschule Rottenburg,Hochschule,,2000,Praxispartner für Abschlussarbeiten,3,,",
    ]
    web = client(folder)
    token = csrf_of(web.get("/", headers={"Accept-Language": "de"}).text)
    created = web.post("/new/upload", follow_redirects=False,
                       headers={"Accept-Language": "de"},
                       data={"csrf_token": token, "name": "formular", "budget": "8000"},
                       files={"file": ("formular.csv", "\n".join(rows).encode("utf-8"))})
    assert created.status_code == 303, created.text
    scenario = load_scenario(folder / "formular.yaml").scenario
    assert [a.name for a in scenario.actors] == ["Zimmerei Faller GmbH", "Holzbau Schäfer KG",
                                                 "Hochschule Rottenburg"]
    assert [n.text for n in scenario.actors[0].needs] == ["Wir finden keine Azubis",
                                                          "Sichtbarkeit bei Bauherren"]


def test_without_chromium_the_pdf_is_refused_in_words(folder, monkeypatch):
    from trustmatch.app.server import pdf_available

    if not pdf_available():
        pytest.skip("trustmatch.report has no PDF output in this build")
    saved_plan(folder)
    monkeypatch.setenv("PATH", "/nonexistent")
    answer = client(folder).get("/c/young-cluster/report.pdf")
    assert answer.status_code == 503
    assert "the HTML report holds the same content" in answer.text


def test_hostile_names_are_shown_as_text_on_every_page(folder):
    shutil.copy(ROOT / "tests" / "report" / "hostile-names.yaml", folder / "hostile.yaml")
    saved = load_scenario(folder / "hostile.yaml")
    from trustmatch import roadmap
    from trustmatch.results import to_json

    (folder / "hostile.plan.json").write_text(to_json(roadmap(saved, replications=1)),
                                              encoding="utf-8")
    web = client(folder)
    pages = ["/c/hostile", "/c/hostile/members/evil", "/c/hostile/members/evil/edit",
             "/c/hostile/budgets", "/c/hostile/types/new"]
    for position, path in enumerate(pages):
        html = web.get(path).text
        assert "<script>alert(1)</script>" not in html, path
        assert html.count("<script") == 1, path  # only the app's own script tag
        if position < 3:  # the pages that name the member
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path


def test_an_invalid_scenario_file_is_shown_with_its_located_problems(folder):
    (folder / "broken.yaml").write_text("name: x\nactors:\n  - id: a\n    kind: firm\n",
                                        encoding="utf-8")
    page = client(folder).get("/c/broken")
    assert page.status_code == 200
    assert "The scenario file has" in page.text
    assert "broken.yaml:4:11: actors, entry 1 (a), kind" in page.text
