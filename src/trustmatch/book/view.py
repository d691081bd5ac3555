"""The book as the manager reads it: the network per phase and what moved the cluster.

:func:`book_view` gathers everything (for the terminal, the JSON, the report and the web app);
:func:`render_book_text` writes it for the terminal in the reader's language.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from trustmatch.book.effects import MIN_GROUP, ClusterEffects, cluster_effects
from trustmatch.book.network import NetworkMetrics, network_from_ledger, network_from_roadmap
from trustmatch.i18n import Messages
from trustmatch.scenario.models import Scenario


class BookView(BaseModel):
    """Everything the book shows."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    scenario: str
    """Name of the scenario (cluster)."""
    network: list[NetworkMetrics]
    """The network before the first phase and after each recorded (or simulated) phase."""
    effects: ClusterEffects | None
    """Indicators beside activities (None without a book)."""
    min_group: int = MIN_GROUP
    """Smallest group of members whose figures are shown."""


def book_view(
    scenario: Scenario,
    *,
    book_file: str | Path | None = None,
    ledger_file: str | Path | None = None,
    roadmap=None,
    lang: str | None = None,
) -> BookView:
    """Read the book and the ledger and measure what they say.

    Args:
        scenario: The cluster.
        book_file: The book (optional).
        ledger_file: The ledger (optional; without it only the known cooperation is measured).
        roadmap: A simulated :class:`trustmatch.results.RoadmapResult` continuing the ledger;
            its phases are added as forecasts (``source: simulated``).
        lang: Language of error messages.

    Raises:
        BookError: The book is malformed or does not fit the scenario.
        LedgerError: The ledger is malformed or does not fit the scenario.
    """
    from trustmatch.book.store import check_book, load_book
    from trustmatch.ledger import Ledger, LoadedLedger, load_ledger

    ledger = (
        load_ledger(ledger_file) if ledger_file is not None
        else LoadedLedger(Ledger(scenario=scenario.name))
    )
    network = network_from_ledger(scenario, ledger)
    if roadmap is not None:
        network = network_from_roadmap(scenario, roadmap, start=network)
    effects = None
    if book_file is not None:
        loaded = load_book(book_file, lang)
        check_book(loaded, scenario, lang)
        effects = cluster_effects(scenario, loaded.book, ledger)
    return BookView(scenario=scenario.name, network=network, effects=effects)


def _names(scenario: Scenario, ids: list[str], say: Messages, limit: int = 6) -> str:
    names = [scenario.actor(i).name for i in ids]
    if len(names) > limit:
        return say("book.names_more", names=", ".join(names[:limit]), count=len(names) - limit)
    return ", ".join(names) if names else say("book.nobody")


def _signed(value: float, say: Messages) -> str:
    # An explicit sign: a fall in trust must not read as "+-0.60".
    sign = "+" if value >= 0 else "\u2212"
    return sign + say.number(abs(value), 2)


def _value(value: float | None, say: Messages, digits: int = 1) -> str:
    return "–" if value is None else say.number(value, digits)


def render_book_text(scenario: Scenario, view: BookView, say: Messages) -> str:
    """Return the book for the terminal: the network per phase, then the indicators."""
    kinds = {
        "company": say("book.kind_company"), "startup": say("book.kind_startup"),
        "supplier": say("book.kind_supplier"), "university": say("book.kind_university"),
        "research": say("book.kind_research"), "association": say("book.kind_association"),
        "public": say("book.kind_public"),
    }
    lines = [say("book.network_heading"), ""]
    header = [
        say("book.col_phase"), say("book.col_ties"), say("book.col_density"),
        say("book.col_largest"), say("book.col_isolated"), say("book.col_trust"),
        say("book.col_centralisation"),
    ]
    rows = []
    for metrics in view.network:
        phase = say("book.phase_before") if metrics.phase == 0 else str(metrics.phase)
        if metrics.source == "simulated":
            phase += " " + say("book.simulated_mark")
        rows.append([
            phase, str(metrics.ties), say.percent(metrics.density),
            say.percent(metrics.largest_part_share), str(len(metrics.isolated)),
            say.number(metrics.mean_trust, 2), say.number(metrics.degree_centralisation, 2),
        ])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    if any(m.source == "simulated" for m in view.network):
        lines.append(say("book.simulated_note"))
    last = view.network[-1]
    lines.append("")
    lines.append(say("book.isolated_line", names=_names(scenario, last.isolated, say)))
    lines.append(say("book.brokers_line", names=_names(scenario, last.brokers, say)))
    if last.ties_between_kinds:
        pairs = []
        for key, count in last.ties_between_kinds.items():
            a, _, b = key.partition("-")
            pairs.append(f"{kinds[a]} – {kinds[b]}: {count}")
        lines.append(say("book.kinds_line", pairs="; ".join(pairs)))
    effects = view.effects
    if effects is None:
        return "\n".join(lines)
    lines += ["", say("book.effects_heading"), ""]
    for period in effects.periods:
        figures = ", ".join(
            f"{say('book.figure_' + name)} {say.number(value, 0 if value == int(value) else 1)}"
            for name, value in period.figures.items()
        ) or say("book.no_figures")
        lines.append(
            say("book.period_line", period=period.period, figures=figures,
                run=period.projects_run, succeeded=period.projects_succeeded,
                members=period.members_in_projects, contacts=period.new_contacts)
        )
    if effects.comparisons:
        if effects.first_period == effects.last_period:
            heading = say("book.comparison_heading_one", period=effects.first_period,
                          min=view.min_group)
        else:
            heading = say("book.comparison_heading", first=effects.first_period,
                          last=effects.last_period, min=view.min_group)
        lines += ["", heading]
        for item in effects.comparisons:
            for label, group in ((say("book.took_part"), item.took_part),
                                 (say("book.did_not"), item.did_not)):
                if group.first is None and group.last is None and group.change is None:
                    text = say("book.group_suppressed", count=group.members, min=view.min_group)
                else:
                    text = say("book.group_line", first=_value(group.first, say),
                               last=_value(group.last, say), change=_value(group.change, say),
                               count=group.change_members)
                lines.append(f"  {say('book.figure_' + item.figure)} – {label}: {text}")
        lines.append(say("book.not_cause"))
    if effects.type_gains:
        lines += ["", say("book.gains_heading")]
        labels = {t.id: t.label_in(say.lang) for t in scenario.project_types}
        for gain in effects.type_gains[:5]:
            lines.append(
                "  " + say("book.gain_line", type=labels.get(gain.type, gain.type),
                           count=gain.projects, trust=_signed(gain.trust_gain, say),
                           contacts=gain.new_contacts)
            )
    return "\n".join(lines)
