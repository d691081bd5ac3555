"""The report on paper: an A4 PDF from headless Chromium, readable and without stranded headings."""

from __future__ import annotations

import html
import math
import re
from pathlib import Path

import pytest
from report_fixtures import HOSTILE, REPORT_DATE, REPOSITORY

from trustmatch.cli import main
from trustmatch.report import render_report
from trustmatch.report.pdf import A4_INCHES, find_browser
from trustmatch.results import to_json

pytestmark = pytest.mark.browser

YOUNG = REPOSITORY / "scenarios" / "young-cluster.yaml"
MIN_POINTS = 7.0
"""The smallest text allowed on paper."""


def pdf_pages(path: Path) -> list[dict]:
    """Return per page: its size in points, the sizes of its characters and its text lines.

    A character's size on paper is its font size times the scale of the text and
    transformation matrices (figures are scaled SVG), as pdfminer hands them to the device.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Device(PDFPageAggregator):
        sizes: list[float]

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            a, b, c, d, _, _ = matrix
            self.sizes.append(fontsize * math.sqrt(abs(a * d - b * c)))
            return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs,
                                       graphicstate)

    pages = []
    with path.open("rb") as stream:
        manager = PDFResourceManager()
        device = Device(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.get_pages(stream):
            device.sizes = []
            interpreter.process_page(page)
            lines = []

            def walk(item, lines=lines):
                if isinstance(item, LTTextLine) and item.get_text().strip():
                    lines.append((item.y0, " ".join(item.get_text().split())))
                for child in getattr(item, "_objs", None) or []:
                    walk(child)

            walk(device.get_result())
            x0, y0, x1, y1 = page.mediabox
            pages.append({"size": (x1 - x0, y1 - y0), "sizes": list(device.sizes),
                          "lines": sorted(lines, key=lambda line: -line[0])})
    return pages


def headings(document: str) -> list[str]:
    found = re.findall(r"<h([1-5])[^>]*>(.*?)</h\1>", document, flags=re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split()) for _, text in found]


@pytest.fixture(scope="module")
def young_pdf(bundled_roadmap, tmp_path_factory):
    if find_browser() is None:
        pytest.skip("no headless Chromium found: install the Debian package `chromium`")
    loaded, computed = bundled_roadmap(YOUNG)
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    rendered = render_report(loaded, roadmap=computed, output=path, date=REPORT_DATE)
    return path, rendered


def test_young_cluster_pdf_is_a4_readable_and_keeps_headings_with_their_text(young_pdf):
    path, rendered = young_pdf
    assert path.read_bytes().startswith(b"%PDF-")
    assert rendered.format == "pdf" and rendered.pdf == path.read_bytes()
    pages = pdf_pages(path)
    assert len(pages) > 3
    width, height = (inches * 72 for inches in A4_INCHES)
    for page in pages:
        assert page["size"][0] == pytest.approx(width, abs=1.5)
        assert page["size"][1] == pytest.approx(height, abs=1.5)
    smallest = min(size for page in pages for size in page["sizes"])
    assert smallest >= MIN_POINTS, f"text of {smallest:.2f} pt on paper"
    # No heading is the last thing on a page: its content follows it on the same page.
    titles = set(headings(rendered.text))
    assert len(titles) > 8
    stranded = [(number, text) for number, page in enumerate(pages, start=1)
                for y, text in page["lines"] if text in titles and y <= page["lines"][-1][0] + 2]
    assert stranded == []


def test_paper_has_no_navigation_or_interactive_part_and_shows_collapsed_lists(young_pdf):
    path, rendered = young_pdf
    text = " ".join(line for page in pdf_pages(path) for _, line in page["lines"])
    document = rendered.text
    # The navigation repeats the section headings; on paper each heading appears once.
    portfolio = headings(document)[headings(document).index("Summary") + 1]
    assert text.count(portfolio) == 1
    assert "Explore the network" not in text and "<script" not in document
    # The "New contacts" lists, collapsed on screen, are open on paper.
    assert "<details open>" in document
    pairs = re.findall(r"<details open><summary>\d+</summary><ul>(.*?)</ul>", document)
    contacts = [html.unescape(item) for block in pairs
                for item in re.findall(r"<li>(.*?)</li>", block)]
    assert contacts
    flat = text.replace(" ", "")
    assert all(contact.replace(" ", "") in flat for contact in contacts)


def test_cli_writes_a_pdf_and_says_how_to_get_chromium_when_there_is_none(
        hostile_roadmap, tmp_path, monkeypatch, capsys):
    roadmap_file = tmp_path / "roadmap.json"
    roadmap_file.write_text(to_json(hostile_roadmap), encoding="utf-8")
    if find_browser() is not None:
        out = tmp_path / "bericht.pdf"
        code = main(["report", str(HOSTILE), "--roadmap", str(roadmap_file), "--lang", "de",
                     "-o", str(out)])
        assert code == 0
        assert out.read_bytes().startswith(b"%PDF-")
    monkeypatch.setenv("TRUSTMATCH_CHROMIUM", "")
    capsys.readouterr()
    code = main(["report", str(HOSTILE), "--roadmap", str(roadmap_file), "-o",
                 str(tmp_path / "none.pdf")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no Chromium browser was found" in err and "apt-get install chromium" in err
    assert "Traceback" not in err and "bug in trustmatch" not in err
    assert not (tmp_path / "none.pdf").exists()
    monkeypatch.setenv("TRUSTMATCH_CHROMIUM", "")
    code = main(["report", str(HOSTILE), "--roadmap", str(roadmap_file), "--lang", "de",
                 "-o", str(tmp_path / "keins.pdf")])
    assert code == 2
    assert "Es wurde kein Chromium-Browser gefunden" in capsys.readouterr().err
