"""Kick-off meetings: a date for every recommended project, an invitation, a list for mail merges.

For each project of a phase, :func:`schedule_kickoffs` proposes the earliest day inside the
phase on which every participant can come: a weekday allowed for meetings (scenario
``calendar.meeting_weekdays``, default Tuesday to Thursday), none of the participants' blocked
weekdays or date ranges (``actors[].unavailable``), no participant with another kick-off that
day, and at most ``calendar.meetings_per_day`` kick-offs a day (the cluster management attends
each one). Projects with more participants are placed first (they are the hardest to fit); a
project no day fits gets no date and the reason (who is unavailable).

:func:`invitation` writes one iCalendar (RFC 5545) event per project with the participants, and an
agenda from the needs the project serves and why it was recommended; :func:`participant_rows`
gives the rows of the participant list (CSV / XLSX) for mail merges.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from trustmatch.i18n import Messages
from trustmatch.results import PlannedProject
from trustmatch.scenario.models import WEEKDAYS, Scenario


@dataclass(frozen=True)
class PhaseWindow:
    """The days of one phase: from ``first`` to ``last``, both included.

    Attributes:
        phase: Phase number.
        first: First day of the phase.
        last: Last day of the phase.
    """

    phase: int
    first: dt.date
    last: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` later (the month's last day where it is shorter)."""
    import calendar

    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def phase_window(scenario: Scenario, phase: int, start: dt.date | None = None) -> PhaseWindow:
    """Return the calendar days of ``phase`` (from ``calendar.start`` or ``start``).

    Raises:
        ValueError: Neither the scenario nor the caller gives the first day of phase 1.
    """
    first_day = start or scenario.calendar.start
    if first_day is None:
        raise ValueError("no start date")
    months = scenario.calendar.months_per_phase
    first = add_months(first_day, (phase - 1) * months)
    last = add_months(first_day, phase * months) - dt.timedelta(days=1)
    return PhaseWindow(phase, first, last)


@dataclass(frozen=True)
class Kickoff:
    """The kick-off proposed for one project.

    Attributes:
        project: The planned project.
        day: The proposed day, or None when no day of the phase fits everyone.
        start: Start of the meeting (time-zone aware), or None.
        end: End of the meeting, or None.
        blocked_by: Without a day: the participants who are unavailable on the days that
            remain (ids, sorted).
    """

    project: PlannedProject
    day: dt.date | None
    start: dt.datetime | None
    end: dt.datetime | None
    blocked_by: tuple[str, ...] = ()


def _available(scenario: Scenario, actor: str, day: dt.date) -> bool:
    unavailable = scenario.actor(actor).unavailable
    if WEEKDAYS[day.weekday()] in unavailable.weekdays:
        return False
    return not any(span.start <= day <= span.end for span in unavailable.dates)


def schedule_kickoffs(
    scenario: Scenario, projects: Sequence[PlannedProject], window: PhaseWindow
) -> list[Kickoff]:
    """Propose a kick-off day for every project (see the module docstring for the rules).

    Args:
        scenario: The cluster (members' availability, the calendar settings).
        projects: The phase's recommended projects.
        window: The days of the phase.

    Returns:
        One kick-off per project, in the order of ``projects``.
    """
    from zoneinfo import ZoneInfo

    settings = scenario.calendar
    zone = ZoneInfo(settings.timezone)
    hours, minutes = (int(part) for part in settings.meeting_time.split(":"))
    allowed = {WEEKDAYS.index(day) for day in settings.meeting_weekdays}
    days = [
        window.first + dt.timedelta(days=offset)
        for offset in range((window.last - window.first).days + 1)
    ]
    days = [day for day in days if day.weekday() in allowed]
    booked: dict[dt.date, set[str]] = {}
    meetings: dict[dt.date, int] = {}
    chosen: dict[str, Kickoff] = {}
    order = sorted(projects, key=lambda p: (-len(p.participants), p.id))
    for project in order:
        found = None
        for day in days:
            if meetings.get(day, 0) >= settings.meetings_per_day:
                continue
            if booked.get(day, set()) & set(project.participants):
                continue
            if all(_available(scenario, actor, day) for actor in project.participants):
                found = day
                break
        if found is None:
            blocked = sorted(
                actor
                for actor in project.participants
                if not any(_available(scenario, actor, day) for day in days)
                or any(actor in booked.get(day, set()) for day in days)
            )
            chosen[project.id] = Kickoff(project, None, None, None, tuple(blocked))
            continue
        booked.setdefault(found, set()).update(project.participants)
        meetings[found] = meetings.get(found, 0) + 1
        start = dt.datetime(found.year, found.month, found.day, hours, minutes, tzinfo=zone)
        end = start + dt.timedelta(minutes=settings.meeting_minutes)
        chosen[project.id] = Kickoff(project, found, start, end)
    return [chosen[project.id] for project in projects]


def _stamp() -> dt.datetime:
    # SOURCE_DATE_EPOCH keeps the files reproducible, as it does for reports.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def invitation(
    scenario: Scenario,
    kickoff: Kickoff,
    *,
    phase: int,
    need_labels: Mapping[str, str],
    lang: str | None = None,
) -> bytes:
    """Return the ``.ics`` file (one event) inviting the participants to a project's kick-off.

    Args:
        scenario: The cluster (names and e-mail addresses of the participants).
        kickoff: The scheduled kick-off (must have a day).
        phase: The phase the project belongs to.
        need_labels: Need or theme id → readable label (for the agenda).
        lang: Language of the summary and the agenda.

    Returns:
        The iCalendar file's bytes.
    """
    from icalendar import Calendar, Event, vCalAddress, vText

    if kickoff.start is None or kickoff.end is None:
        raise ValueError("the kick-off has no date")
    from trustmatch.i18n.reasons import say_reason
    from trustmatch.i18n.words import ScenarioWords

    say = Messages(lang)
    project = kickoff.project
    words = ScenarioWords(scenario, say.lang, theme_labels=need_labels)
    title = project_title(scenario, project, say.lang, need_labels)
    names = [scenario.actor(actor).name for actor in project.participants]
    needs = [words.need(need) for need in project.needs]
    agenda = [
        say("book.agenda_intro", project=title),
        say("book.agenda_needs", needs="; ".join(needs)) if needs else "",
        say("book.agenda_why", why=say_reason(project.said_why, words)),
        say("book.agenda_items"),
        say("book.agenda_participants", names=", ".join(names)),
    ]
    calendar = Calendar()
    calendar.add("prodid", "-//trustmatch//kick-off meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{scenario.name}.phase-{phase}.{project.id}@trustmatch")
    event.add("dtstamp", _stamp())
    event.add("dtstart", kickoff.start)
    event.add("dtend", kickoff.end)
    event.add("summary", say("book.kickoff_summary", project=title))
    event.add("description", "\n\n".join(part for part in agenda if part))
    event.add("categories", [say("book.kickoff_category")])
    for actor_id in project.participants:
        actor = scenario.actor(actor_id)
        if actor.email:
            attendee = vCalAddress(f"mailto:{actor.email}")
            attendee.params["cn"] = vText(actor.name)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=0)
    calendar.add_component(event)
    if hasattr(calendar, "add_missing_timezones"):
        calendar.add_missing_timezones()
    return calendar.to_ical()


def project_title(
    scenario: Scenario, project: PlannedProject, lang: str, need_labels: Mapping[str, str]
) -> str:
    """Return a project's name in the reader's language (type and needs, or its own label)."""
    from trustmatch.i18n.words import ScenarioWords

    words = ScenarioWords(scenario, lang, theme_labels=need_labels)
    return words.project(project.id, project.type, project.needs, project.label)


PARTICIPANT_COLUMNS: tuple[str, ...] = (
    "project",
    "project_label",
    "date",
    "time",
    "member",
    "member_name",
    "kind",
    "email",
)
"""Keys of a participant-list row (the CSV's header; the XLSX has translated headers)."""


def participant_rows(scenario: Scenario, kickoffs: Sequence[Kickoff]) -> list[dict[str, str]]:
    """Return one row per participant and project (for mail merges), projects in plan order."""
    rows = []
    for kickoff in kickoffs:
        for actor_id in kickoff.project.participants:
            actor = scenario.actor(actor_id)
            rows.append(
                {
                    "project": kickoff.project.id,
                    "project_label": kickoff.project.label,
                    "date": kickoff.day.isoformat() if kickoff.day else "",
                    "time": kickoff.start.strftime("%H:%M") if kickoff.start else "",
                    "member": actor.id,
                    "member_name": actor.name,
                    "kind": actor.kind,
                    "email": actor.email or "",
                }
            )
    return rows
