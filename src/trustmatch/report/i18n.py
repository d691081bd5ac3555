"""The report's words in one language: a thin adapter over the message catalogue.

Every sentence lives in :mod:`trustmatch.i18n` (``report.…`` keys under the heading "report",
``figures.…`` under "figures", names of kinds, ambition levels and the like under "common").
:class:`Translator` keeps the short keys the report code has always used (``t("h_summary")``)
and adds what the report needs besides: names of kinds and levels, Babel number formats, lists,
and the scenario's own words (labels of needs, project types and resources) in the language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from trustmatch import i18n
from trustmatch.i18n import LANGUAGES

__all__ = ["LANGUAGES", "Translator", "catalogue_key"]

def catalogue_key(key: str) -> str:
    """Return the catalogue key of a report key: ``h_summary`` -> ``report.h_summary``.

    A key that already holds a dot (``figures.roadmap``, ``common.kind.company``) is a catalogue
    key as it is.
    """
    return key if "." in key else f"report.{key}"


@dataclass(frozen=True)
class Translator:
    """Words, sentences and number formats in one language.

    Attributes:
        lang: ``en`` or ``de``.
    """

    lang: str = "en"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown report language {self.lang!r}; use one of {LANGUAGES}")

    def __call__(self, key: str, /, count: float | None = None, **values: object) -> str:
        """Return the text ``key`` in this language with the placeholders filled in.

        Args:
            key: A short report key (``h_summary``) or a catalogue key (``figures.legend``).
            count: Chooses the plural form (and fills ``{count}``), see :func:`i18n.message`.
            **values: The placeholders' values.
        """
        return i18n.message(catalogue_key(key), self.lang, count=count, **values)

    def kind(self, kind: str, count: int = 1) -> str:
        """Return the name of an actor kind, singular or plural by ``count``."""
        return i18n.message(f"common.kind.{kind}", self.lang, count=count)

    def kinds_count(self, kind: str, count: int) -> str:
        """Return a count with the kind's name: ``3 Hochschulen`` / ``1 university``."""
        return f"{self.number(count)} {self.kind(kind, count)}"

    def ambition(self, level: int) -> str:
        """Return the name of an ambition level (1-4)."""
        return i18n.message(f"common.ambition.{min(max(level, 1), 4)}", self.lang)

    def sensitivity(self, level: str) -> str:
        """Return the name of a sensitivity level."""
        return i18n.message(f"common.sensitivity.{level}", self.lang)

    def outcome(self, result: str) -> str:
        """Return the name of a project outcome."""
        return i18n.message(f"common.outcome.{result}", self.lang)

    def status(self, status: str) -> str:
        """Return the readable name of a solver status (an unknown one as a general phrase)."""
        key = f"common.status.{status}"
        if key not in i18n.catalogue(self.lang):
            key = "common.status.other"
        return i18n.message(key, self.lang)

    def strategy(self, strategy: str) -> str:
        """Return the readable name of a planning strategy (``greedy`` -> ``Greedy-Regel``)."""
        key = f"common.strategy.{strategy}"
        if key not in i18n.catalogue(self.lang):
            return strategy
        return i18n.message(key, self.lang)

    def number(self, value: float, digits: int = 0) -> str:
        """Return a number with the language's separators (Babel: ``1.500`` / ``1,500``)."""
        return i18n.format_number(value, self.lang, digits)

    def money(self, amount: float, currency: str = "EUR") -> str:
        """Return an amount of money (``1.500 €`` / ``€1,500``)."""
        return i18n.format_money(amount, self.lang, currency)

    def percent(self, share: float, digits: int = 0) -> str:
        """Return a share (0-1) as a percentage (``52 %`` / ``52%``)."""
        return i18n.format_percent(share, self.lang, digits)

    def trust(self, value: float) -> str:
        """Return a trust value (0-1) with two decimals."""
        return self.number(value, 2)

    def date(self, day: dt.date) -> str:
        """Return a date written out, e.g. ``26 November 2026`` / ``26. November 2026``."""
        return i18n.format_date(day, self.lang)

    def recruit_rules(self) -> str:
        """Return how the recruiting hint is chosen, as :mod:`trustmatch.report.recruiting` does.

        Built from the rules themselves (:data:`trustmatch.needs.fit.FITS` in their order, and
        the fall-back on who states a need), so the note cannot drift from what is computed.
        """
        from trustmatch.needs.fit import FITS

        topics = [self("recruit_topic", topic=self(f"themes.topic.{fit}"),
                       who=self(f"themes.fit.{fit}.recruit")) for fit, _, _ in FITS]
        stater = self("recruit_stater", company=self("themes.fit.company.recruit"),
                      research=self("themes.fit.research.recruit"),
                      supplier=self("themes.fit.supplier.recruit"))
        return self("recruit_rules", topics="; ".join(topics), stater=stater)

    def join(self, items: list[str]) -> str:
        """Return items as a readable list: ``a, b and c`` / ``a, b und c``."""
        return i18n.join_list(items, self.lang)
