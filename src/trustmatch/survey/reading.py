"""Read a filled survey safely: a workbook (.xlsx) or a web form's CSV export, cell by cell.

Survey files arrive by e-mail and upload, so they are treated as hostile, like scenario files:
a size limit on the file, and for a workbook (a zip archive of XML files) limits on the number of
entries and on their uncompressed size checked *before* anything is unpacked; XML is parsed by
openpyxl through ``defusedxml`` (no entity expansion), in read-only mode, values only (formulas are
never evaluated); rows per sheet are limited. Every value keeps its place (``Bedarfe!C7`` in a
workbook, line and column in a CSV file) so that problems can point at it.

The result is a :class:`SurveyData` of plain rows; checking the values is ``survey.build``'s job.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from trustmatch.errors import Problem
from trustmatch.i18n import LANGUAGES, message, resolve_language
from trustmatch.survey.layout import (
    COMPETITORS,
    COOPERATION,
    DATA_SHEETS,
    MEMBERS,
    NEEDS,
    Column,
    SheetSpec,
    column_headers,
    normalise,
    sheet_titles,
)

SCENARIO_SHEETS = ("members", "needs", "competitors", "cooperation")
"""The data sheets a scenario is made from (others, like the book's indicators, are not read)."""
MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest survey file accepted (workbook or CSV)."""
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
"""Largest total uncompressed size of a workbook's entries (a zip bomb is refused unopened)."""
MAX_ZIP_ENTRIES = 1000
"""Most entries a workbook's zip archive may hold."""
MAX_ROWS = 10_000
"""Most rows read from one sheet or CSV file (a cluster has tens to hundreds of members)."""
OTHER_SPREADSHEETS = (".xls", ".ods", ".numbers")
"""Spreadsheet formats that are not read (old Excel, LibreOffice, Numbers): save as .xlsx."""
MAX_NUMBERED = 50
"""Most numbered need columns (``need 1`` ... ``need 50``) of a form CSV."""


@dataclass(frozen=True)
class Place:
    """Where a value stands, shaped like a :class:`~trustmatch.errors.Problem`'s location.

    Attributes:
        file: The survey file as the user named it.
        line: Line in a CSV file (None in a workbook).
        column: Column number in a CSV file (None in a workbook).
        path: ``Sheet!C7`` in a workbook, the column header in a CSV file.
    """

    file: str
    line: int | None
    column: int | None
    path: str

    def problem(self, text: str, severity: str = "error") -> Problem:
        """Return a problem at this place."""
        return Problem(self.file, self.line, self.column, self.path, text, severity)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Cell:
    """A value read from the survey and where it stands (``value`` None when empty)."""

    value: Any
    place: Place


@dataclass
class Row:
    """One filled row of a sheet (or one member of a form CSV): column key → cell."""

    cells: dict[str, Cell]
    place: Place
    empty: dict[str, Place] = field(default_factory=dict)
    """Places of the row's empty cells, by column key (to point at a missing value)."""

    def get(self, key: str) -> Cell:
        """Return the cell of a column (empty, at its place or the row's, if not filled)."""
        return self.cells.get(key) or Cell(None, self.empty.get(key, self.place))


@dataclass
class SurveyData:
    """The filled rows of a survey, by sheet key, before their values are checked.

    Attributes:
        source: File name shown in messages.
        lang: Language of the survey's headers (None when it could not be told).
        rows: Sheet key (``members``, ``needs``, ``competitors``, ``cooperation``) → rows.
        problems: Problems found while reading (missing sheets or headers, limits).
    """

    source: str
    lang: str | None
    rows: dict[str, list[Row]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def quoted(text: str, lang: str) -> str:
    """Quote a name as the language does (German „…“, English "…")."""
    return f"„{text}“" if lang == "de" else f'"{text}"'


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters a person cannot have meant to type (tabs and line breaks are kept)."""


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = _CONTROLS.sub("", value).replace("\r\n", "\n").strip()
        return value or None
    return value


def read_survey(path: Path, display: str | None = None, lang: str | None = None,
                sheets: Collection[str] | None = None) -> SurveyData:
    """Read a survey file (``.xlsx`` workbook or ``.csv`` form export) within the limits.

    Args:
        path: The file.
        display: Name shown in messages (default: the path as given).
        lang: Language of the messages (default: the survey's, else the user's locale).
        sheets: Keys of the workbook's data sheets to read (default: all of ``DATA_SHEETS``);
            sheets not read are not checked either.

    Returns:
        The rows found, and the problems found while reading (the caller raises them).
    """
    name = display if display is not None else str(path)
    first = resolve_language(lang)  # messages before the survey's language is known

    def failed(key: str, **values: Any) -> SurveyData:
        data = SurveyData(name, None)
        data.problems.append(Problem(name, None, None, "", message(key, first, **values)))
        return data

    try:
        if path.is_dir():
            return failed("survey.error.folder")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return failed("survey.error.file_too_large", size=f"{size / 1024 / 1024:.1f}",
                          limit=MAX_FILE_BYTES // 1024 // 1024)
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return failed("survey.error.no_file")
    except OSError as error:
        return failed("survey.error.unreadable", reason=error.strerror or str(error))
    return read_survey_bytes(raw, name, lang, sheets)


def read_survey_bytes(raw: bytes, name: str, lang: str | None = None,
                      sheets: Collection[str] | None = None) -> SurveyData:
    """Read a survey from its bytes (an upload), within the same limits as a file.

    Args:
        raw: The file's content.
        name: The file's name as the user knows it (its ending tells a workbook from a CSV
            file when the content does not).
        lang: Language of the messages (default: the survey's, else the user's locale).
        sheets: Keys of the workbook's data sheets to read (default: all).
    """
    first = resolve_language(lang)
    if len(raw) > MAX_FILE_BYTES:
        data = SurveyData(name, None)
        data.problems.append(Problem(name, None, None, "", message(
            "survey.error.file_too_large", first, size=f"{len(raw) / 1024 / 1024:.1f}",
            limit=MAX_FILE_BYTES // 1024 // 1024)))
        return data
    suffix = Path(name).suffix.lower()
    if raw[:4] == b"PK\x03\x04" and suffix not in OTHER_SPREADSHEETS:
        return read_workbook(raw, name, lang, sheets)
    if suffix in (".xlsx", ".xlsm", *OTHER_SPREADSHEETS):
        data = SurveyData(name, None)
        data.problems.append(Problem(name, None, None, "", message("survey.error.not_xlsx",
                                                                     first)))
        return data
    return read_form_csv(raw, name, lang)


# --------------------------------------------------------------------------------------------
# Workbooks
# --------------------------------------------------------------------------------------------


def _check_archive(raw: bytes, name: str, lang: str) -> Problem | None:
    """Return a problem if the zip archive is broken or unpacks beyond the limits."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return Problem(name, None, None, "", message("survey.error.not_xlsx", lang))
    if len(entries) > MAX_ZIP_ENTRIES:
        return Problem(name, None, None, "", message(
            "survey.error.zip_entries", lang, count=len(entries), limit=MAX_ZIP_ENTRIES))
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        return Problem(name, None, None, "", message(
            "survey.error.zip_too_large", lang, size=f"{unpacked / 1024 / 1024:.0f}",
            limit=MAX_UNPACKED_BYTES // 1024 // 1024))
    return None


def _form_sheet(workbook) -> tuple[str, str | None] | None:
    """Return (title, language) of the first sheet whose first row is a form export's."""
    for title in workbook.sheetnames[:20]:
        first = next(workbook[title].iter_rows(max_row=1, values_only=True), None) or ()
        header = ["" if value is None else str(value) for value in first[:500]]
        if is_form_header(header):
            return title, _csv_language(header)
    return None


def _reason(error: BaseException) -> str:
    """Name the first cause of an error (openpyxl wraps the XML parser's in a ValueError)."""
    cause = error.__cause__ or error.__context__ or error
    return type(cause).__name__


def _match_sheets(titles: list[str]) -> tuple[dict[str, str], str | None]:
    """Return sheet key → actual title, and the language the titles are written in."""
    found: dict[str, str] = {}
    votes: dict[str, int] = {}
    for spec in DATA_SHEETS:
        names = sheet_titles(spec)
        for title in titles:
            lang = names.get(normalise(title))
            if lang is not None and spec.key not in found:
                found[spec.key] = title
                votes[lang] = votes.get(lang, 0) + 1
    lang = max(LANGUAGES, key=lambda code: votes.get(code, 0)) if votes else None
    return found, lang


def read_workbook(raw: bytes, name: str, lang: str | None = None,
                  sheets: Collection[str] | None = None) -> SurveyData:
    """Read the data sheets of a survey workbook (bytes of an ``.xlsx`` file).

    Args:
        raw: The file's bytes.
        name: File name shown in messages.
        lang: Language of the messages (default: the workbook's, else the user's locale).
        sheets: Keys of the data sheets to read (default: all of ``DATA_SHEETS``).
    """
    data = SurveyData(name, None)
    refused = _check_archive(raw, name, resolve_language(lang))
    if refused is not None:
        data.problems.append(refused)
        return data
    from openpyxl import load_workbook  # heavy: only when a workbook is read
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    # What a broken or hostile workbook makes openpyxl raise; defusedxml refuses entities and
    # DTDs with its own errors (subclasses of ValueError). Sheets are parsed lazily, while
    # their rows are read, so the reading is guarded too.
    broken = (InvalidFileException, zipfile.BadZipFile, ParseError, KeyError, ValueError,
              TypeError, IndexError, EOFError, OSError, zlib.error)
    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True,
                                 keep_links=False)
    except broken as error:
        data.problems.append(Problem(name, None, None, "", message(
            "survey.error.broken_xlsx", resolve_language(lang), reason=_reason(error))))
        return data
    try:
        found, data.lang = _match_sheets(workbook.sheetnames)
        lang_given = lang
        lang = lang or data.lang or resolve_language()
        for spec in DATA_SHEETS:
            if sheets is not None and spec.key not in sheets:
                continue
            title = found.get(spec.key)
            if title is None and spec is MEMBERS and workbook.sheetnames:
                form = _form_sheet(workbook)
                if form is not None:  # a form export saved as a workbook
                    data.lang = data.lang or form[1]
                    data.rows = read_form_sheet(workbook[form[0]], form[0], name,
                                                lang_given or form[1] or lang, data.problems,
                                                get_column_letter)
                    break
            if title is None:
                if spec is MEMBERS:
                    expected = " / ".join(quoted(spec.title(code), lang) for code in LANGUAGES)
                    data.problems.append(Problem(name, None, None, "", message(
                        "survey.error.no_members_sheet", lang, expected=expected,
                        found=", ".join(quoted(t, lang) for t in workbook.sheetnames[:20]))))
                continue
            data.rows[spec.key] = _read_sheet(
                workbook[title], spec, title, name, lang, data.problems, get_column_letter)
    except broken as error:
        data.rows = {}
        data.problems.append(Problem(name, None, None, "", message(
            "survey.error.broken_xlsx", lang or resolve_language(), reason=_reason(error))))
    finally:
        workbook.close()
    return data


def _read_sheet(sheet, spec: SheetSpec, title: str, name: str, lang: str,
                problems: list[Problem], letter) -> list[Row]:
    """Return the filled rows of one sheet; header problems go to ``problems``."""
    headers = column_headers(spec)
    rows = sheet.iter_rows(values_only=True)
    header_row = next(rows, None) or ()
    columns: dict[int, Column] = {}
    names = {normalise(spec.header(column, lang)): spec.header(column, lang)
             for column in spec.columns}
    for index, value in enumerate(header_row[:200]):
        if _is_blank(value):
            continue
        column = headers.get(normalise(str(value)))
        if column is None:
            place = Place(name, None, None, f"{title}!{letter(index + 1)}1")
            _near_miss(str(value).strip(), names, place, lang, problems)
        elif column not in columns.values():
            columns[index] = column
    for column in spec.columns:
        if column.required and column not in columns.values():
            problems.append(Problem(name, None, None, f"{title}!1", message(
                "survey.error.missing_column", lang, column=spec.header(column, lang))))
    result: list[Row] = []
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            problems.append(Problem(name, None, None, f"{title}!{number}", message(
                "survey.error.too_many_rows", lang, limit=MAX_ROWS)))
            break
        cells: dict[str, Cell] = {}
        empty: dict[str, Place] = {}
        for index, column in columns.items():
            value = _clean(values[index]) if index < len(values) else None
            place = Place(name, None, None, f"{title}!{letter(index + 1)}{number}")
            if value is not None:
                cells[column.key] = Cell(value, place)
            else:
                empty[column.key] = place
        if cells:
            first = min(columns) if columns else 0
            result.append(Row(cells, Place(name, None, None,
                                           f"{title}!{letter(first + 1)}{number}"), empty))
    return result


# --------------------------------------------------------------------------------------------
# Form CSV exports
# --------------------------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves CSV in its ANSI code page; cp1252 reads every byte.
        return raw.decode("cp1252", errors="replace")


def _dialect(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter])


def csv_headers() -> dict[str, tuple[str, int | None]]:
    """Return normalised header (any language) → (field, number) for a form CSV.

    Fields are the member columns (``name``, ``kind``, ``markets``, ``size``), ``competitors``,
    ``cooperation``, and numbered ``need``/``importance`` (``need 1``, ``Bedarf 2``, ...); the
    numbered ones are matched by :func:`_numbered`.
    """
    headers: dict[str, tuple[str, int | None]] = {
        key: (column.key, None) for key, column in column_headers(MEMBERS).items()
    }
    for field_name in ("competitors", "cooperation"):
        headers[normalise(field_name)] = (field_name, None)
        for lang in LANGUAGES:
            headers[normalise(message(f"survey.csv.{field_name}", lang))] = (field_name, None)
    return headers


def _numbered(header: str) -> tuple[str, int] | None:
    """Return (``need`` or ``importance``, number) for ``need 3``, ``Wichtigkeit 3`` ..."""
    norm = normalise(header)
    for field_name in ("need", "importance"):
        words = {normalise(field_name)} | {
            normalise(message(f"survey.csv.{field_name}", lang)) for lang in LANGUAGES}
        for word in words:
            rest = norm[len(word):]
            if norm.startswith(word) and rest.isdigit() and 1 <= int(rest) <= MAX_NUMBERED:
                return field_name, int(rest)
    return None


def _csv_names(title: str, lang: str) -> dict[str, str]:
    """Return normalised → written header of the columns a form CSV may have, in ``lang``."""
    written = [MEMBERS.header(column, lang) for column in MEMBERS.columns]
    written += [message(f"survey.csv.{key}", lang) for key in ("competitors", "cooperation")]
    number = "".join(ch for ch in title if ch.isdigit())
    if number:
        written += [f"{message(f'survey.csv.{key}', lang)} {number}"
                    for key in ("need", "importance")]
    return {normalise(text): text for text in written}


def _near_miss(title: str, names: dict[str, str], place: Place, lang: str,
               problems: list[Problem]) -> None:
    """Warn about a header that is not read but looks like a misspelt one that would be."""
    close = difflib.get_close_matches(normalise(title), list(names), n=1, cutoff=0.8)
    if close:
        problems.append(place.problem(message(
            "survey.warning.unknown_column", lang, column=title, suggestion=names[close[0]]),
            "warning"))


def _csv_language(header: list[str]) -> str | None:
    votes = {lang: 0 for lang in LANGUAGES}
    for text in header:
        norm = normalise(text)
        for lang in LANGUAGES:
            words = [MEMBERS.header(column, lang) for column in MEMBERS.columns]
            words += [message(f"survey.csv.{key}", lang)
                      for key in ("need", "importance", "competitors", "cooperation")]
            if any(norm.startswith(normalise(word)) for word in words):
                votes[lang] += 1
    best = max(LANGUAGES, key=lambda lang: votes[lang])
    if votes[best] == 0 or list(votes.values()).count(votes[best]) > 1:
        return None
    return best


def read_form_csv(raw: bytes, name: str, lang: str | None = None) -> SurveyData:
    """Read a web form's CSV export: one row per member, numbered need/importance columns.

    Rows become the same sheets as a workbook's: a member row, one needs row per filled
    ``need N``, one competitors row per name in ``competitors`` and one cooperation row (how it
    went: good) per name in ``cooperation`` (names separated by ``;`` or new lines).

    Args:
        raw: The file's bytes (UTF-8, with or without BOM, or Windows-1252).
        name: File name shown in messages.
        lang: Language of the messages (default: the headers', else the user's locale).
    """
    text = _decode(raw)
    data = SurveyData(name, None)
    first = resolve_language(lang)
    if "\x00" in text:
        data.problems.append(Problem(name, None, None, "", message("survey.error.binary", first)))
        return data
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        header = next(reader, None)
    except csv.Error as error:
        data.problems.append(Problem(name, 1, None, "", message(
            "survey.error.csv_syntax", first, reason=str(error))))
        return data
    if not header:
        data.problems.append(Problem(name, 1, None, "", message("survey.error.empty", first)))
        return data
    data.lang = _csv_language(header)
    lang = lang or data.lang or first
    fields = _form_fields(header, lang, data.problems,
                          lambda index: Place(name, 1, None if index is None else index + 1,
                                              "" if index is None else header[index].strip()))
    rows = {spec.key: [] for spec in (MEMBERS, NEEDS, COMPETITORS, COOPERATION)}
    data.rows = rows
    good = message("survey.experience.good", lang)
    line = reader.line_num  # a quoted header may span lines
    try:
        for count, values in enumerate(reader, start=1):
            start, line = line + 1, reader.line_num
            if count > MAX_ROWS:
                data.problems.append(Problem(name, start, None, "", message(
                    "survey.error.too_many_rows", lang, limit=MAX_ROWS)))
                break

            def place_of(index: int | None, start: int = start) -> Place:
                if index is None:
                    return Place(name, start, 1, "")
                return Place(name, start, index + 1, header[index].strip())

            _form_row(values, place_of, fields, rows, good)
    except csv.Error as error:
        data.problems.append(Problem(name, line + 1, None, "", message(
            "survey.error.csv_syntax", lang, reason=str(error))))
    return data


def _form_fields(header: list[str], lang: str, problems: list[Problem],
                 place_of: Callable[[int | None], Place]) -> dict[int, tuple[str, int | None]]:
    """Return column index → (field, number) of a form's header; report what is missing."""
    known = csv_headers()
    fields: dict[int, tuple[str, int | None]] = {}
    for index, title in enumerate(header[:500]):
        key = known.get(normalise(title)) or _numbered(title)
        if key is None:
            _near_miss(title.strip(), _csv_names(title, lang), place_of(index), lang, problems)
        elif key not in fields.values():
            fields[index] = key
    for column in MEMBERS.columns:
        if column.required and (column.key, None) not in fields.values():
            problems.append(place_of(None).problem(message(
                "survey.error.missing_column", lang, column=MEMBERS.header(column, lang))))
    return fields


def is_form_header(header: list[str]) -> bool:
    """Whether a first row looks like a form export's: a name column and a numbered need."""
    known = csv_headers()
    keys = {known.get(normalise(title)) or _numbered(title) for title in header[:500]}
    return ("name", None) in keys and any(key and key[0] == "need" for key in keys)


def read_form_sheet(sheet, title: str, name: str, lang: str, problems: list[Problem],
                    letter) -> dict[str, list[Row]]:
    """Read a form export saved as a workbook (one row per member, e.g. Microsoft Forms)."""
    values = sheet.iter_rows(values_only=True)
    header = ["" if value is None else str(value) for value in next(values, None) or ()]
    fields = _form_fields(header, lang, problems, lambda index: Place(
        name, None, None, f"{title}!{letter(1 if index is None else index + 1)}1"))
    rows: dict[str, list[Row]] = {spec.key: [] for spec in (MEMBERS, NEEDS, COMPETITORS,
                                                             COOPERATION)}
    good = message("survey.experience.good", lang)
    for number, row in enumerate(values, start=2):
        if number > MAX_ROWS + 1:
            problems.append(Problem(name, None, None, f"{title}!{number}", message(
                "survey.error.too_many_rows", lang, limit=MAX_ROWS)))
            break

        def place_of(index: int | None, number: int = number) -> Place:
            return Place(name, None, None,
                         f"{title}!{letter(1 if index is None else index + 1)}{number}")

        _form_row(list(row), place_of, fields, rows, good)
    return rows


def _form_row(values: list[Any], place_of: Callable[[int | None], Place],
              fields: dict[int, tuple[str, int | None]], rows: dict[str, list[Row]],
              good: str) -> None:
    """Split one member's form row into the rows of the survey's sheets.

    Args:
        values: The row's values.
        place_of: Where the value of a column index stands (None: the row itself).
        fields: Column index → (field, number) from the header.
        rows: The sheets' rows to add to.
        good: The label of a good experience (a form's "worked with" counts as good).
    """
    cells: dict[tuple[str, int | None], Cell] = {}
    positions = {key: index for index, key in fields.items()}
    for index, key in fields.items():
        value = _clean(values[index]) if index < len(values) else None
        if value is not None:
            cells[key] = Cell(value, place_of(index))
    if not cells:
        return
    member = cells.get(("name", None)) or Cell(None, place_of(None))
    member_keys = {column.key for column in MEMBERS.columns}
    member_cells = {key: cell for (key, number), cell in cells.items()
                    if number is None and key in member_keys}
    member_empty = {key: place_of(index) for (key, number), index in positions.items()
                    if number is None and (key, number) not in cells}
    rows["members"].append(Row(member_cells, member.place if member.value else place_of(None),
                               member_empty))
    if member.value is None:
        return  # the member row reports the missing name; nothing else can refer to it
    numbers = sorted({number for (_key, number) in cells if number is not None})
    for number in numbers:
        need = cells.get(("need", number))
        importance = cells.get(("importance", number))
        row: dict[str, Cell] = {"member": member}
        empty: dict[str, Place] = {}
        for key, cell in (("need", need), ("importance", importance)):
            if cell is not None:
                row[key] = cell
            elif (key, number) in positions:
                empty[key] = place_of(positions[(key, number)])
        where = (need or importance).place  # type: ignore[union-attr]
        rows["needs"].append(Row(row, where, empty))
    for field_name, sheet, other in (("competitors", "competitors", "competitor"),
                                     ("cooperation", "cooperation", "partner")):
        cell = cells.get((field_name, None))
        if cell is None:
            continue
        for part in str(cell.value).replace("\n", ";").split(";"):
            if part.strip():
                row = {"member": member, other: Cell(part.strip(), cell.place)}
                if sheet == "cooperation":
                    row["experience"] = Cell(good, cell.place)
                rows[sheet].append(Row(row, cell.place))
