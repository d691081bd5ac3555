"""The report a cluster manager reads: HTML (self-contained) or Markdown, with figures.

``render_report(scenario, ...)`` computes what is missing (a roadmap with a Monte Carlo band),
draws the figures with matplotlib and fills a Jinja2 template in English or German.
"""

from __future__ import annotations

from trustmatch.report.render import RenderedReport, read_roadmap, render_report

__all__ = ["RenderedReport", "read_roadmap", "render_report"]
