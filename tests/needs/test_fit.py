"""Which kind of member fits a need: the need's topic first, then who states it."""

from __future__ import annotations

import pytest

from trustmatch.needs.fit import member_fit


@pytest.mark.parametrize(
    ("text", "fit"),
    [
        ("Kontakte zu Investoren für die Series-A-Finanzierung", "investor"),
        ("Fördermittel beantragen", "investor"),
        ("Research on ultrafast laser processing", "research"),
        ("Zugang zu einem Prüflabor", "research"),
        ("Fachkräfte für die Glasschmelze fehlen", "university"),
        ("Tragwerksplaner mit Holzbau-Erfahrung sind kaum zu finden", "university"),
        ("Better prices for raw glass and coatings", "supplier"),
        ("Gemeinsamer Einkauf", "supplier"),
        ("first paying pilot customers among hospitals", "customer"),
        ("Digitalisierung der Buchhaltung", "startup"),
        ("Entering Asian markets", "company"),
        ("Sichtbarkeit im Ausland", "company"),
    ],
)
def test_the_need_topic_decides_first(text, fit):
    found = member_fit([text], ["company"], "none")
    assert (found.fit, found.rule) == (fit, "words")


def test_without_a_known_topic_the_stater_decides():
    assert member_fit(["Kaffee"], ["startup", "university"]).fit == "company"
    assert member_fit(["Kaffee"], ["company"], "high").fit == "research"
    assert member_fit(["Kaffee"], ["company", "startup"], "low").fit == "supplier"
    assert member_fit(["Kaffee"], ["company"]).rule == "stater"


def test_an_investor_is_never_a_member_kind():
    assert member_fit(["Risikokapital"], ["startup"]).kinds == frozenset()
    assert member_fit(["joint R&D"], ["company"]).kinds == {"research", "university"}
