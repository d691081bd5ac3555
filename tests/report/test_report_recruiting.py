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
