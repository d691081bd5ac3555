"""The planner's reasons and whys as data, said in German and English from the catalogue.

For the bundled scenarios (the starter as ``trustmatch new`` writes it) and the shared reference
scenario: every reason of a plan is said in German with no piece of the English sentences of
the keys it is made of, names needs and project types by their German labels, and keeps its
values through a JSON round trip; the terminal's German plan holds none of the English
sentences either.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalogue_text import sentence_pieces
from trustmatch.cli import cli
from trustmatch.cli.new import starter_text
from trustmatch.i18n import en
from trustmatch.i18n.reasons import keys_used, say_reason
from trustmatch.i18n.words import ScenarioWords
from trustmatch.planner import plan
from trustmatch.results import PlanResult, Reason, to_json
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ["young-cluster", "regional-network", "starter", "reference"]


@pytest.fixture(scope="module")
def planned(tmp_path_factory):
    """Plan each scenario once: (loaded scenario, plan, scenario file)."""
    cache: dict[str, tuple] = {}

    def get(name: str):
        if name not in cache:
            if name == "starter":
                path = tmp_path_factory.mktemp("starter") / "starter.yaml"
                path.write_text(starter_text(), encoding="utf-8")
            elif name == "reference":
                path = ROOT.parent / "shared" / "examples" / "reference-scenario.yaml"
            else:
                path = ROOT / "scenarios" / f"{name}.yaml"
            loaded = load_scenario(path)
            cache[name] = (loaded, plan(loaded, time_limit=5.0), path)
        return cache[name]

    return get


def reasons_of(result: PlanResult) -> list[tuple[Reason, str]]:
    """Every reason and why of a plan, with the English text stored next to it."""
    found = []
    for phase in result.phases:
        for project in phase.projects:
            found.append((project.said_why, project.why))
            found += [(item.said, item.reason) for item in project.left_out]
    found += [(entry.said, entry.reason) for entry in result.unserved]
    return found


def english_pieces(key: str) -> list[str]:
    """The literal parts of the English sentence ``key`` (between placeholders), 3+ words."""
    return sentence_pieces([en.MESSAGES[key]], min_words=3)


def placeholders(key: str) -> set[str]:
    """The placeholders of the English sentence ``key`` (in every plural form)."""
    entry = en.MESSAGES[key]
    return {name for text in (entry.values() if isinstance(entry, dict) else [entry])
            for _, name, *_ in string.Formatter().parse(text) if name}


def params_of(said: Reason):
    """Every value a reason's sentence says, nested reasons' values included."""
    for name, param in said.params.items():
        if name not in placeholders(said.key):
            continue  # kept as data (the need of an unserved reason), not in this sentence
        yield param
        if param.kind == "reason":
            yield from params_of(param.value)


def words_for(loaded, result: PlanResult, lang: str) -> ScenarioWords:
    return ScenarioWords(loaded.scenario, lang, {t.id: t.label for t in result.themes})


@pytest.mark.parametrize("name", SCENARIOS)
def test_german_reasons_hold_no_english_sentence_and_use_the_german_labels(planned, name):
    loaded, result, _ = planned(name)
    german, english = words_for(loaded, result, "de"), words_for(loaded, result, "en")
    reasons = reasons_of(result)
    assert reasons and all(said.key for said, _ in reasons)
    types = {ptype.id: ptype for ptype in loaded.scenario.project_types}
    needs = {need.id: need for need in loaded.scenario.needs}
    labelled = 0
    for said, stored in reasons:
        sentence = say_reason(said, german)
        # The English text in the results is the same reason said in English.
        assert stored == say_reason(said, english)
        assert sentence != stored
        for key in keys_used(said):
            for piece in english_pieces(key):
                assert piece not in sentence, f"English {piece!r} of {key} in: {sentence}"
        for param in params_of(said):
            ids = param.value if param.kind == "needs" else [param.value]
            if param.kind in ("need", "needs"):
                for need_id in ids:
                    if need_id in needs:
                        need = needs[need_id]
                        assert f"„{need.label_in('de')}“" in sentence
                        if need.label_in("de") != need.label:
                            assert need.label not in sentence
                        labelled += 1
            if param.kind == "type":
                ptype = types[param.value]
                assert ptype.label_in("de") in sentence
                if ptype.label_in("de") != ptype.label:
                    assert ptype.label not in sentence
                labelled += 1
    assert labelled, "no reason of the plan names a need or a project type"


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_reasons_values_survive_a_json_round_trip(planned, name):
    loaded, result, _ = planned(name)
    again = PlanResult.model_validate(json.loads(to_json(result)))
    assert again == result
    german = words_for(loaded, result, "de")
    for (said, _), (read, _) in zip(reasons_of(result), reasons_of(again), strict=True):
        assert read == said
        assert say_reason(read, german) == say_reason(said, german)
    # Numbers stay numbers, ids stay ids: a script can read them without parsing sentences.
    data = json.loads(to_json(result))
    for project in data["phases"][0]["projects"]:
        assert project["why_key"].startswith("plan.why.")
        assert project["why_params"]["people"]["value"] == project["participants"]
        for item in project["left_out"]:
            assert item["key"].startswith("plan.reason.")
            assert item["params"]["name"] == {"kind": "actor", "value": item["actor"],
                                              "resource": None}


def test_a_reason_from_an_older_result_is_not_shown_in_english(planned):
    loaded, result, _ = planned("young-cluster")
    data = json.loads(to_json(result))
    for entry in data["unserved"]:
        del entry["key"], entry["params"]
    old = PlanResult.model_validate(data)
    german = words_for(loaded, old, "de")
    sentence = say_reason(old.unserved[0].said, german)
    assert sentence.startswith("Diese Begründung stammt aus einem Plan")
    assert old.unserved[0].reason not in sentence


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_german_terminal_plan_says_every_reason_in_german(planned, name):
    loaded, result, path = planned(name)
    answer = CliRunner().invoke(cli, ["--lang", "de", "plan", str(path), "--time-limit", "5"],
                                catch_exceptions=False)
    assert answer.exit_code == 0, answer.output
    text = " ".join(answer.output.split())
    german = words_for(loaded, result, "de")
    shown = 0
    for said, stored in reasons_of(result):
        assert " ".join(stored.split()) not in text
        for key in keys_used(said):
            for piece in english_pieces(key):
                assert piece not in text, f"English {piece!r} of {key} in the terminal"
        shown += " ".join(say_reason(said, german).split()) in text
    assert shown, "the terminal shows none of the plan's reasons"
