import datetime as dt
import string

import pytest

from trustmatch import i18n
from trustmatch.i18n import de, en


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def forms(entry: object) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def test_both_catalogues_hold_the_same_keys_and_placeholders():
    assert set(en.MESSAGES) == set(de.MESSAGES)
    for key, english in en.MESSAGES.items():
        english_names = set().union(*(placeholders(t) for t in forms(english)))
        german_names = set().union(*(placeholders(t) for t in forms(de.MESSAGES[key])))
        assert english_names == german_names, key


def test_no_german_entry_is_empty_or_equal_to_a_long_english_sentence():
    for key, german in de.MESSAGES.items():
        for text in forms(german):
            assert text.strip(), key
        english = en.MESSAGES[key]
        if isinstance(german, str) and isinstance(english, str) and len(english.split()) > 3:
            assert german != english, key


def test_money_numbers_and_dates_follow_the_language():
    assert i18n.format_money(1500, "de") == "1.500\u00a0€"
    assert i18n.format_money(1500, "en") == "€1,500"
    assert i18n.format_number(3420.5, "de", 1) == "3.420,5"
    assert i18n.format_number(3420.5, "en", 1) == "3,420.5"
    assert i18n.format_percent(0.52, "de") == "52\u00a0%"
    assert i18n.format_date(dt.date(2026, 11, 26), "de") == "26. November 2026"


def test_language_comes_from_the_locale_when_not_given(monkeypatch):
    for variable in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    assert i18n.resolve_language() == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.resolve_language() == "de"
    assert i18n.resolve_language("en") == "en"
    with pytest.raises(ValueError):
        i18n.resolve_language("fr")


def test_a_key_missing_in_german_is_an_error_not_an_english_fallback():
    with pytest.raises(KeyError):
        i18n.message("no.such.key", "de")
