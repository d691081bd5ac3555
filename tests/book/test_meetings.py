"""Kick-off meetings: dates every participant can attend, no double booking, valid .ics files."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from trustmatch.book.meetings import (
    add_months,
    invitation,
    participant_rows,
    phase_window,
    schedule_kickoffs,
)
from trustmatch.results import PlannedProject


def project(pid, participants, label=None):
    return PlannedProject(
        id=pid, type="workshop", label=label or pid, ambition=1, sensitivity="none",
        needs=["contacts"], participants=participants, uses={}, value=1.0, new_contacts=[],
        success_probability=0.8, why="Brings them together.",
    )


def test_phase_windows_follow_the_calendar(small):
    window = phase_window(small, 2)
    assert (window.first, window.last) == (dt.date(2027, 7, 4), dt.date(2028, 1, 3))
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)


def test_each_project_gets_a_day_everyone_can_attend_and_nobody_is_double_booked(small):
    projects = [
        project("p1", ["a", "b"]), project("p2", ["b", "c"]), project("p3", ["a", "c", "d"])
    ]
    window = phase_window(small, 1)
    kickoffs = schedule_kickoffs(small, projects, window)
    assert [k.project.id for k in kickoffs] == ["p1", "p2", "p3"]
    days = {k.project.id: k.day for k in kickoffs}
    # Tuesday-Thursday only; a never on Tuesday; b away 6-8 January; one kick-off a day
    for k in kickoffs:
        assert window.first <= k.day <= window.last
        assert k.day.weekday() in (1, 2, 3)
        if "a" in k.project.participants:
            assert k.day.weekday() != 1
        if "b" in k.project.participants:
            assert not dt.date(2027, 1, 6) <= k.day <= dt.date(2027, 1, 8)
    assert len(set(days.values())) == 3
    # the largest project is placed first, on the first day that suits a, c and d
    assert days["p3"] == dt.date(2027, 1, 6)
    # a never on Tuesdays, b away 6-8 January, the 6th already taken: Wednesday 13th
    assert days["p1"] == dt.date(2027, 1, 13)
    assert days["p2"] == dt.date(2027, 1, 5)  # b and c are both free on the first Tuesday
    assert kickoffs[0].start.hour == 10 and str(kickoffs[0].start.tzinfo) == "Europe/Berlin"


def test_a_project_nobody_can_attend_gets_no_date_and_says_who(small):
    blocked = small.model_copy(
        update={"calendar": small.calendar.model_copy(update={"meeting_weekdays": ["tuesday"]})}
    )
    (kickoff,) = schedule_kickoffs(blocked, [project("p1", ["a", "b"])], phase_window(blocked, 1))
    assert kickoff.day is None and kickoff.blocked_by == ("a",)


def test_invitation_round_trips_through_an_icalendar_parser(small, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    (kickoff,) = schedule_kickoffs(small, [project("p1", ["a", "c"], "Joint workshop")],
                                   phase_window(small, 1))
    raw = invitation(small, kickoff, phase=1, need_labels={"contacts": "Meeting other members"},
                     lang="de")
    assert raw == invitation(small, kickoff, phase=1, need_labels={"contacts": "Meeting other "
                             "members"}, lang="de")  # reproducible
    calendar = Calendar.from_ical(raw)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Auftakttreffen: Workshop zu „Meeting other members“"
    assert event.decoded("dtstart") == kickoff.start
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=120)
    description = str(event["description"])
    assert "Meeting other members" in description and "Alpha GmbH" in description
    assert "Centre for Research" in description and "Tagesordnung" in description
    attendees = event.get("attendee")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:alpha@example.org"]  # only a has an address
    assert any(c.name == "VTIMEZONE" for c in calendar.walk())


def test_participant_rows_list_every_participant_with_the_date(small):
    kickoffs = schedule_kickoffs(small, [project("p1", ["a", "c"])], phase_window(small, 1))
    rows = participant_rows(small, kickoffs)
    assert [(r["member"], r["member_name"], r["date"]) for r in rows] == [
        ("a", "Alpha GmbH", kickoffs[0].day.isoformat()),
        ("c", "Centre for Research", kickoffs[0].day.isoformat()),
    ]
