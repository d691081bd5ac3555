"""``trustmatch book`` and ``trustmatch meetings`` through the command line."""

from __future__ import annotations

import csv
import datetime as dt
import json
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from trustmatch.cli import cli

ROOT = Path(__file__).resolve().parents[2]
YOUNG = str(ROOT / "scenarios" / "young-cluster.yaml")
SMALL = str(ROOT / "tests" / "book" / "small-cluster.yaml")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_book_over_three_periods(tmp_path: Path):
    book = str(tmp_path / "book.yaml")
    for period, events in ((1, 2), (2, 4), (3, 5)):
        result = run("book", "record", book, "--scenario", SMALL, "--period", str(period),
                     "--lang", "en", f"events_held={events}", "members=5")
        assert result.exit_code == 0, result.output
        assert f"Recorded 2 figures of the cluster for period {period}" in result.output
        for who, growth in zip("abcd", ("2..4", "5", "0..", "-3..-1"), strict=True):
            result = run("book", "record", book, "--scenario", SMALL, "--period", str(period),
                         "--member", who, f"revenue_growth_pct={growth}", "satisfaction=4")
            assert result.exit_code == 0, result.output
    out = tmp_path / "book.json"
    result = run("book", "show", book, "--scenario", SMALL, "--json", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "What moved the cluster" in result.output
    assert "Period 3: members 5, events held 5" in result.output
    data = json.loads(out.read_text())
    assert [p["period"] for p in data["effects"]["periods"]] == [1, 2, 3]
    revenue = next(c for c in data["effects"]["comparisons"]
                   if c["figure"] == "revenue_growth_pct")
    # nobody took part in a project (no ledger): the four reporting members are one group
    assert revenue["did_not"]["members"] == 4
    assert revenue["did_not"]["first"] == pytest.approx((3 + 5 + 0 - 2) / 4)
    assert revenue["took_part"]["first"] is None  # an empty group shows nothing
    german = run("book", "show", book, "--scenario", SMALL, "--lang", "de")
    assert "Was den Cluster vorangebracht hat" in german.output
    assert "Periode 3: Mitglieder 5, Veranstaltungen 5" in german.output


def test_malformed_entries_are_refused_with_every_problem(tmp_path: Path):
    book = tmp_path / "book.yaml"
    result = run("book", "record", str(book), "--scenario", SMALL, "--period", "9",
                 "--member", "zz", "--lang", "en", "sick_leav=3", "employees=ten",
                 "satisfaction=6")
    assert result.exit_code == 2
    for expected in (
        "--member: 'zz' is not a member of this cluster",
        "--period: period 9 is after the last phase of the scenario (3)",
        "sick_leav: unknown figure (did you mean 'sick_leave_pct'?)",
        "employees: must be a number (4.2) or a band LOW..HIGH",
        "satisfaction: must be at most 5 (got 6)",
    ):
        assert expected in result.output
    assert not book.exists()
    assert "Traceback" not in result.output and "bug in trustmatch" not in result.output
    book.write_text("format: trustmatch-book/1\nscenario: small-cluster\nentries:\n"
                    "  - {period: 1, cluster: {members: many}}\n", encoding="utf-8")
    result = run("book", "show", str(book), "--scenario", SMALL, "--lang", "en")
    assert result.exit_code == 2
    assert f"{book}:4:36: entry 1, cluster.members: must be a whole number (got 'many')" in (
        result.output
    )


def test_network_of_a_recorded_ledger_in_the_terminal(tmp_path: Path):
    plan = tmp_path / "plan.json"
    assert run("plan", SMALL, "--json", str(plan)).exit_code == 0
    project = json.loads(plan.read_text())["phases"][0]["projects"][0]["id"]
    ledger = tmp_path / "ledger.yaml"
    result = run("record", str(ledger), "--plan", str(plan), "--project", project,
                 "--result", "success")
    assert result.exit_code == 0, result.output
    result = run("book", "show", "--scenario", SMALL, "--ledger", str(ledger), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "The network of members" in result.output
    assert "Still without any joint project: Delta Supplies, Epsilon University." in result.output
    result = run("book", "show", "--scenario", SMALL, "--ledger", str(ledger), "--forecast", "2",
                 "--seed", "4", "--lang", "en", "--json", "-")
    assert result.exit_code == 0, result.output
    network = json.loads(result.output)["network"]
    assert [(m["phase"], m["source"]) for m in network] == [
        (0, "known"), (1, "recorded"), (2, "simulated"), (3, "simulated")
    ]


def test_meetings_write_one_invitation_per_project_without_double_booking(tmp_path: Path):
    plan = tmp_path / "plan.json"
    assert run("plan", YOUNG, "--json", str(plan)).exit_code == 0
    projects = json.loads(plan.read_text())["phases"][0]["projects"]
    out = tmp_path / "invitations"
    result = run("meetings", str(plan), "--scenario", YOUNG, "--start", "2027-01-01",
                 "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.ics"))
    assert len(files) == len(projects)
    days: dict[str, list[dt.date]] = {}
    for path in files:
        events = [c for c in Calendar.from_ical(path.read_bytes()).walk() if c.name == "VEVENT"]
        assert len(events) == 1
        start = events[0].decoded("dtstart")
        assert dt.date(2027, 1, 1) <= start.date() <= dt.date(2027, 6, 30)
        assert start.weekday() in (1, 2, 3) and (start.hour, start.minute) == (10, 0)
        uid = str(events[0]["uid"])
        project = next(p for p in projects if f".{p['id']}@" in uid)
        for member in project["participants"]:
            days.setdefault(member, []).append(start.date())
    for member, dates in days.items():
        assert len(dates) == len(set(dates)), f"{member} has two kick-offs on one day"
    rows = list(csv.DictReader((out / "participants.csv").open(encoding="utf-8")))
    assert len(rows) == sum(len(p["participants"]) for p in projects)
    assert (out / "participants.xlsx").stat().st_size > 0
    # members in several projects make the kick-offs fall on different days
    shared = [p for p, q in combinations(projects, 2)
              if set(p["participants"]) & set(q["participants"])]
    assert shared, "the young cluster's plan should have overlapping projects"


def test_meetings_without_a_start_date_say_how_to_give_one(tmp_path: Path):
    plan = tmp_path / "plan.json"
    assert run("plan", YOUNG, "--json", str(plan)).exit_code == 0
    result = run("meetings", str(plan), "--scenario", YOUNG, "-o", str(tmp_path / "x"),
                 "--lang", "de")
    assert result.exit_code == 2
    assert "mit --start JJJJ-MM-TT angeben" in result.output
