"""Write the needs-survey workbook a cluster manager sends to the members (or fills in).

Sheets, in order: the instructions; one sheet per entry of ``layout.DATA_SHEETS`` (members,
needs, competitors, earlier cooperation) with a bold, frozen header row, a note on every header
saying what to write, and drop-down lists (kinds of member, importance 1-5, how a cooperation
went, and the members' names on the sheets that refer to members); last, a hidden sheet holding
the lists. Every text comes from the message catalogue in the chosen language.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from trustmatch.i18n import message, resolve_language
from trustmatch.survey.layout import (
    DATA_SHEETS,
    MEMBERS,
    TEMPLATE_ROWS,
    SheetSpec,
    choice_labels,
)

INSTRUCTION_KEYS: tuple[str, ...] = (
    "survey.instructions.purpose",
    "survey.instructions.members",
    "survey.instructions.needs",
    "survey.instructions.importance",
    "survey.instructions.competitors",
    "survey.instructions.cooperation",
    "survey.instructions.indicators",
    "survey.instructions.confidential",
    "survey.instructions.import",
)
"""Paragraphs of the instructions sheet, in order."""

_LISTS = ("kinds", "experience")
"""Drop-down lists kept on the hidden lists sheet (importance is written inline)."""

LIST_NAMES: dict[str, str] = {
    "kinds": "trustmatch_kinds",
    "experience": "trustmatch_experience",
    "members": "trustmatch_members",
}
"""Workbook-level names of the drop-down lists' sources."""


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def write_template(path: str | Path | BinaryIO, lang: str | None = None) -> Path | BinaryIO:
    """Write the survey workbook (``.xlsx``) to ``path``.

    Args:
        path: File to write (overwritten if it exists), or a binary stream (a download in the
            web app: ``io.BytesIO()``).
        lang: ``en`` or ``de`` for sheet names, headers and instructions (default: the user's
            locale).

    Returns:
        The path (or stream) written.
    """
    from openpyxl import Workbook  # heavy: only when a template is written
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = resolve_language(lang)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = message("survey.sheet.instructions", lang)
    instructions.column_dimensions["A"].width = 110
    instructions["A1"] = message("survey.instructions.title", lang)
    instructions["A1"].font = Font(bold=True, size=14)
    row = 3
    for key in INSTRUCTION_KEYS:
        cell = instructions.cell(row=row, column=1, value=message(key, lang))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 2
    for spec in DATA_SHEETS:
        instructions.cell(row=row, column=1, value=spec.title(lang)).font = Font(bold=True)
        row += 1
        for column in spec.columns:
            required = message("survey.template.required", lang) if column.required else ""
            text = f"{spec.header(column, lang)}{required}: {spec.hint(column, lang)}"
            instructions.cell(row=row, column=1, value=text).alignment = Alignment(wrap_text=True)
            row += 1
        row += 1

    # Drop-down lists refer to workbook-level names rather than to another sheet's cells:
    # every version of Excel and LibreOffice accepts a name as a list's source.
    lists_title = message("survey.sheet.lists", lang)
    ranges = {"members": f"{_quoted(MEMBERS.title(lang))}!$A$2:$A${TEMPLATE_ROWS + 1}"}
    for index, name in enumerate(_LISTS, start=1):
        labels = choice_labels(name, lang)
        letter = get_column_letter(index)
        ranges[name] = f"{_quoted(lists_title)}!${letter}$1:${letter}${len(labels)}"
    for name, reference in ranges.items():
        workbook.defined_names[LIST_NAMES[name]] = DefinedName(LIST_NAMES[name],
                                                               attr_text=reference)
    header_fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
    for spec in DATA_SHEETS:
        _data_sheet(workbook.create_sheet(spec.title(lang)), spec, lang, header_fill, Comment,
                    Font, get_column_letter, DataValidation)
    lists = workbook.create_sheet(lists_title)
    for index, name in enumerate(_LISTS, start=1):
        for position, label in enumerate(choice_labels(name, lang), start=1):
            lists.cell(row=position, column=index, value=label)
    lists.sheet_state = "hidden"
    workbook.active = 1  # open on the members sheet
    if hasattr(path, "write"):
        workbook.save(path)
        return path
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _data_sheet(sheet, spec: SheetSpec, lang: str, fill, comment_type, font_type, letter,
                validation_type) -> None:
    """Fill one data sheet: header row with notes, widths, frozen header, drop-down lists."""
    last = TEMPLATE_ROWS + 1
    for index, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=index, value=spec.header(column, lang))
        cell.font = font_type(bold=True)
        cell.fill = fill
        cell.comment = comment_type(spec.hint(column, lang), "trustmatch", width=300, height=120)
        col = letter(index)
        sheet.column_dimensions[col].width = column.width
        if column.choices is None:
            continue
        if column.choices == "importance":
            formula = '"' + ",".join(choice_labels("importance", lang)) + '"'
        else:
            formula = LIST_NAMES[column.choices]
        check = validation_type(type="list", formula1=formula, allow_blank=True)
        check.error = message(f"survey.template.invalid.{column.choices}", lang)
        check.errorTitle = spec.header(column, lang)
        check.prompt = spec.hint(column, lang)
        check.showErrorMessage = True
        check.showInputMessage = True
        sheet.add_data_validation(check)
        check.add(f"{col}2:{col}{last}")
    sheet.freeze_panes = "A2"
