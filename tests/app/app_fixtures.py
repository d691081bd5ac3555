"""Helpers of the app tests: a filled survey workbook, a client with its CSRF token."""

from __future__ import annotations

import re
from pathlib import Path

from trustmatch.i18n import message
from trustmatch.survey import write_template

MEMBERS = [
    ("Zimmerei Faller GmbH", "company", "timber-buildings", 40),
    ("Holzbau Schäfer KG", "company", "timber-buildings", 25),
    ("Sägewerk Müller & Söhne", "company", "sawn-timber", 60),
    ("Hochschule Rottenburg", "university", None, 2000),
    ("Planungsbüro Grün", "company", "planning", 8),
    ("Handwerkskammer Freiburg", "public", None, None),
    ("Schreinerei Vogt", "company", "furniture", 12),
]
NEEDS = [
    ("Zimmerei Faller GmbH", "We cannot find apprentices and skilled carpenters", 5),
    ("Zimmerei Faller GmbH", "More visibility with builders for timber construction", 3),
    ("Holzbau Schäfer KG", "Skilled workers are missing, apprentices wanted", 4),
    ("Holzbau Schäfer KG", "Visibility of timber construction with the public", 3),
    ("Sägewerk Müller & Söhne", "Attract young skilled workers and apprentices", 4),
    ("Handwerkskammer Freiburg", "More apprentices for the wood trades", 3),
    ("Planungsbüro Grün", "Digital planning with BIM from the start", 4),
    ("Hochschule Rottenburg", "Digital planning and BIM in teaching with practice partners", 3),
    ("Schreinerei Vogt", "Visibility at regional fairs for joiners", 4),
    ("Schreinerei Vogt", "Find apprentices for the joinery", 3),
]


def filled_survey(folder: Path, lang: str = "en") -> Path:
    """Write the survey template and fill it as a manager would (members and needs)."""
    from openpyxl import load_workbook

    template = write_template(folder / "template.xlsx", lang=lang)
    template = Path(folder / "template.xlsx")
    workbook = load_workbook(template)
    for key, rows in (("members", MEMBERS), ("needs", NEEDS)):
        sheet = workbook[message(f"survey.sheet.{key}", lang)]
        for row_number, row in enumerate(rows, start=2):
            for column_number, value in enumerate(row, start=1):
                if key == "members" and column_number == 2:
                    value = message(f"survey.kind.{value}", lang)
                sheet.cell(row=row_number, column=column_number, value=value)
    target = folder / "survey.xlsx"
    workbook.save(target)
    return target


def csrf_of(html: str) -> str:
    """Return the CSRF token of the first form of a page."""
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def sha_of(html: str) -> str:
    """Return the file hash an edit form carries."""
    return re.search(r'name="file_sha256" value="([^"]+)"', html).group(1)


def capacities(path: Path) -> dict[str, float]:
    """Return the capacity of each resource of a scenario file (numbers or resource objects)."""
    from trustmatch.scenario import load_scenario

    resources = load_scenario(path).scenario.resources
    return {key: float(getattr(value, "capacity", value)) for key, value in resources.items()}
