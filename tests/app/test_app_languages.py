"""Every page of the app, in German and in English, says the plan's reasons in that language.

For the bundled scenarios (the starter as ``trustmatch new`` writes it) and the shared reference
scenario, each with a saved roadmap and one recorded outcome: every GET route of the app is
opened for the cluster, every member and every project type, in both languages. A German page
holds no piece of an English catalogue sentence and no English label the scenario gives in
German too; the plan's reasons and whys appear in the page's language and never in the other.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from catalogue_text import catalogue_pieces
from trustmatch import roadmap
from trustmatch.app import create_app
from trustmatch.cli.new import starter_text
from trustmatch.i18n import de, en
from trustmatch.i18n.reasons import say_reason
from trustmatch.i18n.words import ScenarioWords
from trustmatch.ledger import append_entry, entry_from_plan, read_plan
from trustmatch.results import to_json
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:8765"
SCENARIOS = {
    "young-cluster": ROOT / "scenarios" / "young-cluster.yaml",
    "regional-network": ROOT / "scenarios" / "regional-network.yaml",
    "reference": ROOT.parent / "shared" / "examples" / "reference-scenario.yaml",
    "starter": None,
}


class ReaderText(HTMLParser):
    """The text a reader sees: no scripts, styles, or attribute values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def reader_text(html: str) -> str:
    parser = ReaderText()
    parser.feed(html)
    # Collapse spaces and line breaks but keep no-break spaces (they belong to "1.500 €").
    return re.sub(r"[ \t\r\n]+", " ", " ".join(parser.parts)).strip()


def fragments(catalogue: dict) -> set[str]:
    """Pieces of a catalogue's sentences between placeholders, of at least four words."""
    return catalogue_pieces(catalogue)


ENGLISH_ONLY = fragments(en.MESSAGES) - fragments(de.MESSAGES)
GERMAN_ONLY = fragments(de.MESSAGES) - fragments(en.MESSAGES)


@pytest.fixture(scope="module")
def cluster(request, tmp_path_factory):
    """A folder with one cluster: the scenario, a saved roadmap and one recorded outcome."""
    name = request.param
    folder = tmp_path_factory.mktemp(f"app-{name}")
    target = folder / f"{name}.yaml"
    if SCENARIOS[name] is None:
        target.write_text(starter_text(), encoding="utf-8")
    else:
        shutil.copy(SCENARIOS[name], target)
    loaded = load_scenario(target)
    plan_file = folder / f"{name}.plan.json"
    plan_file.write_text(to_json(roadmap(loaded, replications=1, phases=2, time_limit=5.0)),
                         encoding="utf-8")
    planned = read_plan(plan_file, 1)
    first = sorted(planned.projects)[0]
    append_entry(folder / f"{name}.ledger.yaml", entry_from_plan(planned, first, "success"),
                 scenario=loaded.scenario.name)
    # The saved roadmap starts at phase 1; the app plans again from the ledger when asked.
    return name, folder, loaded


def get_routes(app, name: str, loaded) -> list[str]:
    """Every GET page of the app for this cluster: each member and project type once."""
    scenario = loaded.scenario
    paths = []
    for route in app.starlette.routes:
        methods = getattr(route, "methods", None) or ()
        if "GET" not in methods:
            continue
        path = route.path.replace("{name}", name)
        if path.endswith(".pdf"):
            continue  # paper, not a page (the report's PDF tests read its text)
        if "{actor}" in path:
            paths += [path.replace("{actor}", actor.id) for actor in scenario.actors]
        elif "{type}" in path:
            paths += [path.replace("{type}", ptype.id) for ptype in scenario.project_types]
        else:
            paths.append(path)
    return paths


def plan_reasons(folder: Path, name: str):
    """The saved roadmap's reasons: (reason, project or need it belongs to, member or None)."""
    from trustmatch.results import RoadmapResult

    saved = RoadmapResult.model_validate(
        json.loads((folder / f"{name}.plan.json").read_text(encoding="utf-8")))
    first = saved.phases[0].plan
    found = [(project.said_why, None) for project in first.projects]
    found += [(entry.said, entry.actor) for entry in saved.unserved]
    return saved, found


@pytest.mark.parametrize("cluster", list(SCENARIOS), indirect=True)
def test_every_page_speaks_the_readers_language_with_the_plans_reasons(cluster):
    name, folder, loaded = cluster
    app = create_app(folder)
    web = TestClient(app, base_url=BASE)
    saved, reasons = plan_reasons(folder, name)
    themes = {theme.id: theme.label for theme in saved.themes}
    words = {lang: ScenarioWords(loaded.scenario, lang, themes) for lang in ("en", "de")}
    english_labels = [item.label for item in [*loaded.scenario.needs,
                                              *loaded.scenario.project_types]
                      if item.label_in("de") != item.label]
    # A scenario without German labels (the shared reference) shows its author's own English
    # words; a catalogue piece inside them is the author's, not the program's.
    own = " ".join((folder / f"{name}.yaml").read_text(encoding="utf-8").split())
    said_in = {lang: {say_reason(said, words[lang]) for said, _ in reasons}
               for lang in ("en", "de")}
    pages = get_routes(app, name, loaded)
    assert f"/c/{name}/report" in pages and f"/c/{name}/planning" in pages
    seen: dict[str, list[str]] = {"de": [], "en": []}
    for lang, other, foreign in (("de", "en", ENGLISH_ONLY), ("en", "de", GERMAN_ONLY)):
        for path in pages:
            answer = web.get(path, headers={"Accept-Language": lang})
            if not answer.headers.get("content-type", "").startswith("text/html"):
                continue  # the planning status (JSON) holds no page text
            assert answer.status_code == 200, (lang, path)
            assert f'lang="{lang}"' in answer.text, (lang, path)
            text = reader_text(answer.text)
            left = sorted(piece for piece in foreign if piece in text and piece not in own)
            assert left == [], f"{other} catalogue text on the {lang} page {path}"
            if lang == "de":
                for label in english_labels:
                    assert label not in text, f"English label {label!r} on {path}"
            for wrong in said_in[other] - said_in[lang]:
                assert wrong not in text, f"{other} reason on the {lang} page {path}: {wrong}"
            seen[lang].append(text)
    # Each why is on the cluster page, each open need's reason on its member's page, in the
    # page's language.
    for lang in ("de", "en"):
        shown = " ".join(seen[lang])
        for sentence in said_in[lang]:
            assert sentence in shown, (lang, sentence)


@pytest.mark.parametrize("cluster", ["young-cluster"], indirect=True)
def test_a_members_page_says_what_was_delivered_and_what_may_not_run_again(cluster):
    """A recorded outcome shows on its members' pages under the repeat rules, in both languages.

    The level delivered on each need, the repeat factor, and that the project may not run again
    with the same members in the next phase.
    """
    from trustmatch.ledger import load_ledger
    from trustmatch.planner import prepare
    from trustmatch.roadmap import entry_group

    name, folder, loaded = cluster
    web = TestClient(create_app(folder), base_url=BASE)
    (entry,) = load_ledger(folder / f"{name}.ledger.yaml").ledger.entries
    _, group = entry_group({g.key: g for g in prepare(loaded.scenario).groups}, entry.project)
    actor = next(a for a in entry.participants if group.serves.get(a))
    expected = {
        "en": [en.MESSAGES["app.member.delivered"],
               f"by a successful project of level {entry.ambition} (phase 1)",
               "the rest counts 25%",
               "not again with the same members in phase 2"],
        "de": [de.MESSAGES["app.member.delivered"],
               f"durch ein gelungenes Projekt der Stufe {entry.ambition} (Phase 1)",
               "der Rest zählt zu 25\u00a0%",
               "in Phase 2 nicht noch einmal mit denselben Mitgliedern"],
    }
    for lang, sentences in expected.items():
        page = web.get(f"/c/{name}/members/{actor}", headers={"Accept-Language": lang})
        text = reader_text(page.text)
        for sentence in sentences:
            assert sentence in text, (lang, sentence)
    # A member without recorded projects has no such section.
    outsider = next(a.id for a in loaded.scenario.actors if a.id not in entry.participants)
    page = web.get(f"/c/{name}/members/{outsider}", headers={"Accept-Language": "en"})
    assert en.MESSAGES["app.member.delivered"] not in reader_text(page.text)
