"""The book file: located errors, append-only recording, a writer killed mid-write."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trustmatch.book.models import BookEntry, midpoint
from trustmatch.book.store import BookError, load_book, parse_book, record_entries

SMALL = Path(__file__).resolve().parent / "small-cluster.yaml"


def cluster(period, **figures):
    return BookEntry(period=period, cluster=figures, date=dt.date(2027, 6, 30))


def member(period, who, **figures):
    return BookEntry(period=period, member=who, figures=figures, date=dt.date(2027, 7, 1))


def test_recording_appends_and_keeps_earlier_bytes(small, tmp_path: Path):
    path = tmp_path / "book.yaml"
    record_entries(path, [cluster(1, members=5, events_held=2)], scenario=small, lang="en")
    first = path.read_bytes()
    record_entries(path, [member(1, "a", revenue_growth_pct=(5, 10), satisfaction=4)],
                   scenario=small, lang="en")
    assert path.read_bytes().startswith(first)
    book = load_book(path).book
    assert [e.member for e in book.entries] == [None, "a"]
    assert book.entries[1].figures.revenue_growth_pct == (5, 10)
    assert midpoint(book.entries[1].figures.revenue_growth_pct) == 7.5
    assert midpoint((10, None)) == 10


def test_a_figure_is_recorded_once_per_period_and_member(small, tmp_path: Path):
    path = tmp_path / "book.yaml"
    record_entries(path, [member(1, "a", sick_leave_pct=4.0)], scenario=small, lang="en")
    with pytest.raises(BookError) as caught:
        record_entries(path, [member(1, "a", sick_leave_pct=5.0)], scenario=small, lang="en")
    assert "already recorded in entry 1" in caught.value.render()
    # another member, another period or another figure is fine
    record_entries(path, [member(1, "b", sick_leave_pct=5.0), member(2, "a", sick_leave_pct=3.0),
                          member(1, "a", employees=12)], scenario=small, lang="en")
    assert len(load_book(path).book.entries) == 4


def test_malformed_book_lists_every_problem_with_line_and_column(tmp_path: Path):
    text = (
        "format: trustmatch-book/1\n"
        "scenario: small-cluster\n"
        "entries:\n"
        "  - period: 0\n"                                   # line 4
        "    cluster: {members: -3, evnts_held: 2}\n"       # line 5
        "  - period: 1\n"
        "    member: a\n"
        "    figures: {revenue_growth_pct: [9, 2], satisfaction: 7}\n"   # line 8
        "  - period: 1\n"
        "    cluster: {members: 4}\n"
        "    figures: {employees: 3}\n"                     # both scopes
    )
    with pytest.raises(BookError) as caught:
        parse_book(text, "book.yaml", lang="en")
    rendered = caught.value.render()
    assert "book.yaml:4:13: entry 1, period: must be at least 1 (got 0)" in rendered
    assert "book.yaml:5:24: entry 1, cluster.members: must be at least 0 (got -3)" in rendered
    assert "book.yaml:5:28: entry 1, cluster.evnts_held: unknown key" in rendered
    assert "entry 2, figures.revenue_growth_pct: the band's low end 9 is above its high end 2" in (
        rendered
    )
    assert "book.yaml:8:57: entry 2, figures.satisfaction: must be at most 5 (got 7)" in rendered
    assert "book.yaml:9:5: entry 3: give either 'cluster'" in rendered
    assert "Traceback" not in rendered


def test_book_is_checked_against_the_scenario(small, tmp_path: Path):
    path = tmp_path / "book.yaml"
    path.write_text(
        "format: trustmatch-book/1\nscenario: small-cluster\nentries:\n"
        "  - {period: 7, member: zz, figures: {employees: 3}}\n",
        encoding="utf-8",
    )
    with pytest.raises(BookError) as caught:
        record_entries(path, [cluster(1, members=5)], scenario=small, lang="en")
    rendered = caught.value.render()
    assert "book.yaml:4:14: entry 1, period: period 7 is after the last phase of the scenario" in (
        rendered
    )
    assert "book.yaml:4:25: entry 1, member: 'zz' is not a member of this cluster" in rendered


def test_german_messages(tmp_path: Path):
    with pytest.raises(BookError) as caught:
        parse_book("scenario: s\nentries:\n  - {period: 1, cluster: {members: x}}\n",
                   "buch.yaml", lang="de")
    rendered = caught.value.render()
    assert rendered.startswith("Das Buch ist fehlerhaft")
    assert "muss eine ganze Zahl sein" in rendered


WRITER = """
import os, sys, time
from pathlib import Path
from trustmatch.book.models import BookEntry
from trustmatch.book.store import record_entries
from trustmatch.scenario import load_scenario

real_fsync = os.fsync

def slow_fsync(fd):
    Path(sys.argv[2]).write_text("writing")
    time.sleep(60)

os.fsync = slow_fsync
scenario = load_scenario(sys.argv[3]).scenario
record_entries(sys.argv[1], [BookEntry(period=2, cluster={"members": 6}, note="x" * 100_000)],
               scenario=scenario, lang="en")
"""


def test_book_survives_a_writer_killed_mid_write(small, tmp_path: Path):
    path = tmp_path / "book.yaml"
    for period in (1, 2, 3):
        record_entries(path, [cluster(period, events_held=period)], scenario=small, lang="en")
    before = path.read_bytes()
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(marker), str(SMALL)],
                              env=env)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert writer.poll() is None, "the writer ended before writing"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert len(load_book(path).book.entries) == 3
    record_entries(path, [cluster(3, members=6)], scenario=small, lang="en")
    assert len(load_book(path).book.entries) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.yaml", "marker"]
