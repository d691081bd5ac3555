"""Report strings exist in English and German with the same placeholders; German formats."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from trustmatch.report.i18n import LANGUAGES, STRINGS, Translator


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_exists_in_both_languages_with_the_same_placeholders(key):
    assert set(STRINGS[key]) == set(LANGUAGES)
    assert placeholders(STRINGS[key]["en"]) == placeholders(STRINGS[key]["de"])


def test_german_numbers_dates_and_lists():
    t = Translator("de")
    assert t.number(24000) == "24.000"
    assert t.number(0.4251, 2) == "0,43"
    assert t.percent(0.5) == "50\u00a0%"
    assert t.date(dt.date(2026, 3, 5)) == "5. März 2026"
    assert t.join(["a", "b", "c"]) == "a, b und c"
    assert t.kind("university", 2) == "Hochschulen"
    assert Translator("en").number(24000.5, 1) == "24,000.5"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        Translator("fr")
