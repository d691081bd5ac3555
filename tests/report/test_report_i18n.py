"""The report's Translator speaks from the message catalogue: German formats, plural forms."""

from __future__ import annotations

import datetime as dt

import pytest

from trustmatch.i18n import de, en
from trustmatch.report.i18n import Translator, catalogue_key


def test_report_keys_live_in_the_catalogue_under_their_headings():
    assert catalogue_key("h_summary") == "report.h_summary"
    assert catalogue_key("figures.roadmap") == "figures.roadmap"
    assert catalogue_key("common.kind.company") == "common.kind.company"
    for key in ("report.h_summary", "figures.roadmap", "common.kind.research"):
        assert key in en.MESSAGES and key in de.MESSAGES


def test_german_numbers_dates_and_lists():
    t = Translator("de")
    assert t.number(24000) == "24.000"
    assert t.number(0.4251, 2) == "0,43"
    assert t.percent(0.5) == "50\u00a0%"
    assert t.money(1500) == "1.500\u00a0€"
    assert t.date(dt.date(2026, 3, 5)) == "5. März 2026"
    assert t.join(["a", "b", "c"]) == "a, b und c"
    assert t.kind("university", 2) == "Hochschulen"
    assert Translator("en").number(24000.5, 1) == "24,000.5"
    assert Translator("en").money(1500) == "€1,500"


def test_plural_forms_follow_the_count():
    t = Translator("de")
    assert t("more_reasons", count=1) == "Ein ähnlicher Grund für ein weiteres Mitglied."
    assert t("more_reasons", count=3) == "3 ähnliche Gründe für weitere Mitglieder."
    assert Translator("en")("more_reasons", count=1) == "One similar reason for another member."


def test_solver_status_and_strategy_are_words():
    t = Translator("de")
    assert t.status("optimal") == "nachweislich die beste Auswahl"
    assert t.status("something-new") == "kein nachgewiesenes Ergebnis"
    assert t.strategy("no-fairness") == "ohne Fairness"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        Translator("fr")
