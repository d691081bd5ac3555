"""Every bundled scenario's report, in English and German, speaks the reader's words.

Checked on the rendered HTML, on the text a person reads (headings, sentences, tables and the
figures' text; not the embedded script data and not the "where these results come from" details,
where ids and keys belong):

* no id of a member, need, theme, project type or project and no resource key or config key;
* German text has a German source: no English catalogue sentence and no English scenario label
  where the scenario gives a German one;
* numbers, money and percentages follow the language (``1.500 €`` / ``€1,500``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixtures import REPORT_DATE

from catalogue_text import catalogue_pieces
from trustmatch.cli.new import starter_text
from trustmatch.i18n import en
from trustmatch.report import render_report
from trustmatch.roadmap import roadmap
from trustmatch.scenario import load_scenario
from trustmatch.scenario.models import Resource

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ["young-cluster", "regional-network", "starter"]
"""Every scenario shipped: the two in scenarios/ and what `trustmatch new` writes."""


@pytest.fixture(scope="module")
def bundled_path(tmp_path_factory):
    """Return the file of a bundled scenario (the starter as `trustmatch new` writes it)."""

    def path_of(name: str) -> Path:
        if name == "starter":
            starter = tmp_path_factory.getbasetemp() / "starter.yaml"
            if not starter.exists():
                starter.write_text(starter_text(), encoding="utf-8")
            return starter
        return ROOT / "scenarios" / f"{name}.yaml"

    return path_of

CONFIG_KEYS = (
    "planning.time_limit", "time_limit", "mip_gap", "cost_resource", "co_participation_trust",
    "prior_mean", "trust_required", "success_probability", "max_projects_per_phase",
    "need weight", "objective", "highs", "cbc", "big-bang", "no-fairness",
)
"""Config keys and solver jargon that belong in JSON, --debug and the details only."""


class ReaderText(HTMLParser):
    """Collect the text a reader sees, leaving out scripts, styles and the details footer."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip or tag in ("script", "style", "title") or dict(attrs).get("id") == (
            "provenance"
        ):
            self._skip.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Void elements (``<br/>``) neither open nor close a skipped part."""

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(data)


def reader_text(html: str) -> str:
    parser = ReaderText()
    parser.feed(html)
    # Collapse spaces and line breaks but keep no-break spaces (they belong to "1.500 €").
    return re.sub(r"[ \t\r\n]+", " ", " ".join(parser.parts)).strip()


@pytest.fixture(scope="module")
def reports(bundled_path):
    """Render each bundled scenario once per language from one quick roadmap."""
    cache: dict[tuple[Path, str], tuple[object, str]] = {}

    def get(name: str, lang: str):
        path = bundled_path(name)
        if (path, lang) not in cache:
            loaded = load_scenario(path)
            if (path, "roadmap") not in cache:
                cache[(path, "roadmap")] = (loaded, roadmap(loaded, replications=2, phases=2,
                                                            time_limit=3.0))
            loaded, computed = cache[(path, "roadmap")]
            html = render_report(loaded, roadmap=computed, lang=lang, date=REPORT_DATE).text
            cache[(path, lang)] = (loaded, reader_text(html))
        return cache[(path, lang)]

    return get


def machine_words(loaded) -> set[str]:
    """Ids and keys of a scenario that look like ids (hyphens, underscores, colons)."""
    scenario = loaded.scenario
    ids = {actor.id for actor in scenario.actors}
    ids |= {need.id for need in scenario.needs}
    ids |= {ptype.id for ptype in scenario.project_types}
    ids |= {project.id for project in scenario.projects}
    ids |= set(scenario.resources)
    ids.add(scenario.name)
    return {word for word in ids if re.search(r"[-_:]", word)}


def contains_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("path", BUNDLED)
def test_no_id_resource_key_or_config_key_in_reader_text(reports, path, lang):
    loaded, text = reports(path, lang)
    assert len(text) > 2000
    for word in sorted(machine_words(loaded)):
        assert not contains_word(text, word), f"id or key {word!r} in the {lang} report"
    assert not re.search(r"\btheme-\d+\b", text)
    for key in CONFIG_KEYS:
        assert not contains_word(text, key), f"config key or jargon {key!r} in the {lang} report"


def english_fragments() -> set[str]:
    """Pieces of English catalogue sentences (between placeholders) of at least four words."""
    return catalogue_pieces(en.MESSAGES)


@pytest.mark.parametrize("path", BUNDLED)
def test_german_report_has_a_german_source_for_every_text(reports, path):
    loaded, text = reports(path, "de")
    for piece in sorted(english_fragments()):
        assert piece not in text, f"English catalogue text in the German report: {piece!r}"
    scenario = loaded.scenario
    # The bundled scenarios give every label in German too, and the report uses it.
    assert isinstance(scenario.title, dict) and "de" in scenario.title
    assert scenario.title["de"] in text
    assert isinstance(scenario.description, dict) and "de" in scenario.description
    for item in [*scenario.needs, *scenario.project_types]:
        assert "de" in item.labels, f"{item.id} has no German label"
        if item.labels["de"] != item.label:
            assert item.label not in text, f"English label of {item.id} in the German report"
    for key, value in scenario.resources.items():
        assert isinstance(value, Resource) and isinstance(value.label, dict), key
        assert "de" in value.label, key
    for word in ("Summary", "Recommended projects", "participants", "Unserved needs"):
        assert word not in text


MONEY = {
    "de": (re.compile(r"\d\u00a0€"), re.compile(r"€\d")),
    "en": (re.compile(r"€\d"), re.compile(r"\d\u00a0?€(?!\d)")),
}
"""Per language: how money must look, and how it must not."""


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("path", BUNDLED)
def test_numbers_money_and_percentages_follow_the_language(reports, path, lang):
    _, text = reports(path, lang)
    right, wrong = MONEY[lang]
    assert right.search(text), f"no money written the {lang} way"
    assert not wrong.search(text), f"money written the other way in the {lang} report"
    # No thin-space or plain-space thousands ("3 420"), never the other language's separators.
    assert not re.search(r"\b\d{1,3} \d{3}\b", text)
    if lang == "de":
        assert re.search(r"\d{1,3}\.\d{3}\u00a0€", text)  # 30.000 €
        assert not re.search(r"\b\d{1,3},\d{3}\b", text)  # no English 30,000
        assert not re.search(r"\b0\.\d\d\b", text)  # trust 0,46 not 0.46
        assert re.search(r"\d\u00a0%", text) and not re.search(r"\d%", text)
    else:
        assert re.search(r"€\d{1,3},\d{3}", text)  # €30,000
        assert not re.search(r"\b\d{1,3}\.\d{3}\b", text)  # no German 30.000
        assert not re.search(r"\b0,\d\d\b", text)
        assert re.search(r"\d%", text) and not re.search(r"\d\u00a0%", text)
