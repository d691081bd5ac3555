"""Recruiting hints for unserved needs: the documented rules, applied to real unserved entries."""

from __future__ import annotations

import pytest

from trustmatch.report.recruiting import group_unserved, recruiting_hint
from trustmatch.results import Statement, Theme, UnservedNeed
from trustmatch.scenario import scenario_from_dict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Research on ultrafast laser processing", "research"),
        ("Zugang zu einem Prüflabor", "research"),
        ("Fachkräfte für die Glasschmelze fehlen", "university"),
        ("Nachwuchs: Azubis und Ingenieure gewinnen", "university"),
        ("Better prices for raw glass, coatings and energy", "supplier"),
        ("Gemeinsamer Einkauf", "supplier"),
        ("Kontakte zu Investoren und erfahrenen Gründern", "startup"),
        ("Entering Asian markets", "company"),
        ("Sichtbarkeit im Ausland", "company"),
    ],
)
def test_the_need_words_decide_first(text, kind):
    hint = recruiting_hint(text, ["company"], "none")
    assert (hint.kind, hint.rule) == (kind, "words")


def test_without_telling_words_the_stater_decides():
    assert recruiting_hint("Kaffee", ["startup", "university"], "none").kind == "company"
    assert recruiting_hint("Kaffee", ["company"], "high").kind == "research"
    assert recruiting_hint("Kaffee", ["company", "startup"], "low").kind == "supplier"
    assert recruiting_hint("Kaffee", ["company"], "low").rule == "stater"


def test_unserved_entries_are_grouped_by_need_with_every_stater():
    scenario = scenario_from_dict({
        "name": "s",
        "actors": [
            {"id": "a", "name": "A GmbH", "kind": "company"},
            {"id": "b", "name": "B UG", "kind": "startup"},
            {"id": "u", "name": "Uni", "kind": "university"},
        ],
    })
    themes = [
        Theme(id="lab", label="Prüflabor", needs=["lab"], sensitivity="medium",
              statements=[Statement(actor="u", text="Prüflabor")], actors={"u": 2.0}),
        Theme(id="theme-1", label="Kaffee und Kuchen", needs=[], statements=[
            Statement(actor="a", text="Kaffee"), Statement(actor="b", text="Kuchen")],
            actors={"a": 1.0, "b": 1.0}),
    ]
    unserved = [
        UnservedNeed(actor="b", need="theme-1", reason="budget is used up"),
        UnservedNeed(actor="u", need="lab", reason="no other member states this need"),
        UnservedNeed(actor="a", need="theme-1", reason="budget is used up"),
    ]
    unserved.append(UnservedNeed(actor="a", need="sales", reason="Not enough trust yet: A ..."))
    themes.append(Theme(id="sales", label="Vertrieb", needs=[], statements=[], actors={"a": 1}))
    groups = group_unserved(unserved, themes, scenario)
    assert [(g.need, g.actors, g.reasons, g.sole, g.trust_limited) for g in groups] == [
        ("theme-1", ("a", "b"), ("budget is used up",), False, False),
        ("lab", ("u",), ("no other member states this need",), True, False),
        ("sales", ("a",), ("Not enough trust yet: A ...",), True, True),
    ]
    assert [(g.hint.kind, g.hint.rule) for g in groups] == [
        ("supplier", "stater"), ("research", "words"), ("company", "words")]
