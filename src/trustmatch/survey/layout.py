"""The shape of the needs survey: its sheets, their columns and the drop-down lists.

One description serves the template writer and the import (workbook and form CSV), so a column
added here appears in the template and is read back. Headers and sheet names are catalogue
entries (``survey.sheet.<key>``, ``survey.column.<sheet>.<column>``); the import recognises them
in every language trustmatch speaks, whatever the language of the template.

To add a sheet (for example the indicators of the manager's book), append a :class:`SheetSpec`
to :data:`DATA_SHEETS` with its catalogue entries; sheets the import does not know are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from trustmatch.i18n import LANGUAGES, message

TEMPLATE_ROWS = 500
"""Rows of each data sheet that get drop-down lists in the template."""

KINDS: tuple[str, ...] = (
    "company", "startup", "supplier", "university", "research", "association", "public"
)
"""Kinds of member, in the order of the drop-down list (labels: ``survey.kind.<kind>``)."""

EXPERIENCES: tuple[str, ...] = ("good", "mixed", "poor")
"""How an earlier cooperation went (labels: ``survey.experience.<experience>``)."""

IMPORTANCES: tuple[int, ...] = (1, 2, 3, 4, 5)
"""Importance of a need, 1 (low) to 5 (high); it becomes the need's weight."""


@dataclass(frozen=True)
class Column:
    """One column of a survey sheet.

    Attributes:
        key: Name of the column in code and catalogue (``survey.column.<sheet>.<key>``).
        required: A filled row must have a value here.
        width: Width in the template (characters).
        choices: Drop-down list: ``kinds``, ``importance``, ``experience``, ``members`` or None.
        aliases: Further headers the import accepts (forms name columns their own way).
    """

    key: str
    required: bool = False
    width: int = 20
    choices: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetSpec:
    """One data sheet of the survey workbook.

    Attributes:
        key: Name of the sheet in code and catalogue (``survey.sheet.<key>``).
        columns: Its columns, in order from column A.
    """

    key: str
    columns: tuple[Column, ...]

    def title(self, lang: str) -> str:
        """Return the sheet's name in ``lang``."""
        return message(f"survey.sheet.{self.key}", lang)

    def header(self, column: Column, lang: str) -> str:
        """Return a column's header in ``lang``."""
        return message(f"survey.column.{self.key}.{column.key}", lang)

    def hint(self, column: Column, lang: str) -> str:
        """Return what to write in a column, in ``lang``."""
        return message(f"survey.hint.{self.key}.{column.key}", lang)


MEMBERS = SheetSpec("members", (
    Column("name", required=True, width=34),
    Column("kind", required=True, width=24, choices="kinds", aliases=("type", "Typ")),
    Column("markets", width=30, aliases=("market", "Markt")),
    Column("size", width=12, aliases=("employees", "Größe", "Mitarbeitende", "Mitarbeiter")),
))
"""The members: one row per member."""

NEEDS = SheetSpec("needs", (
    Column("member", required=True, width=34, choices="members"),
    Column("need", required=True, width=60),
    Column("importance", required=True, width=14, choices="importance"),
))
"""The needs: one row per need, in the member's own words, with its importance 1-5."""

COMPETITORS = SheetSpec("competitors", (
    Column("member", required=True, width=34, choices="members"),
    Column("competitor", required=True, width=34, choices="members"),
))
"""Known competitors (optional): one row per pair."""

COOPERATION = SheetSpec("cooperation", (
    Column("member", required=True, width=34, choices="members"),
    Column("partner", required=True, width=34, choices="members"),
    Column("experience", required=True, width=20, choices="experience"),
))
"""Earlier cooperation (optional): one row per pair, with how it went."""

INDICATORS = SheetSpec("indicators", (
    Column("member", required=True, width=34, choices="members"),
    Column("revenue_growth_pct", width=18),
    Column("production_growth_pct", width=18),
    Column("sick_leave_pct", width=16),
    Column("employees", width=14),
    Column("rnd_staff", width=14),
    Column("export_share_pct", width=16),
    Column("satisfaction", width=16),
))
"""Figures for the manager's book (optional): one row per member, numbers or bands such as
``5-10``; read by ``trustmatch book import``, not by the scenario import."""

DATA_SHEETS: list[SheetSpec] = [MEMBERS, NEEDS, COMPETITORS, COOPERATION, INDICATORS]
"""The data sheets, in workbook order (after the instructions, before the hidden lists)."""


def normalise(text: str) -> str:
    """Return text reduced for matching headers and labels: lower case, letters and digits only.

    ``"Need 1"``, ``"need_1"`` and ``"NEED1"`` all become ``"need1"``; umlauts are kept.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"[^\w]|_", "", text)


def sheet_titles(spec: SheetSpec) -> dict[str, str]:
    """Return normalised sheet name → language, for every language."""
    return {normalise(spec.title(lang)): lang for lang in LANGUAGES}


def column_headers(spec: SheetSpec) -> dict[str, Column]:
    """Return normalised header (any language, and the column key) → column."""
    headers: dict[str, Column] = {}
    for column in spec.columns:
        headers[normalise(column.key)] = column
        for alias in column.aliases:
            headers[normalise(alias)] = column
        for lang in LANGUAGES:
            headers[normalise(spec.header(column, lang))] = column
    return headers


def choice_labels(choices: str, lang: str) -> list[str]:
    """Return the labels of a drop-down list in ``lang`` (``kinds``, ``importance``, ...)."""
    if choices == "kinds":
        return [message(f"survey.kind.{kind}", lang) for kind in KINDS]
    if choices == "experience":
        return [message(f"survey.experience.{item}", lang) for item in EXPERIENCES]
    if choices == "importance":
        return [str(value) for value in IMPORTANCES]
    raise ValueError(f"no fixed list {choices!r}")


def choice_lookup(choices: str) -> dict[str, str]:
    """Return normalised label (any language) or code → code, for ``kinds`` or ``experience``."""
    codes = KINDS if choices == "kinds" else EXPERIENCES
    prefix = "survey.kind." if choices == "kinds" else "survey.experience."
    lookup: dict[str, str] = {}
    for code in codes:
        lookup[normalise(code)] = code
        for lang in LANGUAGES:
            lookup[normalise(message(prefix + code, lang))] = code
    return lookup
