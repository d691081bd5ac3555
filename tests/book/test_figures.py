"""The book's figures: one panel per phase, forecasts marked, labels in the reader's language."""

from __future__ import annotations

from trustmatch.book.figures import network_lines_figure, network_panels_figure
from trustmatch.book.network import network_from_ledger
from trustmatch.i18n import Messages
from trustmatch.report.figures import export_svg, report_style


def test_panels_and_lines_show_every_phase_in_german(small, small_ledger):
    metrics = network_from_ledger(small, small_ledger)
    simulated = metrics[-1].model_copy(update={"phase": 3, "source": "simulated"})
    metrics = [*metrics, simulated]
    say = Messages("de")
    with report_style():
        panels = export_svg(network_panels_figure(small, metrics, say))
        lines = export_svg(network_lines_figure(metrics, say))
    for title in ("Vor dem ersten Projekt", "Nach Phase 1", "Nach Phase 2",
                  "Nach Phase 3 (simuliert)"):
        assert title in panels
    assert "Unternehmen" in panels and "Forschungseinrichtung" in panels
    assert "Prognose (simuliert)" in lines and "Dichte" in lines
    assert 'id="fig-network-phases"' in panels and 'id="fig-network-measures"' in lines
