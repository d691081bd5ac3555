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


def _value(value: float | None, say: Messages, digits: int = 1) -> str:
    return "–" if value is None else say.number(value, digits)


def render_book_text(scenario: Scenario, view: BookView, say: Messages) -> str:
    """Return the book for the terminal: the network per phase, then the indicators."""
    from trustmatch.book.report_section import book_section

    # The same sentences and table rows as the report's section, laid out for a terminal.
    section = book_section(scenario, view, say)
    lines = [say("book.network_heading"), ""]
    header, rows = section.network_header, section.network_rows
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
              for row in rows]
    lines += ["", *section.network_notes]
    effects = view.effects
    if effects is None:
        return "\n".join(lines)
    lines += ["", section.effects_heading, "", *section.periods]
    if effects.comparisons:
        lines += ["", section.comparison_heading]
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
        lines.append(section.caution)
    if section.gains:
        lines += ["", section.gains_heading, *("  " + line for line in section.gains)]
    return "\n".join(lines)
