"""Hostile survey files are refused quickly with a located message, like hostile scenarios."""

from __future__ import annotations

import io
import zipfile

import pytest

from trustmatch.survey import SurveyError, import_survey, reading, write_template


def refused(path, **options) -> str:
    with pytest.raises(SurveyError) as caught:
        import_survey(path, budget=1000, lang="en", **options)
    return caught.value.render()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(reading.MAX_UNPACKED_BYTES // len(chunk) + 2):
                entry.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    assert "the workbook unpacks to 52 MB; at most 50 MB are accepted" in refused(path)


def test_a_workbook_of_too_many_parts_is_refused(tmp_path):
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(reading.MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"part{number}.xml", "")
    assert "the workbook holds 1,001 parts; at most 1000 are accepted" in refused(path)


def test_xml_entities_in_a_workbook_are_refused(tmp_path):
    template = write_template(tmp_path / "template.xlsx", lang="en")
    source = zipfile.ZipFile(template)
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":  # the members sheet
                data = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + data)
            archive.writestr(item, data)
    path = tmp_path / "entities.xlsx"
    path.write_bytes(target.getvalue())
    message = refused(path)
    assert "the workbook cannot be opened (EntitiesForbidden)" in message  # defusedxml
    assert "open it in your spreadsheet program and save it again as .xlsx" in message


def test_files_that_are_not_surveys(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0 old binary Excel")
    assert "this is not an Excel workbook (.xlsx) or a CSV file" in refused(fake)
    libreoffice = tmp_path / "umfrage.ods"
    with zipfile.ZipFile(libreoffice, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert "this is not an Excel workbook (.xlsx) or a CSV file; save the survey as .xlsx" in (
        refused(libreoffice))
    not_a_workbook = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "the workbook cannot be opened" in refused(not_a_workbook)
    binary = tmp_path / "form.csv"
    binary.write_bytes(b"Name,Kind\n\x00\x01\x02")
    assert "this is not a text file; export the form as CSV" in refused(binary)
    assert f"{tmp_path}: is a folder, not a survey file" in refused(tmp_path)
    assert f"{tmp_path / 'missing.csv'}: no such file" in refused(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert f"{empty}:1: the file is empty" in refused(empty)


def test_size_and_row_limits(tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(reading.MAX_FILE_BYTES + 1024 * 1024)  # sparse: nothing really written
    assert "the file is 11.0 MB; survey files are limited to 10 MB" in refused(big)

    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    rows = tmp_path / "rows.csv"
    rows.write_text("name,kind\n" + "".join(f"m{i},company\n" for i in range(5)),
                    encoding="utf-8")
    assert f"{rows}:5: more than 3 rows; a survey is limited to 3 rows per sheet" in refused(rows)


def test_thousands_of_problems_are_listed_up_to_a_hundred(tmp_path):
    rows = tmp_path / "same.csv"
    rows.write_text("name,kind\n" + "x,company\n" * 500, encoding="utf-8")
    with pytest.raises(SurveyError) as caught:
        import_survey(rows, budget=1000, lang="en")
    assert caught.value.summary == f"{rows} cannot be imported (499 errors)"
    assert len(caught.value.problems) == 101
    assert caught.value.problems[-1].message == "... and 399 more problems"
