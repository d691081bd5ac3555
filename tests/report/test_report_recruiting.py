"""Unserved needs grouped by need; recruiting only where a new member is the remedy."""

from __future__ import annotations

from trustmatch.report.recruiting import group_unserved, remedy
from trustmatch.results import Statement, Theme, UnservedNeed
from trustmatch.scenario import scenario_from_dict


def _scenario():
    return scenario_from_dict({
        "name": "s",
        "actors": [
            {"id": "a", "name": "A GmbH", "kind": "company"},
            {"id": "b", "name": "B UG", "kind": "startup"},
            {"id": "u", "name": "Uni", "kind": "university"},
        ],
    })


THEMES = [
    Theme(id="money", label="Investoren finden", needs=[], statements=[
        Statement(actor="b", text="Investoren finden")], actors={"b": 1.0}),
    Theme(id="theme-1", label="Kaffee und Kuchen", needs=[], statements=[
        Statement(actor="a", text="Kaffee"), Statement(actor="b", text="Kuchen")],
        actors={"a": 1.0, "b": 1.0}),
    Theme(id="sales", label="Vertrieb", needs=[], statements=[], actors={"a": 1}),
]


def test_entries_are_grouped_by_need_and_only_unshared_needs_get_recruiting():
    unserved = [
        UnservedNeed(actor="b", need="theme-1", reason="r1", kind="resources"),
        UnservedNeed(actor="b", need="money", reason="r2", kind="sole"),
        UnservedNeed(actor="a", need="theme-1", reason="r1", kind="capacity"),
        UnservedNeed(actor="a", need="sales", reason="r3", kind="trust"),
    ]
    groups = group_unserved(unserved, THEMES, _scenario())
    assert [(g.need, g.actors, g.kind, g.recruit, g.sole, g.trust_limited) for g in groups] == [
        ("money", ("b",), "sole", True, True, False),
        ("theme-1", ("a", "b"), "capacity", False, False, False),
        ("sales", ("a",), "trust", False, True, True),
    ]
    money, coffee, sales = groups
    assert money.fit.fit == "investor"
    assert remedy(money, "en") == ("an investor or a bank", "the need is about money")
    assert remedy(money, "de") == ("Investoren oder eine Bank", "der Bedarf betrifft Geld")
    # Other causes get their own remedy and no recruiting.
    assert remedy(coffee, "en") == ("nobody: a higher project limit or the next phase", "")
    assert remedy(sales, "de") == ("noch niemanden: erst Vertrauen aufbauen", "")


def test_the_note_on_recruiting_states_the_rules_the_remedies_follow():
    from pathlib import Path

    from trustmatch import load_scenario, plan, render_report
    from trustmatch.i18n import message
    from trustmatch.needs.fit import FITS, member_fit
    from trustmatch.report.i18n import Translator

    cases = [
        (["Investoren finden"], ["startup"], "none"),
        (["Prüfstand für Sensorik"], ["company"], "none"),
        (["Azubis gewinnen"], ["company"], "none"),
        (["Kaffee und Kuchen"], ["startup", "university"], "none"),
        (["Kaffee und Kuchen"], ["company"], "high"),
        (["Kaffee und Kuchen"], ["company"], "none"),
    ]
    for lang in ("en", "de"):
        rules = Translator(lang).recruit_rules()
        topic, stater = rules.split(message("report.recruit_stater", lang, company="\0",
                                            research="\0", supplier="\0").split("\0")[0])
        # The topics in the order they are tried, each with whom it calls for.
        places = [topic.index(message("report.recruit_topic", lang,
                                      topic=message(f"themes.topic.{fit}", lang),
                                      who=message(f"themes.fit.{fit}.recruit", lang)))
                  for fit, _, _ in FITS]
        assert places == sorted(places)
        for texts, kinds, sensitivity in cases:
            fit = member_fit(texts, kinds, sensitivity)
            who = message(f"themes.fit.{fit.fit}.recruit", lang)
            if fit.rule == "words":
                assert f"{message(f'themes.topic.{fit.fit}', lang)} → {who}" in topic
            else:
                assert who in stater, (texts, kinds, sensitivity)
    # The report prints the note as built, in its language.
    loaded = load_scenario(Path(__file__).resolve().parents[2] / "scenarios"
                           / "young-cluster.yaml")
    text = render_report(loaded, plan=plan(loaded), format="md", lang="de").text
    assert Translator("de").recruit_rules() in " ".join(text.split())
