"""``trustmatch themes``: the need themes of a scenario, with the unsure assignments flagged."""

from __future__ import annotations

import json
from pathlib import Path

import click

from trustmatch.cli.common import lang_option, scenario_file_options
from trustmatch.cli.help import CatalogueCommand


@click.command("themes", cls=CatalogueCommand)
@scenario_file_options
@click.option("--json", "as_json", is_flag=True)
@click.option("--unsure", "unsure_only", is_flag=True)
@lang_option
def command(
    file: Path,
    overrides: tuple[str, ...],
    sets: tuple[str, ...],
    as_json: bool,
    unsure_only: bool,
    lang: str | None,
) -> None:
    """Show how the needs in FILE are grouped into themes, and which assignments are unsure.

    Each theme lists its statements with the member, the position of the need in the member's
    list and the confidence of the assignment. Correct the grouping in the scenario's
    themes.corrections section (see the README, section "Need themes").
    """
    from trustmatch.i18n import resolve_language
    from trustmatch.needs import find_themes
    from trustmatch.scenario import load_scenario

    loaded = load_scenario(file, overrides=overrides, sets=sets)
    found = find_themes(loaded.scenario)
    if as_json:
        click.echo(json.dumps(themes_json(loaded.scenario, found), indent=2, ensure_ascii=False))
        return
    from trustmatch.cli.terminal import terminal_width

    for line in themes_lines(loaded.scenario, found, resolve_language(lang), unsure_only,
                             width=terminal_width()):
        click.echo(line)


def themes_json(scenario, found) -> dict:
    """Return the themes as plain data for ``--json`` (ids, statements, confidence...)."""
    return {
        "scenario": scenario.name,
        "themes": [
            {
                "id": theme.id,
                "label": theme.label,
                "catalogue": bool(theme.needs),
                "members": len(theme.actors),
                "resembles": found.resembles.get(theme.id),
                "statements": [
                    {
                        **statement.model_dump(),
                        "similar": _similar(found, statement),
                    }
                    for statement in theme.statements
                ],
            }
            for theme in found.themes
        ],
        "unsure": [
            {"actor": s.actor, "need": s.need, "text": s.text, "theme": t.id,
             "confidence": s.confidence}
            for t, s in found.unsure()
        ],
    }


def _similar(found, statement) -> dict | None:
    near = found.similar.get((statement.actor, statement.need - 1))
    if near is None:
        return None
    return {"actor": near.actor, "text": near.text, "theme": near.theme,
            "similarity": near.similarity}


def themes_lines(scenario, found, lang: str, unsure_only: bool = False,
                 width: int | None = None) -> list[str]:
    """Return the text output of ``trustmatch themes`` in ``lang``.

    Args:
        scenario: The scenario (names, the needs' labels per language).
        found: Its themes.
        lang: ``en`` or ``de``.
        unsure_only: Show only the statements whose theme is unsure.
        width: Wrap the lines to this width (None: one line per paragraph).
    """
    from trustmatch.cli.terminal import wrap
    from trustmatch.i18n import format_number, format_percent, message
    from trustmatch.i18n.words import ScenarioWords

    def wrapped(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
        if width is None:
            return [indent + text]
        return wrap(text, width, indent=indent, hanging=hanging)

    words = ScenarioWords(scenario, lang)
    names = {actor.id: actor.name for actor in scenario.actors}
    stated_needs = {actor.id: actor.needs for actor in scenario.actors}
    stated = [need for actor in scenario.actors for need in actor.needs]
    free = sum(1 for need in stated if need.text is not None)
    unsure = found.unsure()

    def statement_text(statement) -> str:
        """A tagged need in the reader's language, a free-text one as the member wrote it."""
        needs = stated_needs.get(statement.actor, [])
        if 0 < statement.need <= len(needs) and needs[statement.need - 1].text is None:
            return words.need(needs[statement.need - 1].need)
        return statement.text

    lines = [
        *wrapped(message("themes.cli.summary", lang, count=len(found.themes),
                         needs=format_number(len(stated), lang),
                         free=format_number(free, lang))),
        *wrapped(message("themes.cli.unsure", lang, count=len(unsure)) if unsure
                 else message("themes.cli.none_unsure", lang)),
    ]
    for theme in found.themes:
        shown = [s for s in theme.statements if s.unsure or not unsure_only]
        if not shown:
            continue
        kind = message(
            "themes.cli.catalogue_theme" if theme.needs else "themes.cli.free_theme", lang
        )
        members = message("themes.cli.members", lang, count=len(theme.actors))
        label = words.need(theme.id) if theme.needs else theme.label
        # The theme's id in brackets is what a correction's ``tag:`` names.
        lines += ["", *wrapped(f"{label} [{theme.id}] – {kind}, {members}")]
        for statement in shown:
            text = message("themes.cli.statement", lang, name=names.get(statement.actor,
                           statement.actor), position=statement.need,
                           text=statement_text(statement))
            marks = [message("themes.cli.confidence", lang,
                             value=format_percent(statement.confidence, lang))]
            if statement.unsure:
                marks.append(message("themes.cli.unsure_mark", lang))
            if statement.corrected:
                marks.append(message("themes.cli.corrected_mark", lang))
            lines += wrapped(f"{text} ({'; '.join(marks)})",
                             indent=f"  {'?' if statement.unsure else '-'} ", hanging="    ")
            near = found.similar.get((statement.actor, statement.need - 1))
            if near is not None:
                lines += wrapped(message("themes.cli.similar", lang,
                                         other=names.get(near.actor, near.actor),
                                         text=near.text), indent="      ")
    if unsure:
        theme, first = unsure[0]
        near = found.similar.get((first.actor, first.need - 1))
        catalogue_ids = {t.id for t in found.themes if t.needs}
        target = found.resembles.get(theme.id) or (
            near.theme if near is not None and near.theme in catalogue_ids else None
        ) or next((t.id for t in found.themes if t.needs and t.id != theme.id), None)
        example = (
            f"{{actor: {first.actor}, need: {first.need}, tag: {target}}}"
            if target is not None
            else f"{{actor: {first.actor}, need: {first.need}, same_as: {{actor: ..., need: 1}}}}"
        )
        lines += ["", *wrapped(message("themes.cli.how_to_correct", lang)), "", "  themes:",
                  "    corrections:", f"      - {example}"]
    return lines
