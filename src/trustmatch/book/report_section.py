"""The book's section of the report: the network per phase and what moved the cluster.

:func:`book_section` turns a :class:`~trustmatch.book.view.BookView` into the plain texts and
table rows the report's templates print (escaped by the templates), and names the figures to
draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trustmatch.book.view import BookView
from trustmatch.i18n import Messages
from trustmatch.scenario.models import Scenario


@dataclass(frozen=True)
class BookSection:
    """What the report shows of the book.

    Attributes:
        heading: The section's heading.
        intro: The sentence under it.
        network_header: Column headings of the network table.
        network_rows: One row per phase (strings, formatted for the reader).
        network_notes: Sentences under the table (isolated members, brokers, kinds of tie).
        effects_heading: Heading of "what moved the cluster" ("" without a book).
        periods: One sentence per period: figures beside activities.
        comparison_heading: Heading of the participants' comparison ("" when none).
        comparison_header: Column headings of the comparison table.
        comparison_rows: One row per figure and group.
        caution: The warning that this is no proof of cause.
        gains_heading: Heading of the project types' gains ("" when none).
        gains: One sentence per project type.
    """

    heading: str
    intro: str
    network_header: list[str]
    network_rows: list[list[str]]
    network_notes: list[str]
    effects_heading: str = ""
    periods: list[str] = field(default_factory=list)
    comparison_heading: str = ""
    comparison_header: list[str] = field(default_factory=list)
    comparison_rows: list[list[str]] = field(default_factory=list)
    caution: str = ""
    gains_heading: str = ""
    gains: list[str] = field(default_factory=list)


def _names(scenario: Scenario, ids: list[str], say: Messages, limit: int = 8) -> str:
    names = [scenario.actor(i).name for i in ids]
    if len(names) > limit:
        return say("book.names_more", names=", ".join(names[:limit]), count=len(names) - limit)
    return ", ".join(names) if names else say("book.nobody")


def _signed(value: float, say: Messages) -> str:
    # An explicit sign: a fall in trust must not read as "+-0.60".
    return ("+" if value >= 0 else "\u2212") + say.number(abs(value), 2)


def _kinds_line(ties_between_kinds: dict[str, int], say: Messages) -> str:
    pairs = []
    for key, count in ties_between_kinds.items():
        first, _, second = key.partition("-")
        pairs.append(f"{say('book.kind_' + first)} – {say('book.kind_' + second)}: {count}")
    return say("book.kinds_line", pairs="; ".join(pairs))


def _type_label(scenario: Scenario, type_id: str, lang: str) -> str:
    for project_type in scenario.project_types:
        if project_type.id == type_id:
            return project_type.label_in(lang)
    return type_id


def book_section(scenario: Scenario, view: BookView, say: Messages) -> BookSection:
    """Return the report's book section in the reader's language."""
    header = [
        say("book.col_phase"), say("book.col_ties"), say("book.col_density"),
        say("book.col_largest"), say("book.col_isolated"), say("book.col_trust"),
        say("book.col_centralisation"),
    ]
    rows = []
    for item in view.network:
        phase = say("book.phase_before") if item.phase == 0 else str(item.phase)
        if item.source == "simulated":
            phase += " " + say("book.simulated_mark")
        rows.append([
            phase, say.number(item.ties), say.percent(item.density),
            say.percent(item.largest_part_share), say.number(len(item.isolated)),
            say.number(item.mean_trust, 2), say.number(item.degree_centralisation, 2),
        ])
    last = view.network[-1]
    notes = [
        say("book.isolated_line", names=_names(scenario, last.isolated, say)),
        say("book.brokers_line", names=_names(scenario, last.brokers, say)),
    ]
    if last.ties_between_kinds:
        notes.append(_kinds_line(last.ties_between_kinds, say))
    if any(item.source == "simulated" for item in view.network):
        notes.append(say("book.simulated_note"))
    section = BookSection(
        heading=say("book.report_heading"),
        intro=say("book.report_intro"),
        network_header=header,
        network_rows=rows,
        network_notes=notes,
    )
    effects = view.effects
    if effects is None:
        return section
    periods = []
    for period in effects.periods:
        figures = ", ".join(
            f"{say('book.figure_' + name)} {say.number(value, 0 if value == int(value) else 1)}"
            for name, value in period.figures.items()
        ) or say("book.no_figures")
        periods.append(
            say("book.period_line", period=period.period, figures=figures,
                run=period.projects_run, succeeded=period.projects_succeeded,
                members=period.members_in_projects, contacts=period.new_contacts)
        )
    comparison_rows = []
    for item in effects.comparisons:
        for label, group in ((say("book.took_part"), item.took_part),
                             (say("book.did_not"), item.did_not)):
            if group.first is None and group.last is None and group.change is None:
                cells = [say("book.group_suppressed", count=group.members, min=view.min_group),
                         "", ""]
            else:
                cells = ["–" if v is None else say.number(v, 1)
                         for v in (group.first, group.last, group.change)]
            comparison_rows.append([say("book.figure_" + item.figure), label, *cells,
                                    say.number(group.change_members)])
    if effects.first_period == effects.last_period:
        comparison_heading = say("book.comparison_heading_one", period=effects.first_period,
                                 min=view.min_group)
    else:
        comparison_heading = say("book.comparison_heading", first=effects.first_period,
                                 last=effects.last_period, min=view.min_group)
    gains = [
        say("book.gain_line", type=_type_label(scenario, gain.type, say.lang),
            count=gain.projects, trust=_signed(gain.trust_gain, say),
            contacts=gain.new_contacts)
        for gain in effects.type_gains[:5]
    ]
    return BookSection(
        heading=section.heading,
        intro=section.intro,
        network_header=header,
        network_rows=rows,
        network_notes=notes,
        effects_heading=say("book.effects_heading"),
        periods=periods,
        comparison_heading=comparison_heading if comparison_rows else "",
        comparison_header=[
            say("book.col_figure"), say("book.col_group"), say("book.col_first"),
            say("book.col_last"), say("book.col_change"), say("book.col_members"),
        ],
        comparison_rows=comparison_rows,
        caution=say("book.not_cause") if comparison_rows else "",
        gains_heading=say("book.gains_heading") if gains else "",
        gains=gains,
    )
