"""Book figures from the survey workbook's indicators sheet (``trustmatch book import``).

The needs survey (:mod:`trustmatch.survey`) has an optional sheet "Indicators" / "Kennzahlen":
one row per member with the figures the member reports for a period — a number, or a band where
the member will not give the exact one (``5-10``, ``5..10``, ``5 bis 10``, ``<10``, ``>10``,
``bis 10``, ``ab 10``). The rows become book entries (:mod:`trustmatch.book.models`); every
problem is located by sheet and cell.
"""

from __future__ import annotations

import re
from pathlib import Path

from trustmatch.book.models import BookEntry
from trustmatch.book.store import BookError
from trustmatch.errors import Problem
from trustmatch.i18n import message, resolve_language
from trustmatch.scenario.models import Scenario

FIGURE_COLUMNS: tuple[str, ...] = (
    "revenue_growth_pct", "production_growth_pct", "sick_leave_pct", "employees", "rnd_staff",
    "export_share_pct", "satisfaction",
)
"""Columns of the indicators sheet that hold figures (the first column names the member)."""

_NUMBER = r"[-−+]?\d+(?:[.,]\d+)?"
_BAND = re.compile(rf"^\s*({_NUMBER})\s*(?:-|–|\.\.|bis|to)\s*({_NUMBER})\s*%?\s*$", re.I)
_BELOW = re.compile(rf"^\s*(?:<|≤|bis|unter|up to|below|under)\s*({_NUMBER})\s*%?\s*$", re.I)
_ABOVE = re.compile(rf"^\s*(?:>|≥|ab|über|from|above|over)\s*({_NUMBER})\s*%?\s*$", re.I)
_SINGLE = re.compile(rf"^\s*({_NUMBER})\s*%?\s*$")


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", "."))


def parse_cell(value: object) -> float | tuple[float | None, float | None]:
    """Return a cell's figure: a number, or a band ``(low, high)`` with open ends as None.

    Raises:
        ValueError: The cell holds neither a number nor a band.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value)
    for pattern, shape in ((_BAND, "band"), (_BELOW, "below"), (_ABOVE, "above"),
                           (_SINGLE, "single")):
        match = pattern.match(text)
        if match:
            numbers = [_number(group) for group in match.groups()]
            if shape == "band":
                return (numbers[0], numbers[1])
            if shape == "below":
                return (None, numbers[0])
            if shape == "above":
                return (numbers[0], None)
            return numbers[0]
    raise ValueError(text)


def entries_from_survey(
    path: str | Path, scenario: Scenario, period: int, lang: str | None = None
) -> list[BookEntry]:
    """Read the indicators sheet of a survey workbook into book entries for ``period``.

    Args:
        path: The filled survey workbook (``.xlsx``).
        scenario: The cluster (members are matched by name or id).
        period: The period (phase) the figures belong to.
        lang: Language of the messages (default: the user's locale).

    Raises:
        BookError: With every problem located by sheet and cell (or the file).
    """
    from pydantic import ValidationError

    from trustmatch.book.store import _plain
    from trustmatch.survey.layout import normalise
    from trustmatch.survey.reading import read_survey

    lang = resolve_language(lang)
    summary = message("book.not_recorded", lang)
    data = read_survey(Path(path), lang=lang)
    from trustmatch.i18n import LANGUAGES
    from trustmatch.survey.layout import INDICATORS

    # Only the indicators sheet matters here: problems of the other sheets are the scenario
    # import's business.
    titles = {INDICATORS.title(code) for code in LANGUAGES}
    problems = [p for p in data.problems if not p.path or p.path.split("!")[0] in titles]
    rows = data.rows.get("indicators")
    if rows is None and not problems:
        problems.append(Problem(str(path), None, None, "",
                                message("book.survey_no_sheet", lang)))
    by_name = {normalise(actor.name): actor.id for actor in scenario.actors}
    by_name.update({normalise(actor.id): actor.id for actor in scenario.actors})
    entries = []
    for row in rows or []:
        member_cell = row.get("member")
        member = by_name.get(normalise(str(member_cell.value or "")))
        if member is None:
            problems.append(member_cell.place.problem(
                message("book.survey_unknown_member", lang, name=member_cell.value)))
            continue
        figures: dict[str, object] = {}
        places = {}
        for column in FIGURE_COLUMNS:
            cell = row.get(column)
            if cell.value is None:
                continue
            places[column] = cell.place
            try:
                value = parse_cell(cell.value)
            except ValueError:
                problems.append(cell.place.problem(
                    message("book.survey_bad_cell", lang, got=cell.value)))
                continue
            figures[column] = list(value) if isinstance(value, tuple) else value
        if not figures:
            continue
        try:
            entries.append(BookEntry(period=period, member=member, figures=figures,
                                     note=message("book.survey_note", lang,
                                                  file=Path(path).name)))
        except ValidationError as error:
            for item in error.errors():
                column = next((str(p) for p in item["loc"] if str(p) in places), None)
                place = places.get(column) if column else member_cell.place
                problems.append(place.problem(_plain(item, lang)))
    if problems:
        raise BookError(problems, summary)
    return entries
