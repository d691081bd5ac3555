"""Render the report: compute what is missing, draw the figures, fill the template, write files.

HTML: one self-contained file (inline CSS, inline SVG figures, one inline script for the
interactive network with its data as escaped JSON, no external requests), rendered with Jinja2
autoescaping; only matplotlib's SVG output, the package's own script and the escaped JSON are
inserted unescaped.
PDF: the HTML printed by headless Chromium on A4 with the report's print style sheet.
Markdown: the text file plus one PNG per figure in a folder beside it (``NAME_figures/``); every
value is escaped for Markdown by the environment's ``finalize`` hook, so no value can be
forgotten.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from trustmatch import __version__
from trustmatch.report import figures as fig
from trustmatch.report.batchruns import BatchRuns, read_batch_runs
from trustmatch.report.content import (
    ReportInputs,
    build_view,
    localized_phase,
    localized_roadmap,
    localized_themes,
    scenario_words,
)
from trustmatch.report.i18n import LANGUAGES, Translator
from trustmatch.results import PlanResult, RoadmapResult
from trustmatch.scenario import LoadedScenario, load_scenario
from trustmatch.scenario.competition import competitor_pairs

FORMATS: tuple[str, ...] = ("html", "md", "pdf")
"""Output formats."""

DEFAULT_REPLICATIONS = 20
"""Monte Carlo replications when the report computes the roadmap itself (quick, still a band)."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


class MarkdownSafe(str):
    """A string the Markdown template prints as it is (only for text this package builds)."""


def markdown_escape(value: object) -> str:
    """Return a value as Markdown text that shows exactly its characters, on one line.

    HTML-special characters become entities (Markdown passes raw HTML through), Markdown's own
    markup characters are backslash-escaped and line breaks become spaces (a break would end a
    table row).
    """
    if isinstance(value, MarkdownSafe):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _environment(fmt: str) -> jinja2.Environment:
    loader = jinja2.PackageLoader("trustmatch.report", "templates")
    if fmt == "html":
        return jinja2.Environment(
            loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
    # Markdown is not HTML: autoescape is off, and ``finalize`` escapes every printed value.
    return jinja2.Environment(  # noqa: S701 - escaping is done by finalize=markdown_escape
        loader=loader, autoescape=False, finalize=markdown_escape,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )


@dataclass(frozen=True)
class RenderedReport:
    """A rendered report.

    Attributes:
        text: The HTML or Markdown text.
        format: ``html`` or ``md``.
        files: Extra files (Markdown: the PNG figures) by path relative to the report's folder.
        figure_ids: The ids of the figures in the report, in order.
        written: Paths written (when an output path was given).
        pdf: The PDF's bytes (format ``pdf``; ``text`` is then the HTML that was printed).
    """

    text: str
    format: str
    files: dict[str, bytes] = field(default_factory=dict)
    figure_ids: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    pdf: bytes | None = None


def _network_labels(t: Translator) -> dict[str, str]:
    """Return the texts of the network's frame (heading, filters, print note)."""
    from trustmatch.i18n import message

    keys = ("network_title", "network_intro", "network_theme", "network_phase",
            "network_member", "network_static_note")
    return {key: message(f"figures.{key}", t.lang) for key in keys}


@dataclass(frozen=True)
class _FigureSlot:
    id: str
    title: str
    caption: str
    svg: Markup | None = None
    path: MarkdownSafe | None = None


def report_date(value: dt.date | str | None = None) -> dt.date:
    """Return the report's date: ``value``, else ``SOURCE_DATE_EPOCH`` (UTC), else today.

    ``SOURCE_DATE_EPOCH`` is the reproducible-builds convention; tests and CI use it (or pass a
    date) so that two renders of the same inputs are byte-identical.
    """
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


def _draw_figures(inputs: ReportInputs, t: Translator) -> tuple[list, list]:
    scenario = inputs.loaded.scenario
    # Figures print labels: give them the scenario's words in the report's language.
    themes = localized_themes(inputs.themes, inputs.loaded, t.lang)
    if inputs.roadmap is not None:
        words = scenario_words(inputs, t.lang)
        inputs = replace(inputs, roadmap=localized_roadmap(inputs.roadmap, words))
    builders: list[Callable[[], fig.ReportFigure]] = [
        lambda: fig.actor_need_figure(scenario.actors, themes, t),
        lambda: fig.theme_overlap_figure(themes, t),
    ]
    roadmap = inputs.roadmap
    recommended = inputs.recommended
    snapshot = None
    when = fig.say(t, "when_start")
    if roadmap is not None and roadmap.phases:
        snapshot = roadmap.phases[-1].trust_after
        when = fig.say(t, "when_end", phase=roadmap.phases[-1].plan.phase)
    elif recommended is not None:
        snapshot = recommended.trust_before
    if snapshot is not None:
        builders.append(lambda: fig.trust_network_figure(
            scenario.actors, themes, competitor_pairs(scenario), snapshot, t, when=when))
    if roadmap is not None and roadmap.phases:
        recommended_phase = recommended.phase if recommended is not None else None
        builders.append(lambda: fig.trust_phases_figure(roadmap, len(scenario.actors), t))
        builders.append(lambda: fig.roadmap_figure(roadmap, t, recommended=recommended_phase))
    batch_builders: list[Callable[[], fig.ReportFigure]] = []
    if inputs.batch is not None:
        batch = inputs.batch
        batch_builders.append(lambda: fig.batch_figure(batch.metrics, batch.runs, t))
    return builders, batch_builders


def _network(inputs: ReportInputs, t: Translator) -> Markup | None:
    """Return the interactive network's data as escaped JSON (None: nothing to show)."""
    from trustmatch.report.network import embed_json, network_data, roadmap_outcomes

    scenario = inputs.loaded.scenario
    # The network shows labels when a member is clicked: the scenario's words in the language.
    words = scenario_words(inputs, t.lang)
    roadmap = localized_roadmap(inputs.roadmap, words) if inputs.roadmap is not None else None
    recommended = inputs.recommended
    if roadmap is not None and roadmap.phases:
        phases = [phase.plan for phase in roadmap.phases]
        snapshot = roadmap.phases[-1].trust_after
    elif inputs.plan is not None and inputs.plan.phases:
        phases = [localized_phase(phase, words) for phase in inputs.plan.phases]
        snapshot = phases[0].trust_before
    else:
        return None
    data = network_data(
        scenario.actors, localized_themes(inputs.themes, inputs.loaded, t.lang),
        competitor_pairs(scenario), phases,
        roadmap_outcomes(roadmap), snapshot,
        recommended.phase if recommended is not None else None, t,
    )
    # embed_json escapes <, >, & and U+2028/2029: the text cannot end the script element.
    return Markup(embed_json(data))  # noqa: S704


def _render_figures(
    builders: Sequence[Callable[[], fig.ReportFigure]], fmt: str, folder: str
) -> tuple[list[_FigureSlot], dict[str, bytes]]:
    slots = []
    files: dict[str, bytes] = {}
    with fig.report_style():
        for build in builders:
            item = build()
            if fmt in ("html", "pdf"):
                # matplotlib escapes every text it writes into the SVG; the SVG is trusted.
                slots.append(_FigureSlot(item.id, item.title, item.caption,
                                         svg=Markup(fig.export_svg(item))))  # noqa: S704
            else:
                relative = f"{folder}/{item.id}.png"
                files[relative] = fig.export_png(item)
                slots.append(_FigureSlot(item.id, item.title, item.caption,
                                         path=MarkdownSafe(quote(relative))))
            item.figure.clear()
    return slots, files


def render_report(
    scenario: LoadedScenario | str | Path,
    *,
    plan: PlanResult | None = None,
    roadmap: RoadmapResult | str | Path | None = None,
    ledger: str | Path | None = None,
    batch: BatchRuns | str | Path | None = None,
    book: str | Path | None = None,
    lang: str = "en",
    format: str | None = None,  # noqa: A002 - mirrors the CLI option
    output: str | Path | None = None,
    replications: int = DEFAULT_REPLICATIONS,
    strategy: str = "lookahead",
    phases: int | None = None,
    time_limit: float | None = None,
    progress: Callable[[int, int], None] | None = None,
    date: dt.date | str | None = None,
    overrides: Sequence[str] = (),
    sets: Sequence[str] = (),
    jobs: int | None = 1,
) -> RenderedReport:
    """Render the report a cluster manager reads, as HTML or Markdown.

    Without ``roadmap`` the report computes a roadmap itself (``replications`` Monte Carlo runs,
    continuing after ``ledger`` when one is given) and recommends its first open phase.

    Args:
        scenario: A loaded scenario, or the path of a scenario file (then ``overrides`` and
            ``sets`` are applied while loading).
        plan: A plan whose first phase is the recommendation (default: from the roadmap).
        roadmap: A roadmap result or the path of its JSON (``trustmatch roadmap --json``).
        ledger: Recorded outcomes: the computed roadmap starts after them.
        batch: Batch runs or the path of a batch results store: adds the strategy comparison.
        book: The manager's book (``book.yaml``): adds its indicators to the network section,
            which the report shows whenever a ledger or a book is given.
        lang: ``en`` or ``de``.
        format: ``html`` (one self-contained file), ``md`` (Markdown and PNG figures) or
            ``pdf`` (A4, printed by headless Chromium); default: from the suffix of ``output``
            (``.md``, ``.pdf``), else ``html``.
        output: Where to write the report (Markdown: figures go to ``<stem>_figures/`` beside
            it). None: only return it.
        replications: Monte Carlo replications of a computed roadmap.
        strategy: Planning strategy of a computed roadmap.
        phases: Phases of a computed roadmap (default: the scenario's).
        time_limit: Solver seconds per phase of a computed roadmap (default: the scenario's);
            a lower limit makes large scenarios quicker at the price of proven optimality.
        progress: Called as ``progress(done, total)`` after each computed replication.
        date: The report's date (default: ``SOURCE_DATE_EPOCH``, else today).
        overrides: Named overrides, when ``scenario`` is a path.
        sets: ``PATH=VALUE`` settings, when ``scenario`` is a path.
        jobs: Processes the replications of a computed roadmap run on (1: this one; None:
            automatic, see :mod:`trustmatch.replications`); the report does not depend on it.

    Returns:
        The rendered report (and the paths written).

    Raises:
        UserError: If an input file is invalid, a PDF is asked for and no Chromium is
            installed, or the output cannot be written (with the path and the reason).
        ValueError: For an unknown language or format.
    """
    if format is None:
        suffix = Path(output).suffix.lower() if output is not None else ""
        format = {".md": "md", ".markdown": "md", ".pdf": "pdf"}.get(suffix, "html")  # noqa: A001
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    browser = None
    if format == "pdf":
        from trustmatch.report.pdf import find_browser, no_browser_error

        # Fail before the long part (roadmap, figures) when the PDF cannot be printed.
        browser = find_browser()
        if browser is None:
            raise no_browser_error(lang)
    loaded = (
        scenario if isinstance(scenario, LoadedScenario)
        else load_scenario(scenario, overrides=list(overrides), sets=list(sets))
    )
    roadmap_source, roadmap_path = "computed", None
    if isinstance(roadmap, (str, Path)):
        roadmap_source, roadmap_path = "file", str(roadmap)
        roadmap = read_roadmap(roadmap)
    elif roadmap is not None:
        roadmap_source = "given"
    elif plan is None or ledger is not None:
        from trustmatch.roadmap import roadmap as compute_roadmap

        if ledger is not None:
            roadmap_source, roadmap_path = "ledger", str(ledger)
        roadmap = compute_roadmap(loaded, replications=replications, strategy=strategy,
                                  ledger=ledger, phases=phases, time_limit=time_limit,
                                  progress=progress, jobs=jobs)
    if isinstance(batch, (str, Path)):
        batch = read_batch_runs(batch)
    inputs = ReportInputs(
        loaded=loaded, plan=plan, roadmap=roadmap, batch=batch, roadmap_source=roadmap_source,
        roadmap_path=roadmap_path, generated_on=report_date(date),
    )
    t = Translator(lang)
    view = build_view(inputs, t)
    out_path = Path(output) if output is not None else None
    folder = f"{out_path.stem if out_path else 'report'}_figures"
    builders, batch_builders = _draw_figures(inputs, t)
    slots, files = _render_figures(builders, format, folder)
    batch_slots, batch_files = _render_figures(batch_builders, format, folder)
    files.update(batch_files)
    book_view, book_slots = None, []
    if ledger is not None or book is not None:
        book_view, book_builders = _book_section(loaded, ledger, book, roadmap, lang)
        book_slots, book_files = _render_figures(book_builders, format, folder)
        files.update(book_files)
    template_format = "md" if format == "md" else "html"
    network = _network(inputs, t) if format == "html" else None
    script = None
    if network is not None:
        from trustmatch.report.network import network_script

        script = Markup(network_script())  # noqa: S704 - the package's own file
    template = _environment(template_format).get_template(f"report.{template_format}.j2")
    text = template.render(view=view, figures=slots, batch_figures=batch_slots,
                           book=book_view, book_figures=book_slots,
                           version=__version__, network=network, network_script=script,
                           paper=format == "pdf", network_labels=_network_labels(t))
    pdf: bytes | None = None
    if browser is not None:
        from trustmatch.report.pdf import html_to_pdf

        pdf = html_to_pdf(text, lang=lang, browser=browser)
    written: list[Path] = []
    if out_path is not None:
        target = out_path
        try:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            if pdf is not None:
                out_path.write_bytes(pdf)
            else:
                out_path.write_text(text, encoding="utf-8")
            written.append(out_path)
            for relative, data in sorted(files.items()):
                target = out_path.parent / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                written.append(target)
        except OSError as error:
            from trustmatch.errors import output_error

            raise output_error(target, error) from None
    return RenderedReport(
        text=text, format=format, files=files, pdf=pdf,
        figure_ids=[slot.id for slot in [*slots, *batch_slots, *book_slots]], written=written,
    )


def _book_section(loaded: LoadedScenario, ledger, book, roadmap, lang: str):
    # The network measured from the ledger (and the computed roadmap as a forecast), and the
    # book's indicators beside the activities.
    from trustmatch.book.figures import network_lines_figure, network_panels_figure
    from trustmatch.book.report_section import book_section
    from trustmatch.book.view import book_view
    from trustmatch.i18n import Messages

    say = Messages(lang)
    scenario = loaded.scenario
    view = book_view(scenario, book_file=book, ledger_file=ledger, roadmap=roadmap, lang=lang)
    builders = [
        lambda: network_panels_figure(scenario, view.network, say),
        lambda: network_lines_figure(view.network, say),
    ]
    return book_section(scenario, view, say), builders


def read_roadmap(path: str | Path) -> RoadmapResult:
    """Read a roadmap result written by ``trustmatch roadmap`` as JSON.

    Raises:
        UserError: If the file is missing or is not a roadmap result.
    """
    from pydantic import ValidationError

    from trustmatch.errors import Problem, UserError

    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(Problem(name, None, None, "", f"cannot read the file ({error.strerror})"),
                        "The roadmap cannot be read") from None
    try:
        return RoadmapResult.model_validate_json(text)
    except ValidationError as error:
        problems = [
            Problem(name, None, None, ".".join(str(p) for p in item["loc"]), item["msg"])
            for item in error.errors()[:20]
        ]
        raise UserError(problems, "This is not a roadmap written by `trustmatch roadmap`") from None
