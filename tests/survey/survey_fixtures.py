"""Helpers of the survey tests: example answers, and filling a template the way a manager would."""

from __future__ import annotations

from pathlib import Path

from trustmatch.i18n import message

MEMBERS_DE = [
    ("Zimmerei Faller GmbH", "Unternehmen", "Holzbau", 40),
    ("Holzbau Schäfer KG", "Unternehmen", "Holzbau", 25),
    ("Sägewerk Müller & Söhne", "Unternehmen", "Schnittholz", 60),
    ("Hochschule Rottenburg", "Hochschule", None, 2000),
    ("Planungsbüro Grün", "Unternehmen", "Planung; Software", 8),
    ("Handwerkskammer Freiburg", "Öffentliche Einrichtung", None, None),
]
NEEDS_DE = [
    ("Zimmerei Faller GmbH", "Wir finden keine Azubis und Fachkräfte", 5),
    ("Holzbau Schäfer KG", "Fachkräfte fehlen, Auszubildende gesucht", 4),
    ("Sägewerk Müller & Söhne", "Nachwuchs und Fachkräfte gewinnen", 4),
    ("Handwerkskammer Freiburg", "Mehr Auszubildende für das Holzhandwerk", 3),
    ("Planungsbüro Grün", 'Digitale Planung: "BIM" von Anfang an #wichtig', 4),
    ("Hochschule Rottenburg", "Praxispartner für Abschlussarbeiten", 3),
]
COMPETITORS_DE = [("Zimmerei Faller GmbH", "Holzbau Schäfer KG")]
COOPERATION_DE = [("Hochschule Rottenburg", "Sägewerk Müller & Söhne", "gut")]


def fill(template: Path, target: Path, lang: str, **sheets: list[tuple]) -> Path:
    """Write rows into the sheets of a template (sheet key → rows from row 2) and save."""
    from openpyxl import load_workbook

    workbook = load_workbook(template)
    for key, rows in sheets.items():
        sheet = workbook[message(f"survey.sheet.{key}", lang)]
        for row_number, row in enumerate(rows, start=2):
            for column_number, value in enumerate(row, start=1):
                sheet.cell(row=row_number, column=column_number, value=value)
    workbook.save(target)
    return target
