"""The terminal speaks the reader's language and fits 80 columns: plan, roadmap, strategies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalogue_text import catalogue_pieces
from trustmatch.cli import cli
from trustmatch.cli.common import progress_bar
from trustmatch.cli.terminal import table, wrap
from trustmatch.i18n import en
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
NETWORK = ROOT / "scenarios" / "regional-network.yaml"


def run(*args: str, columns: int = 80, lang_env: str | None = None) -> str:
    env = {"COLUMNS": str(columns)}
    if lang_env is not None:
        env["LANG"] = lang_env
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def ids_of(path: Path) -> set[str]:
    scenario = load_scenario(path).scenario
    ids = {a.id for a in scenario.actors} | {n.id for n in scenario.needs}
    ids |= {t.id for t in scenario.project_types} | {p.id for p in scenario.projects}
    ids |= set(scenario.resources) | {scenario.name}
    return {word for word in ids if re.search(r"[-_:]", word)}


def assert_no_ids(text: str, path: Path) -> None:
    for word in ids_of(path):
        assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text), word


def flat(text: str) -> str:
    """The text with line breaks and indents as single spaces (no-break spaces kept)."""
    return re.sub(r"[ \n]+", " ", text)


def assert_fits(text: str, columns: int) -> None:
    too_long = [line for line in text.splitlines() if len(line) > columns]
    assert not too_long, too_long


@pytest.fixture(scope="module")
def german_plan() -> str:
    return run("--lang", "de", "plan", str(YOUNG))


def test_german_plan_is_german_fits_80_columns_and_shows_no_ids(german_plan):
    text = german_plan
    assert_fits(text, 80)
    assert_no_ids(text, YOUNG)
    first = text.splitlines()[0]
    assert re.fullmatch(r"Holzcluster Schwarzwald, Phase 1: \d Projekte empfohlen", first)
    for words in ("Zusammen benötigen sie ", "\u00a0€ der verfügbaren 30.000\u00a0€ (Budget, ",
                  "Teilnehmende (7):", "Warum:", "Erfolgschance 82\u00a0%",
                  "Bedarfe bleiben offen (genannt von", "Optimierung: nachweislich die beste"):
        assert words in flat(text), words
    for english in ("Participants", "Why:", "Unserved", "projects recommended", "Solver",
                    "budget_eur", "ambition"):
        assert english not in text
    # German numbers: no English thousands separator, no decimal point in trust values.
    assert not re.search(r"\d,\d{3}\b", text)


def test_unserved_needs_are_grouped_by_need_with_their_members(german_plan):
    lines = german_plan.splitlines()
    start = next(i for i, line in enumerate(lines) if "bleiben offen" in line)
    needs = [line for line in lines[start:] if line.startswith("  - ")]
    count = int(re.match(r"(\d+) Bedarfe", lines[start]).group(1))
    assert len(needs) == count  # one entry per need, not one per member and need
    labels = [re.match(r"  - („[^“]+“?)", line).group(1) for line in needs]
    assert len(set(labels)) == len(labels)
    block = "\n".join(lines[start:])
    # A need several members state names them together in its one entry.
    assert "Hochschule für Holztechnik (Fakultät Holzbau), Planungsbüro Hug" in flat(block)


def test_language_comes_from_the_locale_and_the_global_option_wins():
    german = run("plan", str(YOUNG), lang_env="de_DE.UTF-8")
    assert german.splitlines()[0].endswith(" Projekte empfohlen")
    english = run("--lang", "en", "plan", str(YOUNG), lang_env="de_DE.UTF-8")
    assert english.splitlines()[0].endswith(" projects recommended")
    assert re.search(r"Together they use €\d,\d{3} of €30,000 \(Budget, \d+%\)", english)


def test_german_roadmap_and_strategies_fit_80_columns():
    roadmap = run("--lang", "de", "roadmap", str(YOUNG), "--phases", "2", "--replications", "2")
    assert_fits(roadmap, 80)
    assert_no_ids(roadmap, YOUNG)
    assert roadmap.startswith("Fahrplan für Holzcluster Schwarzwald: 2 Phasen, Strategie „")
    assert re.search(r"^Phase 1: Clustervertrauen 0,\d\d → 0,\d\d", roadmap, re.MULTILINE)
    assert "Über 2 simulierte Verläufe" in roadmap and "Erfolgreiche Projekte" in roadmap
    strategies = run("--lang", "de", "strategies", str(YOUNG), "--phases", "1",
                     "--replications", "1", "--strategy", "optimal", "--strategy", "greedy",
                     "--strategy", "big-bang")
    assert_fits(strategies, 80)
    assert "Fazit: " in strategies
    assert "  Big Bang: übergeht das Vertrauen und beginnt sofort mit den" in strategies
    assert "  Greedy: nimmt die Projekte mit dem meisten Nutzen je Kosten zuerst" in strategies
    for english in ("Strategy", "Verdict", "money", "replications"):
        assert english not in strategies


def test_a_large_cluster_plan_fits_100_columns():
    text = run("--lang", "en", "plan", str(NETWORK), "--time-limit", "5", columns=100)
    assert_fits(text, 100)
    assert_no_ids(text, NETWORK)
    assert re.search(r"\d\u00a0days of 40\u00a0days \(Usability lab", flat(text))


def test_progress_bar_has_a_label_in_the_language(capsys):
    with progress_bar(3, True, lang="de") as advance:
        advance(1, 3)
        advance(3, 3)
    err = capsys.readouterr().err
    assert "Simulierte Verläufe" in err and "Verläufe" in err


def test_wrapping_keeps_words_whole_and_tables_fit():
    text = "Betriebsbesichtigungen bei den Mitgliedern zu „Auszubildende und Fachkräfte finden“"
    lines = wrap(text, 30, indent=" 1. ")
    assert all(len(line) <= 30 for line in lines)
    assert flat(" ".join(lines)).strip() == "1. " + text
    rows = [["optimiert", "0,40 ± 0,00", "7.340\u00a0€ ±\u00a00\u00a0€"],
            ["Greedy", "0,37 ± 0,00", "10.660\u00a0€ ±\u00a00\u00a0€"]]
    lines = table(["Strategie", "Vertrauen am Ende", "Ausgaben"], rows, 30, right=[1, 2])
    assert all(len(line) <= 30 for line in lines)
    assert any("7.340\u00a0€" in line for line in lines)


def test_german_validate_summary_fits_80_columns():
    text = run("--lang", "de", "validate", str(YOUNG))
    assert_fits(text.split("\n", 1)[1], 80)  # the first line holds the file's whole path
    assert text.startswith(f"{YOUNG}: gültiges Szenario „holzcluster-schwarzwald“")
    flat_text = flat(text)
    for words in ("Mitglieder 16: 7 Unternehmen, 1 Start-up, 3 Zulieferer",
                  "genannte Bedarfe 46:", "Bedarfskatalog 9 (Sensibilität 2 keine",
                  "budget_eur 30.000\u00a0€, manager_hours 220\u00a0h je Phase",
                  "Warnungen keine"):
        assert words in flat_text, words


def english_fragments() -> set[str]:
    """Pieces of English catalogue sentences (between placeholders) of at least four words."""
    return catalogue_pieces(en.MESSAGES)


def test_german_terminal_output_holds_no_english_catalogue_sentence(german_plan):
    roadmap = run("--lang", "de", "roadmap", str(YOUNG), "--phases", "2", "--replications", "2")
    strategies = run("--lang", "de", "strategies", str(YOUNG), "--phases", "1",
                     "--replications", "1", "--strategy", "greedy", "--strategy", "big-bang")
    for text in (german_plan, roadmap, strategies):
        joined = flat(text)
        for piece in english_fragments():
            assert piece not in joined, piece
