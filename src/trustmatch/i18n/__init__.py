"""One message catalogue per language, and numbers, money and dates formatted per language.

Every sentence a person reads (terminal, report, web app, survey workbook, calendar files) is
looked up here by key: ``trustmatch.i18n.en.MESSAGES`` and ``trustmatch.i18n.de.MESSAGES``.
There is no fallback from one language to the other: a key missing in German is an error, so
German output never contains an English sentence (a test checks that both catalogues hold the
same keys and the same placeholders).

A catalogue value is either a string with ``str.format`` placeholders, or a mapping of plural
categories (CLDR: ``one``, ``other``, …) to such strings; the category is chosen by Babel's
plural rules of the language from the ``count`` argument.

Formatting uses Babel (CLDR data shipped with the package, nothing downloaded): ``1.500 €`` in
German, ``€1,500`` in English.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import import_module

LANGUAGES: tuple[str, ...] = ("en", "de")
"""Languages trustmatch speaks."""

BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "de": "de_DE"}
"""The Babel locale behind each language (formats of numbers, money and dates)."""

LOCALE_VARIABLES: tuple[str, ...] = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
"""Environment variables read, in order, when no language is given."""


_CHOSEN_LANGUAGE: ContextVar[str | None] = ContextVar("trustmatch_language", default=None)
"""The language a caller chose for everything said meanwhile (see :func:`speaking`)."""


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """Speak ``lang`` wherever no language is passed, until the block ends.

    The command line chooses the language once (``--lang``); library code deep below it that
    reports a problem (a results file, a ledger) asks :func:`resolve_language` without knowing
    the option, and is answered with the chosen language instead of the locale's.

    Args:
        lang: ``en``, ``de`` or None (keep what was chosen before, else the locale).
    """
    token = _CHOSEN_LANGUAGE.set(resolve_language(lang)) if lang else None
    try:
        yield
    finally:
        if token is not None:
            _CHOSEN_LANGUAGE.reset(token)


def resolve_language(lang: str | None = None) -> str:
    """Return the language to speak: ``lang`` if given, else the chosen one, else the locale's.

    Args:
        lang: ``en``, ``de`` or None (the language chosen by :func:`speaking`, else read the
            locale from the environment; English unless it names German).

    Returns:
        ``en`` or ``de``.

    Raises:
        ValueError: ``lang`` is not a language trustmatch speaks.
    """
    if lang:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        return lang
    chosen = _CHOSEN_LANGUAGE.get()
    if chosen:
        return chosen
    for variable in LOCALE_VARIABLES:
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX"):
            return "de" if value.lower().startswith("de") else "en"
    return "en"


@cache
def catalogue(lang: str) -> Mapping[str, object]:
    """Return the message catalogue of ``lang`` (key → text or plural forms)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return import_module(f"trustmatch.i18n.{lang}").MESSAGES


def plural_category(lang: str, count: float) -> str:
    """Return the CLDR plural category (``one``, ``other``, …) of ``count`` in ``lang``."""
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[lang]).plural_form(abs(count))


def message(key: str, lang: str, /, count: float | None = None, **values: object) -> str:
    """Return the sentence ``key`` in ``lang`` with its placeholders filled in.

    Args:
        key: The catalogue key.
        lang: ``en`` or ``de``.
        count: Chooses the plural form when the entry has several; also available to the text
            as ``{count}``.
        **values: The placeholders' values (already formatted for the reader).

    Returns:
        The finished sentence.

    Raises:
        KeyError: The key is not in the catalogue of ``lang`` (no fallback to another language).
    """
    entry = catalogue(lang)[key]
    if isinstance(entry, Mapping):
        if count is None:
            raise TypeError(f"message {key!r} has plural forms: pass count=")
        category = plural_category(lang, count)
        entry = entry.get(category, entry["other"])
    if count is not None:
        values.setdefault("count", format_number(count, lang))
    return entry.format(**values) if values else entry


class Messages:
    """The catalogue of one language as a callable: ``say = Messages("de"); say("key", n=3)``.

    Attributes:
        lang: ``en`` or ``de``.
    """

    def __init__(self, lang: str | None = None) -> None:
        self.lang = resolve_language(lang)

    def __call__(self, key: str, /, count: float | None = None, **values: object) -> str:
        """Return ``message(key, self.lang, count=count, **values)``."""
        return message(key, self.lang, count=count, **values)

    def number(self, value: float, digits: int = 0) -> str:
        """Return ``value`` with this language's separators (``1.500,5`` / ``1,500.5``)."""
        return format_number(value, self.lang, digits)

    def money(self, amount: float, currency: str = "EUR") -> str:
        """Return an amount of money (``1.500 €`` / ``€1,500``)."""
        return format_money(amount, self.lang, currency)

    def percent(self, share: float, digits: int = 0) -> str:
        """Return a share 0-1 as a percentage (``52 %`` / ``52%``)."""
        return format_percent(share, self.lang, digits)

    def date(self, day: dt.date) -> str:
        """Return a date written out (``26. November 2026`` / ``26 November 2026``)."""
        return format_date(day, self.lang)

    def amount(self, value: float, unit: str = "") -> str:
        """Return an amount in a unit: money for a currency (``1.500 €``), else ``220 h``."""
        return format_amount(value, self.lang, unit)

    def join(self, items: list[str]) -> str:
        """Return items as a readable list (``a, b und c`` / ``a, b and c``)."""
        return join_list(items, self.lang)


def format_number(value: float, lang: str, digits: int = 0) -> str:
    """Return ``value`` rounded to ``digits`` decimals with the language's separators."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(round(value, digits), format=pattern, locale=BABEL_LOCALES[lang])


def format_money(amount: float, lang: str, currency: str = "EUR") -> str:
    """Return an amount of money, without cents when it is whole (``1.500 €`` / ``€1,500``)."""
    from babel.numbers import format_currency

    whole = abs(amount - round(amount)) < 0.005
    digits = "" if whole else ".00"
    # English puts the sign first (€1,500), German after the number (1.500 €).
    pattern = f"¤#,##0{digits}" if lang == "en" else f"#,##0{digits}\u00a0¤"
    return format_currency(
        round(amount) if whole else amount,
        currency,
        format=pattern,
        locale=BABEL_LOCALES[lang],
        currency_digits=False,
    )


def format_percent(share: float, lang: str, digits: int = 0) -> str:
    """Return a share 0-1 as a percentage in the language's style."""
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "") + "\u00a0%"
    if lang == "en":
        pattern = pattern.replace("\u00a0", "")
    return babel_percent(share, format=pattern, locale=BABEL_LOCALES[lang])


def format_date(day: dt.date, lang: str) -> str:
    """Return a date written out in the language (``26. November 2026``)."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format="long", locale=BABEL_LOCALES[lang])


CURRENCY_CODES: dict[str, str] = {
    "€": "EUR", "EUR": "EUR", "CHF": "CHF", "$": "USD", "USD": "USD", "£": "GBP", "GBP": "GBP",
}
"""Units written as money, and their ISO 4217 code."""


def format_amount(value: float, lang: str, unit: str = "") -> str:
    """Return an amount in a resource's unit: money for a currency, else number and unit.

    Args:
        value: The amount.
        lang: ``en`` or ``de``.
        unit: The resource's unit in ``lang`` (``€``, ``CHF``, ``h``, ``Tage``; empty: none).

    Returns:
        ``1.500 €`` / ``€1,500`` for a currency, ``220 h`` otherwise, ``12`` without a unit.
    """
    code = CURRENCY_CODES.get(unit.strip())
    if code is not None:
        return format_money(value, lang, code)
    digits = 0 if abs(value - round(value)) < 0.05 else 1
    number = format_number(value, lang, digits)
    return f"{number}\u00a0{unit.strip()}" if unit.strip() else number


def join_list(items: list[str], lang: str) -> str:
    """Return items as a readable list: ``a, b and c`` / ``a, b und c``."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + message("common.and", lang) + items[-1]
